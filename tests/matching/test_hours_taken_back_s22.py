"""Hours said over with 不是…是…: the clock after 不是 is the one taken back, the clock after 是 the person's new saying
(`hour_corrections`). Before, the clock taken back was read as the correction, so 「九点到三点，不是三点是四点」 kept 15:00."""

from __future__ import annotations

from datetime import date

import pytest

from matching.facts.person import seeker_limits
from matching.facts.reader import seeker_facts


def _window(text: str) -> tuple[int, int] | None:
    return seeker_limits(seeker_facts("", text, today=date(2026, 12, 7))).window


@pytest.mark.parametrize(
    ("text", "window"),
    [
        ("九点到三点，不是三点是四点", (540, 960)),
        ("九点到三点，不是三点，是四点", (540, 960)),
        ("九点到三点，不是三点，而是四点半", (540, 990)),
        ("上午九点到下午三点；不是三点，是四点", (540, 960)),
        ("早上八点到下午五点，不是八点，是九点", (540, 1020)),
        ("早上八点到下午五点，不是八点，应该是八点半", (510, 1020)),
    ],
)
def test_the_clock_after_shi_replaces_the_one_taken_back(text: str, window: tuple[int, int]) -> None:
    assert _window(text) == window


@pytest.mark.parametrize(
    ("text", "window"),
    [
        ("九点到三点，哦不对，是下午四点", (540, 960)),  # a correction with no clock taken back, as before
        ("早上八点到下午五点，不是，是九点到五点", (540, 1020)),
        ("九点到三点，不是三点就是四点", (540, 900)),  # either: the first saying stands
        ("上午九点到十二点，不是下午", (540, 720)),  # no clock said instead
        ("九点到三点，不是周末", (540, 900)),
    ],
)
def test_other_sayings_keep_their_reading(text: str, window: tuple[int, int]) -> None:
    assert _window(text) == window


@pytest.mark.parametrize(
    ("text", "window"),
    [
        # a whole range taken back: the range (or the end) said instead
        ("九点到五点，不是九点到五点，是九点到四点", (540, 960)),
        ("每天早上八点到下午五点，不是八点到五点，是八点到四点半", (480, 990)),
        ("九点到五点，不是九点到五点，是到四点", (540, 960)),
        ("九点到五点，不是九点到五点，是十点", (600, 1020)),
        # a voice message's words: pauses, no commas
        ("九点到三点 不是三点 是四点", (540, 960)),
        ("能干九点到三点 不对 是四点", (540, 960)),
        ("早上八点到下午五点 说错了 是九点到五点", (540, 1020)),
    ],
)
def test_a_range_taken_back_and_a_spoken_correction(text: str, window: tuple[int, int]) -> None:
    assert _window(text) == window


@pytest.mark.parametrize(
    ("text", "window"),
    [
        ("九点到三点 不是周末", (540, 900)),
        ("九点到三点 周末不行", (540, 900)),
        ("九点到三点 不是三点就是四点", (540, 900)),
        ("九点到五点，不是九点到五点就是八点到四点", (540, 1020)),  # either: the first saying stands
        ("九点到五点 不是每天都行", (540, 1020)),
    ],
)
def test_pauses_without_a_correction_keep_the_first_saying(text: str, window: tuple[int, int]) -> None:
    assert _window(text) == window
