"""Sharded tables of reports, local or behind an fsspec URL: find them, scan them, read a range.

A row reads as it does through `rasd.sources` (same column names, same checks, same
`Report`/`Rejected`): its text in `text`/`content`/..., or a `file` beside the table.
What differs is the access pattern. A task reads only the records that *start* in its
byte range, so a shard is never read whole by one task, and a shard's boundaries are found
once by `resolve_boundaries`, which knows where JSON lines and (possibly multi-line) CSV rows
start. Origins are `SHARD:LINE` for JSONL and CSV, `SHARD:ROW` (1-based) for Parquet, and the
text file's path for rows that name one: the same as `rasd ingest` gives.
"""

from __future__ import annotations

import codecs
import csv
import os
import posixpath
import sys
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import replace
from typing import IO, Any

import fsspec
from fsspec.implementations.local import LocalFileSystem

from rasd.batch.partitions import Piece, Shard
from rasd.errors import RasdError
from rasd.sources import Rejected, Report
from rasd.sources.records import (
    CSV_FIELD_LIMIT,
    FileReader,
    json_record,
    normalise_keys,
    record_report,
    table_encoding,
    table_items,
)
from rasd.text.io import decode_report, read_bytes

__all__ = ["BatchError", "SUFFIXES", "discover", "read_piece", "resolve_boundaries"]

Item = Report | Rejected

SUFFIXES = {".jsonl": "jsonl", ".ndjson": "jsonl", ".csv": "csv", ".tsv": "csv",
            ".parquet": "parquet", ".pq": "parquet"}
# Compressed text shards (`reports.jsonl.gz`), by fsspec's name for each ending. Parquet
# compresses inside the file and is not listed.
COMPRESSIONS = {".gz": "gzip", ".bz2": "bz2", ".xz": "xz", ".lzma": "lzma"}
# where a reader of a compressed shard stops: its end (offsets count uncompressed bytes)
_TO_THE_END = sys.maxsize
_SNIFF = 64 * 1024
_BATCH_ROWS = 256
_VERSION_KEYS = ("ETag", "etag", "md5Hash", "mtime", "LastModified", "last_modified",
                 "updated", "created")


class BatchError(RasdError):
    """A batch run cannot start or go on: inputs missing, output of another run in the way."""


def open_fs(url: str) -> tuple[fsspec.AbstractFileSystem, str]:
    """The filesystem and path of a local path or fsspec URL (local paths made absolute:
    a cluster's workers do not share the client's working directory)."""
    fs, path = fsspec.core.url_to_fs(url)
    if isinstance(fs, LocalFileSystem):
        path = os.path.normpath(os.path.abspath(path))
    return fs, path


def display(fs: fsspec.AbstractFileSystem, path: str) -> str:
    """A path as users give it back to rasd: plain for local files, a URL otherwise."""
    return path if isinstance(fs, LocalFileSystem) else fs.unstrip_protocol(path)


def _uncompressed_name(path: str) -> tuple[str, str]:
    """The name without a compression ending, and fsspec's name for that compression."""
    stem, suffix = posixpath.splitext(path)
    compression = COMPRESSIONS.get(suffix.lower(), "")
    return (stem if compression else path), compression


def _kind_of(path: str) -> tuple[str, str] | None:
    """(format, compression) of a shard by its name; None for a file that is not one."""
    name, compression = _uncompressed_name(path)
    found = SUFFIXES.get(posixpath.splitext(name.lower())[1])
    if found is None or (compression and found == "parquet"):
        return None
    return found, compression


def _format_of(path: str) -> str | None:
    kind = _kind_of(path)
    return kind[0] if kind else None


def _open(fs: fsspec.AbstractFileSystem, path: str, shard: Shard) -> IO[bytes]:
    return fs.open(path, "rb", compression=shard.compression or None)


def _hidden(path: str, root: str) -> bool:
    relative = posixpath.relpath(path.replace(os.sep, "/"), root.replace(os.sep, "/"))
    return any(part.startswith((".", "_")) for part in relative.split("/"))


def _expand(given: str) -> list[tuple[fsspec.AbstractFileSystem, str]]:
    fs, path = open_fs(given)
    if any(char in path for char in "*?["):
        found = sorted(p for p in fs.glob(path) if fs.isfile(p) and _format_of(p))
        if not found:
            raise BatchError(f"{given}: no JSONL, CSV or Parquet file matches")
        return [(fs, p) for p in found]
    if fs.isdir(path):
        found = sorted(p for p in fs.find(path) if _format_of(p) and not _hidden(p, path))
        if not found:
            raise BatchError(f"{given}: no JSONL, CSV or Parquet file in this folder")
        return [(fs, p) for p in found]
    if not fs.exists(path):
        raise BatchError(f"{given}: no such file or folder")
    if _format_of(path) is None:
        raise BatchError(f"{given}: not a .jsonl, .ndjson, .csv, .tsv or .parquet file "
                         "(the text ones may end in .gz, .bz2 or .xz)")
    return [(fs, path)]


def _version(info: Mapping[str, Any]) -> str:
    for key in _VERSION_KEYS:
        if info.get(key) is not None:
            return f"{key}={info[key]}"
    return ""


def discover(inputs: Sequence[str]) -> tuple[list[Shard], list[Rejected]]:
    """The shards behind the inputs (files, folders walked in sorted order, globs), in the
    order given, each once; and the files that hold no record (empty, not Parquet).

    Raises `BatchError` for an input that does not exist or names no table: a typo should
    stop a run before it starts, not be counted as one bad record."""
    shards: list[Shard] = []
    rejected: list[Rejected] = []
    seen: set[str] = set()
    for given in inputs:
        for fs, path in _expand(str(given)):
            url = display(fs, path)
            if url in seen:
                continue
            seen.add(url)
            info = fs.info(path)
            size = int(info.get("size") or 0)
            fmt, compression = _kind_of(path) or ("", "")
            if size == 0:
                rejected.append(Rejected(url, "empty: no records"))
                continue
            rows = 0
            if fmt == "parquet":
                try:
                    rows = _parquet_rows(fs, path)
                except Exception as error:  # pyarrow raises several types for a bad file
                    rejected.append(Rejected(url, f"not a Parquet file ({error})"))
                    continue
                if rows == 0:
                    rejected.append(Rejected(url, "empty: no records"))
                    continue
            tsv = _uncompressed_name(path)[0].lower().endswith(".tsv")
            delimiter = "\t" if tsv else ","
            shards.append(Shard(url, fmt, size, _version(info), rows, delimiter, compression))
    return shards, rejected


def _parquet_rows(fs: fsspec.AbstractFileSystem, path: str) -> int:
    import pyarrow.parquet as pq

    with fs.open(path, "rb") as handle:
        return int(pq.read_metadata(handle).num_rows)


# -- text shards: lines and rows with their byte offsets ---------------------------------------

def _lines(handle: IO[bytes], start: int, line: int, stop: int
           ) -> Iterator[tuple[int, int, bytes]]:
    """(offset, line number, bytes) of each line starting in [start, stop)."""
    handle.seek(start)
    offset = start
    while offset < stop:
        raw = handle.readline()
        if not raw:
            return
        yield offset, line, raw
        offset += len(raw)
        line += 1


def _csv_encoding(handle: IO[bytes]) -> str:
    """The rule `rasd.sources` applies to CSV files, on the shard's first bytes."""
    handle.seek(0)
    return table_encoding(handle.read(_SNIFF))


def _csv_rows(handle: IO[bytes], start: int, line: int, stop: int, encoding: str,
              delimiter: str) -> Iterator[tuple[int, int, list[str] | str]]:
    """(offset, line, cells or why not) of each CSV row starting in [start, stop).

    Lines are decoded one at a time (no UTF-8 or Windows-1256 character spans a newline),
    so a row can be located by the byte offset of its first line."""
    csv.field_size_limit(CSV_FIELD_LIMIT)  # process-wide, but only ever raised
    handle.seek(start)
    state = [start, line]  # the next unread line: its offset and number
    codec = "utf-8" if encoding == "utf-8-sig" else encoding

    def feed() -> Iterator[str]:
        while True:
            raw = handle.readline()
            if not raw:
                return
            at_start = state[0] == 0
            state[0] += len(raw)
            state[1] += 1
            if at_start and raw.startswith(codecs.BOM_UTF8):
                raw = raw[len(codecs.BOM_UTF8):]
            yield raw.decode(codec)

    reader = csv.reader(feed(), delimiter=delimiter)
    while state[0] < stop:
        offset, number = state
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as error:
            yield offset, number, f"not a valid row: {error}"
            continue
        except UnicodeDecodeError as error:
            yield offset, number, f"not valid {codec} ({error.reason})"
            reader = csv.reader(feed(), delimiter=delimiter)  # go on after the bad line
            continue
        yield offset, number, row


def _csv_starts(handle: IO[bytes], size: int, encoding: str, delimiter: str
                ) -> Iterator[tuple[int, int]]:
    """(offset, line) of each CSV row after the header (the first non-blank row)."""
    header = False
    for offset, line, row in _csv_rows(handle, 0, 1, size, encoding, delimiter):
        if header:
            yield offset, line
        elif isinstance(row, list) and any(cell.strip() for cell in row):
            header = True


def _csv_header(handle: IO[bytes], size: int, encoding: str, delimiter: str
                ) -> list[str] | None:
    """The header: the first non-blank row, its names folded to lower case."""
    for _offset, _line, row in _csv_rows(handle, 0, 1, size, encoding, delimiter):
        if isinstance(row, list) and any(cell.strip() for cell in row):
            return [cell.strip().lower() for cell in row]
    return None


def resolve_boundaries(shard: Shard, offsets: Sequence[int]) -> dict[int, tuple[int, int]]:
    """For each byte offset, the first record starting at or after it: (its offset, its line).

    One sequential pass over the shard (JSON lines start after a newline; CSV rows are parsed,
    since a quoted field may hold newlines). An offset past the last record maps to the end."""
    targets = sorted(set(offsets))
    found: dict[int, tuple[int, int]] = {}
    fs, path = open_fs(shard.url)
    with fs.open(path, "rb") as handle:
        if shard.format == "csv":
            encoding = _csv_encoding(handle)
            starts: Iterator[tuple[int, int]] = _csv_starts(handle, shard.size, encoding,
                                                            shard.delimiter)
        else:
            starts = ((offset, line) for offset, line, _raw in _lines(handle, 0, 1, shard.size))
        pending = iter(targets)
        target = next(pending, None)
        for offset, line in starts:
            while target is not None and offset >= target:
                found[target] = (offset, line)
                target = next(pending, None)
            if target is None:
                break
        while target is not None:
            found[target] = (shard.size, 0)
            target = next(pending, None)
    return found


# -- records ------------------------------------------------------------------------------

def _stem(path: str) -> str:
    name = _uncompressed_name(posixpath.basename(path.replace(os.sep, "/")))[0]
    return posixpath.splitext(name)[0]


def _file_reader(fs: fsspec.AbstractFileSystem, shard_path: str) -> FileReader:
    """Reads the report files a table names, relative to the table, on its filesystem."""
    local = isinstance(fs, LocalFileSystem)

    def read(name: str) -> tuple[str, str, str]:
        if local:
            target = os.path.normpath(os.path.join(os.path.dirname(shard_path), name))
        else:
            target = posixpath.join(posixpath.dirname(shard_path), name)
        shown = display(fs, target)
        text, encoding = decode_report(read_bytes(shown, lambda: fs.cat_file(target)), shown)
        return text, encoding, shown

    return read


def _read_jsonl(fs: fsspec.AbstractFileSystem, path: str, shard: Shard, piece: Piece
                ) -> Iterator[tuple[int, Item]]:
    stem, url, read_file = _stem(path), shard.url, _file_reader(fs, path)
    with _open(fs, path, shard) as handle:
        for offset, number, raw in _lines(handle, piece.start, piece.line, piece.stop):
            if offset == 0 and raw.startswith(codecs.BOM_UTF8):
                raw = raw[len(codecs.BOM_UTF8):]
            if not raw.strip():
                continue
            origin = f"{url}:{number}"
            record = json_record(raw)
            if isinstance(record, str):
                yield number, Rejected(origin, record)
                continue
            yield number, record_report(record, origin, read_file,
                                        default_id=f"{stem}-{number}")


def _read_csv(fs: fsspec.AbstractFileSystem, path: str, url: str, shard: Shard, piece: Piece
              ) -> Iterator[tuple[int, Item]]:
    stem, read_file = _stem(path), _file_reader(fs, path)
    with _open(fs, path, shard) as handle:
        encoding = _csv_encoding(handle)
        # The first piece finds the header as it goes; the others read it from the file start.
        header = None if piece.start == 0 else _csv_header(handle, shard.size, encoding,
                                                           shard.delimiter)
        if piece.start > 0 and header is None:
            return
        rows = _csv_rows(handle, piece.start, piece.line, piece.stop, encoding, shard.delimiter)
        yield from table_items(((number, row) for _offset, number, row in rows), url,
                               read_file, stem=stem, encoding=encoding, header=header,
                               whole=piece.start == 0)


def _read_parquet(fs: fsspec.AbstractFileSystem, path: str, url: str, piece: Piece
                  ) -> Iterator[tuple[int, Item]]:
    import pyarrow.parquet as pq

    stem, read_file = _stem(path), _file_reader(fs, path)
    with fs.open(path, "rb") as handle:
        parquet = pq.ParquetFile(handle)
        first = 0
        for group in range(parquet.num_row_groups):
            count = parquet.metadata.row_group(group).num_rows
            if first + count <= piece.start:
                first += count
                continue
            if first >= piece.stop:
                break
            row = first
            for batch in parquet.iter_batches(batch_size=_BATCH_ROWS, row_groups=[group]):
                for values in batch.to_pylist():
                    if piece.start <= row < piece.stop:
                        number = row + 1
                        yield number, record_report(
                            normalise_keys(values), f"{url}:{number}", read_file,
                            default_id=f"{stem}-{number}")
                    row += 1
            first += count


def read_piece(shard: Shard, piece: Piece) -> Iterator[tuple[int, Item]]:
    """(line or row number, report or rejection) for each record of `piece`, in order."""
    fs, path = open_fs(shard.url)
    if shard.compression:
        piece = replace(piece, stop=_TO_THE_END)  # read whole: the piece's sizes are packed
    if shard.format == "jsonl":
        yield from _read_jsonl(fs, path, shard, piece)
    elif shard.format == "csv":
        yield from _read_csv(fs, path, shard.url, shard, piece)
    elif shard.format == "parquet":
        yield from _read_parquet(fs, path, shard.url, piece)
    else:
        raise BatchError(f"{shard.url}: unknown format {shard.format!r}")
