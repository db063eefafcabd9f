"""Events and the funnel: the endpoint's numbers equal counts taken straight from the events table."""

from __future__ import annotations

import random

import httpx
import pytest
from sqlalchemy import create_engine, text

from app.config import Settings
from matching.geo import GeoPoint
from tests.auth_kit import headers_for
from tests.factories import HEFEI, employer, north_of, post_job, post_seeker

WUHU = GeoPoint(31.3526, 118.4331)  # 镜湖区, 芜湖
STEPS = ["impression", "view", "apply", "invite", "interview", "intention", "hired", "dismiss"]


def test_funnel_equals_the_events_table(api: httpx.Client, settings: Settings) -> None:
    owner = employer(api)
    jobs = [post_job(api, owner) for _ in range(3)]
    hefei = [post_seeker(api, priority_groups=["migrant_worker"]) for _ in range(3)]
    wuhu = [post_seeker(api, WUHU, priority_groups=["veteran"]) for _ in range(2)]
    rng = random.Random(7)
    for _ in range(60):
        body = {"type": rng.choice(STEPS), "job_id": rng.choice(jobs), "jobseeker_id": rng.choice(hefei + wuhu)}
        assert api.post("/v1/events", json=body).status_code == 201
    engine = create_engine(settings.database_url)
    with engine.connect() as conn:

        def table(where: str = "1=1") -> dict[str, tuple[int, int]]:
            rows = conn.execute(
                text(f"SELECT type, COUNT(*), COUNT(DISTINCT jobseeker_id) FROM events WHERE {where} GROUP BY type")
            ).all()
            return {kind: (n, seekers) for kind, n, seekers in rows}

        everything, in_yaohai = table(), table("district_code = '340102'")
        veterans = table(f"jobseeker_id IN ({','.join(map(str, wuhu))})")
    engine.dispose()

    def endpoint(**params: str) -> dict[str, tuple[int, int]]:
        response = api.get("/v1/stats/funnel", params=params)
        assert response.status_code == 200, response.text
        return {s["type"]: (s["events"], s["seekers"]) for s in response.json()["steps"] if s["events"]}

    assert endpoint() == everything and sum(n for n, _ in everything.values()) == 60
    assert endpoint(district="340102") == in_yaohai and 0 < sum(n for n, _ in in_yaohai.values()) < 60
    assert endpoint(group="veteran") == veterans
    assert endpoint(**{"from": "2099-01-01T00:00:00+08:00"}) == {}


@pytest.mark.parametrize(
    "body, field",
    [
        ({"type": "liked", "job_id": 1, "jobseeker_id": 1}, "type"),
        ({"type": "view", "job_id": 1, "jobseeker_id": 1, "request_id": "not-hex"}, "request_id"),
        ({"type": "view", "job_id": 1, "jobseeker_id": 1, "extra": 1}, "extra"),
    ],
)
def test_bad_events_are_422_with_the_field(api: httpx.Client, body: dict[str, object], field: str) -> None:
    response = api.post("/v1/events", json=body)
    assert response.status_code == 422
    assert any(field in e["field"] for e in response.json()["errors"])


def test_events_about_unknown_rows_are_404(api: httpx.Client) -> None:
    seeker = post_seeker(api)
    response = api.post("/v1/events", json={"type": "view", "job_id": 999, "jobseeker_id": seeker})
    assert response.status_code == 404


def test_match_pages_carry_a_request_id(api: httpx.Client) -> None:
    post_job(api, employer(api))
    seeker = post_seeker(api)
    first = api.get(f"/v1/jobseekers/{seeker}/matches").json()["request_id"]
    second = api.get(f"/v1/jobseekers/{seeker}/matches").json()["request_id"]
    assert len(first) == 32 and first != second


def test_an_employer_reports_only_about_seekers_its_posting_met(api: httpx.Client, settings: Settings) -> None:
    """Invitations and hires are official counts: an employer may write them only about a seeker its posting
    met (the seeker saw or applied to it, it was pushed, or the employer's match page showed them); about any
    other seeker id it learns nothing, not even that the seeker exists."""
    owner = employer(api)
    job = post_job(api, owner)
    member = headers_for(settings, "employer", employer_id=owner)
    stranger = post_seeker(api, north_of(HEFEI, 40.0), phone="13805512000")  # far from the posting: never shown
    shown, applied = (post_seeker(api, phone=f"1380551200{i}") for i in (1, 2))

    def invite(seeker: int) -> int:
        body = {"type": "invite", "job_id": job, "jobseeker_id": seeker}
        return api.post("/v1/events", json=body, headers=member).status_code

    assert invite(stranger) == 404  # as a seeker that does not exist
    assert invite(999_999) == 404
    assert api.post("/v1/events", json={"type": "apply", "job_id": job, "jobseeker_id": applied}).status_code == 201
    assert invite(applied) == 201
    assert invite(shown) == 404
    page = api.get(f"/v1/jobs/{job}/matches", headers=member, params={"limit": 50}).json()
    assert {item["jobseeker"]["id"] for item in page["items"]} == {shown, applied}
    assert invite(shown) == 201  # its match page showed this seeker
    assert invite(stranger) == 404  # still nothing links them
    steps = {s["type"]: s["events"] for s in api.get("/v1/stats/funnel").json()["steps"]}
    assert steps["invite"] == 2
    shown_to = api.get(f"/v1/jobseekers/{shown}/export").json()["shown_to_employers"]
    assert [(s["job_id"], s["employer_id"]) for s in shown_to] == [(job, owner)]  # the person may know it (PIPL)
