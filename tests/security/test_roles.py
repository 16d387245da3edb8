"""Roles are enforced by the use cases in app/, not only by the menus: the situational picture, its export, the
audit log and the expiring-consents list are for supervisors and administrators.

Youth data: the code has a youth role (app/domain/adviser.py) and a `youth_services` consent purpose, but no data
or view reserved to the youth role yet — docs/security.md says so, and there is nothing to test until there is.
"""

from __future__ import annotations

import io
from dataclasses import replace

import pytest

from app.domain.adviser import Role
from app.errors import PermissionDenied
from app.usecases.audit_trail import AuditTrailFilter, advisers_in_trail, export_audit_events, list_audit_events
from app.usecases.expiring_consents import export_expiring_consents_csv, list_expiring_consents
from app.usecases.export_aggregates import ExportFormat, export_situational_aggregates, situational_aggregates
from app.usecases.situational_picture import situational_picture

SUPERVISOR_ONLY = {
    "situational picture": lambda ws, tmp: situational_picture(ws),
    "aggregates": lambda ws, tmp: situational_aggregates(ws),
    "aggregates export": lambda ws, tmp: export_situational_aggregates(ws, tmp / "aggregates.csv", ExportFormat.CSV),
    "audit log": lambda ws, tmp: list_audit_events(ws, AuditTrailFilter()),
    "audit export": lambda ws, tmp: export_audit_events(ws, AuditTrailFilter(), tmp / "audit.csv"),
    "advisers in the audit log": lambda ws, tmp: advisers_in_trail(ws),
    "expiring consents": lambda ws, tmp: list_expiring_consents(ws),
    "expiring consents export": lambda ws, tmp: export_expiring_consents_csv(ws, io.StringIO()),
}


REFUSED = [{Role.COUNTER, Role.PHONE}, {Role.YOUTH}, {Role.COUNTER, Role.YOUTH}]
ALLOWED = [{Role.SUPERVISOR}, {Role.ADMIN}, {Role.COUNTER, Role.SUPERVISOR}]


@pytest.mark.parametrize("action", SUPERVISOR_ONLY, ids=list(SUPERVISOR_ONLY))
def test_only_supervisors_and_administrators_get_through(workstation, tmp_path, action):
    adviser = workstation.adviser
    for roles in REFUSED:
        workstation.adviser = replace(adviser, roles=frozenset(roles))
        with pytest.raises(PermissionDenied):
            SUPERVISOR_ONLY[action](workstation, tmp_path)
        assert list(tmp_path.glob("*.csv")) == [], roles  # nothing written
    for roles in ALLOWED:
        workstation.adviser = replace(adviser, roles=frozenset(roles))
        SUPERVISOR_ONLY[action](workstation, tmp_path)
