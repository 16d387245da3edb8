"""Importing the national service catalogue (PTV): `neuvo import-services PATH|URL`, and the demo profile's seed.

The import reads every document first (files, or API pages fetched by the adapter in neuvo/ptv_fetch.py), then
writes everything in one transaction. So a file that is not PTV JSON at all, or a network failure halfway
through the pages, leaves the catalogue exactly as it was. A single broken record is different: it is skipped
with a line in the report, and the rest is imported.

Re-importing is idempotent: services and channels are updated by their PTV id. Withdrawal rule: a record PTV
marks Withdrawn/Deleted/Archived is stored as withdrawn; and an import is the complete catalogue of the
organisations it contains (or of `--organization`), so their published services and channels that are absent
from it are marked withdrawn too (`withdraw_absent=False` turns that off for partial files). Withdrawn services
leave the search but stay readable, since encounters may have offered them. Other organisations' services are
never touched.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from app.domain.service import GeneralDescription, Service, ServiceChannel, ServiceStatus
from app.ptv.code_lists import CodeListEntry, read_code_list_entry
from app.ptv.documents import DocumentKind, NotPtvData, PtvDocument
from app.ptv.records import BrokenRecord, read_channel, read_general_description, read_service
from app.search.service_indexing import CodeBook, ServiceIndexer, vocabulary_words
from app.search.service_techniques import ALL_TECHNIQUES, SearchTechniques
from app.search.service_text import CompoundSplitter
from app.store.service_index import LANGUAGES
from app.store.types import utc_now
from app.text import Text
from app.workstation import Workstation

# progress(stage, done, total): stages "reading", "indexing", "writing".
ImportProgress = Callable[[str, int, int], None]
MAX_REPORT_LINES = 1000


@dataclass
class ImportReport:
    source: str
    services_added: int = 0
    services_updated: int = 0
    services_withdrawn: int = 0
    channels_added: int = 0
    channels_updated: int = 0
    channels_withdrawn: int = 0
    code_list_entries: int = 0
    general_descriptions: int = 0
    skipped: int = 0
    lines: list[str] = field(default_factory=list)
    seconds: float = 0.0

    def note(self, line: str) -> None:
        if len(self.lines) < MAX_REPORT_LINES:
            self.lines.append(line)
        elif len(self.lines) == MAX_REPORT_LINES:
            self.lines.append("… further report lines left out")

    def summary(self) -> str:
        return (f"services: {self.services_added} new, {self.services_updated} updated, {self.services_withdrawn} "
                f"withdrawn; channels: {self.channels_added} new, {self.channels_updated} updated, "
                f"{self.channels_withdrawn} withdrawn; {self.code_list_entries} code-list values, "
                f"{self.general_descriptions} general descriptions; {self.skipped} records skipped "
                f"({self.seconds:.1f} s)")


@dataclass
class _Batch:
    services: dict[str, Service] = field(default_factory=dict)
    channels: dict[str, ServiceChannel] = field(default_factory=dict)
    general_descriptions: list[GeneralDescription] = field(default_factory=list)
    codes: list[CodeListEntry] = field(default_factory=list)


def import_services(workstation: Workstation, documents: Iterable[PtvDocument], *, source: str,
                    organization: str | None = None, withdraw_absent: bool = True,
                    progress: ImportProgress | None = None,
                    techniques: SearchTechniques = ALL_TECHNIQUES) -> ImportReport:
    """Import PTV documents into the catalogue in one transaction; see the module docstring for the rules."""
    started = time.perf_counter()
    report = ImportReport(source)
    tell = progress or (lambda stage, done, total: None)
    batch = _read(documents, report, tell)
    if organization:
        _keep_organization(batch, organization.lower(), report)
    if not (batch.services or batch.channels or batch.codes or batch.general_descriptions):
        raise NotPtvData(Text("%1 held no PTV records that could be imported.", source),
                         "Check the source; see the report lines for what was skipped.")

    with workstation.unit_of_work() as uow:
        catalogue = uow.service_catalogue
        code_book = CodeBook()
        for row in catalogue.code_list():
            code_book.add(*row)
        for entry in batch.codes:
            code_book.add(entry.scheme.value, entry.code, entry.uri, entry.old_uri, entry.parent, entry.labels)
        gd_names = catalogue.general_description_names() | {gd.ptv_id: gd.names for gd in batch.general_descriptions}
        words = {language: catalogue.vocabulary(language, "word") | _batch_words(batch, code_book, language)
                 for language in LANGUAGES}
        splitters = {language: CompoundSplitter(words[language], language) if techniques.decompounding else None
                     for language in LANGUAGES}
        indexer = ServiceIndexer(code_book, splitters, gd_names, synonyms=techniques.synonyms)
        services = list(batch.services.values())
        indexed = []
        for done, service in enumerate(services, start=1):
            indexed.append((service, indexer.entry(service)))
            if done % 500 == 0 or done == len(services):
                tell("indexing", done, len(services))
        for (scheme, code), ptv_id in sorted(indexer.unknown_codes.items()):
            report.note(f"unknown {scheme.replace('_', ' ')} {code!r} (first on service {ptv_id}): kept as given")

        now = utc_now()
        tell("writing", 0, 1)
        catalogue.save_code_list(batch.codes)
        catalogue.save_general_descriptions(batch.general_descriptions, now)
        saved = catalogue.save_services(indexed, now)
        report.services_added, report.services_updated = saved.added, saved.updated
        saved = catalogue.save_channels(list(batch.channels.values()), now)
        report.channels_added, report.channels_updated = saved.added, saved.updated
        catalogue.link_channels_to_services(
            (service_id, channel.ptv_id) for channel in batch.channels.values() for service_id in channel.service_ids)
        report.services_withdrawn = sum(s.status is ServiceStatus.WITHDRAWN for s in services)
        report.channels_withdrawn = sum(c.status is ServiceStatus.WITHDRAWN for c in batch.channels.values())
        if withdraw_absent:
            report.services_withdrawn += _withdraw_absent(catalogue, "services", batch.services, organization, now)
            report.channels_withdrawn += _withdraw_absent(catalogue, "channels", batch.channels, organization, now)
        catalogue.refresh_channel_kinds()
        for language in LANGUAGES:
            catalogue.add_vocabulary(language, "word", words[language])
            catalogue.add_vocabulary(language, "stem", _indexed_stems(indexed, language))
        report.code_list_entries = len(batch.codes)
        report.general_descriptions = len(batch.general_descriptions)
        report.seconds = time.perf_counter() - started
        catalogue.record_import(now, source, len(batch.services), len(batch.channels),
                                report.services_withdrawn + report.channels_withdrawn, report.skipped)
        uow.commit()
    tell("writing", 1, 1)
    report.seconds = time.perf_counter() - started
    return report


def _read(documents: Iterable[PtvDocument], report: ImportReport, tell: ImportProgress) -> _Batch:
    batch = _Batch()
    for count, document in enumerate(documents, start=1):
        tell("reading", count, document.page_count or count)
        if document.kind is DocumentKind.ORGANIZATIONS:
            continue
        if document.kind is DocumentKind.ID_PAGE:
            if document.records:
                report.note(f"{document.name}: a page of ids only ({len(document.records)}); import the full "
                            "records (the API's /list endpoints, or a URL import) instead")
            continue
        for position, record in enumerate(document.records, start=1):
            try:
                _read_record(document.kind, record, batch, report, f"{document.name} #{position}")
            except (BrokenRecord, ValueError, TypeError, KeyError, AttributeError) as broken:
                report.skipped += 1
                report.note(f"{document.name} #{position}: {broken}; skipped")
    return batch


def _read_record(kind: DocumentKind, record: Any, batch: _Batch, report: ImportReport, where: str) -> None:
    problems: list[str] = []
    if kind is DocumentKind.SERVICES:
        service = read_service(record, problems=problems)
        batch.services[service.ptv_id] = service
    elif kind is DocumentKind.CHANNELS:
        channel = read_channel(record, problems=problems)
        batch.channels[channel.ptv_id] = channel
    elif kind is DocumentKind.GENERAL_DESCRIPTIONS:
        batch.general_descriptions.append(read_general_description(record))
    elif kind is DocumentKind.CODE_LIST:
        batch.codes.append(read_code_list_entry(record))
    for problem in problems:
        report.note(f"{where}: {problem}")


def _keep_organization(batch: _Batch, organization: str, report: ImportReport) -> None:
    """Only the organisation's own services, and channels that it owns or its services use."""
    before = len(batch.services), len(batch.channels)
    batch.services = {ptv_id: s for ptv_id, s in batch.services.items() if s.organization_id == organization}
    used = {channel_id for service in batch.services.values() for channel_id in service.channel_ids}
    batch.channels = {ptv_id: c for ptv_id, c in batch.channels.items()
                      if c.organization_id == organization or ptv_id in used}
    report.note(f"organisation {organization}: kept {len(batch.services)} of {before[0]} services and "
                f"{len(batch.channels)} of {before[1]} channels")


def _withdraw_absent(catalogue, table: str, present: dict[str, Service] | dict[str, ServiceChannel],
                     organization: str | None, now) -> int:
    if not present:
        return 0  # a file of channels only says nothing about services, and vice versa
    organizations = {organization} if organization else {r.organization_id for r in present.values()
                                                          if r.organization_id}
    absent = [row_id for ptv_id, row_id in catalogue.published_ids(table, organizations).items()
              if ptv_id not in present]
    catalogue.withdraw(table, absent, now)
    return len(absent)


def _batch_words(batch: _Batch, code_book: CodeBook, language: str) -> set[str]:
    """Words the catalogue uses in `language`: the vocabulary compound splitting trusts."""
    texts: list[str | None] = [labels.get(language) for labels in code_book.labels.values()]
    for service in batch.services.values():
        texts.extend((service.names.get(language), service.alternative_names.get(language),
                      service.summaries.get(language), service.descriptions.get(language)))
        texts.extend(term.labels.get(language) for term in service.ontology_terms)
    for gd in batch.general_descriptions:
        texts.extend((gd.names.get(language), gd.summaries.get(language)))
    return vocabulary_words(texts)


def _indexed_stems(indexed: list[tuple[Service, Any]], language: str) -> set[str]:
    stems: set[str] = set()
    for _, entry in indexed:
        for column in entry.texts[language]:
            stems.update(column.split())
    return {term for term in stems if term.isalpha() and len(term) >= 3}
