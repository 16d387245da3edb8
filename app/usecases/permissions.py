"""Role checks made by the use cases themselves, so no window, script or integration can go around them."""

from __future__ import annotations

from app.domain.adviser import Adviser
from app.errors import PermissionDenied
from app.text import Text


def require_supervisor(adviser: Adviser, what: str) -> None:
    """Refuse `what` (e.g. "the audit log") unless the adviser is a supervisor or an administrator."""
    if not adviser.supervises:
        raise PermissionDenied(Text("Only supervisors and administrators may open %1.", Text(what)),
                               "Ask a supervisor, or ask the city's IT administrator to grant you the role.")
