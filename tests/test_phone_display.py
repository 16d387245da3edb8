"""Stored E.164 numbers are shown the way advisers read them out."""

import pytest

from app.domain.phone_number import display_phone


@pytest.mark.parametrize(("stored", "shown"), [
    ("+358401234567", "040 1234567"),
    ("+35891234567", "09 1234567"),
    ("+46701234567", "+46 70 123 45 67"),
    ("not a number", "not a number"),
])
def test_display_phone(stored, shown):
    assert display_phone(stored) == shown
