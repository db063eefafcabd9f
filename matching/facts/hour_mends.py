"""A second look at the hours and free windows a person's words gave (`own_hours`, `schedule`, `workweek`), clause by
clause, for what the first readers take the wrong way round: a range said at night ("夜里十一点到早上七点可以",
"后半夜1点到5点能干") read in the day; an evening range after work ("下班后7点到10点") read in the morning; a busy
range ("中午11点到下午2点忙完才能出来") read as the free one; a place's, a meal's, a break's or someone else's hours
("我们快递站晚上10点以后才来货", "食堂12点到1点吃饭", "我姐在你们厂上班，早上7点到晚上7点") read as the person's; and a
start at night ("晚上十点以后都行") read as a window that closes at midnight, which keeps out the night jobs the person
offers: a start from 21:00 (from 18:00 where nights are offered, "可以上夜班", or its clause runs to the next morning
with no clock, "晚上七点以后到第二天早上都有空": session 19) runs on to the next morning."""

from __future__ import annotations

import dataclasses
import re

from matching.facts import cues
from matching.facts.cues import CLAUSE_STOP, stop_after, stop_before
from matching.facts.fact import Fact, Family, Modality
from matching.facts.numerals import small_number

_H = r"(\d{1,2}|十[一二]?|[一二两三四五六七八九])"
_PART = r"(早上|早晨|清晨|上午|中午|下午|傍晚|晚上|夜里|夜间|深夜|后半夜|下半夜|半夜|凌晨)?"
_RANGE = re.compile(
    _PART + r"\s*" + _H + r"\s*[点:：](半|30)?\s*(?:到|至|-|~)\s*" + _PART + r"\s*" + _H + r"\s*[点:：]?(半|30)?"
)
_NIGHT_WORD = re.compile(r"夜里|夜间|深夜|后半夜|下半夜|半夜|凌晨")
_AFTER_WORK = re.compile(r"下班(?:以后|之后|后)|下了班|晚饭(?:以后|之后|后)|吃(?:完|过|了)晚饭")
# busy through the range, free after it: "忙完才能出来", "送完孙子后有空"
_BUSY_THEN_FREE = re.compile(
    r"^\s*(?:要|得|都)?(?:忙|送|接|做|干|弄|带|陪)[^，。；]{0,5}?(?:完|好)(?:了)?[^，。；]{0,5}?(?:以后|之后|后)?\s*"
    r"(?:才|就)?(?:能|有空|可以|出来|有时间)"
)
# busy said in the range's clause, free in the next: "11点到1点店里忙，忙完以后能来", "5点到7点卖早点，卖完才有空"
_BUSY_HERE = re.compile(r"^\s*[^，。；,;]{0,6}?(?:忙|卖|送|接|做|干|弄|带|陪)[^，。；,;可能有行]{0,4}$")
_FREE_ONCE_DONE = re.compile(
    r"^\s*(?:等)?[\u4e00-\u9fff]{0,2}?(?:完|好)(?:了)?(?:以后|之后|后)?\s*(?:我)?(?:才|就)?(?:能|有空|可以|出来|有时间)"
)
# a place's, a meal's or a break's hours, or the time the person gets up: none of them a window to work in
_NOT_A_WINDOW = re.compile(
    r"来货|到货|吃饭|用餐|食堂(?!帮|打|干|做|上班|洗)|午休|(?:要|得)休息|起来|起床|我们(?:快递站|店|超市|厂|公司|单位|小区|食堂|学校)"
)
# a clause about someone else's work, before the range's: "我姐在你们厂上班"
_OTHERS_JOB = re.compile(
    rf"^\s*(?:我|俺)?(?:家)?(?:{cues.OTHER_PEOPLE})[^我]{{0,12}}?"
    r"(?:上班|干活|打工|做事)"
)
# ... or their shift, before a range of hours that is its hours ("我老公上夜班，晚上十点到早上六点"; not a clock of the
# person's errand after it: "爱人上夜班，孩子四点放学得去接")
_OTHERS_SHIFT = re.compile(rf"^\s*(?:我|俺)?(?:家)?(?:{cues.OTHER_PEOPLE})[^我]{{0,8}}?上(?:夜|白|早|晚|中|大夜)班")
_SELF = re.compile(r"我|俺")
_NIGHTS_OFFERED = re.compile(r"(?:可以|能|愿意|接受)(?:上|值)?夜班|夜班(?:也|都)?(?:可以|行|能|没问题)|通宵")
# the window's end said as the next morning with no clock: "到第二天早上", "到次日早上", "一直到天亮", "到早上" (a clock is `day_window`'s)
_TO_NEXT_MORNING = re.compile(
    r"(?:到|至)\s*(?:(?:第二天|次日|隔天)?(?!\s*(?:早上|早晨|清早|一早|上午|早)?\s*(?:\d|[一二两三四五六七八九十])\s*[点:：])"
    r"(?:(?:第二天|次日|隔天)(?:早上|早晨|清早|一早|上午|早)?|早上|早晨|清早)|天亮)"
)
_NIGHT_START, _EVENING_START, _NEXT_MORNING = 21 * 60, 18 * 60, 24 * 60 + 8 * 60


def mended_hours(text: str, found: list[Fact]) -> list[Fact]:
    """`found` with the person's hours and free windows read again in their clauses (module doc)."""
    nights = bool(_NIGHTS_OFFERED.search(text))
    out: list[Fact] = []
    for f in found:
        if f.family is not Family.SCHEDULE or f.code not in ("hours", "free") or f.modality is not Modality.LIMIT:
            out.append(f)
            continue
        mended = _mended(text, f, nights)
        if mended is not None:
            out.append(mended)
    return out


def _mended(text: str, f: Fact, nights: bool) -> Fact | None:
    at = text.find(f.evidence.split("…")[-1])
    if at < 0:
        return f
    low, high = stop_before(text, at, CLAUSE_STOP), stop_after(text, at + 1, CLAUSE_STOP)
    clause = text[low:high]
    days, span = _value(f)
    m = _RANGE.search(clause)
    if _NOT_A_WINDOW.search(clause) and not _around(f, span, m):
        return None
    previous = _previous_clause(text, low)
    if (_OTHERS_JOB.match(previous) or (m is not None and _OTHERS_SHIFT.match(previous))) and not _SELF.search(clause):
        return None  # "我姐在你们厂上班，早上7点到晚上7点", not "我老公上夜班，我晚上十点到早上六点能干"
    if m is not None and span is not None:
        start, end = (
            _clock(m.group(1), m.group(2), m.group(3)),
            _clock(m.group(4) or m.group(1), m.group(5), m.group(6)),
        )
        if end == 0 and start > 0:
            end = 24 * 60  # "夜里9点到12点": till midnight
        elif m.group(4) is None and (end <= start or (_NIGHT_WORD.fullmatch(m.group(1) or "") and start < 6 * 60)):
            end = _clock(None, m.group(5), m.group(6))  # "夜里11点到7点", "夜里两点到六点": the end in the morning
        if _BUSY_THEN_FREE.match(clause[m.end() :]) or (
            _BUSY_HERE.match(clause[m.end() :]) and _FREE_ONCE_DONE.match(_next_clause(text, high))
        ):
            end = end + 12 * 60 if end <= start else end
            if f.code == "free" and span[0] == end % (24 * 60):
                return f  # read from the end already ("送完孩子才有空": till the school day ends)
            return _as_free(f, days, end % (24 * 60), 24 * 60)  # free once the busy range is over
        if _NIGHT_WORD.search(clause[: m.start() + len(m.group(1) or "")]):
            return None if f.code == "free" else dataclasses.replace(f, value=f"{_hm(start)}-{_hm(end)}")
        if _AFTER_WORK.search(clause[: m.start()]) and span[1] <= 12 * 60 and span[0] >= 5 * 60:
            return _shifted(f, days, span[0] + 12 * 60, span[1] + 12 * 60)  # "下班后7点到10点": the evening
    to_morning = nights or bool(_TO_NEXT_MORNING.search(clause))
    opens = span is not None and (span[0] >= _NIGHT_START or (to_morning and span[0] >= _EVENING_START))
    if f.code == "free" and span is not None and span[1] == 24 * 60 and opens:
        return _shifted(f, days, span[0], _NEXT_MORNING)  # a start at night runs on into the night
    return f


def _around(f: Fact, span: tuple[int, int] | None, m: re.Match[str] | None) -> bool:
    """Whether a free window lies beside the clause's range, not on it: the time around a busy hour ("12点到1点要接孩子
    放学回家吃饭": free before 12:00 and after 13:00), which a meal or a break named in the clause does not undo."""
    if f.code != "free" or span is None or m is None:
        return False
    start, end = _clock(m.group(1), m.group(2), m.group(3)), _clock(m.group(4) or m.group(1), m.group(5), m.group(6))
    return span[1] % 720 == start % 720 or span[0] % 720 == end % 720


def _next_clause(text: str, high: int) -> str:
    return text[high + 1 : stop_after(text, high + 1, CLAUSE_STOP)] if high < len(text) else ""


def _previous_clause(text: str, low: int) -> str:
    if low <= 1:
        return ""
    return text[stop_before(text, low - 1, CLAUSE_STOP) : low - 1]


def _clock(part: str | None, hour: str, half: str | None) -> int:
    """A clock in the part of the day its word names, in minutes (夜里十一点: 23:00; 后半夜1点: 01:00)."""
    h = small_number(hour)
    if (
        (part in ("下午", "傍晚", "晚上") and h < 12)
        or (part in ("夜里", "夜间", "深夜") and 6 <= h < 12)
        or (part == "中午" and h < 5)
    ):
        h += 12
    elif part in ("夜里", "夜间", "深夜", "半夜") and h == 12:
        h = 0  # "深夜12点": midnight
    return (h % 24) * 60 + (30 if half else 0)


def _value(f: Fact) -> tuple[str, tuple[int, int] | None]:
    value = f.value or ""
    days, _, span = value.partition(" ") if f.code == "free" else ("", "", value.partition("/")[0])
    start, _, end = span.partition("-")
    try:
        return days, (_minute(start), _minute(end))
    except ValueError:
        return days, None


def _shifted(f: Fact, days: str, start: int, end: int) -> Fact:
    span = f"{_hm(start)}-{_hm(end)}"
    return dataclasses.replace(f, value=f"{days} {span}" if f.code == "free" else span)


def _as_free(f: Fact, days: str, start: int, end: int) -> Fact:
    return dataclasses.replace(f, code="free", value=f"{days or '1234567'} {_hm(start)}-{_hm(end)}")


def _minute(clock: str) -> int:
    hours, _, mins = clock.partition(":")
    return int(hours) * 60 + int(mins)


def _hm(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"
