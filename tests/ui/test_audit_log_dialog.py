"""The supervisors' audit log window: opened from the menu on the open client, filtered, exported."""

from __future__ import annotations

import csv
from datetime import date, timedelta

from PySide6.QtCore import QDate, Qt

from app.domain.audit import AuditAction
from tests.ui.test_caller_lookup import type_and_press_enter
from ui.audit_log_dialog import AuditLogDialog
from ui.audit_log_model import AuditColumn
from ui.main_window import MainWindow


def open_card_by_typing(qtbot, window: MainWindow, text: str) -> None:
    type_and_press_enter(qtbot, window, text)
    qtbot.waitUntil(lambda: window.card_view.card is not None)


def _shown(qtbot, dialog: AuditLogDialog) -> AuditLogDialog:
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: not dialog.model.loading and dialog.summary.text() != "", timeout=5000)
    return dialog


def _cells(dialog: AuditLogDialog, column: AuditColumn) -> list[str]:
    model = dialog.model
    return [model.data(model.index(row, column)) for row in range(model.rowCount())]


def test_the_audit_log_opens_on_the_open_clients_record(qtbot, window):
    open_card_by_typing(qtbot, window, "Turva")
    client_id = window.card_view.card.id

    qtbot.keyClick(window.client_list, Qt.Key.Key_L,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: window.findChild(AuditLogDialog) is not None, timeout=2000)
    dialog = _shown(qtbot, window.findChild(AuditLogDialog))

    assert dialog.record_field.text() == str(client_id)
    assert _cells(dialog, AuditColumn.ACTION) == ["Opened a client's card"]
    assert _cells(dialog, AuditColumn.ADVISER) == ["Demo Adviser"]
    assert "1 events match" in dialog.summary.text()


def test_filtering_by_action_and_an_empty_answer(qtbot, window):
    open_card_by_typing(qtbot, window, "Turva")
    dialog = _shown(qtbot, window.open_audit_log())

    dialog.action_box.setCurrentIndex(dialog.action_box.findData(AuditAction.REVEAL_IDENTITY_CODE.value))
    with qtbot.waitSignal(dialog.model.first_page_loaded, timeout=5000):
        qtbot.mouseClick(dialog.show_button, Qt.MouseButton.LeftButton)

    assert dialog.model.rowCount() == 0
    assert dialog.summary.text() == "No events match this filter."
    assert not dialog.export_button.isEnabled()


def test_a_range_that_ends_before_it_starts_is_explained_not_run(qtbot, window):
    dialog = _shown(qtbot, window.open_audit_log())
    dialog.first_day.setDate(QDate.currentDate())
    dialog.last_day.setDate(QDate.currentDate().addDays(-3))

    qtbot.mouseClick(dialog.show_button, Qt.MouseButton.LeftButton)

    assert "last day is before the first day" in dialog.summary.text()
    assert not dialog.model.loading


def test_every_advisers_actions_can_be_exported(qtbot, window, tmp_path):
    open_card_by_typing(qtbot, window, "Turva")
    dialog = _shown(qtbot, window.open_audit_log())
    dialog.record_field.clear()
    dialog.first_day.setDate(QDate.fromString(f"{date.today() - timedelta(days=1):%Y-%m-%d}", Qt.DateFormat.ISODate))
    with qtbot.waitSignal(dialog.model.first_page_loaded, timeout=5000):
        qtbot.mouseClick(dialog.show_button, Qt.MouseButton.LeftButton)
    destination = tmp_path / "audit.csv"
    dialog.choose_export_file = lambda _parent, _suggested: destination

    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.summary.text().startswith("Exported"), timeout=5000)

    rows = list(csv.DictReader(destination.read_text(encoding="utf-8-sig").splitlines(), delimiter=";"))
    assert {row["action"] for row in rows} >= {"search_clients", "view_client", "view_audit_log"}
    assert dialog.summary.text() == f"Exported {len(rows)} events to {destination}."


def test_advisers_without_a_supervisor_role_get_no_audit_log(qtbot, workstation):
    main_window = MainWindow(workstation)
    qtbot.addWidget(main_window)

    menus = [action.text() for action in main_window.menuBar().actions()]

    assert "&Client" in menus
    assert "&Supervision" not in menus
    assert main_window.audit_log_action not in main_window.actions()
