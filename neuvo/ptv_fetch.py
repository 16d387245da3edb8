"""Fetching the catalogue from the PTV Open API over HTTP (httpx): the adapter `neuvo import-services URL` uses.

app/ never speaks HTTP; this module turns the API's pages into `PtvDocument`s that the import use case reads
like files. The API lists ids page by page (`GET {base}/Service?page=N`, or `/Service/organization/{id}?page=N`
for one organisation) and returns full records for up to 100 ids at once (`GET {base}/Service/list?guids=…`);
the same for `ServiceChannel`. Everything is fetched before the import writes, so a network failure halfway
leaves the catalogue untouched.

Its messages are `Text`s: the window (File → Import services…) shows them translated; the command line prints the
English.
"""

from __future__ import annotations

import time
from collections.abc import Iterator

import httpx

from app.errors import NeuvoError
from app.ptv.documents import DocumentKind, NotPtvData, PtvDocument, read_document
from app.text import Text

GUIDS_PER_REQUEST = 100
MAX_PAGES = 10_000
RETRIES = 3


class PtvFetchError(NeuvoError):
    """The PTV API could not be read (network, HTTP status)."""


def fetch_documents(base_url: str, *, organization: str | None = None,
                    client: httpx.Client | None = None) -> Iterator[PtvDocument]:
    """Services, then channels, as documents of full records, page by page."""
    own_client = client is None
    http = client or httpx.Client(timeout=60.0, headers={"Accept": "application/json"}, follow_redirects=True)
    try:
        for resource in ("Service", "ServiceChannel"):
            yield from _resource_pages(http, base_url.rstrip("/"), resource, organization)
    finally:
        if own_client:
            http.close()


def _resource_pages(http: httpx.Client, base: str, resource: str, organization: str | None) -> Iterator[PtvDocument]:
    listing = f"{base}/{resource}/organization/{organization}" if organization else f"{base}/{resource}"
    page, page_count = 1, 1
    while page <= min(page_count, MAX_PAGES):
        url = f"{listing}?page={page}"
        payload = _get_json(http, url)
        document = read_document(url, payload)
        page_count = document.page_count or page_count
        if document.kind is DocumentKind.ID_PAGE:
            ids = [item["id"] for item in document.records if isinstance(item, dict) and item.get("id")]
            for start in range(0, len(ids), GUIDS_PER_REQUEST):
                chunk = ids[start:start + GUIDS_PER_REQUEST]
                full_url = f"{base}/{resource}/list?guids={','.join(chunk)}"
                yield _with_page(read_document(full_url, _get_json(http, full_url)), page, page_count)
        else:
            yield _with_page(document, page, page_count)
        page += 1


def _with_page(document: PtvDocument, page: int, page_count: int) -> PtvDocument:
    return PtvDocument(document.name, document.kind, document.records, page, page_count)


def _get_json(http: httpx.Client, url: str) -> object:
    for attempt in range(RETRIES):
        try:
            response = http.get(url)
        except (httpx.InvalidURL, httpx.UnsupportedProtocol):  # retrying would not mend the address
            raise PtvFetchError(Text("%1 is not a web address the PTV API can be read from.", url),
                                "Give the API's base address, such as "
                                "https://api.palvelutietovaranto.suomi.fi/api/v11.") from None
        except httpx.HTTPError as failure:
            if attempt == RETRIES - 1:
                raise PtvFetchError(Text("Cannot reach the PTV API at %1 (%2).", url, failure.__class__.__name__),
                                    "Check the URL and the network; the catalogue was left as it was.") from None
            time.sleep(2 ** attempt)
            continue
        if response.status_code in (429, 502, 503, 504) and attempt < RETRIES - 1:
            time.sleep(float(response.headers.get("Retry-After", 2 ** attempt)))
            continue
        if response.status_code >= 400:
            # The status as a str: a number value would be grouped for the window's locale.
            raise PtvFetchError(Text("The PTV API answered %1 for %2.", str(response.status_code), url),
                                "Check the base URL (e.g. https://api.palvelutietovaranto.suomi.fi/api/v11) and the "
                                "organisation id; the catalogue was left as it was.")
        try:
            return response.json()
        except ValueError:
            raise NotPtvData(Text("%1 did not answer with JSON.", url),
                             "Check the base URL of the PTV Open API.") from None
    raise PtvFetchError(Text("The PTV API at %1 kept refusing.", url), "Try again later.")
