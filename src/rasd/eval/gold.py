"""Score extracted events against the hand-made gold, by the rules of `eval/README.md`.

The gold is the judge of the product, so this module follows the written rules literally and
states its choices where the rules are silent:

- A pair is allowed when the event types are equal and the location agrees. When both sides
  have coordinates, distance alone decides (within 5 km); otherwise the place names are
  compared after Arabic normalisation; a region-level gold event (admin1 only) agrees with
  any prediction in one of its governorates.
- Pairs are chosen by an optimal assignment whose weights are lexicographic: first the number
  of pairs with required gold events, then pairs with optional gold events (each absorbs a
  prediction that would otherwise be a false positive), then the number of agreeing fields
  (sub-event type, date, fatalities, actor1).
- Optional gold events and the predictions paired with them count nowhere. A prediction
  whose `location.country` names a country other than Syria is left out before pairing.
- Place names: the leading ال is dropped from every word (so "تل الملح" = "تل ملح"), a name
  made only of generic words keeps them, and the 4-letter minimum for containment is counted
  after that normalisation (so "الخير" is 3 letters and "الباب" cannot hide in "باب الهوى").
  Names are compared without requiring the same admin1.
- A null gold date (only optional events have one) agrees only with a null predicted date;
  an empty gold actor1 list agrees only with a missing actor1.
- "Within 5 km" is measured over matched pairs whose gold event has a point; a prediction
  without coordinates counts as not within 5 km.
- Rates whose denominator is zero are 0.0 for precision/recall/F1 and None for field
  accuracies (nothing was there to measure).
"""

from __future__ import annotations

import datetime as dt
import json
import math
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import regex

from rasd.eval.metrics import Counts
from rasd.geo.distance import distance_km
from rasd.text.io import read_report
from rasd.text.normalize import fold

__all__ = [
    "DocumentScore",
    "GoldDocument",
    "Pair",
    "Scores",
    "evaluate_gold_dir",
    "field_agreement",
    "format_scores",
    "is_foreign",
    "load_gold",
    "locate_report",
    "location_agrees",
    "pair_allowed",
    "place_names_agree",
    "score",
    "score_document",
]

WITHIN_KM = 5.0
MIN_CONTAINED_WORD = 4
# Words that say what kind of place it is, not which one ("قرية كفرزيتا" is كفرزيتا).
GENERIC_PLACE_WORDS = frozenset(fold(w) for w in ("حي", "قرية", "بلدة", "مدينة", "منطقة", "مطار"))
_SYRIA = frozenset({"syria", "sy", "syr", "syrian arab republic", fold("سوريا"), fold("سورية")})
_FIELDS = ("sub_event", "date", "fatalities", "actor1")
_WORD = regex.compile(r"\p{L}+|\p{N}+")

EventDict = Mapping[str, Any]


# --------------------------------------------------------------------------- loading


@dataclass(frozen=True)
class GoldDocument:
    """One gold file: which report it annotates, its reference date, and its events."""

    doc: str
    file: str
    published: dt.date | None
    events: list[dict[str, Any]]
    not_events: list[str] = field(default_factory=list)
    path: Path | None = None

    @property
    def required_events(self) -> list[dict[str, Any]]:
        return [e for e in self.events if not e.get("optional")]


def load_gold(gold_dir: Path) -> list[GoldDocument]:
    """Load every `*.json` gold file of a directory, sorted by file name for stable output."""
    gold_dir = Path(gold_dir)
    if not gold_dir.is_dir():
        raise FileNotFoundError(f"gold directory not found: {gold_dir}")
    documents = []
    for path in sorted(gold_dir.glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        published = data.get("published")
        documents.append(
            GoldDocument(
                doc=str(data.get("doc") or path.stem),
                file=str(data["file"]),
                published=dt.date.fromisoformat(published) if published else None,
                events=list(data.get("events") or []),
                not_events=list(data.get("not_events") or []),
                path=path,
            )
        )
    return documents


def locate_report(gold_doc: GoldDocument, gold_dir: Path) -> Path:
    """Find the report text: `file` is relative to the shared root, an ancestor of gold_dir."""
    start = Path(gold_dir).resolve()
    for folder in (start, *start.parents):
        candidate = folder / gold_doc.file
        if candidate.is_file():
            return candidate
    raise FileNotFoundError(
        f"report {gold_doc.file!r} of gold document {gold_doc.doc!r} not found above {gold_dir}"
    )


# --------------------------------------------------------------------------- agreement rules


def _place_words(name: str) -> tuple[str, ...]:
    """Normalised words of a place name: folded, leading ال dropped, generic words dropped."""
    words = [w[2:] if w.startswith("ال") and len(w) > 3 else w for w in _WORD.findall(fold(name))]
    specific = [w for w in words if w not in GENERIC_PLACE_WORDS]
    return tuple(specific or words)  # a name made only of generic words keeps them


def place_names_agree(a: str | None, b: str | None) -> bool:
    """The README's name rule: equal after normalisation (spaces ignored), or one name's
    words all found among the other's when each of those words has at least 4 letters."""
    if not a or not b:
        return False
    wa, wb = _place_words(a), _place_words(b)
    if not wa or not wb:
        return False
    if "".join(wa) == "".join(wb):
        return True
    sa, sb = set(wa), set(wb)
    return any(
        small <= big and all(len(w) >= MIN_CONTAINED_WORD for w in small)
        for small, big in ((sa, sb), (sb, sa))
    )


def _admin_key(name: object) -> str:
    return regex.sub(r"[^\p{L}\p{N}]+", "", str(name)).casefold()


def _as_list(value: object) -> list[Any]:
    if value is None:
        return []
    if isinstance(value, list | tuple | set | frozenset):
        return list(value)
    return [value]


def _gold_point(gold: EventDict) -> tuple[float, float] | None:
    loc = gold.get("location") or {}
    lat, lon = loc.get("lat", loc.get("latitude")), loc.get("lon", loc.get("longitude"))
    return (float(lat), float(lon)) if lat is not None and lon is not None else None


def _pred_location(pred: EventDict) -> Mapping[str, Any]:
    loc = pred.get("location")
    return loc if isinstance(loc, Mapping) else {}


def _pred_point(pred: EventDict) -> tuple[float, float] | None:
    loc = _pred_location(pred)
    lat, lon = loc.get("latitude"), loc.get("longitude")
    return (float(lat), float(lon)) if lat is not None and lon is not None else None


def _is_region_level(gold: EventDict) -> bool:
    return not (gold.get("location") or {}).get("name")


def is_foreign(pred: EventDict) -> bool:
    """True when the prediction names a country other than Syria (outside the gold's scope)."""
    country = _pred_location(pred).get("country")
    if not country or not str(country).strip():
        return False
    return fold(str(country)) not in _SYRIA


def _distance(gold: EventDict, pred: EventDict) -> float | None:
    g, p = _gold_point(gold), _pred_point(pred)
    return distance_km(g, p) if g and p else None


def location_agrees(gold: EventDict, pred: EventDict) -> tuple[bool, str]:
    """Whether the places agree, and a short note saying by which rule (for explanations)."""
    gloc = gold.get("location") or {}
    ploc = _pred_location(pred)
    if _is_region_level(gold):
        wanted = {_admin_key(a) for a in _as_list(gloc.get("admin1"))}
        got = ploc.get("admin1")
        ok = bool(got) and _admin_key(got) in wanted
        return ok, f"admin1 {got!r} {'in' if ok else 'not in'} {_as_list(gloc.get('admin1'))}"
    km = _distance(gold, pred)
    if km is not None:
        return km <= WITHIN_KM, f"{km:.1f} km"
    ok = place_names_agree(gloc.get("name"), ploc.get("name"))
    return ok, "same name" if ok else "names differ"


def _date_agrees(gold_date: object, pred_date: object) -> bool:
    if isinstance(pred_date, dt.date):
        pred_date = pred_date.isoformat()
    if gold_date is None:
        return pred_date is None
    if pred_date is None:
        return False
    if isinstance(gold_date, Mapping):
        low, high = gold_date.get("from"), gold_date.get("to")
        return (low is None or low <= pred_date) and (high is None or pred_date <= high)
    return str(gold_date) == str(pred_date)


def field_agreement(gold: EventDict, pred: EventDict) -> dict[str, bool]:
    """Agreement on the four scored fields; a gold list means any of its values is right."""
    actors = _as_list(gold.get("actor1"))
    pred_actor = pred.get("actor1")
    fatalities = pred.get("fatalities")
    return {
        "sub_event": pred.get("sub_event_type") in _as_list(gold.get("sub_event_type")),
        "date": _date_agrees(gold.get("date"), pred.get("event_date")),
        "fatalities": fatalities is not None
        and not isinstance(fatalities, bool)
        and fatalities in _as_list(gold.get("fatalities")),
        "actor1": pred_actor in actors if actors else not pred_actor,
    }


def pair_allowed(gold: EventDict, pred: EventDict) -> bool:
    """The README's condition for pairing: same event type and agreeing location."""
    if not gold.get("event_type") or gold.get("event_type") != pred.get("event_type"):
        return False
    return location_agrees(gold, pred)[0]

# --------------------------------------------------------------------------- assignment


def _max_weight_assignment(weights: Sequence[Sequence[int]]) -> list[tuple[int, int]]:
    """Rows paired with columns to maximise total weight (Hungarian algorithm, O(n^2 m)).

    Weights are non-negative; a pair of weight 0 means "not paired" and is left out.
    """
    n = len(weights)
    m = len(weights[0]) if n else 0
    if not n or not m:
        return []
    if n > m:
        transposed = [[weights[i][j] for i in range(n)] for j in range(m)]
        return [(i, j) for j, i in _max_weight_assignment(transposed)]
    top = max(max(row) for row in weights)
    cost = [[top - w for w in row] for row in weights]
    inf = math.inf
    u = [0.0] * (n + 1)
    v = [0.0] * (m + 1)
    owner = [0] * (m + 1)  # owner[j] = row (1-based) assigned to column j
    way = [0] * (m + 1)
    for i in range(1, n + 1):
        owner[0] = i
        j0 = 0
        minv = [inf] * (m + 1)
        used = [False] * (m + 1)
        while True:
            used[j0] = True
            i0 = owner[j0]
            delta = inf
            j1 = 0
            row = cost[i0 - 1]
            for j in range(1, m + 1):
                if not used[j]:
                    cur = row[j - 1] - u[i0] - v[j]
                    if cur < minv[j]:
                        minv[j] = cur
                        way[j] = j0
                    if minv[j] < delta:
                        delta = minv[j]
                        j1 = j
            for j in range(m + 1):
                if used[j]:
                    u[owner[j]] += delta
                    v[j] -= delta
                else:
                    minv[j] -= delta
            j0 = j1
            if owner[j0] == 0:
                break
        while j0:
            j1 = way[j0]
            owner[j0] = owner[j1]
            j0 = j1
    return [
        (owner[j] - 1, j - 1)
        for j in range(1, m + 1)
        if owner[j] and weights[owner[j] - 1][j - 1] > 0
    ]


# --------------------------------------------------------------------------- results


@dataclass(frozen=True)
class Pair:
    """A gold event paired with a prediction, and what agreed."""

    gold_id: str
    pred_index: int
    optional: bool
    sub_event: bool
    date: bool
    fatalities: bool
    actor1: bool
    distance_km: float | None
    location_rule: str

    def agreements(self) -> dict[str, bool]:
        return {name: getattr(self, name) for name in _FIELDS}


@dataclass
class DocumentScore:
    """The pairing of one document, with reasons for every miss, for debugging."""

    doc: str
    gold: list[dict[str, Any]]
    predicted: list[dict[str, Any]]
    pairs: list[Pair]
    missed: dict[str, str]  # required gold id -> why no prediction was paired with it
    false_positives: dict[int, str]  # prediction index -> why it was paired with nothing
    optional_unmatched: list[str]
    dropped: list[int]  # predictions outside Syria, left out

    @property
    def scored_pairs(self) -> list[Pair]:
        return [p for p in self.pairs if not p.optional]

    @property
    def tp(self) -> int:
        return len(self.scored_pairs)

    @property
    def fp(self) -> int:
        return len(self.false_positives)

    @property
    def fn(self) -> int:
        return len(self.missed)

    def to_dict(self) -> dict[str, Any]:
        return {
            "doc": self.doc,
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "pairs": [asdict(p) for p in self.pairs],
            "missed": self.missed,
            "false_positives": {
                str(i): {"reason": why, **_describe_prediction(self.predicted[i])}
                for i, why in self.false_positives.items()
            },
            "optional_unmatched": self.optional_unmatched,
            "dropped": self.dropped,
        }


def _rate(num: int, den: int) -> float | None:
    return num / den if den else None


@dataclass
class Scores(Counts):
    """Counts pooled over documents; rates are derived from them."""

    sub_event_correct: int = 0
    date_correct: int = 0
    fatalities_correct: int = 0
    actor1_correct: int = 0
    located: int = 0  # matched pairs whose gold event has a point
    within_5km_count: int = 0
    optional_matched: int = 0
    dropped_foreign: int = 0
    documents: list[DocumentScore] = field(default_factory=list)
    explain: bool = False

    @property
    def sub_event_accuracy(self) -> float | None:
        return _rate(self.sub_event_correct, self.tp)

    @property
    def date_accuracy(self) -> float | None:
        return _rate(self.date_correct, self.tp)

    @property
    def fatalities_accuracy(self) -> float | None:
        return _rate(self.fatalities_correct, self.tp)

    @property
    def actor1_accuracy(self) -> float | None:
        return _rate(self.actor1_correct, self.tp)

    @property
    def within_5km(self) -> float | None:
        return _rate(self.within_5km_count, self.located)

    def add(self, document: DocumentScore) -> None:
        """Pool one document's counts into the totals."""
        self.documents.append(document)
        self.tp += document.tp
        self.fp += document.fp
        self.fn += document.fn
        self.optional_matched += len(document.pairs) - document.tp
        self.dropped_foreign += len(document.dropped)
        gold_by_id = {str(g.get("id")): g for g in document.gold}
        for pair in document.scored_pairs:
            self.sub_event_correct += pair.sub_event
            self.date_correct += pair.date
            self.fatalities_correct += pair.fatalities
            self.actor1_correct += pair.actor1
            if _gold_point(gold_by_id[pair.gold_id]) is not None:
                self.located += 1
                self.within_5km_count += (
                    pair.distance_km is not None and pair.distance_km <= WITHIN_KM
                )

    def to_dict(self, *, details: bool = True) -> dict[str, Any]:
        out: dict[str, Any] = {
            "documents": len(self.documents),
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "precision": self.precision,
            "recall": self.recall,
            "f1": self.f1,
            "sub_event_accuracy": self.sub_event_accuracy,
            "date_accuracy": self.date_accuracy,
            "fatalities_accuracy": self.fatalities_accuracy,
            "actor1_accuracy": self.actor1_accuracy,
            "within_5km": self.within_5km,
            "counts": {
                "matched": self.tp,
                "sub_event_correct": self.sub_event_correct,
                "date_correct": self.date_correct,
                "fatalities_correct": self.fatalities_correct,
                "actor1_correct": self.actor1_correct,
                "located": self.located,
                "within_5km": self.within_5km_count,
                "optional_matched": self.optional_matched,
                "dropped_foreign": self.dropped_foreign,
            },
        }
        if details:
            out["per_document"] = [d.to_dict() for d in self.documents]
        return out


# --------------------------------------------------------------------------- scoring


def _miss_reason(
    event: EventDict, others: Sequence[tuple[str, EventDict]], taken: Mapping[str, str], *,
    event_is_gold: bool,
) -> str:
    """Why an event found no partner: no same-type event, places disagree, or all taken."""
    kind = event.get("event_type")
    same_type = [(label, o) for label, o in others if o.get("event_type") == kind]
    if not same_type:
        return f"no {'predicted' if event_is_gold else 'gold'} event of this type"
    notes: list[tuple[bool, float, str]] = []  # allowed ones first, then the nearest
    for label, other in same_type:
        gold, pred = (event, other) if event_is_gold else (other, event)
        ok, rule = location_agrees(gold, pred)
        km = _distance(gold, pred)
        if ok:
            note = f"{label} allowed but paired with {taken.get(label, '?')}"
        else:
            note = f"{label} at {_place_of(other)}: {rule}"
        notes.append((not ok, math.inf if km is None else km, note))
    notes.sort(key=lambda n: n[:2])
    shown = [n[2] for n in notes[:4]]
    return "; ".join(shown) + ("; …" if len(notes) > 4 else "")


def score_document(
    gold_events: Sequence[EventDict], predicted_events: Sequence[EventDict], *, doc: str = ""
) -> DocumentScore:
    """Pair one document's predictions with its gold events and say what agreed."""
    gold = [dict(g) for g in gold_events]
    for n, g in enumerate(gold):
        g.setdefault("id", f"g{n + 1}")
    predicted = [dict(p) for p in predicted_events]
    dropped = [j for j, p in enumerate(predicted) if is_foreign(p)]
    kept = [j for j in range(len(predicted)) if j not in dropped]

    k = min(len(gold), len(kept))
    field_span = len(_FIELDS) + 1
    w_optional = field_span * k + 1  # one more optional pair beats any field agreement
    w_required = k * (w_optional + field_span) + 1  # one more required pair beats all else
    weights: list[list[int]] = []
    for g in gold:
        row = []
        for j in kept:
            if not pair_allowed(g, predicted[j]):
                row.append(0)
            elif g.get("optional"):
                row.append(w_optional)
            else:
                row.append(w_required + sum(field_agreement(g, predicted[j]).values()))
        weights.append(row)

    pairs = []
    for gi, col in _max_weight_assignment(weights):
        g, j = gold[gi], kept[col]
        agree = field_agreement(g, predicted[j])
        pairs.append(
            Pair(
                gold_id=str(g["id"]),
                pred_index=j,
                optional=bool(g.get("optional")),
                distance_km=_distance(g, predicted[j]),
                location_rule=location_agrees(g, predicted[j])[1],
                **agree,
            )
        )
    pairs.sort(key=lambda p: p.pred_index)
    gold_labelled = [(str(g["id"]), g) for g in gold]
    pred_labelled = [(f"#{j}", predicted[j]) for j in kept]
    taken = {p.gold_id: f"#{p.pred_index}" for p in pairs}
    taken.update({f"#{p.pred_index}": p.gold_id for p in pairs})
    missed = {
        label: _miss_reason(g, pred_labelled, taken, event_is_gold=True)
        for label, g in gold_labelled
        if not g.get("optional") and label not in taken
    }
    false_positives = {
        j: _miss_reason(predicted[j], gold_labelled, taken, event_is_gold=False)
        for j in kept
        if f"#{j}" not in taken
    }
    optional_unmatched = [
        label for label, g in gold_labelled if g.get("optional") and label not in taken
    ]
    return DocumentScore(doc, gold, predicted, pairs, missed, false_positives,
                         optional_unmatched, dropped)


def score(pairs: Iterable[tuple[GoldDocument, Sequence[EventDict]]], *, explain: bool = False
          ) -> Scores:
    """Score many documents and pool their counts."""
    scores = Scores(explain=explain)
    for gold_doc, predicted in pairs:
        scores.add(score_document(gold_doc.events, predicted, doc=gold_doc.doc))
    return scores


def gold_predictions(
    gold_dir: Path, extract_fn: Callable[[str, dt.date], list[dict[str, Any]]]
) -> Iterator[tuple[GoldDocument, list[dict[str, Any]]]]:
    """Each gold report of a folder with what an extractor predicts for it."""
    gold_dir = Path(gold_dir)
    for gold_doc in load_gold(gold_dir):
        text, _encoding = read_report(locate_report(gold_doc, gold_dir))
        if gold_doc.published is None:
            raise ValueError(f"gold document {gold_doc.doc!r} has no published date")
        try:
            predicted = extract_fn(text, gold_doc.published)
        except Exception as error:
            error.add_note(f"while extracting gold document {gold_doc.doc!r}")
            raise
        yield gold_doc, predicted


def evaluate_gold_dir(
    gold_dir: Path | Sequence[Path],
    extract_fn: Callable[[str, dt.date], list[dict[str, Any]]],
    *,
    explain: bool = False,
) -> Scores:
    """Run an extractor over every gold report of one or more folders and score it."""
    folders = [gold_dir] if isinstance(gold_dir, (str, Path)) else list(gold_dir)
    return score((pair for folder in folders for pair in gold_predictions(folder, extract_fn)),
                 explain=explain)


# --------------------------------------------------------------------------- formatting


def _fmt_rate(value: float | None) -> str:
    return "   n/a" if value is None else f"{value:6.3f}"


def _place_of(event: EventDict) -> str:
    loc = event.get("location") or {}
    name = loc.get("name")
    admin1 = loc.get("admin1")
    if isinstance(admin1, list):
        admin1 = "/".join(map(str, admin1))
    return f"{name or '(region)'}, {admin1 or '?'}"


def _describe_prediction(pred: EventDict) -> dict[str, Any]:
    evidence = []
    for item in _as_list(pred.get("evidence")):
        text = item.get("text") if isinstance(item, Mapping) else item
        if text:
            evidence.append(str(text))
    return {
        "event_type": pred.get("event_type"),
        "sub_event_type": pred.get("sub_event_type"),
        "event_date": pred.get("event_date"),
        "place": _place_of(pred),
        "evidence": " … ".join(evidence),
    }


def _short(text: str, limit: int = 160) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _explain_document(document: DocumentScore) -> list[str]:
    lines = [f"== {document.doc}: tp {document.tp}  fp {document.fp}  fn {document.fn}"]
    gold_by_id = {str(g.get("id")): g for g in document.gold}
    for gold_id, why in document.missed.items():
        g = gold_by_id[gold_id]
        subs = "|".join(map(str, _as_list(g.get("sub_event_type"))))
        lines.append(
            f"  MISS {gold_id} {g.get('event_type')} / {subs}"
            f" @ {_place_of(g)} on {g.get('date')}  — {why}"
        )
    for j, why in document.false_positives.items():
        d = _describe_prediction(document.predicted[j])
        lines.append(
            f"  FP   #{j} {d['event_type']} / {d['sub_event_type']} @ {d['place']}"
            f" on {d['event_date']}  — {why}"
        )
        if d["evidence"]:
            lines.append(f"         evidence: {_short(d['evidence'])}")
    for pair in document.scored_pairs:
        wrong = [name for name, ok in pair.agreements().items() if not ok]
        if not wrong:
            continue
        g, p = gold_by_id[pair.gold_id], document.predicted[pair.pred_index]
        shown = {
            "sub_event": (p.get("sub_event_type"), g.get("sub_event_type")),
            "date": (p.get("event_date"), g.get("date")),
            "fatalities": (p.get("fatalities"), g.get("fatalities")),
            "actor1": (p.get("actor1"), g.get("actor1")),
        }
        detail = ", ".join(f"{n} {shown[n][0]!r} (gold {shown[n][1]!r})" for n in wrong)
        lines.append(f"  DIFF {pair.gold_id} ~ #{pair.pred_index}: {detail}")
    if document.dropped:
        lines.append(f"  left out (outside Syria): {', '.join(f'#{j}' for j in document.dropped)}")
    return lines


def format_scores(scores: Scores, *, explain: bool | None = None) -> str:
    """A plain-text table of the scores, with per-document misses when explaining."""

    def row(label: str, value: float | None, num: int | None = None, den: int | None = None
            ) -> str:
        counts = f"  ({num}/{den})" if num is not None and den is not None else ""
        return f"  {label:<16}{_fmt_rate(value)}{counts}"

    lines = [
        f"documents {len(scores.documents)}   tp {scores.tp}   fp {scores.fp}   fn {scores.fn}",
        row("precision", scores.precision, scores.tp, scores.tp + scores.fp),
        row("recall", scores.recall, scores.tp, scores.tp + scores.fn),
        row("F1", scores.f1),
        f"over {scores.tp} matched pairs:",
        row("sub-event type", scores.sub_event_accuracy, scores.sub_event_correct, scores.tp),
        row("date", scores.date_accuracy, scores.date_correct, scores.tp),
        row("fatalities", scores.fatalities_accuracy, scores.fatalities_correct, scores.tp),
        row("actor1", scores.actor1_accuracy, scores.actor1_correct, scores.tp),
        row("within 5 km", scores.within_5km, scores.within_5km_count, scores.located),
        f"optional gold events matched (not scored): {scores.optional_matched}; "
        f"predictions outside Syria left out: {scores.dropped_foreign}",
    ]
    if scores.explain if explain is None else explain:
        for document in scores.documents:
            if document.missed or document.false_positives or any(
                not all(p.agreements().values()) for p in document.scored_pairs
            ):
                lines.append("")
                lines.extend(_explain_document(document))
    return "\n".join(lines)
