"""The supervisors' situational picture window: opened from the menu, tables and charts showing the use case's
numbers with small counts hidden, drill-down by keyboard, the aggregate export; refused to other advisers."""

from __future__ import annotations

import csv
import json
from datetime import UTC, date, datetime, timedelta

import pytest
from PySide6.QtCore import Qt

from app.domain.encounter import (
    AgeBand,
    EncounterChannel,
    EncounterDraft,
    EncounterOutcome,
    NeedStatus,
    NeedTag,
    Signal,
    SignalKind,
)
from app.errors import PermissionDenied
from app.usecases.export_aggregates import ExportFormat
from app.usecases.record_encounter import record_encounter
from app.usecases.situational_picture import Dimension, PictureFilter, situational_picture
from ui.aggregate_export_dialog import AggregateExportDialog
from ui.main_window import MainWindow
from ui.situational_picture_window import SituationalPictureWindow

# A weekday of last week: inside the default twelve weeks whatever day the tests run.
LAST_WEEK = datetime.combine(date.today() - timedelta(days=date.today().weekday() + 6), datetime.min.time(),
                             tzinfo=UTC) + timedelta(hours=10)


def _save(workstation, count, channel, area, band, needs, *, outcome=EncounterOutcome.GUIDED_TO_SERVICE,
          signals=()):
    for index in range(count):
        at = LAST_WEEK + timedelta(minutes=20 * index)
        draft = EncounterDraft(channel=channel, started_at=at, ended_at=at + timedelta(minutes=10), outcome=outcome,
                               need_tags=[NeedTag(code, status) for code, status in needs], signals=list(signals),
                               age_band=band, municipality_code=area)
        record_encounter(workstation, draft, at=at + timedelta(minutes=10), today=at.date())


@pytest.fixture
def encounters(populated_demo):
    """18 anonymous encounters last week: 6 counter visits in Helsinki (rental home found, no strong
    identification), 5 counter visits in Vantaa (digital help), 2 phone calls from Espoo seniors (rental home not
    found, a signal each), 5 phone calls from young adults in Helsinki (debt advice not available)."""
    rental, debt, digital = "housing.rental_search", "income.debt_advice", "digital.devices_and_skills"
    _save(populated_demo, 6, EncounterChannel.COUNTER, "091", AgeBand.ADULT,
          [(rental, NeedStatus.MET), ("digital.strong_identification", NeedStatus.UNMET)])
    _save(populated_demo, 5, EncounterChannel.COUNTER, "092", AgeBand.ADULT, [(digital, NeedStatus.MET)])
    _save(populated_demo, 2, EncounterChannel.PHONE, "049", AgeBand.SENIOR, [(rental, NeedStatus.UNMET)],
          outcome=EncounterOutcome.NO_SUITABLE_SERVICE, signals=[Signal(SignalKind.SERVICE_MISSING, "", 2)])
    _save(populated_demo, 5, EncounterChannel.PHONE, "091", AgeBand.YOUNG_ADULT, [(debt, NeedStatus.UNMET)])
    return populated_demo


def _shown(qtbot, window: SituationalPictureWindow) -> SituationalPictureWindow:
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.picture is not None and not window.computing, timeout=10_000)
    return window


def _cells(window, table, column):
    model = window.models[table]
    return {model.row_key(row): model.data(model.index(row, column)) for row in range(model.rowCount())}


def _activate(qtbot, window, table, key):
    """Select the row with `key` and press Enter, as a supervisor would."""
    view, model = window.tables[table], window.models[table]
    window.table_tabs.setCurrentWidget(view)
    row = next(row for row in range(model.rowCount()) if model.row_key(row) == key)
    view.setFocus()
    view.setCurrentIndex(model.index(row, 0))
    window.picture = None
    qtbot.keyClick(view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.picture is not None and not window.computing, timeout=10_000)


def test_a_supervisor_opens_the_picture_from_the_menu_and_sees_the_use_cases_numbers(qtbot, window, encounters):
    menus = [action.text() for action in window.menuBar().actions()]
    assert "&Supervision" in menus
    qtbot.keyClick(window.client_list, Qt.Key.Key_S,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: window.findChild(SituationalPictureWindow) is not None, timeout=2000)
    picture_window = _shown(qtbot, window.findChild(SituationalPictureWindow))

    expected = situational_picture(encounters, picture_window.current_filter())
    assert picture_window.picture.total_encounters == expected.total_encounters == 18
    assert picture_window.summary.text() == "18 encounters · 24 needs, 13 unmet (54 %) · <5 signals"
    assert "the whole city" in picture_window.note.text()
    # Encounters by channel: counter 11, phone 7 — nothing small.
    assert _cells(picture_window, "channel", 1) == {"counter": "11", "phone": "7"}
    assert _cells(picture_window, "channel", 3) == {"counter": "6", "phone": "7"}
    assert _cells(picture_window, "channel", 0) == {"counter": "Counter", "phone": "Phone"}
    # By area: Espoo's 2 are shown as "<5"; Vantaa's 5 is hidden too, else 18 - 11 - 5 would give Espoo away.
    assert _cells(picture_window, "area", 1) == {"091": "11", "092": "hidden", "049": "<5"}
    assert _cells(picture_window, "area", 0)["049"] == "Espoo"
    assert _cells(picture_window, "age_band", 1) == {"18-29": "hidden", "30-64": "11", "65+": "<5"}
    # The needs table matches the use case's top needs, in its order.
    top_needs = picture_window.models["top_needs"]
    assert [top_needs.row_key(r) for r in range(top_needs.rowCount())] == [n.code for n in expected.top_needs]
    # Unmet: 6 strong identification, 5 debt advice, 2 rental homes: the 2 are "<5", and with the total of 13
    # published the 5 must go too.
    assert _cells(picture_window, "top_unmet", 3) == {"digital.strong_identification": "6",
                                                       "income.debt_advice": "hidden", "housing.rental_search": "<5"}
    assert _cells(picture_window, "signals", 1) == {"service_missing": "<5"}
    assert _cells(picture_window, "signals", 2) == {"service_missing": "–"}  # a mean would tell the severity

    # The week chart draws the weekly needs; hidden weeks (none here with 18) break the line.
    needs_line = picture_window.week_chart.chart().series()[0]
    drawn = {int(point.x()): int(point.y()) for point in needs_line.points()}
    weeks = [w.needs for w in expected.weeks]
    assert drawn[weeks.index(24)] == 24
    assert "Needs:" in picture_window.week_chart.described
    # The top-unmet chart: strong identification drawn at 6, the hidden two drawn empty and labelled so.
    categories = picture_window.unmet_chart.chart().axes(Qt.Orientation.Vertical)[0].categories()
    bars = picture_window.unmet_chart.chart().series()[0].barSets()[0]
    values = dict(zip(categories, (bars.at(i) for i in range(bars.count())), strict=True))
    assert values.pop("Financial and debt advice (hidden)") == 0
    assert values.pop("Finding a rental home (<5)") == 0
    [(strong_identification, drawn_unmet)] = values.items()
    assert (strong_identification.endswith("(6)"), drawn_unmet) == (True, 6)
    assert picture_window.trend_chart.chart().series()

    with encounters.unit_of_work() as uow:
        assert any(e.action == "view_situational_picture" for e in uow.audit.latest())
    picture_window.wait_for_workers()


def test_drilling_into_a_row_narrows_the_picture_and_breaks_it_down_by_the_others(qtbot, window, encounters):
    picture_window = _shown(qtbot, window.open_situational_picture())

    _activate(qtbot, picture_window, "channel", "phone")

    assert picture_window.channel_box.currentData() == "phone"
    assert picture_window.picture.filter.values == {Dimension.CHANNEL: "phone"}
    assert picture_window.picture.total_encounters == 7
    assert _cells(picture_window, "channel", 1) == {"phone": "7"}
    # The phone calls by area and age band: 5 and 2 each, so the 2 is "<5" and the 5 hidden with it (7 - 5).
    assert [(r.key, r.encounters) for r in picture_window.picture.by_area] == [("091", 5), ("049", 2)]
    assert _cells(picture_window, "area", 1) == {"091": "hidden", "049": "<5"}
    assert _cells(picture_window, "age_band", 1) == {"18-29": "hidden", "65+": "<5"}
    assert "Phone" in picture_window.note.text()

    _activate(qtbot, picture_window, "area", "091")

    assert picture_window.picture.filter.values == {Dimension.CHANNEL: "phone", Dimension.AREA: "091"}
    assert _cells(picture_window, "top_needs", 2) == {"income.debt_advice": "5"}
    expected = situational_picture(encounters, PictureFilter.narrowed_to(
        picture_window.picture.filter.first_week, picture_window.picture.filter.last_week,
        {Dimension.CHANNEL: "phone", Dimension.AREA: "091"}))
    assert picture_window.picture.by_age_band == expected.by_age_band

    qtbot.mouseClick(picture_window.clear_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not picture_window.computing and picture_window.picture.filter.values == {},
                    timeout=10_000)
    assert picture_window.picture.total_encounters == 18

    _activate(qtbot, picture_window, "top_needs", "income.debt_advice")
    assert picture_window.need_box.currentData() == "income.debt_advice"
    assert (picture_window.picture.total_encounters, picture_window.picture.total_unmet) == (5, 5)
    assert _cells(picture_window, "channel", 1) == {"phone": "5"}
    picture_window.wait_for_workers()


def test_nothing_on_screen_names_a_person(qtbot, window, encounters):
    picture_window = _shown(qtbot, window.open_situational_picture())
    shown = [picture_window.summary.text(), picture_window.note.text()]
    for model in picture_window.models.values():
        shown += [str(model.data(model.index(r, c))) for r in range(model.rowCount())
                  for c in range(model.columnCount())]
    for client_name in ("Testi", "Virtanen", "Turva", "@example.test"):
        assert not any(client_name in text for text in shown)
    picture_window.wait_for_workers()


@pytest.mark.parametrize("export_format", list(ExportFormat))
def test_the_export_writes_suppressed_aggregates_and_says_how_many_were_hidden(qtbot, window, encounters, tmp_path,
                                                                               export_format):
    picture_window = _shown(qtbot, window.open_situational_picture())
    qtbot.mouseClick(picture_window.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: picture_window.findChild(AggregateExportDialog) is not None, timeout=2000)
    dialog = picture_window.findChild(AggregateExportDialog)
    assert dialog.first_week.currentData() == picture_window.first_week.currentData()
    assert dialog.k_box.value() == 5
    destination = tmp_path / f"aggregates.{export_format.value}"
    dialog.format_box.setCurrentIndex(dialog.format_box.findData(export_format.value))
    dialog.choose_file = lambda _parent, _suggested, chosen_format: destination if chosen_format is export_format \
        else None

    with qtbot.waitSignal(dialog.exported, timeout=30_000) as exported:
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)

    aggregates = exported.args[0]
    assert aggregates.primary_suppressed > 0
    if export_format is ExportFormat.CSV:
        rows = list(csv.DictReader(destination.read_text(encoding="utf-8-sig").splitlines(), delimiter=";"))
    else:
        rows = json.loads(destination.read_text(encoding="utf-8"))["rows"]
    espoo = next(r for r in rows if (r["measure"], r["dimension"], r["value"], r["code"]) ==
                 ("needs", "area", "049", "housing.rental_search"))
    assert espoo["suppressed"] in ("x", True)
    assert espoo["persons"] in ("", None)
    helsinki = next(r for r in rows if (r["measure"], r["dimension"], r["value"], r["code"]) ==
                    ("needs", "area", "091", "*"))
    assert int(helsinki["persons"]) == 11
    assert dialog.note.text().startswith(f"Exported {len(rows)} cells to {destination}.")
    assert f"{aggregates.primary_suppressed} with fewer than 5 persons" in dialog.note.text()
    assert not list(tmp_path.glob(".*.partial"))
    with encounters.unit_of_work() as uow:
        assert any(e.action == "export" and "situational aggregates" in (e.reason or "") for e in uow.audit.latest())
    dialog.close()
    picture_window.wait_for_workers()


def test_a_week_range_that_ends_before_it_starts_is_explained_and_nothing_is_written(qtbot, window, encounters,
                                                                                    tmp_path):
    picture_window = _shown(qtbot, window.open_situational_picture())
    dialog = picture_window.open_export()
    qtbot.addWidget(dialog)
    dialog.first_week.setCurrentIndex(0)
    dialog.last_week.setCurrentIndex(3)
    dialog.choose_file = lambda *_args: tmp_path / "never.csv"

    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)

    assert dialog.note.text() == "The first week is after the last week. Choose the weeks again."
    assert not (tmp_path / "never.csv").exists()


def test_advisers_without_a_supervisor_role_get_no_picture(qtbot, workstation):
    main_window = MainWindow(workstation)
    qtbot.addWidget(main_window)

    assert "&Supervision" not in [action.text() for action in main_window.menuBar().actions()]
    assert main_window.situational_picture_action not in main_window.actions()
    with pytest.raises(PermissionDenied):
        situational_picture(workstation)
    # Even opened directly, the window shows the refusal in words and no numbers.
    picture_window = SituationalPictureWindow(workstation)
    qtbot.addWidget(picture_window)
    qtbot.waitUntil(lambda: not picture_window.computing, timeout=10_000)
    assert picture_window.note.text().startswith("The situational picture could not be computed: Only supervisors")
    assert picture_window.picture is None
    assert picture_window.models["channel"].rowCount() == 0
    picture_window.wait_for_workers()
