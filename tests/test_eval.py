"""The gold scorer follows eval/README.md; each rule gets a hand-built case."""

from __future__ import annotations

import datetime as dt
import itertools
import json
import random
from pathlib import Path
from typing import Any

import pytest

from rasd.eval import (
    GoldDocument,
    evaluate_gold_dir,
    format_oeda,
    format_scores,
    load_gold,
    load_oeda,
    locate_report,
    oeda_errors,
    place_names_agree,
    score,
    score_document,
    score_oeda,
)
from rasd.eval.gold import _max_weight_assignment

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
GOLD_DEV = SHARED / "eval" / "gold" / "dev"
OEDA = SHARED / "eval" / "external" / "oeda_arabic_event_gsr"

AIR = "Air/drone strike"
SHELL = "Shelling/artillery/missile attack"
ERV = "Explosions/Remote violence"


def gold(gid: str = "e1", **over: Any) -> dict[str, Any]:
    event: dict[str, Any] = {
        "id": gid,
        "event_type": ERV,
        "sub_event_type": [AIR],
        "date": "2015-07-23",
        "location": {"name": "الباب", "admin1": "Aleppo", "pcode": "C1202", "lat": 36.37,
                     "lon": 37.51},
        "actor1": ["Military Forces of Syria"],
        "actor2": ["Civilians (Syria)"],
        "fatalities": 12,
        "optional": False,
    }
    event.update(over)
    return event


def pred(**over: Any) -> dict[str, Any]:
    location = {"name": "الباب", "country": "Syria", "admin1": "Aleppo", "admin2": None,
                "admin3": None, "latitude": 36.37, "longitude": 37.51, "geo_precision": 1,
                "gazetteer_id": "C1202"}
    location.update(over.pop("location", {}))
    event: dict[str, Any] = {
        "event_type": ERV,
        "sub_event_type": AIR,
        "event_date": "2015-07-23",
        "time_precision": 1,
        "actor1": "Military Forces of Syria",
        "actor2": "Civilians (Syria)",
        "location": location,
        "fatalities": 12,
        "civilian_targeting": True,
        "evidence": [{"start": 0, "end": 5, "text": "قصف الباب"}],
    }
    event.update(over)
    return event


def no_coords(**loc: Any) -> dict[str, Any]:
    return {"latitude": None, "longitude": None, **loc}


# --------------------------------------------------------------------------- location rules


def test_perfect_pair_scores_everything() -> None:
    doc = score_document([gold()], [pred()])
    assert (doc.tp, doc.fp, doc.fn) == (1, 0, 0)
    assert doc.pairs[0].agreements() == {"sub_event": True, "date": True, "fatalities": True,
                                         "actor1": True}


def test_within_5km_pairs_even_with_another_name() -> None:
    # about 3 km north of the gold point
    near = pred(location={"name": "قباسين", "latitude": 36.397, "longitude": 37.51})
    assert score_document([gold()], [near]).tp == 1
    far = pred(location={"name": "الباب", "latitude": 36.45, "longitude": 37.51})  # ~9 km
    doc = score_document([gold()], [far])
    assert (doc.tp, doc.fp, doc.fn) == (0, 1, 1)
    assert "km" in doc.false_positives[0]


def test_one_distance_for_every_stage() -> None:
    from rasd.geo.distance import distance_km

    assert distance_km((36.0, 37.0), (36.0, 37.0)) == 0.0
    assert distance_km((36.0, 37.0), (37.0, 37.0)) == pytest.approx(111.19, abs=0.01)
    # Damascus to Aleppo, about 310 km as the crow flies
    assert distance_km((33.513, 36.292), (36.202, 37.134)) == pytest.approx(309, abs=3)


def test_name_rule_when_a_side_lacks_coordinates() -> None:
    g = gold(location={"name": "معرة النعمان", "admin1": "Idleb"})
    assert score_document([g], [pred(location=no_coords(name="مَعَرّة النعمان"))]).tp == 1
    # coordinates on one side only: names decide, however far the predicted point is
    assert score_document([g], [pred(location={"name": "معره النعمان"})]).tp == 1
    assert score_document([g], [pred(location={"name": "سراقب"})]).tp == 0


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("أم شرشوح", "ام شرشوح", True),  # hamza forms
        ("اللطامنة", "اللطامنه", True),  # ة/ه
        ("الحلوى", "الحلوي", True),  # ى/ي
        ("كفرزيـــتا", "كفرزيتا", True),  # tatweel
        ("الزبداني", "زبداني", True),  # a leading ال
        ("كفر زيتا", "كفرزيتا", True),  # spaces
        ("بلدة كفرزيتا", "كفرزيتا", True),  # generic word
        ("حي الوعر", "الوعر", True),
        ("مدينة حلب", "حلب", True),
        ("مطار كويرس", "كويرس", True),
        ("مخيم اليرموك", "اليرموك", True),  # contained, word of 5 letters
        ("صوامع صباح الخير", "صباح الخير", False),  # contained, but "خير" has 3 letters
        ("تل ملح", "ملح", False),  # 3 letters: too short to count
        ("دوما", "حرستا", False),
        ("", "دوما", False),
        (None, "دوما", False),
    ],
)
def test_place_name_normalisation(a: str | None, b: str, same: bool) -> None:
    assert place_names_agree(a, b) is same
    assert place_names_agree(b, a) is same


def test_region_level_gold_matches_by_admin1() -> None:
    g = gold(location={"admin1": "Aleppo"})
    anywhere = pred(location={"name": "ريف حلب", "admin1": "Aleppo", "latitude": 36.2,
                              "longitude": 37.1})
    assert score_document([g], [anywhere]).tp == 1
    assert score_document([g], [pred(location={"admin1": "Idleb"})]).tp == 0
    assert score_document([g], [pred(location={"admin1": None})]).tp == 0


def test_region_level_gold_with_admin1_list() -> None:
    g = gold(location={"admin1": ["Hama", "Idleb"]})
    assert score_document([g], [pred(location={"admin1": "Idleb"})]).tp == 1
    assert score_document([g], [pred(location={"admin1": "Hama"})]).tp == 1
    assert score_document([g], [pred(location={"admin1": "Homs"})]).tp == 0


def test_event_type_must_match() -> None:
    doc = score_document([gold()], [pred(event_type="Battles", sub_event_type="Armed clash")])
    assert (doc.tp, doc.fp, doc.fn) == (0, 1, 1)
    assert doc.false_positives[0] == "no gold event of this type"


# --------------------------------------------------------------------------- scope


def test_optional_gold_is_neither_rewarded_nor_penalised() -> None:
    optional = gold("e2", optional=True, date=None,
                    location={"name": "دوما", "admin1": "Rural Damascus"})
    # a prediction matching the optional event is not a false positive ...
    doc = score_document([gold(), optional], [pred(), pred(location=no_coords(name="دوما"))])
    assert (doc.tp, doc.fp, doc.fn) == (1, 0, 0)
    assert len(doc.pairs) == 2
    # ... and missing it is not a false negative
    doc = score_document([gold(), optional], [pred()])
    assert (doc.tp, doc.fp, doc.fn) == (1, 0, 0)
    assert doc.optional_unmatched == ["e2"]
    # field accuracies ignore optional pairs
    scores = score([(GoldDocument("d", "f", None, [optional]),
                     [pred(location=no_coords(name="دوما"), fatalities=99)])])
    assert (scores.tp, scores.fp, scores.fn, scores.optional_matched) == (0, 0, 0, 1)
    assert scores.fatalities_accuracy is None


def test_required_gold_preferred_over_optional() -> None:
    optional = gold("e2", optional=True)
    doc = score_document([optional, gold("e1")], [pred()])
    assert doc.pairs[0].gold_id == "e1"
    assert (doc.tp, doc.fp, doc.fn) == (1, 0, 0)


def test_predictions_in_another_country_are_left_out() -> None:
    abroad = pred(location={"name": "كلس", "country": "Turkey", "admin1": None,
                            "latitude": 36.72, "longitude": 37.12})
    unknown = pred(location={"country": None})
    arabic = pred(location={"country": "سورية"})
    doc = score_document([gold()], [abroad, unknown, arabic])
    assert doc.dropped == [0]
    assert (doc.tp, doc.fp, doc.fn) == (1, 1, 0)


# --------------------------------------------------------------------------- assignment


def test_assignment_maximises_matches_before_agreement() -> None:
    # p0 agrees on every field with e1 but could also pair with e2; p1 can pair only with e1.
    # A greedy choice (p0-e1) leaves e2 unmatched; the optimum pairs p0-e2 and p1-e1.
    e1 = gold("e1", location={"name": "الباب", "admin1": "Aleppo"})
    e2 = gold("e2", location={"name": "منبج", "admin1": "Aleppo"}, fatalities=3)
    p0 = pred(location=no_coords(name="الباب منبج"))  # contains both names' words
    p1 = pred(location=no_coords(name="الباب"), fatalities=0)
    doc = score_document([e1, e2], [p0, p1])
    assert (doc.tp, doc.fp, doc.fn) == (2, 0, 0)
    assert {(p.gold_id, p.pred_index) for p in doc.pairs} == {("e1", 1), ("e2", 0)}


def test_assignment_then_maximises_field_agreement() -> None:
    # Same place, two sub-event types: each prediction must go to its own gold event.
    air = gold("e1", sub_event_type=[AIR], actor1=["Military Forces of Russia"])
    shell = gold("e2", sub_event_type=[SHELL], fatalities=0)
    preds = [pred(sub_event_type=SHELL, fatalities=0),
             pred(sub_event_type=AIR, actor1="Military Forces of Russia")]
    scores = score([(GoldDocument("d", "f", None, [air, shell]), preds)])
    assert {(p.gold_id, p.pred_index) for p in scores.documents[0].pairs} == {
        ("e1", 1), ("e2", 0)}
    assert scores.sub_event_accuracy == 1.0
    assert scores.actor1_accuracy == 1.0
    assert scores.fatalities_accuracy == 1.0


def test_hungarian_matches_brute_force() -> None:
    rng = random.Random(7)
    for _ in range(200):
        rows, cols = rng.randint(1, 5), rng.randint(1, 5)
        weights = [[rng.choice([0, 0, 1, 3, 1000, 1002]) for _ in range(cols)]
                   for _ in range(rows)]
        got = sum(weights[i][j] for i, j in _max_weight_assignment(weights))
        best = 0
        for perm in itertools.permutations(range(max(rows, cols)), rows):
            best = max(best, sum(weights[i][j] for i, j in enumerate(perm) if j < cols))
        assert got == best


# --------------------------------------------------------------------------- fields


def test_date_string_range_and_null() -> None:
    ranged = gold(date={"from": "2015-07-19", "to": "2015-07-21"})
    for day, ok in [("2015-07-19", True), ("2015-07-21", True), ("2015-07-22", False),
                    (None, False)]:
        assert score_document([ranged], [pred(event_date=day)]).pairs[0].date is ok
    assert score_document([gold()], [pred(event_date="2015-07-22")]).pairs[0].date is False
    assert score_document([gold()], [pred(event_date=dt.date(2015, 7, 23))]).pairs[0].date
    null = gold(date=None)
    assert score_document([null], [pred(event_date=None)]).pairs[0].date is True
    assert score_document([null], [pred()]).pairs[0].date is False


def test_fatality_list_sub_event_list_and_actor_list() -> None:
    g = gold(fatalities=[3, 0], sub_event_type=[AIR, SHELL],
             actor1=["Military Forces of Syria", "Military Forces of Russia"])
    ok = score_document([g], [pred(fatalities=0, sub_event_type=SHELL,
                                   actor1="Military Forces of Russia")]).pairs[0]
    assert (ok.fatalities, ok.sub_event, ok.actor1) == (True, True, True)
    bad = score_document([g], [pred(fatalities=5, sub_event_type="Grenade",
                                    actor1="Hezbollah")]).pairs[0]
    assert (bad.fatalities, bad.sub_event, bad.actor1) == (False, False, False)


def test_within_5km_share_counts_only_gold_points() -> None:
    located = gold("e1")
    named = gold("e2", location={"name": "دوما", "admin1": "Rural Damascus"})
    preds = [pred(location=no_coords()), pred(location=no_coords(name="دوما"))]
    scores = score([(GoldDocument("d", "f", None, [located, named]), preds)])
    assert scores.tp == 2
    assert (scores.within_5km_count, scores.located) == (0, 1)  # no predicted point: not within
    scores = score([(GoldDocument("d", "f", None, [located]), [pred()])])
    assert scores.within_5km == 1.0


def test_pooled_rates_and_formatting() -> None:
    docs = [
        (GoldDocument("a", "f", None, [gold("e1"), gold("e2", event_type="Battles")]), [pred()]),
        (GoldDocument("b", "f", None, []), [pred()]),
    ]
    scores = score(docs, explain=True)
    assert (scores.tp, scores.fp, scores.fn) == (1, 1, 1)
    assert scores.precision == scores.recall == scores.f1 == 0.5
    text = format_scores(scores)
    assert "MISS e2" in text and "FP   #0" in text and "قصف الباب" in text
    assert "MISS" not in format_scores(scores, explain=False)
    data = scores.to_dict()
    json.dumps(data, ensure_ascii=False)
    assert data["per_document"][0]["missed"]["e2"] == "no predicted event of this type"


# --------------------------------------------------------------------------- the dev gold


def as_prediction(event: dict[str, Any]) -> dict[str, Any]:
    """A gold event in rasd's output contract, taking the first option of every list."""

    def first(value: Any) -> Any:
        return value[0] if isinstance(value, list) else value

    loc = event["location"]
    date = event["date"]
    return {
        "event_type": event["event_type"],
        "sub_event_type": first(event["sub_event_type"]),
        "event_date": date["from"] if isinstance(date, dict) else date,
        "time_precision": 1,
        "actor1": first(event["actor1"]) if event["actor1"] else None,
        "actor2": first(event["actor2"]) if event["actor2"] else None,
        "location": {
            "name": loc.get("name") or first(loc["admin1"]),
            "country": "Syria",
            "admin1": first(loc.get("admin1")),
            "admin2": None,
            "admin3": None,
            "latitude": loc.get("lat"),
            "longitude": loc.get("lon"),
            "geo_precision": 1 if loc.get("name") else 3,
            "gazetteer_id": loc.get("pcode"),
        },
        "fatalities": first(event["fatalities"]),
        "civilian_targeting": event.get("civilian_targeting", False),
        "evidence": [],
    }


@pytest.mark.skipif(not GOLD_DEV.is_dir(), reason="shared dev gold not present")
def test_gold_scored_against_itself_is_perfect() -> None:
    documents = load_gold(GOLD_DEV)
    assert documents
    scores = score((d, [as_prediction(e) for e in d.events]) for d in documents)
    assert scores.tp > 0
    assert (scores.fp, scores.fn) == (0, 0)
    assert scores.f1 == 1.0
    for accuracy in (scores.sub_event_accuracy, scores.date_accuracy,
                     scores.fatalities_accuracy, scores.actor1_accuracy, scores.within_5km):
        assert accuracy == 1.0
    assert scores.optional_matched == sum(e.get("optional", False) for d in documents
                                          for e in d.events)


@pytest.mark.skipif(not GOLD_DEV.is_dir(), reason="shared dev gold not present")
def test_evaluate_gold_dir_reads_every_report() -> None:
    documents = load_gold(GOLD_DEV)
    by_date = {d.published: d for d in documents}
    for d in documents:
        assert locate_report(d, GOLD_DEV).is_file()
    seen: list[str] = []

    def extract(text: str, published: dt.date) -> list[dict[str, Any]]:
        assert text.strip()
        seen.append(text)
        return []

    scores = evaluate_gold_dir(GOLD_DEV, extract)
    assert len(seen) == len(documents) and by_date
    assert scores.tp == scores.fp == 0
    assert scores.fn == sum(len(d.required_events) for d in documents)


# --------------------------------------------------------------------------- OEDA


def test_oeda_scoring(tmp_path: Path) -> None:
    (tmp_path / "assault_gsr.csv").write_text(
        ",accept,event_type,id,label,reject,text,total\n"
        "0,3,ASSAULT,a,yes,0,قتل جنديان في هجوم,3\n"
        "1,0,ASSAULT,b,easy no,3,افتتح الوزير المعرض,3\n"
        "2,1,ASSAULT,c,difficult no,2,هدد بشن هجوم,3\n"
        "3,1,ASSAULT,d,ambiguous,1,غامض هجوم,2\n"
        "4,3,ASSAULT,e,yes,0,اغتيال ضابط,3\n"
        "5,2,ASSAULT,f-1,difficult no,2,هجوم متعادل,4\n"
        "6,3,ASSAULT,g-1,yes,0,هجوم في النصف الآخر,3\n",
        encoding="utf-8",
    )
    (tmp_path / "split.csv").write_text(
        "document,half\na,test\nb,test\nc,test\nd,test\ne,test\nf,test\ng,train\n",
        encoding="utf-8")
    calls: list[str] = []

    def detect(text: str) -> bool:
        calls.append(text)
        return "هجوم" in text

    scores = score_oeda(tmp_path, detect)  # a directory means its assault_gsr.csv
    # the tie (2 of 4 said yes) is left out like the ambiguous one; g is in the train half
    assert (scores.tp, scores.fp, scores.fn, scores.tn, scores.left_out) == (1, 1, 1, 1, 2)
    assert scores.n == 4 and len(calls) == 4  # ambiguous and ties not even asked
    assert scores.precision == scores.recall == 0.5
    assert scores.by_label["difficult no"] == [1, 1]
    assert scores.by_votes == {"0/3": [1, 0], "1/3": [1, 1]}  # negatives only
    assert "precision" in format_oeda(scores) and "1/3 1 of 1" in format_oeda(scores)
    errors = oeda_errors(tmp_path / "assault_gsr.csv", detect, limit=5)
    assert [s.id for s in errors.false_positives] == ["c"]
    assert [s.text for s in errors.false_negatives] == ["اغتيال ضابط"]
    assert [s.id for s in load_oeda(tmp_path, "train")] == ["g-1"]  # by its document, g
    everything = score_oeda(tmp_path, detect, half=None)
    assert everything.tp == 2 and everything.half == "all"


def test_oeda_test_half_never_teaches(tmp_path: Path) -> None:
    from rasd.errors import InputError
    from rasd.learn import load_oeda_sentences

    with pytest.raises(InputError, match="never trained on"):
        load_oeda_sentences(tmp_path, "test")


@pytest.mark.skipif(not OEDA.is_dir(), reason="shared OEDA data not present")
def test_oeda_real_file_counts() -> None:
    scores = score_oeda(OEDA, lambda text: True, half=None)
    assert scores.n + scores.left_out == 3224
    assert scores.recall == 1.0 and scores.tp == 335
    test = score_oeda(OEDA, lambda text: True)
    assert test.half == "test" and test.tp == 168 and test.n + test.left_out == 1599
