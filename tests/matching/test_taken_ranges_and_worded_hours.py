"""A reviewer's findings on worded clock ranges: a busy range is no free window, and a range that is a sale, a training
or a class is no posting's hours. Every wording is made up; none is a persona's or a real posting's."""

from __future__ import annotations

import pytest

from matching.facts import posting_facts, seeker_facts
from matching.facts.clocks import worded_window


def free_of(words: str) -> list[str | None]:
    return [f.value for f in seeker_facts("", words) if f.code == "free"]


def hours_of(description: str, title: str = "") -> list[str | None]:
    return [f.value for f in posting_facts(title, description) if f.code == "hours"]


@pytest.mark.parametrize(
    "words",
    ["上午九点到十一点半有课其他时间有空", "下午两点到四点接孩子其他时间都有空", "晚上八点到十点半价以外都有空"],
)
def test_a_busy_range_or_the_rest_of_the_day_is_no_window(words: str) -> None:
    assert worded_window(words) is None
    assert free_of(words) == []


@pytest.mark.parametrize(
    ("words", "window"),
    [
        ("只能早上八点到十一点", "1234567 08:00-11:00"),
        ("九点到下午三点有空", "1234567 09:00-15:00"),
        ("早六点到下午两点有空", "1234567 06:00-14:00"),
    ],
)
def test_a_window_said_is_still_read(words: str, window: str) -> None:
    assert free_of(words) == [window]


@pytest.mark.parametrize(
    "description",
    ["早上八点到十点半价优惠", "每天早上八点到十一点培训", "上午九点到十一点半的课", "下午两点到四点面试"],
)
def test_a_sale_training_or_class_range_is_no_posting_hours(description: str) -> None:
    assert hours_of(description) == []


def test_a_sale_range_does_not_make_a_cleaning_post_short() -> None:
    standing = [f for f in posting_facts("小区保洁员", "早上八点到十点半价优惠") if f.code == "standing"]
    assert [f.value for f in standing] == [None]


@pytest.mark.parametrize(
    ("description", "hours"),
    [("早上八点到十一点", "08:00-11:00"), ("晚六点到早六点", "18:00-06:00"), ("上午九点到十一点半上班", "09:00-11:30")],
)
def test_worded_working_hours_are_still_read(description: str, hours: str) -> None:
    assert hours_of(description) == [hours]
