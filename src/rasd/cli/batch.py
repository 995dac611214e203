"""`rasd batch`: an archive of reports to partitioned Parquet, on all cores or a Dask cluster."""

from __future__ import annotations

import json
import sys
from enum import StrEnum
from typing import Annotated

import typer
from rich.markup import escape

from rasd.cli.core import _fail, app, err
from rasd.errors import RasdError
from rasd.extras import MissingExtra, require

SHOWN_REJECTED = 20  # bad records named on stderr; the manifest and documents hold the rest


class EngineChoice(StrEnum):
    local = "local"
    dask = "dask"


@app.command()
def batch(
    inputs: Annotated[list[str], typer.Argument(
        help="JSONL, CSV/TSV or Parquet tables of reports (a text column, or a file column "
             "naming a .txt beside the table; JSONL and CSV may end in .gz, .bz2 or .xz): "
             "files, folders or globs, local or fsspec URLs (s3://..., gs://...).")],
    out: Annotated[str, typer.Option(
        "--out", "-o", help="Output folder (or fsspec URL every worker can write): "
                            "manifest.json, documents/ and events/ Parquet parts.")],
    engine: Annotated[EngineChoice, typer.Option(
        help="local: a process pool on this machine. dask: the cluster at --scheduler, "
             "or a LocalCluster started for this run.")] = EngineChoice.local,
    scheduler: Annotated[str | None, typer.Option(
        help="Dask scheduler address, tcp://HOST:PORT (with --engine dask).")] = None,
    partitions: Annotated[int | None, typer.Option(
        min=1, help="Output partitions (default: about 2 MiB of input each, at least 16; "
                    "a re-run into the same --out keeps its count).")] = None,
    workers: Annotated[int | None, typer.Option(
        min=1, help="Worker processes for the local pool or the LocalCluster "
                    "(default: all cores).")] = None,
    overwrite: Annotated[bool, typer.Option(
        help="Replace what --out holds instead of resuming it.")] = False,
    progress: Annotated[bool | None, typer.Option(
        help="Show progress on stderr (default: when stderr is a terminal).")] = None,
) -> None:
    """Extract the events of every report in sharded tables, in parallel, into Parquet.
    Bad records are counted, listed on stderr and in the manifest, and never stop the run;
    a re-run skips the partitions already written. Exit code 1 if any record was bad or a
    partition failed (a re-run finishes it)."""
    try:
        require("batch", "rasd batch")
    except MissingExtra as error:
        raise _fail(str(error)) from None
    from rasd.batch import run_batch

    if scheduler and engine is not EngineChoice.dask:
        raise _fail("--scheduler needs --engine dask")
    show = sys.stderr.isatty() if progress is None else progress
    try:
        result = run_batch(inputs, out, engine=engine.value, scheduler=scheduler,
                           partitions=partitions, workers=workers, overwrite=overwrite,
                           progress=show)
    except RasdError as error:
        raise _fail(str(error)) from None
    totals = result.totals
    for rejected in result.rejected[:SHOWN_REJECTED]:
        err.print(f"[red]rejected[/red] {escape(rejected.origin)}: {escape(rejected.reason)}",
                  highlight=False)
    if totals["rejected"] > SHOWN_REJECTED:
        err.print(f"… {totals['rejected'] - SHOWN_REJECTED} more bad records: see "
                  f"{out}/manifest.json and the documents rows whose error is set",
                  highlight=False)
    for part in result.failed:
        err.print(f"[red]failed[/red] partition {part['partition']}: {escape(part['error'])}",
                  highlight=False)
    typer.echo(json.dumps({"out": out, "status": result.manifest["status"], **totals,
                           "seconds": result.manifest["seconds"]}, ensure_ascii=False))
    if totals["rejected"] or not result.complete:
        raise typer.Exit(1)
