"""Issue 22 s12: the most hours a day said as the time a person can give ("每天下午能出来两个钟头", "一天顶多抽出五个
小时", "一天就四五个钟头的空"): the day is capped at the number, as "一天别超过十个钟头" is. Composed: days × parts ×
frames × numbers × units; decoys of a commute, a past job, a child's day and a question. Every wording is made up for
this grid; none is a persona's or a real posting's."""

from __future__ import annotations

import itertools

import pytest

from tests.matching.test_window_grid import longest_of

DAYS = ["每天", "一天"]
PARTS = ["", "下午", "白天"]
FRAMES = ["能出来{}", "最多出来{}", "顶多抽出{}", "就{}的空", "只有{}的空闲", "能空出{}"]
NUMBERS = [("两", 2), ("三", 3), ("4", 4), ("五", 5), ("三四", 4), ("六七", 7)]
UNITS = ["个钟头", "个小时", "小时"]


@pytest.mark.parametrize(
    ("day", "part", "frame", "number", "unit"), list(itertools.product(DAYS, PARTS, FRAMES, NUMBERS, UNITS))
)
def test_the_time_a_person_can_give_caps_the_day(
    day: str, part: str, frame: str, number: tuple[str, int], unit: str
) -> None:
    words = f"{day}{part}{frame.format(number[0] + unit)}"
    assert longest_of(words) == number[1]


DECOYS = [
    "路上能出来三个钟头",  # a commute
    "以前一天就干十二个钟头",  # a past job
    "以前一天能出来五个小时",
    "孩子每天在学校八个小时",  # a child's school day
    "我儿子一天能出来两个小时",  # someone else's
    "一天能出来几个小时？",  # a question
    "一天能出来四个小时吗？",
    "一周最多出来二十个小时",  # a week's hours
    "每天能干十个小时",  # a long day offered, not a cap
]


@pytest.mark.parametrize("words", DECOYS)
def test_hours_not_the_persons_free_time_cap_nothing(words: str) -> None:
    assert longest_of(words) is None
