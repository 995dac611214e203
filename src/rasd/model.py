"""The one data model every stage speaks: Document → spans → Event.

A `Document` owns the original text. Every later stage works on its normalised view and
records what it found as `Span`s whose offsets point into the *original* text, so that
`span.text == document.text[span.start:span.end]` always holds (the spaCy `Doc`/`Span` habit).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import unicodedata
from collections.abc import Mapping
from dataclasses import asdict, dataclass, field
from functools import cached_property
from importlib.metadata import PackageNotFoundError, version
from typing import Any

from rasd.text.normalize import NormalizedText, normalize
from rasd.text.sentences import Sentence, split_sentences


@dataclass(frozen=True, slots=True)
class Span:
    """A stretch of the original text, with a label saying what a stage took it for."""

    start: int
    end: int
    label: str = ""


@dataclass(slots=True)
class Mention:
    """A span plus what it means (a place, actor, trigger, number or date).

    `norm_start`/`norm_end` locate it in the normalised view; `span` in the original (mapped
    on first use: a report has thousands of mentions and few end up as evidence).
    `value` holds the meaning: a `Place`, an ACLED actor name, an `EventKind`, an int, a date.
    `source` names the lexicon entry or rule that produced it, for provenance.
    """

    kind: str
    norm_start: int
    norm_end: int
    value: Any
    source: str = ""
    norm: NormalizedText | None = field(default=None, repr=False, compare=False)

    @property
    def span(self) -> Span:
        if self.norm is None:
            raise ValueError("a mention made outside a document has no original span")
        start, end = self.norm.to_original(self.norm_start, self.norm_end)
        return Span(start, end, self.kind)


@dataclass
class Document:
    """A report: its original text, its reference date, its normalised view and spans."""

    text: str
    id: str = ""
    published: dt.date | None = None
    title: str = ""
    source: str = ""
    url: str = ""
    path: str = ""
    encoding: str = "utf-8"
    norm: NormalizedText = field(init=False)
    mentions: dict[str, list[Mention]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.norm = normalize(self.text)

    @cached_property
    def sentences(self) -> list[Sentence]:
        """The normalised view's sentences, split once per report for every stage."""
        return split_sentences(self.norm.text)

    def span(self, norm_start: int, norm_end: int, label: str = "") -> Span:
        """Map a normalised range to a `Span` of the original text."""
        start, end = self.norm.to_original(norm_start, norm_end)
        return Span(start, end, label)

    def mention(
        self, kind: str, norm_start: int, norm_end: int, value: Any, source: str = ""
    ) -> Mention:
        found = Mention(kind, norm_start, norm_end, value, source, self.norm)
        self.mentions.setdefault(kind, []).append(found)
        return found

    def metadata(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "path": self.path,
            "title": self.title,
            "source": self.source,
            "url": self.url,
            "published": self.published.isoformat() if self.published else None,
            "encoding": self.encoding,
            "length": len(self.text),
        }


@dataclass(slots=True)
class Location:
    """Where an event happened, in ACLED's terms (geo_precision 1 = place, 2 = district
    or area near a place, 3 = governorate/region)."""

    name: str
    country: str | None = "Syria"
    admin1: str | None = None
    admin2: str | None = None
    admin3: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    geo_precision: int | None = None
    gazetteer_id: str | None = None


@dataclass(slots=True)
class Evidence:
    start: int
    end: int
    text: str


@dataclass
class Event:
    """One ACLED-style event: a type, a place, a day, actors, a toll, and its evidence."""

    event_type: str
    sub_event_type: str
    event_date: str | None
    time_precision: int | None
    actor1: str | None
    actor2: str | None
    location: Location
    fatalities: int = 0
    injuries: int | None = None
    civilian_targeting: bool = False
    evidence: list[Evidence] = field(default_factory=list)
    provenance: list[str] = field(default_factory=list)
    confidence: float | None = None  # the model's calibrated probability that it is an event

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    def row(self) -> dict[str, Any]:
        """The event as one flat row, its location's fields beside its own, in `ROW_FIELDS`
        order: the one shape the store, batch Parquet, the CLI's CSV and the exports write
        (each only converts types: a date column, evidence as JSON or as joined text)."""
        location = self.location
        return {
            "event_type": self.event_type, "sub_event_type": self.sub_event_type,
            "event_date": self.event_date, "time_precision": self.time_precision,
            "actor1": self.actor1, "actor2": self.actor2, "location_name": location.name,
            "country": location.country, "admin1": location.admin1,
            "admin2": location.admin2, "admin3": location.admin3,
            "latitude": location.latitude, "longitude": location.longitude,
            "geo_precision": location.geo_precision, "gazetteer_id": location.gazetteer_id,
            "fatalities": self.fatalities, "injuries": self.injuries,
            "civilian_targeting": self.civilian_targeting, "confidence": self.confidence,
            "evidence": [{"start": e.start, "end": e.end, "text": e.text}
                         for e in self.evidence],
            "provenance": list(self.provenance),
        }

    @classmethod
    def from_row(cls, row: Mapping[str, Any]) -> Event:
        """The event a flat row was made from (`row()` read back). `event_date` may be a
        date or an ISO string; `evidence` a list of {start, end, text}."""
        day = row["event_date"]
        return cls(
            event_type=row["event_type"], sub_event_type=row["sub_event_type"],
            event_date=day.isoformat() if isinstance(day, dt.date) else (day or None),
            time_precision=row["time_precision"], actor1=row["actor1"], actor2=row["actor2"],
            location=Location(name=row["location_name"], country=row["country"],
                              admin1=row["admin1"], admin2=row["admin2"],
                              admin3=row["admin3"], latitude=row["latitude"],
                              longitude=row["longitude"], geo_precision=row["geo_precision"],
                              gazetteer_id=row["gazetteer_id"]),
            fatalities=row["fatalities"], injuries=row["injuries"],
            civilian_targeting=bool(row["civilian_targeting"]),
            evidence=[Evidence(**e) for e in row["evidence"] or []],
            provenance=list(row["provenance"] or []),
            confidence=row.get("confidence"),
        )


ROW_FIELDS = ("event_type", "sub_event_type", "event_date", "time_precision", "actor1",
              "actor2", "location_name", "country", "admin1", "admin2", "admin3", "latitude",
              "longitude", "geo_precision", "gazetteer_id", "fatalities", "injuries",
              "civilian_targeting", "confidence", "evidence", "provenance")


def content_hash(text: str) -> str:
    """The key a report is known by in the store and in batch output: SHA-256 of its text in
    NFC with runs of white space folded, so a re-export that only changes line endings is
    the same report."""
    folded = " ".join(unicodedata.normalize("NFC", text).split())
    return hashlib.sha256(folded.encode("utf-8")).hexdigest()


def rasd_version() -> str:
    """The installed rasd's version, stamped on stored reports and batch runs."""
    try:
        return version("rasd")
    except PackageNotFoundError:  # pragma: no cover - running from a source tree
        return "dev"
