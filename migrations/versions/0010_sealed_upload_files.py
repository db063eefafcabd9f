"""uploaded sheets sealed at rest

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-04 05:00:00

An uploaded sheet holds every contact phone it lists; it was kept in the clear. Each stored file is sealed
here with the vault key of the settings `jobcircle migrate` runs with (AES-256-GCM, as phones are), one file
at a time, and the key's id kept beside it.
"""

from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from alembic import context, op

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

CONTEXT = "upload_files.content"  # app.services.privacy.pii.UPLOAD_FILE


def upgrade() -> None:
    with op.batch_alter_table("upload_files", schema=None) as batch_op:
        batch_op.add_column(sa.Column("key_id", sa.String(length=16), nullable=True))
    files = sa.table(
        "upload_files",
        sa.column("upload_id", sa.Integer),
        sa.column("key_id", sa.String),
        sa.column("content", sa.LargeBinary),
    )
    connection = op.get_bind()
    ids = connection.execute(sa.select(files.c.upload_id)).scalars().all()
    vault = _vault() if ids else None
    for upload_id in ids:  # one at a time: a sheet may be 20 MB
        plain = connection.execute(sa.select(files.c.content).where(files.c.upload_id == upload_id)).scalar_one()
        key_id, sealed = vault.seal_bytes(bytes(plain), CONTEXT)
        connection.execute(files.update().where(files.c.upload_id == upload_id).values(key_id=key_id, content=sealed))
    with op.batch_alter_table("upload_files", schema=None) as batch_op:
        batch_op.alter_column("key_id", existing_type=sa.String(length=16), nullable=False)


def downgrade() -> None:
    files = sa.table(
        "upload_files",
        sa.column("upload_id", sa.Integer),
        sa.column("key_id", sa.String),
        sa.column("content", sa.LargeBinary),
    )
    connection = op.get_bind()
    rows = connection.execute(sa.select(files.c.upload_id, files.c.key_id)).all()
    vault = _vault() if rows else None
    for upload_id, key_id in rows:
        sealed = connection.execute(sa.select(files.c.content).where(files.c.upload_id == upload_id)).scalar_one()
        plain = vault.open_bytes(key_id, bytes(sealed), CONTEXT)
        connection.execute(files.update().where(files.c.upload_id == upload_id).values(content=plain))
    with op.batch_alter_table("upload_files", schema=None) as batch_op:
        batch_op.drop_column("key_id")


def _vault() -> Any:
    """The service's own keys: those of the settings passed to app.migrate, else of the environment."""
    from app.config import Settings
    from app.keys import load_keys
    from app.services.privacy.vault import Vault

    settings = context.config.attributes.get("settings") or Settings()
    return Vault(load_keys(settings))
