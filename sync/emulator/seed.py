"""Seeding the emulator with the demo population (app/demo_population.py), mapped to `contact` rows by
sync/contact_mapping.py — so the CRM holds the very people (same ids) the demo workstation holds.

Seeding happens once per data directory: the emulator remembers what it was seeded with and does nothing when
asked again for the same population.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import time
from collections.abc import Callable
from datetime import UTC, datetime

from app.demo_population import DemoPopulation
from sync.contact_mapping import CONTACT_TABLE, contact_from_client
from sync.emulator.odata_filter import utc_text
from sync.emulator.storage import EmulatorStore

log = logging.getLogger(__name__)

# The demo CRM's identity-code hash key. A city tenant's key is a secret shared by its workstations; the demo's
# is public on purpose, since every demo person is made up.
DEMO_IDENTITY_HASH_KEY = b"neuvo-demo-crm-identity-code-key"
_SEEDED = "seeded-demo"


def demo_identity_hash(code: str) -> str:
    return hmac.new(DEMO_IDENTITY_HASH_KEY, code.upper().encode("ascii"), hashlib.sha256).hexdigest()


def seed_demo_contacts(store: EmulatorStore, count: int, *, seed: int = 1,
                       cancelled: Callable[[], bool] = lambda: False) -> int:
    """Insert the first `count` demo clients as contacts; returns how many were added (0 when already there).
    A cancelled seeding keeps what it wrote and carries on where it stopped at the next start."""
    marker = f"{seed}:{count}"
    if store.meta(_SEEDED) == marker:
        return 0
    started = time.perf_counter()
    table = store.tables[CONTACT_TABLE]
    names = [c.attribute for c in table.columns if c.name != "versionnumber"]
    now = utc_text(datetime.now(UTC))

    def rows():
        existing = {row[0] for row in store.connection.execute("SELECT contactid FROM contact")}
        for client in DemoPopulation(seed).clients(count):
            if cancelled():
                return
            row = contact_from_client(client, demo_identity_hash, prefix=_prefix(store))
            if row["contactid"] in existing:
                continue
            for key in [k for k in row if k.endswith(("interpreterneeded", "safetymarking"))]:
                row[key] = 1 if row[key] else 0
            row["fullname"] = f"{row['firstname']} {row['lastname']}"
            row["createdon"] = row["modifiedon"] = now
            row["statecode"] = 0
            yield row

    with store.lock:
        added = store.insert_many(table, rows(), names)
        if not cancelled():
            store.set_meta(_SEEDED, marker)
    log.info("CRM emulator seeded with %d demo contacts in %.1f s", added, time.perf_counter() - started)
    return added


def _prefix(store: EmulatorStore) -> str:
    for name in store.tables:
        if name != CONTACT_TABLE:
            return name.split("_", 1)[0] + "_"
    return "nv_"
