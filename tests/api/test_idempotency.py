"""Idempotency-Key: a retried POST has its effect once; the key with another body is refused."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

import httpx
from sqlalchemy import create_engine, select, update

from app.config import Settings
from app.models import IdempotencyKey
from tests.factories import HEFEI, employer, job_body, seeker_body
from tests.uploads_kit import csv_bytes, numbered


def test_a_replayed_post_returns_the_first_response_and_creates_once(api: httpx.Client) -> None:
    company = employer(api)
    key = {"Idempotency-Key": str(uuid.uuid4())}
    first = api.post("/v1/jobs", json=job_body(company), headers=key)
    second = api.post("/v1/jobs", json=job_body(company), headers=key)
    assert first.status_code == second.status_code == 201
    assert second.json() == first.json() and second.headers["idempotent-replayed"] == "true"
    assert "idempotent-replayed" not in first.headers
    assert api.get("/v1/jobs").json()["total"] == 1
    other = api.post("/v1/jobs", json=job_body(company, title="电工"), headers=key)
    assert other.status_code == 422 and other.json()["errors"][0]["field"] == "Idempotency-Key"
    fresh = api.post("/v1/jobs", json=job_body(company, title="电工"), headers={"Idempotency-Key": "k-2"})
    assert fresh.status_code == 201 and api.get("/v1/jobs").json()["total"] == 2


def test_a_replayed_upload_is_one_upload_despite_a_new_multipart_boundary(api: httpx.Client) -> None:
    content = csv_bytes(numbered(3))
    key = {"Idempotency-Key": "fair-2026-upload-1"}
    first = api.post("/v1/uploads", files={"file": ("a.csv", content)}, headers=key)
    second = api.post("/v1/uploads", files={"file": ("a.csv", content)}, headers=key)
    assert first.status_code == second.status_code == 202
    assert second.json()["id"] == first.json()["id"]
    assert api.get("/v1/uploads").json()["total"] == 1
    changed = api.post("/v1/uploads", files={"file": ("a.csv", csv_bytes(numbered(4)))}, headers=key)
    assert changed.status_code == 422


def test_errors_are_replayed_too_and_bad_keys_refused(api: httpx.Client) -> None:
    key = {"Idempotency-Key": "bad-body-1"}
    first = api.post("/v1/jobs", json={"title": "x"}, headers=key)
    assert first.status_code == 422
    assert api.post("/v1/jobs", json={"title": "x"}, headers=key).json() == first.json()
    too_long = api.post("/v1/employers", json={"name": "甲厂"}, headers={"Idempotency-Key": "k" * 201})
    assert too_long.status_code == 422 and too_long.json()["errors"][0]["field"] == "Idempotency-Key"


def test_keys_expire_after_a_day(api: httpx.Client, settings: Settings) -> None:
    company = employer(api)
    key = {"Idempotency-Key": "yesterday"}
    assert api.post("/v1/jobs", json=job_body(company), headers=key).status_code == 201
    engine = create_engine(settings.database_url)
    try:
        with engine.begin() as connection:
            connection.execute(update(IdempotencyKey).values(created_at=datetime.now(UTC) - timedelta(hours=25)))
    finally:
        engine.dispose()
    again = api.post("/v1/jobs", json=job_body(company, title="电工"), headers=key)
    assert again.status_code == 201 and "idempotent-replayed" not in again.headers


def test_a_stored_answer_is_replayed_to_its_own_caller_only_and_goes_with_the_person(api: httpx.Client) -> None:
    """The answer to a profile's creation holds the person's numbers: another credential reusing the key gets a
    422, never that answer, and erasing the person erases the stored answer too."""
    key = {"Idempotency-Key": str(uuid.uuid4())}
    body = seeker_body(HEFEI, phone="13912345678")
    created = api.post("/v1/jobseekers", json=body, headers=key)
    assert created.status_code == 201
    stranger = api.post("/v1/jobseekers", json=body, headers={**key, "Authorization": "Bearer nonsense"})
    assert stranger.status_code == 422 and "13912345678" not in stranger.text
    replayed = api.post("/v1/jobseekers", json=body, headers=key)
    assert replayed.json() == created.json() and replayed.headers["idempotent-replayed"] == "true"  # its caller
    assert api.delete(f"/v1/jobseekers/{created.json()['id']}").status_code == 204
    again = api.post("/v1/jobseekers", json=body, headers=key)
    assert again.status_code == 201 and "idempotent-replayed" not in again.headers  # made anew, not the old answer


def test_a_key_left_by_a_dead_server_is_taken_over_unless_its_effect_committed(
    api: httpx.Client, settings: Settings
) -> None:
    """A server killed mid-request leaves its key "being processed": after idempotency_pending_s (60 s) a retry
    does the work if the first request's transaction never committed, and is refused (saying why) if it did."""
    company = employer(api)
    engine = create_engine(settings.database_url)
    minute_ago = datetime.now(UTC) - timedelta(seconds=61)
    body = job_body(company)
    try:
        for key, committed in (("died-before-commit", None), ("died-after-commit", minute_ago)):
            held = api.post("/v1/jobs", json=body, headers={"Idempotency-Key": key})
            assert held.status_code == 201
            with engine.begin() as connection:  # as the dead server left it: no answer stored
                connection.execute(
                    update(IdempotencyKey)
                    .where(IdempotencyKey.key == key)
                    .values(status_code=None, body=None, created_at=datetime.now(UTC), committed_at=committed)
                )
        busy = api.post("/v1/jobs", json=body, headers={"Idempotency-Key": "died-before-commit"})
        assert busy.status_code == 409 and "still being processed" in busy.json()["message"]  # could be running
        with engine.begin() as connection:
            connection.execute(update(IdempotencyKey).values(created_at=minute_ago))
        before = api.get("/v1/jobs").json()["total"]
        retried = api.post("/v1/jobs", json=body, headers={"Idempotency-Key": "died-before-commit"})
        assert retried.status_code == 201 and api.get("/v1/jobs").json()["total"] == before + 1
        replay = api.post("/v1/jobs", json=body, headers={"Idempotency-Key": "died-before-commit"})
        assert replay.headers["idempotent-replayed"] == "true" and replay.json() == retried.json()
        landed = api.post("/v1/jobs", json=body, headers={"Idempotency-Key": "died-after-commit"})
        assert landed.status_code == 409 and "took effect" in landed.json()["message"]
        assert api.get("/v1/jobs").json()["total"] == before + 1
    finally:
        engine.dispose()


def test_a_request_marks_its_key_committed_in_its_own_transaction(api: httpx.Client, settings: Settings) -> None:
    company = employer(api)
    assert api.post("/v1/jobs", json=job_body(company), headers={"Idempotency-Key": "marked"}).status_code == 201
    assert api.post("/v1/jobs", json={"title": "x"}, headers={"Idempotency-Key": "refused"}).status_code == 422
    engine = create_engine(settings.database_url)
    try:
        with engine.connect() as connection:
            marks = dict(connection.execute(select(IdempotencyKey.key, IdempotencyKey.committed_at)).all())
    finally:
        engine.dispose()
    assert marks["marked"] is not None and marks["refused"] is None  # a refused request rolled back
