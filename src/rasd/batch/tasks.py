"""What runs on a worker. Module-level functions, so any engine can ship them by name.

The extractor (gazetteer index, lexicons, matchers) is built on a worker's first task and
kept for the life of the process (`rasd.api.default_extractor` is cached), so its cost is
paid once per worker, never per task. A lock makes that true with several threads too.
"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Sequence
from typing import Any

from rasd.batch.inputs import open_fs, read_piece, resolve_boundaries
from rasd.batch.parquet import (
    SAMPLE_REJECTED,
    PartitionWriter,
    document_row,
    event_rows,
    read_stats,
)
from rasd.batch.partitions import Shard, Spec
from rasd.errors import RasdError
from rasd.extract.events import EventExtractor
from rasd.model import Event, content_hash, rasd_version
from rasd.sources import Rejected, Report

__all__ = ["extractor", "index_shard", "run_partition", "warm"]

_LOCK = threading.Lock()


def extractor() -> EventExtractor:
    """This process's extractor, built on first use."""
    from rasd.api import default_extractor

    with _LOCK:
        return default_extractor()


def warm() -> dict[str, Any]:
    """Build the extractor now (a missing gazetteer fails here, once, with its message) and
    say where this worker runs."""
    from rasd.geo.gazetteer import default_index_path

    extractor()
    return {"pid": os.getpid(), "rasd": rasd_version(), "gazetteer": str(default_index_path())}


def index_shard(shard: Shard, offsets: Sequence[int]) -> dict[int, tuple[int, int]]:
    """Where the records a partition boundary cuts start (see `resolve_boundaries`)."""
    return resolve_boundaries(shard, offsets)


def _extract(report: Report) -> tuple[list[Event], str | None]:
    """A report's events, or why there are none: a bad report never stops a partition."""
    from rasd.api import extract

    try:
        return extract(report.text, report.published, doc_id=report.id,
                       extractor=extractor()).events, None
    except RasdError as error:
        return [], str(error)
    except Exception as error:  # a bug must not stop a night's batch; it is reported
        return [], f"extraction failed ({type(error).__name__}: {error})"


def run_partition(spec: Spec, out: str) -> dict[str, Any]:
    """Read, extract and write one partition; return its stats.

    Idempotent: a partition already complete for this run is not redone (its stats come
    from its footer), and one redone after a lost worker is written whole under a
    temporary name and renamed over whatever was there."""
    started = time.perf_counter()
    fs, root = open_fs(out)
    done = read_stats(fs, root, spec.run, spec.number)
    if done is not None:
        return {**done, "reused": True, "seconds": 0.0}
    stats: dict[str, Any] = {"partition": spec.number, "records": 0, "reports": 0,
                             "rejected": 0, "events": 0, "rejected_sample": []}
    writer = PartitionWriter(fs, root, spec.run, spec.number)
    try:
        for piece in spec.pieces:
            shard = spec.shard(piece.shard)
            for position, item in read_piece(shard, piece):
                record = stats["records"]
                stats["records"] += 1
                events: list[Event] = []
                error = item.reason if isinstance(item, Rejected) else None
                digest = None
                if isinstance(item, Report):
                    digest = content_hash(item.text)
                    events, error = _extract(item)
                if error is not None:
                    stats["rejected"] += 1
                    if len(stats["rejected_sample"]) < SAMPLE_REJECTED:
                        stats["rejected_sample"].append([item.origin, error])
                else:
                    stats["reports"] += 1
                    stats["events"] += len(events)
                rows = (event_rows(spec.number, record, item, digest, events)
                        if isinstance(item, Report) and digest and error is None else [])
                writer.add(document_row(spec.number, record, shard.url, position, item,
                                        len(events), error, digest), rows)
        writer.commit(stats)
    except BaseException:
        writer.abort()
        raise
    return {**stats, "reused": False, "seconds": round(time.perf_counter() - started, 3)}
