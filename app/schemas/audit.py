"""The audit log of clear-text personal data shown to staff and employers."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from pydantic import BaseModel, Field

from app.schemas.common import MAX_OFFSET, EntityId, Strict


class SubjectKind(StrEnum):
    JOBSEEKER = "jobseeker"
    EMPLOYER = "employer"


class PiiReadOut(BaseModel):
    id: int
    at: datetime
    user_id: int = Field(description="who read; 0 for background work")
    role: str
    subject_kind: SubjectKind
    subject_id: int
    fields: list[str] = Field(examples=[["phone", "id_number"]])
    purpose: str = Field(examples=["jobseeker.get"])


class AuditQuery(Strict):
    subject_kind: SubjectKind | None = None
    subject_id: EntityId | None = None
    user_id: int | None = Field(None, ge=0)
    limit: int = Field(50, ge=1, le=200)
    offset: int = Field(0, ge=0, le=MAX_OFFSET)
