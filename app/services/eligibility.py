"""Which job types a seeker may be matched with, as index kind bits."""

from __future__ import annotations

from collections.abc import Iterable

from app.schemas.job import JobType
from app.schemas.jobseeker import PriorityGroup

JOB_TYPE_BIT = {job_type: 1 << i for i, job_type in enumerate(JobType)}


def job_mask(job_type: str) -> int:
    return JOB_TYPE_BIT[JobType(job_type)]


def seeker_mask(job_types: Iterable[str], priority_groups: Iterable[str]) -> int:
    """The job types a seeker accepts and is eligible for; 公益性岗位 only for hard-to-employ people."""
    wanted = [JobType(t) for t in job_types] or list(JobType)
    mask = sum(JOB_TYPE_BIT[t] for t in wanted)
    if PriorityGroup.HARD_TO_EMPLOY not in {PriorityGroup(g) for g in priority_groups}:
        mask &= ~JOB_TYPE_BIT[JobType.PUBLIC_WELFARE]
    return mask
