"""The hand-over: what the client takes home about the services found for them, in the client's language.

Its labels are fixed here for fi, sv and en rather than taken from the window's translation, because the window
speaks the adviser's language and the hand-over the client's. It names services and how to reach them (phone
with call charge, addresses, web links, e-mail, opening hours) and nothing about the client: no personal data
is needed, so none is put on paper or on the clipboard.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from app.domain.finnish_holidays import holiday_dates
from app.domain.opening_hours import HELSINKI, OpeningHours, TimeRange, WeeklyHours
from app.domain.service import ChannelKind, LocalizedText, PhoneNumber, ServiceChannel, localized
from app.errors import ValidationError
from app.text import Text
from app.usecases.search_services import ServiceDetails, service_details
from app.workstation import Workstation

HANDOVER_LANGUAGES = ("fi", "sv", "en")
# Exceptional hours (holidays, closures) this many days ahead are worth telling the client.
EXCEPTIONS_AHEAD_DAYS = 14
MAX_SERVICES = 10

LABELS: dict[str, dict[str, str]] = {
    "fi": {
        "title": "Palvelut sinulle", "phone": "Puhelin", "visiting_address": "Käyntiosoite",
        "postal_address": "Postiosoite", "web": "Verkossa", "email": "Sähköposti", "hours": "Aukioloajat",
        "accessibility": "Esteettömyys", "free": "maksuton", "chargeable": "maksullinen",
        "charge_other": "puhelun hinta vaihtelee", "closed": "suljettu", "always_open": "avoinna ympäri vuorokauden",
        "exceptions": "Poikkeukset", "source": "Tiedot: Suomi.fi-palvelutietovaranto", "printed": "tulostettu",
        "visit": "Asiointipiste", "phone_service": "Puhelinpalvelu", "online": "Verkkoasiointi", "form": "Lomake",
        "no_channels": "Palvelun asiointitapoja ei ole kerrottu.",
    },
    "sv": {
        "title": "Tjänster för dig", "phone": "Telefon", "visiting_address": "Besöksadress",
        "postal_address": "Postadress", "web": "På webben", "email": "E-post", "hours": "Öppettider",
        "accessibility": "Tillgänglighet", "free": "avgiftsfri", "chargeable": "avgiftsbelagd",
        "charge_other": "samtalspriset varierar", "closed": "stängt", "always_open": "öppet dygnet runt",
        "exceptions": "Undantag", "source": "Uppgifter: Suomi.fi-tjänstedatalagret", "printed": "utskrivet",
        "visit": "Servicepunkt", "phone_service": "Telefontjänst", "online": "E-tjänst", "form": "Blankett",
        "no_channels": "Tjänstens kontaktvägar har inte angetts.",
    },
    "en": {
        "title": "Services for you", "phone": "Phone", "visiting_address": "Visiting address",
        "postal_address": "Postal address", "web": "Online", "email": "E-mail", "hours": "Opening hours",
        "accessibility": "Accessibility", "free": "free of charge", "chargeable": "charges apply",
        "charge_other": "call price varies", "closed": "closed", "always_open": "open 24 hours",
        "exceptions": "Exceptions", "source": "Source: Suomi.fi Finnish Service Catalogue", "printed": "printed",
        "visit": "Service point", "phone_service": "Phone service", "online": "Online service", "form": "Form",
        "no_channels": "No ways to reach this service are given.",
    },
}
WEEKDAYS = {"fi": ("ma", "ti", "ke", "to", "pe", "la", "su"),
            "sv": ("må", "ti", "on", "to", "fr", "lö", "sö"),
            "en": ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")}
# Said after a text the service only has in another language, in the client's language.
IN_LANGUAGE = {"fi": {"fi": "suomeksi", "sv": "ruotsiksi", "en": "englanniksi"},
               "sv": {"fi": "på finska", "sv": "på svenska", "en": "på engelska"},
               "en": {"fi": "in Finnish", "sv": "in Swedish", "en": "in English"}}
_KIND_LABEL = {ChannelKind.VISIT: "visit", ChannelKind.PHONE: "phone_service", ChannelKind.ONLINE: "online",
               ChannelKind.FORM: "form"}


@dataclass(frozen=True)
class HandoverLine:
    label: str
    value: str


@dataclass(frozen=True)
class HandoverChannel:
    kind: ChannelKind
    heading: str  # "Service point: Vaasa City Hall"
    lines: tuple[HandoverLine, ...]


@dataclass(frozen=True)
class HandoverService:
    ptv_id: str
    name: str
    summary: str | None
    channels: tuple[HandoverChannel, ...]
    note: str | None = None  # e.g. that no channels are known


@dataclass(frozen=True)
class ServiceHandover:
    language: str
    title: str
    services: tuple[HandoverService, ...]
    footer: str

    @property
    def plain_text(self) -> str:
        """For the clipboard: readable pasted into an e-mail, a text message or a letter."""
        out = [self.title, "=" * len(self.title)]
        for service in self.services:
            out += ["", service.name, "-" * len(service.name)]
            if service.summary:
                out.append(service.summary)
            if service.note:
                out.append(service.note)
            for channel in service.channels:
                out += ["", channel.heading]
                for line in channel.lines:
                    value = line.value.replace("\n", "\n    ")
                    out.append(f"  {line.label}: {value}" if "\n" not in line.value
                               else f"  {line.label}:\n    {value}")
        out += ["", self.footer]
        return "\n".join(out) + "\n"

    @property
    def html(self) -> str:
        """For the one-page PDF and the printer (Qt rich text: every value escaped)."""
        parts = [f'<html><body style="font-family: sans-serif"><h2>{_e(self.title)}</h2>']
        for service in self.services:
            parts.append(f'<h3 style="margin-bottom: 2px">{_e(service.name)}</h3>')
            if service.summary:
                parts.append(f'<p style="margin-top: 0">{_e(service.summary)}</p>')
            if service.note:
                parts.append(f"<p><i>{_e(service.note)}</i></p>")
            for channel in service.channels:
                parts.append(f'<p style="margin-bottom: 0"><b>{_e(channel.heading)}</b></p>'
                             '<table cellspacing="0" cellpadding="1" style="margin-left: 12px">')
                for line in channel.lines:
                    value = "<br>".join(_e(part) for part in line.value.split("\n"))
                    parts.append(f'<tr><td valign="top" style="padding-right: 10px">{_e(line.label)}</td>'
                                 f"<td>{value}</td></tr>")
                parts.append("</table>")
        parts.append(f'<p style="color: #444; font-size: small">{_e(self.footer)}</p></body></html>')
        return "".join(parts)


def service_handover(workstation: Workstation, ptv_ids: Sequence[str], language: str, *,
                     at: datetime | None = None) -> ServiceHandover:
    """The hand-over of the given services (in that order) in `language`, the client's language."""
    if language not in HANDOVER_LANGUAGES:
        raise ValidationError(Text("The hand-over is written in Finnish, Swedish or English, not “%1”.", language[:10]),
                              "Choose fi, sv or en.")
    at = at or datetime.now(UTC)
    details = [found for ptv_id in list(dict.fromkeys(ptv_ids))[:MAX_SERVICES]
               if (found := service_details(workstation, ptv_id, language, at=at)) is not None]
    if not details:
        raise ValidationError("None of the chosen services is in the catalogue any more.",
                              "Search again and choose the services to hand over.")
    return compose_handover(details, language, at)


def compose_handover(details: Sequence[ServiceDetails], language: str, at: datetime) -> ServiceHandover:
    labels = LABELS[language]
    today = at.astimezone(HELSINKI).date()
    services = []
    for found in details:
        channels = tuple(_channel(channel.channel, language, today) for channel in found.channels)
        services.append(HandoverService(
            ptv_id=found.service.ptv_id, name=_text(found.name, language),
            summary=_text(found.summary, language) if found.summary else None, channels=channels,
            note=None if channels else labels["no_channels"]))
    footer = f"{labels['source']} · {labels['printed']} {today.day}.{today.month}.{today.year}"
    return ServiceHandover(language, labels["title"], tuple(services), footer)


def _channel(channel: ServiceChannel, language: str, today: date) -> HandoverChannel:
    labels = LABELS[language]
    name = localized(channel.names, language)
    kind_label = labels[_KIND_LABEL[channel.kind]]
    heading = f"{kind_label}: {_text(name, language)}" if name else kind_label
    lines = [HandoverLine(labels["phone"], _phone(phone, language)) for phone in phones_for(channel, language)]
    for address in channel.addresses:
        text = address.one_line(language)
        if text:
            label = labels["postal_address" if address.kind == "Postal" else "visiting_address"]
            lines.append(HandoverLine(label, text))
    # A channel often links the same page in each language: the client's, else every one there is.
    links = [link for link in channel.links if link.language == language] or list(channel.links)
    lines += [HandoverLine(labels["web"], url) for url in dict.fromkeys(link.url for link in links if link.url)]
    lines += [HandoverLine(labels["email"], email) for email in channel.emails]
    hours = opening_hours_text(channel.hours, language, today)
    if hours:
        lines.append(HandoverLine(labels["hours"], hours))
    accessibility = localized(channel.accessibility, language)
    if accessibility:
        lines.append(HandoverLine(labels["accessibility"], _text(accessibility, language)))
    return HandoverChannel(channel.kind, heading, tuple(lines))


def phones_for(channel: ServiceChannel, language: str) -> list[PhoneNumber]:
    """PTV repeats a number once per language it is answered in: the client's, else every one, each once."""
    phones = [phone for phone in channel.phones if phone.language == language] or list(channel.phones)
    unique: dict[str, PhoneNumber] = {}
    for phone in phones:
        unique.setdefault(phone.number, phone)
    return list(unique.values())


def _phone(phone: PhoneNumber, language: str) -> str:
    labels = LABELS[language]
    if phone.charge == "FreeOfCharge":
        charge = labels["free"]
    elif phone.charge == "Chargeable":
        charge = labels["chargeable"] + (f", {phone.charge_description}" if phone.charge_description else "")
    elif phone.charge:
        charge = phone.charge_description or labels["charge_other"]
    else:
        charge = phone.charge_description
    text = f"{phone.number} ({charge})" if charge else phone.number
    return f"{text} – {phone.info}" if phone.info else text


def opening_hours_text(hours: OpeningHours, language: str, today: date) -> str:
    """Regular hours grouped by days ("ma–pe 8.00–16.00"), then exceptions in the coming two weeks, then notes.
    Empty when nothing usable is known."""
    labels = LABELS[language]
    lines: list[str] = []
    if hours.always_open:
        lines.append(labels["always_open"])
    else:
        weekly = _weekly_in_force(hours.regular, today)
        if weekly is not None:
            lines += _weekly_lines(weekly, language)
        exceptions = _exceptions_ahead(hours, language, today)
        if exceptions:
            lines.append(f"{labels['exceptions']}: {'; '.join(exceptions)}")
    note = localized(hours.notes, language)
    if note:
        lines.append(_text(note, language))
    return "\n".join(lines)


def _weekly_in_force(regular: Sequence[WeeklyHours], today: date) -> WeeklyHours | None:
    current = [weekly for weekly in regular if weekly.covers(today)]
    upcoming = sorted((weekly for weekly in regular if weekly.valid_from and weekly.valid_from > today),
                      key=lambda weekly: weekly.valid_from or today)
    # As the opening-hours rules do: a period (summer hours) overrides the open-ended normal hours.
    return next((w for w in current if w.is_period), current[0] if current else (upcoming[0] if upcoming else None))


def _weekly_lines(weekly: WeeklyHours, language: str) -> list[str]:
    names = WEEKDAYS[language]
    groups: list[tuple[int, int, tuple[TimeRange, ...]]] = []
    for weekday in range(7):
        ranges = weekly.days.get(weekday, ())
        if not ranges:
            continue
        if groups and groups[-1][1] == weekday - 1 and groups[-1][2] == ranges:
            groups[-1] = (groups[-1][0], weekday, ranges)
        else:
            groups.append((weekday, weekday, ranges))
    lines = []
    for first, last, ranges in groups:
        days = names[first] if first == last else f"{names[first]}–{names[last]}"
        lines.append(f"{days} {', '.join(time_range_text(r, language) for r in ranges)}")
    if weekly.valid_to is not None and lines:
        lines[-1] += f" (–{weekly.valid_to.day}.{weekly.valid_to.month}.)"
    return lines


def _exceptions_ahead(hours: OpeningHours, language: str, today: date) -> list[str]:
    labels = LABELS[language]
    horizon = today + timedelta(days=EXCEPTIONS_AHEAD_DAYS)
    entries: dict[date, str] = {}
    for exception in hours.exceptions:
        if exception.last_day < today or exception.first_day > horizon:
            continue
        when = _date(exception.first_day) if exception.first_day == exception.last_day else \
            f"{_date(exception.first_day)}–{_date(exception.last_day)}"
        what = labels["closed"] if exception.closed else ", ".join(time_range_text(r, language)
                                                                      for r in exception.ranges)
        entries[exception.first_day] = f"{when} {what}"
    for holiday in hours.holidays:
        for year in {today.year, horizon.year}:
            for day in holiday_dates(holiday.holiday, year):
                if today <= day <= horizon:
                    what = labels["closed"] if holiday.closed else ", ".join(time_range_text(r, language)
                                                                                for r in holiday.ranges)
                    entries[day] = f"{_date(day)} {what}"
    return [entries[day] for day in sorted(entries)]


def time_range_text(time_range: TimeRange, language: str) -> str:
    """8.00–16.00 in Finnish and Swedish (as written in Finland), 8:00–16:00 in English."""
    separator = ":" if language == "en" else "."
    if time_range.opens == time_range.closes and time_range.opens.hour == 0 and time_range.opens.minute == 0:
        return LABELS[language]["always_open"]
    opens = f"{time_range.opens.hour}{separator}{time_range.opens.minute:02d}"
    closes = f"{time_range.closes.hour}{separator}{time_range.closes.minute:02d}"
    return f"{opens}–{closes}"


def _date(day: date) -> str:
    return f"{day.day}.{day.month}."


def _text(text: LocalizedText, language: str) -> str:
    """A text, followed by "(in Finnish)" in the client's language when the service lacks the client's."""
    if text.language != language:
        return f"{text.text} ({IN_LANGUAGE[language].get(text.language, text.language)})"
    return text.text


def _e(text: str) -> str:
    return html.escape(text, quote=False)
