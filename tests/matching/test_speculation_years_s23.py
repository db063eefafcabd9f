"""Years of trading shares, houses or futures are no years of work (dev16's left line: 「炒股炒了十年」 met posts asking
years of experience); years of frying in a kitchen still are, and work said beside the trading keeps its years."""

from __future__ import annotations

from datetime import date

import pytest

from matching.facts.reader import seeker_facts


def _years(text: str) -> list[str | None]:
    return [f.value for f in seeker_facts("", text, today=date(2026, 12, 7)) if f.code == "experience"]


@pytest.mark.parametrize("text", ["炒股炒了十年", "炒了二十年期货", "炒房炒了五年", "炒币炒了三年多"])
def test_speculation_is_no_work(text: str) -> None:
    assert _years(text) == []


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("炒菜炒了十年", ["10"]),
        ("在饭店炒了十年菜", ["10"]),
        ("开了十年出租车，这几年在家炒股", ["10"]),
        ("炒股十年，之前开了五年货车", ["5"]),
        ("干了十年厨师，平时炒炒股", ["10"]),
    ],
)
def test_work_beside_it_keeps_its_years(text: str, years: list[str]) -> None:
    assert _years(text) == years
