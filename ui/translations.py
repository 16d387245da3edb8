"""Neuvo's own Qt translation catalogues: `resources/translations/neuvo_<language>.qm`.

The catalogues are built, not committed: Qt Linguist sources `resources/translations/neuvo_<language>.ts` are
compiled with pyside6-lrelease (build.spec does it for the bundle, into the bundle's resources/translations/).
Until those sources exist there is nothing to load, and `check_catalogues` says so rather than pretending.
Installing a catalogue into the running application (QCoreApplication.installTranslator) is for the language
work to add; `load_catalogue` gives it the loaded QTranslator.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from resources import resource_path

LANGUAGES = ("fi", "sv", "en")  # Finnish is the default; all three must be complete
CATALOGUE_DIRECTORY = "translations"


def catalogue_path(language: str) -> Path:
    """Where the compiled catalogue of `language` is (or would be), from source and inside the bundle alike."""
    return Path(str(resource_path(CATALOGUE_DIRECTORY, f"neuvo_{language}.qm")))


def built_catalogues() -> dict[str, Path]:
    return {language: path for language in LANGUAGES if (path := catalogue_path(language)).is_file()}


def load_catalogue(language: str):
    """The language's catalogue as a loaded QTranslator, or None when it is missing or not a .qm file.

    The caller keeps the translator alive (Qt does not take ownership of an installed translator).
    """
    from PySide6.QtCore import QTranslator  # here, so that looking for catalogues never loads Qt

    translator = QTranslator()
    return translator if translator.load(str(catalogue_path(language))) else None


def qt_catalogue_loads(language: str) -> bool:
    """Qt's own texts (standard buttons, dialogs) in `language`, shipped with PySide6 and kept in the bundle."""
    from PySide6.QtCore import QLibraryInfo, QTranslator

    return QTranslator().load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))


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
        elif translator.isEmpty() and language != "en":  # the source strings are English
            problems.append(f"{language} holds no translations")
        if language != "en" and not qt_catalogue_loads(language):
            problems.append(f"Qt's own qtbase_{language}.qm (standard buttons and dialogs) is missing")
    if problems:
        return CatalogueCheck(True, False, "; ".join(problems))
    return CatalogueCheck(True, True, f"{', '.join(LANGUAGES)} loaded from {catalogue_path(LANGUAGES[0]).parent}")
