"""What screening found in a posting, and an operator's review of a held posting."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from app.schemas.common import MAX_OFFSET, Strict

NOTE_EXAMPLE: dict[str, Any] = {
    "field": "description",
    "rule": "age",
    "label": "年龄限制",
    "phrase": "18-45岁",
    "severity": "warning",
    "reason": "年龄限制：“18-45岁”（年龄条件须与岗位相关，请复核；就业见习按政策面向16–24岁）",
}


class ScreeningNote(BaseModel):
    """One phrase of a posting that screening flagged."""

    field: str = Field(description="title, description or tags")
    rule: str = Field(
        description="sex, ethnicity, religion, household_registration, marital_childbearing, health_carrier or age"
    )
    label: str = Field(description="the rule's name, as a clerk reads it")
    phrase: str = Field(description="the offending text, exactly as written")
    severity: str = Field(description="reject: a discriminatory requirement; warning: stored, but read it")
    reason: str = Field(description="rule, phrase and legal basis in one sentence")

    model_config = ConfigDict(json_schema_extra={"examples": [NOTE_EXAMPLE]})


class ReviewDecision(StrEnum):
    APPROVE = "approve"
    REJECT = "reject"


class ReviewRequest(Strict):
    decision: ReviewDecision = Field(description="approve: open the posting and match it; reject: close it")
    note: str | None = Field(None, max_length=500, description="why; required to reject")

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {"decision": "reject", "note": "限男性无岗位依据，请删除后重新发布"},
                {"decision": "approve", "note": "演出角色，性别为岗位所需"},
            ]
        }
    )


class ReviewRecord(BaseModel):
    decision: ReviewDecision
    note: str | None
    decided_at: datetime


class ReviewQuery(Strict):
    limit: int = Field(20, ge=1, le=100)
    offset: int = Field(0, ge=0, le=MAX_OFFSET)
