"""A weekend-only person against posts whose worker sets the hours ("时间自由", "众包") or that name the weekend in
the job itself ("周末家教"): kept, where a silent full-time post is out (issue 22, session 15, the lead's probe of
h-fix15seek's weekend-only rule; wordings the lead's own)."""

from __future__ import annotations

from datetime import date

import pytest

from matching.facts.bits import job_bits
from matching.facts.person import seeker_limits
from matching.facts.reader import posting_facts, seeker_facts

TODAY = date(2026, 12, 6)
WEEKEND_ONLY = ["周末两天有空，平时上班", "只有周六周日能干活", "平时要上班，周末可以"]


def shown(said: str, title: str, posting: str) -> bool:
    limits = seeker_limits(seeker_facts(said, "", (), today=TODAY))
    facts = posting_facts(title, posting)
    return limits.admits(job_bits(facts)) and limits.fits(facts, TODAY)


@pytest.mark.parametrize("said", WEEKEND_ONLY)
@pytest.mark.parametrize(
    ("title", "posting"),
    [
        ("外卖骑手", "众包骑手，多劳多得，有电动车优先"),
        ("网约车司机", "平台车辆，上班时间自由，流水日结周结"),
        ("保险代理", "时间灵活，自由安排工作时间，底薪加提成"),
        ("家教", "周末家教，教初一英语"),
        ("商场", "周末促销员，站柜台介绍产品"),
    ],
)
def test_kept_where_the_worker_sets_the_days_or_the_job_is_the_weekend(said: str, title: str, posting: str) -> None:
    assert shown(said, title, posting)


@pytest.mark.parametrize("said", WEEKEND_ONLY)
@pytest.mark.parametrize(
    ("title", "posting"),
    [
        ("超市理货员", "超市理货员，月薪四千，缴五险"),  # silent full-time: the weekdays
        ("仓管", "仓库管理员，时间不自由，要服从安排"),  # no own hours here
        ("客服", "周末双休，客服专员"),  # the weekend off, not worked
    ],
)
def test_still_out_where_the_weekdays_are_worked(said: str, title: str, posting: str) -> None:
    assert not shown(said, title, posting)


def test_own_hours_are_shown_in_words() -> None:
    facts = posting_facts("外卖骑手", "众包骑手，时间自由")
    assert [f.evidence for f in facts if f.code == "own_hours"]
