"""The profile's telephony settings: the `[telephony]` table of `profile.toml`.

```toml
[telephony]
port = 31358      # the loopback port of POST /cti/ring; give each profile run at the same time its own
endpoint = true   # false: no HTTP endpoint (neuvo call and tel: URIs still work)
```

A bad value never stops the workstation from starting: the adviser's window matters more than the phone
integration, so the endpoint stays off and the status bar says why (`problem`); `neuvo call` and `tel:` URIs
still work.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass

from app.profile import PROFILE_FILE, Profile
from app.text import Text
from neuvo.telephony.ring_endpoint import DEFAULT_PORT

MIN_PORT = 1024  # below it needs administrator rights on POSIX


@dataclass(frozen=True)
class TelephonySettings:
    port: int = DEFAULT_PORT
    endpoint: bool = True
    problem: str | None = None  # why the settings could not be used as written (then the endpoint is off)


def telephony_settings(profile: Profile) -> TelephonySettings:
    path = profile.directory / PROFILE_FILE
    try:
        table = tomllib.loads(path.read_text(encoding="utf-8")).get("telephony", {})
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        return TelephonySettings(endpoint=False, problem=Text("%1 could not be read, so phone-system rings "
                                                              "are off.", PROFILE_FILE))
    if not isinstance(table, dict):
        return TelephonySettings(endpoint=False, problem=Text("telephony in %1 must be a [telephony] table.",
                                                              PROFILE_FILE))
    endpoint = table.get("endpoint", True)
    port = table.get("port", DEFAULT_PORT)
    if not isinstance(endpoint, bool):
        return TelephonySettings(problem=Text("telephony.endpoint in %1 must be true or false.", PROFILE_FILE),
                                 endpoint=False)
    if isinstance(port, bool) or not isinstance(port, int) or not MIN_PORT <= port <= 65535:
        return TelephonySettings(endpoint=False, problem=Text("telephony.port in %1 must be a whole number from "
                                                              "%2 to 65535.", PROFILE_FILE, str(MIN_PORT)))
    return TelephonySettings(port=port, endpoint=endpoint)
