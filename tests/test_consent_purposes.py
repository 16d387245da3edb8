"""The consent purposes file: the packaged default, a profile's own copy taking precedence, and every kind of
broken file refused with a message that names the line, or the purpose and the key."""

from __future__ import annotations

from datetime import date

import pytest

from app.consent_purposes import (
    PURPOSES_FILE,
    REQUIRED_PURPOSES,
    ConsentPurposesError,
    consent_purposes_for_profile,
    load_consent_purposes,
    packaged_purposes_path,
    parse_consent_purposes,
)

PACKAGED = packaged_purposes_path().read_text(encoding="utf-8")

CUSTOM = '''
[[purpose]]
code = "library_events"
default_validity_months = 12
guardian_required_under_15 = false
label = { fi = "Kirjaston tapahtumat", sv = "Bibliotekets evenemang", en = "Library events" }
explanation = { fi = "Tietoa tapahtumista.", sv = "Information om evenemang.", en = "News of events." }

[[purpose.text]]
version = "1"
effective_from = 2026-03-01
fi = "Suostun."
sv = "Jag samtycker."
en = "I agree."
'''


def broken(old: str, new: str) -> str:
    """The packaged file with the first occurrence of `old` outside the comments replaced by `new`."""
    start = 0
    while (index := PACKAGED.index(old, start)) >= 0:
        line_start = PACKAGED.rfind("\n", 0, index) + 1
        if not PACKAGED[line_start:].lstrip().startswith("#"):
            return PACKAGED[:index] + new + PACKAGED[index + len(old):]
        start = index + 1
    raise AssertionError(old)


def refusal(source: str) -> ConsentPurposesError:
    with pytest.raises(ConsentPurposesError) as refused:
        parse_consent_purposes(source, "/profile/consent_purposes.toml")
    message = refused.value.problem
    assert message.startswith("The consent purposes file /profile/consent_purposes.toml")
    assert refused.value.fix
    return refused.value


def line_of(text: str, occurrence: int = 1) -> int:
    lines = PACKAGED.splitlines()
    found = [number for number, line in enumerate(lines, 1) if text in line and not line.lstrip().startswith("#")]
    return found[occurrence - 1]


def test_the_packaged_file_has_every_purpose_in_three_languages():
    purposes = load_consent_purposes(packaged_purposes_path())
    assert purposes.codes == REQUIRED_PURPOSES
    record_contact = purposes["record_contact"]
    assert record_contact.default_validity_months == 24
    assert purposes["newsletter"].default_validity_months == 36
    assert record_contact.guardian_required_under_15
    for purpose in purposes.purposes:
        for language in ("fi", "sv", "en"):
            assert purpose.label.get(language)
            assert purpose.explanation.get(language)
            for text in purpose.texts:
                body = text.text.get(language)
                assert len(body) > 200
                assert "\n" not in body
                assert "  " not in body
    assert purposes.city.email.get("sv") == "neuvonta@example.fi"
    assert purposes.city.name.get("sv") != purposes.city.name.get("fi")


def test_the_text_in_force_is_the_newest_whose_day_has_come():
    record_contact = load_consent_purposes(packaged_purposes_path())["record_contact"]
    assert record_contact.text_on(date(2025, 12, 31)).version == "2024-01"
    assert record_contact.text_on(date(2026, 1, 1)).version == "2026-01"
    assert record_contact.text_on(date(2020, 1, 1)).version == "2024-01"  # before any: the oldest
    assert record_contact.text_version("2024-01") is not None
    assert record_contact.text_version("1999") is None
    assert record_contact.text_on(date(2026, 6, 1)).text.get("ru") == record_contact.text_on(
        date(2026, 6, 1)).text.fi


def test_a_city_may_add_its_own_purpose():
    purposes = parse_consent_purposes(PACKAGED + CUSTOM)
    assert purposes.codes[-1] == "library_events"
    assert not purposes["library_events"].guardian_required_under_15


def test_a_profile_file_takes_precedence_and_is_reread_when_changed(tmp_path):
    assert consent_purposes_for_profile(tmp_path).source == str(packaged_purposes_path())
    own = tmp_path / PURPOSES_FILE
    own.write_text(PACKAGED + CUSTOM, encoding="utf-8")
    assert "library_events" in consent_purposes_for_profile(tmp_path).codes
    assert consent_purposes_for_profile(tmp_path).source == str(own)
    own.write_text(PACKAGED.replace("default_validity_months = 36", "default_validity_months = 12"),
                   encoding="utf-8")
    assert consent_purposes_for_profile(tmp_path)["newsletter"].default_validity_months == 12
    own.write_text(PACKAGED.replace("[[purpose]]", "[[purpose]", 1), encoding="utf-8")
    with pytest.raises(ConsentPurposesError, match=str(own).replace("\\", "\\\\")):
        consent_purposes_for_profile(tmp_path)


def test_a_syntax_error_names_the_line():
    source = broken('default_validity_months = 6', 'default_validity_months = = 6')
    error = refusal(source)
    assert error.line == line_of("default_validity_months = 6")
    assert f"consent_purposes.toml, line {error.line} is not valid: TOML syntax error" in error.problem


def test_an_unclosed_string_names_its_line():
    source = broken('code = "newsletter"', 'code = "newsletter')
    assert refusal(source).line == line_of('code = "newsletter"')


def test_a_missing_language_names_the_purpose_and_key():
    source = broken(', sv = "Information om stadens tjänster"', "")
    error = refusal(source)
    assert (error.purpose, error.key) == ("newsletter", "label.sv")
    assert "purpose 'newsletter', key 'label.sv': the Swedish text is missing." in error.problem
    assert error.line == line_of('label = { fi = "Tiedotteet')


def test_a_text_version_without_all_three_languages():
    start = PACKAGED.index('code = "followup_contact"')
    english = PACKAGED.index("\nen = ", start)
    end = PACKAGED.index('"""', PACKAGED.index('"""', english) + 3) + 3
    error = refusal(PACKAGED[:english] + PACKAGED[end:])
    assert (error.purpose, error.key) == ("followup_contact", "text.en")
    assert "text version '2024-01' has no English text" in error.problem
    assert error.line is not None


def test_unknown_keys_are_named():
    error = refusal(broken("guardian_required_under_15 = true", "guardian_required_under_15 = true\nvalidty = 3"))
    assert (error.purpose, error.key) == ("record_contact", "validty")
    assert error.line == line_of("guardian_required_under_15 = true") + 1
    error = refusal(broken('phone = "+358 9 0000 0000"', 'phone = "+358 9 0000 0000"\nfax = "x"'))
    assert error.key == "city.fax"
    error = refusal(broken('label = { fi = "Tiedotteet kaupungin palveluista",',
                           'label = { de = "Neuigkeiten", fi = "Tiedotteet kaupungin palveluista",'))
    assert error.key == "label.de"
    assert "unknown language 'de'" in error.problem


def test_duplicate_codes_are_refused():
    error = refusal(broken('code = "newsletter"', 'code = "followup_contact"'))
    assert (error.purpose, error.key) == ("followup_contact", "code")
    assert "used twice" in error.problem
    assert error.line == line_of('code = "newsletter"')


@pytest.mark.parametrize("value", ["0", "-3", "1.5", '"24"', "true"])
def test_validity_must_be_a_positive_whole_number(value):
    error = refusal(broken("default_validity_months = 36", f"default_validity_months = {value}"))
    assert (error.purpose, error.key) == ("newsletter", "default_validity_months")
    assert error.line == line_of("default_validity_months = 36")


def test_a_required_purpose_cannot_be_removed():
    start = PACKAGED.index("[[purpose]]\ncode = \"youth_services\"")
    error = refusal(PACKAGED[:start])
    assert "youth_services is missing" in error.problem


def test_other_content_errors():
    assert refusal(broken('code = "newsletter"', 'code = "News Letter"')).key == "code"
    assert refusal(broken("effective_from = 2024-01-01", "effective_from = \"soon\"")).key == "text.effective_from"
    assert "given twice" in refusal(broken('version = "2026-01"', 'version = "2024-01"')).problem
    assert refusal(broken("[city]", "[town]")).key == "town"
    assert refusal(broken('guardian_required_under_15 = true', 'guardian_required_under_15 = "yes"')).key == \
        "guardian_required_under_15"
    assert refusal(PACKAGED.split("[[purpose]]")[0]).problem.endswith("the file has no [[purpose]] tables.")


def test_an_unreadable_file_is_named(tmp_path):
    with pytest.raises(ConsentPurposesError, match="cannot be read"):
        load_consent_purposes(tmp_path / "missing.toml")
    latin1 = tmp_path / "latin1.toml"
    latin1.write_bytes("label = 'ä'".encode("latin-1"))
    with pytest.raises(ConsentPurposesError, match="cannot be read"):
        load_consent_purposes(latin1)
