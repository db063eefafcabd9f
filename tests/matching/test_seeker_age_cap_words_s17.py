"""A seeker's words about an age cap ("年龄大点没关系，60以内都行", "年龄60以内") are not the seeker's own age; the own age
said loosely ("我今年快六十了", "五十好几了", "奔六的人了", "六十出头") keeps its span (issue 22, session 17; wordings our own)."""

from __future__ import annotations

from datetime import date

import pytest

from matching.facts.bits import job_bits
from matching.facts.person import seeker_limits
from matching.facts.reader import posting_facts, seeker_facts

TODAY = date(2026, 12, 6)


def ages(said: str) -> list[str | None]:
    return [f.value for f in seeker_facts("", said, (), today=TODAY) if f.code == "age"]


def shown(said: str, title: str, posting: str) -> bool:
    limits = seeker_limits(seeker_facts("", said, (), today=TODAY))
    facts = posting_facts(title, posting)
    return limits.admits(job_bits(facts)) and limits.fits(facts, TODAY)


@pytest.mark.parametrize(
    "said",
    [
        "年龄60以内",  # read as 60 before
        "年龄：55以下",
        "年纪50之内的活都能干",
        "年龄大点没关系，60以内都行",  # guards: no age before either
        "岁数大点不要紧，六十岁以下的都可以",
        "找个不卡年龄的，60以下的都行",
    ],
)
def test_a_cap_said_is_no_age(said: str) -> None:
    assert ages(said) == []


@pytest.mark.parametrize("said", ["年龄60以内", "年龄：55以下"])
def test_a_cap_said_keeps_a_capped_post(said: str) -> None:
    assert shown(said, "保洁", "小区保洁，限50岁以下，月薪三千")


@pytest.mark.parametrize(
    ("said", "age"),
    [
        ("我今年快六十了，找个看门的活", "59"),
        ("五十好几了，还能干", "53-59"),
        ("奔六的人了，干不动重活", "56-59"),
        ("六十出头，身体还行", "61-64"),
        ("年龄大点没关系，60以内都行，我今年57", "57"),  # the cap beside the own age
        ("我五十八了，找年龄要求60以内的活", "58"),
        ("年龄：58", "58"),
    ],
)
def test_the_own_age_said_loosely_keeps_its_span(said: str, age: str) -> None:
    assert ages(said) == [age]
