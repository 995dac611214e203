"""Commands on single reports and on rasd's knowledge: extract, gazetteer, eval, check."""

from __future__ import annotations

import datetime as dt
import io
import json
import sys
import time
from collections.abc import Iterator
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from rasd.csvsafe import SafeDictWriter
from rasd.errors import RasdError
from rasd.geojson import write_geojson
from rasd.model import ROW_FIELDS

if TYPE_CHECKING:
    from rasd.api import Extraction
    from rasd.model import Event

app = typer.Typer(help="Read Arabic conflict reports; write sourced, geocoded ACLED-style events.",
                  no_args_is_help=True, add_completion=False)
gazetteer_app = typer.Typer(help="Build and query the local place index.", no_args_is_help=True)
app.add_typer(gazetteer_app, name="gazetteer")
err = Console(stderr=True, soft_wrap=True)


class OutputFormat(StrEnum):
    table = "table"
    json = "json"
    jsonl = "jsonl"
    csv = "csv"
    geojson = "geojson"


def _fail(message: str, code: int = 2) -> typer.Exit:
    """Print `message` (as written: brackets in `rasd[web]` or a file name are not markup)
    and give the exit to raise."""
    err.print(f"[red]error:[/red] {escape(message)}", highlight=False, markup=True)
    return typer.Exit(code)


def _published_for(path: Path, given: dt.date | None) -> dt.date | None:
    """The reference date: given on the command line, else the report's record in a
    `documents.jsonl` beside it (read as `rasd ingest` reads it)."""
    if given:
        return given
    from rasd.sources.tables import DocumentsIndex

    return DocumentsIndex().published(path)


FLAT_FIELDS = ["document", *ROW_FIELDS]


def flatten_event(doc_id: str, event: Event) -> dict[str, Any]:
    """An event as one CSV or GeoJSON row: its flat row, the evidence and the rules joined
    into text."""
    row = event.row()
    return {"document": doc_id, **row,
            "evidence": " … ".join(e["text"] for e in row["evidence"]),
            "provenance": "; ".join(row["provenance"])}


def _flat_rows(results: list[Extraction]) -> Iterator[dict[str, Any]]:
    for result in results:
        for event in result.events:
            yield flatten_event(result.document.id, event)


def _print_table(result: dict[str, Any], console: Console) -> None:
    doc = result["document"]
    table = Table(title=f"{doc['id']} · {doc['published'] or 'no reference date'} · "
                        f"{len(result['events'])} events", show_lines=False)
    for column in ("date", "type", "place", "admin1", "actor1", "actor2", "killed", "conf.",
                   "evidence"):
        table.add_column(column, overflow="fold")
    for event in result["events"]:
        location = event["location"]
        place = location["name"] + ("" if location["latitude"] is not None else " (?)")
        evidence = event["evidence"][0]["text"] if event["evidence"] else ""
        table.add_row(event["event_date"] or "", event["sub_event_type"], place,
                      location["admin1"] or location["country"] or "", event["actor1"] or "",
                      event["actor2"] or "", str(event["fatalities"]),
                      "" if event.get("confidence") is None else f"{event['confidence']:.2f}",
                      evidence[:90] + ("…" if len(evidence) > 90 else ""))
    console.print(table)


@app.command()
def extract(
    files: Annotated[list[Path], typer.Argument(help="Report files (UTF-8, UTF-16 or "
                                                    "Windows-1256 text); - reads stdin.")],
    published: Annotated[str | None, typer.Option(
        help="Reference date YYYY-MM-DD for 'today', 'yesterday', weekdays. Default: the "
             "report's entry in a documents.jsonl beside it.")] = None,
    output: Annotated[OutputFormat | None, typer.Option(
        "--format", "-f", help="table (default in a terminal), json (default otherwise), "
                               "jsonl, csv or geojson.")] = None,
) -> None:
    """Extract events from reports. A file that cannot be read is reported by name and
    skipped; the others are still processed (exit code 1 if any failed)."""
    from rasd.api import extract as extract_text
    from rasd.api import extract_file
    from rasd.text.io import decode_report

    given: dt.date | None = None
    if published:
        try:
            given = dt.date.fromisoformat(published)
        except ValueError:
            raise _fail(f"--published {published!r} is not a date (YYYY-MM-DD)") from None
    fmt = output or (OutputFormat.table if sys.stdout.isatty() else OutputFormat.json)
    results: list[Extraction] = []
    failed = 0
    for path in files:
        try:
            if str(path) == "-":
                text, encoding = decode_report(sys.stdin.buffer.read(), "<stdin>")
                result = extract_text(text, given, doc_id="stdin")
                result.document.encoding = encoding
            else:
                result = extract_file(path, _published_for(path, given))
        except RasdError as error:
            failed += 1
            message = str(error) if str(path) in str(error) else f"{path}: {error}"
            err.print(f"[red]skipped[/red] {escape(message)}", highlight=False)
            continue
        results.append(result)
    _write(results, fmt, single=len(files) == 1)
    if failed:
        raise typer.Exit(1)


def _write(results: list[Extraction], fmt: OutputFormat, single: bool) -> None:
    out = sys.stdout
    if fmt is OutputFormat.table:
        console = Console()
        for result in results:
            _print_table(result.to_dict(), console)
    elif fmt is OutputFormat.json:
        payload: Any = (results[0].to_dict() if single and results
                        else [result.to_dict() for result in results])
        json.dump(payload, out, ensure_ascii=False, indent=2)
        out.write("\n")
    elif fmt is OutputFormat.jsonl:
        for result in results:
            for event in result.events:
                out.write(json.dumps({"document": result.document.id, **event.to_dict()},
                                     ensure_ascii=False) + "\n")
    elif fmt is OutputFormat.csv:
        buffer = io.StringIO()
        writer = SafeDictWriter(buffer, fieldnames=FLAT_FIELDS)
        writer.writeheader()
        writer.writerows(_flat_rows(results))
        out.write(buffer.getvalue())
    else:
        write_geojson(_flat_rows(results), out)


@gazetteer_app.command("build")
def gazetteer_build(
    source: Annotated[Path | None, typer.Option(
        help="Folder with the OCHA, Who's On First and OpenSyria files "
             "(default: ../shared/data/gazetteer when present).")] = None,
    out: Annotated[Path | None, typer.Option(help="Index file to write.")] = None,
    additions: Annotated[list[Path] | None, typer.Option(
        "--additions", help="Your own places and aliases (CSV); may repeat.")] = None,
) -> None:
    """Build the local place index from the gazetteer sources plus your own additions."""
    from rasd.geo.build import build_gazetteer
    from rasd.geo.gazetteer import default_additions, default_index_path, default_source_dir

    source = source or default_source_dir()
    if source is None or not Path(source).is_dir():
        raise _fail("no gazetteer sources found: pass --source DIR "
                    "(the folder holding ocha_2015/, whosonfirst_sy/, ...)")
    target = out or default_index_path()
    extra = list(additions or []) + list(default_additions())
    started = time.perf_counter()
    try:
        report = build_gazetteer(Path(source), Path(target), extra)
    except RasdError as error:
        raise _fail(str(error)) from None
    seconds = time.perf_counter() - started
    err.print(f"built {target} in {seconds:.1f} s")
    typer.echo(json.dumps(report, ensure_ascii=False, indent=2, default=str))


@gazetteer_app.command("lookup")
def gazetteer_lookup(name: Annotated[str, typer.Argument(help="A place name in Arabic.")]
                     ) -> None:
    """Show the places a name may mean."""
    from rasd.geo.gazetteer import load_default_gazetteer
    from rasd.geo.keys import place_key

    try:
        gazetteer = load_default_gazetteer()
    except RasdError as error:
        raise _fail(str(error)) from None
    for place in gazetteer.candidates(place_key(name)):
        typer.echo(json.dumps(place.__dict__ if hasattr(place, "__dict__") else
                              {f: getattr(place, f) for f in place.__dataclass_fields__},
                              ensure_ascii=False))


@app.command("eval")
def evaluate(
    gold: Annotated[list[Path] | None, typer.Argument(help="Folders of gold JSON files.")] = None,
    oeda: Annotated[Path | None, typer.Option(
        help="Score rasd.extract on the OEDA Arabic ASSAULT set's test half (folder or CSV).")
    ] = None,
    cv: Annotated[int, typer.Option(
        help="Cross-validate: train on K-1 folds of the gold reports (and the OEDA train "
             "half), score the held fold; 0 scores the shipped model.")] = 0,
    cuts: Annotated[int, typer.Option(
        help="With --cv: also score this many other cuts of the reports into folds and print "
             "the F1 of each (the spread says how much a difference between versions "
             "means).")] = 1,
    explain: Annotated[bool, typer.Option(help="List misses and false positives.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print scores as JSON.")] = False,
) -> None:
    """Score rasd against gold annotations by the rules in ../shared/eval/README.md."""
    if not gold and oeda is None:
        raise _fail("give gold folders, or --oeda DIR")
    from rasd.api import extract as extract_text

    if gold:
        from rasd.eval import evaluate_gold_dir, format_scores

        def predict(text: str, published: dt.date | None) -> list[dict[str, Any]]:
            return extract_text(text, published).to_dict()["events"]

        spread: list[float] = []
        try:
            if cv > 1:
                from rasd.cli.learn import default_oeda_dir
                from rasd.extract.events import EventExtractor
                from rasd.geo.resolve import default_finder
                from rasd.learn import cross_validate, load_gold_reports, load_oeda_sentences

                oeda_dir = default_oeda_dir()
                sentences = load_oeda_sentences(oeda_dir) if oeda_dir else []
                reports = load_gold_reports(*gold)
                extractor = EventExtractor(default_finder())
                scores = cross_validate(reports, sentences, extractor, cv, explain=explain)
                spread = [scores.f1] + [
                    cross_validate(reports, sentences, extractor, cv, cut=cut).f1
                    for cut in range(1, max(1, cuts))]
            else:
                scores = evaluate_gold_dir(gold, predict, explain=explain)
        except (RasdError, FileNotFoundError) as error:
            raise _fail(str(error)) from None
        if as_json:
            found = scores.to_dict(details=explain)
            if len(spread) > 1:
                found["f1_over_cuts"] = spread
            typer.echo(json.dumps(found, ensure_ascii=False, indent=2))
        else:
            if cv > 1:
                typer.echo(f"cross-validated, {cv} folds by report:")
            typer.echo(format_scores(scores, explain=explain))
            if len(spread) > 1:
                typer.echo(f"F1 over {len(spread)} cuts into folds: mean "
                           f"{sum(spread) / len(spread):.3f} ("
                           + ", ".join(f"{f1:.3f}" for f1 in spread) + ")")
    if oeda is not None:
        from rasd.eval import format_oeda, oeda_errors, score_oeda

        def violent(sentence: str) -> bool:
            return reports_violence(extract_text(sentence).events)

        try:
            oeda_scores = score_oeda(oeda, violent)
        except (RasdError, FileNotFoundError, ValueError) as error:
            raise _fail(str(error)) from None
        if as_json:
            typer.echo(json.dumps(oeda_scores.to_dict(), ensure_ascii=False, indent=2))
        else:
            typer.echo(format_oeda(oeda_scores))
        if explain:
            errors = oeda_errors(oeda, violent, limit=15)
            for title, items in (("false positives", errors.false_positives),
                                 ("false negatives", errors.false_negatives)):
                typer.echo(f"\n{title}:")
                for item in items:
                    typer.echo(f"  [{item.label}] {item.text}")


def reports_violence(events: list[Any]) -> bool:
    """The OEDA question asked of rasd's own answer: at least one event of a violent type."""
    from rasd.extract.decide import VIOLENT_TYPES

    return any(event.event_type in VIOLENT_TYPES for event in events)


@app.command()
def check() -> None:
    """Load and validate every data file (lexicons, numbers, dates); print what rasd knows."""
    from rasd.extract.lexicon import check_data

    try:
        counts = check_data()
    except RasdError as error:
        raise _fail(str(error)) from None
    typer.echo(json.dumps(counts))
