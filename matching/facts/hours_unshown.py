"""A posting's hours not shown where `Limits.fits` needs them: a night or a rota said without its hours."""

from __future__ import annotations

import re
from collections.abc import Sequence

from matching.facts.clocks import DAY_START, LATE_END
from matching.facts.fact import Fact
from matching.facts.hour_spans import spans_of


def night_unshown(job_facts: list[Fact]) -> bool:
    """A night said ("夜班") with no hours to judge it by: none shown, or only a day's beside it ("8点到5点半，偶尔夜里
    值班": the night duty's hours are not those), unless the post is a day one ("长白班")."""
    if not any(f.code == "night" for f in job_facts):
        return False
    spans = spans_of(job_facts)
    if not spans:
        return True
    day_only = any(f.code == "day_shift" for f in job_facts) and not any(f.code == "shifts" for f in job_facts)
    return not day_only and not any(end > LATE_END or start < DAY_START for start, end in spans)


def night_only_by_open_start(windows: tuple[tuple[int, int], ...]) -> bool:
    """Whether the person's day reaches the night only by a start no words set (00:00 of "四点就得走", `day_window`),
    which keeps a dawn shift with its hours shown but says nothing for a night shift whose hours are not."""
    opened = any(a == 0 for a, _ in windows)
    return opened and not any(b > LATE_END or 0 < a < DAY_START for a, b in windows)


# days on and off ("做一休一", "上一休二"): one shift on the days worked, not shifts that turn within the day
_DAYS_CYCLE = re.compile(r"[做上干][一二两三四五六1-6]休[一二两三四1-4]")


_FLEXIBLE = re.compile(r"灵活|自由|弹性")


def arranged_rota(facts: Sequence[Fact]) -> bool:
    """A flexible rota of part-time work ("排班灵活，可兼职"): arranged round the worker's days and hours, so no weekend
    is implied worked (for "我周一三五有空") and no day window refuses it as a rota (issue 22 s16)."""
    rota = [f for f in facts if f.code == "shifts"]
    flexible = bool(rota) and all(_FLEXIBLE.search(f.evidence) for f in rota)
    return flexible and any(f.code in ("part_time", "own_hours") for f in facts)


def shifts_unshown(job_facts: list[Fact]) -> bool:
    """A rota whose shifts' hours are not all shown: fewer than two hours stated, unless the rota is days on and off
    with its one shift's hours shown ("做一休一，早9晚9": rev5's F4), or arranged round the worker (`arranged_rota`)."""
    rota = [f for f in job_facts if f.code == "shifts"]
    shown = sum(f.code == "hours" for f in job_facts)
    if not rota or shown >= 2 or arranged_rota(job_facts):
        return False
    return not (shown == 1 and all(_DAYS_CYCLE.search(f.evidence) for f in rota))
