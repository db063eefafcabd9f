"""`jobcircle keys rotate`: everything written under k1 re-encrypted under k2, resumably; then k1 may go."""

from __future__ import annotations

import json

import httpx
import pytest
from sqlalchemy import create_engine, select
from sqlalchemy.orm import sessionmaker

from app.cli.main import main
from app.config import Settings
from app.keys import load_keys, new_key_text
from app.main import create_app
from app.models import UploadFile
from app.services.privacy.key_rotation import pending, rotate
from app.services.privacy.pii import SEALED, UPLOAD_FILE
from app.services.privacy.vault import Vault
from matching.embedding import Embedder
from tests.factories import employer, seeker_body
from tests.live import live_server
from tests.uploads_kit import csv_bytes, row, upload_done

PHONES = [f"1390000{i:04d}" for i in range(5)]


class Interrupted(Exception):
    pass


def stop_after_first_chunk(done: int, total: int) -> None:
    raise Interrupted


def test_rotation_resumes_and_leaves_nothing_for_the_old_key(
    api: httpx.Client, settings: Settings, fake_embedder: Embedder, monkeypatch: pytest.MonkeyPatch
):
    seekers = [api.post("/v1/jobseekers", json=seeker_body(phone=p, id_number=None)).json()["id"] for p in PHONES]
    assert api.post("/v1/employers", json={"name": "甲厂", "contact_phone": "0551-62000000"}).status_code == 201
    employer(api, "乙厂")
    stored = json.loads((settings.data_dir / "secrets.json").read_text())  # development keys: k1
    k2 = f"k2:{new_key_text()}"
    rotated = settings.model_copy(update={"pii_keys": f"{k2},{stored['pii_keys']}"})
    vault = Vault(load_keys(rotated))
    engine = create_engine(settings.database_url)
    sessions = sessionmaker(engine)
    try:
        with sessions() as session:
            assert pending(session, vault) == len(PHONES) + 1
        with pytest.raises(Interrupted):
            rotate(sessions, vault, chunk_rows=2, progress=stop_after_first_chunk)
        with sessions() as session:
            assert pending(session, vault) == len(PHONES) + 1 - 2, "the first chunk was kept"

        for name, value in (
            ("DATABASE_URL", settings.database_url),
            ("DATA_DIR", str(settings.data_dir)),
            ("PII_KEYS", rotated.pii_keys),
            ("PUSH_SCHEDULER", "false"),
        ):
            monkeypatch.setenv(f"JOBCIRCLE_{name}", value)
        assert main(["keys", "rotate", "--chunk", "2"]) == 0

        only_k2 = Vault(load_keys(settings.model_copy(update={"pii_keys": k2})))
        with sessions() as session:
            assert pending(session, only_k2) == 0
            for sealed in SEALED:
                for token in session.scalars(select(sealed.column).where(sealed.column.isnot(None))):
                    assert token.startswith("v1.k2.") and only_k2.decrypt(token, sealed.context)
    finally:
        engine.dispose()
    with live_server(create_app(settings.model_copy(update={"pii_keys": k2}), embedder=fake_embedder)) as k2_api:
        assert [k2_api.get(f"/v1/jobseekers/{s}").json()["phone"] for s in seekers] == PHONES


def test_rotation_reseals_uploaded_sheets_so_the_old_key_may_go(
    api: httpx.Client, settings: Settings, fake_embedder: Embedder
):
    done = upload_done(api, csv_bytes([row("电焊工", **{"薪资下限": "很多", "联系电话": "13905519876"})]))
    assert done["counts"]["rejected"] == 1
    stored = json.loads((settings.data_dir / "secrets.json").read_text())
    k2 = f"k2:{new_key_text()}"
    vault = Vault(load_keys(settings.model_copy(update={"pii_keys": f"{k2},{stored['pii_keys']}"})))
    engine = create_engine(settings.database_url)
    sessions = sessionmaker(engine)
    try:
        with sessions() as session:
            assert pending(session, vault) == 1
        report = {r.column: r.rewritten for r in rotate(sessions, vault)}
        assert report[UPLOAD_FILE] == 1
        with sessions() as session:
            assert pending(session, vault) == 0
            assert session.scalars(select(UploadFile.key_id)).all() == ["k2"]
    finally:
        engine.dispose()
    with live_server(create_app(settings.model_copy(update={"pii_keys": k2}), embedder=fake_embedder)) as k2_api:
        assert k2_api.get(f"/v1/uploads/{done['id']}/errors.xlsx").status_code == 200  # readable with k2 alone
