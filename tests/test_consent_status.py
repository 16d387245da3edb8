"""Deriving the status per purpose from consent events: each state, the day boundaries, ties, clock skew,
unknown purposes, and that the result never depends on the order the events arrive in."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain.consent import (
    ConsentChannel,
    ConsentDecision,
    ConsentEvent,
    ConsentEvidence,
    ConsentState,
    derive_status,
    derive_statuses,
    needs_guardian,
)
from app.errors import ValidationError

TODAY = date(2026, 11, 27)
CLIENT = uuid.UUID(int=1)
GRANTED, REFUSED, WITHDRAWN = ConsentDecision.GRANTED, ConsentDecision.REFUSED, ConsentDecision.WITHDRAWN
PURPOSES = ("record_contact", "share_city_services", "newsletter")


def at(day: date, hour: int = 10, minute: int = 0) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=UTC)


def event(decision: ConsentDecision = GRANTED, *, purpose: str = "record_contact", valid_from: date = date(2026, 1, 5),
          valid_until: date | None = None, sequence: int = 1, recorded_at: datetime | None = None,
          number: int | None = None) -> ConsentEvent:
    return ConsentEvent(
        id=uuid.UUID(int=number) if number is not None else uuid.uuid4(), client_id=CLIENT, purpose=purpose,
        decision=decision, valid_from=valid_from, valid_until=valid_until, channel=ConsentChannel.COUNTER,
        evidence=ConsentEvidence.VERBAL, text_version="2026-01", language="fi", guardian=None, recorded_by=None,
        recorded_at=recorded_at or at(valid_from), sequence=sequence,
    )


def state(*events: ConsentEvent, today: date = TODAY, purpose: str = "record_contact") -> ConsentState:
    return derive_status(purpose, events, today).state


# --- each state --------------------------------------------------------------------------------------------------

def test_no_event_is_unknown():
    status = derive_status("record_contact", [], TODAY)
    assert (status.state, status.since, status.valid_until, status.permits) == (ConsentState.UNKNOWN, None, None,
                                                                                 False)


def test_a_grant_without_end_is_granted_until_withdrawn():
    status = derive_status("record_contact", [event(valid_until=None)], TODAY)
    assert (status.state, status.since, status.valid_until, status.days_left) == (
        ConsentState.GRANTED, date(2026, 1, 5), None, None)
    assert status.permits


@pytest.mark.parametrize(("valid_until", "expected", "days_left"), [
    (TODAY + timedelta(days=31), ConsentState.GRANTED, 31),
    (TODAY + timedelta(days=30), ConsentState.EXPIRING, 30),  # exactly 30 days ahead: amber
    (TODAY + timedelta(days=1), ConsentState.EXPIRING, 1),
    (TODAY, ConsentState.EXPIRING, 0),  # the last valid day itself still permits
    (TODAY - timedelta(days=1), ConsentState.EXPIRED, None),
])
def test_expiry_boundaries(valid_until, expected, days_left):
    status = derive_status("record_contact", [event(valid_until=valid_until)], TODAY)
    assert (status.state, status.days_left) == (expected, days_left)
    assert status.permits is (expected in (ConsentState.GRANTED, ConsentState.EXPIRING))


def test_expired_since_the_day_after_its_last_day():
    status = derive_status("record_contact", [event(valid_until=date(2026, 6, 30))], TODAY)
    assert (status.state, status.since, status.valid_until) == (ConsentState.EXPIRED, date(2026, 7, 1),
                                                               date(2026, 6, 30))


def test_refusal_and_withdrawal():
    grant = event(valid_until=date(2027, 12, 31))
    withdrawal = event(WITHDRAWN, valid_from=date(2026, 3, 1), sequence=2)
    assert derive_status("record_contact", [grant, withdrawal], TODAY).since == date(2026, 3, 1)
    assert state(grant, withdrawal) is ConsentState.WITHDRAWN
    assert state(event(REFUSED)) is ConsentState.REFUSED
    regrant = event(valid_from=date(2026, 4, 1), sequence=3)
    assert state(grant, withdrawal, regrant) is ConsentState.GRANTED


def test_a_withdrawal_of_something_never_granted_is_withdrawn():
    status = derive_status("record_contact", [event(WITHDRAWN)], TODAY)
    assert (status.state, status.permits) == (ConsentState.WITHDRAWN, False)


def test_a_grant_that_starts_after_today_is_not_in_effect():
    assert state(event(valid_from=TODAY + timedelta(days=1))) is ConsentState.UNKNOWN
    earlier = event(valid_until=date(2027, 1, 31))
    later = event(valid_from=TODAY + timedelta(days=3), sequence=2)
    assert derive_status("record_contact", [earlier, later], TODAY).decided_by == earlier.id


def test_validity_end_before_start_is_rejected():
    with pytest.raises(ValidationError, match=r"ends .* before it starts"):
        event(valid_from=date(2026, 5, 2), valid_until=date(2026, 5, 1))
    event(valid_from=date(2026, 5, 2), valid_until=date(2026, 5, 2))  # a one-day consent is fine


# --- ordering: sequence first, clocks last -----------------------------------------------------------------------

def test_a_later_sequence_wins_even_when_its_clock_was_behind():
    # A laptop whose clock ran a day fast recorded the grant "tomorrow"; the counter, having seen it, recorded
    # the withdrawal today. The withdrawal came after the grant causally, so it decides.
    fast_grant = event(recorded_at=at(TODAY + timedelta(days=1)), sequence=1)
    withdrawal = event(WITHDRAWN, valid_from=TODAY, recorded_at=at(TODAY), sequence=2)
    assert state(fast_grant, withdrawal) is ConsentState.WITHDRAWN
    regrant = event(valid_from=TODAY, recorded_at=at(TODAY, 11), sequence=3)
    assert state(fast_grant, withdrawal, regrant) is ConsentState.GRANTED


def test_concurrent_events_the_protective_decision_wins_whatever_the_clocks():
    # Same sequence: recorded on two workstations that had not seen each other's event.
    grant = event(recorded_at=at(TODAY, 12), sequence=2, valid_from=TODAY)
    withdrawal = event(WITHDRAWN, recorded_at=at(TODAY, 9), sequence=2, valid_from=TODAY)
    refusal = event(REFUSED, recorded_at=at(TODAY, 15), sequence=2, valid_from=TODAY)
    assert state(grant, withdrawal) is ConsentState.WITHDRAWN
    assert state(grant, refusal) is ConsentState.REFUSED
    assert state(grant, refusal, withdrawal) is ConsentState.WITHDRAWN


def test_exact_ties_are_broken_by_id():
    short = event(valid_until=date(2026, 12, 1), number=1, recorded_at=at(TODAY))
    long = event(valid_until=date(2028, 1, 1), number=2, recorded_at=at(TODAY))
    assert derive_status("record_contact", [short, long], TODAY).decided_by == long.id
    assert derive_status("record_contact", [long, short], TODAY).decided_by == long.id


def test_same_sequence_and_decision_the_later_recording_wins():
    first = event(valid_until=date(2026, 12, 1), recorded_at=at(TODAY, 9))
    second = event(valid_until=date(2028, 1, 1), recorded_at=at(TODAY, 10))
    assert derive_status("record_contact", [second, first], TODAY).valid_until == date(2028, 1, 1)


# --- purposes ----------------------------------------------------------------------------------------------------

def test_statuses_follow_the_purposes_order_then_unknown_codes():
    events = [event(purpose="newsletter"), event(purpose="zz_from_crm", number=5),
              event(purpose="Record_Contact", number=6), event(purpose="aa_removed", number=7)]
    statuses = derive_statuses(events, PURPOSES, TODAY)
    assert [s.purpose for s in statuses] == [*PURPOSES, "Record_Contact", "aa_removed", "zz_from_crm"]
    assert [s.known_purpose for s in statuses] == [True, True, True, False, False, False]
    assert statuses[2].state is ConsentState.GRANTED


def test_an_unknown_purpose_is_kept_shown_and_never_a_grant_for_a_known_one():
    statuses = derive_statuses([event(purpose="Record_Contact"), event(purpose="record-contact")], PURPOSES, TODAY)
    record_contact = statuses[0]
    assert (record_contact.purpose, record_contact.state, record_contact.permits) == (
        "record_contact", ConsentState.UNKNOWN, False)
    unknown = {s.purpose: s for s in statuses if not s.known_purpose}
    assert unknown.keys() == {"Record_Contact", "record-contact"}
    assert all(s.state is ConsentState.GRANTED and not s.permits for s in unknown.values())


@pytest.mark.parametrize(("birth", "minor"), [
    (date(2011, 11, 28), True),  # 15 tomorrow
    (date(2011, 11, 27), False),  # 15 today
    (date(1990, 1, 1), False),
    (None, False),
])
def test_guardian_age(birth, minor):
    assert needs_guardian(birth, TODAY) is minor


# --- the order of arrival never matters --------------------------------------------------------------------------

_events = st.builds(
    lambda decision, purpose, start, length, sequence, minutes, number: event(
        decision, purpose=purpose, valid_from=TODAY - timedelta(days=start),
        valid_until=(TODAY - timedelta(days=start) + timedelta(days=length))
        if decision is GRANTED and length is not None else None,
        sequence=sequence, recorded_at=at(TODAY) + timedelta(minutes=minutes), number=number),
    st.sampled_from(list(ConsentDecision)), st.sampled_from([*PURPOSES, "unknown_code"]),
    st.integers(-5, 800), st.one_of(st.none(), st.integers(0, 900)), st.integers(1, 4),
    st.integers(-3000, 3000), st.integers(1, 10**6),
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_events, max_size=12, unique_by=lambda e: e.id), st.randoms(use_true_random=False),
       st.dates(date(2025, 1, 1), date(2029, 1, 1)))
def test_derivation_is_independent_of_the_order_of_events(events, rng, today):
    shuffled = list(events)
    rng.shuffle(shuffled)
    assert derive_statuses(shuffled, PURPOSES, today) == derive_statuses(events, PURPOSES, today)
    assert derive_statuses(list(reversed(events)), PURPOSES, today) == derive_statuses(events, PURPOSES, today)
