"""`neuvo import-services` and `neuvo search-services` on a demo profile."""

from __future__ import annotations

import json

from app.workstation import open_workstation
from neuvo.cli import main
from tests.test_service_import import _service


def test_import_then_search_prints_the_use_case_ranking(tmp_path, no_keyring, capsys):
    open_workstation(tmp_path / "demo", demo=True).close()
    records = [_service("Nuorten työpajat", "11111111-1111-4111-8111-111111111111"),
               _service("Työpajojen tila-avustus", "22222222-2222-4222-8222-222222222222")]
    source = tmp_path / "services.json"
    source.write_text(json.dumps(records), encoding="utf-8")
    assert main(["import-services", str(source), "--profile", str(tmp_path / "demo")]) == 0
    assert "2 new" in capsys.readouterr().out
    assert main(["search-services", "työpaja", "--profile", str(tmp_path / "demo"), "--json"]) == 0
    answer = json.loads(capsys.readouterr().out)
    assert [r["ptv_id"] for r in answer["results"]][:1] == ["11111111-1111-4111-8111-111111111111"]
    assert answer["results"][0]["score"] >= answer["results"][-1]["score"]
    assert main(["search-services", "työpaja", "--profile", str(tmp_path / "demo")]) == 0
    first = capsys.readouterr().out.splitlines()[0].split()
    assert first[1] == "11111111-1111-4111-8111-111111111111"
    assert main(["search-services", "xyzzyq", "--profile", str(tmp_path / "demo")]) == 1


def test_import_of_a_foreign_file_exits_2_and_names_it(tmp_path, no_keyring, capsys):
    open_workstation(tmp_path / "demo", demo=True).close()
    (tmp_path / "x.json").write_text('{"foo": 1}', encoding="utf-8")
    assert main(["import-services", str(tmp_path / "x.json"), "--profile", str(tmp_path / "demo")]) == 2
    assert "x.json holds no PTV services" in capsys.readouterr().err
