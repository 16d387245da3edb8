"""The supervisors' list of consents about to end (next 30 days), paged, and its CSV export.

Only supervisors and administrators may see it. Each row carries the least a supervisor needs to hand out
call-backs: the client's id (to open the card) and display name, the purpose and the last valid day. No identity
code, phone number, e-mail, address or birth date: the adviser who calls opens the card, so every read of
contact details stays one audited `view_client`, and an exported file holds as little as possible.
"""

from __future__ import annotations

import csv
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TextIO

from app.domain.audit import AuditAction
from app.domain.client import Client
from app.domain.consent import EXPIRING_WITHIN_DAYS
from app.errors import ValidationError
from app.spreadsheet_cells import spreadsheet_text
from app.store.consent_repository import ExpiringGrant
from app.text import Text
from app.usecases.permissions import require_supervisor
from app.usecases.record_consent import consent_purposes
from app.workstation import Workstation

PAGE_SIZE = 100
MAX_PAGE_SIZE = 1000
_EXPORT_PAGE = 5000

ExpiringKey = tuple[date, uuid.UUID, str]


@dataclass(frozen=True)
class ExpiringConsent:
    client_id: uuid.UUID
    display_name: str
    purpose: str
    purpose_label: str
    valid_until: date  # the last valid day
    days_left: int  # 0 on the last day


@dataclass(frozen=True)
class ExpiringConsentsPage:
    rows: list[ExpiringConsent]
    first_day: date  # the window, both ends included
    last_day: date
    next_after: ExpiringKey | None  # pass as `after` for the next page; None on the last page
    total: int | None  # all rows in the window (None when not asked for)


def list_expiring_consents(workstation: Workstation, *, today: date | None = None,
                           within_days: int = EXPIRING_WITHIN_DAYS, purposes: Sequence[str] | None = None,
                           after: ExpiringKey | None = None, limit: int = PAGE_SIZE, language: str | None = None,
                           with_total: bool = False) -> ExpiringConsentsPage:
    """Grants still in force that end between today and today + `within_days`, soonest first, one page at a
    time (keyset paging: pass the page's `next_after`). `with_total` also counts every row in the window: that
    reads every grant ending in it, so at a million clients it costs more than the page itself — ask for it
    from a worker, or once, not with every page. `purposes` narrows to some purpose codes (default: all
    of the purposes file). Raises PermissionDenied unless the adviser is a supervisor or an administrator.
    Audited as `search_clients` with the number of rows shown (a list of names is a search result)."""
    _check_allowed(workstation)
    if not 1 <= limit <= MAX_PAGE_SIZE:
        raise ValidationError(Text("A page holds 1 to %1 rows.", MAX_PAGE_SIZE), "Ask for a smaller page.")
    today, first_day, last_day, codes, labels = _window(workstation, today, within_days, purposes, language)
    with workstation.unit_of_work() as uow:
        grants = uow.consents.expiring(codes, first_day, last_day, today, after=after, limit=limit + 1)
        total = uow.consents.count_expiring(codes, first_day, last_day, today) if with_total else None
        uow.audit.record(AuditAction.SEARCH_CLIENTS, None, None, f"expiring consents: {min(len(grants), limit)}")
        uow.commit()
    more = len(grants) > limit
    grants = grants[:limit]
    return ExpiringConsentsPage([_row(grant, labels, today) for grant in grants], first_day, last_day,
                                grants[-1].key if more else None, total)


CSV_COLUMNS = ("client_id", "name", "purpose", "purpose_label", "valid_until", "days_left")


def export_expiring_consents_csv(workstation: Workstation, out: TextIO, *, today: date | None = None,
                                 within_days: int = EXPIRING_WITHIN_DAYS, purposes: Sequence[str] | None = None,
                                 language: str | None = None) -> int:
    """Write the whole list as CSV (UTF-8 text, a header row, ISO dates) to `out`; return the number of rows.
    Same permission as the list; audited once as `export` with the row count."""
    _check_allowed(workstation)
    today, first_day, last_day, codes, labels = _window(workstation, today, within_days, purposes, language)
    writer = csv.writer(out)
    writer.writerow(CSV_COLUMNS)
    count = 0
    after: ExpiringKey | None = None
    with workstation.unit_of_work() as uow:
        while True:
            grants = uow.consents.expiring(codes, first_day, last_day, today, after=after, limit=_EXPORT_PAGE)
            for grant in grants:
                row = _row(grant, labels, today)
                writer.writerow([row.client_id, spreadsheet_text(row.display_name), row.purpose,
                                 spreadsheet_text(row.purpose_label),
                                 row.valid_until.isoformat(), row.days_left])
            count += len(grants)
            if len(grants) < _EXPORT_PAGE:
                break
            after = grants[-1].key
        uow.audit.record(AuditAction.EXPORT, None, None, f"expiring consents csv: {count}")
        uow.commit()
    return count


def _check_allowed(workstation: Workstation) -> None:
    require_supervisor(workstation.adviser, "the list of expiring consents")


def _window(workstation: Workstation, today: date | None, within_days: int, purposes: Sequence[str] | None,
            language: str | None) -> tuple[date, date, date, list[str], dict[str, str]]:
    if not 0 <= within_days <= 366:
        raise ValidationError("The window is 0 to 366 days.", "Choose a shorter window.")
    known = consent_purposes(workstation)
    codes = list(known.codes) if purposes is None else [code for code in purposes if code in known]
    language = language or workstation.adviser.language
    labels = {purpose.code: purpose.label.get(language) for purpose in known.purposes}
    today = today or date.today()
    return today, today, today + timedelta(days=within_days), codes, labels


def _row(grant: ExpiringGrant, labels: dict[str, str], today: date) -> ExpiringConsent:
    name = Client(first_names=grant.first_names, last_name=grant.last_name, preferred_name=grant.preferred_name,
                  id=grant.client_id).display_name
    return ExpiringConsent(grant.client_id, name, grant.purpose, labels.get(grant.purpose, grant.purpose),
                           grant.valid_until, (grant.valid_until - today).days)
