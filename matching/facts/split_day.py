"""A posting's split day written with a half the stricter shapes leave: halves in bare numbers, each after its part
of the day ("上午9-12下午1.40-7.30", "上午9-12，下午2-6"), and a morning range followed only by the afternoon's start
("早上9点-12点，午休2小时，下午2点开始"). Without them the day reads as its afternoon alone, or as nothing."""

from __future__ import annotations

import re

from matching.facts.clocks import Range
from matching.facts.numerals import small_number
from matching.facts.unnamed_hours import with_unnamed_halves

_MORNING = ("上午", "早上", "早晨", "早")
_DASH = r"\s*(?:-{1,2}|－|—|–|~|～|至|到)\s*"
# a range in bare numbers (or dotted minutes) right after its part of the day: "上午9-12", "下午1.40-7.30", "下午2-6点";
# not a price, a count or a date after it ("3-5千", "9-12月")
_HALF = re.compile(
    r"(?P<p>上午|早上|早晨|早|中午|下午)\s*(?<![\d.])(?P<h1>\d{1,2})(?:[.:：](?P<n1>[0-5]\d))?"
    + _DASH
    + r"(?P<h2>\d{1,2})(?:[.:：](?P<n2>[0-5]\d))?(?![\d.:：])(?:\s*点)?"
    r"(?!\s*(?:元|块|万|千|[kKwW]|倍|/|小时|个|年|月|号|日|天|分|米|公里|斤|吨|岁|人|%))"
)
_HOUR = r"\d{1,2}|十[一二]?|[一二两三四五六七八九]"
# the afternoon's start said alone after a morning range: "下午2点开始", "下午两点开始上班", "下午1:30开始"
_AFTERNOON_START = re.compile(
    rf"(?P<p>下午|中午)\s*(?P<h>{_HOUR})\s*(?:[:：](?P<n>[0-5]\d)|点(?P<half>半)?)\s*(?:开始(?:上班|工作|干活)?|上班|开工|到岗|继续)"
    r"(?!面试|培训|报名|上课)"
)
# its end said after it: "下午2点开始，6点下班", "下午1:30开始至5:30"
_AFTERNOON_END = re.compile(
    rf"\s*(?:[，,]\s*)?(?:(?:至|到|-|~)\s*(?:下午|晚上|傍晚)?\s*(?P<h>{_HOUR})\s*(?:[:：](?P<n>[0-5]\d)|点(?P<half>半)?)?"
    rf"|(?:下午|晚上|傍晚)?\s*(?P<h2>{_HOUR})\s*(?:[:：](?P<n2>[0-5]\d)|点(?P<half2>半)?)\s*(?:下班|结束|收工))"
)
_NEXT_RANGE = re.compile(_DASH + r"(?:下午|晚上|傍晚)?\s*(?:\d|十|[一二两三四五六七八九]\s*点)")


def split_day(sentence: str, ranges: list[Range]) -> list[Range]:
    """The sentence's ranges with a split day's unread half added: bare halves where the sentence names a morning
    half and an afternoon one, or a lone morning range carried to the afternoon's start (the afternoon's end unsaid:
    the day's value runs to that start, the gap between its break, so a person must be free both then and at it)."""
    halves = _bare_halves(sentence)
    if not halves:
        ranges = with_unnamed_halves(sentence, ranges)  # "9-12，2-6": no part of the day named
    else:
        free = [h for h in halves if not any(o.at < h.until and h.at < o.until for o in ranges)]
        ranges = sorted(ranges + free, key=lambda r: r.at)
    morning = ranges[0] if len(ranges) == 1 else None
    said_morning = morning is not None and (morning.part in _MORNING or morning.words.startswith(_MORNING))
    if morning is None or not said_morning or not morning.end <= 13 * 60:  # "早上九点到十二点" has no part kept
        return ranges
    start = _AFTERNOON_START.search(sentence, morning.until)
    if start is None or _NEXT_RANGE.match(sentence, start.end("h")) or start.start() - morning.until > 20:
        return ranges
    begin = _afternoon(start.group("h"), start.group("n"), start.group("half"), noon=start.group("p") == "中午")
    if not morning.end < begin <= morning.end + 4 * 60:
        return ranges
    end, until = begin, start.end()  # the end unsaid: the day's value runs to the afternoon's start
    if (said := _AFTERNOON_END.match(sentence, start.end())) is not None:
        h, n, half = (said.group("h"), said.group("n"), said.group("half"))
        if h is None:
            h, n, half = (said.group("h2"), said.group("n2"), said.group("half2"))
        if begin < (later := _afternoon(h, n, half)) <= 24 * 60:
            end, until = later, said.end()
    words = sentence[morning.at : until]
    return [Range(morning.start, end, morning.at, until, words, morning.part, ((morning.end, begin),))]


def _afternoon(hour_words: str, minutes: str | None, half: str | None, *, noon: bool = False) -> int:
    """A clock said in the afternoon ("2点" 14:00, "1:30" 13:30; at noon "12点" 12:00)."""
    hour = small_number(hour_words)
    hour += 12 if hour < 12 and not (noon and hour >= 11) else 0
    return hour * 60 + (30 if half else int(minutes or 0))


def _bare_halves(sentence: str) -> list[Range]:
    """The part-named bare ranges of a sentence that names a morning half and, after it, a later one ("上午9-12下午
    1.40-7.30"), each in its part of the day; none where it names only one (a lone "上午9-12" may be anything)."""
    found = []
    for m in _HALF.finditer(sentence):
        part = m.group("p")
        start = _clock(int(m.group("h1")), int(m.group("n1") or 0), part)
        end = _clock(int(m.group("h2")), int(m.group("n2") or 0), part)
        end += 12 * 60 if end <= start < end + 12 * 60 else 0  # "中午11-1": 11:00-13:00
        if 5 * 60 <= start < end <= 24 * 60 and end - start <= 8 * 60:
            found.append(Range(start, end, m.start(), m.end(), m.group(0), part))
    first = next((r for r in found if r.part in _MORNING), None)
    if first is None or not _HALF_AFTER.search(sentence, first.until):
        return []
    return found


def _clock(hour: int, minutes: int, part: str) -> int:
    if (part == "下午" and hour < 12) or (part == "中午" and hour < 6):
        hour += 12
    return hour * 60 + minutes


# an afternoon half in any shape after the morning's: "下午1.40-7.30", "下午2点到6点", "下午13:30-17:30"
_HALF_AFTER = re.compile(r"(?:下午|中午)\s*\d{1,2}\s*(?:[.:：点]|[-－~～至到])")
