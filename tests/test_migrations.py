"""Migrations apply, roll back, and describe exactly what the models declare."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine, inspect, text

from app.migrate import downgrade, upgrade
from app.models import Base
from matching.gazetteer import Gazetteer
from matching.geo import GeoPoint


def test_upgrade_downgrade_upgrade_round_trips(database_url: str):
    upgrade(database_url)
    downgrade(database_url, "base")
    engine = create_engine(database_url)
    try:
        assert set(inspect(engine).get_table_names()) <= {"alembic_version"}
        upgrade(database_url)
        assert set(Base.metadata.tables) <= set(inspect(engine).get_table_names())
    finally:
        engine.dispose()


def test_models_and_migrations_do_not_drift(migrated_url: str):
    engine = create_engine(migrated_url)
    try:
        with engine.connect() as connection:
            diff = compare_metadata(MigrationContext.configure(connection, opts={"compare_type": True}), Base.metadata)
    finally:
        engine.dispose()
    assert diff == []


def test_division_codes_are_filled_in_from_the_stored_points(database_url: str):
    """0009 gives rows placed before it the division code their point resolves to; a place-less fair none."""
    upgrade(database_url, "0008")
    point = GeoPoint(31.867892, 117.303457)  # 瑶海区
    engine = create_engine(database_url)
    fair = (
        "INSERT INTO fairs (name, kind, organiser, venue, lat, lon, starts_at, ends_at, target_groups, "
        "description, created_at, updated_at) VALUES (:name, 'spring_action', '区人社局', '', :lat, :lon, "
        "'2026-12-01 09:00:00', '2026-12-01 16:00:00', '[]', '', '2026-11-01 00:00:00', '2026-11-01 00:00:00')"
    )
    try:
        with engine.begin() as connection:
            connection.execute(text(fair), {"name": "placed", "lat": point.lat, "lon": point.lon})
            connection.execute(text(fair), {"name": "online", "lat": None, "lon": None})
        upgrade(database_url)
        with engine.connect() as connection:
            codes = dict(connection.execute(text("SELECT name, division_code FROM fairs")).all())
    finally:
        engine.dispose()
    assert codes == {"placed": Gazetteer.load().division_of(point), "online": None}
    assert codes["placed"] is not None and codes["placed"].startswith("340102")
