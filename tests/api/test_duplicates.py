"""Cross-channel duplicates: a posting arriving through the API and a sheet is matched once."""

from __future__ import annotations

import httpx

from tests.factories import HEFEI, employer, loc, north_of, post_job
from tests.uploads_kit import csv_bytes, row, upload_done

WHERE = {"lat": 31.8565, "lon": 117.3072, "crs": "gcj02"}


def search(api: httpx.Client, text: str = "电焊工") -> list[int]:
    response = api.post("/v1/matches/search", json={"text": text, "location": WHERE, "radius_km": 5})
    assert response.status_code == 200, response.text
    return [i["job"]["id"] for i in response.json()["items"]]


def test_the_same_posting_from_the_api_and_an_upload_is_linked_and_matched_once(api: httpx.Client) -> None:
    company = employer(api, "合肥示例机械厂")
    text = {"title": "电焊工", "description": "电焊工，有经验优先"}
    original = post_job(api, company, location=WHERE, **text)
    sheet = [
        row("电焊工", **{"外部编号": "S1"}),  # same employer, text and place: a duplicate
        row("电焊工", **{"外部编号": "S2", "单位名称": "别家机械厂"}),  # another employer: its own posting
        row("电焊工", **{"外部编号": "S3", "纬度": "31.8700"}),
    ]  # 1.5 km away: another site
    body = upload_done(api, csv_bytes(sheet))
    assert (body["counts"]["created"], body["counts"]["linked"]) == (3, 1)
    jobs = {j["external_id"]: j for j in api.get("/v1/jobs", params={"limit": 100}).json()["items"]}
    assert jobs["S1"]["duplicate_of"] == original and jobs["S1"]["channel"] == "upload"
    assert jobs["S2"]["duplicate_of"] is None and jobs["S3"]["duplicate_of"] is None
    found = search(api)
    assert original in found and jobs["S1"]["id"] not in found
    assert {jobs["S2"]["id"], jobs["S3"]["id"]} <= set(found)


def test_closing_the_original_hands_over_to_its_duplicate(api: httpx.Client) -> None:
    company = employer(api, "合肥示例机械厂")
    original = post_job(api, company, location=WHERE, title="电焊工", description="电焊工，有经验优先")
    upload_done(api, csv_bytes([row("电焊工", **{"外部编号": "S1"})]))
    copy = next(j for j in api.get("/v1/jobs").json()["items"] if j["external_id"] == "S1")
    assert search(api) == [original]
    assert api.post(f"/v1/jobs/{original}/close").status_code == 200
    assert api.get(f"/v1/jobs/{copy['id']}").json()["duplicate_of"] is None
    assert search(api) == [copy["id"]]


def test_within_one_source_identical_postings_stay_separate(api: httpx.Client) -> None:
    company = employer(api)
    first = post_job(api, company, location=loc(HEFEI))
    second = post_job(api, company, location=loc(north_of(HEFEI, 0.05)))
    jobs = api.get("/v1/jobs").json()["items"]
    assert all(j["duplicate_of"] is None for j in jobs) and {first, second} == {j["id"] for j in jobs}
