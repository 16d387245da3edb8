"""The service search in the real window over the real demo catalogue: typing, filters, details with channels
and hours, hand-over to the clipboard and PDF in the client's language, offering, and importing from the window."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date, datetime, time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from app.domain.opening_hours import HELSINKI, OpeningHours, OpenStatus, TimeRange, WeeklyHours, open_state
from app.domain.service import ServiceChannel
from app.usecases.demo_services import seed_demo_services
from app.usecases.search_services import ChannelDetails, catalogue_size, service_details
from resources import resource_path
from tests.ui.conftest import add_clients, make_client
from ui.service_import_dialog import ServiceImportDialog
from ui.service_result_model import OFFERED_ROLE, OPEN_STATE_ROLE

DENTAL_EMERGENCY = "09986d77-0cbe-4d8e-9e1c-b2c1120de50f"  # Vaasa; Finnish only; phone lines with hours
DENTAL_PHONE = "+358 63252202"
NAANTALI = "529"


@pytest.fixture
def service_window(qtbot, populated_demo):
    """The real window over a demo profile holding the real demo catalogue (as `neuvo --demo` has it)."""
    from ui.main_window import MainWindow

    seed_demo_services(populated_demo)
    main_window = MainWindow(populated_demo)
    qtbot.addWidget(main_window)
    with qtbot.waitSignal(main_window.first_page_shown, timeout=5000):
        main_window.show()
    panel = main_window.service_search
    qtbot.waitUntil(lambda: panel.catalogue_size is not None and panel.catalogue_size > 0, timeout=5000)
    yield main_window
    main_window.wait_for_workers()
    main_window.close()


def _names(panel) -> list[str]:
    return [panel.model.data(panel.model.index(row)) for row in range(panel.model.rowCount())]


def _search(qtbot, panel, text: str) -> None:
    panel.search_field.clear()
    if text.isascii():
        qtbot.keyClicks(panel.search_field, text)  # as typed, key by key: each keystroke restarts the debounce
    else:
        panel.search_field.setText(text)  # QTest has no key codes for ä and ö
    qtbot.waitUntil(lambda: panel.last_result is not None and panel.last_result.query == text, timeout=5000)


def _choose(qtbot, panel, ptv_id: str) -> None:
    assert panel.select_service(ptv_id)
    qtbot.waitUntil(lambda: panel.details_view.details is not None
                    and panel.details_view.details.service.ptv_id == ptv_id, timeout=5000)


def _open_card(qtbot, window, client) -> None:
    window.card_view.open_client(client.id)
    qtbot.waitUntil(lambda: window.service_search.handover_language == client.preferred_language, timeout=5000)


def test_f3_focuses_the_service_search_and_an_inflected_query_finds_the_base_form(qtbot, service_window):
    panel = service_window.service_search
    service_window.activateWindow()
    qtbot.waitUntil(service_window.isActiveWindow)
    qtbot.keyClick(service_window.client_list, Qt.Key.Key_F3)
    assert panel.search_field.hasFocus()
    assert service_window.service_dock.isVisible()

    _search(qtbot, panel, "toimeentulotuesta")
    assert _names(panel)[0] == "Toimeentulotuki"
    assert "in the name" in panel.model.data(panel.model.index(0), Qt.ItemDataRole.ToolTipRole)

    qtbot.keyClick(panel.search_field, Qt.Key.Key_Down)
    assert panel.result_list.hasFocus()
    qtbot.waitUntil(lambda: panel.details_view.details is not None, timeout=5000)
    assert "Toimeentulotuki" in panel.details_view.toPlainText()


def test_filters_narrow_the_results_and_clear_filters_restores_them(qtbot, service_window):
    panel = service_window.service_search
    _search(qtbot, panel, "hammashoito")
    everywhere = set(_names(panel))
    assert len(everywhere) > 2

    panel.filters_button.click()
    assert panel.filters.isVisible()
    panel.filters.area_box.set_code(NAANTALI)
    qtbot.waitUntil(lambda: panel.last_result.hits and all(
        NAANTALI in (details := service_details(service_window._workstation, hit.ptv_id)).service.municipalities
        or details.service.nationwide for hit in panel.last_result.hits), timeout=5000)
    assert "Naantali" in panel.filter_summary.text()
    assert set(_names(panel)) < everywhere

    panel.filters.phone_box.setChecked(True)
    qtbot.waitUntil(lambda: "phone" in panel.filter_summary.text(), timeout=5000)
    qtbot.mouseClick(panel.filters.clear_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: set(_names(panel)) == everywhere, timeout=5000)
    assert panel.filter_summary.text() == "No filters"


def test_the_area_filter_finds_a_municipality_by_typing_part_of_its_name(qtbot, service_window):
    panel = service_window.service_search
    panel.filters_button.click()
    box = panel.filters.area_box
    qtbot.waitUntil(lambda: box.count() > 300, timeout=5000)
    box.lineEdit().setText("naantali")
    box.lineEdit().editingFinished.emit()
    assert box.code() == NAANTALI
    box.lineEdit().setText("no such place")
    box.lineEdit().editingFinished.emit()
    assert box.code() == NAANTALI
    assert box.currentText() == "Naantali"


def test_details_show_every_channel_with_phones_and_hours_with_today_marked(qtbot, service_window):
    panel = service_window.service_search
    _search(qtbot, panel, "hammashuollon päivystys")
    _choose(qtbot, panel, DENTAL_EMERGENCY)
    text = panel.details_view.toPlainText()
    details = panel.details_view.details
    assert len(details.channels) == 4
    for channel in details.channels:
        assert channel.name.text in text
    assert DENTAL_PHONE in text
    assert "call charge applies" in text
    assert "Opening hours, the coming week:" in text
    assert text.count("▶ Today") == 3  # three phone lines with weekly hours, today marked in words on each
    assert "https://www.vaasa.fi/hammashoidon-paivystys" in panel.details_view.toHtml()


def test_english_results_mark_names_and_texts_shown_in_finnish(qtbot, service_window):
    panel = service_window.service_search
    panel.language_box.setCurrentIndex(panel.language_box.findData("en"))
    _search(qtbot, panel, "dental emergency")
    row = panel.model.row_of(DENTAL_EMERGENCY)
    assert row >= 0
    assert "(in Finnish)" in panel.model.data(panel.model.index(row), Qt.ItemDataRole.ToolTipRole)
    _choose(qtbot, panel, DENTAL_EMERGENCY)
    assert "Shown in Finnish: the service has no text in English." in panel.details_view.toPlainText()


def test_copy_hands_over_in_the_clients_language_whatever_the_window_speaks(qtbot, service_window, populated_demo):
    client = make_client(41)
    client.preferred_language = "sv"
    client.municipality_code = "905"
    add_clients(populated_demo, [client])
    panel = service_window.service_search
    _open_card(qtbot, service_window, client)
    assert panel.language == "sv"  # the results follow the client's language

    _search(qtbot, panel, "toimeentulotuki")
    _choose(qtbot, panel, "f96c4f96-5629-4c4d-b87a-93370ed5097e")
    panel.language_box.setCurrentIndex(panel.language_box.findData("en"))  # the adviser reads English
    QGuiApplication.clipboard().clear()
    panel.result_list.setFocus()
    qtbot.keyClick(panel.result_list, Qt.Key.Key_C,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    copied = QGuiApplication.clipboard().text()
    assert copied.startswith("Tjänster för dig")
    assert "Utkomststöd" in copied
    assert "Toimeentulotuki" not in copied
    assert client.last_name not in copied
    assert client.email not in copied

    _search(qtbot, panel, "hammashuollon päivystys")
    _choose(qtbot, panel, DENTAL_EMERGENCY)
    panel.copy_action.trigger()
    copied = QGuiApplication.clipboard().text()
    assert f"Telefon: {DENTAL_PHONE}" in copied
    assert "Hammashuollon päivystys (på finska)" in copied


def test_the_hand_over_is_saved_as_a_one_page_pdf(qtbot, service_window, tmp_path):
    panel = service_window.service_search
    _search(qtbot, panel, "hammashuollon päivystys")
    _choose(qtbot, panel, DENTAL_EMERGENCY)
    destination = tmp_path / "hand-over.pdf"
    panel.choose_pdf_file = lambda parent, suggested: destination
    panel.pdf_button.click()
    data = destination.read_bytes()
    assert data.startswith(b"%PDF")
    assert len(data) > 2000
    assert data.count(b"/Type /Page\n") + data.count(b"/Type /Page ") + data.count(b"/Type /Page/") == 1
    assert str(destination) in panel.note.text()


def test_offering_emits_the_service_and_its_classes_and_marks_it(qtbot, service_window):
    panel = service_window.service_search
    _search(qtbot, panel, "hammashuollon päivystys")
    _choose(qtbot, panel, DENTAL_EMERGENCY)
    panel.result_list.setFocus()
    with qtbot.waitSignal(panel.service_offered, timeout=3000) as offered:
        qtbot.keyClick(panel.result_list, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    assert offered.args == [DENTAL_EMERGENCY, ["P5.10", "P5.5"]]
    index = panel.model.index(panel.model.row_of(DENTAL_EMERGENCY))
    assert panel.model.data(index, OFFERED_ROLE)
    assert "offered" in panel.model.data(index, Qt.ItemDataRole.ToolTipRole)

    panel.clear_offered()
    assert not panel.model.data(index, OFFERED_ROLE)
    panel.set_offered([DENTAL_EMERGENCY])
    assert panel.offered == {DENTAL_EMERGENCY}


def test_open_now_is_said_in_words_in_the_results(qtbot, service_window):
    panel = service_window.service_search
    _search(qtbot, panel, "hammashuollon päivystys")
    index = panel.model.index(panel.model.row_of(DENTAL_EMERGENCY))
    state = panel.model.data(index, OPEN_STATE_ROLE)
    # Its phone lines answer every day into the evening, so there is always something to say.
    assert state.startswith(("Open now", "Opens at", "Closed now · opens"))


@pytest.mark.parametrize("query", ['"a* OR NEAR(', "x" * 600, "AND OR NOT", "()*^:"])
def test_queries_with_search_syntax_or_too_long_do_not_crash_and_say_why(qtbot, service_window, query):
    panel = service_window.service_search
    panel.search_field.setText(query)
    panel.search_now()
    qtbot.waitUntil(lambda: panel.last_result is not None and panel.last_result.query == panel.search_field.text(),
                    timeout=5000)
    assert panel.note.isVisible()
    assert "plain words" in panel.note.text() or "first 8 words" in panel.note.text() \
        or "No service matches" in panel.note.text()


def test_an_empty_catalogue_says_how_to_import_and_the_import_dialog_fills_it(qtbot, window, tmp_path):
    panel = window.service_search
    qtbot.waitUntil(lambda: panel.catalogue_size == 0, timeout=5000)
    assert "File → Import services…" in panel.note.text()

    dialog = window.open_service_import()
    dialog.choose_folder = lambda parent: Path(str(resource_path("ptv", "demo")))
    dialog.folder_button.click()
    with qtbot.waitSignal(dialog.imported, timeout=30_000):
        dialog.import_button.click()
    assert dialog.report.services_added > 400
    assert "services" in dialog.report_view.toPlainText()
    qtbot.waitUntil(lambda: (panel.catalogue_size or 0) > 400, timeout=5000)
    _search(qtbot, panel, "toimeentulotuesta")
    assert _names(panel)[0] == "Toimeentulotuki"


@pytest.mark.parametrize("content", [b'{"hello": "world"}', b"not json at all", json.dumps([1, 2, 3]).encode()])
def test_a_file_that_is_not_ptv_json_is_refused_and_the_catalogue_is_untouched(qtbot, service_window, tmp_path,
                                                                                content):
    workstation = service_window._workstation
    before = catalogue_size(workstation)
    broken = tmp_path / "broken.json"
    broken.write_bytes(content)
    dialog = service_window.open_service_import()
    assert isinstance(dialog, ServiceImportDialog)
    dialog.source_field.setText(str(broken))
    dialog.import_button.click()
    qtbot.waitUntil(lambda: not dialog.running and "Nothing was imported" in dialog.status.text(), timeout=10_000)
    assert "broken.json" in dialog.status.text()
    assert catalogue_size(workstation) == before
    assert dialog.report is None


def test_a_cancelled_import_changes_nothing(qtbot, window):
    dialog = window.open_service_import()
    dialog.source_field.setText(str(resource_path("ptv", "demo")))
    dialog.import_button.click()
    dialog.cancel_import()  # before the worker reaches writing: it stops at the next progress step
    qtbot.waitUntil(lambda: not dialog.running, timeout=30_000)
    assert "cancelled" in dialog.status.text()
    assert catalogue_size(window._workstation) == 0


def test_an_answer_overtaken_by_a_newer_query_is_dropped(qtbot, service_window):
    panel = service_window.service_search
    shown: list[int] = []
    panel.results_shown.connect(shown.append)
    panel.search_field.setText("kirjasto")
    panel.search_now()
    panel.search_field.setText("toimeentulotuki")
    panel.search_now()
    qtbot.waitUntil(lambda: bool(shown), timeout=5000)
    service_window.wait_for_workers()
    qtbot.wait(50)  # let any queued answer arrive
    assert len(shown) == 1
    assert panel.last_result.query == "toimeentulotuki"
    assert _names(panel)[0] == "Toimeentulotuki"


def test_channels_without_opening_hours_say_so_instead_of_showing_a_week(qtbot, service_window):
    panel = service_window.service_search
    _search(qtbot, panel, "keskusarkisto")
    _choose(qtbot, panel, "ce20452a-944d-4567-91fe-487704b3a290")  # Vaasa central archive: no hours in PTV
    text = panel.details_view.toPlainText()
    assert text.count("Opening hours: not given in the catalogue.") == 2  # the visiting point and the phone line
    assert "Today" not in text
    index = panel.model.index(panel.model.row_of("ce20452a-944d-4567-91fe-487704b3a290"))
    assert panel.model.data(index, OPEN_STATE_ROLE) == ""  # nothing known: no open-now claim either way


def test_malformed_and_partial_hours_show_what_is_known(qtbot, service_window):
    at = datetime(2026, 11, 25, 10, 0, tzinfo=HELSINKI)  # a Wednesday
    # What the import keeps of a channel whose other entries were malformed: Monday hours only, from 1 December.
    hours = OpeningHours(regular=(WeeklyHours({0: (TimeRange(time(9), time(11)),)},
                                              valid_from=date(2026, 12, 1)),),
                         notes={"fi": "Muina aikoina sopimuksen mukaan."})
    channel = ServiceChannel("c1", "ServiceLocation", {"fi": "Neuvontapiste"}, hours=hours)
    details = service_details(service_window._workstation, DENTAL_EMERGENCY, "fi")
    details = replace(details, channels=(ChannelDetails(channel, replace(details.name, text="Neuvontapiste"), None,
                                                        open_state(hours, at)),))
    view = service_window.service_search.details_view
    view.show_details(details, at)
    text = view.toPlainText()
    assert open_state(hours, at).status is OpenStatus.CLOSED_TODAY
    assert "Closed now · opens Mon 07/12 09:00" in text  # the window's English writes dates as en_GB does
    assert "▶ Today Wed 25/11\nnot known" in text  # before the hours begin: unknown, not "closed"
    assert "Tue 01/12\nclosed" in text
    assert "Muina aikoina sopimuksen mukaan." in text
