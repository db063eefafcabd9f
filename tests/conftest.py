"""Fixtures: every database test runs on SQLite and PostgreSQL, each built by `alembic upgrade head`."""

from __future__ import annotations

import os
import sqlite3
import uuid
from collections.abc import Iterator
from contextlib import closing, contextmanager
from pathlib import Path

import httpx
import pytest
from fastapi import FastAPI
from sqlalchemy import create_engine, make_url, text

from app.config import Settings
from app.main import create_app
from app.migrate import upgrade
from app.services.matching import matches
from matching.embedding import Embedder, HashingEmbedder
from tests.live import live_server

POSTGRES_URL = os.environ.get("JOBCIRCLE_TEST_POSTGRES_URL", "")


def _redis_database_per_worker() -> None:
    """Under pytest-xdist (`-n 2`) each worker gets a Redis database of its own (gw0 → 1, gw1 → 2, …), so one
    worker's FLUSHDB or queue never reaches another's. Databases are named in the URL's path; PostgreSQL needs
    nothing of the kind (every test database has a random name)."""
    worker, url = os.environ.get("PYTEST_XDIST_WORKER", ""), os.environ.get("JOBCIRCLE_TEST_REDIS_URL", "")
    if worker.startswith("gw") and url:
        os.environ["JOBCIRCLE_TEST_REDIS_URL"] = f"{url.rsplit('/', 1)[0]}/{int(worker.removeprefix('gw')) + 1}"


_redis_database_per_worker()
REQUIRE_POSTGRES = os.environ.get("JOBCIRCLE_REQUIRE_POSTGRES") == "1"
BACKENDS = ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)]


def postgres_url_or_skip() -> str:
    if POSTGRES_URL:
        return POSTGRES_URL
    if REQUIRE_POSTGRES:
        pytest.fail("JOBCIRCLE_REQUIRE_POSTGRES=1 but JOBCIRCLE_TEST_POSTGRES_URL is not set")
    pytest.skip("PostgreSQL tests need JOBCIRCLE_TEST_POSTGRES_URL (bash .ci/run sets it)")


@contextmanager
def postgres_schema(base: str | None = None) -> Iterator[str]:
    """A fresh schema per test, reached through search_path, dropped afterwards (on `base`, or the test server)."""
    base = base or postgres_url_or_skip()
    schema = f"t_{uuid.uuid4().hex[:12]}"
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.execute(text(f'CREATE SCHEMA "{schema}"'))
        yield f"{base}{'&' if '?' in base else '?'}options=-csearch_path%3D{schema}"
        with admin.connect() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
    finally:
        admin.dispose()


@pytest.fixture(params=BACKENDS)
def backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def database_url(backend: str, tmp_path: Path) -> Iterator[str]:
    """An empty database, for the tests of the migrations themselves."""
    if backend == "sqlite":
        yield f"sqlite:///{tmp_path / 'test.db'}"
        return
    with postgres_schema() as url:
        yield url


@pytest.fixture(scope="session")
def sqlite_at_head(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One SQLite database migrated to head per session; each test gets a copy (a migration costs a second or
    two, a copy a millisecond, and hundreds of tests want one)."""
    path = tmp_path_factory.mktemp("template") / "head.db"
    upgrade(f"sqlite:///{path}")
    return path


@pytest.fixture(scope="session")
def postgres_at_head() -> Iterator[str]:
    """The same on PostgreSQL: a database migrated to head once, cloned per test with CREATE DATABASE … TEMPLATE."""
    base = postgres_url_or_skip()
    name = f"head_{uuid.uuid4().hex[:12]}"
    with _postgres_database(base, name) as url:
        upgrade(url)
        yield name


@pytest.fixture
def migrated_url(backend: str, tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[str]:
    """A database at head, copied from the session's migrated template (test_migrations holds the migrations)."""
    if backend == "sqlite":
        path = tmp_path / "test.db"
        template = request.getfixturevalue("sqlite_at_head")
        with closing(sqlite3.connect(template)) as source, closing(sqlite3.connect(path)) as copy:
            source.backup(copy)
        yield f"sqlite:///{path}"
        return
    template = request.getfixturevalue("postgres_at_head")
    with _postgres_database(POSTGRES_URL, f"t_{uuid.uuid4().hex[:12]}", template=template) as url:
        yield url


@contextmanager
def _postgres_database(base: str, name: str, template: str | None = None) -> Iterator[str]:
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"' + (f' TEMPLATE "{template}"' if template else "")))
        yield make_url(base).set(database=name).render_as_string(hide_password=False)
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE "{name}" WITH (FORCE)'))
    finally:
        admin.dispose()


@pytest.fixture
def settings(migrated_url: str, tmp_path: Path) -> Settings:
    return Settings(
        database_url=migrated_url,
        data_dir=tmp_path / "data",
        sync_interval_s=0.2,
        snapshot_interval_s=3600,
        push_scheduler=False,
    )


@pytest.fixture(scope="session")
def fake_embedder() -> Embedder:
    return HashingEmbedder(64)


@pytest.fixture
def app(settings: Settings, fake_embedder: Embedder) -> FastAPI:
    """The app `api` serves: tests that read its state (`app.state.runtime`) take both."""
    return create_app(settings, embedder=fake_embedder)


@pytest.fixture
def api(app: FastAPI) -> Iterator[httpx.Client]:
    with live_server(app) as client:
        yield client


@pytest.fixture
def builds(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """One entry per match page the service built rather than served again (`PageCache`)."""
    built: list[int] = []

    def counting(build):  # type: ignore[no-untyped-def]
        def counted(*args, **kwargs):  # type: ignore[no-untyped-def]
            built.append(1)
            return build(*args, **kwargs)

        return counted

    for name in ("job_page", "job_page_and_basis"):  # a page not kept, a page kept
        monkeypatch.setattr(matches, name, counting(getattr(matches, name)))
    return built


@pytest.fixture(scope="session")
def real_embedder() -> Embedder:
    from app.runtime import load_embedder

    return load_embedder(Settings())
