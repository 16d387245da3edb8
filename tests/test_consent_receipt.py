"""The consent receipt: the person's language, the decisions in force, today's texts, where to withdraw."""

from __future__ import annotations

from datetime import date, timedelta

from app.domain.audit import AuditAction
from app.domain.client import Client
from app.domain.consent import ConsentChannel, ConsentEvidence
from app.usecases.consent_receipt import consent_receipt, receipt_language_for
from app.usecases.record_consent import grant_consent, refuse_consent, withdraw_consent

DETAILS = {"channel": ConsentChannel.PHONE, "evidence": ConsentEvidence.VERBAL, "language": "sv"}


def _client(workstation, **values) -> Client:
    client = Client("Anna <b>", "Öberg & Co", birth_date=date(1980, 5, 4), identity_code="040580-123X", **values)
    with workstation.unit_of_work() as uow:
        uow.clients.add(client)
        uow.commit()
    return client


def test_the_receipt_speaks_the_persons_language_and_names_each_decision(workstation):
    client = _client(workstation, preferred_language="sv")
    grant_consent(workstation, client.id, "followup_contact", **DETAILS)
    refuse_consent(workstation, client.id, "newsletter", **DETAILS)

    receipt = consent_receipt(workstation, client.id)

    assert receipt.language == "sv"
    assert receipt.decisions == 2
    assert "Samtyckeskvitto" in receipt.html
    assert "Givet" in receipt.html
    assert "Nekat" in receipt.html
    assert "tills vidare" not in receipt.html  # the grant has the purpose's default end date
    assert "Återkalla samtycke" in receipt.html
    assert "040580" not in receipt.html
    assert "Anna &lt;b&gt;" in receipt.html  # names are text, never markup
    assert "Öberg &amp; Co" in receipt.html


def test_todays_grants_carry_their_full_text_and_the_city_contact(workstation):
    client = _client(workstation, preferred_language="fi")
    grant_consent(workstation, client.id, "record_contact", **{**DETAILS, "language": "fi"})
    withdraw_consent(workstation, client.id, "newsletter", **{**DETAILS, "language": "fi"})

    receipt = consent_receipt(workstation, client.id, "en")

    assert receipt.language == "en"
    assert "The texts of the consents given today" in receipt.html
    assert "saves the details of this contact under your name" in receipt.html
    assert "Withdrawn" in receipt.html
    assert "neuvonta@example.fi" in receipt.html


def test_a_grant_from_an_earlier_day_is_listed_without_its_text(workstation):
    client = _client(workstation)
    grant_consent(workstation, client.id, "record_contact", **{**DETAILS, "language": "fi"})

    receipt = consent_receipt(workstation, client.id, "en", today=date.today() + timedelta(days=1))

    assert receipt.decisions == 1
    assert "The texts of the consents given today" not in receipt.html


def test_a_person_without_decisions_gets_a_receipt_saying_so_and_the_read_is_audited(workstation):
    client = _client(workstation, preferred_language="so")

    receipt = consent_receipt(workstation, client.id)

    assert receipt.language == "en" == receipt_language_for("so")
    assert "No consents have been recorded." in receipt.html
    with workstation.unit_of_work() as uow:
        event = uow.audit.latest(1)[0]
    assert (event.action, event.record_id, event.reason) == (AuditAction.VIEW_CLIENT, str(client.id),
                                                             "consent receipt")
