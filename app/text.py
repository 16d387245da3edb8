"""Sentences for the adviser that carry values (a count, a date, a code), handed to ui/ as a template and its
values: the window translates the template and formats each value for its own language, so a Finnish window
says "Yhteenveto on yli 500 merkkiä" rather than an English sentence with a number in it.

A `Text` is a `str` holding the English sentence, so logs, the command line and the tests read it as before;
`template` and `values` are what the window uses. Placeholders are Qt's: %1, %2, … in the order of `values`.
"""

from __future__ import annotations

import re
from datetime import date, datetime

_PLACEHOLDER = re.compile(r"%(\d+)")


class Text(str):
    template: str
    values: tuple[object, ...]  # a tuple among them is a list, read as "a, b, c"

    def __new__(cls, template: str, *values: object) -> Text:
        sentence = super().__new__(cls, fill(template, [english(value) for value in values]))
        sentence.template = template
        sentence.values = values
        return sentence

    def __reduce__(self):  # a Text crosses process and thread queues as itself, not as a bare str
        return (Text, (self.template, *self.values))


def fill(template: str, values: list[str]) -> str:
    """%N replaced by the Nth value, in one pass so that a value holding "%2" is never replaced again."""
    def value(match: re.Match[str]) -> str:
        index = int(match.group(1)) - 1
        return values[index] if 0 <= index < len(values) else match.group(0)
    return _PLACEHOLDER.sub(value, template)


def english(value: object) -> str:
    """How a value reads in the English sentence: numbers grouped as in English, dates as Finland writes them."""
    if isinstance(value, tuple):
        return ", ".join(english(item) for item in value)
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int):
        return f"{value:,}"
    if isinstance(value, datetime):
        return f"{value:%d.%m.%Y %H:%M}"
    if isinstance(value, date):
        return f"{value:%d.%m.%Y}"
    return str(value)


def template_of(sentence: str) -> str:
    return sentence.template if isinstance(sentence, Text) else sentence


def values_of(sentence: str) -> tuple[object, ...]:
    return sentence.values if isinstance(sentence, Text) else ()
