"""The language the window speaks, for texts that come from resource files (consent purposes, taxonomies)
rather than from Qt's translation catalogue, so both always agree."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

UI_LANGUAGE_PROPERTY = "neuvoUiLanguage"
# The source strings are English; the Finnish and Swedish catalogues set the property when they are installed.
DEFAULT_UI_LANGUAGE = "en"


def ui_language() -> str:
    application = QCoreApplication.instance()
    language = application.property(UI_LANGUAGE_PROPERTY) if application is not None else None
    return language if language in ("fi", "sv", "en") else DEFAULT_UI_LANGUAGE
