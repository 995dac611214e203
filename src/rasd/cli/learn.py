"""`rasd train`: rebuild the shipped model from labelled data, with its model card."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Annotated, Any

import typer

from rasd.cli.core import _fail, app, err
from rasd.errors import RasdError

GOLD_HALVES = ("train", "dev")
OEDA_DIR = ("eval", "external", "oeda_arabic_event_gsr")


def default_gold_dirs() -> list[Path]:
    from rasd.shared import shared_path

    found = [shared_path("eval", "gold", half) for half in GOLD_HALVES]
    return [path for path in found if path is not None]


def default_oeda_dir() -> Path | None:
    from rasd.shared import shared_path

    return shared_path(*OEDA_DIR)


def _shown(path: Path | str) -> str:
    """A path as the card shows it: relative to the working directory (`../shared/...`),
    so that no machine's own folders are written into the model."""
    import os

    try:
        return os.path.relpath(path)
    except ValueError:
        return Path(path).name


def labelled_data(gold: list[Path] | None, oeda: Path | None, db: str | None
                  ) -> tuple[list[Any], list[tuple[str, bool]], list[str]]:
    """The reports and OEDA sentences to learn from, and a line naming each source."""
    from rasd.learn import load_gold_reports, load_oeda_sentences, load_review_reports

    folders = gold or default_gold_dirs()
    if not folders:
        raise _fail("no gold folders given and none found in ../shared/eval/gold")
    reports = load_gold_reports(*folders)
    sources = [f"gold {_shown(folder)} ({sum(r.origin == f'gold:{folder.name}' for r in reports)} "
               "reports)" for folder in folders]
    sentences: list[tuple[str, bool]] = []
    oeda = oeda or default_oeda_dir()
    if oeda is not None:
        sentences = load_oeda_sentences(oeda, "train")
        sources.append(f"OEDA ASSAULT train half {_shown(oeda)} ({len(sentences)} sentences, MIT)")
    if db:
        reviewed = load_review_reports(db)
        reports.extend(reviewed)
        sources.append(f"reviewers' decisions in a rasd database ({len(reviewed)} reports)")
    return reports, sentences, sources


def model_card(result: Any, sources: list[str], cv: Any | None, k: int) -> str:
    """The model card written beside the model: what it learned from and how well it does."""
    card = result.decider.card
    lines = [
        "# rasd model card",
        "",
        f"- Built by `rasd train` on {card.get('trained')} in {result.seconds:.1f} s "
        f"(scikit-learn logistic regressions, CPU).",
        "- Decides: does a sentence tell an event the coders kept (sentence model, words and "
        "letter n-grams, learned from the gold reports' and the OEDA sentences); does it "
        "report a violent event anywhere (violence model, the same features, learned from the "
        "OEDA sentences alone); is a candidate event the rules propose an event (candidate "
        "model: the rules' flags, trigger, place, date, toll and actors, and the sentence "
        "model's answer; calibrated by Platt scaling, its probability is the event's "
        "`confidence`).",
        f"- Keeps a candidate in Syria at confidence ≥ {result.decider.threshold} (chosen on "
        "the mean F1 curve of five cuts of the gold reports into held-out folds); a violent "
        "event abroad, one at a name no "
        "gazetteer knows in a report that names no place in Syria, or one of a report that "
        f"names no place, on the violence model's probability ≥ "
        f"{result.decider.abroad_threshold} "
        "(chosen on the mean F1 curve of five cuts of the OEDA train half into held-out folds).",
        "- Features are hashed (murmurhash, 2^18 for sentences, 2^14 for candidates): the "
        "file holds weights, not text.",
        "",
        "## Training data",
        "",
        *[f"- {source}" for source in sources],
        "- Licences: SaudiNewsNet reports CC BY-NC-SA 4.0 (research only); other-outlet "
        "excerpts copyrighted, used for development only; OEDA Arabic event GSR MIT. The "
        "OEDA test half is never trained on.",
        "",
        "## Held-out figures",
        "",
        f"- Candidates {card.get('candidates')} ({card.get('candidate_positives')} events), "
        f"sentences {card.get('sentences')} ({card.get('sentence_positives')} violent).",
        f"- Candidate F1 on inner held-out folds: {card.get('held_out_candidate_f1')}; "
        f"Brier score {card.get('brier_held_out')}.",
    ]
    if cv is not None:
        lines.append(
            f"- Cross-validated over the gold reports ({k} folds by report, through "
            f"`rasd.extract`): P {cv.precision:.3f}, R {cv.recall:.3f}, F1 {cv.f1:.3f}; "
            f"date {cv.date_accuracy or 0:.3f}, fatalities {cv.fatalities_accuracy or 0:.3f}, "
            f"actor1 {cv.actor1_accuracy or 0:.3f}.")
    return "\n".join(lines) + "\n"


@app.command()
def train(
    gold: Annotated[list[Path] | None, typer.Option(
        help="Gold folders to learn from (default ../shared/eval/gold/train and dev).")] = None,
    oeda: Annotated[Path | None, typer.Option(
        help="The OEDA set folder; only its train half is read.")] = None,
    db: Annotated[str | None, typer.Option(
        help="A rasd database whose reviewed events (accepted, edited, rejected) teach the "
             "model too.")] = None,
    out: Annotated[Path | None, typer.Option(
        help="Where to write the model (default: the one rasd ships, or $RASD_MODEL).")] = None,
    cv: Annotated[int, typer.Option(
        help="Also cross-validate with this many folds by report (0: don't).")] = 5,
) -> None:
    """Rebuild the learned model from labelled reports, deterministically, with a model card."""
    from rasd.extract.decide import default_model_path
    from rasd.extract.events import EventExtractor
    from rasd.geo.resolve import default_finder
    from rasd.learn import cross_validate
    from rasd.learn import train as fit_model

    try:
        reports, sentences, sources = labelled_data(gold, oeda, db)
        extractor = EventExtractor(default_finder())  # the rules alone: no model needed
        result = fit_model(reports, sentences, extractor,
                           card={"trained": dt.date.today().isoformat(), "sources": sources})
        scores = None
        if cv > 1:
            gold_reports = [r for r in reports if r.complete]
            scores = cross_validate(gold_reports, sentences, extractor, cv,
                                    progress=lambda line: err.print(line))
            result.decider.card.update(cv_folds=cv, cv_precision=round(scores.precision, 4),
                                       cv_recall=round(scores.recall, 4),
                                       cv_f1=round(scores.f1, 4))
    except (RasdError, FileNotFoundError, ValueError) as error:
        raise _fail(str(error)) from None
    path = out or default_model_path()
    result.decider.save(path)
    card_path = path.with_name("MODEL_CARD.md")
    card_path.write_text(model_card(result, sources, scores, cv), encoding="utf-8")
    typer.echo(f"model: {_shown(path)} ({path.stat().st_size / 1e6:.2f} MB, "
               f"{result.reports} reports, {result.seconds:.1f} s)")
    typer.echo(f"card:  {_shown(card_path)}")
    if scores is not None:
        typer.echo(f"cross-validated ({cv} folds by report): P {scores.precision:.3f} "
                   f"R {scores.recall:.3f} F1 {scores.f1:.3f}")
