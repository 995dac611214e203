"""The search index again, now that a word's one-letter prepositions and stacked clitics are
set aside as well as its article and و (`rasd.text.clitics`): reports stored before are
folded the way new ones and queries are.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-09
"""

from collections.abc import Sequence

from alembic import op

from rasd.store.search import reindex

revision: str = "0008"
down_revision: str | Sequence[str] | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Upgrade schema."""
    reindex(op.get_bind())


def downgrade() -> None:
    """Downgrade schema (the index stays as 0008 folded it: a query still finds it)."""
