"""pushes, outbox, events; seekers gain push consent and channel

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-21 12:21:34.029801
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "push_runs",
        sa.Column("id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("shard", sa.String(length=20), nullable=False),
        sa.Column("slot", sa.String(length=60), nullable=True),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("as_of", sa.DateTime(timezone=True), nullable=False),
        sa.Column("finished_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("counts", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_push_runs")),
        sa.UniqueConstraint("slot", name=op.f("uq_push_runs_slot")),
    )
    op.create_table(
        "pushes",
        sa.Column("id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column("audience", sa.String(length=10), nullable=False),
        sa.Column("jobseeker_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=True),
        sa.Column("employer_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=True),
        sa.Column("run_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=True),
        sa.Column("channel", sa.String(length=10), nullable=False),
        sa.Column("personalised", sa.Boolean(), nullable=False),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("next_attempt_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("lease_until", sa.DateTime(timezone=True), nullable=True),
        sa.Column("last_error", sa.Text(), nullable=True),
        sa.Column("request_id", sa.String(length=32), nullable=False),
        sa.Column("as_of", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("sent_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["employer_id"], ["employers.id"], name=op.f("fk_pushes_employer_id_employers"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["jobseeker_id"], ["jobseekers.id"], name=op.f("fk_pushes_jobseeker_id_jobseekers"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["run_id"], ["push_runs.id"], name=op.f("fk_pushes_run_id_push_runs"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_pushes")),
        sa.UniqueConstraint("request_id", name=op.f("uq_pushes_request_id")),
    )
    with op.batch_alter_table("pushes", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_pushes_created_at"), ["created_at"], unique=False)
        batch_op.create_index("ix_pushes_due", ["status", "next_attempt_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_pushes_employer_id"), ["employer_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_pushes_jobseeker_id"), ["jobseeker_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_pushes_run_id"), ["run_id"], unique=False)

    op.create_table(
        "events",
        sa.Column("id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column("type", sa.String(length=12), nullable=False),
        sa.Column("job_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=True),
        sa.Column("jobseeker_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=True),
        sa.Column("request_id", sa.String(length=32), nullable=True),
        sa.Column("district_code", sa.String(length=12), nullable=True),
        sa.Column("group_bits", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["job_id"], ["jobs.id"], name=op.f("fk_events_job_id_jobs"), ondelete="SET NULL"),
        sa.ForeignKeyConstraint(
            ["jobseeker_id"], ["jobseekers.id"], name=op.f("fk_events_jobseeker_id_jobseekers"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_events")),
    )
    with op.batch_alter_table("events", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_events_district_code"), ["district_code"], unique=False)
        batch_op.create_index(batch_op.f("ix_events_request_id"), ["request_id"], unique=False)
        batch_op.create_index("ix_events_seeker_job", ["jobseeker_id", "job_id"], unique=False)
        batch_op.create_index("ix_events_type_created", ["type", "created_at"], unique=False)

    op.create_table(
        "push_items",
        sa.Column("id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column("push_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column("audience", sa.String(length=10), nullable=False),
        sa.Column("jobseeker_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column("job_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column("rank", sa.Integer(), nullable=False),
        sa.Column("score", sa.Float(), nullable=False),
        sa.Column("distance_km", sa.Float(), nullable=False),
        sa.Column("explanation", sa.String(length=300), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["job_id"], ["jobs.id"], name=op.f("fk_push_items_job_id_jobs"), ondelete="CASCADE"),
        sa.ForeignKeyConstraint(
            ["jobseeker_id"], ["jobseekers.id"], name=op.f("fk_push_items_jobseeker_id_jobseekers"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["push_id"], ["pushes.id"], name=op.f("fk_push_items_push_id_pushes"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_push_items")),
        sa.UniqueConstraint("audience", "jobseeker_id", "job_id", name="uq_push_items_pair"),
    )
    with op.batch_alter_table("push_items", schema=None) as batch_op:
        batch_op.create_index("ix_push_items_job_created", ["job_id", "created_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_push_items_jobseeker_id"), ["jobseeker_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_push_items_push_id"), ["push_id"], unique=False)

    with op.batch_alter_table("jobseekers", schema=None) as batch_op:
        batch_op.add_column(sa.Column("push_consent", sa.String(length=20), server_default="off", nullable=False))
        batch_op.add_column(sa.Column("push_channel", sa.String(length=10), server_default="inbox", nullable=False))
        batch_op.add_column(sa.Column("wechat_openid", sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column("wechat_subscribed", sa.Boolean(), server_default=sa.false(), nullable=False))


def downgrade() -> None:
    with op.batch_alter_table("jobseekers", schema=None) as batch_op:
        batch_op.drop_column("wechat_subscribed")
        batch_op.drop_column("wechat_openid")
        batch_op.drop_column("push_channel")
        batch_op.drop_column("push_consent")

    with op.batch_alter_table("push_items", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_push_items_push_id"))
        batch_op.drop_index(batch_op.f("ix_push_items_jobseeker_id"))
        batch_op.drop_index("ix_push_items_job_created")

    op.drop_table("push_items")
    with op.batch_alter_table("events", schema=None) as batch_op:
        batch_op.drop_index("ix_events_type_created")
        batch_op.drop_index("ix_events_seeker_job")
        batch_op.drop_index(batch_op.f("ix_events_request_id"))
        batch_op.drop_index(batch_op.f("ix_events_district_code"))

    op.drop_table("events")
    with op.batch_alter_table("pushes", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_pushes_run_id"))
        batch_op.drop_index(batch_op.f("ix_pushes_jobseeker_id"))
        batch_op.drop_index(batch_op.f("ix_pushes_employer_id"))
        batch_op.drop_index("ix_pushes_due")
        batch_op.drop_index(batch_op.f("ix_pushes_created_at"))

    op.drop_table("pushes")
    op.drop_table("push_runs")
