"""A weekend post whose worker picks one of its days ("周末促销，周六周日任选一天", "周六或周日来一天就行") against a person
free on one of them ("只有周六有空") or refusing one ("周日不行"): kept; a post needing both days ("周六周日两天") stays out
(issue 22, session 17; wordings our own)."""

from __future__ import annotations

from datetime import date

import pytest

from matching.facts.bits import job_bits
from matching.facts.person import seeker_limits
from matching.facts.reader import posting_facts, seeker_facts

TODAY = date(2026, 12, 6)
ONE_WEEKEND_DAY = ["只有周六有空", "周日有空，周六要上课", "周日不行", "礼拜六要陪老人看病，那天不行"]
PICKED = [
    ("促销员", "周末促销，周六周日任选一天，日薪150"),
    ("促销员", "超市周末促销员，周六或周日来一天就行"),
    ("导购", "周末导购，两天选一天，站店"),
    ("保洁", "周六周日任选一天来打扫，按次结"),
    ("发传单", "周末发传单，可选一天"),
]
BOTH = [
    ("促销员", "周末促销员，周六周日两天"),
    ("服务员", "周末班，周六周日都要来"),
]


def shown(said: str, title: str, posting: str) -> bool:
    limits = seeker_limits(seeker_facts(said, "", (), today=TODAY))
    facts = posting_facts(title, posting)
    return limits.admits(job_bits(facts)) and limits.fits(facts, TODAY)


@pytest.mark.parametrize("said", ONE_WEEKEND_DAY)
@pytest.mark.parametrize(("title", "posting"), PICKED)
def test_a_picked_weekend_day_keeps_the_post(said: str, title: str, posting: str) -> None:
    assert shown(said, title, posting)


@pytest.mark.parametrize("said", ONE_WEEKEND_DAY)
@pytest.mark.parametrize(("title", "posting"), BOTH)
def test_both_weekend_days_needed_stay_out(said: str, title: str, posting: str) -> None:
    assert not shown(said, title, posting)


@pytest.mark.parametrize(
    ("said", "title", "posting"),
    [
        ("只有周三有空", "促销员", "周末促销，周六周日任选一天，日薪150"),  # neither day free
        ("周六周日都不行", "促销员", "超市周末促销员，周六或周日来一天就行"),
        ("只有周六有空", "文员", "周一至周五上班，周六或周日加班一天"),  # a day added, not picked
    ],
)
def test_no_day_picked_the_person_has(said: str, title: str, posting: str) -> None:
    assert not shown(said, title, posting)


@pytest.mark.parametrize(
    ("posting", "picked"),
    [
        ("周末促销，周六周日任选一天", True),
        ("周六或周日来一天就行", True),
        ("周末班，周六周日都要来", False),
        ("周六或周日加班", False),
        ("周末兼职，周六周日不可选", False),
    ],
)
def test_the_pick_read(posting: str, picked: bool) -> None:
    assert any(f.code == "day_choice" for f in posting_facts("促销员", posting)) is picked
