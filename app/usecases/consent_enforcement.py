"""Enforcing consent in `app`, not only in the UI: a person-linked write for a purpose the client has not granted
is refused by the use case itself.

Every use case that writes person-linked data (encounters, need tags and signals, follow-ups, referrals) calls
`require_consent` inside its unit of work, before it writes:

    with workstation.unit_of_work() as uow:
        require_consent(uow, consent_purposes(workstation), client_id, RECORD_CONTACT, today)
        ...  # the person-linked write

Checking inside the same transaction means the decision the write relies on is the one in the store when it
commits. The UI catches `ConsentRequired`, names the missing consent (`label`, or the localised label of
`purpose`) and, when `anonymous_alternative` is set, offers to save without the person.
"""

from __future__ import annotations

import uuid
from datetime import date

from app.consent_purposes import RECORD_CONTACT, ConsentPurposes
from app.domain.consent import ConsentStatus, derive_status
from app.errors import NeuvoError
from app.store.unit_of_work import UnitOfWork
from app.text import Text

# consent.md: without record_contact an encounter is saved anonymous. The other purposes unlock something that
# has no anonymous form (a call-back, a referral with data, a list entry).
ANONYMOUS_ALTERNATIVES: frozenset[str] = frozenset({RECORD_CONTACT})


class ConsentRequired(NeuvoError):
    """The write needs a consent the client has not granted (never given, refused, withdrawn or expired).

    `purpose` is the code, `label` its English label (localise from the code), `status` the current status (its
    state and dates, for the message in the UI), `anonymous_alternative` whether the same thing can be saved
    without the person. The message never holds the client's data."""

    def __init__(self, purpose: str, label: str, status: ConsentStatus, anonymous_alternative: bool) -> None:
        fix = ("Save it anonymously instead, or ask the client for this consent and record it first."
               if anonymous_alternative else "Ask the client for this consent and record it first.")
        super().__init__(Text("This needs the client's consent “%1”, which is not in effect.", label), fix)
        self.purpose = purpose
        self.label = label
        self.status = status
        self.anonymous_alternative = anonymous_alternative


def require_consent(uow: UnitOfWork, purposes: ConsentPurposes, client_id: uuid.UUID, purpose: str, today: date, *,
                    anonymous_alternative: bool | None = None) -> ConsentStatus:
    """Return the purpose's status when it permits the write today (granted or expiring); raise ConsentRequired
    otherwise. `anonymous_alternative` defaults to whether the purpose has one (ANONYMOUS_ALTERNATIVES).

    `purpose` must be a purpose of the file (the required ones always are): asking for one that is not is a
    programming error (KeyError), not a missing consent."""
    found = purposes[purpose]
    status = derive_status(purpose, uow.consents.for_client_purpose(client_id, purpose), today)
    if not status.permits:
        alternative = purpose in ANONYMOUS_ALTERNATIVES if anonymous_alternative is None else anonymous_alternative
        raise ConsentRequired(purpose, found.label.en, status, alternative)
    return status
