"""A bare cap followed by whom the post also takes ("65以下也要", "55以内都要", "六十五以下也收") is an age cap; a count
("每单，50以内都行") is not (issue 22, session 16, the lead; dev9's d9p-039 wrote it so, these wordings the lead's own)."""

from __future__ import annotations

from datetime import date

import pytest

from matching.facts.bits import job_bits
from matching.facts.person import seeker_limits
from matching.facts.reader import posting_facts, seeker_facts

TODAY = date(2026, 12, 6)


def shown(said: str, title: str, posting: str) -> bool:
    limits = seeker_limits(seeker_facts(said, "", (), today=TODAY))
    facts = posting_facts(title, posting)
    return limits.admits(job_bits(facts)) and limits.fits(facts, TODAY)


@pytest.mark.parametrize(
    ("title", "posting", "cap"),
    [
        ("仓库看门", "看仓库大门，60以下也要，包住", 60),
        ("保洁", "商场保洁，55以内都要，早8晚5", 55),
        ("门卫", "小区门卫，六十五以下也收。", 65),
    ],
)
def test_the_cap_of_whom_the_post_also_takes(title: str, posting: str, cap: int) -> None:
    assert not shown(f"今年{cap + 3}岁", title, posting)
    assert shown(f"今年{cap - 3}岁", title, posting)


def test_a_count_is_no_age() -> None:
    assert shown("今年62岁", "快递", "每单，50以内都行，多劳多得")
