"""零工 by the hour: a posting's shifts against the times a seeker says they are free, and which shifts are soon.

A shift is "08:00-12:00" (every day the posting runs), "周六 08:00-12:00" (each Saturday) or "2026-12-05 08:00-12:00"
(that day); one ending at or before it starts runs overnight into the next day. A seeker is free in weekly windows
(周一至周五 08:00–12:00) and on dates. A shift fits when, on some day it falls on, one free window (touching windows
join) holds it whole; a posting fits when one of its shifts does. Seekers who gave no free times are never filtered.
Free times a seeker only wrote ("只能上午": `facts` code "free") stand in for those they did not give, and say so.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from matching.facts import Fact

DAY_MINUTES = 24 * 60
HORIZON_DAYS = 28  # how far ahead an undated or weekly shift is looked for a free day
WEEKDAY_NAMES = "一二三四五六日"
_CLOCK = r"(?:[01][0-9]|2[0-3]):[0-5][0-9]"  # ASCII digits: a full-width one is folded first (`typed_shift`)
_END = r"(?:(?:[01][0-9]|2[0-3]):[0-5][0-9]|24:00)"
# The day is optional: a plain "08:00-12:00" is the format postings used before days could be named.
SHIFT = re.compile(
    rf"^(?:(?P<day>周[一二三四五六日天]|[0-9]{{4}}-[0-9]{{2}}-[0-9]{{2}})\s*)?(?P<start>{_CLOCK})-(?P<end>{_END})$"
)
CLOCK = re.compile(rf"^{_CLOCK}$")
END_CLOCK = re.compile(rf"^{_END}$")
# How phones and sheets type a shift: full-width digits and punctuation (８：００－１７：３０), other dashes and tildes
# (8:00~17:30, 8:00至17:30), an hour without its 0 (8:00), a dot for the colon (8.30), spaces around the dash.
_FULL_WIDTH = str.maketrans({**{chr(code): chr(code - 0xFEE0) for code in range(0xFF01, 0xFF5F)}, "\u3000": " "})
_DASHES = str.maketrans(dict.fromkeys("—–‐‑−﹣~〜至到", "-"))  # after the fold: ～ is ~ by then
_TYPED_CLOCK = r"([0-9]{1,2})\s*[:.]\s*([0-9]{2})"
_TYPED_SHIFT = re.compile(
    rf"(?P<day>周[一二三四五六日天]|[0-9]{{4}}-[0-9]{{1,2}}-[0-9]{{1,2}})?\s*{_TYPED_CLOCK}\s*-+\s*{_TYPED_CLOCK}"
)


@dataclass(frozen=True, slots=True)
class Shift:
    text: str
    start: int  # minutes after midnight
    end: int  # > start; past DAY_MINUTES for an overnight shift
    weekday: int | None = None  # 0 = Monday
    on: date | None = None

    def falls_on(self, day: date) -> bool:
        if self.on is not None:
            return day == self.on
        return self.weekday is None or day.weekday() == self.weekday


@dataclass(frozen=True, slots=True)
class Weekly:
    weekdays: frozenset[int]  # 0 = Monday
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Dated:
    on: date
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class FreeTimes:
    weekly: tuple[Weekly, ...] = ()
    dates: tuple[Dated, ...] = ()
    written: str = ""  # the person's own words they were read from ("只能上午"); "": given as times

    def __bool__(self) -> bool:
        return bool(self.weekly or self.dates)

    def windows_on(self, day: date) -> list[tuple[int, int]]:
        """The free windows of that day, touching or overlapping ones joined, earliest first."""
        spans = sorted(
            [(w.start, w.end) for w in self.weekly if day.weekday() in w.weekdays]
            + [(d.start, d.end) for d in self.dates if d.on == day]
        )
        joined: list[tuple[int, int]] = []
        for start, end in spans:
            if joined and start <= joined[-1][1]:
                joined[-1] = (joined[-1][0], max(joined[-1][1], end))
            else:
                joined.append((start, end))
        return joined

    def holds(self, day: date, start: int, end: int) -> bool:
        if end > DAY_MINUTES:  # overnight: the evening on `day`, the early hours on the next
            return self.holds(day, start, DAY_MINUTES) and self.holds(day + timedelta(days=1), 0, end - DAY_MINUTES)
        return any(s <= start and end <= e for s, e in self.windows_on(day))


@dataclass(frozen=True, slots=True)
class Fit:
    """A posting's verdict against the seeker's free times, with the words a seeker reads."""

    holds: bool
    why: str  # "周六 08:00–12:00 与您的空闲时间相符" / "班次与您的空闲时间不符"
    day: date | None = None  # the first day the fitting shift can be worked


def minutes(clock: str) -> int:
    hours, mins = clock.split(":")
    return int(hours) * 60 + int(mins)


def clock(total: int) -> str:
    if total != DAY_MINUTES:  # "24:00" ends a day; later minutes are the next morning's
        total %= DAY_MINUTES
    return f"{total // 60:02d}:{total % 60:02d}"


def parse_shift(text: str) -> Shift | None:
    found = SHIFT.match(text.strip())
    if found is None:
        return None
    start, end = minutes(found["start"]), minutes(found["end"])
    if end <= start:
        end += DAY_MINUTES
    day = found["day"]
    if day is None:
        return Shift(text, start, end)
    if day.startswith("周"):
        return Shift(text, start, end, weekday=(WEEKDAY_NAMES + "日").index(day[1].replace("天", "日")))
    try:
        return Shift(text, start, end, on=date.fromisoformat(day))
    except ValueError:
        return None


def typed_shift(typed: str) -> str | None:
    """A shift as typed (８：００－１７：３０, 周六 8:00~12:00) in the form `SHIFT` reads (08:00-17:30, 周六 08:00-12:00);
    None when it is no shift. Only the digits, punctuation and spacing change, so what was typed is the same shift."""
    found = _TYPED_SHIFT.fullmatch(typed.translate(_FULL_WIDTH).translate(_DASHES).strip())
    if found is None:
        return None
    day = found["day"]
    if day and not day.startswith("周"):
        year, month, mday = day.split("-")
        day = f"{year}-{int(month):02d}-{int(mday):02d}"
    start_h, start_m, end_h, end_m = (int(found[i]) for i in range(2, 6))
    text = f"{start_h:02d}:{start_m:02d}-{end_h:02d}:{end_m:02d}"
    text = f"{day} {text}" if day else text
    return text if parse_shift(text) is not None else None


def shift_problem(text: str) -> str | None:
    """Why a shift cannot be read, in a clerk's words; None when it can."""
    if parse_shift(text) is None:
        return f"班次格式应为 HH:MM-HH:MM，可在前面写星期或日期（周六 08:00-12:00）：{text}"
    return None


def parse_shifts(texts: Iterable[str]) -> list[Shift]:
    return [s for s in (parse_shift(t) for t in texts) if s is not None]


def occurrences(shift: Shift, today: date, horizon_days: int = HORIZON_DAYS) -> Iterable[date]:
    """The days from today on that the shift can be worked, nearest first; a weekly or daily one within the horizon."""
    if shift.on is not None:
        if shift.on >= today:
            yield shift.on
        return
    for ahead in range(horizon_days):
        day = today + timedelta(days=ahead)
        if shift.falls_on(day):
            yield day


def fit(texts: Sequence[str], free: FreeTimes | None, today: date) -> Fit:
    """Does one of the posting's shifts fall inside the seeker's free times? No shifts, or no free times given:
    nothing to judge, and it holds, saying so."""
    shifts = parse_shifts(texts)
    if not shifts:
        return Fit(True, "")
    if not free:
        return Fit(True, "未填写空闲时间，未按班次筛选")
    found = [(day, s) for s in shifts for day in occurrences(s, today) if free.holds(day, s.start, s.end)]
    source = f"（按简历中「{free.written}」判断）" if free.written else ""
    if not found:
        return Fit(False, f"班次与您的空闲时间不符{source}")
    day, shift = min(found, key=lambda f: (f[0], f[1].start))
    return Fit(True, f"{day_label(shift, day)} {span(shift)} 与您的空闲时间相符{source}", day)


def written_free_times(facts: Iterable[Fact]) -> FreeTimes | None:
    """The weekly windows a person wrote they are free in (facts "free": "67 00:00-24:00"), all of them together,
    quoting their words; None when they wrote none."""
    said = {f.value: f.evidence for f in facts if f.code == "free" and f.value}
    if not said:
        return None
    quoted = "」「".join(dict.fromkeys(said.values()))
    return FreeTimes(weekly=tuple(_written_window(value) for value in said), written=quoted)


def _written_window(value: str) -> Weekly:
    days, _, window = value.partition(" ")
    start, _, end = window.partition("-")
    return Weekly(frozenset(int(d) - 1 for d in days), minutes(start), minutes(end))


def soonest(texts: Sequence[str], free: FreeTimes | None, today: date) -> date | None:
    """Today or tomorrow, when the posting has a shift then that the seeker can work (any, with no free times)."""
    tomorrow = today + timedelta(days=1)
    days = [
        day
        for s in parse_shifts(texts)
        for day in occurrences(s, today, 2)
        if day <= tomorrow and (not free or free.holds(day, s.start, s.end))
    ]
    return min(days, default=None)


def soon_words(day: date, today: date) -> str:
    return "今天有班" if day == today else "明天有班"


def day_label(shift: Shift, day: date) -> str:
    if shift.on is not None:
        return f"{day.month}月{day.day}日"
    return f"周{WEEKDAY_NAMES[day.weekday()]}"


def span(shift: Shift) -> str:
    return f"{clock(shift.start)}–{clock(shift.end)}"
