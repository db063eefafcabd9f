"""A grid of the ways people say their age (issue 22, session 10): numerals in Chinese and Arabic, birth years of four
and two digits, signs, generations and approximations, each as the ages it leaves possible on a fixed day, and words
with a number in them that are no age of the person's. Written for this grid, from no persona or posting."""

from __future__ import annotations

from datetime import date

import pytest

from matching.facts import posting_facts, seeker_facts, seeker_limits

TODAY = date(2026, 12, 5)  # 2026 is a year of the horse (马): born 1978, 1990, 2002 ...
WORKING = range(16, 81)  # the ages a sign alone leaves possible: those of working age


def candidates(words: str) -> frozenset[int] | None:
    """The ages the person's words leave possible today; None where they say no age."""
    return seeker_limits(seeker_facts("", words, today=TODAY)).ages(TODAY)


def span(low: int, high: int) -> frozenset[int]:
    return frozenset(range(low, high + 1))


def every(*ages: int) -> frozenset[int]:
    return frozenset(ages)


def signed(first_birth_year: int) -> frozenset[int]:
    """Working ages of one born in a year of the sign of `first_birth_year`: the age reached this year, or one less
    for one whose birthday has not come (the words give no birthday)."""
    years = range(1900 + (first_birth_year - 1900) % 12, TODAY.year + 1, 12)
    return frozenset(a for y in years for a in (TODAY.year - y, TODAY.year - y - 1) if a in WORKING)


AGES = [
    # numerals
    ("今年五十有六", span(56, 56)),
    ("我今年五十有六了，身体还行", span(56, 56)),
    ("今年五十六", span(56, 56)),
    ("五十六岁，想找个看门的活", span(56, 56)),
    ("今年56岁", span(56, 56)),
    ("五六十岁的人了，干不动重活", span(50, 69)),  # fifty or sixty-odd: a range
    ("四五十岁，找个轻松点的", span(40, 59)),
    ("三十五六岁", span(35, 36)),
    ("四十七八了", span(47, 48)),
    # birth years, four digits and two, Arabic and Chinese
    ("1978年生", span(48, 48)),
    ("1978年出生，初中文化", span(48, 48)),
    ("我是1978年的", span(48, 48)),
    ("78年的，干过保安", span(48, 48)),
    ("78年生人", span(48, 48)),
    ("我是78年人", span(48, 48)),
    ("七八年的，还能干", span(48, 48)),
    ("七八年出生", span(48, 48)),
    ("我是七八年人", span(48, 48)),
    ("八零年出生的", span(46, 46)),
    ("八〇年的人了", span(46, 46)),
    # a birth year with its sign (the two agree), and a sign alone (every twelve years)
    ("七八年属马的", span(48, 48)),
    ("78年属马的", span(48, 48)),
    ("八零年属猴的，身体好", span(46, 46)),
    ("八〇年属猴", span(46, 46)),
    ("属虎的，想找个保洁", signed(1974)),
    ("本人属马", signed(1978)),
    ("属马的，今年本命年", every(24, 36, 48, 60, 72)),
    ("今年本命年，属马", every(24, 36, 48, 60, 72)),
    ("五十出头，属虎", every(51, 52)),  # 51-54 of the tiger: born 1974, or 1975 before the birthday
    # generations: ten years (or five)
    ("80后", span(37, 46)),
    ("我是八零后", span(37, 46)),
    ("九零后宝妈", span(27, 36)),
    ("90后，想找份工作", span(27, 36)),
    ("70后，身体好", span(47, 56)),
    ("八五后", span(37, 41)),  # 1985-1989
    # approximations
    ("奔五的人了", span(46, 49)),
    ("奔五十的人了", span(46, 49)),
    ("快六十了", span(59, 59)),
    ("快60的人了", span(59, 59)),
    ("五十出头", span(51, 54)),
    ("年过半百，还能干", span(50, 120)),
    ("四十多岁", span(40, 49)),
    ("四十多了", span(40, 49)),
    ("五十好几了", span(53, 59)),
    ("六十来岁", span(57, 63)),
    ("年近半百", span(46, 49)),
    ("年过六十，身体硬朗", span(60, 120)),
]

NO_AGE = [
    "干了三十年装修",
    "开了二十年车，技术好",
    "做了二十多年保洁",
    "住的是78年的老房子",
    "五十块一天也干",
    "一天五六十块也行",
    "孩子八岁了，要接送",
    "家里老人八十了，要照顾",
    "我妈五十多了",
    "儿子属虎",
    "2025年毕业",
    "1998年开始干电工",
    "厂里三十多个人",
    "住五十多平的房子",
    "同事都是90后",
    "属于临时工",
    "干了十来年",
]


@pytest.mark.parametrize(("words", "ages"), AGES)
def test_an_age_as_people_say_it_leaves_the_ages_it_allows(words: str, ages: frozenset[int]):
    assert candidates(words) == ages


@pytest.mark.parametrize("words", NO_AGE)
def test_a_number_that_is_no_age_of_the_persons_leaves_every_age(words: str):
    assert candidates(words) is None


@pytest.mark.parametrize(
    ("description", "value"),
    [
        ("年龄18-45周岁", "18-45"),
        ("五十五岁以内，身体健康", "-55"),
        ("限男性35岁以下", "-35"),
        ("60岁以内身体健康", "-60"),
        ("年龄不限", None),
        ("年龄十六到四十八，长白班", "16-48"),  # Chinese numerals after 年龄, without 岁
        ("年龄四十以内。", "-40"),
        ("年龄：二十至四十五周岁", "20-45"),
    ],
)
def test_a_postings_age_range(description: str, value: str | None):
    assert {f.value for f in posting_facts("", description) if f.code == "age_range"} == ({value} - {None})


def fits(words: str, description: str) -> bool:
    return seeker_limits(seeker_facts("", words, today=TODAY)).fits(posting_facts("", description), TODAY)


@pytest.mark.parametrize(
    ("words", "description", "shown"),
    [
        ("今年五十有六", "五十岁以内", False),  # 56, not 50
        ("今年五十有六", "60岁以内身体健康", True),
        ("五六十岁的人了", "五十五岁以内", True),  # some of the ages allowed pass: not kept out
        ("五六十岁的人了", "年龄18-45周岁", False),  # none do
        ("七八年属马的", "年龄18-45周岁", False),  # 48
        ("七八年属马的", "五十五岁以内", True),
        ("属虎的", "年龄18-45周岁", True),  # 27, 28, 39, 40 pass
        ("属马的，今年本命年", "年龄25-30岁", False),  # 24 or 36: neither
        ("属马的，今年本命年", "年龄20-30岁", True),  # 24
        ("九零后", "限男性35岁以下", True),  # 27-36: some pass
        ("80后", "年龄不限", True),
        ("年过半百", "年龄18-45周岁", False),
        ("奔五十的人了", "45岁以下", False),
        ("干了三十年装修", "年龄18-45周岁", True),  # years of work, no age
        ("孩子八岁了", "年龄25-30岁", True),
    ],
)
def test_an_age_meets_a_postings_range_unless_every_age_allowed_fails_it(words: str, description: str, shown: bool):
    assert fits(words, description) is shown


@pytest.mark.parametrize(
    ("words", "years"),
    [("干了三十年装修", "30"), ("保洁干了十来年", "13"), ("做了二十来年电工", "23"), ("干了十几年", "19")],
)
def test_years_of_work_said_the_same_ways_still_read(words: str, years: str):
    found = {f.value for f in seeker_facts("", words, today=TODAY) if f.code == "experience"}
    assert found == {years}


@pytest.mark.parametrize("words", ["明年本命年", "儿子今年本命年", "去年是我本命年"])
def test_another_year_or_another_persons_own_year_is_no_age(words: str):
    assert candidates(words) is None


def test_a_sign_that_fits_no_age_said_leaves_the_words():
    assert candidates("今年56岁，属虎") == span(56, 56)  # a tiger is 51-52 or 63-64: the number is what was written


def test_the_explanation_names_the_words_and_the_years():
    from matching.facts.words import words_of

    said = {f.code: f for f in seeker_facts("", "八五后，今年本命年", today=TODAY)}
    assert said["born"].evidence == "八五后" and words_of(said["born"]) == "85后"
    assert words_of(said["own_year"]) == "今年本命年"


@pytest.mark.parametrize(
    "noise", ["😀" * 500, "五十" * 5000, "Ｉ'm 五十有六 años 🙂 属🐯", "\u200b属马\u200b本命年" * 300]
)
def test_odd_input_reads_without_failing(noise: str):
    seeker_limits(seeker_facts("", noise, today=TODAY)).fits(posting_facts("", "年龄18-45周岁"), TODAY)
