"""Push preferences and inbox messages."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from app.schemas.common import MAX_OFFSET, Strict


class PushConsent(StrEnum):
    PERSONALISED = "personalised"  # ranked for this person's profile
    NON_PERSONALISED = "non_personalised"  # newest jobs within their radius, nothing else about them
    OFF = "off"


class PushChannel(StrEnum):
    INBOX = "inbox"
    WECHAT = "wechat"
    WEBHOOK = "webhook"


class PushSettings(Strict):
    """How a seeker wants new jobs pushed (PIPL art. 24: they choose, and can switch off)."""

    consent: PushConsent = PushConsent.OFF
    channel: PushChannel = Field(
        PushChannel.INBOX,
        description="wechat: to the openid WeChat gave when the seeker signed in (POST /v1/auth/wechat); it is "
        "bound on the server and never taken from a request",
    )
    wechat_subscribed: bool = Field(False, description="the seeker accepted the subscribe-message request")


class PushSettingsOut(PushSettings):
    wechat_bound: bool = Field(description="the profile's account signed in with WeChat: wechat pushes can reach it")


class InboxItem(BaseModel):
    job_id: int
    title: str
    employer: str
    distance_km: float
    explanation: str = Field(examples=["1.2 km · 电焊 · 月薪 6000–8000"])
    jobseeker: dict[str, object] | None = Field(None, description="employer digests: the seeker, masked")


INBOX_EXAMPLE: dict[str, Any] = {
    "id": 31,
    "request_id": "5b8e2f1a9c3d4e7f8a6b0c1d2e3f4a5b",
    "channel": "inbox",
    "status": "sent",
    "personalised": True,
    "created_at": "2026-12-02T08:00:00+08:00",
    "sent_at": "2026-12-02T08:00:05+08:00",
    "items": [
        {
            "job_id": 101,
            "title": "电焊工",
            "employer": "合肥市瑶海区示例机械厂",
            "distance_km": 1.2,
            "explanation": "1.2 km · 电焊 · 月薪 6000–8000",
            "jobseeker": None,
        }
    ],
}


class InboxMessage(BaseModel):
    id: int
    request_id: str = Field(description="send it with events about these jobs")
    channel: PushChannel
    status: str
    personalised: bool
    created_at: datetime
    sent_at: datetime | None
    items: list[InboxItem]

    model_config = ConfigDict(json_schema_extra={"examples": [INBOX_EXAMPLE]})


class InboxQuery(Strict):
    limit: int = Field(20, ge=1, le=100)
    offset: int = Field(0, ge=0, le=MAX_OFFSET)
