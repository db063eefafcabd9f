"""Job fair (招聘会) request and response bodies."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Any, Self

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field, model_validator

from app.schemas.common import LOCATION_OUT_EXAMPLE, MAX_OFFSET, EntityId, Location, LocationOut, Strict
from app.vocabulary import PriorityGroup


class FairKind(StrEnum):
    TWO_PLUS_N = "two_plus_n"  # "2+N" 招聘活动
    SPRING_ACTION = "spring_action"  # 春风行动
    SPECIAL = "special"  # 专场, e.g. for veterans or disabled people
    LIVESTREAM = "livestream"  # 直播带岗
    ONLINE = "online"  # 云聘会
    GENERAL = "general"  # 综合招聘会


class FairStatus(StrEnum):
    UPCOMING = "upcoming"
    RUNNING = "running"
    ENDED = "ended"


FAIR_EXAMPLE: dict[str, Any] = {
    "name": "2026 春风行动·瑶海区退役军人专场招聘会",
    "kind": "special",
    "organiser": "瑶海区人力资源和社会保障局",
    "venue": "瑶海区明光路街道社区服务中心",
    "location": {"lat": 31.8565, "lon": 117.3072, "crs": "gcj02"},
    "starts_at": "2026-12-05T09:00:00+08:00",
    "ends_at": "2026-12-05T16:00:00+08:00",
    "target_groups": ["veteran"],
}


class Livestream(Strict):
    """直播带岗 / 云聘会: where and when the fair is streamed."""

    url: str = Field(
        min_length=9,
        max_length=500,
        pattern=r"^https://[^\s/?#@]+\.[^\s/?#@]+(?:[/?#]\S*)?$",
        title="直播链接",
        description="https only",
        examples=["https://live.douyin.com/12345"],
    )
    platform: str = Field(min_length=1, max_length=20, title="直播平台", examples=["抖音"])
    room: str = Field(min_length=1, max_length=64, title="直播间号", examples=["12345"])
    starts_at: AwareDatetime = Field(title="开播时间", examples=["2026-12-10T19:00:00+08:00"])
    ends_at: AwareDatetime = Field(title="结束时间", examples=["2026-12-10T21:00:00+08:00"])

    model_config = {
        "title": "直播带岗",
        "json_schema_extra": {
            "examples": [
                {
                    "url": "https://live.douyin.com/12345",
                    "platform": "抖音",
                    "room": "12345",
                    "starts_at": "2026-12-10T19:00:00+08:00",
                    "ends_at": "2026-12-10T21:00:00+08:00",
                }
            ]
        },
    }

    @model_validator(mode="after")
    def _ordered(self) -> Self:
        if self.ends_at <= self.starts_at:
            raise ValueError("ends_at must be after starts_at")
        return self


LIVESTREAM_DESCRIPTION = (
    "直播带岗/云聘会: the stream's https link, platform, room and times; pushes and searches name it"
)


class FairCreate(Strict):
    name: str = Field(min_length=1, max_length=100, title="招聘会名称")
    kind: FairKind
    organiser: str = Field(min_length=1, max_length=100, description="主办单位")
    venue: str = Field("", max_length=200, description="举办地点; empty for online fairs")
    location: Location | None = Field(None, description="the venue's point; none for online fairs")
    starts_at: AwareDatetime
    ends_at: AwareDatetime
    target_groups: list[PriorityGroup] = Field(default_factory=list, max_length=6)
    description: str = Field("", max_length=2000)
    livestream: Livestream | None = Field(None, title="直播带岗", description=LIVESTREAM_DESCRIPTION)

    model_config = {"json_schema_extra": {"examples": [FAIR_EXAMPLE]}}

    @model_validator(mode="after")
    def _ordered(self) -> Self:
        if self.ends_at <= self.starts_at:
            raise ValueError("ends_at must be after starts_at")
        return self


class FairUpdate(Strict):
    """Every field optional; a field sent replaces the stored one."""

    name: str | None = Field(None, min_length=1, max_length=100, title="招聘会名称")
    kind: FairKind | None = None
    organiser: str | None = Field(None, min_length=1, max_length=100)
    venue: str | None = Field(None, max_length=200)
    location: Location | None = None
    starts_at: AwareDatetime | None = None
    ends_at: AwareDatetime | None = None
    target_groups: list[PriorityGroup] | None = Field(None, max_length=6)
    description: str | None = Field(None, max_length=2000)
    livestream: Livestream | None = Field(
        None, title="直播带岗", description="replaces it as a whole; null removes it. " + LIVESTREAM_DESCRIPTION
    )

    model_config = {"json_schema_extra": {"examples": [{"ends_at": "2026-12-05T17:00:00+08:00"}]}}


class FairFilter(Strict):
    status: FairStatus | None = None
    kind: FairKind | None = None
    limit: int = Field(20, ge=1, le=100)
    offset: int = Field(0, ge=0, le=MAX_OFFSET)


class FairEmployerLink(Strict):
    employer_id: EntityId

    model_config = ConfigDict(json_schema_extra={"examples": [{"employer_id": 12}]})


class FairOut(BaseModel):
    id: int
    name: str
    kind: FairKind
    organiser: str
    venue: str
    location: LocationOut | None
    starts_at: datetime
    ends_at: datetime
    status: FairStatus
    target_groups: list[PriorityGroup]
    description: str
    employers: int = Field(description="参会单位: employers taking part")
    postings: int = Field(description="open postings linked to the fair")
    livestream: Livestream | None = Field(None, title="直播带岗", description=LIVESTREAM_DESCRIPTION)
    livestream_words: str | None = Field(
        None,
        title="直播带岗说明",
        description="as pushes and searches say it",
        examples=["直播带岗：抖音 12345，12月10日 19:00"],
    )
    created_at: datetime
    updated_at: datetime

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    **FAIR_EXAMPLE,
                    "id": 4,
                    "location": LOCATION_OUT_EXAMPLE,
                    "status": "upcoming",
                    "description": "现场提供政策咨询和技能培训报名",
                    "employers": 36,
                    "postings": 128,
                    "created_at": "2026-11-10T10:00:00+08:00",
                    "updated_at": "2026-11-28T16:45:00+08:00",
                }
            ]
        }
    )
