"""posting screening and review

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-21 10:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("jobs", schema=None) as batch_op:
        batch_op.add_column(sa.Column("screening", sa.JSON(), nullable=True))


def downgrade() -> None:
    # Held postings have no status without screening: they go back to closed, never silently open.
    op.execute("UPDATE jobs SET status = 'closed' WHERE status = 'review'")
    with op.batch_alter_table("jobs", schema=None) as batch_op:
        batch_op.drop_column("screening")
