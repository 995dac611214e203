"""The data model's one flat row of an event, and the key a report is known by."""

from __future__ import annotations

import datetime as dt
import hashlib

from rasd.model import ROW_FIELDS, Event, Evidence, Location, content_hash


def an_event() -> Event:
    return Event(
        event_type="Explosions/Remote violence", sub_event_type="Air/drone strike",
        event_date="2019-06-14", time_precision=1, actor1="Military Forces of Syria",
        actor2="Civilians (Syria)",
        location=Location(name="كفرزيتا", admin1="Hama", admin2="Muhradah", latitude=35.37,
                          longitude=36.6, geo_precision=1, gazetteer_id="C1234"),
        fatalities=3, injuries=None, civilian_targeting=True,
        evidence=[Evidence(10, 20, "قصف الطيران")], provenance=["trigger:قصف"],
        confidence=0.81,
    )


def test_the_row_is_flat_and_in_the_documented_order() -> None:
    row = an_event().row()
    assert tuple(row) == ROW_FIELDS
    assert row["location_name"] == "كفرزيتا" and row["admin2"] == "Muhradah"
    assert row["evidence"] == [{"start": 10, "end": 20, "text": "قصف الطيران"}]
    assert row["civilian_targeting"] is True and row["confidence"] == 0.81


def test_a_row_reads_back_into_the_same_event() -> None:
    event = an_event()
    assert Event.from_row(event.row()) == event
    # a store or Parquet row holds the date as a date: it reads back as the same ISO day
    assert Event.from_row({**event.row(), "event_date": dt.date(2019, 6, 14)}) == event
    assert Event.from_row({**event.row(), "event_date": None}).event_date is None


def test_content_hash_folds_white_space_and_unicode_forms() -> None:
    assert content_hash(" a\r\n b ") == content_hash("a b")
    assert content_hash("a b") == hashlib.sha256(b"a b").hexdigest()
    assert content_hash("ab") != content_hash("a b")
    assert content_hash("e\u0301") == content_hash("\u00e9")  # NFD and NFC are one report
