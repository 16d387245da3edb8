"""What the service search filters offer: the code lists of the imported catalogue, labelled in a language.

Subclasses carry their parent's label ("Housing › Rental housing") so an adviser typing either word finds them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.domain.service import localized
from app.workstation import Workstation

_SCHEMES = ("service_class", "life_event", "target_group", "municipality")
_NUMBERS = re.compile(r"(\d+)")


@dataclass(frozen=True)
class FilterChoice:
    code: str
    label: str
    depth: int = 0  # 0 for a top-level class, 1 for its subclass …


@dataclass(frozen=True)
class ServiceFilterChoices:
    service_classes: tuple[FilterChoice, ...] = ()
    life_events: tuple[FilterChoice, ...] = ()
    target_groups: tuple[FilterChoice, ...] = ()
    municipalities: tuple[FilterChoice, ...] = ()


def service_filter_choices(workstation: Workstation, language: str) -> ServiceFilterChoices:
    with workstation.unit_of_work() as uow:
        labels = {scheme: uow.service_search.code_labels(scheme) for scheme in _SCHEMES}
    return ServiceFilterChoices(
        service_classes=_hierarchy(labels["service_class"], language),
        life_events=_hierarchy(labels["life_event"], language),
        target_groups=_hierarchy(labels["target_group"], language),
        municipalities=tuple(sorted((FilterChoice(code, _label(texts, language, code))
                                     for code, texts in labels["municipality"].items()),
                                    key=lambda choice: _alphabetical(choice.label))))


def _hierarchy(codes: dict[str, dict[str, str]], language: str) -> tuple[FilterChoice, ...]:
    """In code order (P2 before P10), each subclass labelled with its ancestors' labels."""
    choices = []
    for code in sorted(codes, key=_code_order):
        parts = code.split(".")
        ancestry = [".".join(parts[:n]) for n in range(1, len(parts) + 1)]
        label = " › ".join(_label(codes[c], language, c) for c in ancestry if c in codes)
        choices.append(FilterChoice(code, label, len(parts) - 1))
    return tuple(choices)


def _label(texts: dict[str, str], language: str, code: str) -> str:
    text = localized(texts, language)
    return text.text if text else code


def _code_order(code: str) -> tuple:
    return tuple(int(part) if part.isdigit() else part for part in _NUMBERS.split(code) if part)


def _alphabetical(label: str) -> str:
    # Finnish and Swedish alphabets end in å ä ö (in that order); code points would put Ä before Å.
    return label.casefold().translate(str.maketrans({"å": "{", "ä": "|", "ö": "}"}))
