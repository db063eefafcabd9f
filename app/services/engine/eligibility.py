"""Which job types a seeker may be matched with, as index kind bits, by the programme rules."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from app.vocabulary import JOB_TYPE_BIT, JobType, PriorityGroup
from matching.facts import Fact, Limits, graduation_of, seeker_limits
from matching.programmes import Applicant, Said, Verdict, verdict

TIMELESS = frozenset({JobType.PUBLIC_WELFARE})  # rules that do not change with the calendar


def applicant_of(seeker: Any) -> Applicant:
    """A Jobseeker, or a row selecting its birth_date, graduation_date, employment_status, priority_groups and
    facts. A field wins; left empty, what the person wrote stands in ("2025年6月毕业", "22岁", "一直在家待业",
    "在社区登记了就业困难人员"), and the verdict says so."""
    facts = [Fact.from_json(f) for f in getattr(seeker, "facts", None) or []]
    graduated, words = seeker.graduation_date, None
    if graduated is None:
        read = graduation_of(facts)
        if read is not None:
            graduated, words = read[0], read[1].evidence
    return Applicant(
        seeker.birth_date,
        graduated,
        seeker.employment_status,
        frozenset(seeker.priority_groups or ()),
        words,
        said_in(facts),
    )


def limits_of(facts: Iterable[Fact], groups: Iterable[str] | None) -> Limits:
    """A seeker's limits (`matching.facts.seeker_limits`) with the declared disabled group counted: without it, or a
    disability stated under consent, a post reserved for certified disabled people is demoted, not hidden."""
    return seeker_limits(facts, disabled=PriorityGroup.DISABLED in set(groups or ()))


def said_in(facts: Iterable[Fact]) -> Said:
    """What the programme rules may read from a person's words: an age, being out of work, a registration as hard to
    employ (`matching.facts.standing`), each with its words for the verdict."""
    by_code = {f.code: f for f in reversed(list(facts))}  # the first words that said it
    age = by_code.get("age")
    ages = _ages(age.value) if age is not None else None
    return Said(
        ages,
        age.evidence if age is not None and ages is not None else "",
        by_code["out_of_work"].evidence if "out_of_work" in by_code else "",
        (("hard_to_employ", by_code["hard_to_employ"].evidence),) if "hard_to_employ" in by_code else (),
    )


def _ages(value: str | None) -> tuple[int, int] | None:
    """ "22" -> (22, 22); "20-29" -> (20, 29); "50-" (no oldest) or not an age -> None."""
    low, _, high = (value or "").partition("-")
    if not low.isdigit() or (high and not high.isdigit()) or (not high and "-" in (value or "")):
        return None
    return int(low), int(high or low)


def seeker_mask(job_types: Iterable[str], applicant: Applicant, today: date | None) -> int:
    """The job types a seeker accepts and is eligible for on `today`. With today=None only the rules
    that never change with time apply (公益性岗位): the index stores that superset, and every hit is
    judged again on the day it is shown."""
    wanted = [JobType(t) for t in job_types] or list(JobType)
    return sum(
        JOB_TYPE_BIT[t]
        for t in wanted
        if (today is None and t not in TIMELESS) or verdict(t, applicant, today or date.min).eligible
    )


def local_today(now: datetime | None = None, timezone: str = "Asia/Shanghai") -> date:
    """The programme rules count days as people there do."""
    return (now or datetime.now(UTC)).astimezone(ZoneInfo(timezone)).date()


def verdicts(applicant: Applicant, today: date) -> list[Verdict]:
    """Every job type's verdict for this seeker, with its explanation."""
    return [verdict(t, applicant, today) for t in JobType]
