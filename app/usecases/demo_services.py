"""The demo profile's service catalogue: the real PTV data shipped in resources/ptv/ (see its SOURCE.md).

446 published services of Vaasa, Naantali and the Population Register Centre with their 998 channels (PTV Open
API v8 responses, unchanged, gzip-compressed), and the code lists for service classes, life events, target
groups and municipalities. Imported through the same use case as a real catalogue.
"""

from __future__ import annotations

from collections.abc import Iterator

from app.errors import NeuvoError
from app.ptv.documents import PtvDocument, parse_json, read_document
from app.usecases.import_services import ImportProgress, ImportReport, import_services
from app.workstation import Workstation
from resources import resource_path

DEMO_SOURCE = "resources/ptv (demo catalogue)"
_CODE_LISTS = ("service_classes.json.gz", "life_events.json.gz", "target_groups.json.gz", "municipalities.json")
_RECORDS = ("services.json.gz", "servicechannels.json.gz")


def demo_documents() -> Iterator[PtvDocument]:
    for name in _CODE_LISTS:
        yield _document(resource_path("ptv", name), name)
    for name in _RECORDS:
        yield _document(resource_path("ptv", "demo", name), name)


def _document(resource, name: str) -> PtvDocument:
    return read_document(name, parse_json(name, resource.read_bytes()))


def seed_demo_services(workstation: Workstation, *, progress: ImportProgress | None = None) -> ImportReport:
    if not workstation.profile.is_demo:
        raise NeuvoError("The demo catalogue goes into demo profiles only.",
                         "Import the real catalogue with neuvo import-services.")
    return import_services(workstation, demo_documents(), source=DEMO_SOURCE, progress=progress)
