"""Sentence boundaries in the normalised view.

Arabic news copy ends sentences with `.`, `!`, `?` or a line break, and often omits the space
after the full stop (`كيلومتر.وقال`). A dot between two digits is a decimal point; a dot
inside a word was already removed by the normaliser when it was filter-evasion.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

# `(...)` marks words left out of a quotation, not the end of a sentence; a dot after a
# letter standing alone is a name's initial or an abbreviation's letter (`الشاب رامي ع. برصاص`,
# `أ.ف.ب`, `صاروخ "م.د"`); so is one before an initial that closes brackets (a name kept
# back: `الشاب (جميل. م)`)
_BOUNDARY = regex.compile(
    r"\n+|(?<![\d(.!?])(?<!(?:^|[\s(.\"])\p{L})[.!?]+(?![\d.!?)]|\s?\p{L}\s?\))[\"')\]]*\s*"
    r"|(?<=\d)[.!?]+(?=\s|$)\s*"
)


MAX_SENTENCE_CHARS = 4000


@dataclass(frozen=True, slots=True)
class Sentence:
    index: int
    start: int
    end: int
    paragraph: int


def split_sentences(view: str) -> list[Sentence]:
    """Sentences as view ranges, each with the index of its paragraph (line).

    A stretch longer than `MAX_SENTENCE_CHARS` with no stop in it is no sentence of news
    copy (the longest in the corpus is 1,548 characters): it is cut at a space near that
    length, so that the work done per sentence stays bounded on hostile input."""
    sentences: list[Sentence] = []
    start = 0
    paragraph = 0

    def add(start: int, end: int) -> None:
        while end - start > MAX_SENTENCE_CHARS:
            cut = view.rfind(" ", start + MAX_SENTENCE_CHARS // 2, start + MAX_SENTENCE_CHARS)
            cut = cut + 1 if cut >= 0 else start + MAX_SENTENCE_CHARS
            sentences.append(Sentence(len(sentences), start, cut, paragraph))
            start = cut
        sentences.append(Sentence(len(sentences), start, end, paragraph))

    for boundary in _BOUNDARY.finditer(view):
        end = boundary.start()
        if view[start:end].strip():
            add(start, boundary.end())
        if "\n" in boundary.group():
            paragraph += 1
        start = boundary.end()
    if view[start:].strip():
        add(start, len(view))
    return sentences
