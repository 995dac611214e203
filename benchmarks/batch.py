"""Measure `rasd batch`: reports/s on 1 and 2 worker processes, and peak memory per worker.

    python benchmarks/batch.py [DOCUMENTS_JSONL] [--reports 20000] [--workers 1 2]
                               [--memory-sizes 5000 20000] [--engine dask|local]

The corpus (default ../shared/corpus/saudinewsnet_syria/documents.jsonl) is replicated to
`--reports` reports, each copy made distinct by a line naming it, into JSONL shards of 1,000
reports with the text inline. Each configuration runs in a fresh child process with a fresh
`LocalCluster` (or process pool), so every peak is its own. Workers are warmed (gazetteer
loaded) before the clock starts: throughput is extraction plus reading and writing Parquet,
not start-up. Peak memory is each worker's `ru_maxrss`. The machine's own ceiling is
measured before and after: the speed-up of a pure-Python loop in 2 processes over 1 (a
VM's vCPUs may share physical cores with other guests; no engine can beat that figure).
Quote the figures with the machine.
Needs a built gazetteer index (RASD_GAZETTEER, or `rasd gazetteer build`).
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
from pathlib import Path

from rasd.sources import Report, read_inputs

SHARD_REPORTS = 1000


def replicate(documents: Path, reports: int, folder: Path) -> Path:
    """`reports` distinct reports in JSONL shards under `folder/reports`."""
    base = [item for item in read_inputs([documents]) if isinstance(item, Report)]
    target = folder / f"reports-{reports}"
    target.mkdir(parents=True, exist_ok=True)
    handle = None
    for number in range(reports):
        if number % SHARD_REPORTS == 0:
            if handle:
                handle.close()
            handle = (target / f"shard-{number // SHARD_REPORTS:05d}.jsonl").open(
                "w", encoding="utf-8")
        copy, item = divmod(number, len(base))
        report = base[item]
        assert handle is not None
        handle.write(json.dumps({
            "id": f"{report.id}-{copy}", "url": report.url, "source": report.source,
            "title": report.title, "published": str(report.published),
            "text": report.text if copy == 0 else f"{report.text}\n(نسخة {copy})",
        }, ensure_ascii=False) + "\n")
    if handle:
        handle.close()
    return target


def _spin(count: int) -> int:
    total = 0
    for number in range(count):
        total += number
    return total


def ceiling(processes: int, count: int = 20_000_000) -> float:
    """How much faster `processes` processes run a pure-Python loop than one: the most any
    engine can get from this machine."""
    from concurrent.futures import ProcessPoolExecutor

    started = time.perf_counter()
    _spin(count)
    one = time.perf_counter() - started
    with ProcessPoolExecutor(processes) as pool:
        list(pool.map(_spin, [1000] * processes))  # processes started before the clock
        started = time.perf_counter()
        list(pool.map(_spin, [count] * processes))
        many = time.perf_counter() - started
    return processes * one / many


def _worker_peak_kib() -> int:
    return int(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)


def measure(inputs: Path, out: Path, engine: str, workers: int) -> dict[str, object]:
    """One configuration, in this (fresh) process."""
    from rasd.batch import run_batch
    from rasd.batch.tasks import warm

    if engine == "dask":
        from distributed import Client, LocalCluster

        with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                          host="127.0.0.1", dashboard_address=None) as cluster, \
                Client(cluster) as client:
            client.run(warm)
            started = time.perf_counter()
            result = run_batch([inputs], out, engine="dask", client=client)
            seconds = time.perf_counter() - started
            peaks = sorted(client.run(_worker_peak_kib).values())
    else:
        from rasd.geo.gazetteer import load_default_gazetteer

        load_default_gazetteer()  # as run_batch does, outside the clock
        started = time.perf_counter()
        result = run_batch([inputs], out, engine="local", workers=workers)
        seconds = time.perf_counter() - started
        # The pool's processes have exited: the largest one's peak is the children's peak.
        peaks = [int(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)]
    assert result.complete, result.failed
    return {"engine": engine, "workers": workers, "reports": result.totals["reports"],
            "events": result.totals["events"], "partitions": result.manifest["partitions"],
            "seconds": round(seconds, 1),
            "reports_per_s": round(result.totals["reports"] / seconds, 1),
            "peak_mib_per_worker": [round(kib / 1024) for kib in peaks]}


def _child(inputs: Path, out: Path, engine: str, workers: int) -> dict[str, object]:
    found = subprocess.run(
        [sys.executable, __file__, "--one", str(inputs), str(out), engine, str(workers)],
        check=True, capture_output=True, text=True)
    return dict(json.loads(found.stdout.strip().splitlines()[-1]))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("documents", nargs="?", type=Path,
                        default=Path("../shared/corpus/saudinewsnet_syria/documents.jsonl"))
    parser.add_argument("--reports", type=int, default=20000)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--memory-sizes", type=int, nargs="*", default=[5000],
                        help="also run the largest worker count on these sizes, to see "
                             "whether memory grows with the input")
    parser.add_argument("--engine", choices=["dask", "local"], default="dask")
    parser.add_argument("--one", nargs=4, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        inputs, out, engine, workers = args.one
        print(json.dumps(measure(Path(inputs), Path(out), engine, int(workers))))
        return

    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, "
          f"Python {platform.python_version()}, engine {args.engine}", flush=True)
    most = max(args.workers)
    if most > 1:
        print(f"machine ceiling before: a pure-Python loop runs {ceiling(most):.2f}x faster "
              f"in {most} processes than in 1", flush=True)
    rows = []
    with tempfile.TemporaryDirectory(prefix="rasd-batch-bench-") as scratch:
        folder = Path(scratch)
        sizes = sorted({args.reports, *args.memory_sizes})
        inputs = {size: replicate(args.documents, size, folder) for size in sizes}
        runs = [(args.reports, workers) for workers in args.workers]
        runs += [(size, max(args.workers)) for size in args.memory_sizes
                 if size != args.reports]
        for size, workers in runs:
            out = folder / f"out-{size}-{workers}"
            row = _child(inputs[size], out, args.engine, workers)
            rows.append(row)
            print(json.dumps(row), flush=True)
    if most > 1:
        print(f"machine ceiling after: {ceiling(most):.2f}x", flush=True)
    single = next((r for r in rows if r["workers"] == 1 and r["reports"] == args.reports), None)
    print(f"\n{'workers':>7} {'reports':>8} {'seconds':>8} {'reports/s':>10} {'speed-up':>8}"
          f"  peak MiB per worker")
    for row in rows:
        speedup = (f"{row['reports_per_s'] / single['reports_per_s']:.2f}x"
                   if single and row["reports"] == args.reports else "")
        print(f"{row['workers']:>7} {row['reports']:>8} {row['seconds']:>8} "
              f"{row['reports_per_s']:>10} {speedup:>8}  {row['peak_mib_per_worker']}")


if __name__ == "__main__":
    main()
