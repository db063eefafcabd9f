"""Issue 22 s12: a start said alone in the small hours ("凌晨三点以后都行", "半夜1点后能来") opens the day then and
runs through it: it read nothing or the afternoon (13:00-24:00). Closed at 08:00 (as a night start runs on) it cost
dev4's and dev5's nDCG: a 凌晨四点 start is an early riser's whole day. A start at 20:00 keeps its midnight (run on to
08:00 it too cost them, see bench/README.md). Composed: parts × clocks × sides × deeds; decoys of
someone else's, a past, an asked start and a start with its end. Every wording is
made up for this grid; none is a persona's or a real posting's."""

from __future__ import annotations

import itertools

import pytest

from tests.matching.test_window_grid import window_of

SMALL = [("凌晨", "一点", "01:00"), ("凌晨", "3点", "03:00"), ("凌晨", "两点半", "02:30"), ("半夜", "1点", "01:00")]
EVENING = [("晚上", "八点", "20:00"), ("晚上", "8点", "20:00"), ("晚上", "8点半", "20:30")]
SIDES = ["以后", "后", "之后"]
DEEDS = ["可以", "都行", "能来", "有空", "才能出来"]


@pytest.mark.parametrize(("clock", "side", "deed"), list(itertools.product(SMALL, SIDES, DEEDS)))
def test_a_start_in_the_small_hours_opens_the_day(clock: tuple[str, str, str], side: str, deed: str) -> None:
    assert window_of(f"{clock[0]}{clock[1]}{side}{deed}") == f"{clock[2]}-24:00"


@pytest.mark.parametrize(("clock", "side", "deed"), list(itertools.product(EVENING, SIDES, DEEDS)))
def test_a_start_at_eight_in_the_evening_keeps_its_midnight(clock: tuple[str, str, str], side: str, deed: str) -> None:
    assert window_of(f"{clock[0]}{clock[1]}{side}{deed}") == f"{clock[2]}-24:00"


DECOYS = [
    ("我老公凌晨两点以后才能出来", None),  # someone else's
    ("原来凌晨三点以后就能来", None),  # the past
    ("凌晨两点以后能来吗？", None),  # asked
    ("晚上8点以后有空，11点前得回家", "20:00-23:00"),  # an end said
    ("凌晨五点以后能来，下午两点前得走", "05:00-14:00"),  # an end said
]


@pytest.mark.parametrize(("words", "window"), DECOYS)
def test_starts_not_the_persons_or_with_an_end_keep_their_reading(words: str, window: str | None) -> None:
    assert window_of(words) == window
