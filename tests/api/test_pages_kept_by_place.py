"""A kept match page ends only where and when postings change it: a write in its reach (at a posting's old or new
point), the first posting there to expire, or a change feed that no longer reaches back to its build."""

from __future__ import annotations

import random
import time
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import pytest
from fastapi import FastAPI

from app.services.engine.changes import ChangeLog
from app.services.matching import matches
from tests.factories import HEFEI, employer, loc, match_page, north_of, post_job, post_seeker

TITLES = ("电焊工", "保洁员", "叉车司机", "普工", "外卖骑手")


def _patch(api: httpx.Client, job: int, **body: Any) -> None:
    assert api.patch(f"/v1/jobs/{job}", json=body).status_code == 200


def test_a_posting_written_outside_the_pages_reach_keeps_it(api: httpx.Client, builds: list[int]):
    boss = employer(api)
    near = post_job(api, boss, location=loc(north_of(HEFEI, 1.0)))
    seeker = post_seeker(api, HEFEI)
    first = match_page(api, seeker)
    assert first["thin"] and [m["job"]["id"] for m in first["items"]] == [near]  # its reach: the ring, 6 km
    far = post_job(api, boss, location=loc(north_of(HEFEI, 6.5)))
    _patch(api, far, salary={"min": 6500, "max": 8500, "unit": "month"})
    assert api.post(f"/v1/jobs/{far}/close").status_code == 200
    assert match_page(api, seeker) == first and len(builds) == 1  # three writes, none of them in its reach
    ring = post_job(api, boss, location=loc(north_of(HEFEI, 5.0)))  # in the ring, not the circle: thin pages show it
    again = match_page(api, seeker)
    assert len(builds) == 2 and ring in [m["job"]["id"] for m in again["beyond"]]


def test_a_posting_moved_counts_where_it_was_and_where_it_went(api: httpx.Client, builds: list[int]):
    boss = employer(api)
    shown = post_job(api, boss, location=loc(north_of(HEFEI, 0.5)))
    counted = post_job(api, boss, location=loc(north_of(HEFEI, 1.0)))
    away = post_job(api, boss, location=loc(north_of(HEFEI, 40.0)))
    seeker = post_seeker(api, HEFEI)
    assert match_page(api, seeker, limit=1)["total"] == 2
    _patch(api, counted, location=loc(north_of(HEFEI, 30.0)))  # left the circle: only its old point was in reach
    assert match_page(api, seeker, limit=1)["total"] == 1 and len(builds) == 2
    _patch(api, away, location=loc(north_of(HEFEI, 1.5)))  # came in: only its new point is in reach
    page = match_page(api, seeker, limit=1)
    assert page["total"] == 2 and [m["job"]["id"] for m in page["items"]] == [shown] and len(builds) == 3


def test_a_posting_expiring_in_the_circle_ends_the_keep(api: httpx.Client, builds: list[int]):
    boss = employer(api)
    post_job(api, boss, location=loc(north_of(HEFEI, 0.5)))
    ends = datetime.now(UTC) + timedelta(seconds=3)
    post_job(api, boss, location=loc(north_of(HEFEI, 1.0)), valid_until=ends.isoformat())  # counted, not shown
    seeker = post_seeker(api, HEFEI)
    assert match_page(api, seeker, limit=1)["total"] == 2
    assert match_page(api, seeker, limit=1)["total"] == 2 and len(builds) == 1
    time.sleep(max((ends - datetime.now(UTC)).total_seconds(), 0) + 0.2)
    assert match_page(api, seeker, limit=1)["total"] == 1 and len(builds) == 2  # no write: the time alone


def test_a_page_older_than_the_feeds_record_is_built_again(
    app: FastAPI, api: httpx.Client, builds: list[int], monkeypatch: pytest.MonkeyPatch
):
    feed = app.state.runtime.matcher.feed
    monkeypatch.setattr(feed, "job_changes", ChangeLog(capacity=2))
    boss = employer(api)
    post_job(api, boss, location=loc(north_of(HEFEI, 1.0)))
    seeker = post_seeker(api, HEFEI)
    first = match_page(api, seeker)
    far = [post_job(api, boss, location=loc(north_of(HEFEI, 100.0 + k))) for k in range(2)]
    assert match_page(api, seeker) == first and len(builds) == 1  # two points held: the log still reaches back
    _patch(api, far[0], salary={"min": 6500, "max": 8500, "unit": "month"})  # the third: the first batch is let go
    assert match_page(api, seeker) == first and len(builds) == 2


def test_kept_pages_equal_pages_built_now_as_postings_change_near_and_far(
    app: FastAPI, api: httpx.Client, builds: list[int], monkeypatch: pytest.MonkeyPatch
):
    """Seekers around a line north of Hefei, postings written at random along it, in and out of their circles and
    rings; after each write every seeker's answer (kept or not) equals a page built now. The clock is held still:
    freshness, the one drift a kept page is allowed, is then nil."""
    held = datetime.now(UTC) + timedelta(hours=1)
    monkeypatch.setattr(matches, "utcnow", lambda: held)
    rng = random.Random(27)
    boss = employer(api)

    def somewhere() -> dict[str, Any]:
        return loc(north_of(HEFEI, rng.uniform(0.0, 40.0)))

    def posted() -> int:
        return post_job(api, boss, title=rng.choice(TITLES), location=somewhere())

    jobs = [posted() for _ in range(24)]
    seekers = [
        post_seeker(api, north_of(HEFEI, km), phone=f"1370000{i:04d}", desired_job=TITLES[i % len(TITLES)])
        for i, km in enumerate((0.0, 8.0, 16.0, 24.0, 32.0, 40.0))
    ]
    pages = app.state.runtime.matcher.pages
    for step in range(14):
        kind = step % 4
        if kind == 0:
            jobs.append(posted())
        elif kind == 1:
            _patch(api, rng.choice(jobs), salary={"min": rng.randrange(3000, 9000, 500), "unit": "month"})
        elif kind == 2:
            _patch(api, rng.choice(jobs), location=somewhere())
        else:
            gone = jobs.pop(rng.randrange(len(jobs)))
            assert api.post(f"/v1/jobs/{gone}/close").status_code == 200
        answered = {s: match_page(api, s) for s in seekers}  # kept, or built again after a write in reach
        pages.clear()
        fresh = {s: match_page(api, s) for s in seekers}  # built now, and kept for the next step
        assert answered == fresh, f"step {step}"
    rebuilt = len(builds) - 2 * len(seekers) - (14 - 1) * len(seekers)  # less the first builds and the fresh ones
    assert 0 < rebuilt < (14 - 1) * len(seekers)  # after a write, some pages kept (every one was built on main)


def test_the_outer_reach_of_a_page_is_its_ring_only_when_thin(app: FastAPI, api: httpx.Client, builds: list[int]):
    """A page that is not thin never searched the ring: a write there leaves it kept."""
    boss = employer(api)
    for km in (0.2, 0.4, 0.6, 0.8):
        post_job(api, boss, location=loc(north_of(HEFEI, km)))
    seeker = post_seeker(api, HEFEI)
    first = match_page(api, seeker)
    if first["thin"]:
        pytest.skip("the test embedder scores these under the good-match line")
    post_job(api, boss, location=loc(north_of(HEFEI, 4.5)))
    assert match_page(api, seeker) == first and len(builds) == 1
