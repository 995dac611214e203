"""The data files an analyst edits: every CSV in rasd/data parses, the three lexicons load,
every event type is ACLED's, every actor name is one the gold uses, and `rasd check` agrees."""

from __future__ import annotations

import csv
import json
import re
import tomllib
from importlib import resources
from pathlib import Path

import pytest
from conftest import SHARED
from typer.testing import CliRunner

from rasd.cli import app
from rasd.extract.lexicon import (
    CUES,
    EVENT_TYPES,
    UNDECIDED_BLAST,
    UNDECIDED_STRIKE,
    LexiconError,
    actor_matcher,
    cue_matcher,
    data_path,
    held_places,
    holder_on,
    read_rows,
    trigger_matcher,
)
from rasd.text.normalize import fold

DATA = Path(str(resources.files("rasd") / "data"))
CSV_FILES = sorted(DATA.glob("*.csv"))
# ACLED's names for the people in protests and riots; the gold has no such events, so its
# README does not list them.
CROWD_ACTORS = {"Protesters (Syria)", "Rioters (Syria)"}


def gold_actor_names() -> set[str]:
    """The ACLED-style actor names listed in the Actors paragraph of ../shared/eval/README.md:
    "Pro-Government Militia (Syria) (NDF and similar)" is the name "Pro-Government Militia
    (Syria)" and a note; "Islamic State (ISIS)" is a name whole."""
    readme = SHARED / "eval" / "README.md" if SHARED else None
    if readme is None or not readme.is_file():
        pytest.skip("../shared/eval/README.md not found")
    text = " ".join(readme.read_text(encoding="utf-8").split())
    found = re.search(r"\*\*Actors\*\*:.*?The gold uses:(.*?)\. A field may list", text)
    assert found, "the Actors paragraph of eval/README.md has changed shape"
    names: set[str] = set()
    for item in found.group(1).split(";"):
        item = item.strip()
        without_note = re.sub(r"\s*\([^()]*\)$", "", item)
        names.add(without_note if without_note.endswith(")") else item)
    return names


def test_data_folder_has_the_lexicons() -> None:
    assert {"triggers.csv", "actors.csv", "cues.csv"} <= {p.name for p in CSV_FILES}


@pytest.mark.parametrize("path", CSV_FILES, ids=lambda p: p.name)
def test_every_csv_row_fits_its_header(path: Path) -> None:
    """A stray comma in an Arabic phrase shifts every later column; catch it by line."""
    with path.open(encoding="utf-8", newline="") as handle:
        lines = [(n, line) for n, line in enumerate(handle, 1)
                 if line.strip() and not line.lstrip().startswith("#")]
    assert lines, f"{path.name} has no header"
    rows = list(csv.reader(line for _, line in lines))
    header = rows[0]
    assert all(name.strip() for name in header), f"{path.name}: empty column name"
    assert len(set(header)) == len(header), f"{path.name}: repeated column name"
    bad = [number for (number, _), row in zip(lines[1:], rows[1:], strict=True)
           if len(row) != len(header)]
    assert not bad, f"{path.name}: lines {bad} do not have {len(header)} fields"


def test_lexicons_load() -> None:
    assert len(trigger_matcher()) > 0
    assert len(actor_matcher()) > 0
    assert len(cue_matcher()) > 0


def test_other_csv_files_load() -> None:
    from rasd.extract.numbers import load_victim_nouns
    from rasd.geo.build import read_additions

    assert load_victim_nouns()
    read_additions(data_path("places_user_example.csv"))  # all examples are comments


def test_held_places_name_who_held_a_place_and_when() -> None:
    import datetime as dt

    from rasd.geo.keys import place_key

    assert held_places()
    key = place_key("الفوعة")
    held = holder_on(key, "Idleb", dt.date(2016, 1, 1))
    assert held is not None and held.opponent == "Opposition Rebels (Syria)"
    assert holder_on(key, "Idleb", dt.date(2019, 1, 1)) is None  # evacuated in 2018
    assert holder_on(key, "Hama", dt.date(2016, 1, 1)) is None  # a namesake elsewhere
    assert holder_on(key, None, dt.date(2016, 1, 1)) is None


@pytest.mark.parametrize(("row", "message"), [
    ("نبل,Aleppo,Nobody,Opposition Rebels (Syria),2012-07-20,2016-02-03,", "not in actors.csv"),
    ("نبل,Aleppo,Military Forces of Syria,Opposition Rebels (Syria),2012-07-20,soon,", "dates"),
    ("نبل,Aleppo,Military Forces of Syria,Opposition Rebels (Syria),2016-02-03,2012-07-20,",
     "before held_from"),
])
def test_a_bad_held_place_row_is_named(tmp_path: Path, row: str, message: str) -> None:
    path = tmp_path / "held_places.csv"
    path.write_text("place,admin1,holder,opponent,held_from,held_to,note\n" + row + "\n",
                    encoding="utf-8")
    with pytest.raises(LexiconError, match=f"held_places.csv:2: .*{message}"):
        held_places(path)


def test_every_trigger_has_an_acled_type() -> None:
    for number, row in read_rows(data_path("triggers.csv")):
        assert row["phrase"], f"triggers.csv:{number}: no phrase"
        assert row["event_type"] in EVENT_TYPES, f"triggers.csv:{number}: {row['event_type']}"
        sub = row["sub_event_type"]
        if sub in (UNDECIDED_STRIKE, UNDECIDED_BLAST):
            assert row["event_type"] == "Explosions/Remote violence", f"triggers.csv:{number}"
        else:
            assert sub in EVENT_TYPES[row["event_type"]], f"triggers.csv:{number}: {sub}"
        if row.get("nonstate_event_type"):
            assert row["nonstate_event_type"] in EVENT_TYPES, f"triggers.csv:{number}"
            assert (row["nonstate_sub_event_type"]
                    in EVENT_TYPES[row["nonstate_event_type"]]), f"triggers.csv:{number}"
        assert row.get("match", "word") in ("word", "stem"), f"triggers.csv:{number}"
        assert row.get("strength", "strong") in ("strong", "weak", ""), f"triggers.csv:{number}"
        assert " " not in row.get("then", ""), f"triggers.csv:{number}: `then` is one word"


def test_every_cue_is_known() -> None:
    for number, row in read_rows(data_path("cues.csv")):
        assert row["phrase"], f"cues.csv:{number}: no phrase"
        assert row["cue"] in CUES, f"cues.csv:{number}: {row['cue']}"


def test_every_actor_is_an_acled_name_the_gold_uses() -> None:
    # or, for a group of the neighbouring wars the gold (Syria only) never names, one whose
    # ACLED interaction code acled.toml declares (`PKK: Kurdistan Workers Party`)
    declared = set(tomllib.loads(data_path("acled.toml").read_text(encoding="utf-8"))["inter"])
    known = gold_actor_names() | declared
    unknown = sorted({(row["actor"]) for _, row in read_rows(data_path("actors.csv"))} - known)
    assert not unknown, f"actors.csv names actors neither the gold nor acled.toml knows: {unknown}"
    for number, row in read_rows(data_path("actors.csv")):
        assert row["phrase"], f"actors.csv:{number}: no phrase"
        assert row.get("state", "") in ("yes", "foreign", "ally", "authority", "no", ""), \
            f"actors.csv:{number}"


def test_every_actor_of_an_era_is_a_phrase_of_actors_csv_and_a_known_name() -> None:
    phrases = {fold(row["phrase"]) for _, row in read_rows(data_path("actors.csv"))}
    for number, row in read_rows(data_path("actors_since.csv")):
        assert fold(row["phrase"]) in phrases, f"actors_since.csv:{number}: not in actors.csv"
        assert row["actor"] in gold_actor_names(), f"actors_since.csv:{number}: {row['actor']}"
        assert row["state"] in ("yes", "foreign", "ally", "authority", "no"), \
            f"actors_since.csv:{number}"


def test_every_default_trigger_actor_is_an_acled_name() -> None:
    known = gold_actor_names() | CROWD_ACTORS
    defaults = {row["default_actor1"] for _, row in read_rows(data_path("triggers.csv"))
                if row.get("default_actor1")}
    assert not defaults - known, sorted(defaults - known)


def test_rasd_check_exits_0() -> None:
    result = CliRunner().invoke(app, ["check"])
    assert result.exception is None, repr(result.exception)
    assert result.exit_code == 0, result.output
    counts = json.loads(result.stdout)
    assert all(counts[name] > 0 for name in ("triggers", "actors", "cues"))
