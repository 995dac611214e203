"""Filters over stored events and incidents, as SQLAlchemy selects.

Every filter is a bound parameter, never text pasted into SQL, so a filter value holding
quotes or SQL is only ever a value. Free text is matched with LIKE, its wildcards escaped.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from sqlalchemy import Select, Table, and_, exists, func, or_, select

from rasd.geo.admin1 import canonical_admin1
from rasd.store.schema import documents, events, incident_members, incidents, sources

__all__ = ["ALL", "EventQuery", "count_events", "count_incidents", "select_events",
           "select_incidents", "select_points"]


@dataclass(frozen=True, slots=True)
class EventQuery:
    """What a user asks for: each field left empty does not filter."""

    since: dt.date | None = None
    until: dt.date | None = None
    admin1: str | None = None  # governorate, as rasd writes it (English)
    event_type: str | None = None  # an event type or a sub-event type
    actor: str | None = None  # part of actor1 or actor2
    min_fatalities: int | None = None
    text: str | None = None  # part of the evidence, the place or the actors
    reviewed_only: bool = False
    include_rejected: bool = False  # events a reviewer rejected are left out unless asked
    review_state: str | None = None
    limit: int | None = None
    offset: int = 0


ALL = EventQuery()


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
    if query.admin1:
        # `Idlib` or `إدلب` finds OCHA's `Idleb`; a name rasd does not know is matched as given
        known = canonical_admin1(query.admin1)
        conditions.append(columns.admin1 == known if known else
                          func.lower(columns.admin1) == query.admin1.casefold())
    if query.event_type:
        wanted = query.event_type.casefold()
        conditions.append(or_(func.lower(columns.event_type) == wanted,
                              func.lower(columns.sub_event_type) == wanted))
    if query.min_fatalities is not None:
        conditions.append(columns.fatalities >= query.min_fatalities)
    return conditions


def _event_conditions(query: EventQuery) -> list:  # type: ignore[type-arg]
    conditions = _shared_conditions(query, events, "event_date", "event_date")
    if query.actor:
        needle = query.actor.casefold()
        conditions.append(or_(func.lower(events.c.actor1).contains(needle, autoescape=True),
                              func.lower(events.c.actor2).contains(needle, autoescape=True)))
    if query.text:
        needle = query.text
        conditions.append(or_(*(column.contains(needle, autoescape=True) for column in
                                (events.c.notes, events.c.location_name, events.c.actor1,
                                 events.c.actor2))))
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
        .where(and_(True, *_event_conditions(query)))
        .order_by(events.c.event_date, events.c.id))
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
               *_event_conditions(query))
        .order_by(events.c.event_date, events.c.id))
    return statement.limit(query.limit) if query.limit else statement


def select_incidents(query: EventQuery = ALL) -> Select:  # type: ignore[type-arg]
    """Incidents whose figures or members match the query, oldest first."""
    conditions = _shared_conditions(query, incidents, "date_first", "date_last")
    member_filter = EventQuery(actor=query.actor, text=query.text,
                               reviewed_only=query.reviewed_only, include_rejected=True)
    member_conditions = _event_conditions(member_filter)
    if member_conditions:
        conditions.append(exists(
            select(events.c.id)
            .select_from(events.join(incident_members))
            .where(incident_members.c.incident_id == incidents.c.id, *member_conditions)))
    statement = (select(incidents).where(and_(True, *conditions))
                 .order_by(incidents.c.date_first, incidents.c.id))
    return statement.limit(query.limit) if query.limit else statement


def count_events(query: EventQuery = ALL) -> Select:  # type: ignore[type-arg]
    """How many events match `query`, whatever its limit and offset: so a list cut at its
    limit can say how much it left out."""
    matching = select_events(replace(query, limit=None, offset=0)).subquery()
    return select(func.count()).select_from(matching)


def count_incidents(query: EventQuery = ALL, min_sources: int = 1
                    ) -> Select:  # type: ignore[type-arg]
    """How many incidents match `query` and are told by at least `min_sources` reports."""
    matching = (select_incidents(replace(query, limit=None))
                .where(incidents.c.source_count >= min_sources).subquery())
    return select(func.count()).select_from(matching)
