"""What a JSON document from PTV holds: services, channels, general descriptions, a code list — or nothing of PTV.

A document is one JSON value: an array of records (as exported or merged), one record, or one page of the Open
API (`{"pageNumber", "pageCount", "itemList": […]}`). Files may be gzip-compressed (`.json.gz`, as the demo data
ships) and may carry a byte-order mark or `//` comments (some PTV code lists do).

A document in which not a single record is recognisable as PTV is refused with `NotPtvData`: the import then
stops before writing anything, so a wrong file never touches the catalogue.
"""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any

from app.errors import NeuvoError
from app.ptv.code_lists import is_code_list_record
from app.ptv.records import is_channel_record, is_service_record
from app.text import Text

# Records looked at to tell what a document holds; a broken one among them must not decide.
_SNIFF = 50


class NotPtvData(NeuvoError):
    """A file or response that is not PTV Open API JSON at all."""


class DocumentKind(StrEnum):
    SERVICES = "services"
    CHANNELS = "channels"
    GENERAL_DESCRIPTIONS = "general_descriptions"
    CODE_LIST = "code_list"
    ORGANIZATIONS = "organizations"  # read past: services carry their organisation's id and name
    ID_PAGE = "id_page"  # a page of {id, name} stubs, as the API's list endpoints return


@dataclass(frozen=True)
class PtvDocument:
    name: str  # file name or URL, for the import report
    kind: DocumentKind
    records: list[Any]
    page: int | None = None
    page_count: int | None = None


def read_document(name: str, payload: Any) -> PtvDocument:
    page = page_count = None
    records: Any = payload
    if isinstance(payload, Mapping) and "itemList" in payload:
        records = payload.get("itemList") or []
        page, page_count = payload.get("pageNumber"), payload.get("pageCount")
    elif isinstance(payload, Mapping):
        records = [payload]
    if not isinstance(records, list):
        raise NotPtvData(Text("%1 is JSON but not PTV data: expected a list of records or an API page.", name),
                         "Give PTV Open API JSON (services, service channels, general descriptions, code lists).")
    if not records and page is not None:
        return PtvDocument(name, DocumentKind.ID_PAGE, [], page, page_count)
    kind = _kind_of(records[:_SNIFF])
    if kind is None:
        raise NotPtvData(Text("%1 holds no PTV services, channels, general descriptions or code lists.", name),
                         "Check the file: it must be PTV Open API JSON as the API returns it.")
    return PtvDocument(name, kind, records, page, page_count)


def _kind_of(sample: list[Any]) -> DocumentKind | None:
    votes: dict[DocumentKind, int] = {}
    for record in sample:
        kind = _record_kind(record)
        if kind is not None:
            votes[kind] = votes.get(kind, 0) + 1
    return max(votes, key=votes.__getitem__) if votes else None


def _record_kind(record: object) -> DocumentKind | None:
    if not isinstance(record, Mapping):
        return None
    if is_service_record(record):
        return DocumentKind.SERVICES
    if is_channel_record(record):
        return DocumentKind.CHANNELS
    if is_code_list_record(record):
        return DocumentKind.CODE_LIST
    if "organizationNames" in record:
        return DocumentKind.ORGANIZATIONS
    if ("generalDescriptionType" in record or "ReferenceCode" in record) and ("names" in record or "Name" in record):
        return DocumentKind.GENERAL_DESCRIPTIONS
    if set(record) <= {"id", "name"} and "id" in record:
        return DocumentKind.ID_PAGE
    return None


def parse_json(name: str, data: bytes) -> Any:
    """JSON from bytes, gzip or not, leniently: a BOM and `//` comments are tolerated."""
    if data[:2] == b"\x1f\x8b":
        try:
            data = gzip.decompress(data)
        except (OSError, EOFError) as damaged:
            raise NotPtvData(Text("%1 is a damaged gzip file (%2).", name, damaged), "Download it again.") from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise NotPtvData(Text("%1 is not UTF-8 text, so not PTV JSON.", name),
                         "Give PTV Open API JSON (services, channels, code lists).") from None
    try:
        return json.loads(text)
    except json.JSONDecodeError:
        pass
    except RecursionError:  # PTV records nest a few levels; thousands are a broken or hostile file
        raise NotPtvData(Text("%1 nests arrays or objects too deeply to be PTV JSON.", name),
                         "Give PTV Open API JSON (services, channels, code lists).") from None
    try:
        return json.loads(_without_line_comments(text))
    except json.JSONDecodeError as bad:
        raise NotPtvData(Text("%1 is not JSON (line %2: %3).", name, bad.lineno, bad.msg),
                         "Give PTV Open API JSON (services, channels, code lists).") from None


def _without_line_comments(text: str) -> str:
    out: list[str] = []
    in_string = escaped = False
    index = 0
    while index < len(text):
        character = text[index]
        if in_string:
            out.append(character)
            if escaped:
                escaped = False
            elif character == "\\":
                escaped = True
            elif character == '"':
                in_string = False
        elif character == '"':
            in_string = True
            out.append(character)
        elif text.startswith("//", index):
            end = text.find("\n", index)
            index = len(text) if end < 0 else end
            continue
        else:
            out.append(character)
        index += 1
    return "".join(out)


def documents_in(path: Path) -> Iterator[PtvDocument]:
    """Every PTV document in a file, or in a directory's *.json and *.json.gz files (sorted, recursively)."""
    if not path.exists():
        raise NotPtvData(Text("%1 does not exist.", path), "Give a PTV JSON file, a directory of them, or an API URL.")
    files = [path] if path.is_file() else sorted(
        p for p in path.rglob("*") if p.is_file() and p.name.endswith((".json", ".json.gz")))
    if not files:
        raise NotPtvData(Text("%1 holds no .json or .json.gz files.", path),
                         "Give a PTV JSON file or a directory of them.")
    for file in files:
        yield read_document(file.name, parse_json(file.name, file.read_bytes()))
