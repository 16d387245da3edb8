"""The bearer token a phone-system connector presents to `POST /cti/ring`, kept in the profile's secret store."""

from __future__ import annotations

import secrets

from app.secrets import SecretStore

TELEPHONY_TOKEN = "telephony-token"  # noqa: S105 (the secret's name in the store, not the secret)
_TOKEN_BYTES = 32  # 256 bits: not guessable, so the endpoint needs no lock-out after wrong tokens


def telephony_token(secret_store: SecretStore) -> str:
    """The profile's token, made on first use."""
    token = secret_store.get(TELEPHONY_TOKEN)
    if not token:
        token = new_telephony_token(secret_store)
    return token


def new_telephony_token(secret_store: SecretStore) -> str:
    """Replace the token (when it may have leaked); the running window keeps the old one until restarted."""
    token = secrets.token_urlsafe(_TOKEN_BYTES)
    secret_store.set(TELEPHONY_TOKEN, token)
    return token
