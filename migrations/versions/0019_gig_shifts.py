"""零工 by the hour and 直播带岗: seekers' free times, stations' reach, a fair's livestream

Revision ID: 0019
Revises: 0016
Create Date: 2026-12-04 17:45:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0019"
down_revision: str | None = "0018"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# recreate="never": SQLite adds and drops these columns in place (3.35+); rebuilding a table would drop the
# AUTOINCREMENT 0012 gave it.
LIVE = ("live_url", "live_platform", "live_room", "live_starts_at", "live_ends_at")


def upgrade() -> None:
    with op.batch_alter_table("jobseekers", schema=None, recreate="never") as batch_op:
        batch_op.add_column(sa.Column("free_times", sa.JSON(), nullable=True))
        batch_op.add_column(sa.Column("gigs_soon_first", sa.Boolean(), server_default=sa.false(), nullable=False))
    with op.batch_alter_table("stations", schema=None, recreate="never") as batch_op:
        batch_op.add_column(sa.Column("reach_km", sa.Float(), server_default="3", nullable=False))
    with op.batch_alter_table("fairs", schema=None, recreate="never") as batch_op:
        batch_op.add_column(sa.Column("live_url", sa.String(length=500), nullable=True))
        batch_op.add_column(sa.Column("live_platform", sa.String(length=20), nullable=True))
        batch_op.add_column(sa.Column("live_room", sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column("live_starts_at", sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column("live_ends_at", sa.DateTime(timezone=True), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("fairs", schema=None, recreate="never") as batch_op:
        for name in reversed(LIVE):
            batch_op.drop_column(name)
    with op.batch_alter_table("stations", schema=None, recreate="never") as batch_op:
        batch_op.drop_column("reach_km")
    with op.batch_alter_table("jobseekers", schema=None, recreate="never") as batch_op:
        batch_op.drop_column("gigs_soon_first")
        batch_op.drop_column("free_times")
