"""Key rotation: every stored ciphertext re-encrypted under the current key, in committed chunks.

A run can be stopped at any point and started again: it only ever looks at ciphertexts not yet under the
current key. Uploaded sheets (sealed whole, with their key's id beside them) are re-sealed one by one. The
old key must stay in `pii_keys` (after the new one) until a run reports nothing left, and a day longer:
stored idempotent replies (kept 24 hours) are not rewritten, they expire.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass

from sqlalchemy import ColumnElement, Table, and_, bindparam, func, select
from sqlalchemy.orm import Session, sessionmaker

from app.models import UploadFile
from app.services.privacy.pii import SEALED, UPLOAD_FILE, SealedColumn
from app.services.privacy.vault import VERSION, Vault

Progress = Callable[[int, int], None]  # ciphertexts done, ciphertexts to do


@dataclass(frozen=True, slots=True)
class Rotated:
    column: str  # table.column
    rewritten: int


def pending(session: Session, vault: Vault) -> int:
    """How many stored ciphertexts (uploaded sheets included) are not under the current key."""
    files = session.scalar(select(func.count()).where(UploadFile.key_id != vault.current_key_id)) or 0
    return files + sum(
        session.scalar(select(func.count()).select_from(_table(s)).where(_stale(s, vault))) or 0 for s in SEALED
    )


def rotate(
    sessions: sessionmaker[Session], vault: Vault, chunk_rows: int = 500, progress: Progress | None = None
) -> list[Rotated]:
    with sessions() as session:
        total = pending(session, vault)
    done, report = 0, []
    files = 0
    for _ in _rotate_upload_files(sessions, vault):
        files += 1
        done += 1
        if progress is not None:
            progress(done, total)
    report.append(Rotated(UPLOAD_FILE, files))
    for sealed in SEALED:
        rewritten = 0
        for count in _rotate_column(sessions, vault, sealed, chunk_rows):
            rewritten += count
            done += count
            if progress is not None:
                progress(done, total)
        report.append(Rotated(f"{_table(sealed).name}.{sealed.column.key}", rewritten))
    return report


def _rotate_column(
    sessions: sessionmaker[Session], vault: Vault, sealed: SealedColumn, chunk_rows: int
) -> Iterator[int]:
    """Yields how many were rewritten per committed chunk. A value changed meanwhile by the service (already
    under the current key) is left as it is: the update matches the old ciphertext only."""
    table, column = _table(sealed), sealed.column.key
    last_id = 0
    while True:
        with sessions.begin() as session:
            rows = session.execute(
                select(table.c.id, table.c[column])
                .where(table.c.id > last_id, _stale(sealed, vault))
                .order_by(table.c.id)
                .limit(chunk_rows)
            ).all()
            if not rows:
                return
            values = [
                {"row_id": row_id, "old": token, "new": _reencrypt(vault, token, sealed.context)}
                for row_id, token in rows
            ]
            statement = table.update().where(table.c.id == bindparam("row_id"), table.c[column] == bindparam("old"))
            session.execute(statement.values({column: bindparam("new")}), values)
        last_id = rows[-1][0]
        yield len(rows)


def _rotate_upload_files(sessions: sessionmaker[Session], vault: Vault) -> Iterator[int]:
    """Each uploaded sheet under an older key re-sealed in a transaction of its own (a sheet may be 20 MB)."""
    while True:
        with sessions.begin() as session:
            stored = session.scalars(
                select(UploadFile).where(UploadFile.key_id != vault.current_key_id).order_by(UploadFile.upload_id)
            ).first()
            if stored is None:
                return
            plain = vault.open_bytes(stored.key_id, stored.content, UPLOAD_FILE)
            stored.key_id, stored.content = vault.seal_bytes(plain, UPLOAD_FILE)
            upload_id = stored.upload_id
        yield upload_id


def _reencrypt(vault: Vault, token: str, context: str) -> str:
    return vault.encrypt(vault.decrypt(token, context), context)


def _table(sealed: SealedColumn) -> Table:
    table = sealed.column.class_.__table__
    assert isinstance(table, Table)
    return table


def _stale(sealed: SealedColumn, vault: Vault) -> ColumnElement[bool]:
    column = _table(sealed).c[sealed.column.key]
    current: Sequence[ColumnElement[bool]] = (
        column.isnot(None),
        column != "",
        ~column.startswith(f"{VERSION}.{vault.current_key_id}."),
    )
    return and_(*current)
