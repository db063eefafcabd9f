"""Keeps the in-memory indexes derived from the database: start-up, change feed, snapshots."""

from __future__ import annotations

import fcntl
import hashlib
import logging
import math
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import numpy as np
from sqlalchemy import ColumnElement, delete, func, or_, select, true
from sqlalchemy.orm import Session, sessionmaker

from app.models import IndexChange, Job, Jobseeker
from app.models.base import utcnow
from app.services.engine.changes import ChangeLog
from app.services.engine.eligibility import applicant_of, seeker_mask
from app.services.engine.texts import (
    POSTING_TEXT,
    describe,
    facts_stale,
    is_stale,
    read_facts,
    stored_codes,
    stored_facts,
    stored_priors,
    title_and_body,
)
from app.vocabulary import job_mask
from matching.coding import OccupationCoder, document_terms
from matching.columns import Columns, IndexEntry, Storage
from matching.facts import VERSION as FACTS_VERSION
from matching.facts import job_bits
from matching.facts.priors import rules_digest, shipped
from matching.geo import GeoPoint
from matching.index import GeoIndex
from matching.occupations import code_number
from matching.ranking import SalaryUnit, offered_month
from matching.score_rows import ScoreRow
from matching.score_table import ScoreTable

logger = logging.getLogger(__name__)

GAP_TTL_S = 300.0  # a sequence number skipped this long belongs to a rolled-back transaction
FEED_RETENTION = timedelta(days=7)
SAVE_SHARE = 0.05  # saving snapshots may take at most this share of a process's time (see `IndexFeed.run`)
SAVE_QUIET_S = 1.0  # ... and is done after this long without a request
SAVE_LATEST_S = 3600.0  # ... or, under load that never pauses, this long after the last save
CHUNK = 2000
APPROXIMATE = 1  # index flag: placed at an area's centre from its address, not at its own point
EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


JobsChanging = Callable[[set[int], list[GeoPoint], dict[int, float]], Callable[[int], None]]


def record_change(session: Session, entity: str, entity_id: int) -> None:
    """Append to the change feed in the caller's transaction; every process will apply it."""
    session.add(IndexChange(entity=entity, entity_id=entity_id))
    session.info["index_changed"] = True


def add_indexed(session: Session, row: Job | Jobseeker, entity: str) -> None:
    """Insert a new indexed row and its change-feed entry together: one never exists without the other."""
    session.add(row)
    session.flush()  # assigns the id the feed entry names
    record_change(session, entity, row.id)


@dataclass
class Feed:
    """One indexed entity: its table, which rows are indexed, and how a row becomes an entry."""

    entity: str
    model: type[Job] | type[Jobseeker]
    indexable: Callable[[], ColumnElement[bool]]
    to_entry: Callable[[Any], IndexEntry]
    index: GeoIndex
    to_score_row: Callable[[Any], ScoreRow] | None = None  # what ranking reads of a row, kept in `scores`
    scores: ScoreTable = field(default_factory=ScoreTable)
    versions: dict[int, int] = field(default_factory=dict)

    def snapshot_path(self, directory: Path) -> Path:
        return directory / f"{self.entity}s.npz"

    def scores_path(self, directory: Path) -> Path:
        return directory / f"{self.entity}s-facts.npz"

    def upsert(self, rows: Sequence[Any]) -> None:
        """The score table first, then the index: a search that finds an item in the index finds its score row too."""
        if self.to_score_row is not None:
            self.scores.upsert([self.to_score_row(row) for row in rows])
        self.index.upsert([self.to_entry(row) for row in rows])

    def remove(self, ids: set[int]) -> None:
        self.index.remove(ids)  # the index first, for the same reason
        if self.to_score_row is not None:
            self.scores.remove(ids)


def job_entry(job: Job) -> IndexEntry:
    reach_km = job.hiring_radius_km or math.inf
    expires_at = job.valid_until.timestamp() if job.valid_until else math.inf
    flags = 0 if job.location_precision == "point" else APPROXIMATE
    return IndexEntry(
        job.id,
        GeoPoint(job.lat, job.lon),
        job.vector(),
        reach_km=reach_km,
        kind_mask=job_mask(job.job_type),
        expires_at=expires_at,
        group=occupation_group(job),
        flags=flags,
    )


def job_score_row(job: Job) -> ScoreRow:
    pay = offered_month(job.salary_min, job.salary_max, SalaryUnit(job.salary_unit))
    codes = stored_codes(job)
    return ScoreRow(
        job.id,
        pay,
        micros(job.published_at),
        job.fair_id,
        [(c.code, c.confidence) for c in codes],
        document_terms(*title_and_body(job)),
        job_bits(stored_facts(job)),
        stored_priors(job),
    )


def micros(at: datetime) -> int:
    """Microseconds since the epoch: exact, so ages computed from them equal those of datetimes."""
    return (at - EPOCH) // timedelta(microseconds=1)


def seeker_entry(seeker: Jobseeker) -> IndexEntry:
    mask = seeker_mask(seeker.job_types, applicant_of(seeker), None)  # judged again each day it is shown
    return IndexEntry(
        seeker.id,
        GeoPoint(seeker.lat, seeker.lon),
        seeker.vector(),
        reach_km=seeker.radius_km,
        kind_mask=mask,
        group=occupation_group(seeker),
    )


def occupation_group(row: Job | Jobseeker) -> int:
    """The best occupation code as the index's filter number (0: not coded)."""
    return code_number(row.occupation_code) if row.occupation_code else 0


class IndexFeed:
    """The database is the truth; these indexes follow it through the change feed."""

    def __init__(
        self, sessions: sessionmaker[Session], coder: OccupationCoder, snapshot_dir: Path, storage: Storage = "float32"
    ) -> None:
        self._sessions = sessions
        self._storage: Storage = storage
        self._coder = coder
        self._embedder = coder.embedder
        self._snapshot_dir = snapshot_dir
        self._lock = threading.RLock()
        self._last_seq = 0
        self._caught_up_at = time.monotonic()  # every change committed before this is in the indexes
        self._gaps: dict[int, float] = {}
        self._dirty = False
        self._erased = False  # a seeker left: their vector must leave the disk soon, not in an hour
        self.on_seekers_gone: Callable[[set[int]], None] | None = None  # told of every seeker that left the index
        self.on_seekers_changed: Callable[[set[int]], None] | None = None  # of every seeker written (`PageWarmer`)
        # Before a batch of postings is written: their ids, where they were and will be, when those written expire;
        # answers what to call with the new generation once written (`clearance.PageJudge.before`)
        self.on_jobs_changing: JobsChanging | None = None
        self.job_generation = 0  # counts the batches of postings changed, closed or held (`PageCache` reads it)
        self.job_changes = ChangeLog()  # where each of those batches changed postings: a kept page outside stays
        # Duplicates stay out: a posting that arrived through two channels is matched once.
        self.jobs = Feed(
            "job",
            Job,
            lambda: (Job.status == "open") & Job.duplicate_of_id.is_(None),
            job_entry,
            self._new_index(),
            job_score_row,
        )
        self.seekers = Feed("seeker", Jobseeker, lambda: true(), seeker_entry, self._new_index())

    @property
    def dirty(self) -> bool:
        return self._dirty

    @property
    def feeds(self) -> tuple[Feed, Feed]:
        return (self.jobs, self.seekers)

    @property
    def last_seq(self) -> int:
        return self._last_seq

    @property
    def lag_s(self) -> float:
        """How old the indexes may be: the time since the feed was last read through (a poll interval when well)."""
        return time.monotonic() - self._caught_up_at

    def start(self) -> None:
        """Use each snapshot only if it matches the database; otherwise rebuild from stored vectors."""
        with self._lock, self._sessions() as session:
            read_at = time.monotonic()
            self._last_seq = session.scalar(select(func.coalesce(func.max(IndexChange.seq), 0))) or 0
            for feed in self.feeds:
                versions = dict(
                    session.execute(select(feed.model.id, feed.model.version).where(feed.indexable())).all()
                )
                if not self._load_snapshot(feed, versions):
                    self._rebuild(session, feed)
                    self._dirty = True
                    session.commit()  # rows re-embedded for a new model keep their vectors
            self._caught_up_at = read_at
        if self._dirty:
            self.save_snapshots()

    def catch_up(self) -> int:
        """Apply every committed change not yet seen; returns how many entities were refreshed."""
        with self._lock, self._sessions() as session:
            read_at = time.monotonic()
            rows = session.execute(
                select(IndexChange.seq, IndexChange.entity, IndexChange.entity_id)
                .where(or_(IndexChange.seq > self._last_seq, IndexChange.seq.in_(list(self._gaps))))
                .order_by(IndexChange.seq)
            ).all()
            self._track_gaps([seq for seq, _, _ in rows])
            refreshed = 0
            for feed in self.feeds:
                ids = {entity_id for _, entity, entity_id in rows if entity == feed.entity}
                refreshed += self._refresh(session, feed, ids)
            self._dirty |= refreshed > 0
            self._caught_up_at = read_at
            return refreshed

    def save_snapshots(self, *, unless_saved_within_s: float | None = None) -> bool:
        """Write both indexes' snapshots; False where another process of this server is writing them now, or, given
        `unless_saved_within_s`, wrote them that recently (the same database's indexes: one copy serves a restart;
        the next start catches up from whichever seq it holds)."""
        with self._lock, _saving(self._snapshot_dir, wait=unless_saved_within_s is None) as held:
            path = self.jobs.snapshot_path(self._snapshot_dir)
            if not held or (unless_saved_within_s is not None and _age_s(path) < unless_saved_within_s):
                return False
            for feed in self.feeds:
                meta = {
                    "digest": digest(feed.versions),
                    "model": self._embedder.name,
                    "text": POSTING_TEXT.name,  # a new posting text policy re-embeds postings on the next start
                    "coder": self._coder.version,
                    "facts": FACTS_VERSION,  # a new fact reader rereads every row's text on the next start
                    "priors": shipped().digest,  # a new table of priors: the score table's rows are made again
                    "prior_rules": rules_digest(),  # so do new words for what a silent posting says
                    "seq": self._last_seq,
                }
                feed.index.save(feed.snapshot_path(self._snapshot_dir), meta)
                if feed.to_score_row is not None:
                    feed.scores.save(feed.scores_path(self._snapshot_dir), meta)
            self._dirty = self._erased = False
        logger.info("saved index snapshots: %d jobs, %d seekers", len(self.jobs.index), len(self.seekers.index))
        return True

    def prune_feed(self) -> None:
        with self._sessions.begin() as session:
            session.execute(delete(IndexChange).where(IndexChange.changed_at < utcnow() - FEED_RETENTION))

    def run(
        self,
        stop: threading.Event,
        interval_s: float,
        snapshot_interval_s: float,
        idle_s: Callable[[], float] = lambda: math.inf,
    ) -> None:
        """The background loop: poll the feed, and save snapshots now and then when changed: every
        `snapshot_interval_s` at most, no oftener than lets saving take `SAVE_SHARE` of the time, and while the
        process has answered no request for `SAVE_QUIET_S` (`idle_s`: how long it has not), or after `SAVE_LATEST_S`
        whatever the load. At 1 M postings a save takes seconds, and the requests of the process wait on it
        meanwhile; one process of a server saves for all. A seeker erased is saved at once, whatever the time."""
        last_save = time.monotonic()
        spacing = snapshot_interval_s
        while not stop.wait(interval_s):
            try:
                self.catch_up()
                since = time.monotonic() - last_save
                due = since >= spacing and (idle_s() >= SAVE_QUIET_S or since >= SAVE_LATEST_S)
                if self._erased or (self._dirty and due):
                    started = time.monotonic()
                    saved = self.save_snapshots(unless_saved_within_s=None if self._erased else spacing)
                    last_save = time.monotonic()
                    if saved:
                        self.prune_feed()
                        spacing = max(snapshot_interval_s, (last_save - started) / SAVE_SHARE)
            except Exception:  # a database blip must not kill the loop; the next poll retries
                logger.exception("index feed poll failed")

    def _load_snapshot(self, feed: Feed, versions: dict[int, int]) -> bool:
        path = feed.snapshot_path(self._snapshot_dir)
        if not path.is_file():
            logger.info("no %s snapshot at %s: rebuilding from the database", feed.entity, path)
            return False
        try:
            index, meta = GeoIndex.load(path, storage=self._storage)
            scores, scores_meta = (
                ScoreTable.load(feed.scores_path(self._snapshot_dir)) if feed.to_score_row else (None, meta)
            )
        except Exception as error:  # a derived file: whatever keeps it from loading, rebuild it
            # A truncated file raises zipfile.BadZipFile, a garbled one OSError or ValueError, a partial
            # member EOFError: each means the same as no file at all.
            logger.warning("unreadable %s snapshot (%s: %s): rebuilding", feed.entity, type(error).__name__, error)
            return False
        if (
            meta.get("digest") != digest(versions)
            or meta.get("model") != self._embedder.name
            or meta.get("text") != POSTING_TEXT.name
            or meta.get("coder") != self._coder.version
            or meta.get("facts") != FACTS_VERSION
            or meta.get("priors") != shipped().digest
            or meta.get("prior_rules") != rules_digest()
            or scores_meta != meta
        ):
            logger.info("%s snapshot does not match the database: rebuilding", feed.entity)
            return False
        feed.index, feed.versions = index, versions
        if scores is not None:
            # rows written since the last rebuild go back among their neighbours
            scores.trim(order=index.stored_order())
            feed.scores = scores
        logger.info("loaded %d %ss from snapshot", len(index), feed.entity)
        return True

    def _rebuild(self, session: Session, feed: Feed) -> None:
        index, scores, embedded = self._new_index(), ScoreTable(), 0
        pages: list[Columns] = []  # banded once at the end: cheaper than a write per page
        versions: dict[int, int] = {}
        last_id = 0
        progress = _Progress(
            feed.entity, session.scalar(select(func.count()).select_from(feed.model).where(feed.indexable())) or 0
        )
        while rows := _page(session, feed, last_id):
            described = self._embed_stale(session, rows)
            embedded += described
            pages.append(Columns.from_entries([feed.to_entry(row) for row in rows], index.dim, self._storage))
            if feed.to_score_row is not None:
                scores.upsert([feed.to_score_row(row) for row in rows])
            versions.update((row.id, row.version) for row in rows)
            last_id = rows[-1].id
            # Each page's new vectors are committed as they are made: after a model or coder change a large table
            # takes hours, and a stop or a crash then keeps what was done (the next start resumes), while SQLite's
            # write lock is held for one page, not for the whole rebuild.
            session.commit()
            session.expunge_all()  # keep memory flat on large tables
            progress.advance(len(rows), described)
        if pages:
            index.replace_all(Columns.concat(pages))
        scores.trim(order=index.stored_order())  # a search's candidates then lie in a few runs of rows
        feed.index, feed.scores, feed.versions = index, scores, versions
        logger.info(
            "rebuilt %s index from the database: %d items, %d re-embedded; %.0f MiB of vectors, %.0f MiB of "
            "score table",
            feed.entity,
            len(index),
            embedded,
            index.nbytes() / 2**20,
            scores.nbytes / 2**20,
        )

    def _new_index(self) -> GeoIndex:
        return GeoIndex(self._embedder.dim, storage=self._storage)

    def _embed_stale(self, session: Session, rows: Sequence[Job | Jobseeker]) -> int:
        stale = [row for row in rows if is_stale(row, self._coder)]
        describe(stale, self._coder, session)  # only after a model or coder change: stored vectors are reused
        read_facts([row for row in rows if facts_stale(row)])  # a new fact reader: cheap, no model involved
        return len(stale)

    def _refresh(self, session: Session, feed: Feed, ids: set[int]) -> int:
        if not ids:
            return 0
        rows: Sequence[Any] = session.scalars(select(feed.model).where(feed.model.id.in_(ids), feed.indexable())).all()
        before = feed.index.points_of(ids) if feed is self.jobs else []  # a posting moved counts where it was too
        written = self._judge_pages(ids, rows, before) if feed is self.jobs else None
        feed.upsert(rows)
        gone = ids - {row.id for row in rows}
        feed.remove(gone)
        for row in rows:
            feed.versions[row.id] = row.version
        for entity_id in gone:
            feed.versions.pop(entity_id, None)
        self._erased |= feed is self.seekers and bool(gone)
        if feed is self.seekers and gone and self.on_seekers_gone is not None:
            self.on_seekers_gone(gone)
        if feed is self.seekers and rows and self.on_seekers_changed is not None:
            self.on_seekers_changed({row.id for row in rows})
        if feed is self.jobs:
            # After the index changed, the points first: a page that read the new generation finds them held.
            self.job_changes.record(self.job_generation + 1, [*before, *(GeoPoint(r.lat, r.lon) for r in rows)])
            self.job_generation += 1  # a page built before the change is never kept as one built after it
            if written is not None:
                self._judged(written)
        return len(ids)

    def _judge_pages(self, ids: set[int], rows: Sequence[Any], before: list[GeoPoint]) -> Callable[[int], None] | None:
        if self.on_jobs_changing is None:
            return None
        points = [*before, *(GeoPoint(r.lat, r.lon) for r in rows)]
        expires = {r.id: r.valid_until.timestamp() for r in rows if r.valid_until is not None}
        try:
            return self.on_jobs_changing(ids, points, expires)
        except Exception:  # the pages in reach are then dropped, as without a judge
            logger.exception("judging kept pages before a change failed")
            return None

    def _judged(self, written: Callable[[int], None]) -> None:
        try:
            written(self.job_generation)
        except Exception:
            logger.exception("judging kept pages after a change failed")

    def _track_gaps(self, seen: Sequence[int]) -> None:
        """Sequences can commit out of order on PostgreSQL: remember skipped ones and look again."""
        now = time.monotonic()
        for seq in seen:
            self._gaps.pop(seq, None)
        top = max(seen, default=self._last_seq)
        seen_set = set(seen)
        for seq in range(self._last_seq + 1, top):
            if seq not in seen_set:
                self._gaps.setdefault(seq, now)
        self._last_seq = max(self._last_seq, top)
        self._gaps = {seq: t for seq, t in self._gaps.items() if now - t < GAP_TTL_S}


class _Progress:
    """Log lines while a rebuild re-embeds: how far, how fast, how long to go; silent when nothing is re-embedded."""

    EVERY_S = 10.0

    def __init__(self, entity: str, total: int) -> None:
        self._entity, self._total = entity, total
        self._done = self._described = 0
        self._started = self._logged = time.monotonic()

    def advance(self, rows: int, described: int) -> None:
        self._done += rows
        self._described += described
        now = time.monotonic()
        if not described or now - self._logged < self.EVERY_S:
            return
        self._logged = now
        rate = self._described / max(now - self._started, 1e-9)
        left = max(self._total - self._done, 0)
        logger.info(
            "re-embedding %ss for a new model, coder or text: %d of %d read (%.0f%%), %d re-embedded, %.1f rows/s, "
            "about %s left",
            self._entity,
            self._done,
            self._total,
            100 * self._done / max(self._total, 1),
            self._described,
            rate,
            _duration(left / rate if rate else math.inf),
        )


def _duration(seconds: float) -> str:
    if not math.isfinite(seconds):
        return "an unknown time"
    minutes = round(seconds / 60)
    return f"{minutes // 60} h {minutes % 60} min" if minutes >= 60 else f"{max(minutes, 1)} min"


@contextmanager
def _saving(directory: Path, *, wait: bool) -> Iterator[bool]:
    """Whether this process may write the snapshots now: one at a time across the server's processes (an advisory
    lock on a file beside them); `wait=False`: False at once where another holds it."""
    directory.mkdir(parents=True, exist_ok=True)
    with open(directory / ".saving.lock", "a+b") as lock:
        try:
            fcntl.flock(lock, fcntl.LOCK_EX | (0 if wait else fcntl.LOCK_NB))
        except BlockingIOError:
            yield False
            return
        try:
            yield True
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)


def _age_s(path: Path) -> float:
    try:
        return time.time() - path.stat().st_mtime
    except FileNotFoundError:
        return math.inf


def digest(versions: dict[int, int]) -> str:
    pairs = np.array(sorted(versions.items()), dtype=np.int64).reshape(-1, 2)
    return hashlib.sha256(pairs.tobytes()).hexdigest()


def _page(session: Session, feed: Feed, after_id: int) -> Sequence[Any]:
    """Keyset pages: a streaming cursor would not survive the expunge_all between chunks."""
    model = feed.model
    return session.scalars(
        select(model).where(feed.indexable(), model.id > after_id).order_by(model.id).limit(CHUNK)
    ).all()
