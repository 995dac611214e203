"""`rasd events` and `rasd incidents` say on stderr when --limit cut the list, and only
then; stdout stays whole JSON."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from conftest import clean, fixture_report
from typer.testing import CliRunner

from rasd.cli import app
from rasd.sources import Report
from rasd.store import Store


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = tmp_path_factory.mktemp("lists") / "rasd.db"
    store = Store(str(path))
    names = ("saraqeb_strike.txt", "saraqeb_second_outlet.txt", "douma_shelling.txt")
    store.ingest([Report(fixture_report(name), name, id=name, source=f"outlet-{n}",
                         published=dt.date(2019, 5, 11)) for n, name in enumerate(names)])
    store.engine.dispose()
    return str(path)


@pytest.mark.parametrize("command", ["events", "incidents"])
def test_a_cut_list_says_so(runner: CliRunner, db: str, command: str) -> None:
    whole = clean(runner.invoke(app, [command, "--db", db, "--format", "json",
                                      "--limit", "1000"]))
    total = len(json.loads(whole.stdout))
    assert total >= 2 and "--limit to see more" not in whole.stderr
    cut = clean(runner.invoke(app, [command, "--db", db, "--format", "json", "--limit", "1"]))
    assert len(json.loads(cut.stdout)) == 1
    assert f"1 of {total} {command}; --limit to see more" in cut.stderr
    exact = clean(runner.invoke(app, [command, "--db", db, "--format", "json",
                                      "--limit", str(total)]))
    assert "--limit to see more" not in exact.stderr


def test_limit_is_documented(runner: CliRunner) -> None:
    for command in ("events", "incidents"):
        assert "--limit" in clean(runner.invoke(app, [command, "--help"])).stdout
    readme = (Path(__file__).parents[1] / "README.md").read_text(encoding="utf-8")
    assert "--limit N" in readme


def test_events_text_searches_the_report_text(runner: CliRunner, db: str) -> None:
    """`--text` finds a phrase of the report under another spelling (hamza, ta marbuta)."""
    every = json.loads(clean(runner.invoke(app, ["events", "--db", db, "--format",
                                                 "json"])).stdout)
    douma = {e["event_id"] for e in every if e["document"] == "douma_shelling.txt"}
    assert douma and len(douma) < len(every)
    for phrase in ("مقتل إمرأتين", "مدينه دوما"):
        found = json.loads(clean(runner.invoke(app, ["events", "--db", db, "--text", phrase,
                                                     "--format", "json"])).stdout)
        assert {e["event_id"] for e in found} == douma, phrase
    none = json.loads(clean(runner.invoke(app, ["events", "--db", db, "--text", "غواصة نووية",
                                                "--format", "json"])).stdout)
    assert none == []
