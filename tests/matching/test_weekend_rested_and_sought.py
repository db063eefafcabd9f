"""A person whose own job takes the weekdays and rests the weekend, and who seeks weekend work, is free at the weekend
only ("平时在厂里上班，周六周日休息，想找个周末的活"); a flexible rota ("排班灵活") is arranged round the worker, no rota
a day window refuses (issue 22, session 16, the lead's probe of h-sched16's merge; wordings the lead's own)."""

from __future__ import annotations

from datetime import date

import pytest

from matching.facts.bits import job_bits
from matching.facts.person import seeker_limits
from matching.facts.reader import posting_facts, seeker_facts

TODAY = date(2026, 12, 6)
FULL_TIME = ("超市理货员", "超市理货员，月薪四千，缴五险")
WEEKEND = ("周末保洁", "只需周末上班，周六日两天")
FLEXIBLE = ("快递分拣兼职", "排班灵活，可兼职，按小时计")


def shown(said: str, job: tuple[str, str]) -> bool:
    limits = seeker_limits(seeker_facts(said, "", (), today=TODAY))
    facts = posting_facts(*job)
    return limits.admits(job_bits(facts)) and limits.fits(facts, TODAY)


@pytest.mark.parametrize(
    "said",
    [
        "平时在厂里上班，周六周日休息，想找个周末的活",
        "我平时上班，周末休息，想周末找点事做",
        "周一到周五在单位上班，双休，想找份周末兼职",
    ],
)
def test_weekdays_worked_weekend_rested_and_weekend_work_sought(said: str) -> None:
    assert not shown(said, FULL_TIME)
    assert shown(said, WEEKEND)
    assert [f.evidence for f in seeker_facts(said, "", (), today=TODAY) if f.code == "free"]


@pytest.mark.parametrize(
    "said",
    [
        "平时在厂里上班，周六周日休息",  # no weekend work sought: perhaps a job instead of the present one
        "以前平时上班，周末休息，现在厂子倒闭了，想找个周末的活",  # the job is gone: "平时…上班" is past
        "老公平时上班，周末休息，想找个周末的活",  # another's week
        "平时上班，周末休息，想找个双休的工作",  # a job with weekends off wished for, not weekend work
    ],
)
def test_no_weekend_only_reading(said: str) -> None:
    assert shown(said, FULL_TIME)


@pytest.mark.parametrize("said", ["白天都有空", "只能上午干活", "下午两点到六点有时间"])
def test_a_flexible_rota_is_no_rota_for_a_day_window(said: str) -> None:
    assert shown(said, FLEXIBLE)
    assert not shown(said, ("分拣员", "两班倒，白班夜班轮换"))
