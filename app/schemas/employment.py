"""Employment registration (就业登记) request and response bodies."""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum

from pydantic import BaseModel, Field

from app.schemas.common import MAX_OFFSET, EntityId, Strict, Yuan
from app.schemas.jobseeker import CommunityCode


class EmploymentKind(StrEnum):
    STABLE = "stable"  # ≥ 6-month contract with social insurance
    FLEXIBLE = "flexible"  # ≥ 3 months at ≥ the local minimum wage


class EmploymentCreate(Strict):
    jobseeker_id: EntityId
    kind: EmploymentKind
    started_on: date
    ended_on: date | None = Field(None, description="empty while the job lasts")
    contract_months: int = Field(ge=1, le=600, description="stable: ≥ 6; flexible: ≥ 3")
    social_insurance: bool = Field(False, description="stable employment needs it")
    monthly_wage_yuan: Yuan = Field(description="flexible employment: at least the local minimum wage")
    job_id: EntityId | None = Field(None, description="the posting it came from; records a `hired` event")
    employer_id: EntityId | None = Field(None, description="default: the posting's employer")

    model_config = {
        "json_schema_extra": {
            "examples": [
                {
                    "jobseeker_id": 1,
                    "kind": "stable",
                    "started_on": "2026-11-02",
                    "contract_months": 12,
                    "social_insurance": True,
                    "monthly_wage_yuan": 6500,
                    "job_id": 3,
                }
            ]
        }
    }


class EmploymentOut(BaseModel):
    id: int
    jobseeker_id: int | None
    job_id: int | None
    employer_id: int | None
    kind: EmploymentKind
    started_on: date
    ended_on: date | None
    contract_months: int
    social_insurance: bool
    monthly_wage_yuan: float
    claimable: bool = Field(description="counts toward the operator's claim: stable once, flexible 3 times a year")
    claim_note: str = Field(examples=["2026年已计入1次稳定就业，本次不再计入"])
    community_code: str | None
    district_code: str | None
    created_at: datetime


class EmploymentQuery(Strict):
    jobseeker_id: EntityId | None = None
    community_code: CommunityCode | None = None
    district: str | None = Field(None, pattern=r"^\d{6}$")
    kind: EmploymentKind | None = None
    limit: int = Field(20, ge=1, le=100)
    offset: int = Field(0, ge=0, le=MAX_OFFSET)
