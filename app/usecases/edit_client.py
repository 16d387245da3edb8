"""Creating and editing clients: the adviser's form as typed, checked, and written through the unit of work.

The form hands over a `ClientDraft` of strings exactly as typed; `validate_draft` says, field by field, what is
wrong and how to fix it; `create_client` and `update_client` write the client, its outbox row and the audit event
in one transaction. Nothing here holds on to the draft, so an error never costs the adviser what they typed.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

import phonenumbers

from app.domain.audit import AuditAction
from app.domain.client import Client, Phone, PhoneKind
from app.domain.email_address import normalise_email
from app.domain.identity_code import birth_date_of, normalise_identity_code
from app.domain.language_code import is_language_code
from app.domain.phone_number import HOME_REGION, display_phone, parse_phone
from app.errors import NeuvoError, ValidationError
from app.municipalities import municipalities
from app.store.client_repository import ENTITY as CLIENT_ENTITY
from app.store.client_repository import ClientNotFound
from app.text import Text
from app.workstation import Workstation

PHONE_ROWS = 3  # the form's phone rows; the CRM contact has three phone columns
NAME_MAX_LENGTH = 200
PREFERRED_NAME_MAX_LENGTH = 100
STREET_MAX_LENGTH = 200


@dataclass
class ClientDraft:
    """The editable fields of a client as the adviser typed them (strings, not yet checked)."""

    first_names: str = ""
    last_name: str = ""
    preferred_name: str = ""
    identity_code: str = ""
    birth_date: str = ""  # dd.mm.yyyy (d.m.yyyy, d/m/yyyy and yyyy-mm-dd are read too)
    phones: list[tuple[str, str]] = field(default_factory=list)  # (number as typed, "mobile" / "home" / "work")
    email: str = ""
    street: str = ""
    postal_code: str = ""
    municipality: str = ""  # the three-digit code, or the name in Finnish or Swedish
    preferred_language: str = "fi"  # ISO 639-1
    interpreter_needed: bool = False
    safety_marking: bool = False
    # Editing only. The identity code on file stays as it is unless the adviser revealed it into the form,
    # and a safety-marked client's address, which the form never shows, stays unless a new one is typed.
    keep_identity_code: bool = False
    keep_address: bool = False


@dataclass(frozen=True)
class FieldProblem:
    """What is wrong with one field, in one line, and what to do about it. Never quotes the value."""

    field: str  # a ClientDraft attribute name, or phone_field(i) for the i-th phone row
    message: str
    fix: str = ""


def phone_field(index: int) -> str:
    return f"phones[{index}]"


class DraftRejected(ValidationError):
    """The draft did not pass the checks; `problems` says which fields and why."""

    def __init__(self, problems: list[FieldProblem]) -> None:
        fields = tuple(Text(name) for name in dict.fromkeys(_FIELD_NAMES.get(p.field.split("[")[0], p.field)
                                                             for p in problems))
        super().__init__(Text("The client was not saved: check %1.", fields),
                         "Correct the marked fields and save again.")
        self.problems = problems


class ClientChangedMeanwhile(NeuvoError):
    """The client was changed (by a sync, or on another window) after the adviser opened the form."""

    def __init__(self) -> None:
        super().__init__("This client was changed or removed elsewhere after you opened the form, so your "
                         "changes were not saved (they would have overwritten the newer ones).",
                         "Your text is still in the form: note what you need, reopen the client and edit again.")


@dataclass(frozen=True)
class DuplicateClient:
    """A client already in the store with the same phone number or identity code as the draft."""

    id: uuid.UUID
    display_name: str
    birth_year: int | None
    same_phone: bool
    same_identity_code: bool


@dataclass(frozen=True)
class EditableClient:
    """A stored client as the edit form starts from it."""

    id: uuid.UUID
    row_version: int
    display_name: str
    draft: ClientDraft
    masked_identity_code: str | None  # shown instead of the code until the adviser reveals it (audited)
    address_hidden: bool  # safety marking: the address is not in the draft and stays unless replaced


# --- prefilling from the search box ------------------------------------------------------------------------------

_IDENTITY_CODE_SHAPE = re.compile(r"\d{6}[-+A-FU-Y]\d{3}[0-9A-Z]", re.IGNORECASE | re.ASCII)
_DOTTED_DATE = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4})", re.ASCII)
# d/m/yyyy: how an English window shows a date, so that a date read there can be typed back.
_SLASHED_DATE = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{4})", re.ASCII)
_ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})", re.ASCII)
_PHONE_CHARACTERS = frozenset("0123456789+-/() .\u00a0")
_PHONE_KINDS = frozenset(kind.value for kind in PhoneKind)


def draft_from_search(text: str) -> ClientDraft:
    """A new client's draft prefilled from what was typed in the search box: a phone number, an identity code
    (with the birth date it encodes), a birth date, an e-mail address, or a name. Never fails: text that is none
    of these is taken as a name, and a malformed code or number is kept as typed for the form to point out."""
    typed = " ".join(text.split())
    if not typed:
        return ClientDraft()
    if _IDENTITY_CODE_SHAPE.fullmatch(typed):
        try:
            code = normalise_identity_code(typed)
        except ValidationError:
            return ClientDraft(identity_code=typed.upper())
        return ClientDraft(identity_code=code, birth_date=_format_date(birth_date_of(code)))
    if (day := _read_date(typed)) is not None:
        return ClientDraft(birth_date=_format_date(day))
    if "@" in typed and " " not in typed:
        try:
            return ClientDraft(email=normalise_email(typed))
        except ValidationError:
            return ClientDraft(email=typed)
    if any(ch.isdigit() for ch in typed) and all(ch in _PHONE_CHARACTERS for ch in typed):
        return ClientDraft(phones=[(typed, _phone_kind_guess(typed).value)])
    return _draft_from_name(typed)


def _draft_from_name(typed: str) -> ClientDraft:
    if typed == typed.lower() and typed != typed.upper():
        # Typed all in lower case, as search boxes invite: give the names their capitals.
        typed = " ".join("-".join(part[:1].upper() + part[1:] for part in word.split("-")) for word in typed.split())
    if "," in typed:
        last, _, first = typed.partition(",")
        return ClientDraft(last_name=" ".join(last.split()), first_names=" ".join(first.replace(",", " ").split()))
    *first, last = typed.split()
    return ClientDraft(first_names=" ".join(first), last_name=last)


def _phone_kind_guess(typed: str) -> PhoneKind:
    try:
        number = phonenumbers.parse(parse_phone(typed), HOME_REGION)
    except (ValidationError, phonenumbers.NumberParseException):
        return PhoneKind.MOBILE
    fixed = phonenumbers.number_type(number) == phonenumbers.PhoneNumberType.FIXED_LINE
    return PhoneKind.HOME if fixed else PhoneKind.MOBILE


def birth_date_for_identity_code(text: str) -> str | None:
    """The birth date (dd.mm.yyyy) a valid identity code encodes, for the form to fill in; None otherwise."""
    try:
        return _format_date(birth_date_of(normalise_identity_code(text)))
    except ValidationError:
        return None


# --- checking ----------------------------------------------------------------------------------------------------

_FIELD_NAMES = {
    "first_names": "first names", "last_name": "last name", "preferred_name": "preferred name",
    "identity_code": "identity code", "birth_date": "birth date", "phones": "phone", "email": "e-mail",
    "street": "street address", "postal_code": "postal code", "municipality": "municipality",
    "preferred_language": "language",
}


def validate_draft(draft: ClientDraft) -> list[FieldProblem]:
    """Every problem with the draft, in the form's order; an empty list means it can be saved."""
    problems: list[FieldProblem] = []
    problems += _name_problems("first_names", draft.first_names, True, NAME_MAX_LENGTH)
    problems += _name_problems("last_name", draft.last_name, True, NAME_MAX_LENGTH)
    problems += _name_problems("preferred_name", draft.preferred_name, False, PREFERRED_NAME_MAX_LENGTH)

    code: str | None = None
    if not draft.keep_identity_code and draft.identity_code.strip():
        try:
            code = normalise_identity_code(draft.identity_code)
        except ValidationError as exc:
            problems.append(FieldProblem("identity_code", exc.problem, exc.fix))
    birth_date: date | None = None
    if draft.birth_date.strip():
        birth_date = _read_date(draft.birth_date.strip())
        if birth_date is None:
            problems.append(FieldProblem("birth_date", "Not a date.", "Write the birth date as dd.mm.yyyy."))
        elif birth_date > date.today():
            problems.append(FieldProblem("birth_date", "The birth date is in the future.",
                                         "Check the year with the client."))
        elif code is not None and birth_date != birth_date_of(code):
            problems.append(FieldProblem(
                "birth_date", "The birth date does not match the identity code.",
                "Correct one of them: the code starts with the birth date (ddmmyy)."))

    problems += _phone_problems(draft.phones)

    if draft.email.strip():
        try:
            normalise_email(draft.email)
        except ValidationError as exc:
            problems.append(FieldProblem("email", exc.problem, exc.fix))

    if not draft.keep_address:
        if len(draft.street.strip()) > STREET_MAX_LENGTH:
            problems.append(FieldProblem("street", "The street address is too long.", "Shorten it."))
        postal_code = draft.postal_code.strip()
        if postal_code and not re.fullmatch(r"\d{5}", postal_code, flags=re.ASCII):
            problems.append(FieldProblem("postal_code", "A postal code has five digits.",
                                         "Type it as on the client's letters, e.g. 00100."))
        if draft.municipality.strip() and municipality_code_for(draft.municipality) is None:
            problems.append(FieldProblem("municipality", "There is no Finnish municipality by that code or name.",
                                         "Choose the municipality from the list."))

    language = draft.preferred_language.strip().lower()
    if not is_language_code(language):
        problems.append(FieldProblem(
            "preferred_language", "Not a language code." if language else "The language is missing.",
            "Use a two-letter ISO 639-1 code, such as fi, sv, en, ru, et, so or ar."))
    return problems


# Whole sentences per name field, so that each language can say them in its own grammar.
_NAME_REQUIRED = {"first_names": "The first names are required.", "last_name": "The last name is required."}
_NAME_TOO_LONG = {"first_names": "The first names are too long (%1 characters; at most %2).",
                  "last_name": "The last name is too long (%1 characters; at most %2).",
                  "preferred_name": "The preferred name is too long (%1 characters; at most %2)."}
_NAME_DIGITS = {"first_names": "The first names contain digits.", "last_name": "The last name contains digits.",
                "preferred_name": "The preferred name contains digits."}


def _name_problems(name: str, value: str, required: bool, max_length: int) -> list[FieldProblem]:
    text = value.strip()
    if not text:
        if required:
            return [FieldProblem(name, _NAME_REQUIRED[name],
                                 "Type the name as it is on the client's identity document.")]
        return []
    if len(text) > max_length:
        return [FieldProblem(name, Text(_NAME_TOO_LONG[name], len(text), max_length),
                             "Shorten it; the full name can be recorded in the CRM.")]
    if any(ch.isdigit() for ch in text):
        return [FieldProblem(name, _NAME_DIGITS[name],
                             "A phone number or identity code typed here belongs in its own field.")]
    return []


def _phone_problems(phones: list[tuple[str, str]]) -> list[FieldProblem]:
    problems: list[FieldProblem] = []
    seen: set[str] = set()
    for index, (text, kind) in enumerate(phones):
        if not text.strip():
            continue
        if index >= PHONE_ROWS:
            problems.append(FieldProblem(phone_field(index), Text("At most %1 phone numbers are kept.", PHONE_ROWS),
                                         "Leave out the least used number."))
            continue
        try:
            number = parse_phone(text)
        except ValidationError as exc:
            problems.append(FieldProblem(phone_field(index), exc.problem, exc.fix))
            continue
        if number in seen:
            problems.append(FieldProblem(phone_field(index), "This number is already entered above.",
                                         "Remove the second copy."))
        elif kind not in _PHONE_KINDS:
            problems.append(FieldProblem(phone_field(index), "Choose whether the number is mobile, home or work.",
                                         ""))
        seen.add(number)
    return problems


def municipality_code_for(text: str) -> str | None:
    """The municipality code for a code or a Finnish or Swedish name as typed; None when there is none."""
    wanted = " ".join(text.split())
    known = municipalities()
    if wanted in known:
        return wanted
    folded = wanted.casefold()
    for municipality in known.values():
        if folded in (municipality.name_fi.casefold(), municipality.name_sv.casefold()):
            return municipality.code
    return None


# --- duplicates --------------------------------------------------------------------------------------------------

def find_duplicates(workstation: Workstation, draft: ClientDraft, *,
                    excluding: uuid.UUID | None = None) -> list[DuplicateClient]:
    """Clients already present with one of the draft's phone numbers or its identity code, identity-code matches
    first. Numbers and codes that do not parse are left out (the form flags them already)."""
    numbers = _parsed_phones(draft)
    code = None if draft.keep_identity_code else _parsed_identity_code(draft)
    if not numbers and code is None:
        return []
    with workstation.unit_of_work() as uow:
        found = uow.clients.with_phone_or_identity_code(numbers, code)
        # The answer names clients, so the check is a search like any other and is written to the audit log.
        uow.audit.record(AuditAction.SEARCH_CLIENTS, CLIENT_ENTITY, None, f"duplicate check: {len(found)} found")
        uow.commit()
    duplicates = [
        DuplicateClient(client.id, client.display_name, client.birth_date.year if client.birth_date else None,
                        same_phone="phone" in matched, same_identity_code="identity_code" in matched)
        for client, matched in found if client.id != excluding
    ]
    return sorted(duplicates, key=lambda d: (not d.same_identity_code, d.display_name, d.id.hex))


def _parsed_phones(draft: ClientDraft) -> list[str]:
    numbers = []
    for text, _kind in draft.phones[:PHONE_ROWS]:
        try:
            numbers.append(parse_phone(text))
        except ValidationError:
            continue
    return numbers


def _parsed_identity_code(draft: ClientDraft) -> str | None:
    if not draft.identity_code.strip():
        return None
    try:
        return normalise_identity_code(draft.identity_code)
    except ValidationError:
        return None


def _identity_code_taken(uow: Any, code: str | None, client_id: uuid.UUID | None) -> list[FieldProblem]:
    if code is None:
        return []
    holders = [client for client, _ in uow.clients.with_phone_or_identity_code((), code) if client.id != client_id]
    if not holders:
        return []
    # An identity code belongs to one person: a second record for it would split their history in two.
    return [FieldProblem("identity_code", "Another client already has this identity code.",
                         "Open the existing client instead of creating a second record.")]


# --- writing -----------------------------------------------------------------------------------------------------

def create_client(workstation: Workstation, draft: ClientDraft) -> uuid.UUID:
    """Write a new client, its outbox row and a `create_client` audit event in one transaction."""
    draft = replace(draft, keep_identity_code=False, keep_address=False)
    if problems := validate_draft(draft):
        raise DraftRejected(problems)
    client = Client(**_client_values(draft))
    with workstation.unit_of_work() as uow:
        if problems := _identity_code_taken(uow, client.identity_code, None):
            raise DraftRejected(problems)
        uow.clients.add(client)
        uow.audit.record(AuditAction.CREATE_CLIENT, CLIENT_ENTITY, client.id)
        uow.commit()
    return client.id


def update_client(workstation: Workstation, client_id: uuid.UUID, draft: ClientDraft, *,
                  expected_row_version: int) -> bool:
    """Write the adviser's edit, its outbox row (old and new values) and an `edit_client` audit event in one
    transaction. False when nothing changed (nothing is written). Raises ClientChangedMeanwhile rather than
    overwrite a record that changed since `expected_row_version` was read, and DraftRejected for a bad draft."""
    if problems := validate_draft(draft):
        raise DraftRejected(problems)
    with workstation.unit_of_work() as uow:
        if not uow.clients.lock_if_unchanged(client_id, expected_row_version):
            uow.clients.get(client_id)  # raises ClientNotFound when the client is gone altogether
            raise ClientChangedMeanwhile()
        current = uow.clients.get(client_id)
        merged = _with_kept_fields(draft, current)
        if problems := validate_draft(merged):  # the kept identity code must still agree with the birth date
            raise DraftRejected(problems)
        values = _client_values(merged)
        if problems := _identity_code_taken(uow, values["identity_code"], client_id):
            raise DraftRejected(problems)
        changed = uow.clients.update(replace(current, **values))
        if changed:
            uow.audit.record(AuditAction.EDIT_CLIENT, CLIENT_ENTITY, client_id)
        uow.commit()
    return changed


def load_client_for_edit(workstation: Workstation, client_id: uuid.UUID) -> EditableClient:
    """The stored client as a draft for the edit form. The identity code stays masked (revealing it is the
    audited `reveal_identity_code`), and a safety-marked client's address is left out, as on the card."""
    with workstation.unit_of_work() as uow:
        client = uow.clients.get(client_id)
    if client.deleted_at is not None:
        raise ClientNotFound(str(client_id))
    hidden = client.safety_marking
    draft = ClientDraft(
        first_names=client.first_names, last_name=client.last_name, preferred_name=client.preferred_name or "",
        identity_code="", keep_identity_code=client.identity_code is not None,
        birth_date=_format_date(client.birth_date) if client.birth_date else "",
        phones=[(display_phone(p.number_e164), p.kind.value) for p in client.phones],
        email=client.email or "",
        street="" if hidden else client.street or "",
        postal_code="" if hidden else client.postal_code or "",
        municipality="" if hidden else client.municipality_code or "",
        keep_address=hidden,
        preferred_language=client.preferred_language, interpreter_needed=client.interpreter_needed,
        safety_marking=client.safety_marking,
    )
    return EditableClient(client.id, client.row_version, client.display_name, draft,
                          client.masked_identity_code, hidden)


def _with_kept_fields(draft: ClientDraft, current: Client) -> ClientDraft:
    merged = draft
    if draft.keep_identity_code:
        merged = replace(merged, identity_code=current.identity_code or "", keep_identity_code=False)
    if draft.keep_address:
        merged = replace(merged, street=current.street or "", postal_code=current.postal_code or "",
                         municipality=current.municipality_code or "", keep_address=False)
    return merged


def _client_values(draft: ClientDraft) -> dict[str, Any]:
    """The checked draft as Client field values: trimmed, normalised, empty text as None."""
    birth_date = _read_date(draft.birth_date.strip()) if draft.birth_date.strip() else None
    code = _parsed_identity_code(draft)
    if code is not None and birth_date is None:
        birth_date = birth_date_of(code)
    phones = [Phone(parse_phone(text), PhoneKind(kind)) for text, kind in draft.phones if text.strip()]
    return {
        "first_names": " ".join(draft.first_names.split()),
        "last_name": " ".join(draft.last_name.split()),
        "preferred_name": " ".join(draft.preferred_name.split()) or None,
        "identity_code": code,
        "birth_date": birth_date,
        "phones": phones,
        "email": normalise_email(draft.email) if draft.email.strip() else None,
        "street": " ".join(draft.street.split()) or None,
        "postal_code": draft.postal_code.strip() or None,
        "municipality_code": municipality_code_for(draft.municipality) if draft.municipality.strip() else None,
        "preferred_language": draft.preferred_language.strip().lower(),
        "interpreter_needed": draft.interpreter_needed,
        "safety_marking": draft.safety_marking,
    }


def _read_date(text: str) -> date | None:
    match = _DOTTED_DATE.fullmatch(text) or _SLASHED_DATE.fullmatch(text)
    parts = (match.group(3), match.group(2), match.group(1)) if match else None
    if parts is None and (match := _ISO_DATE.fullmatch(text)):
        parts = match.groups()
    if parts is None:
        return None
    try:
        return date(int(parts[0]), int(parts[1]), int(parts[2]))
    except ValueError:
        return None


def _format_date(day: date) -> str:
    return f"{day.day:02d}.{day.month:02d}.{day.year:04d}"
