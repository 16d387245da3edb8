"""Neuvo's Qt translation catalogues: sources `resources/translations/neuvo_<language>.ts`, compiled to
`neuvo_<language>.qm` beside them.

The compiled catalogues are built, never committed (.gitignore): `scripts/setup-venv` builds them, the window
rebuilds any that is missing or older than its source when it starts from a source checkout, and build.spec
compiles them into the bundle's resources/translations/. `scripts/update-translations` brings the sources up to
date with the texts in ui/ (lupdate keeps every existing translation); tests/test_translation_catalogues.py
fails while any text is untranslated.

Texts go through `self.tr(...)` inside classes. Module-level helpers are spelled `_tr(text)` and translate in
the unnamed context "", which is the context lupdate gives them (it is told `_tr` is a spelling of `tr`).
"""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from resources import resource_path

log = logging.getLogger(__name__)

LANGUAGES = ("fi", "sv", "en")  # all three must be complete
DEFAULT_LANGUAGE = "fi"  # the window's language until the adviser chooses another
SOURCE_LANGUAGE = "en"  # the texts in the code
CATALOGUE_DIRECTORY = "translations"
LANGUAGE_VARIABLE = "NEUVO_UI_LANGUAGE"  # overrides the profile's choice (tests, screenshots, support)
UI_SOURCES = Path(__file__).resolve().parent
# What lupdate must be told to find every text (see the module docstring).
LUPDATE_OPTIONS = ("-tr-function-alias", "tr+=_tr", "-no-obsolete", "-locations", "relative")


def catalogue_path(language: str) -> Path:
    """Where the compiled catalogue of `language` is (or would be), from source and inside the bundle alike."""
    return Path(str(resource_path(CATALOGUE_DIRECTORY, f"neuvo_{language}.qm")))


def source_path(language: str) -> Path:
    """The Qt Linguist source of `language` (present in a source checkout, not in the bundle)."""
    return catalogue_path(language).with_suffix(".ts")


def built_catalogues() -> dict[str, Path]:
    return {language: path for language in LANGUAGES if (path := catalogue_path(language)).is_file()}


def qt_tool(name: str) -> str | None:
    """pyside6-lupdate / pyside6-lrelease from the running interpreter's environment, else from PATH."""
    return shutil.which(name, path=str(Path(sys.executable).parent)) or shutil.which(name)


def ui_source_files() -> list[Path]:
    return sorted(UI_SOURCES.glob("*.py"))


def lupdate_command(sources: list[Path], targets: list[Path]) -> list[str]:
    lupdate = qt_tool("pyside6-lupdate")
    if lupdate is None:
        raise FileNotFoundError("pyside6-lupdate is not installed (it comes with PySide6)")
    return [lupdate, "-silent", *LUPDATE_OPTIONS, *map(str, sources), "-ts", *map(str, targets)]


def update_sources() -> None:
    """Bring every .ts up to date with the texts in ui/: new texts are added unfinished, texts no longer in the
    code are dropped, existing translations are kept."""
    subprocess.run(lupdate_command(ui_source_files(), [source_path(language) for language in LANGUAGES]),
                   check=True)


def stale_catalogues() -> list[str]:
    """Languages whose .ts is newer than its .qm (or has no .qm yet)."""
    stale = []
    for language in LANGUAGES:
        source, catalogue = source_path(language), catalogue_path(language)
        if source.is_file() and (not catalogue.is_file() or catalogue.stat().st_mtime < source.stat().st_mtime):
            stale.append(language)
    return stale


def build_catalogues(languages: list[str] | None = None) -> list[str]:
    """Compile the .ts of `languages` (default: the stale ones) to .qm beside them; returns those built.

    Does nothing where there are no sources (the bundle carries compiled catalogues only). Raises
    CalledProcessError when a source does not compile and FileNotFoundError when lrelease is missing.
    """
    languages = stale_catalogues() if languages is None else languages
    if not languages:
        return []
    lrelease = qt_tool("pyside6-lrelease")
    if lrelease is None:
        raise FileNotFoundError("pyside6-lrelease is not installed (it comes with PySide6)")
    for language in languages:
        subprocess.run([lrelease, "-silent", str(source_path(language)), "-qm", str(catalogue_path(language))],
                       check=True)
    return languages


def refresh_catalogues() -> None:
    """At start from a source checkout: rebuild what is missing or out of date, so a `git pull` that changed
    a .ts shows at once. A failure only costs the translations (the window shows its English texts)."""
    try:
        built = build_catalogues()
    except (OSError, subprocess.CalledProcessError) as error:
        log.warning("could not compile the translations: %s", error)
        return
    if built:
        log.info("compiled the translations: %s", ", ".join(built))


def chosen_language(profile_choice: str | None) -> str:
    """The window's language: $NEUVO_UI_LANGUAGE when set to fi, sv or en, else the profile's choice, else
    Finnish."""
    for candidate in (os.environ.get(LANGUAGE_VARIABLE, "").strip().lower(), profile_choice):
        if candidate in LANGUAGES:
            return candidate
    return DEFAULT_LANGUAGE


def load_catalogue(language: str):
    """The language's catalogue as a loaded QTranslator, or None when it is missing or not a .qm file.

    The caller keeps the translator alive (Qt does not take ownership of an installed translator).
    """
    from PySide6.QtCore import QTranslator  # here, so that looking for catalogues never loads Qt

    translator = QTranslator()
    return translator if translator.load(str(catalogue_path(language))) else None


def load_qt_catalogue(language: str):
    """Qt's own texts (standard buttons, dialogs) in `language`, shipped with PySide6 and kept in the bundle."""
    from PySide6.QtCore import QLibraryInfo, QTranslator

    translator = QTranslator()
    found = translator.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    return translator if found else None


def qt_catalogue_loads(language: str) -> bool:
    return load_qt_catalogue(language) is not None


@dataclass(frozen=True)
class CatalogueCheck:
    built: bool  # False: no catalogue has been built into this installation yet (not a failure by itself)
    ok: bool
    detail: str


def check_catalogues() -> CatalogueCheck:
    """For `neuvo --self-check`: every language's catalogue loads, once any has been built."""
    built = built_catalogues()
    if not built:
        return CatalogueCheck(False, True, f"none built yet (no resources/{CATALOGUE_DIRECTORY}/neuvo_{{fi,sv,en}}.qm "
                                           "in this installation)")
    problems = []
    for language in LANGUAGES:
        if language not in built:
            problems.append(f"{language} missing")
            continue
        translator = load_catalogue(language)
        if translator is None:
            problems.append(f"{language} is not a loadable .qm file")
        elif translator.isEmpty() and language != SOURCE_LANGUAGE:
            problems.append(f"{language} holds no translations")
        if language != SOURCE_LANGUAGE and not qt_catalogue_loads(language):
            problems.append(f"Qt's own qtbase_{language}.qm (standard buttons and dialogs) is missing")
    if problems:
        return CatalogueCheck(True, False, "; ".join(problems))
    return CatalogueCheck(True, True, f"{', '.join(LANGUAGES)} loaded from {catalogue_path(LANGUAGES[0]).parent}")
