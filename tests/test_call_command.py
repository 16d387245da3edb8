"""`neuvo call NUMBER`, `neuvo tel:…` and `neuvo telephony-token`: one line and exit 2 for what the user can fix."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.errors import ValidationError
from app.profile import PROFILE_FILE, open_profile
from app.secrets import secret_store_for
from app.workstation import open_workstation
from neuvo.cli import main
from neuvo.telephony.settings import TelephonySettings, telephony_settings
from neuvo.telephony.tel_uri import number_from_argument
from neuvo.telephony.token import TELEPHONY_TOKEN


@pytest.mark.parametrize(("argument", "e164"), [
    ("tel:+358401234567", "+358401234567"),
    ("tel:040%20123%204567", "+358401234567"),
    ("TEL:+358-40-123-4567;ext=12", "+358401234567"),
    ("tel://0401234567", "+358401234567"),
    ("tel:+46701234567", "+46701234567"),
    ("040 123 4567", "+358401234567"),
    ("358401234567", "+358401234567"),
])
def test_numbers_and_tel_uris_are_read_as_e164(argument: str, e164: str) -> None:
    assert number_from_argument(argument) == e164


@pytest.mark.parametrize("argument", ["tel:", "tel:12", "tel:abc", "tel:%ff%fe", "tel:" + "1" * 300, "call me"])
def test_what_is_not_a_number_is_a_validation_error(argument: str) -> None:
    with pytest.raises(ValidationError) as error:
        number_from_argument(argument)
    assert error.value.fix


@pytest.mark.parametrize("argv", [["call", "12"], ["call", "tel:12"], ["call", "tel:abc"], ["tel:12"],
                                  ["--demo", "tel:not-a-number"], ["call", "tel:%ff"]])
def test_a_bad_number_is_one_line_and_exit_2(argv: list[str], tmp_path: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    assert main([*argv, "--profile", str(tmp_path / "p")]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("neuvo: ")
    assert err.count("\n") == 0
    assert not (tmp_path / "p").exists()  # refused before anything was opened or created


def test_a_too_short_number_says_so(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["call", "040 12", "--profile", str(tmp_path / "p")]) == 2
    assert "too short" in capsys.readouterr().err


def test_a_stray_argument_is_not_taken_for_a_number(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["0401234567", "--profile", str(tmp_path / "p")]) == 2
    err = capsys.readouterr().err
    assert "tel:" in err
    assert "0401234567" not in err  # not echoed: it may be someone's number


def test_call_needs_a_number(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["call"])
    assert exit_info.value.code == 2


def test_telephony_token_is_made_once_and_kept_in_the_keyring(tmp_path: Path, memory_keyring,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    directory = tmp_path / "p"
    open_workstation(directory).close()

    assert main(["telephony-token", "--profile", str(directory)]) == 0
    first = capsys.readouterr().out.strip()
    assert len(first) >= 40
    assert main(["telephony-token", "--profile", str(directory)]) == 0
    assert capsys.readouterr().out.strip() == first
    assert secret_store_for(open_profile(directory)).get(TELEPHONY_TOKEN) == first
    assert first not in (directory / PROFILE_FILE).read_text()

    assert main(["telephony-token", "--profile", str(directory), "--new"]) == 0
    renewed = capsys.readouterr().out.strip()
    assert renewed != first
    assert secret_store_for(open_profile(directory)).get(TELEPHONY_TOKEN) == renewed


def test_telephony_token_for_a_missing_profile_is_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["telephony-token", "--profile", str(tmp_path / "none")]) == 2
    assert "No Neuvo profile" in capsys.readouterr().err
    assert not (tmp_path / "none").exists()


def test_telephony_token_of_a_demo_profile_without_keyring(demo_workstation, capsys) -> None:
    assert main(["telephony-token", "--profile", str(demo_workstation.profile.directory)]) == 0
    assert capsys.readouterr().out.strip() == demo_workstation.secret_store.get(TELEPHONY_TOKEN)


def _with_telephony(directory: Path, table: str) -> None:
    profile_file = directory / PROFILE_FILE
    profile_file.write_text(profile_file.read_text() + "\n[telephony]\n" + table + "\n")


def test_settings_default_and_read_from_profile_toml(workstation) -> None:
    assert telephony_settings(workstation.profile) == TelephonySettings()
    _with_telephony(workstation.profile.directory, "port = 40123\nendpoint = false")
    assert telephony_settings(workstation.profile) == TelephonySettings(port=40123, endpoint=False)


@pytest.mark.parametrize("table", ['port = "high"', "port = 80", "port = 70000", "port = true", 'endpoint = "no"'])
def test_bad_settings_turn_the_endpoint_off_and_say_why(workstation, table: str) -> None:
    _with_telephony(workstation.profile.directory, table)
    settings = telephony_settings(workstation.profile)
    assert not settings.endpoint
    assert settings.problem
    assert PROFILE_FILE in settings.problem
