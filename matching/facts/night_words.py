"""A person's night said in Chinese numerals with a night word at its start ("夜里十点半到凌晨两点半能干", "深夜十一点到
凌晨五点都行", "夜里两点到六点卸货可以"): the hours, past midnight where the end is the next morning's."""

from __future__ import annotations

import re

from matching.facts.clocks import Range
from matching.facts.numerals import small_number

_H = r"(?P<{0}>十[一二]?|[一二两三四五六七八九]|\d{{1,2}})"
NIGHT_WORDED = re.compile(
    r"(?P<p1>夜里|夜间|深夜|后半夜|下半夜|半夜)\s*"
    + _H.format("h1")
    + r"\s*点(?P<half1>半)?\s*(?:到|至|-|~)\s*(?P<p2>凌晨|早上|早晨|清晨|天亮|早|夜里|半夜)?\s*"
    + _H.format("h2")
    + r"\s*点(?P<half2>半)?"
)
_MORNING = ("凌晨", "早上", "早晨", "清晨", "天亮", "早")


def night_range(m: re.Match[str]) -> Range | None:
    """The hours a `NIGHT_WORDED` match says: a start from 7 to 11 at night, twelve at midnight and one before 7 in
    the small hours; an end said in the morning, or bare and before the start, the next day's."""
    h1, h2 = small_number(m.group("h1")), small_number(m.group("h2"))
    if not (0 < h1 <= 12 and 0 < h2 <= 12):
        return None
    start = (h1 + 12 if 7 <= h1 < 12 else 0 if h1 == 12 else h1) * 60 + (30 if m.group("half1") else 0)
    end = (0 if h2 == 12 else h2) * 60 + (30 if m.group("half2") else 0)
    if m.group("p2") not in _MORNING and start >= 18 * 60 and end + 12 * 60 > start:
        end = (end + 12 * 60) % (24 * 60)  # "夜里九点到十一点": 23:00; "到十二点": midnight
    if end == start or (start < 12 * 60 and not start < end <= 12 * 60):
        return None  # a small-hours start ends before noon: "半夜两点到六点"
    return Range(start, end, m.start(), m.end(), m.group(0), m.group("p1"))
