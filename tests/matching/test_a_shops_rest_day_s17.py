"""The rest day of the place a person works, said as the place's ("我们超市周一休息"), is neither a day they refuse nor the
only day they are free: every post stays. A factory's holiday said with 放假 ("我们厂周日放假") keeps session 16's reading
(the rest day of a job held is the free one: a silent full-time post is out) unless the job is left; pinned here
(issue 22, session 17; wordings our own)."""

from __future__ import annotations

from datetime import date

import pytest

from matching.facts.bits import job_bits
from matching.facts.person import seeker_limits
from matching.facts.reader import posting_facts, seeker_facts

TODAY = date(2026, 12, 6)
POSTS = [
    ("超市理货员", "超市理货员，月薪四千，缴五险"),
    ("文员", "周一至周五上班，朝九晚五"),
    ("保洁", "周一全天打扫，按天结"),
    ("保洁", "周日全天打扫，按天结"),
]


def shown(said: str, title: str, posting: str) -> bool:
    limits = seeker_limits(seeker_facts(said, "", (), today=TODAY))
    facts = posting_facts(title, posting)
    return limits.admits(job_bits(facts)) and limits.fits(facts, TODAY)


@pytest.mark.parametrize(
    "said", ["我们超市周一休息", "在超市上班，我们超市周一休息", "我们饭店礼拜三休息，平时都忙", "店里周二休息"]
)
@pytest.mark.parametrize(("title", "posting"), POSTS)
def test_a_shops_rest_day_limits_nothing(said: str, title: str, posting: str) -> None:
    assert shown(said, title, posting)


@pytest.mark.parametrize(
    ("title", "posting", "kept"),
    [(t, p, k) for (t, p), k in zip(POSTS, [False, False, False, True], strict=True)],
)
def test_a_factory_holiday_of_a_job_held_is_the_free_day(title: str, posting: str, kept: bool) -> None:
    assert shown("我在厂里上班，我们厂周日放假", title, posting) is kept


@pytest.mark.parametrize("said", ["以前在厂里，我们厂周日放假", "我们厂周日放假，想换个双休的工作"])
@pytest.mark.parametrize(("title", "posting"), POSTS)
def test_a_factory_left_limits_nothing(said: str, title: str, posting: str) -> None:
    assert shown(said, title, posting)
