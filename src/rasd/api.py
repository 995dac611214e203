"""The front door: `rasd.extract(text, published=...)` and friends.

Every CLI command is a thin wrapper around one of these functions (the sqlite-utils habit).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from rasd.errors import InputError
from rasd.extract.events import EventExtractor
from rasd.extract.lexicon import data_path
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
    from rasd.geo.resolve import default_finder

    return EventExtractor(default_finder())


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


def extract(text: str, published: dt.date | str | None = None, *, doc_id: str = "",
            extractor: EventExtractor | None = None) -> Extraction:
    """Read one report's text and return its events, each with evidence offsets into `text`."""
    document = Document(text=text, id=doc_id, published=_as_date(published))
    events = (extractor or default_extractor()).extract(document)
    return Extraction(document, events)


def extract_file(path: Path, published: dt.date | str | None = None,
                 extractor: EventExtractor | None = None) -> Extraction:
    """Read a report file (UTF-8, UTF-16 or Windows-1256) and extract its events.

    Raises `InputError` naming the file when it cannot be read as text."""
    text, encoding = read_report(path)
    result = extract(text, published, doc_id=path.stem, extractor=extractor)
    result.document.path = str(path)
    result.document.encoding = encoding
    return result


def lexicon_files() -> list[Path]:
    return [data_path(name) for name in ("triggers.csv", "actors.csv", "cues.csv")]
