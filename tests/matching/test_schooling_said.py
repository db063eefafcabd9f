"""Schooling and computer use as a reviewer found them on real pages (issue 22, session 7): a level started and not
finished is the one below ("初中没念完"), a required major asks schooling past junior high, and a posting asks for
computer use in more words ("有一定的电脑技能", "会使用平常的办公软件", "精通应用Word")."""

from __future__ import annotations

from datetime import date

import pytest

from matching.facts import job_bits, posting_facts, seeker_facts, seeker_limits

TODAY = date(2026, 12, 5)


def schooling(words: str) -> set[str | None]:
    return {f.value for f in seeker_facts("", words) if f.code == "edu"}


def fits(words: str, description: str, title: str = "") -> bool:
    return seeker_limits(seeker_facts("", words)).fits(posting_facts(title, description), TODAY)


@pytest.mark.parametrize(
    ("words", "level"),
    [
        ("初中没念完", {"primary"}),
        ("没读完初中就出来打工了", {"primary"}),
        ("高中没毕业", {"junior_high"}),
        ("高中肄业", {"junior_high"}),
        ("初中毕业", {"junior_high"}),  # finished
        ("高中毕业，没读大学", {"senior_high"}),
    ],
)
def test_a_level_not_finished_is_the_one_below(words: str, level: set[str | None]):
    assert schooling(words) == level


def test_a_posting_that_names_a_level_is_unchanged_by_the_words_after_it():
    assert {f.value for f in posting_facts("", "高中没毕业的也可以，初中以上") if f.code == "edu_min"} == {
        "junior_high"
    }


@pytest.mark.parametrize(
    ("words", "shown"),
    [
        ("小学文化，认字不多", False),
        ("初中没念完", False),
        ("初中毕业", False),
        ("中专毕业，学的会计", True),  # a 中专 has majors
        ("身体好，能吃苦", True),  # schooling unsaid: nothing certain
    ],
)
def test_a_required_major_asks_schooling_past_junior_high(words: str, shown: bool):
    assert fits(words, "需要大数据、统计学等相关专业", "仓管文员") is shown


def test_a_preferred_major_asks_nothing():
    assert fits("小学文化", "统计学专业优先", "仓管文员")


@pytest.mark.parametrize("description", ["有一定的电脑技能", "会使用平常的办公软件", "精通应用Word、Excel、PowerPoint"])
def test_computer_use_asked_in_more_words_keeps_out_one_who_cannot(description: str):
    bits = job_bits(posting_facts("文员", description))
    assert not seeker_limits(seeker_facts("", "电脑不太会，不会Excel")).admits(bits)
    assert seeker_limits(seeker_facts("", "电脑会用，打字快")).admits(bits)
