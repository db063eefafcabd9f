"""Two `jobcircle serve` processes on one database stay in step through the change feed."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path

import httpx
import pytest

from app.config import Settings
from app.keys import new_key_text
from tests.auth_kit import add_user, bearer
from tests.factories import HEFEI, employer, loc, north_of, post_job, post_seeker

pytestmark = pytest.mark.model
JOBCIRCLE = str(Path(sys.executable).with_name("jobcircle"))


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


SECRETS = {"JOBCIRCLE_JWT_SECRET": "two-processes-share-this-token-secret-0123456789",
           "JOBCIRCLE_PII_KEYS": f"k1:{new_key_text()}", "JOBCIRCLE_PII_LOOKUP_KEY": new_key_text()}


@contextmanager
def server_process(database_url: str, data_dir: Path) -> Iterator[httpx.Client]:
    port = free_port()
    # Two machines share one database, so they share its secrets (each would otherwise generate its own).
    env = {**os.environ, "JOBCIRCLE_DATABASE_URL": database_url, "JOBCIRCLE_DATA_DIR": str(data_dir),
           "JOBCIRCLE_SYNC_INTERVAL_S": "0.5", "JOBCIRCLE_LOG_LEVEL": "WARNING", **SECRETS}
    log = (data_dir.parent / f"server-{port}.log").open("w")
    process = subprocess.Popen([JOBCIRCLE, "serve", "--port", str(port)], env=env, stdout=log, stderr=log)
    admin = Settings(database_url=database_url, data_dir=data_dir, **{k.removeprefix("JOBCIRCLE_").lower(): v
                                                                      for k, v in SECRETS.items()})
    client = httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=30,
                          headers=bearer(admin, add_user(admin, "admin")))
    try:
        deadline = time.monotonic() + 120
        while not _healthy(client):
            if process.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"server did not start: {Path(log.name).read_text()[-2000:]}")
            time.sleep(0.2)
        yield client
    finally:
        client.close()
        process.terminate()
        process.wait(timeout=30)
        log.close()


def _healthy(client: httpx.Client) -> bool:
    try:
        return client.get("/healthz").status_code == 200
    except httpx.TransportError:
        return False


def test_a_job_posted_through_one_process_is_matched_through_the_other(migrated_url: str, tmp_path: Path):
    with ExitStack() as stack:
        first = stack.enter_context(server_process(migrated_url, tmp_path / "a"))
        second = stack.enter_context(server_process(migrated_url, tmp_path / "b"))
        seeker = post_seeker(second, HEFEI)
        posted_at = time.monotonic()
        job = post_job(first, employer(first), location=loc(north_of(HEFEI, 1.5)))
        while True:
            items = second.get(f"/v1/jobseekers/{seeker}/matches").json()["items"]
            if items or time.monotonic() - posted_at > 10:
                break
            time.sleep(0.05)
        lag_s = time.monotonic() - posted_at
        assert [i["job"]["id"] for i in items] == [job], "not seen by the second process within 10 s"
        print(f"\nchange-feed lag between processes: {lag_s:.2f} s")
        assert first.post(f"/v1/jobs/{job}/close").status_code == 200
        time.sleep(1.5)
        assert second.get(f"/v1/jobseekers/{seeker}/matches").json()["items"] == []
