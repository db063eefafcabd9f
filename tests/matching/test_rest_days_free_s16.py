"""The days off of the person's own job as the days they are free ("单位周三周四休息", "我们厂礼拜二放假，想找点零活"):
a silent full-time post is out, a post on those days stays; another's job, a past or wished-for one frees no day
(issue 22, session 16; wordings our own)."""

from __future__ import annotations

from datetime import date

import pytest

from matching.facts.bits import job_bits
from matching.facts.explanations import explain_facts
from matching.facts.person import seeker_limits
from matching.facts.reader import posting_facts, seeker_facts

TODAY = date(2026, 12, 6)
OWN_REST_DAYS = ["单位周三周四休息", "我们厂每周三周四放假，想找点零活干", "我上班的地方礼拜三礼拜四不上班"]


def shown(said: str, title: str, posting: str) -> bool:
    limits = seeker_limits(seeker_facts(said, "", (), today=TODAY))
    facts = posting_facts(title, posting)
    return limits.admits(job_bits(facts)) and limits.fits(facts, TODAY)


@pytest.mark.parametrize("said", OWN_REST_DAYS)
@pytest.mark.parametrize(
    ("title", "posting", "kept"),
    [
        ("超市理货员", "超市理货员，月薪四千，缴五险", False),
        ("文员", "周一至周五上班，朝九晚五", False),
        ("保洁", "周三周四全天打扫，按天结", True),
        ("钟点工", "招钟点工，按小时算钱", True),
    ],
)
def test_the_own_jobs_rest_days_are_the_free_ones(said: str, title: str, posting: str, kept: bool) -> None:
    assert shown(said, title, posting) is kept


@pytest.mark.parametrize(
    "said",
    [
        "老公单位周三周四休息",  # another's job
        "以前单位周三周四休息，现在厂子倒闭了",  # a job gone
        "单位周三周四休息，想换个正经工作",  # a job to be left
        "想找个单位周末休息的",  # a job wished for
        "我们超市周一休息",  # a place's day off (test_day_refused_parts) stays unread
    ],
)
def test_no_free_days_where_the_job_is_not_the_persons_now(said: str) -> None:
    assert shown(said, "超市理货员", "超市理货员，月薪四千，缴五险")


def test_a_post_on_those_days_quotes_them() -> None:
    limits = seeker_limits(seeker_facts("单位周三周四休息", "", (), today=TODAY))
    facts = posting_facts("保洁", "周三周四全天打扫，按天结")
    words = explain_facts(limits, job_bits(facts), facts)
    assert "上班日子 周三、周四 · 你的资料里写了「单位周三周四休息」" in words, words
