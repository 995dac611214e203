"""The front door: `rasd.extract(text, published=...)` and friends.

Every CLI command is a thin wrapper around one of these functions (the sqlite-utils habit).
"""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from rasd.errors import InputError
from rasd.extract.events import EventExtractor
from rasd.model import Document, Event
from rasd.text.io import read_report


@dataclass
class Extraction:
    """A report and the events rasd read in it."""

    document: Document
    events: list[Event] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {"document": self.document.metadata(),
                "events": [event.to_dict() for event in self.events]}


@cache
def default_extractor() -> EventExtractor:
    from rasd.extract.decide import default_decider
    from rasd.geo.resolve import default_finder

    return EventExtractor(default_finder(), default_decider())


def _as_date(published: dt.date | str | None) -> dt.date | None:
    """The reference date as a day: a date, a datetime (its day) or a YYYY-MM-DD string."""
    if published is None:
        return None
    if isinstance(published, dt.datetime):
        return published.date()
    if isinstance(published, dt.date):
        return published
    if not isinstance(published, str):
        raise InputError(f"published must be a date or YYYY-MM-DD, not {type(published).__name__}")
    try:
        return dt.date.fromisoformat(published)
    except ValueError as error:
        raise InputError(f"published date {published!r} is not YYYY-MM-DD") from error


DEFAULT_MAX_CHARS = 2_000_000
MAX_CHARS_ENV = "RASD_MAX_CHARS"


def report_limit(limit: int | None = None) -> int:
    """The largest report rasd reads, in characters: `limit` if given, else
    `$RASD_MAX_CHARS`, else 2,000,000 (a long news report is 20,000; a bigger input is a
    dump of many reports or junk, and time and memory grow with it)."""
    if limit is not None:
        if limit <= 0:
            raise InputError(f"max_chars must be a positive number of characters, not {limit}")
        return limit
    raw = os.environ.get(MAX_CHARS_ENV, "").strip().replace("_", "")
    if not raw:
        return DEFAULT_MAX_CHARS
    try:
        value = int(raw)
    except ValueError:
        raise InputError(f"{MAX_CHARS_ENV}={raw!r} is not a whole number of characters") from None
    if value <= 0:
        raise InputError(f"{MAX_CHARS_ENV}={raw!r} must be a positive number of characters")
    return value


def _check_size(length: int, limit: int, name: str = "report") -> None:
    if length > limit:
        raise InputError(
            f"{name}: {length:,} characters is more than the limit of {limit:,} "
            f"(set {MAX_CHARS_ENV} or pass max_chars to read larger reports)"
        )


def extract(text: str, published: dt.date | str | None = None, *, doc_id: str = "",
            extractor: EventExtractor | None = None,
            max_chars: int | None = None) -> Extraction:
    """Read one report's text and return its events, each with evidence offsets into `text`.

    Raises `InputError` when the text is longer than `max_chars` characters (default
    `$RASD_MAX_CHARS` or 2,000,000)."""
    if not isinstance(text, str):
        raise InputError(f"report text must be a str, not {type(text).__name__}")
    _check_size(len(text), report_limit(max_chars), doc_id or "report")
    document = Document(text=text, id=doc_id, published=_as_date(published))
    events = (extractor or default_extractor()).extract(document)
    return Extraction(document, events)


def extract_file(path: Path, published: dt.date | str | None = None,
                 extractor: EventExtractor | None = None,
                 max_chars: int | None = None) -> Extraction:
    """Read a report file (UTF-8, UTF-16, UTF-32, Windows-1256 or ISO-8859-6) and extract its
    events.

    Raises `InputError` naming the file when it cannot be read as text or holds more than
    `max_chars` characters (a file too big to hold that many is refused before it is read)."""
    path = Path(path)
    limit = report_limit(max_chars)
    text, encoding = read_report(path, max_chars=limit)
    _check_size(len(text), limit, str(path))
    result = extract(text, published, doc_id=path.stem, extractor=extractor, max_chars=limit)
    result.document.path = str(path)
    result.document.encoding = encoding
    return result

