"""Does a sentence report a violent event? The sentence-level test behind `rasd eval --oeda`.

Newswire talks about violence far more often than it reports one (`the assassination of
Bhutto`, `attacks on civilians must stop`). A sentence counts when it holds *evidence* of one
event that is the news itself:

- a toll: a death or an injury counted (`مقتل 5 أشخاص`, `أصيب شرطيان`);
- an act: a finite past verb of an assault (`اغتالوا`, `فجر نفسه`, `انفجرت`);
- a blast word (`هجوم انتحاري`, `قصف`) beside a time of the news day (`أمس`, `صباح الخميس`).

Evidence does not count when a threat, plan, call or negation governs it, when it follows a
word that makes it a cause or a past reference (`إثر مقتل`, `منذ اغتيال`), or when it sits in
a relative clause describing something else (`التفجير الذي أودى بحياة`). A sentence that
condemns, tries, investigates or commemorates violence, or asks a question, is talk about
violence whatever it holds. The words live in `data/detect.csv`; the death/injury words and
the irrealis cues come from `data/cues.csv`.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from rasd.extract.lexicon import cue_matcher, data_path, read_rows
from rasd.extract.numbers import find_counted_nouns, find_quantities
from rasd.text.matcher import Match, PhraseMatcher
from rasd.text.normalize import fold, normalize

ROLES = ("act", "blast", "anchor", "veto", "backdrop", "relative", "irrealis")

# how far (in characters of the normalised view) a count may stand from its death/injury word
TOLL_WINDOW = 25
# how many words a governing word (irrealis, backdrop) may stand before the evidence it governs
GOVERN_WORDS = 3
# how many words a relative pronoun may stand before the evidence in its clause
RELATIVE_WORDS = 3
# how many words a time of the news day may stand from a blast word
ANCHOR_WORDS = 8


@dataclass(frozen=True, slots=True)
class DetectWord:
    phrase: str
    role: str
    article: bool  # the phrase begins with ال, which the text must then carry too


@cache
def detect_matcher() -> PhraseMatcher[DetectWord]:
    """The words of `data/detect.csv`, compiled once."""
    path = data_path("detect.csv")
    matcher: PhraseMatcher[DetectWord] = PhraseMatcher()
    for number, row in read_rows(path):
        role = row.get("role", "")
        if role not in ROLES:
            raise ValueError(f"{path.name}:{number}: role must be one of {', '.join(ROLES)}")
        phrase = row["phrase"]
        entry = DetectWord(phrase, role, fold(phrase).startswith("ال"))
        matcher.add(phrase, entry, inflects=row.get("match") == "stem")
    return matcher


def _words_between(view: str, start: int, end: int) -> int:
    return len(view[start:end].split()) if end > start else 0


def _found(view: str) -> dict[str, list[Match[DetectWord]]]:
    """The detect words of the view by role; a phrase with ال matches only where the text has
    it, so `الأحد` (Sunday) is not `أحد` (one of)."""
    by_role: dict[str, list[Match[DetectWord]]] = {role: [] for role in ROLES}
    for match in detect_matcher().find(view):
        word = match.payload
        if word.article and not match.prefix.endswith(("ال", "لل")):
            continue
        by_role[word.role].append(match)
    return by_role


def reports_violence(sentence: str) -> bool:
    """True when the sentence reports a violent event that happened, not talk about one."""
    return evidence(sentence) is not None


def evidence(sentence: str) -> str | None:
    """The kind of evidence ("toll", "act", "blast") that makes the sentence a report, or None;
    apart from `reports_violence` so that an analyst can see why a sentence was taken."""
    view = normalize(sentence).text
    if "?" in view:
        return None
    found = _found(view)
    if found["veto"]:
        return None
    cues = cue_matcher().find(view)
    governors = found["irrealis"] + found["backdrop"] + [
        c for c in cues if c.payload.cue == "irrealis"
    ]

    def counts(start: int) -> bool:
        """Evidence at `start` is the news: nothing governs it, no relative clause holds it."""
        if any(g.end <= start and _words_between(view, g.end, start) < GOVERN_WORDS
               for g in governors):
            return False
        return not any(
            r.end <= start and _words_between(view, r.end, start) < RELATIVE_WORDS
            for r in found["relative"]
        )

    harm = [c for c in cues if c.payload.cue in ("kill", "injure") and counts(c.start)]
    if harm:
        quantities = find_quantities(view) + find_counted_nouns(view)
        if any(
            abs(q.start - cue.end) < TOLL_WINDOW or abs(cue.start - q.end) < TOLL_WINDOW
            for cue in harm
            for q in quantities
        ):
            return "toll"
    if any(counts(a.start) for a in found["act"]):
        return "act"
    blast = False and any(
        counts(b.start)
        and any(
            _words_between(view, min(b.end, t.end), max(b.start, t.start)) < ANCHOR_WORDS
            for t in found["anchor"]
        )
        for b in found["blast"]
    )
    return "blast" if blast else None
