"""Extraction quality against floors recorded in `tests/quality_floors.toml`: the
development gold, the cross-validated score over train + dev, and the OEDA test half, each
through the product's own `rasd.extract`."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

import pytest
from conftest import SHARED, needs_shared

import rasd

FLOORS = tomllib.loads((Path(__file__).parent / "quality_floors.toml").read_text("utf-8"))


def predict(text: str, published: Any) -> list[dict[str, Any]]:
    return rasd.extract(text, published).to_dict()["events"]


@needs_shared
def test_development_gold_stays_above_its_floor() -> None:
    from rasd.eval import evaluate_gold_dir

    assert SHARED is not None
    scores = evaluate_gold_dir(SHARED / "eval" / "gold" / "dev", predict)
    assert scores.f1 >= FLOORS["dev"]["f1"], f"dev F1 {scores.f1:.3f}"


@needs_shared
def test_cross_validated_score_stays_above_its_floor() -> None:
    from rasd.extract.events import EventExtractor
    from rasd.geo.resolve import default_finder
    from rasd.learn import cross_validate, load_gold_reports, load_oeda_sentences

    assert SHARED is not None
    gold = SHARED / "eval" / "gold"
    reports = load_gold_reports(gold / "train", gold / "dev")
    sentences = load_oeda_sentences(SHARED / "eval" / "external" / "oeda_arabic_event_gsr")
    scores = cross_validate(reports, sentences, EventExtractor(default_finder()), 5)
    assert scores.f1 >= FLOORS["cross_validated"]["f1"], f"CV F1 {scores.f1:.3f}"


@needs_shared
def test_oeda_test_half_through_extract_stays_above_its_floors() -> None:
    from rasd.cli.core import reports_violence
    from rasd.eval import score_oeda

    assert SHARED is not None
    scores = score_oeda(SHARED / "eval" / "external" / "oeda_arabic_event_gsr",
                        lambda sentence: reports_violence(rasd.extract(sentence).events))
    assert scores.half == "test"
    floors = FLOORS["oeda_test"]
    assert scores.precision >= floors["precision"], f"P {scores.precision:.3f}"
    assert scores.recall >= floors["recall"], f"R {scores.recall:.3f}"


@pytest.mark.parametrize("section", ["dev", "cross_validated", "oeda_test"])
def test_floors_are_recorded(section: str) -> None:
    assert all(0.0 < value < 1.0 for value in FLOORS[section].values())
