"""Issue 22 s13 (rev2's class 7): a split day whose morning is written in bare or dotted numbers ("上午9-12下午
1.40-7.30", "上午9-12，下午2-6") or whose afternoon is only its start ("早上9点-12点，午休2小时，下午2点开始") keeps its
morning: a person free only in the afternoon does not pass it. Each × a few frames, with decoys. Every wording is made
up for this grid; none is a persona's or a real posting's."""

from __future__ import annotations

import itertools
from datetime import date

import pytest

from matching.facts import posting_facts, seeker_facts
from matching.facts.person import seeker_limits
from matching.facts.words import hours_words

TODAY = date(2026, 12, 6)


def fits(title: str, post: str, seeker: str) -> bool:
    return seeker_limits(seeker_facts("", seeker, [], today=TODAY)).fits(posting_facts(title, post), TODAY)


def hours(title: str, text: str) -> list[str | None]:
    return [f.value for f in posting_facts(title, text) if f.code == "hours"]


# class 7: a split day whose morning is in bare numbers, its afternoon dotted, bare or in 点
MORNINGS = [("上午9-12", 9 * 60), ("早上8-11", 8 * 60), ("上午8.30-11.30", 8 * 60 + 30)]
AFTERNOONS = [("下午1.40-7.30", "19:30"), ("下午2-6点", "18:00"), ("下午1:30-5:30", "17:30")]
SEPARATORS = ["", "，", " "]


@pytest.mark.parametrize(("morning", "afternoon", "sep"), list(itertools.product(MORNINGS, AFTERNOONS, SEPARATORS)))
def test_a_split_day_keeps_its_morning(morning: tuple[str, int], afternoon: tuple[str, str], sep: str) -> None:
    (value,) = hours("信贷专员", f"{morning[0]}{sep}{afternoon[0]}，周末双休")
    start = value.partition("-")[0]  # type: ignore[union-attr]
    assert start == f"{morning[1] // 60:02d}:{morning[1] % 60:02d}"
    assert value.partition("/")[0].endswith(afternoon[1])  # type: ignore[union-attr]


def test_an_afternoon_only_person_does_not_pass_a_day_that_wants_mornings() -> None:
    post = "上午9-12下午1.40-7.30，底薪加提成"
    assert not fits("信贷专员", post, "上午要送孩子上学，只有下午有空")
    assert fits("信贷专员", post, "白天都有空")


@pytest.mark.parametrize(
    "text",
    [
        "早上9点-12点，午休2小时，下午2点开始",
        "上午8点到11点半，中午休息，下午两点开始上班",
        "早上8:30-11:30，午休，下午1:30开始",
    ],
)
def test_a_morning_range_then_an_afternoon_start_is_a_split_day(text: str) -> None:
    assert not fits("文员", text, "上午要带孩子，下午才有空")
    assert not fits("文员", text, "只能上午来，下午要接孩子")


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("早上8点-12点，下午2点开始，6点下班", "08:00-18:00/12:00-14:00"),
        ("上午8:30-12:00，下午1:30开始至5:30", "08:30-17:30/12:00-13:30"),
        ("上午8:30-12:00，下午1:30开始上班，下午5点半下班", "08:30-17:30/12:00-13:30"),
        ("早上8点-12点，下午2点开始，6个人一组", "08:00-14:00/12:00-14:00"),  # no end: the day runs to the start
        ("早上九点到十二点，下午两点开始", "09:00-14:00/12:00-14:00"),  # the morning in Chinese numerals
    ],
)
def test_an_afternoon_start_takes_the_end_said_after_it(text: str, want: str) -> None:
    assert hours("文员", text) == [want]


def test_an_afternoon_start_of_something_else_is_not_the_days() -> None:
    assert hours("保洁", "上午8点-11点，下午两点开始面试") == []


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("上午9-12培训，下午2-6点上班", []),  # the morning is a training's: not the day's first half
        ("月薪3-5千，下午2点到6点上班", ["14:00-18:00"]),  # a pay range, not a morning
        ("面试时间上午9-12，下午2-5", []),  # an interview's times
    ],
)
def test_decoys_of_a_split_day_are_not_one(text: str, want: list[str]) -> None:
    assert hours("文员", text) == want


def test_an_afternoon_whose_start_alone_is_said_reads_as_from_it() -> None:
    (value,) = hours("信贷专员", "早上9点-12点，午休2小时，下午2点开始")
    assert hours_words(value or "") == "09:00-12:00、14:00起"
    assert hours_words("09:00-17:30/11:30-13:30") == "09:00-11:30、13:30-17:30"
