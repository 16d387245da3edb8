"""The audit trail use cases: supervisors only, filtered, paged newest first, exported as CSV, and self-audited."""

from __future__ import annotations

import csv
import uuid
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from app.domain.adviser import Adviser, Role
from app.domain.audit import AuditAction
from app.domain.client import Client, Phone
from app.errors import PermissionDenied, ValidationError
from app.usecases.audit_trail import (
    AuditTrailFilter,
    advisers_in_trail,
    export_audit_events,
    list_audit_events,
)
from app.usecases.client_card import open_client_card, reveal_identity_code

HELSINKI = ZoneInfo("Europe/Helsinki")


def _add_client(workstation, last_name: str = "Virtanen") -> uuid.UUID:
    client = Client("Matti", last_name, identity_code="010190-123M", phones=[Phone("+358401234567")])
    with workstation.unit_of_work() as uow:
        uow.clients.add(client)
        uow.commit()
    return client.id


def _record_as(workstation, adviser: Adviser, action: AuditAction, record_id: uuid.UUID | None = None,
               times: int = 1) -> None:
    with workstation.store.unit_of_work(adviser.id, "desk-7") as uow:
        for _ in range(times):
            uow.audit.record(action, "client", record_id)
        uow.commit()


def _colleague(workstation, display_name: str = "Liisa Lahtinen") -> Adviser:
    adviser = Adviser("liisa.l", display_name, frozenset({Role.COUNTER}))
    with workstation.unit_of_work() as uow:
        uow.advisers.add(adviser)
        uow.commit()
    return adviser


@pytest.mark.parametrize("call", [
    lambda ws: list_audit_events(ws, AuditTrailFilter()),
    lambda ws: export_audit_events(ws, AuditTrailFilter(), ws.profile.directory / "audit.csv"),
    lambda ws: advisers_in_trail(ws),
])
def test_only_supervisors_read_the_trail(workstation, call):
    with pytest.raises(PermissionDenied, match="supervisors"):
        call(workstation)
    with workstation.unit_of_work() as uow:
        assert not [e for e in uow.audit.latest() if e.action is AuditAction.VIEW_AUDIT_LOG]
    assert not (workstation.profile.directory / "audit.csv").exists()


def test_a_clients_trail_shows_who_viewed_and_revealed_newest_first(demo_workstation):
    client_id = _add_client(demo_workstation)
    other_id = _add_client(demo_workstation, "Nieminen")
    open_client_card(demo_workstation, client_id)
    open_client_card(demo_workstation, other_id)
    reveal_identity_code(demo_workstation, client_id, "caller asked")

    page = list_audit_events(demo_workstation, AuditTrailFilter(record_id=str(client_id).replace("-", "").upper()))

    assert [entry.event.action for entry in page.entries] == [AuditAction.REVEAL_IDENTITY_CODE,
                                                              AuditAction.VIEW_CLIENT]
    assert {entry.adviser_name for entry in page.entries} == {"Demo Adviser"}
    assert page.total == 2
    assert page.next_page is None


def test_viewing_the_trail_is_itself_audited_without_personal_data(demo_workstation):
    client_id = _add_client(demo_workstation)
    open_client_card(demo_workstation, client_id)

    list_audit_events(demo_workstation, AuditTrailFilter(record_id=str(client_id), first_day=date(2026, 11, 1)))

    with demo_workstation.unit_of_work() as uow:
        view = uow.audit.latest(1)[0]
    assert view.action is AuditAction.VIEW_AUDIT_LOG
    assert view.reason == f"record {client_id}; days 2026-11-01–…: 1 events"
    assert "Virtanen" not in view.reason


def test_pages_follow_each_other_without_gaps_or_repeats(demo_workstation):
    colleague = _colleague(demo_workstation)
    _record_as(demo_workstation, colleague, AuditAction.VIEW_CLIENT, uuid.uuid4(), times=450)
    trail_filter = AuditTrailFilter(adviser_id=colleague.id)

    pages = [list_audit_events(demo_workstation, trail_filter, limit=200)]
    while pages[-1].next_page is not None:
        pages.append(list_audit_events(demo_workstation, trail_filter, after=pages[-1].next_page, limit=200))

    events = [entry.event for page in pages for entry in page.entries]
    assert [len(page.entries) for page in pages] == [200, 200, 50]
    assert pages[0].total == 450
    assert len({event.id for event in events}) == 450
    assert [(e.at, e.id) for e in events] == sorted(((e.at, e.id) for e in events), reverse=True)
    # Only the first page counts as a view of the trail; the rest is the same view scrolled.
    with demo_workstation.unit_of_work() as uow:
        assert len([e for e in uow.audit.latest(500) if e.action is AuditAction.VIEW_AUDIT_LOG]) == 1


def test_filters_by_adviser_action_and_day(demo_workstation):
    colleague = _colleague(demo_workstation)
    _record_as(demo_workstation, colleague, AuditAction.VIEW_CLIENT, uuid.uuid4(), times=3)
    _record_as(demo_workstation, colleague, AuditAction.EDIT_CLIENT, uuid.uuid4())
    _record_as(demo_workstation, demo_workstation.adviser, AuditAction.VIEW_CLIENT, uuid.uuid4())
    today = datetime.now().date()

    by_action = list_audit_events(demo_workstation, AuditTrailFilter(
        adviser_id=colleague.id, actions=frozenset({AuditAction.EDIT_CLIENT}), first_day=today, last_day=today))
    yesterday = list_audit_events(demo_workstation, AuditTrailFilter(
        adviser_id=colleague.id, last_day=today - timedelta(days=1)))

    assert [entry.event.action for entry in by_action.entries] == [AuditAction.EDIT_CLIENT]
    assert by_action.entries[0].adviser_username == "liisa.l"
    assert yesterday.entries == []


def test_local_days_become_a_utc_range_across_daylight_saving():
    # 29 March 2026: Finland moves from UTC+2 to UTC+3 at 03:00, so that day lasts 23 hours.
    query = AuditTrailFilter(first_day=date(2026, 3, 29), last_day=date(2026, 3, 29)).to_query(HELSINKI)

    assert query.since == datetime(2026, 3, 28, 22, 0, tzinfo=UTC)
    assert query.until == datetime(2026, 3, 29, 21, 0, tzinfo=UTC)


def test_a_range_ending_before_it_starts_is_refused(demo_workstation):
    with pytest.raises(ValidationError, match="before the first day"):
        list_audit_events(demo_workstation, AuditTrailFilter(first_day=date(2026, 11, 2), last_day=date(2026, 11, 1)))


def test_export_writes_every_matching_event_as_spreadsheet_ready_csv(demo_workstation, tmp_path):
    colleague = _colleague(demo_workstation, display_name="=HYPERLINK(\"http://evil\")")
    record_id = uuid.uuid4()
    _record_as(demo_workstation, colleague, AuditAction.VIEW_CLIENT, record_id, times=1200)
    destination = tmp_path / "audit.csv"

    written = export_audit_events(demo_workstation, AuditTrailFilter(adviser_id=colleague.id), destination,
                                  zone=HELSINKI)

    raw = destination.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(raw.decode("utf-8-sig").splitlines(), delimiter=";"))
    assert written == len(rows) == 1200
    assert rows[0]["record_id"] == str(record_id)
    assert rows[0]["action"] == "view_client"
    assert rows[0]["adviser_name"].startswith("'=")  # a spreadsheet shows it as text instead of running it
    assert rows[0]["time"].endswith(("+02:00", "+03:00"))
    with demo_workstation.unit_of_work() as uow:
        export = uow.audit.latest(1)[0]
    assert export.action is AuditAction.EXPORT
    assert export.reason == f"audit log CSV, adviser {colleague.id}: 1200 events"


def test_a_failed_export_leaves_no_file_and_no_export_event(demo_workstation, tmp_path):
    destination = tmp_path / "missing-folder" / "audit.csv"

    with pytest.raises(FileNotFoundError):
        export_audit_events(demo_workstation, AuditTrailFilter(), destination)

    assert not destination.parent.exists()
    with demo_workstation.unit_of_work() as uow:
        assert all(e.action is not AuditAction.EXPORT for e in uow.audit.latest())


def test_supervisors_can_filter_by_any_known_adviser(demo_workstation):
    colleague = _colleague(demo_workstation)

    names = [adviser.display_name for adviser in advisers_in_trail(demo_workstation)]

    assert names == sorted(["Demo Adviser", colleague.display_name])
