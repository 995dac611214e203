"""Filters over stored events and incidents, as SQLAlchemy selects.

Every filter is a bound parameter, never text pasted into SQL, so a filter value holding
quotes or SQL is only ever a value. Free text is looked up in the report text through the
database's full-text index (`rasd.store.search`), and matched with LIKE (its wildcards
escaped) in the event's own notes, place and actors.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import Select, Table, and_, exists, func, or_, select

from rasd.geo.admin1 import canonical_admin1
from rasd.store.schema import documents, events, incident_members, incidents, sources
from rasd.store.search import matches_text

__all__ = ["ALL", "EVENT_SORTS", "INCIDENT_SORTS", "EventQuery", "count_events",
           "count_incidents", "event_conditions", "select_events", "select_incidents",
           "select_points"]


@dataclass(frozen=True, slots=True)
class EventQuery:
    """What a user asks for: each field left empty does not filter."""

    since: dt.date | None = None
    until: dt.date | None = None
    admin1: str | tuple[str, ...] | None = None  # governorate(s), as rasd writes them
    event_type: str | None = None  # an event type or a sub-event type
    actor: str | None = None  # part of actor1 or actor2
    min_fatalities: int | None = None
    text: str | None = None  # part of the evidence, the place or the actors
    reviewed_only: bool = False
    include_rejected: bool = False  # events a reviewer rejected are left out unless asked
    review_state: str | None = None
    located: bool | None = None  # True: only events with a map point; False: only without
    limit: int | None = None
    offset: int = 0
    sort: str | None = None  # one of SORTS, `-` first for descending; oldest first if None
    min_sources: int = 1  # incidents only: told by at least this many reports


ALL = EventQuery()

# What a list may be sorted by (the web's column headers), each a column of its table.
EVENT_SORTS = {"id": events.c.id, "date": events.c.event_date,
               "type": events.c.sub_event_type, "place": events.c.location_name,
               "admin1": events.c.admin1, "fatalities": events.c.fatalities,
               "confidence": events.c.confidence, "state": events.c.review_state}
INCIDENT_SORTS = {"id": incidents.c.id, "date": incidents.c.date_first,
                  "type": incidents.c.sub_event_type, "place": incidents.c.location_name,
                  "admin1": incidents.c.admin1, "fatalities": incidents.c.fatalities,
                  "sources": incidents.c.source_count, "outlets": incidents.c.outlet_count}


def _order(sort: str | None, columns: dict, default: list, tie: Any  # type: ignore[type-arg]
           ) -> list:  # type: ignore[type-arg]
    """ORDER BY for `sort` (`fatalities`, `-fatalities`, ...): empty values last either
    way, then the id, so pages never overlap. An unknown name is a ValueError."""
    if not sort:
        return default
    name = sort.removeprefix("-")
    if name not in columns:
        raise ValueError(f"sort by one of {', '.join(sorted(columns))}")
    column = columns[name]
    descending = sort.startswith("-")
    return [column.is_(None), column.desc() if descending else column.asc(),
            tie.desc() if descending else tie.asc()]


def _shared_conditions(query: EventQuery, table: Table, first: str, last: str
                       ) -> list:  # type: ignore[type-arg]
    """Conditions events and incidents share: a date range against [first, last] (one
    column for an event, a range for an incident), governorate, type and deaths."""
    columns = table.c
    conditions = []
    if query.since:
        conditions.append(columns[last] >= query.since)
    if query.until:
        conditions.append(columns[first] <= query.until)
    wanted_admin1 = ((query.admin1,) if isinstance(query.admin1, str)
                     else tuple(query.admin1 or ()))
    if any(wanted_admin1):
        # `Idlib` or `إدلب` finds OCHA's `Idleb`; a name rasd does not know is matched as given
        conditions.append(or_(*(
            columns.admin1 == canonical_admin1(name) if canonical_admin1(name) else
            func.lower(columns.admin1) == name.casefold() for name in wanted_admin1 if name)))
    if query.event_type:
        wanted = query.event_type.casefold()
        conditions.append(or_(func.lower(columns.event_type) == wanted,
                              func.lower(columns.sub_event_type) == wanted))
    if query.min_fatalities is not None:
        conditions.append(columns.fatalities >= query.min_fatalities)
    return conditions


def event_conditions(query: EventQuery) -> list:  # type: ignore[type-arg]
    """The WHERE conditions of `query` on `events` alone (no join): for the list, the map,
    the counts and the review queue, which must all select the same events."""
    conditions = _shared_conditions(query, events, "event_date", "event_date")
    if query.actor:
        needle = query.actor.casefold()
        conditions.append(or_(func.lower(events.c.actor1).contains(needle, autoescape=True),
                              func.lower(events.c.actor2).contains(needle, autoescape=True)))
    if query.text and query.text.strip():
        needle = query.text.strip()
        conditions.append(or_(matches_text(needle), *(
            column.contains(needle, autoescape=True) for column in
            (events.c.notes, events.c.location_name, events.c.actor1, events.c.actor2))))
    if query.located is not None:
        has_point = and_(events.c.latitude.is_not(None), events.c.longitude.is_not(None))
        conditions.append(has_point if query.located else ~has_point)
    if query.reviewed_only:
        conditions.append(events.c.review_state.in_(("accepted", "edited")))
    if query.review_state:
        conditions.append(events.c.review_state == query.review_state)
    elif not query.include_rejected:
        conditions.append(events.c.review_state != "rejected")
    return conditions


def select_events(query: EventQuery = ALL, *, with_machine: bool = False
                  ) -> Select:  # type: ignore[type-arg]
    """Events with their report's key, outlet, URL and date, oldest event first. The
    machine's original reading (a JSON copy) is left out unless asked for: lists and exports
    don't need it, and decoding it costs."""
    columns = [c for c in events.c if with_machine or c.name != "machine"]
    statement = (
        select(*columns, documents.c.doc_key, documents.c.url.label("document_url"),
               documents.c.title.label("document_title"),
               documents.c.published.label("document_published"),
               documents.c.ingested_at, sources.c.name.label("source_name"),
               incident_members.c.incident_id)
        .select_from(events.join(documents)
                     .outerjoin(sources, documents.c.source_id == sources.c.id)
                     .outerjoin(incident_members, incident_members.c.event_id == events.c.id))
        .where(and_(True, *event_conditions(query)))
        .order_by(*_order(query.sort, EVENT_SORTS, [events.c.event_date, events.c.id],
                          events.c.id)))
    if query.offset:
        statement = statement.offset(query.offset)
    return statement.limit(query.limit) if query.limit else statement


def select_points(query: EventQuery = ALL) -> Select:  # type: ignore[type-arg]
    """Only what a map needs of each located event matching `query`."""
    statement = (
        select(events.c.id, events.c.latitude, events.c.longitude, events.c.event_type,
               events.c.sub_event_type, events.c.event_date, events.c.fatalities,
               events.c.location_name)
        .where(events.c.latitude.is_not(None), events.c.longitude.is_not(None),
               *event_conditions(query))
        .order_by(events.c.event_date, events.c.id))
    return statement.limit(query.limit) if query.limit else statement


def select_incidents(query: EventQuery = ALL) -> Select:  # type: ignore[type-arg]
    """Incidents whose figures or members match the query, oldest first."""
    conditions = _shared_conditions(query, incidents, "date_first", "date_last")
    member_filter = EventQuery(actor=query.actor, text=query.text,
                               reviewed_only=query.reviewed_only, include_rejected=True)
    member_conditions = event_conditions(member_filter)
    if member_conditions:
        conditions.append(exists(
            select(events.c.id)
            .select_from(events.join(incident_members))
            .where(incident_members.c.incident_id == incidents.c.id, *member_conditions)))
    if query.min_sources > 1:
        conditions.append(incidents.c.source_count >= query.min_sources)
    statement = (select(incidents).where(and_(True, *conditions))
                 .order_by(*_order(query.sort, INCIDENT_SORTS,
                                   [incidents.c.date_first, incidents.c.id], incidents.c.id)))
    if query.offset:
        statement = statement.offset(query.offset)
    return statement.limit(query.limit) if query.limit else statement


def count_events(query: EventQuery = ALL) -> Select:  # type: ignore[type-arg]
    """How many events match `query`, whatever its limit and offset: so a list cut at its
    limit can say how much it left out."""
    # On `events` alone: the list's joins (report, outlet, incident) never add or drop an
    # event, and counting through them cost a hundred thousand lookups.
    return select(func.count()).select_from(events).where(and_(True, *event_conditions(query)))


def count_incidents(query: EventQuery = ALL, min_sources: int = 1
                    ) -> Select:  # type: ignore[type-arg]
    """How many incidents match `query` and are told by at least `min_sources` reports
    (or `query.min_sources`, the larger), whatever its limit and offset."""
    wanted = max(min_sources, query.min_sources)
    matching = select_incidents(replace(query, limit=None, offset=0, sort=None,
                                        min_sources=wanted)).subquery()
    return select(func.count()).select_from(matching)
