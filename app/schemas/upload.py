"""Bulk upload responses: progress, counts and row-level issues."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, computed_field

from app.schemas.common import MAX_OFFSET, Strict


class UploadStatus(StrEnum):
    QUEUED = "queued"
    RUNNING = "running"
    DONE = "done"
    FAILED = "failed"


class Severity(StrEnum):
    ERROR = "error"  # the row was rejected
    WARNING = "warning"  # the row was stored, and something was assumed: read it


class UploadProgress(BaseModel):
    done: int = Field(description="rows read so far, stored or rejected")
    total: int

    @computed_field  # type: ignore[prop-decorator]
    @property
    def percent(self) -> float:
        return round(100 * self.done / self.total, 1) if self.total else 100.0


class UploadCounts(BaseModel):
    """created + updated + unchanged + rejected == rows done."""

    created: int
    updated: int
    unchanged: int
    rejected: int
    linked: int = Field(description="of the created, how many repeat a posting from another channel")


ROW_ISSUE_EXAMPLE: dict[str, Any] = {
    "row": 7,
    "column": "薪资下限",
    "value": "150",
    "reason": "薪资「150」未写单位，150 不像月薪：请在「薪资单位」填写 天/小时/月",
}


class RowIssue(BaseModel):
    row: int = Field(description="the row number in the uploaded sheet (header included)", examples=[7])
    column: str = Field(examples=["薪资下限"])
    value: str = Field(examples=["150"])
    reason: str = Field(examples=["薪资「150」未写单位，150 不像月薪：请在「薪资单位」填写 天/小时/月"])

    model_config = ConfigDict(json_schema_extra={"examples": [ROW_ISSUE_EXAMPLE]})


class UploadOut(BaseModel):
    id: int
    filename: str
    file_format: str
    fair_id: int | None
    status: UploadStatus
    progress: UploadProgress
    counts: UploadCounts
    errors: list[RowIssue] = Field(description="the first 100 rejected-row reasons; all at /errors")
    errors_total: int
    warnings_total: int = Field(description="stored rows where something was assumed; see /errors?severity=warning")
    failure: str | None = Field(description="why a failed upload stopped")
    attempts: int
    created_at: datetime
    started_at: datetime | None
    finished_at: datetime | None

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "id": 9,
                    "filename": "瑶海区12月岗位.xlsx",
                    "file_format": "xlsx",
                    "fair_id": None,
                    "status": "done",
                    "progress": {"done": 120, "total": 120, "percent": 100.0},
                    "counts": {"created": 110, "updated": 5, "unchanged": 3, "rejected": 2, "linked": 4},
                    "errors": [ROW_ISSUE_EXAMPLE],
                    "errors_total": 2,
                    "warnings_total": 6,
                    "failure": None,
                    "attempts": 1,
                    "created_at": "2026-12-01T09:00:00+08:00",
                    "started_at": "2026-12-01T09:00:01+08:00",
                    "finished_at": "2026-12-01T09:00:40+08:00",
                }
            ]
        }
    )


class IssueFilter(Strict):
    severity: Severity = Severity.ERROR
    limit: int = Field(100, ge=1, le=1000)
    offset: int = Field(0, ge=0, le=MAX_OFFSET)


class UploadFilter(Strict):
    limit: int = Field(20, ge=1, le=100)
    offset: int = Field(0, ge=0, le=MAX_OFFSET)
