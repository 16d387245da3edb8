"""PTV code lists: service classes, life events, target groups and municipalities, with their fi/sv/en labels.

Service classes, life events and target groups come from PTV's Finto exports (`Notation` P4.1, `Label{Fi,Sv,En}`,
`BroaderUris`, `OldUri` — the urn.fi URI older API responses use); municipalities from `Municipality.json`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any


class CodeScheme(StrEnum):
    SERVICE_CLASS = "service_class"
    LIFE_EVENT = "life_event"
    TARGET_GROUP = "target_group"
    MUNICIPALITY = "municipality"


_CONCEPT_TYPES = {"ptvserclass": CodeScheme.SERVICE_CLASS, "ptvl": CodeScheme.SERVICE_CLASS,
                  "ptvelti": CodeScheme.LIFE_EVENT, "ptvkohderyhmat": CodeScheme.TARGET_GROUP}
_PREFIXES = {"P": CodeScheme.SERVICE_CLASS, "KE": CodeScheme.LIFE_EVENT, "KR": CodeScheme.TARGET_GROUP}


@dataclass(frozen=True)
class CodeListEntry:
    scheme: CodeScheme
    code: str
    labels: dict[str, str]
    uri: str | None = None
    old_uri: str | None = None
    parent: str | None = None
    notes: dict[str, str] = field(default_factory=dict)


def is_code_list_record(record: object) -> bool:
    if not isinstance(record, Mapping):
        return False
    return ("Notation" in record and "Label" in record) or "municipalityCode" in record


def read_code_list_entry(record: Mapping[str, Any]) -> CodeListEntry:
    if "municipalityCode" in record:
        code = str(record["municipalityCode"]).zfill(3)
        labels = {str(n.get("language")).lower(): n["name"] for n in record.get("names") or []
                  if isinstance(n, Mapping) and n.get("name")}
        return CodeListEntry(CodeScheme.MUNICIPALITY, code, labels)
    code = str(record.get("Notation") or "").strip()
    scheme = _CONCEPT_TYPES.get(str(record.get("ConceptType", "")).lower()) or scheme_of_code(code)
    if not code or scheme is None:
        raise ValueError(f"code-list entry {code[:20]!r} of unknown kind")
    labels = {key.lower(): value for key, value in (record.get("Label") or {}).items() if value}
    notes = {key.lower(): value for key, value in (record.get("Notes") or {}).items() if value}
    broader = record.get("BroaderUris") or []
    parent = broader[0].rstrip("/").rsplit("/", 1)[-1] if broader else None
    return CodeListEntry(scheme, code, labels, record.get("Id"), record.get("OldUri"), parent, notes)


def scheme_of_code(code: str) -> CodeScheme | None:
    """P4.1 → service class, KE3 → life event, KR2.1 → target group (the notation says which list)."""
    for prefix in ("KE", "KR", "P"):
        if code.startswith(prefix) and code[len(prefix):len(prefix) + 1].isdigit():
            return _PREFIXES[prefix]
    return None
