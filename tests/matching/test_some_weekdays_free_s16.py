"""A person free on some weekdays only ("我周一三五有空", "只有周二周四能来") against a posting's days: a full-time post
that names none works every weekday (out), a post naming its days must need none the person lacks, part-time and
arranged posts stay; a day named taken ("周一三五要接孩子") frees none (issue 22, session 16; wordings our own)."""

from __future__ import annotations

from datetime import date

import pytest

from matching.facts.bits import job_bits
from matching.facts.explanations import explain_facts
from matching.facts.person import seeker_limits
from matching.facts.reader import posting_facts, seeker_facts

TODAY = date(2026, 12, 6)
MON_WED_FRI = ["我周一三五有空", "每周一、三、五可以来上班", "礼拜一礼拜三礼拜五有时间，别的日子要带孙子"]
TUE_THU = ["只有周二周四能来", "周二和周四有空，其他时间要照顾老人"]


def shown(said: str, title: str, posting: str) -> bool:
    limits = seeker_limits(seeker_facts(said, "", (), today=TODAY))
    facts = posting_facts(title, posting)
    return limits.admits(job_bits(facts)) and limits.fits(facts, TODAY)


@pytest.mark.parametrize("said", MON_WED_FRI + TUE_THU + ["每周就星期一和星期三下午有时间"])
@pytest.mark.parametrize(
    ("title", "posting"),
    [
        ("超市理货员", "超市理货员，月薪四千，缴五险"),  # silent full-time: every weekday
        ("前台", "酒店前台，早上8点到下午5点，包午饭"),
        ("仓库", "仓库打包，长白班，工资月结"),
    ],
)
def test_silent_full_time_post_is_out(said: str, title: str, posting: str) -> None:
    assert not shown(said, title, posting)


@pytest.mark.parametrize("said", MON_WED_FRI)
@pytest.mark.parametrize(
    ("title", "posting", "kept"),
    [
        ("保洁", "写字楼保洁，每周一三五上午来打扫，一次三小时", True),
        ("家政", "每周三、周五下午两点到五点做家务", True),
        ("保洁", "周二周四上午打扫卫生，按次结算", False),  # needs Tuesday and Thursday
        ("文员", "周一至周五上班，朝九晚五", False),
        ("店员", "周一、周二、周三上班，下午一点到六点", False),
    ],
)
def test_named_days_must_be_free_ones(said: str, title: str, posting: str, kept: bool) -> None:
    assert shown(said, title, posting) is kept


@pytest.mark.parametrize("said", TUE_THU)
def test_tuesday_thursday_cleaning_is_kept_for_one_free_then(said: str) -> None:
    assert shown(said, "保洁", "周二周四上午打扫卫生，按次结算")


@pytest.mark.parametrize("said", MON_WED_FRI + TUE_THU)
@pytest.mark.parametrize(
    ("title", "posting"),
    [
        ("钟点工", "招钟点工，按小时算钱"),
        ("零工", "搬货零工，干一天结一天"),
        ("骑手", "众包骑手，时间自由"),
        ("导购", "商场导购，排班灵活，可兼职"),
        ("家教", "小学数学家教，时间可以商量，兼职"),
    ],
)
def test_part_time_and_arranged_days_stay(said: str, title: str, posting: str) -> None:
    assert shown(said, title, posting)


@pytest.mark.parametrize(
    "said",
    [
        "周一三五要接孩子",  # those days taken (a part of them), none freed
        "每周一三五要去透析",
        "周一到周五都行",  # every weekday free
        "平时周一到周五都可以",
    ],
)
def test_days_taken_or_every_weekday_keep_a_weekday_post(said: str) -> None:
    assert shown(said, "超市理货员", "超市理货员，月薪四千，缴五险")
    assert shown(said, "文员", "周一至周五上班，朝九晚五")


def test_a_shown_post_quotes_the_days_the_person_wrote() -> None:
    said = "我周一三五有空"
    limits = seeker_limits(seeker_facts(said, "", (), today=TODAY))
    facts = posting_facts("保洁", "写字楼保洁，每周一三五上午来打扫")
    words = explain_facts(limits, job_bits(facts), facts)
    assert any("周一、周三、周五" in w and "「我周一三五有空」" in w for w in words), words
    facts = posting_facts("钟点工", "招钟点工，按小时算钱")
    words = explain_facts(limits, job_bits(facts), facts)
    assert any("「我周一三五有空」" in w for w in words), words
    employer = explain_facts(limits, job_bits(facts), facts, employer=True)
    assert any("求职者资料里写了「我周一三五有空」" in w for w in employer), employer
