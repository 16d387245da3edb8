"""The emulator's $filter parser: a table of accepted filters with the rows they select, and malformed ones that
answer 400 with Dataverse's error shape."""

from __future__ import annotations

import uuid

import httpx
import pytest

from sync.crm_schema import crm_tables
from sync.emulator.odata_filter import FilterError, parse_filter, to_sql, tokenize
from tests.sync.conftest import TOKEN

ROWS = [
    {"contactid": str(uuid.UUID(int=1)), "firstname": "Matti", "lastname": "O'Brien", "nickname": None,
     "birthdate": "1990-01-01", "nv_safetymarking": True, "nv_preferredlanguage": "fi"},
    {"contactid": str(uuid.UUID(int=2)), "firstname": "Anna", "lastname": "Virtanen", "nickname": "Anni",
     "birthdate": "2001-05-20", "nv_safetymarking": False, "nv_preferredlanguage": "sv"},
    {"contactid": str(uuid.UUID(int=3)), "firstname": "Ali", "lastname": "Virta", "nickname": None,
     "birthdate": None, "nv_safetymarking": False, "nv_preferredlanguage": "ar"},
]


@pytest.fixture(scope="module")
def filter_rows(emulator):
    with httpx.Client(base_url=emulator.api_url + "/", headers={"Authorization": f"Bearer {TOKEN}"}) as http:
        for row in ROWS:
            http.patch(f"contacts({row['contactid']})", json={"lastname": row["lastname"]} | {
                k: v for k, v in row.items() if k not in ("contactid",)}).raise_for_status()
    return emulator


CASES = [
    ("lastname eq 'O''Brien'", {1}),
    ("lastname eq 'virtanen'", {2}),  # strings compare case-insensitively, as in Dataverse
    ("lastname ne 'Virta'", {1, 2}),
    ("startswith(lastname,'Virt')", {2, 3}),
    ("endswith(lastname,'nen')", {2}),
    ("contains(firstname,'nn')", {2}),
    ("contains(lastname,'%')", set()),
    ("nickname eq null", {1, 3}),
    ("nickname ne null", {2}),
    ("null eq nickname", {1, 3}),
    ("nv_safetymarking eq true", {1}),
    ("birthdate gt 1995-01-01", {2}),
    ("birthdate le 1990-01-01", {1}),
    (f"contactid eq {uuid.UUID(int=2)}", {2}),
    (f"contactid gt {uuid.UUID(int=1)} and contactid lt {uuid.UUID(int=3)}", {2}),
    ("not (lastname eq 'Virta')", {1, 2}),
    ("lastname eq 'Virta' or firstname eq 'Matti'", {1, 3}),
    ("(lastname eq 'Virta' or firstname eq 'Matti') and nv_safetymarking eq false", {3}),
    ("startswith(lastname,'Virt') eq false", {1}),
    ("nv_preferredlanguage eq 'sv' or nv_preferredlanguage eq 'ar' and firstname eq 'Ali'", {2, 3}),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_filter_selects_the_right_rows(filter_rows, client, text, expected):
    ids = {str(uuid.UUID(int=n)) for n in (1, 2, 3)}
    rows = list(client.rows("contacts", _query(f"({text}) and contactid le {uuid.UUID(int=3)}")))
    assert {uuid.UUID(r["contactid"]).int for r in rows if r["contactid"] in ids} == expected


def _query(text):
    from sync.dataverse import Query
    return Query(select=("contactid",), filter=text)


MALFORMED = [
    "lastname eq",
    "lastname eq 'unterminated",
    "lastname = 'x'",
    "lastname eq 'x' and",
    "(lastname eq 'x'",
    "lastname eq 'x')",
    "contains(lastname)",
    "lastname EQ 'x'",
    "nosuchcolumn eq 1",
    "lastname eq 5",
    "nv_safetymarking eq 'yes'",
    "birthdate gt 2020-13-45",
    "nickname gt null",
    "'a' eq 'b'",
    "lastname eq 'x' # comment",
]


@pytest.mark.parametrize("text", MALFORMED)
def test_malformed_filter_answers_400_with_dataverse_error(emulator, text):
    response = httpx.get(f"{emulator.api_url}/contacts", params={"$filter": text},
                         headers={"Authorization": f"Bearer {TOKEN}"})
    assert response.status_code == 400
    error = response.json()["error"]
    assert error["code"] == "0x80060888"
    assert error["message"]


def test_syntax_errors_name_the_position():
    with pytest.raises(FilterError, match="position 12"):
        parse_filter("lastname eq eq 'x'")


def test_sql_carries_literals_only_as_parameters():
    sql, params = to_sql(parse_filter("lastname eq 'x''); DROP TABLE contact; --'"), crm_tables()["contact"])
    assert "DROP" not in sql
    assert params == ["x'); DROP TABLE contact; --"]


def test_tokenizer_tells_guids_dates_and_numbers_apart():
    kinds = [t.kind for t in tokenize("x eq 2020-01-01T10:00:00Z 2020-01-01 12 -1.5 "
                                      "00000000-0000-0000-0000-000000000001 'a''b'")]
    assert kinds == ["name", "name", "datetime", "date", "number", "number", "guid", "string"]
