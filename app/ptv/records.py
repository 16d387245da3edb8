"""PTV Open API records (v8 to v11) read into Neuvo's service read models.

The versions differ little for what Neuvo shows: v8 lists a channel's phones as `phoneNumbers` and e-mails as
`emails`, v9+ adds `supportPhones`/`supportEmails` on online channels, v11 adds `isAlwaysOpen` to service hours,
entrances with accessibility sentences to addresses, and holiday hours. Older responses name code-list values
by old urn.fi URIs with the code beside them (`P2.1`), newer ones by uri.suomi.fi URIs; the code is read from
`code` when present, else from the URI's last part.

A record that cannot be read raises `BrokenRecord` with a reason an administrator understands; the import skips
it and writes the reason into its report.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from datetime import date, datetime, time
from typing import Any

from app.domain.opening_hours import ExceptionalHours, HolidayHours, OpeningHours, TimeRange, WeeklyHours
from app.domain.service import (
    CHANNEL_KINDS,
    Address,
    Code,
    GeneralDescription,
    PhoneNumber,
    Service,
    ServiceChannel,
    ServiceStatus,
    Texts,
    WebLink,
)

_UUID = re.compile(r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")
_WEEKDAYS = {name: number for number, name in enumerate(
    ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"))}
_GONE = {"withdrawn", "deleted", "archived", "removed"}
# Draft.js rich text as PTV stores some descriptions: {"blocks": [{"text": …}, …], "entityMap": {}}.
_DRAFT_JS = re.compile(r'^\s*\{\s*"(blocks|entityMap)"')


class BrokenRecord(ValueError):
    """One record that cannot be read; the import skips it and goes on."""


def is_service_record(record: object) -> bool:
    return isinstance(record, Mapping) and "serviceNames" in record


def is_channel_record(record: object) -> bool:
    return isinstance(record, Mapping) and ("serviceChannelNames" in record or "serviceChannelType" in record)


def read_service(record: Mapping[str, Any], *, problems: list[str] | None = None) -> Service:
    ptv_id = _ptv_id(record)
    names = _texts(record.get("serviceNames"), kind="Name")
    if not names:
        raise BrokenRecord(f"service {ptv_id} has no name in any language")
    descriptions = record.get("serviceDescriptions")
    municipalities, nationwide = _area(record)
    organization_id, organization_name = _responsible_organization(record.get("organizations"))
    return Service(
        ptv_id=ptv_id,
        names=names,
        alternative_names=_texts(record.get("serviceNames"), kind="AlternativeName"),
        summaries=_texts(descriptions, kind="Summary") or _texts(descriptions, kind="ShortDescription"),
        descriptions=_texts(descriptions, kind="Description"),
        user_instructions=(_texts(descriptions, kind="UserInstruction")
                           or _texts(descriptions, kind="ServiceUserInstruction")),
        requirements=_texts(record.get("requirements")),
        charge_type=_str(record.get("serviceChargeType")),
        charge_info=_texts(descriptions, kind="ChargeTypeAdditionalInfo"),
        languages=tuple(dict.fromkeys(str(code).lower() for code in _list(record.get("languages")) if code)),
        nationwide=nationwide,
        municipalities=municipalities,
        service_classes=_codes(record.get("serviceClasses"), problems),
        life_events=_codes(record.get("lifeEvents"), problems),
        target_groups=_codes(record.get("targetGroups"), problems),
        ontology_terms=_codes(record.get("ontologyTerms"), problems, by_uri=True),
        keywords=_keywords(record.get("keywords")),
        channel_ids=tuple(dict.fromkeys(
            channel_id for link in _list(record.get("serviceChannels"))
            if isinstance(link, Mapping) and (channel_id := _linked_id(link.get("serviceChannel"))))),
        organization_id=organization_id,
        organization_name=organization_name,
        general_description_id=_str(record.get("generalDescriptionId")),
        modified=_str(record.get("modified")),
        status=_status(record),
    )


def read_channel(record: Mapping[str, Any], *, problems: list[str] | None = None) -> ServiceChannel:
    ptv_id = _ptv_id(record)
    ptv_type = _str(record.get("serviceChannelType")) or ""
    if ptv_type not in CHANNEL_KINDS:
        raise BrokenRecord(f"channel {ptv_id} has an unknown channel type {ptv_type[:40]!r}")
    names = _texts(record.get("serviceChannelNames"), kind="Name")
    if not names:
        raise BrokenRecord(f"channel {ptv_id} has no name in any language")
    descriptions = record.get("serviceChannelDescriptions")
    phones = [*_list(record.get("phoneNumbers")), *_list(record.get("supportPhones"))]
    emails = [*_list(record.get("emails")), *_list(record.get("supportEmails"))]
    links = [*_list(record.get("webPages")), *_list(record.get("channelUrls"))]
    if isinstance(record.get("accessibilityStatementWebPage"), list):
        links.extend(record["accessibilityStatementWebPage"])
    return ServiceChannel(
        ptv_id=ptv_id,
        ptv_type=ptv_type,
        names=names,
        summaries=_texts(descriptions, kind="Summary") or _texts(descriptions, kind="ShortDescription"),
        descriptions=_texts(descriptions, kind="Description"),
        languages=tuple(dict.fromkeys(str(code).lower() for code in _list(record.get("languages")) if code)),
        phones=tuple(phone for item in phones if (phone := _phone(item)) is not None),
        emails=tuple(dict.fromkeys(value for item in emails if isinstance(item, Mapping)
                                   and (value := _str(item.get("value"))))),
        links=tuple(link for item in links if (link := _link(item)) is not None),
        addresses=tuple(address for item in [*_list(record.get("addresses")), *_list(record.get("deliveryAddresses"))]
                        if (address := _address(item)) is not None),
        accessibility=_accessibility(record),
        hours=read_opening_hours(record.get("serviceHours"), record.get("holidayHours"), problems=problems,
                                 owner=f"channel {ptv_id}"),
        organization_id=_str(record.get("organizationId")),
        service_ids=tuple(dict.fromkeys(
            service_id for link in _list(record.get("services"))
            if isinstance(link, Mapping) and (service_id := _linked_id(link.get("service"))))),
        modified=_str(record.get("modified")),
        status=_status(record),
    )


def read_general_description(record: Mapping[str, Any]) -> GeneralDescription:
    """Both the API's shape (`names`, `descriptions`) and the catalogue export's (`Name`, `ShortDescription`)."""
    ptv_id = _ptv_id(record, key="id" if "id" in record else "Id")
    if "names" in record:
        names = _texts(record.get("names"), kind="Name")
        summaries = _texts(record.get("descriptions"), kind="Summary")
        descriptions = _texts(record.get("descriptions"), kind="Description")
    else:
        names = _labels(record.get("Name"))
        summaries = _labels(record.get("ShortDescription"))
        descriptions = _labels(record.get("Description")) or _labels(record.get("BackgroundDescription"))
    if not names:
        raise BrokenRecord(f"general description {ptv_id} has no name")
    return GeneralDescription(ptv_id, names, summaries, descriptions)


def read_opening_hours(entries: object, holiday_entries: object = None, *, problems: list[str] | None = None,
                       owner: str = "") -> OpeningHours:
    """PTV service hours. A malformed entry is left out (and named in `problems`); the rest still count."""
    regular: list[WeeklyHours] = []
    exceptions: list[ExceptionalHours] = []
    holidays: list[HolidayHours] = []
    notes: dict[str, str] = {}
    always_open = False
    for entry in _list(entries):
        if not isinstance(entry, Mapping):
            continue
        try:
            kind = (_str(entry.get("serviceHourType")) or "").lower()
            info = _texts(entry.get("additionalInformation"))
            if entry.get("isAlwaysOpen"):
                always_open = True
                continue
            ranges_by_day = _opening_ranges(entry.get("openingHour"))
            valid_from, valid_to = _date(entry.get("validFrom")), _date(entry.get("validTo"))
            if kind in ("daysoftheweek", "standard", "special"):
                if ranges_by_day or valid_from or valid_to:
                    regular.append(WeeklyHours(ranges_by_day, valid_from, valid_to or None, info))
                elif info:
                    _merge_notes(notes, info)
            elif kind in ("exceptional", "exception"):
                if valid_from is None:
                    # PTV has exceptional hours with only a note ("2.5.–31.8."): show the note, do not guess.
                    _merge_notes(notes, info)
                    continue
                closed = bool(entry.get("isClosed"))
                any_day = tuple(r for ranges in ranges_by_day.values() for r in ranges)
                exceptions.append(ExceptionalHours(valid_from, valid_to or valid_from, closed,
                                                   () if closed else any_day, info))
            else:
                raise ValueError(f"unknown service hour type {kind[:30]!r}")
        except (ValueError, TypeError) as bad:
            if problems is not None:
                problems.append(f"{owner}: opening hours entry left out ({bad})")
    for entry in _list(holiday_entries):
        if isinstance(entry, Mapping) and (code := _str(entry.get("code") or entry.get("holiday"))):
            closed = bool(entry.get("isClosed"))
            try:
                ranges = () if closed else (TimeRange(_time(entry.get("from")), _time(entry.get("to"))),)
            except (ValueError, TypeError):
                continue
            holidays.append(HolidayHours(code, closed, ranges))
    return OpeningHours(tuple(regular), tuple(exceptions), tuple(holidays), always_open, notes)


def _opening_ranges(items: object) -> dict[int, tuple[TimeRange, ...]]:
    by_day: dict[int, list[TimeRange]] = {}
    for item in _list(items):
        if not isinstance(item, Mapping):
            continue
        time_range = TimeRange(_time(item.get("from")), _time(item.get("to")))
        first = _weekday(item.get("dayFrom"))
        last = _weekday(item.get("dayTo"))
        if first is None:  # exceptional hours carry no weekday: the range holds on every day of the period
            days = range(7)
        elif last is None or last == first:
            days = [first]
        else:  # dayFrom Friday, dayTo Sunday: a range spanning days (PTV's "Special" hours)
            days = [(first + offset) % 7 for offset in range((last - first) % 7 + 1)]
        for day in days:
            by_day.setdefault(day, []).append(time_range)
    return {day: tuple(sorted(ranges, key=lambda r: r.opens)) for day, ranges in by_day.items()}


def _weekday(value: object) -> int | None:
    if not value:
        return None
    number = _WEEKDAYS.get(str(value).strip().lower())
    if number is None:
        raise ValueError(f"unknown weekday {str(value)[:20]!r}")
    return number


def _time(value: object) -> time:
    text = str(value or "").strip()
    if not text:
        raise ValueError("an opening hour without a time")
    parts = text.split(":")
    hour, minute = int(parts[0]), int(parts[1]) if len(parts) > 1 else 0
    if hour == 24 and minute == 0:
        return time(0)
    return time(hour, minute)


def _date(value: object) -> date | None:
    if not value:
        return None
    text = str(value)
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00")).date()
    except ValueError:
        return date.fromisoformat(text[:10])


def _merge_notes(notes: dict[str, str], more: Texts) -> None:
    for language, text in more.items():
        notes[language] = f"{notes[language]}\n{text}" if language in notes else text


def _ptv_id(record: Mapping[str, Any], key: str = "id") -> str:
    if not isinstance(record, Mapping):
        raise BrokenRecord("not a JSON object")
    value = record.get(key)
    if not isinstance(value, str) or not _UUID.match(value):
        raise BrokenRecord(f"no valid PTV id (got {str(value)[:40]!r})")
    return value.lower()


def _status(record: Mapping[str, Any]) -> ServiceStatus:
    status = (_str(record.get("publishingStatus")) or "published").lower()
    return ServiceStatus.WITHDRAWN if status in _GONE else ServiceStatus.PUBLISHED


def _texts(items: object, *, kind: str | None = None) -> Texts:
    """[{language, value, type}] → {language: value}, only entries of `kind` (when given) with a value."""
    texts: Texts = {}
    for item in _list(items):
        if not isinstance(item, Mapping):
            continue
        if kind is not None and item.get("type") not in (kind, None):
            continue
        language, value = item.get("language"), _clean(item.get("value"))
        if isinstance(language, str) and value and language.lower() not in texts:
            texts[language.lower()] = value
    return texts


def _labels(items: object) -> Texts:
    """The catalogue export's [{Lang, Label}] lists."""
    texts: Texts = {}
    for item in _list(items):
        if isinstance(item, Mapping) and isinstance(item.get("Lang"), str) and (value := _clean(item.get("Label"))):
            texts.setdefault(item["Lang"].lower(), value)
    return texts


def _clean(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    text = value.strip()
    if _DRAFT_JS.match(text):
        text = _unwrap_draft_js(text)
    return text or None


def _unwrap_draft_js(text: str) -> str:
    import json

    try:
        blocks = json.loads(text).get("blocks", [])
    except (ValueError, AttributeError):
        return text
    return "\n".join(block.get("text", "") for block in blocks if isinstance(block, Mapping)).strip()


def _str(value: object) -> str | None:
    return value.strip() or None if isinstance(value, str) else None


def _list(value: object) -> list[Any]:
    return value if isinstance(value, list) else []


def _linked_id(value: object) -> str | None:
    if isinstance(value, Mapping) and isinstance(value.get("id"), str) and _UUID.match(value["id"]):
        return value["id"].lower()
    return None


def _codes(items: object, problems: list[str] | None, *, by_uri: bool = False) -> tuple[Code, ...]:
    codes: dict[str, Code] = {}
    for item in _list(items):
        if not isinstance(item, Mapping):
            continue
        uri = _str(item.get("uri"))
        code = uri if by_uri else (_str(item.get("code")) or (uri.rstrip("/").rsplit("/", 1)[-1] if uri else None))
        if not code:
            if problems is not None:
                problems.append("a code-list value without code or URI was left out")
            continue
        labels = _texts(item.get("name"))
        # Keep the URI beside the code: old responses say P2.1 with an urn.fi URI the code list maps.
        codes.setdefault(code, Code(code, labels | ({"uri": uri} if uri and not by_uri else {})))
    return tuple(codes.values())


def _keywords(items: object) -> dict[str, tuple[str, ...]]:
    words: dict[str, list[str]] = {}
    for item in _list(items):
        if isinstance(item, Mapping) and isinstance(item.get("language"), str) and (value := _str(item.get("value"))):
            words.setdefault(item["language"].lower(), []).append(value)
    return {language: tuple(values) for language, values in words.items()}


def _area(record: Mapping[str, Any]) -> tuple[tuple[str, ...], bool]:
    nationwide = (_str(record.get("areaType")) or "").lower() in ("nationwide", "nationwideexceptaland", "wholecountry")
    codes: list[str] = []
    for area in _list(record.get("areas")):
        if not isinstance(area, Mapping):
            continue
        if (_str(area.get("type")) or "").lower() == "municipality" and area.get("code"):
            codes.append(str(area["code"]))
        for municipality in _list(area.get("municipalities")):
            if isinstance(municipality, Mapping) and municipality.get("code"):
                codes.append(str(municipality["code"]))
    return tuple(dict.fromkeys(code.zfill(3) for code in codes if code.isdigit())), nationwide


def _responsible_organization(items: object) -> tuple[str | None, str | None]:
    fallback: tuple[str | None, str | None] = (None, None)
    for item in _list(items):
        if not isinstance(item, Mapping) or not isinstance(item.get("organization"), Mapping):
            continue
        organization = item["organization"]
        pair = (_linked_id(organization), _str(organization.get("name")))
        if item.get("roleType") == "Responsible":
            return pair
        fallback = fallback if fallback[0] else pair
    return fallback


def _phone(item: object) -> PhoneNumber | None:
    if not isinstance(item, Mapping):
        return None
    number = _str(item.get("number"))
    if not number:
        return None
    prefix = _str(item.get("prefixNumber"))
    if prefix and not number.startswith(("+", "0")):
        number = f"{prefix} {number}"
    return PhoneNumber(number=number, charge=_str(item.get("serviceChargeType")),
                       charge_description=_str(item.get("chargeDescription")),
                       info=_str(item.get("additionalInformation")), language=_str(item.get("language")),
                       is_service_number=bool(item.get("isFinnishServiceNumber")))


def _link(item: object) -> WebLink | None:
    if not isinstance(item, Mapping):
        return None
    url = _str(item.get("url"))
    if not url:
        return None
    return WebLink(url, _str(item.get("value")), _str(item.get("language")))


def _address(item: object) -> Address | None:
    if not isinstance(item, Mapping):
        return None
    street = item.get("streetAddress") or item.get("postOfficeBoxAddress")
    if not isinstance(street, Mapping):
        return None
    municipality = street.get("municipality")
    return Address(
        street=_texts(street.get("street")) or _texts(street.get("postOfficeBox")),
        street_number=_str(street.get("streetNumber")),
        postal_code=_str(street.get("postalCode")),
        post_office=_texts(street.get("postOffice")),
        municipality_code=_str(municipality.get("code")) if isinstance(municipality, Mapping) else None,
        kind=_str(item.get("type")) or "Location",
        notes=_texts(street.get("additionalInformation")),
    )


def _accessibility(record: Mapping[str, Any]) -> Texts:
    """What PTV says about accessibility: v11 entrance sentences, v9+ classification levels."""
    lines: dict[str, list[str]] = {}
    for address in _list(record.get("addresses")):
        for entrance in _list(address.get("entrances") if isinstance(address, Mapping) else None):
            if not isinstance(entrance, Mapping):
                continue
            for group in _list(entrance.get("accessibilitySentences")):
                if not isinstance(group, Mapping):
                    continue
                for sentence in _list(group.get("sentences")):
                    if isinstance(sentence, Mapping):
                        for language, text in _texts(sentence.get("sentence")).items():
                            lines.setdefault(language, []).append(text)
    for key in ("accessibilityClassificationLevel", "wcagLevel", "accessibilityClassification"):
        values = record.get(key)
        for value in values if isinstance(values, list) else [values]:
            if isinstance(value, str) and value:
                for language in ("fi", "sv", "en"):
                    lines.setdefault(language, []).append(f"{key}: {value}")
            elif isinstance(value, Mapping):
                for field_name in ("accessibilityClassificationLevel", "wcagLevel"):
                    if isinstance(value.get(field_name), str):
                        for language in ("fi", "sv", "en"):
                            lines.setdefault(language, []).append(f"{field_name}: {value[field_name]}")
    return {language: "\n".join(dict.fromkeys(texts)) for language, texts in lines.items()}


def channel_ids_of(services: Iterable[Service]) -> set[str]:
    return {channel_id for service in services for channel_id in service.channel_ids}
