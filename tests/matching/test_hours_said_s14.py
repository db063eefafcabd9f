"""Issue 22, session 14 (h-fix11seek): a person's hours as the fifth reviewer found them missed. A day's few hours said
alone or as time spared ("每天三四个小时", "只能抽出两个钟头": the most hours a day), a day shift said beside a refused
rota ("白班可以，两班倒不行": fixed nights out too), a window's end in its own clause ("…，到晚上八点都行", an afternoon
start and "干到九点"), and days a week said as two counts ("三天四天都行": the larger). Decoys: a past job's hours,
someone else's, a weekday's evening, a rota refused alone, and a range's end. The wordings are this file's own."""

from __future__ import annotations

import pytest

from matching.facts import posting_facts, seeker_facts, seeker_limits
from matching.facts.bits import job_bits


def _limits(words: str):  # type: ignore[no-untyped-def]
    return seeker_limits(seeker_facts("", words))


def _kept(words: str, title: str, text: str) -> bool:
    limits, facts = _limits(words), posting_facts(title, text)
    return limits.admits(job_bits(facts)) and limits.fits(facts)


@pytest.mark.parametrize(
    ("words", "minutes"),
    [
        ("孩子小，每天三四个小时", 240),
        ("想干个小时工，每天两个钟头吧", 120),
        ("只能抽出两个钟头", 120),
        ("婆婆身体不好，最多出来三个小时", 180),
        # decoys: a past job's day, someone else's, a full day
        ("以前在饭店每天干五个小时", None),
        ("在食堂干过，每天四个小时", None),
        ("我老公每天三个小时", None),
        ("每天干八个小时", None),
    ],
)
def test_reads_a_days_few_hours_said_alone(words: str, minutes: int | None) -> None:
    assert _limits(words).longest_day == minutes


@pytest.mark.parametrize(
    ("words", "days"),
    [("一个礼拜三天四天都行", 4), ("每周干五天或者六天都可以", None), ("一周三天", 3), ("一周四五天", 5)],
)
def test_reads_days_a_week_said_as_two_counts_as_the_larger(words: str, days: int | None) -> None:
    assert _limits(words).most_days == days


@pytest.mark.parametrize(
    ("words", "window"),
    [
        ("下午一点以后才能来，到晚上八点都行", (13 * 60, 20 * 60)),
        ("三点以后能出来，干到九点左右", (15 * 60, 21 * 60)),
        ("晚上七点以后有空，干到十一点", (19 * 60, 23 * 60)),
    ],
)
def test_joins_a_windows_end_said_in_its_own_clause(words: str, window: tuple[int, int]) -> None:
    assert _limits(words).windows == (window,)


def test_a_ranges_end_is_not_an_end_said_alone() -> None:
    assert all(end != 23 * 60 for _, end in _limits("九点到十一点都行").windows)


_EVENING = ("超市", "超市理货，下午3点到晚上11点")
_NIGHT = ("仓库", "仓库夜班，晚10点到早6点")
_DAY = ("食堂", "食堂打菜，早7点到下午2点")


@pytest.mark.parametrize(
    ("words", "evening", "night", "day"),
    [
        ("白班可以，两班倒不行", True, False, True),
        ("只能上白班，夜班干不了", False, False, True),
        # decoys: a weekday's evening, a supposition, a rota refused alone (a fixed night is not a rota)
        ("周五晚上不行", True, True, True),
        ("倒班不行", True, True, True),
    ],
)
def test_keeps_evenings_and_nights_out_as_said(words: str, evening: bool, night: bool, day: bool) -> None:
    assert _kept(words, *_EVENING) is evening
    assert _kept(words, *_NIGHT) is night
    assert _kept(words, *_DAY) is day
