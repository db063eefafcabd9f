"""Employer request and response bodies."""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, ConfigDict, Field, field_validator

from app.schemas.common import MAX_OFFSET, EntityId, Strict
from app.schemas.validators import validate_credit_code


class EmployerCreate(Strict):
    name: str = Field(min_length=1, max_length=100, title="单位名称")
    credit_code: str | None = Field(None, description="统一社会信用代码, checked against GB 32100")
    contact_phone: str | None = Field(None, max_length=20, pattern=r"^[0-9+\- ]{5,20}$")
    address: str | None = Field(None, max_length=200)

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "name": "合肥市瑶海区示例机械厂",
                    "credit_code": "91340100MA2RPE0A12",
                    "contact_phone": "0551-62000000",
                    "address": "合肥市瑶海区明光路",
                }
            ]
        },
    )

    @field_validator("credit_code")
    @classmethod
    def _credit_code(cls, value: str | None) -> str | None:
        return None if value is None else validate_credit_code(value)


class EmployerOut(BaseModel):
    id: int
    name: str
    credit_code: str | None
    contact_phone: str | None = Field(description="in full for the employer's members and staff, else masked")
    address: str | None
    created_at: datetime

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "id": 12,
                    "name": "合肥市瑶海区示例机械厂",
                    "credit_code": "91340100MA2RPE0A12",
                    "contact_phone": "0551-62000000",
                    "address": "合肥市瑶海区明光路",
                    "created_at": "2026-11-02T14:20:00+08:00",
                }
            ]
        }
    )


class EmployerFilter(Strict):
    """Staff pick an employer by name (a fair's taking-part employers); nobody needs to know its number."""

    q: str | None = Field(
        None, min_length=1, max_length=50, description="text in the name or the 统一社会信用代码", examples=["机械"]
    )
    id: list[EntityId] = Field(
        default_factory=list,
        max_length=100,
        description="these employers only (id=3&id=7): names for a page of postings",
    )
    limit: int = Field(20, ge=1, le=100)
    offset: int = Field(0, ge=0, le=MAX_OFFSET)


class EmployerSummary(BaseModel):
    """A list row: no contact phone, so listing reads no one's number (and audits nothing)."""

    id: int
    name: str
    credit_code: str | None
    address: str | None

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "id": 12,
                    "name": "合肥市瑶海区示例机械厂",
                    "credit_code": "91340100MA2RPE0A12",
                    "address": "合肥市瑶海区明光路",
                }
            ]
        }
    )
