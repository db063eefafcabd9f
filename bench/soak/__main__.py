"""A soak of the production topology on loopback: mixed load for N minutes, then every count checked.

    python -m bench.soak [--minutes 10] [--clients 4] [--json out.json]

Starts (from Debian's packages, as `bash .ci/run` does) PostgreSQL and Redis, then the topology of
tests/topology: `jobcircle keys init`, `migrate`, two `jobcircle serve` and two `jobcircle worker` processes in
production mode with the hashing embedder (the load is on the service, not the model). Client threads spread
over both APIs run a mix of matches for stored seekers, text searches, sign-ups (with Idempotency-Keys), funnel
events and postings read; a 100-row sheet uploaded every 20 s; and every two minutes the nightly plan fanned out to the workers
(`push plan --fan-out 2`), whose pushes the APIs' schedulers deliver to a local webhook.

At the end: server errors (5xx) and transport errors; rows in the database against the answers the clients got
(seekers, events, postings from the uploads); every planned push delivered, none twice; the resident memory of
each process sampled every 10 s, first minute against last; latency by operation. Exit 1 if any check fails.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections import defaultdict
from pathlib import Path
from typing import Any

import httpx
from sqlalchemy import create_engine, func, select

from app.models import Event, Job, Jobseeker, Push, PushRun
from bench.machine import cpu_times, steal_share
from tests.topology.kit import Topology, deployment, wait_until
from tests.uploads_kit import csv_bytes, row

ROOT = Path(__file__).resolve().parents[2]
PHONE, PASSWORD = "13805518888", "soak test password"
PLAN_EVERY_S = 120
SHEET_ROWS = 100
# Steady state, so that memory can be judged: sign-ups are matched by people leaving (their data erased), and the
# sheets are five fairs' lists sent again and again with new salaries (created once, then updated in place).
MIX = (("match", 40), ("search", 30), ("signup", 5), ("leave", 5), ("event", 15), ("job", 5))
UPLOAD_EVERY_S = 20  # a fair operator's sheet every 20 s: 30 uploads of 100 rows in 10 minutes
SHEETS = 5
SAMPLE_EVERY_S = 10
BASE_SEEKERS = 50
BASE_ROWS = 200


def start_services() -> tuple[str, str]:
    def script(name: str) -> str:
        done = subprocess.run(
            ["bash", f"scripts/{name}", "start"], cwd=ROOT, check=True, capture_output=True, text=True
        )
        return done.stdout.strip().splitlines()[-1]

    return script("pg-test-server"), script("redis-test-server")


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


class Load:
    """The clients' side: what they asked, what they were told, how long it took."""

    def __init__(self, apis: list[httpx.Client], auth: dict[str, str], seekers: list[int], jobs: list[int]) -> None:
        self.apis, self.auth = apis, auth
        self.seekers, self.jobs = seekers, jobs
        self.lock = threading.Lock()
        self.latency: dict[str, list[float]] = defaultdict(list)
        self.server_errors: list[str] = []
        self.transport_errors: list[str] = []
        self.created_seekers = 0
        self.left_seekers = 0
        self.newcomers: list[int] = []  # signed up during the soak: only these leave
        self.sheets_sent: set[int] = set()
        self.created_events = 0
        self.created_jobs = 0
        self.uploads: list[tuple[int, httpx.Client]] = []
        self.counter = 0

    def run(self, stop: threading.Event, seed: int) -> None:
        rng = random.Random(seed)
        names, weights = zip(*MIX, strict=True)
        while not stop.is_set():
            op = rng.choices(names, weights)[0]
            api = rng.choice(self.apis)
            started = time.perf_counter()
            try:
                response = getattr(self, f"_{op}")(api, rng)
            except httpx.TransportError as error:
                with self.lock:
                    self.transport_errors.append(f"{op}: {error!r}")
                continue
            elapsed = time.perf_counter() - started
            with self.lock:
                self.latency[op].append(elapsed)
                if response.status_code >= 500:
                    self.server_errors.append(f"{op} {response.status_code} {response.text[:200]}")

    def _next(self) -> int:
        with self.lock:
            self.counter += 1
            return self.counter

    def _match(self, api: httpx.Client, rng: random.Random) -> httpx.Response:
        return api.get(f"/v1/jobseekers/{rng.choice(self.seekers)}/matches", headers=self.auth)

    def _search(self, api: httpx.Client, rng: random.Random) -> httpx.Response:
        text = rng.choice(["电焊工", "保洁", "叉车司机", "厨师 包吃住", "仓库管理", "保安 夜班", "电工证"])
        point = {"lat": 31.8565 + rng.uniform(-0.02, 0.02), "lon": 117.3072 + rng.uniform(-0.02, 0.02), "crs": "gcj02"}
        return api.post("/v1/matches/search", json={"text": text, "location": point})

    def _signup(self, api: httpx.Client, rng: random.Random) -> httpx.Response:
        n = self._next()
        body = seeker_body(n, rng)
        response = api.post(
            "/v1/jobseekers", json=body, headers=self.auth | {"Idempotency-Key": f"soak-{uuid.uuid4()}"}
        )
        if response.status_code == 201:
            with self.lock:
                self.created_seekers += 1
                self.newcomers.append(response.json()["id"])
        return response

    def _leave(self, api: httpx.Client, rng: random.Random) -> httpx.Response:
        with self.lock:
            if not self.newcomers:
                return httpx.Response(204)
            seeker = self.newcomers.pop(rng.randrange(len(self.newcomers)))
        response = api.delete(f"/v1/jobseekers/{seeker}", headers=self.auth)
        if response.status_code == 204:
            with self.lock:
                self.left_seekers += 1
        return response

    def _event(self, api: httpx.Client, rng: random.Random) -> httpx.Response:
        body = {
            "type": rng.choice(["view", "apply", "impression"]),
            "job_id": rng.choice(self.jobs),
            "jobseeker_id": rng.choice(self.seekers),
        }
        response = api.post("/v1/events", json=body, headers=self.auth)
        if response.status_code == 201:
            with self.lock:
                self.created_events += 1
        return response

    def upload(self, api: httpx.Client) -> None:
        started = time.perf_counter()
        try:
            response = self._upload(api)
        except httpx.TransportError as error:
            self.transport_errors.append(f"upload: {error!r}")
            return
        with self.lock:
            self.latency["upload"].append(time.perf_counter() - started)
            if response.status_code >= 500:
                self.server_errors.append(f"upload {response.status_code} {response.text[:200]}")

    def _upload(self, api: httpx.Client) -> httpx.Response:
        batch = self._next()
        sheet, salary = batch % SHEETS, 4000 + batch  # the same rows, a new salary: updated, never doubled
        self.sheets_sent.add(sheet)
        rows = [
            row(f"浸泡测试岗位{sheet}-{i}", 外部编号=f"S{sheet}-{i}", 薪资下限=str(salary)) for i in range(SHEET_ROWS)
        ]
        response = api.post(
            "/v1/uploads", headers=self.auth, files={"file": (f"soak{batch}.csv", csv_bytes(rows), "text/csv")}
        )
        if response.status_code == 202:
            with self.lock:
                self.uploads.append((response.json()["id"], api))
        return response

    def _job(self, api: httpx.Client, rng: random.Random) -> httpx.Response:
        n = self._next()
        response = api.get(f"/v1/jobs/{rng.choice(self.jobs)}", headers=self.auth)
        if n % 4 == 0:
            response = api.get("/v1/jobs", params={"limit": 20, "offset": rng.randrange(0, 100)}, headers=self.auth)
        return response


def seeker_body(n: int, rng: random.Random) -> dict[str, Any]:
    return {
        "name": f"浸泡{n}",
        "phone": f"139{n:08d}"[:11],
        "location": {
            "lat": 31.8565 + rng.uniform(-0.02, 0.02),
            "lon": 117.3072 + rng.uniform(-0.02, 0.02),
            "crs": "gcj02",
        },
        "desired_job": rng.choice(["电焊工", "保洁员", "叉车司机", "厨师"]),
        "experience": "干过几年",
        "push": {"consent": "personalised", "channel": "webhook"},
    }


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))] if ordered else 0.0


def soak(minutes: float, clients: int) -> dict[str, Any]:
    pg, broker = start_services()
    root = Path(tempfile.mkdtemp(prefix="jobcircle-soak-"))
    with deployment(
        root,
        broker.rsplit("/", 1)[0] + "/13",
        pg,
        embedder="hashing",
        log_level="WARNING",
        push_plan_at="",
        push_plan_shards="2",
        push_send_interval_s="2",
        push_quiet_hours="",
        push_min_interval_h="0",  # each plan may push a seeker again (new jobs only): pushes all along
        push_per_week="50",
        rate_limit_ip_per_min="1000000",  # one address and one account send everything here; the limits
        rate_limit_user_per_min="1000000",  # still count in Redis (the broker's), as in production
    ) as (topology, webhook, database_url):
        return run(topology, webhook, database_url, minutes, clients, root)


def run(
    topology: Topology, webhook: Any, database_url: str, minutes: float, clients: int, root: Path
) -> dict[str, Any]:
    topology.run(
        "keys",
        "init",
        str(root / "secrets"),
        env={k: v for k, v in topology.env.items() if k != "JOBCIRCLE_SECRETS_DIR"},
    )
    topology.run("migrate")
    apis = [topology.start_api("api1"), topology.start_api("api2")]
    topology.start_worker("worker1")
    topology.start_worker("worker2")
    topology.run("admin", "create", "--phone", PHONE, "--password-stdin", stdin=PASSWORD + "\n")
    token = apis[0].post("/v1/auth/login", json={"phone": PHONE, "password": PASSWORD}).json()["access_token"]
    auth = {"Authorization": f"Bearer {token}"}
    # A starting set: 200 postings by upload, 50 seekers.
    rows = [
        row(f"{t}{i}", 外部编号=f"B{i}")
        for i, t in enumerate(["电焊工", "保洁员", "叉车司机", "厨师"] * (BASE_ROWS // 4))
    ]
    first = apis[0].post("/v1/uploads", headers=auth, files={"file": ("base.csv", csv_bytes(rows), "text/csv")}).json()
    wait_until(
        "the base sheet",
        lambda: apis[1].get(f"/v1/uploads/{first['id']}", headers=auth).json()["status"] == "done",
        300,
    )
    jobs = [j["id"] for j in apis[1].get("/v1/jobs", params={"limit": 100}, headers=auth).json()["items"]]
    rng = random.Random(7)
    seekers = [
        apis[0].post("/v1/jobseekers", json=seeker_body(100_000 + n, rng), headers=auth).json()["id"]
        for n in range(BASE_SEEKERS)
    ]
    load = Load(apis, auth, seekers, jobs)
    load.created_jobs = len(rows)
    processes = {name: p.pid for name, p in topology.processes.items()}
    memory: dict[str, list[tuple[float, float]]] = {name: [] for name in processes}
    stop = threading.Event()
    threads = [threading.Thread(target=load.run, args=(stop, seed), daemon=True) for seed in range(clients)]
    started, cpu_before = time.monotonic(), cpu_times()
    for thread in threads:
        thread.start()
    plans = 0
    next_plan, next_sample, next_upload = started + 30, started, started + 5
    while (now := time.monotonic()) < started + minutes * 60:
        if now >= next_sample:
            for name, pid in processes.items():
                memory[name].append((now - started, rss_mb(pid)))
            next_sample += SAMPLE_EVERY_S
        if now >= next_upload:
            load.upload(apis[int(now) % 2])
            next_upload += UPLOAD_EVERY_S
        if now >= next_plan:
            try:
                topology.run("push", "plan", "--fan-out", "2", timeout_s=300)
            except subprocess.TimeoutExpired:
                runs_engine = create_engine(database_url)
                with runs_engine.connect() as db:
                    for run_row in db.execute(
                        select(
                            PushRun.id,
                            PushRun.kind,
                            PushRun.shard,
                            PushRun.slot,
                            PushRun.status,
                            PushRun.lease_until,
                            PushRun.as_of,
                            PushRun.finished_at,
                        )
                    ):
                        print(run_row, file=sys.stderr)
                runs_engine.dispose()
                raise
            plans += 1
            next_plan += PLAN_EVERY_S
        topology.assert_alive()
        time.sleep(1)
    stop.set()
    for thread in threads:
        thread.join(60)
    elapsed, steal = time.monotonic() - started, steal_share(cpu_before, cpu_times())
    # Let the last uploads and pushes finish, then count.
    rows_accounted = 0
    for upload_id, api in load.uploads:
        body = wait_until(
            f"upload {upload_id}",
            lambda u=upload_id, a=api: (
                (b := a.get(f"/v1/uploads/{u}", headers=auth).json())["status"] in ("done", "failed") and b
            ),
            300,
        )
        load.created_jobs += body["counts"]["created"]
        rows_accounted += sum(body["counts"][k] for k in ("created", "updated", "unchanged", "rejected"))
        assert body["status"] == "done", body
    engine = create_engine(database_url)
    try:
        with engine.connect() as db:
            planned = set(db.scalars(select(Push.request_id)))
        wait_until("the last pushes", lambda: planned <= set(webhook.deliveries), 120)
        time.sleep(5)
        with engine.connect() as db:
            counts = {
                "seekers": (
                    db.scalar(select(func.count()).select_from(Jobseeker)),
                    BASE_SEEKERS + load.created_seekers - load.left_seekers,
                ),
                "events": (db.scalar(select(func.count()).select_from(Event)), load.created_events),
                "jobs": (db.scalar(select(func.count()).select_from(Job)), load.created_jobs),
                "jobs by design (base + 5 sheets, each sent again and again)": (
                    db.scalar(select(func.count()).select_from(Job)),
                    BASE_ROWS + len(load.sheets_sent) * SHEET_ROWS,
                ),
                "upload rows accounted (created+updated+unchanged+rejected)": (
                    rows_accounted,
                    SHEET_ROWS * len(load.uploads),
                ),
                "pushes in the database delivered": (len(planned & set(webhook.deliveries)), len(planned)),
            }
    finally:
        engine.dispose()
    doubled = sum(1 for n in webhook.deliveries.values() if n > 1)
    requests = sum(len(v) for v in load.latency.values())
    memory_report = {
        name: {
            "first_minute_mb": round(statistics.mean(mb for t, mb in samples if t < 60), 1),
            "last_minute_mb": round(statistics.mean(mb for t, mb in samples if t >= samples[-1][0] - 60), 1),
        }
        for name, samples in memory.items()
    }
    report = {
        "cpus": os.cpu_count(),
        "cpu_steal_share": steal,
        "minutes": round(elapsed / 60, 2),
        "clients": clients,
        "requests": requests,
        "requests_per_s": round(requests / elapsed, 1),
        "server_errors": len(load.server_errors),
        "server_error_examples": load.server_errors[:5],
        "transport_errors": len(load.transport_errors),
        "plans_fanned_out": plans,
        "counts_db_vs_clients": counts,
        "pushes_doubled": doubled,
        "memory": memory_report,
        "latency_ms": {
            op: {"n": len(v), "p50": round(1000 * percentile(v, 0.5), 1), "p99": round(1000 * percentile(v, 0.99), 1)}
            for op, v in sorted(load.latency.items())
        },
    }
    report["checks"] = {
        "no server errors": report["server_errors"] == 0 and report["transport_errors"] == 0,
        "counts exact": all(db_n == want for db_n, want in counts.values()),
        "no push doubled": doubled == 0,
        "memory flat (last minute within 15% or 30 MB of the first)": all(
            m["last_minute_mb"] <= max(m["first_minute_mb"] * 1.15, m["first_minute_mb"] + 30)
            for m in memory_report.values()
        ),
    }
    return report


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--minutes", type=float, default=10.0)
    parser.add_argument("--clients", type=int, default=4)
    parser.add_argument("--json", type=Path, default=None)
    args = parser.parse_args()
    report = soak(args.minutes, args.clients)
    text = json.dumps(report, ensure_ascii=False, indent=1)
    print(text)
    if args.json:
        args.json.write_text(text)
    return 0 if all(report["checks"].values()) else 1


if __name__ == "__main__":
    sys.exit(main())
