"""A small town for the statistics tests: two communities far apart, their seekers, households,
jobs, employments, events and a fair, built through the API; and the numbers it should give."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

import httpx

from matching.gazetteer import Gazetteer, Precision
from matching.geo import GeoPoint
from tests.factories import employer, loc, post_job, post_seeker

A_CODE = "340102001001"  # 填海巷社区, 明光路街道, 瑶海区 (合肥)


@dataclass(frozen=True)
class Town:
    a: str
    b: str
    seekers: dict[str, int]
    jobs: list[int]
    fair: dict[str, Any]
    year: int

    @property
    def period(self) -> dict[str, str]:
        return {"from": f"{self.year}-01-01", "to": f"{self.year}-12-31"}


def community_b() -> str:
    """A community in another city (芜湖), well beyond 3 km of every job near A."""
    return next(
        p.code for p in Gazetteer.load().places() if p.precision is Precision.COMMUNITY and p.code.startswith("3402")
    )


def centre(code: str) -> GeoPoint:
    return Gazetteer.load().place(code).point


def employ(api: httpx.Client, seeker: int, kind: str, started: date, **extra: Any) -> dict[str, Any]:
    body = {
        "jobseeker_id": seeker,
        "kind": kind,
        "started_on": started.isoformat(),
        "contract_months": 12 if kind == "stable" else 3,
        "social_insurance": kind == "stable",
        "monthly_wage_yuan": 6000 if kind == "stable" else 3000,
        **extra,
    }
    response = api.post("/v1/employments", json=body)
    assert response.status_code == 201, response.text
    return dict(response.json())


def event(api: httpx.Client, kind: str, seeker: int, job: int) -> None:
    response = api.post("/v1/events", json={"type": kind, "jobseeker_id": seeker, "job_id": job})
    assert response.status_code == 201, response.text


def build_town(api: httpx.Client) -> Town:
    a, b = A_CODE, community_b()
    owner = employer(api, "填海巷机械厂")
    starts = datetime.now(UTC) - timedelta(days=2)
    fair = api.post(
        "/v1/fairs",
        json={
            "name": "春风行动·瑶海区专场",
            "kind": "spring_action",
            "organiser": "瑶海区人社局",
            "venue": "明光路街道",
            "location": loc(centre(a)),
            "starts_at": starts.isoformat(),
            "ends_at": (starts + timedelta(hours=8)).isoformat(),
        },
    ).json()
    jobs = [
        post_job(api, owner, location=loc(centre(a))),
        post_job(api, owner, location=loc(centre(a)), fair_id=fair["id"]),
    ]
    seekers = {
        "s1": post_seeker(api, centre(a), community_code=a, household_id="A-1"),
        "s2": post_seeker(api, centre(a), community_code=a, household_id="A-1", priority_groups=["veteran"]),
        "s3": post_seeker(api, centre(a), community_code=a, household_id="A-2"),
        "s4": post_seeker(api, centre(a), community_code=a, priority_groups=["veteran"]),
        "s5": post_seeker(api, centre(b), community_code=b, household_id="B-1"),
        "s6": post_seeker(api, centre(b), community_code=b, household_id="B-1"),
    }
    year = datetime.now(UTC).year
    employ(api, seekers["s1"], "stable", date(year, 1, 2), job_id=jobs[1])
    employ(api, seekers["s1"], "stable", date(year, 1, 3))  # a second stable job: not claimable this year
    employ(api, seekers["s3"], "flexible", date(year, 1, 4))
    for name in ("s1", "s2", "s5"):
        event(api, "impression", seekers[name], jobs[0])
    event(api, "intention", seekers["s1"], jobs[1])
    return Town(a, b, seekers, jobs, fair, year)
