"""Encounters [asiointi, yhteydenotto], the needs tagged on them [tarve] and the signals advisers note
[signaali]: the raw material of the situational picture (needs.md, data-model.md).

An `EncounterDraft` is what the encounter panel edits while the encounter is open; it is saved as a draft
(JSON, updatable) so a crash loses nothing, and `record_encounter` turns it into an append-only `Encounter`.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from enum import StrEnum
from typing import Any
from zoneinfo import ZoneInfo

# Weeks, days and the time an adviser sees are the city's: an encounter at 00:30 on Monday in Helsinki
# belongs to Monday's ISO week, whatever the UTC date.
CITY_ZONE = ZoneInfo("Europe/Helsinki")

SUMMARY_MAX_LENGTH = 500
SIGNAL_TEXT_MAX_LENGTH = 200
EVENT_NAME_MAX_LENGTH = 120
NEED_CODE_MAX_LENGTH = 60
MAX_NEED_TAGS = 30
MAX_SIGNALS = 10
MAX_SERVICES_OFFERED = 30


class EncounterChannel(StrEnum):
    COUNTER = "counter"
    PHONE = "phone"
    OUTREACH = "outreach"
    CHAT = "chat"
    EMAIL = "email"


class EncounterOutcome(StrEnum):
    RESOLVED_ON_FIRST_CONTACT = "resolved_on_first_contact"
    GUIDED_TO_SERVICE = "guided_to_service"
    REFERRED_WITH_WARM_HANDOVER = "referred_with_warm_handover"
    APPOINTMENT_BOOKED = "appointment_booked"
    NO_SUITABLE_SERVICE = "no_suitable_service"
    OTHER = "other"


class NeedStatus(StrEnum):
    MET = "met"
    PARTLY_MET = "partly_met"
    UNMET = "unmet"


class SignalKind(StrEnum):
    SERVICE_HARD_TO_FIND = "service_hard_to_find"
    SERVICE_MISSING = "service_missing"
    WAITING_TOO_LONG = "waiting_too_long"
    REPEAT_CONTACT = "repeat_contact"
    DIGITAL_EXCLUSION_RISK = "digital_exclusion_risk"
    LANGUAGE_BARRIER = "language_barrier"
    OTHER = "other"


class AgeBand(StrEnum):
    """Age at the encounter, in the bands the city reports by: children, minors who may consent for themselves
    to some things, young adults (youth guidance reaches 29), working age, retirement age."""

    CHILD = "0-14"
    MINOR = "15-17"
    YOUNG_ADULT = "18-29"
    ADULT = "30-64"
    SENIOR = "65+"
    UNKNOWN = "unknown"


def age_band(birth_date: date | None, on_day: date) -> AgeBand:
    if birth_date is None or birth_date > on_day:
        return AgeBand.UNKNOWN
    had_birthday = (on_day.month, on_day.day) >= (birth_date.month, birth_date.day)
    age = on_day.year - birth_date.year - (0 if had_birthday else 1)
    if age <= 14:
        return AgeBand.CHILD
    if age <= 17:
        return AgeBand.MINOR
    if age <= 29:
        return AgeBand.YOUNG_ADULT
    if age <= 64:
        return AgeBand.ADULT
    return AgeBand.SENIOR


def iso_week(moment: datetime) -> str:
    """The city's ISO week of a moment, as "2026-W48" (sorts chronologically as text)."""
    year, week, _ = moment.astimezone(CITY_ZONE).isocalendar()
    return f"{year}-W{week:02d}"


@dataclass(frozen=True)
class NeedTag:
    code: str
    status: NeedStatus


@dataclass(frozen=True)
class Signal:
    kind: SignalKind
    text: str = ""
    severity: int = 2  # 1 minor, 2 notable, 3 serious


@dataclass
class EncounterDraft:
    """An open encounter as the panel edits it. Every field may still be empty; `record_encounter` checks them.

    `id` becomes the encounter's id when it is saved (so a retried save after a crash cannot save it twice).
    `client_id` is the person the encounter is about, if any; whether the saved encounter keeps the link is
    decided by the client's `record_contact` consent at save time. `age_band` and `municipality_code` are for
    encounters without a client in the register (outreach): with a client they come from the register."""

    channel: EncounterChannel
    started_at: datetime
    id: uuid.UUID = field(default_factory=uuid.uuid4)
    client_id: uuid.UUID | None = None
    service_point_id: uuid.UUID | None = None
    event_name: str | None = None
    ended_at: datetime | None = None
    outcome: EncounterOutcome | None = None
    summary: str = ""
    need_tags: list[NeedTag] = field(default_factory=list)
    signals: list[Signal] = field(default_factory=list)
    services_offered: list[str] = field(default_factory=list)  # PTV service ids
    anonymous: bool = False  # the adviser chose to save without the person
    age_band: AgeBand | None = None
    municipality_code: str | None = None
    corrects: uuid.UUID | None = None  # the encounter this one corrects (append-only: a correction is new)

    def to_json(self) -> dict[str, Any]:
        """Plain JSON values, for the drafts table."""
        return {
            "id": str(self.id), "channel": self.channel.value, "started_at": self.started_at.isoformat(),
            "client_id": _str(self.client_id), "service_point_id": _str(self.service_point_id),
            "event_name": self.event_name, "ended_at": self.ended_at.isoformat() if self.ended_at else None,
            "outcome": self.outcome.value if self.outcome else None, "summary": self.summary,
            "need_tags": [{"code": tag.code, "status": tag.status.value} for tag in self.need_tags],
            "signals": [{"kind": s.kind.value, "text": s.text, "severity": s.severity} for s in self.signals],
            "services_offered": list(self.services_offered), "anonymous": self.anonymous,
            "age_band": self.age_band.value if self.age_band else None,
            "municipality_code": self.municipality_code, "corrects": _str(self.corrects),
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> EncounterDraft:
        return cls(
            id=uuid.UUID(data["id"]), channel=EncounterChannel(data["channel"]),
            started_at=datetime.fromisoformat(data["started_at"]), client_id=_uuid(data.get("client_id")),
            service_point_id=_uuid(data.get("service_point_id")), event_name=data.get("event_name"),
            ended_at=datetime.fromisoformat(data["ended_at"]) if data.get("ended_at") else None,
            outcome=EncounterOutcome(data["outcome"]) if data.get("outcome") else None,
            summary=data.get("summary") or "",
            need_tags=[NeedTag(tag["code"], NeedStatus(tag["status"])) for tag in data.get("need_tags") or []],
            signals=[Signal(SignalKind(s["kind"]), s.get("text") or "", int(s.get("severity", 2)))
                     for s in data.get("signals") or []],
            services_offered=list(data.get("services_offered") or []), anonymous=bool(data.get("anonymous")),
            age_band=AgeBand(data["age_band"]) if data.get("age_band") else None,
            municipality_code=data.get("municipality_code"), corrects=_uuid(data.get("corrects")),
        )

    def copy(self) -> EncounterDraft:
        return replace(self, need_tags=list(self.need_tags), signals=list(self.signals),
                       services_offered=list(self.services_offered))


@dataclass(frozen=True)
class Encounter:
    """A saved encounter: an append-only fact. `client_id` is None for an anonymous encounter."""

    id: uuid.UUID
    client_id: uuid.UUID | None
    channel: EncounterChannel
    service_point_id: uuid.UUID | None
    event_name: str | None
    adviser_id: uuid.UUID | None
    started_at: datetime
    ended_at: datetime
    outcome: EncounterOutcome
    summary: str
    services_offered: tuple[str, ...]
    taxonomy_version: str
    age_band: AgeBand
    municipality_code: str | None
    need_tags: tuple[NeedTag, ...]
    signals: tuple[Signal, ...]
    recorded_at: datetime
    corrects: uuid.UUID | None = None

    @property
    def anonymous(self) -> bool:
        return self.client_id is None

    @property
    def week(self) -> str:
        return iso_week(self.started_at)

    @property
    def place(self) -> str:
        """The aggregation key of where it happened: a service point's id, or "event:<name>", or ""."""
        return place_key(self.service_point_id, self.event_name)


def place_key(service_point_id: uuid.UUID | None, event_name: str | None) -> str:
    if service_point_id is not None:
        return service_point_id.hex
    if event_name:
        return f"event:{event_name}"
    return ""


def signals_asked(outcome: EncounterOutcome | None, need_tags: list[NeedTag] | tuple[NeedTag, ...]) -> bool:
    """needs.md: advisers are asked for a signal when they choose "no suitable service" or mark a need unmet."""
    return outcome is EncounterOutcome.NO_SUITABLE_SERVICE or any(t.status is NeedStatus.UNMET for t in need_tags)


def _str(value: uuid.UUID | None) -> str | None:
    return None if value is None else str(value)


def _uuid(value: str | None) -> uuid.UUID | None:
    return None if not value else uuid.UUID(value)
