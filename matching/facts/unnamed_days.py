"""The days a posting works where it does not name them: a full-time post works the weekdays (for a person free at
the weekend only, "周末两天有空，平时上班"), and a rota runs the week round (for one who cannot work one day)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from matching.facts.days import week_days
from matching.facts.fact import Fact
from matching.facts.workdays import worked_weekdays

WEEKEND_DAYS = frozenset({6, 7})
# words of the days a posting works, or of work whose days are arranged: part-time ("兼职", "零工", "按小时"), hours
# the worker sets ("时间自由", "众包") or at home ("在家做手工，计件"); what the post says of its days is then read as said
_DAYS_SAID = frozenset({"workdays", "weekends_off", "weekends_worked", "part_time", "own_hours", "remote"})

# rest days a month or week counted ("两班倒，月休4天", "单休"): which day is rested may be arranged, so the count check
# (`days.week_days`) has it
_RESTS_COUNTED = re.compile(r"月休|单休|周休|每周休|休息[一二两三四五六1-6]天|[一二两三四五六1-6]天休")


def works_weekdays(job_facts: Iterable[Fact]) -> bool:
    """The weekdays a posting names, or else, for a post that names none and says nothing of part-time work, a full
    week's (an ordinary job works Monday to Friday at least): "早8点到下午5点" works them, "周末全天" does not."""
    facts = list(job_facts)
    named = worked_weekdays(facts)
    if named:
        return bool(named - WEEKEND_DAYS)
    days = week_days(facts)
    if days is not None:
        return days > len(WEEKEND_DAYS)  # "双休", "做六休一": more days than the weekend holds
    return not any(f.code in _DAYS_SAID for f in facts)


def rota_all_week(job_facts: Iterable[Fact]) -> bool:
    """A rota that names no days it works or rests ("三班倒", "做一休一", "早班…晚班…轮班"): it runs every day, and the
    days each worker rests turn, so no one weekday is kept free ("礼拜天不能上班"; rev5's H5). Not shifts arranged
    ("排班上班"), which may be arranged round the day."""
    facts = list(job_facts)
    if not any(f.code == "shifts" and "排班" not in f.evidence for f in facts) or worked_weekdays(facts):
        return False
    return not any(f.code == "weekends_off" or _RESTS_COUNTED.search(f.evidence) for f in facts)
