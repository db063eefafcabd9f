"""Years of work and of age as people write them (issue 22, session 5): what postings demand ("只招熟手",
"无经验勿扰", "男55女50以下"), what seekers say ("没上过班", "干过两年多", "五十多了", "75年的"), and the limit that
follows: only what the words make certain keeps a posting out; a preference or a vague age never does."""

from __future__ import annotations

from datetime import date

import pytest

from matching.facts import (
    Limits,
    Modality,
    explain_facts,
    job_bits,
    posting_facts,
    seeker_facts,
    seeker_limits,
    words_of,
)

TODAY = date(2026, 12, 5)


def asked(description: str, code: str) -> set[str | None]:
    return {f.value for f in posting_facts("", description) if f.code == code and f.modality is None}


def stated(words: str, code: str) -> set[str | None]:
    return {f.value for f in seeker_facts("", words) if f.code == code}


def fits(words: str, description: str) -> bool:
    return seeker_limits(seeker_facts("", words)).fits(posting_facts("", description), TODAY)


@pytest.mark.parametrize(
    ("description", "years"),
    [
        ("3年以上相关工作经验", {"3"}),
        ("需有3年经验", {"3"}),
        ("需两年以上工作经验", {"2"}),
        ("本科毕业满5年以上", {"5"}),  # years out of school, as employers count experience
        ("干过3年以上模具设计的来", {"3"}),
        ("干过两年以上的来，生手勿扰", {"2"}),
        ("干过3年以上模具设计的优先", set()),
        ("只招熟手，计件", {"1"}),
        ("要求熟练工", {"1"}),
        ("不接受新手", {"1"}),
        ("无经验勿扰", {"1"}),
        ("须从事过餐饮工作", {"1"}),
        ("烧烤店招烤串师傅，有经验的来，包吃包住", {"1"}),
        ("需有相关工作经验", {"1"}),
        ("三年以上货车驾驶经验", {"3"}),  # driving as the work itself
        ("有经验者优先", set()),  # a wish, not a condition
        ("熟手优先，新手可带", set()),
        ("新手熟手均可", set()),
        ("熟手美容师月入可达1万", set()),  # what experienced staff earn
        ("无经验勿扰，有师傅带", set()),  # taught on the job after all
        ("经验不限", set()),
        ("一年以上驾龄", set()),  # years of holding a licence, not of work (`driving_years_min`)
        ("2024年在南京工作", set()),  # a year, not a span
    ],
)
def test_the_experience_a_posting_demands(description: str, years: set[str]):
    assert asked(description, "experience_min") == years


@pytest.mark.parametrize(
    ("words", "years"),
    [
        ("没上过班", {"0"}),
        ("从来没工作过", {"0"}),
        ("一直在家带孩子", {"0"}),
        ("刚毕业，想找个文员", {"0"}),
        ("应届生", {"0"}),
        ("零基础，愿意学", {"0"}),
        ("没干过这行", {"0"}),  # this trade: none of the years a posting of it asks
        ("没有工作经验", {"0"}),
        ("2025年6月毕业，至今没找到工作", {"0"}),
        ("没正经上过班，只在学校实训过", {"0"}),
        ("一点经验没有", {"0"}),
        ("刚出来找工作", {"0"}),
        ("毕业之后一直在家待业", {"0"}),
        ("自己家带过两个孩子，也没在外面干过", {"0"}),
        ("今年7月研究生毕业", {"0"}),
        ("毕业后一直没找到合适的", {"0"}),
        ("干了半年", {"0"}),
        ("做过三个月收银", {"0"}),
        ("干过两年多服务员", {"2"}),  # more than two, fewer than three
        ("干了一年半", {"1"}),
        ("做了两三年", {"3"}),
        ("在苏州电子厂干了五六年", {"6"}),
        ("做了3年保洁", {"3"}),
        ("当了十年保安", {"10"}),
        ("干了十几年", {"19"}),  # the most the words allow: a vague span keeps no one out
        ("干了二十多年", {"29"}),
        ("在工地干过几年", {"9"}),
        ("有5年工作经验", {"5"}),
        ("一直在家带孩子，之前在超市干了三年", {"0", "3"}),  # the most counts (`Limits.experience`)
        ("孩子上了三年级", set()),
        ("在家带了三年孩子", set()),
        ("在家看了三年孩子", set()),  # the family's own child, not a job
        ("炒了八年菜", {"8"}),
        ("开面包车送过三年货", {"3"}),
        ("老公开了十年货车", set()),  # someone else's work
        ("不是新手", set()),
        ("不是应届生", set()),
        ("现在没上班，想找个保洁", {None}),  # out of work now, not never in it: years unknown
        ("下岗待业在家", {None}),
        ("一直在家备考没上班", {"0"}),
        ("当班长，带新手", set()),  # the newcomers are others
        ("电脑零基础，想找保洁", set()),  # a skill, not work
        ("电脑小白", set()),
        ("18岁就出来打工", set()),
    ],
)
def test_the_years_of_work_a_person_states(words: str, years: set[str]):
    assert stated(words, "experience") == years


@pytest.mark.parametrize(
    ("description", "ranges"),
    [
        ("18-45周岁", {"18-45"}),
        ("45岁以下", {"-45"}),
        ("年龄不超过50", {"-50"}),
        ("限35岁内", {"-35"}),
        ("50岁内", {"-50"}),
        ("年龄50以下。包一顿饭", {"-50"}),
        ("60岁以内身体健康", {"-60"}),
        ("年龄：18-50", {"18-50"}),
        ("35周岁以下（含）", {"-35"}),
        ("男55女50以下", {"-55"}),  # whoever applies: the wider bound keeps no one wrongly out
        ("男性50岁以下，女性45岁以下", {"-50"}),
        ("普工18-45岁；保安60岁以下", {"18-45", "-60"}),  # alternatives: `Limits.fits` takes any
        ("35岁左右", set()),
        ("50岁以上也要", set()),  # older people welcome
        ("客户群体18-35岁", set()),
        ("35岁以下优先", set()),  # PREFERRED, below
    ],
)
def test_the_age_a_posting_states(description: str, ranges: set[str]):
    assert asked(description, "age_range") == ranges


def test_a_softened_age_range_is_read_but_preferred():
    soft = [f for f in posting_facts("", "30-45岁（优秀者可适当放宽）") if f.code == "age_range"]
    assert [(f.value, f.modality) for f in soft] == [("30-45", Modality.PREFERRED)]
    assert words_of(soft[0]) == "30–45岁（可放宽）"
    assert fits("今年52", "30-45岁（优秀者可适当放宽）")


@pytest.mark.parametrize(
    ("words", "code", "value"),
    [
        ("今年53", "age", "53"),
        ("今年四十五", "age", "45"),
        ("女，48岁", "age", "48"),
        ("五十多了", "age", "50-59"),
        ("50多岁", "age", "50-59"),
        ("快60了", "age", "59"),  # close to, not yet: the year before
        ("快60的人了", "age", "59"),
        ("五十出头", "age", "51-54"),  # a little over fifty (略多于), not fifty
        ("40岁出头", "age", "41-44"),
        ("今年40岁出头", "age", "41-44"),
        ("四十岁出头了", "age", "41-44"),
        ("四十来岁", "age", "37-43"),
        ("三十五六岁", "age", "35-36"),  # a pair of ages, not 35
        ("今年四十七八了", "age", "47-48"),
        ("六十好几了", "age", "63-69"),
        ("奔五的人了", "age", "46-49"),
        ("年过半百", "age", "50-"),
        ("退休了，闲不住", "age", "50-"),  # 女工人 retire at 50: no younger than that
        ("快退休了", "age", "45-60"),  # not yet retired: a few years short of 50 or 60
        ("75年的，想找保洁", "born", "1975"),
        ("1975年生", "born", "1975"),
        ("七五年出生", "born", "1975"),
        ("我是1975年的", "born", "1975"),
        ("90后，想找文员", "born", "1990-1999"),
        ("属虎的，今年48", "age", "48"),
    ],
)
def test_a_persons_age_said_many_ways(words: str, code: str, value: str):
    assert stated(words, code) == {value}


@pytest.mark.parametrize(
    "words",
    [
        "孩子12岁",
        "我妈退休了",
        "我老公快退休了",
        "已经三十多家店面试过",
        "同事都是90后",
        "2010年生了孩子",
        "2008年的时候在工厂",
    ],
)
def test_words_that_are_not_the_persons_age(words: str):
    assert not stated(words, "age") and not stated(words, "born")


@pytest.mark.parametrize(
    ("words", "description", "shown"),
    [
        ("没上过班，想找超市理货", "3年以上相关工作经验", False),
        ("一直在家带孩子", "只招熟手", False),
        ("没干过这行，零基础", "无经验勿扰", False),
        ("干过两年多服务员", "3年以上服务员经验", False),
        ("干过两年多服务员", "2年以上经验", True),
        ("没上过班", "有经验者优先", True),  # a preference never keeps anyone out
        ("没上过班", "经验不限，有人带", True),
        ("在工地干过几年", "5年以上经验", True),  # "几年": too vague to say fewer than five
        ("干了十几年", "15年以上经验", True),
        ("做保洁的", "3年以上经验", True),  # no years stated: unknown, not none
        ("没上过班，有C1驾照", "驾龄3年以上", True),  # 驾龄 is not work
        ("有C1驾照，拿了2年", "驾龄3年以上", False),
        ("刚拿的驾照", "一年以上驾龄", False),
        ("驾照是刚拿的C1", "C1驾照满三年", False),
        ("有C1驾照，拿了6年", "驾龄3年以上", True),
    ],
)
def test_years_of_work_against_a_postings_demand(words: str, description: str, shown: bool):
    assert fits(words, description) is shown


@pytest.mark.parametrize(
    ("words", "description", "shown"),
    [
        ("今年53", "18-45周岁", False),
        ("五十多了", "45岁以下", False),  # every age the words allow is over
        ("五十多了", "年龄不超过55", True),  # 50-55 is inside: a vague age never excludes
        ("快60了", "60岁以内身体健康", True),
        ("快60了", "55岁以下", False),
        ("90后", "18-35岁", True),
        ("90后", "45-55岁", False),
        ("75年的", "45岁以下", False),
        ("退休了", "45岁以下", False),
        ("退休了", "60岁以内", True),
        ("48岁", "男55女50以下", True),
        ("48岁", "男性50岁以下，女性45岁以下", True),
        ("今年55", "普工18-45岁；保安60岁以下", True),
        ("今年62", "普工18-45岁；保安60岁以下", False),
        ("48岁", "35岁以下优先", True),
        ("今年40", "50岁以上也要", True),
        ("还能干", "18-45周岁", True),  # no age stated
    ],
)
def test_an_age_against_a_postings_range(words: str, description: str, shown: bool):
    assert fits(words, description) is shown


def test_a_birth_year_is_an_age_on_the_day_matched():
    born_1975 = seeker_limits(seeker_facts("", "1975年生"))
    assert born_1975.born == (1975, 1975) and born_1975.checks_values
    assert born_1975.fits(posting_facts("", "50岁以下"), date(2025, 3, 1))  # 49 or 50
    assert not born_1975.fits(posting_facts("", "50岁以下"), date(2027, 1, 1))  # 51 or 52


def test_the_most_years_any_statement_allows_is_the_limit():
    limits = seeker_limits(seeker_facts("", "一直在家带孩子，之前在超市干了三年"))
    assert limits.experience == 3
    assert limits.fits(posting_facts("", "3年以上经验"), TODAY)
    assert Limits().experience is None and not Limits().checks_values


def test_years_and_ages_in_words():
    facts = {f.code: f for f in seeker_facts("", "没上过班，五十多了，90后")}
    assert words_of(facts["experience"]) == "没有（或不到1年）工作经验"
    assert words_of(facts["age"]) == "50–59岁"
    assert words_of(facts["born"]) == "90后"
    retired = next(f for f in seeker_facts("", "退休了") if f.code == "age")
    assert words_of(retired) == "50岁以上"
    assert [words_of(f) for f in posting_facts("", "驾龄3年以上") if f.code == "driving_years_min"] == ["驾龄3年以上"]
    assert [words_of(f) for f in seeker_facts("", "干过两年多") if f.code == "experience"] == ["2年工作经验"]
    assert [words_of(f) for f in seeker_facts("", "以前做过收银") if f.code == "experience"] == [
        "有工作经历（未写年限）"
    ]


def test_years_a_posting_requires_that_the_persons_words_meet_are_explained():
    posting = posting_facts("保洁", "3年以上保洁经验，驾龄2年以上")
    limits = seeker_limits(seeker_facts("", "做了五年家政保洁，驾照拿了6年"))
    said = explain_facts(limits, job_bits(posting), posting)
    assert "「3年以上保洁经验」 · 符合你写的「做了五年家政保洁」" in said
    assert "「驾龄2年以上」 · 符合你写的「驾照拿了6年」" in said
    employer = explain_facts(limits, job_bits(posting), posting, employer=True)
    assert "「3年以上保洁经验」 · 符合求职者写的「做了五年家政保洁」" in employer
    unsaid = seeker_limits(seeker_facts("", "想找保洁"))
    assert [w for w in explain_facts(unsaid, job_bits(posting), posting) if "经验" in w] == [
        "需3年以上经验 · 你的资料里没有提到"
    ]


@pytest.mark.parametrize(
    ("words", "unsaid"),
    [
        ("想找保洁，身体好", True),  # no word of any work: demoted and told, never left out
        ("以前做过收银", False),  # worked, years unknown
        ("上过初中，身体好", True),  # schooling is not work
        ("在部队当过警卫", False),
        ("厂子倒闭下岗了", False),
        ("做了三年保洁", False),  # years stated: `Limits.fits` decides
        ("没上过班", False),
        ("2025年6月毕业", False),  # the graduation bounds the years
    ],
)
def test_years_a_posting_asks_of_a_person_who_says_nothing_of_work_demote_it(words: str, unsaid: bool):
    posting = posting_facts("收银员", "一年以上收银经验")
    limits = seeker_limits(seeker_facts("", words))
    assert limits.unsaid_in(job_bits(posting)) == (1.0 if unsaid else 0.0)
    assert limits.unsaid_in(job_bits(posting_facts("收银员", "有经验者优先"))) == 0.0  # a preference: nothing


def test_a_sign_with_an_age_span_tells_the_birth_year():
    tiger = seeker_limits(seeker_facts("", "属虎的，五十出头"))  # born 1974: 52 in 2026
    assert not tiger.fits(posting_facts("", "50岁以内"), TODAY)
    assert tiger.fits(posting_facts("", "55岁以内"), TODAY)
    assert not seeker_limits(seeker_facts("", "五十出头")).fits(posting_facts("", "50岁以内"), TODAY)  # over fifty
    assert seeker_limits(seeker_facts("", "五十出头")).fits(posting_facts("", "52岁以内"), TODAY)  # 51 or 52 fit
    assert not stated("我妈属虎，我今年40", "zodiac")  # someone else's sign
    assert not stated("家属狗毛过敏", "zodiac")


def test_birth_decades_a_posting_takes_are_ages_on_the_day():
    decades = [f for f in posting_facts("保洁员（限70后、80后）", "门诊楼保洁") if f.code == "born_range"]
    assert [(f.value, words_of(f)) for f in decades] == [("1970-1989", "限70后–80后")]
    assert not fits("58岁", "限70后、80后")  # 37-56 in 2026
    assert fits("今年45", "限70后、80后")


def test_years_read_from_skilled_words_are_explained_without_a_number_the_posting_never_wrote() -> None:
    welder = seeker_limits(seeker_facts("电焊工", "做了五年电焊"))
    skilled = posting_facts("电焊工", "招聘熟练电焊工，会二保焊")
    assert explain_facts(welder, job_bits(skilled), skilled) == ["「招聘熟练电焊工」 · 符合你写的「做了五年电焊」"]
    written = posting_facts("电焊工", "需3年以上电焊经验")
    assert explain_facts(welder, job_bits(written), written) == ["「3年以上电焊经验」 · 符合你写的「做了五年电焊」"]
    silent = seeker_limits(seeker_facts("电焊工", ""))
    assert "需有经验 · 你的资料里没有提到" in explain_facts(silent, job_bits(skilled), skilled)
