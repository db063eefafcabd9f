"""A shift already in the form the API reads is stored and returned as it was sent; one typed otherwise is folded."""

from __future__ import annotations

import pytest
from pydantic import TypeAdapter

from app.schemas.job import Shift

SHIFTS = TypeAdapter(list[Shift])


@pytest.mark.parametrize(
    "sent", ["周六08:00-12:00", "周六  08:00-12:00", "周六 08:00-12:00", "08:00-17:30", "2026-12-05 13:00-17:00"]
)
def test_a_valid_shift_is_kept_byte_for_byte(sent: str) -> None:
    assert SHIFTS.validate_python([sent]) == [sent]
    assert SHIFTS.validate_json(SHIFTS.dump_json([sent])) == [sent]  # the summary returns what was stored


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("８：００－１７：３０", "08:00-17:30"),
        ("周六 ８：００－１２：００", "周六 08:00-12:00"),
        ("周六\u300008:00-12:00", "周六 08:00-12:00"),
        ("8:00~17:30", "08:00-17:30"),
    ],
)
def test_a_shift_typed_otherwise_is_still_folded(typed: str, stored: str) -> None:
    assert SHIFTS.validate_python([typed]) == [stored]
