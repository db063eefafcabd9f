"""An uploaded sheet is a list of contact phones: sealed at rest, readable by the service alone, and deleted
once its retention runs out; the database files themselves are the service user's alone."""

from __future__ import annotations

import stat
from datetime import timedelta
from pathlib import Path

import httpx
import pytest
from sqlalchemy import create_engine, select, update
from sqlalchemy.orm import Session, sessionmaker

from app.config import Settings
from app.keys import load_keys
from app.models import Upload, UploadFile
from app.models.base import utcnow
from app.services.privacy.pii import UPLOAD_FILE
from app.services.privacy.vault import Vault
from app.services.uploads.ingest import sweep_upload_files
from tests.api.test_pii_at_rest import dump
from tests.uploads_kit import csv_bytes, row, upload_done

PHONES = [f"1390551{n:04d}" for n in range(1, 21)]


def phone_sheet() -> bytes:
    """Twenty employers, each with its contact phone; one row per posting, as a fair's sheet is."""
    rows = [
        row(f"电焊工{i}", **{"单位名称": f"示例厂{i}", "联系电话": p, "外部编号": f"P{i}"})
        for i, p in enumerate(PHONES)
    ]
    return csv_bytes(rows)


def forms(phone: str) -> list[bytes]:
    """The phone as stored text, and as the hex a dump writes a BLOB or bytea in."""
    raw = phone.encode()
    return [raw, raw.hex().encode(), raw.hex().upper().encode()]


def database_bytes(settings: Settings) -> bytes:
    url = settings.database_url
    if url.startswith("sqlite"):
        database = Path(url.removeprefix("sqlite:///"))
        files = [database, database.with_name(database.name + "-wal")]
        return b"".join(p.read_bytes() for p in files if p.exists())
    return dump(settings).encode()


def sessions_of(settings: Settings) -> sessionmaker[Session]:
    return sessionmaker(create_engine(settings.database_url))


def test_an_uploaded_sheet_leaves_no_phone_in_the_database_files_wal_or_a_dump(
    api: httpx.Client, settings: Settings
) -> None:
    done = upload_done(api, phone_sheet())
    assert done["status"] == "done" and done["counts"]["created"] == len(PHONES)
    sessions = sessions_of(settings)
    with sessions() as session:
        stored = session.scalars(select(UploadFile)).one()
        vault = Vault(load_keys(settings))
        assert stored.key_id == vault.current_key_id
        assert PHONES[0].encode() in vault.open_bytes(stored.key_id, stored.content, UPLOAD_FILE)
    sessions.kw["bind"].dispose()
    haystack = database_bytes(settings)
    assert len(haystack) > 100_000  # the real files (or dump) were read
    leaked = [phone for phone in PHONES if any(form in haystack for form in forms(phone))]
    assert leaked == []


def test_the_sqlite_files_are_the_service_users_alone(api: httpx.Client, settings: Settings) -> None:
    if not settings.database_url.startswith("sqlite"):
        pytest.skip("PostgreSQL keeps its own files, in its own data directory")
    upload_done(api, phone_sheet())
    database = Path(settings.database_url.removeprefix("sqlite:///"))
    for path in (database, database.with_name(database.name + "-wal")):
        assert path.exists()
        assert stat.S_IMODE(path.stat().st_mode) & 0o077 == 0, (path, oct(path.stat().st_mode))


def test_a_sheet_past_its_retention_is_deleted_and_its_rows_to_fix_say_so(
    api: httpx.Client, settings: Settings
) -> None:
    bad = csv_bytes([row("电焊工", **{"薪资下限": "很多"}), row("保洁员")])
    done = upload_done(api, bad)
    assert done["counts"]["rejected"] == 1
    assert api.get(f"/v1/uploads/{done['id']}/errors.xlsx").status_code == 200
    sessions = sessions_of(settings)
    assert sweep_upload_files(sessions, retention_days=30) == 0  # ended just now: kept
    with sessions.begin() as session:
        session.execute(update(Upload).values(finished_at=utcnow() - timedelta(days=31)))
    assert sweep_upload_files(sessions, retention_days=30) == 1
    sessions.kw["bind"].dispose()
    gone = api.get(f"/v1/uploads/{done['id']}/errors.xlsx")
    assert gone.status_code == 410 and "保留期限" in gone.json()["message"]
    kept = api.get(f"/v1/uploads/{done['id']}").json()
    assert kept["counts"] == done["counts"]  # the counts, issues and postings stay
    assert api.get(f"/v1/uploads/{done['id']}/errors").json()["total"] == 1
