"""Phone numbers in every everyday form become one E.164 key; anything else gets a reason, never a crash."""

from __future__ import annotations

import phonenumbers
import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.phone_number import display_phone, parse_phone
from app.errors import ValidationError


@pytest.mark.parametrize("typed", ["040 123 4567", "0401234567", "+358 40 1234567", "358401234567",
                                   "00358 40 123 4567", "040-123 4567", "(040) 123 4567", "+358 (0)40 123 4567"])
def test_everyday_forms_of_one_mobile_number(typed):
    assert parse_phone(typed) == "+358401234567"


@pytest.mark.parametrize(("typed", "why"), [("040 12", "too short"), ("12345678901234567", "too long"),
                                            ("abc", "Not a phone number"), ("(09) 12", "too short")])
def test_what_is_wrong_is_said(typed, why):
    with pytest.raises(ValidationError, match=why):
        parse_phone(typed)


finnish_mobiles = st.builds(lambda prefix, rest: f"0{prefix}{rest:07d}",
                            st.sampled_from(["40", "41", "44", "45", "46", "50"]), st.integers(0, 9_999_999))


@given(finnish_mobiles, st.sampled_from([" ", "-", "", "  "]), st.booleans())
def test_a_finnish_mobile_in_any_spacing_and_prefix_normalises_to_the_same_key(national, separator, international):
    spaced = separator.join([national[:3], national[3:6], national[6:]])
    typed = f"+358 {spaced[1:]}" if international else spaced
    e164 = parse_phone(typed)
    assert e164 == "+358" + national[1:]
    assert parse_phone(display_phone(e164)) == e164  # what the window shows reads back to the same key


@given(st.text(max_size=50))
def test_any_text_is_a_number_or_a_reason(text):
    problem = None
    try:
        e164 = parse_phone(text)
    except ValidationError as invalid:
        problem = invalid.problem
    if problem is None:
        assert phonenumbers.is_valid_number(phonenumbers.parse(e164))
    else:
        assert problem.endswith(".")
