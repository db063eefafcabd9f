"""A weekday the person cannot work against the weekdays a posting names as worked, not only their count: "周一至周五"
works every Wednesday, "周末班" every Sunday (the lead's own wordings, session 14)."""

from __future__ import annotations

from datetime import date

import pytest

from matching.facts.bits import JobBits, job_bits
from matching.facts.person import seeker_limits
from matching.facts.reader import posting_facts, seeker_facts
from matching.facts.words import words_of

TODAY = date(2026, 12, 6)


def fits(said: str, posting: str) -> bool:
    limits = seeker_limits(seeker_facts("理货员", "", [said], today=TODAY))
    return limits.fits(posting_facts("超市理货员", posting), TODAY)


WEDNESDAY = "每周三要带孩子去医院复查，那天不行"
SUNDAY = "周日不行，要去教会"
SATURDAY = "礼拜六不行"
MONDAY = "周一要休息"


@pytest.mark.parametrize(
    ("said", "posting"),
    [
        (WEDNESDAY, "周一至周五上班，朝九晚五，周末双休"),
        (WEDNESDAY, "早8点到晚5点，周一到周五"),
        (WEDNESDAY, "礼拜一到礼拜六上班，礼拜天休息"),
        (WEDNESDAY, "上班时间周二至周日，周一休息"),
        (SUNDAY, "周末班，周六周日两天，每天8小时"),
        (SUNDAY, "周末兼职，周六日全天"),
        (SUNDAY, "做六休一，周末要上班"),
        (SUNDAY, "每周一休息，其余时间正常上班"),
        (SATURDAY, "周一至周六，周日休息"),
        (SATURDAY, "单休，周日休息"),
        (SATURDAY, "只做周末，一天120"),
        (MONDAY, "周一到周五，9点到6点，双休"),
        (MONDAY, "礼拜六礼拜天照常上班，周三休"),
    ],
)
def test_a_weekday_refused_keeps_out_a_posting_that_names_it_worked(said: str, posting: str) -> None:
    assert not fits(said, posting)


@pytest.mark.parametrize(
    ("said", "posting"),
    [
        (SUNDAY, "周一至周五上班，周末双休"),
        (SUNDAY, "周一至周六，周日休息"),
        (SUNDAY, "单休，周日休息"),
        (SATURDAY, "早九晚五，双休"),
        (WEDNESDAY, "周末班，周六周日两天"),
        (WEDNESDAY, "每周三休息，其余时间正常上班"),
        (MONDAY, "上班时间周二至周日，周一休息"),
        (MONDAY, "周末兼职，周六日全天"),
        # the shop's days, pay for weekend work, weekend work denied: no day named as the worker's
        (SUNDAY, "营业时间周一到周日，排班上班"),
        (SUNDAY, "周末双休，周末工作另算加班费"),
        (SUNDAY, "不用周末上班"),
        (WEDNESDAY, "周一至周五休息，周末来帮忙，按小时算"),
        (WEDNESDAY, "做五休二，轮休"),
    ],
)
def test_a_posting_whose_days_leave_the_refused_one_free_stays(said: str, posting: str) -> None:
    assert fits(said, posting)


def test_the_days_a_posting_names_are_shown_and_its_weekend_work_is_a_bit() -> None:
    facts = posting_facts("周末促销员", "周末班，周六周日两天，每天8小时")
    assert [words_of(f) for f in facts if f.code == "workdays"] == ["要上班：周六、周日"]
    assert job_bits(facts) & JobBits.WEEKENDS_WORKED
    rest = posting_facts("超市理货员", "周一休，其余都上班")
    assert [(f.value, f.evidence) for f in rest if f.code == "workdays"] == [("234567", "周一休")]


@pytest.mark.parametrize(
    ("posting", "days"),
    [
        ("周末要上班吗？不用", ""),  # a question, not the rota (rev6)
        ("周六上班不？看情况", ""),
        ("周一至周五，周六上午半天", "123456"),  # a Saturday morning worked beside the week (rev6)
        ("周一至周五上班，周六加班半天", "123456"),
        ("周一至周五8:30-17:30，周六上午9点到12点", "123456"),
        ("周一至周五上班，周六上午休息", "12345"),
        ("周三周四9-6坐班，其余时间居家", "34"),  # both days listed, not the last alone (rev6)
        ("周二、周四下午上班", "24"),
    ],
)
def test_a_question_names_no_day_and_a_part_day_beside_the_week_is_worked(posting: str, days: str) -> None:
    named = [f.value for f in posting_facts("文员", posting) if f.code == "workdays"]
    assert named == ([days] if days else [])


@pytest.mark.parametrize("posting", ["每个月最后一个周六上班，双倍加班费", "偶尔周六加班半天", "项目紧张时周日加班"])
def test_a_day_worked_now_and_then_is_not_the_weeks(posting: str) -> None:
    assert not [f for f in posting_facts("文员", posting) if f.code == "workdays"]
