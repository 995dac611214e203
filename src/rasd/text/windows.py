"""Run phrase regexes only where they can match: anchor words first, then windows around them.

The phrase patterns of the extractors (dates, vague counts) are long alternations with
look-arounds, and scanning a whole report with each of them dominates the cost of extraction,
although most lines hold none of their words. Each such pattern needs at least one anchor
word: a word every match contains (the month of a date, the weekday, the word of a vague
count). One Aho-Corasick pass (pyahocorasick) finds all anchors of all patterns at once; each
pattern then runs only on the stretches of the view, between cut characters, that hold one
of its anchors.

The result is exact, not a heuristic: on the windows a pattern finds the same matches, at the
same positions, as `pattern.finditer(view)`, provided that
- every match holds one of its anchors standing as a word (no letter or digit right after it;
  before it nothing glued but one of the allowed clitic prefixes, or anything for a digit
  anchor such as the `24` of `ال24`);
- no match crosses a cut character: a line break, `, ; : ! ? "` or the caller's `more_cuts`,
  less any character the pattern's phrases use (`used_chars`);
- the pattern's look-arounds read a cut character like the end of the text, so cutting the
  view there (`finditer(view, start, end)` bounds) changes nothing.
Under these conditions every match lies inside one stretch that holds an anchor, and a
match found in a stretch is one the whole-view scan finds too.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from typing import Any

import ahocorasick
import regex

__all__ = ["PhraseWindows", "finditer_in"]

# Characters that split a view into stretches no phrase pattern reaches across: phrase
# patterns match within a line and never take this punctuation.
_CUT_CHARS = '\n,;:!?"'


class PhraseWindows:
    """Where in a view a phrase pattern can match, so the regex need not scan the rest.

    Every match of a pattern holds one of its anchor words standing as a word: no letter or
    digit right after it and, before it, nothing glued but one of `prefixes` (clitics; a
    digit anchor, as in `ال24`, may follow anything). No match crosses a line break or a cut
    character (`, ; : ! ? "` and `more_cuts`), which is neither in the pattern nor in its
    phrases (`used_chars`) and which its look-arounds read like the end of the text. One
    Aho-Corasick pass finds the anchors; the pattern then runs only on the stretches between
    cut characters that hold one, and finds exactly what a scan of the whole view finds.
    """

    def __init__(
        self,
        anchors: Mapping[str, Iterable[str]],
        used_chars: Iterable[str],
        prefixes: Iterable[str] = ("",),
        more_cuts: str = "",
    ) -> None:
        by_anchor: dict[str, set[str]] = {}
        self._whole: set[str] = set()  # a pattern with an empty anchor scans the whole view
        for name, words in anchors.items():
            for word in words:
                if word:
                    by_anchor.setdefault(word, set()).add(name)
                else:
                    self._whole.add(name)
        self._automaton: Any = ahocorasick.Automaton()
        for word, names in by_anchor.items():
            self._automaton.add_word(word, (tuple(sorted(names)), len(word), word[0].isdecimal()))
        if by_anchor:
            self._automaton.make_automaton()
        self._prefixes = frozenset(prefixes) | {""}
        self._longest_prefix = max(len(p) for p in self._prefixes)
        cut_chars = set(_CUT_CHARS + more_cuts) - set(used_chars)
        cuts = "".join(regex.escape(c) for c in sorted(cut_chars))
        self._next_cut = regex.compile(f"[{cuts}]") if cuts else None
        self._last_cut = regex.compile(f"(?r)[{cuts}]") if cuts else None

    def _stands_alone(self, view: str, start: int, end: int) -> bool:
        """Whether the anchor at [start, end) can be the word a match holds (see above)."""
        if end < len(view) and (view[end].isalpha() or view[end].isdecimal()):
            return False
        glued = start
        while glued > 0 and view[glued - 1].isalpha() and start - glued <= self._longest_prefix:
            glued -= 1
        return view[glued:start] in self._prefixes and not (glued and view[glued - 1].isalpha())

    def _segment(self, view: str, position: int) -> tuple[int, int]:
        """The stretch between cut characters around `position`."""
        if self._next_cut is None or self._last_cut is None:
            return 0, len(view)
        before = self._last_cut.search(view, 0, position)
        after = self._next_cut.search(view, position)
        return (before.end() if before else 0), (after.start() if after else len(view))

    def windows(self, view: str) -> dict[str, list[tuple[int, int]]]:
        """Per pattern name, the [start, end) stretches of the view worth scanning, in order."""
        found: dict[str, list[tuple[int, int]]] = {name: [(0, len(view))] for name in self._whole}
        if not len(self._automaton):
            return found
        segment = (-1, -1)
        for last, (names, length, digit) in self._automaton.iter(view):
            if not digit and not self._stands_alone(view, last + 1 - length, last + 1):
                continue
            if last >= segment[1]:  # hits come in text order: a new stretch
                segment = self._segment(view, last)
            for name in names:
                if name in self._whole:
                    continue
                stretches = found.setdefault(name, [])
                if not stretches or stretches[-1] != segment:
                    stretches.append(segment)
        return found


def finditer_in(
    pattern: regex.Pattern[str], view: str, windows: Iterable[tuple[int, int]]
) -> Iterator[regex.Match[str]]:
    """`pattern.finditer(view)` restricted to the given stretches (see `PhraseWindows`)."""
    for start, end in windows:
        yield from pattern.finditer(view, start, end)
