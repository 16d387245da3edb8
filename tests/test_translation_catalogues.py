"""The translation catalogues: the self-check's check (honest while none is built, strict once any is), and the
shipped fi/sv/en sources complete, current with the code and true to their placeholders."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from neuvo.cli import main
from ui import translations

TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="{language}">
<context><name>Language</name>
<message><source>Finnish</source><translation>{text}</translation></message>
</context>
</TS>
"""


@pytest.fixture
def catalogue_dir(tmp_path, monkeypatch):
    directory = tmp_path / "translations"
    directory.mkdir()
    monkeypatch.setattr(translations, "catalogue_path", lambda language: directory / f"neuvo_{language}.qm")
    return directory


def _build(directory: Path, language: str, text: str) -> None:
    lrelease = shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent)) or "pyside6-lrelease"
    source = directory / f"neuvo_{language}.ts"
    source.write_text(TS.format(language=language, text=text), encoding="utf-8")
    subprocess.run([lrelease, "-silent", str(source), "-qm", str(directory / f"neuvo_{language}.qm")], check=True)


def test_none_built_is_reported_as_such_and_does_not_fail_the_self_check(catalogue_dir, tmp_path, no_keyring,
                                                                         capsys):
    check = translations.check_catalogues()
    assert (check.built, check.ok) == (False, True)
    assert main(["--self-check", "--demo", "--profile", str(tmp_path / "demo")]) == 0
    out = capsys.readouterr().out
    assert "note     translations: none built yet" in out
    assert "ok       translations" not in out


def test_all_three_built_load(catalogue_dir):
    for language, text in (("fi", "suomi"), ("sv", "finska"), ("en", "Finnish")):
        _build(catalogue_dir, language, text)
    check = translations.check_catalogues()
    assert (check.built, check.ok) == (True, True), check.detail
    translator = translations.load_catalogue("sv")
    assert translator is not None
    assert translator.translate("Language", "Finnish") == "finska"


def test_a_missing_or_damaged_catalogue_fails_the_self_check(catalogue_dir, tmp_path, no_keyring, capsys):
    _build(catalogue_dir, "fi", "suomi")
    (catalogue_dir / "neuvo_en.qm").write_bytes(b"not a catalogue")
    check = translations.check_catalogues()
    assert (check.built, check.ok) == (True, False)
    assert "sv missing" in check.detail
    assert "en is not a loadable .qm file" in check.detail
    assert main(["--self-check", "--demo", "--profile", str(tmp_path / "demo")]) == 1
    assert "FAIL     translations" in capsys.readouterr().out


# --- the shipped catalogues: complete, current, and true to their placeholders -----------------------------------

PLACEHOLDER = re.compile(r"%(?:\d+|n)")


def _messages(path: Path) -> dict[tuple[str, str], ET.Element]:
    return {(context.findtext("name") or "", message.findtext("source") or ""): message
            for context in ET.parse(path).iter("context")  # noqa: S314 (our own catalogue)
            for message in context.iter("message")}


def _accelerators(text: str) -> int:
    return len(re.findall(r"&[^&\s]", text.replace("&&", "")))


@pytest.fixture(scope="module")
def current_sources(tmp_path_factory) -> dict[tuple[str, str], ET.Element]:
    """What lupdate finds in ui/ today, with the same options scripts/update-translations uses."""
    target = tmp_path_factory.mktemp("lupdate") / "neuvo_xx.ts"
    subprocess.run(translations.lupdate_command(translations.ui_source_files(), [target]), check=True)
    return _messages(target)


@pytest.mark.parametrize("language", translations.LANGUAGES)
def test_every_text_in_the_code_is_in_the_catalogue_and_nothing_else(language, current_sources):
    shipped = _messages(translations.source_path(language))
    new = sorted(set(current_sources) - set(shipped))
    gone = sorted(set(shipped) - set(current_sources))
    assert not new, f"texts not yet in neuvo_{language}.ts (run scripts/update-translations): {new[:10]}"
    assert not gone, f"texts no longer in the code (run scripts/update-translations): {gone[:10]}"


@pytest.mark.parametrize("language", translations.LANGUAGES)
def test_every_text_is_translated_with_its_placeholders_and_one_accelerator(language):
    problems = []
    for (context, source), message in _messages(translations.source_path(language)).items():
        translation = message.find("translation")
        forms = [form.text or "" for form in translation.iter("numerusform")] or [translation.text or ""]
        where = f"{context or '(unnamed)'}: {source!r}"
        if translation.get("type") in ("unfinished", "obsolete", "vanished") or not all(f.strip() for f in forms):
            problems.append(f"untranslated {where}")
            continue
        for form in forms:
            if sorted(set(PLACEHOLDER.findall(form))) != sorted(set(PLACEHOLDER.findall(source))):
                problems.append(f"placeholders differ in {where}: {form!r}")
            if _accelerators(form) != _accelerators(source):
                problems.append(f"accelerator (&) differs in {where}: {form!r}")
            if form.count("\n") != source.count("\n") or re.findall(r"</?\w+", form) != re.findall(r"</?\w+", source):
                problems.append(f"line breaks or tags differ in {where}: {form!r}")
        if language == translations.SOURCE_LANGUAGE and forms[0] != source and not message.get("numerus"):
            problems.append(f"the English differs from the code in {where}: {forms[0]!r}")
    assert problems == []


def test_the_catalogues_name_their_language():
    for language in translations.LANGUAGES:
        root = ET.parse(translations.source_path(language)).getroot()  # noqa: S314 (our own catalogue)
        assert root.get("language", "").split("_")[0] == language


def test_the_built_catalogues_translate(tmp_path, monkeypatch):
    shipped = translations.source_path("fi").parent
    monkeypatch.setattr(translations, "catalogue_path", lambda language: tmp_path / f"neuvo_{language}.qm")
    monkeypatch.setattr(translations, "source_path", lambda language: shipped / f"neuvo_{language}.ts")
    assert translations.build_catalogues() == list(translations.LANGUAGES)
    assert translations.build_catalogues() == []  # up to date: nothing to do
    check = translations.check_catalogues()
    assert (check.built, check.ok) == (True, True), check.detail
    expected = {"fi": "&Asiakas", "sv": "&Kund", "en": "&Client"}
    for language, text in expected.items():
        assert translations.load_catalogue(language).translate("MainWindow", "&Client") == text
    assert translations.load_catalogue("sv").translate("", "At the counter") == "Vid disken"  # a `_tr` helper's


def test_a_changed_source_is_compiled_again(tmp_path, monkeypatch):
    sources = tmp_path / "src"
    sources.mkdir()
    for language in translations.LANGUAGES:
        shutil.copy(translations.source_path(language), sources / f"neuvo_{language}.ts")
    monkeypatch.setattr(translations, "catalogue_path", lambda language: tmp_path / f"neuvo_{language}.qm")
    monkeypatch.setattr(translations, "source_path", lambda language: sources / f"neuvo_{language}.ts")
    translations.build_catalogues()
    assert translations.stale_catalogues() == []
    later = (tmp_path / "neuvo_sv.qm").stat().st_mtime + 10
    os.utime(sources / "neuvo_sv.ts", (later, later))
    assert translations.stale_catalogues() == ["sv"]
    assert translations.build_catalogues() == ["sv"]


def test_the_messages_from_app_are_all_listed_for_the_catalogue():
    """ui/app_messages.py names the fixed sentences app/ and sync/ hand to the window; they must stay in step."""
    from app.search.query import classify
    from app.secrets import DemoFileSecretStore
    from app.usecases.sync_conflicts import FIELD_LABELS
    from app.usecases.sync_status import OUTCOME_WORDS
    from ui import app_messages

    assert set(OUTCOME_WORDS.values()) == set(app_messages.SYNC_OUTCOMES)
    assert set(FIELD_LABELS.values()) == set(app_messages.CONFLICT_FIELDS)
    assert DemoFileSecretStore.warning in app_messages.WORKSTATION_WARNINGS
    for query in ("!!!", "123", "311299A"):
        assert classify(query).problem in app_messages.LOOKUP_PROBLEMS


def test_the_sync_problems_from_sync_are_all_listed_for_the_catalogue():
    from sync.dataverse.errors import BadRequest, Forbidden, NetworkError, Throttled, UnexpectedResponse
    from sync.engine.problems import adviser_message
    from sync.engine.retry import SignInNeeded
    from ui import app_messages

    errors = [SignInNeeded("x"), NetworkError("x"), Throttled("x", retry_after=1.0), UnexpectedResponse("x"),
              Forbidden("x"), BadRequest("x")]
    assert {adviser_message(error) for error in errors} <= set(app_messages.SYNC_PROBLEMS)


@pytest.mark.parametrize("text", ["", "a b@example.fi", "example.fi", "a@b@example.fi", "@example.fi",
                                  "a@example", "a..b@example.fi", "a@exa!mple.fi", "a,b@example.fi"])
def test_the_e_mail_problems_are_all_listed_for_the_catalogue(text):
    from app.domain.email_address import normalise_email
    from app.errors import ValidationError
    from ui import app_messages

    with pytest.raises(ValidationError) as raised:
        normalise_email(text)
    assert {raised.value.problem, raised.value.fix} <= set(app_messages.FIELD_PROBLEMS)


def test_the_client_form_problems_are_all_listed_for_the_catalogue():
    from app.usecases.edit_client import ClientDraft, validate_draft
    from ui import app_messages

    draft = ClientDraft(first_names="Aino", last_name="Virtanen", birth_date="31.2.1990", postal_code="123",
                        municipality="Atlantis", preferred_language="")
    problems = validate_draft(draft)
    assert problems
    for problem in problems:
        assert problem.message in app_messages.FIELD_PROBLEMS
        assert problem.fix in app_messages.FIELD_PROBLEMS
