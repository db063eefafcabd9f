"""Revision 0007 on a database with people in it: plaintext phones encrypted in place, and back on downgrade."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import JSON, Column, MetaData, create_engine, inspect, select

from app.config import Settings
from app.keys import load_keys, new_key_text
from app.migrate import downgrade, upgrade
from app.services.privacy.vault import Vault

PHONES = ["13805511234", "13905512345", "13705513456"]
EMPLOYER_PHONES = ["0551-62000000", None]


def value_for(column: Column[Any]) -> Any:
    """Something acceptable for a NOT NULL column the test does not care about."""
    if isinstance(column.type, JSON):
        return []
    kind = column.type.python_type
    return {str: "x", int: 1, float: 0.0, bytes: b"", bool: False, datetime: datetime.now(UTC)}[kind]


def rows_for(table: Any, wanted: list[dict[str, Any]]) -> list[dict[str, Any]]:
    required = [c for c in table.columns if not c.nullable and c.server_default is None and not c.primary_key]
    return [{**{c.name: value_for(c) for c in required}, **row} for row in wanted]


def test_plaintext_phones_are_encrypted_on_upgrade_and_restored_on_downgrade(database_url: str, tmp_path: Path):
    settings = Settings(
        database_url=database_url,
        data_dir=tmp_path,
        pii_keys=f"k1:{new_key_text()}",
        pii_lookup_key=new_key_text(),
        jwt_secret="j" * 40,
    )
    vault = Vault(load_keys(settings))
    upgrade(database_url, "0006")
    engine = create_engine(database_url)
    try:
        meta = MetaData()
        meta.reflect(engine, only=["jobseekers", "employers"])
        with engine.begin() as conn:
            conn.execute(
                meta.tables["jobseekers"].insert(),
                rows_for(meta.tables["jobseekers"], [{"name": f"求职者{i}", "phone": p} for i, p in enumerate(PHONES)]),
            )
            conn.execute(
                meta.tables["employers"].insert(),
                rows_for(
                    meta.tables["employers"],
                    [{"name": f"单位{i}", "contact_phone": p} for i, p in enumerate(EMPLOYER_PHONES)],
                ),
            )
        upgrade(database_url, "head", settings=settings)
        assert "phone" not in {c["name"] for c in inspect(engine).get_columns("jobseekers")}
        seekers = _read(engine, "jobseekers", "phone_cipher", "phone_hash")
        employers = _read(engine, "employers", "contact_phone_cipher", "contact_phone_hash")
        assert [vault.decrypt(c, "jobseekers.phone") for c, _ in seekers] == PHONES
        assert [h for _, h in seekers] == [vault.lookup("phone", p) for p in PHONES]
        assert [c and vault.decrypt(c, "employers.contact_phone") for c, _ in employers] == EMPLOYER_PHONES
        assert [h for _, h in employers] == [vault.lookup("phone", EMPLOYER_PHONES[0]), None]

        downgrade(database_url, "0006", settings=settings)
        assert [p for (p,) in _read(engine, "jobseekers", "phone")] == PHONES
        assert [p for (p,) in _read(engine, "employers", "contact_phone")] == EMPLOYER_PHONES
    finally:
        engine.dispose()


def test_an_empty_database_upgrades_without_any_key(database_url: str, tmp_path: Path, monkeypatch: Any):
    monkeypatch.chdir(tmp_path)  # Settings() would generate development keys into ./var
    upgrade(database_url)
    assert not (tmp_path / "var").exists()


def _read(engine: Any, table: str, *names: str) -> list[Any]:
    meta = MetaData()
    meta.reflect(engine, only=[table])
    reflected = meta.tables[table]
    with engine.connect() as conn:
        return list(conn.execute(select(*(reflected.c[n] for n in names)).order_by(reflected.c.id)).all())
