"""A weekend-only person against posts that say their own weekend work: the weekend worked beside the week ("周末要
上班", "周六周日正常上班", "周末不休息", "做六休一") is a full-time post (out); the weekend as the job's days ("周末兼职",
"周六日两天", "只需周末上班") stays (issue 22, session 16; wordings our own)."""

from __future__ import annotations

from datetime import date

import pytest

from matching.facts.bits import job_bits
from matching.facts.explanations import explain_facts
from matching.facts.person import seeker_limits
from matching.facts.reader import posting_facts, seeker_facts

TODAY = date(2026, 12, 6)
WEEKEND_ONLY = ["周末两天有空，平时上班", "我就周六周日两天能出来干", "只有礼拜六礼拜天有时间"]


def shown(said: str, title: str, posting: str) -> bool:
    limits = seeker_limits(seeker_facts(said, "", (), today=TODAY))
    facts = posting_facts(title, posting)
    return limits.admits(job_bits(facts)) and limits.fits(facts, TODAY)


@pytest.mark.parametrize("said", WEEKEND_ONLY)
@pytest.mark.parametrize(
    ("title", "posting"),
    [
        ("超市收银员", "超市收银，周末要上班，工资月结"),
        ("饭店服务员", "饭店服务员，周六周日正常上班，包吃"),
        ("洗车工", "洗车店招人，周末不休息，底薪三千五"),
        ("物业客服", "物业前台，周末照常上班，早9晚6"),
        ("仓库", "仓库分拣，做六休一，全勤奖两百"),
        ("保安", "小区保安，每周六天，包住"),
    ],
)
def test_weekend_worked_beside_the_week_is_out(said: str, title: str, posting: str) -> None:
    assert not shown(said, title, posting)


@pytest.mark.parametrize("said", WEEKEND_ONLY)
@pytest.mark.parametrize(
    ("title", "posting"),
    [
        ("传单", "周末兼职，发传单，一天一百二"),
        ("促销", "商场促销，周六日两天，站柜台"),
        ("客服", "只需周末上班，早九晚五，日结"),
        ("服务员", "周末班，周六周日各8小时"),
        ("家教", "周末家教，初二数学"),
        ("外卖", "周末兼职骑手，周末要上班"),  # part-time: the weekend is the job's
    ],
)
def test_weekend_work_as_the_job_stays(said: str, title: str, posting: str) -> None:
    assert shown(said, title, posting)


def test_a_weekend_post_shown_quotes_the_weekend_the_person_wrote() -> None:
    limits = seeker_limits(seeker_facts("我就周六周日两天能出来干", "", (), today=TODAY))
    facts = posting_facts("促销", "商场促销，周六日两天，站柜台")
    words = explain_facts(limits, job_bits(facts), facts)
    assert "上班日子 周六、周日 · 你的资料里写了「我就周六周日两天能出来干」" in words, words


@pytest.mark.parametrize(
    ("said", "posting"),
    [
        ("平时要上班，周末可以", "火锅店，周末要上班，早10晚8"),  # weekend-only read after the weekdays taken
        ("周末有空", "周末要上班，饭店帮厨"),  # "有空" with no 只: read as the only days (s15)
    ],
)
def test_weekend_as_well_is_out_for_other_weekend_readings(said: str, posting: str) -> None:
    assert not shown(said, "帮厨", posting)


@pytest.mark.parametrize(
    "said",
    ["周末也可以上班", "平时周末都行", "周一到周五都可以，周末也能来"],  # the weekend offered as well, no limit
)
def test_weekend_offered_as_well_keeps_a_weekend_as_well_post(said: str) -> None:
    assert shown(said, "超市收银员", "超市收银，周末要上班，工资月结")


@pytest.mark.parametrize("posting", ["周末兼职，发传单", "周六周日上班，小时工，按小时算钱"])
def test_part_time_weekend_work_stays_for_one_weekend_day(posting: str) -> None:
    assert shown("只有周六有空", "兼职", posting)  # the worker takes the days they can
    assert not shown("只有周三有空", "兼职", posting)  # no day of theirs among those named


def test_a_full_time_weekend_post_needs_both_days() -> None:
    assert not shown("只有周六有空", "服务员", "周六周日两天，早九晚六，月薪两千")
