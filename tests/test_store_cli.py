"""The database commands end to end on SQLite: ingest, events, incidents, export, db."""

from __future__ import annotations

import csv
import json
import shutil
from pathlib import Path

import pytest
from conftest import SHARED, clean, needs_shared
from typer.testing import CliRunner

from rasd.cli import app
from rasd.store.export import ACLED_COLUMNS

CORPUS = SHARED / "corpus" / "saudinewsnet_syria" if SHARED else None


@pytest.fixture
def inbox(tmp_path: Path) -> Path:
    """A folder of three real reports with their documents.jsonl (outlet, date), and one
    file that is not text."""
    assert CORPUS is not None
    folder = tmp_path / "inbox"
    folder.mkdir()
    names = ("snn-0072.txt", "snn-0111.txt", "snn-0163.txt")
    for name in names:
        shutil.copy(CORPUS / name, folder / name)
    with (CORPUS / "documents.jsonl").open(encoding="utf-8") as source, \
            (folder / "documents.jsonl").open("w", encoding="utf-8") as sidecar:
        sidecar.writelines(line for line in source if json.loads(line)["file"] in names)
    (folder / "broken.txt").write_bytes(bytes(range(256)) * 8)
    return folder


def _last_json(output: str) -> dict:
    return json.loads(output.strip().splitlines()[-1])


@needs_shared
@pytest.mark.usefixtures("rules_only")
def test_ingest_query_export(runner: CliRunner, inbox: Path, tmp_path: Path) -> None:
    db = str(tmp_path / "rasd.db")
    first = clean(runner.invoke(app, ["ingest", str(inbox), "--db", db]))
    assert first.exit_code == 1  # one input failed, and says so
    assert "broken.txt" in first.output
    summary = _last_json(first.stdout)
    assert summary["added"] == 3 and summary["rejected"] == 1 and summary["events"] > 0

    again = clean(runner.invoke(app, ["ingest", str(inbox / "snn-0072.txt"), "--db", db]))
    assert again.exit_code == 0 and _last_json(again.stdout)["added"] == 0

    listed = clean(runner.invoke(app, ["events", "--db", db, "--format", "json",
                                       "--min-fatalities", "1"]))
    events = json.loads(listed.stdout)
    assert events and all(event["fatalities"] >= 1 for event in events)

    grouped = clean(runner.invoke(app, ["incidents", "--db", db, "--format", "json",
                                        "--min-sources", "2"]))
    incidents = json.loads(grouped.stdout)
    assert any(i["location_name"] == "رميلان" and i["grade"] == "fair" for i in incidents)

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
