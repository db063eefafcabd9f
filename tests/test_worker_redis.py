"""huey on a real Redis: `jobcircle worker` processes uploads; SIGKILL halfway loses and doubles nothing."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import httpx
import pytest
from sqlalchemy import func, select

from app.config import Settings
from app.models import Job, Upload, UploadIssue
from app.runtime import IngestRuntime
from app.services.identity.principal import SYSTEM
from app.services.uploads.ingest import accept_upload
from app.tasks import make_huey
from matching.embedding import Embedder
from tests.live import SECRETS, free_port
from tests.uploads_kit import csv_bytes, numbered, row

pytestmark = pytest.mark.redis
ROOT = Path(__file__).resolve().parent.parent
ROWS, BAD = 800, (5, 250, 700)
LEASE_S = 2


def redis_url_or_skip() -> str:
    """The test server, on a database of its own (15), so flushing it touches nobody else's queue."""
    url = os.environ.get("JOBCIRCLE_TEST_REDIS_URL", "")
    if url:
        return url.rsplit("/", 1)[0] + "/15" if url.count("/") == 3 else url
    if os.environ.get("JOBCIRCLE_REQUIRE_REDIS") == "1":
        pytest.fail("JOBCIRCLE_REQUIRE_REDIS=1 but JOBCIRCLE_TEST_REDIS_URL is not set")
    pytest.skip("needs JOBCIRCLE_TEST_REDIS_URL (bash .ci/run starts scripts/redis-test-server)")


def worker(env: dict[str, str]) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "app.cli", "worker"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )


def wait_for(
    runtime: IngestRuntime,
    upload_id: int,
    condition: Callable[[Upload], bool],
    process: subprocess.Popen[bytes],
    timeout_s: float = 120,
) -> Upload:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        with runtime.sessions() as session:
            upload = session.get_one(Upload, upload_id)
            session.expunge(upload)
        if condition(upload):
            return upload
        if process.poll() is not None:
            raise AssertionError(f"worker exited with {process.returncode}: {process.stderr.read().decode()[-3000:]}")
        time.sleep(0.02)
    raise AssertionError(f"upload {upload_id} at {upload.rows_done}/{upload.total_rows}, {upload.status}")


def scraped_rows(port: int) -> dict[str, int]:
    text = httpx.get(f"http://127.0.0.1:{port}/metrics", timeout=10).text
    return {
        outcome: int(float(value))
        for outcome, value in re.findall(r'^jobcircle_upload_rows_total\{outcome="(\w+)"\} (\S+)$', text, re.MULTILINE)
    }


@pytest.mark.slow
def test_a_worker_killed_mid_upload_is_replaced_and_the_counts_match(
    migrated_url: str, tmp_path: Path, fake_embedder: Embedder
) -> None:
    broker = redis_url_or_skip()
    huey, enqueue, _, _ = make_huey(broker)
    huey.flush()
    # The API and the worker share one secret store (as production must): the sheet is sealed with its key.
    secrets = {name.removeprefix("JOBCIRCLE_").lower(): value for name, value in SECRETS.items()}
    settings = Settings(database_url=migrated_url, data_dir=tmp_path / "data", task_broker=broker, **secrets)
    runtime = IngestRuntime.build(settings, embedder=fake_embedder)
    rows = numbered(ROWS)
    for i in BAD:
        rows[i] = row("叉车司机", **{"薪资下限": "150", "薪资单位": "", "外部编号": f"bad{i}"})
    with runtime.sessions.begin() as session:
        upload_id = accept_upload(
            session, runtime.ingest, SYSTEM, "a.csv", csv_bytes(rows), fair_id=None, submit=lambda _: None
        ).id
    enqueue(upload_id)
    (tmp_path / "worker").mkdir()  # its data directory, as the image's /data (a command never makes one)
    env = {k: v for k, v in os.environ.items() if not k.startswith("JOBCIRCLE_")}
    env.update(
        JOBCIRCLE_DATABASE_URL=migrated_url,
        JOBCIRCLE_DATA_DIR=str(tmp_path / "worker"),
        JOBCIRCLE_TASK_BROKER=broker,
        JOBCIRCLE_EMBEDDER="hashing",
        JOBCIRCLE_UPLOAD_CHUNK_ROWS="10",
        JOBCIRCLE_UPLOAD_LEASE_S=str(LEASE_S),
        JOBCIRCLE_LOG_LEVEL="WARNING",
        **SECRETS,
    )
    first = worker(env)
    try:
        at_kill = wait_for(runtime, upload_id, lambda u: u.rows_done >= 100, first)
        first.send_signal(signal.SIGKILL)
        first.wait()
    finally:
        first.kill()
    with runtime.sessions() as session:
        killed = session.get_one(Upload, upload_id)
        assert killed.status == "running" and killed.rows_done < ROWS, "the worker finished before it was killed"
    time.sleep(LEASE_S + 0.5)  # the dead worker's lease runs out; the new worker's start-up sweep takes over
    port = free_port()
    second = worker({**env, "JOBCIRCLE_WORKER_METRICS_PORT": str(port)})
    try:
        done = wait_for(runtime, upload_id, lambda u: u.status in ("done", "failed"), second)
        stored = scraped_rows(port)  # the rows this worker stored, on its own /metrics
    finally:
        second.send_signal(signal.SIGINT)
        second.wait(30)
    assert at_kill.rows_done >= 100
    assert (done.status, done.rows_done, done.attempts) == ("done", ROWS, 2)
    assert (done.created, done.updated, done.unchanged, done.rejected) == (ROWS - len(BAD), 0, 0, len(BAD))
    assert stored == {
        "created": done.created - killed.created,
        "updated": 0,
        "unchanged": 0,
        "rejected": done.rejected - killed.rejected,
    }
    with runtime.sessions() as session:
        assert session.scalar(select(func.count()).select_from(Job)) == ROWS - len(BAD)
        assert session.scalar(
            select(func.count()).select_from(UploadIssue).where(UploadIssue.severity == "error")
        ) == len(BAD)
    runtime.close()
