"""The days a posting works where it does not name them: a full-time post works the weekdays (for a person free on
some days only, "周末两天有空，平时上班", "我周一三五有空"), and a rota runs the week round (for one who cannot work one
day)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from matching.facts.day_choice import days_picked, week_picked
from matching.facts.days import week_days
from matching.facts.fact import Fact
from matching.facts.workdays import worked_weekdays

WEEKEND_DAYS = frozenset({6, 7})
_WEEKDAYS = frozenset(range(1, 6))
_ALL = frozenset(range(1, 8))
# work whose days are arranged: part-time ("兼职", "零工", "按小时"), hours the worker sets ("时间自由", "众包"), at
# home ("在家做手工，计件") or one of its days picked ("周六周日任选一天"); the days it names are read as said, and it
# implies none
_ARRANGED = frozenset({"part_time", "own_hours", "remote", "day_choice"})
# the weekend worked like the rest of the week, not as the job's own days: "周末要上班", "周六周日正常上班", "周末不休息"
_AS_WELL = re.compile(r"正常|照常|照样|一样|不休|无休|也|都|均|(?:要|需要?|得|必须)(?:上班|值班|工作|在岗|到岗|营业)")
# the weekend as the job's days: "周末兼职", "周末班", "只做周末", "周六日两天", "周末家教"
_WEEKEND_JOB = re.compile(r"兼职|周末班|周末工|只|仅|两天|2天|家教|促销|导购|小时工|钟点工|临时工|零工")

# rest days a month or week counted ("两班倒，月休4天", "单休"): which day is rested may be arranged, so the count check
# (`days.week_days`) has it
_RESTS_COUNTED = re.compile(r"月休|单休|周休|每周休|休息[一二两三四五六1-6]天|[一二两三四五六1-6]天休")


def needed_days(job_facts: Iterable[Fact]) -> frozenset[int]:
    """The weekdays a posting needs its worker on, for a person free on some days only ("我周一三五有空", "周末两天有
    空"): the days it names ("周一至周五", "周末两天"), with the weekdays where it works the weekend as well as them
    ("周末要上班", "周六周日正常上班"); else, for a full-time post, the weekdays an ordinary job works, and the weekend
    too where it says it works it ("周末不休息"). Empty where its days are arranged (part-time, 时间自由) or only
    counted ("做五休二": `days.week_days`, judged against `most_days`)."""
    facts = list(job_facts)
    arranged = any(f.code in _ARRANGED for f in facts)
    named = worked_weekdays(facts)
    if named:
        return named | _WEEKDAYS if named <= WEEKEND_DAYS and not arranged and _as_well(facts) else named
    if week_picked(facts):
        return _ALL  # "每周任选三天": picked from the seven, as many free (`days_missed`)
    if arranged or week_days(facts) is not None:
        return frozenset()
    weekend = WEEKEND_DAYS if any(f.code == "weekends_worked" for f in facts) else frozenset()
    return _WEEKDAYS | weekend


def days_missed(job_facts: Iterable[Fact], free_days: frozenset[int]) -> bool:
    """Whether a posting needs a day the person is not free on (`needed_days`): any, for a full-time post; every one it
    names, for part-time or arranged work, whose worker takes the days they can ("周末兼职" for "只有周六有空": kept), as
    many as it picks ("周一到周五任选三天": three)."""
    facts = list(job_facts)
    needed = needed_days(facts)
    if any(f.code in _ARRANGED for f in facts):  # "周一到周五任选三天": free on three of them
        return bool(needed) and len(needed & free_days) < min(days_picked(facts) or 1, len(needed))
    return bool(needed - free_days)


def refused_days_worked(job_facts: Iterable[Fact], refused: frozenset[int]) -> bool:
    """Whether a posting works a weekday the person cannot ("周末班" for "周日不行"): any it names, or, where the worker
    picks among them ("周六周日任选一天", "周一到周五任选三天"), so many that fewer are left than are picked."""
    facts = list(job_facts)
    named = worked_weekdays(facts)
    picked = days_picked(facts)
    if picked is not None:  # "周一到周五任选三天" for "周一不行": four days left to pick three of
        return bool(named) and len(named - refused) < min(picked, len(named))
    return bool(named & refused)


def _as_well(facts: list[Fact]) -> bool:
    """Whether the weekend a posting names is worked beside the week ("周末要上班"), not as the job's days ("周末兼职")."""
    said = [f.evidence for f in facts if f.code in ("workdays", "weekends_worked")]
    return any(_AS_WELL.search(words) for words in said) and not any(_WEEKEND_JOB.search(words) for words in said)


def rota_all_week(job_facts: Iterable[Fact]) -> bool:
    """A rota that names no days it works or rests ("三班倒", "做一休一", "早班…晚班…轮班"): it runs every day, and the
    days each worker rests turn, so no one weekday is kept free ("礼拜天不能上班"; rev5's H5). Not shifts arranged
    ("排班上班"), which may be arranged round the day."""
    facts = list(job_facts)
    if not any(f.code == "shifts" and "排班" not in f.evidence for f in facts) or worked_weekdays(facts):
        return False
    return not any(f.code == "weekends_off" or _RESTS_COUNTED.search(f.evidence) for f in facts)
