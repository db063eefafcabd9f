"""Issue 22 s14 (rev4's lesser posting classes): hours a post states that the reader left unread or read at the
wrong end of the day. A split day in bare numbers with no part of the day named ("9-12，2-6"), a small hour after an
early-morning word ("早上送奶，四点半到七点": the morning, not 16:30), and a night said from 夜里/深夜 ("夜里十点到早上六点
值班"). Each × a few frames, with decoys. Every wording is made up for this grid."""

from __future__ import annotations

import itertools
from datetime import date

import pytest

from matching.facts import posting_facts, seeker_facts
from matching.facts.bits import job_bits
from matching.facts.person import seeker_limits

TODAY = date(2026, 12, 6)


def fits(title: str, post: str, seeker: str) -> bool:
    return seeker_limits(seeker_facts("", seeker, [], today=TODAY)).fits(posting_facts(title, post), TODAY)


def shown(title: str, post: str, seeker: str) -> bool:
    """Whether the page keeps the post for the person: its bits admitted and its hours fitting."""
    facts, limits = posting_facts(title, post), seeker_limits(seeker_facts("", seeker, [], today=TODAY))
    return limits.admits(job_bits(facts)) and limits.fits(facts, TODAY)


def codes(title: str, text: str) -> dict[str, str | None]:
    return {f.code: f.value for f in posting_facts(title, text) if f.family.value == "schedule"}


# a split day in bare numbers, no part of the day named: the morning half and the afternoon one
SPLITS = [
    ("9-12", "2-6", "09:00-18:00/12:00-14:00"),
    ("8-12", "1-5", "08:00-17:00/12:00-13:00"),
    ("8:30-12", "2-6", "08:30-18:00/12:00-14:00"),
    ("9-11.30", "1.30-5.30", "09:00-17:30/11:30-13:30"),
]
SEPS = ["，", " ", "、"]
FRAMES = ["{}", "上班时间{}，月休4天", "工作时间：{}，包午饭"]


@pytest.mark.parametrize(("split", "sep", "frame"), list(itertools.product(SPLITS, SEPS, FRAMES)))
def test_a_bare_split_day_is_read(split: tuple[str, str, str], sep: str, frame: str) -> None:
    assert codes("店员", frame.format(split[0] + sep + split[1])).get("hours") == split[2]


@pytest.mark.parametrize(
    "text",
    [
        "9-12月，2-6月旺季",  # months
        "月薪9-12千，2-6个月转正",
        "年龄9-12岁，2-6年级",
        "招9-12人，2-6人一组",
        "尺码9-12，2-6码",
        "9-12，2-6号发工资",
        "价格9-12元，2-6元",
        "营业时间9-12，2-6",  # the shop's hours
        "培训时间9-12，2-6",
    ],
)
def test_numbers_that_are_no_hours_are_no_split_day(text: str) -> None:
    assert "hours" not in codes("店员", text)


def test_a_split_day_in_bare_numbers_keeps_a_morning_or_afternoon_only_person_out() -> None:
    post = "上班时间9-12，2-6，月休四天"
    assert not fits("店员", post, "下午两点以后才有空")
    assert not fits("店员", post, "只能早上八点到十二点")
    assert fits("店员", post, "白天都有空")


# an early-morning word before a small bare hour sets the morning
EARLY = [
    ("早上送奶，四点半到七点", "04:30-07:00"),
    ("凌晨送报，四点到六点", "04:00-06:00"),
    ("每天早上送奶，五点到七点半", "05:00-07:30"),
    ("清早送水，五点半到八点", "05:30-08:00"),
    ("一大早送奶，四点到六点半", "04:00-06:30"),
]


@pytest.mark.parametrize(("text", "want"), EARLY)
def test_an_early_word_before_a_small_hour_is_the_morning(text: str, want: str) -> None:
    assert codes("送奶工", text).get("hours") == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("早上不用来，四点到七点上班", "16:00-19:00"),  # the morning denied
        ("早上开会，下午四点到七点送货", "16:00-19:00"),  # the part said at the range
        ("四点到七点，晚上送奶", "16:00-19:00"),  # the early word is not before
    ],
)
def test_an_early_word_that_does_not_qualify_the_range_leaves_the_afternoon(text: str, want: str) -> None:
    assert codes("店员", text).get("hours") == want


def test_an_early_round_keeps_a_person_free_only_after_noon_out_and_lets_an_early_riser_in() -> None:
    assert not fits("送奶工", "早上送奶，四点半到七点", "只有下午有空")
    assert fits("送奶工", "早上送奶，四点半到七点", "只能早上四点到八点")


# a night from 夜里/深夜/半夜 in a post
NIGHTS = ["夜里十点到早上六点值班", "深夜十一点到早上七点巡逻", "夜里十点到凌晨六点守大门", "夜间十点到早上六点值守"]


@pytest.mark.parametrize("text", NIGHTS)
def test_a_night_said_from_a_night_word_is_night_work(text: str) -> None:
    found = codes("保安", text)
    assert "night" in found
    assert found.get("hours", "").startswith(("22:", "23:"))  # type: ignore[union-attr]
    assert not shown("保安", text, "晚上不行，不上夜班")
    assert shown("保安", text, "晚上能上班，白天要睡觉")


@pytest.mark.parametrize("text", ["夜里十点到早上六点禁止施工，白班8点到5点", "夜里十点到早上六点不用值班，白天看门"])
def test_a_night_that_is_no_work_is_not_read(text: str) -> None:
    assert "night" not in codes("保安", text)


@pytest.mark.parametrize(
    "post",
    [
        "9:00-12:00 14:00-18:00",
        "上午九点上班，十二点下班，下午两点上班，六点下班",
        "9-12，2-6",
        "早上8点到12点，下午两点上班，六点下班",
    ],
)
def test_both_spans_of_a_split_day_judge_a_morning_or_afternoon_person(post: str) -> None:
    """A guard (the first two were read on main already): each half of the day keeps out the person free only in
    the other."""
    assert not fits("前台", post, "下午两点以后才有空")
    assert not fits("前台", post, "只能早上八点到十二点")
    assert fits("前台", post, "白天都有空")
