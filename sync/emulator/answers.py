"""What the emulator answers: the Answer value, Dataverse's error codes and its error body."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

ODATA_JSON = "application/json; odata.metadata=minimal; odata.streaming=true; IEEE754Compatible=false; charset=utf-8"

# Dataverse's error codes (the client tells some apart; the rest are informative).
E_QUERY = "0x80060888"  # OData: bad query option, unknown property or segment
E_NOT_FOUND = "0x80040217"
E_DUPLICATE = "0x80040237"
E_VERSION = "0x80060882"
E_PAYLOAD = "0x80048d19"  # the request body does not fit the entity type
E_VALIDATION = "0x80044331"  # a value breaks a column's rule (length, choice range)
E_UNEXPECTED = "0x80040216"
E_BATCH = "0x8006088a"

class ODataError(Exception):
    def __init__(self, status: int, code: str, message: str, headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.status, self.code, self.message = status, code, message
        self.headers = headers or {}


@dataclass
class Answer:
    status: int
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes = b""
    wrote: bool = False  # a write was committed (fault injection drops the connection after it)


def error_answer(status: int, code: str, message: str, headers: dict[str, str] | None = None) -> Answer:
    body = json.dumps({"error": {"code": code, "message": message}}).encode()
    return Answer(status, {"Content-Type": ODATA_JSON, "OData-Version": "4.0", **(headers or {})}, body)


def json_answer(status: int, data: Any, headers: dict[str, str] | None = None) -> Answer:
    body = data if isinstance(data, bytes) else json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode()
    return Answer(status, {"Content-Type": ODATA_JSON, "OData-Version": "4.0", **(headers or {})}, body)


