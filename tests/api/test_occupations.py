"""Occupation codes through the API: suggestions, codes on postings and profiles, filters, facets."""

from __future__ import annotations

import httpx
import pytest

from tests.factories import (
    HEFEI,
    employer,
    loc,
    match_ids,
    north_of,
    post_job,
    post_seeker,
)


def test_suggest_reads_colloquial_and_military_words(api: httpx.Client):
    response = api.get("/v1/occupations/suggest", params={"text": "汽车兵", "limit": 5})
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["items"][0]["code"] == "4-02-02-02" and body["items"][0]["name"] == "道路货运汽车驾驶员"
    assert body["items"][0]["path"][-1] == "道路货运汽车驾驶员" and body["items"][0]["level"] == 4
    assert len(body["items"]) == 5 and "道路货运汽车驾驶员" in body["expanded"]
    assert api.get("/v1/occupations/suggest", params={"text": "干过流水线"}).json()["items"][0]["code"] == "6-00-00-00"


def test_suggest_rejects_empty_text(api: httpx.Client):
    response = api.get("/v1/occupations/suggest", params={"text": ""})
    assert response.status_code == 422 and "text" in response.text


def test_postings_and_profiles_carry_their_codes_and_recode_when_the_text_changes(api: httpx.Client):
    job_id = post_job(api, employer(api), title="电焊工")
    job = api.get(f"/v1/jobs/{job_id}").json()
    assert job["occupations"][0]["code"] == "6-18-02-04" and len(job["occupations"]) == 3
    api.patch(f"/v1/jobs/{job_id}", json={"title": "保洁员", "description": "小区打扫卫生"})
    assert api.get(f"/v1/jobs/{job_id}").json()["occupations"][0]["code"] == "4-09-08-01"
    seeker_id = post_seeker(api, desired_job="送外卖", experience="骑手两年")
    assert api.get(f"/v1/jobseekers/{seeker_id}").json()["occupations"][0]["code"] == "4-10-08-01"


def test_occupation_filters_matches_lists_and_searches(api: httpx.Client):
    company = employer(api)
    welder = post_job(api, company, title="电焊工")
    cleaner = post_job(api, company, title="保洁员", description="写字楼保洁", location=loc(north_of(HEFEI, 0.5)))
    seeker = post_seeker(api, desired_job="什么活都行", experience="能吃苦")
    assert set(match_ids(api, seeker)) == {welder, cleaner}
    assert match_ids(api, seeker, occupation="6-18") == [welder]  # the group 焊接 and cutting
    assert match_ids(api, seeker, occupation="4-09-08-01") == [cleaner]
    listed = api.get("/v1/jobs", params={"occupation": "6-18-02-04"}).json()
    assert [j["id"] for j in listed["items"]] == [welder]
    # A group's own code selects its whole group, in the database list as in the index.
    assert [j["id"] for j in api.get("/v1/jobs", params={"occupation": "6-00-00-00"}).json()["items"]] == [welder]
    assert api.get("/v1/jobs", params={"occupation": "9-99-99-99"}).status_code == 422
    search = api.post("/v1/matches/search", json={"text": "找活干", "location": loc(HEFEI), "occupation": "4"}).json()
    assert [m["job"]["id"] for m in search["items"]] == [cleaner]


def test_facets_count_occupations_over_every_in_radius_result(api: httpx.Client):
    company = employer(api)
    for _ in range(3):
        post_job(api, company, title="电焊工")
    post_job(api, company, title="保洁员", description="写字楼保洁")
    page = api.get(f"/v1/jobseekers/{post_seeker(api)}/matches", params={"limit": 1}).json()
    assert len(page["items"]) == 1 and page["total"] == 4
    assert page["facets"] == [
        {"code": "6-18-02-04", "name": "焊工", "count": 3},
        {"code": "4-09-08-01", "name": "保洁员", "count": 1},
    ]


@pytest.mark.parametrize("bad", ["6-1", "welder", "6-18-02-04-01", "9-99-99-99"])
def test_a_malformed_or_unknown_occupation_filter_is_422(api: httpx.Client, bad: str):
    response = api.get(f"/v1/jobseekers/{post_seeker(api)}/matches", params={"occupation": bad})
    assert response.status_code == 422 and "occupation" in response.text


def test_explanation_names_the_agreed_occupation_and_reasons_show_every_factor(api: httpx.Client):
    post_job(api, employer(api), title="电焊工", description="气保焊")
    seeker = post_seeker(api, desired_job="电焊", experience="干过五年气保焊")
    item = api.get(f"/v1/jobseekers/{seeker}/matches").json()["items"][0]
    reasons = item["reasons"]
    assert reasons["occupation"] > 0.5 and 0 < reasons["keyword"] <= 1
    assert reasons["occupations"][0]["code"] == "6-18-02-04"
    assert item["explanation"] == "0.0 km · 电焊 · 职业相符：焊工 · 月薪 6000–8000 符合期望"


def test_a_factory_posting_that_says_nothing_of_its_product_is_coded_by_its_employer_name(api: httpx.Client):
    parts = post_job(api, employer(api, name="合肥某某汽车配件有限公司"), title="普工", description="长白班，包吃住")
    agency = post_job(api, employer(api, name="合肥某某劳务派遣有限公司"), title="普工", description="长白班，包吃住")
    assert api.get(f"/v1/jobs/{parts}").json()["occupations"][0]["code"] == "6-22-02-01"  # 汽车装调工
    assert api.get(f"/v1/jobs/{agency}").json()["occupations"][0]["code"] == "6-00-00-00"
