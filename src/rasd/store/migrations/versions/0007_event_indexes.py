"""Indexes for the dashboard over a hundred thousand events: a governorate over a date range
in date order, with the deaths and review state (replacing the index on the governorate
alone); the date and id with every column the map's points, the counts and the timeline
read (replacing the index on the date alone), so they never read the wide rows; the review state
with the confidence (the review queue) and the sub-event type (its menu and filter).

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
        batch_op.create_index("ix_events_map", [
            "event_date", "id", "review_state", "fatalities", "latitude", "longitude",
            "event_type", "sub_event_type", "location_name"], unique=False)
        batch_op.create_index("ix_events_admin1_cover",
                              ["admin1", "event_date", "fatalities", "review_state"],
                              unique=False)
        batch_op.create_index(batch_op.f("ix_events_review_state_confidence"),
                              ["review_state", "confidence"], unique=False)
        batch_op.create_index(batch_op.f("ix_events_sub_event_type"), ["sub_event_type"],
                              unique=False)


def downgrade() -> None:
    """Downgrade schema."""
    with op.batch_alter_table("events") as batch_op:
        batch_op.drop_index(batch_op.f("ix_events_sub_event_type"))
        batch_op.drop_index(batch_op.f("ix_events_review_state_confidence"))
        batch_op.drop_index("ix_events_admin1_cover")
        batch_op.drop_index("ix_events_map")
        batch_op.create_index(batch_op.f("ix_events_admin1"), ["admin1"], unique=False)
        batch_op.create_index(batch_op.f("ix_events_event_date"), ["event_date"], unique=False)
