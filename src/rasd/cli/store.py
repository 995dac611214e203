"""Commands on a rasd database: ingest, events, incidents, export, db."""

from __future__ import annotations

import datetime as dt
import json
import sys
import time
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.table import Table

from rasd.cli.core import _fail, app, err
from rasd.errors import RasdError
from rasd.extras import require

db_app = typer.Typer(help="Look after a rasd database.", no_args_is_help=True)
app.add_typer(db_app, name="db")

DbOption = Annotated[str | None, typer.Option(
    "--db", help="Database: a SQLite file or postgresql://user@host/name "
                 "(default: $RASD_DB, else rasd.db here).")]
SinceOption = Annotated[str | None, typer.Option(help="First event date, YYYY-MM-DD.")]
UntilOption = Annotated[str | None, typer.Option(help="Last event date, YYYY-MM-DD.")]
Admin1Option = Annotated[str | None, typer.Option(
    "--admin1", "--governorate",
    help="Governorate, in any common spelling (Idleb, Idlib, إدلب...).")]
TypeOption = Annotated[str | None, typer.Option(
    "--type", help="Event type or sub-event type (Battles, Air/drone strike...).")]
ActorOption = Annotated[str | None, typer.Option(help="Part of an actor's name.")]
FatalitiesOption = Annotated[int | None, typer.Option(
    "--min-fatalities", min=0, help="At least this many killed.")]
TextOption = Annotated[str | None, typer.Option(
    "--text", help="Words in the report text (Arabic spelling variants match), or part of "
    "the evidence, place or actors.")]


class ListFormat(StrEnum):
    table = "table"
    json = "json"
    jsonl = "jsonl"
    csv = "csv"


def _open_store(db: str | None):  # type: ignore[no-untyped-def]
    from rasd.store import Store

    try:
        return Store(db)
    except RasdError as error:
        raise _fail(str(error)) from None


def _date(value: str | None, option: str) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise _fail(f"{option} {value!r} is not a date (YYYY-MM-DD)") from None


def _query(since: str | None, until: str | None, admin1: str | None, event_type: str | None,
           actor: str | None, min_fatalities: int | None, text: str | None,
           reviewed_only: bool = False, limit: int | None = None,
           min_sources: int = 1):  # type: ignore[no-untyped-def]
    from rasd.store import EventQuery

    return EventQuery(since=_date(since, "--since"), until=_date(until, "--until"),
                      admin1=admin1, event_type=event_type, actor=actor,
                      min_fatalities=min_fatalities, text=text, reviewed_only=reviewed_only,
                      limit=limit, min_sources=min_sources)


def _is_batch_output(path: Path) -> bool:
    """A folder written by `rasd batch` (its manifest says so)."""
    manifest = path / "manifest.json"
    if not manifest.is_file():
        return False
    try:
        return str(json.loads(manifest.read_text(encoding="utf-8")).get("format", "")
                   ).startswith("rasd-batch/")
    except (OSError, ValueError, AttributeError):
        return False


@app.command()
def ingest(
    paths: Annotated[list[Path], typer.Argument(
        help="Reports: .txt files or folders, JSONL/CSV with a text (or file) column, saved "
             "HTML pages, RSS/Atom feeds, WARC archives, Telegram result.json exports, or "
             "the output folder of `rasd batch` (its events are stored as extracted).")],
    db: DbOption = None,
    max_days: Annotated[int, typer.Option(
        help="Events at most this many days apart can be one incident.")] = 1,
    max_km: Annotated[float, typer.Option(
        help="Events at most this many km apart can be one incident.")] = 5.0,
    published: Annotated[str | None, typer.Option(
        help="Reference date YYYY-MM-DD for reports that carry none (for 'yesterday', "
             "weekdays).")] = None,
) -> None:
    """Store reports and their events in the database, grouped into incidents. A report
    already stored (same text) is skipped, so re-running adds nothing. Inputs that cannot
    be read are listed at the end (exit code 1 if any)."""
    from dataclasses import replace

    from rasd.sources import Report, read_inputs
    from rasd.store import GroupingRules, IngestStats

    reference = _date(published, "--published")

    def with_reference(items):  # type: ignore[no-untyped-def]
        for item in items:
            if reference and isinstance(item, Report) and item.published is None:
                item = replace(item, published=reference)
            yield item

    store = _open_store(db)
    started = time.perf_counter()
    progress = Progress(SpinnerColumn(), TextColumn("{task.description}"),
                        TimeElapsedColumn(), console=err, transient=False)

    def describe(stats: IngestStats) -> str:
        rate = stats.read / max(time.perf_counter() - started, 1e-9)
        return (f"{stats.read} reports · {rate:.0f}/s · {stats.added} added · "
                f"{stats.duplicates} already stored · {stats.events} events · "
                f"{stats.failed} errors")

    with progress:
        task = progress.add_task("starting…", total=None)

        def update(stats: IngestStats) -> None:
            progress.update(task, description=describe(stats))

        batch_outputs = [path for path in paths if _is_batch_output(path)]
        plain = [path for path in paths if path not in batch_outputs]
        try:
            stats = store.ingest(with_reference(read_inputs(plain)),
                                 rules=GroupingRules(max_days, max_km),
                                 on_progress=update) if plain else IngestStats()
            if batch_outputs:  # events already extracted by `rasd batch`
                require("batch", "rasd ingest of a batch output")
            for folder in batch_outputs:
                from rasd.batch import ingest_output

                done = ingest_output(folder, store)
                stats.read += done.read
                stats.added += done.added
                stats.duplicates += done.duplicates
                stats.events += done.events
                stats.rejected.extend(done.rejected)
        except RasdError as error:
            raise _fail(str(error)) from None
        progress.update(task, description=describe(stats))
    for rejected in stats.rejected:
        err.print(f"[red]rejected[/red] {escape(rejected.origin)}: {escape(rejected.reason)}",
                  highlight=False)
    typer.echo(json.dumps({"read": stats.read, "added": stats.added,
                           "already_stored": stats.duplicates, "events": stats.events,
                           "rejected": stats.failed,
                           "seconds": round(time.perf_counter() - started, 2)}))
    if stats.rejected:
        raise typer.Exit(1)


def _print_records(records: list[dict[str, Any]], fmt: ListFormat, columns: list[str],
                   title: str) -> None:
    if fmt is ListFormat.table:
        table = Table(title=title)
        for column in columns:
            table.add_column(column, overflow="fold")
        for record in records:
            table.add_row(*("" if record.get(c) is None else str(record.get(c))[:90]
                            for c in columns))
        Console().print(table)
    elif fmt is ListFormat.json:
        typer.echo(json.dumps(records, ensure_ascii=False, indent=2, default=str))
    elif fmt is ListFormat.jsonl:
        for record in records:
            typer.echo(json.dumps(record, ensure_ascii=False, default=str))
    else:
        from rasd.csvsafe import SafeDictWriter

        writer = SafeDictWriter(sys.stdout, fieldnames=list(records[0]) if records else columns,
                                extrasaction="ignore")
        writer.writeheader()
        for record in records:
            writer.writerow({k: json.dumps(v, ensure_ascii=False) if isinstance(v, list) else v
                             for k, v in record.items()})


def _say_if_cut(shown: int, total: int, what: str) -> None:
    """On stderr, so the JSON or CSV on stdout stays whole: a list cut at --limit says so."""
    if total > shown:
        err.print(f"{shown} of {total} {what}; --limit to see more", highlight=False)


@app.command()
def events(
    db: DbOption = None, since: SinceOption = None, until: UntilOption = None,
    admin1: Admin1Option = None, event_type: TypeOption = None, actor: ActorOption = None,
    min_fatalities: FatalitiesOption = None, text: TextOption = None,
    limit: Annotated[int, typer.Option(
        min=1, help="At most this many (stderr says when more matched).")] = 50,
    output: Annotated[ListFormat | None, typer.Option(
        "--format", "-f", help="table (default in a terminal), json, jsonl or csv.")] = None,
) -> None:
    """List stored events, filtered, oldest first: at most --limit (50) of them; when the
    list is cut, stderr says how many matched."""
    from rasd.store.export import event_records
    from rasd.store.query import count_events

    store = _open_store(db)
    query = _query(since, until, admin1, event_type, actor, min_fatalities, text, limit=limit)
    with store.engine.connect() as connection:
        records = list(event_records(connection, query))
        total = (connection.execute(count_events(query)).scalar_one()
                 if len(records) >= limit else len(records))
    _say_if_cut(len(records), total, "events")
    fmt = output or (ListFormat.table if sys.stdout.isatty() else ListFormat.json)
    _print_records(records, fmt, ["event_id", "event_date", "sub_event_type", "location_name",
                                  "admin1", "actor1", "actor2", "fatalities", "document",
                                  "incident_id"], f"{len(records)} events")


@app.command()
def incidents(
    db: DbOption = None, since: SinceOption = None, until: UntilOption = None,
    admin1: Admin1Option = None, event_type: TypeOption = None, actor: ActorOption = None,
    min_fatalities: FatalitiesOption = None, text: TextOption = None,
    min_sources: Annotated[int, typer.Option(min=1, help="Told by at least this many "
                                                         "reports.")] = 1,
    limit: Annotated[int, typer.Option(
        min=1, help="At most this many (stderr says when more matched).")] = 50,
    output: Annotated[ListFormat | None, typer.Option(
        "--format", "-f", help="table (default in a terminal), json, jsonl or csv.")] = None,
) -> None:
    """List incidents: events that one or more reports tell of, with every source's figure.
    At most --limit (50); when the list is cut, stderr says how many matched."""
    from rasd.store.export import incident_records
    from rasd.store.query import count_incidents

    store = _open_store(db)
    query = _query(since, until, admin1, event_type, actor, min_fatalities, text, limit=limit,
                   min_sources=min_sources)
    with store.engine.connect() as connection:
        records = list(incident_records(connection, query))
        total = (connection.execute(count_incidents(query)).scalar_one()
                 if len(records) >= limit else len(records))
    _say_if_cut(len(records), total, "incidents")
    fmt = output or (ListFormat.table if sys.stdout.isatty() else ListFormat.json)
    for record in records:
        record["outlets"] = "; ".join(dict.fromkeys(s["source"] for s in record["sources"]))
    _print_records(records, fmt, ["incident_id", "date_first", "sub_event_type",
                                  "location_name", "admin1", "fatalities", "fatalities_min",
                                  "fatalities_max", "source_count", "grade", "outlets"],
                   f"{len(records)} incidents")


@app.command()
def export(
    output: Annotated[str, typer.Option(
        "--format", "-f", help="acled-csv, geojson, jsonl or csv.")] = "acled-csv",
    incidents: Annotated[bool, typer.Option(
        "--incidents", help="One row per incident (all sources) instead of per event.")]
        = False,
    reviewed_only: Annotated[bool, typer.Option(
        "--reviewed-only", help="Leave out events no reviewer has accepted or edited.")]
        = False,
    out: Annotated[Path | None, typer.Option("--out", "-o", help="File to write "
                                                               "(default: stdout).")] = None,
    db: DbOption = None, since: SinceOption = None, until: UntilOption = None,
    admin1: Admin1Option = None, event_type: TypeOption = None, actor: ActorOption = None,
    min_fatalities: FatalitiesOption = None, text: TextOption = None,
) -> None:
    """Write stored events (or incidents) for QGIS, pandas or an ACLED workflow."""
    from rasd.store import ExportFormat

    try:
        fmt = ExportFormat(output)
    except ValueError:
        raise _fail(f"--format {output!r}: choose from "
                    f"{', '.join(f.value for f in ExportFormat)}") from None
    store = _open_store(db)
    query = _query(since, until, admin1, event_type, actor, min_fatalities, text,
                   reviewed_only=reviewed_only)
    if out is None:
        count = store.export(sys.stdout, fmt, incidents=incidents, query=query)
    else:
        partial = out.with_name(out.name + ".partial")
        with partial.open("w", encoding="utf-8", newline="") as handle:
            count = store.export(handle, fmt, incidents=incidents, query=query)
        partial.replace(out)  # a reader never sees half a file
    err.print(f"exported {count} {'incidents' if incidents else 'events'}")


@db_app.command("check")
def db_check(db: DbOption = None) -> None:
    """Check the database: the engine's integrity check, no report stored twice, every
    event in an incident, counts that agree. Exit code 1 on any problem."""
    store = _open_store(db)
    problems = store.check()
    typer.echo(json.dumps({"counts": store.counts(), "problems": problems},
                          ensure_ascii=False, indent=2))
    if problems:
        raise typer.Exit(1)


@db_app.command("regroup")
def db_regroup(
    db: DbOption = None,
    max_days: Annotated[int, typer.Option(help="Days apart for one incident.")] = 1,
    max_km: Annotated[float, typer.Option(help="Km apart for one incident.")] = 5.0,
) -> None:
    """Group all stored events into incidents again, with new rules."""
    from rasd.store import GroupingRules

    store = _open_store(db)
    count = store.regroup(GroupingRules(max_days, max_km))
    typer.echo(json.dumps({"incidents": count}))
