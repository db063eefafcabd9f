"""Readings the dev halves showed missing (issue 22, session 19; wordings our own): phone work refused as a fear or in
mixed English ("一打电话就紧张", "phone call 真的 can't", "打电话这种 job 真的 pass")."""

from __future__ import annotations

from datetime import date

import pytest

from matching.facts.bits import job_bits
from matching.facts.person import seeker_limits
from matching.facts.reader import posting_facts, seeker_facts

TODAY = date(2026, 12, 6)


def shown(said: str, title: str, posting: str) -> bool:
    """As the app matches a person who gave no consent for health facts: the sensitive ones dropped."""
    limits = seeker_limits([f for f in seeker_facts("", said, (), today=TODAY) if not f.sensitive])
    facts = posting_facts(title, posting)
    return limits.admits(job_bits(facts)) and limits.fits(facts, TODAY)


# 1. phone work refused as a fear, or in mixed English
@pytest.mark.parametrize(
    ("said", "posting", "kept"),
    [
        ("我比较内向，一打电话就紧张，想找个打字的活", "电话客服，接听客户来电", False),
        ("怕接电话，其他的活都行", "前台文员，接电话，登记访客", False),
        ("性格慢热，打电话会发慌，网上聊天可以", "电销专员，每天外呼一百个", False),
        ("I'm shy, phone call 真的 can't，打字 OK", "客服专员，接听客户来电", False),
        ("can't do phone calls, 做表格 fine", "行政文员，接电话、做表格", False),
        ("打电话、上门推销这种 job 真的 pass", "物业客服，接业主电话报修", False),
        ("接电话的工作不行，想做仓库", "话务员，接听热线", False),
        # guards: the fear outgrown, no fear, phone work not asked, the phone as a way to reach them
        ("以前一打电话就紧张，现在做了两年客服早习惯了", "电话客服，接听客户来电", True),
        ("不怕打电话，能说会道", "电销专员，每天外呼一百个", True),
        ("不害怕接电话", "电话客服，接听客户来电", True),
        ("一打电话就紧张", "仓库分拣，计件", True),
        ("上班时不能接电话，有事发微信", "电话客服，接听客户来电", True),
        ("做过电话客服，想换个坐办公室的 job", "电话客服，接听客户来电", True),
    ],
)
def test_phone_work_refused_as_a_fear_or_in_english(said: str, posting: str, kept: bool) -> None:
    assert shown(said, "客服", posting) is kept


def test_a_refusal_beside_a_stutter_is_no_health_fact() -> None:
    facts = seeker_facts("", "从小 stutter（结巴），打电话这种 job 真的 pass", (), today=TODAY)
    assert [f.sensitive for f in facts if f.code == "no_phone"] == [False]


# 2. an age in the numerals of forms (大写)
@pytest.mark.parametrize(
    ("said", "age"),
    [
        ("本人伍拾捌岁，身体好，能吃苦", "58"),
        ("年龄：陆拾贰，退休在家闲不住", "62"),
        ("我今年肆拾岁整", "40"),
    ],
)
def test_an_age_in_formal_numerals(said: str, age: str) -> None:
    assert [f.value for f in seeker_facts("", said, (), today=TODAY) if f.code == "age"] == [age]


def test_a_formal_age_keeps_the_post_of_a_lower_cap_out() -> None:
    assert not shown("本人陆拾叁岁，身体硬朗", "门卫", "小区门卫，白班，60岁以内")
    assert shown("本人伍拾叁岁，身体硬朗", "门卫", "小区门卫，白班，60岁以内")  # guard: under the cap


@pytest.mark.parametrize("said", ["收拾屋子、拾掇院子都行", "陆续干过几份零工", "住在壹号院旁边"])
def test_formal_numeral_characters_in_words_are_no_age(said: str) -> None:
    facts = seeker_facts("", said, (), today=TODAY)
    assert [f.evidence for f in facts if f.code == "age"] == []


def test_a_formal_age_is_quoted_as_typed() -> None:
    facts = seeker_facts("", "本人伍拾捌岁，身体好", (), today=TODAY)
    assert [f.evidence for f in facts if f.code == "age"] == ["伍拾捌岁"]


# 3. a post's days named with a part of the day, a clause of their own
MORNING_ONLY = "家里老人要照顾，只能干上午，早六点到十点半"


@pytest.mark.parametrize(
    ("posting", "kept"),
    [
        ("婚宴帮工，传菜收桌，周六周日中午，日结", False),
        ("超市理货，每周二周四下午，时薪18", False),
        ("早餐店帮工，每周六周日上午，日结", True),  # guards: the morning fits; a meal given, no work time
        ("饭店服务员，周六周日中午管饭", True),
        ("婚宴帮工，周六周日中午或晚上，日结", True),  # two parts: open
    ],
)
def test_a_posts_days_with_a_part_of_the_day(posting: str, kept: bool) -> None:
    assert shown(MORNING_ONLY, "帮工", posting) is kept


def test_a_noon_post_for_one_free_at_noon() -> None:
    assert shown("中午十一点到下午两点有空", "帮工", "婚宴帮工，传菜收桌，周六周日中午，日结")


# 4. years asked in a trade: a building site's or a plumber's years are none of an e-bike repairer's or a press's
EBIKE = ("电动车维修", "电动车维修店招师傅，一年以上经验，早9晚7")
PRESS = ("冲压工", "五金厂招冲压工，一年以上冲压经验，两班倒")


@pytest.mark.parametrize(
    ("said", "posting", "kept"),
    [
        ("退伍以后在工地干了五年", EBIKE, False),
        ("在饭店当了三年服务员", EBIKE, False),
        ("干了四年水电安装", PRESS, False),
        ("在饭店后厨干了六年", PRESS, False),
        # guards: the same trade in other words, a related one, or years naming no trade
        ("干了五年水电，有电工证", EBIKE, True),
        ("在汽修厂修了三年车", EBIKE, True),
        ("在车行修电瓶车修了两年", EBIKE, True),
        ("在厂里干了五年", EBIKE, True),
        ("在汽配厂开了三年冲床", PRESS, True),
        ("电子厂流水线干了四年", PRESS, True),
        ("进厂五年了，什么都干过", PRESS, True),
    ],
)
def test_years_asked_in_a_trade(said: str, posting: tuple[str, str], kept: bool) -> None:
    assert shown(said, *posting) is kept


# 5. a guard's years: the card the post requires is not vouched for, so the post is demoted, never left out
def test_a_former_guard_is_demoted_for_a_card_required_not_left_out() -> None:
    limits = seeker_limits(seeker_facts("保安", "在厂里干了四年门卫，后来又当过两年保安", (), today=TODAY))
    facts = posting_facts("小区保安", "小区保安，白班，须持保安员证，55岁以下")
    assert limits.admits(job_bits(facts)) and limits.fits(facts, TODAY)
    assert limits.unsaid_in(job_bits(facts)) == 1.0


@pytest.mark.parametrize(
    "said", ["当过两年保安，保安证也有", "开了八年大货车"], ids=["card named", "driving still vouched"]
)
def test_a_card_named_or_a_drivers_years_are_not_demoted(said: str) -> None:
    posting = ("小区保安", "小区保安，须持保安员证") if "保安" in said else ("货车司机", "货车司机，须持B2驾照")
    limits = seeker_limits(seeker_facts("", said, (), today=TODAY))
    assert limits.unsaid_in(job_bits(posting_facts(*posting))) == 0.0
