"""The hand-over in the client's language (fi, sv, en) over the real demo catalogue, and its hours text; the
per-service open state the result list shows."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest

from app.domain.opening_hours import (
    HELSINKI,
    ExceptionalHours,
    HolidayHours,
    OpeningHours,
    OpenState,
    OpenStatus,
    TimeRange,
    WeeklyHours,
)
from app.domain.service import PhoneNumber, ServiceChannel
from app.errors import ValidationError
from app.usecases.service_handover import opening_hours_text, phones_for, service_handover
from app.usecases.service_opening import best_state, days_ahead, opening_summaries
from tests.service_catalogue_fixtures import catalogue_workstation  # noqa: F401 - fixture

# Vaasa's dental emergency service: Finnish texts only, three phone channels with weekly hours.
DENTAL_EMERGENCY = "09986d77-0cbe-4d8e-9e1c-b2c1120de50f"
TOIMEENTULOTUKI = "f96c4f96-5629-4c4d-b87a-93370ed5097e"
# A Wednesday, 10:00 in Helsinki.
WEDNESDAY_MORNING = datetime(2026, 11, 25, 10, 0, tzinfo=HELSINKI)


@pytest.mark.parametrize(("language", "title", "phone_label", "charge", "hours", "weekdays", "fallback"), [
    ("fi", "Palvelut sinulle", "Puhelin", "maksullinen", "Aukioloajat", "ma–to 7.30–15.30", None),
    ("sv", "Tjänster för dig", "Telefon", "avgiftsbelagd", "Öppettider", "må–to 7.30–15.30", "(på finska)"),
    ("en", "Services for you", "Phone", "charges apply", "Opening hours", "Mon–Thu 7:30–15:30", "(in Finnish)"),
])
def test_handover_text_is_in_the_clients_language(catalogue_workstation, language, title, phone_label,  # noqa: F811
                                                  charge, hours, weekdays, fallback):
    handover = service_handover(catalogue_workstation, [DENTAL_EMERGENCY], language, at=WEDNESDAY_MORNING)
    text = handover.plain_text
    assert text.startswith(title)
    assert f"{phone_label}: +358 63252202 ({charge})" in text
    assert f"{hours}:" in text
    assert weekdays in text
    assert "Hammashuollon päivystys" in text
    if fallback:  # the service has no Swedish or English texts: the client is told which language they get
        assert f"Hammashuollon päivystys {fallback}" in text
    else:
        assert "(" not in text.splitlines()[3]
    assert text.count("+358 63252202") == 2  # once per channel that has it, not once per language PTV lists
    assert language == handover.language
    assert "<" not in text  # plain text, no markup


def test_handover_of_several_services_keeps_their_order_and_names_its_source(catalogue_workstation):  # noqa: F811
    handover = service_handover(catalogue_workstation, [TOIMEENTULOTUKI, DENTAL_EMERGENCY, TOIMEENTULOTUKI], "sv",
                                at=WEDNESDAY_MORNING)
    assert [service.name for service in handover.services] == ["Utkomststöd", "Hammashuollon päivystys (på finska)"]
    assert handover.footer == "Uppgifter: Suomi.fi-tjänstedatalagret · utskrivet 25.11.2026"
    assert "<h3" in handover.html
    assert "Utkomststöd" in handover.html


def test_handover_html_escapes_catalogue_text(catalogue_workstation):  # noqa: F811
    handover = service_handover(catalogue_workstation, [DENTAL_EMERGENCY], "fi", at=WEDNESDAY_MORNING)
    assert "<script" not in handover.html
    assert handover.html.count("<h3") == 1


def test_handover_refuses_other_languages_and_unknown_services(catalogue_workstation):  # noqa: F811
    with pytest.raises(ValidationError):
        service_handover(catalogue_workstation, [DENTAL_EMERGENCY], "de")
    with pytest.raises(ValidationError, match="catalogue"):
        service_handover(catalogue_workstation, ["00000000-0000-0000-0000-000000000000"], "fi")


def _weekdays(opens: time, closes: time) -> dict[int, tuple[TimeRange, ...]]:
    return {day: (TimeRange(opens, closes),) for day in range(5)}


def test_hours_text_groups_days_and_tells_exceptions_ahead():
    hours = OpeningHours(
        regular=(WeeklyHours({**_weekdays(time(8), time(16)), 4: (TimeRange(time(8), time(14)),)}),),
        exceptions=(ExceptionalHours(date(2026, 12, 4), date(2026, 12, 4), closed=True),
                    ExceptionalHours(date(2027, 3, 1), date(2027, 3, 1), closed=True)),  # too far to tell
        notes={"fi": "Ajanvarauksella myös iltaisin."})
    text = opening_hours_text(hours, "fi", date(2026, 11, 25))
    assert text.splitlines() == ["ma–to 8.00–16.00", "pe 8.00–14.00", "Poikkeukset: 4.12. suljettu",
                                 "Ajanvarauksella myös iltaisin."]
    assert opening_hours_text(hours, "en", date(2026, 11, 25)).splitlines()[:3] == [
        "Mon–Thu 8:00–16:00", "Fri 8:00–14:00", "Exceptions: 4.12. closed"]


def test_hours_text_holidays_period_hours_and_nothing_known():
    summer = WeeklyHours(_weekdays(time(9), time(12)), valid_from=date(2026, 6, 1), valid_to=date(2026, 8, 31))
    normal = WeeklyHours(_weekdays(time(8), time(16)))
    hours = OpeningHours(regular=(normal, summer))
    assert opening_hours_text(hours, "sv", date(2026, 7, 1)) == "må–fr 9.00–12.00 (–31.8.)"
    assert opening_hours_text(hours, "sv", date(2026, 11, 1)) == "må–fr 8.00–16.00"
    assert opening_hours_text(OpeningHours(), "fi", date(2026, 11, 25)) == ""
    assert opening_hours_text(OpeningHours(always_open=True), "en", date(2026, 11, 25)) == "open 24 hours"
    christmas = OpeningHours(regular=(normal,), holidays=(HolidayHours("ChristmasEve", closed=True),))
    assert opening_hours_text(christmas, "fi", date(2026, 12, 20)).endswith("Poikkeukset: 24.12. suljettu")
    assert "Poikkeukset" not in opening_hours_text(christmas, "fi", date(2026, 11, 25))


def test_phones_prefer_the_clients_language_and_appear_once():
    channel = ServiceChannel("c", "Phone", {"fi": "Neuvonta"}, phones=(
        PhoneNumber("+358 9 1", "FreeOfCharge", language="fi"), PhoneNumber("+358 9 1", "FreeOfCharge", language="sv"),
        PhoneNumber("+358 9 2", "Chargeable", language="sv")))
    assert [phone.number for phone in phones_for(channel, "sv")] == ["+358 9 1", "+358 9 2"]
    assert [phone.number for phone in phones_for(channel, "fi")] == ["+358 9 1"]
    assert [phone.number for phone in phones_for(channel, "en")] == ["+358 9 1", "+358 9 2"]


def test_days_ahead_mark_today_and_exceptional_days():
    hours = OpeningHours(regular=(WeeklyHours(_weekdays(time(8), time(16))),),
                         exceptions=(ExceptionalHours(date(2026, 11, 26), date(2026, 11, 26), closed=True),))
    days = days_ahead(hours, WEDNESDAY_MORNING)
    assert [day.is_today for day in days] == [True] + [False] * 6
    assert days[0].ranges == (TimeRange(time(8), time(16)),)
    assert days[1].ranges == ()
    assert days[1].exceptional
    assert days[3].ranges == ()  # Saturday: not a weekday with hours
    assert days_ahead(OpeningHours(), WEDNESDAY_MORNING)[0].ranges is None


def test_best_state_prefers_open_then_earliest_opening():
    at = WEDNESDAY_MORNING
    later = OpenState(OpenStatus.OPENS_LATER, opens_at=at.replace(hour=12))
    sooner = OpenState(OpenStatus.OPENS_LATER, opens_at=at.replace(hour=11))
    open_now = OpenState(OpenStatus.OPEN, until=at.replace(hour=15))
    assert best_state([later, sooner]) == sooner
    assert best_state([later, open_now, OpenState(OpenStatus.UNKNOWN)]) == open_now
    assert best_state([]).status is OpenStatus.UNKNOWN


def test_opening_summaries_of_real_services(catalogue_workstation):  # noqa: F811
    summaries = opening_summaries(catalogue_workstation, [DENTAL_EMERGENCY, TOIMEENTULOTUKI, "missing"],
                                  WEDNESDAY_MORNING)
    assert summaries[DENTAL_EMERGENCY].is_open  # the weekday phone line, Wednesday 10:00
    assert summaries[TOIMEENTULOTUKI].status is OpenStatus.UNKNOWN  # only an online channel
    assert "missing" not in summaries
