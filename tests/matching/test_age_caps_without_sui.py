"""Issue 22 s13 (a third review's class 11): a posting's age caps and floors said without 岁 ("限男45以下",
"女五十以下男六十以下", "需年满十八"), and the people they keep out. Every wording is made up for this grid; none is a
persona's or a real posting's."""

from __future__ import annotations

from datetime import date

import pytest

from matching.facts import posting_facts, seeker_facts, seeker_limits

TODAY = date(2026, 12, 6)


def age_ranges(description: str) -> list[str]:
    return [f.value or "" for f in posting_facts("招聘", description) if f.code == "age_range" and f.modality is None]


@pytest.mark.parametrize(
    ("description", "value"),
    [
        ("生鲜区补货理货，限男45以下，能吃苦", "-45"),
        ("限45以下，手脚麻利", "-45"),
        ("仓库分拣，限女50以内", "-50"),
        ("道路环卫工，女五十以下男六十以下", "-60"),
        ("道路环卫工，男六十以下，女五十五以下", "-60"),
        ("服务员，需年满十八", "18-"),
        ("年满十八周岁，身体健康", "18-"),
        ("限五十以下", "-50"),
    ],
)
def test_a_postings_cap_said_without_sui(description: str, value: str) -> None:
    assert age_ranges(description) == [value]


@pytest.mark.parametrize(
    "description",
    [
        "限男性，能吃苦",
        "每天限45人",
        "限45公斤以下的货",
        "工作满十八个月有奖金",
        "年满一年涨工资",
        "男女不限，五十以下的单子当天结",
    ],
)
def test_numbers_in_a_posting_that_are_no_cap(description: str) -> None:
    assert age_ranges(description) == []


@pytest.mark.parametrize(
    ("words", "description"),
    [
        ("今年五十五，农村户口", "生鲜区补货理货，限男45以下，能吃苦"),
        ("十七岁半", "服务员，需年满十八"),
        ("六十二了，身体硬朗", "道路环卫工，女五十以下男六十以下"),
    ],
)
def test_a_cap_without_sui_keeps_out_one_outside_it(words: str, description: str) -> None:
    assert not seeker_limits(seeker_facts("", words, today=TODAY)).fits(posting_facts("招聘", description), TODAY)


@pytest.mark.parametrize(
    ("words", "description"),
    [
        ("五十三四", "道路环卫工，女五十以下男六十以下"),  # a woman over fifty may be a man under sixty: the wider cap
        ("今年四十", "生鲜区补货理货，限男45以下，能吃苦"),
        ("十九岁", "服务员，需年满十八"),
    ],
)
def test_a_cap_without_sui_admits_one_inside_it(words: str, description: str) -> None:
    assert seeker_limits(seeker_facts("", words, today=TODAY)).fits(posting_facts("招聘", description), TODAY)
