"""Issue 22 s13 (a third review's classes 9 and 10): ages said loosely ("五十大几", "五十三四", "六十往上", "五八年的
老头子", "属鼠，七二年", "五十有余"), each read as every age the words allow; a relative's age read as the person's where
the text is written for that relative ("我爷爷七十一了，…，想找个看车棚的"), and not where the relative is only beside
the person;
(a posting's caps said without 岁: `test_age_caps_without_sui`). Every wording
is made up for this grid; none is a persona's or a real posting's."""

from __future__ import annotations

from datetime import date

import pytest

from matching.facts import posting_facts, seeker_facts, seeker_limits

TODAY = date(2026, 12, 6)  # a year of the horse; 1972 was a year of the rat


def candidates(words: str, desired: str = "") -> frozenset[int] | None:
    return seeker_limits(seeker_facts(desired, words, today=TODAY)).ages(TODAY)


def span(low: int, high: int) -> frozenset[int]:
    return frozenset(range(low, high + 1))


OPEN = 120  # the top of an open span ("六十往上": 60 and over)

LOOSE = [
    # a decade and "a good many": 大几 is the upper half of the decade, 有余 anything in it
    ("五十大几了", span(55, 59)),
    ("五十大几，想找个保洁", span(55, 59)),
    ("我三十大几了，还能干", span(35, 39)),
    ("年纪五十有余", span(50, 59)),
    ("我今年四十有余", span(40, 49)),
    # two neighbouring years said as digits of the decade, alone or after 今年
    ("五十三四", span(53, 54)),
    ("今年五十三四，身体好", span(53, 54)),
    ("四十七八，干活利索", span(47, 48)),
    # a decade and over
    ("岁数不小了，六十往上", span(60, OPEN)),
    ("五十往上了", span(50, OPEN)),
    ("我六十以上了", span(60, OPEN)),
    ("五十开外，找个轻活", span(50, OPEN)),
    # a birth year before the person as a noun ("…的老头子"), and a year said after the sign in its clause
    ("五八年的老头子，想找个看门的", span(68, 68)),
    ("六二年的老太太了", span(64, 64)),
    ("属鼠，七二年", span(54, 54)),
    ("属鼠的，七二年，身体还行", span(54, 54)),
]


@pytest.mark.parametrize(("words", "ages"), LOOSE)
def test_an_age_said_loosely_is_every_age_the_words_allow(words: str, ages: frozenset[int]) -> None:
    assert candidates(words) == ages


@pytest.mark.parametrize(
    "words",
    [
        "一天六十往上就行",  # a day's pay
        "工资五十以上的活都行",
        "五十三四个人的小厂",  # a count of people
        "五八年的老房子，楼梯多",  # a house's year
        "开车七八年的老头子",  # years at the wheel
        "干了五十大几天就走了",
        "属鼠，七二年来的合肥",  # the year of a move, after the sign
    ],
)
def test_numbers_said_loosely_that_are_no_age(words: str) -> None:
    ages = candidates(words)
    assert ages is None or len(ages) > 2  # a sign alone keeps every age of its years


RELATIVE_SEEKS = [
    ("我爷爷七十一了，腿脚不灵便，想找个看车棚的", span(71, 71)),
    ("我妈五十六了，想找个保洁的活", span(56, 56)),
    ("帮我爸问问，他今年六十二，想找个看大门的", span(62, 62)),
    ("俺爹六十八了，身子骨还硬朗，找个看车棚的活", span(68, 68)),
]


@pytest.mark.parametrize(("words", "ages"), RELATIVE_SEEKS)
def test_the_age_of_a_relative_the_text_is_written_for_is_the_seekers(words: str, ages: frozenset[int]) -> None:
    assert candidates(words) == ages


def test_the_body_of_a_relative_the_text_is_written_for_is_still_read() -> None:
    limits = seeker_limits(seeker_facts("随便", "我爷爷七十一了，腿脚不灵便，想找个看车棚的", today=TODAY))
    assert "walking" in limits.refused and limits.ages(TODAY) == span(71, 71)


@pytest.mark.parametrize(
    ("words", "ages"),
    [
        ("我妈七十了，我想找个离家近的活", None),  # the person wants the work
        ("我爷爷七十一了，要照顾他，想找个离家近的", None),  # the person cares for him
        ("家里有个七十岁的爷爷要照顾，想找个离家近的", None),
        ("我三十五，我爸六十了，想找个白班", span(35, 35)),
        ("我爸六十了，我四十出头，想找个白班", span(41, 44)),
        ("孩子三岁，想找个能接送孩子的", None),
    ],
)
def test_a_relative_beside_the_seeker_is_not_the_seeker(words: str, ages: frozenset[int] | None) -> None:
    assert candidates(words) == ages


@pytest.mark.parametrize(
    ("words", "title", "description"),
    [
        ("五十大几了", "月嫂", "金牌月嫂，48岁以下"),
        ("属鼠，七二年", "搬运工", "家具城搬运工，50岁以下"),
        ("我爷爷七十一了，想找个看车棚的", "钟点工", "擦玻璃、打扫，年龄55岁以下"),
    ],
)
def test_an_age_said_loosely_is_kept_from_a_post_it_is_outside(words: str, title: str, description: str) -> None:
    assert not seeker_limits(seeker_facts("", words, today=TODAY)).fits(posting_facts(title, description), TODAY)


@pytest.mark.parametrize(
    ("words", "title", "description"),
    [
        ("五十大几了", "保洁", "小区保洁，60岁以下"),
        ("六十往上", "门卫", "学校门卫，年龄不限"),
    ],
)
def test_an_age_said_loosely_stays_in_a_post_it_is_inside(words: str, title: str, description: str) -> None:
    assert seeker_limits(seeker_facts("", words, today=TODAY)).fits(posting_facts(title, description), TODAY)
