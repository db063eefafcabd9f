"""Fixtures: every database test runs on SQLite and PostgreSQL, each built by `alembic upgrade head`."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
import pytest
from sqlalchemy import create_engine, text

from app.config import Settings
from app.main import create_app
from app.migrate import upgrade
from matching.embedding import Embedder, HashingEmbedder
from tests.live import live_server

POSTGRES_URL = os.environ.get("JOBCIRCLE_TEST_POSTGRES_URL", "")
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
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'test.db'}"
        return
    with postgres_schema() as url:
        yield url


@pytest.fixture
def migrated_url(database_url: str) -> str:
    upgrade(database_url)
    return database_url


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
def api(settings: Settings, fake_embedder: Embedder) -> Iterator[httpx.Client]:
    with live_server(create_app(settings, embedder=fake_embedder)) as client:
        yield client


@pytest.fixture(scope="session")
def real_embedder() -> Embedder:
    from app.runtime import load_embedder

    return load_embedder(Settings())
