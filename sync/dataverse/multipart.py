"""`multipart/mixed` for OData `$batch`: the writer and reader used by both the client and the emulator.

A batch body is a list of parts; a part is either one HTTP message (`Content-Type: application/http`) or a change
set, itself a `multipart/mixed` body of HTTP messages that the server applies all-or-nothing. Each HTTP message
may carry a `Content-ID`, which later requests in the same change set reference as `$<id>`.

Written by hand rather than with `email.mime`: the stdlib rewraps long header lines, may re-encode bodies and
insists on MIME headers OData does not use. Delimiters are CRLF, as RFC 2046 says; the reader also accepts
bare-LF bodies, which some hand-written clients send, and an inner message whose blank line after the headers is
missing when it has no body (Microsoft's SDK writes DELETE parts that way).
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass, field

CRLF = b"\r\n"
_BOUNDARY_RE = re.compile(r'boundary\s*=\s*(?:"([^"]+)"|([^;,\s]+))', re.IGNORECASE)
_BOUNDARY_CHARS = re.compile(r"^[0-9A-Za-z'()+_,\-./:=? ]{1,70}$")


class MultipartError(ValueError):
    """The body is not a well-formed multipart/mixed batch."""


@dataclass
class Headers:
    """Ordered header list with case-insensitive look-up."""

    items: list[tuple[str, str]] = field(default_factory=list)

    def get(self, name: str, default: str | None = None) -> str | None:
        lowered = name.lower()
        for key, value in self.items:
            if key.lower() == lowered:
                return value
        return default

    def set(self, name: str, value: str) -> None:
        lowered = name.lower()
        self.items = [(k, v) for k, v in self.items if k.lower() != lowered] + [(name, value)]

    def as_dict(self) -> dict[str, str]:
        return {k: v for k, v in self.items}

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Headers) and [(k.lower(), v) for k, v in self.items] == \
            [(k.lower(), v) for k, v in other.items]


@dataclass
class HttpRequestMessage:
    method: str
    target: str  # an absolute URL, a path, or a `$n` Content-ID reference
    headers: Headers = field(default_factory=Headers)
    body: bytes = b""
    content_id: str | None = None


@dataclass
class HttpResponseMessage:
    status: int
    reason: str = ""
    headers: Headers = field(default_factory=Headers)
    body: bytes = b""
    content_id: str | None = None


@dataclass
class ChangeSet:
    """Messages that the server applies all together or not at all."""

    messages: list = field(default_factory=list)  # list[HttpRequestMessage] or list[HttpResponseMessage]


BatchEntry = HttpRequestMessage | HttpResponseMessage | ChangeSet


def new_boundary(kind: str = "batch") -> str:
    return f"{kind}_{uuid.uuid4()}"


def boundary_from_content_type(content_type: str | None) -> str:
    if not content_type or not content_type.lower().startswith("multipart/mixed"):
        raise MultipartError("The batch must be sent as Content-Type: multipart/mixed; boundary=….")
    match = _BOUNDARY_RE.search(content_type)
    if not match:
        raise MultipartError("The multipart/mixed Content-Type has no boundary parameter.")
    boundary = match.group(1) or match.group(2)
    if not _BOUNDARY_CHARS.match(boundary) or boundary.endswith(" "):
        raise MultipartError("The multipart boundary has characters RFC 2046 does not allow.")
    return boundary


# --- writing -----------------------------------------------------------------------------------------------------

def write_batch(entries: list[BatchEntry], boundary: str) -> bytes:
    """The body of a `$batch` request or response with `boundary` (see `boundary_from_content_type`)."""
    parts: list[bytes] = []
    for entry in entries:
        if isinstance(entry, ChangeSet):
            inner_boundary = new_boundary("changeset" if _is_request_set(entry) else "changesetresponse")
            inner = _join_parts([_write_message_part(m) for m in entry.messages], inner_boundary)
            parts.append(b"Content-Type: multipart/mixed; boundary=" + inner_boundary.encode() + CRLF + CRLF + inner)
        else:
            parts.append(_write_message_part(entry))
    return _join_parts(parts, boundary)


def _is_request_set(change_set: ChangeSet) -> bool:
    return not change_set.messages or isinstance(change_set.messages[0], HttpRequestMessage)


def _join_parts(parts: list[bytes], boundary: str) -> bytes:
    delimiter = b"--" + boundary.encode("ascii")
    for part in parts:
        if delimiter in part:
            raise MultipartError("A part contains the boundary; choose another boundary.")
    out = bytearray()
    for part in parts:
        out += delimiter + CRLF + part + CRLF
    out += delimiter + b"--" + CRLF
    return bytes(out)


def _write_message_part(message: HttpRequestMessage | HttpResponseMessage) -> bytes:
    head = [b"Content-Type: application/http", b"Content-Transfer-Encoding: binary"]
    if message.content_id is not None:
        head.append(b"Content-ID: " + _header_text(message.content_id))
    if isinstance(message, HttpRequestMessage):
        start = f"{message.method} {message.target} HTTP/1.1".encode()
        if any(c in start for c in (b"\r", b"\n")):
            raise MultipartError("A request line may not contain line breaks.")
    else:
        start = f"HTTP/1.1 {message.status} {message.reason}".rstrip().encode()
    lines = [start] + [_header_text(k) + b": " + _header_text(v) for k, v in message.headers.items]
    return CRLF.join(head) + CRLF + CRLF + CRLF.join(lines) + CRLF + CRLF + message.body


def _header_text(value: str) -> bytes:
    encoded = value.encode("utf-8")
    if b"\r" in encoded or b"\n" in encoded:
        raise MultipartError("A header may not contain line breaks.")
    return encoded


# --- reading -----------------------------------------------------------------------------------------------------

def read_batch_request(body: bytes, content_type: str | None, *, max_messages: int = 1000) -> list[BatchEntry]:
    return _read_batch(body, content_type, requests=True, max_messages=max_messages)


def read_batch_response(body: bytes, content_type: str | None) -> list[BatchEntry]:
    return _read_batch(body, content_type, requests=False, max_messages=1_000_000)


def _read_batch(body: bytes, content_type: str | None, *, requests: bool, max_messages: int) -> list[BatchEntry]:
    entries: list[BatchEntry] = []
    count = 0
    for headers, content in split_multipart(body, boundary_from_content_type(content_type)):
        part_type = (headers.get("Content-Type") or "").lower()
        if part_type.startswith("multipart/mixed"):
            change_set = ChangeSet()
            inner_boundary = boundary_from_content_type(headers.get("Content-Type"))
            for inner_headers, inner in split_multipart(content, inner_boundary):
                if (inner_headers.get("Content-Type") or "").lower().startswith("multipart/"):
                    raise MultipartError("A change set may not contain another change set.")
                change_set.messages.append(_read_message(inner_headers, inner, requests=requests))
            count += len(change_set.messages)
            entries.append(change_set)
        else:
            entries.append(_read_message(headers, content, requests=requests))
            count += 1
        if count > max_messages:
            raise MultipartError(f"A batch may hold at most {max_messages} requests.")
    return entries


def split_multipart(body: bytes, boundary: str) -> list[tuple[Headers, bytes]]:
    """The parts of a multipart body as (MIME headers, content); raises MultipartError when it is malformed."""
    delimiter = b"--" + boundary.encode("ascii")
    newline = CRLF if CRLF in body else b"\n"
    # The first delimiter may stand at the very start (no preamble) or after a preamble line.
    if body.startswith(delimiter):
        position = 0
    else:
        position = body.find(newline + delimiter)
        if position < 0:
            raise MultipartError("The body does not start with the multipart boundary.")
        position += len(newline)
    parts: list[tuple[Headers, bytes]] = []
    while True:
        position += len(delimiter)
        if body.startswith(b"--", position):
            return parts
        line_end = body.find(newline, position)
        if line_end < 0 or body[position:line_end].strip(b" \t"):
            raise MultipartError("A multipart boundary line is malformed or the body ends early.")
        start = line_end + len(newline)
        end = body.find(newline + delimiter, start - len(newline))
        if end < 0:
            raise MultipartError("The multipart body has no closing boundary.")
        if end < start:  # an empty part: the delimiter follows directly
            end = start - len(newline)
        parts.append(_split_head(body[start:end], newline))
        position = end + len(newline)


def _split_head(part: bytes, newline: bytes) -> tuple[Headers, bytes]:
    separator = newline + newline
    if part.startswith(newline):
        return Headers(), part[len(newline):]
    cut = part.find(separator)
    head, content = (part, b"") if cut < 0 else (part[:cut], part[cut + len(separator):])
    return _parse_headers(head.split(newline)), content


def _parse_headers(lines: list[bytes]) -> Headers:
    headers = Headers()
    for raw in lines:
        if not raw.strip():
            continue
        name, colon, value = raw.partition(b":")
        if not colon or not name.strip() or name != name.strip():
            raise MultipartError("A header line in the batch has no 'Name: value' form.")
        try:
            headers.items.append((name.decode("ascii"), value.strip(b" \t").decode("utf-8")))
        except UnicodeDecodeError as exc:
            raise MultipartError("A header in the batch is not valid UTF-8.") from exc
    return headers


def _read_message(headers: Headers, content: bytes, *, requests: bool) -> HttpRequestMessage | HttpResponseMessage:
    if (headers.get("Content-Type") or "").split(";")[0].strip().lower() != "application/http":
        raise MultipartError("Each batch part must be Content-Type: application/http (or a change set).")
    content_id = headers.get("Content-ID")
    newline = CRLF if CRLF in content else b"\n"
    first_end = content.find(newline)
    first = content if first_end < 0 else content[:first_end]
    rest = b"" if first_end < 0 else content[first_end + len(newline):]
    if rest.startswith(newline):
        inner_headers, body = Headers(), rest[len(newline):]
    else:
        cut = rest.find(newline + newline)
        head, body = (rest, b"") if cut < 0 else (rest[:cut], rest[cut + 2 * len(newline):])
        inner_headers = _parse_headers(head.split(newline))
    try:
        start = first.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise MultipartError("A request line in the batch is not valid UTF-8.") from exc
    if requests:
        pieces = start.split(" ")
        if len(pieces) != 3 or not pieces[0].isalpha() or not pieces[2].startswith("HTTP/"):
            raise MultipartError("A batch part does not start with 'METHOD URL HTTP/1.1'.")
        return HttpRequestMessage(pieces[0].upper(), pieces[1], inner_headers, body, content_id)
    pieces = start.split(" ", 2)
    if len(pieces) < 2 or not pieces[0].startswith("HTTP/") or not pieces[1].isdigit():
        raise MultipartError("A batch response part does not start with 'HTTP/1.1 STATUS'.")
    return HttpResponseMessage(int(pieces[1]), pieces[2] if len(pieces) > 2 else "", inner_headers, body, content_id)
