"""The Dataverse tables Neuvo uses (../shared/design/crm-mapping.md): names, columns, types and choice values.

One description serves the emulator (which builds its SQLite tables, `$metadata` and `EntityDefinitions` from it)
and the sync engine's mapping (which needs the choice values and the lookup names). Custom tables carry a
publisher prefix that a city may configure; `crm_tables()` builds the set for a prefix (default `nv_`).

Choice values start at 100,000,000 as Dataverse numbers options of a publisher whose option-value prefix is
10,000; the code in each option is Neuvo's stable code (consent.md, data-model.md), the label its English text.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from enum import StrEnum
from functools import cache

DEFAULT_PREFIX = "nv_"
CHOICE_BASE = 100_000_000


class ColumnType(StrEnum):
    GUID = "Edm.Guid"
    STRING = "Edm.String"
    INTEGER = "Edm.Int32"
    BIGINT = "Edm.Int64"
    BOOLEAN = "Edm.Boolean"
    DATETIME = "Edm.DateTimeOffset"
    DATE = "Edm.Date"
    CHOICE = "Choice"  # Edm.Int32 on the wire, with an option set in the metadata
    LOOKUP = "Lookup"  # read as `_<name>_value` (Edm.Guid), written as `<name>@odata.bind`


@dataclass(frozen=True)
class ChoiceOption:
    value: int
    code: str
    label: str


@dataclass(frozen=True)
class Column:
    name: str
    type: ColumnType
    max_length: int | None = None
    target: str | None = None  # the logical name of the table a lookup points at
    options: tuple[ChoiceOption, ...] = ()
    read_only: bool = False  # set by the server (createdon, versionnumber, fullname)

    @property
    def attribute(self) -> str:
        """The name a row carries this column under in JSON (`_x_value` for a lookup)."""
        return f"_{self.name}_value" if self.type is ColumnType.LOOKUP else self.name

    @property
    def edm_type(self) -> str:
        if self.type is ColumnType.CHOICE:
            return "Edm.Int32"
        if self.type is ColumnType.LOOKUP:
            return "Edm.Guid"
        return self.type.value

    def option(self, code: str) -> ChoiceOption:
        for option in self.options:
            if option.code == code:
                return option
        raise KeyError(f"{self.name} has no option {code!r}")

    def option_code(self, value: int) -> str | None:
        for option in self.options:
            if option.value == value:
                return option.code
        return None


@dataclass(frozen=True)
class CrmTable:
    logical_name: str
    entity_set: str
    primary_id: str
    primary_name: str
    columns: tuple[Column, ...]
    object_type_code: int
    is_custom: bool = True
    by_name: dict[str, Column] = field(init=False, compare=False, repr=False)
    by_attribute: dict[str, Column] = field(init=False, compare=False, repr=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "by_name", {c.name: c for c in self.columns})
        object.__setattr__(self, "by_attribute", {c.attribute: c for c in self.columns})

    @property
    def metadata_id(self) -> str:
        return str(uuid.uuid5(uuid.NAMESPACE_URL, f"neuvo-crm-table:{self.logical_name}"))

    @property
    def lookups(self) -> tuple[Column, ...]:
        return tuple(c for c in self.columns if c.type is ColumnType.LOOKUP)


def _options(*codes: str) -> tuple[ChoiceOption, ...]:
    return tuple(ChoiceOption(CHOICE_BASE + n, code, code.replace("_", " ").capitalize())
                 for n, code in enumerate(codes))


def _system_columns(primary_id: str, primary_name: str, name_length: int = 200) -> tuple[Column, ...]:
    return (
        Column(primary_id, ColumnType.GUID),
        Column(primary_name, ColumnType.STRING, name_length),
        Column("createdon", ColumnType.DATETIME, read_only=True),
        Column("modifiedon", ColumnType.DATETIME, read_only=True),
        Column("versionnumber", ColumnType.BIGINT, read_only=True),
        Column("statecode", ColumnType.INTEGER),
    )


CONSENT_PURPOSES = ("record_contact", "share_city_services", "share_wellbeing_county", "followup_contact",
                    "newsletter", "youth_services")
CONSENT_DECISIONS = ("granted", "refused", "withdrawn")
CONSENT_CHANNELS = ("counter", "phone", "outreach", "digital")
CONSENT_EVIDENCE = ("verbal", "signed", "strong_identification")
ENCOUNTER_CHANNELS = ("counter", "phone", "outreach", "chat", "email")
ENCOUNTER_OUTCOMES = ("resolved_on_first_contact", "guided_to_service", "referred_with_warm_handover",
                      "appointment_booked", "no_suitable_service", "other")
NEED_STATUSES = ("met", "partly_met", "unmet")
SIGNAL_KINDS = ("service_hard_to_find", "service_missing", "waiting_too_long", "repeat_contact",
                "digital_exclusion_risk", "language_barrier", "other")


@cache
def crm_tables(prefix: str = DEFAULT_PREFIX) -> dict[str, CrmTable]:
    """The tables by logical name, for a publisher prefix such as `nv_`."""
    p = prefix

    def custom(name: str, code: int, columns: tuple[Column, ...]) -> CrmTable:
        logical = f"{p}{name}"
        return CrmTable(logical, f"{logical}s", f"{logical}id", f"{p}name",
                        _system_columns(f"{logical}id", f"{p}name") + columns, code)

    string = ColumnType.STRING
    contact = CrmTable("contact", "contacts", "contactid", "fullname", (
        Column("contactid", ColumnType.GUID),
        Column("fullname", string, 160, read_only=True),
        Column("firstname", string, 64),
        Column("lastname", string, 64),
        Column("nickname", string, 100),
        Column("birthdate", ColumnType.DATE),
        Column("mobilephone", string, 50),
        Column("telephone1", string, 50),
        Column("emailaddress1", string, 100),
        Column("address1_line1", string, 250),
        Column("address1_postalcode", string, 20),
        Column("address1_city", string, 80),
        Column(f"{p}identitycodehash", string, 64),
        Column(f"{p}preferredlanguage", string, 16),
        Column(f"{p}interpreterneeded", ColumnType.BOOLEAN),
        Column(f"{p}safetymarking", ColumnType.BOOLEAN),
        Column("createdon", ColumnType.DATETIME, read_only=True),
        Column("modifiedon", ColumnType.DATETIME, read_only=True),
        Column("versionnumber", ColumnType.BIGINT, read_only=True),
        Column("statecode", ColumnType.INTEGER),
    ), object_type_code=2, is_custom=False)
    lookup_contact = Column(f"{p}contact", ColumnType.LOOKUP, target="contact")
    lookup_encounter = Column(f"{p}encounter", ColumnType.LOOKUP, target=f"{p}encounter")
    tables = [
        contact,
        custom("consent", 10_500, (
            lookup_contact,
            Column(f"{p}purpose", ColumnType.CHOICE, options=_options(*CONSENT_PURPOSES)),
            Column(f"{p}decision", ColumnType.CHOICE, options=_options(*CONSENT_DECISIONS)),
            Column(f"{p}validfrom", ColumnType.DATETIME),
            Column(f"{p}validuntil", ColumnType.DATETIME),
            Column(f"{p}channel", ColumnType.CHOICE, options=_options(*CONSENT_CHANNELS)),
            Column(f"{p}evidence", ColumnType.CHOICE, options=_options(*CONSENT_EVIDENCE)),
            Column(f"{p}textversion", string, 32),
            Column(f"{p}recordedby", string, 100),
            Column(f"{p}recordedon", ColumnType.DATETIME),
            # docs/decisions/0007: the causal order of a client's events per purpose; 0011: what else a
            # workstation needs to show the event as recorded.
            Column(f"{p}sequence", ColumnType.INTEGER),
            Column(f"{p}language", string, 8),
            Column(f"{p}guardian", string, 200),
        )),
        custom("encounter", 10_501, (
            lookup_contact,
            Column(f"{p}channel", ColumnType.CHOICE, options=_options(*ENCOUNTER_CHANNELS)),
            Column(f"{p}outcome", ColumnType.CHOICE, options=_options(*ENCOUNTER_OUTCOMES)),
            Column(f"{p}startedon", ColumnType.DATETIME),
            Column(f"{p}endedon", ColumnType.DATETIME),
            Column(f"{p}servicepoint", string, 100),
            Column(f"{p}summary", string, 2000),
            # docs/decisions/0011: what another workstation needs to show the encounter on the client's card and
            # count it in the situational picture as the recording workstation does.
            Column(f"{p}servicepointid", ColumnType.GUID),
            Column(f"{p}eventname", string, 120),
            Column(f"{p}ageband", string, 8),
            Column(f"{p}municipality", string, 3),
            Column(f"{p}servicesoffered", string, 2000),
            Column(f"{p}taxonomyversion", string, 40),
            Column(f"{p}recordedby", string, 100),
            Column(f"{p}recordedon", ColumnType.DATETIME),
            Column(f"{p}corrects", ColumnType.GUID),
        )),
        custom("needtag", 10_502, (
            lookup_encounter,
            Column(f"{p}needcode", string, 64),
            Column(f"{p}status", ColumnType.CHOICE, options=_options(*NEED_STATUSES)),
            Column(f"{p}position", ColumnType.INTEGER),
        )),
        custom("signal", 10_503, (
            lookup_encounter,
            Column(f"{p}kind", ColumnType.CHOICE, options=_options(*SIGNAL_KINDS)),
            Column(f"{p}text", string, 500),
            Column(f"{p}severity", ColumnType.INTEGER),
            Column(f"{p}position", ColumnType.INTEGER),
        )),
        custom("service", 10_504, (
            Column(f"{p}ptvid", string, 64),
            Column(f"{p}name_fi", string, 400),
            Column(f"{p}name_sv", string, 400),
            Column(f"{p}name_en", string, 400),
        )),
    ]
    return {table.logical_name: table for table in tables}


def table_by_entity_set(entity_set: str, prefix: str = DEFAULT_PREFIX) -> CrmTable | None:
    for table in crm_tables(prefix).values():
        if table.entity_set == entity_set:
            return table
    return None
