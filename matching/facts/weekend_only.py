"""Whether a posting works a weekday, for a person free at the weekend only ("周末两天有空，平时上班")."""

from __future__ import annotations

from collections.abc import Iterable

from matching.facts.days import week_days
from matching.facts.fact import Fact
from matching.facts.workdays import worked_weekdays

WEEKEND_DAYS = frozenset({6, 7})
# words of the days a posting works, or of work whose days are arranged: part-time ("兼职", "零工", "按小时") or at
# home ("在家做手工，计件"); what the post says of its days is then read as said
_DAYS_SAID = frozenset({"workdays", "weekends_off", "weekends_worked", "part_time", "remote"})


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
