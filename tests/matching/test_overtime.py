"""Overtime (issue 22, session 7): a person who says they cannot work overtime is not sent a posting that asks for it;
overtime pay, an "if", and a posting that says there is none keep no one out. No bit is left: `Limits.fits`."""

from __future__ import annotations

import pytest

from matching.facts import FACT_CODES, job_bits, posting_facts, seeker_facts, seeker_limits, words_of


def shown(seeker: str, description: str) -> bool:
    limits, facts = seeker_limits(seeker_facts("", seeker)), posting_facts("普工", description)
    return limits.admits(job_bits(facts)) and limits.fits(facts)


@pytest.mark.parametrize(
    "words", ["不能加班", "加班不行", "不想加班了", "不能接受加班", "加不了班", "下午五点得准时下班接孩子"]
)
def test_a_person_who_cannot_work_overtime_is_limited(words: str) -> None:
    (fact,) = [f for f in seeker_facts("", words) if f.code == "no_overtime"]
    assert words_of(fact) == "不能加班" and fact.evidence in words
    assert not shown(words, "电子厂普工，旺季加班多") and not shown(words, "需加班，加班费另计")
    assert shown(words, "电子厂普工，不加班") and shown(words, "电子厂普工，长白班")


@pytest.mark.parametrize("words", ["能加班", "加班也可以", "不怕加班", "以前厂里经常加班"])
def test_words_of_overtime_that_limit_nothing(words: str) -> None:
    assert not [f for f in seeker_facts("", words) if f.code == "no_overtime"]
    assert not seeker_limits(seeker_facts("", words)).no_overtime


@pytest.mark.parametrize("description", ["需加班", "旺季加班多", "能接受加班", "需适应加班", "经常加班，加班有补贴"])
def test_overtime_a_posting_asks(description: str) -> None:
    assert [f for f in posting_facts("", description) if f.code == "overtime"]
    assert "overtime" in FACT_CODES and "no_overtime" in FACT_CODES


@pytest.mark.parametrize(
    "description",
    [
        "不加班",
        "无需加班",
        "一般不需要加班",
        "加班费另算",
        "如需加班按1.5倍计算",
        "有加班费",
        "周末加班双倍工资",
        "加班自愿",
        "偶尔加班",
    ],
)
def test_overtime_pay_an_if_or_none_asks_nothing(description: str) -> None:
    assert not [f for f in posting_facts("", description) if f.code == "overtime"]
    assert shown("不能加班", description)
