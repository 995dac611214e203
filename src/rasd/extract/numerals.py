"""Reading a number as Arabic news writes it: digits (Western or Eastern, with thousands
separators), number words (ثلاثة، خمسة وعشرين، ثلاث مئة, with clitics) and vague counts
(عدد من، عشرات). `rasd.extract.numbers` finds the counts of a report with these; the date
reader uses them for day numbers and durations. The words live in `data/numbers.toml`.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

import ahocorasick
import regex

from rasd.text.normalize import fold
from rasd.text.windows import PhraseWindows

# ---------------------------------------------------------------------------------------------
# Data loading

_LETTERS = r"\p{L}"
_TOKEN = regex.compile(r"[0-9]+(?:[.,][0-9]+)*|\p{L}+")
_LETTER_RUN = regex.compile(r"\p{L}+")
_CLITICS = "وبلف"


def _data_text(name: str) -> str:
    return resources.files("rasd").joinpath("data", name).read_text(encoding="utf-8")


def _folded_map(table: Mapping[str, int]) -> dict[str, int]:
    return {fold(k): int(v) for k, v in table.items()}


@dataclass(frozen=True)
class _NumberData:
    words: dict[str, dict[str, int]]  # folded word → {kind: value}
    no_article: frozenset[str]
    vague: dict[str, int]
    modifiers_before: tuple[str, ...]
    modifiers_after: tuple[str, ...]
    after_window: int
    units_after: tuple[str, ...]
    words_before: frozenset[str]
    named_by_number: frozenset[str]
    street_nouns: frozenset[str]
    year_min: int
    year_max: int
    befell_after: frozenset[str]  # [one_victim]: see numbers.toml
    befalling_before: frozenset[str]
    befalling_verbs: frozenset[str]
    not_one_before: frozenset[str]
    mourning: frozenset[str]
    gloss_openers: frozenset[str]
    introducers: frozenset[str]


@cache
def _numbers() -> _NumberData:
    """Load numbers.toml once, folded like the text it will be matched against."""
    raw = tomllib.loads(_data_text("numbers.toml"))
    words: dict[str, dict[str, int]] = {}

    def add(kind: str, table: Mapping[str, int]) -> None:
        for word, value in _folded_map(table).items():
            words.setdefault(word, {})[kind] = value

    add("unit", raw["units"])
    add("compound", raw["compound_only"])
    add("teen", {w: 10 for w in raw["teen"]["words"]})
    add("alone10", raw["teen"].get("alone", {}))
    add("tens", raw["tens"])
    add("hundred_mult", {w: 100 for w in raw["hundred"]["words"]})
    add("hundreds", raw["hundreds"])
    add("scale", raw["scales"])
    add("scale_full", raw["scale_duals"])
    mods = raw["modifiers"]
    not_counts = raw["not_counts"]
    return _NumberData(
        words=words,
        no_article=frozenset(fold(w) for w in raw["no_article"]["words"]),
        vague=_folded_map(raw["vague"]),
        modifiers_before=tuple(fold(m) for m in mods["before"]),
        modifiers_after=tuple(fold(m) for m in mods["after"]),
        after_window=int(mods.get("after_window", 3)),
        units_after=tuple(fold(u) for u in not_counts["units_after"]),
        words_before=frozenset(fold(w) for w in not_counts["words_before"]),
        named_by_number=frozenset(fold(w) for w in not_counts["named_by_number"]),
        street_nouns=frozenset(fold(w) for w in not_counts["street_nouns"]),
        year_min=int(not_counts["year_min"]),
        year_max=int(not_counts["year_max"]),
        befell_after=frozenset(fold(w) for w in raw["one_victim"]["befell_after"]),
        befalling_before=frozenset(fold(w) for w in raw["one_victim"]["befalling_before"]),
        befalling_verbs=frozenset(fold(w) for w in raw["one_victim"]["befalling_verbs"]),
        not_one_before=frozenset(fold(w) for w in raw["one_victim"]["not_one_before"]),
        mourning=frozenset(fold(w) for w in raw["one_victim"]["mourning"]),
        gloss_openers=frozenset(fold(w) for w in raw["one_victim"]["gloss_openers"]),
        introducers=frozenset(fold(w) for w in raw["one_victim"]["introducers"]),
    )


def _alternation(phrases: Iterable[str]) -> str:
    """A regex alternation of phrases, longest first, spaces matching any inline whitespace."""
    ordered = sorted(set(phrases), key=len, reverse=True)
    return "|".join(r"[^\S\n]+".join(regex.escape(w) for w in p.split()) for p in ordered)


@cache
def _vague_windows() -> PhraseWindows:
    """Vague counts are found only where one of their words stands."""
    vague = _numbers().vague
    anchors = {"vague": [max(p.split(), key=len) for p in vague]}
    return PhraseWindows(anchors, "".join(vague), prefixes=_CLITICS)


@cache
def _patterns() -> dict[str, regex.Pattern[str]]:
    data = _numbers()
    units = _alternation(u for u in data.units_after if any(c.isalpha() for c in u))
    symbols = "".join(regex.escape(u) for u in data.units_after if not any(c.isalpha() for c in u))
    return {
        "vague": regex.compile(
            rf"(?<![{_LETTERS}0-9])(?P<cl>[{_CLITICS}])?(?P<q>{_alternation(data.vague)})"
            rf"(?![{_LETTERS}0-9])"
        ),
        "modifier": regex.compile(
            rf"(?<![{_LETTERS}0-9])(?P<cl>[{_CLITICS}])?(?:{_alternation(data.modifiers_before)})"
            r"[^\S\n]*$"
        ),
        "after": regex.compile(
            rf"[^\S\n]*(?:[^\s,.;:!?()]+[^\S\n]+){{0,{data.after_window}}}"
            rf"(?:{_alternation(data.modifiers_after)})(?![{_LETTERS}])"
        ),
        "unit_after": regex.compile(
            rf"(?:[^\S\n]*(?:{units})(?![{_LETTERS}])|[^\S\n]*[{symbols}])"
        ),
        "range_tail": regex.compile(r"^[^\S\n]*و[^\S\n]*$"),
    }


# ---------------------------------------------------------------------------------------------
# Number words


@dataclass(frozen=True)
class _Token:
    start: int
    end: int
    text: str


# Tokens are what `_TOKEN.finditer` cuts a view into: runs of letters, and digit groups
# (`1,200`, `2.5`). The helpers below find a token's neighbours without cutting the whole view.


def _next_token(view: str, end: int) -> _Token | None:
    """The token after the one ending at `end`, when only spaces (no line break) lie between."""
    if end >= len(view) or view[end] == "\n" or not view[end].isspace():
        return None
    m = _TOKEN.search(view, end)
    if m is None:
        return None
    gap = view[end : m.start()]
    if not gap.isspace() or "\n" in gap:
        return None
    return _Token(m.start(), m.end(), m.group())


def _prev_token(view: str, start: int) -> _Token | None:
    """The token before the one starting at `start`, when only spaces (no line break) lie
    between."""
    end = start
    while end > 0 and view[end - 1].isspace():
        end -= 1
    if end == start or end == 0 or "\n" in view[end:start]:
        return None
    last = view[end - 1]
    if last.isalpha():
        begin = end - 1
        while begin > 0 and view[begin - 1].isalpha():
            begin -= 1
        return _Token(begin, end, view[begin:end])
    if not last.isdecimal():
        return None  # punctuation before the spaces: not an inline neighbour
    # a digit group: cut the run of digits, dots and commas it sits in as the view is cut
    begin = end - 1
    while begin > 0 and (view[begin - 1].isdecimal() or view[begin - 1] in ".,"):
        begin -= 1
    token = None
    for m in _TOKEN.finditer(view, begin, end):
        token = m
    if token is None or token.end() != end:
        return None
    return _Token(token.start(), token.end(), token.group())


def _token_at(view: str, start: int) -> _Token:
    """The token that starts at `start` (a letter-run start or a digit group start)."""
    m = _TOKEN.match(view, start)
    assert m is not None
    return _Token(m.start(), m.end(), m.group())


def _lookup_first(word: str) -> tuple[int, dict[str, int]] | None:
    """Read a phrase-initial word: (letters of clitic/article to skip, its number kinds)."""
    data = _numbers()
    if word in data.words:
        return 0, data.words[word]
    candidates: list[tuple[int, str, bool]] = []
    for skip in (1, 0):
        if skip and (len(word) < 2 or word[0] not in _CLITICS):
            continue
        rest = word[skip:]
        if rest.startswith("ال"):
            candidates.append((skip + 2, rest[2:], True))
        elif skip and word[0] == "ل" and rest.startswith("ل"):  # ل + ال → لل
            candidates.append((skip + 1, rest[1:], True))
        if skip:
            candidates.append((skip, rest, False))
    for offset, stem, article in candidates:
        kinds = data.words.get(stem)
        if not kinds or (article and stem in data.no_article):
            continue
        # a lone clitic before a three-letter word is too often another word (لست، فست);
        # the conjunction is not (`وستة شهداء`, `وست نساء`)
        if not article and offset and len(stem) < 4 and (word[0] != "و" or len(stem) < 3):
            continue
        return offset, kinds
    return None


def _lookup_joined(word: str) -> dict[str, int] | None:
    """Read a word that continues a number after و (`وعشرين`, `والعشرين`)."""
    if len(word) < 3 or word[0] != "و":
        return None
    rest = word[1:]
    words = _numbers().words
    if rest in words:
        return words[rest]
    if rest.startswith("ال"):
        return words.get(rest[2:])
    return None


_State = tuple[int, int, int, str]  # total, hundreds, below-hundred, last component


def _step(state: _State | None, kinds: Mapping[str, int], joined: bool) -> _State | None:
    """One step of the number grammar: Arabic writes units before tens, bigger groups first."""
    if state is None:
        for kind in ("unit", "tens", "hundreds", "scale", "scale_full", "compound", "alone10"):
            if kind in kinds:
                value = kinds[kind]
                if kind in ("scale", "scale_full"):
                    return value, 0, 0, "scale"
                if kind == "hundreds":
                    return 0, value, 0, "hundred"
                last = {"alone10": "ten", "unit": "unit" if value < 10 else "ten"}.get(kind, kind)
                return 0, 0, value, last
        return None
    total, hund, sub, last = state
    if not joined:
        if last in ("unit", "compound") and sub < 10 and "teen" in kinds:
            return total, hund, sub + 10, "teen"
        if last == "unit" and 3 <= sub <= 9 and hund == 0 and "hundred_mult" in kinds:
            return total, sub * 100, 0, "hundred"
        if last not in ("compound", "scale") and total == 0 and "scale" in kinds:
            return (hund + sub) * kinds["scale"], 0, 0, "scale"
        return None
    if last == "unit" and sub < 10 and "tens" in kinds:
        return total, hund, sub + kinds["tens"], "tens"
    if (last == "hundred" and sub == 0) or (last == "scale" and hund == 0 and sub == 0):
        for kind in ("unit", "tens", "compound", "alone10"):
            if kind in kinds:
                value = kinds[kind]
                name = "ten" if kind == "alone10" or value == 10 else kind
                return total, hund, value, name
        if last == "scale" and "hundreds" in kinds:
            return total, kinds["hundreds"], 0, "hundred"
    return None


@cache
def _stems() -> Any:
    """An Aho-Corasick automaton of the number words, to find where they can stand at all."""
    automaton: Any = ahocorasick.Automaton()
    for word in _numbers().words:
        if word.isalpha():
            automaton.add_word(word, len(word))
    if len(automaton):
        automaton.make_automaton()
    return automaton


_MAX_PREFIX = 3  # the most letters `_lookup_first` strips: clitic + ال


def _first_words(view: str) -> Iterator[tuple[_Token, int, dict[str, int]]]:
    """Letter tokens that `_lookup_first` reads as a number word, in text order."""
    automaton = _stems()
    if not len(automaton):
        return
    last_start = -1
    for last, length in automaton.iter(view):
        end = last + 1
        if end < len(view) and view[end].isalpha():
            continue
        start = end - length
        floor = max(0, start - _MAX_PREFIX)
        while start > floor and view[start - 1].isalpha():
            start -= 1
        if (start > 0 and view[start - 1].isalpha()) or start == last_start:
            continue
        last_start = start
        first = _lookup_first(view[start:end])
        if first is not None:
            yield _Token(start, end, view[start:end]), first[0], first[1]


def _word_numbers(view: str) -> list[tuple[int, int, int]]:
    """Every maximal number-word phrase as (start, end, value)."""
    words = _numbers().words
    found: list[tuple[int, int, int]] = []
    done = -1  # end of the last phrase: its words open no other
    for tok, offset, kinds in _first_words(view):
        if tok.start < done:
            continue
        state = _step(None, kinds, joined=False)
        if state is None:
            continue
        best: tuple[int, int] | None = None  # (value, end of last word)
        if state[3] != "compound":
            best = (sum(state[:3]), tok.end)
        nxt = _next_token(view, tok.end)
        while nxt is not None:
            plain_kinds = words.get(nxt.text)
            new = None
            if plain_kinds:
                new = _step(state, plain_kinds, joined=False)
            if new is None:
                joined_kinds = _lookup_joined(nxt.text)
                if joined_kinds:
                    new = _step(state, joined_kinds, joined=True)
            if new is None:
                break
            state = new
            if state[3] != "compound":
                best = (sum(state[:3]), nxt.end)
            nxt = _next_token(view, nxt.end)
        if best is not None:
            found.append((tok.start + offset, best[1], best[0]))
            done = best[1]
    return found


@cache
def number_words() -> frozenset[str]:
    """Folded words that can open a small number (ثلاثة، عشرين، أحد), for patterns elsewhere."""
    opening = {"unit", "tens", "alone10", "compound"}
    return frozenset(w for w, kinds in _numbers().words.items() if kinds.keys() & opening)


# The most digits a count can have: a billion is already no count of people or strikes, and
# Python refuses to read integers of more than 4,300 digits.
MAX_COUNT_DIGITS = 12
_WHOLE_DIGITS = regex.compile(r"[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+")


def parse_number(phrase: str) -> int | None:
    """The value of a folded phrase that is wholly one number (`5`, `خمسة وعشرين`), else None.

    For other modules (durations in dates) that need a number without a full scan.
    """
    phrase = phrase.strip()
    if _WHOLE_DIGITS.fullmatch(phrase):
        digits = phrase.replace(",", "")
        return int(digits) if len(digits) <= MAX_COUNT_DIGITS else None
    found = _word_numbers(phrase)
    if len(found) == 1 and found[0][0] == 0 and found[0][1] == len(phrase):
        return found[0][2]
    return None


# ---------------------------------------------------------------------------------------------
# Digits


_DATE_LIKE = re.compile(  # stdlib, a digit looked for first: as `_DIGITS` below
    r"(?=[0-9])(?:[0-9]{1,4}[/.\-][0-9]{1,2}[/.\-][0-9]{1,4}|[0-9]{1,2}:[0-9]{2})")
# The standard library's engine, told to look for a digit first, scans a report for these
# several times faster than `regex`; the pattern has ASCII classes only, where both agree.
_DIGITS = re.compile(
    r"(?=[0-9])(?<![0-9.,])(?:[0-9]{1,3}(?:,[0-9]{3})+(?![0-9])|[0-9]+(?:\.[0-9]+)?(?![0-9]))")


def _names_by_number(word: str, nouns: frozenset[str]) -> bool:
    """Is `word` one of `nouns` (`الفرقة`), maybe behind و/ف and ب/ل (`وللفرقة`)?"""
    if word[:1] in ("و", "ف") and word[1:] not in nouns:
        word = word[1:]
    if word.startswith("لل"):
        word = "ا" + word[1:]  # `للفرقة` is ل + `الفرقة`
    elif word[:1] in ("ب", "ل") and word not in nouns:
        word = word[1:]
    return word in nouns


def _digit_numbers(view: str) -> list[tuple[int, int, int]]:
    """Digit counts, leaving out dates, years, times, calibres, distances and percentages."""
    data = _numbers()
    pats = _patterns()
    blocked = [m.span() for m in _DATE_LIKE.finditer(view)]
    found: list[tuple[int, int, int]] = []
    for m in _DIGITS.finditer(view):
        start, end = m.span()
        if any(a <= start < b for a, b in blocked):
            continue
        text = m.group()
        if len(text) > 1 and text[0] == "0":  # clock times and codes (01,00)
            continue
        if start > 1 and view[start - 1] == "-" and view[start - 2].isalpha():  # اف-16
            continue
        if end < len(view) and view[end].isalpha():  # glued unit or marker: 23مم، 2015م
            continue
        # a lone clitic may be glued (ب20); the article marks an ordinal (الـ12)
        lone_clitic = view[start - 1 : start] in tuple(_CLITICS) and (
            start < 2 or not view[start - 2].isalpha()
        )
        if start > 0 and view[start - 1].isalpha() and not lone_clitic:
            continue
        if pats["unit_after"].match(view, end):
            continue
        if len(text.split(".")[0].replace(",", "")) > MAX_COUNT_DIGITS:
            continue  # a code, a phone number or junk: no count of people or strikes
        if "." in text:
            value_f = float(text)
            value = None
        else:
            value_f = None
            value = int(text.replace(",", ""))
            if "," not in text and len(text) == 4 and data.year_min <= value <= data.year_max:
                continue
        # the lookbehind of _DIGITS makes `start` the start of a digit token
        prev, nxt = _prev_token(view, start), _next_token(view, _token_at(view, start).end)
        if prev is not None and (prev.text in data.words_before
                                 or _names_by_number(prev.text, data.named_by_number)):
            continue
        if nxt is not None:
            scale = data.words.get(nxt.text, {}).get("scale")
            if scale:
                base = value_f if value_f is not None else value
                found.append((start, nxt.end, int(round((base or 0) * scale))))
                continue
        if value is None:  # a decimal that is no count (2.5 كم)
            continue
        found.append((start, end, value))
    return found


# ---------------------------------------------------------------------------------------------
# Quantities


def _select(candidates: list[tuple[int, int, int, bool]]) -> list[tuple[int, int, int, bool]]:
    """Non-overlapping candidates, longest first."""
    chosen: list[tuple[int, int, int, bool]] = []
    taken = bytearray(max((c[1] for c in candidates), default=0) + 1)
    for cand in sorted(candidates, key=lambda c: (-(c[1] - c[0]), c[0])):
        if not any(taken[cand[0]:cand[1]]):
            chosen.append(cand)
            taken[cand[0]:cand[1]] = b"\1" * (cand[1] - cand[0])
    return sorted(chosen)

