"""GET /v1/jobs narrowed to a district, and to the postings the caller may edit and close (mine=true): what the
console's 岗位管理 lists for an operator."""

from __future__ import annotations

from typing import Any

import httpx

from app.config import Settings
from matching.geo import GeoPoint
from tests.auth_kit import headers_for
from tests.factories import employer, loc, post_job

YAOHAI, CHANGFENG = GeoPoint(31.867892, 117.303457), GeoPoint(32.244871, 117.394778)
YAOHAI_CODE, CHANGFENG_CODE = "340102", "340122"


def listed(api: httpx.Client, headers: dict[str, str] | None = None, **params: Any) -> list[int]:
    response = api.get("/v1/jobs", params={"limit": 100, **params}, headers=headers)
    assert response.status_code == 200, response.text
    return [int(j["id"]) for j in response.json()["items"]]


def test_a_district_narrows_the_public_list(api: httpx.Client) -> None:
    factory = employer(api)
    here, there = post_job(api, factory, location=loc(YAOHAI)), post_job(api, factory, location=loc(CHANGFENG))
    assert listed(api, district=YAOHAI_CODE) == [here]
    assert listed(api, district=CHANGFENG_CODE) == [there]
    anonymous = httpx.get(api.base_url.join("/v1/jobs"), params={"district": CHANGFENG_CODE})
    assert [j["id"] for j in anonymous.json()["items"]] == [there]  # postings are public: anyone may narrow them
    assert api.get("/v1/jobs", params={"district": "3401"}).status_code == 422


def test_an_operators_own_postings_are_their_districts_and_another_district_is_empty(
    api: httpx.Client, settings: Settings
) -> None:
    factory = employer(api)
    here, there = post_job(api, factory, location=loc(YAOHAI)), post_job(api, factory, location=loc(CHANGFENG))
    yaohai = headers_for(settings, "operator", districts=[YAOHAI_CODE])
    assert listed(api, yaohai, mine="true") == [here]
    assert listed(api, yaohai, mine="true", district=CHANGFENG_CODE) == []  # as GET /v1/jobseekers: nothing, no 403
    assert listed(api, yaohai) == [there, here]  # without mine: the public list, every district
    assert listed(api, mine="true") == [there, here]  # the test client is an admin: every posting is theirs
    # what the list leaves out is what editing refuses
    assert api.patch(f"/v1/jobs/{there}", json={"title": "焊工"}, headers=yaohai).status_code == 403
    assert api.post(f"/v1/jobs/{there}/close", headers=yaohai).status_code == 403
    assert api.post(f"/v1/jobs/{here}/close", headers=yaohai).json()["status"] == "closed"
    assert listed(api, yaohai, mine="true", status="closed") == [here]
    assert listed(api, yaohai, mine="true", status="open") == []


def test_an_employers_own_postings_are_its_own(api: httpx.Client, settings: Settings) -> None:
    ours, theirs = employer(api, "甲厂"), employer(api, "乙厂")
    mine, _ = post_job(api, ours), post_job(api, theirs)
    member = headers_for(settings, "employer", employer_id=ours)
    assert listed(api, member, mine="true") == [mine]
    assert listed(api, headers_for(settings, "jobseeker"), mine="true") == []
    assert listed(api, employer_id=theirs, mine="true", district=YAOHAI_CODE, headers=member) == []


def test_mine_needs_a_sign_in(api: httpx.Client) -> None:
    response = httpx.get(api.base_url.join("/v1/jobs"), params={"mine": "true"})
    assert response.status_code == 401
