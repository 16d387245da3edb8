"""`neuvo lookup`: the window's ranking, scriptable, audited the same way."""

from __future__ import annotations

import json

from app.domain.audit import AuditAction
from app.domain.client import Client, Phone
from app.workstation import open_workstation
from neuvo.cli import main


def _profile_with_a_client(tmp_path) -> tuple[object, Client]:
    client = Client(first_names="Aino Maria", last_name="Mäkinen", phones=[Phone("+358401234567")])
    workstation = open_workstation(tmp_path / "demo", demo=True)
    with workstation.unit_of_work() as uow:
        uow.clients.add(client)
        uow.commit()
    workstation.close()
    return tmp_path / "demo", client


def test_lookup_prints_json_with_why_each_client_matched(tmp_path, no_keyring, capsys):
    profile, client = _profile_with_a_client(tmp_path)
    assert main(["lookup", "--profile", str(profile), "--json", "040", "123", "4567"]) == 0
    answer = json.loads(capsys.readouterr().out)
    assert answer["query_kind"] == "phone"
    assert answer["matches"] == [{"id": str(client.id), "name": "Mäkinen, Aino Maria", "birth_date": None,
                                  "why": "phone", "recently_served": False}]
    workstation = open_workstation(profile, demo=True)
    with workstation.unit_of_work() as uow:
        events = [event for event in uow.audit.latest() if event.action is AuditAction.SEARCH_CLIENTS]
    workstation.close()
    assert [event.reason for event in events] == ["phone: 1 found"]


def test_lookup_table_and_exit_1_when_nothing_matches(tmp_path, no_keyring, capsys):
    profile, client = _profile_with_a_client(tmp_path)
    assert main(["lookup", "--profile", str(profile), "makinen"]) == 0
    assert f"{client.id}  Mäkinen, Aino Maria" in capsys.readouterr().out
    assert main(["lookup", "--profile", str(profile), "Virtanen"]) == 1
    assert "No client matches" in capsys.readouterr().err


def test_lookup_with_an_invalid_identity_code_explains_it(tmp_path, no_keyring, capsys):
    profile, _ = _profile_with_a_client(tmp_path)
    assert main(["lookup", "--profile", str(profile), "010190-123A"]) == 1
    assert "check" in capsys.readouterr().err


def test_lookup_never_creates_a_profile(tmp_path, no_keyring, capsys):
    assert main(["lookup", "--demo", "--profile", str(tmp_path / "nowhere"), "x"]) == 2
    assert not (tmp_path / "nowhere").exists()
