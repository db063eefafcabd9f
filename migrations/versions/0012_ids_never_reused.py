"""ids never reused on SQLite

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-04 06:30:00

SQLite hands the id of a deleted row to the next insert unless the table says AUTOINCREMENT; a new seeker
then inherited an erased one's id, and everything still naming that id (audit lines, exports) pointed at the
wrong person. Each table with a surrogate key is rebuilt with AUTOINCREMENT, rows and ids unchanged; its
sqlite_sequence starts at the largest id it holds. The environment turns foreign keys off around SQLite
migrations, so dropping the old copy cascades into nothing. PostgreSQL sequences never go back: no change.
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0012"
down_revision: str | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Written out, not derived from the models: a migration describes the schema as it stood at this revision.
TABLES = (
    "employers",
    "fairs",
    "idempotency_keys",
    "index_changes",
    "jobseekers",
    "pii_reads",
    "push_runs",
    "pushes",
    "stations",
    "users",
    "api_keys",
    "uploads",
    "jobs",
    "upload_issues",
    "employments",
    "events",
    "push_items",
)


def upgrade() -> None:
    _rebuild(autoincrement=True)


def downgrade() -> None:
    _rebuild(autoincrement=False)


def _rebuild(*, autoincrement: bool) -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for table in TABLES:
        with op.batch_alter_table(table, recreate="always", table_kwargs={"sqlite_autoincrement": autoincrement}):
            pass
