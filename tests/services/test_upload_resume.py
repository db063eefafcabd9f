"""An upload interrupted between chunks resumes where it stopped, with the counts of an unbroken run."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.config import Settings
from app.models import Job, Upload, UploadIssue
from app.runtime import IngestRuntime
from app.services.identity.principal import SYSTEM
from app.services.uploads.ingest import (
    accept_upload,
    claim,
    process_upload,
    recover_uploads,
)
from matching.embedding import Embedder
from tests.uploads_kit import csv_bytes, numbered, row

LEASE_S = 0.5


class Crash(Exception):
    """Stands for a worker dying right after a chunk committed."""


@pytest.fixture
def runtime(migrated_url: str, tmp_path: Path, fake_embedder: Embedder) -> IngestRuntime:
    settings = Settings(
        database_url=migrated_url, data_dir=tmp_path / "data", upload_chunk_rows=5, upload_lease_s=LEASE_S
    )
    built = IngestRuntime.build(settings, embedder=fake_embedder)
    yield built
    built.close()


def sheet_with_bad_rows() -> bytes:
    rows = numbered(40)
    for i in (3, 17, 18, 33):
        rows[i] = row("", **{"外部编号": f"bad{i}"})
    return csv_bytes(rows)


def accept(runtime: IngestRuntime, content: bytes) -> int:
    with runtime.sessions.begin() as session:
        return accept_upload(session, runtime.ingest, SYSTEM, "a.csv", content, fair_id=None, submit=lambda _: None).id


def test_a_crash_after_a_chunk_resumes_without_duplicates(runtime: IngestRuntime) -> None:
    upload_id = accept(runtime, sheet_with_bad_rows())
    seen: list[int] = []

    def die_after_three_chunks(done: int, total: int) -> None:
        seen.append(done)
        if len(seen) == 3:
            raise Crash

    with pytest.raises(Crash):
        process_upload(runtime.sessions, runtime.ingest, upload_id, on_chunk=die_after_three_chunks)
    assert process_upload(runtime.sessions, runtime.ingest, upload_id) is False  # the dead worker's lease holds
    with runtime.sessions() as session:
        stopped = session.get_one(Upload, upload_id)
        assert (stopped.status, stopped.rows_done) == ("running", 15)
    time.sleep(LEASE_S * 1.5)
    handed_back: list[int] = []
    assert recover_uploads(runtime.sessions, LEASE_S, handed_back.append) == [upload_id] == handed_back
    assert process_upload(runtime.sessions, runtime.ingest, upload_id) is True
    with runtime.sessions() as session:
        done = session.get_one(Upload, upload_id)
        assert (done.status, done.rows_done, done.attempts) == ("done", 40, 2)
        assert (done.created, done.updated, done.unchanged, done.rejected) == (36, 0, 0, 4)
        assert session.scalar(select(func.count()).select_from(Job)) == 36
        assert session.scalar(select(func.count()).select_from(UploadIssue).where(UploadIssue.severity == "error")) == 4


def test_one_claim_wins_and_a_lease_nobody_renews_can_be_taken_over(runtime: IngestRuntime) -> None:
    upload_id = accept(runtime, csv_bytes(numbered(3)))
    first = claim(runtime.sessions, upload_id, LEASE_S)
    assert first is not None
    assert claim(runtime.sessions, upload_id, LEASE_S) is None
    time.sleep(LEASE_S * 1.5)
    second = claim(runtime.sessions, upload_id, LEASE_S)
    assert second is not None and second != first


def test_an_upload_that_keeps_dying_is_failed_for_a_person(runtime: IngestRuntime) -> None:
    upload_id = accept(runtime, csv_bytes(numbered(3)))
    for _ in range(5):
        assert claim(runtime.sessions, upload_id, 0.01) is not None
        time.sleep(0.02)
    assert recover_uploads(runtime.sessions, 0.01, lambda _: None) == []
    with runtime.sessions() as session:
        upload = session.get_one(Upload, upload_id)
        assert upload.status == "failed" and "5 次" in (upload.failure or "")


def test_a_stopping_worker_hands_the_upload_back_at_a_chunk_boundary(runtime: IngestRuntime) -> None:
    upload_id = accept(runtime, sheet_with_bad_rows())
    stop = threading.Event()
    assert (
        process_upload(runtime.sessions, runtime.ingest, upload_id, on_chunk=lambda done, total: stop.set(), stop=stop)
        is False
    )
    with runtime.sessions() as session:
        handed_back = session.get_one(Upload, upload_id)
        assert (handed_back.status, handed_back.rows_done, handed_back.lease_token) == ("queued", 5, None)
    assert recover_uploads(runtime.sessions, 3600, lambda _: None) == [upload_id]  # due now, no lease to wait out
    assert process_upload(runtime.sessions, runtime.ingest, upload_id) is True
    with runtime.sessions() as session:
        done = session.get_one(Upload, upload_id)
        assert (done.created, done.rejected, done.attempts) == (36, 4, 2)
        assert session.scalar(select(func.count()).select_from(Job)) == 36
