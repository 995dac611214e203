"""Read reports out of the containers they arrive in: text files, JSONL/CSV tables, saved
HTML pages, RSS/Atom feeds, WARC archives and Telegram channel exports.

Every reader is a generator, so a million-report archive is streamed, never loaded whole.
It yields a `Report` for each report it could read and a `Rejected` (naming the input and
the reason) for each it could not; a broken record never stops the ones after it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

__all__ = ["Rejected", "Report", "read_inputs"]


@dataclass(frozen=True, slots=True)
class Report:
    """One report's text and what its container said about it."""

    text: str
    origin: str  # where it came from, for messages: a path, plus `:line` or `#message-id`
    id: str = ""
    url: str = ""
    source: str = ""  # the outlet or channel
    published: dt.date | None = None
    title: str = ""
    encoding: str = "utf-8"


@dataclass(frozen=True, slots=True)
class Rejected:
    """An input, or one record inside it, that could not be read as a report."""

    origin: str
    reason: str


from rasd.sources.readers import read_inputs  # noqa: E402
