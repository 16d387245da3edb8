"""The names of the services offered in an encounter, for the encounter panel's list.

The encounter keeps only PTV ids (they are what the CRM and the exports carry); the adviser reads names. The
catalogue is public data, so reading it is not audited.
"""

from __future__ import annotations

from collections.abc import Sequence

from app.domain.service import localized
from app.workstation import Workstation


def offered_service_names(workstation: Workstation, ptv_ids: Sequence[str], language: str = "fi") -> dict[str, str]:
    """Each id's service name in `language` (else another language it has). An id the catalogue does not hold
    (withdrawn since, or from another workstation's catalogue) is left out: show the id itself."""
    names: dict[str, str] = {}
    with workstation.unit_of_work() as uow:
        for ptv_id in dict.fromkeys(ptv_ids):
            found = uow.service_search.service(ptv_id.strip())
            if found is None:
                continue
            name = localized(found[1].names, language)
            if name is not None:
                names[ptv_id] = name.text
    return names
