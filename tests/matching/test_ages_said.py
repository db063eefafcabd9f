"""Ages as postings and people write them (issue 22, session 7): the bounds postings state in more forms ("35周岁及以下",
"男≤55岁", "18--45岁", "65岁以下都可以"), a bound widened later in the sentence, and a person's age said by birth year
and sign ("78年属马的"), in 虚岁, as "刚满18" or "六十出头"; each with what it must keep out and what it must not."""

from __future__ import annotations

from datetime import date

import pytest

from matching.facts import posting_facts, seeker_facts, seeker_limits

TODAY = date(2026, 12, 5)


def ranges(description: str, title: str = "") -> set[tuple[str | None, bool]]:
    """The posting's age ranges, each with whether it binds (a softened one does not)."""
    return {(f.value, f.modality is None) for f in posting_facts(title, description) if f.code == "age_range"}


def age(words: str) -> set[str | None]:
    return {f.value for f in seeker_facts("", words) if f.code in ("age", "born")}


def fits(words: str, description: str, today: date = TODAY) -> bool:
    return seeker_limits(seeker_facts("", words)).fits(posting_facts("", description), today)


@pytest.mark.parametrize(
    ("description", "read"),
    [
        ("年龄35周岁及以下", {("-35", True)}),
        ("一、年龄45岁及以内", {("-45", True)}),
        ("男≤55岁，女≤50岁", {("-55", True), ("-50", True)}),  # alternatives: whoever applies
        ("年龄18--45岁", {("18-45", True)}),
        ("年龄：18－45周岁", {("18-45", True)}),
        ("年龄65岁以下都可以", {("-65", True)}),  # "都可以" under a ceiling is still the ceiling
        ("45岁以下，有经验放宽到50岁", {("-50", True)}),  # widened later in the sentence to 50: none over it
        ("年龄45岁以下。有经验者优先", {("-45", True)}),  # a preference for experience widens nothing
        ("45岁以下，有经验者优先", {("-45", True)}),
    ],
)
def test_a_postings_age_bound_in_the_forms_postings_use(description: str, read: set[tuple[str | None, bool]]):
    assert ranges(description) == read


@pytest.mark.parametrize("description", ["50岁以上也要", "年龄不限", "学员年龄主要在6—12岁", "年龄50岁左右"])
def test_words_that_are_no_age_bound_read_none(description: str):
    assert not {value for value, binds in ranges(description) if binds}


@pytest.mark.parametrize(
    ("words", "value"),
    [
        ("78年属马的，早上要送孙子上学", {"1978"}),
        ("68年属猴的，身体没毛病", {"1968"}),
        ("72年生，初中文化", {"1972"}),
        ("我今年虚岁55", {"53-54"}),  # counted from one at birth, a year more at each new year
        ("刚满18，想找个活", {"18"}),
        ("今年刚满二十", {"20"}),
        ("35岁左右", {"32-38"}),
        ("六十出头了", {"61-64"}),  # 出头: a little over sixty, not sixty
        ("快60的人了", {"59"}),  # close to sixty: the year before, as employers and judges take it
        ("快五十了", {"49"}),
    ],
)
def test_a_persons_age_as_people_say_it(words: str, value: set[str | None]):
    assert age(words) == value


@pytest.mark.parametrize(
    ("words", "description", "shown"),
    [
        ("78年属马的", "年龄18-45岁", False),  # 48 in 2026
        ("78年属马的", "50岁以下", True),
        ("68年属猴的", "年龄18-55", False),  # 58
        ("75年的", "年龄50以下", False),  # 51 in 2026, as the person and an employer count it
        ("六十出头了", "60岁以内身体健康", False),
        ("六十出头了", "年龄65岁以下都可以", True),
        ("七十了，身体还硬朗", "年龄65岁以下都可以", False),
        ("快60的人了", "限70后、80后", False),  # 37-56 in 2026
        ("快60的人了", "60岁以内", True),
        ("五十来岁", "50岁以内", True),  # 47-53: some of them fit
        ("48岁", "45岁以下，有经验放宽到50岁", True),
        ("48岁", "年龄35周岁及以下", False),
        ("我今年虚岁55", "55岁以下", True),
    ],
)
def test_an_age_said_against_a_postings_bound(words: str, description: str, shown: bool):
    assert fits(words, description) is shown


def test_a_birth_year_is_the_age_reached_this_year():
    assert fits("75年的", "50岁以下", date(2025, 12, 5))  # 50 in 2025
    assert not fits("75年的", "50岁以下", date(2026, 1, 5))  # 51 in 2026, from its first day
    assert fits("90后", "18-36岁") and not fits("90后", "18-26岁")  # 27-36 in 2026


@pytest.mark.parametrize(
    ("words", "value"),
    [
        ("退休了，六十二，想找个事做", {"62"}),  # a number that is a clause of its own
        ("属猴的，68年", {"1968"}),
        ("今年刚满十六", {"16"}),
        ("快六十了", {"59"}),
    ],
)
def test_ages_a_reviewer_found_unread_on_real_pages(words: str, value: set[str | None]):
    assert age(words) == value


@pytest.mark.parametrize("words", ["干了二十年，", "六十二平的房子", "家里三十多亩地"])
def test_numbers_that_are_no_age_are_not_read_as_one(words: str):
    assert not age(words)


def test_sixty_two_and_retired_is_kept_from_a_post_up_to_fifty_eight():
    assert not fits("退休了，六十二，想找个事做", "年龄18-58周岁")
    assert not fits("快六十了", "年龄18-58周岁")  # 59, as dev3's judge took 快五十 (49) against 16-48 and 20-48
    assert fits("六十出头", "年龄50-62周岁")  # 出头 stays a span (61-64): 61 is inside


@pytest.mark.parametrize(
    ("description", "binds"),
    [
        ("1、年龄25~40岁，能力优秀者可放宽。", False),  # the next clause widens the age
        ("年龄30岁以下，如合适可适当放宽;", False),
        ("2.年龄18-35岁之间，身高155+（能力优秀者可适当放宽）；", True),  # the height is widened, not the age
        ("年龄30周岁以下，研究生学历及以上（985高校毕业生可放宽至本科）", True),  # the schooling
        ("1、年龄18-35岁，五官端正，形象好气质佳（条件优秀者可适当放宽条件）；", True),  # too far to say
    ],
)
def test_a_widening_binds_the_age_only_when_it_is_about_the_age(description: str, binds: bool):
    assert {b for _, b in ranges(description)} == {binds}
