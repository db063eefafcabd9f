"""Issue 22 s21: a person's hours said in everyday speech, composed. A window of two bounds said in clauses of their own
and closed by a word that says they suit ("八点以后，下午四点以前，都中"); the free time between two errands of the
person's day ("七点四十送进去，下午四点半接，中间这段能干"); an age given as the answer to a question that names it
("问：多大年纪？答：六十二"). Decoys: someone else's clock, a past job's, a school's hours that bound no one, a closer that
denies, ranges that are not times. Every wording is made up for this grid; none is a persona's or a real posting's."""

from __future__ import annotations

import itertools

import pytest

from matching.facts import posting_facts, seeker_facts
from matching.facts.person import seeker_limits
from tests.matching.test_window_grid import window_of

STARTS = [("八点以后", "08:00"), ("早上八点半以后", "08:30"), ("九点之后", "09:00"), ("过了八点", "08:00")]
ENDS = [("下午四点以前", "16:00"), ("四点前", "16:00"), ("下午五点之前", "17:00")]
CLOSERS = ["都中", "都行", "都可以", "能干", "可以", "没问题", "都成"]


@pytest.mark.parametrize(("start", "end", "closer"), list(itertools.product(STARTS, ENDS, CLOSERS)))
def test_two_bounds_in_clauses_of_their_own_closed_by_a_fitting_word(
    start: tuple[str, str], end: tuple[str, str], closer: str
) -> None:
    assert window_of(f"{start[0]}，{end[0]}，{closer}。") == f"{start[1]}-{end[1]}"


@pytest.mark.parametrize(
    ("words", "window"),
    [
        ("八点以后，下午四点以前都中。", "08:00-16:00"),
        ("八点以后下午四点以前都中", "08:00-16:00"),
        ("五十一。八点以后，下午四点以前，都中。重活也中。", "08:00-16:00"),
        ("下午四点以前，八点以后，都行。", "08:00-16:00"),
        ("白天过了九点，到下午三点，都可以", "09:00-15:00"),
    ],
)
def test_bounds_apart_in_other_orders_and_sentences(words: str, window: str) -> None:
    assert window_of(words) == window


ERRANDS_FIRST = [
    ("早上七点四十送进去", "08:00"),
    ("七点半送孩子上学", "08:00"),
    ("早上八点送娃", "08:30"),
]
ERRANDS_LAST = [
    ("下午四点半接", "16:00"),
    ("下午四点去接孩子", "15:30"),
    ("十一点半回家做饭", "11:00"),
]
BETWEEN = ["中间这段能干", "中间都能干", "这中间有空", "这之间都可以", "中间这几个钟头都行"]


@pytest.mark.parametrize(("first", "last", "between"), list(itertools.product(ERRANDS_FIRST, ERRANDS_LAST, BETWEEN)))
def test_the_time_between_two_errands_of_the_day(first: tuple[str, str], last: tuple[str, str], between: str) -> None:
    assert window_of(f"孩子上小学，{first[0]}，{last[0]}，{between}。") == f"{first[1]}-{last[1]}"


@pytest.mark.parametrize(
    "words",
    [
        "八点以后，下午四点以前，都在厂里",  # no word says they suit
        "我老公八点以后，下午四点以前，都行",  # his
        "以前在厂里，八点以后，下午四点以前，都能干",  # a past job's
        "八号以后，十五号以前，都中",  # dates, no clock
        "三千以上，四千以下都中",  # a wage
        "老板说八点以后，四点以前都可以来面试",  # the employer's, for an interview
        "八点以后，下午四点以前，都不行",  # refused
        "孩子学校早上七点四十上课，下午四点半放学，有爷爷接，我全天都行",  # a school's hours, bounding no one
        "早上七点四十送进去，下午四点半接，中间这段也没空",  # the between denied
        "早上七点四十送进去，下午四点半接，中间这段在家歇着",  # no fitting word
        "我老公早上七点四十出门，下午四点半回家，中间这段他上班",  # a spouse's day
        "以前早上七点四十送进去，下午四点半接，中间能干，现在孩子大了，全天都行",  # a past day
    ],
)
def test_decoys_read_no_window(words: str) -> None:
    assert window_of(words) is None


def test_after_eight_then_not_before_four_is_no_morning_window() -> None:
    # "八点以后才有空，四点以前不行": free from the later of the two, never 08:00-16:00
    assert window_of("八点以后才有空，四点以前不行") != "08:00-16:00"


def _age(words: str) -> tuple[int, int] | None:
    return seeker_limits(seeker_facts("", words)).age


@pytest.mark.parametrize(
    ("words", "age"),
    [
        ("问：多大年纪？答：六十二。问：以前干啥的？答：种地。", 62),
        ("问：多大了？答：58", 58),
        ("问：今年多大岁数？答：六十三了。", 63),
        ("问：年龄？答：四十五。", 45),
        ("问：您今年几岁？答：五十。", 50),
        ("问：多大年纪 答：62", 62),
        ("多大年纪？——五十九。", 59),
        ("问：多大年纪？\n答：六十一", 61),
        ("岁数：六十二", 62),
        ("年纪：56", 56),
    ],
)
def test_an_age_answering_a_question_that_names_it(words: str, age: int) -> None:
    assert _age(words) == (age, age)


@pytest.mark.parametrize(
    "words",
    [
        "问：孩子多大？答：十二。",  # the child's
        "问：干了多少年？答：六年。",  # years of work
        "问：家里几口人？答：六口。",
        "问：一天能干几个钟头？答：八个。",
        "问：你老伴多大年纪？答：六十。",  # the spouse's
        "问：多大年纪？答：不记得了。",
        "问：孙子多大年纪？答：八岁。",
        "问：多大年纪？答：六十二。",  # placeholder replaced below
    ][:-1],
)
def test_answers_to_other_questions_are_no_age(words: str) -> None:
    assert _age(words) is None


@pytest.mark.parametrize(
    ("words", "window"),
    [
        ("晚上七点以后，十一点以前，都行", "19:00-23:00"),  # a late window, its bare end the evening's
        ("凌晨四点以后，八点以前，都中", None),  # a start before any day's: left unread, nothing kept out
        ("晚上十点以后，早上六点以前，都可以", "22:00-30:00"),  # a night, to the next morning
    ],
)
def test_late_and_dawn_bounds_apart(words: str, window: str | None) -> None:
    assert window_of(words) == window


@pytest.mark.parametrize(
    ("hours", "kept"),
    [
        ("早8点到晚8点", False),
        ("上午9点到下午6点", False),
        ("早5点到10点", False),
        ("早上8点到下午4点", True),
        ("9点到下午3点", True),
    ],
)
def test_a_window_said_apart_against_a_postings_hours(hours: str, kept: bool) -> None:
    limits = seeker_limits(seeker_facts("", "五十一。八点以后，下午四点以前，都中。"))
    assert limits.fits(posting_facts("理货员", f"工作时间：{hours}。")) is kept
