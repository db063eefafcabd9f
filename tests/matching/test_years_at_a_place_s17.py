"""Years of work at a place that names no trade ("在超市上过五年班", "超市干了五年"): read as years, counted toward the
posts that place has (a supermarket's cashiers, shop assistants, shelf stockers) and not toward another trade's (a cook's,
a waiter's); a factory names no trade of its own, and a restaurant already names its kitchen and dining room
(issue 22, session 17; wordings our own)."""

from __future__ import annotations

from datetime import date

import pytest

from matching.facts.bits import job_bits
from matching.facts.person import seeker_limits
from matching.facts.reader import posting_facts, seeker_facts

TODAY = date(2026, 12, 6)
AT_THE_SUPERMARKET = ["在超市上过五年班", "以前在超市干了五年", "我在家门口的超市做了五年多", "在便利店上了五年班"]

SHOP_POSTS = [
    ("收银员", "超市收银员，需两年以上收银经验"),
    ("营业员", "商场营业员，三年以上销售经验"),
    ("理货员", "超市理货员，要求两年以上理货经验"),
]
OTHER_TRADE_POSTS = [
    ("厨师", "小饭馆招炒菜厨师，三年以上厨师经验"),
    ("服务员", "酒楼服务员，两年以上餐厅服务员经验"),
    ("电焊工", "招电焊工，三年以上焊工经验"),
]


def shown(experience: str, title: str, posting: str) -> bool:
    limits = seeker_limits(seeker_facts("", experience, (), today=TODAY))
    facts = posting_facts(title, posting)
    return limits.admits(job_bits(facts)) and limits.fits(facts, TODAY)


def years(experience: str) -> list[str | None]:
    return [f.value for f in seeker_facts("", experience, (), today=TODAY) if f.code == "experience"]


@pytest.mark.parametrize(
    ("experience", "said"),
    [("在超市上过五年班", "5"), ("在厂里上了八年班", "8"), ("在便利店上了两年多的班", "2"), ("没上过班", "0")],
)
def test_years_of_shifts_at_a_place_are_read(experience: str, said: str) -> None:
    assert years(experience) == [said]


@pytest.mark.parametrize("experience", AT_THE_SUPERMARKET)
@pytest.mark.parametrize(("title", "posting"), OTHER_TRADE_POSTS)
def test_a_supermarkets_years_are_no_other_trades(experience: str, title: str, posting: str) -> None:
    assert not shown(experience, title, posting)


@pytest.mark.parametrize("experience", AT_THE_SUPERMARKET[:3])
@pytest.mark.parametrize(("title", "posting"), SHOP_POSTS)
def test_a_supermarkets_years_count_for_its_posts(experience: str, title: str, posting: str) -> None:
    assert shown(experience, title, posting)


@pytest.mark.parametrize(
    ("experience", "title", "posting", "kept"),
    [
        ("在便利店上了五年班", "收银员", "超市收银员，需两年以上收银经验", True),
        ("在超市做了五年收银", "营业员", "商场营业员，三年以上销售经验", False),  # the trade named is the one counted
        ("在超市干了五年", "会计", "会计，三年以上工作经验", True),  # any work asked
        ("在饭店干了五年", "理货员", "超市理货员，需一年以上超市工作经验", True),  # a post's words: as before
        ("在厂里干了八年", "厨师", "小饭馆招炒菜厨师，三年以上厨师经验", True),  # a factory: any trade
        ("在饭店干过三年", "服务员", "酒楼服务员，两年以上餐厅服务员经验", True),  # 饭店 names the dining room
        ("在饭店干过三年", "营业员", "商场营业员，三年以上销售经验", False),
    ],
)
def test_guards(experience: str, title: str, posting: str, kept: bool) -> None:
    assert shown(experience, title, posting) is kept
