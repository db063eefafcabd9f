"""The audit log of clear-text personal data shown to staff and employers."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from app.schemas.common import MAX_OFFSET, EntityId, Strict


class SubjectKind(StrEnum):
    JOBSEEKER = "jobseeker"
    EMPLOYER = "employer"


PII_READ_EXAMPLE: dict[str, Any] = {
    "id": 301,
    "at": "2026-12-02T10:05:00+08:00",
    "user_id": 5,
    "role": "operator",
    "subject_kind": "jobseeker",
    "subject_id": 7,
    "fields": ["phone", "id_number"],
    "purpose": "jobseeker.get",
}


class PiiReadOut(BaseModel):
    id: int
    at: datetime
    user_id: int = Field(description="who read; 0 for background work")
    role: str
    subject_kind: SubjectKind
    subject_id: int
    fields: list[str] = Field(examples=[["phone", "id_number"]])
    purpose: str = Field(examples=["jobseeker.get"])

    model_config = ConfigDict(json_schema_extra={"examples": [PII_READ_EXAMPLE]})


class AuditQuery(Strict):
    subject_kind: SubjectKind | None = None
    subject_id: EntityId | None = None
    user_id: int | None = Field(None, ge=0)
    limit: int = Field(50, ge=1, le=200)
    offset: int = Field(0, ge=0, le=MAX_OFFSET)
