"""Jobseeker profile request and response bodies."""

from __future__ import annotations

from datetime import date, datetime
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, field_validator

from app.schemas.availability import FREE_TIMES_EXAMPLE, FreeTimesIn
from app.schemas.common import MAX_OFFSET, EntityId, ExpectedSalary, Location, LocationOut, Strict
from app.schemas.facts import REJECTED_DESCRIPTION, FactCode, FactOut
from app.schemas.occupation import OCCUPATION_EXAMPLE, OccupationOut
from app.schemas.push import PushSettings, PushSettingsOut
from app.schemas.validators import validate_id_number, validate_mobile
from app.vocabulary import EmploymentStatus, JobType, PriorityGroup


class SensitiveConsent(Strict):
    """Separate consent for each kind of sensitive information (PIPL art. 29); each is off until given."""

    disability: bool = Field(False, description="may hold the priority group `disabled`")
    poverty: bool = Field(False, description="may hold the priority group `poverty_alleviated`")
    precise_location: bool = Field(
        False,
        description="may hold the home point as given; without it the point "
        "is kept on a 0.005° grid (about 500 m) and shown to no one but the seeker",
    )


class SensitiveConsentOut(BaseModel):
    disability: bool
    poverty: bool
    precise_location: bool
    disability_at: datetime | None = Field(description="when given; null: not given")
    poverty_at: datetime | None
    precise_location_at: datetime | None


CommunityCode = Annotated[
    str,
    StringConstraints(pattern=r"^34\d{10}$"),
    Field(description="12-digit 统计用区划代码 of an Anhui community (社区/村)"),
]


SEEKER_EXAMPLE: dict[str, Any] = {
    "name": "王建国",
    "phone": "13805511234",
    "id_number": "11010519491231002X",
    "location": {"lat": 31.8700, "lon": 117.3072, "crs": "gcj02"},
    "desired_job": "电焊工",
    "experience": "会电焊，干过五年气保焊",
    "skills": ["气保焊", "氩弧焊"],
    "education": "初中",
    "expected_salary": {"min": 6000, "unit": "month"},
    "job_types": ["full_time"],
    "radius_km": 3,
    "priority_groups": ["migrant_worker"],
    "sensitive_consent": {"disability": False, "poverty": False, "precise_location": True},
    "birth_date": "1990-05-01",
    "employment_status": "unemployed",
    "push": {"consent": "personalised", "channel": "inbox", "wechat_subscribed": False},
    "free_times": FREE_TIMES_EXAMPLE,
    "gigs_soon_first": True,
}
FREE_TIMES_DESCRIPTION = (
    "零工: when the person is free; a 零工 shift outside every window is never matched or pushed. "
    "Not given: 零工 are not filtered by their shifts (the explanation says so)"
)
SOON_DESCRIPTION = "零工: postings with a shift today or tomorrow (that fits the free times) come first"


class _SeekerFields(Strict):
    @field_validator("phone", check_fields=False)
    @classmethod
    def _phone(cls, value: str | None) -> str | None:
        return None if value is None else validate_mobile(value)

    @field_validator("id_number", check_fields=False)
    @classmethod
    def _id_number(cls, value: str | None) -> str | None:
        return None if value is None else validate_id_number(value)


class JobseekerCreate(_SeekerFields):
    name: str = Field(min_length=1, max_length=50, title="姓名")
    phone: str
    id_number: str | None = Field(None, description="居民身份证号码, 18 characters, its check digit verified")
    location: Location
    desired_job: str = Field(min_length=1, max_length=100, description="意向岗位")
    experience: str = Field("", max_length=2000)
    skills: list[str] = Field(default_factory=list, max_length=30)
    education: str | None = Field(None, max_length=20)
    expected_salary: ExpectedSalary | None = None
    job_types: list[JobType] = Field(default_factory=list, description="empty means any")
    radius_km: float | None = Field(None, gt=0, description="default 3 km")
    priority_groups: list[PriorityGroup] = Field(
        default_factory=list, description="`disabled` and `poverty_alleviated` need their sensitive_consent"
    )
    sensitive_consent: SensitiveConsent = Field(default_factory=SensitiveConsent)
    birth_date: date | None = Field(None, description="for programme rules (见习: 16–24)")
    graduation_date: date | None = Field(None, description="past or expected; 见习: within 2 years or 6 months")
    employment_status: EmploymentStatus | None = None
    community_code: CommunityCode | None = Field(None, description="registered community; default: nearest")
    household_id: str | None = Field(None, min_length=1, max_length=32, description="户 number from community staff")
    rejected_facts: list[FactCode] = Field(default_factory=list, max_length=40, description=REJECTED_DESCRIPTION)
    military_specialty: str | None = Field(
        None,
        min_length=1,
        max_length=50,
        description="退役军人: 兵种或专业 as the person names it (汽车兵, 野战炊事员, 雷达技师); coded to civilian "
        "occupations for matching, for veterans",
    )
    push: PushSettings = Field(default_factory=PushSettings, description="new-job pushes: off until chosen")
    free_times: FreeTimesIn | None = Field(None, title="空闲时间", description=FREE_TIMES_DESCRIPTION)
    gigs_soon_first: bool = Field(False, title="今明两天的零工优先", description=SOON_DESCRIPTION)

    model_config = {"json_schema_extra": {"examples": [SEEKER_EXAMPLE]}}


class JobseekerUpdate(_SeekerFields):
    model_config = {
        "json_schema_extra": {"examples": [{"desired_job": "叉车司机", "radius_km": 5, "skills": ["叉车证"]}]}
    }

    name: str | None = Field(None, min_length=1, max_length=50, title="姓名")
    phone: str | None = None
    id_number: str | None = Field(None, description="null removes it")
    location: Location | None = None
    desired_job: str | None = Field(None, min_length=1, max_length=100)
    experience: str | None = Field(None, max_length=2000)
    skills: list[str] | None = Field(None, max_length=30)
    education: str | None = Field(None, max_length=20)
    expected_salary: ExpectedSalary | None = None
    job_types: list[JobType] | None = None
    radius_km: float | None = Field(None, gt=0)
    priority_groups: list[PriorityGroup] | None = None
    sensitive_consent: SensitiveConsent | None = Field(
        None, description="replaces the consents as a whole; one withdrawn removes what it allowed"
    )
    birth_date: date | None = None
    graduation_date: date | None = None
    employment_status: EmploymentStatus | None = None
    community_code: CommunityCode | None = None
    household_id: str | None = Field(None, min_length=1, max_length=32)
    military_specialty: str | None = Field(None, min_length=1, max_length=50, description="null removes it")
    rejected_facts: list[FactCode] | None = Field(None, max_length=40, description=REJECTED_DESCRIPTION)
    push: PushSettings | None = Field(None, description="replaces the push settings as a whole")
    free_times: FreeTimesIn | None = Field(
        None, title="空闲时间", description="replaces them as a whole; null removes them. " + FREE_TIMES_DESCRIPTION
    )
    gigs_soon_first: bool | None = Field(None, title="今明两天的零工优先", description=SOON_DESCRIPTION)


SEEKER_OUT_EXAMPLE: dict[str, Any] = {  # as staff outside the seeker's district see it: numbers masked
    "id": 7,
    "name": "王建国",
    "phone": "138****1234",
    "id_number": "110105********002X",
    "location": None,
    "desired_job": "电焊工",
    "experience": "会电焊，干过五年气保焊",
    "skills": ["气保焊", "氩弧焊"],
    "education": "初中",
    "expected_salary": {"min": 6000, "unit": "month"},
    "job_types": ["full_time"],
    "radius_km": 3,
    "priority_groups": ["migrant_worker"],
    "sensitive_consent": {
        "disability": False,
        "poverty": False,
        "precise_location": True,
        "disability_at": None,
        "poverty_at": None,
        "precise_location_at": "2026-11-20T10:00:00+08:00",
    },
    "birth_date": "1990-05-01",
    "graduation_date": None,
    "employment_status": "unemployed",
    "community_code": "340102001001",
    "household_id": None,
    "military_specialty": None,
    "rejected_facts": [],
    "occupations": [OCCUPATION_EXAMPLE],
    "facts": [],
    "push": {"consent": "personalised", "channel": "inbox", "wechat_subscribed": False, "wechat_bound": False},
    "created_at": "2026-11-20T10:00:00+08:00",
    "updated_at": "2026-11-20T10:00:00+08:00",
}


class JobseekerOut(BaseModel):
    id: int
    name: str
    phone: str = Field(description="in full for the seeker and their district's staff, else masked: 138****5678")
    id_number: str | None = Field(description="in full for the seeker and their district's staff, else masked")
    location: LocationOut | None = Field(
        description="the seeker sees it always; staff only with precise_location "
        "consent (without it the point is coarse and the seeker's alone)"
    )
    desired_job: str
    experience: str
    skills: list[str]
    education: str | None
    expected_salary: ExpectedSalary | None
    job_types: list[JobType]
    radius_km: float
    priority_groups: list[PriorityGroup]
    sensitive_consent: SensitiveConsentOut
    birth_date: date | None
    graduation_date: date | None
    employment_status: EmploymentStatus | None
    community_code: str | None = Field(description="registered, or the nearest community centre within 3 km")
    household_id: str | None
    military_specialty: str | None
    rejected_facts: list[str] = Field(default_factory=list, description=REJECTED_DESCRIPTION)
    occupations: list[OccupationOut] = Field(description="top occupation codes of the desired job")
    facts: list[FactOut] = Field(
        default_factory=list,
        description="what the person's own words say (limits like 只能在家, wishes like 包吃住, licences, "
        "graduation), each with the words it came from; correct them by changing the words",
    )
    push: PushSettingsOut
    free_times: FreeTimesIn | None = Field(None, title="空闲时间", description=FREE_TIMES_DESCRIPTION)
    gigs_soon_first: bool = Field(False, title="今明两天的零工优先", description=SOON_DESCRIPTION)
    created_at: datetime
    updated_at: datetime

    model_config = ConfigDict(json_schema_extra={"examples": [SEEKER_OUT_EXAMPLE]})


class ProgrammeVerdict(BaseModel):
    job_type: JobType
    eligible: bool
    explanation: str = Field(examples=["不符合见习条件：毕业超过2年；年龄超过24岁"])

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "job_type": "internship",
                    "eligible": False,
                    "explanation": "不符合见习条件：毕业超过2年；年龄超过24岁",
                }
            ]
        }
    )


class JobseekerFilter(Strict):
    """Staff's list of the people they serve; an operator sees only their districts' seekers."""

    district: str | None = Field(None, pattern=r"^34\d{4}$", description="6-digit 区县 code")
    community_code: CommunityCode | None = None
    employment_status: EmploymentStatus | None = None
    q: str | None = Field(
        None, min_length=1, max_length=50, description="text in the name or the desired job", examples=["电焊"]
    )
    id: list[EntityId] = Field(
        default_factory=list,
        max_length=100,
        description="these people only (id=3&id=7): names for a page of cases, 1+3+1 records or placements",
    )
    limit: int = Field(20, ge=1, le=100)
    offset: int = Field(0, ge=0, le=MAX_OFFSET)
