"""Shapes shared by every resource: locations, salaries, pages, errors."""

from __future__ import annotations

from typing import Annotated, Generic, Self, TypeVar

from pydantic import BaseModel, ConfigDict, Field, model_validator

from matching.geo import Crs
from matching.ranking import SalaryUnit

T = TypeVar("T")


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)


class Location(Strict):
    lat: float = Field(ge=-90, le=90, description="latitude in degrees")
    lon: float = Field(ge=-180, le=180, description="longitude in degrees")
    crs: Crs = Field(Crs.WGS84, description="wgs84 (GPS), gcj02 (WeChat/高德/腾讯) or bd09 (百度)")

    model_config = ConfigDict(
        extra="forbid", json_schema_extra={"examples": [{"lat": 31.8565, "lon": 117.3072, "crs": "gcj02"}]}
    )


class LocationOut(BaseModel):
    lat: float
    lon: float
    crs: Crs = Crs.WGS84


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


class Page(BaseModel, Generic[T]):
    items: list[T]
    total: int
    limit: int
    offset: int


class FieldError(BaseModel):
    field: str
    reason: str


class ErrorBody(BaseModel):
    code: str = Field(examples=["validation_error"])
    message: str
    errors: list[FieldError] = []
