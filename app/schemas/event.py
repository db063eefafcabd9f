"""Feedback events and the funnel they add up to."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from pydantic import AwareDatetime, BaseModel, Field

from app.schemas.common import EntityId, Strict
from app.vocabulary import PriorityGroup


class EventType(StrEnum):
    IMPRESSION = "impression"
    VIEW = "view"
    APPLY = "apply"
    INVITE = "invite"
    INTERVIEW = "interview"
    INTENTION = "intention"  # 达成意向
    HIRED = "hired"
    DISMISS = "dismiss"


class EventCreate(Strict):
    type: EventType
    job_id: EntityId
    jobseeker_id: EntityId
    request_id: str | None = Field(
        None, pattern=r"^[0-9a-f]{32}$", description="the request_id of the match page or push that showed the job"
    )

    model_config = {
        "json_schema_extra": {
            "examples": [
                {"type": "apply", "job_id": 12, "jobseeker_id": 7, "request_id": "3f2a9c0e4b1d4e8f9a7b6c5d4e3f2a1b"}
            ]
        }
    }


class EventOut(BaseModel):
    id: int
    type: EventType
    job_id: int | None
    jobseeker_id: int | None
    request_id: str | None
    district_code: str | None = Field(description="the seeker's county (区县 code, 6 digits) when recorded")
    created_at: datetime


class FunnelQuery(Strict):
    district: str | None = Field(None, pattern=r"^\d{6}$", description="county code, e.g. 340102 (瑶海区)")
    start: AwareDatetime | None = Field(None, alias="from", description="inclusive")
    end: AwareDatetime | None = Field(None, alias="to", description="exclusive")
    group: PriorityGroup | None = Field(None, description="only seekers in this priority group")


class FunnelStep(BaseModel):
    type: EventType
    events: int
    seekers: int = Field(description="distinct seekers with this step")
    pairs: int = Field(description="distinct (seeker, job) pairs with this step")


class Funnel(BaseModel):
    steps: list[FunnelStep]
    district: str | None
    start: datetime | None = Field(serialization_alias="from")
    end: datetime | None = Field(serialization_alias="to")
    group: PriorityGroup | None
