"""Which job types a seeker may be matched with, as index kind bits, by the programme rules."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from app.vocabulary import JOB_TYPE_BIT, JobType
from matching.facts import Fact, graduation_of
from matching.programmes import Applicant, Verdict, verdict

TIMELESS = frozenset({JobType.PUBLIC_WELFARE})  # rules that do not change with the calendar


def applicant_of(seeker: Any) -> Applicant:
    """A Jobseeker, or a row selecting its birth_date, graduation_date, employment_status, priority_groups and
    facts. The graduation field wins; left empty, a graduation the person wrote ("2025年6月毕业") stands in,
    and the verdict says so."""
    graduated, words = seeker.graduation_date, None
    if graduated is None:
        read = graduation_of(Fact.from_json(f) for f in getattr(seeker, "facts", None) or [])
        if read is not None:
            graduated, words = read[0], read[1].evidence
    return Applicant(
        seeker.birth_date, graduated, seeker.employment_status, frozenset(seeker.priority_groups or ()), words
    )


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
