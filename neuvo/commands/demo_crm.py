"""The demo's CRM: the local emulator, started beside the demo workstation and recorded in its profile.

Started in a background thread so the window does not wait: the port is bound at once (so the URL can be
recorded), the certificate is made once, and the demo population is seeded into the emulator only on the first
start. Its data lives in the demo profile (`<demo>/crm-emulator/`), its token in the profile's secret store.
"""

from __future__ import annotations

import logging
import secrets

from app.crm_settings import CrmSettings, record_crm_settings
from app.workstation import Workstation

log = logging.getLogger(__name__)

EMULATOR_DIRECTORY = "crm-emulator"
STATIC_TOKEN_SECRET = "crm-static-token"  # noqa: S105 (the secret's name; sync.dataverse.auth uses the same)


def start_demo_crm(workstation: Workstation, *, clients: int, seed: int):
    """The running emulator (stop it with `.stop()`), or None when it could not start (the demo goes on)."""
    from sync.emulator.server import EmulatorServer

    profile = workstation.profile
    token = workstation.secret_store.get(STATIC_TOKEN_SECRET)
    if not token:
        token = secrets.token_urlsafe(32)
        workstation.secret_store.set(STATIC_TOKEN_SECRET, token)
    try:
        server = EmulatorServer(profile.directory / EMULATOR_DIRECTORY, token=token, tls=True, seed_demo=clients,
                                seed=seed)
        url = server.bind()
        record_crm_settings(profile, CrmSettings(url=url, auth="static", ca_file=str(server.cert_file)))
        server.start(wait=False)
    except (OSError, ValueError) as exc:
        log.warning("the demo CRM emulator did not start (%s); working locally", type(exc).__name__)
        return None
    log.info("demo CRM emulator at %s", url)
    return server
