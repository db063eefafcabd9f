"""A district for the assistance tests: a community in 瑶海区 with jobs at its centre, its operator, another
district's operator, and the people helped."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

import httpx

from app.config import Settings
from tests.auth_kit import headers_for
from tests.factories import employer, loc, post_job, post_seeker
from tests.stats_kit import A_CODE, centre

DISTRICT = A_CODE[:6]
OTHER_DISTRICT = "340122"


@dataclass(frozen=True)
class Place:
    operator: dict[str, str]
    stranger: dict[str, str]  # an operator of another district
    jobs: list[int]


def today() -> str:
    return datetime.now(ZoneInfo("Asia/Shanghai")).date().isoformat()


def build_place(api: httpx.Client, settings: Settings, jobs: int = 3) -> Place:
    owner = employer(api, "填海巷机械厂")
    titles = ["电焊工", "焊工学徒", "二保焊工", "氩弧焊工"]
    job_ids = [post_job(api, owner, title=titles[i % 4], location=loc(centre(A_CODE))) for i in range(jobs)]
    return Place(
        operator=headers_for(settings, "operator", districts=[DISTRICT]),
        stranger=headers_for(settings, "operator", districts=[OTHER_DISTRICT]),
        jobs=job_ids,
    )


def person(api: httpx.Client, groups: list[str], household: str | None = None, **extra: Any) -> int:
    return post_seeker(
        api, centre(A_CODE), community_code=A_CODE, household_id=household, priority_groups=groups, **extra
    )


def ok(response: httpx.Response, status: int = 200) -> dict[str, Any]:
    assert response.status_code == status, response.text
    return dict(response.json())
