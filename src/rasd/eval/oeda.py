"""The OEDA Arabic ASSAULT sentences: does rasd tell violent-event sentences apart?

Each sentence carries a crowd label. `yes` (unanimous accept) is positive; `easy no` and
`difficult no` are negative; `ambiguous` and ties (2 of 4 said yes, filed under `difficult
no`) are left out, as `eval/README.md` says. `split.csv` beside the set cuts it in two halves
by source document: the `train` half may teach a model, the `test` half only scores it.
Unlike the gold documents these are not Syrian reports, so the benchmark measures whether an
event is read at all, not its place or date.
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rasd.eval.metrics import Counts

__all__ = [
    "OedaErrors",
    "OedaScores",
    "OedaSentence",
    "format_oeda",
    "load_oeda",
    "oeda_errors",
    "score_oeda",
]

DEFAULT_FILE = "assault_gsr.csv"
POSITIVE = frozenset({"yes"})
NEGATIVE = frozenset({"easy no", "difficult no"})


SPLIT_FILE = "split.csv"
HALVES = ("train", "test")


@dataclass(frozen=True, slots=True)
class OedaSentence:
    id: str
    label: str
    text: str
    accept: int = 0  # annotators who said it reports the event
    total: int = 0  # annotators who judged it
    half: str = ""  # train | test, from split.csv ("" when the set has no split)

    @property
    def votes(self) -> str:
        """`accept/total`, e.g. `2/4`: how split the annotators were."""
        return f"{self.accept}/{self.total}"

    @property
    def positive(self) -> bool | None:
        """True for `yes`, False for a `no`, None when left out (ambiguous or unknown)."""
        if self.label in POSITIVE:
            return True
        if self.label in NEGATIVE and not (self.total and 2 * self.accept == self.total):
            return False
        return None  # ambiguous, a tie, or unknown


def _resolve(csv_path: Path) -> Path:
    path = Path(csv_path)
    if path.is_dir():
        path = path / DEFAULT_FILE
    if not path.is_file():
        raise FileNotFoundError(f"OEDA file not found: {path}")
    return path


def _count(value: str | None) -> int:
    try:
        return int(value or 0)
    except ValueError:
        return 0


def load_split(folder: Path) -> dict[str, str]:
    """`split.csv`: source document -> `train` or `test` (empty when there is no split)."""
    path = Path(folder) / SPLIT_FILE
    if not path.is_file():
        return {}
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return {row["document"]: row["half"] for row in csv.DictReader(handle)}


def _half(sentence_id: str, split: dict[str, str]) -> str:
    """A sentence's half: its own id, or the document id before its last `-n` (ASSAULT ids
    are `DOCUMENT-n`)."""
    return split.get(sentence_id) or split.get(sentence_id.rsplit("-", 1)[0], "")


def load_oeda(csv_path: Path, half: str | None = None) -> list[OedaSentence]:
    """The sentences of an OEDA `*_gsr.csv` (or of `assault_gsr.csv` in a directory); with
    `half`, only those of that half of `split.csv` (an error when the set has no split)."""
    path = _resolve(csv_path)
    split = load_split(path.parent)
    if half is not None:
        if half not in HALVES:
            raise ValueError(f"half must be one of {HALVES}, not {half!r}")
        if not split:
            raise FileNotFoundError(f"no {SPLIT_FILE} beside {path}: cannot choose the {half} half")
    with path.open(encoding="utf-8-sig", newline="") as handle:
        sentences = [
            OedaSentence(
                id=row.get("id") or "",
                label=(row.get("label") or "").strip().lower(),
                text=row.get("text") or "",
                accept=_count(row.get("accept")),
                total=_count(row.get("total")),
                half=_half(row.get("id") or "", split),
            )
            for row in csv.DictReader(handle)
        ]
    return [s for s in sentences if half is None or s.half == half]


@dataclass
class OedaScores(Counts):
    """Confusion counts of a detector over the scored sentences, with rates."""

    half: str = "test"
    tn: int = 0
    left_out: int = 0  # ambiguous labels
    # label -> (sentences, of which detected): shows how "difficult no" differs from "easy no"
    by_label: dict[str, list[int]] = field(default_factory=dict)
    # the same by the annotators' votes among the negatives ("2/4": two of four said yes):
    # shows how many false positives are sentences half the annotators took as reports
    by_votes: dict[str, list[int]] = field(default_factory=dict)

    @property
    def n(self) -> int:
        return self.tp + self.fp + self.fn + self.tn

    def to_dict(self) -> dict[str, Any]:
        return {
            "half": self.half,
            "n": self.n,
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "tn": self.tn,
            "left_out": self.left_out,
            "precision": self.precision,
            "recall": self.recall,
            "f1": self.f1,
            "by_label": {k: {"n": v[0], "detected": v[1]} for k, v in self.by_label.items()},
            "negatives_by_votes": {k: {"n": v[0], "detected": v[1]}
                                   for k, v in sorted(self.by_votes.items())},
        }


def _judged(
    csv_path: Path, detect: Callable[[str], bool], half: str | None
) -> Iterator[tuple[OedaSentence, bool | None, bool]]:
    """Each sentence with its gold polarity and the detector's answer (not run if left out)."""
    for sentence in load_oeda(csv_path, half):
        gold = sentence.positive
        yield sentence, gold, bool(detect(sentence.text)) if gold is not None else False


def score_oeda(csv_path: Path, detect: Callable[[str], bool], half: str | None = "test"
               ) -> OedaScores:
    """Precision and recall of `detect` against the `yes` label, on one half of the split
    (the `test` half by default: the other one may have taught the model)."""
    scores = OedaScores(half=half or "all")
    for sentence, gold, found in _judged(csv_path, detect, half):
        if gold is None:
            scores.left_out += 1
            continue
        for table, key in ((scores.by_label, sentence.label), (scores.by_votes, sentence.votes)):
            if table is scores.by_votes and gold:
                continue
            tally = table.setdefault(key, [0, 0])
            tally[0] += 1
            tally[1] += found
        if gold and found:
            scores.tp += 1
        elif gold:
            scores.fn += 1
        elif found:
            scores.fp += 1
        else:
            scores.tn += 1
    return scores


@dataclass
class OedaErrors:
    false_positives: list[OedaSentence]
    false_negatives: list[OedaSentence]


def oeda_errors(
    csv_path: Path, detect: Callable[[str], bool], limit: int | None = 20,
    half: str | None = "test",
) -> OedaErrors:
    """Sentences the detector got wrong, up to `limit` of each kind, for error analysis."""
    errors = OedaErrors([], [])
    for sentence, gold, found in _judged(csv_path, detect, half):
        if gold is None or gold == found:
            continue
        bucket = errors.false_negatives if gold else errors.false_positives
        if limit is None or len(bucket) < limit:
            bucket.append(sentence)
    return errors


def format_oeda(scores: OedaScores) -> str:
    """A plain-text summary of the OEDA scores."""
    lines = [
        f"OEDA sentences {scores.n}, {scores.half} half, through rasd.extract "
        f"(ambiguous and ties left out: {scores.left_out})",
        f"  tp {scores.tp}   fp {scores.fp}   fn {scores.fn}   tn {scores.tn}",
        f"  precision {scores.precision:6.3f}",
        f"  recall    {scores.recall:6.3f}",
        f"  F1        {scores.f1:6.3f}",
    ]
    for label in sorted(scores.by_label):
        total, detected = scores.by_label[label]
        lines.append(f"  detected among {label!r}: {detected}/{total}")
    split = {votes: tally for votes, tally in scores.by_votes.items() if tally[1]}
    if split:
        lines.append("  false positives by annotators' votes (yes/all): " + ", ".join(
            f"{votes} {tally[1]} of {tally[0]}" for votes, tally in sorted(
                split.items(), key=lambda item: -item[1][1])))
    return "\n".join(lines)
