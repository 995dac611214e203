"""Indexes for the dashboard over a hundred thousand events: a governorate over a date range
in date order (replacing the index on the governorate alone); the date with the review
state, deaths and coordinates (replacing the index on the date alone), which the counts and
the timeline read without the wide rows; the review state with the confidence (the review
queue) and the sub-event type (its menu and filter).

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-09
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0007"
down_revision: str | Sequence[str] | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Upgrade schema."""
    with op.batch_alter_table("events") as batch_op:
        batch_op.drop_index(batch_op.f("ix_events_admin1"))
        batch_op.drop_index(batch_op.f("ix_events_event_date"))
        batch_op.create_index("ix_events_date_cover", ["event_date", "review_state",
                                                       "fatalities", "latitude", "longitude"],
                              unique=False)
        batch_op.create_index(batch_op.f("ix_events_admin1_event_date"),
                              ["admin1", "event_date"], unique=False)
        batch_op.create_index(batch_op.f("ix_events_review_state_confidence"),
                              ["review_state", "confidence"], unique=False)
        batch_op.create_index(batch_op.f("ix_events_sub_event_type"), ["sub_event_type"],
                              unique=False)


def downgrade() -> None:
    """Downgrade schema."""
    with op.batch_alter_table("events") as batch_op:
        batch_op.drop_index(batch_op.f("ix_events_sub_event_type"))
        batch_op.drop_index(batch_op.f("ix_events_review_state_confidence"))
        batch_op.drop_index(batch_op.f("ix_events_admin1_event_date"))
        batch_op.drop_index("ix_events_date_cover")
        batch_op.create_index(batch_op.f("ix_events_admin1"), ["admin1"], unique=False)
        batch_op.create_index(batch_op.f("ix_events_event_date"), ["event_date"], unique=False)
