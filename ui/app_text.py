"""Sentences from app/ and sync/ in the window's language: the template is looked up in the catalogue (its
English source is listed in ui/app_messages.py) and each value is formatted for the window's locale.

A plain str from app/ is a fixed sentence and is translated whole; an app.text.Text carries its template and
values. A value that is itself a Text (a phrase such as "the audit log") is translated too; any other str value
(a name, a code, a file path) is shown as it is.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication

from app.errors import NeuvoError
from app.text import Text, fill
from ui.locale_format import date_time, short_date, whole_number

APP_CONTEXT = "AppMessage"


def app_text(sentence: str, context: str = APP_CONTEXT) -> str:
    if not sentence:
        return ""
    if not isinstance(sentence, Text):
        return QCoreApplication.translate(context, sentence)
    template = QCoreApplication.translate(context, sentence.template)
    return fill(template, [_localised(value, context) for value in sentence.values])


def error_text(error: NeuvoError) -> str:
    """What happened and what to do, as one line in the window's language (NeuvoError.one_line, translated)."""
    return " ".join(app_text(part) for part in (error.problem, error.fix) if part)


def _localised(value: object, context: str) -> str:
    if isinstance(value, Text):
        return app_text(value, context)
    if isinstance(value, tuple):
        return ", ".join(_localised(item, context) for item in value)
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int):
        return whole_number(value)
    if isinstance(value, datetime):
        return date_time(value)
    if isinstance(value, date):
        return short_date(value)
    return str(value)
