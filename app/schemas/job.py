"""Job posting request and response bodies."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Annotated, Any

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, StringConstraints

from app.schemas.common import (
    LOCATION_OUT_EXAMPLE,
    MAX_OFFSET,
    Deadline,
    EntityId,
    Location,
    LocationOut,
    Salary,
    Strict,
)
from app.schemas.facts import FACT_EXAMPLE, REJECTED_DESCRIPTION, FactCode, FactOut
from app.schemas.occupation import OCCUPATION_EXAMPLE, OccupationFilter, OccupationOut
from app.schemas.screening import NOTE_EXAMPLE, ReviewRecord, ScreeningNote
from app.vocabulary import JobType
from matching.shifts import SHIFT, typed_shift


class LocationPrecision(StrEnum):
    """How a posting was placed: its own point, or the centre of the smallest area its address names."""

    POINT = "point"
    COMMUNITY = "community"
    TOWNSHIP = "township"
    COUNTY = "county"


class JobStatus(StrEnum):
    OPEN = "open"
    CLOSED = "closed"
    EXPIRED = "expired"
    REVIEW = "review"  # held by screening until an operator approves it; never matched meanwhile


Tag = str


def _as_typed(value: object) -> object:
    """A shift typed on a phone (８：００－１７：３０, 8:00~17:30) as the pattern reads it; a valid one ("周六08:00-12:00")
    and anything else as sent (a shift stored is returned as it was written)."""
    if not isinstance(value, str) or (SHIFT.fullmatch(value) and all(c == " " for c in value if c.isspace())):
        return value  # a tab or an ideographic space between day and time is still folded
    return typed_shift(value) or value


Shift = Annotated[
    str,
    StringConstraints(pattern=SHIFT.pattern),
    BeforeValidator(_as_typed),
    Field(
        title="班次",
        examples=["08:00-12:00", "周六 08:00-12:00", "2026-12-05 13:00-17:00"],
        description="HH:MM-HH:MM local time, every day the posting runs; or after a weekday (周一…周日) or a date: "
        "that day only. An end at or before the start runs overnight",
    ),
]
TITLE_MAX, DESCRIPTION_MAX = 100, 5000

JOB_EXAMPLE: dict[str, Any] = {
    "employer_id": 1,
    "title": "电焊工",
    "description": "熟练气保焊、二保焊，有三年以上钢结构焊接经验，持焊工证优先。",
    "job_type": "full_time",
    "salary": {"min": 6000, "max": 8000, "unit": "month"},
    "location": {"lat": 31.8565, "lon": 117.3072, "crs": "gcj02"},
    "address": "合肥市瑶海区明光路街道",
    "headcount": 3,
    "tags": ["包住", "五险"],
}


class JobCreate(Strict):
    employer_id: EntityId
    title: str = Field(min_length=1, max_length=TITLE_MAX, description="岗位名称")
    description: str = Field(max_length=DESCRIPTION_MAX, description="岗位描述; may be empty")
    job_type: JobType
    salary: Salary = Field(default_factory=Salary)
    location: Location
    address: str | None = Field(None, max_length=200)
    headcount: int | None = Field(None, ge=1, le=10_000)
    hiring_radius_km: float | None = Field(None, gt=0, le=1000, description="only seekers this close see it")
    valid_until: Deadline | None = Field(None, description="ISO 8601 with a zone; never matched after")
    tags: list[Tag] = Field(default_factory=list, max_length=20)
    internship_months: int | None = Field(None, ge=1, le=36, description="就业见习: the term, 3–12 months")
    shifts: list[Shift] = Field(default_factory=list, max_length=6, description="working hours, 零工 above all")
    external_id: str | None = Field(None, min_length=1, max_length=64, description="the caller's own id")
    fair_id: EntityId | None = Field(None, description="the job fair it is offered at")
    rejected_facts: list[FactCode] = Field(default_factory=list, max_length=40, description=REJECTED_DESCRIPTION)

    model_config = {"json_schema_extra": {"examples": [JOB_EXAMPLE]}}


class JobUpdate(Strict):
    """Every field optional; a field sent replaces the stored one."""

    title: str | None = Field(None, min_length=1, max_length=TITLE_MAX)
    description: str | None = Field(None, max_length=DESCRIPTION_MAX)
    job_type: JobType | None = None
    salary: Salary | None = None
    location: Location | None = None
    address: str | None = Field(None, max_length=200)
    headcount: int | None = Field(None, ge=1, le=10_000)
    hiring_radius_km: float | None = Field(None, gt=0, le=1000)
    valid_until: Deadline | None = None
    tags: list[Tag] | None = Field(None, max_length=20)
    internship_months: int | None = Field(None, ge=1, le=36)
    shifts: list[Shift] | None = Field(None, max_length=6)
    fair_id: EntityId | None = None
    rejected_facts: list[FactCode] | None = Field(None, max_length=40, description=REJECTED_DESCRIPTION)

    model_config = {"json_schema_extra": {"examples": [{"salary": {"min": 6500, "max": 8500, "unit": "month"}}]}}


class JobFilter(Strict):
    employer_id: EntityId | None = None
    district: str | None = Field(None, pattern=r"^34\d{4}$", description="6-digit 区县 code: postings placed there")
    mine: bool = Field(
        False,
        description="only the postings the caller may edit and close: an employer's own, an operator's districts' "
        "(a district outside them then gives an empty page), every one for an admin; needs a sign-in",
    )
    job_type: JobType | None = None
    status: JobStatus | None = None
    q: str | None = Field(None, max_length=50, description="text contained in the title", examples=["保洁"])
    occupation: OccupationFilter | None = None
    fair_id: EntityId | None = None
    limit: int = Field(20, ge=1, le=100)
    offset: int = Field(0, ge=0, le=MAX_OFFSET)


JOB_SUMMARY_EXAMPLE: dict[str, Any] = {
    "id": 101,
    "employer_id": 12,
    "title": "电焊工",
    "job_type": "full_time",
    "salary": {"min": 6000, "max": 8000, "unit": "month"},
    "location": LOCATION_OUT_EXAMPLE,
    "address": "合肥市瑶海区明光路街道",
    "location_precision": "point",
    "fair_id": None,
    "status": "open",
    "published_at": "2026-12-01T09:30:00+08:00",
}


class JobSummary(BaseModel):
    id: int
    employer_id: int
    title: str
    job_type: JobType
    salary: Salary
    location: LocationOut
    address: str | None
    location_precision: LocationPrecision = Field(
        description="point, or the area centre an address-only posting was placed at"
    )
    fair_id: int | None
    shifts: list[Shift] = Field(default_factory=list, title="班次", description="零工: when the work is")
    status: JobStatus
    published_at: datetime

    model_config = ConfigDict(json_schema_extra={"examples": [JOB_SUMMARY_EXAMPLE]})


JOB_OUT_EXAMPLE: dict[str, Any] = {
    **JOB_SUMMARY_EXAMPLE,
    "description": JOB_EXAMPLE["description"],
    "headcount": 3,
    "hiring_radius_km": None,
    "valid_until": "2027-01-31T23:59:59+08:00",
    "tags": ["包住", "五险"],
    "internship_months": None,
    "shifts": ["08:00-12:00", "13:30-17:30"],
    "external_id": None,
    "updated_at": "2026-12-01T09:30:00+08:00",
    "occupations": [OCCUPATION_EXAMPLE],
    "facts": [FACT_EXAMPLE],
    "rejected_facts": [],
    "channel": "api",
    "duplicate_of": None,
    "screening_warnings": [],
    "screening_holds": [],
    "review": None,
}


class JobOut(JobSummary):
    description: str
    headcount: int | None
    hiring_radius_km: float | None
    valid_until: datetime | None
    tags: list[Tag]
    internship_months: int | None
    external_id: str | None
    updated_at: datetime
    occupations: list[OccupationOut] = Field(description="top occupation codes, best first")
    facts: list[FactOut] = Field(
        default_factory=list, description="what the text says (licences, hours, 包吃住, place, demands), with its words"
    )
    rejected_facts: list[str] = Field(default_factory=list, description=REJECTED_DESCRIPTION)
    channel: str = Field(description="api or upload: how it arrived")
    duplicate_of: int | None = Field(
        description="the same posting from another channel, matched in its place; null for originals"
    )
    screening_warnings: list[ScreeningNote] = Field(
        default_factory=list,
        description="stored, but read them: age limits the job type does not set itself",
        examples=[[NOTE_EXAMPLE]],
    )
    screening_holds: list[ScreeningNote] = Field(
        default_factory=list, description="discriminatory requirements that hold (or held) the posting for review"
    )
    review: ReviewRecord | None = Field(None, description="an operator's decision on a held posting")

    model_config = ConfigDict(json_schema_extra={"examples": [JOB_OUT_EXAMPLE]})
