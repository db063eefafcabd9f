"""Nights a posting's kind implies (issue 22 s11): a compound's guard, a hotel's front desk, live-in care and a
patient watched round the clock read as night work where the text says nothing of hours, and keep out of the page
of a person who refuses nights; a post that says its day, or a guard of what closes at night, does not. Wording is
this module's own, not any persona set's."""

from __future__ import annotations

import pytest

from matching.facts import job_bits, posting_facts, seeker_facts, seeker_limits, words_of
from matching.facts.bits import JobBits


def _night(title: str, description: str) -> bool:
    return bool(job_bits(posting_facts(title, description)) & JobBits.NIGHT)


@pytest.mark.parametrize(
    ("title", "description"),
    [
        ("物业保安", "花园小区招保安三名，45岁以下，包吃住，缴五险。"),
        ("保安", "小区招聘保安两名，包住。"),
        ("保安员", "工地保安，看管材料，60岁以内，月薪3500。"),
        ("厂区门卫", "厂区门卫，负责车辆登记，包住，月休四天。"),
        ("前台接待", "快捷酒店前台，负责入住登记，会电脑，25-40岁。"),
        ("医院护工", "住院部陪护，24小时看护病人，一天两百。"),
        ("住家育儿嫂", "带一岁半宝宝，住雇主家，月休四天，有经验。"),
        ("保姆", "住家，照顾卧床老人，做饭打扫，45-60岁。"),
    ],
)
def test_a_post_whose_kind_runs_through_the_night_reads_as_night_work(title: str, description: str) -> None:
    assert _night(title, description)


@pytest.mark.parametrize(
    ("title", "description"),
    [
        ("物业保安（白班）", "小区保安，白班，包住。"),  # the text says its day
        ("小区保安", "小区保安，早8点到晚8点，月休四天。"),  # hours said
        ("小区保安", "小区保安，只上长白班，包住。"),
        ("商场保安", "商场保安，负责巡查，商场营业时间内上班。"),  # a shop closes at night
        ("写字楼保安", "写字楼大堂保安，登记访客，形象好。"),
        ("酒店服务员", "酒店餐厅服务员，包吃住。"),  # the restaurant, not the desk
        ("保姆", "照顾老人，做饭打扫，不住家，45-60岁。"),  # not live-in
        ("钟点工", "住家附近做钟点，按小时算。"),
        ("门卫", "学校门卫，需保安证。"),  # a school's gate, no night kind
    ],
)
def test_a_post_that_says_its_day_or_keeps_none_is_no_night_work(title: str, description: str) -> None:
    assert not _night(title, description)


def test_a_compound_guard_is_out_for_one_who_refuses_nights_and_in_for_others() -> None:
    job = posting_facts("小区保安", "小区招保安，50岁以下，包住，有保安证优先。")
    said = [f for f in job if f.code == "night"]
    assert [(f.evidence, words_of(f)) for f in said] == [("小区保安", "这类岗位一般有夜班")]
    assert not seeker_limits(seeker_facts("保安", "大夜班熬不住了，白班可以")).admits(job_bits(job))
    assert seeker_limits(seeker_facts("保安", "干过三年保安")).admits(job_bits(job))
