"""Write reports and their events to the database, one transaction per report.

A report is keyed by a hash of its text, so ingesting the same archive twice adds nothing,
and an ingest killed part-way resumes where it stopped: each report's document, events,
incident membership and audit entry are committed together or not at all.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, Engine, and_, bindparam, insert, or_, select, update
from sqlalchemy.exc import IntegrityError

from rasd.errors import RasdError
from rasd.model import Event, content_hash, rasd_version
from rasd.sources import Rejected, Report
from rasd.store import incidents as grouping
from rasd.store.incidents import DEFAULT_RULES, GroupingRules, Member
from rasd.store.schema import audit_log, documents, events, incident_members, sources
from rasd.store.schema import incidents as incidents_table
from rasd.store.search import index_document

__all__ = ["IngestStats", "Ingester", "event_row"]

@dataclass
class IngestStats:
    """What an ingest did: counts, and every input it could not take, with the reason."""

    read: int = 0
    added: int = 0
    duplicates: int = 0
    events: int = 0
    rejected: list[Rejected] = field(default_factory=list)

    @property
    def failed(self) -> int:
        return len(self.rejected)


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _event_date(event: Event) -> dt.date | None:
    if not event.event_date:
        return None
    try:
        return dt.date.fromisoformat(event.event_date)
    except ValueError:
        return None


_MACHINE_FIELDS = ("event_type", "sub_event_type", "time_precision", "actor1", "actor2",
                   "fatalities", "injuries", "civilian_targeting", "evidence", "provenance",
                   "confidence")
_LOCATION_FIELDS = ("country", "admin1", "admin2", "admin3", "latitude", "longitude",
                    "geo_precision", "gazetteer_id")


def event_row(document_id: int, ordinal: int, event: Event) -> dict[str, Any]:
    """An events row (the event's flat row, its date as a date); `machine` keeps the
    extractor's own values, which review never overwrites."""
    row = {"document_id": document_id, "ordinal": ordinal, **event.row(),
           "event_date": _event_date(event),
           "notes": " … ".join(evidence.text for evidence in event.evidence),
           "review_state": "unreviewed"}
    row["machine"] = {**{name: row[name] for name in _MACHINE_FIELDS},
                      "event_date": event.event_date,
                      "location": {"name": event.location.name,
                                   **{name: row[name] for name in _LOCATION_FIELDS}}}
    return row


def _member(values: Mapping[str, Any], event_id: int, document_id: int, outlet: str
            ) -> Member:
    """A `Member` from an events row (as stored, or as about to be stored)."""
    return Member(
        event_id=event_id, document_id=document_id, outlet=outlet,
        event_type=values["event_type"], sub_event_type=values["sub_event_type"],
        event_date=values["event_date"], location_name=values["location_name"] or "",
        gazetteer_id=values["gazetteer_id"], admin1=values["admin1"],
        admin2=values["admin2"], latitude=values["latitude"], longitude=values["longitude"],
        geo_precision=values["geo_precision"], fatalities=int(values["fatalities"] or 0))


# Only what grouping needs: the JSON columns (evidence, machine) are costly to decode.
_MEMBER_FIELDS = (events.c.id, events.c.document_id, events.c.event_type,
                  events.c.sub_event_type, events.c.event_date, events.c.location_name,
                  events.c.gazetteer_id, events.c.admin1, events.c.admin2, events.c.latitude,
                  events.c.longitude, events.c.geo_precision, events.c.fatalities,
                  sources.c.name.label("source_name"), documents.c.url.label("document_url"))
_MEMBERS = (
    select(incident_members.c.incident_id, *_MEMBER_FIELDS)
    .select_from(incident_members.join(events).join(documents)
                 .outerjoin(sources, documents.c.source_id == sources.c.id)))


def _outlet(row: Mapping[str, Any]) -> str:
    return grouping.outlet_of(row["source_name"], row["document_url"], row["document_id"])


def stored_members(connection: Connection, event_ids: Sequence[int]) -> list[Member]:
    """Stored events as `Member`s, in the order of `event_ids`."""
    rows = connection.execute(
        select(*_MEMBER_FIELDS)
        .select_from(events.join(documents)
                     .outerjoin(sources, documents.c.source_id == sources.c.id))
        .where(events.c.id.in_(list(event_ids)))).mappings()
    by_id = {row["id"]: _member(row, row["id"], row["document_id"], _outlet(row))
             for row in rows}
    return [by_id[event_id] for event_id in event_ids if event_id in by_id]


def incident_members_of(connection: Connection, incident_ids: Iterable[int]
                        ) -> dict[int, list[Member]]:
    ids = sorted(set(incident_ids))
    found: dict[int, list[Member]] = {incident_id: [] for incident_id in ids}
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        rows = connection.execute(_MEMBERS.where(incident_members.c.incident_id.in_(chunk))
                                  .order_by(incident_members.c.incident_id, events.c.id))
        for row in rows.mappings():
            found[row["incident_id"]].append(
                _member(row, row["id"], row["document_id"], _outlet(row)))
    return found


# Statements are built once with bound parameters: building them anew for every event
# costs more than running them.
_CANDIDATES = _MEMBERS.where(
    events.c.event_type.in_(bindparam("event_types", expanding=True)),
    events.c.event_date.between(bindparam("date_from"), bindparam("date_to")),
    or_(events.c.gazetteer_id.in_(bindparam("gazetteer_ids", expanding=True)),
        and_(events.c.latitude.between(bindparam("lat_min"), bindparam("lat_max")),
             events.c.longitude.between(bindparam("lon_min"), bindparam("lon_max")))),
).order_by(incident_members.c.incident_id, events.c.id)
_NEW_INCIDENTS = insert(incidents_table).returning(incidents_table.c.id,
                                                   sort_by_parameter_order=True)
_JOIN_INCIDENT = insert(incident_members)
_REFRESH_INCIDENT = (update(incidents_table)
                     .where(incidents_table.c.id == bindparam("incident_id")))
_DROP_INCIDENT = incidents_table.delete().where(incidents_table.c.id == bindparam("incident_id"))


def _candidate_incidents(connection: Connection, new: Sequence[Member], rules: GroupingRules
                         ) -> dict[int, list[Member]]:
    """Stored events that could be the same happening as one of a report's events, by
    incident, in one query: their types, dates in the window, and their gazetteer entries
    or points in a box around them. The exact test is `incidents.same_incident`."""
    dated = [m for m in new if m.event_date is not None and
             (m.gazetteer_id or (m.latitude is not None and m.longitude is not None))]
    if not dated:
        return {}
    window = dt.timedelta(days=rules.max_days)
    box: dict[str, float | None] = dict.fromkeys(("lat_min", "lat_max", "lon_min", "lon_max"))
    points = [(m.latitude, m.longitude) for m in dated
              if m.latitude is not None and m.longitude is not None]
    if points:
        lat_span = rules.max_km / 110.0
        widest = max(abs(lat) for lat, _ in points) + lat_span
        lon_span = rules.max_km / (111.32 * max(0.1, math.cos(math.radians(min(widest, 89)))))
        box = {"lat_min": min(p[0] for p in points) - lat_span,
               "lat_max": max(p[0] for p in points) + lat_span,
               "lon_min": min(p[1] for p in points) - lon_span,
               "lon_max": max(p[1] for p in points) + lon_span}
    rows = connection.execute(_CANDIDATES, {
        "event_types": sorted({m.event_type for m in dated}),
        "date_from": min(m.event_date for m in dated) - window,  # type: ignore[type-var]
        "date_to": max(m.event_date for m in dated) + window,  # type: ignore[type-var]
        "gazetteer_ids": sorted({m.gazetteer_id for m in dated if m.gazetteer_id}),
        **box})
    found: dict[int, list[Member]] = {}
    for row in rows.mappings():
        found.setdefault(row["incident_id"], []).append(
            _member(row, row["id"], row["document_id"], _outlet(row)))
    return found


def attach_to_incidents(connection: Connection, new: Sequence[Member],
                        rules: GroupingRules) -> set[int]:
    """Put each of a report's new events in the incident it matches, or a new one, and
    refresh the incidents touched. Returns their ids."""
    candidates = _candidate_incidents(connection, new, rules)
    joined: dict[int, int] = {}  # event id -> existing incident
    alone: list[Member] = []
    for member in new:
        open_to_it = {incident_id: members for incident_id, members in candidates.items()
                      if incident_id not in joined.values()}  # one event per report
        incident_id = grouping.best_incident(member, open_to_it, rules)
        if incident_id is None:
            alone.append(member)
        else:
            joined[member.event_id] = incident_id
    now = _now()
    created: list[int] = []
    if alone:
        created = list(connection.execute(_NEW_INCIDENTS, [
            {"updated_at": now, **grouping.summarise([member])} for member in alone]
        ).scalars())
    memberships = [{"event_id": event_id, "incident_id": incident_id}
                   for event_id, incident_id in joined.items()]
    memberships += [{"event_id": member.event_id, "incident_id": incident_id}
                    for member, incident_id in zip(alone, created, strict=True)]
    connection.execute(_JOIN_INCIDENT, memberships)
    refresh_incidents(connection, set(joined.values()))
    return set(joined.values()) | set(created)


def refresh_incidents(connection: Connection, incident_ids: Iterable[int]) -> None:
    """Recompute incidents from their members; an incident left with none is deleted."""
    now = _now()
    updates, drops = [], []
    for incident_id, members in incident_members_of(connection, incident_ids).items():
        if members:
            updates.append({"incident_id": incident_id, "updated_at": now,
                            **grouping.summarise(members)})
        else:
            drops.append({"incident_id": incident_id})
    if updates:
        connection.execute(_REFRESH_INCIDENT, updates)
    if drops:
        connection.execute(_DROP_INCIDENT, drops)


_FIND_SOURCE = select(sources.c.id).where(sources.c.name == bindparam("name"))
_ADD_SOURCE = insert(sources)
_FIND_DOCUMENT = select(documents.c.id).where(documents.c.content_hash == bindparam("digest"))
_ADD_DOCUMENT = insert(documents)
_ADD_EVENTS = insert(events).returning(events.c.id, sort_by_parameter_order=True)
_ADD_AUDIT = insert(audit_log)


def _source_id(connection: Connection, name: str) -> int | None:
    name = name.strip()
    if not name:
        return None
    found = connection.execute(_FIND_SOURCE, {"name": name}).scalar()
    if found is not None:
        return int(found)
    with connection.begin_nested():
        try:
            return int(connection.execute(_ADD_SOURCE, {"name": name})
                       .inserted_primary_key[0])  # type: ignore[index]
        except IntegrityError:  # another ingest added it first
            pass
    return int(connection.execute(_FIND_SOURCE, {"name": name}).scalar_one())


Extract = Callable[[Report], list[Event]]


class Ingester:
    """Adds reports to a database: skip what is stored, extract, write, group."""

    def __init__(self, engine: Engine, extract: Extract, *, actor: str = "rasd ingest",
                 rules: GroupingRules = DEFAULT_RULES) -> None:
        self.engine = engine
        self.extract = extract
        self.actor = actor
        self.rules = rules
        self.version = rasd_version()

    def is_stored(self, digest: str) -> bool:
        with self.engine.connect() as connection:
            return connection.execute(_FIND_DOCUMENT, {"digest": digest}).first() is not None

    def ingest(self, items: Iterable[Report | Rejected],
               on_progress: Callable[[IngestStats], None] | None = None) -> IngestStats:
        stats = IngestStats()
        for item in items:
            stats.read += 1
            if isinstance(item, Rejected):
                stats.rejected.append(item)
            else:
                self._ingest_one(item, stats)
            if on_progress:
                on_progress(stats)
        return stats

    def _ingest_one(self, report: Report, stats: IngestStats) -> None:
        digest = content_hash(report.text)
        if self.is_stored(digest):
            stats.duplicates += 1
            return
        try:
            found = self.extract(report)
        except RasdError as error:
            stats.rejected.append(Rejected(report.origin, str(error)))
            return
        except Exception as error:  # a bug must not stop a night's batch; it is reported
            stats.rejected.append(Rejected(
                report.origin, f"extraction failed ({type(error).__name__}: {error})"))
            return
        try:
            added = self.write(report, digest, found)
        except IntegrityError:
            added = False  # stored meanwhile by a concurrent ingest
        if added:
            stats.added += 1
            stats.events += len(found)
        else:
            stats.duplicates += 1

    def write(self, report: Report, digest: str, found: Sequence[Event]) -> bool:
        """Store one report and its events in one transaction. False if already stored."""
        now = _now()
        with self.engine.begin() as connection:
            if connection.execute(_FIND_DOCUMENT, {"digest": digest}).first():
                return False
            source_id = _source_id(connection, report.source)
            document_id = int(connection.execute(_ADD_DOCUMENT, {
                "content_hash": digest, "doc_key": report.id, "source_id": source_id,
                "url": report.url, "title": report.title, "published": report.published,
                "origin": report.origin, "encoding": report.encoding, "text": report.text,
                "event_count": len(found), "ingested_at": now, "rasd_version": self.version,
            }).inserted_primary_key[0])  # type: ignore[index]
            index_document(connection, document_id, report.title, report.text)
            members: list[Member] = []
            if found:
                rows = [event_row(document_id, ordinal, event)
                        for ordinal, event in enumerate(found)]
                ids = connection.execute(_ADD_EVENTS, rows).scalars().all()
                outlet = grouping.outlet_of(report.source, report.url, document_id)
                members = [_member(row, int(event_id), document_id, outlet)
                           for event_id, row in zip(ids, rows, strict=True)]
                attach_to_incidents(connection, members, self.rules)
            connection.execute(_ADD_AUDIT, {
                "at": now, "actor": self.actor, "action": "ingest", "table_name": "documents",
                "row_id": document_id, "before": None,
                "after": {"doc_key": report.id, "origin": report.origin, "events": len(found)}})
        return True
