"""Issue 22, session 14 (h-fix11age): ages in the wordings the fifth review found unread. A person's age after a
colon ("年龄：57") or as a whole numeral run before 周岁 ("五十九周岁", never 五十); a posting's cap said 不要/不得/不能
超过 and its birth decades in Chinese numerals, listed with no word between ("七零后八零后"). Each wording has decoys
that must read nothing. The wordings are this file's own, from no persona set."""

from __future__ import annotations

from datetime import date

import pytest

from matching.facts import job_bits, posting_facts, seeker_facts, seeker_limits

TODAY = date(2026, 12, 6)


def ages(words: str) -> frozenset[int] | None:
    return seeker_limits(seeker_facts("", words, today=TODAY)).ages(TODAY)


def kept(person: str, title: str, posting: str, desired: str = "") -> bool:
    """Whether the served page keeps the posting for the person (its bits and its facts)."""
    limits = seeker_limits(seeker_facts(desired, person, today=TODAY))
    facts = posting_facts(title, posting)
    return limits.admits(job_bits(facts)) and limits.fits(facts, TODAY)


def posting_read(title: str, text: str, code: str) -> list[str | None]:
    return [f.value for f in posting_facts(title, text) if f.code == code and f.modality is None]


@pytest.mark.parametrize(
    ("words", "age"),
    [
        ("年龄：五十七", 57),
        ("年龄:49，男，能吃苦", 49),
        ("年纪: 六十一岁。身体好", 61),
        ("年龄 52", 52),
        ("岁数：五十三", 53),
        ("姓名：王，年龄：四十六，住城东", 46),
        ("我今年五十九周岁，女", 59),
        ("今年四十八周岁，想找个近点的", 48),
        ("今年六十一周岁了", 61),
        ("我五十七周岁", 57),
        ("今年五十岁", 50),
    ],
)
def test_an_age_after_a_colon_or_as_a_whole_numeral_run_is_read(words: str, age: int) -> None:
    assert ages(words) == frozenset({age})


@pytest.mark.parametrize(
    "words",
    ["年龄：不限", "孩子年龄：12", "工龄：15年", "年龄：保密", "我家狗年龄：3"],
)
def test_no_age_where_the_colon_holds_no_age_of_the_persons(words: str) -> None:
    assert ages(words) is None


@pytest.mark.parametrize(
    ("text", "cap"),
    [
        ("后厨洗菜阿姨，年龄不要超过五十二", "-52"),
        ("年龄不得超过58岁，身体健康", "-58"),
        ("年龄不能超过四十五周岁", "-45"),
        ("门岗，不得超过50周岁", "-50"),
        ("年纪不要超过六十", "-60"),
    ],
)
def test_a_cap_said_as_must_not_pass_is_read(text: str, cap: str) -> None:
    assert posting_read("招工", text, "age_range") == [cap]


@pytest.mark.parametrize(
    "text",
    ["每天工作不得超过8小时", "每单不要超过二十斤", "一间房不能超过四个人住", "加班每月不得超过36小时"],
)
def test_other_caps_are_no_age(text: str) -> None:
    assert posting_read("招工", text, "age_range") == []


@pytest.mark.parametrize(
    ("text", "born"),
    [
        ("送水工，要求七零后八零后", "1970-1989"),
        ("只要八零后、九零后", "1980-1999"),
        ("限70后80后，能吃苦", "1970-1989"),
        ("要求六零后或七零后", "1960-1979"),
    ],
)
def test_birth_decades_asked_in_any_numerals_and_unseparated(text: str, born: str) -> None:
    assert posting_read("招工", text, "born_range") == [born]


@pytest.mark.parametrize("text", ["我们团队都是九零后，氛围好", "八零后优先", "店长是七零后"])
def test_decades_not_asked_are_no_range(text: str) -> None:
    assert posting_read("招工", text, "born_range") == []


def test_a_sixty_year_old_is_kept_out_of_a_seventies_and_eighties_post() -> None:
    assert not kept("六十了，身体还行", "送餐员", "要求七零后八零后")
    assert kept("四十五了，身体还行", "送餐员", "要求七零后八零后")


@pytest.mark.parametrize(
    ("person", "keeps"),
    [
        ("年龄：五十八", False),
        ("我今年五十九周岁，女", False),
        ("年龄：四十二", True),
        ("我今年四十九周岁", True),
    ],
)
def test_an_age_read_keeps_the_person_out_of_a_capped_post(person: str, keeps: bool) -> None:
    assert kept(person, "保洁", "写字楼保洁，年龄不要超过五十五") is keeps
