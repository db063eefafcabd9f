"""Writes every context spells the same way on both databases."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import inspect
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import DeclarativeBase, Session


def insert_ignoring_duplicates(session: Session, model: type[DeclarativeBase], rows: Sequence[dict[str, Any]]) -> int:
    """INSERT … ON CONFLICT DO NOTHING: a row already there is a no-op, on every backend, even under concurrency.
    Returns how many rows were inserted."""
    if not rows:
        return 0
    insert = postgresql.insert if session.get_bind().dialect.name == "postgresql" else sqlite.insert
    key = inspect(model).primary_key
    # one statement run over the rows (compiled once, batched by the driver) rather than one VALUES clause
    # spelling out every row: compiling 1,450 communities that way alone took most of a start-up
    statement = insert(model).on_conflict_do_nothing().returning(*key)
    return len(session.execute(statement, list(rows)).all())
