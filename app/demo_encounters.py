"""Made-up encounters for the demo population and the benchmark: a realistic spread of channels, places, needs,
statuses, outcomes and signals over the weeks before a given day, so the situational picture has something to
show.

Reproducible like app/demo_population.py: one seeded `random.Random` per seed and day, no global randomness.
Person-linked only where the client's made-up consents grant `record_contact` (as the use case would decide);
the rest are anonymous with age band and area kept. No free text about anyone: summaries and signal texts are
drawn from short stock phrases.
"""

from __future__ import annotations

import random
import uuid
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from itertools import accumulate

from app.domain.adviser import Adviser, ServicePoint, ServicePointKind
from app.domain.encounter import (
    CITY_ZONE,
    AgeBand,
    Encounter,
    EncounterChannel,
    EncounterOutcome,
    NeedStatus,
    NeedTag,
    Signal,
    SignalKind,
    age_band,
    signals_asked,
)
from app.need_taxonomy import NeedTaxonomy

CITY = "091"
_NEIGHBOURS = ("049", "092", "235", "245", "186", "858")
OUTREACH_EVENTS = ("Kirjaston digitori", "Nuorisotalon ilta", "Kauppakeskuksen infopiste", "Asukasilta Kontula",
                   "Ohjaamo pop-up", "Seniorimessut", "Kielikahvila")


@dataclass(frozen=True)
class DemoClient:
    """What the generator needs of a client: never the name."""

    id: uuid.UUID
    birth_date: date | None
    municipality_code: str | None
    safety_marking: bool
    record_contact: bool  # the client's consent permits person-linked encounters on the day


class _Weighted:
    def __init__(self, pairs: Sequence[tuple[object, float]]) -> None:
        self.items = [item for item, _ in pairs]
        self.weights = [weight for _, weight in pairs]

    def pick(self, rng: random.Random):
        return rng.choices(self.items, self.weights)[0]


_CHANNELS = _Weighted([(EncounterChannel.COUNTER, 40), (EncounterChannel.PHONE, 35),
                       (EncounterChannel.OUTREACH, 12), (EncounterChannel.CHAT, 8), (EncounterChannel.EMAIL, 5)])
_WITH_CLIENT = {EncounterChannel.COUNTER: 0.75, EncounterChannel.PHONE: 0.7, EncounterChannel.OUTREACH: 0.1,
                EncounterChannel.CHAT: 0.4, EncounterChannel.EMAIL: 0.6}
_MINUTES = {EncounterChannel.COUNTER: (5, 40), EncounterChannel.PHONE: (3, 20), EncounterChannel.OUTREACH: (2, 15),
            EncounterChannel.CHAT: (5, 30), EncounterChannel.EMAIL: (5, 25)}
_TAG_COUNTS = _Weighted([(1, 20), (2, 30), (3, 30), (4, 20)])  # 2.5 on average
_OUTCOMES = _Weighted([(EncounterOutcome.RESOLVED_ON_FIRST_CONTACT, 35), (EncounterOutcome.GUIDED_TO_SERVICE, 30),
                       (EncounterOutcome.REFERRED_WITH_WARM_HANDOVER, 10), (EncounterOutcome.APPOINTMENT_BOOKED, 15),
                       (EncounterOutcome.NO_SUITABLE_SERVICE, 4), (EncounterOutcome.OTHER, 6)])
_SIGNAL_KINDS = _Weighted([(SignalKind.WAITING_TOO_LONG, 30), (SignalKind.SERVICE_MISSING, 25),
                           (SignalKind.SERVICE_HARD_TO_FIND, 15), (SignalKind.DIGITAL_EXCLUSION_RISK, 10),
                           (SignalKind.LANGUAGE_BARRIER, 10), (SignalKind.REPEAT_CONTACT, 5), (SignalKind.OTHER, 5)])
_SIGNAL_TEXTS = {
    SignalKind.WAITING_TOO_LONG: ("Jono yli kuukauden", "Ei vapaita aikoja", "Takaisinsoitto ei toteutunut"),
    SignalKind.SERVICE_MISSING: ("Palvelua ei ole tarjolla alueella", "Ei sopivaa palvelua tälle ikäryhmälle"),
    SignalKind.SERVICE_HARD_TO_FIND: ("Tietoa ei löytynyt verkosta", "Palvelun nimi ei kerro sisältöä"),
    SignalKind.DIGITAL_EXCLUSION_RISK: ("Ei pankkitunnuksia", "Ei älypuhelinta"),
    SignalKind.LANGUAGE_BARRIER: ("Tulkkia ei saatavilla", "Lomake vain suomeksi"),
    SignalKind.REPEAT_CONTACT: ("Kolmas yhteydenotto samasta asiasta",),
    SignalKind.OTHER: ("Muu havainto",),
}
_SUMMARIES = ("Neuvottu hakemuksen täyttämisessä.", "Ohjattu palveluun, yhteystiedot annettu.",
              "Varattu aika.", "Selvitetty tilanne, jatketaan ensi viikolla.", "")
# Needs that more often stay unmet (queues, no housing) and needs that rise over the period (the trend to show).
_OFTEN_UNMET = {"housing.homelessness": 0.45, "health.mental_health": 0.4, "housing.eviction_risk": 0.35,
                "health.dental_care": 0.35, "family.early_childhood_education": 0.25}
_RISING = {"housing.energy_costs": 3.0, "income.debt_advice": 1.5, "digital.strong_identification": 1.0}
_AGE_BANDS = _Weighted([(AgeBand.CHILD, 3), (AgeBand.MINOR, 6), (AgeBand.YOUNG_ADULT, 25), (AgeBand.ADULT, 45),
                        (AgeBand.SENIOR, 16), (AgeBand.UNKNOWN, 5)])


class DemoEncounters:
    def __init__(self, seed: int, taxonomy: NeedTaxonomy, advisers: Sequence[Adviser],
                 service_points: Sequence[ServicePoint]) -> None:
        self.seed = seed
        self.taxonomy = taxonomy
        self._advisers = [adviser.id for adviser in advisers] or [None]
        self._counters = [p.id for p in service_points if p.kind is ServicePointKind.SERVICE_POINT] or [None]
        self._phone = next((p.id for p in service_points if p.kind is ServicePointKind.PHONE_SERVICE), None)
        leaves = [need for need in taxonomy.needs if not need.is_ptv]
        general = [need for need in taxonomy.needs if need.is_ptv]
        self._needs = [(need.code, 1.0) for need in leaves] + [(need.code, 0.15) for need in general]
        self._cumulative: dict[tuple[AgeBand, float], list[float]] = {}

    def encounters(self, count: int, clients: Sequence[DemoClient], as_of: date, *,
                   weeks: int = 26) -> Iterator[Encounter]:
        """`count` encounters spread over the `weeks` weeks up to `as_of` (oldest first)."""
        rng = random.Random(f"neuvo-demo-encounters:{self.seed}:{as_of.isoformat()}:{weeks}")
        first_day = as_of - timedelta(weeks=weeks) + timedelta(days=1)
        span = (as_of - first_day).days + 1
        days = sorted(first_day + timedelta(days=rng.randrange(span)) for _ in range(count))
        recorded = datetime.combine(as_of, time(18), CITY_ZONE).astimezone(UTC)
        for day in days:
            yield self._encounter(rng, day, (day - first_day).days / max(1, span - 1), clients, recorded)

    def _encounter(self, rng: random.Random, day: date, progress: float, clients: Sequence[DemoClient],
                   recorded: datetime) -> Encounter:
        channel = _CHANNELS.pick(rng)
        if channel is not EncounterChannel.OUTREACH and day.weekday() >= 5:
            day -= timedelta(days=day.weekday() - 4)  # the counters and phones are closed at weekends
        start = datetime.combine(day, time(8 + rng.randrange(8), rng.randrange(60)), CITY_ZONE)
        low, high = _MINUTES[channel]
        end = start + timedelta(minutes=rng.randint(low, high))
        client = clients[rng.randrange(len(clients))] if clients and rng.random() < _WITH_CLIENT[channel] else None
        if client is not None:
            band = age_band(client.birth_date, day)
            area = None if client.safety_marking else client.municipality_code
            linked = client.id if client.record_contact and rng.random() > 0.02 else None
        else:
            band = _AGE_BANDS.pick(rng)
            roll = rng.random()
            area = CITY if roll < 0.8 else rng.choice(_NEIGHBOURS) if roll < 0.9 else None
            linked = None
        point, event = None, None
        if channel is EncounterChannel.OUTREACH:
            event = rng.choice(OUTREACH_EVENTS)
        elif channel is EncounterChannel.COUNTER:
            point = rng.choice(self._counters)
        else:
            point = self._phone
        tags = self._tags(rng, band, progress)
        outcome = _OUTCOMES.pick(rng)
        if any(tag.status is NeedStatus.UNMET for tag in tags) and rng.random() < 0.4:
            outcome = EncounterOutcome.NO_SUITABLE_SERVICE
        signals: list[Signal] = []
        if (signals_asked(outcome, tags) and rng.random() < 0.7) or rng.random() < 0.05:
            kind = _SIGNAL_KINDS.pick(rng)
            signals.append(Signal(kind, rng.choice(_SIGNAL_TEXTS[kind]), rng.choice((1, 2, 2, 3))))
        return Encounter(
            id=uuid.UUID(int=rng.getrandbits(128), version=4), client_id=linked, channel=channel,
            service_point_id=point, event_name=event, adviser_id=rng.choice(self._advisers),
            started_at=start.astimezone(UTC), ended_at=end.astimezone(UTC), outcome=outcome,
            summary=rng.choice(_SUMMARIES) if linked else "", services_offered=(),
            taxonomy_version=self.taxonomy.version, age_band=band, municipality_code=area, need_tags=tags,
            signals=tuple(signals), recorded_at=recorded,
        )

    def _tags(self, rng: random.Random, band: AgeBand, progress: float) -> tuple[NeedTag, ...]:
        wanted = _TAG_COUNTS.pick(rng)
        key = (band, round(progress, 1))
        cumulative = self._cumulative.get(key)
        if cumulative is None:
            weights = [self._weight(code, weight, band, key[1]) for code, weight in self._needs]
            cumulative = self._cumulative[key] = list(accumulate(weights))
        codes: list[str] = []
        while len(codes) < wanted:
            code = rng.choices(self._needs, cum_weights=cumulative)[0][0]
            if code not in codes:
                codes.append(code)
        tags = []
        for code in codes:
            unmet = _OFTEN_UNMET.get(code, 0.15)
            roll = rng.random()
            status = NeedStatus.UNMET if roll < unmet else NeedStatus.PARTLY_MET if roll < unmet + 0.25 \
                else NeedStatus.MET
            tags.append(NeedTag(code, status))
        return tuple(tags)

    @staticmethod
    def _weight(code: str, weight: float, band: AgeBand, progress: float) -> float:
        area = code.split(".", 1)[0]
        young = band in (AgeBand.MINOR, AgeBand.YOUNG_ADULT)
        if area == "youth":
            weight *= 6.0 if young else 0.0 if band in (AgeBand.ADULT, AgeBand.SENIOR) else 1.0
        elif area == "family":
            weight *= 0.2 if band in (AgeBand.CHILD, AgeBand.MINOR, AgeBand.SENIOR) else 1.5
        elif area == "digital":
            weight *= 3.0 if band is AgeBand.SENIOR else 1.0
        elif area == "employment":
            weight *= 0.1 if band in (AgeBand.CHILD, AgeBand.SENIOR) else 1.5
        if code in ("income.pension", "health.older_people"):
            weight *= 6.0 if band is AgeBand.SENIOR else 0.1
        if code in ("housing.rental_search", "income.social_assistance", "income.benefit_application_help"):
            weight *= 3.0
        return weight * (1.0 + _RISING.get(code, 0.0) * progress)
