"""Issue 22, session 12 (h-fix4seek): the hours of a job the person holds are no window of theirs, where the job is
said with 当 ("我在医院当护工，白天8点到晚8点") or named in the clause after the range ("…早上5点到中午12点，我在那卖菜").
Decoys keep what was read before. Every wording is made up for this grid; none is a persona's."""

from __future__ import annotations

import pytest

from matching.facts import posting_facts, seeker_facts
from matching.facts.bits import job_bits
from matching.facts.person import seeker_limits


def hours_of(words: str) -> list[str]:
    return sorted(f.value or "" for f in seeker_facts("", words) if f.code == "hours")


@pytest.mark.parametrize(
    ("words", "read"),
    [
        ("我在医院当护工，白天8点到晚8点，想晚上再找个活", []),
        ("我在工地当小工，早上6点到下午4点，晚上还能干点别的", []),
        ("菜市场早上5点到中午12点，我在那里卖菜，下午能干", []),
        # decoys: read as before (a shop's opening hours were already no window)
        ("她家早上7点到11点营业，我在那帮忙，下午有空", []),
        ("我想在超市当收银，早上8点到下午5点都行", ["08:00-17:00"]),
        ("早上8点到11点，我在这等你们电话", ["08:00-11:00"]),
        ("早上8点到12点可以，我在家带孩子", ["08:00-12:00"]),
    ],
)
def test_held_job_hours_no_window(words: str, read: list[str]) -> None:
    assert hours_of(words) == read


@pytest.mark.parametrize(
    ("words", "title", "description", "fits"),
    [
        ("我在医院当护工，白天8点到晚8点，想晚上再找个活", "夜班保安", "晚上9点到早上6点，坐岗", True),
        ("菜市场早上5点到中午12点，我在那里卖菜，下午能干", "保洁", "下午2点到6点，打扫办公室", True),
    ],
)
def test_held_job_hours_pairs(words: str, title: str, description: str, fits: bool) -> None:
    limits = seeker_limits(seeker_facts("", words))
    job = posting_facts(title, description)
    assert (limits.admits(job_bits(job)) and limits.fits(job)) is fits
