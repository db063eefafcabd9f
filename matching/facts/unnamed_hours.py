"""A posting's hours written with their part of the day left to the reader: a split day in bare numbers ("9-12，2-6":
the morning, then the afternoon), a small hour after an early-morning word ("早上送奶，四点半到七点": 04:30, not 16:30),
and a night from a night word ("夜里十点到早上六点值班"), which the stricter shapes (`clocks`, `lone_hours`) leave."""

from __future__ import annotations

import re

from matching.facts.clocks import Range, others_hours
from matching.facts.night_words import NIGHT_WORDED, night_range
from matching.facts.numerals import small_number

_DASH = r"\s*(?:-{1,2}|－|—|–|~|～|至|到)\s*"
_END = r"(?:[.:：](?P<{0}>[0-5]\d))?"
# two bare ranges side by side, the first a morning's (from 6 to 11, to 11 or 12), the second an afternoon's in small
# numbers ("9-12，2-6", "8:30-12 1:30-5:30"); not a count, a price, a size or a date after either
_UNIT = r"(?!\s*(?:元|块|万|千|[kKwW]|倍|/|小时|个|年|月|号|日|天|分|米|公里|斤|吨|岁|人|码|寸|%|级|届|期))"
_TWO_HALVES = re.compile(
    r"(?<![\d.\-－~～])(?<!\d[:：])(?P<h1>[6-9]|1[01])"
    + _END.format("n1")
    + _DASH
    + r"(?P<h2>1[12])"
    + _END.format("n2")
    + r"\s*点?"
    + _UNIT
    + r"\s*[，,、/\s]\s*(?:下午)?"
    + r"(?P<h3>[1-3])"
    + _END.format("n3")
    + _DASH
    + r"(?P<h4>[4-9])"
    + _END.format("n4")
    + r"(?![\d.:：])\s*点?"
    + _UNIT
)
# an early-morning word in the words before a bare range ("早上送奶，", "凌晨送报，"), with no later part of the day or
# a denial between ("早上不用来，四点到七点": the afternoon)
_EARLY = re.compile(r"(?:早上|早晨|清早|清晨|凌晨|一大早|一早)(?!不|没|休)[^。；;!！?？下中晚傍夜]{0,8}$")
# a night that is no work: a rule ("禁止施工"), a night off ("不用值班")
_NO_WORK_AFTER = re.compile(r"\s*(?:禁止|不用|不需要?|不得|不准|休息|免|停)")


def with_unnamed_halves(sentence: str, ranges: list[Range]) -> list[Range]:
    """The sentence's ranges with a split day written as two bare ranges and no part of the day ("9-12，2-6") read as
    its morning and its afternoon, in place of what was read in the same words ("1.30-5.30" as 01:30)."""
    halves = _unnamed_halves(sentence)
    if not halves or any(others_hours(sentence, h) for h in halves[::2]):  # "营业时间9-12，2-6": the shop's
        return ranges
    kept = [r for r in ranges if not any(h.at < r.until and r.at < h.until for h in halves)]
    return sorted(kept + halves, key=lambda r: r.at)


def _unnamed_halves(sentence: str) -> list[Range]:
    out: list[Range] = []
    for m in _TWO_HALVES.finditer(sentence):
        first = _clock(m, "h1", "n1"), _clock(m, "h2", "n2")
        second = _clock(m, "h3", "n3") + 12 * 60, _clock(m, "h4", "n4") + 12 * 60
        if first[0] < first[1] <= second[0] < second[1]:
            half = m.start("h3")
            out += [
                Range(*first, m.start(), half, m.group(0)[: half - m.start()]),
                Range(*second, half, m.end(), m.group(0)[half - m.start() :]),
            ]
    return out


def early_range(sentence: str, m: re.Match[str]) -> Range | None:
    """A bare range in Chinese numerals (`clocks.FREE_WORDED`, no part of the day) after an early-morning word: its
    hours before noon ("早上送奶，四点半到七点" 04:30-07:00)."""
    if _EARLY.search(sentence[max(0, m.start() - 14) : m.start()]) is None:
        return None
    h1, h2 = small_number(m.group("h1")), small_number(m.group("h2"))
    start, end = h1 * 60 + (30 if m.group("half1") else 0), h2 * 60 + (30 if m.group("half2") else 0)
    return Range(start, end, m.start(), m.end(), m.group(0)) if 3 * 60 <= start < end <= 12 * 60 else None


def posted_nights(sentence: str) -> list[Range]:
    """A night from a night word in a post ("夜里十点到早上六点值班", "深夜十一点到早上七点"), past midnight where its end
    is the next morning's; not a night that is no work ("夜里十点到早上六点禁止施工")."""
    out = []
    for m in NIGHT_WORDED.finditer(sentence):
        if not _NO_WORK_AFTER.match(sentence, m.end()) and (r := night_range(m)) is not None:
            out.append(r)
    return out


def _clock(m: re.Match[str], hour: str, minutes: str) -> int:
    return int(m.group(hour)) * 60 + int(m.group(minutes) or 0)
