"""seekers shown on an employer's match page, one of the links employer-reported events need

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-04 05:30:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "shown_matches",
        sa.Column("job_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column("jobseeker_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column("shown_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["job_id"], ["jobs.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["jobseeker_id"], ["jobseekers.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("job_id", "jobseeker_id"),
    )
    op.create_index("ix_shown_matches_jobseeker_id", "shown_matches", ["jobseeker_id"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_shown_matches_jobseeker_id", table_name="shown_matches")
    op.drop_table("shown_matches")
