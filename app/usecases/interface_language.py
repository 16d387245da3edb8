"""The language the adviser chose for the window, kept in the `[ui]` table of the profile's `profile.toml`:

```toml
[ui]
language = "sv"    # fi | sv | en; Finnish when not set
```

Only the window follows it. What is given to a client — hand-overs, consent receipts — follows the client's
own language.
"""

from __future__ import annotations

import tomllib

from app.errors import ValidationError
from app.profile import PROFILE_FILE, Profile
from app.text import Text
from app.workstation import Workstation

TABLE = "ui"
LANGUAGES = ("fi", "sv", "en")


def interface_language(workstation: Workstation) -> str | None:
    """The language chosen in this profile; None when none was chosen or the table cannot be understood (a
    hand-edited file must not stop the adviser from working)."""
    return read_interface_language(workstation.profile)


def read_interface_language(profile: Profile) -> str | None:
    try:
        table = tomllib.loads((profile.directory / PROFILE_FILE).read_text(encoding="utf-8")).get(TABLE, {})
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        return None
    language = table.get("language") if isinstance(table, dict) else None
    return language if language in LANGUAGES else None


def set_interface_language(workstation: Workstation, language: str) -> str:
    """Keep `language` as the window's language in the profile. Raises ValidationError for any other value."""
    if language not in LANGUAGES:
        raise ValidationError(Text("“%1” is not a language of the window.", language), "Choose fi, sv or en.")
    path = workstation.profile.directory / PROFILE_FILE
    kept: list[str] = []
    inside = False
    # Replace the [ui] table only, keeping every other line (the [crm] and [workstation] tables, comments).
    for line in path.read_text(encoding="utf-8").splitlines():
        stripped = line.strip()
        if stripped.startswith("["):
            inside = stripped == f"[{TABLE}]"
        if not inside:
            kept.append(line)
    while kept and not kept[-1].strip():
        kept.pop()
    path.write_text("\n".join([*kept, "", f"[{TABLE}]", f'language = "{language}"']) + "\n", encoding="utf-8")
    return language
