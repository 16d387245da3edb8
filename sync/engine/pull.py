"""Pull: per table, Dataverse change tracking from the stored delta link (none: the first sync pages through
everything). Each page is applied in its own local transaction; the delta link of the last page is stored only
after that page is applied, so a pull that stops half-way starts again from the previous link and applies the
same changes once more — harmless, since applying is idempotent (a row at the version held here is skipped).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from urllib.parse import urlsplit, urlunsplit

from sync.dataverse.errors import BadRequest
from sync.engine.entities import EntitySync, PullCounts
from sync.engine.push import PushContext

log = logging.getLogger(__name__)


def pull(context: PushContext, entities: Iterable[EntitySync], *, page_size: int | None = None,
         stopped: Callable[[], bool] = lambda: False,
         on_page: Callable[[str, PullCounts], None] | None = None) -> PullCounts:
    total = PullCounts()
    for entity in entities:
        if stopped():
            break
        counts = context.retry.call(lambda entity=entity: _pull_table(context, entity, page_size, stopped, on_page))
        total.add(counts)
    return total


def _pull_table(context: PushContext, entity: EntitySync, page_size: int | None, stopped: Callable[[], bool],
                on_page: Callable[[str, PullCounts], None] | None) -> PullCounts:
    with context.unit_of_work() as uow:
        link = uow.sync.delta_link(entity.entity)
    if link is not None:
        link = rebased_link(link, context.client.config.api_url)
    try:
        return _pages(context, entity, link, page_size, stopped, on_page)
    except BadRequest:
        if link is None:
            raise
        # Dataverse forgets change-tracking tokens after a while (and refuses a tampered one): start over.
        log.warning("pull: the CRM refused the stored delta link of %s; reading the table again", entity.entity)
        return _pages(context, entity, None, page_size, stopped, on_page)


def rebased_link(link: str, api_url: str) -> str | None:
    """The stored delta link on the CRM address configured now. The demo's emulator gets a new port at every
    start; a link onto another API root (another environment) is dropped, which means reading the table again."""
    stored, current = urlsplit(link), urlsplit(api_url)
    if not stored.path.startswith(current.path.rstrip("/") + "/"):
        log.warning("pull: the stored delta link belongs to another CRM address; reading the table again")
        return None
    return urlunsplit((current.scheme, current.netloc, stored.path, stored.query, ""))


def _pages(context: PushContext, entity: EntitySync, link: str | None, page_size: int | None,
           stopped: Callable[[], bool], on_page: Callable[[str, PullCounts], None] | None) -> PullCounts:
    counts = PullCounts()
    pages = context.client.changes(entity.table.entity_set, select=entity.select(), delta_link=link,
                                   page_size=page_size)
    for page in pages:
        with context.unit_of_work() as uow:
            uow.sync.take_write_lock(entity.entity)
            page_counts = entity.apply_page(uow, page)
            if page.delta_link is not None:
                uow.sync.store_delta_link(entity.entity, page.delta_link)
            uow.commit()
        counts.add(page_counts)
        if on_page is not None:
            on_page(entity.entity, page_counts)
        if stopped():
            break
    return counts
