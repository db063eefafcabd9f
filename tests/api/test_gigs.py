"""零工 by the hour: free times, given or only written ("只能上午"), as a hard limit on shifts (match pages, the
nightly push and the employer digest), today's and tomorrow's 零工 first (on the page and in the push, in one
order), and the 零工驿站 listing the 零工 and seekers around it."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from typing import Any

import httpx
import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from app.config import Settings
from app.db import make_engine, make_session_factory
from app.models import PushItem
from app.services.engine.eligibility import local_today
from app.services.engine.matcher import weights_from_settings
from app.services.pushes.nightly import PushSetup, run_plan
from tests.factories import HEFEI, employer, loc, north_of, post_job, post_seeker

MORNINGS = {"weekly": [{"days": [1, 2, 3, 4, 5, 6, 7], "start": "08:00", "end": "12:00"}]}
MORNINGS_OUT = {**MORNINGS, "dates": []}  # as the profile returns them
GIG = {"job_type": "gig", "salary": {"min": 150, "max": 200, "unit": "day"}, "description": "搬运货物，日结"}
PUSH = {"consent": "personalised", "channel": "inbox", "wechat_subscribed": False}


@pytest.fixture
def sessions(settings: Settings) -> Iterator[sessionmaker[Session]]:
    engine = make_engine(settings.database_url)
    yield make_session_factory(engine)
    engine.dispose()


def gig(api: httpx.Client, owner: int, km: float, shifts: list[str], **overrides: Any) -> int:
    return post_job(
        api, owner, title="搬运零工", location=loc(north_of(HEFEI, km)), shifts=shifts, **{**GIG, **overrides}
    )


def gig_seeker(api: httpx.Client, **overrides: Any) -> int:
    return post_seeker(api, **{"desired_job": "搬运零工", "experience": "干过搬运", "job_types": ["gig"], **overrides})


def matches(api: httpx.Client, seeker_id: int, **params: Any) -> dict[str, Any]:
    response = api.get(f"/v1/jobseekers/{seeker_id}/matches", params=params)
    assert response.status_code == 200, response.text
    return dict(response.json())


def test_a_seeker_free_only_mornings_never_gets_an_afternoon_shift(api: httpx.Client) -> None:
    owner = employer(api)
    morning = gig(api, owner, 0.5, ["周六 08:00-12:00"])
    afternoon = gig(api, owner, 0.3, ["13:00-17:00"])
    seeker = gig_seeker(api, free_times=MORNINGS)
    assert api.get(f"/v1/jobseekers/{seeker}").json()["free_times"] == MORNINGS_OUT

    page = matches(api, seeker)
    assert [m["job"]["id"] for m in page["items"]] == [morning]
    assert "周六 08:00–12:00 与您的空闲时间相符" in page["items"][0]["explanation"]
    assert page["excluded"] >= 1 and "零工班次须在您的空闲时间内" in page["honoured"]
    # the employer's side holds the same limit: the seeker is never a candidate for the afternoon shift
    assert seeker not in [m["jobseeker"]["id"] for m in api.get(f"/v1/jobs/{afternoon}/matches").json()["items"]]
    (candidate,) = [m for m in api.get(f"/v1/jobs/{morning}/matches").json()["items"] if m["jobseeker"]["id"] == seeker]
    assert "周六 08:00–12:00 与其空闲时间相符" in candidate["explanation"]

    # no free times given: nothing is filtered, and the explanation says so
    cleared = api.patch(f"/v1/jobseekers/{seeker}", json={"free_times": None})
    assert cleared.status_code == 200 and cleared.json()["free_times"] is None
    page = matches(api, seeker)
    assert {m["job"]["id"] for m in page["items"]} == {morning, afternoon}
    assert all("未填写空闲时间，未按班次筛选" in m["explanation"] for m in page["items"])


def test_mornings_written_only_in_the_text_are_the_free_times(api: httpx.Client) -> None:
    owner = employer(api)
    morning = gig(api, owner, 0.5, ["周六 08:00-12:00"])
    afternoon = gig(api, owner, 0.3, ["13:00-17:00"])
    seeker = gig_seeker(api, experience="干过搬运，只能上午")
    profile = api.get(f"/v1/jobseekers/{seeker}").json()
    assert profile["free_times"] is None
    assert {(f["code"], f["value"], f["evidence"]) for f in profile["facts"] if f["code"] == "free"} == {
        ("free", "1234567 05:00-12:00", "只能上午")
    }

    page = matches(api, seeker)
    assert [m["job"]["id"] for m in page["items"]] == [morning]
    assert "周六 08:00–12:00 与您的空闲时间相符（按简历中「只能上午」判断）" in page["items"][0]["explanation"]
    assert "零工班次须在您的空闲时间内" in page["honoured"]
    assert seeker not in [m["jobseeker"]["id"] for m in api.get(f"/v1/jobs/{afternoon}/matches").json()["items"]]

    # free times given always win over the words: afternoons given, the afternoon shift is theirs
    afternoons = {"weekly": [{"days": [1, 2, 3, 4, 5, 6, 7], "start": "13:00", "end": "18:00"}]}
    api.patch(f"/v1/jobseekers/{seeker}", json={"free_times": afternoons})
    page = matches(api, seeker)
    assert [m["job"]["id"] for m in page["items"]] == [afternoon]
    assert "按简历中" not in page["items"][0]["explanation"]


@pytest.mark.parametrize("said", ["given", "written"])
def test_mornings_only_never_meet_an_afternoon_shift_in_the_nightly_push_or_digest(
    api: httpx.Client, settings: Settings, sessions: sessionmaker[Session], said: str
) -> None:
    owner = employer(api)
    gig(api, owner, 0.2, ["13:00-17:00"])  # nearest, the kernel likes it best: an afternoon
    morning = gig(api, owner, 1.0, ["周日 08:00-11:00"])
    mornings = {"free_times": MORNINGS} if said == "given" else {"experience": "干过搬运，只能上午"}
    seeker = gig_seeker(api, push=PUSH, **mornings)
    assert [m["job"]["id"] for m in matches(api, seeker)["items"]] == [morning]

    report = run_plan(sessions, PushSetup.from_settings(settings, weights_from_settings(settings)))
    assert report.pushes == 1 and report.digests == 1
    items = api.get(f"/v1/jobseekers/{seeker}/inbox").json()["items"][0]["items"]
    assert [i["job_id"] for i in items] == [morning]
    source = "" if said == "given" else "（按简历中「只能上午」判断）"
    assert f"周日 08:00–11:00 与您的空闲时间相符{source}" in items[0]["explanation"]
    with sessions() as session:  # the employer's digest: the seeker offered for the morning shift only
        offered = session.execute(
            select(PushItem.job_id, PushItem.jobseeker_id).where(PushItem.audience == "employer")
        ).all()
    assert {tuple(row) for row in offered} == {(morning, seeker)}


@pytest.mark.parametrize(
    "free_times",
    [
        {"weekly": [{"days": [1], "start": "13:00", "end": "09:00"}]},  # ends before it starts
        {"weekly": [{"days": [8], "start": "08:00", "end": "12:00"}]},  # no 8th weekday
        {"weekly": [{"days": [], "start": "08:00", "end": "12:00"}]},
        {"weekly": [{"days": [1], "start": "25:00", "end": "26:00"}]},
        {"dates": [{"date": "2026-02-30", "start": "08:00", "end": "12:00"}]},
        {"weekly": "mornings"},
        {"mornings": True},
    ],
)
def test_bad_free_times_are_field_errors(api: httpx.Client, free_times: dict[str, Any]) -> None:
    created = api.post("/v1/jobseekers", json={**_body(), "free_times": free_times})
    assert created.status_code == 422, created.text
    assert created.json()["code"] == "validation_error"
    assert all(e["field"].startswith("free_times") for e in created.json()["errors"])
    searched = api.post("/v1/matches/search", json={"text": "零工", "location": loc(HEFEI), "free_times": free_times})
    assert searched.status_code == 422 and searched.json()["errors"][0]["field"].startswith("free_times")


def test_bad_shifts_are_field_errors(api: httpx.Client) -> None:
    owner = employer(api)
    for shift in ("周八 08:00-12:00", "2026-13-01 08:00-12:00", "8-12"):
        response = api.post(
            "/v1/jobs",
            json={"employer_id": owner, "title": "零工", "location": loc(HEFEI), **GIG, "shifts": [shift]},
        )
        assert response.status_code == 422, shift
        assert response.json()["errors"][0]["field"].startswith("shifts")


def test_todays_and_tomorrows_gigs_come_first_when_asked(api: httpx.Client) -> None:
    owner = employer(api)
    today = local_today()
    later = gig(api, owner, 0.2, [f"{today + timedelta(days=5)} 08:00-12:00"])
    soon = gig(api, owner, 2.0, [f"{today + timedelta(days=1)} 08:00-12:00"])
    seeker = gig_seeker(api)
    assert [m["job"]["id"] for m in matches(api, seeker)["items"]] == [later, soon]
    first = matches(api, seeker, gigs_soon_first=True)
    assert [m["job"]["id"] for m in first["items"]] == [soon, later]
    assert first["sorted_by"] == "今明两天有班的零工排在前面（其中按匹配度）"
    assert "明天有班" in first["items"][0]["explanation"]
    # the profile's flag does the same, and so does the anonymous search's option
    api.patch(f"/v1/jobseekers/{seeker}", json={"gigs_soon_first": True})
    assert [m["job"]["id"] for m in matches(api, seeker)["items"]] == [soon, later]
    kiosk = httpx.Client(base_url=api.base_url)
    body = {"text": "搬运零工", "location": loc(HEFEI), "job_type": "gig"}
    assert [m["job"]["id"] for m in kiosk.post("/v1/matches/search", json=body).json()["items"]] == [later, soon]
    searched = kiosk.post("/v1/matches/search", json={**body, "gigs_soon_first": True}).json()
    assert [m["job"]["id"] for m in searched["items"]] == [soon, later]


def test_the_nightly_push_puts_soon_gigs_first_in_the_match_pages_order(
    api: httpx.Client, settings: Settings, sessions: sessionmaker[Session]
) -> None:
    owner = employer(api)
    today = local_today()
    later = [gig(api, owner, 0.1 * (i + 2), [f"{today + timedelta(days=5)} 08:00-12:00"]) for i in range(13)]
    gig(api, owner, 0.1, [f"{today + timedelta(days=1)} 13:00-17:00"])  # soon, nearest, but an afternoon
    soon = gig(api, owner, 2.5, [f"{today + timedelta(days=1)} 08:00-12:00"])  # the kernel's 14th: found again
    eager = gig_seeker(api, free_times=MORNINGS, gigs_soon_first=True, push=PUSH)
    plain = gig_seeker(api, free_times=MORNINGS, push=PUSH, name="李四", phone="13905511234")
    shown = {s: [m["job"]["id"] for m in matches(api, s, limit=3)["items"]] for s in (eager, plain)}
    assert shown == {eager: [soon, *later[:2]], plain: later[:3]}

    run_plan(sessions, PushSetup.from_settings(settings, weights_from_settings(settings)))
    for s in (eager, plain):
        items = api.get(f"/v1/jobseekers/{s}/inbox").json()["items"][0]["items"]
        assert [i["job_id"] for i in items] == shown[s]
    first = api.get(f"/v1/jobseekers/{eager}/inbox").json()["items"][0]["items"][0]
    assert "明天有班" in first["explanation"]


def test_the_nightly_plan_never_pushes_a_shift_outside_the_free_times(
    api: httpx.Client, settings: Settings, sessions: sessionmaker[Session]
) -> None:
    owner = employer(api)
    afternoons = [gig(api, owner, 0.1 * (i + 1), ["13:00-17:00"]) for i in range(3)]  # the kernel likes them best
    morning = gig(api, owner, 1.5, ["周日 08:00-11:00"])
    seeker = gig_seeker(api, free_times=MORNINGS, push=PUSH)
    anyone = gig_seeker(api, push=PUSH, name="李四", phone="13905511234")
    report = run_plan(sessions, PushSetup.from_settings(settings, weights_from_settings(settings)))
    assert report.pushes == 2
    inbox = api.get(f"/v1/jobseekers/{seeker}/inbox").json()
    items = inbox["items"][0]["items"]
    assert [i["job_id"] for i in items] == [morning]
    assert "周日 08:00–11:00 与您的空闲时间相符" in items[0]["explanation"]
    others = {i["job_id"] for i in api.get(f"/v1/jobseekers/{anyone}/inbox").json()["items"][0]["items"]}
    assert others == set(afternoons)  # not filtered: no free times given


def test_a_station_lists_the_gigs_and_seekers_around_it(api: httpx.Client) -> None:
    owner = employer(api)
    station = api.post(
        "/v1/stations",
        json={"name": "明光路零工驿站", "kind": "gig", "location": loc(HEFEI), "reach_km": 3},
    )
    assert station.status_code == 201, station.text
    station_id = station.json()["id"]
    assert station.json()["reach_km"] == 3
    today = local_today()
    near = gig(api, owner, 1.0, ["08:00-12:00"])
    nearer = gig(api, owner, 0.5, [f"{today + timedelta(days=9)} 08:00-12:00"])
    gig(api, owner, 5.0, ["08:00-12:00"])  # beyond its reach
    post_job(api, owner, location=loc(north_of(HEFEI, 0.4)))  # not a 零工
    kiosk = httpx.Client(base_url=api.base_url)
    listed = kiosk.get(f"/v1/stations/{station_id}/jobs")
    assert listed.status_code == 200, listed.text
    assert [i["job"]["id"] for i in listed.json()["items"]] == [nearer, near]
    assert listed.json()["items"][1]["job"]["shifts"] == ["08:00-12:00"]
    soon = kiosk.get(f"/v1/stations/{station_id}/jobs", params={"soon_first": True}).json()["items"]
    assert [i["job"]["id"] for i in soon] == [near, nearer] and soon[0]["soon"] == "今天有班"

    seeker = gig_seeker(api, free_times=MORNINGS)
    post_seeker(api, north_of(HEFEI, 6), name="赵六", phone="13705511234")  # too far
    around = api.get(f"/v1/stations/{station_id}/jobseekers")
    assert around.status_code == 200, around.text
    (card,) = around.json()["items"]
    assert card["jobseeker"]["id"] == seeker and card["jobseeker"]["name"] == "王**"
    assert card["jobseeker"]["phone"] == "138****1234" and card["free_times"] == MORNINGS_OUT
    assert kiosk.get(f"/v1/stations/{station_id}/jobseekers").status_code == 401
    assert kiosk.get("/v1/stations/999/jobs").status_code == 404


def _body() -> dict[str, Any]:
    from tests.factories import seeker_body

    return seeker_body()
