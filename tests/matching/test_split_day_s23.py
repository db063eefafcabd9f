"""A day said in two parts ("上午九点到十一点半，下午两点到五点"): a posting's hours must lie in one of them. Before, only
the first part was held, so every afternoon post was refused to a person who said they could work afternoons."""

from __future__ import annotations

from datetime import date

import pytest

from matching.facts.fact import Fact, Family, Modality
from matching.facts.person import seeker_limits
from matching.facts.reader import posting_facts, seeker_facts

TODAY = date(2026, 12, 7)


def _limits(text: str):  # type: ignore[no-untyped-def]
    return seeker_limits(seeker_facts("", text, today=TODAY))


def _hours(value: str) -> list[Fact]:
    return [Fact(Family.SCHEDULE, "hours", "…", 0.8, value, Modality.HAS)]


SPLIT = "上午九点到十一点半，下午两点到五点，中间要接孩子"


@pytest.mark.parametrize(
    ("posting", "fits"),
    [
        ("14:00-17:00", True),  # the afternoon part: refused before
        ("09:00-11:30", True),
        ("09:30-11:00", True),
        ("09:00-17:00", False),  # across the break
        ("13:00-17:00", False),
        ("18:00-21:00", False),
    ],
)
def test_a_posting_lies_in_one_part_of_a_split_day(posting: str, fits: bool) -> None:
    assert _limits(SPLIT).fits(_hours(posting), TODAY) is fits


def test_a_split_day_read_from_a_posting_text_too() -> None:
    limits = _limits("早上八点到十一点，下午两点半到五点半，中午回家做饭")
    assert limits.fits(posting_facts("超市理货员", "工作时间下午3点到5点", ()), TODAY)
    assert not limits.fits(posting_facts("超市理货员", "工作时间早8点到晚6点", ()), TODAY)


@pytest.mark.parametrize(
    ("text", "window", "windows"),
    [
        (SPLIT, (540, 1020), ((540, 690), (840, 1020))),
        ("九点到五点", (540, 1020), ()),  # one saying
        ("九点到五点，八点到十二点也行", (540, 1020), ()),  # overlapping sayings: the first, as before
        ("上午八点到十一点，中午要回家做饭", (480, 660), ((480, 660),)),  # one part and a free window
    ],
)
def test_what_the_limits_hold(text: str, window: tuple[int, int], windows: tuple[tuple[int, int], ...]) -> None:
    limits = _limits(text)
    assert (limits.window, limits.windows) == (window, windows)
