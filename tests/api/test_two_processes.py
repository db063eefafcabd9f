"""Two `jobcircle serve` processes on one database stay in step through the change feed."""

from __future__ import annotations

import time
from contextlib import ExitStack
from pathlib import Path

import pytest

from tests.factories import HEFEI, employer, loc, north_of, post_job, post_seeker
from tests.live import server_process

pytestmark = [pytest.mark.model, pytest.mark.slow]


def test_a_job_posted_through_one_process_is_matched_through_the_other(migrated_url: str, tmp_path: Path):
    with ExitStack() as stack:
        first = stack.enter_context(server_process(migrated_url, tmp_path / "a", JOBCIRCLE_SYNC_INTERVAL_S="0.5"))
        second = stack.enter_context(server_process(migrated_url, tmp_path / "b", JOBCIRCLE_SYNC_INTERVAL_S="0.5"))
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
