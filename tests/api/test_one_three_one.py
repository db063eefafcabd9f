"""1+3+1 for migrant workers over HTTP: guidance, three matched jobs sent, a training referral; coverage."""

from __future__ import annotations

import httpx
import pytest

from app.config import Settings
from tests.assist_kit import DISTRICT, Place, build_place, ok, person, today
from tests.auth_kit import headers_for
from tests.factories import match_ids

GUIDANCE = {"given_on": "2026-12-01", "note": "面谈：想做焊工，有三年经验"}
TRAINING = {"provider": "界首市职业技能培训中心", "course": "焊工（中级）", "referred_on": "2026-12-02"}


@pytest.fixture
def place(api: httpx.Client, settings: Settings) -> Place:
    return build_place(api, settings, jobs=4)


def coverage(api: httpx.Client, headers: dict[str, str]) -> dict[str, object]:
    page = ok(api.get("/v1/one-three-one/coverage", params={"district": DISTRICT, "to": today()}, headers=headers))
    return next(row for row in page["items"] if row["district_code"] == DISTRICT)


def test_a_migrant_workers_one_three_one_completes_and_counts(api: httpx.Client, place: Place) -> None:
    worker, partial = person(api, ["migrant_worker"]), person(api, ["migrant_worker"])
    person(api, ["migrant_worker"])  # registered, nothing yet
    staff = place.operator
    base = f"/v1/one-three-one/{worker}"
    first = ok(api.post(f"{base}/guidance", json=GUIDANCE, headers=staff))
    assert (first["guidance"]["note"], first["complete"]) == (GUIDANCE["note"], False)
    two = ok(api.post(f"{base}/jobs", json={"count": 2}, headers=staff))["jobs"]
    three = ok(api.post(f"{base}/jobs", json={}, headers=staff))["jobs"]
    sent = [j["job_id"] for j in three]
    assert len(sent) == 3 and sent[:2] == [j["job_id"] for j in two] and len(set(sent)) == 3
    assert set(sent) <= set(match_ids(api, worker, limit=50)) and all(j["explanation"] for j in three)
    assert api.post(f"{base}/jobs", json={}, headers=staff).status_code == 409
    done = ok(api.post(f"{base}/training", json=TRAINING, headers=staff))
    assert (done["complete"], done["completed_on"], done["training"]["course"]) == (True, today(), "焊工（中级）")
    inbox = ok(api.get(f"/v1/jobseekers/{worker}/inbox"))["items"]
    assert sorted(i["job_id"] for m in inbox for i in m["items"]) == sorted(sent)
    ok(api.post(f"/v1/one-three-one/{partial}/guidance", json=GUIDANCE, headers=staff))

    row = coverage(api, staff)
    assert {k: row[k] for k in ("migrant_workers", "complete", "partial", "none", "completed_in_period")} == {
        "migrant_workers": 3,
        "complete": 1,
        "partial": 1,
        "none": 1,
        "completed_in_period": 1,
    }
    assert row["coverage"] == round(1 / 3, 4)
    listed = ok(api.get("/v1/one-three-one", params={"complete": "true"}, headers=staff))
    assert [(r["jobseeker_id"], r["jobs_sent"]) for r in listed["items"]] == [(worker, 3)]
    assert ok(api.get(f"/v1/one-three-one/{worker}", headers=staff))["complete"] is True


def test_others_are_refused_and_bad_input_is_a_422(api: httpx.Client, place: Place, settings: Settings) -> None:
    worker, plain = person(api, ["migrant_worker"]), person(api, [])
    base = f"/v1/one-three-one/{worker}"
    assert api.post(f"{base}/guidance", json=GUIDANCE, headers=place.stranger).status_code == 404
    assert (
        api.get("/v1/one-three-one/coverage", params={"district": DISTRICT}, headers=place.stranger).status_code == 403
    )
    employer_user = headers_for(settings, "employer", employer_id=1)
    assert api.post(f"{base}/guidance", json=GUIDANCE, headers=employer_user).status_code == 403
    own = headers_for(settings, "jobseeker", seeker_id=worker)
    assert api.post(f"{base}/training", json=TRAINING, headers=own).status_code == 403
    ok(api.post(f"{base}/guidance", json=GUIDANCE))
    assert ok(api.get(base, headers=own))["guidance"]["note"] == GUIDANCE["note"]
    assert api.get(base, headers=employer_user).status_code == 403
    assert api.post(f"{base}/guidance", json=GUIDANCE).status_code == 409
    not_migrant = api.post(f"/v1/one-three-one/{plain}/guidance", json=GUIDANCE)
    assert not_migrant.status_code == 422 and "农民工" in not_migrant.json()["message"]
    for path, body, field in (
        ("training", {**TRAINING, "provider": ""}, "provider"),
        ("training", {**TRAINING, "referred_on": "昨天"}, "referred_on"),
        ("jobs", {"count": 4}, "count"),
    ):
        response = api.post(f"{base}/{path}", json=body)
        assert response.status_code == 422 and field in [e["field"] for e in response.json()["errors"]]
    assert api.get("/v1/one-three-one/coverage", params={"from": "2026-12-05", "to": "2026-01-01"}).status_code == 422
