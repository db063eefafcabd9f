"""encrypted PII, consent flags, audit log

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-21 10:00:00

Phone numbers stored in the clear before this revision are encrypted here, in chunks, with the keys of
the settings `jobcircle migrate` runs with (the keys the service will read them with); an empty database
never loads a key. Columns are added and dropped in place, never by copying the table: on SQLite a copy
drops `jobseekers`, and with foreign keys on that would cascade into pushes and null out events.
"""

from collections.abc import Iterator, Sequence
from typing import Any

import sqlalchemy as sa
from alembic import context, op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

CHUNK_ROWS = 1000
TZ = sa.DateTime(timezone=True)


def upgrade() -> None:
    # NOT NULL with a placeholder default, filled below: SQLite adds such a column in place.
    op.add_column("jobseekers", sa.Column("phone_cipher", sa.Text(), server_default="", nullable=False))
    op.add_column("jobseekers", sa.Column("phone_hash", sa.String(length=64), server_default="", nullable=False))
    op.add_column("jobseekers", sa.Column("id_number_cipher", sa.Text(), nullable=True))
    op.add_column("jobseekers", sa.Column("id_number_hash", sa.String(length=64), nullable=True))
    for name in ("consent_disability_at", "consent_poverty_at", "consent_precise_location_at"):
        op.add_column("jobseekers", sa.Column(name, TZ, nullable=True))
    op.add_column("employers", sa.Column("contact_phone_cipher", sa.Text(), nullable=True))
    op.add_column("employers", sa.Column("contact_phone_hash", sa.String(length=64), nullable=True))
    _seal("jobseekers", "phone", "jobseekers.phone")
    _seal("employers", "contact_phone", "employers.contact_phone")
    # Stored answers were plain JSON (a profile's holds the phone) and are sealed from now on: a day of
    # retry protection is given up rather than keeping plaintext or failing to open an old answer.
    op.execute("DELETE FROM idempotency_keys")
    op.drop_column("jobseekers", "phone")
    op.drop_column("employers", "contact_phone")
    if op.get_bind().dialect.name != "sqlite":  # SQLite cannot drop a default in place; it is never used
        op.alter_column("jobseekers", "phone_cipher", server_default=None)
        op.alter_column("jobseekers", "phone_hash", server_default=None)
    op.create_index(op.f("ix_jobseekers_phone_hash"), "jobseekers", ["phone_hash"], unique=False)
    op.create_index(op.f("ix_jobseekers_id_number_hash"), "jobseekers", ["id_number_hash"], unique=True)
    op.create_index(op.f("ix_employers_contact_phone_hash"), "employers", ["contact_phone_hash"], unique=False)
    op.create_table(
        "pii_reads",
        sa.Column("id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column("at", TZ, nullable=False),
        sa.Column("user_id", sa.BigInteger(), nullable=False),
        sa.Column("role", sa.String(length=10), nullable=False),
        sa.Column("subject_kind", sa.String(length=10), nullable=False),
        sa.Column("subject_id", sa.BigInteger(), nullable=False),
        sa.Column("fields", sa.String(length=100), nullable=False),
        sa.Column("purpose", sa.String(length=60), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_pii_reads")),
    )
    op.create_index(op.f("ix_pii_reads_at"), "pii_reads", ["at"], unique=False)
    op.create_index(op.f("ix_pii_reads_user_id"), "pii_reads", ["user_id"], unique=False)
    op.create_index("ix_pii_reads_subject", "pii_reads", ["subject_kind", "subject_id"], unique=False)


def downgrade() -> None:
    """Phones are decrypted back into their plain columns; ID numbers and consents had no column before and go.
    Sealed idempotent answers cannot be read by the older code: they go too."""
    op.execute("DELETE FROM idempotency_keys")
    op.drop_index("ix_pii_reads_subject", table_name="pii_reads")
    op.drop_index(op.f("ix_pii_reads_user_id"), table_name="pii_reads")
    op.drop_index(op.f("ix_pii_reads_at"), table_name="pii_reads")
    op.drop_table("pii_reads")
    op.add_column("jobseekers", sa.Column("phone", sa.String(length=20), server_default="", nullable=False))
    op.add_column("employers", sa.Column("contact_phone", sa.String(length=20), nullable=True))
    _open("jobseekers", "phone", "jobseekers.phone")
    _open("employers", "contact_phone", "employers.contact_phone")
    if op.get_bind().dialect.name != "sqlite":
        op.alter_column("jobseekers", "phone", server_default=None)
    op.drop_index(op.f("ix_employers_contact_phone_hash"), table_name="employers")
    op.drop_index(op.f("ix_jobseekers_id_number_hash"), table_name="jobseekers")
    op.drop_index(op.f("ix_jobseekers_phone_hash"), table_name="jobseekers")
    for table, column in (
        ("employers", "contact_phone_hash"),
        ("employers", "contact_phone_cipher"),
        ("jobseekers", "consent_precise_location_at"),
        ("jobseekers", "consent_poverty_at"),
        ("jobseekers", "consent_disability_at"),
        ("jobseekers", "id_number_hash"),
        ("jobseekers", "id_number_cipher"),
        ("jobseekers", "phone_hash"),
        ("jobseekers", "phone_cipher"),
    ):
        op.drop_column(table, column)


def _seal(table: str, plain: str, purpose: str) -> None:
    """Each stored number into `<plain>_cipher` and `<plain>_hash`; the vault is made at the first row."""
    rows = sa.table(table, sa.column("id"), sa.column(plain), sa.column(f"{plain}_cipher"), sa.column(f"{plain}_hash"))
    vault = None
    for chunk in _chunks(rows, rows.c[plain]):
        vault = vault or _vault()
        values = [
            {"row_id": row_id, "cipher": vault.encrypt(value, purpose), "hash": vault.lookup("phone", value)}
            for row_id, value in chunk
            if value
        ]
        _update(rows, {f"{plain}_cipher": "cipher", f"{plain}_hash": "hash"}, values)


def _open(table: str, plain: str, purpose: str) -> None:
    rows = sa.table(table, sa.column("id"), sa.column(plain), sa.column(f"{plain}_cipher"))
    vault = None
    for chunk in _chunks(rows, rows.c[f"{plain}_cipher"]):
        vault = vault or _vault()
        values = [{"row_id": row_id, "plain": vault.decrypt(cipher, purpose)} for row_id, cipher in chunk if cipher]
        _update(rows, {plain: "plain"}, values)


def _chunks(rows: Any, source: Any) -> Iterator[Sequence[Any]]:
    bind = op.get_bind()
    last_id = 0
    while True:
        chunk = bind.execute(
            sa.select(rows.c.id, source)
            .where(rows.c.id > last_id, source.isnot(None))
            .order_by(rows.c.id)
            .limit(CHUNK_ROWS)
        ).all()
        if not chunk:
            return
        yield chunk
        last_id = chunk[-1][0]


def _update(rows: Any, columns: dict[str, str], values: list[dict[str, Any]]) -> None:
    if values:
        statement = rows.update().where(rows.c.id == sa.bindparam("row_id"))
        op.get_bind().execute(statement.values({c: sa.bindparam(p) for c, p in columns.items()}), values)


def _vault() -> Any:
    """The service's own keys: those of the settings passed to app.migrate, else of the environment."""
    from app.config import Settings
    from app.keys import load_keys
    from app.services.privacy.vault import Vault

    settings = context.config.attributes.get("settings") or Settings()
    return Vault(load_keys(settings))
