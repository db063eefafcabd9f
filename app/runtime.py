"""Everything heavy the service holds: engine, model, indexes and the feed thread; built once."""

from __future__ import annotations

import logging
import os
import threading
from dataclasses import dataclass, field
from datetime import timedelta
from functools import cached_property

import httpx
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from app.config import Settings
from app.db import make_engine, make_session_factory
from app.keys import Keys, load_keys
from app.metrics import IN_FLIGHT
from app.migrate import head_revision
from app.services.engine.duplicates import DuplicateRule
from app.services.engine.index_feed import IndexFeed
from app.services.engine.matcher import Matcher
from app.services.identity.tokens import TokenIssuer
from app.services.identity.verified import VerifiedTokens
from app.services.matching.clearance import PageJudge
from app.services.matching.warm import PageWarmer
from app.services.places.communities import seed_communities
from app.services.privacy.vault import Vault
from app.services.pushes.fanout import fan_out_plan
from app.services.pushes.nightly import FanOut, PushScheduler, PushSetup, make_channels
from app.services.uploads.ingest import Ingest
from app.tasks import HueyQueue, ThreadQueue, UploadQueue, UploadWorker, make_huey
from matching.coding import OccupationCoder
from matching.embedding import (
    Embedder,
    HashingEmbedder,
    SentenceTransformerEmbedder,
    default_model_path,
)
from matching.gazetteer import Gazetteer
from matching.microbatch import MicroBatcher
from matching.occupations import Catalog, load_synonyms
from matching.onnx_embedding import Precision, onnx_embedder

logger = logging.getLogger(__name__)

HASHING_DIM = 64


class SchemaNotCurrent(RuntimeError):
    """The database is not at the latest migration."""


def set_compute_threads(threads: int) -> None:
    """Once per process, before any model or index product runs; 0 leaves the libraries' defaults."""
    if threads:
        from threadpoolctl import threadpool_limits

        try:
            import torch  # heavy: only here, in the lifespan, never at import
        except ImportError:
            pass  # a serving install has none: torch is in the export extras
        else:
            torch.set_num_threads(threads)
        threadpool_limits(threads, user_api="blas")


@dataclass(kw_only=True)
class Runtime:
    settings: Settings
    engine: Engine
    sessions: sessionmaker[Session]
    feed: IndexFeed
    matcher: Matcher
    ingest: Ingest
    uploads: UploadQueue
    keys: Keys
    _stop: threading.Event = field(default_factory=threading.Event)
    _thread: threading.Thread | None = None
    _push_thread: threading.Thread | None = None
    _warm_thread: threading.Thread | None = None
    _push_client: httpx.Client | None = None

    @property
    def vault(self) -> Vault:
        return self.ingest.vault  # one vault a process: the uploads' and the requests'

    @cached_property
    def issuer(self) -> TokenIssuer:
        return TokenIssuer(self.keys.jwt_secret, timedelta(hours=self.settings.token_ttl_h))

    @cached_property
    def verified(self) -> VerifiedTokens:
        return VerifiedTokens(self.settings.principal_cache_s)

    @cached_property
    def warmer(self) -> PageWarmer | None:
        """Builds stored seekers' first pages ahead of their asking (`JOBCIRCLE_MATCH_PAGE_WARM`); None when off."""
        if self.settings.match_page_warm <= 0 or not self.matcher.pages.enabled:
            return None
        return PageWarmer(self.sessions, self.matcher, self.settings.match_page_warm, idle_s=IN_FLIGHT.idle_s)

    @classmethod
    def build(cls, settings: Settings, embedder: Embedder | None = None) -> Runtime:
        """What an upload worker has, plus the indexes and the matcher."""
        set_compute_threads(settings.compute_threads)
        keys = load_keys(settings)  # first: a bad key fails the start before anything heavy is built
        base = IngestRuntime.build(settings, embedder, keys)
        coder = base.ingest.coder
        try:
            with base.sessions.begin() as session:
                seed_communities(session)  # the registry follows the shipped gazetteer
            feed = IndexFeed(base.sessions, coder, settings.index_dir, settings.index_storage)
            feed.start()
        except BaseException:
            base.close()
            raise
        matcher = Matcher.from_settings(settings, coder, feed, base.ingest.gazetteer)
        return cls(
            settings=settings,
            engine=base.engine,
            sessions=base.sessions,
            feed=feed,
            matcher=matcher,
            ingest=base.ingest,
            uploads=upload_queue(settings),
            keys=keys,
        )

    def start_background(self) -> None:
        s = self.settings
        self._thread = threading.Thread(
            target=self.feed.run,
            args=(self._stop, s.sync_interval_s, s.snapshot_interval_s, IN_FLIGHT.idle_s),
            name="index-feed",
            daemon=True,
        )
        self._thread.start()
        if self.matcher.pages.enabled and s.match_page_judge:
            self.feed.on_jobs_changing = PageJudge(self.matcher).before
        warmer = self.warmer
        if warmer is not None:
            self.feed.on_seekers_changed = warmer.changed
            self.matcher.pages.on_kept = warmer.kept
            self._warm_thread = threading.Thread(
                target=warmer.run, args=(self._stop, s.match_page_warm_interval_s), name="page-warmer", daemon=True
            )
            self._warm_thread.start()
        if isinstance(self.uploads, ThreadQueue):
            self.uploads.start(
                UploadWorker(
                    self.sessions, self.ingest, self.uploads.submit, on_chunk=self._chunk_stored, stop=self.uploads.stop
                )
            )
        if s.push_scheduler:
            self._push_client = httpx.Client(timeout=s.push_timeout_s)
            scheduler = PushScheduler(
                self.sessions,
                PushSetup.from_settings(s, self.matcher.weights, self.matcher.coder),
                make_channels(s, self._push_client),
                plan_fan_out(s, self.sessions),
            )
            self._push_thread = threading.Thread(
                target=scheduler.run, args=(self._stop, s.push_send_interval_s), name="push-scheduler", daemon=True
            )
            self._push_thread.start()

    def _chunk_stored(self, done: int, total: int) -> None:
        self.feed.catch_up()  # this process matches an upload's postings as soon as they are stored

    def close(self) -> None:
        self._stop.set()
        if isinstance(self.uploads, ThreadQueue):
            self.uploads.close()
        for thread in (self._thread, self._push_thread, self._warm_thread):
            if thread is not None:
                thread.join(timeout=30)
        if self._push_client is not None:
            self._push_client.close()
        if self.feed.dirty:
            self.feed.save_snapshots()
        self.engine.dispose()


def load_embedder(settings: Settings) -> Embedder:
    if settings.embedder == "hashing":
        return HashingEmbedder(HASHING_DIM)
    model = load_model(settings)
    if settings.embedding_backend != "torch":
        return model  # ONNX Runtime runs concurrent calls side by side, faster than gathered (bench/README.md)
    return MicroBatcher(model, max_texts=settings.embed_batch_size, max_wait_s=settings.embed_wait_ms / 1000)


def load_model(settings: Settings) -> Embedder:
    """The configured model on the configured backend (ONNX ones export it on first use)."""
    path = settings.model_path or default_model_path()
    if settings.embedding_backend == "torch":
        try:
            return SentenceTransformerEmbedder(path, batch_size=settings.embed_batch_size)
        except ImportError as error:
            raise RuntimeError(
                f"embedding_backend=torch runs the model in torch at serve time, and {error.name or 'torch'} is not "
                "installed here: install jobcircle's export extras, or serve with onnx-int8"
            ) from error
    precision: Precision = "int8" if settings.embedding_backend == "onnx-int8" else "fp32"
    return onnx_embedder(
        path,
        settings.model_cache_dir,
        precision=precision,
        batch_size=settings.embed_batch_size,
        threads=settings.compute_threads,
        parallel=settings.embed_parallel or os.cpu_count() or 1,
    )


def load_coder(settings: Settings, embedder: Embedder) -> OccupationCoder:
    """The occupation coder; its label vectors are cached beside the index snapshots."""
    synonyms = load_synonyms(settings.synonyms_path) if settings.synonyms_path else load_synonyms()
    return OccupationCoder(Catalog.load(), synonyms, embedder, cache_dir=settings.index_dir)


@dataclass
class IngestRuntime:
    """What storing uploads needs without serving: engine, model and coder, no index (workers, CLI)."""

    engine: Engine
    sessions: sessionmaker[Session]
    ingest: Ingest

    @classmethod
    def build(cls, settings: Settings, embedder: Embedder | None = None, keys: Keys | None = None) -> IngestRuntime:
        """`keys`: those the caller loaded already (a file read and checks, once a process)."""
        engine = make_engine(settings.database_url)
        try:
            check_schema_current(engine)
            coder = load_coder(settings, embedder or load_embedder(settings))
        except BaseException:
            engine.dispose()
            raise
        return cls(engine, make_session_factory(engine), make_ingest(settings, coder, keys or load_keys(settings)))

    def close(self) -> None:
        self.engine.dispose()


def make_ingest(settings: Settings, coder: OccupationCoder, keys: Keys) -> Ingest:
    return Ingest(
        coder=coder,
        gazetteer=Gazetteer.load(),
        duplicates=DuplicateRule(settings.duplicate_similarity, settings.duplicate_distance_m),
        vault=Vault(keys),
        chunk_rows=settings.upload_chunk_rows,
        lease_s=settings.upload_lease_s,
        max_bytes=settings.upload_max_bytes,
        max_rows=settings.upload_max_rows,
        max_unpacked_bytes=settings.upload_max_unpacked_bytes,
        screening_mode=settings.screening_mode,
        file_retention_days=settings.upload_file_retention_days,
    )


def plan_fan_out(settings: Settings, sessions: sessionmaker[Session]) -> FanOut | None:
    """With push_plan_shards, the night's plan goes to the workers as shard tasks (else None: planned here)."""
    if not settings.push_plan_shards:
        return None
    enqueue_shard = make_huey(settings.task_broker).enqueue_shard
    shards = settings.push_plan_shards
    return lambda slot, as_of: fan_out_plan(sessions, shards, enqueue_shard, slot=slot, as_of=as_of)


def upload_queue(settings: Settings) -> UploadQueue:
    """Threads here when this process runs uploads; otherwise an enqueue-only huey client."""
    if settings.runs_uploads:
        return ThreadQueue(settings.worker_threads)
    return HueyQueue(make_huey(settings.task_broker).enqueue_upload)


def check_schema_current(engine: Engine) -> None:
    head = head_revision()
    with engine.connect() as connection:
        current = MigrationContext.configure(connection).get_current_revision()
    if current != head:
        raise SchemaNotCurrent(
            f"database is at revision {current or 'none'}, code expects {head}: run `jobcircle migrate`"
        )
