"""Issue 22, session 12: one weekday refused, read by what the clause says of it. Part of a day refused
("星期五晚上不行") is no whole day refused, nor every night; a place's day off ("我们超市周一休息") is not the person's;
all days but one ("除了礼拜天，其他都能来") refuses that one; a weekday in a digit ("周2不行") is a weekday. Decoys
keep what was read. Every wording is made up for this grid; none is a persona's."""

from __future__ import annotations

import pytest

from matching.facts import seeker_facts


def read(words: str) -> tuple[str | None, bool]:
    """The refused weekday's ISO digit (or None), and whether every night is refused."""
    facts = seeker_facts("兼职", words)
    refused = next((f.value for f in facts if f.code == "day_refused"), None)
    return refused, any(f.code == "no_night" for f in facts)


@pytest.mark.parametrize(
    "words",
    [
        "星期五晚上不行",
        "礼拜三下午不行",
        "周日上午不行",
        "周六的早上来不了",
        "礼拜二晚上没空",
        "我们超市周一休息",
        "我们饭店礼拜三休息",
        "店里周二休息",
        "我老公周日不行",  # decoy: read so before
        "除了周日还有别的天吗",  # decoy: asked
    ],
)
def test_no_whole_day_of_the_persons_refused(words: str) -> None:
    assert read(words) == (None, False)


@pytest.mark.parametrize(
    ("words", "day"),
    [
        ("除了礼拜天，其他都能来", "7"),
        ("除了周日都行", "7"),
        ("除了星期三以外都有空", "3"),
        ("周日不来，别的天都行", "7"),
        ("周2不行", "2"),
        ("星期6没空", "6"),
        ("俺礼拜天不得闲", "7"),
        ("周日不行", "7"),  # decoys: read so before
        ("礼拜三要带老人去透析，那天不行", "3"),
    ],
)
def test_the_persons_whole_day_refused(words: str, day: str) -> None:
    assert read(words)[0] == day


@pytest.mark.parametrize("words", ["每天晚上不行", "晚上不行"])
def test_every_evening_refused_is_still_no_night(words: str) -> None:
    assert read(words) == (None, True)


@pytest.mark.parametrize("words", ["每周2天不行", "一周3次不行"])
def test_a_count_of_days_is_no_weekday(words: str) -> None:
    assert read(words)[0] is None


def free_days(words: str) -> str | None:
    return next((f.value.split()[0] for f in seeker_facts("保洁", words) if f.code == "free" and f.value), None)


@pytest.mark.parametrize(
    ("words", "days"),
    [
        ("礼拜一到礼拜三都行", "123"),
        ("周一到周四都有空", "1234"),
        ("星期二至星期六都可以", "23456"),
        ("礼拜一到礼拜五有空", "12345"),  # decoys: read so before, or no only days
        ("周一到周五都行，周末也可以", None),
        ("周六周日都有空", None),
        ("我老公周一到周五都行", None),
    ],
)
def test_a_span_of_weekdays_offered_is_those_days(words: str, days: str | None) -> None:
    assert free_days(words) == days
