"""Finds the sentences app/ and sync/ can hand to the window, read from their source (tests only).

A sentence is a string constant that starts with a capital letter, a quote or a placeholder, has a space and
ends as a sentence does, or the template of an app.text.Text that has words in it. Left out: docstrings, log
calls, f-strings (tests/test_app_messages.py forbids them as problems instead), SQL, and the modules and
tables below, which the window never shows as interface text.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SENTENCE = re.compile(r"^[A-Z“%+].* .*[.)!?]$", re.S)
SQL = re.compile(r"^(SELECT|INSERT|CREATE|DROP|UPDATE|DELETE|PRAGMA|COALESCE|WITH)\b")
LOG_CALLS = {"debug", "info", "warning", "error", "exception", "critical", "add_argument"}
# neuvo/ is the command line and the composition root; of it, the telephony settings and the PTV fetcher speak to
# the window.
SCANNED = ("app", "sync", "neuvo/telephony/settings.py", "neuvo/ptv_fetch.py")
NOT_SHOWN = (
    "sync/dataverse/multipart.py",   # $batch protocol errors: the sync classifies them, never shows them
    "sync/emulator/",                # the CRM emulator's own answers, in Dataverse's English
    "app/store/migrations/",
    "app/demo_encounters.py",        # made-up Finnish summaries: demo data, not interface
    "app/usecases/demo_data.py",     # command line only (neuvo demo-data --clients)
    "app/usecases/demo_services.py",  # command line only
    "app/city_files.py",             # TOML syntax details, a value inside a translated sentence
)
# Texts already written in the client's language, whatever the window speaks (hand-overs and receipts).
CLIENT_LANGUAGE_TABLES = re.compile(r"LABELS|_WORDS|WEEKDAYS")


def app_sentences() -> dict[str, str]:
    """Each sentence and where it first appears (path:line)."""
    found: dict[str, str] = {}
    for root in SCANNED:
        for path in sorted((ROOT / root).rglob("*.py")) if (ROOT / root).is_dir() else [ROOT / root]:
            relative = path.relative_to(ROOT).as_posix()
            if relative.startswith(NOT_SHOWN):
                continue
            tree = ast.parse(path.read_text(encoding="utf-8"))
            skipped = _not_sentences(tree)
            templates = {id(node.args[0]) for node in ast.walk(tree) if isinstance(node, ast.Call)
                         and getattr(node.func, "id", None) == "Text" and node.args}
            for node in ast.walk(tree):
                if not (isinstance(node, ast.Constant) and isinstance(node.value, str)) or id(node) in skipped:
                    continue
                template = id(node) in templates and re.search(r"[a-z]", node.value)
                if template or (SENTENCE.match(node.value) and not SQL.match(node.value)):
                    found.setdefault(node.value, f"{relative}:{node.lineno}")
    return found


def _not_sentences(tree: ast.Module) -> set[int]:
    skipped: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant):
            skipped.add(id(node.value))  # docstrings
        inside = None
        logged = isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in LOG_CALLS
        if logged or isinstance(node, ast.JoinedStr):
            inside = node
        elif isinstance(node, (ast.Assign, ast.AnnAssign)):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            if any(isinstance(t, ast.Name) and CLIENT_LANGUAGE_TABLES.search(t.id) for t in targets):
                inside = node
        if inside is not None:
            skipped.update(id(child) for child in ast.walk(inside))
    return skipped
