"""A stored seeker's match page served again (`PageCache`): only while the database still agrees with it."""

from __future__ import annotations

import re

import httpx
from fastapi import FastAPI
from sqlalchemy import create_engine, text

from app.config import Settings
from app.main import create_app
from matching.embedding import Embedder
from tests.factories import HEFEI, employer, loc, match_ids, north_of, post_job, post_seeker
from tests.live import live_server


def _sql(settings: Settings, statement: str, **values: object) -> None:
    """A write the way another process makes one: nothing of this process hears of it."""
    engine = create_engine(settings.database_url)
    with engine.begin() as conn:
        conn.execute(text(statement), values)
    engine.dispose()


def _pages(api: httpx.Client) -> dict[str, float]:
    """`jobcircle_match_pages_total` by outcome, as a scrape reads it."""
    found = re.findall(
        r'^jobcircle_match_pages_total\{outcome="(\w+)"\} (\S+)$', api.get("/metrics").text, re.MULTILINE
    )
    return {outcome: float(value) for outcome, value in found}


def test_a_repeated_page_is_served_again_with_its_own_request_id(api: httpx.Client, builds: list[int]):
    before = _pages(api)
    post_job(api, employer(api))
    seeker = post_seeker(api)
    first = api.get(f"/v1/jobseekers/{seeker}/matches")
    second = api.get(f"/v1/jobseekers/{seeker}/matches")
    assert first.status_code == second.status_code == 200
    assert first.headers["content-type"] == "application/json"
    one, two = first.json(), second.json()
    assert one.pop("request_id") != two.pop("request_id")
    assert one == two and len(builds) == 1
    api.get(f"/v1/jobseekers/{seeker}/matches", params={"limit": 5})
    assert len(builds) == 2  # another query is another page
    after = _pages(api)  # the share of pages served again is counted, for whoever tunes the keeping time
    assert after["kept"] - before.get("kept", 0) == 1 and after["built"] - before.get("built", 0) == 2


def test_a_profile_change_rebuilds_the_page(api: httpx.Client, builds: list[int]):
    boss = employer(api)
    near = post_job(api, boss, location=loc(north_of(HEFEI, 1.5)))
    far = post_job(api, boss, location=loc(north_of(HEFEI, 4.0)))
    seeker = post_seeker(api, HEFEI)
    assert match_ids(api, seeker) == [near]
    assert api.patch(f"/v1/jobseekers/{seeker}", json={"radius_km": 5}).status_code == 200
    assert set(match_ids(api, seeker)) == {near, far}


def test_a_profile_changed_by_another_process_rebuilds_the_page(
    api: httpx.Client, settings: Settings, builds: list[int]
):
    boss = employer(api)
    near = post_job(api, boss, location=loc(north_of(HEFEI, 1.5)))
    far = post_job(api, boss, location=loc(north_of(HEFEI, 4.0)))
    seeker = post_seeker(api, HEFEI)
    assert match_ids(api, seeker) == [near]
    _sql(settings, "UPDATE jobseekers SET radius_km = 5 WHERE id = :id", id=seeker)  # no feed entry, no event
    assert set(match_ids(api, seeker)) == {near, far} and len(builds) == 2


def test_a_dismissed_job_leaves_the_page_at_once(api: httpx.Client, builds: list[int]):
    boss = employer(api)
    jobs = [post_job(api, boss, location=loc(north_of(HEFEI, km))) for km in (0.5, 1.0)]
    seeker = post_seeker(api, HEFEI)
    page = api.get(f"/v1/jobseekers/{seeker}/matches").json()
    assert [m["job"]["id"] for m in page["items"]] == jobs
    event = {"type": "dismiss", "job_id": jobs[0], "jobseeker_id": seeker, "request_id": page["request_id"]}
    assert api.post("/v1/events", json=event).status_code == 201
    assert match_ids(api, seeker) == [jobs[1]]


def test_a_new_posting_nearby_enters_the_page(api: httpx.Client, builds: list[int]):
    boss = employer(api)
    first = post_job(api, boss, location=loc(north_of(HEFEI, 1.0)))
    seeker = post_seeker(api, HEFEI)
    assert match_ids(api, seeker) == [first]
    second = post_job(api, boss, location=loc(north_of(HEFEI, 0.5)))  # the feed's generation moves
    assert match_ids(api, seeker) == [second, first] and len(builds) == 2


def test_a_shown_posting_closed_or_edited_behind_the_feed_rebuilds_the_page(
    api: httpx.Client, settings: Settings, builds: list[int]
):
    boss = employer(api)
    jobs = [post_job(api, boss, location=loc(north_of(HEFEI, km))) for km in (0.5, 1.0)]
    seeker = post_seeker(api, HEFEI)
    assert match_ids(api, seeker) == jobs
    _sql(settings, "UPDATE jobs SET title = '叉车司机', version = version + 1 WHERE id = :id", id=jobs[1])
    items = api.get(f"/v1/jobseekers/{seeker}/matches").json()["items"]
    assert items[1]["job"]["title"] == "叉车司机" and len(builds) == 2
    _sql(settings, "UPDATE jobs SET status = 'closed' WHERE id = :id", id=jobs[0])
    assert match_ids(api, seeker) == [jobs[1]] and len(builds) == 3


def test_no_page_is_kept_when_turned_off(settings: Settings, fake_embedder: Embedder, builds: list[int]):
    off = settings.model_copy(update={"match_page_cache_s": 0.0})
    with live_server(create_app(off, embedder=fake_embedder)) as api:
        post_job(api, employer(api))
        seeker = post_seeker(api)
        match_ids(api, seeker)
        match_ids(api, seeker)
    assert len(builds) == 2


def test_an_erased_persons_kept_pages_leave_the_process(app: FastAPI, api: httpx.Client):
    """Their page quotes their own words (按简历中「…」判断): it must not outlive them in memory."""
    post_job(api, employer(api))
    seeker, other = post_seeker(api), post_seeker(api, phone="13700002222")
    for who in (seeker, other):
        assert api.get(f"/v1/jobseekers/{who}/matches").status_code == 200
    kept = app.state.runtime.matcher.pages
    assert {key[0] for key in kept._pages} == {seeker, other}
    assert api.delete(f"/v1/jobseekers/{seeker}").status_code == 204
    assert {key[0] for key in kept._pages} == {other}  # the deleting process caught up before answering
