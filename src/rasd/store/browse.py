"""What the dashboard and the REST API read, as plain records: one event with its report
and audit trail, one incident with its sources, a report, lists, map points, the timeline
and the choices for the filters.

The web layer reads and writes only through `Store` (which wraps these) and never writes
SQL of its own, so every query lives in `rasd.store` beside the schema it depends on, and
runs on SQLite and PostgreSQL alike.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import Any

from sqlalchemy import Engine, and_, func, or_, select

from rasd.store.export import event_record, event_records, incident_records, incident_sources
from rasd.store.query import (
    ALL,
    EventQuery,
    count_events,
    count_incidents,
    event_conditions,
    select_events,
    select_points,
)
from rasd.store.review import NotFound, audit_entries, count_audit
from rasd.store.schema import audit_log, documents, events, incidents

__all__ = ["audit", "audit_choices", "audit_count", "count", "document_detail", "event_detail",
           "filter_choices", "incident_detail", "list_events", "list_incidents", "map_points",
           "queue_neighbour", "timeline"]


def _plain(value: Any) -> Any:
    return value.isoformat() if isinstance(value, dt.date) else value


def event_detail(engine: Engine, event_id: int) -> dict[str, Any]:
    """One event (rejected ones too) with the machine's original reading, its report and
    its last 50 audit entries. Raises `NotFound`."""
    statement = (select_events(EventQuery(include_rejected=True), with_machine=True)
                 .where(events.c.id == event_id))
    with engine.connect() as connection:
        row = connection.execute(statement).mappings().first()
        if row is None:
            raise NotFound(f"no event {event_id}")
        record = event_record(row)
        record["machine"] = row["machine"]
        document = connection.execute(select(documents).where(
            documents.c.id == row["document_id"])).mappings().one()
        record["document_id"] = document["id"]
        record["report"] = {"id": document["id"], "key": document["doc_key"],
                            "title": document["title"], "url": document["url"],
                            "published": _plain(document["published"]),
                            "text": document["text"]}
        record["audit"] = audit_entries(connection, "events", event_id, limit=50)
    return record


def incident_detail(engine: Engine, incident_id: int) -> dict[str, Any]:
    """One incident with every source and its own figure. Raises `NotFound`."""
    with engine.connect() as connection:
        row = connection.execute(select(incidents).where(incidents.c.id == incident_id)
                                 ).mappings().first()
        if row is None:
            raise NotFound(f"no incident {incident_id}")
        sources = incident_sources(connection, [incident_id])[incident_id]
    record = {key: _plain(value) for key, value in row.items()}
    record["incident_id"] = record.pop("id")
    record["sources"] = sources
    return record


def document_detail(engine: Engine, document_id: int) -> dict[str, Any]:
    """One stored report with its metadata. Raises `NotFound`."""
    with engine.connect() as connection:
        row = connection.execute(select(documents).where(documents.c.id == document_id)
                                 ).mappings().first()
    if row is None:
        raise NotFound(f"no document {document_id}")
    return {key: _plain(value) for key, value in row.items()}


def list_events(engine: Engine, query: EventQuery = ALL) -> list[dict[str, Any]]:
    with engine.connect() as connection:
        return list(event_records(connection, query))


def map_points(engine: Engine, query: EventQuery = ALL) -> list[list[Any]]:
    """Located events, compact: [id, latitude, longitude, event_type, sub_event_type,
    event_date, fatalities, location_name] each."""
    with engine.connect() as connection:
        return [[row[0], row[1], row[2], row[3], row[4], _plain(row[5]), row[6], row[7]]
                for row in connection.execute(select_points(query))]


def timeline(engine: Engine, query: EventQuery = ALL) -> list[dict[str, Any]]:
    """Events and deaths per day."""
    # On `events` alone (the list's joins change no count), without the list's limit.
    statement = (select(events.c.event_date, func.count(), func.sum(events.c.fatalities))
                 .where(events.c.event_date.is_not(None),
                        *event_conditions(replace(query, limit=None, offset=0)))
                 .group_by(events.c.event_date).order_by(events.c.event_date))
    with engine.connect() as connection:
        return [{"date": day.isoformat() if isinstance(day, dt.date) else str(day),
                 "events": count, "fatalities": int(killed or 0)}
                for day, count, killed in connection.execute(statement)]


def list_incidents(engine: Engine, query: EventQuery = ALL, *, min_sources: int = 1,
                   limit: int | None = None) -> list[dict[str, Any]]:
    """Incidents matching `query` (its filters, sort, `min_sources`, limit and offset), each
    with its sources."""
    wanted = replace(query, min_sources=max(min_sources, query.min_sources),
                     limit=limit if limit is not None else query.limit)
    with engine.connect() as connection:
        return list(incident_records(connection, wanted))


def count(engine: Engine, query: EventQuery = ALL, *, incidents: bool = False) -> int:
    """How many events (or incidents) match `query`, whatever its limit and offset."""
    statement = count_incidents(query) if incidents else count_events(query)
    with engine.connect() as connection:
        return int(connection.execute(statement).scalar_one())


def _queue_key() -> Any:
    # Lowest confidence first; events without a confidence after every scored one.
    return func.coalesce(events.c.confidence, 2.0)


def queue_neighbour(engine: Engine, event_id: int | None = None, *,
                    backwards: bool = False, query: EventQuery = ALL) -> int | None:
    """The review queue: unreviewed events matching the filters of `query` (those of the
    events list: dates, governorates, type, actor, deaths, text, mapped), lowest
    `confidence` first (then by id). Returns the id of the unreviewed event after `event_id`
    in that order (before it, `backwards`), or the queue's first when `event_id` is None;
    None at the end. `event_id` need not be unreviewed itself, nor match: after accepting
    it, the next is still the one after it."""
    key = _queue_key()
    filters = event_conditions(replace(query, review_state="unreviewed", limit=None,
                                       offset=0, sort=None))
    statement = select(events.c.id).where(*filters)
    with engine.connect() as connection:
        if event_id is not None:
            mine = connection.execute(select(key).where(events.c.id == event_id)).scalar()
            if mine is None:
                raise NotFound(f"no event {event_id}")
            after = or_(key > mine, and_(key == mine, events.c.id > event_id))
            before = or_(key < mine, and_(key == mine, events.c.id < event_id))
            statement = statement.where(before if backwards else after)
        order = [key.desc(), events.c.id.desc()] if backwards else [key, events.c.id]
        found = connection.execute(statement.order_by(*order).limit(1)).scalar()
    return None if found is None else int(found)


def filter_choices(engine: Engine) -> dict[str, list[str]]:
    """The governorates and event types present, for the filter menus."""
    with engine.connect() as connection:
        governorates = list(connection.execute(
            select(events.c.admin1).where(events.c.admin1.is_not(None))
            .group_by(events.c.admin1).order_by(events.c.admin1)).scalars())
        types = list(connection.execute(
            select(events.c.sub_event_type).group_by(events.c.sub_event_type)
            .order_by(events.c.sub_event_type)).scalars())
    return {"governorates": governorates, "types": types}


def audit(engine: Engine, table: str | None = None, row_id: int | None = None,
          limit: int = 200, *, actor: str | None = None, action: str | None = None,
          people_only: bool = False, offset: int = 0) -> list[dict[str, Any]]:
    """Audit entries, newest first, filtered (see `rasd.store.review.audit_entries`)."""
    with engine.connect() as connection:
        return audit_entries(connection, table, row_id, limit, actor=actor, action=action,
                             people_only=people_only, offset=offset)


def audit_count(engine: Engine, table: str | None = None, row_id: int | None = None, *,
                actor: str | None = None, action: str | None = None,
                people_only: bool = False) -> int:
    with engine.connect() as connection:
        return count_audit(connection, table, row_id, actor=actor, action=action,
                           people_only=people_only)


def audit_choices(engine: Engine) -> dict[str, list[str]]:
    """The actors, actions and tables in the audit log, for the filter menus."""
    with engine.connect() as connection:
        return {name: [value for value in connection.execute(
            select(column).group_by(column).order_by(column)).scalars()]
            for name, column in (("actors", audit_log.c.actor), ("actions", audit_log.c.action),
                                 ("tables", audit_log.c.table_name))}
