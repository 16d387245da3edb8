"""Importing PTV JSON: real v8 responses, v9–v11 shapes, pages, re-import, withdrawal, broken and foreign input."""

from __future__ import annotations

import copy
import gzip
import json
from pathlib import Path

import httpx
import pytest

from app.ptv.documents import NotPtvData, documents_in, read_document
from app.ptv.records import read_channel, read_service
from app.usecases.import_services import import_services
from app.usecases.search_services import search_services, service_details
from neuvo.ptv_fetch import fetch_documents
from resources import resource_path

# Two v11 record shapes from ../shared/data/ptv/openapi-shapes/ (PTV's API definition; placeholder values).
SHAPES = Path(__file__).parent / "fixtures" / "ptv"


def _demo_records(name: str) -> list[dict]:
    return json.loads(gzip.decompress(resource_path("ptv", "demo", name).read_bytes()))


SERVICES = _demo_records("services.json.gz")
CHANNELS = _demo_records("servicechannels.json.gz")
VAASA = "7fdd7f84-e52a-4c17-a59a-d7c2a3095ed5"


def _service(name: str, ptv_id: str, organization: str = VAASA, **extra) -> dict:
    record = copy.deepcopy(SERVICES[0])
    record.update(id=ptv_id, serviceNames=[{"language": "fi", "value": name, "type": "Name"}],
                  organizations=[{"roleType": "Responsible", "organization": {"id": organization, "name": "X"}}],
                  serviceChannels=[])
    record.update(extra)
    return record


def _write(tmp_path, name: str, payload) -> object:
    path = tmp_path / name
    path.write_text(json.dumps(payload, ensure_ascii=False), encoding="utf-8")
    return path


def test_real_v8_records_read_with_texts_channels_and_hours():
    services = [read_service(record) for record in SERVICES]
    channels = [read_channel(record) for record in CHANNELS]
    assert len(services) == 446
    assert len(channels) == 998
    by_id = {s.ptv_id: s for s in services}
    assert by_id["f96c4f96-5629-4c4d-b87a-93370ed5097e"].names["fi"] == "Toimeentulotuki"
    assert sum(bool(c.hours.regular) for c in channels) > 200
    assert any(c.phones and c.phones[0].charge for c in channels)
    assert any(c.addresses and c.addresses[0].postal_code for c in channels)


def test_v11_shapes_are_read(tmp_path):
    service = json.loads((SHAPES / "V11VmOpenApiService.json").read_text(encoding="utf-8-sig"))
    service["id"] = "3fa85f64-5717-4562-b3fc-2c963f66afa6"
    service["serviceNames"] = [{"language": "fi", "value": "Kokeilupalvelu", "type": "Name"}]
    location = json.loads((SHAPES / "V11VmOpenApiServiceLocationChannel.json").read_text(encoding="utf-8-sig"))
    location.update(serviceChannelType="ServiceLocation",
                    serviceChannelNames=[{"language": "fi", "value": "Toimipiste", "type": "Name"}])
    location["serviceHours"][0].update(serviceHourType="DaysOfTheWeek", isAlwaysOpen=False, validFrom=None,
                                       validTo=None, openingHour=[{"dayFrom": "Monday", "dayTo": "",
                                                                   "from": "08:00", "to": "16:00"}])
    read = read_channel(location)
    assert read.kind.value == "visit"
    assert read.hours.regular
    assert read.accessibility  # v11 entrance sentences
    assert read_service(service).names == {"fi": "Kokeilupalvelu"}


def test_demo_import_then_idempotent_reimport(workstation):
    from app.usecases.demo_services import demo_documents

    first = import_services(workstation, demo_documents(), source="demo")
    assert (first.services_added, first.channels_added, first.skipped) == (446, 998, 0)
    before = search_services(workstation, "toimeentulotuki").hits
    again = import_services(workstation, demo_documents(), source="demo")
    assert (again.services_added, again.services_updated, again.services_withdrawn) == (0, 446, 0)
    assert [h.ptv_id for h in search_services(workstation, "toimeentulotuki").hits] == [h.ptv_id for h in before]


def test_withdrawn_and_absent_services_leave_the_search(workstation, tmp_path):
    one = _service("Kaupunkipyöräpalvelu", "11111111-1111-4111-8111-111111111111")
    two = _service("Kaupunkiviljelypalvelu", "22222222-2222-4222-8222-222222222222")
    other = _service("Kaupunkisuunnistus", "33333333-3333-4333-8333-333333333333",
                     organization="44444444-4444-4444-8444-444444444444")
    import_services(workstation, documents_in(_write(tmp_path, "a.json", [one, two, other])), source="a")
    assert len(search_services(workstation, "kaupunki").hits) == 3
    two_gone = dict(two, publishingStatus="Withdrawn")
    report = import_services(workstation, documents_in(_write(tmp_path, "b.json", [two_gone])), source="b")
    # `one` is absent from Vaasa's import: withdrawn; `two` is marked so by PTV; the other organisation stays.
    assert report.services_withdrawn == 2
    assert [h.ptv_id for h in search_services(workstation, "kaupunki").hits] == [other["id"]]
    assert service_details(workstation, one["id"]).service.status.value == "withdrawn"


def test_broken_record_is_reported_and_the_rest_imported(workstation, tmp_path):
    broken = {"id": "not-a-uuid", "serviceNames": [{"language": "fi", "value": "Rikki", "type": "Name"}]}
    nameless = _service("x", "55555555-5555-4555-8555-555555555555", serviceNames=[])
    good = _service("Ehjä palvelu", "66666666-6666-4666-8666-666666666666",
                    serviceClasses=[{"code": "P99.9", "uri": "http://example/P99.9", "name": []}])
    report = import_services(workstation, documents_in(_write(tmp_path, "s.json", [broken, nameless, good])),
                             source="s")
    assert report.services_added == 1
    assert report.skipped == 2
    assert any("s.json #1" in line and "no valid PTV id" in line for line in report.lines)
    assert any("no name" in line for line in report.lines)
    assert search_services(workstation, "ehjä").hits[0].ptv_id == good["id"]


def test_unknown_code_values_are_kept_and_reported(workstation, tmp_path):
    from app.usecases.demo_services import demo_documents

    import_services(workstation, [d for d in demo_documents() if d.name == "service_classes.json.gz"], source="c")
    odd = _service("Outo palvelu", "77777777-7777-4777-8777-777777777777",
                   serviceClasses=[{"code": "P99.9", "uri": None, "name": [{"language": "fi", "value": "Outo"}]}])
    report = import_services(workstation, documents_in(_write(tmp_path, "o.json", [odd])), source="o",
                             withdraw_absent=False)
    assert any("unknown service class 'P99.9'" in line for line in report.lines)
    from app.usecases.search_services import ServiceFilters
    hits = search_services(workstation, "outo", filters=ServiceFilters(service_classes=frozenset({"P99"}))).hits
    assert [h.ptv_id for h in hits] == [odd["id"]]


@pytest.mark.parametrize("content", [b"not json at all", b'{"hello": "world"}', b"[1, 2, 3]", b"\xff\xfe\x00"])
def test_a_foreign_file_is_refused_and_the_catalogue_untouched(workstation, tmp_path, content):
    good = _service("Säilyvä palvelu", "88888888-8888-4888-8888-888888888888")
    import_services(workstation, documents_in(_write(tmp_path, "g.json", [good])), source="g")
    (tmp_path / "z.json").write_bytes(content)
    with pytest.raises(NotPtvData):
        import_services(workstation, documents_in(tmp_path), source=str(tmp_path))  # g.json, then z.json
    assert [h.ptv_id for h in search_services(workstation, "säilyvä").hits] == [good["id"]]


def test_paged_api_import_with_organisation_filter(workstation):
    services = [_service(f"Sivupalvelu {n}", f"{n:08d}-0000-4000-8000-000000000000") for n in range(1, 6)]
    by_id = {s["id"]: s for s in services}
    requests: list[str] = []

    def answer(request: httpx.Request) -> httpx.Response:
        requests.append(str(request.url))
        path = request.url.path
        page = int(request.url.params.get("page", 1))
        if path.endswith(f"/Service/organization/{VAASA}"):
            ids = list(by_id)[(page - 1) * 2:page * 2]
            return httpx.Response(200, json={"pageNumber": page, "pageCount": 3,
                                             "itemList": [{"id": i, "name": "x"} for i in ids]})
        if path.endswith("/Service/list"):
            return httpx.Response(200, json=[by_id[i] for i in request.url.params["guids"].split(",")])
        if path.endswith(f"/ServiceChannel/organization/{VAASA}"):
            return httpx.Response(200, json={"pageNumber": 1, "pageCount": 1, "itemList": []})
        return httpx.Response(404)

    client = httpx.Client(transport=httpx.MockTransport(answer))
    documents = fetch_documents("https://ptv.example/api/v11", organization=VAASA, client=client)
    report = import_services(workstation, documents, source="api", organization=VAASA)
    assert report.services_added == 5
    assert sum("/Service/organization/" in url for url in requests) == 3
    assert len(search_services(workstation, "sivupalvelu").hits) == 5


def test_read_document_tells_pages_and_records_apart():
    assert read_document("p", {"pageNumber": 1, "pageCount": 1, "itemList": []}).kind.value == "id_page"
    assert read_document("s", SERVICES[:2]).kind.value == "services"
    with pytest.raises(NotPtvData):
        read_document("x", {"some": "thing"})
