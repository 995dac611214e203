"""The `rasd` command: every output format on a report written for the tests, help text
everywhere, the README naming every command, and `rasd eval` on the tests' own gold (and on
the development gold of ../shared when it is there)."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from typing import Any

import pytest
import typer.main
from conftest import FIXTURE_REPORTS, FIXTURES, REPO, SHARED, clean, needs_shared
from typer.testing import CliRunner, Result

import rasd
from rasd.cli import app
from rasd.model import ROW_FIELDS

PUBLISHED = "2019-06-15"
TOP_LEVEL = {"extract", "gazetteer", "eval", "check"}
# Two located events and one region-level event (no point) in Idleb and Hama.
REPORT = FIXTURE_REPORTS / "saraqeb_strike.txt"


def run_extract(runner: CliRunner, fmt: str) -> Result:
    result = clean(runner.invoke(app, ["extract", str(REPORT), "--published", PUBLISHED,
                                       "--format", fmt]))
    assert result.exit_code == 0, result.output
    return result


@pytest.fixture(scope="module")
def api_events() -> list[dict[str, Any]]:
    return rasd.extract_file(REPORT, PUBLISHED).to_dict()["events"]


# --------------------------------------------------------------------------- output formats


def test_json_is_one_object_with_document_and_events(
        runner: CliRunner, api_events: list[dict[str, Any]]) -> None:
    payload = json.loads(run_extract(runner, "json").stdout)  # fails on anything but one value
    assert isinstance(payload, dict)
    assert set(payload) == {"document", "events"}
    assert payload["document"]["published"] == PUBLISHED
    assert payload["events"], "no events printed"
    assert payload["events"] == api_events  # the command is a thin layer over the API


def test_jsonl_is_one_object_per_line(runner: CliRunner,
                                      api_events: list[dict[str, Any]]) -> None:
    lines = run_extract(runner, "jsonl").stdout.splitlines()
    assert len(lines) == len(api_events) > 0
    for line, event in zip(lines, api_events, strict=True):
        record = json.loads(line)
        assert isinstance(record, dict)
        assert record["document"] == REPORT.stem
        assert {k: v for k, v in record.items() if k != "document"} == event


def test_csv_has_a_header_and_a_row_per_event(runner: CliRunner,
                                              api_events: list[dict[str, Any]]) -> None:
    rows = list(csv.reader(io.StringIO(run_extract(runner, "csv").stdout)))
    header = rows[0]
    assert {"event_type", "sub_event_type", "event_date", "admin1", "latitude", "longitude",
            "fatalities", "evidence"} <= set(header)
    assert len(rows) == len(api_events) + 1
    assert all(len(row) == len(header) for row in rows)
    assert header == ["document", *ROW_FIELDS]  # the columns other tools read, in order
    records = [dict(zip(header, row, strict=True)) for row in rows[1:]]
    assert [r["sub_event_type"] for r in records] == [e["sub_event_type"] for e in api_events]
    assert [r["location_name"] for r in records] == ["سراقب", "اللطامنة", "حماة"]
    assert records[0]["fatalities"] == "3" and records[0]["admin1"] == "Idleb"
    assert records[0]["evidence"] == " … ".join(e["text"] for e in api_events[0]["evidence"])


def test_geojson_is_a_feature_collection_of_every_event(
        runner: CliRunner, api_events: list[dict[str, Any]]) -> None:
    collection = json.loads(run_extract(runner, "geojson").stdout)
    assert collection["type"] == "FeatureCollection"
    features = collection["features"]
    assert len(features) == len(api_events) > 0  # none left out, as `rasd export` does
    located = 0
    for feature, event in zip(features, api_events, strict=True):
        assert feature["type"] == "Feature"
        assert feature["properties"]["sub_event_type"] == event["sub_event_type"]
        geometry = feature["geometry"]
        if event["location"]["latitude"] is None:
            assert geometry is None  # no honest point: a null geometry
            continue
        located += 1
        assert geometry["type"] == "Point"
        assert geometry["coordinates"] == [event["location"]["longitude"],
                                           event["location"]["latitude"]]
    assert located == 2 and len(features) == 3


def test_a_bad_published_date_is_a_message(runner: CliRunner) -> None:
    result = clean(runner.invoke(app, ["extract", str(REPORT), "--published", "15/06/2019",
                                       "--format", "json"]))
    assert result.exit_code == 2
    assert "15/06/2019" in result.stderr


# --------------------------------------------------------------------------- help and docs


def walk(command: Any, path: tuple[str, ...] = ()) -> Iterator[tuple[tuple[str, ...], Any]]:
    yield path, command
    for name, sub in sorted(getattr(command, "commands", {}).items()):
        yield from walk(sub, (*path, name))


COMMANDS = list(walk(typer.main.get_command(app)))


def test_the_app_has_the_documented_commands() -> None:
    top = {path[0] for path, _ in COMMANDS if len(path) == 1}
    assert top >= TOP_LEVEL


@pytest.mark.parametrize(("path", "command"), COMMANDS,
                         ids=[" ".join(p) or "rasd" for p, _ in COMMANDS])
def test_every_command_has_help(path: tuple[str, ...], command: Any) -> None:
    assert (command.help or "").strip(), f"rasd {' '.join(path)} has no help text"
    for param in command.params:
        if param.name == "help":
            continue
        assert (getattr(param, "help", None) or "").strip(), (
            f"rasd {' '.join(path)}: {param.name} has no help text")


@pytest.mark.parametrize("path", [p for p, _ in COMMANDS], ids=[" ".join(p) or "rasd"
                                                                 for p, _ in COMMANDS])
def test_every_help_page_renders(runner: CliRunner, path: tuple[str, ...]) -> None:
    result = clean(runner.invoke(app, [*path, "--help"]))
    assert result.exit_code == 0, result.output
    assert "Usage" in result.stdout


@pytest.mark.skipif(not (REPO / "README.md").is_file(), reason="README.md not written yet")
def test_readme_mentions_every_command() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    top = sorted({path[0] for path, _ in COMMANDS if len(path) == 1})
    missing = [name for name in top if f"rasd {name}" not in readme]
    assert not missing, f"README.md never shows: {', '.join(f'rasd {m}' for m in missing)}"


# --------------------------------------------------------------------------- eval


def test_eval_json_on_the_tests_own_gold(runner: CliRunner) -> None:
    """Five gold events in four reports written for the tests (one says nothing violent):
    rasd finds each, dates and counts each right, and names one attacker the gold leaves
    open (an air strike whose report names no air force)."""
    result = clean(runner.invoke(app, ["eval", str(FIXTURES / "gold"), "--json"]))
    assert result.exit_code == 0, result.output
    scores = json.loads(result.stdout)
    assert (scores["documents"], scores["tp"], scores["fp"], scores["fn"]) == (4, 5, 0, 0)
    assert scores["precision"] == scores["recall"] == scores["f1"] == 1.0
    assert scores["sub_event_accuracy"] == scores["date_accuracy"] == 1.0
    assert scores["fatalities_accuracy"] == 1.0
    assert scores["actor1_accuracy"] == pytest.approx(0.8)


@needs_shared
def test_eval_json_on_dev_gold_is_the_apis_score(runner: CliRunner) -> None:
    assert SHARED is not None
    gold = SHARED / "eval" / "gold" / "dev"
    if not gold.is_dir():
        pytest.skip("no development gold")
    from rasd.eval import evaluate_gold_dir

    result = clean(runner.invoke(app, ["eval", str(gold), "--json"]))
    assert result.exit_code == 0, result.output
    scores = json.loads(result.stdout)
    expected = evaluate_gold_dir(
        [gold], lambda text, published: rasd.extract(text, published).to_dict()["events"])
    assert scores["documents"] == len(list(gold.glob("*.json"))) == len(expected.documents)
    assert (scores["tp"], scores["fp"], scores["fn"]) == (expected.tp, expected.fp,
                                                          expected.fn)
    assert scores["precision"] == pytest.approx(expected.tp / (expected.tp + expected.fp))
    assert scores["recall"] == pytest.approx(expected.tp / (expected.tp + expected.fn))
    assert scores["f1"] > 0.8  # the dev reports are in the training data: 0.9 measured


def test_eval_without_gold_is_a_message(runner: CliRunner) -> None:
    result = clean(runner.invoke(app, ["eval"]))
    assert result.exit_code == 2
    assert result.stderr.strip()
