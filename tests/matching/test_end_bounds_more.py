"""Issue 22: the latest end and earliest start of a person's day in more shapes: heading home said as 往回赶/往家赶/
回到家/赶回家 ("三点前得往回赶"), a fetch with no side ("四点得去接娃"), a night to the next morning ("早上七点前得回到
家" after an evening start), and one clause read once (no second window from its part of the day: "早上…九点以后才
有空" is 09:00 on, not also the morning). Every wording is made up for this grid."""

from __future__ import annotations

import itertools

import pytest

from matching.facts import posting_facts, seeker_facts
from matching.facts.person import seeker_limits

DAY = (0, 24 * 60)


def _clock(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def window_of(words: str) -> str | None:
    limits = seeker_limits(seeker_facts("", words))
    spans = list(limits.windows) or [DAY]
    if spans == [DAY]:
        return None
    return "/".join(f"{_clock(a)}-{_clock(b)}" for a, b in spans)


CLOCKS = [("三点", 900), ("下午四点", 960), ("五点半", 1050), ("下午4点", 960), ("傍晚六点", 1080)]
# heading home by the clock
HOME = ["{}前得往回赶", "{}前要往家赶", "{}之前得回到家", "{}前就得赶回家", "{}以前必须到家", "{}前要赶回去"]
# a fetch at the clock, said with no side: gone by then
FETCH = ["{}得去接娃", "{}要去接小孩", "{}就得去接孩子"]


@pytest.mark.parametrize(("frame", "clock"), list(itertools.product(HOME + FETCH, CLOCKS)))
def test_an_end_said_as_heading_home_or_fetching(frame: str, clock: tuple[str, int]) -> None:
    words, end = clock
    assert window_of("孩子还小，" + frame.format(words)) == f"00:00-{_clock(end)}"


STARTS = [("九点以后才有空", 540), ("早上送完九点以后才有空", 540), ("八点半以后能出来", 510)]


@pytest.mark.parametrize(
    ("start", "end"), list(itertools.product(STARTS, [(f, c) for f in HOME[:3] + FETCH[:1] for c in CLOCKS[:2]]))
)
def test_a_start_and_an_end_make_one_window(start: tuple[str, int], end: tuple[str, tuple[str, int]]) -> None:
    frame, (clock, until) = end
    words = f"两个孩子，{start[0]}，{frame.format(clock)}"
    assert window_of(words) == f"{_clock(start[1])}-{_clock(until)}"


@pytest.mark.parametrize(
    ("words", "window"),
    [
        ("只能干夜里的，晚上八点以后出门，早上六点前得回到家", "20:00-30:00"),
        ("晚上七点以后才能出来，早上七点前要往回赶", "19:00-31:00"),
        ("夜里九点以后出门，清早五点之前得回到家", "21:00-29:00"),
    ],
)
def test_a_night_to_the_next_morning(words: str, window: str) -> None:
    assert window_of(words) == window


@pytest.mark.parametrize(
    ("words", "window"),
    [
        ("早上九点以后才有空", "09:00-24:00"),
        ("上午十点以后有时间", "10:00-24:00"),
        ("下午两点以后才有空", "14:00-24:00"),
    ],
)
def test_one_clause_gives_one_window(words: str, window: str) -> None:
    assert [f.value for f in seeker_facts("", words) if f.code == "free"] == [f"1234567 {window}"]
    assert window_of(words) == window


def test_an_evening_posting_against_a_school_day() -> None:
    limits = seeker_limits(seeker_facts("", "早上送完九点以后才有空，下午三点前得往回赶"))
    assert not limits.fits(posting_facts("理货员", "超市晚上六点到十点理货"))
    assert limits.fits(posting_facts("理货员", "超市上午九点半到下午两点半理货"))
