"""Matching over HTTP: radius, eligibility, masking, pagination, lifecycle of postings."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import httpx
import pytest
from sqlalchemy import create_engine, text

from app.config import Settings
from tests.factories import (
    HEFEI,
    employer,
    loc,
    match_ids,
    north_of,
    post_job,
    post_seeker,
)


def test_matches_only_jobs_inside_the_radius_and_a_wider_radius_reaches_further(api: httpx.Client):
    boss = employer(api)
    near = post_job(api, boss, location=loc(north_of(HEFEI, 1.5)))
    far = post_job(api, boss, location=loc(north_of(HEFEI, 4.0)))
    seeker = post_seeker(api, HEFEI)
    assert match_ids(api, seeker) == [near]
    assert set(match_ids(api, seeker, radius_km=5)) == {near, far}


def test_distance_in_response_is_the_great_circle_distance(api: httpx.Client):
    job = post_job(api, employer(api), location=loc(north_of(HEFEI, 1.5)))
    item = api.get(f"/v1/jobseekers/{post_seeker(api)}/matches").json()["items"][0]
    assert item["job"]["id"] == job
    assert item["distance_km"] == pytest.approx(1.5, abs=0.001)
    assert item["explanation"].startswith("1.5 km · 电焊")
    assert set(item["reasons"]) == {
        "similarity",
        "semantic",
        "keyword",
        "occupation",
        "distance",
        "salary",
        "freshness",
        "fair",
        "unsaid_prior",
        "occupations",
    }


def test_hiring_radius_of_the_job_limits_who_sees_it(api: httpx.Client):
    boss = employer(api)
    local_only = post_job(api, boss, location=loc(north_of(HEFEI, 2.0)), hiring_radius_km=1.0)
    open_reach = post_job(api, boss, location=loc(north_of(HEFEI, 2.0)))
    assert match_ids(api, post_seeker(api)) == [open_reach]
    assert local_only not in match_ids(api, post_seeker(api), radius_km=10)


def test_public_welfare_posts_reach_only_hard_to_employ_seekers(api: httpx.Client):
    post = post_job(api, employer(api), title="社区保洁公益岗", job_type="public_welfare")
    ordinary = post_seeker(api, desired_job="保洁")
    registered = post_seeker(api, desired_job="保洁", priority_groups=["hard_to_employ"])
    assert post not in match_ids(api, ordinary)
    assert post in match_ids(api, registered)


def test_job_type_filter_and_profile_job_types_both_apply(api: httpx.Client):
    boss = employer(api)
    gig = post_job(api, boss, title="搬运零工", job_type="gig", salary={"min": 200, "max": 200, "unit": "day"})
    full = post_job(api, boss)
    anyone = post_seeker(api)
    assert set(match_ids(api, anyone)) == {gig, full}
    assert match_ids(api, anyone, job_type="gig") == [gig]
    assert match_ids(api, post_seeker(api, job_types=["full_time"])) == [full]


def test_closed_jobs_never_match(api: httpx.Client):
    job = post_job(api, employer(api))
    seeker = post_seeker(api)
    assert match_ids(api, seeker) == [job]
    closed = api.post(f"/v1/jobs/{job}/close")
    assert closed.status_code == 200 and closed.json()["status"] == "closed"
    assert match_ids(api, seeker) == []
    assert api.get("/v1/jobs", params={"status": "open"}).json()["total"] == 0


def test_expired_jobs_never_match_even_before_the_index_learns(api: httpx.Client, settings: Settings):
    soon = (datetime.now(UTC) + timedelta(days=1)).isoformat()
    job = post_job(api, employer(api), valid_until=soon)
    seeker = post_seeker(api)
    assert match_ids(api, seeker) == [job]
    engine = create_engine(settings.database_url)
    with engine.begin() as conn:  # time passes: the database says expired, the index does not know
        conn.execute(text("UPDATE jobs SET valid_until = :t"), {"t": datetime.now(UTC) - timedelta(hours=1)})
    engine.dispose()
    page = api.get(f"/v1/jobseekers/{seeker}/matches").json()
    assert page["items"] == [] and page["total"] == 0
    assert api.get(f"/v1/jobs/{job}").json()["status"] == "expired"


def test_moving_a_job_moves_its_matches(api: httpx.Client):
    job = post_job(api, employer(api))
    seeker = post_seeker(api)
    moved = api.patch(f"/v1/jobs/{job}", json={"location": loc(north_of(HEFEI, 8.0))})
    assert moved.status_code == 200
    assert match_ids(api, seeker) == []
    assert match_ids(api, seeker, radius_km=10) == [job]


def test_editing_the_text_re_embeds_the_posting(api: httpx.Client):
    job = post_job(api, employer(api), title="餐厅服务员", description="点餐传菜")
    seeker = post_seeker(api)
    before = api.get(f"/v1/jobseekers/{seeker}/matches").json()["items"][0]["reasons"]["similarity"]
    api.patch(f"/v1/jobs/{job}", json={"title": "电焊工", "description": "气保焊 电焊 五年经验"})
    after = api.get(f"/v1/jobseekers/{seeker}/matches").json()["items"][0]["reasons"]["similarity"]
    assert after > before + 0.2


def test_pages_of_matches_follow_one_exact_order(api: httpx.Client):
    boss = employer(api)
    for i in range(25):
        post_job(api, boss, title=f"普工{i}", location=loc(north_of(HEFEI, 0.1 * i)))
    seeker = post_seeker(api, radius_km=5)
    everything = match_ids(api, seeker, limit=100)
    paged = [j for offset in range(0, 25, 7) for j in match_ids(api, seeker, limit=7, offset=offset)]
    assert len(everything) == 25 and paged == everything
    assert api.get(f"/v1/jobseekers/{seeker}/matches", params={"limit": 7}).json()["total"] == 25


def test_employer_sees_nearby_seekers_masked(api: httpx.Client):
    job = post_job(api, employer(api))
    post_seeker(api, north_of(HEFEI, 1.0), name="张三丰", phone="13812341234")
    post_seeker(api, north_of(HEFEI, 9.0), name="李四", phone="13900001111", radius_km=3)
    page = api.get(f"/v1/jobs/{job}/matches").json()
    assert page["total"] == 1
    person = page["items"][0]["jobseeker"]
    assert person["name"] == "张**" and person["phone"] == "138****1234"
    assert "priority_groups" not in person and "experience" not in person


def test_deleted_seeker_is_gone_from_the_database_and_every_match(api: httpx.Client, settings: Settings):
    job = post_job(api, employer(api))
    seeker = post_seeker(api)
    assert api.get(f"/v1/jobs/{job}/matches").json()["total"] == 1
    assert api.delete(f"/v1/jobseekers/{seeker}").status_code == 204
    assert api.get(f"/v1/jobseekers/{seeker}").status_code == 404
    assert api.get(f"/v1/jobs/{job}/matches").json()["total"] == 0
    engine = create_engine(settings.database_url)
    with engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM jobseekers")).scalar() == 0
    engine.dispose()


def test_anonymous_search_matches_like_a_profile(api: httpx.Client):
    job = post_job(api, employer(api), location=loc(north_of(HEFEI, 1.0)))
    body = {"text": "会电焊，干过五年气保焊", "location": loc(HEFEI)}
    page = api.post("/v1/matches/search", json=body).json()
    assert [i["job"]["id"] for i in page["items"]] == [job]
    assert page["radius_km"] == 3.0 and page["items"][0]["reasons"]["salary"] is None


def test_jobs_list_is_paged_and_filtered(api: httpx.Client):
    first, second = employer(api, "甲厂"), employer(api, "乙厂")
    for i in range(5):
        post_job(api, first, title=f"电焊工{i}")
    post_job(api, second, title="保洁员", job_type="part_time")
    page = api.get("/v1/jobs", params={"employer_id": first, "limit": 2, "offset": 2}).json()
    assert page["total"] == 5 and len(page["items"]) == 2 and page["limit"] == 2 and page["offset"] == 2
    assert api.get("/v1/jobs", params={"q": "保洁"}).json()["total"] == 1
    assert api.get("/v1/jobs", params={"job_type": "part_time"}).json()["items"][0]["title"] == "保洁员"


def test_coordinates_are_stored_as_wgs84_whatever_was_sent(api: httpx.Client):
    gcj = {"lat": 31.8565, "lon": 117.3072, "crs": "gcj02"}
    stored = api.post("/v1/jobs", json={**_minimal_job(employer(api)), "location": gcj}).json()["location"]
    assert stored["crs"] == "wgs84"
    assert 0.0015 < abs(stored["lon"] - gcj["lon"]) + abs(stored["lat"] - gcj["lat"]) < 0.01


def test_health_reports_database_model_and_index(api: httpx.Client):
    post_job(api, employer(api))
    report = api.get("/healthz").json()
    assert report["status"] == "ok" and report["database"] == "ok"
    assert report["index"]["jobs"] == 1 and report["model"]["dim"] == 64


def _minimal_job(employer_id: int) -> dict[str, object]:
    return {
        "employer_id": employer_id,
        "title": "保洁员",
        "description": "",
        "job_type": "full_time",
        "location": loc(HEFEI),
    }


def test_employer_view_rejects_a_radius_over_the_maximum_like_the_seeker_view(api: httpx.Client):
    job = post_job(api, employer(api))
    seeker = post_seeker(api)
    for path in (f"/v1/jobs/{job}/matches", f"/v1/jobseekers/{seeker}/matches"):
        response = api.get(path, params={"radius_km": 51})
        assert response.status_code == 422, (path, response.text)
        assert response.json()["errors"][0]["field"] == "radius_km"


def test_infinite_numbers_are_rejected_in_every_body(api: httpx.Client):
    boss = employer(api)
    body = (
        f'{{"employer_id": {boss}, "title": "电焊工", "description": "", "job_type": "full_time", '
        '"location": {"lat": 31.85, "lon": 117.3}, "hiring_radius_km": Infinity}'
    )
    response = api.post("/v1/jobs", content=body, headers={"content-type": "application/json"})
    assert response.status_code == 422, response.text
    assert api.get("/v1/jobs").json()["total"] == 0
