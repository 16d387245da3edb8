"""The emulator on the wire: a Starlette app in front of `DataverseService`.

Order for every API request: number it and apply injected forced statuses (error rates, 429 bursts, request N)
→ require the bearer token (401 with `WWW-Authenticate`, as Dataverse) → service-protection limits (429 +
Retry-After) → injected latency → body size (413) → the service. Writes may then lose their connection before
or after commit when a drop fault is armed. `/_emulator/faults` and `/_emulator/stats` are the loopback admin
endpoints for tests.
"""

from __future__ import annotations

import asyncio
import hmac
import json
import logging
from collections.abc import Callable

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from sync.emulator.answers import E_PAYLOAD, E_UNEXPECTED, Answer, error_answer
from sync.emulator.faults import Faults, FaultSettings, ServiceProtection
from sync.emulator.service import API_VERSIONS, Call, DataverseService

log = logging.getLogger(__name__)

DEFAULT_MAX_BODY_BYTES = 16 * 1024 * 1024
WRITE_METHODS = ("POST", "PATCH", "PUT", "DELETE")
_THROTTLE_CODES = {"requests": ("0x80072322", "Number of requests exceeded the limit of {n} over time window of "
                                              "{w} seconds."),
                   "concurrency": ("0x80072326", "Number of concurrent requests exceeded the limit of {c}.")}
_HTML_ERROR = ("<!DOCTYPE html><html><head><title>{status} Error</title></head><body><h1>{status}</h1>"
               "<p>The gateway could not reach the service.</p></body></html>")


class _DroppedConnection(Response):
    """Starts an answer and stops mid-way: the server then closes the connection, and the client sees it drop."""

    def __init__(self) -> None:
        super().__init__()

    async def __call__(self, scope, receive, send) -> None:
        await send({"type": "http.response.start", "status": 200,
                    "headers": [(b"content-type", b"application/json"), (b"content-length", b"4096")]})
        await send({"type": "http.response.body", "body": b"{", "more_body": True})


class _QuietDrops(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        return "without completing response" not in record.getMessage()


logging.getLogger("uvicorn.error").addFilter(_QuietDrops())


def create_app(service: DataverseService, *, token: str, faults: Faults, protection: ServiceProtection,
               max_body_bytes: int = DEFAULT_MAX_BODY_BYTES, on_request: Callable[[], None] | None = None) -> Starlette:
    if not token:
        raise ValueError("the emulator needs a bearer token")

    def authorised(request: Request) -> bool:
        scheme, _, presented = (request.headers.get("authorization") or "").partition(" ")
        return scheme.lower() == "bearer" and hmac.compare_digest(presented.strip().encode(), token.encode())

    async def api(request: Request) -> Response:
        version = request.path_params["version"]
        _number, decision = faults.on_request()
        if decision.status is not None:
            if decision.latency_seconds:
                await asyncio.sleep(decision.latency_seconds)
            return _forced(decision.status, decision.retry_after, decision.html)
        if version not in API_VERSIONS:
            return _respond(error_answer(404, "0x80060888", f"Resource not found for the segment '{version}'."))
        if not authorised(request):
            return Response(status_code=401, headers={
                "WWW-Authenticate": 'Bearer authorization_uri="https://login.microsoftonline.com/common/oauth2/'
                                    'authorize", resource_id="neuvo-crm-emulator"', "Content-Length": "0"})
        user = "token"
        refusal = protection.admit(user)
        if refusal is not None:
            kind, seconds = refusal
            code, text = _THROTTLE_CODES[kind]
            limits = protection.limits
            message = text.format(n=limits.requests_per_window, w=int(limits.window_seconds), c=limits.max_concurrent)
            return _respond(error_answer(429, code, message, {"Retry-After": str(seconds)}))
        try:
            if decision.latency_seconds:  # inside the admitted region, so slow requests count as concurrent
                await asyncio.sleep(decision.latency_seconds)
            body = await _read_body(request, max_body_bytes)
            if body is None:
                return _respond(error_answer(413, E_PAYLOAD, f"The request body is larger than {max_body_bytes:,} "
                                                             "bytes."))
            write = request.method in WRITE_METHODS
            if write and faults.take_drop(after_commit=False):
                return _DroppedConnection()
            call = Call(request.method, request.path_params["path"], dict(request.query_params),
                        {k.lower(): v for k, v in request.headers.items()}, body,
                        f"{str(request.base_url).rstrip('/')}/api/data/{version}")
            answer = service.handle(call)
            if answer.wrote and faults.take_drop(after_commit=True):
                return _DroppedConnection()
            return _respond(answer)
        finally:
            protection.done(user)
            if on_request is not None:
                on_request()

    async def admin_faults(request: Request) -> Response:
        if not authorised(request):
            return Response(status_code=401)
        if request.method == "DELETE":
            faults.reset()
        elif request.method == "POST":
            try:
                changes = json.loads(await request.body() or b"{}")
                if not isinstance(changes, dict):
                    raise ValueError("send a JSON object")
                faults.configure(**changes)
            except (ValueError, TypeError) as exc:
                return JSONResponse({"error": str(exc)}, status_code=400)
        return JSONResponse(faults.settings.to_json())

    async def admin_stats(request: Request) -> Response:
        if not authorised(request):
            return Response(status_code=401)
        with service.store.lock:
            rows = {t.logical_name: service.store.count(t) for t in service.tables.values()}
        return JSONResponse({"requests": faults.request_count, "rows": rows, "version": service.store.current_version})

    async def not_found(request: Request) -> Response:
        return _respond(error_answer(404, "0x80060888", "The Web API lives under /api/data/v9.2/."))

    methods = ["GET", "POST", "PATCH", "PUT", "DELETE"]
    return Starlette(routes=[
        Route("/api/data/{version}/{path:path}", api, methods=methods),
        Route("/_emulator/faults", admin_faults, methods=["GET", "POST", "DELETE"]),
        Route("/_emulator/stats", admin_stats, methods=["GET"]),
        Route("/{path:path}", not_found, methods=methods),
    ])


async def _read_body(request: Request, limit: int) -> bytes | None:
    declared = request.headers.get("content-length")
    if declared is not None and declared.isdigit() and int(declared) > limit:
        return None
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            return None
        chunks.append(chunk)
    return b"".join(chunks)


def _respond(answer: Answer) -> Response:
    return Response(answer.body, status_code=answer.status, headers=answer.headers)


def _forced(status: int, retry_after: int | None, html: bool) -> Response:
    headers = {"Retry-After": str(retry_after)} if retry_after is not None else {}
    if html:
        return Response(_HTML_ERROR.format(status=status), status_code=status, media_type="text/html",
                        headers=headers)
    if status == 429:
        return _respond(error_answer(429, "0x80072322", "Number of requests exceeded the limit (injected fault).",
                                     headers))
    return _respond(error_answer(status, E_UNEXPECTED, f"Injected fault: {status}.", headers))


__all__ = ["FaultSettings", "create_app"]
