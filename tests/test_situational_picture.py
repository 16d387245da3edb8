"""The situational picture and its export, on crafted encounters: counts by week, channel, place, area and age
band; tallies agree with counting the encounters; drill-downs; supervisors only; k-suppression including the
complementary-cell problem; nothing personal in the export."""

from __future__ import annotations

import csv
import io
import json
from datetime import UTC, date, datetime, timedelta

import pytest

from app.consent_purposes import RECORD_CONTACT
from app.domain.adviser import Adviser, Role
from app.domain.client import Client
from app.domain.consent import ConsentChannel, ConsentEvidence
from app.domain.disclosure_control import TOTAL, Cell, suppress, suppress_tables
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
from app.errors import PermissionDenied, ValidationError
from app.usecases.export_aggregates import (
    CSV_COLUMNS,
    ExportFormat,
    export_situational_aggregates,
    situational_aggregates,
)
from app.usecases.record_consent import grant_consent
from app.usecases.record_encounter import record_encounter, record_outreach_visitor
from app.usecases.situational_picture import Dimension, PictureFilter, situational_picture

TODAY = date(2026, 11, 27)  # a Friday of 2026-W48
W47 = datetime(2026, 11, 17, 9, tzinfo=UTC)
W48 = datetime(2026, 11, 24, 9, tzinfo=UTC)
WEEKS = PictureFilter("2026-W47", "2026-W48")


def as_supervisor(workstation) -> Adviser:
    adviser = Adviser("sanna.supervisor", "Sanna Supervisor", frozenset({Role.SUPERVISOR}))
    with workstation.unit_of_work() as uow:
        uow.advisers.add(adviser)
        uow.commit()
    workstation.adviser = adviser
    return adviser


def save(workstation, at, channel=EncounterChannel.COUNTER, needs=(("P1", NeedStatus.MET),), *, client=None,
         outcome=EncounterOutcome.GUIDED_TO_SERVICE, signals=(), band=AgeBand.ADULT, area="091", event=None):
    draft = EncounterDraft(channel=channel, started_at=at, ended_at=at + timedelta(minutes=10),
                           client_id=client.id if client else None, outcome=outcome, event_name=event,
                           need_tags=[NeedTag(code, status) for code, status in needs], signals=list(signals),
                           age_band=band, municipality_code=area)
    return record_encounter(workstation, draft, at=at + timedelta(minutes=10), today=at.date())


@pytest.fixture
def crafted(workstation):
    """Week 47: 3 counter encounters (housing met, housing unmet + eviction unmet, debt partly met), one of them
    by a consenting client; week 48: 2 phone encounters (housing met; eviction unmet with a signal), 1 outreach
    visitor aged 18-29 from Espoo with digital support."""
    client = Client("Aino", "Mäkinen", birth_date=date(1980, 1, 1), municipality_code="091")
    with workstation.unit_of_work() as uow:
        uow.clients.add(client)
        uow.commit()
    grant_consent(workstation, client.id, RECORD_CONTACT, channel=ConsentChannel.COUNTER,
                  evidence=ConsentEvidence.VERBAL, language="fi", today=date(2026, 11, 1))
    save(workstation, W47, client=client)
    save(workstation, W47 + timedelta(hours=1), needs=(("P1", NeedStatus.UNMET),
                                                       ("housing.eviction_risk", NeedStatus.UNMET)),
         outcome=EncounterOutcome.NO_SUITABLE_SERVICE, signals=[Signal(SignalKind.SERVICE_MISSING, "x", 3)])
    save(workstation, W47 + timedelta(hours=2), needs=(("income.debt_advice", NeedStatus.PARTLY_MET),))
    save(workstation, W48, EncounterChannel.PHONE)
    save(workstation, W48 + timedelta(hours=1), EncounterChannel.PHONE,
         needs=(("housing.eviction_risk", NeedStatus.UNMET),), signals=[Signal(SignalKind.WAITING_TOO_LONG, "", 1)])
    record_outreach_visitor(workstation, "Kirjaston digitori", ["digital.devices_and_skills"],
                            age_band=AgeBand.YOUNG_ADULT, municipality_code="049", at=W48 + timedelta(hours=3))
    as_supervisor(workstation)
    return workstation


def test_the_picture_counts_needs_and_unmet_needs_by_week_channel_place_area_and_age_band(crafted):
    picture = situational_picture(crafted, WEEKS, today=TODAY)
    assert picture.from_tallies
    assert [(w.week, w.needs, w.unmet, w.encounters, w.signals) for w in picture.weeks] == [
        ("2026-W47", 4, 2, 3, 1), ("2026-W48", 3, 1, 3, 1)]
    assert picture.weeks[0].monday == date(2026, 11, 16)
    assert [(r.key, r.needs, r.unmet, r.encounters) for r in picture.by_channel] == [
        ("counter", 4, 2, 3), ("phone", 2, 1, 2), ("outreach", 1, 0, 1)]
    assert [(r.key, r.label, r.encounters) for r in picture.by_area] == [("091", "Helsinki", 5), ("049", "Espoo", 1)]
    assert [(r.key, r.encounters) for r in picture.by_age_band] == [("18-29", 1), ("30-64", 5)]
    assert ("event:Kirjaston digitori", "Kirjaston digitori", 1) in [(r.key, r.label, r.needs)
                                                                     for r in picture.by_place]
    assert [(n.code, n.needs, n.unmet) for n in picture.top_needs[:2]] == [("P1", 3, 1),
                                                                           ("housing.eviction_risk", 2, 2)]
    assert picture.top_needs[1].top_level_code == "P1"
    assert picture.top_needs[1].label == "Häädön uhka"
    assert [n.code for n in picture.top_unmet] == ["housing.eviction_risk", "P1"]
    assert [(s.kind, s.signals, s.mean_severity) for s in picture.top_signals] == [
        (SignalKind.SERVICE_MISSING, 1, 3.0), (SignalKind.WAITING_TOO_LONG, 1, 1.0)]
    assert {(r.key, r.encounters) for r in picture.outcomes} == {("guided_to_service", 5),
                                                                 ("no_suitable_service", 1)}
    [housing] = [t for t in picture.trends if t.code == "P1"]
    assert [(p.week, p.needs, p.unmet) for p in housing.points] == [("2026-W47", 2, 1), ("2026-W48", 1, 0)]
    assert (picture.total_encounters, picture.total_needs, picture.total_unmet, picture.total_signals) == (
        6, 7, 3, 2)


def test_the_tallies_agree_with_counting_the_encounters(crafted):
    from_tallies = situational_picture(crafted, WEEKS, today=TODAY)
    counted = situational_picture(crafted, WEEKS, today=TODAY, use_tallies=False)
    assert not counted.from_tallies
    for part in ("weeks", "by_channel", "by_place", "by_area", "by_age_band", "outcomes", "top_needs", "top_unmet",
                 "top_signals", "trends"):
        assert getattr(from_tallies, part) == getattr(counted, part), part


def test_drill_downs_narrow_to_one_value_or_one_need_and_return_counts_only(crafted):
    phone = situational_picture(crafted, PictureFilter("2026-W47", "2026-W48", Dimension.CHANNEL, "phone"),
                                today=TODAY)
    assert phone.from_tallies
    assert not phone.cross_breakdowns
    assert (phone.total_encounters, phone.total_needs, phone.total_unmet) == (2, 2, 1)
    assert [(r.key, r.encounters) for r in phone.by_channel] == [("phone", 2)]
    assert phone.by_area == ()
    counted = situational_picture(crafted, PictureFilter("2026-W47", "2026-W48", Dimension.CHANNEL, "phone"),
                                  today=TODAY, use_tallies=False)
    assert counted.cross_breakdowns
    assert [(r.key, r.encounters) for r in counted.by_area] == [("091", 2)]
    for part in ("weeks", "by_channel", "outcomes", "top_needs", "top_signals", "trends"):
        assert getattr(phone, part) == getattr(counted, part), part
    housing = situational_picture(crafted, PictureFilter("2026-W47", "2026-W48", need_code="P1"), today=TODAY)
    # P1 and the needs beneath it: housing and eviction tags; encounters carrying one of them.
    assert (housing.total_needs, housing.total_unmet, housing.total_encounters) == (5, 3, 4)
    for row in (*housing.by_channel, *housing.by_place, *housing.by_area, *housing.by_age_band):
        assert set(vars(row)) == {"key", "label", "needs", "unmet", "partly_met", "encounters"}


def test_the_default_range_is_the_last_twelve_weeks_and_weeks_are_checked(crafted):
    picture = situational_picture(crafted, today=TODAY)
    assert (picture.filter.first_week, picture.filter.last_week, len(picture.weeks)) == ("2026-W37", "2026-W48", 12)
    with pytest.raises(ValidationError, match="ISO week"):
        situational_picture(crafted, PictureFilter("2026-48", "2026-W48"), today=TODAY)
    with pytest.raises(ValidationError, match="after the last"):
        situational_picture(crafted, PictureFilter("2026-W48", "2026-W47"), today=TODAY)


def test_only_supervisors_see_the_picture_and_looking_is_audited(workstation):
    with pytest.raises(PermissionDenied):
        situational_picture(workstation, today=TODAY)
    with pytest.raises(PermissionDenied):
        situational_aggregates(workstation, today=TODAY)
    as_supervisor(workstation)
    situational_picture(workstation, PictureFilter(dimension=Dimension.AGE_BAND, value="65+"), today=TODAY)
    with workstation.unit_of_work() as uow:
        [event] = [e for e in uow.audit.latest() if e.action == "view_situational_picture"]
    assert event.reason == "weeks 2026-W37–2026-W48; age_band=65+"


# --- k-suppression -------------------------------------------------------------------------------------------

def test_primary_and_complementary_suppression_on_a_grid():
    # Week × need: B in W1 has 2 persons (< 5). With the row total published, hiding B alone would let anyone
    # recompute it (15 - 6 - 7); so a second cell of the row is hidden, and the column likewise.
    cells = {("W1", "A"): Cell(6, 6), ("W1", "B"): Cell(2, 2), ("W1", "C"): Cell(7, 7), ("W1", TOTAL): Cell(15, 15),
             ("W2", "A"): Cell(9, 9), ("W2", "B"): Cell(8, 8), ("W2", "C"): Cell(5, 5), ("W2", TOTAL): Cell(22, 22),
             (TOTAL, "A"): Cell(15, 15), (TOTAL, "B"): Cell(10, 10), (TOTAL, "C"): Cell(12, 12),
             (TOTAL, TOTAL): Cell(37, 37)}
    hidden = suppress(cells, 5)
    assert ("W1", "B") in hidden
    assert ("W1", "A") in hidden
    _assert_protected(cells, hidden, 5)
    assert (TOTAL, TOTAL) not in hidden
    assert ("W1", TOTAL) not in hidden


def test_a_small_column_total_is_hidden_everywhere_it_is_shared():
    week = {("W1", "A"): Cell(9, 9), ("W1", "B"): Cell(3, 3), ("W1", TOTAL): Cell(12, 12),
            (TOTAL, "A"): Cell(9, 9), (TOTAL, "B"): Cell(3, 3), (TOTAL, TOTAL): Cell(12, 12)}
    channel = {("counter", "A"): Cell(9, 9), ("counter", TOTAL): Cell(9, 9), ("phone", "B"): Cell(3, 3),
               ("phone", TOTAL): Cell(3, 3), (TOTAL, "A"): Cell(9, 9), (TOTAL, "B"): Cell(3, 3),
               (TOTAL, TOTAL): Cell(12, 12)}
    shared = {(TOTAL, "A"), (TOTAL, "B"), (TOTAL, TOTAL)}
    patterns = suppress_tables({"week": week, "channel": channel}, 5, shared)
    for name, cells in (("week", week), ("channel", channel)):
        _assert_protected(cells, patterns[name], 5)
    assert {key for key in shared if key in patterns["week"]} == {key for key in shared if key in patterns["channel"]}


def _assert_protected(cells, hidden, k):
    assert not [key for key, cell in cells.items() if 0 < cell.persons < k and key not in hidden]
    lines = {}
    for key in cells:
        lines.setdefault(("row", key[0]), []).append(key)
        lines.setdefault(("column", key[1]), []).append(key)
    for members in lines.values():
        hidden_here = [key for key in members if key in hidden]
        assert len(hidden_here) != 1, members  # one hidden cell in a line = recomputable from the published rest


def test_the_export_suppresses_small_cells_and_their_complements(crafted, tmp_path):
    # Six more persons in week 48 with housing met, eviction unmet and debt partly met, so that some cells
    # reach k = 5 while digital support (1 person) and the signals stay small.
    three = (("P1", NeedStatus.MET), ("housing.eviction_risk", NeedStatus.UNMET),
             ("income.debt_advice", NeedStatus.PARTLY_MET))
    for hour in range(6):
        save(crafted, W48 + timedelta(hours=4 + hour), needs=three)
    aggregates = situational_aggregates(crafted, k=5, first_week="2026-W47", last_week="2026-W48", today=TODAY)
    shown = [row for row in aggregates.rows if not row.suppressed]
    assert all(row.persons >= 5 for row in shown)
    assert all(row.unmet_persons is None or row.unmet_persons == 0 or row.unmet_persons >= 5 for row in shown)

    def cell(value, code, dimension="week"):
        return next(r for r in aggregates.rows if (r.measure, r.dimension, r.value, r.code) ==
                    ("needs", dimension, value, code))

    assert cell("2026-W48", "digital.devices_and_skills").suppressed  # 1 person: primary
    # Week 47 had one eviction case (primary); with the eviction total published, week 48's 7 would give it
    # away (8 - 7), so week 48 is hidden too (secondary).
    assert cell("2026-W47", "housing.eviction_risk").suppressed
    assert cell("2026-W48", "housing.eviction_risk").suppressed
    eviction = cell(TOTAL, "housing.eviction_risk")
    assert (eviction.persons, eviction.count, eviction.suppressed) == (8, 8, False)
    housing = cell(TOTAL, "P1")
    assert (housing.persons, housing.count, housing.suppressed) == (9, 9, False)
    assert housing.unmet_persons is None  # one person had housing unmet: hidden on its own
    # The complementary-cell problem: no published total minus the published cells of its line gives a hidden one.
    for measure in ("needs", "signals"):
        for dimension in ("week", "channel", "place", "area", "age_band"):
            table = {(r.value, r.code): r for r in aggregates.rows if (r.measure, r.dimension) == (measure, dimension)}
            lines = {}
            for key in table:
                lines.setdefault(("row", key[0]), []).append(key)
                lines.setdefault(("column", key[1]), []).append(key)
            for members in lines.values():
                assert sum(table[key].suppressed for key in members) != 1, (measure, dimension, members)
    assert aggregates.primary_suppressed > 0
    assert aggregates.secondary_suppressed > 0
    # Every anonymous encounter is a person of its own; tags are counted apart from persons.
    total = next(r for r in aggregates.rows if (r.measure, r.dimension, r.value, r.code) ==
                 ("needs", "week", TOTAL, TOTAL))
    assert (total.persons, total.count) == (12, 25)


def test_one_client_with_several_encounters_counts_as_one_person(workstation):
    client = Client("Aino", "Mäkinen", birth_date=date(1980, 1, 1))
    with workstation.unit_of_work() as uow:
        uow.clients.add(client)
        uow.commit()
    grant_consent(workstation, client.id, RECORD_CONTACT, channel=ConsentChannel.COUNTER,
                  evidence=ConsentEvidence.VERBAL, language="fi", today=date(2026, 11, 1))
    for hour in range(6):
        save(workstation, W48 + timedelta(hours=hour), client=client)
    as_supervisor(workstation)
    aggregates = situational_aggregates(workstation, k=5, first_week="2026-W48", last_week="2026-W48", today=TODAY)
    # Six encounters, one person: below k, so every cell is hidden.
    assert all(row.suppressed for row in aggregates.rows)
    relaxed = situational_aggregates(workstation, k=2, first_week="2026-W48", last_week="2026-W48", today=TODAY)
    assert all(row.suppressed for row in relaxed.rows)
    with pytest.raises(ValidationError, match="k must be"):
        situational_aggregates(workstation, k=1, today=TODAY)


@pytest.mark.parametrize("export_format", list(ExportFormat))
def test_the_export_files_hold_aggregates_only(crafted, tmp_path, export_format):
    client_ids = {row for row in _client_ids(crafted)}
    destination = tmp_path / f"aggregates.{export_format.value}"
    aggregates = export_situational_aggregates(crafted, destination, export_format, first_week="2026-W47",
                                               last_week="2026-W48", today=TODAY)
    content = destination.read_text(encoding="utf-8-sig")
    for forbidden in (*client_ids, "Mäkinen", "Aino", "Kirjaston digitori", "x", "Neuvottu"):
        assert f'"{forbidden}"' not in content
        assert f";{forbidden};" not in content
    if export_format is ExportFormat.CSV:
        rows = list(csv.reader(io.StringIO(content), delimiter=";"))
        assert tuple(rows[0]) == CSV_COLUMNS
        assert len(rows) == len(aggregates.rows) + 1
        assert {row[2] for row in rows[1:] if row[1] == "place"} <= {"event", TOTAL, ""}
        assert all(row[4] == "" for row in rows[1:] if row[8] == "x")
    else:
        data = json.loads(content)
        assert data["k"] == 5
        assert len(data["rows"]) == len(aggregates.rows)
        assert all(row["persons"] is None for row in data["rows"] if row["suppressed"])
    with crafted.unit_of_work() as uow:
        assert any(e.action == "export" and "situational aggregates" in (e.reason or "") for e in uow.audit.latest())
    assert not list(tmp_path.glob(".*.partial"))


def _client_ids(workstation):
    with workstation.store.engine.connect() as connection:
        import sqlalchemy as sa

        return [str(value) for value in connection.execute(sa.text("SELECT id FROM clients")).scalars()]
