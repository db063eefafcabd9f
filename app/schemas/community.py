"""Communities (社区/村) and employment stations (就业驿站/零工驿站)."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field

from app.schemas.common import LOCATION_OUT_EXAMPLE, MAX_OFFSET, Location, LocationOut, Strict
from app.schemas.jobseeker import CommunityCode


class StationKind(StrEnum):
    EMPLOYMENT = "employment"  # 就业驿站
    GIG = "gig"  # 零工驿站


class CommunityOut(BaseModel):
    code: str
    name: str
    county_code: str
    county: str
    town: str
    city: str
    location: LocationOut

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "code": "340102001001",
                    "name": "明光路社区",
                    "county_code": "340102",
                    "county": "瑶海区",
                    "town": "明光路街道",
                    "city": "合肥市",
                    "location": LOCATION_OUT_EXAMPLE,
                }
            ]
        }
    )


class CommunityQuery(Strict):
    district: str | None = Field(None, pattern=r"^\d{6}$", description="6-digit county code")
    q: str | None = Field(None, max_length=20, description="text contained in the name", examples=["明光"])
    limit: int = Field(50, ge=1, le=500)
    offset: int = Field(0, ge=0, le=MAX_OFFSET)


class StationCreate(Strict):
    name: str = Field(min_length=1, max_length=100, title="驿站名称")
    kind: StationKind
    location: Location
    address: str = Field("", max_length=200)
    opening_hours: str = Field("", max_length=50, examples=["周一至周五 08:30-17:30"])
    community_code: CommunityCode | None = Field(None, description="default: the nearest community within 3 km")

    model_config = {
        "json_schema_extra": {
            "examples": [
                {
                    "name": "明光路街道零工驿站",
                    "kind": "gig",
                    "location": {"lat": 31.8565, "lon": 117.3072, "crs": "gcj02"},
                    "address": "合肥市瑶海区明光路街道",
                    "opening_hours": "每天 06:00-18:00",
                }
            ]
        }
    }


class StationOut(BaseModel):
    id: int
    name: str
    kind: StationKind
    community_code: str
    location: LocationOut
    address: str
    opening_hours: str
    created_at: datetime

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "id": 5,
                    "name": "明光路街道零工驿站",
                    "kind": "gig",
                    "community_code": "340102001001",
                    "location": LOCATION_OUT_EXAMPLE,
                    "address": "合肥市瑶海区明光路街道",
                    "opening_hours": "每天 06:00-18:00",
                    "created_at": "2026-10-08T09:00:00+08:00",
                }
            ]
        }
    )


class StationQuery(Strict):
    district: str | None = Field(None, pattern=r"^\d{6}$")
    community_code: CommunityCode | None = None
    kind: StationKind | None = None
    limit: int = Field(50, ge=1, le=500)
    offset: int = Field(0, ge=0, le=MAX_OFFSET)
