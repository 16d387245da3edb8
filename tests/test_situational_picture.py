"""The situational picture and its export, on crafted encounters: counts by week, channel, place, area and age
band; tallies agree with counting the encounters; drill-downs; supervisors only; k-suppression including the
complementary-cell problem; nothing personal in the export."""

from __future__ import annotations

import csv
import io
import json
from datetime import UTC, date, datetime, timedelta

import pytest
import sqlalchemy as sa

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
from app.usecases.situational_picture import Dimension, PictureFilter, counts_the_encounters, situational_picture

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


PARTS = ("weeks", "by_channel", "by_place", "by_area", "by_age_band", "outcomes", "top_needs", "top_unmet",
         "top_signals", "trends")


def test_the_tallies_agree_with_counting_the_encounters(crafted):
    from_tallies = situational_picture(crafted, WEEKS, today=TODAY)
    counted = situational_picture(crafted, WEEKS, today=TODAY, use_tallies=False)
    assert not counted.from_tallies
    for part in PARTS:
        assert getattr(from_tallies, part) == getattr(counted, part), part


# --- the fast paths against a straightforward count ----------------------------------------------------------

def _straight_count(workstation, first, last, values=None, need_codes=None):
    """Every figure of a picture recomputed the plainest way: read the rows and count them in Python."""
    with workstation.store.engine.connect() as connection:
        encounters = connection.execute(sa.text(
            "SELECT id, week, channel, place, COALESCE(municipality_code, ''), age_band, outcome FROM encounters "
            "WHERE week BETWEEN :first AND :last"), {"first": first, "last": last}).all()
        tags = connection.execute(sa.text("SELECT encounter_id, need_code, status FROM encounter_needs")).all()
    by_encounter = {}
    for encounter_id, code, status in tags:
        by_encounter.setdefault(encounter_id, []).append((code, status))
    columns = {"channel": 2, "place": 3, "area": 4, "age_band": 5}
    kept = [e for e in encounters if all(e[columns[d]] == v for d, v in (values or {}).items())
            and (need_codes is None or any(code in need_codes for code, _ in by_encounter.get(e[0], [])))]
    figures = {}
    for dimension, column in (("week", 1), *columns.items()):
        for e in kept:
            row = figures.setdefault((dimension, e[column]), [0, 0, 0, 0])
            row[3] += 1
            for code, status in by_encounter.get(e[0], []):
                if need_codes is None or code in need_codes:
                    row[0] += 1
                    row[1] += status == "unmet"
                    row[2] += status == "partly_met"
    return {key: tuple(value) for key, value in figures.items()}


def _picture_figures(picture):
    figures = {("week", w.week): (w.needs, w.unmet, w.partly_met, w.encounters) for w in picture.weeks
               if w.needs or w.encounters}
    for dimension, rows in (("channel", picture.by_channel), ("place", picture.by_place), ("area", picture.by_area),
                            ("age_band", picture.by_age_band)):
        figures.update({(dimension, r.key): (r.needs, r.unmet, r.partly_met, r.encounters) for r in rows})
    return figures


@pytest.fixture
def spread(crafted):
    """The crafted encounters and 60 more spread over channels, places, areas, age bands and needs."""
    needs = (("P1", NeedStatus.MET), ("housing.eviction_risk", NeedStatus.UNMET),
             ("income.debt_advice", NeedStatus.PARTLY_MET), ("digital.devices_and_skills", NeedStatus.UNMET),
             ("unknown.code", NeedStatus.MET))
    channels = (EncounterChannel.COUNTER, EncounterChannel.PHONE, EncounterChannel.CHAT)
    for index in range(60):
        tags = tuple(needs[(index + step) % len(needs)] for step in range(1 + index % 3))
        save(crafted, W47 + timedelta(days=index % 10, hours=index % 7), channels[index % 3], needs=tags,
             band=list(AgeBand)[index % 4], area=("091", "049", "092", None)[index % 4])
    for index in range(9):
        record_outreach_visitor(crafted, ("Ohjaamo pop-up", "Seniorimessut")[index % 2],
                                ["P1"] if index % 3 else ["income.debt_advice", "housing.eviction_risk"],
                                age_band=AgeBand.SENIOR, municipality_code="091", at=W48 + timedelta(hours=index))
    return crafted


@pytest.mark.parametrize("values", [
    {}, {Dimension.CHANNEL: "phone"}, {Dimension.AREA: "049"}, {Dimension.AGE_BAND: "65+"},
    {Dimension.AREA: ""}, {Dimension.CHANNEL: "counter", Dimension.AREA: "091"},
    {Dimension.AGE_BAND: "18-29", Dimension.CHANNEL: "chat", Dimension.AREA: "092"},
])
@pytest.mark.parametrize("need", [None, "P1", "income.debt_advice"])
def test_every_drill_down_gives_the_numbers_of_a_straightforward_count(spread, values, need):
    for narrowed in (values, {**values, Dimension.PLACE: "event:Seniorimessut"}):
        flt = PictureFilter.narrowed_to("2026-W46", "2026-W49", narrowed, need)
        picture = situational_picture(spread, flt, today=TODAY)
        assert picture.cross_breakdowns
        need_codes = None if need is None else sa_need_codes(spread, need)
        expected = _straight_count(spread, "2026-W46", "2026-W49", {d.value: v for d, v in narrowed.items()},
                                   need_codes)
        assert expected or Dimension.PLACE in narrowed  # the crafted data reaches every filter but the event
        assert _picture_figures(picture) == expected, (narrowed, need)
        assert picture.total_encounters == sum(n[3] for (d, _), n in expected.items() if d == "week")
        counted = situational_picture(spread, flt, today=TODAY, use_tallies=False)
        for part in PARTS:
            assert getattr(picture, part) == getattr(counted, part), part


def sa_need_codes(workstation, code):
    from app.usecases.record_encounter import need_taxonomy

    taxonomy = need_taxonomy(workstation)
    codes, frontier = {code}, [code]
    while frontier:
        children = [need.code for need in taxonomy.children(frontier.pop())]
        codes.update(children)
        frontier.extend(children)
    return codes


def test_one_or_two_values_or_one_need_read_tallies_and_more_is_counted(spread):
    for flt in (PictureFilter("2026-W46", "2026-W49"),
                PictureFilter.narrowed_to("2026-W46", "2026-W49", {Dimension.AREA: "091"}),
                PictureFilter.narrowed_to("2026-W46", "2026-W49", {Dimension.AREA: "091", Dimension.CHANNEL: "phone"}),
                PictureFilter("2026-W46", "2026-W49", need_code="P1")):
        assert situational_picture(spread, flt, today=TODAY).from_tallies, flt
        assert not counts_the_encounters(flt)
    for flt in (PictureFilter.narrowed_to("2026-W46", "2026-W49", {Dimension.AREA: "091", Dimension.CHANNEL: "phone",
                                                                   Dimension.AGE_BAND: "65+"}),
                PictureFilter.narrowed_to("2026-W46", "2026-W49", {Dimension.AREA: "091"}, "P1")):
        assert not situational_picture(spread, flt, today=TODAY).from_tallies, flt
        assert counts_the_encounters(flt)


# --- need tallies: the encounters carrying a need, once each, in the taxonomy's structure ------------------------

def _assert_exact(workstation, flt):
    """The picture of `flt` equals a straightforward count, and counting the encounters, in every part."""
    picture = situational_picture(workstation, flt, today=TODAY)
    need_codes = None if flt.need_code is None else sa_need_codes(workstation, flt.need_code)
    expected = _straight_count(workstation, flt.first_week, flt.last_week,
                               {d.value: v for d, v in flt.values.items()}, need_codes)
    assert _picture_figures(picture) == expected, flt
    counted = situational_picture(workstation, flt, today=TODAY, use_tallies=False)
    for part in PARTS:
        assert getattr(picture, part) == getattr(counted, part), (flt, part)
    return picture


def test_an_encounter_with_two_needs_under_one_parent_counts_once_for_the_parent(crafted):
    from app.usecases.situational_picture import refresh_need_tallies

    assert refresh_need_tallies(crafted)  # built from the saved tags; the save below adds to them
    assert not refresh_need_tallies(crafted)
    # housing.eviction_risk (P1.1) and housing.housing_allowance (P1.4) are both beneath P1.
    save(crafted, W48 + timedelta(hours=5), needs=(("housing.eviction_risk", NeedStatus.UNMET),
                                                   ("housing.housing_allowance", NeedStatus.MET)),
         signals=[Signal(SignalKind.SERVICE_MISSING, "", 2)])
    housing = _assert_exact(crafted, PictureFilter("2026-W47", "2026-W48", need_code="P1"))
    assert housing.from_tallies
    # Before: 5 tags, 4 encounters (see the housing drill-down above); now two tags more and one encounter.
    assert (housing.total_needs, housing.total_encounters, housing.total_signals) == (7, 5, 3)
    assert [(s.kind, s.signals, s.mean_severity) for s in housing.top_signals] == [
        (SignalKind.SERVICE_MISSING, 2, 2.5), (SignalKind.WAITING_TOO_LONG, 1, 1.0)]
    leaf = _assert_exact(crafted, PictureFilter("2026-W47", "2026-W48", need_code="P1.4"))
    assert (leaf.total_needs, leaf.total_encounters) == (1, 1)


def test_unknown_need_codes_are_their_own_need(spread):
    picture = _assert_exact(spread, PictureFilter("2026-W46", "2026-W49", need_code="unknown.code"))
    assert picture.from_tallies
    assert picture.total_encounters > 0
    assert [n.code for n in picture.top_needs] == ["unknown.code"]
    nowhere = _assert_exact(spread, PictureFilter("2026-W46", "2026-W49", need_code="never.seen"))
    assert nowhere.total_encounters == nowhere.total_needs == 0


@pytest.mark.parametrize("need", ["P1", "P1.1", "income.debt_advice", "digital.devices_and_skills"])
def test_need_tallies_follow_a_change_of_the_taxonomys_structure(spread, need):
    from app.need_taxonomy import TAXONOMY_FILE, packaged_taxonomy_path
    from app.usecases.record_encounter import need_taxonomy
    from app.usecases.situational_picture import refresh_need_tallies

    weeks = ("2026-W46", "2026-W49")
    _assert_exact(spread, PictureFilter(*weeks, need_code=need))
    assert not refresh_need_tallies(spread)  # built by the picture above, for this structure
    # The city moves eviction risk from housing (P1.1) under the need above debt advice, and debt advice under
    # the digital support need's parent: which encounters carry P1, P1.1 and the income need changes.
    taxonomy = need_taxonomy(spread)
    income_parent = taxonomy["income.debt_advice"].parent
    digital_parent = taxonomy["digital.devices_and_skills"].parent
    source = packaged_taxonomy_path().read_text(encoding="utf-8")
    moved = source.replace('code = "housing.eviction_risk"\nparent = "P1.1"',
                           f'code = "housing.eviction_risk"\nparent = "{income_parent}"')
    moved = moved.replace(f'code = "income.debt_advice"\nparent = "{income_parent}"',
                          f'code = "income.debt_advice"\nparent = "{digital_parent}"')
    assert moved.count("parent = ") == source.count("parent = ")
    assert moved != source
    (spread.profile.directory / TAXONOMY_FILE).write_text(moved, encoding="utf-8")
    assert need_taxonomy(spread)["housing.eviction_risk"].parent == income_parent
    # Saved before any picture notices the change: counted with the structure the tallies were built with,
    # then rebuilt with the rest.
    save(spread, W48 + timedelta(hours=6), needs=(("housing.eviction_risk", NeedStatus.UNMET),
                                                  ("income.debt_advice", NeedStatus.MET)))
    for code in (need, "P1", income_parent, digital_parent):
        assert _assert_exact(spread, PictureFilter(*weeks, need_code=code)).from_tallies
    assert not refresh_need_tallies(spread)
    (spread.profile.directory / TAXONOMY_FILE).unlink()  # back to the packaged structure
    assert refresh_need_tallies(spread)
    _assert_exact(spread, PictureFilter(*weeks, need_code=need))


def test_encounters_tags_and_signals_pulled_from_the_crm_are_in_every_tally(spread):
    """The CRM pull's order: a tag can arrive before its encounter (counted when the encounter comes) or after it
    (adding a need the encounter did not carry yet, or one it did), and so can a signal."""
    from app.store.encounter_repository import encounter_values, need_rows, signal_rows
    from app.usecases.situational_picture import refresh_need_tallies

    refresh_need_tallies(spread)
    first = _pulled_encounter(W47 + timedelta(days=2), EncounterChannel.CHAT, "092", [
        NeedTag("housing.eviction_risk", NeedStatus.UNMET), NeedTag("city.snow_clearing_help", NeedStatus.MET)],
        [Signal(SignalKind.SERVICE_MISSING, "", 4)])
    second = _pulled_encounter(W48 + timedelta(days=1), EncounterChannel.PHONE, "091", [
        NeedTag("housing.rental_search", NeedStatus.PARTLY_MET), NeedTag("housing.eviction_risk", NeedStatus.MET),
        NeedTag("income.debt_advice", NeedStatus.UNMET)], [Signal(SignalKind.WAITING_TOO_LONG, "", 2)])
    etag = {"crm_etag": "W/\"1\""}
    with spread.unit_of_work() as uow:
        uow.encounters.insert_need_tags_from_crm([{**row, **etag} for row in need_rows(first)])  # before it
        uow.encounters.insert_from_crm([{**encounter_values(first), **etag}])
        second_tags = need_rows(second)
        uow.encounters.insert_from_crm([{**encounter_values(second), **etag}])
        uow.encounters.insert_need_tags_from_crm([{**second_tags[0], **etag}])  # a new need: P1 now carried
        uow.encounters.insert_signals_from_crm([{**row, **etag} for row in signal_rows(second)])
        uow.encounters.insert_need_tags_from_crm([{**row, **etag} for row in second_tags[1:]])  # P1 again, income
        uow.commit()
    weeks = ("2026-W46", "2026-W49")
    for need in ("P1", "P1.1", "income.debt_advice", "city.snow_clearing_help"):
        assert _assert_exact(spread, PictureFilter(*weeks, need_code=need)).from_tallies
    for values in ({Dimension.CHANNEL: "phone", Dimension.AREA: "091"}, {Dimension.CHANNEL: "chat",
                                                                          Dimension.AREA: "092"}):
        assert _assert_exact(spread, PictureFilter.narrowed_to(*weeks, values)).from_tallies
    assert not refresh_need_tallies(spread)
    rebuilt = _assert_exact(spread, PictureFilter(*weeks, need_code="P1"))
    assert rebuilt.total_signals >= 2


def _pulled_encounter(at, channel, area, tags, signals):
    import uuid

    from app.domain.encounter import Encounter

    return Encounter(id=uuid.uuid4(), client_id=None, channel=channel, service_point_id=None, event_name=None,
                     adviser_id=None, started_at=at, ended_at=at + timedelta(minutes=5),
                     outcome=EncounterOutcome.NO_SUITABLE_SERVICE, summary="", services_offered=(),
                     taxonomy_version="2026.1", age_band=AgeBand.SENIOR, municipality_code=area,
                     need_tags=tuple(tags), signals=tuple(signals), recorded_at=at + timedelta(minutes=5))


def test_the_migration_builds_the_cross_tallies_of_encounters_saved_before_it(spread):
    from alembic import command

    from app.store.migrate import alembic_config

    flt = PictureFilter.narrowed_to("2026-W46", "2026-W49", {Dimension.CHANNEL: "counter"})
    before = situational_picture(spread, flt, today=TODAY)
    config = alembic_config()
    with spread.store.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0005")
        command.upgrade(config, "head")
    after = situational_picture(spread, flt, today=TODAY)
    for part in PARTS:
        assert getattr(before, part) == getattr(after, part), part
    assert after.by_area


def test_the_migration_builds_the_combination_and_pair_tallies_and_the_need_tallies_follow(spread):
    from alembic import command

    from app.store.migrate import alembic_config

    pair = PictureFilter.narrowed_to("2026-W46", "2026-W49", {Dimension.CHANNEL: "phone", Dimension.AREA: "091"})
    need = PictureFilter("2026-W46", "2026-W49", need_code="P1")
    before = [situational_picture(spread, flt, today=TODAY) for flt in (pair, need)]
    config = alembic_config()
    with spread.store.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0006")
        command.upgrade(config, "head")
    with spread.store.engine.connect() as connection:
        assert connection.execute(sa.text("SELECT count(*) FROM situation_combo_tallies")).scalar_one()
        assert connection.execute(sa.text("SELECT count(*) FROM situation_pair_tallies")).scalar_one()
        # The taxonomy in force is the profile's: the need tallies are built by the first need picture.
        assert not connection.execute(sa.text("SELECT count(*) FROM situation_need_tallies")).scalar_one()
    after = [_assert_exact(spread, flt) for flt in (pair, need)]
    for old, new in zip(before, after, strict=True):
        assert new.from_tallies
        for part in PARTS:
            assert getattr(old, part) == getattr(new, part), part


def test_a_filter_naming_one_dimension_twice_is_refused(crafted):
    twice = PictureFilter("2026-W47", "2026-W48", Dimension.CHANNEL, "phone", also=((Dimension.CHANNEL, "chat"),))
    with pytest.raises(ValidationError, match="twice"):
        situational_picture(crafted, twice, today=TODAY)


def test_drill_downs_narrow_to_one_value_or_one_need_and_return_counts_only(crafted):
    phone = situational_picture(crafted, PictureFilter("2026-W47", "2026-W48", Dimension.CHANNEL, "phone"),
                                today=TODAY)
    assert phone.from_tallies
    assert phone.cross_breakdowns
    assert (phone.total_encounters, phone.total_needs, phone.total_unmet) == (2, 2, 1)
    assert [(r.key, r.encounters) for r in phone.by_channel] == [("phone", 2)]
    assert [(r.key, r.needs, r.unmet, r.encounters) for r in phone.by_area] == [("091", 2, 1, 2)]
    counted = situational_picture(crafted, PictureFilter("2026-W47", "2026-W48", Dimension.CHANNEL, "phone"),
                                  today=TODAY, use_tallies=False)
    assert not counted.from_tallies
    for part in PARTS:
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
