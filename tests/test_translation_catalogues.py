"""The self-check's translation check: honest while no catalogue is built, strict once any is."""

from __future__ import annotations

import shutil
import subprocess
import sys
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
