"""The database commands end to end on SQLite: ingest, events, incidents, export, db."""

from __future__ import annotations

import csv
import json
import shutil
from pathlib import Path

import pytest
from conftest import FIXTURE_REPORTS, clean
from typer.testing import CliRunner

from rasd.cli import app
from rasd.store.export import ACLED_COLUMNS


@pytest.fixture
def inbox(tmp_path: Path) -> Path:
    """The four reports written for the tests with their documents.jsonl (outlet, date):
    two outlets tell one strike on سراقب with 3 and 5 dead. And one file that is not text."""
    folder = tmp_path / "inbox"
    shutil.copytree(FIXTURE_REPORTS, folder)
    (folder / "broken.txt").write_bytes(bytes(range(256)) * 8)
    return folder


def _last_json(output: str) -> dict:
    return json.loads(output.strip().splitlines()[-1])


@pytest.mark.usefixtures("rules_only")
def test_ingest_query_export(runner: CliRunner, inbox: Path, tmp_path: Path) -> None:
    db = str(tmp_path / "rasd.db")
    first = clean(runner.invoke(app, ["ingest", str(inbox), "--db", db]))
    assert first.exit_code == 1  # one input failed, and says so
    assert "broken.txt" in first.output
    summary = _last_json(first.stdout)
    # the rules alone (no model) drop the region-wide shelling of ريف حماة: four events
    assert (summary["added"], summary["rejected"], summary["events"]) == (4, 1, 4)

    again = clean(runner.invoke(app, ["ingest", str(inbox / "saraqeb_strike.txt"), "--db", db]))
    assert again.exit_code == 0 and _last_json(again.stdout)["added"] == 0

    listed = clean(runner.invoke(app, ["events", "--db", db, "--format", "json",
                                       "--min-fatalities", "1"]))
    events = json.loads(listed.stdout)
    assert sorted((e["location_name"], e["fatalities"], e["source"]) for e in events) == [
        ("دوما", 2, "outlet-a"), ("سراقب", 3, "outlet-a"), ("سراقب", 5, "outlet-b")]

    grouped = clean(runner.invoke(app, ["incidents", "--db", db, "--format", "json",
                                        "--min-sources", "2"]))
    incidents = json.loads(grouped.stdout)
    assert [(i["location_name"], i["fatalities_min"], i["fatalities_max"], i["grade"])
            for i in incidents] == [("سراقب", 3, 5, "fair")]

    out = tmp_path / "events.csv"
    exported = clean(runner.invoke(app, ["export", "--format", "acled-csv", "--db", db,
                                         "--out", str(out)]))
    assert exported.exit_code == 0
    with out.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0] == ACLED_COLUMNS and len(rows) == summary["events"] + 1
    assert not out.with_name(out.name + ".partial").exists()

    geojson = clean(runner.invoke(app, ["export", "--format", "geojson", "--incidents",
                                        "--db", db]))
    assert json.loads(geojson.stdout)["type"] == "FeatureCollection"

    checked = clean(runner.invoke(app, ["db", "check", "--db", db]))
    assert checked.exit_code == 0 and json.loads(checked.stdout)["problems"] == []


def test_bad_options_are_clear(runner: CliRunner, tmp_path: Path) -> None:
    db = str(tmp_path / "rasd.db")
    result = clean(runner.invoke(app, ["export", "--format", "shapefile", "--db", db]))
    assert result.exit_code == 2 and "acled-csv" in result.output
    result = clean(runner.invoke(app, ["events", "--since", "yesterday", "--db", db]))
    assert result.exit_code == 2 and "YYYY-MM-DD" in result.output
    result = clean(runner.invoke(app, ["events", "--db", str(tmp_path / "no" / "x.db")]))
    assert result.exit_code == 2 and "no folder" in result.output
    missing = clean(runner.invoke(app, ["ingest", str(tmp_path / "nothing.jsonl"),
                                        "--db", db]))
    assert missing.exit_code == 1 and "nothing.jsonl" in missing.output
