"""Small builders for request bodies, and points at known distances from a centre."""

from __future__ import annotations

import math
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx

from matching.geo import EARTH_RADIUS_KM, GeoPoint

HEFEI = GeoPoint(31.8565, 117.3072)  # 明光路街道, 瑶海区 (WGS-84 in tests unless stated)


def north_of(point: GeoPoint, distance_km: float) -> GeoPoint:
    """The point distance_km due north along the meridian (exact on the sphere)."""
    return GeoPoint(point.lat + math.degrees(distance_km / EARTH_RADIUS_KM), point.lon)


def loc(point: GeoPoint, crs: str = "wgs84") -> dict[str, Any]:
    return {"lat": point.lat, "lon": point.lon, "crs": crs}


def employer(api: httpx.Client, name: str = "合肥示例机械厂") -> int:
    response = api.post("/v1/employers", json={"name": name})
    assert response.status_code == 201, response.text
    return int(response.json()["id"])


def job_body(employer_id: int, **overrides: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "employer_id": employer_id,
        "title": "电焊工",
        "description": "熟练气保焊、二保焊，三年以上焊接经验",
        "job_type": "full_time",
        "salary": {"min": 6000, "max": 8000, "unit": "month"},
        "location": loc(HEFEI),
    }
    body.update(overrides)
    return body


def post_job(api: httpx.Client, employer_id: int, **overrides: Any) -> int:
    response = api.post("/v1/jobs", json=job_body(employer_id, **overrides))
    assert response.status_code == 201, response.text
    return int(response.json()["id"])


def seeker_body(point: GeoPoint = HEFEI, **overrides: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "name": "王建国",
        "phone": "13805511234",
        "location": loc(point),
        "desired_job": "电焊工",
        "experience": "会电焊，干过五年气保焊",
        "expected_salary": {"min": 6000, "unit": "month"},
        # Distances in matching tests are exact: this person lets the precise home point be kept.
        "sensitive_consent": {"precise_location": True},
    }
    body.update(overrides)
    return body


def post_seeker(api: httpx.Client, point: GeoPoint = HEFEI, **overrides: Any) -> int:
    response = api.post("/v1/jobseekers", json=seeker_body(point, **overrides))
    assert response.status_code == 201, response.text
    return int(response.json()["id"])


def jobs_total(api: httpx.Client) -> int:
    response = api.get("/v1/jobs", params={"limit": 1})
    assert response.status_code == 200, response.text
    return int(response.json()["total"])


def match_ids(api: httpx.Client, seeker_id: int, **params: Any) -> list[int]:
    return [item["job"]["id"] for item in match_page(api, seeker_id, **params)["items"]]


def match_page(api: httpx.Client, seeker_id: int, **params: Any) -> dict[str, Any]:
    """A seeker's match page as answered, less its request id (fresh in every answer): two equal pages compare equal."""
    response = api.get(f"/v1/jobseekers/{seeker_id}/matches", params=params)
    assert response.status_code == 200, response.text
    page: dict[str, Any] = response.json()
    page.pop("request_id")
    return page


def fair_body(point: GeoPoint, **overrides: Any) -> dict[str, Any]:
    """A 春风行动 fair three days from now at `point`."""
    start = datetime.now(UTC) + timedelta(days=3)
    body = {
        "name": "春风行动招聘会",
        "kind": "spring_action",
        "organiser": "区人社局",
        "venue": "广场",
        "location": loc(point),
        "starts_at": start.isoformat(),
        "ends_at": (start + timedelta(hours=4)).isoformat(),
    }
    return {**body, **overrides}
