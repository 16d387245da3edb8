"""Where this workstation serves today — at the counter, on the phone or at an outreach event — kept in the
`[workstation]` table of the profile's `profile.toml`:

```toml
[workstation]
mode = "outreach"                   # counter | phone | outreach
event = "Kirjaston digitori"        # the outreach event's name (outreach only)
```

The mode presets the channel of every encounter the panel starts (a ringing phone still makes it a phone
encounter), and names the event outreach visitors are tallied at. A laptop taken to an event keeps its mode
across restarts, so the adviser sets it once per event, not once per visitor.
"""

from __future__ import annotations

import json
import tomllib
from dataclasses import dataclass

from app.domain.encounter import EVENT_NAME_MAX_LENGTH, EncounterChannel
from app.errors import ValidationError
from app.profile import PROFILE_FILE, Profile
from app.text import Text
from app.workstation import Workstation

TABLE = "workstation"
# The channels a whole workstation works in; chat and e-mail are per encounter, not a place to sit.
MODES: tuple[EncounterChannel, ...] = (EncounterChannel.COUNTER, EncounterChannel.PHONE, EncounterChannel.OUTREACH)


@dataclass(frozen=True)
class WorkstationMode:
    channel: EncounterChannel = EncounterChannel.COUNTER
    event_name: str | None = None  # set exactly when the channel is outreach

    @property
    def is_outreach(self) -> bool:
        return self.channel is EncounterChannel.OUTREACH


def workstation_mode(workstation: Workstation) -> WorkstationMode:
    """The mode the profile was left in; counter when none was chosen or the table cannot be understood (a
    hand-edited file must not stop the adviser from working)."""
    return _read(workstation.profile)


def set_workstation_mode(workstation: Workstation, channel: EncounterChannel,
                         event_name: str | None = None) -> WorkstationMode:
    """Keep the mode in the profile and return it. Outreach needs the event's name (its visitors are tallied by
    it); the other modes drop any event name. Raises ValidationError for a channel that is not a workstation
    mode or a missing or too long event name."""
    if channel not in MODES:
        raise ValidationError(Text("“%1” is not a workstation mode.", channel.value),
                              "Choose counter, phone or outreach.")
    event = " ".join((event_name or "").split())
    if channel is EncounterChannel.OUTREACH:
        if not event:
            raise ValidationError("Outreach needs the event's name.", "Type the name of the event you are at.")
        if len(event) > EVENT_NAME_MAX_LENGTH:
            raise ValidationError(Text("The event name is longer than %1 characters.", EVENT_NAME_MAX_LENGTH),
                                  "Shorten it.")
    mode = WorkstationMode(channel, event if channel is EncounterChannel.OUTREACH else None)
    _write(workstation.profile, mode)
    return mode


def _read(profile: Profile) -> WorkstationMode:
    try:
        table = tomllib.loads((profile.directory / PROFILE_FILE).read_text(encoding="utf-8")).get(TABLE, {})
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        return WorkstationMode()
    if not isinstance(table, dict):
        return WorkstationMode()
    try:
        channel = EncounterChannel(table.get("mode", EncounterChannel.COUNTER.value))
    except ValueError:
        return WorkstationMode()
    event = table.get("event")
    event = " ".join(event.split())[:EVENT_NAME_MAX_LENGTH] if isinstance(event, str) else ""
    if channel not in MODES or (channel is EncounterChannel.OUTREACH and not event):
        return WorkstationMode()
    return WorkstationMode(channel, event if channel is EncounterChannel.OUTREACH else None)


def _write(profile: Profile, mode: WorkstationMode) -> None:
    """Replace the `[workstation]` table, keeping every other line (the [crm] table, comments) as it is."""
    path = profile.directory / PROFILE_FILE
    kept: list[str] = []
    inside = False
    for line in path.read_text(encoding="utf-8").splitlines():
        stripped = line.strip()
        if stripped.startswith("["):
            inside = stripped == f"[{TABLE}]"
        if not inside:
            kept.append(line)
    while kept and not kept[-1].strip():
        kept.pop()
    table = ["", f"[{TABLE}]", f"mode = {_toml_string(mode.channel.value)}"]
    if mode.event_name:
        table.append(f"event = {_toml_string(mode.event_name)}")
    path.write_text("\n".join(kept + table) + "\n", encoding="utf-8")


def _toml_string(value: str) -> str:
    # A JSON string is a valid TOML basic string (same escapes), whatever the event's name holds.
    return json.dumps(value, ensure_ascii=False)
