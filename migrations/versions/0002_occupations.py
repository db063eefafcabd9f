"""occupation codes on jobs and jobseekers

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-21 14:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLES = ("jobs", "jobseekers")


def upgrade() -> None:
    # Existing rows get codes at the next start: their coding_version is NULL, so the index
    # rebuild codes them from their stored text.
    for table in TABLES:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(sa.Column("occupations", sa.JSON(), nullable=False, server_default="[]"))
            batch_op.add_column(sa.Column("occupation_code", sa.String(length=10), nullable=True))
            batch_op.add_column(sa.Column("coding_version", sa.String(length=16), nullable=True))
            batch_op.create_index(batch_op.f(f"ix_{table}_occupation_code"), ["occupation_code"], unique=False)


def downgrade() -> None:
    for table in TABLES:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_index(batch_op.f(f"ix_{table}_occupation_code"))
            batch_op.drop_column("coding_version")
            batch_op.drop_column("occupation_code")
            batch_op.drop_column("occupations")
