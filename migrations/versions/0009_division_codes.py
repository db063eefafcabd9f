"""the division code stored with a posting's and a fair's point

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-04 04:20:00

Access checks read the 区划代码 a posting or fair was placed in, instead of placing its point again through a
process-wide gazetteer on every check. Existing rows get the code their point resolves to today.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from matching.gazetteer import Gazetteer
from matching.geo import GeoPoint

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLES = ("jobs", "fairs")


def upgrade() -> None:
    for table in TABLES:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(sa.Column("division_code", sa.String(length=12), nullable=True))
            batch_op.create_index(f"ix_{table}_division_code", ["division_code"], unique=False)
    gazetteer = Gazetteer.load()
    connection = op.get_bind()
    for table in TABLES:
        rows = connection.execute(sa.text(f"SELECT id, lat, lon FROM {table} WHERE lat IS NOT NULL")).all()
        codes = [{"id": id_, "code": gazetteer.division_of(GeoPoint(lat, lon))} for id_, lat, lon in rows]
        if codes:
            connection.execute(sa.text(f"UPDATE {table} SET division_code = :code WHERE id = :id"), codes)


def downgrade() -> None:
    for table in TABLES:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_index(f"ix_{table}_division_code")
            batch_op.drop_column("division_code")
