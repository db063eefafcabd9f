"""cases (一人一策) with steps, contacts and an action log; 1+3+1 records for migrant workers

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-04 17:40:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0017"
down_revision: str | None = "0016"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")
NUMBERED = {"sqlite_autoincrement": True}  # ids never reused (0012)


def _id() -> sa.Column[int]:
    return sa.Column("id", ID, nullable=False)


def _at(name: str, nullable: bool = False) -> sa.Column[object]:
    return sa.Column(name, sa.DateTime(timezone=True), nullable=nullable)


def upgrade() -> None:
    op.create_table(
        "cases",
        _id(),
        sa.Column("jobseeker_id", ID, nullable=False),
        sa.Column("community_code", sa.String(length=12), nullable=True),
        sa.Column("district_code", sa.String(length=6), nullable=True),
        sa.Column("bases", sa.JSON(), nullable=False),
        sa.Column("owner_id", ID, nullable=True),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("needs_cipher", sa.Text(), nullable=False),
        sa.Column("opened_by", sa.BigInteger(), nullable=False),
        sa.Column("opened_on", sa.Date(), nullable=False),
        sa.Column("last_contact_on", sa.Date(), nullable=True),
        sa.Column("closed_on", sa.Date(), nullable=True),
        sa.Column("closed_by", sa.BigInteger(), nullable=True),
        sa.Column("close_reason_cipher", sa.Text(), nullable=True),
        sa.Column("employment_id", ID, nullable=True),
        _at("created_at"),
        _at("updated_at"),
        sa.ForeignKeyConstraint(
            ["jobseeker_id"], ["jobseekers.id"], name=op.f("fk_cases_jobseeker_id_jobseekers"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(["owner_id"], ["users.id"], name=op.f("fk_cases_owner_id_users"), ondelete="SET NULL"),
        sa.ForeignKeyConstraint(
            ["employment_id"],
            ["employments.id"],
            name=op.f("fk_cases_employment_id_employments"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_cases")),
        **NUMBERED,
    )
    op.create_index(op.f("ix_cases_jobseeker_id"), "cases", ["jobseeker_id"])
    op.create_index(op.f("ix_cases_community_code"), "cases", ["community_code"])
    op.create_index("ix_cases_status_district", "cases", ["status", "district_code"])
    op.create_table(
        "case_steps",
        _id(),
        sa.Column("case_id", ID, nullable=False),
        sa.Column("kind", sa.String(length=24), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=False),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("note_cipher", sa.Text(), nullable=True),
        sa.Column("outcome_cipher", sa.Text(), nullable=True),
        sa.Column("jobs", sa.JSON(), nullable=False),
        sa.Column("created_by", sa.BigInteger(), nullable=False),
        _at("created_at"),
        _at("updated_at"),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_case_steps_case_id_cases"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_case_steps")),
        **NUMBERED,
    )
    op.create_index(op.f("ix_case_steps_case_id"), "case_steps", ["case_id"])
    op.create_index("ix_case_steps_status_due", "case_steps", ["status", "due_on"])
    op.create_table(
        "case_contacts",
        _id(),
        sa.Column("case_id", ID, nullable=False),
        sa.Column("contacted_on", sa.Date(), nullable=False),
        sa.Column("channel", sa.String(length=10), nullable=False),
        sa.Column("note_cipher", sa.Text(), nullable=False),
        sa.Column("by_user_id", sa.BigInteger(), nullable=False),
        _at("created_at"),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_case_contacts_case_id_cases"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_case_contacts")),
        **NUMBERED,
    )
    op.create_index(op.f("ix_case_contacts_case_id"), "case_contacts", ["case_id"])
    op.create_table(
        "case_actions",
        _id(),
        sa.Column("case_id", sa.BigInteger(), nullable=False),
        _at("at"),
        sa.Column("user_id", sa.BigInteger(), nullable=False),
        sa.Column("role", sa.String(length=10), nullable=False),
        sa.Column("action", sa.String(length=30), nullable=False),
        sa.Column("detail", sa.String(length=200), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_case_actions")),
        **NUMBERED,
    )
    op.create_index(op.f("ix_case_actions_case_id"), "case_actions", ["case_id"])
    op.create_table(
        "one_three_one",
        _id(),
        sa.Column("jobseeker_id", ID, nullable=False),
        sa.Column("community_code", sa.String(length=12), nullable=True),
        sa.Column("district_code", sa.String(length=6), nullable=True),
        sa.Column("guidance_on", sa.Date(), nullable=True),
        sa.Column("guidance_by", sa.BigInteger(), nullable=True),
        sa.Column("guidance_note_cipher", sa.Text(), nullable=True),
        sa.Column("jobs", sa.JSON(), nullable=False),
        sa.Column("jobs_by", sa.BigInteger(), nullable=True),
        sa.Column("training_provider", sa.String(length=100), nullable=True),
        sa.Column("training_course", sa.String(length=100), nullable=True),
        sa.Column("training_on", sa.Date(), nullable=True),
        sa.Column("training_by", sa.BigInteger(), nullable=True),
        sa.Column("completed_on", sa.Date(), nullable=True),
        _at("created_at"),
        _at("updated_at"),
        sa.ForeignKeyConstraint(
            ["jobseeker_id"],
            ["jobseekers.id"],
            name=op.f("fk_one_three_one_jobseeker_id_jobseekers"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_one_three_one")),
        sa.UniqueConstraint("jobseeker_id", name=op.f("uq_one_three_one_jobseeker_id")),
        **NUMBERED,
    )
    op.create_index(op.f("ix_one_three_one_district_code"), "one_three_one", ["district_code"])
    op.create_index(op.f("ix_one_three_one_completed_on"), "one_three_one", ["completed_on"])


def downgrade() -> None:
    for table in ("one_three_one", "case_actions", "case_contacts", "case_steps", "cases"):
        op.drop_table(table)
