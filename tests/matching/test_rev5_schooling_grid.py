"""Issue 22, session 14 (h-fix11age): schooling said as where it stopped ("读到初二", "高一就辍学了", "上了几年小学"),
the fifth review's D1: the level below the grade left. A child's grade is not the person's. The wordings are this
file's own, from no persona set."""

from __future__ import annotations

import pytest

from matching.facts import seeker_facts
from tests.matching.test_rev5_ages_grid import TODAY, kept  # the served-page helpers, shared


def schooling(words: str) -> list[str | None]:
    return [f.value for f in seeker_facts("", words, today=TODAY) if f.code == "edu"]


@pytest.mark.parametrize(
    ("words", "level"),
    [
        ("读到初二", "primary"),
        ("书只念到初一就出来打工了", "primary"),
        ("初二就不上了", "primary"),
        ("文化低，只上了几年小学", "primary"),
        ("上过几年小学", "primary"),
        ("小学上了三年", "primary"),
        ("读到高二，家里没钱就不读了", "junior_high"),
        ("高一就辍学了", "junior_high"),
    ],
)
def test_schooling_said_as_where_it_stopped(words: str, level: str) -> None:
    assert schooling(words) == [level]


@pytest.mark.parametrize(
    "words",
    ["孩子读到初二了", "儿子在上初一，要接送", "女儿高二，住校", "带过初二的学生"],
)
def test_a_childs_school_year_is_not_the_persons(words: str) -> None:
    assert schooling(words) == []


def test_schooling_that_stopped_below_a_posts_minimum_keeps_the_person_out() -> None:
    assert not kept("读到初二", "仓管", "仓库管理，初中以上文化")
    assert kept("读到高二", "仓管", "仓库管理，初中以上文化")
