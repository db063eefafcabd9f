"""Issue 22, session 14 (h-fix11age): experience in the wordings the fifth review found unread (E1): little work
said loosely ("没什么经验", "没做过，想学") or in a trade's words ("出师三年"), against a post's years. Each wording
has decoys that must read nothing. The wordings are this file's own, from no persona set."""

from __future__ import annotations

import pytest

from matching.facts import seeker_facts
from tests.matching.test_rev5_ages_grid import TODAY, kept  # the served-page helpers, shared


def experience(words: str, desired: str = "") -> list[str | None]:
    return [f.value for f in seeker_facts(desired, words, today=TODAY) if f.code == "experience"]


@pytest.mark.parametrize(
    ("words", "years"),
    [
        ("想干水电，没什么经验", ["0"]),
        ("没啥工作经验，肯吃苦", ["0"]),
        ("没做过，想学", ["0"]),
        ("以前没干过，愿意学", ["0"]),
        ("学徒出身，出师三年了", ["3"]),
        ("跟师傅学的，出师有五年", ["5"]),
    ],
)
def test_little_work_said_loosely_and_years_after_an_apprenticeship(words: str, years: list[str]) -> None:
    assert experience(words) == years


@pytest.mark.parametrize(
    "words",
    [
        "这活没什么技术含量",
        "还没出师",
        "出师不利，换了行",
        "没什么经验要求的活都行",
        "孩子没做过，想学",
        "对电脑没什么经验",
        "带孩子没什么经验，做饭可以",
    ],
)
def test_words_like_them_that_say_no_years(words: str) -> None:
    assert experience(words) == []


@pytest.mark.parametrize(
    ("person", "title", "posting", "keeps"),
    [
        ("想干水电，没什么经验", "电工", "电工，两年以上工作经验", False),
        ("没做过，想学", "焊工", "熟练焊工，三年以上经验", False),
        ("学徒出身，出师三年了", "理发师", "发型师，五年以上经验", False),
        ("学徒出身，出师三年了", "理发师", "发型师，两年以上经验", True),
        ("想干水电，没什么经验", "电工", "电工学徒，可带", True),
    ],
)
def test_years_said_loosely_meet_a_posts_years(person: str, title: str, posting: str, keeps: bool) -> None:
    assert kept(person, title, posting) is keeps
