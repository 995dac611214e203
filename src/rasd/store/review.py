"""The human review loop: accept, edit or reject an event; merge or split incidents.

Every action is one transaction that also writes the audit log with who did it, when, and
the values before and after. The extractor's original stays in `events.machine`, so an edit
can always be compared with (or undone to) what the machine read.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from typing import Any

from sqlalchemy import Connection, Engine, func, insert, select, update

from rasd.errors import StoreError
from rasd.store.incidents import DEFAULT_RULES, GroupingRules
from rasd.store.ingest import attach_to_incidents, refresh_incidents, stored_members
from rasd.store.schema import audit_log, events, incident_members, incidents

__all__ = ["ACTIONS", "EDITABLE", "MACHINE_ACTIONS", "NotFound", "ReviewError", "accept_event",
           "audit_entries", "count_audit",
           "edit_event", "merge_incidents", "reject_event", "review_event", "review_events",
           "split_incident"]


class ReviewError(StoreError):
    """A review action that cannot be done: no such row, or a value of the wrong kind."""


class NotFound(ReviewError):
    """The event or incident a review action names does not exist."""


def _text(value: Any) -> str | None:
    return None if value in (None, "") else str(value)


def _name(value: Any) -> str | None:
    """A place or type name: short, since the map's index holds it (PostgreSQL refuses an
    index entry over about 2,700 bytes)."""
    text = _text(value)
    if text is not None and len(text) > 300:
        raise ValueError("is longer than 300 characters")
    return text


def _count(value: Any) -> int | None:
    if value in (None, ""):
        return None
    number = int(value)
    if number < 0:
        raise ValueError("must not be negative")
    return number


def _day(value: Any) -> dt.date | None:
    if value in (None, ""):
        return None
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value))


def _flag(value: Any) -> bool:
    if isinstance(value, str):
        return value.strip().casefold() in ("1", "true", "yes", "on")
    return bool(value)


def _precision(value: Any) -> int | None:
    number = _count(value)
    if number is not None and number not in (1, 2, 3):
        raise ValueError("must be 1, 2 or 3")
    return number


def _coordinate(limit: float):  # type: ignore[no-untyped-def]
    def parse(value: Any) -> float | None:
        if value in (None, ""):
            return None
        number = float(value)
        if not -limit <= number <= limit:
            raise ValueError(f"must be between -{limit} and {limit}")
        return number
    return parse


# What a reviewer may change, and how each value is read from a form or JSON.
EDITABLE = {
    "event_type": _name, "sub_event_type": _name, "event_date": _day,
    "time_precision": _precision, "actor1": _text, "actor2": _text,
    "location_name": _name, "country": _text, "admin1": _text, "admin2": _text,
    "admin3": _text, "latitude": _coordinate(90), "longitude": _coordinate(180),
    "geo_precision": _precision, "gazetteer_id": _text, "fatalities": _count,
    "injuries": _count, "civilian_targeting": _flag, "notes": _text,
}
_REQUIRED = {"event_type", "sub_event_type", "fatalities"}


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _jsonable(value: Any) -> Any:
    return value.isoformat() if isinstance(value, dt.date) else value


def _audit(connection: Connection, actor: str, action: str, table: str, row_id: int | None,
           before: Mapping[str, Any] | None, after: Mapping[str, Any] | None) -> None:
    connection.execute(insert(audit_log), {
        "at": _now(), "actor": actor, "action": action, "table_name": table,
        "row_id": row_id,
        "before": None if before is None else {k: _jsonable(v) for k, v in before.items()},
        "after": None if after is None else {k: _jsonable(v) for k, v in after.items()}})


def _event(connection: Connection, event_id: int) -> dict[str, Any]:
    row = connection.execute(select(events).where(events.c.id == event_id)).mappings().first()
    if row is None:
        raise NotFound(f"no event {event_id}")
    return dict(row)


def _incident_of(connection: Connection, event_id: int) -> int | None:
    return connection.execute(select(incident_members.c.incident_id)
                              .where(incident_members.c.event_id == event_id)).scalar()


def _regroup_one(connection: Connection, event_id: int, state: str,
                 rules: GroupingRules) -> None:
    """A rejected event leaves its incident (whose figures no longer count it); an event taken
    back from rejection joins the incident it matches, or a new one."""
    incident_id = _incident_of(connection, event_id)
    if state == "rejected":
        if incident_id is not None:
            connection.execute(incident_members.delete()
                               .where(incident_members.c.event_id == event_id))
            refresh_incidents(connection, [incident_id])  # deleted if it held only this one
    elif incident_id is None:
        attach_to_incidents(connection, stored_members(connection, [event_id]), rules)
    else:
        refresh_incidents(connection, [incident_id])


def _set_state_in(connection: Connection, event_id: int, state: str, action: str,
                  actor: str, rules: GroupingRules) -> dict[str, Any]:
    before = _event(connection, event_id)
    connection.execute(update(events).where(events.c.id == event_id)
                       .values(review_state=state))
    _audit(connection, actor, action, "events", event_id,
           {"review_state": before["review_state"]}, {"review_state": state})
    if (before["review_state"] == "rejected") != (state == "rejected"):
        _regroup_one(connection, event_id, state, rules)
    return {**before, "review_state": state}


def _set_state(engine: Engine, event_id: int, state: str, action: str, actor: str,
               rules: GroupingRules) -> dict[str, Any]:
    with engine.begin() as connection:
        return _set_state_in(connection, event_id, state, action, actor, rules)


_STATES = {"accept": "accepted", "reject": "rejected"}


def review_events(engine: Engine, event_ids: Iterable[int], action: str, actor: str,
                  rules: GroupingRules = DEFAULT_RULES) -> list[int]:
    """Accept or reject several events in one transaction: all of them or, on any error (an
    id that does not exist, a failure half-way), none. Each event gets its own audit entry
    and is regrouped as `accept_event` and `reject_event` do. Returns the ids, once each."""
    if action not in _STATES:
        raise ReviewError("a bulk action is accept or reject")
    ids = list(dict.fromkeys(event_ids))
    with engine.begin() as connection:
        found = set(connection.execute(select(events.c.id).where(events.c.id.in_(ids)))
                    .scalars()) if ids else set()
        missing = [event_id for event_id in ids if event_id not in found]
        if missing:
            raise NotFound(f"no event {', '.join(map(str, missing))}")
        for event_id in ids:
            _set_state_in(connection, event_id, _STATES[action], action, actor, rules)
    return ids


def accept_event(engine: Engine, event_id: int, actor: str,
                 rules: GroupingRules = DEFAULT_RULES) -> dict[str, Any]:
    """Mark an event checked and right as the machine read it (a rejected one comes back
    and joins an incident under `rules`)."""
    return _set_state(engine, event_id, "accepted", "accept", actor, rules)


def reject_event(engine: Engine, event_id: int, actor: str,
                 rules: GroupingRules = DEFAULT_RULES) -> dict[str, Any]:
    """Mark an event wrong: it stays stored, with its evidence, but exports leave it out and
    it leaves its incident, whose figures are recomputed without it."""
    return _set_state(engine, event_id, "rejected", "reject", actor, rules)


def edit_event(engine: Engine, event_id: int, changes: Mapping[str, Any],
               actor: str, rules: GroupingRules = DEFAULT_RULES) -> dict[str, Any]:
    """Correct an event's fields. Unknown fields and bad values raise `ReviewError`; the
    event becomes `edited`, and its incident's figures are recomputed (a rejected event,
    corrected, joins an incident again)."""
    unknown = sorted(set(changes) - set(EDITABLE))
    if unknown:
        raise ReviewError(f"cannot edit {', '.join(unknown)}")
    parsed: dict[str, Any] = {}
    for name, value in changes.items():
        try:
            parsed[name] = EDITABLE[name](value)
        except (TypeError, ValueError) as error:
            raise ReviewError(f"{name}: {value!r} {error}") from None
        if name in _REQUIRED and parsed[name] is None:
            raise ReviewError(f"{name} cannot be empty")
    with engine.begin() as connection:
        before = _event(connection, event_id)
        changed = {name: value for name, value in parsed.items() if before[name] != value}
        if not changed:
            return before
        connection.execute(update(events).where(events.c.id == event_id)
                           .values(review_state="edited", **changed))
        _audit(connection, actor, "edit", "events", event_id,
               {name: before[name] for name in changed}, changed)
        _regroup_one(connection, event_id, "edited", rules)
        return {**before, **changed, "review_state": "edited"}


ACTIONS = ("accept", "reject", "edit")


def review_event(engine: Engine, event_id: int, action: str, actor: str,
                 changes: Mapping[str, Any] | None = None,
                 rules: GroupingRules = DEFAULT_RULES) -> dict[str, Any]:
    """A reviewer's decision on an event: `accept`, `reject`, or `edit` with `changes`. The
    one way in for the dashboard's forms and the REST API alike."""
    if action == "accept":
        return accept_event(engine, event_id, actor, rules)
    if action == "reject":
        return reject_event(engine, event_id, actor, rules)
    if action == "edit":
        return edit_event(engine, event_id, changes or {}, actor, rules)
    raise ReviewError(f"action must be one of {', '.join(ACTIONS)}")


def merge_incidents(engine: Engine, incident_ids: Iterable[int], actor: str) -> int:
    """Make several incidents one (the oldest id keeps the merged members)."""
    ids = sorted(set(incident_ids))
    if len(ids) < 2:
        raise ReviewError("merging needs at least two incidents")
    with engine.begin() as connection:
        found = set(connection.execute(select(incidents.c.id)
                                       .where(incidents.c.id.in_(ids))).scalars())
        missing = sorted(set(ids) - found)
        if missing:
            raise NotFound(f"no incident {', '.join(map(str, missing))}")
        keep, *others = ids
        members = connection.execute(select(incident_members.c.event_id)
                                     .where(incident_members.c.incident_id.in_(others))
                                     ).scalars().all()
        connection.execute(update(incident_members)
                           .where(incident_members.c.incident_id.in_(others))
                           .values(incident_id=keep))
        refresh_incidents(connection, ids)  # the emptied ones are deleted
        _audit(connection, actor, "merge", "incidents", keep, {"incidents": ids},
               {"incident": keep, "moved_events": sorted(members)})
        return keep


def split_incident(engine: Engine, incident_id: int, event_ids: Iterable[int],
                   actor: str) -> int:
    """Take some events out of an incident into a new one; returns the new incident's id."""
    moving = sorted(set(event_ids))
    with engine.begin() as connection:
        members = set(connection.execute(select(incident_members.c.event_id)
                                         .where(incident_members.c.incident_id == incident_id)
                                         ).scalars())
        if not members:
            raise NotFound(f"no incident {incident_id}")
        if not moving or not set(moving) <= members or set(moving) == members:
            raise ReviewError("choose some, but not all, of the incident's events")
        row = connection.execute(select(incidents).where(incidents.c.id == incident_id)
                                 ).mappings().one()
        fresh = {k: v for k, v in row.items() if k != "id"}
        new_id = connection.execute(insert(incidents).values(**fresh)
                                    ).inserted_primary_key[0]  # type: ignore[index]
        connection.execute(update(incident_members)
                           .where(incident_members.c.event_id.in_(moving))
                           .values(incident_id=new_id))
        refresh_incidents(connection, [incident_id, new_id])
        _audit(connection, actor, "split", "incidents", incident_id,
               {"incident": incident_id, "events": sorted(members)},
               {"incident": new_id, "moved_events": moving})
        return int(new_id)


# What the machine does on its own: the audit log records it, but a reader looking for what
# people decided can leave it out.
MACHINE_ACTIONS = ("ingest",)


def _audit_conditions(table: str | None, row_id: int | None, actor: str | None,
                      action: str | None, people_only: bool) -> list[Any]:
    conditions: list[Any] = []
    if table:
        conditions.append(audit_log.c.table_name == table)
    if row_id is not None:
        conditions.append(audit_log.c.row_id == row_id)
    if actor:
        conditions.append(audit_log.c.actor == actor)
    if action:
        conditions.append(audit_log.c.action == action)
    if people_only:
        conditions.append(audit_log.c.action.not_in(MACHINE_ACTIONS))
    return conditions


def audit_entries(connection: Connection, table: str | None = None, row_id: int | None = None,
                  limit: int = 200, *, actor: str | None = None, action: str | None = None,
                  people_only: bool = False, offset: int = 0) -> list[dict[str, Any]]:
    """The newest audit entries, optionally for one row, one actor, one action; without
    the machine's own (`ingest`) when `people_only`."""
    query = (select(audit_log)
             .where(*_audit_conditions(table, row_id, actor, action, people_only))
             .order_by(audit_log.c.id.desc()).limit(limit).offset(offset))
    return [dict(row) for row in connection.execute(query).mappings()]


def count_audit(connection: Connection, table: str | None = None, row_id: int | None = None,
                *, actor: str | None = None, action: str | None = None,
                people_only: bool = False) -> int:
    """How many audit entries `audit_entries` would page through."""
    return int(connection.execute(
        select(func.count()).select_from(audit_log)
        .where(*_audit_conditions(table, row_id, actor, action, people_only))).scalar_one())
