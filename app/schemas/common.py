"""Shapes shared by every resource: locations, salaries, pages, errors."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Annotated, Any, Generic, Self, TypeVar

from fastapi import Path
from pydantic import (
    AfterValidator,
    AwareDatetime,
    BaseModel,
    ConfigDict,
    Field,
    field_validator,
    model_validator,
)

from app.schemas.titles import chinese_title
from matching.geo import Crs
from matching.ranking import SalaryUnit

T = TypeVar("T")


MAX_ID = 2**63 - 1  # BIGINT: larger ids cannot exist, so they are invalid, not "not found"
EntityId = Annotated[int, Field(gt=0, le=MAX_ID)]
PathId = Annotated[int, Path(gt=0, le=MAX_ID)]
MAX_OFFSET = 1_000_000  # deeper pages are scrapes, not reading; and SQLite overflows on huge offsets
MAX_VALID_YEARS = 10


class Strict(BaseModel):
    """Unknown fields, NUL characters (PostgreSQL cannot store them) and inf/NaN are rejected."""

    model_config = ConfigDict(
        extra="forbid", str_strip_whitespace=True, allow_inf_nan=False, field_title_generator=chinese_title
    )

    @field_validator("*", mode="after")
    @classmethod
    def _no_nul(cls, value: Any) -> Any:
        texts = value if isinstance(value, list) else [value]
        if any(isinstance(t, str) and "\x00" in t for t in texts):
            raise ValueError("must not contain NUL characters")
        return value


def _within_years(value: datetime) -> datetime:
    try:
        in_utc = value.astimezone(UTC)
    except OverflowError as error:
        raise ValueError("is out of range") from error
    if in_utc > datetime.now(UTC) + timedelta(days=365 * MAX_VALID_YEARS):
        raise ValueError(f"must be within {MAX_VALID_YEARS} years")
    return in_utc


Deadline = Annotated[AwareDatetime, AfterValidator(_within_years)]


class Location(Strict):
    lat: float = Field(ge=-90, le=90, description="latitude in degrees")
    lon: float = Field(ge=-180, le=180, description="longitude in degrees")
    crs: Crs = Field(Crs.WGS84, description="wgs84 (GPS), gcj02 (WeChat/高德/腾讯) or bd09 (百度)")

    model_config = ConfigDict(json_schema_extra={"examples": [{"lat": 31.8565, "lon": 117.3072, "crs": "gcj02"}]})


LOCATION_OUT_EXAMPLE: dict[str, Any] = {"lat": 31.8541, "lon": 117.3020, "crs": "wgs84"}  # stored as WGS-84


class LocationOut(BaseModel):
    lat: float
    lon: float
    crs: Crs = Crs.WGS84

    model_config = ConfigDict(json_schema_extra={"examples": [LOCATION_OUT_EXAMPLE]})


Yuan = Annotated[float, Field(ge=0, le=1_000_000)]


class Salary(Strict):
    min: Yuan | None = None
    max: Yuan | None = None
    unit: SalaryUnit = SalaryUnit.MONTH

    @model_validator(mode="after")
    def _ordered(self) -> Self:
        if self.min is not None and self.max is not None and self.min > self.max:
            raise ValueError("salary.min must not exceed salary.max")
        return self


class ExpectedSalary(Strict):
    min: Yuan
    unit: SalaryUnit = SalaryUnit.MONTH


def _page_example(schema: dict[str, Any], page: type[BaseModel]) -> None:
    """A page of one example item: Page[JobOut] shows a JobOut, so each item model's example serves its pages too."""
    (item,) = page.__pydantic_generic_metadata__["args"] or (None,)
    extra = (
        item.model_config.get("json_schema_extra") if isinstance(item, type) and issubclass(item, BaseModel) else None
    )
    examples = extra.get("examples") if isinstance(extra, dict) else None
    if isinstance(examples, list) and examples:
        schema["examples"] = [{"items": examples[:1], "total": 1, "limit": 20, "offset": 0}]


class Page(BaseModel, Generic[T]):
    items: list[T]
    total: int
    limit: int
    offset: int

    model_config = ConfigDict(json_schema_extra=_page_example)


class FieldError(BaseModel):
    field: str = Field(description="the field's path, e.g. `location.lat`; `body` for the whole body")
    title: str | None = Field(
        None, description="the field's Chinese title, e.g. `位置·纬度` (absent in English and on business-rule errors)"
    )
    reason: str


class ErrorBody(BaseModel):
    code: str = Field(examples=["validation_error"])
    message: str
    errors: list[FieldError] = []
