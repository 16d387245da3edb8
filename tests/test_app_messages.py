"""The sentences app/ and sync/ hand to the window: every one listed for the catalogue, none built with an
f-string (the window could not translate it), and app.text.Text true to its English and its values."""

from __future__ import annotations

import ast
import pickle
from datetime import date

import pytest

from app.errors import NeuvoError, ValidationError
from app.text import Text, fill
from tests.app_sentences import NOT_SHOWN, ROOT, SCANNED, app_sentences

PROBLEM_CLASSES = {"NeuvoError", "FieldProblem", "Text"}


def _listed() -> set[str]:
    from ui import app_messages

    return {text for name, value in vars(app_messages).items() if name.isupper() and isinstance(value, tuple)
            for text in value}


def test_every_sentence_app_and_sync_can_show_is_listed_for_the_catalogue():
    listed = _listed()
    missing = {text: where for text, where in app_sentences().items() if text not in listed}
    assert not missing, ("add these to ui/app_messages.py, then run scripts/update-translations: "
                         + "; ".join(f"{where} {text!r}" for where, text in sorted((w, t) for t, w in missing.items())))


def _problem_classes() -> set[str]:
    """NeuvoError, FieldProblem, Text and every subclass of NeuvoError app/ and sync/ define."""
    names = set(PROBLEM_CLASSES) | {"ProfileError", "SecretStoreError", "StoreError", "ValidationError",
                                     "PermissionDenied"}
    grew = True
    trees = [ast.parse(path.read_text(encoding="utf-8")) for root in ("app", "sync")
             for path in (ROOT / root).rglob("*.py")]
    while grew:
        before = len(names)
        for tree in trees:
            names |= {node.name for node in ast.walk(tree) if isinstance(node, ast.ClassDef)
                      and any(getattr(base, "id", None) in names for base in node.bases)}
        grew = len(names) > before
    return names


def test_no_problem_for_the_adviser_is_built_with_an_f_string():
    classes = _problem_classes()
    built = []
    for root in SCANNED:
        for path in sorted((ROOT / root).rglob("*.py")) if (ROOT / root).is_dir() else [ROOT / root]:
            relative = path.relative_to(ROOT).as_posix()
            if relative.startswith(NOT_SHOWN):
                continue
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if isinstance(node, ast.Call) and getattr(node.func, "id", None) in classes:
                    arguments = node.args[:1] if node.func.id == "Text" else [  # a Text's values may be built
                        *node.args, *(keyword.value for keyword in node.keywords)]
                    built += [f"{relative}:{node.lineno}" for argument in arguments
                              if isinstance(argument, ast.JoinedStr)]
    assert built == [], "use app.text.Text(template, values) so that the window can translate: " + ", ".join(built)


def test_a_text_is_its_english_sentence_and_keeps_template_and_values():
    sentence = Text("The summary is longer than %1 characters; keep it short.", 1500)
    assert sentence == "The summary is longer than 1,500 characters; keep it short."
    assert (sentence.template, sentence.values) == ("The summary is longer than %1 characters; keep it short.",
                                                    (1500,))
    assert Text("Ends %1.", date(2026, 1, 31)) == "Ends 31.01.2026."
    copied = pickle.loads(pickle.dumps(sentence))  # noqa: S301 (our own object)
    assert isinstance(copied, Text)
    assert (copied, copied.values) == (sentence, (1500,))


def test_placeholders_are_filled_once_and_in_order():
    assert fill("%2 before %1", ["one", "two"]) == "two before one"
    assert fill("%1 and %2", ["%2", "x"]) == "%2 and x"  # a value is never read as a placeholder
    assert fill("%1 of %10", [str(n) for n in range(1, 11)]) == "1 of 10"
    assert fill("%3 missing", ["a"]) == "%3 missing"


def test_an_error_with_a_text_still_reads_as_one_english_line():
    error = ValidationError(Text("“%1” is not a need code.", "X9"), "Choose a need from the list.")
    assert error.one_line() == "“X9” is not a need code. Choose a need from the list."
    assert isinstance(error.problem, Text)


@pytest.mark.parametrize("call", [
    lambda: __import__("app.domain.identity_code", fromlist=["x"]).normalise_identity_code("131052-308U"),
    lambda: __import__("app.domain.phone_number", fromlist=["x"]).parse_phone("+999 123"),
    lambda: __import__("app.domain.consent", fromlist=["x"]).check_validity(date(2026, 2, 1), date(2026, 1, 1)),
])
def test_domain_problems_are_listed_templates(call):
    with pytest.raises(NeuvoError) as raised:
        call()
    listed = _listed()
    problem = raised.value.problem
    assert getattr(problem, "template", problem) in listed
    assert raised.value.fix in listed


def test_the_phrases_put_into_sentences_are_listed_too():
    """Field names and view names are values of sentences (“… check %1.”, “… may open %1.”) that the window
    translates as phrases; the sentence scan cannot see them, as they are not sentences."""
    from app.usecases.audit_trail import AUDIT_TRAIL
    from app.usecases.edit_client import _FIELD_NAMES
    from app.usecases.situational_picture import SITUATIONAL_PICTURE

    constants = {"AUDIT_TRAIL": AUDIT_TRAIL, "SITUATIONAL_PICTURE": SITUATIONAL_PICTURE}
    views = set()
    for path in (ROOT / "app").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "require_supervisor":
                what = node.args[1]
                views.add(what.value if isinstance(what, ast.Constant) else constants[what.id])
    assert len(views) >= 4
    assert (set(_FIELD_NAMES.values()) | views) - _listed() == set()
