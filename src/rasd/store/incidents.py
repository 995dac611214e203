"""Group events that different reports tell of into incidents, the Airwars way.

Two events are the same happening when they have the same event type, the same place (the
same gazetteer entry, or points a few kilometres apart) and dates at most a day apart. An
incident keeps every source with its own figure: the lowest and highest death toll, and the
ACLED figure, which is the lowest credible one. Its grade follows Airwars: one outlet is
`weak`, two or more independent outlets are `fair`.

The rules here are pure functions over `Member`s; `rasd.store.ingest` applies them to the
database one report at a time, so adding a report touches only the incidents it joins.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from rasd.geo.distance import distance_km

__all__ = ["DEFAULT_RULES", "GroupingRules", "Member", "best_incident", "incident_dates",
           "outlet_of",
           "same_incident", "summarise"]


@dataclass(frozen=True, slots=True)
class GroupingRules:
    """How close two reports' events must be to count as one incident."""

    max_days: int = 1
    max_km: float = 5.0


DEFAULT_RULES = GroupingRules()


@dataclass(frozen=True, slots=True)
class Member:
    """An event as incident grouping sees it: what, where, when, how many, and who said so."""

    event_id: int
    document_id: int
    outlet: str
    event_type: str
    sub_event_type: str
    event_date: dt.date | None
    location_name: str
    gazetteer_id: str | None
    admin1: str | None
    admin2: str | None
    latitude: float | None
    longitude: float | None
    geo_precision: int | None
    fatalities: int


def _place_gap(a: Member, b: Member, rules: GroupingRules) -> float | None:
    """How far apart two events' places are in km (0 for the same gazetteer entry), or None
    when they are not the same place. Governorate-level events match only the same
    governorate entry: a region is too wide for 'a few km' to mean anything."""
    if a.gazetteer_id and a.gazetteer_id == b.gazetteer_id and a.geo_precision == b.geo_precision:
        return 0.0
    if 3 in (a.geo_precision, b.geo_precision):
        return None
    if None in (a.latitude, a.longitude, b.latitude, b.longitude):
        return None
    km = distance_km((a.latitude, a.longitude), (b.latitude, b.longitude))  # type: ignore[arg-type]
    return km if km <= rules.max_km else None


def same_incident(a: Member, b: Member, rules: GroupingRules = DEFAULT_RULES) -> bool:
    """Whether two events from different reports describe the same happening."""
    if a.document_id == b.document_id or a.event_type != b.event_type:
        return False
    if a.event_date is None or b.event_date is None:
        return False
    if abs((a.event_date - b.event_date).days) > rules.max_days:
        return False
    return _place_gap(a, b, rules) is not None


def best_incident(event: Member, incidents: dict[int, Sequence[Member]],
                  rules: GroupingRules = DEFAULT_RULES) -> int | None:
    """The incident an event joins: one with a member it matches and no event from the
    same report yet; the closest in place, then in time, then the oldest incident."""
    ranked: list[tuple[float, int, int]] = []
    for incident_id, members in incidents.items():
        if any(member.document_id == event.document_id for member in members):
            continue
        gaps = [(_place_gap(event, member, rules),
                 abs((event.event_date - member.event_date).days))  # type: ignore[operator]
                for member in members if same_incident(event, member, rules)]
        if gaps:
            km, days = min((km, days) for km, days in gaps if km is not None)
            ranked.append((km, days, incident_id))
    return min(ranked)[2] if ranked else None


def outlet_of(source: str | None, url: str | None, document_id: int) -> str:
    """The outlet that published a report, for counting independent sources: its source
    name, else its web host, else the report itself."""
    if source and source.strip():
        return source.strip().casefold()
    if url and "://" in url:
        host = url.split("://", 1)[1].split("/", 1)[0].casefold()
        return host.removeprefix("www.")
    return f"document:{document_id}"


def incident_dates(dates: Iterable[dt.date | None], max_days: int = DEFAULT_RULES.max_days
                   ) -> tuple[dt.date | None, dt.date | None]:
    """An incident's first and last day: from its earliest-dated member to at most
    `max_days` after it. A report that tells of the attack on the day dates it to that day or
    the next; a later one that only mentions it joins through a member a day before it and
    is dated by its own publication, so members past that window still count as sources
    (figures, grade) but do not stretch the incident's dates."""
    known = sorted(date for date in dates if date is not None)
    if not known:
        return None, None
    first = known[0]
    return first, max(date for date in known if (date - first).days <= max_days)


def summarise(members: Iterable[Member]) -> dict[str, Any]:
    """An incident's row from its members: the common type, dates (`incident_dates`), the
    most precise place (its governorate, if blank, the one most members give), figures
    across sources and the Airwars grade."""
    ordered = sorted(members, key=lambda member: member.event_id)
    if not ordered:
        raise ValueError("an incident needs at least one event")
    types = Counter((member.event_type, member.sub_event_type) for member in ordered)
    top = max(types.values())
    event_type, sub_event_type = next(key for key in
                                      ((m.event_type, m.sub_event_type) for m in ordered)
                                      if types[key] == top)
    place = min(ordered, key=lambda m: (m.geo_precision or 9, m.latitude is None, m.event_id))
    date_first, date_last = incident_dates(member.event_date for member in ordered)
    named = Counter(member.admin1 for member in ordered if member.admin1)
    admin1 = place.admin1 or (named.most_common(1)[0][0] if named else None)
    stated = [member.fatalities for member in ordered if member.fatalities > 0]
    outlets = {member.outlet for member in ordered}
    return {
        "event_type": event_type, "sub_event_type": sub_event_type,
        "date_first": date_first, "date_last": date_last,
        "location_name": place.location_name, "gazetteer_id": place.gazetteer_id,
        "admin1": admin1, "admin2": place.admin2, "latitude": place.latitude,
        "longitude": place.longitude, "geo_precision": place.geo_precision,
        # A report silent on the toll says nothing about it, so only stated figures count.
        "fatalities_min": min(stated, default=0), "fatalities_max": max(stated, default=0),
        "fatalities": min(stated, default=0),
        "source_count": len({member.document_id for member in ordered}),
        "outlet_count": len(outlets),
        "grade": "fair" if len(outlets) >= 2 else "weak",
    }
