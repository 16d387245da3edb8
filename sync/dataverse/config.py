"""Where the CRM is and how to reach it: environment URL, Web API version, certificate trust, time-outs.

Rules that protect the bearer token: the URL must be https, except on loopback (the local emulator without
--tls), and certificate verification is always on. `ca_file` adds trust in one more certificate (the emulator's
self-signed one); it never turns verification off.
"""

from __future__ import annotations

import ipaddress
import ssl
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

API_VERSION = "v9.2"
LOOPBACK_NAMES = ("localhost",)
MAX_PAGE_SIZE = 5000  # Dataverse's largest page
# A 5,000-row page of the widest table Neuvo reads is a few MB; a body past this is not a Web API answer, and
# reading it whole would let a hostile or broken server exhaust the workstation's memory.
MAX_RESPONSE_BYTES = 64 * 1024 * 1024


class InsecureUrlError(ValueError):
    """The CRM URL would send the token in clear text, or is not a URL at all."""


@dataclass(frozen=True)
class DataverseConfig:
    environment_url: str  # e.g. https://city.crm4.dynamics.com
    api_version: str = API_VERSION
    ca_file: Path | None = None
    timeout_seconds: float = 60.0
    connect_timeout_seconds: float = 10.0
    page_size: int = MAX_PAGE_SIZE
    max_response_bytes: int = MAX_RESPONSE_BYTES

    def __post_init__(self) -> None:
        object.__setattr__(self, "environment_url", check_environment_url(self.environment_url))
        if not 1 <= self.page_size <= MAX_PAGE_SIZE:
            raise ValueError(f"page_size must be 1…{MAX_PAGE_SIZE}")
        if self.ca_file is not None and not Path(self.ca_file).is_file():
            raise FileNotFoundError(f"the CA file {self.ca_file} does not exist")

    @property
    def api_url(self) -> str:
        return f"{self.environment_url}/api/data/{self.api_version}"

    @property
    def scope(self) -> str:
        """The OAuth scope Azure AD issues Dataverse tokens for."""
        return f"{self.environment_url}/.default"

    def ssl_context(self) -> ssl.SSLContext:
        context = ssl.create_default_context()
        if self.ca_file is not None:
            context.load_verify_locations(cafile=str(self.ca_file))
        return context


def is_loopback_host(host: str) -> bool:
    if host.lower() in LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def check_environment_url(url: str) -> str:
    """The URL without a trailing slash; raises InsecureUrlError for plain http to anything but loopback."""
    parts = urlsplit((url or "").strip())
    if parts.scheme not in ("https", "http") or not parts.hostname:
        raise InsecureUrlError(f"not an http(s) URL: {url!r}")
    if parts.username or parts.password or parts.query or parts.fragment:
        raise InsecureUrlError("the CRM URL may not carry user names, passwords, a query or a fragment")
    if parts.scheme == "http" and not is_loopback_host(parts.hostname):
        raise InsecureUrlError(
            f"refusing plain http to {parts.hostname}: the bearer token would travel unencrypted; use https "
            "(plain http is allowed only to 127.0.0.1, ::1 and localhost)")
    return f"{parts.scheme}://{parts.netloc}{parts.path}".rstrip("/")
