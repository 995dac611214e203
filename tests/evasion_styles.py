"""Rewrite Arabic text in the filter-evasion styles rasd.text.normalize undoes.

Shared by tests/test_hostile_text.py and benchmarks/evasion.py: each style is a function from
text to text that changes the spelling of words the way people write to slip past keyword
filters, and never the words themselves.

Styles that separate the letters of a word with a visible separator (spaces, dots, dashes,
underscores) rewrite every other word of three letters or more: a spelled-out word is set
between ordinary words, as evasion spells out the words a filter looks for, never a whole
sentence letter by letter (which no reader, and no rule, could cut back into words).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from functools import cache

import regex

# An Arabic word: letters of the Arabic block, each with its marks
_WORD = regex.compile(r"(?:[\u0621-\u063a\u0641-\u064a][\u064b-\u065f\u0670]*)+")
# A word already written to evade (a tatweel in it or beside it): left as the author wrote it
_EVADED = regex.compile(r"\u0640")
_LETTER_WITH_MARKS = regex.compile(r"[\u0621-\u063a\u0641-\u064a][\u064b-\u065f\u0670]*")
_ARABIC = r"[\u0621-\u063a\u0641-\u064a]"
_INSIDE_ALEF = regex.compile(rf"(?<={_ARABIC})\u0627(?={_ARABIC})")
_FINAL_HEH = regex.compile(r"(?<=[\u0621-\u063a\u0641-\u064a])\u0647(?![\p{L}\p{N}\p{M}])")


def _letters(word: str) -> list[str]:
    return _LETTER_WITH_MARKS.findall(word)


def _every_other_word(separator: str, whole_if_final_waw: bool = False
                      ) -> Callable[[str], str]:
    def rewrite(text: str) -> str:
        count = 0

        def spell(word: regex.Match[str]) -> str:
            nonlocal count
            letters = _letters(word.group())
            start, end = word.span()
            if len(letters) < 3 or _EVADED.search(text, max(0, start - 2), end + 2):
                return word.group()
            if whole_if_final_waw and letters[-1][0] == "و":
                return word.group()
            count += 1
            return separator.join(letters) if count % 2 else word.group()

        return _WORD.sub(spell, text)

    return rewrite


def _between_letters(marks: str) -> Callable[[str], str]:
    """Put invisible characters between the letters of every word, cycling through `marks`."""
    def rewrite(text: str) -> str:
        count = 0

        def fill(word: regex.Match[str]) -> str:
            nonlocal count
            out = []
            for letter in _letters(word.group()):
                if out:
                    out.append(marks[count % len(marks)])
                    count += 1
                out.append(letter)
            return "".join(out)

        return _WORD.sub(fill, text)

    return rewrite


_PERSIAN = str.maketrans({"ك": "ک", "ي": "ی", "ى": "ی"})


def persian(text: str) -> str:
    """Persian and Kurdish keyboards: ک for ك, ی for ي and ى, ە for a final ه, ۀ for ة."""
    text = _FINAL_HEH.sub("\u06d5", text.translate(_PERSIAN))
    return text.replace("ة", "\u06c0")


def homoglyphs(text: str) -> str:
    """Latin and digit look-alikes inside words: l for ا, o for a final ه."""
    return _FINAL_HEH.sub("o", _INSIDE_ALEF.sub("l", text))


@cache
def _forms() -> dict[str, dict[str, str]]:
    """Arabic letter → {isolated, final, initial, medial} presentation forms (Unicode data)."""
    forms: dict[str, dict[str, str]] = {}
    for code in list(range(0xFE70, 0xFEFD)):
        decomposition = unicodedata.decomposition(chr(code)).split()
        if len(decomposition) == 2 and decomposition[0].strip("<>") in (
                "isolated", "final", "initial", "medial"):
            base = chr(int(decomposition[1], 16))
            forms.setdefault(base, {})[decomposition[0].strip("<>")] = chr(code)
    return forms


@cache
def _lam_alef() -> dict[str, dict[str, str]]:
    """ل + an alef form → {isolated, final} ligatures."""
    ligatures: dict[str, dict[str, str]] = {}
    for code in range(0xFEF5, 0xFEFD):
        tag, *parts = unicodedata.decomposition(chr(code)).split()
        alef = chr(int(parts[1], 16))
        ligatures.setdefault(alef, {})[tag.strip("<>")] = chr(code)
    return ligatures


def presentation_forms(text: str) -> str:
    """Each letter written as its contextual presentation form (ﺑ ﺒ ﺐ), لا as the ligature ﻻ:
    what text copied out of some PDFs and old rendering engines looks like."""
    forms, ligatures = _forms(), _lam_alef()

    def shape(word: regex.Match[str]) -> str:
        letters = _letters(word.group())
        out = []
        i = 0
        while i < len(letters):
            letter, marks = letters[i][0], letters[i][1:]
            joins_before = i > 0 and "medial" in forms.get(letters[i - 1][0], {})
            if letter == "ل" and not marks and i + 1 < len(letters) and \
                    letters[i + 1][0] in ligatures:
                ligature = ligatures[letters[i + 1][0]]
                out.append(ligature["final" if joins_before else "isolated"]
                           + letters[i + 1][1:])
                i += 2
                continue
            joins_after = i + 1 < len(letters) and "medial" in forms.get(letter, {})
            kind = {(True, True): "medial", (True, False): "final",
                    (False, True): "initial", (False, False): "isolated"}[
                (joins_before, joins_after)]
            table = forms.get(letter, {})
            out.append(table.get(kind) or table.get("isolated") or letter)
            out.append(marks)
            i += 1
        return "".join(out)

    return _WORD.sub(shape, text)


def tatweel_dots(text: str) -> str:
    """The founding report's style: a tatweel and a dot after the second letter (قصـ.ف)."""
    def cut(word: regex.Match[str]) -> str:
        letters = _letters(word.group())
        if len(letters) < 4:
            return word.group()
        return "".join(letters[:2]) + "\u0640." + "".join(letters[2:])

    return _WORD.sub(cut, text)


# Spelled with spaces, a word ending in و (`ا ل ج و التركي`) cannot be told from a word and
# the conjunction written apart (`ب ا ب و ل ي ن و معرة`); rasd reads the conjunction. This
# variant leaves such words whole, for tests that want one reading only.
SPACES_UNAMBIGUOUS = _every_other_word(" ", whole_if_final_waw=True)

STYLES: dict[str, Callable[[str], str]] = {
    "spaces": _every_other_word(" "),
    "dots": _every_other_word("."),
    "dashes": _every_other_word("-"),
    "underscores": _every_other_word("_"),
    "spaced-dots": _every_other_word(" . "),
    "zero-width": _between_letters("\u200c\u200d\u200b"),
    "format-chars": _between_letters("\u200e\u200f\u061c\u00ad\u2060\u2066\u2069"),
    "persian": persian,
    "presentation-forms": presentation_forms,
    "homoglyphs": homoglyphs,
    "tatweel-dots": tatweel_dots,
}
