"""Programme rules over HTTP: matching, candidates, pushes and postings all apply them, explained."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import date, timedelta
from typing import Any

import httpx
import pytest
from sqlalchemy import delete, select
from sqlalchemy.orm import Session, sessionmaker

from app.config import Settings
from app.db import make_engine, make_session_factory
from app.main import create_app
from app.models import Push, PushItem
from app.services.engine.matcher import weights_from_settings
from app.services.pushes.nightly import PushSetup, run_plan
from matching.embedding import Embedder
from tests.factories import HEFEI, employer, job_body, match_ids, post_job, post_seeker
from tests.live import live_server

TODAY = date.today()
RECENT_GRADUATE = {"graduation_date": (TODAY - timedelta(days=300)).isoformat()}
OLD_GRADUATE = {
    "graduation_date": (TODAY - timedelta(days=4 * 365)).isoformat(),
    "birth_date": (TODAY - timedelta(days=30 * 365)).isoformat(),
    "employment_status": "unemployed",
}
YOUNG_UNEMPLOYED = {"birth_date": (TODAY - timedelta(days=20 * 365)).isoformat(), "employment_status": "unemployed"}
INTERNSHIP = {
    "title": "行政助理（见习）",
    "job_type": "internship",
    "internship_months": 6,
    "salary": {"min": 2200, "max": 2600, "unit": "month"},
}


@pytest.fixture
def sessions(settings: Settings) -> Iterator[sessionmaker[Session]]:
    engine = make_engine(settings.database_url)
    yield make_session_factory(engine)
    engine.dispose()


def test_internships_reach_only_eligible_seekers_with_the_reason(api: httpx.Client) -> None:
    owner = employer(api)
    internship = post_job(api, owner, **INTERNSHIP)
    full_time = post_job(api, owner)
    recent, young = post_seeker(api, **RECENT_GRADUATE), post_seeker(api, **YOUNG_UNEMPLOYED)
    old = post_seeker(api, **OLD_GRADUATE)
    assert set(match_ids(api, recent)) == set(match_ids(api, young)) == {internship, full_time}
    assert match_ids(api, old) == [full_time]
    page = api.get(f"/v1/jobseekers/{recent}/matches", params={"job_type": "internship"}).json()
    assert page["items"][0]["explanation"].endswith("符合见习条件：毕业2年内")
    candidates = api.get(f"/v1/jobs/{internship}/matches").json()["items"]
    assert {c["jobseeker"]["id"] for c in candidates} == {recent, young}
    assert {c["explanation"].split(" · ")[-1] for c in candidates} == {
        "符合见习条件：毕业2年内",
        "符合见习条件：16–24岁失业人员",
    }


def test_programmes_route_explains_every_job_type(api: httpx.Client) -> None:
    old = post_seeker(api, **OLD_GRADUATE)
    verdicts = {v["job_type"]: v for v in api.get(f"/v1/jobseekers/{old}/programmes").json()}
    assert verdicts["internship"] == {
        "job_type": "internship",
        "eligible": False,
        "explanation": "不符合见习条件：毕业超过2年；年龄超过24岁",
    }
    assert verdicts["public_welfare"]["explanation"] == "不符合公益性岗位条件：未登记为就业困难人员"
    assert verdicts["full_time"] == {"job_type": "full_time", "eligible": True, "explanation": ""}


def test_public_welfare_posts_only_for_hard_to_employ(api: httpx.Client) -> None:
    owner = employer(api)
    post = post_job(api, owner, title="公益性岗位保洁", job_type="public_welfare")
    registered = post_seeker(api, priority_groups=["hard_to_employ"])
    veteran = post_seeker(api, priority_groups=["veteran"])
    assert match_ids(api, registered) == [post]
    assert match_ids(api, veteran) == []


def test_pushes_apply_the_same_rules(api: httpx.Client, settings: Settings, sessions: sessionmaker[Session]) -> None:
    owner = employer(api)
    internship = post_job(api, owner, **INTERNSHIP)
    push = {"consent": "personalised", "channel": "inbox"}
    recent, old = post_seeker(api, push=push, **RECENT_GRADUATE), post_seeker(api, push=push, **OLD_GRADUATE)
    changed = settings.model_copy(update={"push_quiet_hours": ""})
    run_plan(sessions, PushSetup.from_settings(changed, weights_from_settings(changed)))
    with sessions() as s:
        got = {(i.jobseeker_id, i.job_id) for i in s.scalars(select(PushItem).where(PushItem.audience == "seeker"))}
    assert got == {(recent, internship)}
    assert old not in {seeker for seeker, _ in got}


@pytest.mark.parametrize(
    ("overrides", "field", "reason"),
    [
        ({"job_type": "internship"}, "internship_months", "见习岗位须写明期限（3–12个月）"),
        (
            {"job_type": "internship", "internship_months": 24},
            "internship_months",
            "见习期限应为3–12个月，而不是24个月",
        ),
        ({"job_type": "gig", "title": "搬运零工"}, "salary.unit", "零工按日或按小时计酬"),
    ],
)
def test_postings_breaking_programme_rules_get_422(
    api: httpx.Client, overrides: dict[str, Any], field: str, reason: str
) -> None:
    response = api.post("/v1/jobs", json=job_body(employer(api), **overrides))
    assert response.status_code == 422
    assert response.json()["errors"] == [{"field": field, "reason": reason}]


def test_gig_postings_carry_day_pay_and_shifts(api: httpx.Client) -> None:
    body = job_body(
        employer(api),
        title="搬运零工",
        job_type="gig",
        salary={"min": 200, "max": 250, "unit": "day"},
        shifts=["07:00-11:00", "13:00-17:00"],
    )
    created = api.post("/v1/jobs", json=body).json()
    assert created["shifts"] == ["07:00-11:00", "13:00-17:00"]
    bad = api.post("/v1/jobs", json={**body, "shifts": ["早上"]})
    assert bad.status_code == 422 and bad.json()["errors"][0]["field"].startswith("shifts")
    assert api.patch(f"/v1/jobs/{created['id']}", json={"salary": {"min": 5000, "unit": "month"}}).status_code == 422


@pytest.fixture
def boosted_api(settings: Settings, fake_embedder: Embedder) -> Iterator[httpx.Client]:
    boosted = settings.model_copy(update={"group_boosts": {"veteran": 0.5}})
    with live_server(create_app(boosted, embedder=fake_embedder)) as client:
        yield client


def test_priority_group_boost_ranks_candidates_first(api: httpx.Client, boosted_api: httpx.Client) -> None:
    job = post_job(api, employer(api))
    near = post_seeker(api, HEFEI)
    veteran = post_seeker(
        api, HEFEI, desired_job="仓库管理员", experience="部队退役，干过三年电焊", priority_groups=["veteran"]
    )
    plain = [c["jobseeker"]["id"] for c in api.get(f"/v1/jobs/{job}/matches").json()["items"]]
    boosted: list[int] = []
    for _ in range(50):  # the second server follows the shared database through its change feed
        boosted = [c["jobseeker"]["id"] for c in boosted_api.get(f"/v1/jobs/{job}/matches").json()["items"]]
        if len(boosted) == 2:
            break
        time.sleep(0.1)
    assert plain == [near, veteran]
    assert boosted == [veteran, near]


def test_priority_group_boost_ranks_digest_seekers_first(
    api: httpx.Client, settings: Settings, sessions: sessionmaker[Session]
) -> None:
    owner = employer(api)
    post_job(api, owner)
    push = {"consent": "personalised", "channel": "inbox"}
    post_seeker(api, push=push, name="李小花")  # the closer text: first without a boost
    post_seeker(
        api,
        push=push,
        name="张退伍",
        desired_job="仓库管理员",
        experience="部队退役，干过三年电焊",
        priority_groups=["veteran"],
    )

    def digest_names(**changes: Any) -> list[str]:
        changed = settings.model_copy(update={"push_digest_per_job": 1, **changes})
        with sessions.begin() as s:
            s.execute(delete(PushItem))
            s.execute(delete(Push))
        run_plan(sessions, PushSetup.from_settings(changed, weights_from_settings(changed)))
        return [i["jobseeker"]["name"] for i in api.get(f"/v1/employers/{owner}/inbox").json()["items"][0]["items"]]

    assert digest_names() == ["李**"]
    assert digest_names(group_boosts={"veteran": 0.5}) == ["张**"]
