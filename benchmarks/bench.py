"""Measure rasd's speed: gazetteer build time and reports per second on one core.

    python benchmarks/bench.py [CORPUS_DIR] [--repeat N]

Speed is measured here, never asserted in tests. Quote the figures with the machine and data.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import tempfile
import time
from pathlib import Path

from rasd.api import extract_file
from rasd.geo.build import build_gazetteer
from rasd.geo.gazetteer import default_source_dir


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("corpus", nargs="?", default="../shared/corpus/saudinewsnet_syria")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {max(os.sched_getaffinity(0))})  # one core

    source = default_source_dir()
    results: dict[str, object] = {"python": platform.python_version(),
                                  "machine": platform.machine()}
    if source:
        with tempfile.TemporaryDirectory() as tmp:
            started = time.perf_counter()
            build_gazetteer(Path(source), Path(tmp) / "gazetteer.sqlite", [])
            results["gazetteer_build_s"] = round(time.perf_counter() - started, 2)

    files = sorted(Path(args.corpus).glob("*.txt"))
    started = time.perf_counter()
    extract_file(files[0])  # loads the gazetteer and compiles the matchers
    results["startup_s"] = round(time.perf_counter() - started, 2)
    best = None
    events = 0
    for _ in range(args.repeat):
        started = time.perf_counter()
        events = sum(len(extract_file(path).events) for path in files)
        elapsed = time.perf_counter() - started
        best = elapsed if best is None else min(best, elapsed)
    assert best is not None
    chars = sum(path.stat().st_size for path in files)
    results.update({"reports": len(files), "bytes": chars, "events": events,
                    "seconds": round(best, 3), "reports_per_s": round(len(files) / best, 1)})
    print(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
