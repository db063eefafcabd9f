"""Issue 22 s12: how many days a posting's week works, said as a count of days ("一周六天", "每个礼拜干六天") or of
the one day off ("周末休一天", "一个星期休一天"), × the ways a week is named; a person who can give three days a week
is not shown a six-day week. Decoys: two days off, a Saturday named, a delivery's days. Every wording is made up for
this grid; none is a persona's or a real posting's."""

from __future__ import annotations

import itertools

import pytest

from matching.facts import posting_facts, seeker_facts
from matching.facts.days import week_days
from matching.facts.person import seeker_limits

WEEKS = ["一周", "每周", "一个星期", "每个礼拜", "一个礼拜", "每星期"]
SIX = ["{}六天", "{}上六天班", "{}干六天", "{}工作6天", "{}做六天", "{}休一天", "{}只休一天", "{}休息一天"]
SEVEN = ["{}七天", "{}上七天班", "{}干7天"]


def days_of(words: str) -> int | None:
    return week_days(posting_facts("店员", f"早八点到晚六点，{words}，包午饭。"))


@pytest.mark.parametrize(("frame", "week"), list(itertools.product(SIX, WEEKS)))
def test_a_six_day_week_said_in_days(frame: str, week: str) -> None:
    assert days_of(frame.format(week)) == 6


@pytest.mark.parametrize(("frame", "week"), list(itertools.product(SEVEN, WEEKS)))
def test_a_seven_day_week_said_in_days(frame: str, week: str) -> None:
    assert days_of(frame.format(week)) == 7


@pytest.mark.parametrize("words", ["周末休一天", "周末只休一天", "周末休息一天", "周末轮着休一天"])
def test_one_weekend_day_off_is_a_six_day_week(words: str) -> None:
    assert days_of(words) == 6


@pytest.mark.parametrize(
    "words",
    [
        "周末休两天",  # two days off: five worked, no six-day week read
        "每周休两天",
        "一个礼拜休两天",
        "每周六上午开会",  # a Saturday, not six days
        "下单后六天内送到",  # a delivery's days
        "一周六天里挑三天来就行",  # days to choose from, not the rota
    ],
)
def test_words_that_are_no_six_day_week(words: str) -> None:
    assert days_of(words) in (None, 5)


def test_one_weekend_day_off_is_no_weekend_off() -> None:
    codes = {f.code for f in posting_facts("店员", "看店，周末休息一天。")}
    assert "weekends_off" not in codes
    assert "weekends_worked" in codes


def test_a_three_day_seeker_is_not_shown_a_six_day_week() -> None:
    limits = seeker_limits(seeker_facts("", "一个礼拜最多来三天，哪几天都行"))
    assert not limits.fits(posting_facts("育儿嫂", "带孩子，早八点到晚六点，周末休一天。"))
    assert not limits.fits(posting_facts("店员", "看店，一个星期干六天。"))
    assert limits.fits(posting_facts("店员", "看店，一周来三天，时间自己定。"))
