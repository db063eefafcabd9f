"""Ages, years of work, schooling and a forklift as Hefei's small employers and 皖北/江淮 seekers write them (issue 22,
session 12), both sides, with decoys. Written for this grid, from no persona or posting.

Every case in `POSTING_READ`, `SEEKER_READ` and `KEPT_OUT` failed on `main` (a612205), as did "三年以内工作经验" (read
as three years or more); the other decoys and `SHOWN` held there already and guard the new readings against words
that only look like them."""

from __future__ import annotations

from datetime import date

import pytest

from matching.facts import job_bits, posting_facts, seeker_facts, seeker_limits
from matching.facts.fact import Modality

TODAY = date(2026, 12, 5)


def asked(text: str, code: str = "age_range", title: str = "普工") -> list[tuple[str | None, Modality | None]]:
    return [(f.value, f.modality) for f in posting_facts(title, text) if f.code == code]


def held(text: str, code: str) -> list[str | None]:
    return [f.value for f in seeker_facts("", text, today=TODAY) if f.code == code]


def shown(words: str, description: str, title: str = "普工") -> bool:
    """Whether the matcher shows the posting to the person: no bit it needs is refused, no value keeps it out."""
    limits = seeker_limits(seeker_facts("", words, today=TODAY))
    facts = posting_facts(title, description)
    return limits.admits(job_bits(facts)) and limits.fits(facts, TODAY)


POSTING_READ = [
    ("年龄不超过五十，身体健康", "age_range", "-50"),  # a cap in Chinese numerals after 不超过
    ("不超过五十五周岁", "age_range", "-55"),
    ("年纪五十以内，能吃苦", "age_range", "-50"),  # 年纪 as 年龄
    ("年纪要求18到45", "age_range", "18-45"),
    ("40岁以上不考虑", "age_range", "-40"),  # the ages above turned away: a cap, not a floor
    ("五十岁以上勿扰，包吃住", "age_range", "-50"),
    ("45岁以上的不要", "age_range", "-45"),
    ("年龄25以上，", "age_range", "25-"),
    ("年龄必须在35以上，年轻人不必考虑", "age_range", "35-"),
    ("年龄18到50多岁，身体好", "age_range", "18-59"),  # fifty-odd at the top
    ("年满18周岁，身体健康", "age_range", "18-"),
    ("18- -40周岁，男女不限", "age_range", "18-40"),  # dashes with a space between
    ("18-45，身体健康，服从安排", "age_range", "18-45"),  # a bare range before words about the applicant
    ("招普工：20-50，男女不限", "age_range", "20-50"),
    ("中技及以上学历", "edu_min", "senior_high"),  # 中等技术学校, as 中专
]


@pytest.mark.parametrize(("text", "code", "value"), POSTING_READ)
def test_what_a_posting_asks_as_employers_write_it(text: str, code: str, value: str) -> None:
    assert asked(text, code) == [(value, None)]


POSTING_DECOYS = [
    ("三年以内工作经验", "experience_min", []),  # at most three years: no least (read as three before: a miss)
    ("45岁以上不要求学历", "age_range", [("45-", None)]),  # 不要求 is no refusal of the age
    ("退休人员：女50岁以上，男60岁以上  不招短期工", "age_range", [("50-", None), ("60-", None)]),  # 不招 another
    ("8-17，身体健康", "age_range", []),  # hours
    ("工资3000-4500，身体健康", "age_range", []),
    ("18岁以上也要", "age_range", []),
    ("三十五岁以内优先", "age_range", [("-35", Modality.PREFERRED)]),  # preferred: limits no one
    ("年龄偏大勿扰", "age_range", []),  # no number: no bound to hold anyone to
    ("45岁左右", "age_range", []),
    ("年龄不超过五十个工作日", "age_range", []),
    ("年龄18-50多劳多得", "age_range", [("18-50", None)]),  # 多劳多得 is no fifty-odd
    ("5年以下工作经验请勿投递", "experience_min", [("5", None)]),  # fewer turned away: five at least
    ("有经验者优先", "experience_min", []),
    ("初中文化即可", "edu_min", [("junior_high", None)]),
    ("负责项目中技术难题的解决", "edu_min", []),  # 中技术: no 中技
]


@pytest.mark.parametrize(("text", "code", "facts"), POSTING_DECOYS)
def test_what_a_posting_does_not_ask(text: str, code: str, facts: list[tuple[str, Modality | None]]) -> None:
    assert asked(text, code) == facts


SEEKER_READ = [
    ("年纪五十二，想找个看门的", "age", "52"),
    ("今年满五十，身体好", "age", "50"),
    ("四十多，找个轻活", "age", "40-49"),  # a decade loosely, as a clause of its own
    ("五十左右，身体还行", "age", "47-53"),
    ("快退休了，想找个事做", "age", "45-60"),  # not yet retired: a few years short of 50 or 60
    ("马上就要退休了", "age", "45-60"),
    ("厂里待过三四年", "experience", "4"),  # a stay at a workplace: the most the words allow
    ("在工地呆了五年", "experience", "5"),
    ("孙子都上小学了", "age", "40-"),  # a grandmother: two generations above a pupil of six (session 18: a floor)
]


@pytest.mark.parametrize(("words", "code", "value"), SEEKER_READ)
def test_what_a_person_says_of_themselves(words: str, code: str, value: str) -> None:
    assert held(words, code) == [value]


SEEKER_DECOYS = [
    ("工资满五十就行", "age"),
    ("四十多块一天也干", "age"),
    ("五十左右的活都行", "age"),
    ("我老公快退休了", "age"),
    ("在家待了三年", "experience"),
]


@pytest.mark.parametrize(("words", "code"), SEEKER_DECOYS)
def test_what_a_person_does_not_say_of_themselves(words: str, code: str) -> None:
    assert held(words, code) == []


KEPT_OUT = [
    ("七四年的", "年龄不超过五十，身体健康"),
    ("七六年的", "40岁以上不考虑"),
    ("五十多了", "18-45，身体健康"),
    ("五十左右", "年纪四十以内"),
    ("快退休了", "18-40岁，男女不限"),
    ("厂里待过三四年", "五年以上工作经验"),
    ("不会开叉车", "会开叉车，月休四天"),
    ("叉车不会开", "需熟练驾驶叉车"),
    ("初中毕业", "中技及以上学历"),
    ("快五十了", "16-48周岁，身体健康"),  # the year before fifty: 49, as employers take it
]


@pytest.mark.parametrize(("words", "description"), KEPT_OUT)
def test_a_posting_the_person_does_not_meet_is_kept_out(words: str, description: str) -> None:
    assert not shown(words, description)


SHOWN = [
    ("奔五", "三十五岁以内优先"),
    ("孙子都上小学了", "18-40岁"),
    ("快退休了", "男55女50周岁内"),
    ("七六年的", "45岁以上不要求学历"),
    ("没开过叉车", "会开叉车优先"),
    ("不会开叉车，可以学", "会开叉车"),
    ("不会开叉车", "持叉车证，有叉车维修经验"),  # a certificate, not the skill said to be lacking
    ("我妈不会开叉车", "会开叉车"),
    ("刚毕业没经验", "有经验者优先"),
    ("中专", "高中及以上"),
    ("六十出头", "年龄50-62周岁"),  # 出头 stays a span: 61 is inside
    ("快五十了", "年龄50以下"),
]


@pytest.mark.parametrize(("words", "description"), SHOWN)
def test_a_posting_the_person_may_meet_is_shown(words: str, description: str) -> None:
    assert shown(words, description)


GARMENT_POSTS = [
    ("制衣厂缝纫工", "要熟手，计件，包住"),
    ("服装厂拷边工", "一年以上经验，计件"),
    ("服装厂熨烫工", "只招熟手"),
]


@pytest.mark.parametrize(("title", "description"), GARMENT_POSTS)
@pytest.mark.parametrize("words", ["在超市干了四年收银", "从没做过缝纫", "做了六年会计"])
def test_a_garment_posts_seasoned_hand_is_not_met_by_years_of_other_work(title: str, description: str, words: str):
    assert not shown(words, description, title)  # "要熟手" is of the post's trade: its title's


@pytest.mark.parametrize(("title", "description"), GARMENT_POSTS)
@pytest.mark.parametrize("words", ["在服装厂干了三年", "踩了五年平车", "以前在厂里上班"])
def test_a_garment_posts_seasoned_hand_is_met_by_garment_work_or_work_unnamed(title: str, description: str, words: str):
    assert shown(words, description, title)
