"""The part of the day said before the offer, the clocks after it bare ("上午能干九点到十一点", "晚上能干七点到十点"):
before, no hours were read at all (the range stood alone only after 能干 with nothing before it)."""

from __future__ import annotations

from datetime import date

import pytest

from matching.facts.person import seeker_limits
from matching.facts.reader import seeker_facts

TODAY = date(2026, 12, 7)


def _hours(text: str) -> list[str | None]:
    return [f.value for f in seeker_facts("", text, today=TODAY) if f.code == "hours"]


@pytest.mark.parametrize(
    ("text", "hours"),
    [
        ("上午能干九点到十一点", ["09:00-11:00"]),
        ("我上午能干九点到十一点", ["09:00-11:00"]),
        ("下午能干一点到五点", ["13:00-17:00"]),
        ("下午能做两点到六点之间", ["14:00-18:00"]),
        ("晚上能干七点到十点", ["19:00-22:00"]),  # an evening's small hours are after noon
        ("晚上可以干七点到十点", ["19:00-22:00"]),
        ("上午能干九点到十一点，下午三点到六点也行", ["09:00-11:00", "15:00-18:00"]),
    ],
)
def test_the_part_said_before_the_offer_places_the_clocks(text: str, hours: list[str]) -> None:
    assert _hours(text) == hours


@pytest.mark.parametrize(
    "text",
    [
        "孩子下午能去托班一点到五点",  # the child's
        "上午能干三点到五点",  # no morning's hours
        "下午能干一点到五点的活没有",  # asked, not offered
    ],
)
def test_no_hours_where_the_part_cannot_hold_them_or_no_one_offers(text: str) -> None:
    assert _hours(text) == []


def test_a_morning_and_an_afternoon_offered_make_a_split_day() -> None:
    limits = seeker_limits(seeker_facts("", "上午能干九点到十一点，下午三点到六点也行", today=TODAY))
    assert (limits.window, limits.windows) == ((540, 1080), ((540, 660), (900, 1080)))
