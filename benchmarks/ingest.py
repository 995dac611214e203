"""Measure ingest speed against extraction alone, and memory as the input grows.

    python benchmarks/ingest.py [DOCUMENTS_JSONL] [--postgres URL] [--copies 1 3]

For each size (the corpus repeated N times, each copy made distinct by a line naming it, so
nothing is skipped as already stored), it reports reports/s for extraction alone and for
`rasd ingest` into a fresh SQLite file (and PostgreSQL when a URL is given), and the peak
resident memory of a child process that ingests that size. Speed is measured here, never
asserted in tests. Quote the figures with the machine and data.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

from rasd.sources import Report, read_inputs


def copies_of(jsonl: Path, copies: int) -> Iterator[Report]:
    for copy in range(copies):
        for item in read_inputs([jsonl]):
            if isinstance(item, Report):
                yield item if copy == 0 else replace(
                    item, text=f"{item.text}\n(نسخة {copy})", id=f"{item.id}-{copy}")


def _fresh_postgres(url: str) -> None:
    from sqlalchemy import create_engine, text

    from rasd.store.db import database_url
    from rasd.store.schema import metadata
    from rasd.store.search import drop_index

    engine = create_engine(database_url(url))
    with engine.begin() as connection:
        drop_index(connection)  # the search index depends on documents
        metadata.drop_all(connection)
        connection.execute(text("DROP TABLE IF EXISTS alembic_version"))
    engine.dispose()


def measure(jsonl: Path, copies: int, postgres: str | None) -> dict[str, object]:
    from rasd.store import Store, extract_report

    reports = list(copies_of(jsonl, copies))
    extract_report(reports[0])  # load the gazetteer and compile the matchers first
    started = time.perf_counter()
    for report in reports:
        extract_report(report)
    extraction = time.perf_counter() - started
    result: dict[str, object] = {"reports": len(reports),
                                 "extract_per_s": round(len(reports) / extraction, 1)}
    targets = {"sqlite": None}
    if postgres:
        targets["postgresql"] = postgres
    for name, url in targets.items():
        with tempfile.TemporaryDirectory() as tmp:
            if url is None:
                url = str(Path(tmp) / "bench.db")
            else:
                _fresh_postgres(url)
            store = Store(url)
            started = time.perf_counter()
            stats = store.ingest(iter(reports))
            seconds = time.perf_counter() - started
            store.engine.dispose()
        result[f"ingest_{name}_per_s"] = round(stats.added / seconds, 1)
        result[f"ingest_{name}_vs_extract"] = round(seconds / extraction, 2)
    return result


def peak_memory_mb(jsonl: Path, copies: int) -> float:
    """Peak RSS of a child process that streams `copies` of the corpus into SQLite."""
    output = subprocess.run([sys.executable, __file__, str(jsonl), "--child", str(copies)],
                            capture_output=True, text=True, check=True).stdout
    return round(int(output.split()[-1]) / 1024, 1)


def child(jsonl: Path, copies: int) -> None:
    from rasd.store import Store

    with tempfile.TemporaryDirectory() as tmp:
        store = Store(str(Path(tmp) / "memory.db"))
        store.ingest(copies_of(jsonl, copies))
        store.engine.dispose()
    print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("jsonl", nargs="?",
                        default="../shared/corpus/saudinewsnet_syria/documents.jsonl")
    parser.add_argument("--postgres", default=os.environ.get("RASD_TEST_POSTGRES"))
    parser.add_argument("--copies", type=int, nargs="+", default=[1, 3])
    parser.add_argument("--child", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(Path(args.jsonl), args.child)
        return
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {max(os.sched_getaffinity(0))})  # one core
    jsonl = Path(args.jsonl)
    results: dict[str, object] = {"python": platform.python_version(),
                                  "machine": platform.machine()}
    for copies in args.copies:
        results[f"x{copies}"] = {**measure(jsonl, copies, args.postgres),
                                 "peak_rss_mb": peak_memory_mb(jsonl, copies)}
    results["parent_peak_rss_mb"] = round(
        resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    print(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
