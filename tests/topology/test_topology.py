"""The production topology on one machine, from Debian's PostgreSQL and Redis and the project's own commands.

`jobcircle keys init` makes one secret store; `jobcircle migrate` sets up a fresh schema; two `jobcircle serve`
processes and two `jobcircle worker`s run in production mode on it, sharing the store, the database and Redis.
The scenario: a sheet uploaded through API 1 is stored by a worker and read (phone numbers decrypted) through
both APIs; seekers made through API 1 are matched through API 2; the nightly plan is fanned out as shard tasks to
the workers; the APIs' schedulers deliver each push once to a webhook. Then both workers are SIGKILLed halfway
through a second sheet and API 1 halfway through a burst of sign-ups: a fresh worker finishes the sheet, the
clients retry on API 2 with their idempotency keys, and every count is exact: no row lost, none doubled.
Run by `bash .ci/run` (which starts PostgreSQL and Redis); skipped without them unless they are required.
"""

from __future__ import annotations

import threading
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import create_engine, func, select

from app.models import Job, Jobseeker, Push, PushRun
from tests.test_worker_redis import redis_url_or_skip
from tests.topology.kit import Topology, Webhook, deployment, wait_until
from tests.uploads_kit import csv_bytes, numbered, row

pytestmark = [pytest.mark.postgres, pytest.mark.redis, pytest.mark.topology, pytest.mark.slow]

PHONE, PASSWORD = "13805519999", "topology test password"
FIRST_ROWS, BAD_ROWS, SECOND_ROWS = 60, 2, 400
SEEKERS, BURST = 8, 30
SHARDS = 4
EMPLOYER_PHONE = "13905512345"


@pytest.fixture
def topology(tmp_path: Path) -> Iterator[tuple[Topology, Webhook, str]]:
    broker = redis_url_or_skip().rsplit("/", 1)[0] + "/14"  # a database of its own, flushed
    with deployment(
        tmp_path,
        broker,
        embedder="hashing",
        log_level="WARNING",
        sync_interval_s="0.2",
        upload_chunk_rows="20",
        upload_lease_s="3",
        push_plan_at="",  # the plan comes from `push plan --fan-out`, not from the clock
        push_plan_shards=str(SHARDS),
        push_plan_lease_s="5",
        push_send_interval_s="0.5",
        push_quiet_hours="",
        idempotency_pending_s="3",  # a key left by the killed API is free again this soon
    ) as started:
        yield started


def upload(client: httpx.Client, headers: dict[str, str], rows: list[list[str]], name: str) -> int:
    response = client.post(
        "/v1/uploads", headers=headers, files={"file": (name, csv_bytes(rows), "application/octet-stream")}
    )
    assert response.status_code == 202, response.text
    return int(response.json()["id"])


def upload_state(client: httpx.Client, headers: dict[str, str], upload_id: int) -> dict[str, Any]:
    response = client.get(f"/v1/uploads/{upload_id}", headers=headers)
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


def new_seeker(client: httpx.Client, headers: dict[str, str], n: int, key: str | None = None) -> httpx.Response:
    body = {
        "name": f"求职者{n}",
        "phone": f"1380551{n:04d}",
        "location": {"lat": 31.8565, "lon": 117.3072, "crs": "gcj02"},
        "desired_job": "电焊工",
        "experience": "干过五年电焊",
        "push": {"consent": "personalised", "channel": "webhook"},
    }
    return client.post("/v1/jobseekers", headers=headers | ({"Idempotency-Key": key} if key else {}), json=body)


def retry_sign_up(client: httpx.Client, headers: dict[str, str], n: int, key: str) -> httpx.Response:
    """As a client does: again while the key is held by a request in flight (or by a dead server, until the
    key's pending time runs out)."""
    deadline = time.monotonic() + 60
    while True:
        response = new_seeker(client, headers, n, key)
        if response.status_code != 409 or "still being processed" not in response.text or time.monotonic() > deadline:
            return response
        time.sleep(0.5)


def test_the_topology_keeps_every_count_exact_through_kills(topology: tuple[Topology, Webhook, str]) -> None:
    deployment, webhook, database_url = topology
    store = deployment.root / "secrets"
    deployment.run(
        "keys", "init", str(store), env={k: v for k, v in deployment.env.items() if k != "JOBCIRCLE_SECRETS_DIR"}
    )
    assert sorted(p.name for p in store.iterdir()) == ["jwt_secret", "pii_keys", "pii_lookup_key"]
    deployment.run("migrate")  # the one-shot migration, as compose's `migrate` service
    api1, api2 = deployment.start_api("api1"), deployment.start_api("api2")
    deployment.start_worker("worker1")
    deployment.start_worker("worker2")
    deployment.run("admin", "create", "--phone", PHONE, "--password-stdin", stdin=PASSWORD + "\n")
    login = api1.post("/v1/auth/login", json={"phone": PHONE, "password": PASSWORD})
    assert login.status_code == 200, login.text
    auth = {"Authorization": f"Bearer {login.json()['access_token']}"}
    assert api2.get("/v1/auth/me", headers=auth).status_code == 200  # one token secret

    # A sheet through API 1, stored by a worker, read through API 2; the employer's phone sealed by the worker.
    sheet = [*numbered(FIRST_ROWS, 联系电话=EMPLOYER_PHONE), *[row("", 外部编号=f"bad{i}") for i in range(BAD_ROWS)]]
    first = upload(api1, auth, sheet, "第一批.csv")
    done = wait_until("the first sheet", lambda: (s := upload_state(api2, auth, first))["status"] == "done" and s)
    assert (done["counts"]["created"], done["counts"]["rejected"]) == (FIRST_ROWS, BAD_ROWS)
    wait_until("both workers' heartbeats", lambda: {deployment.worker_check(w) for w in ("worker1", "worker2")} == {0})
    jobs = api2.get("/v1/jobs", headers=auth, params={"limit": 1}).json()
    employer_id = jobs["items"][0]["employer_id"]
    for api in (api1, api2):
        response = api.get(f"/v1/employers/{employer_id}", headers=auth)
        assert response.status_code == 200, response.text  # was 500 CannotDecrypt with a worker's own keys
        assert EMPLOYER_PHONE[-4:] in response.text

    # Seekers through API 1, matched through API 2 once its index has the worker's postings.
    seekers = []
    for n in range(SEEKERS):
        response = new_seeker(api1, auth, n)
        assert response.status_code == 201, response.text
        seekers.append(response.json()["id"])
    items = wait_until(
        "API 2's matches",
        lambda: api2.get(f"/v1/jobseekers/{seekers[0]}/matches", headers=auth).json().get("items"),
    )
    assert items[0]["job"]["title"]
    phone = api2.get(f"/v1/jobseekers/{seekers[0]}", headers=auth).json()["phone"]
    assert phone.startswith("138") and phone.endswith("0000")  # sealed by API 1, opened by API 2

    # The nightly plan fanned out to the workers; the APIs' schedulers deliver each push once.
    deployment.run("push", "plan", "--fan-out", str(SHARDS), timeout_s=300)
    engine = create_engine(database_url)
    try:
        with engine.connect() as db:
            fanout = db.execute(select(PushRun.status, PushRun.counts).where(PushRun.kind == "fanout")).one()
            assert fanout.status == "done" and fanout.counts["pushes"] == SEEKERS
            shards = db.scalars(select(PushRun.shard).where(PushRun.kind == "plan")).all()
            assert sorted(shards) == [f"{i}/{SHARDS}" for i in range(SHARDS)]
        with engine.connect() as db:  # the seekers' pushes and the employer's digest
            planned = set(db.scalars(select(Push.request_id)))
        assert len(planned) == SEEKERS + fanout.counts["digests"]
        try:
            wait_until("every push delivered", lambda: set(webhook.deliveries) == planned, timeout_s=60)
        except AssertionError:
            with engine.connect() as db:
                states = db.execute(select(Push.channel, Push.status, Push.last_error, Push.next_attempt_at)).all()
            raise AssertionError(f"{len(webhook.deliveries)} delivered; pushes: {states[:5]}") from None
        time.sleep(2)  # a second delivery of any of them would land by now (the schedulers tick every 0.5 s)
        assert set(webhook.deliveries.values()) == {1}
        with engine.connect() as db:
            assert db.scalar(select(func.count()).select_from(Push).where(Push.status == "sent")) == len(planned)

        # Both workers killed halfway through a second sheet; a fresh one finishes it after the lease.
        second_rows = [row(f"第二批岗位{i}", 外部编号=f"Y{i}", 联系电话=EMPLOYER_PHONE) for i in range(SECOND_ROWS)]
        second = upload(api2, auth, second_rows, "第二批.csv")
        wait_until(
            "the second sheet under way", lambda: upload_state(api2, auth, second)["progress"]["done"] > 0, every_s=0.05
        )
        deployment.kill("worker1")
        deployment.kill("worker2")
        partway = upload_state(api2, auth, second)
        assert partway["status"] != "done", "the kill came too late to test anything"

        # API 1 killed halfway through a burst of sign-ups; each client retries on API 2 with its key.
        first_try: dict[int, int] = {}  # sign-up -> the id API 1 answered, for those it answered
        cut = []
        keys = [f"signup-{uuid.uuid4().hex}" for _ in range(BURST)]

        def sign_up(n: int) -> None:
            try:
                response = new_seeker(api1, auth, SEEKERS + n, keys[n])
            except httpx.TransportError:
                cut.append(n)
                return
            assert response.status_code == 201, response.text
            first_try[n] = response.json()["id"]

        threads = [threading.Thread(target=sign_up, args=(n,)) for n in range(BURST)]
        for n, thread in enumerate(threads):
            thread.start()
            if n == BURST // 2:
                deployment.kill("api1")
        for thread in threads:
            thread.join(60)
        assert cut and len(cut) + len(first_try) == BURST  # the kill cut the burst
        retried = [retry_sign_up(api2, auth, SEEKERS + n, keys[n]) for n in range(BURST)]
        lost_answers = [r for r in retried if r.status_code == 409 and "took effect" in r.json()["message"]]
        assert {r.status_code for r in retried if r not in lost_answers} == {201}, [r.text for r in retried][:3]
        assert all(retried[n].json()["id"] == id_ for n, id_ in first_try.items())  # replayed, not made again

        deployment.start_worker("worker3")
        finished = wait_until(
            "the second sheet, resumed", lambda: (s := upload_state(api2, auth, second))["status"] == "done" and s
        )
        assert finished["counts"]["created"] == SECOND_ROWS
        deployment.assert_alive()
        assert deployment.server_errors == []
        with engine.connect() as db:
            assert db.scalar(select(func.count()).select_from(Job)) == FIRST_ROWS + SECOND_ROWS
            assert db.scalar(select(func.count(func.distinct(Job.external_id)))) == FIRST_ROWS + SECOND_ROWS
            assert db.scalar(select(func.count()).select_from(Jobseeker)) == SEEKERS + BURST
        assert api2.get("/v1/jobs", headers=auth, params={"limit": 1}).json()["total"] == FIRST_ROWS + SECOND_ROWS
    finally:
        engine.dispose()
