"""Building the CRM client and the engine for a workstation from its profile's `[crm]` table."""

from __future__ import annotations

from pathlib import Path

from app.crm_settings import crm_settings
from app.errors import NeuvoError
from app.text import Text
from app.workstation import Workstation
from sync.dataverse.auth import (
    STATIC_TOKEN_SECRET,
    ClientCredentialsTokenProvider,
    InteractiveTokenProvider,
    KeyringTokenCache,
    StaticTokenProvider,
    TokenProvider,
)
from sync.dataverse.client import DataverseClient
from sync.dataverse.config import DataverseConfig
from sync.engine.engine import SyncEngine, SyncOptions
from sync.engine.retry import RetryPolicy

CLIENT_SECRET = "crm-client-secret"  # noqa: S105 (the keyring entry's name)


class CrmNotConfigured(NeuvoError):
    def __init__(self) -> None:
        super().__init__("This profile has no CRM connection.",
                         "Add a [crm] table with the CRM's url to profile.toml (see README), or use --demo.")


def crm_client(workstation: Workstation, *, interactive: bool = True) -> DataverseClient:
    settings = crm_settings(workstation.profile)
    if not settings.configured:
        raise CrmNotConfigured
    assert settings.url is not None
    config = DataverseConfig(settings.url, ca_file=Path(settings.ca_file) if settings.ca_file else None)
    return DataverseClient(config, _tokens(workstation, settings.auth, settings.tenant_id, settings.client_id,
                                           config.scope, interactive))


def _tokens(workstation: Workstation, auth: str, tenant_id: str | None, client_id: str | None, scope: str,
            interactive: bool) -> TokenProvider:
    secrets = workstation.secret_store
    if auth == "static":
        token = secrets.get(STATIC_TOKEN_SECRET)
        if not token:
            raise NeuvoError("The CRM token of this profile is missing from its secret store.",
                             "Start the demo once more (it makes a new one), or sign in again.")
        return StaticTokenProvider(token)
    if not tenant_id or not client_id:
        raise NeuvoError("The [crm] table lacks tenant_id or client_id.", "Add both to profile.toml.")
    cache = KeyringTokenCache(secrets)
    if auth == "client_credentials":
        secret = secrets.get(CLIENT_SECRET)
        if not secret:
            raise NeuvoError("The CRM client secret is missing from the secret store.",
                             Text("Store it in the keyring as “%1”.", CLIENT_SECRET))
        return ClientCredentialsTokenProvider(client_id=client_id, tenant_id=tenant_id, scope=scope,
                                              client_credential=secret, cache=cache)
    return InteractiveTokenProvider(client_id=client_id, tenant_id=tenant_id, scope=scope, cache=cache,
                                    device_code=auth == "device_code" or not interactive)


def engine_for(workstation: Workstation, client: DataverseClient, *, options: SyncOptions | None = None,
               retry: RetryPolicy | None = None) -> SyncEngine:
    return SyncEngine(workstation.unit_of_work, client, options=options, retry=retry)
