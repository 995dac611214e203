"""A batch run from start to end: plan, skip what is done, index, extract, record.

The driver (this process) only lists the inputs, plans the partitions and writes the
manifest; it never reads a report. Everything that reads or writes reports runs as tasks
on the engine, so the driver's memory does not grow with the archive.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import time
import uuid
from collections.abc import Iterator, Sequence
from dataclasses import asdict, dataclass
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

import fsspec

from rasd.batch import parquet
from rasd.batch.engines import DaskEngine, Engine, LocalEngine
from rasd.batch.inputs import BatchError, discover, display, open_fs
from rasd.batch.partitions import (
    Shard,
    Spec,
    default_partitions,
    interior_boundaries,
    local_ranges,
    resolve_pieces,
    run_key,
)
from rasd.batch.tasks import index_shard, run_partition
from rasd.model import Event, rasd_version
from rasd.sources import Rejected, Report

if TYPE_CHECKING:
    from rasd.store import IngestStats, Store

__all__ = ["BatchResult", "ingest_output", "read_manifest", "read_output", "run_batch"]

MANIFEST = "manifest.json"
FORMAT = "rasd-batch/1"
LISTED_REJECTED = 1000  # bad records named in the manifest; all are in documents/*.parquet


@dataclass(frozen=True)
class BatchResult:
    """What a run did: the manifest it wrote, and where."""

    out: str
    manifest: dict[str, Any]

    @property
    def complete(self) -> bool:
        return bool(self.manifest["status"] == "complete")

    @property
    def totals(self) -> dict[str, int]:
        return dict(self.manifest["totals"])

    @property
    def rejected(self) -> list[Rejected]:
        """The bad records the manifest lists (at most `LISTED_REJECTED`)."""
        return [Rejected(r["origin"], r["reason"]) for r in self.manifest["rejected"]]

    @property
    def failed(self) -> list[dict[str, Any]]:
        """Partitions left incomplete (a re-run does them)."""
        return [part for part in self.manifest["parts"] if part["status"] != "complete"]


def extractor_version() -> str:
    """rasd's version and a digest of its lexicons and rules: output made by another
    extractor is another dataset, never mixed into this one."""
    digest = hashlib.sha256()
    data = resources.files("rasd") / "data"
    for entry in sorted(data.iterdir(), key=lambda e: e.name):
        if entry.is_file():
            digest.update(entry.name.encode() + b"\0" + entry.read_bytes() + b"\0")
    return f"{rasd_version()}+{digest.hexdigest()[:16]}"


def _schema(table: str) -> dict[str, str]:
    return {field.name: str(field.type) for field in parquet.SCHEMAS[table]}


def _write_json(fs: fsspec.AbstractFileSystem, path: str, value: dict[str, Any]) -> None:
    """Write atomically: a reader sees the old manifest or the new one, never half."""
    temporary = f"{path}.{uuid.uuid4().hex}.tmp"
    with fs.open(temporary, "w", encoding="utf-8") as handle:
        json.dump(value, handle, ensure_ascii=False, indent=2)
    parquet._replace(fs, temporary, path)


def read_manifest(out: str | Path) -> dict[str, Any] | None:
    """The manifest of a batch output, or None when there is none."""
    fs, root = open_fs(str(out))
    path = f"{root}/{MANIFEST}"
    if not fs.exists(path):
        return None
    with fs.open(path, "r", encoding="utf-8") as handle:
        try:
            found = json.load(handle)
        except json.JSONDecodeError:
            raise BatchError(f"{out}: {MANIFEST} is not valid JSON") from None
    if not isinstance(found, dict) or found.get("format") != FORMAT:
        raise BatchError(f"{out}: {MANIFEST} is not a rasd batch manifest")
    return found


def _part_files(fs: fsspec.AbstractFileSystem, root: str) -> list[str]:
    found: list[str] = []
    for table in parquet.TABLES:
        found += fs.glob(f"{root}/{table}/part-*.parquet")
        found += fs.glob(f"{root}/{table}/.part-*.tmp")
    return sorted(found)


def _prepare_out(fs: fsspec.AbstractFileSystem, root: str, out: str, key: str,
                 overwrite: bool) -> None:
    """Make `root` ready for run `key`: resume that run, replace another (`overwrite`), or
    refuse to mix two runs' partitions in one dataset."""
    try:
        existing = read_manifest(out)
    except BatchError:
        if not overwrite:
            raise
        existing = {}  # not ours, or damaged: replaced below
    if existing is not None and existing.get("run") == key and not overwrite:
        return
    leftovers = _part_files(fs, root)
    if existing is None and not leftovers:
        return
    if not overwrite:
        raise BatchError(
            f"{out} holds the output of another run (other inputs, partitions or rasd "
            f"version): give another --out, or --overwrite to replace it")
    for path in leftovers:
        fs.rm(path)
    if fs.exists(f"{root}/{MANIFEST}"):
        fs.rm(f"{root}/{MANIFEST}")


def _choose_partitions(shards: Sequence[Shard], extractor: str, out: str,
                       given: int | None) -> int:
    """`given`, else the count of the run already in `out` for these inputs (so a bare
    re-run resumes it), else the default for the input size."""
    if given is not None:
        if given < 1:
            raise BatchError("--partitions must be at least 1")
        return given
    try:
        existing = read_manifest(out)
    except BatchError:
        existing = None
    if existing is not None and isinstance(existing.get("partitions"), int):
        count = int(existing["partitions"])
        if run_key(shards, count, extractor) == existing.get("run"):
            return count
    return default_partitions(sum(shard.size for shard in shards))


def _make_engine(engine: str, scheduler: str | None, workers: int | None,
                 client: Any) -> Engine:
    if engine == "local":
        if scheduler or client is not None:
            raise BatchError("--scheduler needs --engine dask")
        return LocalEngine(workers)
    if engine == "dask":
        return DaskEngine(scheduler, workers, client)
    raise BatchError(f"unknown engine {engine!r}: local or dask")


def _prepare_gazetteer(engine: str, scheduler: str | None, client: Any) -> None:
    """Workers on this machine share its gazetteer index: make sure it is built (and fresh)
    here, once, before they start, so they never race to build it."""
    if engine == "local" or (scheduler is None and client is None):
        from rasd.geo.gazetteer import load_default_gazetteer

        load_default_gazetteer()


def _failure(error: BaseException) -> str:
    return f"{type(error).__name__}: {error}" if str(error) else type(error).__name__


def run_batch(inputs: Sequence[str | Path], out: str | Path, *, engine: str = "local",
              scheduler: str | None = None, partitions: int | None = None,
              workers: int | None = None, client: Any = None, overwrite: bool = False,
              progress: bool = False) -> BatchResult:
    """Extract the events of every report in `inputs` (JSONL, CSV or Parquet files, folders
    or globs; local paths or fsspec URLs) into partitioned Parquet under `out`.

    `engine` is "local" (a pool of `workers` processes, default all cores) or "dask" (the
    cluster at `scheduler`, the `client` given, or a `LocalCluster` of `workers` processes).
    A bad record is counted and listed, never fatal; a partition whose task failed is
    reported in the manifest and done by the next run, which skips complete partitions.
    Raises `BatchError` when the run cannot start (missing input, another run's output).
    """
    started = time.perf_counter()
    started_at = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    out = str(out)
    shards, plan_rejected = discover([str(given) for given in inputs])
    extractor = extractor_version()
    count = _choose_partitions(shards, extractor, out, partitions)
    key = run_key(shards, count, extractor)
    fs, root = open_fs(out)
    fs.makedirs(root, exist_ok=True)
    target = display(fs, root)  # what workers open: a URL, or an absolute local path
    _prepare_out(fs, root, out, key, overwrite)
    manifest: dict[str, Any] = {
        "format": FORMAT, "status": "running", "run": key, "partitions": count,
        "extractor": extractor, "inputs": [asdict(shard) for shard in shards],
        "engine": engine, "scheduler": scheduler, "workers": None,
        "started_at": started_at, "finished_at": None, "seconds": None,
        "totals": {}, "parts": [], "rejected": [],
        "schema": {table: _schema(table) for table in parquet.TABLES},
    }
    _write_json(fs, f"{root}/{MANIFEST}", manifest)

    ranges = local_ranges([shard.size for shard in shards], count,
                          whole={index for index, shard in enumerate(shards)
                                 if shard.compression})
    stats: dict[int, dict[str, Any]] = {}
    for number in range(count):
        done = parquet.read_stats(fs, root, key, number)
        if done is not None:
            stats[number] = {**done, "reused": True, "seconds": 0.0}
    todo = [number for number in range(count) if number not in stats]
    errors: dict[int, str] = {}
    if todo:
        _prepare_gazetteer(engine, scheduler, client)
        runner = _make_engine(engine, scheduler, workers, client)
        try:
            runner.start()
            manifest["workers"] = runner.workers
            manifest["scheduler"] = runner.address
            errors = _run(runner, shards, ranges, todo, key, target, stats, progress)
        finally:
            runner.close()

    manifest.update(_summary(count, stats, errors, plan_rejected))
    manifest["finished_at"] = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    manifest["seconds"] = round(time.perf_counter() - started, 3)
    if manifest["status"] == "complete":
        parquet.sweep_temporary(fs, root)
    _write_json(fs, f"{root}/{MANIFEST}", manifest)
    return BatchResult(out, manifest)


def _run(runner: Engine, shards: Sequence[Shard], ranges: list[list[tuple[int, int, int]]],
         todo: list[int], key: str, target: str, stats: dict[int, dict[str, Any]],
         progress: bool) -> dict[int, str]:
    """Index the shards the remaining partitions cut, then extract those partitions.
    Fills `stats`; returns the partitions that failed, with why."""
    token = uuid.uuid4().hex[:8]  # task keys unique to this call: no stale result reused
    sizes = [shard.size for shard in shards]
    cuts = {index: offsets for index, offsets in
            interior_boundaries([ranges[number] for number in todo], sizes).items()
            if shards[index].format != "parquet"}
    indexed = runner.map(index_shard, [(shards[index], offsets) for index, offsets in
                                       cuts.items()],
                         keys=[f"rasd-index-{token}-{index}" for index in cuts],
                         label="finding record starts", progress=False)
    resolved: dict[int, dict[int, tuple[int, int]]] = {}
    errors: dict[int, str] = {}
    broken: dict[int, str] = {}
    for index, outcome in zip(cuts, indexed, strict=True):
        if isinstance(outcome, BaseException):
            broken[index] = f"{shards[index].url}: {_failure(outcome)}"
        else:
            resolved[index] = outcome
    specs: list[Spec] = []
    for number in todo:
        needed = sorted({shard for shard, _start, _stop in ranges[number]})
        unreadable = [broken[shard] for shard in needed if shard in broken]
        if unreadable:
            errors[number] = unreadable[0]
            continue
        pieces = resolve_pieces(ranges[number], shards, resolved)
        used = tuple(sorted({piece.shard for piece in pieces}))
        specs.append(Spec(key, number, pieces, tuple(shards[i] for i in used), used))
    outcomes = runner.map(run_partition, [(spec, target) for spec in specs],
                          keys=[f"rasd-partition-{token}-{spec.number:05d}" for spec in specs],
                          label=f"extracting {len(specs)} partitions", progress=progress,
                          tally=lambda result: 0 if isinstance(result, BaseException)
                          else int(result["reports"]))
    for spec, outcome in zip(specs, outcomes, strict=True):
        if isinstance(outcome, BaseException):
            errors[spec.number] = _failure(outcome)
        else:
            stats[spec.number] = outcome
    return errors


def _summary(count: int, stats: dict[int, dict[str, Any]], errors: dict[int, str],
             plan_rejected: Sequence[Rejected]) -> dict[str, Any]:
    parts: list[dict[str, Any]] = []
    listed = [{"origin": r.origin, "reason": r.reason} for r in plan_rejected]
    totals = {"records": 0, "reports": 0, "rejected": len(plan_rejected), "events": 0,
              "partitions_complete": 0, "partitions_reused": 0, "partitions_failed": 0}
    for number in range(count):
        files = {"files": {table: f"{table}/part-{number:05d}.parquet"
                           for table in parquet.TABLES}}
        found = stats.get(number)
        if found is None:
            totals["partitions_failed"] += 1
            parts.append({"partition": number, "status": "failed", **files,
                          "error": errors.get(number, "not run")})
            continue
        totals["partitions_complete"] += 1
        totals["partitions_reused"] += bool(found.get("reused"))
        for name in ("records", "reports", "rejected", "events"):
            totals[name] += int(found[name])
        listed += [{"origin": origin, "reason": reason}
                   for origin, reason in found.get("rejected_sample", [])]
        parts.append({"partition": number, "status": "complete", **files,
                      **{name: found[name] for name in ("records", "reports", "rejected",
                                                        "events", "reused", "seconds")}})
    return {"status": "complete" if not totals["partitions_failed"] else "incomplete",
            "totals": totals, "parts": parts, "rejected": listed[:LISTED_REJECTED],
            "rejected_listed": min(len(listed), LISTED_REJECTED)}


def read_output(out: str | Path) -> Iterator[tuple[Report | Rejected, list[Event]]]:
    """Every record of a complete batch output, in input order: the `Report` with the
    events extracted from it, or the `Rejected` record with no events."""
    manifest = read_manifest(out)
    if manifest is None:
        raise BatchError(f"{out}: no {MANIFEST}: not a rasd batch output")
    if manifest["status"] != "complete":
        raise BatchError(f"{out}: the run is {manifest['status']}: run `rasd batch` again "
                         "to finish it")
    fs, root = open_fs(str(out))
    for number in range(int(manifest["partitions"])):
        yield from parquet.read_partition(fs, root, number)


def ingest_output(out: str | Path, store: Store) -> IngestStats:
    """Store a batch output's reports and events in a database without extracting again
    (the database groups them into incidents and skips reports it holds)."""
    waiting: dict[int, list[Event]] = {}

    def items() -> Iterator[Report | Rejected]:
        for item, events in read_output(out):
            waiting.clear()
            waiting[id(item)] = events
            yield item

    return store.ingest(items(), extract=lambda report: waiting.pop(id(report)))
