"""Matching keys for place names.

Sources and reports spell one village many ways: `كفر زيتا` / `كفرزيتا`, `باتنتا` / `باتنته`,
`الجبين` / `جبين`, `البيضاء` / `البيضا`. A key collapses those differences so a lookup is one
dict access, while the original spelling stays in the gazetteer for display.
"""

from __future__ import annotations

import tomllib
from functools import lru_cache
from importlib import resources

import regex

from rasd.text.normalize import fold

# Anything that is not a letter or a digit separates words (spaces, hyphens, dots, quotes).
_NON_WORD = regex.compile(r"[^\p{L}\p{N}]+")


def _words(name: str) -> list[str]:
    return [w for w in _NON_WORD.split(fold(name)) if w]


def _fold_ending(word: str) -> str:
    """Fold a word-final alef (or alef + hamza) onto ه: colloquial and official spellings
    of final -a disagree (`باتنتا` / `باتنتة`, `البيضا` / `البيضاء`). Two-letter words are
    left alone, or `لا` would meet `له`."""
    if len(word) > 3 and word.endswith("اء"):
        return word[:-2] + "ه"
    if len(word) > 2 and word.endswith("ا"):
        return word[:-1] + "ه"
    return word


def _key_from_words(words: list[str]) -> str:
    if not words:
        return ""
    first = words[0]
    # the article is dropped only at the start of the whole name (`الجبين` = `جبين`), never
    # inside it; and only before three letters or more, or `الله` would become `له`
    if first.startswith("ال") and len(first) >= 5:
        words = [first[2:], *words[1:]]
    return "".join(_fold_ending(w) for w in words)


@lru_cache(maxsize=65536)  # the places stage asks for the keys of the same names many times
def place_key(name: str) -> str:
    """The matching key of a place name: folded, leading article dropped, no spaces or
    punctuation, word-final alef folded to ه."""
    return _key_from_words(_words(name))


def _read_word_list(filename: str) -> list[str]:
    text = resources.files("rasd.data").joinpath(filename).read_text(encoding="utf-8")
    lines = (line.split("#", 1)[0].strip() for line in text.splitlines())
    return [line for line in lines if line]


@lru_cache(maxsize=1)
def _prefix_spellings() -> dict[str, tuple[str, ...]]:
    """Folded generic first word → its other spellings (from place_prefixes.txt)."""
    table: dict[str, tuple[str, ...]] = {}
    for line in _read_word_list("place_prefixes.txt"):
        forms = [fold(part) for part in line.split("|") if part.strip()]
        for form in forms:
            table[form] = tuple(f for f in forms if f != form)
    return table


@lru_cache(maxsize=1)
def _place_words() -> dict[str, list[str]]:
    """The lists of place_words.toml that the gazetteer's keys need, read once."""
    text = resources.files("rasd.data").joinpath("place_words.toml").read_text(
        encoding="utf-8")
    return tomllib.loads(text)


@lru_cache(maxsize=1)
def name_adjectives() -> frozenset[str]:
    """Folded adjectives that end a name without their article (`كبير`, `شرقي`), from
    `name_adjectives` in place_words.toml."""
    words = _place_words()["name_adjectives"]
    return frozenset(fold(w).removeprefix("ال") for w in words if w.startswith("ال"))


@lru_cache(maxsize=1)
def side_adjectives() -> frozenset[str]:
    """Folded words of a village's side that end an OCHA name (`تل الورد غربي`), from
    `side_adjectives` in place_words.toml."""
    return frozenset(fold(w) for w in _place_words()["side_adjectives"])


@lru_cache(maxsize=1)
def man_name_heads() -> frozenset[str]:
    """Folded first words of a man's name (`عبد`), from `man_name_heads` in
    place_words.toml: a village's name made of one is no name to index without its side."""
    return frozenset(fold(w) for w in _place_words()["man_name_heads"])


@lru_cache(maxsize=1)
def place_prefixes() -> frozenset[str]:
    """Folded generic first words of Syrian place names (دير، كفر، تل، عين ...): a resolver
    can use them to tell a generic head from the distinctive part of a name."""
    return frozenset(_prefix_spellings())


@lru_cache(maxsize=1)
def generic_leading_words() -> frozenset[str]:
    """Folded words some sources put before a name (قرية، مدينة، ناحية ...)."""
    return frozenset(fold(w) for w in _read_word_list("place_generic_words.txt"))


def key_variants(name: str) -> set[str]:
    """Every key a name is indexed under: its own key, the key without a generic leading
    word (`مدينة دمشق` → `دمشق`), and keys with other spellings of a generic first word
    (`بئر` / `بير`). Keys shorter than two letters are left out: they match noise."""
    return set(_key_variants(name))


@lru_cache(maxsize=65536)
def _key_variants(name: str) -> frozenset[str]:
    words = _words(name)
    if not words:
        return frozenset()
    forms = [words]
    if len(words) > 1 and words[0] in generic_leading_words():
        forms.append(words[1:])
    spellings = _prefix_spellings()
    for form in list(forms):
        for other in spellings.get(form[0], ()):
            forms.append([other, *form[1:]])
    adjectives = name_adjectives()
    for form in list(forms):
        # `عرب حسن كبير` (OCHA) is written `عرب حسن الكبير`, and the other way round
        last = form[-1]
        if len(form) > 1 and last in adjectives:
            forms.append([*form[:-1], "ال" + last])
        elif len(form) > 1 and last.startswith("ال") and last[2:] in adjectives:
            forms.append([*form[:-1], last[2:]])
    keys = {_key_from_words(form) for form in forms}
    return frozenset(key for key in keys if len(key) >= 2)
