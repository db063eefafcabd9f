"""The shared words: roles, priority groups, job types and their bit sets, imported by every layer above.

It sits at the bottom of `app/`: it imports nothing from the app, so config, models, schemas and services
can all speak the same words without importing one another.
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum
from typing import Literal


class Role(StrEnum):
    JOBSEEKER = "jobseeker"
    EMPLOYER = "employer"  # a member of one employer
    OPERATOR = "operator"  # community, fair or district staff, scoped to districts
    ADMIN = "admin"


class PriorityGroup(StrEnum):
    COLLEGE_GRADUATE = "college_graduate"
    MIGRANT_WORKER = "migrant_worker"
    VETERAN = "veteran"
    POVERTY_ALLEVIATED = "poverty_alleviated"
    HARD_TO_EMPLOY = "hard_to_employ"
    DISABLED = "disabled"


class EmploymentStatus(StrEnum):
    UNEMPLOYED = "unemployed"
    EMPLOYED = "employed"
    STUDENT = "student"


class JobType(StrEnum):
    FULL_TIME = "full_time"
    PART_TIME = "part_time"
    GIG = "gig"  # 零工
    INTERNSHIP = "internship"  # 就业见习
    PUBLIC_WELFARE = "public_welfare"  # 公益性岗位: only for hard-to-employ people


# A posting with a discriminatory requirement: rejected, or stored and held for staff to review.
ScreeningMode = Literal["reject", "review"]

# Events and employments carry the seeker's groups as bits, so counts by group are one bitwise test.
GROUP_BIT = {group: 1 << i for i, group in enumerate(PriorityGroup)}
# The index stores each posting's job type, and each seeker's acceptable types, as bits.
JOB_TYPE_BIT = {job_type: 1 << i for i, job_type in enumerate(JobType)}


def group_bits_of(groups: Iterable[str]) -> int:
    """Priority groups as bits, copied onto events and employments for counts by group."""
    return sum(GROUP_BIT[PriorityGroup(g)] for g in set(groups))


def job_mask(job_type: str) -> int:
    return JOB_TYPE_BIT[JobType(job_type)]
