"""Issue 22 s12 (rev2's posting findings): an age cap said as the ages above it turned away without 岁 or after
超过 ("年纪四十以上谢绝", "超过45岁不考虑"); years said as a ceiling ("有五年以内厨房经验": no minimum, anyone
new fits); a six-day week said as its weekdays or as days on and off ("周一到周六上班", "上6天休息1天", "周休一天").
Each × a few frames, with decoys. Every wording is made up for this grid; none is a persona's or a real posting's."""

from __future__ import annotations

import itertools
from datetime import date

import pytest

from matching.facts import posting_facts, seeker_facts
from matching.facts.days import week_days
from matching.facts.person import seeker_limits

TODAY = date(2026, 12, 6)


def ages(text: str) -> list[str | None]:
    return [f.value for f in posting_facts("服务员", text) if f.code == "age_range"]


def fits(title: str, post: str, seeker: str) -> bool:
    return seeker_limits(seeker_facts("", seeker, [], today=TODAY)).fits(posting_facts(title, post), TODAY)


CAP_AGES = [("四十", 40), ("四十五", 45), ("45", 45), ("五十", 50)]
CAP_FRAMES = [
    "年纪{}以上谢绝，形象好",
    "年龄{}以上的不要，要勤快",
    "超过{}岁不考虑哈",
    "超过{}岁的不要",
    "超过{}周岁勿扰，包吃住",
]


@pytest.mark.parametrize(("frame", "age"), list(itertools.product(CAP_FRAMES, CAP_AGES)))
def test_the_ages_above_a_cap_turned_away_are_a_cap(frame: str, age: tuple[str, int]) -> None:
    assert ages(frame.format(age[0])) == [f"-{age[1]}"]


def test_a_cap_said_by_the_ages_above_it_keeps_an_older_person_out() -> None:
    assert not fits("服务员", "超过45岁不考虑哈，包吃住", "我今年五十五了，身体好")
    assert fits("服务员", "超过45岁不考虑哈，包吃住", "我今年三十八，身体好")


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("超过45岁的也可以，身体好就行", []),  # older people welcome: no bar
        ("超过45岁也要，能干就行", []),
        ("工作超过8小时有加班费", []),  # not an age
        ("年龄十八岁以上", ["18-"]),  # a floor, not turned away
        ("年龄二十五以上，能吃苦", ["25-"]),
    ],
)
def test_decoys_of_a_cap_are_not_one(text: str, want: list[str]) -> None:
    assert ages(text) == want


def years(text: str) -> list[str | None]:
    return [f.value for f in posting_facts("厨师", text) if f.code == "experience_min"]


@pytest.mark.parametrize(
    ("frame", "n"),
    list(
        itertools.product(
            ["有{}年以内厨房经验，会炒菜", "有{}年以下工作经验，", "要有{}年之内餐饮经验。"], ["五", "3", "两"]
        )
    ),
)
def test_years_said_as_a_ceiling_ask_no_minimum(frame: str, n: str) -> None:
    assert years(frame.format(n)) == []


def test_a_ceiling_of_years_lets_a_newcomer_in() -> None:
    assert fits("厨师", "有五年以内厨房经验，会炒菜", "没干过，刚毕业，想学厨")


@pytest.mark.parametrize("text", ["有厨房经验，会炒菜", "有三年以上厨房经验，", "有餐饮经验。"])
def test_experience_asked_without_a_ceiling_is_still_asked(text: str) -> None:
    assert years(text) != []


def days_of(words: str) -> int | None:
    return week_days(posting_facts("店员", f"早八点到晚六点，{words}，包午饭。"))


SIX = [
    "周一到周六上班，周日休",
    "周一至周六上班",
    "星期一到星期六上班",
    "每周一到周六都上",
    "上6天休息1天，固定周日休息",
    "上六天休一天",
    "周休一天",
    "周休1天，轮休",
]


@pytest.mark.parametrize("words", SIX)
def test_a_six_day_week_said_by_its_days(words: str) -> None:
    assert days_of(words) == 6


def test_a_six_day_week_keeps_out_three_days_a_week() -> None:
    assert not fits("服务员", "周一到周六上班，周日休", "一个礼拜最多来三天")


@pytest.mark.parametrize("words", ["周一到周五上班", "周一到周日都上班", "周休两天", "每周六上午开会"])
def test_other_weeks_are_not_six_days(words: str) -> None:
    assert days_of(words) != 6  # five days, every day, two days off, a Saturday
