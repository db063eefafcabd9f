"""GET /v1/jobseekers over HTTP: staff see the people of their districts only, a page at a time, each row
shown and audited as a single read is."""

from __future__ import annotations

from typing import Any

import httpx

from app.config import Settings
from matching.geo import GeoPoint
from tests.auth_kit import add_user, bearer, headers_for
from tests.factories import seeker_body

A_COMMUNITY, A_DISTRICT, A_POINT = "340102001001", "340102", GeoPoint(31.867892, 117.303457)
B_COMMUNITY, B_DISTRICT, B_POINT = "340122100004", "340122", GeoPoint(32.244871, 117.394778)


def register(api: httpx.Client, count: int, point: GeoPoint, community: str, first_phone: int, **fields: Any) -> None:
    for i in range(count):
        body = seeker_body(point, name=f"求职者{first_phone + i}", phone=f"139{first_phone + i:08d}", **fields)
        response = api.post("/v1/jobseekers", json={**body, "community_code": community})
        assert response.status_code == 201, response.text


def listed(api: httpx.Client, headers: dict[str, str], **params: Any) -> dict[str, Any]:
    response = api.get("/v1/jobseekers", params=params, headers=headers)
    assert response.status_code == 200, response.text
    page: dict[str, Any] = response.json()
    return page


def test_an_operator_lists_their_districts_seekers_in_pages_and_never_anothers(
    api: httpx.Client, settings: Settings
) -> None:
    register(api, 5, A_POINT, A_COMMUNITY, 1)
    register(api, 2, B_POINT, B_COMMUNITY, 100)
    a_staff = headers_for(settings, "operator", districts=[A_DISTRICT])
    first, second = listed(api, a_staff, limit=3), listed(api, a_staff, limit=3, offset=3)
    assert (first["total"], len(first["items"]), len(second["items"])) == (5, 3, 2)
    names = [s["name"] for s in first["items"] + second["items"]]
    assert names == [f"求职者{i}" for i in range(5, 0, -1)]  # newest first, no row twice
    assert listed(api, a_staff, district=B_DISTRICT)["total"] == 0  # asking for another district reaches nothing
    b_staff = headers_for(settings, "operator", districts=[B_DISTRICT])
    assert {s["community_code"] for s in listed(api, b_staff)["items"]} == {B_COMMUNITY}
    assert listed(api, {}, limit=100)["total"] == 7  # the test client is an admin: everyone


def test_the_list_discloses_and_audits_as_a_single_read_does(api: httpx.Client, settings: Settings) -> None:
    register(api, 1, A_POINT, A_COMMUNITY, 7)
    staff_id = add_user(settings, "operator", districts=[A_DISTRICT])
    [row] = listed(api, bearer(settings, staff_id))["items"]
    single = api.get(f"/v1/jobseekers/{row['id']}", headers=bearer(settings, staff_id)).json()
    assert row["phone"] == single["phone"] == "13900000007"
    reads = api.get("/v1/audit", params={"user_id": staff_id}).json()["items"]
    assert [r["purpose"] for r in reads] == ["jobseeker.get", "jobseeker.list"]
    assert all(r["subject_id"] == row["id"] and r["fields"] == ["phone"] for r in reads)


def test_filters_narrow_the_list(api: httpx.Client, settings: Settings) -> None:
    register(api, 2, A_POINT, A_COMMUNITY, 20, employment_status="unemployed")
    register(api, 1, A_POINT, A_COMMUNITY, 30, desired_job="保洁员", employment_status="employed")
    staff = headers_for(settings, "operator", districts=[A_DISTRICT])
    assert listed(api, staff, q="保洁")["total"] == 1
    assert listed(api, staff, q="求职者20")["total"] == 1
    assert listed(api, staff, employment_status="unemployed")["total"] == 2
    assert listed(api, staff, community_code=A_COMMUNITY, district=A_DISTRICT)["total"] == 3


def test_named_ids_give_those_people_of_the_district_only(api: httpx.Client, settings: Settings) -> None:
    register(api, 3, A_POINT, A_COMMUNITY, 40)
    register(api, 1, B_POINT, B_COMMUNITY, 50)
    everyone = {s["name"]: s["id"] for s in listed(api, {}, limit=100)["items"]}
    wanted = [everyone["求职者40"], everyone["求职者42"], everyone["求职者50"]]  # the last: another district's
    staff = headers_for(settings, "operator", districts=[A_DISTRICT])
    assert sorted(s["name"] for s in listed(api, staff, id=wanted)["items"]) == ["求职者40", "求职者42"]
    assert api.get("/v1/jobseekers", params={"id": "x"}).status_code == 422


def test_only_staff_may_list_seekers(api: httpx.Client, settings: Settings) -> None:
    seeker = headers_for(settings, "jobseeker")
    assert api.get("/v1/jobseekers", headers=seeker).status_code == 403
    assert api.get("/v1/jobseekers", params={"limit": 0}).status_code == 422
