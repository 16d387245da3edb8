"""What the outreach tally shows: the needs on its number keys and how many visitors the event has had.

The tally records each visitor with `record_outreach_visitor` (an anonymous encounter); this use case only
reads counts, never a person, so it is not audited.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from app.domain.encounter import CITY_ZONE, EncounterChannel, iso_week, place_key
from app.need_taxonomy import NeedTaxonomy
from app.store.situation_queries import Slice
from app.store.types import utc_now
from app.usecases.record_encounter import need_taxonomy
from app.workstation import Workstation

KEYED_NEEDS = 9  # the number keys 1–9
# What people ask at a library digi-corner, a market stall or a housing fair, until the event's own history says
# otherwise (needs.md: the city's most frequent outreach topics).
USUAL_OUTREACH_NEEDS = (
    "digital.strong_identification", "digital.online_services", "income.benefit_application_help",
    "housing.housing_advice", "employment.job_search", "health.loneliness", "immigration.language_learning",
    "income.debt_advice", "leisure.hobbies",
)


@dataclass(frozen=True)
class TallyNeed:
    code: str
    label: str
    parent: str  # the top level's label, "" for a top level itself


@dataclass(frozen=True)
class OutreachTally:
    event: str
    visitors_today: int  # outreach encounters at this event since the city's midnight
    needs: tuple[TallyNeed, ...]  # at most KEYED_NEEDS, the event's most tagged first


def outreach_tally(workstation: Workstation, event: str, *, language: str = "fi",
                   today: date | None = None) -> OutreachTally:
    """The event's visitors today and the needs for keys 1–9: those most tagged at this event so far, then
    the usual outreach needs, then the taxonomy's first city needs (a city's own taxonomy may lack the usual)."""
    event = " ".join(event.split())
    day = utc_now().astimezone(CITY_ZONE).date() if today is None else today
    # The city's day, not UTC's: a stall open until 01:00 in Helsinki keeps counting into the same evening.
    start = datetime.combine(day, time(), CITY_ZONE)
    end = datetime.combine(day + timedelta(days=1), time(), CITY_ZONE)
    place = place_key(None, event)
    taxonomy = need_taxonomy(workstation)
    with workstation.unit_of_work() as uow:
        queries = uow.encounters.situation
        visitors = uow.encounters.count_at_place(place, EncounterChannel.OUTREACH.value, iso_week(start), start, end)
        tagged = queries.raw_counts("need", ("code",), Slice(dimension="place", value=place,
                                                             also=(("channel", EncounterChannel.OUTREACH),)))
    by_use = [code for (code,), counts in sorted(tagged.items(), key=lambda item: (-item[1][0], item[0][0]))
              if code in taxonomy]
    leaves = [need.code for need in taxonomy.needs if need.depth > 0]
    codes = list(dict.fromkeys([*by_use, *(c for c in USUAL_OUTREACH_NEEDS if c in taxonomy), *leaves]))
    return OutreachTally(event, visitors,
                         tuple(_tally_need(taxonomy, code, language) for code in codes[:KEYED_NEEDS]))


def _tally_need(taxonomy: NeedTaxonomy, code: str, language: str) -> TallyNeed:
    top = taxonomy.top_level(code)
    return TallyNeed(code, taxonomy.label(code, language),
                     top.label.get(language) if top is not None and top.code != code else "")

