"""A foreign language a person speaks a little ("会简单英语", "会点英语", "英语一般") against a posting's ask: one asking it
fluent or certified ("英语流利", "需英语四级") is out, a plain or preferred ask and another language's stay; fluency said
elsewhere, or someone else's little English, is no lack (issue 22, session 17; wordings our own)."""

from __future__ import annotations

from datetime import date

import pytest

from matching.facts.bits import job_bits
from matching.facts.explanations import explain_facts
from matching.facts.person import seeker_limits
from matching.facts.reader import posting_facts, seeker_facts
from matching.facts.words import words_of

TODAY = date(2026, 12, 6)
A_LITTLE = ["会简单英语，能打招呼", "会点英语", "英语一般，能看懂菜单", "会一点点英语口语", "以前学过，英语只会一点"]


def shown(said: str, title: str, posting: str) -> bool:
    limits = seeker_limits(seeker_facts("", said, (), today=TODAY))
    facts = posting_facts(title, posting)
    return limits.admits(job_bits(facts)) and limits.fits(facts, TODAY)


@pytest.mark.parametrize("said", A_LITTLE)
@pytest.mark.parametrize(
    ("title", "posting"),
    [
        ("前台", "外企前台，英语流利，形象好"),
        ("文员", "外贸文员，需英语四级以上"),
        ("跟单", "外贸跟单，英语读写熟练"),
    ],
)
def test_a_fluent_ask_is_out(said: str, title: str, posting: str) -> None:
    assert not shown(said, title, posting)


@pytest.mark.parametrize("said", A_LITTLE)
@pytest.mark.parametrize(
    ("title", "posting"),
    [
        ("导购", "商场导购，会简单英语优先"),
        ("服务员", "酒店服务员，会基本英语对话"),
        ("前台", "民宿前台，要求会英语"),  # a plain ask
        ("翻译", "日语流利，有日企经验"),  # another language
        ("保洁", "写字楼保洁，按时上下班"),
    ],
)
def test_other_asks_stay(said: str, title: str, posting: str) -> None:
    assert shown(said, title, posting)


@pytest.mark.parametrize("said", ["英语六级，会点日语", "孩子会点英语，我不会", "我女儿英语一般"])
def test_no_little_english_of_the_persons(said: str) -> None:
    facts = seeker_facts("", said, (), today=TODAY)
    assert not any(f.value == "english:fluent" for f in facts)


def test_the_little_english_is_said() -> None:
    facts = seeker_facts("", "会点英语", (), today=TODAY)
    assert [words_of(f) for f in facts if f.code == "foreign_language"] == ["英语只会一点"]


def test_a_preferred_fluent_ask_is_shown_and_said() -> None:
    limits = seeker_limits(seeker_facts("", "会点英语", (), today=TODAY))
    facts = posting_facts("前台", "酒店前台，英语流利者优先")
    assert limits.fits(facts, TODAY)
    words = explain_facts(limits, job_bits(facts), facts)
    assert any("会点英语" in w for w in words), words
