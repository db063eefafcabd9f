"""Feedback events and the funnel they add up to."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Any

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field

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


EVENT_OUT_EXAMPLE: dict[str, Any] = {
    "id": 88,
    "type": "apply",
    "job_id": 101,
    "jobseeker_id": 7,
    "request_id": "3f2a9c0e4b1d4e8f9a7b6c5d4e3f2a1b",
    "district_code": "340102",
    "created_at": "2026-12-02T10:12:00+08:00",
}


class EventOut(BaseModel):
    id: int
    type: EventType
    job_id: int | None
    jobseeker_id: int | None
    request_id: str | None
    district_code: str | None = Field(description="the seeker's county (区县 code, 6 digits) when recorded")
    created_at: datetime

    model_config = ConfigDict(json_schema_extra={"examples": [EVENT_OUT_EXAMPLE]})


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

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "steps": [
                        {"type": "impression", "events": 1200, "seekers": 310, "pairs": 980},
                        {"type": "view", "events": 420, "seekers": 150, "pairs": 380},
                        {"type": "apply", "events": 96, "seekers": 61, "pairs": 96},
                        {"type": "intention", "events": 30, "seekers": 27, "pairs": 30},
                        {"type": "hired", "events": 18, "seekers": 18, "pairs": 18},
                    ],
                    "district": "340102",
                    "from": "2026-11-01T00:00:00+08:00",
                    "to": "2026-12-01T00:00:00+08:00",
                    "group": None,
                }
            ]
        }
    )
