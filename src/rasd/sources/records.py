"""What every reader shares: turning a container's fields into a `Report` or a `Rejected`.

Containers name the same things differently (`url` or `link`, `published` or `date`), so the
accepted names live here once. Values are checked here too, so that a bad date in a CSV and
a bad date in a feed get the same message.
"""

from __future__ import annotations

import codecs
import datetime as dt
import email.utils
import json
import os
import posixpath
import sys
import time
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, replace

from rasd.errors import InputError
from rasd.sources import Rejected, Report

__all__ = [
    "Item",
    "Metadata",
    "make_report",
    "metadata_of",
    "record_report",
    "normalise_keys",
    "first_value",
    "to_date",
    "TEXT_KEYS",
]

Item = Report | Rejected

# The first present key wins, in this order.
TEXT_KEYS = ("text", "content", "body", "message", "article")
_META_KEYS: dict[str, tuple[str, ...]] = {
    "id": ("id",),
    "url": ("url", "link"),
    "source": ("source", "outlet", "site", "channel"),
    "title": ("title",),
}
PUBLISHED_KEYS = ("published", "date", "published_at")


@dataclass(frozen=True, slots=True)
class Metadata:
    """A record's metadata, `published` still as written (checked by `make_report`)."""

    id: str = ""
    url: str = ""
    source: str = ""
    title: str = ""
    published: object = None


def to_date(value: object) -> dt.date | None:
    """A publication day from what containers hold; None when absent.

    Accepts a date, a datetime, an ISO date or datetime (with or without `Z` or an offset),
    an RFC 2822 date (feeds, e-mail) and a `time.struct_time` (feedparser). The day is the
    one written: a datetime's offset is kept, not converted to UTC, because the reporter's
    local day is the reference for "yesterday" in the text. Raises ValueError otherwise.
    """
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, time.struct_time):
        return dt.date(value.tm_year, value.tm_mon, value.tm_mday)
    if not isinstance(value, str):
        raise ValueError(f"not a date: {value!r}")
    text = value.strip()
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        pass
    try:
        return dt.datetime.fromisoformat(text).date()
    except ValueError:
        pass
    try:
        return email.utils.parsedate_to_datetime(text).date()
    except (TypeError, ValueError, IndexError, OverflowError) as error:
        raise ValueError(f"not a date: {value!r}") from error


def normalise_keys(record: Mapping[object, object]) -> dict[str, object]:
    """Column and key names compared without case or surrounding spaces (`Title ` = `title`)."""
    return {str(key).strip().lower(): value for key, value in record.items()}


def first_value(record: Mapping[str, object], keys: tuple[str, ...]) -> tuple[str, object] | None:
    """The first of `keys` holding something: not missing, None, or a blank string."""
    for key in keys:
        value = record.get(key)
        if value is None or (isinstance(value, str) and not value.strip()):
            continue
        return key, value
    return None


def _scalar(value: object) -> str | None:
    """A metadata value as text; None for a list, an object or a boolean."""
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    return None


def metadata_of(record: Mapping[str, object], origin: str) -> Metadata | Rejected:
    """Pick the metadata out of a record whose keys went through `normalise_keys`."""
    found: dict[str, str] = {}
    for field, keys in _META_KEYS.items():
        hit = first_value(record, keys)
        if hit is None:
            continue
        key, value = hit
        text = _scalar(value)
        if text is None:
            return Rejected(origin, f"`{key}` is not a single value: {value!r:.80}")
        found[field] = text
    published = first_value(record, PUBLISHED_KEYS)
    return Metadata(**found, published=published[1] if published else None)


def make_report(
    origin: str,
    text: object,
    meta: Metadata = Metadata(),  # noqa: B008 - frozen, so sharing the default is safe
    *,
    default_id: str = "",
    encoding: str = "utf-8",
) -> Item:
    """A `Report`, or a `Rejected` saying why not: no text, or a date that is not one."""
    if not isinstance(text, str) or not text.strip():
        return Rejected(origin, "no text")
    try:
        published = to_date(meta.published)
    except ValueError:
        return Rejected(origin, f"published date {meta.published!r} is not a date")
    return Report(
        text=text,
        origin=origin,
        id=meta.id or default_id,
        url=meta.url,
        source=meta.source,
        published=published,
        title=meta.title,
        encoding=encoding,
    )


# Reads the report a row's `file` names: the name as given → (text, codec, where it lies).
# Raises `InputError` naming the file when it cannot be read.
FileReader = Callable[[str], tuple[str, str, str]]


def record_report(record: Mapping[str, object], origin: str, read_file: FileReader, *,
                  default_id: str, encoding: str = "utf-8") -> Item:
    """A table row as a report: its own text, or the `file` it names (read by `read_file`,
    which knows where the table lies: a local folder or a remote one)."""
    meta = metadata_of(record, origin)
    if isinstance(meta, Rejected):
        return meta
    hit = first_value(record, TEXT_KEYS)
    if hit is not None:
        key, text = hit
        if not isinstance(text, str):
            return Rejected(origin, f"`{key}` is not text but {type(text).__name__}")
        return make_report(origin, text, meta, default_id=default_id, encoding=encoding)
    named = first_value(record, ("file",))
    if named is None:
        return Rejected(origin, "no text")
    if not isinstance(named[1], str):
        return Rejected(origin, "`file` is not a file name")
    try:
        text, found_encoding, where = read_file(named[1])
    except InputError as error:
        return Rejected(origin, str(error))
    stem = posixpath.splitext(posixpath.basename(where.replace(os.sep, "/")))[0]
    report = make_report(origin, text, meta, default_id=stem, encoding=found_encoding)
    # The text lives in the named file: point there, as reading that file alone would.
    return replace(report, origin=where) if isinstance(report, Report) else report


# -- table rows: what JSON Lines and CSV readers share (`rasd.sources` and `rasd.batch`) ---------

# The csv module refuses fields over 128 KiB by default; a long article is bigger.
CSV_FIELD_LIMIT = min(sys.maxsize, 2**31 - 1)


def table_encoding(sample: bytes) -> str:
    """A CSV table's codec from its first bytes: UTF-8 (BOM or not) unless the sample is
    not UTF-8; then Windows-1256."""
    if sample.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    try:
        sample.decode("utf-8")
    except UnicodeDecodeError as error:
        if error.start < len(sample) - 3:  # a sample may end inside a character
            return "cp1256"
    return "utf-8"


def json_record(raw: bytes) -> dict[str, object] | str:
    """One JSON Lines line as a record with normalised keys, or why it is not one."""
    try:
        value = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError as error:
        return f"not valid UTF-8 (byte {error.start} of the line)"
    except json.JSONDecodeError as error:
        return f"not valid JSON: {error.msg} (column {error.colno})"
    except RecursionError:
        return "not valid JSON: nested too deeply"
    if not isinstance(value, dict):
        return f"not a JSON object but {type(value).__name__}"
    return normalise_keys(value)


def table_items(rows: Iterable[tuple[int, list[str] | str]], name: str, read_file: FileReader,
                *, stem: str, encoding: str, header: list[str] | None = None,
                whole: bool = True) -> Iterator[tuple[int, Item]]:
    """(line, report or rejection) for CSV rows given as (line, cells or why not).

    The first non-blank row is the header unless one is given (a later piece of a shard);
    a row with more cells than the header is rejected as `name:LINE`. With `whole` (the
    rows start at the top of the table), a table with no header row is rejected too."""
    codec = "utf-8" if encoding == "utf-8-sig" else encoding
    for number, row in rows:
        origin = f"{name}:{number}"
        if isinstance(row, str):
            yield number, Rejected(origin, row)
            continue
        if not any(cell.strip() for cell in row):
            continue
        if header is None:
            header = [cell.strip().lower() for cell in row]
            continue
        if len(row) > len(header):
            yield number, Rejected(origin, f"{len(row)} fields but the header has "
                                           f"{len(header)}")
            continue
        record = {column: cell for column, cell in zip(header, row, strict=False) if cell}
        yield number, record_report(record, origin, read_file,
                                    default_id=f"{stem}-{number}", encoding=codec)
    if whole and header is None:
        yield 0, Rejected(name, "empty: no header row")
