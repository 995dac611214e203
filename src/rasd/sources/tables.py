"""Plain text files and the tables that list reports: JSON Lines and CSV/TSV.

A table row either holds the text (`text`, `content`, ...) or names a `.txt` file beside the
table (`file`), as ../shared/corpus/saudinewsnet_syria/documents.jsonl does. Tables are read
a line at a time, so their size does not matter.
"""

from __future__ import annotations

import codecs
import csv
import json
import os
import sys
from collections.abc import Iterator, Mapping
from dataclasses import replace
from pathlib import Path

from rasd.errors import InputError
from rasd.sources import Rejected, Report
from rasd.sources.records import (
    TEXT_KEYS,
    FileReader,
    Item,
    Metadata,
    first_value,
    make_report,
    metadata_of,
    normalise_keys,
    record_report,
)
from rasd.text.io import read_report

__all__ = [
    "DocumentsIndex",
    "claimed_files",
    "iter_json_objects",
    "read_jsonl",
    "read_table",
    "read_text_file",
]

DOCUMENTS = "documents.jsonl"
_SNIFF = 64 * 1024
# The csv module refuses fields over 128 KiB by default; a long article is bigger.
_FIELD_LIMIT = min(sys.maxsize, 2**31 - 1)


def _reason(error: InputError, path: Path) -> str:
    """`read_report`'s message without the path, which the origin already names."""
    return str(error).removeprefix(f"{path}: ")


def iter_json_objects(path: Path) -> Iterator[tuple[int, dict[str, object] | str]]:
    """(line number, record with normalised keys) per non-blank line, or (line, why not)."""
    with path.open("rb") as lines:
        for number, raw in enumerate(lines, start=1):
            if number == 1 and raw.startswith(codecs.BOM_UTF8):
                raw = raw[len(codecs.BOM_UTF8) :]
            if not raw.strip():
                continue
            try:
                line = raw.decode("utf-8")
            except UnicodeDecodeError as error:
                yield number, f"not valid UTF-8 (byte {error.start} of the line)"
                continue
            try:
                value = json.loads(line)
            except json.JSONDecodeError as error:
                yield number, f"not valid JSON: {error.msg} (column {error.colno})"
                continue
            except RecursionError:
                yield number, "not valid JSON: nested too deeply"
                continue
            if not isinstance(value, dict):
                yield number, f"not a JSON object but {type(value).__name__}"
                continue
            yield number, normalise_keys(value)


def _referenced(folder: Path, record: Mapping[str, object]) -> Path | None:
    """The file a record names under `file`, as a normalised path; None when it names none."""
    hit = first_value(record, ("file",))
    if hit is None or not isinstance(hit[1], str):
        return None
    return Path(os.path.normpath(folder / hit[1]))


def claimed_files(table: Path) -> set[Path]:
    """The files a JSONL table reads through `file`, so a folder walk does not read them twice.

    Only lines that mention `"file"` are parsed, which keeps the pre-scan cheap.
    """
    claimed: set[Path] = set()
    try:
        with table.open("rb") as lines:
            for raw in lines:
                if b'"file"' not in raw.lower():
                    continue
                try:
                    value = json.loads(raw)
                except (ValueError, RecursionError):
                    continue
                if isinstance(value, dict):
                    target = _referenced(table.parent, normalise_keys(value))
                    if target is not None:
                        claimed.add(target)
    except OSError:
        pass  # reading the table itself reports the problem
    return claimed


def _file_reader(folder: Path) -> FileReader:
    """Reads the report files a table names, relative to the table's folder."""

    def read(name: str) -> tuple[str, str, str]:
        target = Path(os.path.normpath(folder / name))
        text, encoding = read_report(target)
        return text, encoding, str(target)

    return read


def read_jsonl(path: Path) -> Iterator[Item]:
    """One report per JSON Lines record; a broken line is rejected as `path:LINE`."""
    empty = True
    for number, record in iter_json_objects(path):
        empty = False
        origin = f"{path}:{number}"
        if isinstance(record, str):
            yield Rejected(origin, record)
        else:
            yield record_report(record, origin, _file_reader(path.parent),
                                default_id=f"{path.stem}-{number}")
    if empty:
        yield Rejected(str(path), "empty: no records")


def _table_encoding(path: Path) -> str:
    """UTF-8 (BOM or not) unless the start of the file is not UTF-8; then Windows-1256."""
    with path.open("rb") as stream:
        sample = stream.read(_SNIFF)
    if sample.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    try:
        sample.decode("utf-8")
    except UnicodeDecodeError as error:
        # A sample may end inside a character; only an error before that counts.
        if error.start < len(sample) - 3:
            return "cp1256"
    return "utf-8"


def read_table(path: Path) -> Iterator[Item]:
    """One report per CSV (or, for `.tsv`, tab-separated) row, streamed; the first row names
    the columns. A bad row is rejected as `path:LINE` (the line the row starts on)."""
    csv.field_size_limit(_FIELD_LIMIT)  # process-wide, but only ever raised
    encoding = _table_encoding(path)
    delimiter = "\t" if path.suffix.lower() == ".tsv" else ","
    with path.open(encoding=encoding, newline="") as stream:
        reader = csv.reader(stream, delimiter=delimiter)
        header: list[str] | None = None
        while True:
            start = reader.line_num + 1
            origin = f"{path}:{start}"
            try:
                row = next(reader)
            except StopIteration:
                break
            except csv.Error as error:
                yield Rejected(origin, f"not a valid row: {error}")
                continue
            except UnicodeDecodeError as error:
                yield Rejected(origin, f"not valid {encoding} ({error.reason}); stopped reading")
                return
            if not any(cell.strip() for cell in row):
                continue
            if header is None:
                header = [cell.strip().lower() for cell in row]
                continue
            if len(row) > len(header):
                yield Rejected(origin, f"{len(row)} fields but the header has {len(header)}")
                continue
            record = {name: cell for name, cell in zip(header, row, strict=False) if cell}
            yield record_report(
                record, origin, _file_reader(path.parent), default_id=f"{path.stem}-{start}",
                encoding="utf-8" if encoding == "utf-8-sig" else encoding,
            )
    if header is None:
        yield Rejected(str(path), "empty: no header row")


class DocumentsIndex:
    """The `documents.jsonl` records of the folders whose `.txt` files are named one by one,
    so a lone file still gets its URL, outlet and date. Each table is read once."""

    def __init__(self) -> None:
        self._tables: dict[Path, dict[Path, tuple[int, dict[str, object]]]] = {}

    def lookup(self, text_file: Path) -> tuple[str, dict[str, object]] | None:
        """(the record's origin `documents.jsonl:LINE`, the record) naming `text_file`."""
        table = text_file.parent / DOCUMENTS
        if table not in self._tables:
            self._tables[table] = self._load(table)
        found = self._tables[table].get(Path(os.path.normpath(text_file)))
        if found is None:
            return None
        number, record = found
        return f"{table}:{number}", record

    @staticmethod
    def _load(table: Path) -> dict[Path, tuple[int, dict[str, object]]]:
        records: dict[Path, tuple[int, dict[str, object]]] = {}
        if not table.is_file():
            return records
        try:
            for number, record in iter_json_objects(table):
                if isinstance(record, str):
                    continue
                target = _referenced(table.parent, record)
                if target is not None:
                    # Keep the metadata only: the text is read from the file itself.
                    kept = {k: v for k, v in record.items() if k not in TEXT_KEYS}
                    records.setdefault(target, (number, kept))
        except OSError:
            pass  # no metadata then; the text file is still read
        return records


def read_text_file(path: Path, index: DocumentsIndex | None = None) -> Iterator[Item]:
    """A `.txt` report, with the metadata `documents.jsonl` beside it gives, if any."""
    try:
        text, encoding = read_report(path)
    except InputError as error:
        yield Rejected(str(path), _reason(error, path))
        return
    meta: Metadata | Rejected = Metadata()
    origin = str(path)
    found = index.lookup(path) if index is not None else None
    if found is not None:
        origin, record = found
        meta = metadata_of(record, origin)
    if isinstance(meta, Rejected):
        yield meta
        return
    report = make_report(origin, text, meta, default_id=path.stem, encoding=encoding)
    yield replace(report, origin=str(path)) if isinstance(report, Report) else report
