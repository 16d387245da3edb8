"""The workstation mode in profile.toml: kept across restarts, next to the CRM settings, refused when it makes no
sense, and harmless when the file was edited by hand."""

from __future__ import annotations

import pytest

from app.crm_settings import CrmSettings, crm_settings, record_crm_settings
from app.domain.encounter import EncounterChannel
from app.errors import ValidationError
from app.profile import PROFILE_FILE
from app.usecases.workstation_mode import WorkstationMode, set_workstation_mode, workstation_mode
from app.workstation import open_workstation


def test_the_mode_is_kept_in_the_profile_beside_the_crm_settings(tmp_path, memory_keyring):
    workstation = open_workstation(tmp_path / "p")
    try:
        assert workstation_mode(workstation) == WorkstationMode()
        record_crm_settings(workstation.profile, CrmSettings(url="https://city.crm4.dynamics.com"))
        mode = set_workstation_mode(workstation, EncounterChannel.OUTREACH, '  Kirjaston  "digitori"\n')
        assert mode == WorkstationMode(EncounterChannel.OUTREACH, 'Kirjaston "digitori"')
        record_crm_settings(workstation.profile, CrmSettings(url="https://other.crm4.dynamics.com"))
    finally:
        workstation.close()
    reopened = open_workstation(tmp_path / "p")
    try:
        assert workstation_mode(reopened) == mode
        assert crm_settings(reopened.profile).url == "https://other.crm4.dynamics.com"
        assert set_workstation_mode(reopened, EncounterChannel.PHONE, "ignored").event_name is None
        assert "event" not in (reopened.profile.directory / PROFILE_FILE).read_text(encoding="utf-8")
    finally:
        reopened.close()


@pytest.mark.parametrize(("channel", "event", "message"), [
    (EncounterChannel.OUTREACH, "  ", "needs the event's name"),
    (EncounterChannel.OUTREACH, "x" * 121, "longer than 120"),
    (EncounterChannel.CHAT, None, "not a workstation mode"),
])
def test_a_mode_that_makes_no_sense_is_refused(workstation, channel, event, message):
    with pytest.raises(ValidationError, match=message):
        set_workstation_mode(workstation, channel, event)
    assert workstation_mode(workstation) == WorkstationMode()


@pytest.mark.parametrize("table", ['[workstation]\nmode = "teleport"\n', '[workstation]\nmode = "outreach"\n',
                                   "[workstation]\nmode = 7\n", "workstation = 3\n"])
def test_a_hand_edited_table_falls_back_to_the_counter(workstation, table):
    path = workstation.profile.directory / PROFILE_FILE
    path.write_text(path.read_text(encoding="utf-8") + table, encoding="utf-8")
    assert workstation_mode(workstation) == WorkstationMode()
