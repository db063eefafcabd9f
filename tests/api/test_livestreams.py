"""直播带岗 / 云聘会: a fair's livestream, validated, shown by the fairs API, in searches and in pushes."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import httpx
import pytest
from sqlalchemy.orm import Session, sessionmaker

from app.config import Settings
from app.db import make_engine, make_session_factory
from app.services.engine.matcher import weights_from_settings
from app.services.pushes.nightly import PushSetup, run_plan
from tests.factories import HEFEI, employer, fair_body, loc, north_of, post_job, post_seeker

START = (
    (datetime.now(UTC) + timedelta(days=3))
    .astimezone(ZoneInfo("Asia/Shanghai"))
    .replace(hour=19, minute=0, second=0, microsecond=0)
)
LIVE = {
    "url": "https://live.douyin.com/12345",
    "platform": "抖音",
    "room": "12345",
    "starts_at": START.isoformat(),
    "ends_at": (START + timedelta(hours=2)).isoformat(),
}
WORDS = f"直播带岗：抖音 12345，{START.month}月{START.day}日 19:00"


@pytest.fixture
def sessions(settings: Settings) -> Iterator[sessionmaker[Session]]:
    engine = make_engine(settings.database_url)
    yield make_session_factory(engine)
    engine.dispose()


def live_fair(api: httpx.Client, **live: Any) -> dict[str, Any]:
    response = api.post("/v1/fairs", json=fair_body(HEFEI, kind="livestream", livestream={**LIVE, **live}))
    assert response.status_code == 201, response.text
    return dict(response.json())


def test_the_fairs_api_keeps_the_livestream(api: httpx.Client) -> None:
    fair = live_fair(api)
    assert fair["livestream"]["url"] == LIVE["url"] and fair["livestream_words"] == WORDS
    shown = api.get(f"/v1/fairs/{fair['id']}").json()
    assert shown["livestream"]["room"] == "12345"
    moved = api.patch(f"/v1/fairs/{fair['id']}", json={"livestream": {**LIVE, "room": "67890"}})
    assert moved.status_code == 200 and moved.json()["livestream"]["room"] == "67890"
    removed = api.patch(f"/v1/fairs/{fair['id']}", json={"livestream": None})
    assert removed.status_code == 200 and removed.json()["livestream"] is None


@pytest.mark.parametrize(
    "live",
    [
        {"url": "http://live.douyin.com/12345"},  # not https
        {"url": "javascript:alert(1)"},
        {"url": "https://"},
        {"url": "https://live douyin.com/1"},
        {"url": "https://user@evil.example/"},
        {"ends_at": (START - timedelta(hours=1)).isoformat()},
        {"room": ""},
    ],
)
def test_a_bad_livestream_is_a_field_error(api: httpx.Client, live: dict[str, Any]) -> None:
    response = api.post("/v1/fairs", json=fair_body(HEFEI, livestream={**LIVE, **live}))
    assert response.status_code == 422, response.text
    assert response.json()["code"] == "validation_error"
    assert all(e["field"].startswith("livestream") for e in response.json()["errors"])


def test_search_results_and_pushes_name_the_livestream(
    api: httpx.Client, settings: Settings, sessions: sessionmaker[Session]
) -> None:
    fair = live_fair(api)
    owner = employer(api)
    at_fair = post_job(api, owner, fair_id=fair["id"], location=loc(north_of(HEFEI, 0.3)))
    plain = post_job(api, owner, location=loc(north_of(HEFEI, 0.6)))
    kiosk = httpx.Client(base_url=api.base_url)
    found = kiosk.post("/v1/matches/search", json={"text": "电焊工", "place": "明光路"})
    assert found.status_code == 200, found.text
    items = {m["job"]["id"]: m for m in found.json()["items"]}
    assert items[at_fair]["livestream"] == WORDS and WORDS in items[at_fair]["explanation"]
    assert items[plain]["livestream"] is None and "直播带岗" not in items[plain]["explanation"]
    gig_at_fair = post_job(
        api,
        owner,
        title="搬运零工",
        job_type="gig",
        salary={"min": 150, "max": 200, "unit": "day"},
        fair_id=fair["id"],
        location=loc(north_of(HEFEI, 0.2)),
    )
    station = api.post("/v1/stations", json={"name": "零工驿站", "kind": "gig", "location": loc(HEFEI)}).json()
    (listed,) = kiosk.get(f"/v1/stations/{station['id']}/jobs").json()["items"]
    assert listed["job"]["id"] == gig_at_fair and listed["livestream"] == WORDS

    seeker = post_seeker(api, push={"consent": "personalised", "channel": "inbox", "wechat_subscribed": False})
    run_plan(sessions, PushSetup.from_settings(settings, weights_from_settings(settings)))
    pushed = {i["job_id"]: i for i in api.get(f"/v1/jobseekers/{seeker}/inbox").json()["items"][0]["items"]}
    assert WORDS in pushed[at_fair]["explanation"] and "直播带岗" not in pushed[plain]["explanation"]
