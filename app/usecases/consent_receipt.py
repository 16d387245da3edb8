"""The consent receipt [suostumuskuitti]: one page for the person, in their language, of what they decided.

GDPR art. 7(1) asks the city to be able to demonstrate consent; the receipt gives the person the same facts:
each purpose decided, when, for how long, on which text version, through which channel — the full text of the
decisions made today (the ones the person just heard) — and where to withdraw. It is HTML that the window
prints or saves as PDF; it never carries the identity code.
"""

from __future__ import annotations

import html
import uuid
from dataclasses import dataclass
from datetime import date, datetime

from app.consent_purposes import ConsentPurposes, consent_purposes_for_profile
from app.domain.audit import AuditAction
from app.domain.consent import ConsentEvent, ConsentState, derive_statuses, latest_event
from app.store.client_repository import ENTITY as CLIENT_ENTITY
from app.workstation import Workstation

RECEIPT_LANGUAGES = ("fi", "sv", "en")

# The receipt speaks the person's language, whatever the window's language is, so its words live here rather
# than in the window's translation catalogue.
_WORDS: dict[str, dict[str, str]] = {
    "fi": {
        "title": "Suostumuskuitti", "person": "Henkilö", "born": "syntynyt", "printed": "Tulostettu",
        "purpose": "Käyttötarkoitus", "decision": "Päätös", "valid": "Voimassa", "recorded": "Kirjattu",
        "version": "Tekstin versio", "how": "Tapa", "granted": "Annettu", "refused": "Kieltäydytty",
        "withdrawn": "Peruttu", "until_withdrawn": "toistaiseksi", "guardian": "Huoltaja",
        "texts": "Tänään annettujen suostumusten tekstit", "withdraw": "Suostumuksen peruminen",
        "withdraw_text": "Voit perua suostumuksesi milloin tahansa. Peruminen ei vaikuta siihen, mitä on tehty "
                         "ennen perumista. Ota yhteyttä:",
        "none": "Suostumuksia ei ole kirjattu.", "recorded_by": "kirjaaja",
        "counter": "asiointipiste", "phone": "puhelin", "outreach": "jalkautuva tapahtuma", "digital": "sähköinen",
        "verbal": "suullinen", "signed": "allekirjoitettu", "strong_e_identification": "vahva tunnistautuminen",
    },
    "sv": {
        "title": "Samtyckeskvitto", "person": "Person", "born": "född", "printed": "Utskrivet",
        "purpose": "Ändamål", "decision": "Beslut", "valid": "Giltigt", "recorded": "Registrerat",
        "version": "Textversion", "how": "Sätt", "granted": "Givet", "refused": "Nekat",
        "withdrawn": "Återkallat", "until_withdrawn": "tills vidare", "guardian": "Vårdnadshavare",
        "texts": "Texterna till de samtycken som gavs i dag", "withdraw": "Återkalla samtycke",
        "withdraw_text": "Du kan när som helst återkalla ditt samtycke. Återkallandet påverkar inte det som gjorts "
                         "före återkallandet. Kontakta:",
        "none": "Inga samtycken har registrerats.", "recorded_by": "registrerat av",
        "counter": "servicepunkt", "phone": "telefon", "outreach": "uppsökande evenemang", "digital": "elektroniskt",
        "verbal": "muntligt", "signed": "undertecknat", "strong_e_identification": "stark identifiering",
    },
    "en": {
        "title": "Consent receipt", "person": "Person", "born": "born", "printed": "Printed",
        "purpose": "Purpose", "decision": "Decision", "valid": "Valid", "recorded": "Recorded",
        "version": "Text version", "how": "How", "granted": "Given", "refused": "Refused",
        "withdrawn": "Withdrawn", "until_withdrawn": "until withdrawn", "guardian": "Guardian",
        "texts": "The texts of the consents given today", "withdraw": "Withdrawing consent",
        "withdraw_text": "You can withdraw your consent at any time. Withdrawing does not affect what was done "
                         "before. Contact:",
        "none": "No consents have been recorded.", "recorded_by": "recorded by",
        "counter": "service point", "phone": "phone", "outreach": "outreach event", "digital": "digital",
        "verbal": "verbal", "signed": "signed", "strong_e_identification": "strong e-identification",
    },
}


@dataclass(frozen=True)
class ConsentReceipt:
    language: str
    title: str  # also the suggested file name's stem
    html: str
    decisions: int


def receipt_language_for(preferred_language: str) -> str:
    """The receipt's language: the person's own when it is fi, sv or en; otherwise English, which the person is
    more likely to read than Finnish (the adviser can choose another)."""
    return preferred_language if preferred_language in RECEIPT_LANGUAGES else "en"


def consent_receipt(workstation: Workstation, client_id: uuid.UUID, language: str | None = None, *,
                    today: date | None = None, now: datetime | None = None) -> ConsentReceipt:
    """The receipt for a client's current decisions. Reading the client for it is an audited view."""
    today = today or date.today()
    now = now or datetime.now().astimezone()
    purposes = consent_purposes_for_profile(workstation.profile.directory)
    with workstation.unit_of_work() as uow:
        client = uow.clients.get(client_id)
        events = uow.consents.for_client(client_id)
        advisers = {adviser.id: adviser.display_name for adviser in uow.advisers.all()}
        uow.audit.record(AuditAction.VIEW_CLIENT, CLIENT_ENTITY, client_id, "consent receipt")
        uow.commit()
    language = language if language in RECEIPT_LANGUAGES else receipt_language_for(client.preferred_language)
    words = _WORDS[language]
    deciding = _deciding_events(events, purposes, today)
    body = [f"<h1>{_e(words['title'])}</h1>",
            f"<p><b>{_e(words['person'])}:</b> {_e(client.first_names)} {_e(client.last_name)}"
            + (f", {_e(words['born'])} {client.birth_date:%d.%m.%Y}" if client.birth_date else "")
            + f"<br><b>{_e(words['printed'])}:</b> {now:%d.%m.%Y %H:%M}</p>"]
    body.append(_decisions_table(deciding, purposes, advisers, words, language) if deciding
                else f"<p>{_e(words['none'])}</p>")
    body.append(_todays_texts(deciding, purposes, words, language, today))
    body.append(_withdrawal(purposes, words, language))
    title = f"{words['title']} {client.last_name} {today:%Y-%m-%d}"
    document = ("<html><head><meta charset='utf-8'><style>"
                "body { font-family: sans-serif; font-size: 9.5pt; } h1 { font-size: 15pt; } h2 { font-size: 11pt; }"
                "table { border-collapse: collapse; } td, th { padding: 2px 6px; border: 1px solid #999; }"
                "th { background: #eee; text-align: left; } p.text { font-size: 8.5pt; }"
                f"</style></head><body lang='{language}'>" + "".join(body) + "</body></html>")
    return ConsentReceipt(language, title, document, len(deciding))


def _deciding_events(events: list[ConsentEvent], purposes: ConsentPurposes, today: date) -> list[ConsentEvent]:
    """The event that decides each purpose's status today (purposes never decided are left out)."""
    by_id = {event.id: event for event in events}
    deciding = []
    for status in derive_statuses(events, purposes.codes, today):
        if status.state is ConsentState.UNKNOWN:
            continue
        event = by_id.get(status.decided_by) if status.decided_by else None
        if event is None:  # a future-dated grant only: nothing in effect to put on the receipt
            event = latest_event(e for e in events if e.purpose == status.purpose)
        if event is not None:
            deciding.append(event)
    return deciding


def _decisions_table(deciding: list[ConsentEvent], purposes: ConsentPurposes, advisers: dict[uuid.UUID, str],
                     words: dict[str, str], language: str) -> str:
    rows = [f"<tr><th>{_e(words['purpose'])}</th><th>{_e(words['decision'])}</th><th>{_e(words['valid'])}</th>"
            f"<th>{_e(words['recorded'])}</th><th>{_e(words['version'])}</th><th>{_e(words['how'])}</th></tr>"]
    for event in deciding:
        purpose = purposes.get(event.purpose)
        label = purpose.label.get(language) if purpose is not None else event.purpose
        if event.decision.value == "granted":
            until = f"{event.valid_until:%d.%m.%Y}" if event.valid_until else words["until_withdrawn"]
            valid = f"{event.valid_from:%d.%m.%Y} – {until}"
        else:
            valid = "–"
        recorded = f"{event.recorded_at.astimezone():%d.%m.%Y}"
        adviser = advisers.get(event.recorded_by) if event.recorded_by else None
        if adviser:
            recorded += f" ({_e(words['recorded_by'])} {_e(adviser)})"
        how = f"{words[event.channel.value]}, {words[event.evidence.value]}"
        if event.guardian:
            how += f"; {words['guardian']}: {event.guardian}"
        rows.append(f"<tr><td>{_e(label)}</td><td>{_e(words[event.decision.value])}</td><td>{_e(valid)}</td>"
                    f"<td>{recorded}</td><td>{_e(event.text_version)}</td><td>{_e(how)}</td></tr>")
    return "<table width='100%'>" + "".join(rows) + "</table>"


def _todays_texts(deciding: list[ConsentEvent], purposes: ConsentPurposes, words: dict[str, str], language: str,
                  today: date) -> str:
    parts = []
    for event in deciding:
        purpose = purposes.get(event.purpose)
        if event.decision.value != "granted" or purpose is None or event.recorded_at.astimezone().date() != today:
            continue
        text = purpose.text_version(event.text_version)
        if text is not None:
            parts.append(f"<p class='text'><b>{_e(purpose.label.get(language))}</b> ({_e(text.version)}): "
                         f"{_e(text.text.get(language).strip())}</p>")
    return f"<h2>{_e(words['texts'])}</h2>" + "".join(parts) if parts else ""


def _withdrawal(purposes: ConsentPurposes, words: dict[str, str], language: str) -> str:
    city = purposes.city
    contact = "<br>".join(_e(value.get(language)) for value in (city.name, city.phone, city.email,
                                                                  city.postal_address))
    return f"<h2>{_e(words['withdraw'])}</h2><p>{_e(words['withdraw_text'])}<br>{contact}</p>"


def _e(text: str) -> str:
    return html.escape(text, quote=True)
