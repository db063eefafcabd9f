"""Bad input gets a 422 naming the field and the reason, never a 500, and writes nothing; unknown ids get 404."""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import pytest

from app.services.seekers import jobseekers
from tests.factories import (
    HEFEI,
    employer,
    job_body,
    jobs_total,
    loc,
    post_job,
    post_seeker,
    seeker_body,
)

Body = dict[str, Any]
Mutation = Callable[[Body], Any]
VALID_CREDIT_CODE = "91340100MA2RPE0A12"
MISSING = 999999
MALFORMED = '{"title": "电焊工",'.encode()
PAST = (datetime.now(UTC) - timedelta(days=1)).isoformat()


def without(key: str) -> Mutation:
    return lambda body: {k: v for k, v in body.items() if k != key}


def changed(**changes: Any) -> Mutation:
    return lambda body: {**body, **changes}


def assert_rejected(response: httpx.Response, field: str) -> None:
    assert response.status_code == 422, response.text
    body = response.json()
    assert body["code"] == "validation_error"
    reasons = [e["reason"] for e in body["errors"] if e["field"] == field]
    assert reasons and all(reasons), f"no error for {field!r} in {body['errors']}"


def check_plainly(ok: bool, detail: str) -> None:
    """Fail without a source traceback: rendering one races the server thread logging its own (CPython 3.11)."""
    if not ok:
        pytest.fail(detail, pytrace=False)


def assert_none_stored(api: httpx.Client, collection: str) -> None:
    assert [api.get(f"{collection}/{i}").status_code for i in (1, 2, 3)] == [404, 404, 404]


JOB_CASES = [
    pytest.param(without("title"), "title", id="missing-title"),
    pytest.param(changed(title=""), "title", id="empty-title"),
    pytest.param(changed(title="   "), "title", id="whitespace-title"),
    pytest.param(changed(location={"lat": 91, "lon": 117.3}), "location.lat", id="latitude-91"),
    pytest.param(changed(location={"lat": -90.5, "lon": 117.3}), "location.lat", id="latitude-minus-90.5"),
    pytest.param(changed(location={"lat": 31.8, "lon": 181}), "location.lon", id="longitude-181"),
    pytest.param(changed(salary={"min": 9000, "max": 8000}), "salary", id="min-salary-above-max"),
    pytest.param(changed(salary={"min": -1}), "salary.min", id="negative-salary"),
    pytest.param(changed(location={**loc(HEFEI), "crs": "gcj"}), "location.crs", id="unknown-crs"),
    pytest.param(changed(job_type="fulltime"), "job_type", id="unknown-job-type"),
    pytest.param(changed(salary={"min": 100, "unit": "week"}), "salary.unit", id="unknown-salary-unit"),
    pytest.param(changed(bonus=500), "bonus", id="unknown-top-level-field"),
    pytest.param(changed(location={**loc(HEFEI), "altitude": 30}), "location.altitude", id="unknown-nested-field"),
    pytest.param(changed(title="焊" * 101), "title", id="title-101-chars"),
    pytest.param(changed(description="x" * 5001), "description", id="description-5001-chars"),
    pytest.param(changed(headcount=0), "headcount", id="headcount-0"),
    pytest.param(changed(hiring_radius_km=0), "hiring_radius_km", id="hiring-radius-0"),
    pytest.param(changed(valid_until=PAST), "valid_until", id="valid-until-in-past"),
    pytest.param(changed(valid_until="2099-01-01T00:00:00"), "valid_until", id="valid-until-without-zone"),
    pytest.param(changed(employer_id=MISSING), "employer_id", id="unknown-employer"),
    pytest.param(lambda body: [body], "body", id="array-instead-of-object"),
]


@pytest.mark.parametrize(("mutate", "field"), JOB_CASES)
def test_rejects_bad_job_without_storing_it(api: httpx.Client, mutate: Mutation, field: str) -> None:
    employer_id = employer(api)
    response = api.post("/v1/jobs", json=mutate(job_body(employer_id)))
    assert_rejected(response, field)
    assert jobs_total(api) == 0


def test_rejects_malformed_json_without_storing_a_job(api: httpx.Client) -> None:
    response = api.post("/v1/jobs", content=MALFORMED, headers={"content-type": "application/json"})
    assert response.status_code == 422, response.text
    assert response.json()["code"] == "validation_error"
    assert all(e["reason"] for e in response.json()["errors"])
    assert jobs_total(api) == 0


def test_names_the_body_as_the_field_of_malformed_json(api: httpx.Client) -> None:
    response = api.post("/v1/jobs", content=MALFORMED, headers={"content-type": "application/json"})
    assert_rejected(response, "body")


def test_a_body_that_is_not_utf8_is_422_naming_the_body(api: httpx.Client) -> None:
    """Starlette's own 'error parsing the body' (a 400 in a bare envelope) is a bad field like any other."""
    response = api.post("/v1/stations", content=b"\xff\xfe", headers={"content-type": "application/json"})
    assert_rejected(response, "body")
    stations = api.get("/v1/stations")
    assert stations.status_code == 200, stations.text
    assert (stations.json()["total"], stations.json()["items"]) == (0, []), "no station was stored"


def test_framework_errors_come_in_the_same_envelope(api: httpx.Client) -> None:
    missing = api.get("/v1/no-such-thing")
    assert (missing.status_code, missing.json()["code"]) == (404, "not_found")
    wrong_method = api.put("/v1/jobs")
    assert (wrong_method.status_code, wrong_method.json()["code"]) == (405, "method_not_allowed")
    assert wrong_method.headers["allow"]  # the framework's header survives the envelope


def credit_code(code: str) -> Body:
    return {"name": "示例厂", "credit_code": code}


BODY_CASES = [
    pytest.param("/v1/jobseekers", seeker_body(phone="12345"), "phone", id="seeker-bad-phone"),
    pytest.param("/v1/jobseekers", seeker_body(radius_km=51), "radius_km", id="seeker-radius-above-maximum"),
    pytest.param("/v1/jobseekers", seeker_body(radius_km=0), "radius_km", id="seeker-radius-0"),
    pytest.param(
        "/v1/jobseekers",
        seeker_body(priority_groups=["retiree"]),
        "priority_groups.0",
        id="seeker-unknown-priority-group",
    ),
    pytest.param(
        "/v1/jobseekers",
        seeker_body(job_types=["full_time", "fulltime"]),
        "job_types.1",
        id="seeker-unknown-job-type-entry",
    ),
    pytest.param("/v1/jobseekers", without("desired_job")(seeker_body()), "desired_job", id="seeker-no-desired-job"),
    pytest.param("/v1/employers", credit_code(VALID_CREDIT_CODE[:-1] + "3"), "credit_code", id="credit-check-char"),
    pytest.param("/v1/employers", credit_code(VALID_CREDIT_CODE[:-1]), "credit_code", id="credit-code-17-chars"),
    pytest.param(
        "/v1/employers",
        credit_code(VALID_CREDIT_CODE[:13] + "I" + VALID_CREDIT_CODE[14:]),
        "credit_code",
        id="credit-code-letter-I",
    ),
    pytest.param("/v1/matches/search", {"text": "", "location": loc(HEFEI)}, "text", id="search-empty-text"),
    pytest.param("/v1/matches/search", {"text": "电焊工"}, "location", id="search-missing-location"),
]


@pytest.mark.parametrize(("path", "body", "field"), BODY_CASES)
def test_rejects_bad_body_without_storing_it(api: httpx.Client, path: str, body: Body, field: str) -> None:
    assert_rejected(api.post(path, json=body), field)
    assert_none_stored(api, "/v1/jobseekers")
    assert_none_stored(api, "/v1/employers")


MATCH_QUERY_CASES = [
    pytest.param({"radius_km": 51}, "radius_km", id="radius-51"),
    pytest.param({"radius_km": -1}, "radius_km", id="radius-negative"),
    pytest.param({"limit": 0}, "limit", id="limit-0"),
    pytest.param({"limit": 101}, "limit", id="limit-101"),
    pytest.param({"offset": -1}, "offset", id="offset-negative"),
    pytest.param({"job_type": "bogus"}, "job_type", id="unknown-job-type"),
    pytest.param({"sort": "salary"}, "sort", id="unknown-parameter"),
]


@pytest.mark.parametrize(("params", "field"), MATCH_QUERY_CASES)
def test_rejects_bad_match_query(api: httpx.Client, params: dict[str, Any], field: str) -> None:
    seeker_id = post_seeker(api)
    assert_rejected(api.get(f"/v1/jobseekers/{seeker_id}/matches", params=params), field)


UNKNOWN_IDS = [
    pytest.param("GET", f"/v1/jobs/{MISSING}", None, id="get-job"),
    pytest.param("PATCH", f"/v1/jobs/{MISSING}", {"title": "焊工"}, id="patch-job"),
    pytest.param("POST", f"/v1/jobs/{MISSING}/close", None, id="close-job"),
    pytest.param("GET", f"/v1/jobs/{MISSING}/matches", None, id="job-matches"),
    pytest.param("GET", f"/v1/jobseekers/{MISSING}", None, id="get-jobseeker"),
    pytest.param("PATCH", f"/v1/jobseekers/{MISSING}", {"desired_job": "焊工"}, id="patch-jobseeker"),
    pytest.param("DELETE", f"/v1/jobseekers/{MISSING}", None, id="delete-jobseeker"),
    pytest.param("GET", f"/v1/jobseekers/{MISSING}/matches", None, id="jobseeker-matches"),
    pytest.param("GET", f"/v1/employers/{MISSING}", None, id="get-employer"),
]


@pytest.mark.parametrize(("method", "path", "body"), UNKNOWN_IDS)
def test_answers_unknown_id_with_404(api: httpx.Client, method: str, path: str, body: Body | None) -> None:
    response = api.request(method, path, json=body)
    assert response.status_code == 404, response.text
    assert response.json()["code"] == "not_found"


def test_rejects_duplicate_external_id_and_keeps_one_job(api: httpx.Client) -> None:
    employer_id = employer(api)
    post_job(api, employer_id, external_id="HR-2024-001")
    response = api.post("/v1/jobs", json=job_body(employer_id, title="焊工", external_id="HR-2024-001"))
    assert response.status_code == 409, response.text
    assert response.json()["code"] == "conflict"
    assert jobs_total(api) == 1


def test_rejects_duplicate_credit_code_and_keeps_one_employer(api: httpx.Client) -> None:
    first = api.post("/v1/employers", json={"name": "甲厂", "credit_code": VALID_CREDIT_CODE})
    assert first.status_code == 201, first.text
    second = api.post("/v1/employers", json={"name": "乙厂", "credit_code": VALID_CREDIT_CODE})
    assert second.status_code == 409, second.text
    assert second.json()["code"] == "conflict"
    assert api.get(f"/v1/employers/{first.json()['id'] + 1}").status_code == 404


@pytest.mark.parametrize("field", ["title", "description", "job_type", "salary", "location", "tags", "shifts"])
def test_rejects_null_for_required_job_field_and_keeps_the_job(api: httpx.Client, field: str) -> None:
    job_id = post_job(api, employer(api))
    before = api.get(f"/v1/jobs/{job_id}").json()
    assert_rejected(api.patch(f"/v1/jobs/{job_id}", json={field: None}), field)
    assert api.get(f"/v1/jobs/{job_id}").json() == before


LATE = "9999-12-31T23:59:59-14:00"
OUT_OF_RANGE = [
    pytest.param("GET", f"/v1/jobs/{2**63}", None, id="job-id-beyond-64-bits"),
    pytest.param("GET", f"/v1/employers/{2**63}", None, id="employer-id-beyond-64-bits"),
    pytest.param("GET", f"/v1/jobs?employer_id={2**63}", None, id="filter-beyond-64-bits"),
    pytest.param("POST", "/v1/jobs", job_body(10**30), id="job-employer-id-beyond-64-bits"),
    pytest.param("POST", "/v1/jobs", job_body(1, valid_until=LATE), id="post-valid-until-past-9999"),
    pytest.param("PATCH", "/v1/jobs/1", {"valid_until": LATE}, id="patch-valid-until-past-9999"),
]


@pytest.mark.parametrize(("method", "path", "body"), OUT_OF_RANGE)
def test_rejects_out_of_range_ids_and_dates_with_422(
    api: httpx.Client, method: str, path: str, body: Body | None
) -> None:
    assert post_job(api, employer(api)) == 1
    response = api.request(method, path, json=body)
    check_plainly(response.status_code == 422, f"{response.status_code} {response.text}")


NUL_REQUESTS = [
    pytest.param("POST", "/v1/employers", {"json": {"name": "示例\x00厂"}}, id="employer-name"),
    pytest.param("POST", "/v1/jobseekers", {"json": seeker_body(name="王\x00建国")}, id="jobseeker-name"),
    pytest.param("GET", "/v1/jobs", {"params": {"q": "焊\x00"}}, id="job-title-query"),
]


@pytest.mark.parametrize(("method", "path", "request_args"), NUL_REQUESTS)
def test_rejects_nul_characters_in_text_with_422(api: httpx.Client, method: str, path: str, request_args: Body) -> None:
    response = api.request(method, path, **request_args)
    check_plainly(response.status_code == 422, f"{response.status_code} {response.text}")


WRONG_VALUES: list[Any] = [None, [], {}, "x", -1, 10**30, "x" * 6000]


def mutated_job_bodies(employer_id: int, count: int) -> list[tuple[str, Body]]:
    rng = random.Random(0)
    cases: list[tuple[str, Body]] = []
    for _ in range(count):
        body = job_body(employer_id)
        parent_key = rng.choice(sorted(body))
        parent = body[parent_key] if isinstance(body[parent_key], dict) and rng.random() < 0.5 else body
        key = rng.choice(sorted(parent)) if parent is not body else parent_key
        path = key if parent is body else f"{parent_key}.{key}"
        if rng.random() < 0.2:
            del parent[key]
            cases.append((f"drop {path}", body))
        else:
            parent[key] = rng.choice(WRONG_VALUES)
            cases.append((f"{path}={str(parent[key])[:20]}", body))
    return cases


def test_never_answers_5xx_to_mutated_jobs_and_stores_only_the_accepted(api: httpx.Client) -> None:
    employer_id = employer(api)
    created = 0
    for label, body in mutated_job_bodies(employer_id, 30):
        response = api.post("/v1/jobs", json=body)
        assert response.status_code in (201, 422), f"{label}: {response.status_code} {response.text}"
        created += response.status_code == 201
    assert jobs_total(api) == created


def test_a_change_racing_a_delete_of_the_same_record_is_409_not_500(
    api: httpx.Client, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Found by the fuzzer on PostgreSQL: a PATCH read the person, a DELETE removed them, the PATCH's UPDATE
    matched no row. Here the DELETE is made to land exactly in that gap."""
    seeker_id = post_seeker(api)
    real_load = jobseekers.load_own_jobseeker
    raced: list[int] = []

    def load_then_lose_the_race(*args: Any) -> Any:
        seeker = real_load(*args)
        if not raced:  # the DELETE loads the person too: only the PATCH's load races
            raced.append(0)
            raced[0] = api.delete(f"/v1/jobseekers/{seeker_id}").status_code  # another request, first to commit
        return seeker

    monkeypatch.setattr(jobseekers, "load_own_jobseeker", load_then_lose_the_race)
    response = api.patch(f"/v1/jobseekers/{seeker_id}", json={"desired_job": "叉车司机"})
    assert raced == [204]
    assert response.status_code == 409, response.text
    assert response.json()["code"] == "conflict"
    assert api.get(f"/v1/jobseekers/{seeker_id}").status_code == 404
