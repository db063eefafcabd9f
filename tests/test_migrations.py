"""Migrations apply, roll back, and describe exactly what the models declare."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine, inspect, text

from app.db import make_engine
from app.migrate import downgrade, upgrade
from app.models import Base
from app.models.base import has_surrogate_key
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


def _seeker_sql(name: str) -> str:
    return (
        "INSERT INTO jobseekers (name, desired_job, experience, skills, expected_salary_unit, job_types, radius_km, "
        "priority_groups, lat, lon, embedding, embedding_model, text_hash, version, created_at, updated_at, phone_cipher, "
        f"phone_hash) VALUES ('{name}', '电焊工', '', '[]', 'month', '[]', 3, '[]', 31.8, 117.2, :e, 'm', '', 1, "
        "'2026-11-01 00:00:00', '2026-11-01 00:00:00', '', '')"
    )


def test_a_deleted_seekers_id_is_never_given_to_the_next_one(migrated_url: str):
    """Finding 6: SQLite handed the largest id back once its row was deleted, and the next seeker inherited
    everything that still named it."""
    engine = create_engine(migrated_url)
    try:
        with engine.begin() as connection:
            connection.execute(text(_seeker_sql("先")), {"e": b"\0"})
            first = connection.execute(text("SELECT max(id) FROM jobseekers")).scalar_one()
            connection.execute(text("DELETE FROM jobseekers WHERE id = :id"), {"id": first})
            connection.execute(text(_seeker_sql("后")), {"e": b"\0"})
            second = connection.execute(text("SELECT id FROM jobseekers WHERE name = '后'")).scalar_one()
    finally:
        engine.dispose()
    assert second > first


def test_every_surrogate_key_on_sqlite_is_autoincrement(tmp_path):
    """The migrations and the models agree: each table whose key the database numbers says AUTOINCREMENT."""
    url = f"sqlite:///{tmp_path / 'ids.db'}"
    upgrade(url)
    engine = create_engine(url)
    try:
        with engine.connect() as connection:
            created = dict(connection.execute(text("SELECT name, sql FROM sqlite_master WHERE type = 'table'")).all())
    finally:
        engine.dispose()
    numbered = {table.name for table in Base.metadata.tables.values() if has_surrogate_key(table)}
    assert {"jobseekers", "users", "pii_reads", "index_changes"} <= numbered
    assert {name for name in numbered if "AUTOINCREMENT" not in created[name]} == set()
    assert {name for name in set(created) - numbered if "AUTOINCREMENT" in created[name]} == set()


def test_rebuilding_the_tables_keeps_every_row_and_reference(tmp_path):
    """0012 copies each table into one with AUTOINCREMENT. With foreign keys on, dropping the old copy would
    cascade into the children (a seeker's account and pushes would vanish); the rows, their ids and the links
    between them come through, and the sequence starts above the largest id kept."""
    url = f"sqlite:///{tmp_path / 'rebuild.db'}"
    upgrade(url, "0011")
    engine = make_engine(url)  # the service's engine: foreign keys on, as in production
    account = (
        "INSERT INTO users (role, name, seeker_id, districts, active, token_version, created_at) "
        "VALUES ('seeker', '甲', :seeker, '[]', 1, 0, '2026-11-01 00:00:00')"
    )
    push = (
        "INSERT INTO pushes (audience, jobseeker_id, channel, personalised, status, attempts, next_attempt_at, "
        "request_id, as_of, created_at) VALUES ('seeker', :seeker, 'inbox', 1, 'sent', 1, '2026-11-01 00:00:00', "
        ":rid, '2026-11-01 00:00:00', '2026-11-01 00:00:00')"
    )
    tables = ("jobseekers", "users", "pushes")
    try:
        with engine.begin() as connection:
            for n in range(3):
                connection.execute(text(_seeker_sql(f"人{n}")), {"e": b"\0"})
            seekers = connection.execute(text("SELECT id FROM jobseekers ORDER BY id")).scalars().all()
            connection.execute(text("DELETE FROM jobseekers WHERE id = :id"), {"id": seekers[0]})  # a gap stays a gap
            for seeker in seekers[1:]:
                connection.execute(text(account), {"seeker": seeker})
                connection.execute(text(push), {"seeker": seeker, "rid": f"r{seeker}"})
            before = {t: connection.execute(text(f"SELECT * FROM {t} ORDER BY id")).all() for t in tables}
        upgrade(url, "0012")
        with engine.begin() as connection:
            after = {t: connection.execute(text(f"SELECT * FROM {t} ORDER BY id")).all() for t in tables}
            assert connection.execute(text("PRAGMA foreign_key_check")).all() == []
            connection.execute(text("DELETE FROM jobseekers WHERE id = :id"), {"id": seekers[-1]})
            connection.execute(text(_seeker_sql("新")), {"e": b"\0"})
            newest = connection.execute(text("SELECT id FROM jobseekers WHERE name = '新'")).scalar_one()
            cascaded = connection.execute(text("SELECT count(*) FROM pushes")).scalar_one()
    finally:
        engine.dispose()
    assert after == before and len(before["users"]) == len(before["pushes"]) == 2
    assert newest == seekers[-1] + 1
    assert cascaded == 1  # keys still enforced: deleting the seeker took its push with it
