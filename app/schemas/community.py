"""Communities (社区/村) and employment stations (就业驿站/零工驿站)."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field

from app.schemas.availability import FREE_TIMES_EXAMPLE, FreeTimesIn
from app.schemas.common import LOCATION_OUT_EXAMPLE, MAX_OFFSET, Location, LocationOut, Strict
from app.schemas.job import JOB_SUMMARY_EXAMPLE, JobSummary
from app.schemas.jobseeker import CommunityCode
from app.schemas.match import SEEKER_MATCH_EXAMPLE, MaskedSeeker


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
    reach_km: float = Field(
        3.0,
        gt=0,
        le=20,
        title="服务半径（公里）",
        description="the 零工 and seekers it serves lie within this distance",
    )

    model_config = {
        "json_schema_extra": {
            "examples": [
                {
                    "name": "明光路街道零工驿站",
                    "kind": "gig",
                    "location": {"lat": 31.8565, "lon": 117.3072, "crs": "gcj02"},
                    "address": "合肥市瑶海区明光路街道",
                    "opening_hours": "每天 06:00-18:00",
                    "reach_km": 3.0,
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
    reach_km: float = Field(title="服务半径（公里）")
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
                    "reach_km": 3.0,
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


class StationListQuery(Strict):
    soon_first: bool = Field(False, title="今明两天优先", description="零工 with a shift today or tomorrow first")
    limit: int = Field(20, ge=1, le=100)
    offset: int = Field(0, ge=0, le=MAX_OFFSET)


class StationJob(BaseModel):
    """An open 零工 within the station's reach, as its 自助求职机 shows it."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "job": {
                        **JOB_SUMMARY_EXAMPLE,
                        "title": "搬运工（日结）",
                        "job_type": "gig",
                        "salary": {"min": 25, "max": 30, "unit": "hour"},
                        "shifts": ["2026-12-05 08:00-12:00"],
                    },
                    "distance_km": 0.8,
                    "soon": "明天有班",
                    "livestream": None,
                }
            ]
        }
    )

    job: JobSummary
    distance_km: float = Field(title="距驿站（公里）")
    soon: str | None = Field(None, title="近期班次", examples=["今天有班"], description="a shift today or tomorrow")
    livestream: str | None = Field(
        None, title="直播带岗", examples=["直播带岗：抖音 12345，12月10日 19:00"], description="its fair streams it"
    )


class StationSeeker(BaseModel):
    """A seeker open to 零工 within the station's reach, masked as on a job's match page."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "jobseeker": SEEKER_MATCH_EXAMPLE["jobseeker"],
                    "distance_km": 1.2,
                    "free_times": FREE_TIMES_EXAMPLE,
                }
            ]
        }
    )

    jobseeker: MaskedSeeker
    distance_km: float = Field(title="距驿站（公里）", description="from the point the seeker's consent allows")
    free_times: FreeTimesIn | None = Field(None, title="空闲时间")
