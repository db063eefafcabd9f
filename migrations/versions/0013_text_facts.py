"""facts read from the text of postings and profiles

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-04 07:00:00

Licences, hours, meals and housing, place of work, physical demands, graduation and the like, read from the
words (matching.facts) with the words they came from. Filled for existing rows when the service next builds
its indexes (facts_version NULL counts as stale), not here: reading needs the service's consent rules.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0013"
down_revision: str | None = "0012"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    for table in ("jobs", "jobseekers"):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(sa.Column("facts", sa.JSON(), server_default="[]", nullable=False))
            batch_op.add_column(sa.Column("facts_version", sa.String(length=16), nullable=True))


def downgrade() -> None:
    for table in ("jobs", "jobseekers"):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column("facts_version")
            batch_op.drop_column("facts")
