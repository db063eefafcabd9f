"""Issue 22 s12: a school day said by its two ends ("孩子七点半到校，下午四点半放学，中间能干"): the person is free from
the drop-off to half an hour before the pick-up, not from 05:00. Composed: children × drop-off clocks × school words ×
pick-up clocks × offers; decoys of a school day alone and of a child fetched by others. Every wording is made up for
this grid; none is a persona's or a real posting's."""

from __future__ import annotations

import itertools

import pytest

from tests.matching.test_window_grid import window_of

CHILDREN = ["孩子", "我家小孩", "娃"]
DROPS = [("七点半", "07:30"), ("7点半", "07:30"), ("早上8点", "08:00"), ("八点", "08:00")]
WORDS = ["到校", "进校", "上学", "到学校"]
PICKUPS = [("下午四点半", "16:00"), ("5点", "16:30"), ("下午五点", "16:30")]
OFFERS = ["，中间能干", "，中间有空", "，这中间都可以", ""]


@pytest.mark.parametrize(
    ("child", "drop", "word", "pickup", "offer"), list(itertools.product(CHILDREN, DROPS, WORDS, PICKUPS, OFFERS))
)
def test_the_school_day_between_its_ends_is_free(
    child: str, drop: tuple[str, str], word: str, pickup: tuple[str, str], offer: str
) -> None:
    words = f"{child}{drop[0]}{word}，{pickup[0]}放学{offer}"
    assert window_of(words) == f"{drop[1]}-{pickup[1]}"


DECOYS = [
    ("孩子下午四点半放学", "00:00-16:00"),  # the pick-up alone: no drop-off to start from
    ("孩子七点半到校，下午五点放学，有奶奶接", None),  # fetched by others, and the drop-off alone sets no end
    ("我老公七点半到单位，下午五点下班", None),  # someone's workday, no school
]


@pytest.mark.parametrize(("words", "window"), DECOYS)
def test_school_words_without_both_ends_keep_their_reading(words: str, window: str | None) -> None:
    assert window_of(words) == window
