"""Sentence boundaries in the normalised view.

Arabic news copy ends sentences with `.`, `!`, `?` or a line break, and often omits the space
after the full stop (`كيلومتر.وقال`). A dot between two digits is a decimal point; a dot
inside a word was already removed by the normaliser when it was filter-evasion.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

# `(...)` marks words left out of a quotation, not the end of a sentence
_BOUNDARY = regex.compile(
    r"\n+|(?<![\d(.!?])[.!?]+(?![\d.!?)])[\"')\]]*\s*|(?<=\d)[.!?]+(?=\s|$)\s*"
)


@dataclass(frozen=True, slots=True)
class Sentence:
    index: int
    start: int
    end: int
    paragraph: int


def split_sentences(view: str) -> list[Sentence]:
    """Sentences as view ranges, each with the index of its paragraph (line)."""
    sentences: list[Sentence] = []
    start = 0
    paragraph = 0
    for boundary in _BOUNDARY.finditer(view):
        end = boundary.start()
        if view[start:end].strip():
            sentences.append(Sentence(len(sentences), start, boundary.end(), paragraph))
        if "\n" in boundary.group():
            paragraph += 1
        start = boundary.end()
    if view[start:].strip():
        sentences.append(Sentence(len(sentences), start, len(view), paragraph))
    return sentences
