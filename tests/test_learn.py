"""The learned stage: features, the model file, training, cross-validation and the review loop.

The reports under `tests/fixtures/learn` are short sentences written for these tests (not
corpus text); their gold follows `../shared/eval/README.md`. Tests that read places need the
gazetteer, so they are marked `needs_shared`."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from conftest import clean, needs_shared
from scipy.sparse import csr_matrix
from typer.testing import CliRunner, Result

import rasd
from rasd.errors import InputError, RasdError
from rasd.extract.decide import (
    CANDIDATE_FEATURES,
    SENTENCE_FEATURES,
    Decider,
    LinearModel,
    sentence_tokens,
    weighted,
)
from rasd.learn import load_gold_reports, load_oeda_sentences

FIXTURES = Path(__file__).parent / "fixtures" / "learn"


def run_cli(args: list[str]) -> Result:
    from rasd.cli import app

    return clean(CliRunner().invoke(app, args))

GOLD = FIXTURES / "gold"
OEDA = FIXTURES / "oeda"


def small_decider(seed: int = 0) -> Decider:
    rng = np.random.default_rng(seed)
    return Decider(
        LinearModel(rng.normal(size=SENTENCE_FEATURES).astype(np.float32), -1.5, 1.2, 0.1),
        LinearModel(rng.normal(size=CANDIDATE_FEATURES).astype(np.float32), 0.3, 0.9, -0.2),
        np.full(SENTENCE_FEATURES, 2.0, dtype=np.float32), None, 0.42, 0.37,
        {"trained": "today"})


# -- features and the model file --------------------------------------------------------------
def test_sentence_tokens_fold_digits_and_share_stems_across_clitics() -> None:
    tokens = sentence_tokens("وبقصف 12 القصف")
    assert "w:00" in tokens and "w:12" not in tokens  # a toll's size is not a word
    assert "b:وبقصف 00" in tokens
    with_clitic = {t for t in tokens if t.startswith("c:") and "قصف" in t}
    assert "c:قصف" in with_clitic and "c:قصف>" in with_clitic


def test_weighted_rows_are_sublinear_tfidf_of_unit_length() -> None:
    from sklearn.feature_extraction.text import TfidfTransformer

    counts = csr_matrix(np.array([[3, 0, 1, 0], [0, 2, 0, 0], [1, 1, 1, 5]], dtype=np.float32))
    reference = TfidfTransformer(sublinear_tf=True).fit(counts)
    ours = weighted(counts, reference.idf_.astype(np.float32))
    assert np.allclose(ours.toarray(), reference.transform(counts).toarray(), atol=1e-6)
    assert np.allclose(np.linalg.norm(ours.toarray(), axis=1), 1.0)


def test_model_file_round_trip(tmp_path: Path) -> None:
    decider = small_decider()
    path = tmp_path / "model.npz"
    decider.save(path)
    loaded = Decider.load(path)
    assert (loaded.threshold, loaded.abroad_threshold) == (0.42, 0.37)
    assert loaded.card == {"trained": "today"} and loaded.actor is None
    assert np.array_equal(loaded.candidate.coef, decider.candidate.coef)
    assert (loaded.sentence.intercept, loaded.sentence.scale_a) == (-1.5, pytest.approx(1.2))
    texts = ["قصفت الطائرات البلدة", "افتتح الوزير المعرض"]
    assert np.allclose(loaded.sentence_probability(texts), decider.sentence_probability(texts))
    assert path.stat().st_size < 20_000_000


def test_the_violence_model_round_trips_and_scores_apart_from_the_sentence_model(
        tmp_path: Path) -> None:
    decider = small_decider()
    texts = ["قصفت الطائرات البلدة", "افتتح الوزير المعرض"]
    told, violent = decider.sentence_probabilities(texts)
    assert np.array_equal(told, violent)  # without a violence model the sentence model speaks
    rng = np.random.default_rng(7)
    decider.violence = LinearModel(rng.normal(size=SENTENCE_FEATURES).astype(np.float32),
                                   0.5, 0.8, 0.3)
    path = tmp_path / "model.npz"
    decider.save(path)
    loaded = Decider.load(path)
    assert loaded.violence is not None
    assert (loaded.violence.intercept, loaded.violence.scale_b) == (0.5, pytest.approx(0.3))
    told, violent = loaded.sentence_probabilities(texts)
    assert np.allclose(told, decider.sentence_probability(texts))
    assert np.allclose(violent, decider.violence.probability(weighted(
        decider_counts(texts), decider.idf)))
    assert not np.allclose(told, violent)


def decider_counts(texts: list[str]) -> csr_matrix:
    """The hashed token counts the sentence models read."""
    from rasd.extract.decide import sentence_counts

    return sentence_counts(texts)


def test_a_broken_or_foreign_model_file_is_named(tmp_path: Path) -> None:
    broken = tmp_path / "broken.npz"
    broken.write_bytes(b"not a model")
    with pytest.raises(RasdError, match="rasd train"):
        Decider.load(broken)
    other = tmp_path / "other.npz"
    np.savez(other, sentence_coef=np.zeros(8), candidate_coef=np.zeros(8),
             sentence_idf=np.zeros(8), scalars=np.zeros(8), card=np.array("{}"),
             actor_coef=np.zeros(8), actor_scalars=np.zeros(2))
    with pytest.raises(RasdError, match="other features"):
        Decider.load(other)


def test_the_platt_scaled_probability_is_monotone_in_the_score() -> None:
    model = LinearModel(np.array([1.0, -1.0], dtype=np.float32), 0.0, 2.0, -1.0)
    x = csr_matrix(np.array([[0, 2], [0, 0], [1, 0], [3, 0]], dtype=np.float32))
    p = model.probability(x)
    assert list(np.argsort(p)) == [0, 1, 2, 3]
    assert p[1] == pytest.approx(1 / (1 + np.exp(1.0)))  # sigmoid(2*0 - 1)


def test_best_threshold_maximises_f1_and_counts_what_was_never_proposed() -> None:
    from rasd.learn.train import _best_threshold

    p = np.array([0.9, 0.8, 0.6, 0.4, 0.2])
    y = np.array([1, 1, 0, 1, 0])
    cut, f1 = _best_threshold([p], y, missing=0)
    assert 0.2 < cut <= 0.4 and f1 == pytest.approx(2 * 3 / (2 * 3 + 1))
    _, with_missing = _best_threshold([p], y, missing=3)
    assert with_missing < f1  # a gold event no candidate found is a miss at every cut


def test_best_threshold_prefers_a_plateau_to_a_lone_spike() -> None:
    from rasd.learn.train import _best_threshold

    # one positive alone high above a crowd: the cut that keeps only it scores a lone F1
    # tooth; the broad plateau below keeps most positives at every cut around it
    p = np.array([0.90, *[0.5] * 6, *[0.45] * 2, *[0.2] * 4])
    y = np.array([1, *[1] * 5, 0, 1, 0, *[0] * 4])
    cut, _ = _best_threshold([p], y, missing=0)
    assert 0.2 < cut <= 0.45


def test_best_threshold_is_the_middle_of_a_flat_best_stretch() -> None:
    from rasd.learn.train import _best_threshold

    # every cut from 0.11 to 0.90 separates them perfectly: the first such cut would move
    # with any change of the data, the middle one does not
    p = np.array([0.9] * 5 + [0.1] * 5)
    y = np.array([1] * 5 + [0] * 5)
    cut, f1 = _best_threshold([p], y, missing=0)
    assert f1 == 1.0 and 0.45 <= cut <= 0.55


def test_best_threshold_reads_the_curve_averaged_over_cuts_into_folds() -> None:
    from rasd.learn.train import _best_threshold

    # two cuts into folds held the same answers out with other scores: one puts the
    # negatives at 0.3, the other at 0.7; only cuts above 0.7 are best on both
    y = np.array([1] * 5 + [0] * 5)
    low = np.array([0.9] * 5 + [0.3] * 5)
    high = np.array([0.9] * 5 + [0.7] * 5)
    alone, _ = _best_threshold([low], y, missing=0)
    both, f1 = _best_threshold([low, high], y, missing=0)
    assert alone < 0.7 < both < 0.9 and f1 == 1.0


# -- labelled data ----------------------------------------------------------------------------
def test_oeda_train_half_only(tmp_path: Path) -> None:
    sentences = load_oeda_sentences(OEDA)
    assert [s.document for s in sentences] == ["DOC_A", "DOC_A", "DOC_B", "DOC_B", "DOC_C",
                                               "DOC_C"]
    assert [s.violent for s in sentences] == [True, False, True, False, False, True]
    assert not any("قصفت الطائرات مواقع" in s.text for s in sentences)  # DOC_D is test
    with pytest.raises(InputError):
        load_oeda_sentences(OEDA, "test")


def test_gold_reports_are_read_with_their_text() -> None:
    reports = load_gold_reports(GOLD)
    assert [r.id for r in reports] == ["r1", "r2", "r3", "r4", "r5", "r6"]
    assert reports[0].text.startswith("قصفت الطائرات") and reports[0].complete
    assert sum(len(r.events) for r in reports) == 6 and reports[2].events == []


# -- the stages on real place data ------------------------------------------------------------
@needs_shared
def test_relaxed_proposals_flag_what_the_rules_drop_and_vetoes_stay() -> None:
    from rasd.api import default_extractor
    from rasd.model import Document

    extractor = default_extractor()
    weak = Document(text="وفي بلدة كفرزيتا هجوم.", published=None)
    proposed = extractor.propose(weak, relaxed=True)
    assert proposed and all("weak" in d.flags for d in proposed)
    assert extractor.propose(Document(text=weak.text), relaxed=False) == []
    irrealis = Document(text="وهدد المسؤول بقصف مدينة داريا بالبراميل.")
    assert all("irrealis" not in d.flags for d in extractor.propose(irrealis, relaxed=True))


@needs_shared
def test_every_event_carries_a_confidence_in_every_output(tmp_path: Path) -> None:
    result = rasd.extract((FIXTURES / "corpus" / "r1.txt").read_text(encoding="utf-8"),
                          "2015-08-09")
    assert result.events and all(0.0 <= e.confidence <= 1.0 for e in result.events)
    assert result.to_dict()["events"][0]["confidence"] == result.events[0].confidence
    csv_out = run_cli(["extract", str(FIXTURES / "corpus" / "r1.txt"), "--published",
                       "2015-08-09", "--format", "csv"])
    header, row = csv_out.stdout.splitlines()[:2]
    column = header.split(",").index("confidence")
    assert float(row.split(",")[column]) == pytest.approx(result.events[0].confidence)

    from rasd.sources import read_inputs
    from rasd.store import ExportFormat, Store

    store = Store(f"sqlite:///{tmp_path / 'r.db'}")
    store.ingest(read_inputs([str(FIXTURES / "corpus" / "r1.txt")]))
    out = tmp_path / "events.jsonl"
    with out.open("w", encoding="utf-8") as handle:
        store.export(handle, ExportFormat.jsonl)
    stored = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert stored and all(0.0 <= e["confidence"] <= 1.0 for e in stored)


@needs_shared
def test_training_is_deterministic_and_the_model_is_used(tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    first, second = tmp_path / "a" / "model.npz", tmp_path / "b" / "model.npz"
    for out in (first, second):
        result = run_cli(["train", "--gold", str(GOLD), "--oeda", str(OEDA), "--out", str(out),
                          "--cv", "2"])
        assert result.exit_code == 0, result.output
    a, b = Decider.load(first), Decider.load(second)
    assert np.array_equal(a.candidate.coef, b.candidate.coef)
    assert np.array_equal(a.sentence.coef, b.sentence.coef)
    assert a.threshold == b.threshold and a.card["reports"] == 6
    # the OEDA sentences teach a model of their own, which decides events abroad
    assert a.violence is not None and b.violence is not None
    assert np.array_equal(a.violence.coef, b.violence.coef)
    assert not np.array_equal(a.violence.coef, a.sentence.coef)
    card = (first.parent / "MODEL_CARD.md").read_text(encoding="utf-8")
    assert "6 reports" in card and "Cross-validated" in card and "/work" not in card
    assert "OEDA ASSAULT train half" in card and "(6 sentences" in card

    # the review loop: $RASD_MODEL points rasd at another model, which it then uses
    from rasd import api
    from rasd.extract import decide

    monkeypatch.setenv("RASD_MODEL", str(first))
    decide.default_decider.cache_clear()
    api.default_extractor.cache_clear()
    try:
        events = rasd.extract((FIXTURES / "corpus" / "r2.txt").read_text(encoding="utf-8"),
                              "2015-08-09").events
        expected = a.threshold
        assert all(e.confidence is not None and e.confidence >= expected for e in events)
    finally:
        monkeypatch.delenv("RASD_MODEL")
        decide.default_decider.cache_clear()
        api.default_extractor.cache_clear()


@needs_shared
def test_cross_validation_scores_held_out_reports_through_extract() -> None:
    result = run_cli(["eval", str(GOLD), "--cv", "3", "--cuts", "2", "--json"])
    assert result.exit_code == 0, result.output
    scores = json.loads(result.stdout)
    assert scores["documents"] == 6
    assert len(scores["f1_over_cuts"]) == 2 and scores["f1_over_cuts"][0] == scores["f1"]
    # every gold event is either found or missed, on held-out reports only
    assert scores["tp"] + scores["fn"] == 6


@needs_shared
def test_reviewers_decisions_become_labels(tmp_path: Path) -> None:
    from sqlalchemy import select

    from rasd.learn import load_review_reports
    from rasd.sources import read_inputs
    from rasd.store import Store
    from rasd.store.review import accept_event, reject_event
    from rasd.store.schema import events

    url = f"sqlite:///{tmp_path / 'review.db'}"
    store = Store(url)
    store.ingest(read_inputs([str(FIXTURES / "corpus" / name)
                              for name in ("r4.txt", "r6.txt", "r3.txt")]))
    with store.engine.connect() as connection:
        ids = connection.execute(select(events.c.id).order_by(events.c.id)).scalars().all()
    assert len(ids) >= 2
    accept_event(store.engine, ids[0], "reviewer")
    reject_event(store.engine, ids[-1], "reviewer")
    reports = load_review_reports(url)
    assert reports and all(not r.complete and r.origin == "db" for r in reports)
    assert sum(len(r.events) for r in reports) == 1
    assert sum(len(r.rejected) for r in reports) == 1
    assert all(r.text.startswith(("سقطت قذائف هاون", "شن الطيران")) for r in reports)

    from rasd.api import default_extractor
    from rasd.learn.train import prepare

    labels = [label for r in reports for label in prepare(default_extractor(), r).labels]
    assert 1 in labels and 0 in labels  # the accepted event teaches yes, the rejected no


@needs_shared
def test_a_failing_stage_is_named(monkeypatch: pytest.MonkeyPatch) -> None:
    from rasd.api import default_extractor
    from rasd.errors import StageError
    from rasd.model import Document

    extractor = default_extractor()

    def broken(doc: Document) -> None:
        raise KeyError("lost")

    monkeypatch.setattr(extractor, "read_places", broken)
    with pytest.raises(StageError, match="places stage failed on report r9: KeyError"):
        extractor.extract(Document(text="قصفت الطائرات مدينة داريا.", id="r9"))


@needs_shared
def test_the_actor_model_chooses_among_the_reports_actors() -> None:
    from rasd.api import default_extractor
    from rasd.extract.decide import actor_options
    from rasd.model import Document

    extractor = default_extractor()
    text = ("أعلنت فصائل المعارضة أنها قصفت بالصواريخ بلدة الفوعة اليوم. "
            "وقالت مصادر إن القصف استهدف بلدة كفريا أيضا.")
    doc = Document(text=text)
    drafts = extractor.propose(doc, relaxed=True)
    assert drafts
    options = actor_options(doc, drafts[-1])
    actors = {o.actor for o in options}
    assert "Opposition Rebels (Syria)" in actors and None in actors
    sources = {o.source for o in options}
    assert sources <= {"rule", "sentence", "earlier", "report", "none"}
    decider = extractor.decider
    assert decider is not None and decider.actor is not None
    assert decider.actor.coef.shape == (2**12,)


@needs_shared
def test_the_actor_model_reads_the_words_around_the_place() -> None:
    """What the text says of the target (`الخاضعة لسيطرة قوات النظام`) is the actor model's
    evidence of who fired on it."""
    from collections import Counter

    from rasd.api import default_extractor
    from rasd.extract.decide import ActorOption, actor_features, place_context
    from rasd.model import Document

    text = "سقطت قذائف صاروخية على بلدة الفوعة الخاضعة لسيطرة قوات النظام اليوم."
    doc = Document(text=text)
    [draft] = [d for d in default_extractor().propose(doc, relaxed=True) if d.place]
    near = place_context(doc, draft)
    assert near[-4:] == ["الخاضعه", "لسيطره", "قوات", "النظام"]
    option = ActorOption("Military Forces of Syria", "rule", True)
    features = dict(actor_features(draft, option, Counter(), near))
    assert features["near_place=الخاضعه|state=True|src=rule"] == 0.5


@needs_shared
def test_the_actor_model_knows_which_side_of_a_between_pair_comes_first() -> None:
    """`اشتباكات بين X ... و Y`: coders make X actor1; the option says which side it is."""
    from rasd.api import default_extractor
    from rasd.extract.decide import actor_options
    from rasd.model import Document

    text = ("دارت اشتباكات بين قوات النظام مدعمة بحزب الله من جهة، والفصائل المقاتلة من جهة "
            "أخرى في بلدة الزبداني اليوم.")
    doc = Document(text=text)
    [draft] = [d for d in default_extractor().propose(doc, relaxed=True) if d.place]
    party = {o.actor: o.party for o in actor_options(doc, draft)}
    assert party["Military Forces of Syria"] == "first"
    assert party["Opposition Rebels (Syria)"] == "other"


@needs_shared
def test_the_actor_model_knows_an_actor_told_across_a_while() -> None:
    """`قصفت قوات النظام بلدة X، بينما استهدفت الفصائل ...`: the factions act in another
    happening; the option says a "while" stands between them and the strike."""
    from rasd.api import default_extractor
    from rasd.extract.decide import actor_options
    from rasd.model import Document

    text = ("قصفت قوات النظام بلدة الزبداني اليوم بالمدفعية، بينما استهدفت الفصائل المقاتلة "
            "حاجزا قرب بلدة مضايا.")
    doc = Document(text=text)
    across = {d.place.key: {o.actor: o.across for o in actor_options(doc, d) if o.actor}
              for d in default_extractor().propose(doc, relaxed=True) if d.place}
    assert across["زبداني"] == {"Military Forces of Syria": False,
                                "Opposition Rebels (Syria)": True}
    assert across["مضايه"] == {"Military Forces of Syria": True,
                               "Opposition Rebels (Syria)": False}


@needs_shared
def test_an_arrest_is_judged_by_weights_of_its_own_for_the_violence_word() -> None:
    """The sentence model learnt mostly what a violent sentence reads like: a calm event's
    candidate reads its probability through features of their own."""
    import datetime as dt

    from rasd.api import default_extractor
    from rasd.extract.decide import candidate_features, document_context
    from rasd.model import Document

    doc = Document(text="اعتقلت قوات النظام أمس خمسة شبان في مدينة سراقب. وقصفت الطائرات "
                        "بلدة بنش.", id="t", published=dt.date(2015, 7, 18))
    drafts = default_extractor().propose(doc, relaxed=True)
    context = document_context(doc, drafts)
    named = {d.sub_event_type: {n for n, _ in candidate_features(d, context, doc.published, 0.2)}
             for d in drafts}
    assert {"calm_sentence_p", "calm_sentence_logit"} <= named["Arrests"]
    assert not any(n.startswith("sentence_") for n in named["Arrests"])
    assert {"sentence_p", "sentence_logit"} <= named["Air/drone strike"]
