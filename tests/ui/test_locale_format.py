"""Dates, times and numbers in the window's language: 27.11.2026 and 9.05 in Finnish and Swedish, 27/11/2026 and
09:05 in English, 1 234 against 1,234; and a date shown can be typed back."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, time, timedelta, timezone
from time import tzset

import pytest
from PySide6.QtCore import QLocale

from app.domain.consent import ConsentState, ConsentStatus
from app.domain.opening_hours import OpenState, OpenStatus
from app.usecases.sync_conflicts import ConflictView
from ui import translations
from ui.conflict_dialog import ValueEditor
from ui.consent_badges import ConsentBadge
from ui.locale_format import (
    clock_time,
    date_edit_format,
    date_time,
    date_time_seconds,
    day_and_month,
    end_of_day,
    short_date,
    time_of_day,
    time_with_seconds,
    whole_number,
)
from ui.service_words import open_state_text
from ui.situational_picture_models import week_label
from ui.ui_language import install_ui_language, remove_ui_language

# A fixed offset, so that the local time the adviser reads does not depend on the machine's time zone.
HELSINKI_WINTER = timezone(timedelta(hours=2))
MOMENT = datetime(2026, 11, 27, 9, 5, 7, tzinfo=HELSINKI_WINTER)
NBSP = "\u00a0"  # Qt's group separator in fi_FI and sv_FI


@pytest.fixture(scope="module", autouse=True)
def built_catalogues():
    translations.build_catalogues()


@pytest.fixture
def speak(qapp, monkeypatch):
    """Installs a language for the test and takes it away afterwards, back to the suite's English; the clock
    reads Helsinki winter time so that local times are known."""
    previous_locale = QLocale()
    monkeypatch.setenv("TZ", "EET-2")
    _tzset()

    def install(language: str) -> None:
        assert install_ui_language(language), f"no catalogue for {language}"

    yield install
    remove_ui_language()
    assert QLocale() == previous_locale
    monkeypatch.undo()
    _tzset()


def _tzset() -> None:
    tzset()


@pytest.mark.parametrize(("language", "expected"), [
    ("fi", ("27.11.2026", "9.5.2026", "27.11.2026 9.05", "27.11.2026 9.05.07", "9.05", f"1{NBSP}234", "23.11.")),
    ("sv", ("27.11.2026", "9.5.2026", "27.11.2026 9.05", "27.11.2026 9.05.07", "9.05", f"1{NBSP}234", "23.11.")),
    ("en", ("27/11/2026", "09/05/2026", "27/11/2026 09:05", "27/11/2026 09:05:07", "09:05", "1,234", "23/11")),
])
def test_each_language_writes_dates_times_and_numbers_its_own_way(speak, language, expected):
    speak(language)
    assert (short_date(date(2026, 11, 27)), short_date(date(2026, 5, 9)), date_time(MOMENT),
            date_time_seconds(MOMENT), time_of_day(MOMENT), whole_number(1234), day_and_month(date(2026, 11, 23))
            ) == expected


def test_an_aware_moment_is_shown_in_local_time(speak):
    speak("fi")
    in_utc = MOMENT.astimezone(UTC)  # 7.05 UTC is 9.05 in Helsinki in winter
    assert (time_of_day(in_utc), time_with_seconds(in_utc), date_time(in_utc)) == ("9.05", "9.05.07",
                                                                                    "27.11.2026 9.05")



def test_a_missing_date_is_empty_and_years_keep_four_digits(speak):
    speak("en")
    assert short_date(None) == ""
    assert short_date(date(1905, 3, 4)) == "04/03/1905"


def test_without_an_installed_language_the_window_reads_as_english(qapp):
    # The suite's window speaks the English of the code without installing it (tests/conftest.py).
    assert (short_date(date(2026, 11, 27)), whole_number(1234)) == ("27/11/2026", "1,234")


@pytest.mark.parametrize(("language", "expected"), [("fi", "dd.MM.yyyy"), ("sv", "dd.MM.yyyy"), ("en", "dd/MM/yyyy")])
def test_date_edits_step_through_two_digit_days_and_months_in_the_window_form(speak, language, expected):
    speak(language)
    assert date_edit_format() == expected


@pytest.mark.parametrize(("language", "expected"), [("fi", ("8.00", "24.00", "Avoinna nyt 16.30 asti")),
                                                  ("en", ("08:00", "24:00", "Open now until 16:30"))])
def test_opening_hours_read_on_helsinki_wall_clock_in_the_window_form(speak, language, expected):
    speak(language)
    until = datetime(2026, 11, 27, 14, 30, tzinfo=UTC)  # 16.30 in Helsinki
    assert (clock_time(time(8)), end_of_day(), open_state_text(OpenState(OpenStatus.OPEN, until=until))) == expected


def test_the_week_label_gives_its_days_in_the_window_form(speak):
    speak("sv")
    assert week_label("2026-W48") == "W48/2026 (23.11.–29.11.)"
    speak("en")
    assert week_label("2026-W48") == "W48/2026 (23/11–29/11)"


def test_a_consent_badge_in_swedish_shows_its_date_the_swedish_way(qtbot, speak):
    speak("sv")
    status = ConsentStatus("record_contact", ConsentState.EXPIRING, since=date(2025, 12, 1),
                           valid_from=date(2025, 12, 1), valid_until=date(2026, 12, 31), days_left=1234)
    badge = ConsentBadge("Kontaktuppgifter", status)
    qtbot.addWidget(badge)
    assert badge.state_label.text() == f"Upphör 31.12.2026 (om 1{NBSP}234 dagar)"
    assert badge.accessibleName() == f"Kontaktuppgifter: Upphör 31.12.2026 (om 1{NBSP}234 dagar)"


def _birth_date_conflict(mine: str) -> ConflictView:
    return ConflictView(id=uuid.uuid4(), entity="client", record_id=uuid.uuid4(), client_name="Laine, Eero",
                        field="birth_date", field_label="birth date", base=None, mine=mine, theirs="1980-11-04",
                        detected_at=MOMENT, is_deletion=False)


@pytest.mark.parametrize(("language", "shown"), [("fi", "3.11.1980"), ("en", "03/11/1980")])
def test_the_conflict_editor_shows_a_date_the_window_way_and_reads_it_back(qtbot, speak, language, shown):
    speak(language)
    editor = ValueEditor(_birth_date_conflict("1980-11-03"))
    qtbot.addWidget(editor)
    assert editor.editor.text() == shown
    assert editor.value() == "1980-11-03"


@pytest.mark.parametrize(("typed", "read"), [("4.11.1980", "1980-11-04"), ("04/11/1980", "1980-11-04"),
                                             ("4/11/1980", "1980-11-04")])
def test_the_conflict_editor_reads_dotted_and_slashed_dates(qtbot, speak, typed, read):
    speak("en")
    editor = ValueEditor(_birth_date_conflict("1980-11-03"))
    qtbot.addWidget(editor)
    editor.editor.setText(typed)
    assert editor.value() == read


@pytest.mark.parametrize("typed", ["4/11.1980", "11/31/1980", "4-11-1980"])
def test_the_conflict_editor_refuses_a_mixed_or_impossible_date(qtbot, speak, typed):
    speak("en")
    editor = ValueEditor(_birth_date_conflict("1980-11-03"))
    qtbot.addWidget(editor)
    editor.editor.setText(typed)
    with pytest.raises(ValueError, match="birth date"):
        editor.value()
