"""「就」 before the weekend as "only" (「我就周六周日两天能出来干」): the weekend is the person's only free days, and a
full-time post silent on its days is out for them; 「周末就能来」 (a start, not a limit) and 「就周末不行」 read nothing
(issue 22, session 15, left by h-fix15seek; the lead's own wordings)."""

from __future__ import annotations

from datetime import date

import pytest

from matching.facts.bits import job_bits
from matching.facts.free_time import free_time_facts
from matching.facts.person import seeker_limits
from matching.facts.reader import posting_facts, seeker_facts

TODAY = date(2026, 12, 6)


@pytest.mark.parametrize(
    ("said", "days"),
    [("我就周六周日两天能出来干", "67"), ("我就礼拜六能来", "6"), ("就双休日能干点活", "67")],
)
def test_jiu_before_the_weekend_reads_those_days_only(said: str, days: str) -> None:
    assert [f.value.partition(" ")[0] for f in free_time_facts(said) if f.value] == [days]


@pytest.mark.parametrize("said", ["周末就能来上班", "下周末就能来", "就周末不行", "就周六要带孩子"])
def test_a_start_or_a_refusal_is_no_free_day(said: str) -> None:
    assert free_time_facts(said) == []


def test_a_silent_full_time_post_is_out_for_them() -> None:
    limits = seeker_limits(seeker_facts("我就周六周日两天能出来干", "", (), today=TODAY))
    facts = posting_facts("仓库理货员", "仓库理货员，月薪四千五，缴社保")
    assert not (limits.admits(job_bits(facts)) and limits.fits(facts, TODAY))
