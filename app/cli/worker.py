"""`jobcircle worker`: huey consumers taking uploads and the nightly plan's shards from Redis; `--check` for
a container's healthcheck, which passes while the worker's heartbeat is fresh."""

from __future__ import annotations

import functools
import logging
import os
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session, sessionmaker

from app.config import Settings
from app.metrics import serve_metrics
from app.runtime import IngestRuntime
from app.services.engine.matcher import weights_from_settings
from app.services.pushes.nightly import PushSetup
from app.tasks import HueyQueue, ShardPlanner, UploadWorker, make_huey

logger = logging.getLogger("jobcircle.worker")

HEARTBEAT_EVERY_S = 30.0
HEARTBEAT_STALE_S = 3 * HEARTBEAT_EVERY_S  # the healthcheck fails once three beats are missed


def heartbeat_path() -> Path:
    """One per user and machine (a container has its own): `--check` reads the file `run_worker` touches."""
    return Path(tempfile.gettempdir()) / f"jobcircle-worker-{os.getuid()}.alive"


def run_worker(settings: Settings, threads: int) -> int:
    """Blocks: a huey consumer with `threads` threads; Ctrl-C stops after the chunk in flight."""
    tasks = make_huey(settings.task_broker)
    runtime = IngestRuntime.build(settings)
    tasks.slot.worker = UploadWorker(runtime.sessions, runtime.ingest, HueyQueue(tasks.enqueue_upload).submit)
    tasks.slot.planner = ShardPlanner(
        runtime.sessions,
        functools.cache(
            lambda: PushSetup.from_settings(
                settings, weights_from_settings(settings, runtime.ingest.coder), runtime.ingest.coder
            )
        ),
        tasks.enqueue_shard,
        settings.push_plan_lease_s,
    )
    heartbeat = Heartbeat(runtime.sessions, tasks.huey, heartbeat_path())
    heartbeat.start()
    if settings.worker_metrics_port:
        # Upload rows and pushes are counted where the work is done: here, not in the API a scraper already reads.
        serve_metrics(settings.worker_metrics_port, settings.worker_metrics_addr)
        logger.info(
            "worker: metrics on http://%s:%d/metrics", settings.worker_metrics_addr, settings.worker_metrics_port
        )
    logger.info("worker: %d thread(s) on %s (uploads, plan shards)", threads, settings.task_broker)
    try:
        tasks.huey.create_consumer(workers=threads, worker_type="thread", periodic=True).run()
    finally:
        heartbeat.stop()
        runtime.close()
    return 0


class Heartbeat:
    """Touches `path` every HEARTBEAT_EVERY_S while Redis and the database both answer."""

    def __init__(self, sessions: sessionmaker[Session], huey: Any, path: Path) -> None:
        self._sessions, self._huey, self.path = sessions, huey, path
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="worker-heartbeat", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(5)
        self.path.unlink(missing_ok=True)

    def beat(self) -> bool:
        try:
            self._huey.storage.conn.ping()
            with self._sessions() as session:
                session.execute(text("SELECT 1"))
        except Exception as error:  # whatever the cause, the beat is skipped and said
            logger.warning("worker heartbeat skipped: %s", error)
            return False
        self.path.touch()
        return True

    def _run(self) -> None:
        while not self._stop.is_set():
            self.beat()
            self._stop.wait(HEARTBEAT_EVERY_S)


def check_worker(path: Path, now: float | None = None) -> str | None:
    """Why the worker is not healthy, or None."""
    try:
        age = (now or time.time()) - path.stat().st_mtime
    except FileNotFoundError:
        return f"no heartbeat at {path}: the worker is not running here (or not yet)"
    if age > HEARTBEAT_STALE_S:
        return f"the last heartbeat is {age:.0f} s old: Redis or the database has not answered the worker"
    return None
