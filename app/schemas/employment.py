"""Employment registration (就业登记) request and response bodies."""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

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


EMPLOYMENT_OUT_EXAMPLE: dict[str, Any] = {
    "id": 21,
    "jobseeker_id": 7,
    "job_id": 101,
    "employer_id": 12,
    "kind": "stable",
    "started_on": "2026-11-02",
    "ended_on": None,
    "contract_months": 12,
    "social_insurance": True,
    "monthly_wage_yuan": 6500,
    "claimable": True,
    "claim_note": "计入2026年稳定就业",
    "community_code": "340102001001",
    "district_code": "340102",
    "created_at": "2026-11-03T09:00:00+08:00",
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

    model_config = ConfigDict(json_schema_extra={"examples": [EMPLOYMENT_OUT_EXAMPLE]})


class EmploymentQuery(Strict):
    jobseeker_id: EntityId | None = None
    community_code: CommunityCode | None = None
    district: str | None = Field(None, pattern=r"^\d{6}$")
    kind: EmploymentKind | None = None
    limit: int = Field(20, ge=1, le=100)
    offset: int = Field(0, ge=0, le=MAX_OFFSET)
