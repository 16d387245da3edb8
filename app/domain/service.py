"""Services [palvelut] and their channels [asiointikanavat] as the national catalogue (PTV) describes them.

Read-only locally: their only source is a PTV import. Texts come per language (fi, sv, en); a service often
lacks one of them, so every text is read through `localized`, which falls back in a fixed order and says that
it did, so the window can mark the text as being in another language than asked.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from app.domain.opening_hours import OpeningHours

SERVICE_LANGUAGES: tuple[str, ...] = ("fi", "sv", "en")
# When the asked language is missing: Finnish first (every PTV service has it), then Swedish, then English.
FALLBACK_ORDER: tuple[str, ...] = ("fi", "sv", "en")

Texts = dict[str, str]  # language code → text


@dataclass(frozen=True)
class LocalizedText:
    text: str
    language: str  # the language the text is actually in
    requested: str

    @property
    def is_fallback(self) -> bool:
        return self.language != self.requested


def localized(texts: Texts | None, language: str) -> LocalizedText | None:
    """The text in `language`, else in the first language of FALLBACK_ORDER (then any) that has one."""
    if not texts:
        return None
    for candidate in (language, *FALLBACK_ORDER, *sorted(texts)):
        value = texts.get(candidate)
        if value:
            return LocalizedText(value, candidate, language)
    return None


class ChannelKind(StrEnum):
    """What the adviser tells the client: go there, call, or do it online (form: print, fill in, send)."""

    VISIT = "visit"
    PHONE = "phone"
    ONLINE = "online"
    FORM = "form"


# PTV serviceChannelType → kind. E-services and web pages are both "online" to a client.
CHANNEL_KINDS: dict[str, ChannelKind] = {
    "ServiceLocation": ChannelKind.VISIT,
    "Phone": ChannelKind.PHONE,
    "EChannel": ChannelKind.ONLINE,
    "WebPage": ChannelKind.ONLINE,
    "PrintableForm": ChannelKind.FORM,
}


class ServiceStatus(StrEnum):
    PUBLISHED = "published"
    # Gone from the source: PTV said so (publishingStatus Withdrawn/Deleted/Archived), or a full import of the
    # service's organisation no longer contained it. Kept so encounters that offered it still show its name.
    WITHDRAWN = "withdrawn"


@dataclass(frozen=True)
class Code:
    """A code-list value attached to a service: service class P4.1, life event KE3, target group KR1 …"""

    code: str
    labels: Texts = field(default_factory=dict)


@dataclass(frozen=True)
class PhoneNumber:
    number: str  # as PTV gives it, with prefix: "+358 9 310 12345"
    charge: str | None  # FreeOfCharge / Chargeable / Other (PTV's serviceChargeType); None: not told
    charge_description: str | None = None
    info: str | None = None
    language: str | None = None
    is_service_number: bool = False  # a Finnish service number (0100 …, 0800 …): its own call price

    @property
    def free_of_charge(self) -> bool:
        return self.charge == "FreeOfCharge"


@dataclass(frozen=True)
class Address:
    street: Texts
    street_number: str | None
    postal_code: str | None
    post_office: Texts
    municipality_code: str | None
    kind: str = "Location"  # Location (visiting) or Postal
    notes: Texts = field(default_factory=dict)

    def one_line(self, language: str) -> str:
        street = localized(self.street, language)
        office = localized(self.post_office, language)
        first = " ".join(part for part in (street.text if street else None, self.street_number) if part)
        second = " ".join(part for part in (self.postal_code, office.text.title() if office else None) if part)
        return ", ".join(part for part in (first, second) if part)


@dataclass(frozen=True)
class WebLink:
    url: str
    title: str | None = None
    language: str | None = None


@dataclass(frozen=True)
class ServiceChannel:
    ptv_id: str
    ptv_type: str  # ServiceLocation, Phone, EChannel, WebPage, PrintableForm
    names: Texts
    summaries: Texts = field(default_factory=dict)
    descriptions: Texts = field(default_factory=dict)
    languages: tuple[str, ...] = ()
    phones: tuple[PhoneNumber, ...] = ()
    emails: tuple[str, ...] = ()
    links: tuple[WebLink, ...] = ()
    addresses: tuple[Address, ...] = ()
    accessibility: Texts = field(default_factory=dict)
    hours: OpeningHours = field(default_factory=OpeningHours)
    organization_id: str | None = None
    service_ids: tuple[str, ...] = ()  # the services this channel serves, as the channel lists them
    modified: str | None = None
    status: ServiceStatus = ServiceStatus.PUBLISHED

    @property
    def kind(self) -> ChannelKind:
        return CHANNEL_KINDS.get(self.ptv_type, ChannelKind.ONLINE)


@dataclass(frozen=True)
class Service:
    ptv_id: str
    names: Texts
    alternative_names: Texts = field(default_factory=dict)
    summaries: Texts = field(default_factory=dict)
    descriptions: Texts = field(default_factory=dict)
    user_instructions: Texts = field(default_factory=dict)
    requirements: Texts = field(default_factory=dict)
    charge_type: str | None = None
    charge_info: Texts = field(default_factory=dict)
    languages: tuple[str, ...] = ()  # the languages the service is given in
    nationwide: bool = False
    municipalities: tuple[str, ...] = ()  # area: municipality codes (regions are expanded at import)
    service_classes: tuple[Code, ...] = ()
    life_events: tuple[Code, ...] = ()
    target_groups: tuple[Code, ...] = ()
    ontology_terms: tuple[Code, ...] = ()  # code = the concept URI
    keywords: dict[str, tuple[str, ...]] = field(default_factory=dict)
    channel_ids: tuple[str, ...] = ()
    organization_id: str | None = None
    organization_name: str | None = None
    general_description_id: str | None = None
    modified: str | None = None
    status: ServiceStatus = ServiceStatus.PUBLISHED


@dataclass(frozen=True)
class GeneralDescription:
    """A statutory general description [pohjakuvaus]: the nationwide text a municipality's service builds on."""

    ptv_id: str
    names: Texts
    summaries: Texts = field(default_factory=dict)
    descriptions: Texts = field(default_factory=dict)
