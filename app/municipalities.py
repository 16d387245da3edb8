"""Finnish municipalities [kunnat] by their three-digit code, from the PTV code list in resources/ptv/."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache

from resources import resource_path


@dataclass(frozen=True)
class Municipality:
    code: str
    name_fi: str
    name_sv: str

    def name(self, language: str) -> str:
        return self.name_sv if language == "sv" else self.name_fi


@cache
def municipalities() -> dict[str, Municipality]:
    records = json.loads(resource_path("ptv", "municipalities.json").read_text(encoding="utf-8"))
    result = {}
    for record in records:
        names = {n["language"]: n["name"] for n in record["names"]}
        code = record["municipalityCode"]
        result[code] = Municipality(code, names.get("fi", code), names.get("sv", names.get("fi", code)))
    return result


def municipality_name(code: str | None, language: str = "fi") -> str | None:
    if code is None:
        return None
    municipality = municipalities().get(code)
    return municipality.name(language) if municipality else code
