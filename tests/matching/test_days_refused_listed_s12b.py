"""Issue 22, session 12 (h-fix4seek): whole weekdays refused in a list ("礼拜一礼拜二不得闲") or as the weekend with
"不来"/"不得闲" ("礼拜六礼拜天不来"), and a rest day the person cannot take ("周日休息不了") no refusal. Decoys keep
what was read before. Every wording is made up for this grid; none is a persona's."""

from __future__ import annotations

import pytest

from matching.facts import posting_facts, seeker_facts
from matching.facts.bits import job_bits
from matching.facts.person import seeker_limits


def days_of(words: str) -> list[str]:
    codes = ("day_refused", "no_weekends")
    return sorted(f"{f.code} {f.value or ''}".strip() for f in seeker_facts("", words) if f.code in codes)


@pytest.mark.parametrize(
    ("words", "read"),
    [
        ("礼拜六礼拜天不来", ["no_weekends"]),
        ("周六周日我不来", ["no_weekends"]),
        ("星期六星期天不得闲", ["no_weekends"]),
        ("礼拜一礼拜二不得闲", ["day_refused 1", "day_refused 2"]),
        ("周二周四都没空", ["day_refused 2", "day_refused 4"]),
        ("星期三星期五来不了", ["day_refused 3", "day_refused 5"]),
        ("周日休息不了，店里忙，想换个活", []),
        ("礼拜天休息不成，家里有事", []),
        # decoys: read as before
        ("周日不行", ["day_refused 7"]),
        ("礼拜六礼拜天都不行", ["no_weekends"]),
        ("周一周三周五能来", []),
        ("我老公周一周二没空", []),
        ("周一周二下午不行", []),
        ("周一到周五没空", []),
        ("我们店周一周二休息", []),
        ("一周一天休息就行", []),
    ],
)
def test_listed_days_refused(words: str, read: list[str]) -> None:
    assert days_of(words) == read


@pytest.mark.parametrize(
    ("words", "title", "description", "fits"),
    [
        ("礼拜六礼拜天不来", "超市理货", "周末上班，早上8点到下午5点", False),
        ("礼拜一礼拜二不得闲", "饭店服务员", "每周上六天，早上10点到晚上8点", False),
        ("礼拜一礼拜二不得闲", "家政保洁", "每周来三天，时间自己定", True),
    ],
)
def test_listed_days_refused_pairs(words: str, title: str, description: str, fits: bool) -> None:
    limits = seeker_limits(seeker_facts("", words))
    job = posting_facts(title, description)
    assert (limits.admits(job_bits(job)) and limits.fits(job)) is fits
