"""Plain text files and the tables that list reports: JSON Lines and CSV/TSV.

A table row either holds the text (`text`, `content`, ...) or names a `.txt` file beside the
table (`file`), as ../shared/corpus/saudinewsnet_syria/documents.jsonl does. Tables are read
a line at a time, so their size does not matter.
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import json
import os
from collections.abc import Iterator, Mapping
from dataclasses import replace
from pathlib import Path

from rasd.errors import InputError
from rasd.sources import Rejected, Report
from rasd.sources.records import (
    CSV_FIELD_LIMIT,
    TEXT_KEYS,
    FileReader,
    Item,
    Metadata,
    first_value,
    json_record,
    make_report,
    metadata_of,
    normalise_keys,
    record_report,
    table_encoding,
    table_items,
    to_date,
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


def _reason(error: InputError, path: Path) -> str:
    """`read_report`'s message without the path, which the origin already names."""
    return str(error).removeprefix(f"{path}: ")


def iter_json_objects(path: Path) -> Iterator[tuple[int, dict[str, object] | str]]:
    """(line number, record with normalised keys) per non-blank line, or (line, why not)."""
    with path.open("rb") as lines:
        for number, raw in enumerate(lines, start=1):
            if number == 1 and raw.startswith(codecs.BOM_UTF8):
                raw = raw[len(codecs.BOM_UTF8) :]
            if raw.strip():
                yield number, json_record(raw)


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
    with path.open("rb") as stream:
        return table_encoding(stream.read(_SNIFF))


def _csv_rows(path: Path, encoding: str) -> Iterator[tuple[int, list[str] | str]]:
    """(line the row starts on, cells or why not) per CSV row; a line that does not decode
    stops the reading (a text stream cannot go on past it)."""
    csv.field_size_limit(CSV_FIELD_LIMIT)  # process-wide, but only ever raised
    delimiter = "\t" if path.suffix.lower() == ".tsv" else ","
    with path.open(encoding=encoding, newline="") as stream:
        reader = csv.reader(stream, delimiter=delimiter)
        while True:
            start = reader.line_num + 1
            try:
                row = next(reader)
            except StopIteration:
                return
            except csv.Error as error:
                yield start, f"not a valid row: {error}"
                continue
            except UnicodeDecodeError as error:
                yield start, f"not valid {encoding} ({error.reason}); stopped reading"
                return
            yield start, row


def read_table(path: Path) -> Iterator[Item]:
    """One report per CSV (or, for `.tsv`, tab-separated) row, streamed; the first row names
    the columns. A bad row is rejected as `path:LINE` (the line the row starts on)."""
    encoding = _table_encoding(path)
    for _number, item in table_items(_csv_rows(path, encoding), str(path),
                                     _file_reader(path.parent), stem=path.stem,
                                     encoding=encoding):
        yield item


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

    def published(self, text_file: Path) -> dt.date | None:
        """The publication day the sidecar gives `text_file`; None when it gives none (or
        one that is not a date)."""
        found = self.lookup(text_file)
        if found is None:
            return None
        meta = metadata_of(found[1], found[0])
        try:
            return None if isinstance(meta, Rejected) else to_date(meta.published)
        except ValueError:
            return None

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
