"""The need taxonomy file: the packaged default, each kind of broken file with its message, the profile's own
copy, autocomplete on labels and synonyms (case- and ä/a-insensitive, ranked), and services proposing needs."""

from __future__ import annotations

import gzip
import json

import pytest

from app.need_taxonomy import (
    NeedTaxonomyError,
    fold,
    need_taxonomy_for_profile,
    needs_for_service_classes,
    parse_need_taxonomy,
    suggest_needs,
)
from resources import resource_path

AREAS = ("housing", "income", "employment", "education", "health", "family", "youth", "digital", "immigration",
         "leisure", "safety")

GOOD = """version = "t1"

[[need]]
code = "P1"
ptv = "http://uri.suomi.fi/codelist/ptv/ptvserclass2/code/P1"
label = { fi = "Asuminen", sv = "Boende", en = "Housing" }

[[need]]
code = "housing.eviction_risk"
parent = "P1"
label = { fi = "Häädön uhka", sv = "Risk för vräkning", en = "Risk of eviction" }
synonyms = { fi = ["häätö", "vuokravelka"], sv = ["vräkning"] }
"""


@pytest.fixture(scope="module")
def taxonomy():
    return need_taxonomy_for_profile(None)


def test_the_packaged_taxonomy_has_ptv_top_levels_and_forty_city_needs_across_the_areas(taxonomy):
    assert taxonomy.version
    leaves = [need for need in taxonomy.needs if not need.is_ptv]
    assert len(leaves) >= 40
    assert {need.code.split(".")[0] for need in leaves} == set(AREAS)
    assert all(need.parent is None or need.parent in taxonomy for need in taxonomy.needs)
    assert all(taxonomy.top_level(need.code).is_ptv for need in leaves)
    assert all(need.synonyms.get("fi") for need in leaves)


def test_ptv_levels_carry_the_code_lists_codes_uris_and_labels(taxonomy):
    records = {}
    for name in ("service_classes.json.gz", "life_events.json.gz"):
        with gzip.open(str(resource_path("ptv", name))) as stream:
            records.update({record["Notation"]: record for record in json.load(stream)})
    ptv = [need for need in taxonomy.needs if need.is_ptv]
    assert {"P1", "KE9", "KE5", "P28"} <= {need.code for need in ptv}
    for need in ptv:
        record = records[need.code]
        assert need.ptv_uri == record["Id"]
        assert need.label.fi == record["Label"]["Fi"]
        assert need.label.en == record["Label"]["En"]
        if need.code != "P9":  # the code list's Swedish label has the Finnish "ja"; ours is corrected
            assert need.label.sv == record["Label"]["Sv"]


def test_a_small_good_file_reads(tmp_path):
    taxonomy = parse_need_taxonomy(GOOD)
    assert taxonomy.codes == ("P1", "housing.eviction_risk")
    assert taxonomy["housing.eviction_risk"].depth == 1
    assert taxonomy.label("housing.eviction_risk", "sv") == "Risk för vräkning"
    assert taxonomy.label("gone.code", "fi") == "tuntematon koodi gone.code"
    assert taxonomy.label("gone.code", "en") == "unknown code gone.code"


@pytest.mark.parametrize(("change", "message", "line"), [
    (lambda s: s.replace('parent = "P1"', 'parent = "P99"'), "need 'housing.eviction_risk', key 'parent': the "
     "parent 'P99' is not a need of this file", 10),
    (lambda s: s.replace('code = "housing.eviction_risk"\nparent = "P1"', 'code = "P1"'),
     "need 'P1', key 'code': the code is used twice", 9),
    (lambda s: s.replace(', en = "Risk of eviction"', ""), "need 'housing.eviction_risk', key 'label.en': the "
     "English label is missing", 11),
    (lambda s: s.replace('label = { fi = "Asuminen"', 'lable = { fi = "Asuminen"'), "need 'P1', key 'lable': "
     "unknown key", 6),
    (lambda s: s.replace('version = "t1"', 'version = 3'), "key 'version'", 1),
    (lambda s: s.replace('synonyms = { fi = ["häätö", "vuokravelka"]', 'synonyms = { fi = "häätö"'),
     "key 'synonyms.fi': must be a list", 12),
    (lambda s: s.replace("code/P1\"", "code/P2\""), "need 'P1', key 'ptv': the URI is for P2", 5),
    (lambda s: s.replace("[[need]]\ncode = \"housing", "[need]\ncode = \"housing"), "TOML syntax error", None),
])
def test_each_kind_of_broken_file_is_refused_naming_the_line_and_key(change, message, line):
    with pytest.raises(NeedTaxonomyError) as raised:
        parse_need_taxonomy(change(GOOD), "needs_taxonomy.toml")
    assert message in str(raised.value)
    if line is not None:
        assert raised.value.line == line
        assert f"needs_taxonomy.toml, line {line}" in str(raised.value)


def test_a_cycle_of_parents_is_refused():
    looped = GOOD.replace('code = "P1"\nptv = "http://uri.suomi.fi/codelist/ptv/ptvserclass2/code/P1"',
                          'code = "P1"\nparent = "housing.eviction_risk"\n'
                          'ptv = "http://uri.suomi.fi/codelist/ptv/ptvserclass2/code/P1"')
    with pytest.raises(NeedTaxonomyError, match=r"loop \(P1 → housing.eviction_risk → P1\)") as raised:
        parse_need_taxonomy(looped)
    assert raised.value.key == "parent"
    assert raised.value.line == 5


def test_a_ptv_code_that_is_not_in_the_code_lists_is_refused():
    with pytest.raises(NeedTaxonomyError, match="P77 is not in the PTV code lists"):
        parse_need_taxonomy(GOOD.replace("code/P1\"", "code/P77\"").replace('code = "P1"', 'code = "P77"')
                            .replace('parent = "P1"', 'parent = "P77"'))


def test_the_profiles_own_file_replaces_the_default_and_is_reread_when_changed(tmp_path):
    own = tmp_path / "needs_taxonomy.toml"
    own.write_text(GOOD, encoding="utf-8")
    assert need_taxonomy_for_profile(tmp_path).codes == ("P1", "housing.eviction_risk")
    own.write_text(GOOD.replace('version = "t1"', 'version = "t2"') + "\n", encoding="utf-8")
    assert need_taxonomy_for_profile(tmp_path).version == "t2"
    own.write_text("version = \n", encoding="utf-8")
    with pytest.raises(NeedTaxonomyError, match="line 1"):
        need_taxonomy_for_profile(tmp_path)


# --- autocomplete --------------------------------------------------------------------------------------------

def codes(suggestions):
    return [s.code for s in suggestions]


def test_typing_the_beginning_of_a_label_finds_it_first(taxonomy):
    found = suggest_needs(taxonomy, "asu", "fi")
    assert found[0].code == "P1"
    assert found[0].label == "Asuminen"
    assert found[0].rank == 0


def test_synonyms_match_and_say_which_word_matched(taxonomy):
    [eviction] = [s for s in suggest_needs(taxonomy, "häätö", "fi") if s.code == "housing.eviction_risk"]
    assert eviction.matched_synonym == "häätö"
    assert eviction.path == ("Asuminen", "Vuokra-asuminen")
    assert "income.debt_advice" in codes(suggest_needs(taxonomy, "velat", "fi"))
    assert "income.social_assistance" in codes(suggest_needs(taxonomy, "toimeentulotuki", "fi"))
    assert "health.mental_health" in codes(suggest_needs(taxonomy, "mielenterveys", "fi"))
    assert {"employment.job_search", "income.unemployment_benefit"} <= set(codes(suggest_needs(taxonomy, "työtön")))
    assert "housing.housing_allowance" in codes(suggest_needs(taxonomy, "kela", "fi", limit=20))


def test_matching_ignores_case_and_the_dots_of_a_and_o(taxonomy):
    assert codes(suggest_needs(taxonomy, "HAATO", "fi")) == codes(suggest_needs(taxonomy, "häätö", "fi"))
    assert "housing.eviction_risk" in codes(suggest_needs(taxonomy, "haato", "fi"))
    assert fold("Vuokra-Asunto  Häätö") == "vuokra asunto haato"


def test_label_word_starts_rank_above_synonyms_and_infixes_last(taxonomy):
    found = suggest_needs(taxonomy, "vuokra", "fi", limit=20)
    ranks = [s.rank for s in found]
    assert ranks == sorted(ranks)
    assert found[0].code in ("P1.1", "housing.rental_search")
    assert found[0].rank == 0
    assert any(s.rank == 2 and s.code == "housing.eviction_risk" for s in found)
    infix = suggest_needs(taxonomy, "tulotuki", "fi")
    assert infix
    assert infix[0].code in ("P4.10", "income.social_assistance")
    assert infix[0].rank == 4


def test_suggestions_are_in_the_advisers_language(taxonomy):
    found = suggest_needs(taxonomy, "skuld", "sv")
    assert "KE9" in codes(found)
    assert next(s for s in found if s.code == "KE9").label == "Skuldsättning"
    assert "housing.eviction_risk" in codes(suggest_needs(taxonomy, "eviction", "en"))
    assert suggest_needs(taxonomy, "", "fi") == []
    assert suggest_needs(taxonomy, "   ", "fi") == []
    assert len(suggest_needs(taxonomy, "a", "fi", limit=3)) == 3


def test_a_service_class_proposes_the_city_needs_that_name_it_else_its_own_level(taxonomy):
    assert needs_for_service_classes(taxonomy, ["P4.10"]) == ["income.social_assistance"]
    assert needs_for_service_classes(taxonomy, ["P5.3"]) == ["P5"]  # vaccinations: only the main class is a need
    assert needs_for_service_classes(taxonomy, ["P24.1"]) == []
    assert needs_for_service_classes(taxonomy, ["P4.10", "P4.10", "P1.1"]) == [
        "income.social_assistance", "housing.rental_search"]
