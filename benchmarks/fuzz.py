"""Fuzz `rasd.extract` with a million inputs, and measure time and memory on huge reports.

    python benchmarks/fuzz.py fuzz [--count 1000000] [--seconds 1500] [--workers 2]
                                   [--report fuzz-report.json]
    python benchmarks/fuzz.py scale [--sizes 10000,100000,1000000,10000000]

`fuzz` feeds inputs built from real reports (../shared/corpus, read in place) and random
Unicode through `rasd.extract` on several processes, and checks what the property tests
check: nothing raises, every evidence span is `text[start:end]`, and (on a sample) the result
is the same twice and normalising is idempotent. Each input has a time limit; crashes and
timeouts are reported with the input that caused them, and so are the slowest inputs per KB.
The inputs are a pure function of the seed and the input's number, so any finding can be
replayed with `--replay N`.

`scale` builds reports of each size from corpus text and measures extraction time per KB and
the peak memory of a fresh process per size (the size limit is lifted for the run).

Not run in CI: speed and memory are measured here, never asserted in tests.
"""

from __future__ import annotations

import argparse
import datetime as dt
import heapq
import json
import multiprocessing
import os
import platform
import random
import resource
import signal
import subprocess
import sys
import time
import traceback
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests"))

# --------------------------------------------------------------------------- inputs

HOSTILE = (
    [chr(c) for c in range(0x0621, 0x064B)]
    + list("\u064b\u064c\u064e\u0651\u0652\u0653\u0654\u0655\u0670\u0640")
    + list(".-_*•·/|+~,،؛؟:;!?()\"«»'")
    + list("\u200b\u200c\u200d\u200e\u200f\u061c\u00ad\u2060\u2066\u2069\ufeff")
    + list("کیەۀہھۃےlIio15")
    + list("\ufefb\ufef5\ufe8d\ufe91\ufdf2\ufdfa\ufe70\ufe71\uff21\uff41\uff10")
    + list("0123456789٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵६७")
    + list(" \n\r\t\u00a0\u2028\u3000\x0b\x0c\x1c\x85")
    + ["\u0130", "ẞ", "Σ", "\U0001ee00", "\U0001d400", "\U00010ec2", "\U000116d0", "\x00"]
)
# words that make rasd's rules fire: triggers, tolls, places, dates, numbers
WORDS = ("قصف", "غارات", "الطيران", "الحربي", "قتل", "مقتل", "مدنيين", "أطفال", "جرحى", "في",
         "بلدة", "قرية", "مدينة", "ريف", "إدلب", "حلب", "حماة", "كفرنبل", "معرة النعمان", "أمس",
         "اليوم", "الجمعة", "منذ", "تموز", "2015", "ثلاثة", "عشرات", "بين", "و", "،", ".", "\n",
         "قوات النظام", "داعش", "برميل", "متفجر", "ما أدى إلى", "على", "أكثر من", "نحو")
PUBLISHED = [None, "2015-07-20", "2019-06-15", dt.date(1, 1, 1), dt.date(9999, 12, 31),
             dt.date(2000, 2, 29), dt.date(2015, 1, 1)]


@cache
def corpus_texts() -> tuple[str, ...]:
    root = REPO.parent / "shared" / "corpus"
    texts = [p.read_text(encoding="utf-8") for p in sorted(root.rglob("*.txt"))]
    if not texts:
        texts = ["قصفت طائرات النظام بلدة كفرنبل في ريف إدلب أمس، ما أدى إلى مقتل ثلاثة مدنيين."]
    return tuple(texts)


def _random_char(rng: random.Random) -> str:
    roll = rng.random()
    if roll < 0.5:
        return rng.choice(HOSTILE)
    if roll < 0.7:
        return chr(rng.randrange(0x0600, 0x0700))
    while True:
        code = rng.randrange(0x110000)
        if not 0xD800 <= code < 0xE000:
            return chr(code)


def _snippet(rng: random.Random) -> str:
    text = rng.choice(corpus_texts())
    length = min(int(rng.expovariate(1 / 250)) + 1, 4000)
    start = rng.randrange(max(1, len(text) - length + 1))
    return text[start:start + length]


def _mutate(rng: random.Random, text: str) -> str:
    chars = list(text)
    for _ in range(rng.choice((0, 1, 2, 3, 5, 8, 16))):
        at = rng.randrange(len(chars) + 1)
        kind = rng.random()
        if kind < 0.35:
            chars.insert(at, _random_char(rng))
        elif kind < 0.55 and chars:
            del chars[min(at, len(chars) - 1)]
        elif kind < 0.75 and chars:
            chars[min(at, len(chars) - 1)] = _random_char(rng)
        elif kind < 0.85:
            chars[at:at] = list(rng.choice(WORDS) + " ")
        elif kind < 0.95 and chars:
            # duplicate a stretch (repeated phrases stress the matchers)
            a = rng.randrange(len(chars))
            b = min(len(chars), a + rng.randrange(1, 40))
            chars[at:at] = chars[a:b] * rng.randrange(1, 6)
        else:
            chars[at:at] = [_random_char(rng)] * rng.randrange(1, 200)
    return "".join(chars)


def make_input(seed: int, number: int) -> tuple[str, Any, str]:
    """The input numbered `number` of a run: (text, published, kind)."""
    rng = random.Random(f"{seed}:{number}")
    roll = rng.random()
    published = rng.choice(PUBLISHED)
    if roll < 0.45:
        return _mutate(rng, _snippet(rng)), published, "mutated"
    if roll < 0.60:
        from evasion_styles import STYLES

        style = rng.choice(sorted(STYLES))
        return _mutate(rng, STYLES[style](_snippet(rng))), published, f"style:{style}"
    if roll < 0.75:
        size = int(rng.expovariate(1 / 120))
        return "".join(_random_char(rng) for _ in range(size)), published, "unicode"
    if roll < 0.97:
        words = [rng.choice(WORDS) for _ in range(rng.randrange(1, 80))]
        separator = rng.choice((" ", " ", "", "\n", "، ", "ـ", "."))
        return _mutate(rng, separator.join(words)), published, "words"
    unit = rng.choice((rng.choice(WORDS) + rng.choice((" ", "", "\n", ".")),
                       _random_char(rng), _snippet(rng)[:20]))
    return unit * max(1, rng.randrange(20_000) // max(1, len(unit))), published, "repeat"


# --------------------------------------------------------------------------- checking


class InputTimeout(Exception):
    pass


def _alarm(signum: int, frame: Any) -> None:
    raise InputTimeout


@dataclass
class Findings:
    """What one worker (or the whole run) found."""

    count: int = 0
    chars: int = 0
    seconds: float = 0.0
    crashes: dict[str, dict[str, Any]] = field(default_factory=dict)  # by signature
    timeouts: list[dict[str, Any]] = field(default_factory=list)
    slowest_per_kb: list[tuple[float, int, int, float]] = field(default_factory=list)
    slowest: list[tuple[float, int, int]] = field(default_factory=list)

    def merge(self, other: Findings, keep: int) -> None:
        self.count += other.count
        self.chars += other.chars
        self.seconds += other.seconds
        for signature, crash in other.crashes.items():
            if signature in self.crashes:
                self.crashes[signature]["times"] += crash["times"]
            else:
                self.crashes[signature] = crash
        self.timeouts.extend(other.timeouts)
        self.slowest_per_kb = heapq.nlargest(keep, self.slowest_per_kb + other.slowest_per_kb)
        self.slowest = heapq.nlargest(keep, self.slowest + other.slowest)


def check(text: str, published: Any, thorough: bool) -> None:
    """Run one input through rasd and check the invariants; raise AssertionError if broken."""
    import rasd
    from rasd.errors import InputError
    from rasd.text.normalize import normalize

    try:
        result = rasd.extract(text, published)
    except InputError:
        return  # a clear refusal (too long) is an answer, not a crash
    for event in result.events:
        for evidence in event.evidence:
            assert 0 <= evidence.start <= evidence.end <= len(text), "evidence out of range"
            assert evidence.text == text[evidence.start:evidence.end], "evidence text differs"
    if thorough:
        assert rasd.extract(text, published).to_dict() == result.to_dict(), "not deterministic"
        view = normalize(text).text
        assert normalize(view).text == view, "normalising twice differs"


def run_chunk(args: tuple[int, int, int, float, int]) -> Findings:
    seed, first, last, limit, keep = args
    found = Findings()
    signal.signal(signal.SIGALRM, _alarm)
    for number in range(first, last):
        text, published, kind = make_input(seed, number)
        started = time.perf_counter()
        signal.setitimer(signal.ITIMER_REAL, limit)
        try:
            check(text, published, thorough=number % 100 == 0)
        except InputTimeout:
            found.timeouts.append({"input": number, "kind": kind, "chars": len(text)})
        except Exception as error:  # noqa: BLE001 - every crash is a finding
            frames = traceback.extract_tb(error.__traceback__)
            where = next((f for f in reversed(frames) if "/rasd/" in f.filename), frames[-1])
            signature = f"{type(error).__name__} at {Path(where.filename).name}:{where.lineno}"
            crash = found.crashes.setdefault(signature, {
                "signature": signature, "error": f"{type(error).__name__}: {error}"[:300],
                "input": number, "kind": kind, "chars": len(text), "times": 0,
                "traceback": traceback.format_exception(error)[-6:],
            })
            crash["times"] += 1
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
        elapsed = time.perf_counter() - started
        found.count += 1
        found.chars += len(text)
        found.seconds += elapsed
        if len(text) >= 1000:
            rate = elapsed / (len(text) / 1000)
            heapq.heappush(found.slowest_per_kb, (rate, number, len(text), elapsed))
            if len(found.slowest_per_kb) > keep:
                heapq.heappop(found.slowest_per_kb)
        heapq.heappush(found.slowest, (elapsed, number, len(text)))
        if len(found.slowest) > keep:
            heapq.heappop(found.slowest)
    return found


def _warm() -> None:
    import rasd

    rasd.extract("قصف على حلب", "2015-07-20")


def fuzz(args: argparse.Namespace) -> None:
    _warm()  # load the gazetteer once, before the workers fork from this process
    chunk = args.chunk
    deadline = time.monotonic() + args.seconds if args.seconds else None
    total = Findings()
    started = time.monotonic()

    def chunks() -> Iterator[tuple[int, int, int, float, int]]:
        for first in range(args.start, args.start + args.count, chunk):
            if deadline is not None and time.monotonic() > deadline:
                return
            yield (args.seed, first, min(first + chunk, args.start + args.count), args.timeout,
                   args.keep)

    context = multiprocessing.get_context("fork")
    with context.Pool(args.workers, initializer=_warm) as pool:
        for found in pool.imap_unordered(run_chunk, chunks()):
            total.merge(found, args.keep)
            wall = time.monotonic() - started
            print(f"\r{total.count:,} inputs, {len(total.crashes)} crash kinds, "
                  f"{len(total.timeouts)} timeouts, {total.count / wall:,.0f}/s",
                  end="", flush=True, file=sys.stderr)
    wall = time.monotonic() - started
    print(file=sys.stderr)
    report = {
        "machine": {"python": platform.python_version(), "cpus": os.cpu_count(),
                    "workers": args.workers},
        "seed": args.seed, "inputs": total.count, "characters": total.chars,
        "wall_seconds": round(wall, 1), "inputs_per_second": round(total.count / wall, 1),
        "timeout_seconds": args.timeout,
        "crashes": sorted(total.crashes.values(), key=lambda c: -c["times"]),
        "timeouts": total.timeouts,
        "slowest_per_kb": [
            {"input": n, "chars": c, "seconds": round(s, 4), "ms_per_kb": round(r * 1000, 2),
             "kind": make_input(args.seed, n)[2]}
            for r, n, c, s in sorted(total.slowest_per_kb, reverse=True)],
        "slowest": [{"input": n, "chars": c, "seconds": round(s, 4),
                     "kind": make_input(args.seed, n)[2]}
                    for s, n, c in sorted(total.slowest, reverse=True)],
    }
    if args.report:
        Path(args.report).write_text(json.dumps(report, ensure_ascii=False, indent=2),
                                     encoding="utf-8")
    print(json.dumps({k: v for k, v in report.items() if k not in ("slowest",)},
                     ensure_ascii=False, indent=2)[:20000])


def replay(args: argparse.Namespace) -> None:
    _warm()  # not to time the gazetteer's loading
    text, published, kind = make_input(args.seed, args.replay)
    print(f"input {args.replay} ({kind}), {len(text)} characters, published={published!r}")
    print(repr(text[:2000]))
    started = time.perf_counter()
    check(text, published, thorough=True)
    print(f"ok in {time.perf_counter() - started:.3f}s")


# --------------------------------------------------------------------------- scale


def scale_one(size: int) -> dict[str, Any]:
    """Extract one report of `size` characters built from corpus text (in this process)."""
    import rasd
    from rasd.text.normalize import normalize

    _warm()
    base = "\n".join(corpus_texts())
    text = (base * (size // len(base) + 1))[:size]
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    started = time.perf_counter()
    view = normalize(text)
    normalized = time.perf_counter() - started
    del view
    started = time.perf_counter()
    result = rasd.extract(text, "2015-07-20", max_chars=size)
    seconds = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return {"chars": size, "events": len(result.events), "seconds": round(seconds, 3),
            "ms_per_kb": round(seconds / (size / 1000) * 1000, 3),
            "normalize_ms_per_kb": round(normalized / (size / 1000) * 1000, 3),
            "peak_rss_mb": round(peak / 1024), "rss_before_mb": round(before / 1024)}


def scale(args: argparse.Namespace) -> None:
    rows = []
    for size in (int(s) for s in args.sizes.split(",")):
        # a fresh process per size, so that its peak memory is its own
        output = subprocess.run(
            [sys.executable, __file__, "scale-one", str(size)], check=True,
            capture_output=True, text=True).stdout
        rows.append(json.loads(output.strip().splitlines()[-1]))
        row = rows[-1]
        print(f"{row['chars']:>10,} chars  {row['seconds']:8.2f} s  {row['ms_per_kb']:7.2f} ms/KB"
              f"  (normalise {row['normalize_ms_per_kb']:.3f} ms/KB)  peak {row['peak_rss_mb']} MB"
              f" (at start {row['rss_before_mb']} MB)  {row['events']} events", flush=True)
    if args.report:
        Path(args.report).write_text(json.dumps(rows, indent=2), encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest="command", required=True)
    run = commands.add_parser("fuzz", help="feed many inputs through rasd.extract")
    run.add_argument("--count", type=int, default=1_000_000, help="inputs to run")
    run.add_argument("--seconds", type=float, default=0,
                     help="stop handing out inputs after this many seconds (0: no limit)")
    run.add_argument("--workers", type=int, default=2)
    run.add_argument("--seed", type=int, default=5)
    run.add_argument("--start", type=int, default=0, help="number of the first input")
    run.add_argument("--timeout", type=float, default=10.0, help="seconds allowed per input")
    run.add_argument("--chunk", type=int, default=2000, help="inputs per task")
    run.add_argument("--keep", type=int, default=10, help="slowest inputs to report")
    run.add_argument("--report", help="write the full report (JSON) here")
    run.add_argument("--replay", type=int, help="run input N of the seed alone and print it")
    size = commands.add_parser("scale", help="time and memory per KB on huge reports")
    size.add_argument("--sizes", default="10000,100000,1000000,10000000")
    size.add_argument("--report", help="write the rows (JSON) here")
    one = commands.add_parser("scale-one")
    one.add_argument("size", type=int)
    args = parser.parse_args()
    if args.command == "fuzz":
        replay(args) if args.replay is not None else fuzz(args)
    elif args.command == "scale":
        scale(args)
    else:
        print(json.dumps(scale_one(args.size)))


if __name__ == "__main__":
    main()
