"""Find lexicon phrases in a normalised view, the way Arabic attaches them to words.

Arabic glues conjunctions, prepositions and the article to the next word (`وبالزبداني`,
`للطيران`). A phrase matcher that wants whole words must therefore accept a small set of
clitic prefixes before a phrase and, for inflecting words (`قصف` → `قصفت`, `قصفها`), any
ending after it. One Aho-Corasick automaton (pyahocorasick) finds every candidate in one pass;
the boundary rules below decide which candidates are words.
"""

from __future__ import annotations

import re
from array import array
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from functools import lru_cache
from typing import Generic, NamedTuple, TypeVar

import ahocorasick

from rasd.text.normalize import fold

Payload = TypeVar("Payload")

# Clitics that may stand before a word: conjunction (و ف), preposition (ب ل ك), article (ال),
# and their combinations; `لل` is ل + ال with the alef dropped.
_CONJUNCTIONS = ("", "و", "ف")
_PREPOSITIONS = ("", "ب", "ل", "ك")
_ARTICLES = ("", "ال")
CLITIC_PREFIXES: frozenset[str] = frozenset(
    {c + p + a for c in _CONJUNCTIONS for p in _PREPOSITIONS for a in _ARTICLES}
    | {c + "لل" for c in _CONJUNCTIONS}
)


MAX_PREFIX = max(len(p) for p in CLITIC_PREFIXES)
# the letters a clitic prefix can end with: a match preceded by any other letter is inside a word
_CLITIC_ENDINGS = frozenset(p[-1] for p in CLITIC_PREFIXES if p)
# The standard library's \w is exactly `is_word_char` (str.isalnum or `_`), the test `find`
# makes on single characters, and it scans faster than `regex`.
_WORDS = re.compile(r"\w+")


def is_word_char(char: str) -> bool:
    return char.isalnum() or char == "_"


@lru_cache(maxsize=4)
def word_bounds(view: str) -> tuple[Sequence[int], Sequence[int]]:
    """The start and end of every word of a view, in order: computed once per view and
    shared by every matcher that scans it (compact arrays: a 10 MB report has two million
    words)."""
    starts = array("I")
    ends = array("I")
    for word in _WORDS.finditer(view):
        starts.append(word.start())
        ends.append(word.end())
    return starts, ends


class Match(NamedTuple, Generic[Payload]):
    """A phrase found in the view: `[start, end)` covers the whole word(s), clitics included;
    `core_start` is where the lexicon phrase itself begins. (A named tuple: the matchers make
    tens of thousands per report.)"""

    start: int
    core_start: int
    end: int
    prefix: str
    key: str
    payload: Payload


class PhraseMatcher(Generic[Payload]):
    """Words and phrases → payloads, matched on whole words with clitic prefixes.

    `add(phrase, payload, inflects=True)` lets the last word of the phrase take any ending.
    A leading `ال` is optional in the text (it is indexed without it).
    """

    def __init__(self) -> None:
        self._automaton = ahocorasick.Automaton()
        self._entries: dict[str, list[tuple[Payload, bool, bool]]] = {}
        self._built = False

    def add(self, phrase: str, payload: Payload, *, inflects: bool = False) -> None:
        key = fold(phrase)
        if not key:
            return
        had_article = key.startswith("ال") and len(key) > 4
        if had_article:
            key = key[2:]
        self._entries.setdefault(key, []).append((payload, inflects, had_article))
        self._built = False

    def payloads(self) -> list[Payload]:
        return [payload for entries in self._entries.values() for payload, _, _ in entries]

    def __len__(self) -> int:
        return len(self._entries)

    def _build(self) -> None:
        self._automaton = ahocorasick.Automaton()
        for key, entries in self._entries.items():
            if not (is_word_char(key[0]) and is_word_char(key[-1])):
                continue  # a phrase that begins or ends with a space is never a whole word
            any_inflects = any(inflects for _, inflects, _ in entries)
            self._automaton.add_word(key, (key, len(key), any_inflects, entries))
            head, _, name = key.partition(" ")
            if name:
                # a name quoted after its head word (`قوات "النمر"`, `حركة "احرار الشام"`):
                # the normaliser has made every quote mark `"`
                quoted = f'{head} "{name}'
                if quoted not in self._entries:
                    self._automaton.add_word(quoted, (key, len(quoted), any_inflects, entries))
        if len(self._automaton):
            self._automaton.make_automaton()
        self._built = True

    def find(self, view: str) -> list[Match[Payload]]:
        """Every whole-word match, longest first where matches overlap."""
        if not self._built:
            self._build()
        if not len(self._automaton):
            return []
        found: list[Match[Payload]] = []
        word_starts, word_ends = word_bounds(view)
        size = len(view)
        new_match = tuple.__new__
        # The automaton reports every occurrence, inside words too; the cheap character tests
        # come first, the bisections only for what is left (a clitic before the phrase, or an
        # inflected ending after it).
        for last, (key, length, any_inflects, entries) in self._automaton.iter(view):
            core_start = last - length + 1
            word_start = core_start
            prefix = ""
            if core_start:
                before = view[core_start - 1]
                if before.isalnum() or before == "_":
                    if before not in _CLITIC_ENDINGS:
                        continue
                    word_start = word_starts[bisect_right(word_starts, core_start) - 1]
                    if core_start - word_start > MAX_PREFIX:
                        continue
                    prefix = view[word_start:core_start]
                    if prefix not in CLITIC_PREFIXES:
                        continue
            end = last + 1
            if end == size or not (view[end].isalnum() or view[end] == "_"):
                stop = end
            elif not any_inflects:
                continue
            else:
                # the phrase may span several words: its end lies in the word holding `last`
                stop = word_ends[bisect_right(word_starts, last) - 1]
            for payload, inflects, _had_article in entries:
                if stop == end:
                    found.append(new_match(Match, (word_start, core_start, end, prefix, key,
                                                   payload)))
                elif inflects:
                    found.append(new_match(Match, (word_start, core_start, stop, prefix, key,
                                                   payload)))
        return _longest_first(found)


def _longest_first(matches: Iterable[Match[Payload]]) -> list[Match[Payload]]:
    """Drop matches that overlap a longer (or, equal length, earlier) one; keep all payloads
    of a kept span (a phrase may have several meanings). Of two matches of one span, a phrase
    as written wins over a stem inflected to it (`تظاهرات`, a row of its own, over `تظاهر`)."""
    ordered = sorted(matches, key=lambda m: (-(m.end - m.core_start),
                                             len(m.key) != m.end - m.core_start, m.start))
    kept_spans: set[tuple[int, int, str]] = set()
    taken: list[Match[Payload]] = []
    occupied = bytearray()
    for match in ordered:
        span = (match.start, match.end, match.key)
        if span in kept_spans:
            taken.append(match)
            continue
        if len(occupied) < match.end:
            occupied.extend(b"\0" * (match.end - len(occupied)))
        if any(occupied[match.start:match.end]):
            continue
        occupied[match.start:match.end] = b"\1" * (match.end - match.start)
        kept_spans.add(span)
        taken.append(match)
    return sorted(taken, key=lambda m: (m.start, m.end))


def alternation(phrases: Iterable[str]) -> str:
    """A regex alternation of folded phrases, longest first, any run of spaces between their
    words (to build a pattern from a word list of the data files)."""
    return "|".join(r"\s++".join(re.escape(word) for word in phrase.split())
                    for phrase in sorted(set(phrases), key=len, reverse=True))
