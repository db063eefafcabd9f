"""Issue 22, session 16 (h-age16): a posting's own asks (an age range, years of work, schooling) held against what the
person says in their own words, and the page quoting both. Ages said against a mark ("不到五十", "刚过五十", "将近六十",
"刚退休", "今年五十几"), a birth decade after 我是 ("我是70后": 1970s, never 70 years old); a posting's cap widened to an
age ("35岁以下，有经验者可放宽到40": 40 for anyone), a top named as one ("年龄上限45岁"), 为宜/最佳 as a wish, 岁数 and
a colon before the number; "工作经验：3年以上"; a level being studied ("大专在读") not held yet; reading asked in plain words
("要认得字会写"). A sex is never held against anyone. The wordings are this file's own, from no persona set."""

from __future__ import annotations

from datetime import date

import pytest

from matching.facts import job_bits, posting_facts, seeker_facts, seeker_limits
from matching.facts.explanations import explain_facts

TODAY = date(2026, 12, 6)


def ages(words: str) -> tuple[int, int] | None:
    """The youngest and oldest the person's words allow today (120: no top)."""
    allowed = seeker_limits(seeker_facts("", words, today=TODAY)).ages(TODAY)
    return None if allowed is None else (min(allowed), max(allowed))


def caps(text: str) -> set[tuple[str | None, bool]]:
    """A posting's age ranges, each with whether it binds (a wish does not)."""
    return {(f.value, f.modality is None) for f in posting_facts("招工", text) if f.code == "age_range"}


def kept(person: str, posting: str, title: str = "招工") -> bool:
    limits = seeker_limits(seeker_facts("", person, today=TODAY))
    facts = posting_facts(title, posting)
    return limits.admits(job_bits(facts)) and limits.fits(facts, TODAY)


def read(person: str, code: str) -> list[str | None]:
    return [f.value for f in seeker_facts("", person, today=TODAY) if f.code == code]


@pytest.mark.parametrize(
    ("words", "span"),
    [
        ("我是70后，身体还行", (47, 56)),  # a birth decade, not seventy
        ("本人是80后的", (37, 46)),
        ("年龄：80后", (37, 46)),
        ("今年刚好五十，想找个近的", (50, 50)),
        ("今年整五十", (50, 50)),
        ("今年五十几，腿脚还行", (50, 59)),
        ("五十几了，干不了重活", (50, 59)),
        ("还不到四十", (35, 39)),
        ("我不到五十，身体好", (45, 49)),
        ("六十岁不到，还能干", (55, 59)),
        ("刚过五十", (50, 51)),
        ("五十刚出头", (51, 54)),
        ("将近六十，找个看门的活", (59, 59)),
        ("刚退休，想找点事做", (50, 120)),
        ("已退休", (50, 120)),
        ("我退休两年了", (50, 120)),
        ("刚从厂里退休，闲不住", (50, 120)),
        ("属虎的，今年五十几", (51, 52)),  # a sign narrows the decade to its year: born 1974
    ],
)
def test_an_age_said_against_a_mark_is_the_span_it_allows(words: str, span: tuple[int, int]) -> None:
    assert ages(words) == span


@pytest.mark.parametrize(
    ("words", "span"),
    [
        ("今年五十二", (52, 52)),
        ("快六十了", (59, 59)),
        ("快退休了", (45, 60)),
        ("我是85后", (37, 41)),
        ("75年的", (51, 51)),
        ("1968年出生", (58, 58)),
        ("我四十出头", (41, 44)),
    ],
)
def test_ages_read_before_stay_as_they_were(words: str, span: tuple[int, int]) -> None:
    assert ages(words) == span


@pytest.mark.parametrize(
    "words",
    [
        "干了将近二十，手艺还行",  # work counted, not an age
        "一单不到五十块",
        "我老公退休了，我想找个活",  # someone else's retirement
        "等退休了再说",
        "18:00后有空",
        "属虎的",  # a sign alone: every age of its years, no one guessed
    ],
)
def test_no_age_where_the_words_give_none_of_the_persons(words: str) -> None:
    allowed = ages(words)
    assert allowed is None or allowed == (16, 76)  # "属虎的": the working ages of the sign, no single age


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("要求35岁以下，有经验者可放宽到40", {("-40", True)}),  # no one over 40, whatever their experience
        ("年龄20-35岁，有经验者年龄可放宽至45岁", {("20-45", True)}),
        ("年龄三十五岁以下，有相关经验的可以放宽到四十岁", {("-40", True)}),
        ("35岁以下，经验丰富者可适当放宽", {("-35", False)}),  # widened for the seasoned, to no age: no bar
        ("年龄上限45岁", {("-45", True)}),
        ("年龄上限为五十岁，身体健康", {("-50", True)}),
        ("年龄45岁以下为宜", {("-45", False)}),
        ("年龄40岁以下最佳", {("-40", False)}),
        ("年龄在25到45之间", {("25-45", True)}),
        ("年龄别超过五十", {("-50", True)}),
        ("岁数不超过五十", {("-50", True)}),
        ("岁数50以内", {("-50", True)}),
        ("年龄：45以内", {("-45", True)}),
        ("年龄要求：四十五以下", {("-45", True)}),
    ],
)
def test_a_postings_age_bound_in_more_of_the_forms_employers_write(text: str, read: set[tuple[str, bool]]) -> None:
    assert caps(text) == read


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("年龄18-45周岁", {("18-45", True)}),
        ("限40岁以内", {("-40", True)}),
        ("18至55岁，男女不限", {("18-55", True)}),
        ("50岁以下优先", {("-50", False)}),
        ("年龄：20~40", {("20-40", True)}),
        ("年龄四十五岁以内", {("-45", True)}),
        ("男55女50以下", {("-55", True)}),  # one cap for each sex: the wider, so a sex keeps no one out
        ("25~40岁，能力优秀者可放宽", {("25-40", False)}),
        ("年龄35岁以下，学历可放宽至大专", {("-35", True)}),  # schooling widened, not the age
        ("年龄不限", set()),
        ("年龄18周岁以上，限制50人", {("18-", True)}),
    ],
)
def test_age_bounds_read_before_stay_as_they_were(text: str, read: set[tuple[str, bool]]) -> None:
    assert caps(text) == read


@pytest.mark.parametrize(
    ("person", "posting", "shown"),
    [
        ("刚退休，想找点事做", "年龄18-45周岁，身体健康", False),
        ("刚退休", "男55女50以下", True),
        ("我是70后", "年龄不超过50", True),  # 47-56: some of it fits
        ("我是80后", "年龄18-45周岁", True),
        ("今年38，做过两年", "要求35岁以下，有经验者可放宽到40", True),
        ("今年四十二", "要求35岁以下，有经验者可放宽到40", False),
        ("今年五十", "年龄45岁以下为宜", True),
        ("今年五十", "年龄上限45岁", False),
        ("六十岁不到", "年龄55周岁以下", True),  # 55-59: one of them fits
        ("六十岁不到", "年龄50周岁以下", False),
        ("将近六十", "年龄不超过55", False),
        ("今年五十二", "年龄18-45周岁", False),
        ("今年五十二", "18至55岁，男女不限", True),
        ("今年五十二", "50岁以下优先", True),
        ("75年的", "年龄：20~40", False),
        ("我四十出头", "年龄四十五岁以内", True),
    ],
)
def test_a_postings_age_against_the_persons_own_words(person: str, posting: str, shown: bool) -> None:
    assert kept(person, posting) is shown


@pytest.mark.parametrize(
    ("person", "posting", "shown"),
    [
        ("我女的，五十二了", "男55女50以下", True),  # the wider cap: a sex is never held against anyone
        ("男，三十五，能吃苦", "限女性，40岁以下", True),
        ("男的，四十", "只招女工，手脚麻利", True),
        ("女，四十五", "限男性，身体健康", True),
    ],
)
def test_a_sex_asked_keeps_no_one_out(person: str, posting: str, shown: bool) -> None:
    assert kept(person, posting) is shown


@pytest.mark.parametrize(
    ("person", "posting", "shown"),
    [
        ("没经验", "工作经验：3年以上", False),
        ("工作经验：无", "仓库理货，经验：两年以上", False),
        ("做过三年仓管", "工作经验：3年以上", True),
        ("没经验", "工作经验：3年以内", True),  # at most three years: no minimum
        ("没经验", "一年以上餐饮经验优先", True),  # a wish
        ("做过三年仓管", "仓管员，一年以上仓管经验", True),
        ("做过两年库管", "仓库管理员，一年以上仓库管理经验", True),
        ("仓库干过五年", "理货员，有仓库工作经验两年以上", True),  # a warehouse's years for a warehouse's ask
        ("做过三年仓管", "理货员，有仓库工作经验两年以上", True),
        ("干了十几年厨师", "厨师，需三年以上厨师经验", True),
    ],
)
def test_years_asked_against_the_work_the_person_names(person: str, posting: str, shown: bool) -> None:
    assert kept(person, posting) is shown


@pytest.mark.parametrize(
    ("person", "level"),
    [
        ("大专在读", "senior_high"),
        ("自考大专在读", "senior_high"),
        ("正在读大专，想找个周末兼职", "senior_high"),
        ("本科在读", "senior_high"),  # a 本科 student holds no 大专
        ("研究生在读", "bachelor"),
        ("高中在读", "junior_high"),
        ("我大专，在读本科", "college"),  # the 大专 is held
        ("大专毕业，现在在读自考本科", "college"),
        ("高中没读完", "junior_high"),
        ("初中毕业", "junior_high"),
    ],
)
def test_a_level_being_studied_is_not_held_yet(person: str, level: str) -> None:
    assert read(person, "edu") == [level]


@pytest.mark.parametrize(
    ("person", "posting", "shown"),
    [
        ("大专在读", "文员，大专以上学历", False),
        ("大专在读", "兼职文员，高中以上", True),
        ("初中毕业", "仓管，中专及以上学历", False),
        ("初中毕业", "保洁，学历不限", True),
        ("高中没读完", "仓管，高中以上", False),
        ("做过三年文员", "文员，本科及以上（应届亦可）", True),  # no level said: none held against them
    ],
)
def test_schooling_asked_against_the_persons_own_words(person: str, posting: str, shown: bool) -> None:
    assert kept(person, posting) is shown


def test_the_page_quotes_the_posting_and_the_person_where_an_age_and_schooling_are_met() -> None:
    limits = seeker_limits(seeker_facts("", "今年四十二，高中毕业", today=TODAY))
    facts = posting_facts("招工", "年龄18-45周岁，高中以上")
    said = explain_facts(limits, job_bits(facts), facts, today=TODAY)
    assert "「年龄18-45」 · 符合你写的「今年四十二」" in said
    assert "「高中以上」 · 符合你写的「高中毕业」" in said
    to_employer = explain_facts(limits, job_bits(facts), facts, employer=True, today=TODAY)
    assert "「年龄18-45」 · 符合求职者写的「今年四十二」" in to_employer


def test_the_page_says_no_age_met_where_the_persons_words_straddle_the_range() -> None:
    limits = seeker_limits(seeker_facts("", "五六十岁", today=TODAY))
    facts = posting_facts("招工", "55岁以下")
    assert limits.fits(facts, TODAY)
    assert not [w for w in explain_facts(limits, job_bits(facts), facts, today=TODAY) if "符合你写的" in w]


def test_a_widened_cap_quotes_both_bounds() -> None:
    (fact,) = [f for f in posting_facts("招工", "要求35岁以下，有经验者可放宽到40") if f.code == "age_range"]
    assert fact.evidence == "35岁以下…放宽到40"


@pytest.mark.parametrize(
    ("person", "posting", "shown"),
    [
        ("小时候没上过学，字不认得几个，力气有", "厂区门卫，登记来访车辆，要认得字会写", False),
        ("字不认得几个", "仓库记账，能认得常用字", False),
        ("不识字", "收发员，会写会算", False),
        ("字不认得几个", "保洁，不用认得字", True),  # not asked
        ("字不认得几个", "搬运工，不认得字也可以", True),
        ("我认得字，会写", "门卫，要认得字会写", True),
        ("不识字", "送水工，认得路就行", True),  # a road, not writing
    ],
)
def test_reading_asked_in_plain_words_against_a_person_who_cannot(person: str, posting: str, shown: bool) -> None:
    assert kept(person, posting) is shown
