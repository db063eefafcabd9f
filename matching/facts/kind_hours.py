"""The hours a full-time post's kind of work keeps when its text says none of its own, and the seekers' days they break.

A 饭店洗碗工 whose text names no hours still works to nine at night, and a 公益性岗位 to five: a seeker who must leave at
16:30 for the school gate cannot take either. Where a posting's text is silent on its hours (no clock, start, part of
the day, length, shift or night) and it is full-time (not 兼职/零工, no hours of the worker's own choosing, 时间可商量),
the job nouns of its name imply what the labelled kind's day breaks (`kind_hours_table`, round 2's `kind_hours_table2`,
read in the order `ROWS` gives): each an `implied` schedule fact `kind_hours` valued by the limit and quoting the noun
("洗碗": 通常做到晚上; "代驾": 通常做到半夜, `late`, which an evening at home or nights refused cannot meet). Days are
read apart: a post that states its rest days (双休, 单休, 周一至周五) implies nothing of weekends, and one that states its
hours nothing of the day. A name of one who runs the work (`kind_nouns.NOT_DOING`: 主管, 文员) implies nothing.
`Limits.fits` keeps a post out
where one of these meets the seeker's day (`hours_refused`); stated hours are judged as before and always win.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Protocol

from matching.facts.bits import NIGHT_FROM, JobBits
from matching.facts.fact import Fact, Family, Modality, as_evidence
from matching.facts.kind_hours_table import AT_HOME, DAWN, EARLY, EVENING, HOUR_KINDS, LATE, LONG_DAY, PICKUP, WEEKEND
from matching.facts.kind_hours_table2 import ROUND2_KINDS
from matching.facts.kind_nouns import NOT_DOING
from matching.facts.posted_role import hired_in_place, posted_roles

__all__ = ["HOURS_WORDS", "KIND_HOURS", "ROWS", "hours_refused", "kind_hours"]

KIND_HOURS = "kind_hours"
CONFIDENCE = 0.6  # as a kind's bodily demand: the kind's usual day, not this post's words
HOURS_WORDS = {
    EARLY: "通常早上八点前上班",
    DAWN: "通常早上八点前上班",
    PICKUP: "通常下午四点半以后才下班",
    EVENING: "通常做到晚上",
    LATE: "通常做到半夜",
    WEEKEND: "通常周末也上班",
    LONG_DAY: "通常一天超过八小时",
}
# the labelled rows in the order they are read, the first whose noun a name holds deciding: the work done at home,
# round 2's narrower nouns (皮具厂手工缝制工 before 手工, 幼儿园厨师 before 厨师), then round 1's
ROWS = (*AT_HOME, *ROUND2_KINDS, *HOUR_KINDS)
_NOUNS = tuple((re.compile(words), limits) for words, limits in ROWS)
# the post's own day said: a clock, a start, a part of the day, a length, shifts or nights, or hours of the worker's
# choosing or a part-time post's
_DAY_SAID = frozenset(
    {
        "hours",
        "starts",
        "day_part",
        "day_hours",
        "shifts",
        "day_shift",
        "night",
        "shift_choice",
        "part_time",
        "own_hours",
    }
)
_WEEK_SAID = frozenset({"weekends_off", "weekends_worked", "workdays", "day_choice"})
# hours left to the worker or to agreement, which no code reads ("时间可商量", "上班时间可调")
_ARRANGED = re.compile(
    r"时间[^，。；,;]{0,3}?(?:商量|协商|商议|可调|面议|灵活|自由)|(?:自由|自主|灵活)安排|排班|可兼职|兼职|零工|临时工|短期|"
    r"均可|按次"
)
# a day shift said without its hours ("普工（长白包住）"), or the shop's hours, which the post's may not be ("营业时间早7晚10")
_DAY_WORDS = re.compile(r"长白|常白|白班|营业时间")
_NO_OVERTIME = re.compile(r"(?:不|无|不用|无需|没有)加班")
_WEEK_WORDS = re.compile(r"周末|周六|周日|礼拜|星期|休息|轮休|排休|月休|单休|双休")  # the week spoken of, in any way
PICKUP_BY = 16 * 60 + 30  # a day that must end by half past four (the school gate)
# a day that ends by six, as the labellers' "晚上6点以后不能干"; not the 19:00 where "晚上要回家" ends a window (`limits.
# EVENING_FROM`): the dev halves' judges read those words as nights, and kept day jobs that run to seven (issue 22 s21)
EVENING_BY = 18 * 60
DAY_OPENS = 8 * 60  # a day that opens only after eight; one that opens at eight misses a dawn start alone
LONGEST_DAY = 8 * 60


def kind_hours(title: str, text: str, found: Sequence[Fact]) -> list[Fact]:
    """The limits the post's kind breaks, where its text says nothing of its day or its week, each an `implied`
    `kind_hours` fact valued by the limit and quoting the noun; none for a part-time or arranged post."""
    codes = {f.code for f in found if not (f.code == "night" and f.value == "kind")}  # a guard's night: the kind's
    if _ARRANGED.search(text) or codes & {"part_time", "own_hours"}:
        return []
    day_said = bool(codes & _DAY_SAID) or bool(_DAY_WORDS.search(f"{title} {text}"))
    # 双休 or 不加班: a standard week of eight-hour days, neither evenings nor long days (a weekday's end still late)
    standard = "weekends_off" in codes or bool(_NO_OVERTIME.search(text))
    week_said = day_said or bool(codes & _WEEK_SAID) or bool(_WEEK_WORDS.search(text))
    noun, limits = _kind_of(title, text)
    kept = [
        lim
        for lim in limits
        if not (week_said if lim == WEEKEND else day_said or (standard and lim in (EVENING, LATE, LONG_DAY)))
    ]
    return [Fact(Family.SCHEDULE, KIND_HOURS, as_evidence(noun), CONFIDENCE, lim, Modality.IMPLIED) for lim in kept]


def _kind_of(title: str, text: str) -> tuple[str, tuple[str, ...]]:
    """The first labelled noun of the post's name and the limits its kind breaks; nothing for one who runs the work."""
    post = hired_in_place(title, text) or title.rpartition("招聘")[2]
    for name in [post, *posted_roles(title, text)]:
        if NOT_DOING.search(name):
            if name is post:
                return "", ()
            continue
        for noun, limits in _NOUNS:
            m = noun.search(name)
            if m is not None:
                return m.group(0), limits
    return "", ()


class DayLimits(Protocol):
    """What `hours_refused` reads of a person's `Limits` (named here: limits.py imports this module)."""

    @property
    def exclude(self) -> int: ...
    @property
    def held_window(self) -> tuple[int, int] | None: ...
    @property
    def held_windows(self) -> tuple[tuple[int, int], ...]: ...
    @property
    def longest_day(self) -> int | None: ...
    @property
    def because(self) -> tuple[tuple[int, Fact], ...]: ...


def hours_refused(limits: DayLimits, job_facts: Iterable[Fact]) -> list[Fact]:
    """The posting's kind hours that the person's day refuses: a day ending by 16:30 or by the evening, opening after
    eight (at eight, a dawn start only), weekends refused, or eight hours at most; a day into the night for one whose
    day ends before it ("晚上得回来": 19:00) or who refuses nights."""
    implied = [f for f in job_facts if f.code == KIND_HOURS]
    if not implied:
        return []
    refused = _refused(limits)
    return [f for f in implied if f.value in refused]


def _day_bounds(limits: DayLimits) -> tuple[int | None, int | None]:
    """The latest start and the earliest end the person's hours and free windows allow; neither for a night window."""
    windows = limits.held_windows
    spans = ([limits.held_window] if limits.held_window else []) + (
        [(min(a for a, _ in windows), max(b for _, b in windows))] if windows else []
    )
    start, end = max((a for a, _ in spans), default=None), min((b for _, b in spans), default=None)
    if end is not None and end > 24 * 60:  # "晚上七点以后到早上七点": a night, not a day that opens late or ends early
        return None, None
    return start, end


def _refused(limits: DayLimits) -> set[str]:
    start, end = _day_bounds(limits)
    refused = set()
    if end is not None and end <= PICKUP_BY:
        refused.add(PICKUP)
    if end is not None and end <= EVENING_BY:
        refused.add(EVENING)
    # a day to two at night (代驾, 烧烤): the judges of dev13 and dev15 refused 代驾 for "晚上得回来" as night work, but kept
    # kinds that only run into the evening (外卖, 同城跑腿, 班车: dev7, dev9, dev14), so a 19:00 end refuses `LATE` alone
    if (end is not None and end <= NIGHT_FROM) or limits.exclude & JobBits.NIGHT:
        refused.add(LATE)
    if start is not None and start >= DAY_OPENS:
        refused.update((DAWN, EARLY) if start > DAY_OPENS else (DAWN,))
    if any(f.code == "no_weekends" for _, f in limits.because):  # not "周一到周五都行", the days offered (s16)
        refused.add(WEEKEND)
    if limits.longest_day is not None and limits.longest_day <= LONGEST_DAY:
        refused.add(LONG_DAY)
    return refused
