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

PUSH = {"consent": "personalised", "channel": "inbox", "wechat_subscribed": False}


def page(api: httpx.Client, seeker: int) -> dict[str, Any]:
    response = api.get(f"/v1/jobseekers/{seeker}/matches")
    assert response.status_code == 200, response.text
    return dict(response.json())


def seekers_of(api: httpx.Client, job: int) -> list[int]:
    return [s["jobseeker"]["id"] for s in api.get(f"/v1/jobs/{job}/matches").json()["items"]]


def pushed(settings: Settings, seeker: int) -> list[tuple[str, int]]:
    """(audience, job) of every push item the plan makes for this seeker: their own push and employers' digests."""
    engine = make_engine(settings.database_url)
    try:
        sessions = make_session_factory(engine)
        run_plan(sessions, PushSetup.from_settings(settings, weights_from_settings(settings)))
        with sessions() as s:
            rows = s.execute(select(PushItem.audience, PushItem.job_id).where(PushItem.jobseeker_id == seeker)).all()
    finally:
        engine.dispose()
    return [(str(audience), int(job)) for audience, job in rows]
