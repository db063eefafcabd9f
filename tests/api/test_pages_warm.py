"""Stored seekers' first pages built ahead of their asking (`JOBCIRCLE_MATCH_PAGE_WARM`): the first look is served
as kept, equals a page built now, and stays so as postings and the seeker's own profile change."""

from __future__ import annotations

import random
import threading
import time
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from prometheus_client import REGISTRY

from app.config import Settings
from app.main import create_app
from app.runtime import Runtime
from app.services.matching import matches
from app.services.matching.warm import PageWarmer
from matching.embedding import Embedder
from tests.factories import HEFEI, employer, loc, match_page, north_of, post_job, post_seeker
from tests.live import live_server

TITLES = ("电焊工", "保洁员", "叉车司机", "普工", "外卖骑手")


@pytest.fixture
def warm_settings(settings: Settings) -> Settings:
    return settings.model_copy(update={"match_page_warm": 8, "match_page_warm_interval_s": 0.05})


@pytest.fixture
def app(warm_settings: Settings, fake_embedder: Embedder) -> FastAPI:
    return create_app(warm_settings, embedder=fake_embedder)


def _outcomes() -> dict[str, float]:
    return {
        outcome: REGISTRY.get_sample_value("jobcircle_match_pages_total", {"outcome": outcome}) or 0.0
        for outcome in ("kept", "built", "uncached")
    }


def _settled(runtime: Runtime, timeout_s: float = 20.0) -> None:
    """Every write so far seen by this process's feed, and every page it drops built again."""
    runtime.feed.catch_up()
    warmer = runtime.warmer
    assert warmer is not None
    deadline = time.monotonic() + timeout_s
    while not warmer.idle():
        assert time.monotonic() < deadline, "the warmer never settled"
        time.sleep(0.02)


def _first_looks(api: httpx.Client, runtime: Runtime, seekers: list[int]) -> dict[int, dict[str, Any]]:
    """Each seeker's first page as they would see it now, every one of them served as kept (none built)."""
    _settled(runtime)
    before = _outcomes()
    answered = {s: match_page(api, s) for s in seekers}
    after = _outcomes()
    assert after["built"] == before["built"] and after["kept"] - before["kept"] == len(seekers)
    return answered


def _built_now(api: httpx.Client, runtime: Runtime, seekers: list[int]) -> dict[int, dict[str, Any]]:
    runtime.matcher.pages.clear()
    return {s: match_page(api, s) for s in seekers}


def test_off_by_default(settings: Settings, fake_embedder: Embedder):
    default = create_app(settings, embedder=fake_embedder)  # the suite's settings, not this module's
    with live_server(default) as api:
        seeker = post_seeker(api, HEFEI)
        before = _outcomes()
        match_page(api, seeker)
        assert default.state.runtime.warmer is None and _outcomes()["built"] == before["built"] + 1


def test_a_new_seekers_first_look_is_served_as_kept(app: FastAPI, api: httpx.Client):
    runtime: Runtime = app.state.runtime
    boss = employer(api)
    jobs = [post_job(api, boss, location=loc(north_of(HEFEI, km))) for km in (0.5, 1.0, 2.0)]
    seeker = post_seeker(api, HEFEI)
    first = _first_looks(api, runtime, [seeker])[seeker]
    assert {m["job"]["id"] for m in first["items"]} == set(jobs)
    assert first == _built_now(api, runtime, [seeker])[seeker]


def test_a_change_in_reach_and_the_seekers_edit_are_built_again_ahead(app: FastAPI, api: httpx.Client):
    runtime: Runtime = app.state.runtime
    boss = employer(api)
    post_job(api, boss, title="保洁员", location=loc(north_of(HEFEI, 1.0)))
    seeker = post_seeker(api, HEFEI, desired_job="保洁员")
    before = _first_looks(api, runtime, [seeker])[seeker]
    new = post_job(api, boss, title="电焊工", location=loc(north_of(HEFEI, 0.5)))
    after = _first_looks(api, runtime, [seeker])[seeker]
    assert new in [m["job"]["id"] for m in after["items"]] and after["total"] == before["total"] + 1
    edited = api.patch(f"/v1/jobseekers/{seeker}", json={"desired_job": "电焊工"})
    assert edited.status_code == 200, edited.text
    mine = _first_looks(api, runtime, [seeker])[seeker]
    assert mine == _built_now(api, runtime, [seeker])[seeker]
    assert mine["items"][0]["job"]["id"] == new  # the edit is in the page served as kept


def test_the_most_recently_updated_are_warmed_at_start(
    settings: Settings, warm_settings: Settings, fake_embedder: Embedder
):
    with live_server(create_app(settings, embedder=fake_embedder)) as api:
        seekers = [post_seeker(api, north_of(HEFEI, km), phone=f"1370000{i:04d}") for i, km in enumerate((0, 5, 10))]
    capped = warm_settings.model_copy(update={"match_page_warm": 2})
    app = create_app(capped, embedder=fake_embedder)
    with live_server(app) as api:
        runtime: Runtime = app.state.runtime
        assert runtime.warmer is not None
        _settled(runtime)
        assert runtime.warmer.wanted() == [seekers[2], seekers[1]]
        _first_looks(api, runtime, seekers[1:])
        before = _outcomes()
        match_page(api, seekers[0])  # not among the two: built on asking, and from then on among the most recent
        assert _outcomes()["built"] == before["built"] + 1
        assert runtime.warmer.wanted() == [seekers[0], seekers[2]]


def test_warmed_pages_equal_pages_built_now_as_postings_change(
    app: FastAPI, api: httpx.Client, monkeypatch: pytest.MonkeyPatch
):
    """Seekers along a line north of Hefei, postings written at random along it; after each write and the warmer's
    round, every seeker's first look is served as kept and equals a page built now (the clock held still)."""
    held = datetime.now(UTC) + timedelta(hours=1)
    monkeypatch.setattr(matches, "utcnow", lambda: held)
    runtime: Runtime = app.state.runtime
    rng = random.Random(23)
    boss = employer(api)

    def somewhere() -> dict[str, Any]:
        return loc(north_of(HEFEI, rng.uniform(0.0, 30.0)))

    jobs = [post_job(api, boss, title=rng.choice(TITLES), location=somewhere()) for _ in range(16)]
    seekers = [
        post_seeker(api, north_of(HEFEI, km), phone=f"1370001{i:04d}", desired_job=TITLES[i % len(TITLES)])
        for i, km in enumerate((0.0, 7.5, 15.0, 22.5, 30.0))
    ]
    for step in range(8):
        if step % 3 == 0:
            jobs.append(post_job(api, boss, title=rng.choice(TITLES), location=somewhere()))
        elif step % 3 == 1:
            body = {"salary": {"min": rng.randrange(3000, 9000, 500), "unit": "month"}}
            assert api.patch(f"/v1/jobs/{rng.choice(jobs)}", json=body).status_code == 200
        else:
            assert api.post(f"/v1/jobs/{jobs.pop(rng.randrange(len(jobs)))}/close").status_code == 200
        assert _first_looks(api, runtime, seekers) == _built_now(api, runtime, seekers), f"step {step}"


def test_an_erased_seeker_leaves_the_warm_set_and_memory(app: FastAPI, api: httpx.Client):
    runtime: Runtime = app.state.runtime
    erased = post_seeker(api, HEFEI)
    _settled(runtime)
    assert runtime.warmer is not None and erased in runtime.warmer.wanted()
    assert api.delete(f"/v1/jobseekers/{erased}").status_code == 204
    _settled(runtime)
    assert erased not in runtime.warmer.wanted()
    assert not any(isinstance(k, tuple) and k[0] == erased for k in runtime.matcher.pages._pages)


def test_pages_are_built_ahead_only_while_no_request_is_answered(settings: Settings, fake_embedder: Embedder):
    """Under load a dropped page is built on asking, not ahead as well: the warmer waits for a quiet process."""
    default = create_app(settings, embedder=fake_embedder)  # no warmer of its own
    with live_server(default) as api:
        seekers = [post_seeker(api, north_of(HEFEI, km), phone=f"1370003{i:04d}") for i, km in enumerate((0, 5))]
        runtime: Runtime = default.state.runtime
        runtime.feed.catch_up()
        quiet = [0.0]  # seconds without a request, as the access log would tell
        warmer = PageWarmer(runtime.sessions, runtime.matcher, 8, idle_s=lambda: quiet[0])
        warmer.seed()
        stop = threading.Event()
        threading.Timer(0.3, stop.set).start()
        assert warmer.step(stop) == 0 and sorted(warmer.due()) == sorted(seekers)  # busy all along: none built
        quiet[0] = 1.0
        assert warmer.step(threading.Event()) == 2 and warmer.idle()
        before = _outcomes()
        match_page(api, seekers[0])
        assert _outcomes()["kept"] == before["kept"] + 1


def test_no_pages_are_built_ahead_into_a_full_cache(
    settings: Settings, fake_embedder: Embedder, monkeypatch: pytest.MonkeyPatch
):
    """More seekers wanted than the memory holds: building stops where the next page would push out another, rather
    than building the pushed-out one again and again."""
    default = create_app(settings, embedder=fake_embedder)
    with live_server(default) as api:
        boss = employer(api)
        for km in (0.2, 0.4, 0.6):
            post_job(api, boss, location=loc(north_of(HEFEI, km)))
        seekers = [post_seeker(api, north_of(HEFEI, 0.1 * i), phone=f"1370004{i:04d}") for i in range(6)]
        runtime: Runtime = default.state.runtime
        runtime.feed.catch_up()
        pages = runtime.matcher.pages
        match_page(api, seekers[0])
        one = pages._bytes  # one page's bytes, as kept
        pages.clear()
        monkeypatch.setattr(pages, "_max_bytes", int(3.2 * one))
        warmer = PageWarmer(runtime.sessions, runtime.matcher, 8)
        warmer.seed()
        first = warmer.step()
        assert 1 <= first < len(seekers) and pages.crowded
        assert warmer.step() == 0 and len(pages._pages) == first  # none pushed out, none built again
