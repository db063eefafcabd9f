"""Issue 22 s12: weekdays a person lists ("周一三五", "礼拜二、四、六能来", "一三五可以"): which days, and so how many a
week (`Limits.most_days`); not someone else's, a class's, a refusal, a question, the past, days offered as well (周六日
都可以) or numerals that are no days (三五可以). Composed: week words × lists × frames. Every wording is made up for
this grid; none is a persona's or a real posting's."""

from __future__ import annotations

import itertools

import pytest

from matching.facts import posting_facts, seeker_facts
from matching.facts.person import seeker_limits

WEEK_WORDS = ["周", "星期", "礼拜"]
LISTS = [("一三五", "135"), ("二四六", "246"), ("一二三", "123"), ("二四", "24")]
FRAMES = ["{}", "{}可以", "{}能来", "{}有空", "只有{}有空", "我{}能上班"]


def _days(words: str) -> tuple[str, int | None]:
    facts = seeker_facts("", words)
    free = [f.value.partition(" ")[0] for f in facts if f.code == "free" and f.value]
    return (free[0] if free else ""), seeker_limits(facts).most_days


@pytest.mark.parametrize(("week", "listed", "frame"), list(itertools.product(WEEK_WORDS, LISTS, FRAMES)))
def test_a_list_of_weekdays_is_those_days(week: str, listed: tuple[str, str], frame: str) -> None:
    words, days = listed
    assert _days(frame.format(week + words)) == (days, len(days))


@pytest.mark.parametrize(
    ("words", "days"),
    [
        ("一三五可以", "135"),
        ("二四六能来", "246"),
        ("每周一三五可以", "135"),
        ("周一、周三、周五", "135"),
        ("礼拜二、四、六能来", "246"),
        ("星期一和星期三可以", "13"),
        ("周一三五上午有空", "135"),
    ],
)
def test_weekdays_in_other_shapes_are_those_days(words: str, days: str) -> None:
    assert _days(words) == (days, len(days))


@pytest.mark.parametrize(
    "words",
    [
        "我老公周一三五上班",
        "孩子周一三五上课",
        "周一三五能来吗？",
        "如果周一三五可以的话",
        "周一三五不行",
        "周一三五要带孩子",
        "以前周一三五去",
        "三五可以",
        "一三五七",
        "周一到周五都可以",
        "周六日都可以",
        "二四六都能来",
    ],
)
def test_other_weekdays_are_no_days_of_the_person(words: str) -> None:
    assert _days(words)[1] is None


def test_three_listed_days_keep_a_six_day_post_out() -> None:
    job = posting_facts("保洁", "单休，早八晚五")
    assert not seeker_limits(seeker_facts("保洁", "周一三五能来")).fits(job)


DAYS = {"周日": 7, "星期二": 2, "礼拜三": 3, "周四": 4}  # each weekday's ISO number
REFUSALS = ["{}不行", "{}来不了", "{}没空", "{}要带孩子看病，那天不行", "{}有事，那天来不了", "我{}走不开"]


@pytest.mark.parametrize(("day", "frame"), list(itertools.product(DAYS, REFUSALS)))
def test_one_weekday_refused_is_that_day(day: str, frame: str) -> None:
    limits = seeker_limits(seeker_facts("", frame.format(day)))
    assert (limits.days_refused, limits.most_days) == (frozenset({DAYS[day]}), None)


@pytest.mark.parametrize(
    "words",
    ["我老公周日不行", "周日不行吗？", "不是周日不行", "以前周日不行", "周日也行", "周日可以", "周一到周五不行"],
)
def test_a_weekday_not_refused_by_the_person_leaves_the_week(words: str) -> None:
    assert seeker_limits(seeker_facts("", words)).days_refused == frozenset()


def test_one_weekday_refused_keeps_a_post_open_every_day_out() -> None:
    every_day = posting_facts("保洁", "全年无休，早八晚五")
    six_days = posting_facts("保洁", "单休，早八晚五")
    assert not seeker_limits(seeker_facts("保洁", "礼拜三要带孩子看病，那天不行")).fits(every_day)
    assert seeker_limits(seeker_facts("保洁", "礼拜三要带孩子看病，那天不行")).fits(six_days)
