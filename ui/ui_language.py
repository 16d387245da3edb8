"""The language the window speaks: its Qt catalogues, its number formats, and the language of texts that come
from resource files (consent purposes, taxonomies) rather than from the catalogue, so all of them agree.

The client's language is another matter: hand-overs and consent receipts follow the client, whatever the
adviser's window speaks (app/usecases/service_handover.py, app/usecases/consent_receipt.py).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from ui.translations import LANGUAGES, load_catalogue, load_qt_catalogue

UI_LANGUAGE_PROPERTY = "neuvoUiLanguage"
# Without an installed catalogue the window shows the texts of the code, which are English.
DEFAULT_UI_LANGUAGE = "en"
# Numbers, dates and times as read in each language (ui/locale_format.py): 27.11.2026 and 9.05 in Finnish and
# Swedish, 27/11/2026 and 09:05 in English. Date fields read both forms (app/usecases/edit_client.py).
NUMBER_LOCALES = {"fi": "fi_FI", "sv": "sv_FI", "en": "en_GB"}
# The installed translators: Qt does not own them, so they must live as long as the application.
_installed: list[QTranslator] = []
# The number formats before the first language was installed, given back by remove_ui_language.
_locale_before: list[QLocale] = []


def ui_language() -> str:
    application = QCoreApplication.instance()
    language = application.property(UI_LANGUAGE_PROPERTY) if application is not None else None
    return language if language in LANGUAGES else DEFAULT_UI_LANGUAGE


def install_ui_language(language: str) -> bool:
    """Make `language` the window's language for every widget made from now on: Neuvo's catalogue, Qt's own
    (standard buttons and dialogs), number formats and resource texts. Returns False when Neuvo's catalogue
    for it is missing, in which case the window keeps its English texts (and says it speaks English)."""
    application = QCoreApplication.instance()
    assert application is not None, "make the QApplication first"
    remove_ui_language()
    _locale_before.append(QLocale())
    neuvo = load_catalogue(language) if language in LANGUAGES else None
    if neuvo is None:
        language = DEFAULT_UI_LANGUAGE
    for translator in (load_qt_catalogue(language), neuvo):
        if translator is not None:
            application.installTranslator(translator)
            _installed.append(translator)
    QLocale.setDefault(QLocale(NUMBER_LOCALES[language]))
    application.setProperty(UI_LANGUAGE_PROPERTY, language)
    return neuvo is not None


def remove_ui_language() -> None:
    """Back to the texts of the code and the number formats there were before install_ui_language."""
    application = QCoreApplication.instance()
    for translator in _installed:
        if application is not None:
            application.removeTranslator(translator)
    _installed.clear()
    if _locale_before:
        QLocale.setDefault(_locale_before.pop())
    if application is not None:
        application.setProperty(UI_LANGUAGE_PROPERTY, None)
