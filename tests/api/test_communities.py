"""The community registry, seekers' communities and employment stations."""

from __future__ import annotations

import httpx

from tests.factories import loc, post_seeker
from tests.stats_kit import A_CODE, centre


def test_registry_is_seeded_from_the_gazetteer(api: httpx.Client) -> None:
    page = api.get("/v1/communities", params={"district": "340102", "limit": 100}).json()
    assert page["total"] == 44
    assert api.get(f"/v1/communities/{A_CODE}").json()["name"] == "填海巷社区居委会"
    assert api.get("/v1/communities/340102999999").status_code == 404


def test_seekers_belong_to_the_nearest_community_unless_they_name_one(api: httpx.Client) -> None:
    near = api.get(f"/v1/jobseekers/{post_seeker(api, centre(A_CODE))}").json()
    named = post_seeker(api, centre(A_CODE), community_code="340102001003")
    assert near["community_code"] == A_CODE
    assert api.get(f"/v1/jobseekers/{named}").json()["community_code"] == "340102001003"
    unknown = api.post(
        "/v1/jobseekers",
        json={
            "name": "王",
            "phone": "13805511234",
            "location": loc(centre(A_CODE)),
            "desired_job": "电焊工",
            "community_code": "340102999999",
        },
    )
    assert unknown.status_code == 422 and unknown.json()["errors"][0]["field"] == "community_code"


def test_stations_register_list_and_delete(api: httpx.Client) -> None:
    body = {
        "name": "明光路零工驿站",
        "kind": "gig",
        "location": loc(centre(A_CODE)),
        "opening_hours": "每天 06:00-18:00",
    }
    created = api.post("/v1/stations", json=body)
    assert created.status_code == 201 and created.json()["community_code"] == A_CODE
    listed = api.get("/v1/stations", params={"community_code": A_CODE}).json()
    assert [s["name"] for s in listed["items"]] == ["明光路零工驿站"]
    assert api.get("/v1/stations", params={"district": "340104"}).json()["total"] == 0
    far = api.post("/v1/stations", json={**body, "location": {"lat": 40.0, "lon": 116.4, "crs": "wgs84"}})
    assert far.status_code == 422
    assert api.delete(f"/v1/stations/{created.json()['id']}").status_code == 204
    assert api.get("/v1/stations").json()["total"] == 0
