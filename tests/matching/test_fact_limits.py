"""Limits people state in their own words (the persona set's misses, issue 22 items 2 and 6): evenings taken,
rotas refused, standing and carrying, hearing, a desired job that is itself home work, a recent graduate's years of
work; and the posting words they are checked against (home work, a half day's hours, phone work)."""

from __future__ import annotations

from datetime import date

import pytest

from matching import abilities
from matching.facts import (
    JobBits,
    Modality,
    explain_facts,
    job_bits,
    posting_facts,
    seeker_facts,
    seeker_limits,
    words_of,
)

TODAY = date(2026, 12, 5)


@pytest.mark.parametrize(
    ("words", "code"),
    [
        ("夜班也不上", "no_night"),
        ("只能做白天的", "no_night"),
        ("晚上要回家照顾老伴", "no_evening"),
        ("晚上要回去看孩子写作业", "no_evening"),
        ("不接受倒班", "no_shifts"),
        ("不想倒班，想上固定的班", "no_shifts"),
        ("站久了腰也受不了", "no_standing"),
        ("不能久站", "no_standing"),
        ("膝盖受过伤，不能扛东西爬楼梯", "no_lifting"),
        ("听力二级残疾，接不了电话", "deaf"),
        ("戴助听器也听不太清", "deaf"),
    ],
)
def test_a_limit_in_a_persons_words(words: str, code: str):
    found = {f.code: f for f in seeker_facts("", words)}
    assert code in found and found[code].modality is Modality.LIMIT and found[code].evidence in words
    assert found[code].sensitive is (code == "deaf")  # hearing is health: kept only under the disability consent


@pytest.mark.parametrize(
    "words",
    [
        "夜班倒是无所谓",
        "晚上有空",
        "以前在厂里倒班",
        "站着干活没问题",
        "能扛东西",
        "听力正常",
        "我妈听力不好",
        "老伴坐轮椅",
    ],
)
def test_words_that_set_no_limit(words: str):
    codes = {f.code for f in seeker_facts("", words)}
    assert not codes & {"no_night", "no_evening", "no_shifts", "no_standing", "no_lifting", "deaf", "wheelchair"}


def posting(description: str, title: str = "") -> int:
    return job_bits(posting_facts(title, description))


def test_refusing_rotas_rules_out_rotas_but_not_a_steady_night_shift():
    limits = seeker_limits(seeker_facts("", "不想倒班，想上固定的班"))
    assert not limits.admits(posting("早晚班轮换，早班8:30-16:30，晚班16:30-22:30"))
    assert not limits.admits(posting("24小时做一休一"))
    assert limits.admits(posting("夜间巡逻，晚8点到早8点，固定夜班"))
    assert words_of(next(f for f in seeker_facts("", "不接受倒班") if f.code == "no_shifts")) == "不倒班"
    night = posting_facts("", "固定夜班，晚8点到早8点")
    assert "未写倒班" in explain_facts(limits, job_bits(night), night)


def test_taken_evenings_rule_out_work_that_runs_into_them():
    limits = seeker_limits(seeker_facts("", "只能上白班，晚上要回去看孩子写作业"))
    assert not limits.fits(posting_facts("帮厨", "周六周日两天，每天11:00-20:00，日结"), TODAY)
    assert limits.fits(posting_facts("帮厨", "每天9:00-18:00"), TODAY)
    assert not limits.admits(posting("三班倒（白班、中班、夜班）"))
    # a window the person gave is kept, only its end is brought forward
    window = seeker_limits(seeker_facts("", "只能早上8点半到晚上8点，晚上要回家做饭"))
    assert window.window is not None and window.window[0] == 8 * 60 + 30
    assert words_of(next(f for f in seeker_facts("", "晚上要带孩子") if f.code == "no_evening")) == "晚上不能上班"


def test_standing_and_carrying_limits_exclude_that_work():
    assert not seeker_limits(seeker_facts("", "站久了腰受不了")).admits(posting("站岗巡逻要长时间站立"))
    assert not seeker_limits(seeker_facts("", "不能扛东西")).admits(posting("要送货上楼，体力要好"))


def test_a_desired_job_that_is_home_work_is_a_limit():
    (fact,) = [f for f in seeker_facts("居家客服", "") if f.code == "home_only"]
    assert fact.modality is Modality.LIMIT and fact.evidence == "居家客服"
    assert seeker_limits([fact]).require == JobBits.REMOTE
    assert not [f for f in seeker_facts("居家保洁", "") if f.code == "home_only"]  # done in clients' homes
    assert not [f for f in seeker_facts("居家养老护理员", "") if f.code == "home_only"]
    assert not [f for f in seeker_facts("居家客服也行", "") if f.modality is Modality.LIMIT]  # hedged


@pytest.mark.parametrize(
    ("title", "description", "remote"),
    [
        ("拼多多兼职客服（居家）", "店铺招兼职客服，每天13:00-17:00", True),
        ("串珠手工活", "饰品厂外发串珠手工活，可以在家做，计件工资", True),
        ("语音转写", "在家用电脑听录音打字", True),
        ("电商客服文员（居家版）", "", True),
        ("后端工程师", "熟悉OpenFeign(远程调用)、负载均衡", False),
        ("住家保姆", "在家做饭、打扫卫生", False),
        ("仓管", "有在家做手工经验者优先", False),
    ],
)
def test_home_work_in_a_postings_words(title: str, description: str, remote: bool):
    assert bool(posting(description, title) & JobBits.REMOTE) is remote


def test_a_half_day_the_posting_says_is_all_the_work_is_its_hours():
    hours = {
        f.value for f in posting_facts("小区保洁", "物业招小区保洁，只上上午6:30-11:30，扫楼道") if f.code == "hours"
    }
    assert hours == {"06:30-11:30"}
    assert not [f for f in posting_facts("", "上午8点-12点集中培训") if f.code == "hours"]  # a segment of a day
    limits = seeker_limits(seeker_facts("", "早上8点半到下午4点能干点活"))
    assert not limits.fits(posting_facts("小区保洁", "只上上午6:30-11:30"), TODAY)


def test_a_recent_graduate_is_not_offered_years_of_experience():
    fresh = seeker_limits(seeker_facts("", "26届会计本科，初级会计证已经拿到了"))
    assert not fresh.fits(posting_facts("总账会计", "3年以上全盘账经验，本科以上"), TODAY)
    # half a year out of school is no year of work: the persona judges read a new graduate as having none
    assert not fresh.fits(posting_facts("会计助理", "1年以上经验"), TODAY)
    assert fresh.fits(posting_facts("会计助理", "经验不限"), TODAY)
    older = seeker_limits(seeker_facts("", "2018年6月毕业"))
    assert older.fits(posting_facts("总账会计", "5年以上经验"), TODAY) is True
    assert not older.fits(posting_facts("财务经理", "10年以上经验"), TODAY)
    stated = seeker_limits(seeker_facts("", "2024年毕业，之前有5年工作经验"))
    assert stated.fits(posting_facts("总账会计", "3年以上经验"), TODAY)  # what the person states counts
    assert seeker_limits(seeker_facts("", "会计")).fits(posting_facts("", "10年以上经验"), TODAY)


@pytest.mark.parametrize(
    ("description", "needs_phone"),
    [
        ("接售后电话、派单", True),
        ("负责接听、转接电话", True),
        ("有意者可直接电话联系", False),
        ("直接电话面试", False),
    ],
)
def test_phone_work_in_a_postings_words(description: str, needs_phone: bool):
    said = [s.code for s in abilities.posting_said(description)]
    assert ("needs_phone" in said) is needs_phone


@pytest.mark.parametrize(
    ("words", "graduated"),
    [
        ("22年专升本毕业", "2022"),
        ("2026年7月刚毕业", "2026-07"),
        ("24年7月专科毕业", "2024-07"),
        ("2025年6月会计专业毕业", "2025-06"),
        ("2025年6月毕业", "2025-06"),
        ("2020年及以上理工类专业毕业", None),  # a bound a posting sets, not a date
        ("2019年入职，毕业后一直在做", None),
    ],
)
def test_a_graduation_written_with_the_degree_or_major_between(words: str, graduated: str | None):
    said = [f.value for f in seeker_facts("", words) if f.code == "graduation"]
    assert said == ([graduated] if graduated else [])
