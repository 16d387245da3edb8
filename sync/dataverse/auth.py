"""Bearer tokens for the Web API: from MSAL (advisers sign in interactively or with a device code; service
accounts use client credentials), or a fixed token for the local emulator.

MSAL keeps refresh tokens in its cache; `KeyringTokenCache` persists that cache in the profile's secret store
(the OS keyring, app/secrets.py), so an adviser signs in once per refresh-token lifetime, not once per start.
Tokens are never logged.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Protocol

import msal

from app.secrets import SecretStore

log = logging.getLogger(__name__)

TOKEN_CACHE_SECRET = "crm-token-cache"  # noqa: S105 (the secret's name, not a secret)
STATIC_TOKEN_SECRET = "crm-static-token"  # noqa: S105


class TokenUnavailable(Exception):
    """No token could be had (sign-in cancelled, consent missing, wrong client secret); the message says why."""


class TokenProvider(Protocol):
    def token(self) -> str:
        """A current access token (from cache when it is still valid)."""

    def invalidate(self) -> None:
        """Forget the cached access token: the server refused it (401), so the next `token()` gets a new one."""


class StaticTokenProvider:
    """A fixed token: the local emulator's (`neuvo crm-emulator --token T`)."""

    def __init__(self, token: str) -> None:
        if not token:
            raise ValueError("empty token")
        self._token = token

    def token(self) -> str:
        return self._token

    def invalidate(self) -> None:
        """A fixed token cannot be renewed; a 401 then reaches the caller."""


class KeyringTokenCache(msal.SerializableTokenCache):
    """MSAL's token cache, loaded from and saved to the profile's secret store (OS keyring)."""

    def __init__(self, secret_store: SecretStore, name: str = TOKEN_CACHE_SECRET) -> None:
        super().__init__()
        self._secret_store = secret_store
        self._name = name
        self._persist_lock = threading.Lock()  # not `_lock`: MSAL's cache has one of its own
        saved = secret_store.get(name)
        if saved:
            try:
                self.deserialize(saved)
            except ValueError:
                log.warning("the saved CRM token cache was unreadable; signing in again")

    def persist(self) -> None:
        with self._persist_lock:
            if self.has_state_changed:
                self._secret_store.set(self._name, self.serialize())
                self.has_state_changed = False


class _MsalTokenProvider:
    def __init__(self, app, scopes: list[str], cache: KeyringTokenCache | None) -> None:
        self._app = app
        self._scopes = scopes
        self._cache = cache
        self._lock = threading.Lock()
        self._force_refresh = False

    def invalidate(self) -> None:
        with self._lock:
            self._force_refresh = True

    def token(self) -> str:
        with self._lock:
            result = self._silent() or self._acquire()
            self._force_refresh = False
            if self._cache is not None:
                self._cache.persist()
            if not isinstance(result, dict) or "access_token" not in result:
                reason = result.get("error", "unknown") if isinstance(result, dict) else "no answer"
                raise TokenUnavailable(f"Azure AD gave no token ({reason}).")
            return result["access_token"]

    def _silent(self) -> dict | None:
        accounts = self._app.get_accounts()
        if not accounts:
            return None
        return self._app.acquire_token_silent(self._scopes, account=accounts[0], force_refresh=self._force_refresh)

    def _acquire(self) -> dict:
        raise NotImplementedError


class InteractiveTokenProvider(_MsalTokenProvider):
    """An adviser's own token (MSAL public client): the system browser, or a device code when there is none."""

    def __init__(self, *, client_id: str, tenant_id: str, scope: str, cache: KeyringTokenCache | None = None,
                 device_code: bool = False, show_device_code: Callable[[str], None] | None = None,
                 app=None) -> None:
        app = app or msal.PublicClientApplication(
            client_id, authority=f"https://login.microsoftonline.com/{tenant_id}", token_cache=cache)
        super().__init__(app, [scope], cache)
        self._device_code = device_code
        self._show_device_code = show_device_code or (lambda message: log.warning("%s", message))

    def _acquire(self) -> dict:
        if not self._device_code:
            return self._app.acquire_token_interactive(self._scopes)
        flow = self._app.initiate_device_flow(scopes=self._scopes)
        if "user_code" not in flow:
            raise TokenUnavailable(f"Azure AD refused the device-code sign-in ({flow.get('error', 'unknown')}).")
        self._show_device_code(flow["message"])  # "To sign in, open … and enter the code …"
        return self._app.acquire_token_by_device_flow(flow)


class ClientCredentialsTokenProvider(_MsalTokenProvider):
    """A service account's token (an app registration with a client secret or certificate)."""

    def __init__(self, *, client_id: str, tenant_id: str, scope: str, client_credential: str | dict,
                 cache: KeyringTokenCache | None = None, app=None) -> None:
        app = app or msal.ConfidentialClientApplication(
            client_id, authority=f"https://login.microsoftonline.com/{tenant_id}",
            client_credential=client_credential, token_cache=cache)
        super().__init__(app, [scope], cache)

    def _silent(self) -> dict | None:
        return None  # acquire_token_for_client looks in the cache itself

    def _acquire(self) -> dict:
        return self._app.acquire_token_for_client(scopes=self._scopes)
