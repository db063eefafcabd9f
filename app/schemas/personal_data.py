"""Everything held about one person, as they may ask for it (PIPL art. 45)."""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, Field

from app.schemas.audit import PiiReadOut
from app.schemas.employment import EmploymentOut
from app.schemas.event import EventOut
from app.schemas.jobseeker import JobseekerOut
from app.schemas.push import InboxMessage
from app.schemas.subsidy import PlacementOut


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
