"""communities, stations, employments, programme fields

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-21 13:01:35.917411
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "communities",
        sa.Column("code", sa.String(length=12), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=False),
        sa.Column("county_code", sa.String(length=6), nullable=False),
        sa.Column("county", sa.String(length=30), nullable=False),
        sa.Column("town", sa.String(length=50), nullable=False),
        sa.Column("city", sa.String(length=30), nullable=False),
        sa.Column("lat", sa.Float(), nullable=False),
        sa.Column("lon", sa.Float(), nullable=False),
        sa.PrimaryKeyConstraint("code", name=op.f("pk_communities")),
    )
    with op.batch_alter_table("communities", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_communities_county_code"), ["county_code"], unique=False)

    op.create_table(
        "stations",
        sa.Column("id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("kind", sa.String(length=12), nullable=False),
        sa.Column("community_code", sa.String(length=12), nullable=False),
        sa.Column("address", sa.String(length=200), nullable=False),
        sa.Column("lat", sa.Float(), nullable=False),
        sa.Column("lon", sa.Float(), nullable=False),
        sa.Column("opening_hours", sa.String(length=50), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["community_code"],
            ["communities.code"],
            name=op.f("fk_stations_community_code_communities"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_stations")),
    )
    with op.batch_alter_table("stations", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_stations_community_code"), ["community_code"], unique=False)

    op.create_table(
        "employments",
        sa.Column("id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column("jobseeker_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=True),
        sa.Column("job_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=True),
        sa.Column("employer_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=True),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("started_on", sa.Date(), nullable=False),
        sa.Column("ended_on", sa.Date(), nullable=True),
        sa.Column("contract_months", sa.Integer(), nullable=False),
        sa.Column("social_insurance", sa.Boolean(), nullable=False),
        sa.Column("monthly_wage_yuan", sa.Float(), nullable=False),
        sa.Column("claimable", sa.Boolean(), nullable=False),
        sa.Column("community_code", sa.String(length=12), nullable=True),
        sa.Column("district_code", sa.String(length=6), nullable=True),
        sa.Column("household_id", sa.String(length=32), nullable=True),
        sa.Column("group_bits", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["employer_id"], ["employers.id"], name=op.f("fk_employments_employer_id_employers"), ondelete="SET NULL"
        ),
        sa.ForeignKeyConstraint(["job_id"], ["jobs.id"], name=op.f("fk_employments_job_id_jobs"), ondelete="SET NULL"),
        sa.ForeignKeyConstraint(
            ["jobseeker_id"],
            ["jobseekers.id"],
            name=op.f("fk_employments_jobseeker_id_jobseekers"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_employments")),
    )
    with op.batch_alter_table("employments", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_employments_community_code"), ["community_code"], unique=False)
        batch_op.create_index(batch_op.f("ix_employments_district_code"), ["district_code"], unique=False)
        batch_op.create_index("ix_employments_seeker_started", ["jobseeker_id", "started_on"], unique=False)
        batch_op.create_index(batch_op.f("ix_employments_started_on"), ["started_on"], unique=False)

    with op.batch_alter_table("events", schema=None) as batch_op:
        batch_op.add_column(sa.Column("community_code", sa.String(length=12), nullable=True))
        batch_op.create_index(batch_op.f("ix_events_community_code"), ["community_code"], unique=False)

    with op.batch_alter_table("jobs", schema=None) as batch_op:
        batch_op.add_column(sa.Column("internship_months", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("shifts", sa.JSON(), server_default=sa.text("'[]'"), nullable=False))

    with op.batch_alter_table("jobseekers", schema=None) as batch_op:
        batch_op.add_column(sa.Column("birth_date", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("graduation_date", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("employment_status", sa.String(length=12), nullable=True))
        batch_op.add_column(sa.Column("community_code", sa.String(length=12), nullable=True))
        batch_op.add_column(sa.Column("household_id", sa.String(length=32), nullable=True))
        batch_op.create_index(batch_op.f("ix_jobseekers_community_code"), ["community_code"], unique=False)
        batch_op.create_index(batch_op.f("ix_jobseekers_household_id"), ["household_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("jobseekers", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_jobseekers_household_id"))
        batch_op.drop_index(batch_op.f("ix_jobseekers_community_code"))
        batch_op.drop_column("household_id")
        batch_op.drop_column("community_code")
        batch_op.drop_column("employment_status")
        batch_op.drop_column("graduation_date")
        batch_op.drop_column("birth_date")

    with op.batch_alter_table("jobs", schema=None) as batch_op:
        batch_op.drop_column("shifts")
        batch_op.drop_column("internship_months")

    with op.batch_alter_table("events", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_events_community_code"))
        batch_op.drop_column("community_code")

    with op.batch_alter_table("employments", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_employments_started_on"))
        batch_op.drop_index("ix_employments_seeker_started")
        batch_op.drop_index(batch_op.f("ix_employments_district_code"))
        batch_op.drop_index(batch_op.f("ix_employments_community_code"))

    op.drop_table("employments")
    with op.batch_alter_table("stations", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_stations_community_code"))

    op.drop_table("stations")
    with op.batch_alter_table("communities", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_communities_county_code"))

    op.drop_table("communities")
