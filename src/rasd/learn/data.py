"""Labelled data for training: gold reports, OEDA sentences and reviewers' decisions, each
read into one shape."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rasd.errors import InputError
from rasd.eval.gold import load_gold, locate_report
from rasd.eval.oeda import load_oeda
from rasd.text.io import read_report


@dataclass
class LabelledReport:
    """A report and the events a person says it reports.

    `events` follow the gold format (`../shared/eval/README.md`); `rejected` are events a
    reviewer said the report does not report (a candidate that pairs with one is a negative).
    With `complete`, every event of the report is listed, so a candidate that pairs with
    none is a negative too; reviewed events of a database are not complete (an unreviewed
    event is unknown, not wrong)."""

    id: str
    text: str
    published: dt.date | None
    events: list[dict[str, Any]]
    rejected: list[dict[str, Any]] = field(default_factory=list)
    complete: bool = True
    origin: str = ""  # gold:train, gold:dev, db


def load_gold_reports(*folders: Path) -> list[LabelledReport]:
    """Every gold report of these folders, with its text read from `../shared/corpus`."""
    reports = []
    for folder in folders:
        folder = Path(folder)
        for gold in load_gold(folder):
            text, _ = read_report(locate_report(gold, folder))
            reports.append(LabelledReport(gold.doc, text, gold.published, gold.events,
                                          origin=f"gold:{folder.name}"))
    return reports


@dataclass(frozen=True, slots=True)
class LabelledSentence:
    """A sentence and whether it reports a violent event; `document` keeps the sentences of
    one source document in one fold."""

    text: str
    violent: bool
    document: str


def load_oeda_sentences(folder: Path, half: str = "train") -> list[LabelledSentence]:
    """OEDA ASSAULT sentences of the `train` half. Ambiguous sentences and ties are left
    out. The `test` half is refused: it scores the model and must never teach it."""
    if half != "train":
        raise InputError("the OEDA test half scores rasd and is never trained on")
    sentences = load_oeda(Path(folder), half="train")
    return [LabelledSentence(s.text, bool(s.positive), s.id.rsplit("-", 1)[0])
            for s in sentences if s.positive is not None]


def _as_gold_event(row: Any) -> dict[str, Any]:
    """A stored event as a gold event (the scorer's shape)."""
    location: dict[str, Any] = {"name": row.location_name or "", "admin1": row.admin1}
    if row.latitude is not None and row.longitude is not None:
        location.update(lat=row.latitude, lon=row.longitude)
    return {"id": f"db{row.id}", "event_type": row.event_type,
            "sub_event_type": [row.sub_event_type],
            "date": row.event_date.isoformat() if row.event_date else None,
            "location": location, "actor1": [row.actor1] if row.actor1 else [],
            "fatalities": row.fatalities, "optional": False}


def load_review_reports(url: str) -> list[LabelledReport]:
    """Reports of a rasd database with at least one reviewed event: accepted and edited
    events are events, rejected ones are not (the review loop teaches the model)."""
    from sqlalchemy import select

    from rasd.store.db import open_engine
    from rasd.store.schema import documents, events

    engine = open_engine(url)
    reports: dict[int, LabelledReport] = {}
    with engine.connect() as connection:
        rows = connection.execute(
            select(events, documents.c.text, documents.c.published, documents.c.doc_key)
            .select_from(events.join(documents))
            .where(events.c.review_state.in_(("accepted", "edited", "rejected")))
            .order_by(events.c.document_id, events.c.id)).all()
    engine.dispose()
    for row in rows:
        report = reports.setdefault(row.document_id, LabelledReport(
            row.doc_key or f"db-{row.document_id}", row.text, row.published, [],
            complete=False, origin="db"))
        target = report.rejected if row.review_state == "rejected" else report.events
        target.append(_as_gold_event(row))
    return list(reports.values())
