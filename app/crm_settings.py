"""The profile's CRM connection: the `[crm]` table of `profile.toml`.

```toml
[crm]
url = "https://city.crm4.dynamics.com"   # the Dataverse environment
auth = "interactive"                      # interactive | device_code | client_credentials | static
tenant_id = "…"                            # Azure AD tenant and app registration (not for `static`)
client_id = "…"
ca_file = "…"                              # optional: one more certificate to trust (the local emulator's)
```

Tokens and client secrets are never here: they live in the OS keyring. The demo profile records its local
emulator here on every start (its port changes), with auth `static`.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass

from app.profile import PROFILE_FILE, Profile

AUTH_KINDS = ("interactive", "device_code", "client_credentials", "static")


@dataclass(frozen=True)
class CrmSettings:
    url: str | None = None
    auth: str = "interactive"
    tenant_id: str | None = None
    client_id: str | None = None
    ca_file: str | None = None

    @property
    def configured(self) -> bool:
        return bool(self.url)


def crm_settings(profile: Profile) -> CrmSettings:
    """The profile's CRM settings; an unreadable or malformed table counts as not configured."""
    try:
        table = tomllib.loads((profile.directory / PROFILE_FILE).read_text(encoding="utf-8")).get("crm", {})
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        return CrmSettings()
    if not isinstance(table, dict):
        return CrmSettings()
    values = {k: table.get(k) for k in ("url", "auth", "tenant_id", "client_id", "ca_file")}
    if not all(v is None or isinstance(v, str) for v in values.values()) or \
            (values["auth"] is not None and values["auth"] not in AUTH_KINDS):
        return CrmSettings()
    return CrmSettings(**{k: v for k, v in values.items() if v is not None})


def record_crm_settings(profile: Profile, settings: CrmSettings) -> None:
    """Replace the `[crm]` table of `profile.toml`, keeping every other line as it is."""
    path = profile.directory / PROFILE_FILE
    kept: list[str] = []
    inside = False
    for line in path.read_text(encoding="utf-8").splitlines():
        stripped = line.strip()
        if stripped.startswith("["):
            inside = stripped == "[crm]"
        if not inside:
            kept.append(line)
    while kept and not kept[-1].strip():
        kept.pop()
    table = ["", "[crm]"] + [f"{name} = {_toml_string(value)}" for name, value in (
        ("url", settings.url), ("auth", settings.auth), ("tenant_id", settings.tenant_id),
        ("client_id", settings.client_id), ("ca_file", settings.ca_file)) if value is not None]
    path.write_text("\n".join(kept + table) + "\n", encoding="utf-8")


def _toml_string(value: str) -> str:
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
