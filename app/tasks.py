"""Where uploads run: threads in the API process (embedded default) or huey workers on Redis; and the
huey tasks of the nightly plan's shards (app/services/pushes/fanout.py), which only workers run.

Either way the task body is `UploadWorker.run`, and the database row is the task's state: a queue
only says "look at upload N". A lost message or a killed worker costs time, never rows, because
`recover` hands every unfinished upload whose lease ran out back to the queue, and deletes the stored
sheets of uploads that ended more than `upload_file_retention_days` ago.
"""

from __future__ import annotations

import logging
import queue
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, NamedTuple, Protocol

from sqlalchemy.orm import Session, sessionmaker

from app.services.pushes.fanout import EnqueueShard, plan_shard, recover_fanouts
from app.services.pushes.nightly import PushSetup
from app.services.uploads.ingest import (
    Ingest,
    Progress,
    process_upload,
    recover_uploads,
    sweep_upload_files,
)

logger = logging.getLogger(__name__)

RECOVER_EVERY_S = 60.0


class UploadQueue(Protocol):
    def submit(self, upload_id: int) -> None: ...


@dataclass
class UploadWorker:
    """The task code both engines run."""

    sessions: sessionmaker[Session]
    ingest: Ingest
    submit: Callable[[int], None]
    on_chunk: Progress | None = None
    stop: threading.Event | None = None  # set: hand uploads back between chunks

    def run(self, upload_id: int) -> None:
        process_upload(self.sessions, self.ingest, upload_id, self.on_chunk, self.stop)

    def recover(self) -> None:
        """The minutely sweep: unfinished uploads back to the queue, ended ones' files past retention deleted."""
        recover_uploads(self.sessions, self.ingest.lease_s, self.submit)
        sweep_upload_files(self.sessions, self.ingest.file_retention_days)


class ThreadQueue:
    """Embedded default: a few threads in this process, no extra service. Uploads left unfinished by a
    stopped process are found by `recover` at start and every minute, here or in a sibling process."""

    def __init__(self, threads: int, recover_every_s: float = RECOVER_EVERY_S) -> None:
        self._queue: queue.Queue[int | None] = queue.Queue()
        self._threads = threads
        self._recover_every_s = recover_every_s
        self._workers: list[threading.Thread] = []
        self._worker: UploadWorker | None = None
        self.stop = threading.Event()  # the worker started here must carry it

    def submit(self, upload_id: int) -> None:
        self._queue.put(upload_id)

    def start(self, worker: UploadWorker) -> None:
        self._worker = worker
        self._workers = [
            threading.Thread(target=self._loop, name=f"uploads-{n}", daemon=True) for n in range(self._threads)
        ]
        for thread in self._workers:
            thread.start()
        self._safely(worker.recover)

    def close(self, timeout_s: float = 30.0) -> None:
        """Stop after the chunk in flight; an unfinished upload is handed back, due at once."""
        self.stop.set()
        for _ in self._workers:
            self._queue.put(None)
        for thread in self._workers:
            thread.join(timeout_s)

    def _loop(self) -> None:
        assert self._worker is not None
        worker = self._worker
        while True:
            try:
                upload_id = self._queue.get(timeout=self._recover_every_s)
            except queue.Empty:
                self._safely(worker.recover)
                continue
            if upload_id is None or self.stop.is_set():
                return
            self._safely(lambda: worker.run(upload_id))  # noqa: B023 (called at once, in this iteration)

    @staticmethod
    def _safely(call: Callable[[], None]) -> None:
        try:
            call()
        except Exception:  # a database blip must not kill the thread; recovery retries the upload
            logger.exception("upload work failed")


class HueyQueue:
    """Distributed: the API only enqueues; `jobcircle worker` processes run the consumers."""

    def __init__(self, enqueue: Callable[[int], Any]) -> None:
        self._enqueue = enqueue

    def submit(self, upload_id: int) -> None:
        try:
            self._enqueue(upload_id)
        except Exception:  # Redis down: the upload stays queued and the next recovery sweep sends it
            logger.exception("could not enqueue upload %d; it will be recovered", upload_id)


@dataclass
class ShardPlanner:
    """A worker's side of the nightly plan's shards (app/services/pushes/fanout.py)."""

    sessions: sessionmaker[Session]
    setup: Callable[[], PushSetup]  # built on the first shard: the blend's semantic floor reads the model
    enqueue_shard: EnqueueShard
    lease_s: float

    def run(self, fanout_id: int, index: int) -> None:
        plan_shard(self.sessions, self.setup(), fanout_id, index, lease_s=self.lease_s)

    def recover(self) -> None:
        recover_fanouts(self.sessions, self.enqueue_shard, lease_s=self.lease_s)


@dataclass
class _Slot:
    worker: UploadWorker | None = None
    planner: ShardPlanner | None = None

    def get(self) -> UploadWorker:
        if self.worker is None:
            raise RuntimeError("no upload worker in this process: run `jobcircle worker`")
        return self.worker

    def get_planner(self) -> ShardPlanner:
        if self.planner is None:
            raise RuntimeError("no plan worker in this process: run `jobcircle worker`")
        return self.planner


class HueyTasks(NamedTuple):
    huey: Any
    enqueue_upload: Callable[[int], Any]
    slot: _Slot  # filled in worker processes; API processes only enqueue
    enqueue_shard: EnqueueShard


def make_huey(broker_url: str) -> HueyTasks:
    """A RedisHuey with the upload and plan-shard tasks and their minutely recovery sweeps registered."""
    from huey import RedisHuey, crontab

    huey = RedisHuey("jobcircle", url=broker_url, results=False)
    slot = _Slot()

    @huey.task(name="process_upload")  # type: ignore[untyped-decorator]
    def process_upload_task(upload_id: int) -> None:
        slot.get().run(upload_id)

    @huey.task(name="plan_shard")  # type: ignore[untyped-decorator]
    def plan_shard_task(fanout_id: int, index: int) -> None:
        slot.get_planner().run(fanout_id, index)

    @huey.periodic_task(crontab(minute="*"), name="recover_uploads")  # type: ignore[untyped-decorator]
    def recover_task() -> None:
        slot.get().recover()
        if slot.planner is not None:
            slot.planner.recover()

    @huey.on_startup()  # type: ignore[untyped-decorator]
    def recover_at_start() -> None:
        slot.get().recover()
        if slot.planner is not None:
            slot.planner.recover()

    return HueyTasks(huey, process_upload_task, slot, plan_shard_task)
