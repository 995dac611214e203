"""The tables of a rasd database, one schema for SQLite and PostgreSQL.

Reports go in `documents` (once each, keyed by a hash of their text), the events read in
them in `events` (every field of the output contract, with the evidence spans), and events
that several reports tell of are grouped in `incidents` through `incident_members`.
`sources` names the outlets and channels, and `audit_log` records every change with who
made it, when, and the value before and after.

Migrations in `rasd/store/migrations` create this schema; a test checks that they and this
module agree.
"""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)

metadata = MetaData(naming_convention={
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
})

sources = Table(
    "sources", metadata,
    Column("id", Integer, primary_key=True),
    Column("name", String(200), nullable=False, unique=True),
)

documents = Table(
    "documents", metadata,
    Column("id", Integer, primary_key=True),
    Column("content_hash", String(64), nullable=False, unique=True),
    Column("doc_key", String(300), nullable=False, default=""),
    Column("source_id", Integer, ForeignKey("sources.id"), nullable=True),
    Column("url", Text, nullable=False, default=""),
    Column("title", Text, nullable=False, default=""),
    Column("published", Date, nullable=True),
    Column("origin", Text, nullable=False, default=""),
    Column("encoding", String(40), nullable=False, default="utf-8"),
    Column("text", Text, nullable=False),
    Column("event_count", Integer, nullable=False, default=0),
    Column("ingested_at", DateTime(timezone=True), nullable=False),
    Column("rasd_version", String(40), nullable=False, default=""),
)
Index(None, documents.c.doc_key)

incidents = Table(
    "incidents", metadata,
    Column("id", Integer, primary_key=True),
    Column("event_type", String(80), nullable=False),
    Column("sub_event_type", String(120), nullable=False),
    Column("date_first", Date, nullable=True),
    Column("date_last", Date, nullable=True),
    Column("location_name", Text, nullable=False, default=""),
    Column("gazetteer_id", String(80), nullable=True),
    Column("admin1", Text, nullable=True),
    Column("admin2", Text, nullable=True),
    Column("latitude", Float, nullable=True),
    Column("longitude", Float, nullable=True),
    Column("geo_precision", Integer, nullable=True),
    Column("fatalities_min", Integer, nullable=False, default=0),
    Column("fatalities_max", Integer, nullable=False, default=0),
    Column("fatalities", Integer, nullable=False, default=0),
    Column("source_count", Integer, nullable=False, default=0),
    Column("outlet_count", Integer, nullable=False, default=0),
    Column("grade", String(20), nullable=False, default="weak"),
    Column("updated_at", DateTime(timezone=True), nullable=False),
)
Index(None, incidents.c.event_type, incidents.c.date_first)

events = Table(
    "events", metadata,
    Column("id", Integer, primary_key=True),
    Column("document_id", Integer, ForeignKey("documents.id", ondelete="CASCADE"),
           nullable=False),
    Column("ordinal", Integer, nullable=False),
    Column("event_type", String(80), nullable=False),
    Column("sub_event_type", String(120), nullable=False),
    Column("event_date", Date, nullable=True),
    Column("time_precision", Integer, nullable=True),
    Column("actor1", Text, nullable=True),
    Column("actor2", Text, nullable=True),
    Column("location_name", Text, nullable=False, default=""),
    Column("country", Text, nullable=True),
    Column("admin1", Text, nullable=True),
    Column("admin2", Text, nullable=True),
    Column("admin3", Text, nullable=True),
    Column("latitude", Float, nullable=True),
    Column("longitude", Float, nullable=True),
    Column("geo_precision", Integer, nullable=True),
    Column("gazetteer_id", String(80), nullable=True),
    Column("fatalities", Integer, nullable=False, default=0),
    Column("injuries", Integer, nullable=True),
    Column("civilian_targeting", Boolean, nullable=False, default=False),
    Column("confidence", Float, nullable=True),
    Column("evidence", JSON, nullable=False),
    Column("provenance", JSON, nullable=False),
    Column("notes", Text, nullable=False, default=""),
    Column("review_state", String(20), nullable=False, default="unreviewed"),
    Column("machine", JSON, nullable=False),
    UniqueConstraint("document_id", "ordinal"),
)
# Date and id first (the map's order), then everything the map's points, the counts, the
# timeline and the count of events without a map point read: each of those is a scan of
# this index alone, never of the wide rows (evidence, provenance, the machine's copy).
Index("ix_events_map", events.c.event_date, events.c.id, events.c.review_state,
      events.c.fatalities, events.c.latitude, events.c.longitude, events.c.event_type,
      events.c.sub_event_type, events.c.location_name)
# The dashboard's common filter, a governorate over a date range, read in date order (the
# id, the last key of every SQLite index, breaks ties): no sort, no scan; with the deaths
# and the review state, a count of it never reads the wide rows.
Index("ix_events_admin1_cover", events.c.admin1, events.c.event_date, events.c.fatalities,
      events.c.review_state)
# Counts leave rejected events out, and the review queue is the unreviewed ones by confidence.
Index(None, events.c.review_state, events.c.confidence)
# The type menu and the type filter.
Index(None, events.c.sub_event_type)

incident_members = Table(
    "incident_members", metadata,
    Column("event_id", Integer, ForeignKey("events.id", ondelete="CASCADE"),
           primary_key=True),
    Column("incident_id", Integer, ForeignKey("incidents.id", ondelete="CASCADE"),
           nullable=False),
)
Index(None, incident_members.c.incident_id)

audit_log = Table(
    "audit_log", metadata,
    Column("id", Integer, primary_key=True),
    Column("at", DateTime(timezone=True), nullable=False),
    Column("actor", String(200), nullable=False),
    Column("action", String(40), nullable=False),
    Column("table_name", String(40), nullable=False),
    Column("row_id", Integer, nullable=True),
    Column("before", JSON, nullable=True),
    Column("after", JSON, nullable=True),
)
Index(None, audit_log.c.table_name, audit_log.c.row_id)

users = Table(
    "users", metadata,
    Column("id", Integer, primary_key=True),
    Column("username", String(100), nullable=False, unique=True),
    Column("password_hash", Text, nullable=False),
    Column("role", String(20), nullable=False),  # viewer, reviewer or admin
    Column("must_change_password", Boolean, nullable=False, default=False),
    Column("disabled", Boolean, nullable=False, default=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
)

# Browser sessions and API tokens are stored as SHA-256 digests: a stolen database does not
# hand out working credentials.
sessions = Table(
    "sessions", metadata,
    Column("token_hash", String(64), primary_key=True),
    Column("user_id", Integer, ForeignKey("users.id", ondelete="CASCADE"), nullable=False),
    Column("csrf_token", String(64), nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("expires_at", DateTime(timezone=True), nullable=False),
)

api_tokens = Table(
    "api_tokens", metadata,
    Column("id", Integer, primary_key=True),
    Column("token_hash", String(64), nullable=False, unique=True),
    Column("user_id", Integer, ForeignKey("users.id", ondelete="CASCADE"), nullable=False),
    Column("name", String(200), nullable=False, default=""),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("last_used_at", DateTime(timezone=True), nullable=True),
    # The token's own role, never above its owner's (checked again at each use); empty means
    # the owner's role.
    Column("role", String(20), nullable=True),
    Column("expires_at", DateTime(timezone=True), nullable=True),
    Column("revoked_at", DateTime(timezone=True), nullable=True),
)

# Wrong passwords, one row per failure and per key (an account or a client address, as a
# SHA-256 digest: fixed size, and no user names typed by strangers kept in clear). In the
# database, not in a server's memory, so every worker of a deployment counts the same
# failures; rows older than the throttle's window are deleted as new ones come.
login_failures = Table(
    "login_failures", metadata,
    Column("id", Integer, primary_key=True),
    Column("key", String(64), nullable=False),
    Column("at", Float, nullable=False),  # seconds, on the throttle's clock
)
Index(None, login_failures.c.key, login_failures.c.at)
Index(None, login_failures.c.at)
