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

__all__ = ["BREAKDOWNS", "audit", "audit_choices", "audit_count", "count", "deaths_over_time",
           "document_detail", "event_detail", "filter_choices", "incident_detail", "list_events",
           "list_incidents", "map_points", "place_counts", "queue_neighbour", "region_counts",
           "timeline"]


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
    """Events and deaths per day, with the day's events counted by event type (the
    timeline stacks them)."""
    # On `events` alone (the list's joins change no count), without the list's limit.
    statement = (select(events.c.event_date, events.c.event_type, func.count(),
                        func.sum(events.c.fatalities))
                 .where(events.c.event_date.is_not(None),
                        *event_conditions(replace(query, limit=None, offset=0)))
                 .group_by(events.c.event_date, events.c.event_type)
                 .order_by(events.c.event_date, events.c.event_type))
    days: dict[str, dict[str, Any]] = {}
    with engine.connect() as connection:
        for day, event_type, count, killed in connection.execute(statement):
            date = day.isoformat() if isinstance(day, dt.date) else str(day)
            entry = days.setdefault(date, {"date": date, "events": 0, "fatalities": 0,
                                           "types": {}})
            entry["events"] += count
            entry["fatalities"] += int(killed or 0)
            entry["types"][event_type or ""] = count
    return list(days.values())


# What deaths may be broken down by: a column of `events` each.
BREAKDOWNS = {"admin1": "admin1", "actor": "actor1", "type": "event_type"}


def _period_start(day: dt.date, period: str) -> dt.date:
    if period == "week":
        return day - dt.timedelta(days=day.weekday())
    if period == "month":
        return day.replace(day=1)
    return day


def _next_period(day: dt.date, period: str) -> dt.date:
    if period == "month":
        return (day.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
    return day + dt.timedelta(days=7 if period == "week" else 1)


def deaths_over_time(engine: Engine, query: EventQuery = ALL, by: str = "admin1", *,
                     top: int = 6) -> dict[str, Any]:
    """Deaths per period for the `top` governorates (`by="admin1"`), actors (`"actor"`, the
    one who acted: actor1) or event types with the most deaths; the rest are summed as one
    series named None. Periods are days, weeks or months, whichever keeps a chart readable
    (at most about 100), every period present, so a line drops to zero between events."""
    # On `events` alone, like the timeline: the list's joins change no sum
    group = events.c[BREAKDOWNS[by]]
    statement = (select(events.c.event_date, group, func.sum(events.c.fatalities))
                 .where(events.c.event_date.is_not(None), events.c.fatalities > 0,
                        *event_conditions(replace(query, limit=None, offset=0)))
                 .group_by(events.c.event_date, group))
    with engine.connect() as connection:
        rows = [(day if isinstance(day, dt.date) else dt.date.fromisoformat(str(day)),
                 name, int(killed or 0)) for day, name, killed in connection.execute(statement)]
    if not rows:
        return {"by": by, "period": "day", "dates": [], "series": []}
    first, last = min(r[0] for r in rows), max(r[0] for r in rows)
    span = (last - first).days
    period = "day" if span <= 100 else "week" if span <= 700 else "month"
    starts: list[dt.date] = []
    cursor = _period_start(first, period)
    while cursor <= last:
        starts.append(cursor)
        cursor = _next_period(cursor, period)
    at = {day: i for i, day in enumerate(starts)}
    totals: dict[Any, int] = {}
    for _day, name, killed in rows:
        totals[name] = totals.get(name, 0) + killed
    ranked = sorted((n for n in totals if n), key=lambda n: (-totals[n], str(n)))[:top]
    named = {name: [0] * len(starts) for name in ranked}
    other = [0] * len(starts)
    for day, name, killed in rows:
        named.get(name, other)[at[_period_start(day, period)]] += killed
    series = [{"name": name, "total": totals[name], "fatalities": values}
              for name, values in named.items()]
    if any(other):
        series.append({"name": None, "total": sum(other), "fatalities": other})
    return {"by": by, "period": period, "dates": [d.isoformat() for d in starts],
            "series": series}


def region_counts(engine: Engine, query: EventQuery = ALL) -> list[dict[str, Any]]:
    """Events known only to their governorate (an admin1 but no point: ACLED's
    geo_precision 3), counted by governorate with their deaths, for the map to draw at the
    governorate's centre. None when the query asks for located events only."""
    if query.located:
        return []
    statement = (select(events.c.admin1, func.count(), func.sum(events.c.fatalities))
                 .where(events.c.admin1.is_not(None),
                        *event_conditions(replace(query, located=False, limit=None, offset=0,
                                                  sort=None)))
                 .group_by(events.c.admin1).order_by(events.c.admin1))
    with engine.connect() as connection:
        return [{"admin1": admin1, "events": count, "fatalities": int(killed or 0)}
                for admin1, count, killed in connection.execute(statement)]


def place_counts(engine: Engine) -> dict[str, int]:
    """How many events (rejected ones aside) each gazetteer place is the point of: the
    towns the map labels besides the seats of government."""
    statement = (select(events.c.gazetteer_id, func.count())
                 .where(events.c.gazetteer_id.is_not(None),
                        events.c.latitude.is_not(None),
                        events.c.review_state != "rejected")
                 .group_by(events.c.gazetteer_id))
    with engine.connect() as connection:
        return {str(place): int(count) for place, count in connection.execute(statement)}


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
