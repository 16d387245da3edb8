"""`DataverseClient`: the Web API over httpx, one method per thing the sync engine does.

Faults are the caller's to schedule: the client raises typed errors (sync/dataverse/errors.py) — `Throttled`
carries Retry-After, `NetworkError` and `ServerError` are retryable — and retries nothing itself, except one
401 answered by fetching a fresh token. The engine (#8) owns back-off, so that a retry is never hidden inside
another retry.

Responses are checked for the shape they must have (a JSON object with a `value` list, an `OData-EntityId` after a
create); anything else becomes `UnexpectedResponse`. A `@odata.nextLink` or `@odata.deltaLink` is followed only
when it points at the configured environment, so a tampered answer cannot lure the token to another host.
"""

from __future__ import annotations

import json
import logging
import re
import uuid
from collections.abc import Iterator, Mapping, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

import httpx

from sync.dataverse.auth import TokenProvider
from sync.dataverse.config import DataverseConfig
from sync.dataverse.errors import DataverseError, NetworkError, UnexpectedResponse, error_from_response
from sync.dataverse.multipart import (
    ChangeSet,
    Headers,
    HttpRequestMessage,
    HttpResponseMessage,
    MultipartError,
    new_boundary,
    read_batch_response,
    write_batch,
)
from sync.dataverse.query import Query

log = logging.getLogger(__name__)

USER_AGENT = "Neuvo-Dataverse/1"
_ENTITY_ID = re.compile(r"\(([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})\)\s*$")
_DELETED = "$deletedEntity"


@dataclass(frozen=True)
class Page:
    rows: list[dict[str, Any]]
    next_link: str | None
    count: int | None = None


@dataclass(frozen=True)
class ChangePage:
    """One page of a change-tracking read: new or changed rows, ids of deleted rows, and — on the last page
    only — the delta link to store for the next pull."""

    rows: list[dict[str, Any]]
    deleted_ids: list[uuid.UUID]
    delta_link: str | None


@dataclass(frozen=True)
class Created:
    id: uuid.UUID
    etag: str | None = None
    row: dict[str, Any] | None = None


@dataclass(frozen=True)
class ConnectionCheck:
    ok: bool
    user_id: str | None = None
    organization_id: str | None = None
    problem: str | None = None


@dataclass
class BatchOperation:
    """One request in a `$batch`: `path` is relative to the API root (`contacts(…)`) or a `$n` reference."""

    method: str
    path: str
    body: Mapping[str, Any] | None = None
    headers: dict[str, str] = field(default_factory=dict)
    content_id: str | None = None


@dataclass(frozen=True)
class BatchItemResult:
    status: int
    content_id: str | None
    entity_id: uuid.UUID | None
    etag: str | None
    body: Any
    error: DataverseError | None


class DataverseClient:
    def __init__(self, config: DataverseConfig, tokens: TokenProvider, *,
                 transport: httpx.BaseTransport | None = None) -> None:
        self.config = config
        self._tokens = tokens
        self._api = config.api_url
        self._http = httpx.Client(
            verify=config.ssl_context(), transport=transport,
            timeout=httpx.Timeout(config.timeout_seconds, connect=config.connect_timeout_seconds),
            headers={"Accept": "application/json", "OData-MaxVersion": "4.0", "OData-Version": "4.0",
                     "User-Agent": USER_AGENT},
            follow_redirects=False)

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> DataverseClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- the transport -------------------------------------------------------------------------------------------

    def _url(self, path: str) -> str:
        if path.startswith(("https://", "http://")):
            if not path.startswith(self._api + "/"):
                raise UnexpectedResponse("the server sent a link to another host or API root; not followed")
            return path
        return f"{self._api}/{path.lstrip('/')}"

    def _send(self, method: str, path: str, *, params: Mapping[str, str] | None = None, body: Any = None,
              content: bytes | None = None, headers: Mapping[str, str] | None = None,
              allow: tuple[int, ...] = ()) -> httpx.Response:
        url = self._url(path)
        payload = content if content is not None else (
            None if body is None else json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode())
        request_headers = dict(headers or {})
        if body is not None and "Content-Type" not in request_headers:
            request_headers["Content-Type"] = "application/json; charset=utf-8"
        for attempt in (1, 2):
            request_headers["Authorization"] = f"Bearer {self._tokens.token()}"
            try:
                response = self._receive(self._http.build_request(method, url, params=params, content=payload,
                                                                  headers=request_headers))
            except httpx.TransportError as exc:
                raise NetworkError(f"{method} {_path_only(url)} got no complete answer ({type(exc).__name__})") \
                    from exc
            if response.status_code == 401 and attempt == 1:
                log.info("CRM refused the token (401); fetching a new one")
                self._tokens.invalidate()
                continue
            if response.status_code >= 400 and response.status_code not in allow:
                raise error_from_response(response.status_code, response.headers, response.content)
            return response
        raise AssertionError("unreachable")

    def _receive(self, request: httpx.Request) -> httpx.Response:
        """The response with its body read, refused once the body passes `max_response_bytes` (decoded, so a
        compressed bomb is stopped too) rather than after it has filled the memory."""
        limit = self.config.max_response_bytes
        response = self._http.send(request, stream=True)
        try:
            declared = response.headers.get("Content-Length", "")
            if declared.isdigit() and int(declared) > limit:
                raise _too_large(request, limit)
            body = bytearray()
            for chunk in response.iter_bytes():
                body += chunk
                if len(body) > limit:
                    raise _too_large(request, limit)
        finally:
            response.close()
        response._content = bytes(body)  # what Response.read() sets; .content then answers without a stream
        return response

    @staticmethod
    def _json_object(response: httpx.Response) -> dict[str, Any]:
        try:
            data = json.loads(response.content)
        except (ValueError, UnicodeDecodeError, RecursionError) as exc:  # deep nesting: not a Web API answer
            raise UnexpectedResponse(f"the server answered {response.status_code} with a body that is not JSON",
                                     status=response.status_code) from exc
        if not isinstance(data, dict):
            raise UnexpectedResponse("the server answered JSON that is not an object", status=response.status_code)
        return data

    # --- reads ---------------------------------------------------------------------------------------------------

    def who_am_i(self) -> dict[str, Any]:
        data = self._json_object(self._send("GET", "WhoAmI"))
        if not isinstance(data.get("UserId"), str):
            raise UnexpectedResponse("WhoAmI answered without a UserId")
        return data

    def check_connection(self) -> ConnectionCheck:
        """Can Neuvo reach the CRM and sign in? Never raises."""
        try:
            me = self.who_am_i()
        except DataverseError as error:
            return ConnectionCheck(False, problem=str(error))
        except Exception as exc:  # a token provider's own failure (sign-in cancelled, keyring locked)
            return ConnectionCheck(False, problem=f"{type(exc).__name__}: {exc}")
        return ConnectionCheck(True, me.get("UserId"), me.get("OrganizationId"))

    def retrieve(self, entity_set: str, record_id: uuid.UUID | str, *, select: Sequence[str] = (),
                 expand: Sequence[str] = (), if_none_match: str | None = None) -> dict[str, Any] | None:
        """One row, or None when `if_none_match` (its etag) shows it unchanged (304)."""
        query = Query(select=tuple(select), expand=tuple(expand))
        headers = {"If-None-Match": if_none_match} if if_none_match else None
        response = self._send("GET", f"{entity_set}({_guid(record_id)})", params=query.params(), headers=headers)
        if response.status_code == 304:
            return None
        return self._json_object(response)

    def pages(self, entity_set: str, query: Query | None = None, *, page_size: int | None = None,
              annotations: bool = False) -> Iterator[Page]:
        """The rows matching `query`, a page at a time, following `@odata.nextLink`.

        The next page is requested while this one is decoded and used: Dataverse puts `@odata.nextLink` at the
        end of the body, so it is read from the raw bytes first and fetched in a background thread. The link
        from the fully decoded page is then checked against it; a mismatch discards the early fetch."""
        headers = {"Prefer": _prefer(page_size or self.config.page_size, annotations=annotations)}
        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="dataverse-prefetch") as prefetcher:
            ahead: tuple[str, Future[httpx.Response]] | None = None
            response = self._send("GET", entity_set, params=(query or Query()).params(), headers=headers)
            while True:
                early_link = _trailing_link(response.content, b"@odata.nextLink")
                if early_link is not None and self._url_or_none(early_link) is not None:
                    ahead = (early_link, prefetcher.submit(self._send, "GET", early_link, headers=headers))
                data = self._json_object(response)
                rows = _rows(data)
                next_link = _link(data, "@odata.nextLink")
                count = data.get("@odata.count")
                yield Page(rows, next_link, count if isinstance(count, int) else None)
                if next_link is None:
                    return
                if ahead is not None and ahead[0] == next_link:
                    response = ahead[1].result()
                else:
                    if ahead is not None:
                        ahead[1].cancel()
                    response = self._send("GET", next_link, headers=headers)
                ahead = None

    def _url_or_none(self, link: str) -> str | None:
        try:
            return self._url(link)
        except UnexpectedResponse:
            return None

    def rows(self, entity_set: str, query: Query | None = None, *, page_size: int | None = None) -> Iterator[dict]:
        for page in self.pages(entity_set, query, page_size=page_size):
            yield from page.rows

    def changes(self, entity_set: str, *, select: Sequence[str] = (), delta_link: str | None = None,
                page_size: int | None = None) -> Iterator[ChangePage]:
        """Change tracking: without `delta_link` every row (the initial sync), with it what changed since.

        Store the `delta_link` of the last page only after its rows are applied; a pull that stops half-way starts
        again from the previous link and sees the same changes once more (applying them is idempotent).
        """
        headers = {"Prefer": _prefer(page_size or self.config.page_size, track_changes=True)}
        path: str = delta_link or entity_set
        params = None if delta_link else Query(select=tuple(select)).params()
        while True:
            data = self._json_object(self._send("GET", path, params=params, headers=headers))
            rows, deleted = [], []
            for row in _rows(data):
                context = row.get("@odata.context")
                if isinstance(context, str) and context.endswith(_DELETED):
                    deleted.append(_uuid_field(row, "id"))
                else:
                    rows.append(row)
            next_link = _link(data, "@odata.nextLink")
            delta = _link(data, "@odata.deltaLink")
            if next_link is None and delta is None:
                raise UnexpectedResponse("a change-tracking page had neither a next link nor a delta link")
            yield ChangePage(rows, deleted, delta if next_link is None else None)
            if next_link is None:
                return
            path, params = next_link, None

    # --- writes --------------------------------------------------------------------------------------------------

    def create(self, entity_set: str, record: Mapping[str, Any], *, return_representation: bool = False,
               select: Sequence[str] = ()) -> Created:
        """Create a row. Put the local id in the primary-key column: a retried create then answers DuplicateKey
        (a subclass of PreconditionFailed), which the caller treats as 'already created'."""
        headers = {"Prefer": "return=representation"} if return_representation else None
        params = Query(select=tuple(select)).params() if return_representation else None
        response = self._send("POST", entity_set, body=dict(record), headers=headers, params=params)
        row = self._json_object(response) if response.status_code == 201 else None
        entity_id = _entity_id(response.headers.get("OData-EntityId"))
        if entity_id is None:
            raise UnexpectedResponse("a create was answered without an OData-EntityId header",
                                     status=response.status_code)
        etag = row.get("@odata.etag") if row else response.headers.get("ETag")
        return Created(entity_id, etag if isinstance(etag, str) else None, row)

    def update(self, entity_set: str, record_id: uuid.UUID | str, changes: Mapping[str, Any], *,
               etag: str | None, return_representation: bool = False) -> str | None:
        """Update an existing row. With `etag` the server refuses (PreconditionFailed) when the row has changed
        since; `etag=None` sends `If-Match: *`, which only refuses to create a missing row (NotFound).
        Returns the new etag when the server said it."""
        headers = {"If-Match": etag or "*"}
        if return_representation:
            headers["Prefer"] = "return=representation"
        response = self._send("PATCH", f"{entity_set}({_guid(record_id)})", body=dict(changes), headers=headers)
        return _etag_of(self, response)

    def upsert(self, entity_set: str, record_id: uuid.UUID | str, record: Mapping[str, Any], *,
               create_only: bool = False, update_only: bool = False) -> str | None:
        """PATCH without a version: create the row with this id, or update it. `create_only` (If-None-Match: *)
        refuses to touch an existing row (DuplicateKey); `update_only` (If-Match: *) refuses to create (NotFound)."""
        if create_only and update_only:
            raise ValueError("create_only and update_only exclude each other")
        headers = {"If-None-Match": "*"} if create_only else {"If-Match": "*"} if update_only else {}
        response = self._send("PATCH", f"{entity_set}({_guid(record_id)})", body=dict(record), headers=headers)
        return _etag_of(self, response)

    def delete(self, entity_set: str, record_id: uuid.UUID | str, *, etag: str | None = None) -> None:
        headers = {"If-Match": etag} if etag else None
        self._send("DELETE", f"{entity_set}({_guid(record_id)})", headers=headers)

    # --- bulk actions --------------------------------------------------------------------------------------------

    def create_multiple(self, entity_set: str, logical_name: str, records: Sequence[Mapping[str, Any]]) \
            -> list[uuid.UUID]:
        """All rows or none (Dataverse runs CreateMultiple in one transaction)."""
        data = self._json_object(self._send(
            "POST", f"{entity_set}/Microsoft.Dynamics.CRM.CreateMultiple", body=_targets(logical_name, records)))
        ids = data.get("Ids")
        if not isinstance(ids, list):
            raise UnexpectedResponse("CreateMultiple answered without an Ids list")
        return [_uuid_value(value) for value in ids]

    def update_multiple(self, entity_set: str, logical_name: str, records: Sequence[Mapping[str, Any]]) -> None:
        """Each record carries its primary key; all rows or none."""
        self._send("POST", f"{entity_set}/Microsoft.Dynamics.CRM.UpdateMultiple",
                   body=_targets(logical_name, records))

    def upsert_multiple(self, entity_set: str, logical_name: str, records: Sequence[Mapping[str, Any]]) -> None:
        self._send("POST", f"{entity_set}/Microsoft.Dynamics.CRM.UpsertMultiple",
                   body=_targets(logical_name, records))

    # --- $batch --------------------------------------------------------------------------------------------------

    def batch(self, entries: Sequence[BatchOperation | Sequence[BatchOperation]], *,
              continue_on_error: bool = False) -> list[BatchItemResult]:
        """Send requests in one `$batch`; a nested sequence is a change set (all or nothing, `$n` references
        to earlier Content-IDs allowed). Results come in request order; a failed one carries its `error`.
        Without `continue_on_error` the server stops at the first failure, so later requests have no result."""
        parts: list[HttpRequestMessage | ChangeSet] = []
        for entry in entries:
            if isinstance(entry, BatchOperation):
                parts.append(self._batch_message(entry))
            else:
                parts.append(ChangeSet([self._batch_message(op) for op in entry]))
        boundary = new_boundary("batch")
        headers = {"Content-Type": f"multipart/mixed; boundary={boundary}"}
        if continue_on_error:
            headers["Prefer"] = "odata.continue-on-error"
        # Dataverse answers 400 with a multipart body when a request in the batch failed: that is a result.
        response = self._send("POST", "$batch", content=write_batch(parts, boundary), headers=headers,
                              allow=(400,))
        if not (response.headers.get("Content-Type") or "").lower().startswith("multipart/mixed"):
            if response.status_code >= 400:
                raise error_from_response(response.status_code, response.headers, response.content)
            raise UnexpectedResponse("the $batch answer is not multipart/mixed", status=response.status_code)
        return self._batch_results(response)

    def _batch_message(self, op: BatchOperation) -> HttpRequestMessage:
        headers = Headers()
        body = b""
        if op.body is not None:
            headers.set("Content-Type", "application/json; type=entry")
            body = json.dumps(op.body, ensure_ascii=False, separators=(",", ":")).encode()
        for name, value in op.headers.items():
            headers.set(name, value)
        target = op.path if op.path.startswith("$") else self._url(op.path)
        return HttpRequestMessage(op.method.upper(), target, headers, body, op.content_id)

    def _batch_results(self, response: httpx.Response) -> list[BatchItemResult]:
        try:
            entries = read_batch_response(response.content, response.headers.get("Content-Type"))
        except MultipartError as exc:
            raise UnexpectedResponse(f"the $batch answer is not readable multipart ({exc})",
                                     status=response.status_code) from exc
        results: list[BatchItemResult] = []
        for entry in entries:
            messages = entry.messages if isinstance(entry, ChangeSet) else [entry]
            for message in messages:
                assert isinstance(message, HttpResponseMessage)
                results.append(_batch_item(message))
        return results


def _batch_item(message: HttpResponseMessage) -> BatchItemResult:
    body: Any = None
    if message.body.strip():
        try:
            body = json.loads(message.body)
        except (ValueError, UnicodeDecodeError, RecursionError):
            body = None
    error = None
    if message.status >= 400:
        lowered = {k.lower(): v for k, v in message.headers.items}
        error = error_from_response(message.status, lowered, message.body)
    etag = message.headers.get("ETag") or (body.get("@odata.etag") if isinstance(body, dict) else None)
    return BatchItemResult(message.status, message.content_id, _entity_id(message.headers.get("OData-EntityId")),
                           etag if isinstance(etag, str) else None, body, error)


_TRAILING_LINK = re.compile(rb'"(@odata\.nextLink)"\s*:\s*"((?:[^"\\]|\\.)*)"\s*}\s*$')


def _trailing_link(body: bytes, name: bytes) -> str | None:
    """The next link at the very end of a body (where Dataverse writes it), without decoding the whole body."""
    match = _TRAILING_LINK.search(body, max(0, len(body) - 8192))
    if match is None or match.group(1) != name:
        return None
    try:
        link = json.loads(b'"' + match.group(2) + b'"')
    except ValueError:
        return None
    return link if isinstance(link, str) else None


def _prefer(page_size: int, *, track_changes: bool = False, annotations: bool = False) -> str:
    parts = [f"odata.maxpagesize={page_size}"]
    if track_changes:
        parts.append("odata.track-changes")
    if annotations:
        parts.append('odata.include-annotations="*"')
    return ",".join(parts)


def _rows(data: dict[str, Any]) -> list[dict[str, Any]]:
    rows = data.get("value")
    if not isinstance(rows, list) or not all(isinstance(row, dict) for row in rows):
        raise UnexpectedResponse("a collection answer had no 'value' list of objects")
    return rows


def _link(data: dict[str, Any], name: str) -> str | None:
    link = data.get(name)
    if link is None:
        return None
    if not isinstance(link, str) or not link.startswith(("https://", "http://")):
        raise UnexpectedResponse(f"{name} is not an absolute URL")
    return link


def _guid(value: uuid.UUID | str) -> str:
    return str(value if isinstance(value, uuid.UUID) else uuid.UUID(str(value)))


def _uuid_value(value: object) -> uuid.UUID:
    try:
        return uuid.UUID(str(value))
    except ValueError as exc:
        raise UnexpectedResponse("the server sent an id that is not a GUID") from exc


def _uuid_field(row: dict[str, Any], name: str) -> uuid.UUID:
    if not isinstance(row.get(name), str):
        raise UnexpectedResponse(f"a row lacks its '{name}'")
    return _uuid_value(row[name])


def _entity_id(header: str | None) -> uuid.UUID | None:
    match = _ENTITY_ID.search(header or "")
    return uuid.UUID(match.group(1)) if match else None


def _etag_of(client: DataverseClient, response: httpx.Response) -> str | None:
    if response.status_code in (200, 201) and response.content:
        etag = client._json_object(response).get("@odata.etag")
        return etag if isinstance(etag, str) else None
    return response.headers.get("ETag")


def _targets(logical_name: str, records: Sequence[Mapping[str, Any]]) -> dict[str, Any]:
    odata_type = f"Microsoft.Dynamics.CRM.{logical_name}"
    return {"Targets": [{"@odata.type": odata_type, **record} for record in records]}


def _path_only(url: str) -> str:
    return url.split("?", 1)[0]


def _too_large(request: httpx.Request, limit: int) -> UnexpectedResponse:
    return UnexpectedResponse(f"{request.method} {_path_only(str(request.url))} answered more than "
                              f"{limit // (1024 * 1024)} MiB; not read further")
