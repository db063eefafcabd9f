"""Issue 22: weekends refused by the days' names (礼拜六礼拜天, 周六周日, 星期六星期天, 周末) × what stops the person
(出不来, 没人带娃, 要带孩子, 不行, 得休息), in one clause or the next ("礼拜六礼拜天娃在家，也出不来"); one day alone
("周日不行") is not the weekend, and "单休可以" accepts weekend work. Postings' weekend work said as coming in
("周末也要来"). Every wording is made up for this grid."""

from __future__ import annotations

import itertools

import pytest

from matching.facts import posting_facts, seeker_facts

WEEKENDS = ["礼拜六礼拜天", "礼拜六礼拜日", "周六周日", "星期六星期天", "星期六和星期天", "周末", "周六日"]
STOPS = ["出不来", "没人带娃", "要带孩子", "不行", "得休息", "出不了门", "来不了", "走不开", "在家带娃"]
# a reason in the clause, the refusal in the next
SPLIT = ["{}孩子在家，也出不来", "{}娃不上学，我走不开", "{}老人要人看，来不了"]


def refuses_weekends(words: str) -> bool:
    return any(f.code == "no_weekends" for f in seeker_facts("", words))


@pytest.mark.parametrize(("days", "stop"), list(itertools.product(WEEKENDS, STOPS)))
def test_the_weekend_named_and_refused(days: str, stop: str) -> None:
    assert refuses_weekends(f"在超市干过，{days}{stop}")


@pytest.mark.parametrize(("days", "frame"), list(itertools.product(WEEKENDS, SPLIT)))
def test_the_refusal_in_the_next_clause(days: str, frame: str) -> None:
    assert refuses_weekends("平时都行，" + frame.format(days))


@pytest.mark.parametrize(
    "words",
    [
        "周日不行",  # one day: a posting resting on Sunday suits
        "礼拜天出不来",
        "星期六要带孩子",
        "单休可以",
        "单休也行，周末上班没问题",
        "周六周日都能来",
        "做六休一都能接受",
        "礼拜六礼拜天也行",
        "老公周末出不来",  # someone else's weekend
        "周末不是出不来",
        "周末没问题，来不了的是晚上",  # the next clause's refusal is of another time
        "周末有空，平时出不来",
    ],
)
def test_no_weekend_refusal(words: str) -> None:
    assert not refuses_weekends(words)


@pytest.mark.parametrize(
    ("description", "worked"),
    [
        ("超市晚上理货，周末也要来", True),
        ("周六周日都要来店里", True),
        ("礼拜六礼拜天照常上班", True),
        ("周末不用来", False),
        ("周末双休", False),
    ],
)
def test_a_posting_that_asks_for_weekends(description: str, worked: bool) -> None:
    assert any(f.code == "weekends_worked" for f in posting_facts("理货员", description)) is worked
