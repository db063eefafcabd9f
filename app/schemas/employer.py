"""Employer request and response bodies."""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, ConfigDict, Field, field_validator

from app.schemas.common import Strict
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
