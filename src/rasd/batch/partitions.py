"""Which records go to which partition: pure functions of the inputs' sizes, nothing else.

The inputs, in the order given, are laid end to end as one stretch of bytes, cut into N
equal ranges. A record belongs to the range holding its first byte (a Parquet row's "first
byte" is its share of the file: row r of R in a file of S bytes starts at r*S//R). So the
same inputs and the same N always map the same records to the same partitions, whichever
engine runs them and however often a run is restarted, and no task needs to read anything
but its own range. Ranges that cut a text shard are moved to record starts by
`rasd.batch.inputs.resolve_boundaries` (a JSON line or CSV row never belongs to two
partitions).
"""

from __future__ import annotations

import bisect
import hashlib
import json
import math
from collections.abc import Collection, Mapping, Sequence
from dataclasses import asdict, dataclass

__all__ = [
    "DEFAULT_PARTITION_BYTES",
    "MIN_PARTITIONS",
    "Piece",
    "Shard",
    "Spec",
    "default_partitions",
    "interior_boundaries",
    "local_ranges",
    "parquet_rows",
    "resolve_pieces",
    "run_key",
]

# A partition is an atomic unit of output and of retry: big enough that per-task overhead
# does not show, small enough that a lost worker costs seconds and a part file stays a few MB.
DEFAULT_PARTITION_BYTES = 2 * 1024 * 1024
# Enough partitions to keep 16 cores busy even on a small input; independent of the engine,
# so a re-run on another cluster finds the same partitions.
MIN_PARTITIONS = 16

FORMATS = ("jsonl", "csv", "parquet")


@dataclass(frozen=True, slots=True)
class Shard:
    """One input file: where it is, how it is read, and what identifies this version of it."""

    url: str  # a local absolute path, or an fsspec URL (s3://..., gs://...)
    format: str  # jsonl | csv | parquet
    size: int  # bytes
    version: str = ""  # modification time or ETag: a changed file is a different input
    rows: int = 0  # Parquet only: rows in the file
    delimiter: str = ","  # CSV only: "\t" for .tsv
    compression: str = ""  # fsspec's name (gzip, bz2, xz...): such a shard is read whole


@dataclass(frozen=True, slots=True)
class Piece:
    """The part of one shard a partition reads.

    Text shards (JSONL, CSV): the records starting at byte offsets in [start, stop); the first
    starts on line `line` (1-based), and `start` is always a record start. Parquet: rows
    [start, stop), 0-based; `line` is unused."""

    shard: int  # index into the run's shards
    start: int
    stop: int
    line: int = 1


@dataclass(frozen=True, slots=True)
class Spec:
    """What one task does: read `pieces`, write partition `number` of run `run`."""

    run: str
    number: int
    pieces: tuple[Piece, ...]
    shards: tuple[Shard, ...]  # only the shards its pieces name, by their run index
    shard_ids: tuple[int, ...]

    def shard(self, index: int) -> Shard:
        return self.shards[self.shard_ids.index(index)]


def default_partitions(total_bytes: int) -> int:
    """How many partitions when the user does not say: about 2 MiB of input each, at least
    `MIN_PARTITIONS`."""
    return max(MIN_PARTITIONS, math.ceil(total_bytes / DEFAULT_PARTITION_BYTES))


def _cuts(total: int, partitions: int) -> list[int]:
    return [k * total // partitions for k in range(partitions + 1)]


def local_ranges(sizes: Sequence[int], partitions: int, whole: Collection[int] = ()
                 ) -> list[list[tuple[int, int, int]]]:
    """Per partition, the (shard, start, stop) byte ranges it covers, before record alignment.

    Every byte of every shard is in exactly one range; empty shards are in none. A shard
    listed in `whole` (a compressed file: no reader can start in its middle) is not cut: it
    goes, whole, to the partition that holds its first byte."""
    if partitions < 1:
        raise ValueError("partitions must be at least 1")
    cuts = _cuts(sum(sizes), partitions)
    ranges: list[list[tuple[int, int, int]]] = [[] for _ in range(partitions)]
    offset = 0
    for shard, size in enumerate(sizes):
        if shard in whole:
            if size > 0:
                number = bisect.bisect_right(cuts, offset) - 1
                ranges[min(number, partitions - 1)].append((shard, 0, size))
            offset += size
            continue
        for number in range(partitions):
            start, stop = max(cuts[number], offset), min(cuts[number + 1], offset + size)
            if start < stop:
                ranges[number].append((shard, start - offset, stop - offset))
        offset += size
    return ranges


def interior_boundaries(ranges: Sequence[Sequence[tuple[int, int, int]]],
                        sizes: Sequence[int]) -> dict[int, list[int]]:
    """Per shard, the offsets where a partition boundary cuts it (not 0, not its end): the
    only places a text shard must be scanned to find the next record start."""
    found: dict[int, set[int]] = {}
    for pieces in ranges:
        for shard, start, stop in pieces:
            for offset in (start, stop):
                if 0 < offset < sizes[shard]:
                    found.setdefault(shard, set()).add(offset)
    return {shard: sorted(offsets) for shard, offsets in sorted(found.items())}


def parquet_rows(start: int, stop: int, size: int, rows: int) -> tuple[int, int]:
    """Rows whose share of the file starts in bytes [start, stop): row r starts at r*size//rows.

    ceil(start*rows/size) is the first row with r*size//rows >= start."""
    if size <= 0 or rows <= 0:
        return 0, 0
    first = -(-start * rows // size)
    last = -(-stop * rows // size) if stop < size else rows
    return first, last


def resolve_pieces(ranges: Sequence[tuple[int, int, int]], shards: Sequence[Shard],
                   resolved: Mapping[int, Mapping[int, tuple[int, int]]]) -> tuple[Piece, ...]:
    """A partition's byte ranges as pieces: text ranges moved to record starts (`resolved`
    maps shard → boundary → (record start, its line)), Parquet ranges turned into rows.
    Ranges left with no record are dropped."""
    pieces = []
    for shard_index, start, stop in ranges:
        shard = shards[shard_index]
        if shard.format == "parquet":
            first, last = parquet_rows(start, stop, shard.size, shard.rows)
            if first < last:
                pieces.append(Piece(shard_index, first, last))
            continue
        at = resolved.get(shard_index, {})
        begin, line = (0, 1) if start == 0 else at[start]
        end = shard.size if stop >= shard.size else at[stop][0]
        if begin < end:
            pieces.append(Piece(shard_index, begin, end, line))
    return tuple(pieces)


def run_key(shards: Sequence[Shard], partitions: int, extractor: str) -> str:
    """What identifies a run's output: the inputs (each file's URL, size and version), the
    number of partitions and the extractor. A re-run with the same key reuses complete
    partitions; any other key is a different dataset."""
    payload = json.dumps({"shards": [asdict(shard) for shard in shards],
                          "partitions": partitions, "extractor": extractor},
                         sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()
