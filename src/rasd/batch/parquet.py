"""The batch output: two Parquet tables per partition, written so a reader never sees half.

    OUT/manifest.json
    OUT/documents/part-00000.parquet   one row per input record, in input order
    OUT/events/part-00000.parquet      one row per event

`documents` holds every record read, the bad ones too (`error` says why, `text` is null),
so `rasd ingest` and `read_output` can rebuild each `Report` (or `Rejected`) exactly. `events`
repeats the report's metadata on every row, so pandas or DuckDB need no join for the usual
questions; `(partition, record)` joins the two tables when they do. A partition's files are
written under hidden temporary names and renamed into place, documents first and events
last; a partition is complete when both exist and their footers name this run.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import uuid
from collections.abc import Iterator, Sequence
from typing import Any

import fsspec
import pyarrow as pa
import pyarrow.parquet as pq
from fsspec.implementations.local import LocalFileSystem

from rasd.model import Event
from rasd.sources import Rejected, Report

__all__ = [
    "DOCUMENTS_SCHEMA",
    "EVENTS_SCHEMA",
    "PartitionWriter",
    "document_row",
    "event_from_row",
    "event_rows",
    "item_from_row",
    "part_path",
    "read_partition",
    "read_stats",
]

RUN_KEY = b"rasd.batch.run"
STATS_KEY = b"rasd.batch.stats"
TABLES = ("documents", "events")
FLUSH_RECORDS = 256  # records buffered before a row group is written: memory stays flat
SAMPLE_REJECTED = 100  # bad records listed in a partition's stats (all are in `documents`)

_DOCUMENT = [
    ("doc_id", pa.string()), ("origin", pa.string()), ("url", pa.string()),
    ("source", pa.string()), ("title", pa.string()), ("published", pa.date32()),
]
DOCUMENTS_SCHEMA = pa.schema([
    ("partition", pa.int32()), ("record", pa.int32()),
    ("shard", pa.string()), ("position", pa.int64()),
    *_DOCUMENT,
    ("encoding", pa.string()), ("length", pa.int64()), ("content_hash", pa.string()),
    ("event_count", pa.int32()), ("error", pa.string()), ("text", pa.large_string()),
])
EVENTS_SCHEMA = pa.schema([
    ("partition", pa.int32()), ("record", pa.int32()), ("event_index", pa.int32()),
    *_DOCUMENT,
    ("content_hash", pa.string()),
    ("event_type", pa.string()), ("sub_event_type", pa.string()),
    ("event_date", pa.date32()), ("time_precision", pa.int32()),
    ("actor1", pa.string()), ("actor2", pa.string()),
    ("location_name", pa.string()), ("country", pa.string()), ("admin1", pa.string()),
    ("admin2", pa.string()), ("admin3", pa.string()),
    ("latitude", pa.float64()), ("longitude", pa.float64()), ("geo_precision", pa.int32()),
    ("gazetteer_id", pa.string()),
    ("fatalities", pa.int32()), ("injuries", pa.int32()), ("civilian_targeting", pa.bool_()),
    ("evidence", pa.string()), ("provenance", pa.list_(pa.string())),
    ("confidence", pa.float64()),
])
SCHEMAS = {"documents": DOCUMENTS_SCHEMA, "events": EVENTS_SCHEMA}


def part_path(root: str, table: str, number: int) -> str:
    return f"{root.rstrip('/')}/{table}/part-{number:05d}.parquet"


# -- rows (pure) ------------------------------------------------------------------------------

def _metadata(item: Report | Rejected) -> dict[str, Any]:
    if isinstance(item, Rejected):
        return {"doc_id": None, "origin": item.origin, "url": None, "source": None,
                "title": None, "published": None}
    return {"doc_id": item.id, "origin": item.origin, "url": item.url, "source": item.source,
            "title": item.title, "published": item.published}


def document_row(partition: int, record: int, shard: str, position: int,
                 item: Report | Rejected, events: int, error: str | None,
                 content_hash: str | None) -> dict[str, Any]:
    """A documents row: a report with its event count, or a bad record with the reason."""
    report = item if isinstance(item, Report) and error is None else None
    return {
        "partition": partition, "record": record, "shard": shard, "position": position,
        **_metadata(item),
        "encoding": item.encoding if isinstance(item, Report) else None,
        "length": len(item.text) if isinstance(item, Report) else None,
        "content_hash": content_hash,
        "event_count": events if report else None,
        "error": error if error is not None else (
            item.reason if isinstance(item, Rejected) else None),
        "text": report.text if report else None,
    }


def event_rows(partition: int, record: int, report: Report, content_hash: str,
               events: Sequence[Event]) -> list[dict[str, Any]]:
    """One events row per event: the report's metadata, then the event's flat row
    (`Event.row`) with its date as a date and its evidence as JSON (offsets into the
    report's text)."""
    meta = _metadata(report)
    rows = []
    for index, event in enumerate(events):
        flat = event.row()
        rows.append({
            "partition": partition, "record": record, "event_index": index, **meta,
            "content_hash": content_hash, **flat,
            "event_date": dt.date.fromisoformat(event.event_date) if event.event_date else None,
            "evidence": json.dumps(flat["evidence"], ensure_ascii=False),
        })
    return rows


def event_from_row(row: dict[str, Any]) -> Event:
    """The `Event` an events row was written from (`to_dict()` gives the same dict)."""
    return Event.from_row({**row, "evidence": json.loads(row["evidence"])})


def item_from_row(row: dict[str, Any]) -> Report | Rejected:
    """The `Report` (or `Rejected`) a documents row was written from."""
    if row["error"] is not None:
        return Rejected(row["origin"], row["error"])
    return Report(text=row["text"], origin=row["origin"], id=row["doc_id"] or "",
                  url=row["url"] or "", source=row["source"] or "",
                  published=row["published"], title=row["title"] or "",
                  encoding=row["encoding"] or "utf-8")


# -- files (I/O) -------------------------------------------------------------------------------

def _replace(fs: fsspec.AbstractFileSystem, source: str, target: str) -> None:
    """Rename over `target`: atomic on a local disk; on object stores the new object
    appears whole when its upload ends."""
    if isinstance(fs, LocalFileSystem):
        os.replace(source, target)
    else:
        fs.mv(source, target)


def _footer(fs: fsspec.AbstractFileSystem, path: str) -> dict[bytes, bytes] | None:
    try:
        with fs.open(path, "rb") as handle:
            return dict(pq.read_metadata(handle).metadata or {})
    except (FileNotFoundError, OSError, pa.ArrowException):
        return None


def read_stats(fs: fsspec.AbstractFileSystem, root: str, run: str, number: int
               ) -> dict[str, Any] | None:
    """A complete partition's stats, from its footer; None when it is missing, half
    written, or left by another run."""
    expected = f"{run}:{number}".encode()
    footers = [_footer(fs, part_path(root, table, number)) for table in TABLES]
    if any(footer is None or footer.get(RUN_KEY) != expected for footer in footers):
        return None
    documents = footers[0]
    assert documents is not None
    return dict(json.loads(documents[STATS_KEY]))


class PartitionWriter:
    """Streams a partition's rows into hidden temporary files; `commit` renames them into
    place. Rows are written every `FLUSH_RECORDS` records, so a big partition costs no more
    memory than a small one."""

    def __init__(self, fs: fsspec.AbstractFileSystem, root: str, run: str, number: int
                 ) -> None:
        self.fs, self.root, self.number = fs, root, number
        token = uuid.uuid4().hex
        self.metadata = {RUN_KEY: f"{run}:{number}".encode()}
        self.paths: dict[str, tuple[str, str]] = {}
        self.handles: dict[str, Any] = {}
        self.writers: dict[str, pq.ParquetWriter] = {}
        self.rows: dict[str, list[dict[str, Any]]] = {table: [] for table in TABLES}
        self.buffered = 0
        for table in TABLES:
            final = part_path(root, table, number)
            folder, name = final.rsplit("/", 1)
            temporary = f"{folder}/.{name}.{token}.tmp"
            fs.makedirs(folder, exist_ok=True)
            self.paths[table] = (temporary, final)
            self.handles[table] = fs.open(temporary, "wb")
            self.writers[table] = pq.ParquetWriter(
                self.handles[table], SCHEMAS[table].with_metadata(self.metadata),
                compression="zstd")

    def add(self, document: dict[str, Any], events: Sequence[dict[str, Any]]) -> None:
        self.rows["documents"].append(document)
        self.rows["events"].extend(events)
        self.buffered += 1
        if self.buffered >= FLUSH_RECORDS:
            self.flush()

    def flush(self) -> None:
        for table in TABLES:
            if self.rows[table]:
                self.writers[table].write_table(
                    pa.Table.from_pylist(self.rows[table], schema=SCHEMAS[table]))
                self.rows[table] = []
        self.buffered = 0

    def commit(self, stats: dict[str, Any]) -> None:
        """Close both files with `stats` in the documents footer and move them into place,
        documents first: a partition whose events file is missing is not complete."""
        self.flush()
        self.writers["documents"].add_key_value_metadata(
            {STATS_KEY: json.dumps(stats, ensure_ascii=False).encode()})
        for table in TABLES:
            self.writers[table].close()
            self.handles[table].close()
        for table in TABLES:
            _replace(self.fs, *self.paths[table])

    def abort(self) -> None:
        """Drop the temporary files (a failed task leaves nothing a reader could take)."""
        for table in TABLES:
            # Best effort: a later complete run sweeps what is left.
            with contextlib.suppress(Exception):
                self.writers[table].close()
                self.handles[table].close()
                self.fs.rm(self.paths[table][0])


def read_partition(fs: fsspec.AbstractFileSystem, root: str, number: int
                   ) -> Iterator[tuple[Report | Rejected, list[Event]]]:
    """A partition's records in input order, each with its events."""
    by_record: dict[int, list[Event]] = {}
    with fs.open(part_path(root, "events", number), "rb") as handle:
        for row in pq.read_table(handle).to_pylist():
            by_record.setdefault(row["record"], []).append(event_from_row(row))
    with fs.open(part_path(root, "documents", number), "rb") as handle:
        for batch in pq.ParquetFile(handle).iter_batches(batch_size=FLUSH_RECORDS):
            for row in batch.to_pylist():
                yield item_from_row(row), by_record.get(row["record"], [])


def sweep_temporary(fs: fsspec.AbstractFileSystem, root: str) -> int:
    """Remove temporary files left by killed tasks. Only safe once no task is running."""
    removed = 0
    for table in TABLES:
        folder = f"{root.rstrip('/')}/{table}"
        if not fs.exists(folder):
            continue
        for path in fs.ls(folder, detail=False):
            name = path.rsplit("/", 1)[-1]
            if name.startswith(".part-") and name.endswith(".tmp"):
                fs.rm(path)
                removed += 1
    return removed
