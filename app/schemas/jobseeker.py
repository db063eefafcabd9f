"""Jobseeker profile request and response bodies."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Any

from pydantic import BaseModel, Field, field_validator

from app.schemas.common import ExpectedSalary, Location, LocationOut, Strict
from app.schemas.job import JobType
from app.schemas.occupation import OccupationOut
from app.schemas.push import PushSettings
from app.schemas.validators import validate_mobile


class PriorityGroup(StrEnum):
    COLLEGE_GRADUATE = "college_graduate"
    MIGRANT_WORKER = "migrant_worker"
    VETERAN = "veteran"
    POVERTY_ALLEVIATED = "poverty_alleviated"
    HARD_TO_EMPLOY = "hard_to_employ"
    DISABLED = "disabled"


SEEKER_EXAMPLE: dict[str, Any] = {
    "name": "王建国",
    "phone": "13805511234",
    "location": {"lat": 31.8700, "lon": 117.3072, "crs": "gcj02"},
    "desired_job": "电焊工",
    "experience": "会电焊，干过五年气保焊",
    "skills": ["气保焊", "氩弧焊"],
    "education": "初中",
    "expected_salary": {"min": 6000, "unit": "month"},
    "job_types": ["full_time"],
    "radius_km": 3,
    "priority_groups": ["migrant_worker"],
    "push": {"consent": "personalised", "channel": "wechat", "wechat_openid": "oUpF8uMuAJO_M2pxb1Q9zNjWeS6o",
             "wechat_subscribed": True},
}


class _SeekerFields(Strict):
    @field_validator("phone", check_fields=False)
    @classmethod
    def _phone(cls, value: str | None) -> str | None:
        return None if value is None else validate_mobile(value)


class JobseekerCreate(_SeekerFields):
    name: str = Field(min_length=1, max_length=50)
    phone: str
    location: Location
    desired_job: str = Field(min_length=1, max_length=100, description="意向岗位")
    experience: str = Field("", max_length=2000)
    skills: list[str] = Field(default_factory=list, max_length=30)
    education: str | None = Field(None, max_length=20)
    expected_salary: ExpectedSalary | None = None
    job_types: list[JobType] = Field(default_factory=list, description="empty means any")
    radius_km: float | None = Field(None, gt=0, description="default 3 km")
    priority_groups: list[PriorityGroup] = Field(default_factory=list)
    push: PushSettings = Field(default_factory=PushSettings, description="new-job pushes: off until chosen")

    model_config = {"json_schema_extra": {"examples": [SEEKER_EXAMPLE]}}


class JobseekerUpdate(_SeekerFields):
    name: str | None = Field(None, min_length=1, max_length=50)
    phone: str | None = None
    location: Location | None = None
    desired_job: str | None = Field(None, min_length=1, max_length=100)
    experience: str | None = Field(None, max_length=2000)
    skills: list[str] | None = Field(None, max_length=30)
    education: str | None = Field(None, max_length=20)
    expected_salary: ExpectedSalary | None = None
    job_types: list[JobType] | None = None
    radius_km: float | None = Field(None, gt=0)
    priority_groups: list[PriorityGroup] | None = None
    push: PushSettings | None = Field(None, description="replaces the push settings as a whole")


class JobseekerOut(BaseModel):
    id: int
    name: str
    phone: str
    location: LocationOut
    desired_job: str
    experience: str
    skills: list[str]
    education: str | None
    expected_salary: ExpectedSalary | None
    job_types: list[JobType]
    radius_km: float
    priority_groups: list[PriorityGroup]
    occupations: list[OccupationOut] = Field(description="top occupation codes of the desired job")
    push: PushSettings
    created_at: datetime
    updated_at: datetime
