"""Learned decisions over the rules' candidates: is this sentence a report of a violent event,
is this candidate event one, and who did it?

The rules (`events.EventExtractor.propose`) find every candidate they can and flag what they
would have dropped. Four logistic regressions decide:

- the *sentence model* reads a sentence's words and letter n-grams (sublinear TF-IDF) and
  says whether it tells an event the coders kept (trained on the OEDA `train` half and
  on the gold reports' sentences);
- the *violence model* reads the same and says whether the sentence reports a violent event
  anywhere (trained on the OEDA `train` half alone): it decides events abroad or unlocated;
- the *candidate model* reads what the rules know of a candidate (its flags, trigger, place
  kind and role, the words between trigger and place, date source, toll, actors, where in
  the report it stands, the sentence model's answer) and says whether it is an event, with a
  calibrated probability that becomes the event's `confidence`;
- the *actor model* picks actor1 among the rules' choice, the actors the sentence and the
  two before it name, the report's most named actor, and none.

Every feature is hashed (scikit-learn's murmurhash), so the model file holds weights, not
words of the reports it learned from. The file is a NumPy `.npz` (no pickle): loading it runs
no code.
"""

from __future__ import annotations

import datetime as dt
import json
import math
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
import regex

from rasd.errors import RasdError

if TYPE_CHECKING:
    from scipy.sparse import csr_matrix

    from rasd.extract.events import Draft
    from rasd.model import Document

SENTENCE_FEATURES = 2**18
CANDIDATE_FEATURES = 2**14
ACTOR_FEATURES = 2**12
MODEL_ENV = "RASD_MODEL"
VIOLENT_TYPES = ("Battles", "Explosions/Remote violence", "Violence against civilians")
_WORD = regex.compile(r"\p{L}+|\p{N}+")
_DIGIT = regex.compile(r"\d")


def sentence_tokens(text: str) -> list[str]:
    """What the sentence model reads: words, word pairs and the 3- and 4-letter pieces of
    each word (Arabic glues clitics on: `وبقصف` shares `قصف` with `القصف`). Digits are
    folded to 0: a toll's size is not a word."""
    words = _WORD.findall(_DIGIT.sub("0", text))
    tokens = [f"w:{w}" for w in words]
    tokens.extend(f"b:{a} {b}" for a, b in zip(words, words[1:], strict=False))
    for word in words:
        tokens.extend(_letter_pieces(word))
    return tokens


@lru_cache(maxsize=65536)  # a report's words recur, and the next report's
def _letter_pieces(word: str) -> tuple[str, ...]:
    padded = f"<{word}>"
    return tuple(f"c:{padded[i:i + n]}" for n in (3, 4) for i in range(len(padded) - n + 1))


@cache
def sentence_hasher() -> Any:
    """Token counts hashed into the sentence model's columns (each sentence's tokens are
    counted first: the hasher then reads each distinct token once, in compiled code)."""
    from sklearn.feature_extraction import FeatureHasher

    return FeatureHasher(n_features=SENTENCE_FEATURES, input_type="dict",
                         alternate_sign=False, dtype=np.float32)


def sentence_counts(texts: Sequence[str]) -> csr_matrix:
    """How often each hashed token stands in each sentence."""
    return sentence_hasher().transform(Counter(sentence_tokens(text)) for text in texts)


def weighted(counts: csr_matrix, idf: np.ndarray) -> csr_matrix:
    """TF-IDF rows as the sentence model reads them: 1 + log(count), times the token's
    inverse document frequency, scaled to unit length (scikit-learn's sublinear TF-IDF,
    computed on the sparse arrays directly: scipy's general operations cost ten times more
    on a report's few sentences)."""
    from scipy.sparse import csr_matrix

    rows = counts.shape[0]
    data = (1.0 + np.log(counts.data, dtype=np.float32)) * idf[counts.indices]
    row_of = np.repeat(np.arange(rows), np.diff(counts.indptr))
    norms = np.sqrt(np.bincount(row_of, weights=data * data, minlength=rows)).astype(np.float32)
    norms[norms == 0] = 1.0
    data /= norms[row_of]
    return csr_matrix((data, counts.indices.copy(), counts.indptr.copy()), shape=counts.shape)


@cache
def pair_hasher(n_features: int) -> Any:
    """Named features with values (`("flag=weak", 1.0)`) hashed into `n_features` columns."""
    from sklearn.feature_extraction import FeatureHasher

    return FeatureHasher(n_features=n_features, input_type="pair", alternate_sign=False,
                         dtype=np.float32)


def candidate_hasher() -> Any:
    return pair_hasher(CANDIDATE_FEATURES)


def _bucket(value: int, edges: Sequence[int]) -> str:
    """`value` named by the first edge it does not pass (`<=2`), or `>last`."""
    for edge in edges:
        if value <= edge:
            return f"<={edge}"
    return f">{edges[-1]}"


@dataclass(slots=True)
class DocumentContext:
    """What a candidate's features need to know of its whole report."""

    places_syria: int
    places_abroad: int
    sentences: int
    candidates: int
    per_place: Counter[str] = field(default_factory=Counter)
    # candidates at a town or village (not a governorate's or the country's capital), by
    # governorate and by (sentence, governorate): a city named beside them is often only
    # the story's frame (`حي الشعار في حلب`), not a place of its own event
    finer: Counter[str] = field(default_factory=Counter)
    finer_in_sentence: Counter[tuple[int, str]] = field(default_factory=Counter)


def _capital(draft: Draft) -> bool:
    """A candidate at a governorate, its countryside, its city or a region (الغوطة الشرقية،
    القلمون): often only the frame of a story whose events are at towns of it."""
    mention = draft.place
    if mention is None or mention.role == "region":
        return draft.admin1 is not None  # `ريف حلب`, `محافظة درعا`: the governorate as a whole
    if mention.place is None:
        return False
    level = mention.place.capital_level
    return mention.place.kind in ("admin1", "region") or (level is not None and level <= 1)


def document_context(doc: Document, drafts: Sequence[Draft]) -> DocumentContext:
    places = [m.value for m in doc.mentions.get("place", [])]
    abroad = sum(1 for p in places if getattr(p, "how", "") == "foreign")
    per_place: Counter[str] = Counter(_place_key(d) for d in drafts)
    finer: Counter[str] = Counter()
    finer_in_sentence: Counter[tuple[int, str]] = Counter()
    for draft in drafts:
        if draft.admin1 and draft.place is not None and not _capital(draft):
            finer[draft.admin1] += 1
            finer_in_sentence[draft.sentence, draft.admin1] += 1
    return DocumentContext(len(places) - abroad, abroad,
                           doc.norm.text.count("\n") + 1, len(drafts), per_place,
                           finer, finer_in_sentence)


def _place_key(draft: Draft) -> str:
    mention = draft.place
    if mention is None:
        return f"admin1:{draft.admin1}"
    return mention.place.id if mention.place is not None else f"name:{mention.key}"


def _words(text: str) -> list[str]:
    return _WORD.findall(text)


def _link_features(view: str, draft: Draft, add: Any) -> None:
    """How the place hangs on the trigger: which comes first, how many words and clause
    marks lie between, and the words just before each (`المنحدر من`, `قرب`, `على`)."""
    mention = draft.place
    t_start, t_end = draft.trigger
    add((f"trigger_word={''.join(view[t_start:t_end].split())}", 1.0))
    before_trigger = _words(view[max(0, t_start - 30):t_start])[-1:]
    add((f"before_trigger={'|'.join(before_trigger)}", 1.0))
    if mention is None:
        return
    p_start, p_end = mention.start, mention.end
    if p_start >= t_end:
        between, side = view[t_end:p_start], "after"
    else:
        between, side = view[p_end:t_start], "before"
    gap = len(_words(between))
    add((f"place_{side}_trigger", 1.0))
    add((f"gap={side}{_bucket(gap, (0, 1, 3, 6, 12))}", 1.0))
    add((f"commas={_bucket(between.count(',') + between.count('،'), (0, 1, 2))}", 1.0))
    for word in _words(between)[:8]:
        add((f"between={word}", 0.5))
    before_place = _words(view[max(0, p_start - 30):p_start])[-2:]
    if before_place:
        add((f"before_place={before_place[-1]}", 1.0))
        add((f"before_place2={'|'.join(before_place)}", 1.0))
    after_place = _words(view[p_end:p_end + 30])[:1]
    add((f"after_place={'|'.join(after_place)}", 1.0))


def candidate_features(draft: Draft, context: DocumentContext, published: dt.date | None,
                       sentence_p: float, view: str = "") -> list[tuple[str, float]]:
    """The candidate model's view of one candidate: named indicators and a few numbers."""
    f: list[tuple[str, float]] = [("bias", 1.0)]
    add = f.append
    if view:
        _link_features(view, draft, add)
    if draft.in_list:
        add(("in_list", 1.0))
    add((f"frame_places={_bucket(draft.places_in_frame, (1, 2, 4, 8))}", 1.0))
    add((f"type={draft.event_type}", 1.0))
    add((f"sub={draft.sub_event_type}", 1.0))
    for flag in sorted(draft.flags) or ["none"]:
        add((f"flag={flag}", 1.0))
        add((f"flag={flag}|type={draft.event_type}", 1.0))
    add((f"nflags={_bucket(len(draft.flags), (0, 1, 2))}", 1.0))
    for item in draft.provenance:
        add((item, 1.0))  # `trigger:غارات`, `place:gazetteer`: lexicon entries, not text
    mention = draft.place
    if mention is None:
        add(("place=none", 1.0))
    else:
        add((f"role={mention.role}", 1.0))
        add((f"how={mention.how}", 1.0))
        if mention.place is not None:
            add((f"kind={mention.place.kind}", 1.0))
        if mention.outskirts:
            add(("outskirts", 1.0))
        if mention.refers_to is not None:
            add(("refers_back", 1.0))
        if mention.admin1 is None and mention.place is None:
            add(("admin1=unknown", 1.0))
        if _capital(draft) and draft.admin1:
            add((f"capital_finer={_bucket(context.finer[draft.admin1], (0, 1, 3))}", 1.0))
            add(("capital_finer_sentence="
                 f"{_bucket(context.finer_in_sentence[draft.sentence, draft.admin1], (0, 1))}",
                 1.0))
    add((f"date={draft.date_source}", 1.0))
    add((f"precision={draft.precision}", 1.0))
    if draft.date is not None and published is not None:
        add((f"age={_bucket((published - draft.date).days, (-1, 0, 1, 2, 7, 30))}", 1.0))
    # the dead told at its place, whichever of the frame's strikes they are given to
    add((f"deaths={_bucket(max(draft.fatalities, draft.place_deaths), (0, 2, 10, 50))}", 1.0))
    if draft.injuries:
        add(("injuries", 1.0))
    add((f"tolls={_bucket(draft.tolls, (0, 1, 3))}", 1.0))
    add((f"actor1={draft.actor1 or 'none'}", 1.0))
    add((f"actor2={'yes' if draft.actor2 else 'none'}", 1.0))
    if draft.civilian:
        add(("civilian", 1.0))
    if draft.undecided:
        add(("weapon_guessed", 1.0))
    if draft.headline:
        add(("headline", 1.0))
    add((f"sentence={_bucket(draft.sentence, (0, 2, 5, 10, 20))}", 1.0))
    add((f"mentions={_bucket(draft.mentions, (1, 2, 4))}", 1.0))
    add((f"same_place={_bucket(context.per_place[_place_key(draft)], (1, 2, 4))}", 1.0))
    add((f"candidates={_bucket(context.candidates, (1, 3, 8, 20))}", 1.0))
    abroad_share = context.places_abroad / max(1, context.places_abroad + context.places_syria)
    add(("abroad_share", abroad_share))
    add((f"abroad={_bucket(round(abroad_share * 10), (0, 2, 5, 8))}", 1.0))
    # the sentence model learnt mostly what a violent sentence reads like (OEDA's ASSAULT
    # labels): an arrest or a protest is judged by its own weights of that word
    said = "sentence" if draft.event_type in VIOLENT_TYPES else "calm_sentence"
    add((f"{said}_p", sentence_p))
    add((f"{said}_logit", _logit(sentence_p) / 4))
    add((f"{said}_p={_bucket(round(sentence_p * 10), (2, 4, 6, 8))}", 1.0))
    return f


def _logit(p: float) -> float:
    p = min(max(p, 1e-4), 1 - 1e-4)
    return math.log(p / (1 - p))


def _sigmoid(z: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-z))


@dataclass
class LinearModel:
    """A binary logistic regression over hashed features: weights, intercept, and the
    Platt scaling fitted on held-out answers (so that 0.8 means four in five are right)."""

    coef: np.ndarray
    intercept: float
    scale_a: float = 1.0
    scale_b: float = 0.0

    def probability(self, x: csr_matrix) -> np.ndarray:
        z = np.asarray(x @ self.coef, dtype=np.float64).ravel() + self.intercept
        return _sigmoid(self.scale_a * z + self.scale_b)


@dataclass
class Decider:
    """The shipped learned part of rasd: the two models and the thresholds chosen by
    cross-validation."""

    sentence: LinearModel
    candidate: LinearModel
    idf: np.ndarray  # the sentence model's inverse document frequencies
    actor: LinearModel | None = None  # which of the report's actors did it
    threshold: float = 0.5  # keep a candidate event in Syria at this probability or more
    abroad_threshold: float = 0.5  # an event abroad, unanchored, or of a report naming no place
    card: dict[str, Any] = field(default_factory=dict)
    # does the sentence report a violent event, anywhere: learned from the OEDA sentences
    # alone, whose label is exactly that (the gold's sentence labels mean "tells an event
    # the coders kept", a narrower thing); it decides events abroad or unlocated
    violence: LinearModel | None = None

    def sentence_probability(self, texts: Sequence[str]) -> np.ndarray:
        return self.sentence_probabilities(texts)[0]

    def sentence_probabilities(self, texts: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
        """The sentence model's probability of each text, and the violence model's."""
        if not texts:
            return np.zeros(0), np.zeros(0)
        x = weighted(sentence_counts(texts), self.idf)
        told = self.sentence.probability(x)
        return told, (self.violence.probability(x) if self.violence is not None else told)

    def candidate_probability(self, features: Iterable[list[tuple[str, float]]]
                              ) -> np.ndarray:
        rows = list(features)
        if not rows:
            return np.zeros(0)
        return self.candidate.probability(candidate_hasher().transform(rows))

    # -- the model file ----------------------------------------------------------------
    def save(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        arrays = {
            "sentence_coef": self.sentence.coef.astype(np.float32),
            "candidate_coef": self.candidate.coef.astype(np.float32),
            "sentence_idf": self.idf.astype(np.float32),
            "actor_coef": (self.actor.coef if self.actor is not None
                           else np.zeros(ACTOR_FEATURES)).astype(np.float32),
            "actor_scalars": np.array([self.actor is not None,
                                       self.actor.intercept if self.actor else 0.0]),
            "scalars": np.array([self.sentence.intercept, self.sentence.scale_a,
                                 self.sentence.scale_b, self.candidate.intercept,
                                 self.candidate.scale_a, self.candidate.scale_b,
                                 self.threshold, self.abroad_threshold], dtype=np.float64),
            "card": np.array(json.dumps(self.card, sort_keys=True, ensure_ascii=False)),
        }
        if self.violence is not None:
            arrays["violence_coef"] = self.violence.coef.astype(np.float32)
            arrays["violence_scalars"] = np.array(
                [self.violence.intercept, self.violence.scale_a, self.violence.scale_b])
        with path.open("wb") as handle:
            np.savez_compressed(handle, **arrays)

    @classmethod
    def load(cls, path: Path) -> Decider:
        try:
            with np.load(path, allow_pickle=False) as data:
                scalars = data["scalars"]
                sentence = LinearModel(data["sentence_coef"].astype(np.float32),
                                       *map(float, scalars[0:3]))
                candidate = LinearModel(data["candidate_coef"].astype(np.float32),
                                        *map(float, scalars[3:6]))
                idf = data["sentence_idf"].astype(np.float32)
                has_actor, actor_intercept = map(float, data["actor_scalars"])
                actor = LinearModel(data["actor_coef"].astype(np.float32), actor_intercept) \
                    if has_actor else None
                card = json.loads(str(data["card"]))
                violence = LinearModel(data["violence_coef"].astype(np.float32),
                                       *map(float, data["violence_scalars"])) \
                    if "violence_coef" in data.files else None
        except (OSError, KeyError, ValueError) as error:
            raise RasdError(f"model file {path} cannot be read ({error}); "
                            "run `rasd train` to rebuild it") from None
        if sentence.coef.shape != (SENTENCE_FEATURES,) or idf.shape != (SENTENCE_FEATURES,) or \
                candidate.coef.shape != (CANDIDATE_FEATURES,):
            raise RasdError(f"model file {path} was built for other features; "
                            "run `rasd train` to rebuild it")
        if violence is not None and violence.coef.shape != (SENTENCE_FEATURES,):
            raise RasdError(f"model file {path} was built for other features; "
                            "run `rasd train` to rebuild it")
        if actor is not None and actor.coef.shape != (ACTOR_FEATURES,):
            raise RasdError(f"model file {path} was built for other features; "
                            "run `rasd train` to rebuild it")
        return cls(sentence, candidate, idf, actor, float(scalars[6]), float(scalars[7]), card,
                   violence)


def default_model_path() -> Path:
    """`$RASD_MODEL`, else the model shipped inside the package."""
    import os

    from rasd.datafiles import data_path

    override = os.environ.get(MODEL_ENV, "").strip()
    return Path(override) if override else data_path("model/rasd-model.npz")


@cache
def default_decider() -> Decider | None:
    """The shipped model, or None when there is none (the rules then decide alone)."""
    path = default_model_path()
    if not path.is_file():
        return None
    return Decider.load(path)


def path_of(draft: Draft) -> str:
    """Which threshold decides a candidate: `syria` (a place in Syria or not known abroad:
    the gold reports' threshold), `abroad` (a place abroad) or `no_place` (a report that names
    no place): for these two only whether a violent event happened can be checked, so their
    threshold is chosen on the OEDA sentences."""
    if "no_place" in draft.flags:
        return "no_place"
    if draft.place is not None and draft.place.how == "foreign":
        return "abroad"
    if draft.unanchored:
        # a name no gazetteer knows, in a report that names no place in Syria: where it
        # lies is unknown, so only whether a violent event happened can be judged
        return "abroad"
    return "syria"


def sentence_texts(doc: Document, drafts: Sequence[Draft]) -> dict[int, str]:
    """The first sentence that told each candidate, by sentence index (normalised view)."""
    view = doc.norm.text
    texts: dict[int, str] = {}
    for draft in drafts:
        if draft.sentence not in texts:
            start, end = draft.evidence[0]
            texts[draft.sentence] = view[start:end]
    return texts


def decidable(doc: Document, draft: Draft) -> bool:
    """Candidates the model may keep: in Syria or of unknown country, or a violent event
    abroad; one of a report that names no place only when no place at all is named."""
    path = path_of(draft)
    if path == "syria":
        return True
    if draft.event_type not in VIOLENT_TYPES:
        return False
    return path == "abroad" or not doc.mentions.get("place")


def score_candidates(doc: Document, drafts: Sequence[Draft], decider: Decider) -> None:
    """Set each candidate's `confidence`: the candidate model's for a place in Syria, the
    violence model's for an event abroad or unlocated (whose place the gold cannot check,
    so that the candidate model has nothing to learn of it)."""
    texts = sentence_texts(doc, drafts)
    order = sorted(texts)
    told, violent = decider.sentence_probabilities([texts[i] for i in order])
    sentence_p = dict(zip(order, told, strict=True))
    violence_p = dict(zip(order, violent, strict=True))
    inside = [d for d in drafts if path_of(d) == "syria"]
    context = document_context(doc, inside)
    probabilities = decider.candidate_probability(
        candidate_features(d, context, doc.published, float(sentence_p[d.sentence]),
                           doc.norm.text) for d in inside)
    for draft, p in zip(inside, probabilities, strict=True):
        draft.confidence = round(float(p), 4)
    for draft in drafts:
        if draft.confidence is None:
            draft.confidence = round(float(violence_p[draft.sentence]), 4)


def decide(doc: Document, drafts: list[Draft], decider: Decider) -> list[Draft]:
    """The candidates the models keep, each with its `confidence`."""
    drafts = [d for d in drafts if decidable(doc, d)]
    if not drafts:
        return []
    score_candidates(doc, drafts, decider)
    kept = [d for d in drafts if (d.confidence or 0.0) >= (
        decider.threshold if path_of(d) == "syria" else decider.abroad_threshold)]
    # a protest kept is one happening (ACLED's one protest per place and day): the force it
    # met, told by a reading the model doubted (`وفرقتها قوات الأمن بالغاز المسيل للدموع`),
    # stays to give it its kind
    kept_ids = {id(d) for d in kept}
    protests = {_where_and_when(d) for d in kept if d.event_type == "Protests"}
    met = {id(d) for d in drafts if d.event_type == "Protests" and id(d) not in kept_ids
           and d.sub_event_type != "Peaceful protest" and _where_and_when(d) in protests}
    if met:
        kept = [d for d in drafts if id(d) in kept_ids or id(d) in met]
    if decider.actor is not None:
        choose_actors(doc, kept, decider.actor)
    return kept


def _where_and_when(draft: Draft) -> tuple[str | None, dt.date | None]:
    place = draft.place
    if place is None:
        return draft.admin1, draft.date
    return (place.place.id if place.place is not None else place.key), draft.date


# -- who did it --------------------------------------------------------------------------------
def actor_hasher() -> Any:
    return pair_hasher(ACTOR_FEATURES)


@dataclass(frozen=True, slots=True)
class ActorOption:
    """An actor a candidate may have as actor1, and where the report names it."""

    actor: str | None
    source: str  # rule | sentence | earlier | report | none
    state: bool = False
    role: str = ""  # agent | plain | target, as the words before it say
    side: str = ""  # before | after the trigger
    gap: int = 0  # words between it and the trigger
    party: str = ""  # first | other: the sides of `بين X ... و Y` (coders put X first)
    across: bool = False  # a "while" (`فيما`, `بينما`) stands between it and the trigger


def actor_options(doc: Document, draft: Draft) -> list[ActorOption]:
    """The rules' actor1, every actor the candidate's sentence names, those of the two
    sentences before it, the report's most named actor, and none."""
    from rasd.extract.events import (
        actor_role,
        air_force_named,
        fought_with,
        joined_targets,
        turn_positions,
        undergoes,
    )
    from rasd.extract.places import tokens_between

    view = doc.norm.text
    start, end = draft.evidence[0]
    t_start, t_end = draft.trigger
    actors = doc.mentions.get("actor", [])
    options: dict[str | None, ActorOption] = {}
    options[draft.actor1] = ActorOption(draft.actor1, "rule" if draft.actor1 else "none")
    earlier = max(0, start - 600)
    in_sentence = [m for m in actors if start <= m.norm_start < end]
    # (one joined by `و` to a target is one too: `قتل 18 من قوات النظام وحزب الله`)
    role_at = {r[0]: r[3] for r in joined_targets(view, [
        (m.norm_start, m.norm_end, m.value, actor_role(view, m.norm_start, m.value.phrase))
        for m in in_sentence])}
    turns = [t for t in turn_positions(doc.mentions.get("cue", [])) if start <= t < end]
    hit: set[str] = set()
    lost: set[str] = set()  # who lost the ground a capture took: no option, not even the rules'
    for mention in actors:
        entry = mention.value
        if draft.event_type == "Battles" and air_force_named(view, mention.norm_start,
                                                             mention.norm_end):
            continue  # an air force bombs beside a fight; it fights no one on the ground
        if start <= mention.norm_start < end:
            side = "before" if mention.norm_start < t_start else "after"
            gap = tokens_between(view, min(mention.norm_end, t_start), max(mention.norm_start,
                                                                          t_end))
            low, high = sorted((mention.norm_start, t_start))
            option = ActorOption(entry.actor, "sentence", entry.state,
                                 role_at[mention.norm_start], side, gap,
                                 _party(view, mention, in_sentence, start),
                                 any(low <= turn < high for turn in turns))
        elif earlier <= mention.norm_start < start:
            option = ActorOption(entry.actor, "earlier", entry.state)
        else:
            continue
        if option.actor == draft.actor2 and undergoes(view, mention.norm_start):
            hit.add(entry.actor)  # `تعرضت القوات الأمريكية لهجوم`: the side hit is no doer
            continue
        if draft.sub_event_type in _TAKINGS and start <= mention.norm_start < end \
                and fought_with(view, mention.norm_start):
            # `سيطرت القوات على الكرين بعد اشتباكات مع عناصر التنظيم`: whom the takers fought
            # lost the ground, took none
            lost.add(entry.actor)
            continue
        known = options.get(entry.actor)
        if known is None or known.source in ("earlier", "report"):
            options[entry.actor] = option
        elif known.source == "rule" and option.party and not known.party:
            options[entry.actor] = replace(known, party=option.party)
    counts = Counter(m.value.actor for m in actors if draft.event_type != "Battles"
                     or not air_force_named(view, m.norm_start, m.norm_end))
    if counts:
        top, _ = counts.most_common(1)[0]
        options.setdefault(top, ActorOption(top, "report"))
    options.setdefault(None, ActorOption(None, "none"))
    return [o for actor, o in options.items()
            if actor not in lost and (actor not in hit or o.source == "rule")]


_BETWEEN = regex.compile(r"(?:^|\s)بين\s")
_TAKINGS = frozenset({"Government regains territory", "Non-state actor overtakes territory"})


def _party(view: str, mention: Any, in_sentence: Sequence[Any], start: int) -> str:
    """`first` for the first actor after `بين` (`اشتباكات بين قوات النظام ... والفصائل`),
    `other` for one after it in the same pairing, "" where no `بين` pairs them."""
    window = view[max(start, mention.norm_start - 120):mention.norm_start]
    found = list(_BETWEEN.finditer(window))
    if not found:
        return ""
    opened = mention.norm_start - len(window) + found[-1].end()
    earlier = any(opened <= m.norm_start < mention.norm_start for m in in_sentence)
    return "other" if earlier else "first"


def place_context(doc: Document, draft: Draft) -> list[str]:
    """The words around the candidate's place (two before, four after): what they say of
    the place (`الخاضع لسيطرة قوات النظام`, `الموالية`) tells who would fire on it."""
    mention = draft.place
    if mention is None:
        return []
    view = doc.norm.text
    return (_words(view[max(0, mention.start - 30):mention.start])[-2:]
            + _words(view[mention.end:mention.end + 50])[:4])


def actor_features(draft: Draft, option: ActorOption, named: Counter[str],
                   near_place: Sequence[str] = ()) -> list[tuple[str, float]]:
    trigger = next((p for p in draft.provenance if p.startswith("trigger:")), "trigger:")
    who = option.actor or "none"
    f = [("bias", 1.0), (f"src={option.source}", 1.0), (f"opt={who}", 1.0),
         (f"src={option.source}|type={draft.event_type}", 1.0),
         (f"opt={who}|sub={draft.sub_event_type}", 1.0),
         (f"state={option.state}|sub={draft.sub_event_type}", 1.0),
         (f"{trigger}|src={option.source}", 1.0),
         (f"{trigger}|state={option.state}", 1.0)]
    if option.actor is not None and option.actor == draft.actor1:
        f.append(("rules_choice", 1.0))
        f.append((f"rules_choice|src={option.source}", 1.0))
        if "actor:held" in draft.provenance:
            f.append(("rules_choice|held_place", 1.0))  # the opponent of who held the place
    elif option.actor is not None and option.actor == draft.actor2:
        # whom the rules read as the other side (`هاجم مسلحون حاجزا لقوات النظام`: the
        # checkpoint's owner was attacked), whether they found who acted or not
        f.append((f"rules_other_side|rules_actor1={draft.actor1 is not None}", 1.0))
    if option.party:
        f.append((f"party={option.party}|type={draft.event_type}", 1.0))
    if option.across:
        f.append((f"across_turn|side={option.side}", 1.0))
    if option.role:
        f.append((f"role={option.role}|side={option.side}", 1.0))
        f.append((f"gap={option.side}{_bucket(option.gap, (0, 1, 3, 8))}", 1.0))
    if option.actor is not None:
        f.append((f"named={_bucket(named[option.actor], (1, 2, 5))}", 1.0))
    if draft.civilian:
        f.append((f"civilian|state={option.state}", 1.0))
    for word in near_place:
        f.append((f"near_place={word}|state={option.state}|src={option.source}", 0.5))
    return f


def choose_actors(doc: Document, drafts: Sequence[Draft], model: LinearModel) -> None:
    """Set each candidate's actor1 to the option the actor model scores highest (the actor
    it replaces becomes actor2 when that was empty)."""
    named = Counter(m.value.actor for m in doc.mentions.get("actor", []))
    # (one option that is not the rules' pick replaces it: the rules' was dropped)
    choices = [(draft, options) for draft in drafts
               if len(options := actor_options(doc, draft)) >= 2
               or options and options[0].actor != draft.actor1]
    if not choices:
        return
    # every option of every candidate scored in one pass (the hasher's cost is per call)
    rows = [actor_features(draft, option, named, near)
            for draft, options in choices
            for near in (place_context(doc, draft),) for option in options]
    scores = model.probability(actor_hasher().transform(rows))
    first = 0
    for draft, options in choices:
        best = options[int(np.argmax(scores[first:first + len(options)]))].actor
        first += len(options)
        if best != draft.actor1:
            if draft.actor2 in (None, best):
                draft.actor2 = draft.actor1
            draft.actor1 = best
            draft.provenance.append("actor:model")
            taking_of_its_actor(draft)


_REGAINS = ("Battles", "Government regains territory")


def taking_of_its_actor(draft: Draft) -> None:
    """A capture's sub-event type follows who took the place, as the rules read it
    (`events.EventExtractor._drafts`): the government's side regains territory, anyone else
    overtakes it. (An arrest against an abduction is left as the rules read it: there the
    chosen actor is too often a guess.)"""
    if draft.actor1 is not None:
        draft.event_type, draft.sub_event_type = taking_kind(
            draft.event_type, draft.sub_event_type, draft.actor1)


def taking_kind(event_type: str, sub_event_type: str, taker: str) -> tuple[str, str]:
    """(event type, sub-event type) of a capture by `taker`: regained by the government's
    side, overtaken by anyone else; any other kind as it is."""
    from rasd.extract.lexicon import state_actors, state_forms

    overtakes = state_forms().get(_REGAINS)
    if overtakes is None or (event_type, sub_event_type) not in (_REGAINS, overtakes):
        return event_type, sub_event_type
    return _REGAINS if taker in state_actors(government_side=True) else overtakes
