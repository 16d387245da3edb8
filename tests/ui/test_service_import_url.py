"""File → Import services… from the PTV API address: the real dialog, the real fetcher (neuvo/ptv_fetch.py) and a
real HTTP server on the loopback serving a tiny PTV Open API (id pages and `/list?guids=` full records) made of
real PTV records (the demo catalogue's, from ../shared/data/ptv/openapi-responses/)."""

from __future__ import annotations

import gzip
import json
import re
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import SimpleNamespace
from urllib.parse import parse_qs, urlsplit

import pytest
from PySide6.QtWidgets import QAbstractButton, QLabel, QRadioButton

import neuvo.ptv_fetch
from app.usecases.import_services import import_services
from app.usecases.search_services import catalogue_size, search_services
from neuvo.commands.workstation import _attachments
from neuvo.ptv_fetch import fetch_documents
from resources import resource_path
from tests.ui.test_accessibility import assert_named_and_reachable
from ui.service_import_dialog import DEFAULT_PTV_API, ServiceImportDialog


def _demo_records(name: str) -> list[dict]:
    return json.loads(gzip.decompress(resource_path("ptv", "demo", name).read_bytes()))


SERVICES = _demo_records("services.json.gz")[:5]
_USED = {link["serviceChannel"]["id"] for service in SERVICES for link in service.get("serviceChannels", [])}
CHANNELS = [channel for channel in _demo_records("servicechannels.json.gz") if channel["id"] in _USED]
KEPT = _demo_records("services.json.gz")[10]  # in the catalogue before each failing import
IDS_PER_PAGE = 2


class TinyPtvApi(ThreadingHTTPServer):
    """`/api/v11/{Service,ServiceChannel}?page=N` and `/api/v11/{…}/list?guids=…`; `fail` changes the answers."""

    daemon_threads = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.records = {"Service": SERVICES, "ServiceChannel": CHANNELS}
        self.fail: str | None = None  # "500" for every request, "drop" for every request after the first
        self.requests: list[str] = []

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}/api/v11"


class _Handler(BaseHTTPRequestHandler):
    server: TinyPtvApi

    def do_GET(self) -> None:
        self.server.requests.append(self.path)
        if self.server.fail == "500":
            self._answer(500, {"error": "internal"})
            return
        if self.server.fail == "drop" and len(self.server.requests) > 1:
            self.close_connection = True  # the server goes away: no answer at all
            return
        url = urlsplit(self.path)
        query = parse_qs(url.query)
        match = re.fullmatch(r"/api/v11/(Service|ServiceChannel)(/list)?", url.path)
        if match is None:
            self._answer(404, {"error": "not found"})
            return
        records = self.server.records[match.group(1)]
        if match.group(2):
            wanted = query["guids"][0].split(",")
            self._answer(200, [record for record in records if record["id"] in wanted])
            return
        page = int(query.get("page", ["1"])[0])
        page_count = max(1, -(-len(records) // IDS_PER_PAGE))
        ids = [{"id": record["id"], "name": "x"}
               for record in records[(page - 1) * IDS_PER_PAGE:page * IDS_PER_PAGE]]
        self._answer(200, {"pageNumber": page, "pageCount": page_count, "itemList": ids})

    def _answer(self, status: int, payload: object) -> None:
        body = json.dumps(payload).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture
def api(monkeypatch) -> Iterator[TinyPtvApi]:
    # The fetcher's back-off between retries (1 s, 2 s) would only slow the failure tests down.
    monkeypatch.setattr(neuvo.ptv_fetch, "time", SimpleNamespace(sleep=lambda seconds: None))
    server = TinyPtvApi()
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()
    thread.join(timeout=5)


@pytest.fixture
def api_window(window):
    """The real window wired as `neuvo` wires it: the composition root's attach gives it the PTV fetcher."""
    detach = _attachments(window._workstation, None, None)(window)
    yield window
    detach()


def _import_from(qtbot, dialog: ServiceImportDialog, url: str) -> None:
    dialog.url_field.clear()
    qtbot.keyClicks(dialog.url_field, url)  # typing the address chooses the API as the source
    assert dialog.api_choice.isChecked()
    dialog.import_button.click()


def _keep_one_service(workstation) -> int:
    import_services(workstation, [_document([KEPT])], source="kept")
    return catalogue_size(workstation)


def _document(records: list[dict]):
    from app.ptv.documents import read_document
    return read_document("kept.json", records)


def _kept_is_findable(workstation) -> bool:
    name = next(n["value"] for n in KEPT["serviceNames"] if n["language"] == "fi")
    return KEPT["id"] in [hit.ptv_id for hit in search_services(workstation, name).hits]


def test_importing_from_the_api_address_fills_the_catalogue(qtbot, api_window, api):
    workstation = api_window._workstation
    assert catalogue_size(workstation) == 0
    dialog = api_window.open_service_import()
    assert dialog.url_field.text() == DEFAULT_PTV_API
    with qtbot.waitSignal(dialog.imported, timeout=60_000):
        _import_from(qtbot, dialog, api.base)
    assert dialog.report.services_added == len(SERVICES)
    assert dialog.report.channels_added == len(CHANNELS)
    assert f"{len(SERVICES)} services new" in dialog.status.text()
    assert "services: 5 new" in dialog.report_view.toPlainText()
    # Paged as the API pages: 3 id pages of services, their records by /list, then the channels.
    assert sum(request.startswith("/api/v11/Service?page=") for request in api.requests) == 3
    assert any(request.startswith("/api/v11/ServiceChannel/list?guids=") for request in api.requests)
    assert catalogue_size(workstation) == len(SERVICES)
    for service in SERVICES:
        name = next(n["value"] for n in service["serviceNames"] if n["language"] == "fi")
        assert service["id"] in [hit.ptv_id for hit in search_services(workstation, name).hits], name
    panel = api_window.service_search
    qtbot.waitUntil(lambda: panel.catalogue_size == len(SERVICES), timeout=10_000)


@pytest.mark.parametrize(("failure", "words"), [
    ("500", "The PTV API answered 500 for"),
    ("drop", "Cannot reach the PTV API at"),
])
def test_a_failing_api_is_told_in_words_and_the_catalogue_is_as_it_was(qtbot, api_window, api, failure, words):
    workstation = api_window._workstation
    before = _keep_one_service(workstation)
    api.fail = failure
    dialog = api_window.open_service_import()
    _import_from(qtbot, dialog, api.base)
    qtbot.waitUntil(lambda: not dialog.running, timeout=60_000)
    status = dialog.status.text()
    assert status.startswith("Nothing was imported; the catalogue is as it was."), status
    assert words in status
    assert "Check the" in status  # and what the admin can do about it
    assert dialog.report is None
    assert catalogue_size(workstation) == before
    assert _kept_is_findable(workstation)
    assert dialog.import_button.isEnabled()  # the admin can correct the address and try again


def test_an_answer_that_is_not_ptv_is_refused(qtbot, api_window, api):
    workstation = api_window._workstation
    before = _keep_one_service(workstation)
    api.records = {"Service": [{"hello": "world"}], "ServiceChannel": []}
    dialog = api_window.open_service_import()
    _import_from(qtbot, dialog, api.base + "/nothing-here")  # a 404 for every page
    qtbot.waitUntil(lambda: not dialog.running, timeout=60_000)
    assert "The PTV API answered 404" in dialog.status.text()
    dialog.url_field.setText("ftp://example.test/api")
    dialog.import_button.click()
    assert "starting with https://" in dialog.status.text()
    assert not dialog.running
    assert catalogue_size(workstation) == before


def test_a_url_in_the_file_field_imports_from_the_api_when_the_window_can(qtbot, api_window, api):
    dialog = api_window.open_service_import()
    dialog.source_field.setText(api.base)
    with qtbot.waitSignal(dialog.imported, timeout=60_000):
        dialog.import_button.click()
    assert dialog.api_choice.isChecked()
    assert dialog.report.services_added == len(SERVICES)


def test_the_api_source_is_named_reachable_and_its_keys_do_not_clash(qtbot, api_window):
    dialog = api_window.open_service_import()
    qtbot.waitUntil(dialog.isVisible)
    assert_named_and_reachable(dialog)
    letters = [match.group(1).lower() for widget in dialog.findChildren(QLabel) + dialog.findChildren(QAbstractButton)
               if (match := re.search(r"&([^&])", widget.text().replace("&&", "")))]
    assert len(letters) == len(set(letters)), letters
    assert {"j", "a", "p"} <= set(letters)  # the new radio buttons' and the address label's keys are among them
    dialog.files_choice.setFocus()
    # Tab reaches the address field; its label's Alt key does too.
    seen = []
    for _ in range(12):
        qtbot.keyClick(dialog.focusWidget(), "\t")
        seen.append(dialog.focusWidget())
    assert dialog.url_field in seen
    label = next(label for label in dialog.findChildren(QLabel) if label.buddy() is dialog.url_field)
    assert "&" in label.text()
    dialog.close()


def test_without_a_fetcher_the_dialog_offers_files_and_folders_only(qtbot, window):
    dialog = window.open_service_import()
    assert dialog.api_choice is None
    assert dialog.url_field is None
    assert dialog.findChildren(QRadioButton) == []
    dialog.source_field.setText("https://api.palvelutietovaranto.suomi.fi/api/v11")
    dialog.import_button.click()
    assert "neuvo import-services https://api.palvelutietovaranto.suomi.fi/api/v11" in dialog.status.text()
    assert not dialog.running
    dialog.close()


def test_the_fetcher_speaks_texts_the_window_can_translate(api):
    api.fail = "500"
    with pytest.raises(neuvo.ptv_fetch.PtvFetchError) as raised:
        list(fetch_documents(api.base))
    assert raised.value.problem.template == "The PTV API answered %1 for %2."
    assert raised.value.problem == f"The PTV API answered 500 for {api.base}/Service?page=1."
