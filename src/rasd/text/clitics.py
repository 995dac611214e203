"""A word without the clitics Arabic writes onto its front, for search: the article, the
conjunctions and the one-letter prepositions (`والقصف`, `بالقصف`, `للقصف`, `فبقصف` → `قصف`).

These are the pieces of the matcher's `CLITIC_PREFIXES` (conjunction, preposition, article),
taken off one at a time, so stacked clitics and a word that itself begins with one of their
letters end the same way whatever stands before them: `بلده`, `البلده` and `وللبلده` all
become `لده`. That stub is what an index and a query both hold, so they agree; it is no
dictionary form. A piece goes only while three letters or more are left (an Arabic root has
three), so short words are not worn down to stubs that would merge unrelated words.

Apply it to text `rasd.text.normalize` has folded (hamza forms, ta marbuta, alef maqsura,
tatweel and diacritics made one).
"""

from __future__ import annotations

__all__ = ["PROCLITICS", "bare_word"]

# Longest first: the article before the one-letter clitics (`لل` is ل then the article
# without its alef, and comes off as ل, ل).
PROCLITICS = ("ال", "و", "ف", "ب", "ل", "ك")
MIN_LEFT = 3


def bare_word(word: str, min_left: int = MIN_LEFT) -> str:
    """`word` without its leading clitics, never shorter than `min_left` letters."""
    while True:
        for piece in PROCLITICS:
            if word.startswith(piece) and len(word) - len(piece) >= min_left:
                word = word[len(piece):]
                break
        else:
            return word
