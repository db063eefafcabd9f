"""leases for work a killed process leaves behind: a plan shard's, and an idempotency key's commit mark

A shard handed to a worker that died is taken over once its lease runs out. An idempotency key still "being
processed" after its process died is taken over too, unless its request's transaction committed (committed_at).

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-04 14:30:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0016"
down_revision: str | None = "0015"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("push_runs", schema=None) as batch_op:
        batch_op.add_column(sa.Column("lease_until", sa.DateTime(timezone=True), nullable=True))
    with op.batch_alter_table("idempotency_keys", schema=None) as batch_op:
        batch_op.add_column(sa.Column("committed_at", sa.DateTime(timezone=True), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("idempotency_keys", schema=None) as batch_op:
        batch_op.drop_column("committed_at")
    with op.batch_alter_table("push_runs", schema=None) as batch_op:
        batch_op.drop_column("lease_until")
