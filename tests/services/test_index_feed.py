"""The index is derived from the database: restarts, rebuilds without the model, the change feed."""

from __future__ import annotations

import json
import logging
import re
import time
from collections.abc import Callable, Sequence
from pathlib import Path

import httpx
import numpy as np
import pytest
from sqlalchemy import text

from app.config import Settings
from app.main import create_app
from app.migrate import upgrade
from app.models import Employer
from app.runtime import Runtime
from app.schemas.job import JobCreate
from app.services.engine import index_feed
from app.services.engine.texts import POSTING_TEXT
from app.services.identity.principal import SYSTEM
from app.services.postings.jobs import create_job
from matching.embedding import Embedder, HashingEmbedder, Vectors
from tests.conftest import postgres_schema
from tests.factories import (
    HEFEI,
    employer,
    job_body,
    loc,
    match_ids,
    north_of,
    post_job,
    post_seeker,
)
from tests.live import live_server


class RefusingEmbedder(HashingEmbedder):
    """Same name and size as the fake, but any call to the model fails the test."""

    def __init__(self) -> None:
        super().__init__(64)
        self.calls = 0

    def embed(self, texts: Sequence[str]) -> Vectors:
        self.calls += 1
        raise AssertionError("the model was called")


def full_matches(api: httpx.Client, seeker_id: int) -> list[tuple[int, float]]:
    items = api.get(f"/v1/jobseekers/{seeker_id}/matches", params={"radius_km": 20, "limit": 100}).json()["items"]
    return [(i["job"]["id"], i["score"]) for i in items]


def seed(api: httpx.Client) -> int:
    boss = employer(api)
    for i in range(12):
        post_job(api, boss, title=["电焊工", "保洁员", "普工"][i % 3], location=loc(north_of(HEFEI, 0.7 * i)))
    return post_seeker(api)


def test_restart_keeps_every_match_and_uses_the_snapshot(
    settings: Settings, fake_embedder: Embedder, caplog: pytest.LogCaptureFixture
):
    with live_server(create_app(settings, embedder=fake_embedder)) as api:
        seeker = seed(api)
        before = full_matches(api, seeker)
    assert len(before) == 12
    assert (settings.index_dir / "jobs.npz").is_file()
    refusing = RefusingEmbedder()
    with caplog.at_level(logging.INFO), live_server(create_app(settings, embedder=refusing)) as api:
        assert full_matches(api, seeker) == before
    assert "loaded 12 jobs from snapshot" in caplog.text
    assert refusing.calls == 0
    assert (settings.index_dir / "jobs-facts.npz").is_file()  # ranking facts came back with the vectors


def test_missing_ranking_facts_rebuild_the_snapshot_rather_than_rank_without_them(
    settings: Settings, fake_embedder: Embedder, caplog: pytest.LogCaptureFixture
):
    with live_server(create_app(settings, embedder=fake_embedder)) as api:
        seeker = seed(api)
        before = full_matches(api, seeker)
    (settings.index_dir / "jobs-facts.npz").unlink()
    with caplog.at_level(logging.INFO), live_server(create_app(settings, embedder=RefusingEmbedder())) as api:
        assert full_matches(api, seeker) == before
    assert "unreadable job snapshot" in caplog.text and "rebuilt job index from the database: 12 items" in caplog.text
    assert (settings.index_dir / "jobs-facts.npz").is_file()


def test_deleted_snapshot_is_rebuilt_from_stored_vectors_without_the_model(settings: Settings, fake_embedder: Embedder):
    with live_server(create_app(settings, embedder=fake_embedder)) as api:
        seeker = seed(api)
        before = full_matches(api, seeker)
    for snapshot in settings.index_dir.glob("*.npz"):
        snapshot.unlink()
    refusing = RefusingEmbedder()
    with live_server(create_app(settings, embedder=refusing)) as api:
        assert full_matches(api, seeker) == before
    assert refusing.calls == 0
    assert (settings.index_dir / "jobs.npz").is_file()  # and saved again for the next start


def test_snapshot_that_no_longer_matches_the_database_is_not_trusted(settings: Settings, fake_embedder: Embedder):
    with live_server(create_app(settings, embedder=fake_embedder)) as api:
        seeker = seed(api)
        closed = full_matches(api, seeker)[0][0]
    runtime = Runtime.build(settings, fake_embedder)  # a write while the server is down
    with runtime.engine.begin() as conn:
        conn.execute(text("UPDATE jobs SET status = 'closed', version = version + 1 WHERE id = :id"), {"id": closed})
    runtime.engine.dispose()
    with live_server(create_app(settings, embedder=fake_embedder)) as api:
        assert closed not in [job for job, _ in full_matches(api, seeker)]
        assert api.get("/healthz").json()["index"]["jobs"] == 11


def test_a_second_process_sees_writes_through_the_change_feed(settings: Settings, fake_embedder: Embedder):
    with (
        live_server(create_app(settings, embedder=fake_embedder)) as first,
        live_server(create_app(settings, embedder=fake_embedder)) as second,
    ):
        seeker = post_seeker(first)
        job = post_job(second, employer(second))
        assert _eventually(lambda: match_ids(first, seeker) == [job])
        second.post(f"/v1/jobs/{job}/close")
        assert _eventually(lambda: match_ids(first, seeker) == [])


@pytest.mark.postgres
def test_change_feed_catches_commits_that_land_out_of_order(tmp_path: Path):
    """PostgreSQL only: SQLite serialises writers, so its sequence numbers cannot commit out of order."""
    with postgres_schema() as url:
        upgrade(url)
        _race_two_commits(Settings(database_url=url, data_dir=tmp_path))


def _race_two_commits(settings: Settings) -> None:
    runtime = Runtime.build(settings, HashingEmbedder(64))
    try:
        with runtime.sessions.begin() as session:
            session.add(Employer(id=1, name="甲厂"))
        slow, fast = runtime.sessions(), runtime.sessions()
        first = create_job(slow, runtime.matcher, SYSTEM, JobCreate(**job_body(1, title="先开始后提交")))
        slow.flush()  # its change row takes the smaller seq now, but stays uncommitted
        second = create_job(fast, runtime.matcher, SYSTEM, JobCreate(**job_body(1, title="后开始先提交")))
        fast.commit()
        runtime.feed.catch_up()
        assert second.id in runtime.matcher.job_index and first.id not in runtime.matcher.job_index
        slow.commit()  # its change row has the smaller seq, committed after a larger one was seen
        runtime.feed.catch_up()
        assert first.id in runtime.matcher.job_index
        slow.close(), fast.close()
    finally:
        runtime.close()


def stored_posting_without_snapshots(settings: Settings, embedder: Embedder, stored_as: str | None = None) -> None:
    """One posting in the database and no snapshot beside it (its vector labelled `stored_as` when given), so the
    next start rebuilds the index from what is stored."""
    writer = Runtime.build(settings, embedder)
    with writer.sessions.begin() as session:
        session.add(Employer(id=1, name="甲厂"))
        create_job(session, writer.matcher, SYSTEM, JobCreate(**job_body(1)))
        if stored_as is not None:
            session.execute(text("UPDATE jobs SET embedding_model = :old"), {"old": stored_as})
    writer.close()
    for snapshot in settings.index_dir.glob("*.npz"):
        snapshot.unlink()


def test_rebuild_re_embeds_only_rows_of_another_model(settings: Settings, fake_embedder: Embedder):
    stored_posting_without_snapshots(settings, fake_embedder)
    other_model = HashingEmbedder(32)  # a new model: stored 64-d vectors cannot be reused
    runtime = Runtime.build(settings, other_model)
    try:
        assert len(runtime.matcher.job_index) == 1
        with runtime.sessions() as session:
            stored = session.execute(text("SELECT embedding, embedding_model FROM jobs")).one()
        assert (
            len(np.frombuffer(stored[0], np.float32)) == 32 and stored[1] == f"{other_model.name}+{POSTING_TEXT.name}"
        )
    finally:
        runtime.close()


def test_rebuild_re_embeds_postings_stored_under_another_text_policy(settings: Settings, fake_embedder: Embedder):
    stored_posting_without_snapshots(settings, fake_embedder, stored_as=f"{fake_embedder.name}+full")
    runtime = Runtime.build(settings, fake_embedder)
    try:
        with runtime.sessions() as session:
            stored = session.execute(text("SELECT embedding_model FROM jobs")).scalar_one()
        assert stored == f"{fake_embedder.name}+{POSTING_TEXT.name}"
    finally:
        runtime.close()


def _eventually(check: Callable[[], bool], timeout_s: float = 10.0) -> bool:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if check():
            return True
        time.sleep(0.1)
    return False


def test_deleted_seeker_leaves_the_snapshot_on_disk_within_seconds(settings: Settings, fake_embedder: Embedder):
    with live_server(create_app(settings, embedder=fake_embedder)) as api:
        kept, erased = post_seeker(api), post_seeker(api, phone="13700001111")
        assert api.delete(f"/v1/jobseekers/{erased}").status_code == 204

        def snapshot_ids() -> set[int]:
            path = settings.index_dir / "seekers.npz"
            return set(np.load(path)["ids"].tolist()) if path.is_file() else set()

        assert _eventually(lambda: snapshot_ids() == {kept}, timeout_s=5.0)


def test_rebuild_pages_through_tables_larger_than_one_chunk(
    settings: Settings, fake_embedder: Embedder, monkeypatch: pytest.MonkeyPatch
):
    monkeypatch.setattr("app.services.engine.index_feed.CHUNK", 3)  # 10 postings: four pages, expunged between
    with live_server(create_app(settings, embedder=fake_embedder)) as api:
        company = employer(api)
        ids = {post_job(api, company, title=f"电焊工{i}", location=loc(north_of(HEFEI, i * 0.1))) for i in range(10)}
    for snapshot in settings.index_dir.glob("*.npz"):
        snapshot.unlink()
    runtime = Runtime.build(settings, fake_embedder)
    try:
        assert set(runtime.matcher.job_index.ids()) == ids
    finally:
        runtime.close()


class DiesAt(HashingEmbedder):
    """The fake's vectors until a batch holds `title` (then the model dies: a crash or a stop mid-rebuild); notes
    which postings' texts it read."""

    def __init__(self, title: str | None) -> None:
        super().__init__(64)
        self.title, self.postings = title, set[str]()

    def embed(self, texts: Sequence[str]) -> Vectors:
        if self.title is not None and any(self.title in t for t in texts):
            raise RuntimeError("the model process died")
        self.postings.update(found for t in texts for found in re.findall(r"电焊工\d", t))
        return super().embed(texts)


def test_a_rebuild_cut_short_keeps_the_pages_it_re_embedded_and_says_how_far_it_got(
    settings: Settings, fake_embedder: Embedder, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
):
    """After a model or text-policy change a large table re-embeds for hours: a stop must not lose what was done."""
    monkeypatch.setattr("app.services.engine.index_feed.CHUNK", 3)  # 10 postings: pages of 3, 3, 3, 1
    monkeypatch.setattr("app.services.engine.index_feed._Progress.EVERY_S", 0.0)
    with live_server(create_app(settings, embedder=fake_embedder)) as api:
        company = employer(api)
        for i in range(10):
            post_job(api, company, title=f"电焊工{i}", location=loc(north_of(HEFEI, i * 0.1)))
    writer = Runtime.build(settings, fake_embedder)
    with writer.sessions.begin() as session:  # as if stored under an older text policy
        session.execute(text("UPDATE jobs SET embedding_model = :old"), {"old": f"{fake_embedder.name}+full"})
    writer.close()
    for snapshot in settings.index_dir.glob("*.npz"):
        snapshot.unlink()

    with pytest.raises(RuntimeError, match="died"), caplog.at_level(logging.INFO):
        Runtime.build(settings, DiesAt("电焊工6"))  # on the third page
    assert "re-embedding jobs for a new model, coder or text: 6 of 10 read (60%), 6 re-embedded" in caplog.text

    resumed = DiesAt(None)
    runtime = Runtime.build(settings, resumed)
    try:
        assert resumed.postings == {"电焊工6", "电焊工7", "电焊工8", "电焊工9"}  # the two pages done were kept
        assert len(runtime.matcher.job_index) == 10
        with runtime.sessions() as session:
            models = session.execute(text("SELECT DISTINCT embedding_model FROM jobs")).scalars().all()
        assert models == [f"{fake_embedder.name}+{POSTING_TEXT.name}"]
    finally:
        runtime.close()


@pytest.mark.parametrize("damage", ["truncated", "garbled", "empty"])
@pytest.mark.parametrize("name", ["jobs.npz", "jobs-facts.npz"])
def test_a_damaged_snapshot_is_rebuilt_like_a_missing_one(
    settings: Settings, fake_embedder: Embedder, caplog: pytest.LogCaptureFixture, name: str, damage: str
):
    """A snapshot cut short (a full disk, a copy interrupted) or overwritten must not stop the server."""
    with live_server(create_app(settings, embedder=fake_embedder)) as api:
        seeker = seed(api)
        before = full_matches(api, seeker)
    path = settings.index_dir / name
    whole = path.read_bytes()
    path.write_bytes(
        {"truncated": whole[: len(whole) // 2], "garbled": b"PK\x03\x04" + whole[::-1], "empty": b""}[damage]
    )
    with caplog.at_level(logging.INFO), live_server(create_app(settings, embedder=RefusingEmbedder())) as api:
        assert full_matches(api, seeker) == before
    assert "unreadable job snapshot" in caplog.text and "rebuilt job index from the database: 12 items" in caplog.text


def _stored_posting_with_snapshots(settings: Settings, embedder: Embedder, description: str) -> Runtime:
    """One posting in the database and the snapshots saved beside it, as a process leaves them when it stops: the
    runtime, closed (its sessions still reach the database)."""
    writer = Runtime.build(settings, embedder)
    with writer.sessions.begin() as session:
        session.add(Employer(id=1, name="甲厂"))
        create_job(session, writer.matcher, SYSTEM, JobCreate(**job_body(1, description=description)))
    writer.feed.catch_up()
    writer.feed.save_snapshots()
    writer.close()
    return writer


def test_rows_written_before_the_fact_reader_are_read_on_the_next_start(
    settings: Settings, fake_embedder: Embedder, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
):
    """A snapshot saved by another fact reader is not trusted: the start rereads every row's text, without the
    model, and the limits apply at once."""
    writer = _stored_posting_with_snapshots(settings, fake_embedder, description="包吃包住，两班倒")
    with writer.sessions.begin() as session:  # as 0013 leaves the rows it found
        session.execute(text("UPDATE jobs SET facts = '[]', facts_version = NULL"))
    caplog.set_level(logging.INFO)
    monkeypatch.setattr("app.services.engine.index_feed.FACTS_VERSION", "facts-next")  # the snapshot's is older
    runtime = Runtime.build(settings, RefusingEmbedder())
    try:
        with runtime.sessions() as session:
            facts, version = session.execute(text("SELECT facts, facts_version FROM jobs")).one()
    finally:
        runtime.close()
    codes = {f["code"] for f in (facts if isinstance(facts, list) else json.loads(facts))}
    # a 两班倒's day: 12 h (facts-22b); the 电焊工 title's close work, implied by its kind (facts-25)
    assert codes == {"meals", "housing", "shifts", "day_hours", "implied"} and version
    assert "job snapshot does not match the database: rebuilding" in caplog.text


@pytest.mark.parametrize("rules", ["same", "other"])
def test_a_snapshot_made_under_other_words_for_silence_is_made_again(
    settings: Settings,
    fake_embedder: Embedder,
    caplog: pytest.LogCaptureFixture,
    monkeypatch: pytest.MonkeyPatch,
    rules: str,
):
    """The score table holds each posting's unsaid priors, which `facts.priors` reads from its text: a snapshot saved
    under other words for what a posting says (`rules_digest`) is rebuilt, as one saved with another table is."""
    _stored_posting_with_snapshots(settings, fake_embedder, description="小区门岗，无需夜班")
    caplog.set_level(logging.INFO)
    if rules == "other":
        monkeypatch.setattr("app.services.engine.index_feed.rules_digest", lambda: "other-words")
    Runtime.build(settings, RefusingEmbedder()).close()
    assert ("job snapshot does not match the database: rebuilding" in caplog.text) == (rules == "other")


def test_one_process_saves_the_snapshots_at_a_time_and_a_fresh_copy_is_not_saved_again(
    settings: Settings, fake_embedder: Embedder
):
    """Two processes of one server follow the same database: while one writes the snapshots the other does not
    wait to write them too, nor writes them again when they were written lately; at shutdown (no freshness asked)
    it waits its turn and writes."""
    first = _stored_posting_with_snapshots(settings, fake_embedder, description="包吃包住")
    other = Runtime.build(settings, fake_embedder)
    try:
        with index_feed._saving(settings.index_dir, wait=True) as held:  # `first`'s process, writing them now
            assert held and not other.feed.save_snapshots(unless_saved_within_s=0.0)
        assert not other.feed.save_snapshots(unless_saved_within_s=60.0)  # written moments ago
        assert other.feed.save_snapshots(unless_saved_within_s=0.0) and other.feed.save_snapshots()
    finally:
        other.close()
    assert first.feed.save_snapshots()  # the lock was given back


def test_saves_are_spaced_by_their_cost(settings: Settings, fake_embedder: Embedder, monkeypatch: pytest.MonkeyPatch):
    """A save taking 10 s is made at most every 10 / SAVE_SHARE s, however short the interval asked for; a cheap one
    every interval; under load that never pauses only every SAVE_LATEST_S, and once it pauses, at once."""
    runtime = Runtime.build(settings, fake_embedder)
    clock = [0.0]
    saves: list[float] = []

    def save(*, unless_saved_within_s: float | None = None) -> bool:
        saves.append(clock[0])
        clock[0] += cost[0]  # the save's own time
        return True

    class Ticks:
        """A stop event that lets the loop run one poll a second of the fake clock, for 600 of them."""

        def wait(self, interval_s: float) -> bool:
            clock[0] += interval_s
            return clock[0] > 600

    try:
        monkeypatch.setattr(index_feed.time, "monotonic", lambda: clock[0])
        monkeypatch.setattr(runtime.feed, "save_snapshots", save)
        monkeypatch.setattr(runtime.feed, "catch_up", lambda: setattr(runtime.feed, "_dirty", True) or 1)
        monkeypatch.setattr(runtime.feed, "prune_feed", lambda: None)
        cost = [10.0]
        runtime.feed.run(Ticks(), 1.0, 5.0)  # type: ignore[arg-type]
        gaps = np.diff(saves)
        assert len(saves) >= 2 and gaps.min() >= 10.0 / index_feed.SAVE_SHARE
        saves.clear()
        clock[0], cost[0] = 0.0, 0.01
        runtime.feed.run(Ticks(), 1.0, 5.0)  # type: ignore[arg-type]
        assert 5.0 <= np.diff(saves).min() < 7.0 and len(saves) > 80
        saves.clear()
        clock[0] = 0.0
        busy = [True]  # requests answered without pause until t = 300, then none
        monkeypatch.setattr(index_feed, "SAVE_LATEST_S", 100.0)

        def idle_s() -> float:
            busy[0] = clock[0] < 300
            return 0.0 if busy[0] else clock[0] - 300

        runtime.feed.run(Ticks(), 1.0, 5.0, idle_s)  # type: ignore[arg-type]
        under_load = [t for t in saves if t < 300]
        assert len(under_load) == 2 and all(np.diff(under_load) >= 100.0)  # only as late as allowed
        quiet = [t for t in saves if t >= 300]
        assert quiet and quiet[0] >= 300 + index_feed.SAVE_QUIET_S and np.diff(quiet).min() < 7.0
    finally:
        runtime.close()
