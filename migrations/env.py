"""Alembic environment: the URL comes from the caller (app.migrate) or alembic.ini."""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection

from app.db import make_engine
from app.models import Base

config = context.config
target_metadata = Base.metadata


def run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,  # SQLite alters tables by copying them
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_without_cascades(connection: Connection) -> None:
    """SQLite alters a table by copying it and dropping the old one; with foreign keys on, that drop would
    cascade into every child row. SQLite's own recipe: keys off (only possible outside a transaction),
    migrate, check that every reference still resolves, keys back on."""
    connection.exec_driver_sql("PRAGMA foreign_keys=OFF")
    connection.commit()
    try:
        run(connection)
        dangling = connection.exec_driver_sql("PRAGMA foreign_key_check").all()
        connection.commit()
        if dangling:
            raise RuntimeError(f"migration left references that resolve to nothing: {dangling[:5]}")
    finally:
        connection.exec_driver_sql("PRAGMA foreign_keys=ON")
        connection.commit()


def main() -> None:
    url = str(config.attributes.get("url") or config.get_main_option("sqlalchemy.url"))
    engine = make_engine(url)
    try:
        with engine.connect() as conn:
            if conn.dialect.name == "sqlite":
                run_without_cascades(conn)
            else:
                run(conn)
    finally:
        engine.dispose()


if context.is_offline_mode():
    raise SystemExit("offline SQL generation is not supported; run against a database")
main()
