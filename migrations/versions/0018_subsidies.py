"""placements: 就业见习 interns at a unit, the source rows of subsidy statements

Revision ID: 0018
Revises: 0016
Create Date: 2026-12-04 17:50:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0018"
down_revision: str | None = "0017"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    op.create_table(
        "placements",
        sa.Column("id", ID, nullable=False),
        sa.Column("jobseeker_id", ID, nullable=True),
        sa.Column("employer_id", ID, nullable=False),
        sa.Column("started_on", sa.Date(), nullable=False),
        sa.Column("ended_on", sa.Date(), nullable=False),
        sa.Column("monthly_pay_yuan", sa.Float(), nullable=False),
        sa.Column("contract_months", sa.Integer(), nullable=True),
        sa.Column("contract_signed_on", sa.Date(), nullable=True),
        sa.Column("eligibility", sa.String(length=200), nullable=False),
        sa.Column("community_code", sa.String(length=12), nullable=True),
        sa.Column("district_code", sa.String(length=6), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["employer_id"], ["employers.id"], name=op.f("fk_placements_employer_id_employers")),
        sa.ForeignKeyConstraint(
            ["jobseeker_id"],
            ["jobseekers.id"],
            name=op.f("fk_placements_jobseeker_id_jobseekers"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_placements")),
        sqlite_autoincrement=True,  # ids are never reused (0012)
    )
    for column in ("jobseeker_id", "employer_id", "started_on", "community_code", "district_code"):
        op.create_index(op.f(f"ix_placements_{column}"), "placements", [column], unique=False)


def downgrade() -> None:
    for column in ("district_code", "community_code", "started_on", "employer_id", "jobseeker_id"):
        op.drop_index(op.f(f"ix_placements_{column}"), table_name="placements")
    op.drop_table("placements")
