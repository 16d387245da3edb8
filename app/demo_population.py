"""A made-up Finnish population for demos and benchmarks: clients, advisers and service points.

Reproducible: the same seed gives the same people, down to their UUIDs, so a demo, a test and a benchmark can
refer to the same client, and the local CRM emulator can be seeded with the very population the store holds.
Every random choice comes from a `random.Random` derived from the seed (never the global one), Faker is seeded
too, and ages count from the fixed POPULATION_DATE rather than today. Faker's locale data changes between Faker
releases, so reproducibility holds for the pinned Faker version.

Faker is slow per call, so it only fills name and street pools once per population; each client is then drawn
from those pools with the seeded generator. That keeps a million clients within the benchmark's budget.

Nothing here is a real person: the identity codes are valid by checksum but random, the phone numbers random
within valid Finnish ranges, and the e-mail addresses use reserved example domains only.
"""

from __future__ import annotations

import bisect
import random
import unicodedata
import uuid
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from itertools import accumulate
from typing import Generic, TypeVar

from faker import Faker

from app.consent_purposes import (
    FOLLOWUP_CONTACT,
    NEWSLETTER,
    RECORD_CONTACT,
    SHARE_CITY_SERVICES,
    SHARE_WELLBEING_COUNTY,
    YOUTH_SERVICES,
    ConsentPurpose,
    ConsentPurposes,
    consent_purposes_for_profile,
)
from app.domain.adviser import Adviser, Role, ServicePoint, ServicePointKind
from app.domain.client import Client, Phone, PhoneKind
from app.domain.consent import ConsentChannel, ConsentDecision, ConsentEvent, ConsentEvidence, needs_guardian
from app.municipalities import municipalities

# Ages count from a fixed day so that a seed gives the same people (and identity codes) next year too.
POPULATION_DATE = date(2026, 1, 1)
MAX_AGE = 95
EMAIL_DOMAINS = ("example.fi", "example.com", "example.net")

HELSINKI, ESPOO, VANTAA, KAUNIAINEN = "091", "049", "092", "235"
TAMPERE, TURKU, OULU, VAASA = "837", "853", "564", "905"

_T = TypeVar("_T")


class _Weighted(Generic[_T]):
    """Weighted choice by bisecting cumulative weights: `random.choices` does the same, with more overhead."""

    def __init__(self, weighted: Sequence[tuple[_T, float]]) -> None:
        self._items = [item for item, _ in weighted]
        self._cumulative = list(accumulate(weight for _, weight in weighted))
        self._total = self._cumulative[-1]

    def pick(self, rng: random.Random) -> _T:
        return self._items[bisect.bisect(self._cumulative, rng.random() * self._total)]


# Shares from Statistics Finland (2024, rounded): by mother tongue, and by five-year age band (the last band,
# 90-95, is six years wide).
_LANGUAGES = _Weighted([("fi", 87.0), ("sv", 6.0), ("en", 3.0), ("ru", 1.0), ("et", 0.7), ("ar", 0.6),
                        ("uk", 0.7), ("so", 0.5), ("fa", 0.5)])
_AGE_BANDS = (4.3, 5.2, 5.6, 5.6, 5.7, 6.2, 6.5, 6.6, 6.3, 5.8, 6.2, 6.3, 6.5, 6.2, 6.4, 5.0, 3.1, 1.7, 0.8)
_AGES = _Weighted([(age, _AGE_BANDS[min(age // 5, len(_AGE_BANDS) - 1)] / (6 if age >= 90 else 5))
                   for age in range(MAX_AGE + 1)])
_DAYS_PER_YEAR = 365.2425
# Identity codes are unique: one bit per (day before POPULATION_DATE, individual number).
_IDENTITY_DAYS = int((MAX_AGE + 1) * _DAYS_PER_YEAR) + 2
_IDENTITY_CHECK_CHARS = "0123456789ABCDEFHJKLMNPRSTUVWXY"

# Where people live. The big cities by population; the other municipalities share the rest evenly. Swedish
# speakers live mostly on the coast, and speakers of foreign languages mostly in the big cities.
_BIG_CITIES = {HELSINKI: 12.0, ESPOO: 5.7, VANTAA: 4.5, TAMPERE: 4.6, TURKU: 3.6, OULU: 3.8, VAASA: 1.2}
_ELSEWHERE = 64.6
_SWEDISH_SPEAKERS = {HELSINKI: 12.0, ESPOO: 6.0, "905": 5.0, "638": 5.0, "710": 6.0, "499": 4.5, "598": 4.0,
                     "599": 3.5, "445": 3.0, "257": 2.0, "545": 2.6, TURKU: 3.0, VANTAA: 2.0, "753": 2.4,
                     "434": 2.0, "272": 2.0, "288": 2.0, "893": 2.0, "322": 1.5, "287": 1.4, "478": 3.5,
                     KAUNIAINEN: 1.0, "149": 1.0}
_FOREIGN_LANGUAGE_SPEAKERS = {HELSINKI: 30.0, ESPOO: 15.0, VANTAA: 15.0, TURKU: 7.0, TAMPERE: 6.0, OULU: 2.0,
                              VAASA: 2.0}
# Postal codes of the big cities as (first two digits, range of the next two); a code ends in 0.
_CITY_POSTAL_CODES = {HELSINKI: ("00", 10, 99), ESPOO: ("02", 10, 98), VANTAA: ("01", 20, 76),
                      KAUNIAINEN: ("02", 70, 70), TAMPERE: ("33", 10, 96), TURKU: ("20", 10, 96),
                      OULU: ("90", 10, 98), VAASA: ("65", 10, 38)}
# Landline area codes [suuntanumero] with the subscriber number's length; municipalities not listed get one
# of these at random, once per population.
_AREA_CODE_LENGTHS = {"9": 7, "2": 7, "3": 7, "5": 7, "6": 7, "8": 7, "13": 6, "14": 6, "15": 6, "16": 6, "17": 6,
                      "18": 6, "19": 6}
_AREA_CODES = {HELSINKI: "9", ESPOO: "9", VANTAA: "9", KAUNIAINEN: "9", TURKU: "2", "445": "2", "609": "2",
               "734": "2", TAMPERE: "3", "398": "3", "109": "3", "285": "5", "286": "5", "405": "5",
               VAASA: "6", "743": "6", "272": "6", "499": "6", OULU: "8", "205": "8", "167": "13", "179": "14",
               "491": "15", "698": "16", "297": "17", "478": "18", "638": "19", "710": "19", "257": "19",
               "753": "19", "434": "19", "149": "19"}
_MOBILE_PREFIXES = _Weighted([("40", 30.0), ("41", 8.0), ("44", 20.0), ("45", 12.0), ("46", 12.0), ("50", 18.0)])

# Names for speakers of other languages, as the population register writes them (in Latin letters). Faker's
# locales for these languages give names in their own scripts, so these are kept here.
_OTHER_NAMES: dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = {
    "ru": (("Aleksandr", "Sergei", "Dmitri", "Andrei", "Aleksei", "Ivan", "Mihail", "Nikolai", "Vladimir"),
           ("Olga", "Natalia", "Jelena", "Irina", "Svetlana", "Tatjana", "Anna", "Marina", "Julia"),
           ("Ivanov", "Smirnov", "Kuznetsov", "Popov", "Vasiljev", "Petrov", "Sokolov", "Mihailov", "Volkov")),
    "et": (("Andres", "Jaan", "Toomas", "Rein", "Margus", "Tarmo", "Priit", "Kristjan", "Martin"),
           ("Kadri", "Tiina", "Kersti", "Triin", "Liis", "Merike", "Piret", "Kristiina", "Maarja"),
           ("Tamm", "Saar", "Sepp", "Mägi", "Kask", "Kukk", "Rebane", "Ilves", "Pärn")),
    "ar": (("Mohammed", "Ahmed", "Ali", "Omar", "Hassan", "Hussein", "Youssef", "Khaled", "Mustafa"),
           ("Fatima", "Aisha", "Maryam", "Zainab", "Noor", "Layla", "Huda", "Sara", "Amal"),
           ("Al-Hassan", "Abdullah", "Ibrahim", "Saleh", "Al-Amin", "Mahmoud", "Kareem", "Haddad", "Nasser")),
    "uk": (("Oleksandr", "Andrii", "Serhii", "Mykola", "Volodymyr", "Dmytro", "Yurii", "Taras", "Bohdan"),
           ("Olena", "Oksana", "Iryna", "Nataliia", "Tetiana", "Kateryna", "Yuliia", "Halyna", "Svitlana"),
           ("Shevchenko", "Kovalenko", "Bondarenko", "Tkachenko", "Kravchenko", "Oliinyk", "Melnyk", "Boiko",
            "Moroz")),
    "so": (("Abdi", "Mohamed", "Ahmed", "Abdullahi", "Hassan", "Yusuf", "Ismail", "Abdirahman", "Omar"),
           ("Hodan", "Amina", "Fadumo", "Sahra", "Hawa", "Asha", "Ifrah", "Ayaan", "Deeqa"),
           ("Abdi", "Ali", "Farah", "Hussein", "Warsame", "Jama", "Osman", "Nur", "Aden")),
    "fa": (("Ali", "Reza", "Mohammad", "Hossein", "Mehdi", "Amir", "Hamid", "Saeed", "Dariush"),
           ("Maryam", "Zahra", "Fatemeh", "Shirin", "Leila", "Parisa", "Nasrin", "Azadeh", "Samira"),
           ("Ahmadi", "Hosseini", "Rezaei", "Mohammadi", "Karimi", "Moradi", "Rahimi", "Jafari", "Sadeghi")),
}
# Per purpose, the share of clients with any decision recorded (the rest stay unknown); youth services only
# for ages 15-29. Together about two events per client.
_CONSENT_SHARES = ((RECORD_CONTACT, 0.75), (SHARE_CITY_SERVICES, 0.40), (SHARE_WELLBEING_COUNTY, 0.10),
                   (FOLLOWUP_CONTACT, 0.25), (NEWSLETTER, 0.30), (YOUTH_SERVICES, 0.35))
_CONSENT_CHANNELS = _Weighted([(ConsentChannel.COUNTER, 50.0), (ConsentChannel.PHONE, 30.0),
                               (ConsentChannel.OUTREACH, 10.0), (ConsentChannel.DIGITAL, 10.0)])
_FAKER_LOCALES = {"fi": "fi_FI", "sv": "sv_SE", "en": "en_GB"}
_FIRST_NAME_POOL = 3000
_LAST_NAME_POOL = 3000
_STREET_POOL = 1500


@dataclass(frozen=True)
class _NamePool:
    male: tuple[str, ...]
    female: tuple[str, ...]
    last: tuple[str, ...]


class DemoPopulation:
    """The demo population of one seed. Each part has its own random stream, so the clients do not depend on
    whether (or in which order) the advisers were made, and the first n clients of a larger population are the
    same as a population of n."""

    def __init__(self, seed: int, *, reference_date: date = POPULATION_DATE) -> None:
        self.seed = seed
        self.reference_date = reference_date
        self._names, self._streets = _faker_pools(seed)
        for language, (male, female, last) in _OTHER_NAMES.items():
            self._names[language] = _NamePool(male, female, last)
        self._ascii = _AsciiNames()
        setup = self._rng("municipalities")
        codes = sorted(municipalities())
        self._municipality_by_language = {
            "fi": _municipality_weights(codes, _BIG_CITIES, _ELSEWHERE),
            "sv": _municipality_weights(codes, _SWEDISH_SPEAKERS, 15.0),
            "foreign": _municipality_weights(codes, _FOREIGN_LANGUAGE_SPEAKERS, 23.0),
        }
        self._postal_prefix = {code: _made_up_postal_prefix(setup) for code in codes}
        area_codes = sorted(_AREA_CODE_LENGTHS)
        self._area_code = {code: _AREA_CODES.get(code) or setup.choice(area_codes) for code in codes}

    def _rng(self, part: str) -> random.Random:
        # A string seed is hashed with SHA-512 by `random`, so it does not depend on PYTHONHASHSEED.
        return random.Random(f"neuvo-demo:{self.seed}:{part}")

    def service_points(self) -> list[ServicePoint]:
        rng = self._rng("service-points")
        points = [("Palvelupiste Kamppi", ServicePointKind.SERVICE_POINT),
                  ("Palvelupiste Itäkeskus", ServicePointKind.SERVICE_POINT),
                  ("Palvelupiste Malmi", ServicePointKind.SERVICE_POINT),
                  ("Puhelinpalvelu", ServicePointKind.PHONE_SERVICE),
                  ("Jalkautuva työ / outreach", ServicePointKind.OUTREACH)]
        return [ServicePoint(name, kind, HELSINKI, _uuid4(rng)) for name, kind in points]

    def advisers(self) -> list[Adviser]:
        rng = self._rng("advisers")
        staff = [({Role.COUNTER}, "fi"), ({Role.COUNTER, Role.PHONE}, "fi"), ({Role.PHONE}, "fi"),
                 ({Role.COUNTER, Role.PHONE}, "sv"), ({Role.PHONE}, "en"), ({Role.YOUTH, Role.COUNTER}, "fi"),
                 ({Role.YOUTH}, "fi"), ({Role.SUPERVISOR, Role.COUNTER}, "fi"), ({Role.ADMIN}, "fi")]
        advisers: list[Adviser] = []
        usernames: set[str] = set()
        for roles, language in staff:
            pool = self._names[language]
            first = rng.choice(pool.male if rng.random() < 0.4 else pool.female)
            last = rng.choice(pool.last)
            username = base = f"{self._ascii(first)}.{self._ascii(last)}"
            while username in usernames:
                username = f"{base}{rng.randrange(2, 100)}"
            usernames.add(username)
            advisers.append(Adviser(username, f"{first} {last}", frozenset(roles), language, _uuid4(rng)))
        return advisers

    def clients(self, count: int) -> Iterator[Client]:
        """`count` clients, one at a time (a million do not need to sit in memory at once)."""
        rng = self._rng("clients")
        taken = bytearray(_IDENTITY_DAYS * 900 // 8 + 1)
        for _ in range(count):
            yield self._client(rng, taken)

    def _client(self, rng: random.Random, taken: bytearray) -> Client:
        client_id = _uuid4(rng)
        language = _LANGUAGES.pick(rng)
        names = self._names[language]
        male = rng.random() < 0.49
        given = self._given_names(rng, names.male if male else names.female, language)
        last_name = rng.choice(names.last)
        age = _AGES.pick(rng)
        birth_date, identity_code = self._identity(rng, taken, age, male)
        places = self._municipality_by_language
        municipality = places.get(language, places["foreign"]).pick(rng)
        has_address = rng.random() < 0.985
        foreign = language not in ("fi", "sv")
        return Client(
            id=client_id,
            first_names=" ".join(given),
            last_name=last_name,
            preferred_name=given[1] if len(given) > 1 and rng.random() < 0.06 else None,
            birth_date=birth_date,
            identity_code=identity_code,
            email=self._email(rng, given[0], last_name, age),
            street=self._street(rng, language) if has_address else None,
            postal_code=self._postal_code(rng, municipality) if has_address else None,
            municipality_code=municipality,
            preferred_language=language,
            interpreter_needed=foreign and rng.random() < (0.05 if language == "en" else 0.8),
            safety_marking=rng.random() < 0.005,
            phones=self._phones(rng, age, municipality),
        )

    def consent_events(self, as_of: date,
                       purposes: ConsentPurposes | None = None) -> Callable[[Client], list[ConsentEvent]]:
        """A function giving each client, called in population order, its consent events as of the day `as_of`.

        Consents are dated back from `as_of` (not from the population's reference date) so that a demo made
        today shows today's mix: mostly granted, some expiring within 30 days, some expired, withdrawn or
        refused, and many purposes never asked (unknown). The same seed, day and call order give the same events.
        About two events per client on average (bench/consent.py relies on that).
        """
        rng = self._rng(f"consents:{as_of.isoformat()}")
        purposes = purposes or consent_purposes_for_profile(None)
        advisers = [adviser.id for adviser in self.advisers()]

        def events_for(client: Client) -> list[ConsentEvent]:
            age = client.age_on(as_of)
            events: list[ConsentEvent] = []
            for code, share in _CONSENT_SHARES:
                if code == YOUTH_SERVICES and not (age is not None and 15 <= age <= 29):
                    continue
                if rng.random() < share:
                    events += self._consent_chain(rng, client, purposes[code], as_of, advisers)
            return events

        return events_for

    def _consent_chain(self, rng: random.Random, client: Client, purpose: ConsentPurpose, as_of: date,
                       advisers: list[uuid.UUID]) -> list[ConsentEvent]:
        # Grants are spread over the validity plus six months back, so about 6/(months + 6) of them have
        # expired and about one in (months + 6) ends within the next 30 days.
        window = int((purpose.default_validity_months + 6) * 30.44)
        start = as_of - timedelta(days=rng.randrange(window))
        roll = rng.random()
        plan = ("granted",) if roll < 0.78 else ("refused",) if roll < 0.86 else \
            ("granted", "withdrawn") if roll < 0.94 else ("granted", "granted") if roll < 0.99 else ("withdrawn",)
        events = []
        day = start
        for sequence, decision in enumerate(plan, 1):
            if sequence > 1:
                day = min(as_of, day + timedelta(days=1 + rng.randrange(max(1, (as_of - day).days))))
            events.append(self._consent_event(rng, client, purpose, ConsentDecision(decision), day, sequence,
                                              advisers))
        return events

    def _consent_event(self, rng: random.Random, client: Client, purpose: ConsentPurpose,
                       decision: ConsentDecision, day: date, sequence: int,
                       advisers: list[uuid.UUID]) -> ConsentEvent:
        channel = _CONSENT_CHANNELS.pick(rng)
        evidence = ConsentEvidence.STRONG_E_IDENTIFICATION if channel is ConsentChannel.DIGITAL else \
            ConsentEvidence.SIGNED if rng.random() < 0.2 else ConsentEvidence.VERBAL
        granted = decision is ConsentDecision.GRANTED
        guardian = None
        if granted and purpose.guardian_required_under_15 and needs_guardian(client.birth_date, day):
            names = self._names.get(client.preferred_language, self._names["fi"])
            guardian = f"{rng.choice(names.female if rng.random() < 0.6 else names.male)} {client.last_name}"
        language = client.preferred_language if client.preferred_language in ("fi", "sv", "en") else "fi"
        return ConsentEvent(
            id=_uuid4(rng), client_id=client.id, purpose=purpose.code, decision=decision, valid_from=day,
            valid_until=purpose.default_valid_until(day) if granted else None, channel=channel, evidence=evidence,
            text_version=purpose.text_on(day).version, language=language, guardian=guardian,
            recorded_by=None if channel is ConsentChannel.DIGITAL else advisers[rng.randrange(len(advisers))],
            recorded_at=datetime(day.year, day.month, day.day, 6 + rng.randrange(9), rng.randrange(60),
                                 tzinfo=UTC),
            sequence=sequence,
        )

    def _given_names(self, rng: random.Random, pool: tuple[str, ...], language: str) -> list[str]:
        # Finns usually carry two or three given names; the others mostly one or two.
        roll = rng.random()
        wanted = (1 if roll < 0.1 else 2 if roll < 0.65 else 3) if language in ("fi", "sv") else \
            (1 if roll < 0.6 else 2)
        given = [rng.choice(pool)]
        while len(given) < wanted:
            name = rng.choice(pool)
            if name not in given:
                given.append(name)
        return given

    def _identity(self, rng: random.Random, taken: bytearray, age: int, male: bool) -> tuple[date, str]:
        """A birth date of that age on the reference date and a unique, valid identity code for it.

        The individual number is odd for men and even for women, as in the population register; its
        range 002-899 leaves out the temporary codes (900-999).
        """
        reference = self.reference_date.toordinal()
        while True:
            days_before = int((age + rng.random()) * _DAYS_PER_YEAR)
            birth = date.fromordinal(reference - days_before)
            for _ in range(20):
                individual = 2 * rng.randrange(1, 450) + (1 if male else 0)
                slot = days_before * 900 + individual
                if not taken[slot >> 3] & (1 << (slot & 7)):
                    taken[slot >> 3] |= 1 << (slot & 7)
                    return birth, _identity_code(birth, individual, rng)

    def _street(self, rng: random.Random, language: str) -> str:
        streets = self._streets["sv" if language == "sv" and rng.random() < 0.6 else "fi"]
        number = int(rng.random() ** 2 * 120) + 1
        if rng.random() < 0.45:
            return f"{rng.choice(streets)} {number}"
        # Blocks of flats: staircase letter and flat number, "Mannerheimintie 12 B 34".
        return f"{rng.choice(streets)} {number} {'ABCDEF'[int(rng.random() ** 2 * 6)]} {rng.randrange(1, 80)}"

    def _postal_code(self, rng: random.Random, municipality: str) -> str:
        city = _CITY_POSTAL_CODES.get(municipality)
        if city is not None:
            head, low, high = city
            return f"{head}{rng.randint(low, high):02d}0"
        return f"{self._postal_prefix[municipality]}{rng.randrange(10)}0"

    def _phones(self, rng: random.Random, age: int, municipality: str) -> list[Phone]:
        if age < 10:
            return [] if rng.random() < 0.9 else [Phone(_mobile(rng), PhoneKind.MOBILE)]
        roll = rng.random()
        count = 0 if roll < 0.05 else 1 if roll < (0.9 if age < 18 else 0.75) else 2
        if count == 0:
            return []
        # Older people keep their landline as the number they answer first.
        first = (Phone(self._landline(rng, municipality), PhoneKind.HOME) if age >= 75 and rng.random() < 0.3
                 else Phone(_mobile(rng), PhoneKind.MOBILE))
        if count == 1:
            return [first]
        roll = rng.random()
        if roll < 0.5:
            second = Phone(self._landline(rng, municipality) if rng.random() < 0.8 else _mobile(rng), PhoneKind.HOME)
        elif roll < 0.85:
            second = Phone(self._landline(rng, municipality) if rng.random() < 0.5 else _mobile(rng), PhoneKind.WORK)
        else:
            second = Phone(_mobile(rng), PhoneKind.MOBILE)
        return [first] if second.number_e164 == first.number_e164 else [first, second]

    def _landline(self, rng: random.Random, municipality: str) -> str:
        area = self._area_code[municipality]
        length = _AREA_CODE_LENGTHS[area]
        # A subscriber number starts with 1-8: 9 is left to service numbers, 0 is not used.
        return f"+358{area}{rng.randint(1, 8)}{rng.randrange(10 ** (length - 1)):0{length - 1}d}"

    def _email(self, rng: random.Random, first: str, last: str, age: int) -> str | None:
        share = 0.0 if age < 13 else 0.5 if age < 18 else 0.9 if age < 75 else 0.6 if age < 85 else 0.3
        if rng.random() >= share:
            return None
        first, last = self._ascii(first), self._ascii(last)
        roll = rng.random()
        domain = EMAIL_DOMAINS[0 if roll < 0.55 else 1 if roll < 0.85 else 2]
        roll = rng.random()
        if roll < 0.55:
            local = f"{first}.{last}"
        elif roll < 0.75:
            local = f"{first}.{last}{rng.randrange(1, 100)}"
        elif roll < 0.85:
            local = f"{first[0]}.{last}"
        else:
            local = f"{first}{last}"
        return f"{local}@{domain}"


def _identity_code(birth: date, individual: int, rng: random.Random) -> str:
    # The 2023 century signs (Y-U for the 1900s, B-F for the 2000s) are given only when a day's numbers run
    # out, mostly to people who moved to Finland; a few per cent of codes carry one.
    if birth.year < 2000:
        sign = "-" if rng.random() < 0.97 else "YXWVU"[rng.randrange(5)]
    else:
        sign = "A" if rng.random() < 0.97 else "BCDEF"[rng.randrange(5)]
    digits = f"{birth.day:02d}{birth.month:02d}{birth.year % 100:02d}"
    return f"{digits}{sign}{individual:03d}{_IDENTITY_CHECK_CHARS[int(f'{digits}{individual:03d}') % 31]}"


def _mobile(rng: random.Random) -> str:
    return f"+358{_MOBILE_PREFIXES.pick(rng)}{rng.randrange(10_000_000):07d}"


def _uuid4(rng: random.Random) -> uuid.UUID:
    return uuid.UUID(int=rng.getrandbits(128), version=4)


def _municipality_weights(codes: Sequence[str], named: dict[str, float], elsewhere: float) -> _Weighted[str]:
    others = [code for code in codes if code not in named]
    return _Weighted([(code, weight) for code, weight in named.items() if code in codes]
                     + [(code, elsewhere / len(others)) for code in others])


def _made_up_postal_prefix(rng: random.Random) -> str:
    # Three leading digits, kept clear of the big cities' ranges, so one municipality's codes look alike.
    while True:
        prefix = rng.randrange(30, 1000)
        if prefix // 10 not in (0, 1, 2, 20, 33, 65, 90):
            return f"{prefix:03d}"


def _faker_pools(seed: int) -> tuple[dict[str, _NamePool], dict[str, tuple[str, ...]]]:
    names: dict[str, _NamePool] = {}
    streets: dict[str, tuple[str, ...]] = {}
    for language, locale in _FAKER_LOCALES.items():
        fake = Faker(locale)
        fake.seed_instance(f"neuvo-demo:{seed}:{locale}")
        names[language] = _NamePool(
            male=tuple(fake.first_name_male() for _ in range(_FIRST_NAME_POOL)),
            female=tuple(fake.first_name_female() for _ in range(_FIRST_NAME_POOL)),
            last=tuple(fake.last_name() for _ in range(_LAST_NAME_POOL)),
        )
        if language != "en":  # clients live in Finland: Finnish and (Finland-)Swedish street names only
            streets[language] = tuple(fake.street_name() for _ in range(_STREET_POOL))
    return names, streets


class _AsciiNames:
    """Names folded to the lower-case ASCII of an e-mail address (Ä → a, ö → o, O'Brien → obrien), memoised
    because the pools are small and the clients many."""

    def __init__(self) -> None:
        self._folded: dict[str, str] = {}

    def __call__(self, name: str) -> str:
        folded = self._folded.get(name)
        if folded is None:
            decomposed = unicodedata.normalize("NFKD", name.lower())
            folded = "".join(c for c in decomposed if c.isascii() and (c.isalnum() or c == "-")) or "x"
            self._folded[name] = folded
        return folded
