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


def test_uploaded_sheets_stored_in_the_clear_are_sealed_and_unsealed_on_the_way_back(database_url: str):
    """0010 seals each stored sheet with the service's key; its downgrade gives the same bytes back."""
    upgrade(database_url, "0009")
    sheet = "职位名称,单位名称,联系电话\n电焊工,示例厂,13905511111\n".encode()
    engine = create_engine(database_url)
    upload = (
        "INSERT INTO uploads (id, filename, file_format, sha256, size_bytes, status, total_rows, rows_done, created, "
        "updated, unchanged, rejected, linked, attempts, created_at) VALUES (1, 'a.csv', 'csv', '', 1, 'done', 1, 1, "
        "1, 0, 0, 0, 0, 1, '2026-11-01 00:00:00')"
    )
    try:
        with engine.begin() as connection:
            connection.execute(text(upload))
            connection.execute(text("INSERT INTO upload_files (upload_id, content) VALUES (1, :c)"), {"c": sheet})
        upgrade(database_url)
        with engine.connect() as connection:
            key_id, sealed = connection.execute(text("SELECT key_id, content FROM upload_files")).one()
        assert b"13905511111" not in bytes(sealed)
        downgrade(database_url, "0009")
        with engine.connect() as connection:
            assert bytes(connection.execute(text("SELECT content FROM upload_files")).scalar_one()) == sheet
    finally:
        engine.dispose()
    assert key_id
