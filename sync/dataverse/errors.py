"""Typed errors of the Dataverse client, mapped from the HTTP status and Dataverse's error JSON.

Dataverse answers errors as `{"error": {"code": "0x80040217", "message": "…"}}`; a proxy or gateway in between may
answer an HTML page or nothing at all. Whatever comes back, the caller gets one of these, never a JSON or
attribute error. Messages carry Dataverse's text (record ids, column names), never request bodies.
"""

from __future__ import annotations

import json
from collections.abc import Mapping

# Dataverse error codes the client tells apart (the HTTP status alone does not: both are 412).
CODE_DUPLICATE_RECORD = "0x80040237"  # "A record with matching key values already exists."
CODE_VERSION_MISMATCH = "0x80060882"  # "The version of the existing record doesn't match …"
CODE_NOT_FOUND = "0x80040217"


class DataverseError(Exception):
    """Anything that went wrong talking to Dataverse. `retryable` says whether the same request may succeed later."""

    retryable = False

    def __init__(self, message: str, *, status: int | None = None, code: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.status = status
        self.code = code

    def __str__(self) -> str:
        where = f"HTTP {self.status}" if self.status is not None else type(self).__name__
        code = f" {self.code}" if self.code else ""
        return f"{where}{code}: {self.message}"


class BadRequest(DataverseError):
    """400: the request was malformed (bad $filter, unknown column, invalid JSON)."""


class Unauthorized(DataverseError):
    """401: no token, an expired or a wrong one."""


class Forbidden(DataverseError):
    """403: the signed-in user lacks a privilege."""


class NotFound(DataverseError):
    """404: no such record (or table)."""


class PreconditionFailed(DataverseError):
    """412: the record changed since the version in If-Match was read."""


class DuplicateKey(PreconditionFailed):
    """412 with 0x80040237: a record with this id (or key) exists already; for a retried create, 'already done'."""


class PayloadTooLarge(DataverseError):
    """413: the request body is bigger than the server accepts."""


class Throttled(DataverseError):
    """429: service protection limits; wait `retry_after` seconds."""

    retryable = True

    def __init__(self, message: str, *, retry_after: float, status: int | None = 429, code: str | None = None) -> None:
        super().__init__(message, status=status, code=code)
        self.retry_after = retry_after


class ServerError(DataverseError):
    """5xx: the service (or a gateway before it) failed; the request may succeed later."""

    retryable = True


class NetworkError(DataverseError):
    """No complete answer: connection refused or dropped, TLS failure, timeout. The request may or may not have
    been applied, so a retried create must carry the same id (it does: ids are made by the client)."""

    retryable = True


class UnexpectedResponse(DataverseError):
    """A success status with a body that is not the JSON Dataverse sends (a proxy's HTML page, missing fields)."""

    retryable = True


def error_from_response(status: int, headers: Mapping[str, str], body: bytes) -> DataverseError:
    code, message = _read_error_body(body, headers.get("content-type", ""))
    if message is None:
        message = f"the server answered {status} without a Dataverse error body"
    if status == 429:
        return Throttled(message, retry_after=retry_after_seconds(headers.get("retry-after")), code=code)
    if status == 412:
        kind = DuplicateKey if code == CODE_DUPLICATE_RECORD else PreconditionFailed
        return kind(message, status=status, code=code)
    if status == 409 and code == CODE_DUPLICATE_RECORD:
        return DuplicateKey(message, status=status, code=code)
    kind_by_status: dict[int, type[DataverseError]] = {
        400: BadRequest, 401: Unauthorized, 403: Forbidden, 404: NotFound, 413: PayloadTooLarge}
    if status in kind_by_status:
        return kind_by_status[status](message, status=status, code=code)
    if status >= 500:
        return ServerError(message, status=status, code=code)
    return DataverseError(message, status=status, code=code)


def retry_after_seconds(value: str | None, default: float = 5.0) -> float:
    """Retry-After as seconds; Dataverse sends whole seconds, a proxy may send an HTTP date (then the default)."""
    try:
        seconds = float(value) if value is not None else default
    except ValueError:
        return default
    return max(0.0, min(seconds, 3600.0)) if seconds == seconds else default


def _read_error_body(body: bytes, content_type: str) -> tuple[str | None, str | None]:
    if not body.strip():
        return None, None
    try:
        data = json.loads(body)
    except (ValueError, UnicodeDecodeError, RecursionError):  # deep nesting is no Dataverse error either
        kind = "an HTML page" if b"<html" in body[:2048].lower() or "html" in content_type else "a non-JSON body"
        return None, f"the server (or a proxy before it) answered {kind} instead of a Dataverse error"
    error = data.get("error") if isinstance(data, dict) else None
    if not isinstance(error, dict):
        return None, "the server answered JSON without an 'error' object"
    code = error.get("code")
    message = error.get("message")
    return (code if isinstance(code, str) else None,
            message.strip()[:2000] if isinstance(message, str) and message.strip() else None)
