"""What the HTTP tests of a person's limits share: a seeker's match page, an employer's list of seekers for a job,
and what a night's push plan sends to one seeker."""

from __future__ import annotations

from typing import Any

import httpx
from sqlalchemy import select

from app.config import Settings
from app.db import make_engine, make_session_factory
from app.models import PushItem
from app.services.engine.matcher import weights_from_settings
from app.services.pushes.nightly import PushSetup, run_plan
from matching.coding import OccupationCoder

PUSH = {"consent": "personalised", "channel": "inbox", "wechat_subscribed": False}


def page(api: httpx.Client, seeker: int, **params: Any) -> dict[str, Any]:
    response = api.get(f"/v1/jobseekers/{seeker}/matches", params=params)
    assert response.status_code == 200, response.text
    return dict(response.json())


def seekers_of(api: httpx.Client, job: int) -> list[int]:
    return [s["jobseeker"]["id"] for s in api.get(f"/v1/jobs/{job}/matches").json()["items"]]


def plan(settings: Settings, coder: OccupationCoder | None = None) -> list[tuple[str, int, int]]:
    """Runs a night's push plan and gives (audience, seeker, job) of every item it made, by rank: seekers' own pushes
    and employers' digests. `coder`: the server's occupation coder, for plans that rank by codes as the page does."""
    engine = make_engine(settings.database_url)
    try:
        sessions = make_session_factory(engine)
        run_plan(sessions, PushSetup.from_settings(settings, weights_from_settings(settings, coder), coder))
        with sessions() as s:
            rows = s.execute(
                select(PushItem.audience, PushItem.jobseeker_id, PushItem.job_id).order_by(PushItem.rank, PushItem.id)
            ).all()
    finally:
        engine.dispose()
    return [(str(audience), int(seeker), int(job)) for audience, seeker, job in rows]


def pushed(settings: Settings, seeker: int, coder: OccupationCoder | None = None) -> list[tuple[str, int]]:
    """(audience, job) of every item a night's plan makes for this seeker, by rank (`plan`)."""
    return [(audience, job) for audience, who, job in plan(settings, coder) if who == seeker]
