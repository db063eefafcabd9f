"""A kept page stays kept through a change in its reach that cannot alter it (`clearance.PageJudge`), and every page
served, kept or built, equals one built now."""

from __future__ import annotations

import json
import random
from typing import Any

import httpx
from fastapi import FastAPI
from prometheus_client import REGISTRY

from app.config import Settings
from app.main import create_app
from app.runtime import Runtime
from app.schemas.match import MatchQuery
from app.services.identity.principal import SYSTEM
from app.services.matching import matches
from matching.embedding import Embedder
from tests.factories import HEFEI, employer, loc, match_page, north_of, post_job, post_seeker
from tests.live import live_server

TITLES = ("电焊工", "保洁员", "叉车司机", "普工", "外卖骑手", "厨师", "仓库管理员")


def _judged() -> dict[str, float]:
    return {
        outcome: REGISTRY.get_sample_value("jobcircle_match_pages_judged_total", {"outcome": outcome}) or 0.0
        for outcome in ("kept", "dropped")
    }


def _built_now(runtime: Runtime, seeker: int, query: MatchQuery) -> dict[str, Any]:
    """The page built afresh in this process, beside the server's kept pages (which it leaves as they are)."""
    with runtime.sessions() as session:
        page = matches.matches_for_seeker(session, runtime.matcher, SYSTEM, seeker, query)
    out: dict[str, Any] = json.loads(page.model_dump_json())
    out.pop("request_id")
    return out


def _same(served: Any, built: Any) -> bool:
    """Equal pages but for the freshness a moment adds: a page kept and one built seconds later differ in their scores
    by up to ~4.3e-8 a second (`PageCache`), which can turn a shown fourth decimal; every other value equal."""
    if isinstance(served, dict) and isinstance(built, dict):
        return served.keys() == built.keys() and all(_same(served[k], built[k]) for k in served)
    if isinstance(served, list) and isinstance(built, list):
        return len(served) == len(built) and all(_same(a, b) for a, b in zip(served, built))
    if isinstance(served, float) and isinstance(built, float):
        return abs(served - built) <= 1.01e-4
    return bool(served == built)


def _patch(api: httpx.Client, job: int, **body: Any) -> None:
    response = api.patch(f"/v1/jobs/{job}", json=body)
    assert response.status_code == 200, response.text


def test_a_change_below_the_page_keeps_it_and_one_into_it_does_not(app: FastAPI, api: httpx.Client):
    runtime: Runtime = app.state.runtime
    boss = employer(api)
    welders = [post_job(api, boss, title="电焊工", location=loc(north_of(HEFEI, 0.2 * (i + 1)))) for i in range(4)]
    cooks = [post_job(api, boss, title="厨师", location=loc(north_of(HEFEI, 0.3 + 0.2 * i))) for i in range(8)]
    seeker = post_seeker(api, HEFEI, desired_job="电焊工")
    first = match_page(api, seeker, limit=3)
    assert {m["job"]["id"] for m in first["items"]} <= set(welders)
    judged, kept = _judged(), _kept()
    _patch(api, cooks[-1], hiring_radius_km=30)  # a cook far down the page: it stays below every score read
    _patch(api, cooks[-2], salary={"min": 4100, "max": 5200, "unit": "month"})
    runtime.feed.catch_up()
    assert match_page(api, seeker, limit=3) == first and _same(first, _built_now(runtime, seeker, MatchQuery(limit=3)))
    assert _kept() == kept + 1 and _judged()["kept"] >= judged["kept"] + 2
    _patch(api, cooks[-1], title="电焊工", description="电焊工，持焊工证")  # now as wanted as the welders shown
    runtime.feed.catch_up()
    again = match_page(api, seeker, limit=3)
    assert _kept() == kept + 1 and _same(again, _built_now(runtime, seeker, MatchQuery(limit=3)))
    assert _judged()["dropped"] > judged["dropped"]


def test_a_raise_that_lifts_a_posting_onto_the_page_drops_it(app: FastAPI, api: httpx.Client):
    """Only the pay moves: the posting's similarity and distance, all its score ceiling reads, stay as they were, so
    a judge that trusted too low a ceiling would keep a page the raise changed."""
    runtime: Runtime = app.state.runtime
    boss = employer(api)
    low = {"min": 2000, "max": 2500, "unit": "month"}
    welders = [
        post_job(api, boss, title="电焊工", salary=low, location=loc(north_of(HEFEI, 0.5 + 0.1 * i))) for i in range(6)
    ]
    for i in range(8):
        post_job(api, boss, title="厨师", salary=low, location=loc(north_of(HEFEI, 0.4 + 0.1 * i)))
    seeker = post_seeker(api, HEFEI, desired_job="电焊工")  # expects 6,000 a month
    first = match_page(api, seeker, limit=3)
    assert [m["job"]["id"] for m in first["items"]] == welders[:3]
    kept = _kept()
    _patch(api, welders[-1], salary={"min": 9000, "max": 9500, "unit": "month"})
    runtime.feed.catch_up()
    again = match_page(api, seeker, limit=3)
    assert _kept() == kept and _same(again, _built_now(runtime, seeker, MatchQuery(limit=3)))
    assert again["items"][0]["job"]["id"] == welders[-1]


def test_random_writes_every_page_served_equals_one_built_now(settings: Settings, fake_embedder: Embedder):
    """Forty writes of every kind in and around four seekers' circles; after each, every seeker's pages (the first,
    the first of three, the second of three) equal pages built now (`_same`), kept or not; with the judge more of them are
    served as kept than without it, the same writes made."""
    with_judge, judged = _random_writes(settings, fake_embedder, judge=True)
    without, _ = _random_writes(settings, fake_embedder, judge=False)
    assert judged["kept"] > 0 and with_judge > without + 40, (with_judge, without, judged)


def _random_writes(settings: Settings, fake_embedder: Embedder, *, judge: bool) -> tuple[int, dict[str, float]]:
    app = create_app(settings.model_copy(update={"match_page_judge": judge}), embedder=fake_embedder)
    rng = random.Random(5)
    before_judged = _judged()
    kept = 0
    with live_server(app) as api:
        runtime: Runtime = app.state.runtime
        boss = employer(api)
        jobs = [
            post_job(api, boss, title=rng.choice(TITLES), location=loc(north_of(HEFEI, rng.uniform(0, 5))))
            for _ in range(24)
        ]
        seekers = [
            post_seeker(api, north_of(HEFEI, km), desired_job=title, phone=f"1390000{i:04d}")
            for i, (km, title) in enumerate(((0.0, "电焊工"), (1.0, "保洁员"), (2.5, "厨师"), (4.0, "普工")))
        ]
        queries = [MatchQuery(), MatchQuery(limit=3), MatchQuery(limit=3, offset=3)]
        for step in range(40):
            _write(api, boss, jobs, rng, step % 6)
            runtime.feed.catch_up()
            for seeker in seekers:
                for query in queries:
                    params = query.model_dump(exclude_defaults=True)
                    was = _kept()
                    served = match_page(api, seeker, **params)
                    kept += int(_kept() > was)
                    built = _built_now(runtime, seeker, query)
                    assert _same(served, built), f"step {step}, seeker {seeker}, {params}: {served} != {built}"
    after = _judged()
    return kept, {k: after[k] - before_judged[k] for k in after}


def _write(api: httpx.Client, boss: int, jobs: list[int], rng: random.Random, kind: int) -> None:
    job = rng.choice(jobs)
    if kind == 0:
        _patch(api, job, hiring_radius_km=round(rng.uniform(0.5, 30), 1))
    elif kind == 1:
        low = rng.randrange(2000, 9000, 100)
        _patch(api, job, salary={"min": low, "max": low + 1500, "unit": "month"})
    elif kind == 2:
        _patch(api, job, title=rng.choice(TITLES))
    elif kind == 3:
        _patch(api, job, location=loc(north_of(HEFEI, rng.uniform(0, 8))))
    elif kind == 4:
        jobs.append(post_job(api, boss, title=rng.choice(TITLES), location=loc(north_of(HEFEI, rng.uniform(0, 8)))))
    else:
        assert api.post(f"/v1/jobs/{job}/close").status_code == 200
        jobs.remove(job)


def _kept() -> float:
    return REGISTRY.get_sample_value("jobcircle_match_pages_total", {"outcome": "kept"}) or 0.0
