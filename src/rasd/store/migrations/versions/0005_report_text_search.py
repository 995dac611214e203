"""Full-text search in report text: an FTS5 table (SQLite) or a `tsvector` column with a
GIN index (PostgreSQL), over the reports' Arabic-normalised text, filled for the reports
already stored (see `rasd.store.search`).

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-02
"""

from collections.abc import Sequence

from alembic import op

from rasd.store.search import create_index, drop_index

revision: str = "0005"
down_revision: str | Sequence[str] | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Upgrade schema."""
    create_index(op.get_bind())


def downgrade() -> None:
    """Downgrade schema."""
    drop_index(op.get_bind())
