"""facts a person or clerk said were misread

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-04 07:50:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0015"
down_revision: str | None = "0014"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    for table in ("jobs", "jobseekers"):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(sa.Column("rejected_facts", sa.JSON(), server_default="[]", nullable=False))


def downgrade() -> None:
    for table in ("jobs", "jobseekers"):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column("rejected_facts")
