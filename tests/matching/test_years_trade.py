"""Years of work count in the posting's own trade (issue 22): judges read "干了十年物业水电" as no years of 电焊 and
"做了三年会计" as none of 行政, while "在饭店端了三年盘子" meets "一年以上餐饮服务经验". Only clearly different trades
keep a posting out; a requirement or a span naming no trade, or trades that share a group, count as before."""

from __future__ import annotations

from datetime import date

import pytest

from matching.facts import explain_facts, job_bits, posting_facts, seeker_facts, seeker_limits
from matching.facts.trades import different_trades, trades_in

TODAY = date(2026, 12, 5)


def fits(words: str, description: str) -> bool:
    return seeker_limits(seeker_facts("", words)).fits(posting_facts("", description), TODAY)


@pytest.mark.parametrize(
    ("words", "description"),
    [
        ("干了十年物业水电", "3年以上电焊工作经验"),
        ("做了三年会计", "一年以上行政经验"),
        ("做了三年会计", "三年以上文员工作经验"),
        ("开了八年货车", "一年以上质检经验"),
        ("在超市干了五年收银", "两年以上仓管经验"),
    ],
)
def test_years_in_a_clearly_different_trade_do_not_count(words: str, description: str):
    assert not fits(words, description)
    assert fits(words, "3年以上相关工作经验")  # no trade named: any work counts, as before


@pytest.mark.parametrize(
    ("words", "description"),
    [
        ("在饭店端了三年盘子", "一年以上餐饮服务经验"),
        ("干了十年物业水电", "3年以上电工经验"),  # 水电 is an electrician's work
        ("做了五年品管", "一年以上质检经验"),  # same trade in other words
        ("焊工干了五年", "3年以上电焊工作经验"),
        ("我有5年厨师经验", "三年以上厨房经验"),
        ("在部队当了三年警卫", "两年以上保安经验"),
    ],
)
def test_years_in_the_same_trade_in_other_words_count(words: str, description: str):
    assert fits(words, description)


@pytest.mark.parametrize(
    ("words", "description"),
    [
        ("在厂里干了五年", "一年以上质检经验"),  # the span names no trade: it may have been inspection
        ("干了五年", "三年以上文员工作经验"),
        ("做了三年会计，干了三年文员", "三年以上文员工作经验"),  # equal years in two trades: both kept
        ("做了三年会计、两年文员", "两年以上文员经验"),  # one clause, two trades: unsure, the years count
        ("在饭店干了三年服务员", "两年以上酒店客房经验"),  # 服务员 serves rooms too
        ("做了三年模具", "一年以上数控经验"),  # trades the table does not know: unsure
        ("做了三年会计", "干过两年以上的来"),
    ],
)
def test_when_unsure_the_years_count(words: str, description: str):
    assert fits(words, description)


def test_the_years_still_must_be_enough_in_the_same_trade():
    assert not fits("做了一年质检", "三年以上质检经验")
    assert fits("做了三年会计，质检干了两年", "两年以上质检经验")  # the years of the posting's trade
    assert not fits("做了五年会计，质检干了一年", "两年以上质检经验")


def test_the_trades_words_name():
    assert trades_in("一年以上质检经验") == {"质检"}
    assert trades_in("三年以上文员工作经验") == {"行政"}
    assert trades_in("3年以上相关工作经验") == frozenset()
    assert different_trades("3年以上电焊工作经验", "干了十年物业水电")
    assert not different_trades("3年以上工作经验", "干了十年物业水电")
    assert not different_trades("一年以上餐饮服务经验", "在饭店端了三年盘子")


def test_a_span_keeps_its_clause_as_evidence_and_the_explanation_counts_only_the_trade():
    spans = [f.evidence for f in seeker_facts("", "做了三年会计，腰不好") if f.code == "experience"]
    assert spans == ["做了三年会计"]
    posting = posting_facts("", "两年以上会计经验，一年以上行政经验")
    limits = seeker_limits(seeker_facts("", "做了三年会计"))
    met = [w for w in explain_facts(limits, job_bits(posting), posting) if "经验" in w]
    assert met == [
        "「两年以上会计经验」 · 符合你写的「做了三年会计」"
    ]  # not the 行政 year, which the 会计 years do not meet


def test_care_at_home_is_three_trades_that_meet_at_the_edges():
    assert not fits("做过三年住家保姆", "两年以上月嫂经验")  # a nanny's years are not a maternity nurse's
    assert not fits("做过五年月嫂", "两年以上带老人的经验")
    assert fits("做过三年住家保姆", "两年以上带老人的经验")  # a 保姆 often looks after the old
    assert fits("在养老院干了五年", "两年以上护理经验")


@pytest.mark.parametrize(
    ("words", "description"),
    [
        # issue 22: a broad or hedged requirement counts years of related work
        ("在酒店做了三年前台", "1年以上餐饮/服务行业或售后客服经验"),
        ("做了三年导购", "1年以上餐饮/服务行业或售后客服经验"),
        ("在超市干了两年收银", "1年以上餐饮/服务行业或售后客服经验"),
        ("做了三年保姆", "1年以上餐饮/服务行业或售后客服经验"),
        ("在小区做了八年保洁", "1年以上餐饮/服务行业或售后客服经验"),
        ("做了三年淘宝客服", "3年以上销售或相关工作经验"),
        ("做了五年电话客服", "3年以上销售或相关工作经验"),
        # 保洁, 客房, 钟点工 and 家政 are one kind of work
        ("在酒店做了三年客房服务员", "2年以上保洁工作经验"),
        ("做钟点工六年", "2年以上保洁工作经验"),
        ("在小区做了八年保洁", "3年以上家政服务经验"),
        # military service is work
        ("当兵五年，退伍后做了半年保安", "1年以上工作经验"),
        ("在部队服役三年", "两年以上工作经验"),
    ],
)
def test_related_years_count_for_a_broad_or_hedged_requirement(words: str, description: str):
    assert fits(words, description)


@pytest.mark.parametrize(
    ("words", "description"),
    [
        ("没干过保洁", "2年以上保洁经验"),  # said outright: none of it
        ("在厂里干了五年，没干过保洁", "2年以上保洁经验"),
        ("做了三年导购", "一年以上餐饮经验"),  # no hedge: a different trade still keeps the posting out
        ("当兵五年，退伍后做了半年保安", "3年以上电焊工作经验"),  # service is no trade's years
        ("当兵五年，退伍后做了半年保安", "2年以上保安经验"),
        ("做钟点工六年", "2年以上会计经验"),
    ],
)
def test_still_excluded(words: str, description: str):
    assert not fits(words, description)


def test_a_trade_never_done_says_nothing_of_other_work():
    assert fits("没干过保洁", "2年以上保安经验")
    assert fits("没干过保洁", "1年以上工作经验")
    assert fits("没干过保洁", "1年以上保洁或相关工作经验")  # hedged: related work may count
    assert not different_trades("1年以上餐饮/服务行业或售后客服经验", "在酒店做了三年前台")
    assert trades_in("当兵五年") == {"部队"}
