"""A person's daily budget of hours said with a part of the day ("每天上午两小时", "每天就下午能出来三个小时"): the most
hours a day, and the part of the day they fall in; a full-day post is out, a short one inside that part stays, and the
shown post says so (issue 22, session 16, rev5's leftover; wordings our own)."""

from __future__ import annotations

from datetime import date

import pytest

from matching.facts.bits import job_bits
from matching.facts.explanations import explain_facts
from matching.facts.limits import Limits
from matching.facts.person import seeker_limits
from matching.facts.reader import posting_facts, seeker_facts

TODAY = date(2026, 12, 6)
MORNING = ["每天上午两小时", "每天早上能出来两个小时", "一天就上午能抽出两个钟头"]
AFTERNOON = ["每天就下午能出来三个小时", "每天下午三个钟头"]


def limits_of(said: str) -> Limits:
    return seeker_limits(seeker_facts(said, "", (), today=TODAY))


def shown(said: str, title: str, posting: str) -> bool:
    limits = limits_of(said)
    facts = posting_facts(title, posting)
    return limits.admits(job_bits(facts)) and limits.fits(facts, TODAY)


@pytest.mark.parametrize("said", MORNING + AFTERNOON)
def test_the_budget_is_read_as_the_most_hours_a_day(said: str) -> None:
    assert limits_of(said).longest_day == (120 if said in MORNING else 180)


@pytest.mark.parametrize("said", MORNING + AFTERNOON)
@pytest.mark.parametrize(
    ("title", "posting"),
    [
        ("超市理货员", "超市理货，早上8点到下午5点"),
        ("服务员", "饭店服务员，每天工作8小时"),
        ("保洁", "商场保洁，上午9点到下午3点"),
    ],
)
def test_a_full_day_post_is_out(said: str, title: str, posting: str) -> None:
    assert not shown(said, title, posting)


@pytest.mark.parametrize("said", MORNING)
def test_a_short_morning_post_stays_and_an_afternoon_one_is_out(said: str) -> None:
    assert shown(said, "保洁", "小区保洁，上午8点到10点")
    assert not shown(said, "保洁", "小区保洁，下午2点到4点")


@pytest.mark.parametrize("said", AFTERNOON)
def test_a_short_afternoon_post_stays_and_a_morning_one_is_out(said: str) -> None:
    assert shown(said, "钟点工", "家政钟点工，下午两点到五点")
    assert not shown(said, "钟点工", "家政钟点工，早上八点到十一点")


@pytest.mark.parametrize(
    "said",
    [
        "每天能干十个小时",  # a capacity, no budget
        "以前在超市干过，每天下午三个小时",  # a past day
        "我女儿每天上午只能出来两个小时",  # someone else's
    ],
)
def test_no_budget_where_none_is_the_persons_now(said: str) -> None:
    assert shown(said, "超市理货员", "超市理货，早上8点到下午5点")


def test_a_shown_post_quotes_the_hours() -> None:
    limits = limits_of("每天就下午能出来三个小时")
    facts = posting_facts("钟点工", "家政钟点工，下午两点到五点")
    words = explain_facts(limits, job_bits(facts), facts)
    assert "工作时间 14:00-17:00 · 在你能上班的时间内" in words, words


def test_a_clock_said_beside_the_part_sets_the_window() -> None:
    # "上午" said loosely, the clock past noon: the clock's window, not the morning's
    said = "每天上午能出来两个小时，十一点到一点，下午要带孙子"
    assert shown(said, "钟点工", "给老人做午饭，十一点到一点，周末休息")
