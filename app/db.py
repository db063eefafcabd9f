"""Engine and session factory; SQLite gets the pragmas that make it a safe embedded default."""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

from app.services.identity.verified import mark_account_writes

SQLITE_POOL = (5, 10)  # connections kept, and opened beyond them under load
POSTGRES_POOL = (10, 20)


def make_engine(database_url: str) -> Engine:
    if database_url.startswith("sqlite"):
        size, overflow = SQLITE_POOL
        engine = create_engine(
            database_url,
            connect_args={"check_same_thread": False, "timeout": 30},
            pool_size=size,
            max_overflow=overflow,
        )
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    size, overflow = POSTGRES_POOL
    return create_engine(database_url, pool_pre_ping=True, pool_size=size, max_overflow=overflow)


def connection_capacity(database_url: str) -> int:
    """The most connections the engine of `database_url` hands out at once."""
    return sum(SQLITE_POOL if database_url.startswith("sqlite") else POSTGRES_POOL)


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    sessions = sessionmaker(engine, expire_on_commit=False)
    event.listen(sessions, "before_flush", mark_account_writes)
    return sessions


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")  # readers never block the writer
    cursor.execute("PRAGMA secure_delete=ON")  # an erased person leaves no bytes in free pages
    cursor.execute("PRAGMA busy_timeout=30000")
    files = [Path(row[2]) for row in cursor.execute("PRAGMA database_list") if row[2]]
    cursor.close()
    _owner_only(files)


def _owner_only(databases: list[Path]) -> None:
    """The database holds personal data: readable by the service's user alone (SQLite gives its WAL and
    shared-memory files the database file's mode, so they follow)."""
    for database in databases:
        for path in (database, database.with_name(database.name + "-wal"), database.with_name(database.name + "-shm")):
            with contextlib.suppress(FileNotFoundError):
                if path.stat().st_mode & 0o077:
                    path.chmod(0o600)
