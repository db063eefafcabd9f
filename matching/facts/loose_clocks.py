"""Posting hours written loosely, which `clocks.CLOCK_RANGE` leaves: dotted clocks ("8.30-18.00", "8.30-12.00
1.30-6.00"), 一 or a run of dashes between clocks ("8:00一19:00", "10:00---22:00"), a day said as worked from one clock
to the next ("早上七点干到晚上七点"), and a part of the day's arrival with a clock to finish by ("下午到，晚上十点前
卸完"). Each is read into `clocks.Range`, as the stricter shapes are."""

from __future__ import annotations

import re

from matching.facts.clocks import Range
from matching.facts.numerals import small_number

_PART = r"上午|早上|早晨|早|中午|下午|傍晚|晚上|晚|夜里|凌晨|次日"
_DASH = r"\s*(?:-{1,4}|－{1,4}|—{1,2}|–|~{1,2}|～{1,2}|至|到|(?<=\d)一(?=\s*(?:凌晨|次日)?\d))\s*"
# a range of clocks, either end dotted or with a colon: "8.30-18.00", "8.30~6.30", "8：00一19：00"
_DOTTED = re.compile(
    rf"(?P<p1>{_PART})?\s*(?<![\d.])(?<!\d[:：])(?P<h1>\d{{1,2}})[.:：](?P<n1>[0-5]\d)(?![\d.])"
    + _DASH
    + rf"(?P<p2>{_PART})?\s*(?P<h2>\d{{1,2}})[.:：](?P<n2>[0-5]\d)(?![\d.%])"
    r"(?!\s*(?:元|块|万|千|[kKwW]|倍|/|小时|个|年|月|号|日|天|分|米|公里|斤|吨|岁|人))"
)
_HOUR = r"\d{1,2}|十[一二]?|[一二两三四五六七八九]"
# a day worked from one clock to the next: "早上七点干到晚上七点", "晚上八点做到第二天早上六点"
_WORKED_TILL = re.compile(
    rf"(?P<p1>{_PART})?\s*(?P<h1>{_HOUR})\s*点(?P<half1>半)?\s*(?:开始)?(?:干|做|上班|工作|上)到\s*(?:第二天|次日|隔天)?"
    rf"(?P<p2>{_PART})?\s*(?P<h2>{_HOUR})\s*点(?P<half2>半)?"
)
# the day's ends by the morning and the evening, with no word between: "早九点晚六点", "早上八点半晚上七点"
_EARLY_LATE = re.compile(
    rf"(?<![最提])(?P<p1>早上|早)\s*(?P<h1>{_HOUR})\s*点(?P<half1>半)?\s*[，,、]?\s*(?P<p2>晚上|晚)\s*(?P<h2>{_HOUR})\s*点"
    r"(?P<half2>半)?(?!\s*(?:前|以前|之前|后|以后|之后))"
)
# an evening's start worked into the small hours, no clock said for the end: "晚7点到凌晨", "晚上八点干到半夜" (issue 22,
# session 14: the fifth review's 物流园装车); its end is taken as 01:00, the least that 凌晨 says
_INTO_SMALL_HOURS = re.compile(
    rf"(?P<p1>下午|傍晚|晚上|晚)\s*(?P<h1>{_HOUR})\s*点(?P<half1>半)?\s*(?:到|至|-|~|～|(?:干|做|上班|工作)到)\s*"
    r"(?:第二天|次日)?(?:凌晨|半夜|后半夜)(?!\s*[\d一二两三四五六七八九十])"
)
_SMALL_HOURS_END = 60
# an arrival named by the part of the day ("车一般下午到", "下午开工") and a clock to finish by ("晚上十点前肯定卸完")
_ARRIVAL = re.compile(r"(?P<p1>上午|中午|下午|傍晚|晚上)(?:[^，。；,;\d]{0,2}?)(?:到|来|开始|开工|上班|到岗)")
_PART_STARTS = {"上午": 8 * 60, "中午": 12 * 60, "下午": 14 * 60, "傍晚": 17 * 60, "晚上": 18 * 60}
_FINISH_BY = re.compile(
    rf"(?P<p2>{_PART})?\s*(?P<h2>{_HOUR})\s*点(?P<half2>半)?\s*(?:前|之前|以前|左右)?[^，。；,;\d]{{0,4}}?"
    r"(?:卸完|干完|做完|忙完|结束|收工|下班|完工|完事)"
)
_EVENING = ("下午", "傍晚", "晚上", "晚", "夜里")
_WORK_WORDS = re.compile(r"上班|工作|时间|班|营业|作息|早|晚|午|休息|点")
# money said just before a dotted range: a wage, a commission, a price ("每件提成3.00-5.00", "单价2.50-4.00")
_MONEY = re.compile(r"[¥￥]|薪|资|提成|单价|价格?|每件|每单|计件|一件|一单|费|补贴|奖")


def loose_ranges(text: str, *, arrival: bool = True) -> list[Range]:
    """The loosely written ranges of a posting's text, first to last; with `arrival`, also an arrival and a finish
    (only where the text states no stricter range, which would be the day)."""
    found = [r for m in _DOTTED.finditer(text) if (r := _dotted(text, m)) is not None]
    found += [r for m in _WORKED_TILL.finditer(text) if (r := _worked(m)) is not None]
    found += [r for m in _EARLY_LATE.finditer(text) if (r := _worked(m)) is not None]
    found += [r for m in _INTO_SMALL_HOURS.finditer(text) if (r := _into_small_hours(m)) is not None]
    if not found and arrival:
        found += _arrival_and_finish(text)
    return _after_noon(sorted(found, key=lambda r: r.at))


def _after_noon(ranges: list[Range]) -> list[Range]:
    """A range in the small hours with no part of the day, after one ending about noon, is the afternoon's
    ("8.30-12.00 1.30-6.00": 13:30-18:00), as `clocks` reads the stricter shapes."""
    out: list[Range] = []
    for r in ranges:
        last = out[-1] if out else None
        late = last is not None and 11 * 60 <= last.end <= 14 * 60 + 30 and not last.overnight
        if late and not r.part and r.start < 7 * 60 and r.start < r.end <= 12 * 60:
            r = Range(r.start + 12 * 60, r.end + 12 * 60, r.at, r.until, r.words, r.part)
        out.append(r)
    return out


def _minutes(hour: int, minutes: int, part: str) -> int:
    """A clock with the part of the day it is said in ("晚上十点" 22:00, "晚12:00" midnight)."""
    if part in _EVENING and hour < 12:
        hour += 12 if part not in ("夜里",) or hour >= 7 else 0
    elif part in ("晚上", "晚", "夜里") and hour == 12:
        hour = 24
    elif part == "中午" and hour < 6:
        hour += 12
    return hour * 60 + minutes


def _span(start: int, end: int, end_part: str) -> tuple[int, int] | None:
    """Start and end as stated; an end bare and before the start is the afternoon's ("8.30-6.30"), one said in the
    small hours or the next morning runs past midnight ("18:00一凌晨2点")."""
    if not end_part and end < start < end + 12 * 60 <= 24 * 60:
        end += 12 * 60
    if not 0 <= start < 24 * 60 or not 0 <= end <= 24 * 60 or start == end:
        return None
    length = (end - start) % (24 * 60)
    return (start, end) if 60 <= length <= 16 * 60 else None  # not "3.10-3.20" (a date) nor a day and more


def _dotted(text: str, m: re.Match[str]) -> Range | None:
    if "." not in m.group(0) and "一" not in m.group(0) and "--" not in m.group(0):
        return None  # a plain range: `CLOCK_RANGE`'s
    clause = text[max(0, m.start() - 24) : m.end() + 6]
    money = re.split(r"[，,。；;！!\n]", text[max(0, m.start() - 6) : m.start()])[-1]
    if not _WORK_WORDS.search(clause) or _MONEY.search(money):
        return None
    p1, p2 = m.group("p1") or "", m.group("p2") or ""
    start = _minutes(int(m.group("h1")), int(m.group("n1")), p1)
    end = _minutes(int(m.group("h2")), int(m.group("n2")), p2)
    span = _span(start, end, p2)
    return None if span is None else Range(*span, m.start(), m.end(), m.group(0), p1)


def _worked(m: re.Match[str]) -> Range | None:
    p1, p2 = m.group("p1") or "", m.group("p2") or ""
    start = _minutes(small_number(m.group("h1")), 30 if m.group("half1") else 0, p1)
    end = _minutes(small_number(m.group("h2")), 30 if m.group("half2") else 0, p2)
    if not p1 and start < 7 * 60:
        start += 12 * 60  # "两点干到十点": the afternoon
    span = _span(start, end, p2 if p2 not in ("早上", "早", "凌晨", "上午") else "morning")
    return None if span is None else Range(*span, m.start(), m.end(), m.group(0), p1)


def _into_small_hours(m: re.Match[str]) -> Range | None:
    start = _minutes(small_number(m.group("h1")), 30 if m.group("half1") else 0, m.group("p1"))
    span = _span(start, _SMALL_HOURS_END, "morning")
    return None if span is None else Range(*span, m.start(), m.end(), m.group(0), m.group("p1"))


def _arrival_and_finish(text: str) -> list[Range]:
    """ "车一般下午到，晚上十点前肯定卸完": from the part of the day's start (14:00) to the clock (22:00)."""
    arrival = _ARRIVAL.search(text)
    finish = _FINISH_BY.search(text, arrival.end()) if arrival is not None else None
    if arrival is None or finish is None or finish.start() - arrival.end() > 20:
        return []
    part = finish.group("p2") or ""
    end = _minutes(small_number(finish.group("h2")), 30 if finish.group("half2") else 0, part)
    end += 12 * 60 if not part and end < 12 * 60 else 0
    start = _PART_STARTS[arrival.group("p1")]
    if not start < end <= 24 * 60:
        return []
    return [Range(start, end, arrival.start(), finish.end(), text[arrival.start() : finish.end()])]
