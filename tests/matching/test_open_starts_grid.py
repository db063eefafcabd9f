"""Issue 22 s12: a start said with no deed of its own, which the end after it completes ("九点以后三点以前都行",
"十点后，下午四点前都方便"), and starts late in the evening ("晚上十点以后才有空", "夜里十一点以后可以"), with a night's end
said as work till the morning ("…干到早上六点"). Composed: starts × joins × ends × deeds; decoys of someone else's, a
past or an asked clock. Every wording is made up for this grid; none is a persona's or a real posting's."""

from __future__ import annotations

import itertools

import pytest

from tests.matching.test_window_grid import window_of

STARTS = [("九点", "09:00"), ("早上九点", "09:00"), ("上午九点半", "09:30"), ("十点", "10:00")]
SIDES = ["以后", "后", "之后"]
JOINS = ["", "，", "到"]
ENDS = [("三点", "15:00"), ("下午三点", "15:00"), ("下午四点半", "16:30")]
DEEDS = ["都行", "都可以", "能干", "都方便", "有空"]


@pytest.mark.parametrize(
    ("start", "side", "join", "end", "deed"), list(itertools.product(STARTS, SIDES, JOINS, ENDS, DEEDS))
)
def test_a_start_the_end_completes_is_read(
    start: tuple[str, str], side: str, join: str, end: tuple[str, str], deed: str
) -> None:
    words = f"{start[0]}{side}{join}{end[0]}以前{deed}"
    assert window_of(words) == f"{start[1]}-{end[1]}"


LATE = [("晚上十点", "22:00"), ("晚上10点", "22:00"), ("夜里十一点", "23:00"), ("晚上十点半", "22:30")]
LATE_DEEDS = ["以后才有空", "以后能来", "以后可以", "以后能上班", "后都可以", "以后才出得来"]


@pytest.mark.parametrize(("start", "deed"), list(itertools.product(LATE, LATE_DEEDS)))
def test_a_start_late_in_the_evening_is_read(start: tuple[str, str], deed: str) -> None:
    # a start at night (from 21:00) runs on to 08:00, not to midnight: the overnight jobs offered stay in (s12 rev S1)
    assert window_of(f"{start[0]}{deed}") == f"{start[1]}-32:00"


@pytest.mark.parametrize(
    ("words", "window"),
    [("晚上十点后都可以，干到早上六点", "22:00-30:00"), ("晚上九点以后能来，干到早上七点", "21:00-31:00")],
)
def test_a_night_worked_till_the_morning_runs_past_midnight(words: str, window: str) -> None:
    assert window_of(words) == window


@pytest.mark.parametrize(
    "words",
    [
        "九点以后三点以前",  # no deed: nothing said of the person
        "我老公晚上十点以后才有空",
        "以前晚上十点以后才能下班",
        "晚上十点以后能来吗？",
        "如果晚上十点以后可以的话",
        "孩子爸九点以后三点以前都在家",
        "我以前干到早上六点",
    ],
)
def test_others_and_asked_clocks_are_no_window(words: str) -> None:
    assert window_of(words) is None
