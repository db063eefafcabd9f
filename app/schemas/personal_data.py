"""Everything held about one person, as they may ask for it (PIPL art. 45)."""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, ConfigDict, Field

from app.schemas.audit import PII_READ_EXAMPLE, PiiReadOut
from app.schemas.case import CaseOut
from app.schemas.employment import EMPLOYMENT_OUT_EXAMPLE, EmploymentOut
from app.schemas.event import EVENT_OUT_EXAMPLE, EventOut
from app.schemas.jobseeker import SEEKER_OUT_EXAMPLE, JobseekerOut
from app.schemas.one_three_one import OneThreeOneOut
from app.schemas.push import INBOX_EXAMPLE, InboxMessage
from app.schemas.subsidy import PLACEMENT_OUT_EXAMPLE, PlacementOut


class AccountHeld(BaseModel):
    user_id: int
    role: str
    wechat_openid: str | None
    created_at: datetime


class ShownToEmployer(BaseModel):
    """An employer digest that named the person (masked) for one of the employer's jobs."""

    job_id: int
    employer_id: int | None
    created_at: datetime


class PersonalData(BaseModel):
    exported_at: datetime
    profile: JobseekerOut = Field(description="in full: numbers decrypted, the stored home point, the consents")
    accounts: list[AccountHeld]
    pushes: list[InboxMessage] = Field(description="every job push to the person, cancelled ones included")
    shown_to_employers: list[ShownToEmployer]
    events: list[EventOut]
    employments: list[EmploymentOut]
    placements: list[PlacementOut] = Field(description="就业见习 placements")
    pii_reads: list[PiiReadOut] = Field(description="who read the person's numbers in full, when and why")
    cases: list[CaseOut] = Field(default_factory=list, description="一人一策: needs, steps, contacts, actions")
    one_three_one: OneThreeOneOut | None = Field(None, description="1+3+1 (migrant workers), if begun")

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "exported_at": "2026-12-04T15:00:00+08:00",
                    "profile": {
                        **SEEKER_OUT_EXAMPLE,
                        "phone": "13805511234",
                        "id_number": "11010519491231002X",
                        "location": {"lat": 31.8676, "lon": 117.3021, "crs": "wgs84"},
                    },
                    "accounts": [
                        {
                            "user_id": 40,
                            "role": "jobseeker",
                            "wechat_openid": "oAbC1234xyzDEF5678",
                            "created_at": "2026-11-20T09:58:00+08:00",
                        }
                    ],
                    "pushes": [INBOX_EXAMPLE],
                    "shown_to_employers": [
                        {"job_id": 101, "employer_id": 12, "created_at": "2026-12-02T08:00:00+08:00"}
                    ],
                    "events": [EVENT_OUT_EXAMPLE],
                    "employments": [EMPLOYMENT_OUT_EXAMPLE],
                    "placements": [PLACEMENT_OUT_EXAMPLE],
                    "pii_reads": [PII_READ_EXAMPLE],
                }
            ]
        }
    )
