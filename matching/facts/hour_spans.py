"""An hours fact's value and the spans of the day it holds: written from a range ("09:00-17:30", a split day's breaks
after a "/": "09:00-17:30/11:30-13:30") and read back as minutes since midnight."""

from __future__ import annotations

from collections.abc import Iterable
from itertools import pairwise

from matching.facts.fact import Fact


def span_value(start: int, end: int) -> str:
    """A span as an hours value writes it: minutes since midnight as "HH:MM-HH:MM" (540, 1050: "09:00-17:30")."""
    return f"{start // 60 % 24:02d}:{start % 60:02d}-{end // 60 % 24:02d}:{end % 60:02d}"


def spans_of(facts: Iterable[Fact]) -> list[tuple[int, int]]:
    """Stated daily hours as minutes since midnight, first to last (a split day's breaks inside); an end at or
    before the start runs past midnight."""
    return [_span_of(f.value.partition("/")[0]) for f in facts if f.code == "hours" and f.value]


def split_day(spans: list[tuple[int, int]]) -> tuple[tuple[int, int], ...]:
    """Two or more stated hours of one day that do not meet ("上午九点到十一点半，下午两点到五点"), first to last; () where
    they are one saying, overlap (two sayings of one day's hours) or run past midnight."""
    ordered = sorted(set(spans))
    if len(ordered) < 2 or any(end > 24 * 60 for _, end in ordered):
        return ()
    apart = all(before[1] < after[0] for before, after in pairwise(ordered))
    return tuple(ordered) if apart else ()


def meet(spans: tuple[tuple[int, int], ...], windows: tuple[tuple[int, int], ...]) -> tuple[tuple[int, int], ...]:
    """Each span cut to the windows it shares time with; the spans as they are where no window is given or none meets
    them (a misread window never empties a saying)."""
    shared = tuple((max(a, c), min(b, d)) for a, b in spans for c, d in windows if max(a, c) < min(b, d))
    return shared or spans


def worked_spans(fact: Fact) -> list[tuple[int, int]]:
    """The parts of the day a posting's hours are worked: "09:00-17:30/11:30-13:30" → 09:00-11:30, 13:30-17:30."""
    outer, *breaks = (_span_of(part) for part in (fact.value or "").split("/"))
    spans, start = [], outer[0]
    for a, b in sorted(breaks):
        if start < a and b <= outer[1]:
            spans.append((start, a))
            start = b
    return [*spans, (start, outer[1])]


def _span_of(value: str) -> tuple[int, int]:
    start, _, end = value.partition("-")
    h1, m1 = (int(x) for x in start.split(":"))
    h2, m2 = (int(x) for x in end.split(":"))
    a, b = h1 * 60 + m1, h2 * 60 + m2
    return a, b if b > a else b + 24 * 60
