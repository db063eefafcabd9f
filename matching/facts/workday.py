"""A posting's working day from the clock ranges one sentence states: windows and other times that are not the
work's, named breaks, a morning and an afternoon joined into one split day, and a lone half day."""

from __future__ import annotations

import re

from matching.facts.clocks import CLOCK_RANGE, Range

_BREAK = re.compile(r"午休|休息|吃饭|午饭|午餐|用餐|就餐")


# a break named right after its range ("12:00-13:00中午吃饭时间", "14:00-15:00为午休"), not the next words after a
# space ("9:00-18:30  午休时间：12:00-13:30") nor a length ("09:00-16:00午休1小时")
_BREAK_AFTER = re.compile(
    r"(?:中午|下午|晚上|傍晚)?(?:为)?(?:午休|休息|吃饭|午饭|午餐|晚饭|晚餐|用餐|就餐)(?![^，,。；;]{0,3}?[\d一二两半]\s*(?:个)?\s*(?:小时|分钟))"
)


# times that are not the work's: "面试时间早上9-12点，下午3-5点" (unless work words come between), not "根据面试定薪"
_NOT_WORK_TIME = re.compile(r"(?:面试|报名|咨询|来电|致电)(?:的)?(?:时间|时段)|面试[^，,。；;]{0,4}?安排")
_WORK_SAID = re.compile(r"上班|工作|作息")
_LABEL = re.compile(r"(?:上午|下午|晚上|中午|傍晚)?(?:上班|工作)时间")  # "8:00-12:00上午上班时间": a label, not 班
_WINDOW = re.compile(r"\s*(?:之间|之内|内|期间|范围)")


# "只上上午6:30-11:30", "每天下午4点到7点", a part-time job's "上午9点到下午1点": the whole day's work
_ONLY_HALF = re.compile(r"只(?:上|做|干|需|要)|仅(?:上|需|限)|半天|半日|每天|每日|时薪|兼职|钟点工|小时工|日结|临时")
_SEPARATE = re.compile(r"班|周|星期|夏|冬|季|或")  # words between two ranges that make them alternatives


def daily_hours(sentence: str, ranges: list[Range], *, alone: bool = False) -> list[Range]:
    """A posting's daily hours from the ranges one sentence states: a window ("5:00-22:00内排班") and a break
    between working hours ("午休12:00-13:30") are not working hours; a morning and an afternoon split by a break
    are one day ("9:00-12:00，13:30-18:00" → 09:00-18:00); a lone half day ("上午8点-12点") is a segment, not the
    day's hours, unless the sentence says it is all the work ("只上上午", "半天") or it is `alone`, the only range
    the whole text names."""
    kept = [r for r in ranges if not _WINDOW.match(sentence, r.until) and not _not_work_time(sentence, r)]
    breaks = [r for r in kept if _is_break(sentence, r, kept)]
    kept = [r for r in kept if r not in breaks]
    kept = [r for r in kept if not _spans_shifts(r, kept)]
    merged: list[Range] = []
    for r in kept:
        last = merged[-1] if merged else None
        between = _LABEL.sub("", CLOCK_RANGE.sub("", _BREAK.sub("", sentence[last.until : r.at]))) if last else ""
        if (
            last is not None
            and not last.overnight
            and not r.overnight
            and 0 < r.start - last.end <= 180
            and len(between) <= 20
            and not _SEPARATE.search(between)
        ):
            gaps = (*last.breaks, (last.end, r.start), *r.breaks)
            merged[-1] = Range(last.start, r.end, last.at, r.until, f"{last.words}…{r.words}", last.part, gaps)
        else:
            merged.append(r)
    if len(merged) == 1 and _half_day(merged[0]) and not _ONLY_HALF.search(sentence) and not alone:
        return []
    return [_with_breaks(r, breaks) for r in merged]


def _spans_shifts(r: Range, ranges: list[Range]) -> bool:
    """A range holding two or more others is the span of the shifts it names ("早8点到晚8点两班倒（早班8-14、晚班
    14-20）"), not a day's work."""
    inside = [
        o for o in ranges if o is not r and not r.overnight and not o.overnight and r.start <= o.start < o.end <= r.end
    ]
    return len(inside) >= 2


def _with_breaks(r: Range, breaks: list[Range]) -> Range:
    """A day with its named breaks inside it ("9:00-18:00，午休12:00-13:30"): the worked hours leave them out."""
    inside = [(b.start, b.end) for b in breaks if not r.overnight and r.start <= b.start and b.end <= r.end]
    if not inside:
        return r
    return Range(r.start, r.end, r.at, r.until, r.words, r.part, tuple(sorted({*r.breaks, *inside})))


def _is_break(sentence: str, r: Range, ranges: list[Range]) -> bool:
    others = [o for o in ranges if o is not r and not o.overnight]
    if not others or r.overnight:
        return False
    named = (
        r.part == "中午"
        or bool(
            _BREAK.search(
                sentence[max(0, r.at - 6, *(_label_end(sentence, o) for o in ranges if o.until <= r.at)) : r.at]
            )
        )
        or bool(_BREAK_AFTER.match(sentence, r.until))
    )
    return named and min(o.start for o in others) <= r.start and r.end <= max(o.end for o in others)


def _label_end(sentence: str, r: Range) -> int:
    """Where the words naming a range end: "12:00-13:00中午吃饭时间" names its own break, not the next range's."""
    label = _BREAK_AFTER.match(sentence, r.until)
    return r.until if label is None else label.end()


def _not_work_time(sentence: str, r: Range) -> bool:
    said = [m.end() for m in _NOT_WORK_TIME.finditer(sentence, 0, r.at)]
    return bool(said) and not _WORK_SAID.search(sentence, said[-1], r.at)


def _half_day(r: Range) -> bool:
    return (
        r.part in ("上午", "早上", "早晨", "下午")
        and not r.overnight  # "下午6点到第二天早上6点" is a night, not half a day
        and r.end - r.start <= 300
        and (r.end <= 13 * 60 or 12 * 60 <= r.start < r.end <= 18 * 60)  # "下午3点到晚上8点": the day's work
    )
