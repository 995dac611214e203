"""Does a sentence report a violent event? The sentence-level test behind `rasd eval --oeda`.

Newswire talks about violence far more often than it reports one (`the assassination of
Bhutto`, `attacks on civilians must stop`). A sentence counts when it holds *evidence* of one
event that is the news itself:

- a toll: a death or an injury counted (`مقتل 5 أشخاص`, `أصيب شرطيان`), or told of one person
  named by a noun (`قتلوا قائدا`, `جنديا عراقيا قتل`, `أصيب سفير بولندا`);
- an act: a finite past verb of an assault (`اغتالوا`, `فجر نفسه`, `تعرض للخطف`), or a verb
  that is one only with its partner near (`انفجرت`/`فجر` + an explosive, `أطلقت` + a weapon,
  `خطف` + an agent or a time of the news day, `هاجم` + an armed agent).

Trigger nouns alone (`هجوم`, `تفجير`) proved too loose on the OEDA set: with a time of the news
day beside them they were right about one time in five.

Evidence does not count when a threat, plan, forecast, condition or negation governs it, when
it follows a word that makes it a cause or a past reference (`إثر مقتل`, `منذ اغتيال`; when that
word names an attack, `بعد هجوم انتحاري ... أسفر عن مقتل 35`, to the end of the sentence), when
it sits in a relative clause describing something else (`التفجير الذي أودى بحياة`), or when it
follows a frame of talk (condemnation, trial, investigation, accusation, responsibility). Some
words make the whole sentence talk: a period or running toll, an anniversary, a disaster, a year
named as such, a question, the connectives of commentary. The words live in `data/detect.csv`;
the death and injury words and the irrealis cues come from `data/cues.csv`.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import regex

from rasd.extract.lexicon import LexiconError, cue_matcher, data_path, read_rows
from rasd.extract.numbers import find_counted_nouns, find_quantities
from rasd.text.matcher import Match, PhraseMatcher
from rasd.text.normalize import fold, normalize

ROLES = ("act", "explode", "explosive", "launch", "weapon", "kidnap", "agent", "anchor",
         "attack", "victim", "incident", "veto", "stance", "backdrop", "irrealis", "relative",
         "neutral")

# how far (in characters of the normalised view) a count may stand from its death/injury word
TOLL_WINDOW = 25
# how many words a death/injury word may stand from one named victim (`قتل جنديا`, `شرطي قتل`)
VICTIM_WORDS = 2
# death/injury cues that name the dead or wounded themselves: beside a victim noun they make a
# noun phrase (الشهداء المدنيين، القتلى مسلحون), not a report that someone was killed
_HARM_NOUNS = frozenset(fold(w) for w in (
    "قتيل", "قتلى", "شهيد", "شهداء", "ضحية", "ضحايا", "جريح", "جرحى", "مصاب", "جثة", "جثث"))
# how many words a governing word (irrealis, backdrop) reaches forward
GOVERN_WORDS = 3
# how many words a relative pronoun reaches forward into its clause
RELATIVE_WORDS = 4
# verbs that are an event only with a partner near:
# role -> (partner roles, fewer than this many words apart, partner may stand before)
PAIRS: dict[str, tuple[tuple[str, ...], int, bool]] = {
    "explode": (("explosive",), 3, True),  # انفجرت عبوة، السيارة المفخخة انفجرت
    "launch": (("weapon",), 6, False),  # أطلقت الطائرة صاروخين
    "kidnap": (("agent", "anchor"), 5, False),  # خطف من منزله مساء أمس على يد مسلحين
    "attack": (("agent",), 3, True),  # هاجم مسلحون، مسلحين هاجموا (هاجم alone also criticises)
}
# a year named as such (`عام 2005`): the sentence looks back, it does not report the news
_YEAR = regex.compile(r"(?<!\w)(?:عام|العام|سنه)\s+(?:19|20)\d\d(?!\w)")
# punctuation that ends the reach of a governing word
_CLAUSE_BREAK = frozenset(",;:.")


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
            raise LexiconError(f"{path.name}:{number}: role must be one of {', '.join(ROLES)}")
        if row.get("match", "word") not in ("word", "stem"):
            raise LexiconError(f"{path.name}:{number}: match must be 'word' or 'stem'")
        key = fold(row["phrase"])
        # the matcher makes a leading ال optional on longer phrases; here it stays required
        entry = DetectWord(row["phrase"], role, key.startswith("ال") and len(key) > 4)
        matcher.add(row["phrase"], entry, inflects=row.get("match") == "stem")
    return matcher


def _words_between(view: str, start: int, end: int) -> int:
    return len(view[start:end].split()) if end > start else 0


def _found(view: str) -> dict[str, list[Match[DetectWord]]]:
    """The detect words of the view by role."""
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
    """Why the sentence is a report ("toll" or "act"), or None; kept apart from
    `reports_violence` so that an analyst can see which rule took a sentence."""
    view = normalize(sentence).text
    if "?" in view or _YEAR.search(view):
        return None
    found = _found(view)
    if found["veto"]:
        return None
    cues = cue_matcher().find(view)
    governors = found["irrealis"] + found["backdrop"] + [
        c for c in cues if c.payload.cue == "irrealis"
    ]
    talk_from = min((s.start for s in found["stance"]), default=len(view))
    # a backdrop that names an attack (بعد هجوم، إثر تفجير، بسبب هجوم انتحاري) brings that earlier
    # attack in as the cause of the news, and its toll (أسفر عن مقتل 35) follows it to the end of
    # the sentence, past the reach of the backdrop word itself
    for g in found["backdrop"]:
        if any(
            n.start >= g.end
            and _words_between(view, g.end, n.start) < GOVERN_WORDS
            and not _CLAUSE_BREAK.intersection(view[g.end:n.start])
            for n in found["incident"]
        ):
            talk_from = min(talk_from, g.start)

    def counts(start: int) -> bool:
        """Evidence at `start` is the news: no frame of talk before it, nothing governs it, no
        relative clause holds it."""
        if start > talk_from:
            return False
        if any(
            g.end <= start
            and _words_between(view, g.end, start) < GOVERN_WORDS
            and not _CLAUSE_BREAK.intersection(view[g.end:start])
            for g in governors
        ):
            return False
        return not any(
            r.end <= start and _words_between(view, r.end, start) < RELATIVE_WORDS
            and not _CLAUSE_BREAK.intersection(view[r.end:start])
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
        if any(
            _words_between(view, min(cue.end, v.end), max(cue.start, v.start)) < VICTIM_WORDS
            for cue in harm
            if fold(cue.payload.phrase) not in _HARM_NOUNS
            for v in found["victim"]
        ):
            return "toll"
    if any(counts(a.start) for a in found["act"]):
        return "act"
    for role, (partners, reach, either_side) in PAIRS.items():
        for word in found[role]:
            if counts(word.start) and any(
                (either_side or other.start >= word.end)
                and _words_between(view, min(word.end, other.end), max(word.start, other.start))
                < reach
                for partner in partners
                for other in found[partner]
            ):
                return "act"
    return None
