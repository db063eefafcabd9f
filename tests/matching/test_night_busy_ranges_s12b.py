"""Issue 22, session 12 (h-fix4seek): a person's ranges said at night or around a busy time. Midnight said at night
("深夜12点", "夜里…到12点") is 00:00 or 24:00, not noon; a range that starts after midnight ("夜里两点到六点") ends in
the morning; an overnight range in Chinese numerals with both parts named ("晚上十点到早上六点能干") is read like the
one in digits; and a busy range with the free time said in the next clause ("11点到1点店里忙，忙完以后能来") frees
the time after it. Decoys keep what was read before. Every wording is made up for this grid; none is a persona's."""

from __future__ import annotations

import pytest

from matching.facts import posting_facts, seeker_facts
from matching.facts.bits import job_bits
from matching.facts.person import seeker_limits


def hours_of(words: str) -> list[str]:
    return sorted(
        f"{f.code} {f.value}"
        for f in seeker_facts("", words)
        if f.family.value == "schedule" and f.code in ("hours", "free")
    )


def admitted(words: str, title: str, description: str) -> bool:
    limits = seeker_limits(seeker_facts("", words))
    job = posting_facts(title, description)
    return limits.admits(job_bits(job)) and limits.fits(job)


@pytest.mark.parametrize(
    ("words", "read"),
    [
        ("深夜12点到早上6点都行", ["hours 00:00-06:00"]),
        ("夜里12点到早上5点可以干", ["hours 00:00-05:00"]),
        ("半夜12点到早上6点能来", ["hours 00:00-06:00"]),
        ("夜里两点到六点可以", ["hours 02:00-06:00"]),
        ("夜里3点到7点能干活", ["hours 03:00-07:00"]),
        ("夜里9点到12点能出来", ["hours 21:00-24:00"]),
        ("晚上十点到早上六点能干", ["hours 22:00-06:00"]),
        ("晚上九点到早上五点都可以", ["hours 21:00-05:00"]),
        ("中午11点到1点店里忙，忙完以后能来", ["free 1234567 13:00-24:00"]),
        ("早上6点到8点卖包子，卖完才有空", ["free 1234567 08:00-24:00"]),
        # decoys: read as before
        ("夜里十一点到早上七点可以", ["hours 23:00-07:00"]),
        ("晚上10点到早上6点能干", ["hours 22:00-06:00"]),
        ("后半夜1点到5点能干", ["hours 01:00-05:00"]),
        ("晚上十点到早上六点我老公上班", []),
        ("中午11点到1点店里忙，别的时间不行", ["hours 11:00-13:00"]),
    ],
)
def test_night_and_busy_ranges_read(words: str, read: list[str]) -> None:
    assert hours_of(words) == read


@pytest.mark.parametrize(
    ("words", "title", "description", "fits"),
    [
        ("深夜12点到早上6点都行", "商场导购", "下午1点到晚上9点，站着卖货", False),
        ("夜里两点到六点可以", "商场导购", "上午10点到下午5点", False),
        ("晚上十点到早上六点能干", "超市收银", "早上9点到下午5点", False),
        ("晚上十点到早上六点能干", "夜班保安", "晚上10点到早上6点，坐岗", True),
        ("中午11点到1点店里忙，忙完以后能来", "超市理货", "下午2点到晚上8点", True),
        ("中午11点到1点店里忙，忙完以后能来", "午市服务员", "上午10点到下午2点", False),
    ],
)
def test_night_and_busy_ranges_pairs(words: str, title: str, description: str, fits: bool) -> None:
    assert admitted(words, title, description) is fits
