"""A normalised view of Arabic text for matching, with a map back to the original.

The original text is the truth; the normalised view sits beside it (like spaCy's
`Token.norm_`). Every character of the view remembers which original character it came
from, so a match in the view becomes a span of the original. The view is built in steps, each
of which only drops characters or rewrites one character as one or more others, so the map
stays exact; normalising a view again changes nothing.

1. **Characters.** Dropped: diacritics and every other combining mark, format characters
   (zero-width joiners and non-joiners, bidi controls, soft hyphen, BOM, Arabic letter mark)
   and control characters. Rewritten: alef/hamza forms (أ إ آ ٱ → ا), ة → ه, ى → ي; the
   look-alike letters of `data/lookalikes.csv` that are letters of Persian, Urdu or Kurdish
   (ک ی ە ۀ → ك ي ه ه); presentation forms and other compatibility characters by NFKC, where
   that is safe: Arabic presentation forms (ﻻ → لا, ﺑ → ب), Arabic mathematical letters,
   full-width and mathematical Latin letters and digits; a letter and a following hamza or
   madda mark are composed (ي + ٔ → ئ); decimal digits of every script become ASCII digits;
   Arabic comma, semicolon and question mark, and curly quotes, become ASCII; letters become
   lower case; every kind of space becomes a space and every kind of line break a newline.
2. **Tatweel.** The stretching stroke is dropped. Filter-evasion spellings with a separator
   inside a word (`قصـ.فها` → `قصفها`) are undone by a principled test, not a word list: a
   tatweel is a joining stroke that only ever sits between two letters of one word, so a run
   of tatweels and separators that holds a tatweel and has a letter straight on each side is
   a break inside a word; so is a space with a tatweel on each side (`استـ ـشهاد`). A bare dot
   between two words (`كيلومتر.وقال`) has no tatweel and is left alone.
3. **Whitespace.** A run of whitespace keeps one character: its first newline if it has one
   (so `\\r\\n` and ` \\n` still end a line), else its first space.
4. **Letters standing alone.** Arabic writes no word of one letter: the conjunctions and
   prepositions of one letter (و ف ب ل ك) are written joined to the next word. So a run of
   three or more Arabic letters that each stand alone, separated by one and the same
   separator (a space, or Latin punctuation such as `.` `-` `_` with or without spaces),
   is one word spelled out to slip past a filter: `ق ص ف`, `ق.ص.ف`, `ق-ص-ف` → `قصف`. The
   test never joins two real words, because a real word has two letters or more, and never
   joins the words of a sentence, because the separator must be the same all along the run
   (a second spelled-out word set apart by two spaces is a second word). Two letters alone
   are left as they are (`ق.م`, `أ.د`): too short to tell from an abbreviation. Initialisms of
   three letters (`أ ف ب`, `د ب أ`) listed in `data/initialisms.txt` stay apart. A
   one-letter proclitic at the end of a longer run belongs to what follows, since proclitics
   attach forward: و set apart by a space before a word (`... ي ن و معرة`: the conjunction
   written apart, more common than a word spelled with spaces that ends in و), or a clitic
   glued to an opening quote (`... ح لـ«الشرق»`).
5. **Look-alikes inside words.** The `inside` rows of `data/lookalikes.csv`: a Latin letter or
   a digit that looks like an Arabic letter (`l` and `1` like ا, `o` and `5` like ه) is read
   as that letter only where it stands inside an Arabic word (`دlعش` → `داعش`): between two
   Arabic letters, or, for a lone Latin letter, glued to an Arabic letter with no other
   letter or digit beside it. No Arabic word holds a Latin letter or a digit, so the test
   does not touch real text (`ب20`, `F16`, `اف-16` keep their digits).
6. **Hashtags.** Social-media copy tags names (`#دوما`, `#جيش_الإسلام`): the `#` before an
   Arabic letter is dropped (with step 2's drops), and a `_` between two Arabic letters reads
   as a space (one for one). Step 2 has already joined the underscores that break a word.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from array import array
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources

import regex

from rasd.errors import RasdError

__all__ = ["TATWEEL", "NormalizedText", "fold", "normalize"]

TATWEEL = "\u0640"
# Letters of the Arabic script, not the tatweel (a letter to Unicode). Presentation forms and
# mathematical letters are not listed: step 1 reads them as the letters they show.
_LETTER = (r"[\u0620-\u063f\u0641-\u064a\u066e\u066f\u0671-\u06d3\u06d5\u06e5\u06e6"
           r"\u06ee\u06ef\u06fa-\u06fc\u06ff\u0750-\u077f\u0870-\u0887\u0889-\u088f"
           r"\u08a0-\u08c9\U00010ec2-\U00010ec7\U00010ed9-\U00010eee]")
_ALONE = r"(?![\p{L}\p{N}])"
_NOT_AFTER_WORD = r"(?<![\p{L}\p{N}])"
# Separators seen inside evasion spellings with a tatweel: dots, dashes, underscores, stars,
# bullets.
_SEPARATORS = r".\-_*•·\u2022\u2027\u00b7\u06d4"
# Latin punctuation that may separate letters spelled out one by one (step 4); not the comma
# and colon, which separate list items (`أ، ب، ج`).
_LETTER_SEPARATORS = r".\-_*•·\u2022\u2027\u00b7/\\|+~"

# The core folds for matching (step 1); look-alike letters come from data/lookalikes.csv.
_FOLD = {
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا",
    "ة": "ه", "ى": "ي",
    "٫": ".", "٬": ",", "،": ",", "؛": ";", "؟": "?",
    "«": '"', "»": '"', "“": '"', "”": '"', "„": '"',
    "\u0130": "i",  # the one character whose lower case is two characters
}
# Line breaks as Python's str.splitlines reads them, except \r (CRLF keeps one break)
_LINE_BREAKS = "\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
# Marks and symbols of Quranic annotation dropped like diacritics, beside every combining mark
# and format character.
_DROPPED = (r"\p{Mn}\p{Me}\p{Cf}\u06de\u06e5\u06e6\u06e9"
            r"\x00-\x08\x0e-\x1b\x7f-\x84\x86-\x9f")
# Blocks whose compatibility characters are safe to read by NFKC: Arabic presentation forms
# A and B, Arabic mathematical letters, full-width forms, mathematical letters and digits.
_NFKC_BLOCKS = ((0xFB50, 0xFDFF), (0xFE70, 0xFEFF), (0xFF00, 0xFFEF), (0x1D400, 0x1D7FF),
                (0x1EE00, 0x1EEFF))
# A letter and a hamza or madda mark written as two characters: composed as NFC does.
_COMPOSABLE = "\u0627\u0648\u064a\u06d5\u06d2"
_COMPOSING_MARKS = "\u0653-\u0655"


@dataclass(frozen=True)
class _Tables:
    """What step 1 and step 5 know, compiled once from the code above and the data files."""

    table: dict[int, str]  # one character → its view text (one character or more)
    special: regex.Pattern[str]  # characters not rewritten one-for-one
    dropped: regex.Pattern[str]  # runs of characters the view leaves out
    uneven: re.Pattern[str]  # what needs the slow path: expansions, hamza and madda marks
    inside: regex.Pattern[str]  # step 5: look-alikes inside an Arabic word
    inside_table: dict[str, str]
    initialisms: frozenset[str]
    # the characters `table` changes, and those whose view text holds no such character: a
    # text with few of the latter is rewritten by `str.replace`, one character each
    changed: frozenset[str] = frozenset()
    replaceable: frozenset[str] = frozenset()


def _data_text(name: str) -> str:
    return resources.files("rasd").joinpath("data", name).read_text(encoding="utf-8")


def _lookalikes() -> tuple[dict[str, str], dict[str, str]]:
    """The rows of lookalikes.csv: (always, inside) tables of character → Arabic letter."""
    lines = [(n, line) for n, line in enumerate(_data_text("lookalikes.csv").splitlines(), 1)
             if line.strip() and not line.lstrip().startswith("#")]
    always: dict[str, str] = {}
    inside: dict[str, str] = {}
    for (number, _), row in zip(lines[1:], csv.DictReader(line for _, line in lines),
                                strict=True):
        where = f"lookalikes.csv:{number}"
        code = row.get("codepoint") or ""
        letter = row.get("reads_as") or ""
        try:
            char = chr(int(code.removeprefix("U+"), 16))
        except ValueError as error:
            raise RasdError(f"{where}: codepoint must be U+XXXX, not {code!r}") from error
        if row.get("char") != char:
            raise RasdError(f"{where}: char {row.get('char')!r} is not {code}")
        if len(letter) != 1 or not regex.fullmatch(_LETTER, letter):
            raise RasdError(f"{where}: reads_as must be one Arabic letter, not {letter!r}")
        kind = row.get("where")
        if kind not in ("always", "inside"):
            raise RasdError(f"{where}: where must be 'always' or 'inside', not {kind!r}")
        (always if kind == "always" else inside)[char] = letter
    return always, inside


def _one_to_one(char: str, base: dict[str, str]) -> str:
    """A character's view text under the base table: folded, lower case, whitespace made
    plain, decimal digits ASCII."""
    if char in base:
        return base[char]
    if char.isspace():
        return "\n" if char in _LINE_BREAKS else " "
    value = unicodedata.decimal(char, None)
    if value is not None:
        return str(value)
    return char.lower()


def _compatibility(char: str, base: dict[str, str], dropped: regex.Pattern[str]) -> str:
    """NFKC of a presentation form or other compatibility character, read like the text
    around it; an isolated diacritic form (`ﹰ`) reads as nothing."""
    decomposed = unicodedata.normalize("NFKC", char)
    kept = "".join(_one_to_one(c, base) for c in decomposed
                   if not dropped.match(c) and c != TATWEEL)
    return kept.strip()


@cache
def _tables() -> _Tables:
    always, inside = _lookalikes()
    base = dict(_FOLD)
    base.update({k: _FOLD.get(v, v) for k, v in always.items()})
    dropped = regex.compile(f"[{_DROPPED}]")
    table: dict[int, str] = {ord(k): v for k, v in base.items()}
    for char in {chr(c) for c in range(0x3001)} - set(base):
        if char.isspace() or unicodedata.decimal(char, None) is not None:
            table[ord(char)] = _one_to_one(char, base)
    uneven: list[str] = []
    for low, high in _NFKC_BLOCKS:
        for code in range(low, high + 1):
            char = chr(code)
            if unicodedata.category(char) in ("Cn", "Co", "Cs") or dropped.match(char):
                continue
            value = _compatibility(char, base, dropped)
            if value != char:
                table[code] = value
            if len(value) != 1:
                uneven.append(char)
    expanding = _char_class(uneven)
    pair = rf"[{_COMPOSABLE}][{_COMPOSING_MARKS}]"
    special = regex.compile(rf"(?P<pair>{pair})|[{_DROPPED}{expanding}]+")
    # step 5: Latin letters may stand alone beside one Arabic letter; digits need two
    glyphs = regex.escape("".join(inside))
    latin = regex.escape("".join(c for c in inside if c.isalpha()))
    parts = [rf"(?<={_LETTER})[{glyphs}]+(?={_LETTER})"]
    if latin:
        parts += [rf"(?<={_LETTER})[{latin}]{_ALONE}",
                  rf"{_NOT_AFTER_WORD}[{latin}](?={_LETTER})"]
    pattern = regex.compile("|".join(parts))
    changed = frozenset(chr(code) for code, value in table.items() if value != chr(code))
    replaceable = frozenset(char for char in changed
                            if not changed.intersection(table[ord(char)]))
    return _Tables(table, special, regex.compile(f"[{_DROPPED}]+"),
                   re.compile(f"[{expanding}{_COMPOSING_MARKS}]"), pattern, inside,
                   _initialisms(base), changed, replaceable)


def _char_class(chars: Iterable[str]) -> str:
    """The inside of a character class holding these characters, as compact ranges."""
    codes = sorted({ord(c) for c in chars})
    ranges: list[list[int]] = []
    for code in codes:
        if ranges and ranges[-1][1] == code - 1:
            ranges[-1][1] = code
        else:
            ranges.append([code, code])
    return "".join(f"\\U{a:08x}-\\U{b:08x}" if a != b else f"\\U{a:08x}" for a, b in ranges)


def _initialisms(base: dict[str, str]) -> frozenset[str]:
    words = set()
    for line in _data_text("initialisms.txt").splitlines():
        letters = line.split("#", 1)[0].split()
        if letters:
            words.add("".join(_one_to_one(c, base) for c in "".join(letters)))
    return frozenset(words)


# --------------------------------------------------------------------------- steps

_Ranges = list[tuple[int, int]]


def _kept(length: int, dropped: Iterable[tuple[int, int]]) -> _Ranges:
    """The ranges of [0, length) left once the given (sorted, disjoint) ranges are dropped."""
    kept: _Ranges = []
    position = 0
    for start, end in dropped:
        if start > position:
            kept.append((position, start))
        position = max(position, end)
    if position < length:
        kept.append((position, length))
    return kept


def _apply(text: str, offsets: array | None, kept: _Ranges) -> tuple[str, array]:
    """Keep the given ranges of `text`, carrying the offset map (None: the identity)."""
    out = array("I")
    for start, end in kept:
        if offsets is None:
            out.extend(range(start, end))
        else:
            out.extend(offsets[start:end])
    return "".join(text[start:end] for start, end in kept), out


# `str.translate` looks every character up in a table of thousands; a report holds a handful
# of the characters the table changes (hamza forms, ة, ى, Arabic digits), each replaced faster
# on its own, in C, when no replacement brings in another of them.
_REPLACE_AT_MOST = 24


def _translate(text: str, tables: _Tables) -> str:
    present = tables.changed.intersection(text)
    if len(present) > _REPLACE_AT_MOST or not present <= tables.replaceable:
        return text.translate(tables.table)
    for char in present:
        text = text.replace(char, tables.table[ord(char)])
    return text


def _characters(text: str) -> tuple[str, array | None]:
    """Step 1: drop marks and format characters, rewrite characters (see the module notes)."""
    tables = _tables()
    if tables.uneven.search(text) is None:
        if tables.dropped.search(text) is None:  # the common case: one character for one
            return _digits(_translate(text, tables)), None
        kept = _kept(len(text), [m.span() for m in tables.dropped.finditer(text)])
        view, offsets = _apply(text, None, kept)
        return _digits(_translate(view, tables)), offsets
    # rare: compatibility characters that expand, or a letter and a hamza mark to compose
    pieces: list[str] = []
    offsets = array("I")
    position = 0
    for found in tables.special.finditer(text):
        start, end = found.span()
        if start > position:
            pieces.append(text[position:start].translate(tables.table))
            offsets.extend(range(position, start))
        position = end
        if found.group("pair"):
            composed = unicodedata.normalize("NFC", found.group())
            pieces.append(composed.translate(tables.table)[:1])
            offsets.append(start)
            continue
        for index in range(start, end):
            value = tables.table.get(ord(text[index]))
            if value:  # an expanding compatibility character; marks map to nothing
                pieces.append(value)
                offsets.extend([index] * len(value))
    if position < len(text):
        pieces.append(text[position:].translate(tables.table))
        offsets.extend(range(position, len(text)))
    return _digits("".join(pieces)), offsets


# Decimal digits the table does not know (scripts Python's unicodedata is too old for):
# digits come in blocks of ten from zero, so the value is the place in the block.
_OTHER_DIGITS = regex.compile(r"[^\P{Nd}0-9]")


def _digits(text: str) -> str:
    if _OTHER_DIGITS.search(text) is None:
        return text
    return _OTHER_DIGITS.sub(lambda m: _digit_value(m.group()), text)


@lru_cache(maxsize=1024)
def _digit_value(char: str) -> str:
    value = unicodedata.decimal(char, None)
    if value is not None:
        return str(value)
    code = ord(char)
    while code > 0 and regex.match(r"\p{Nd}", chr(code - 1)):
        code -= 1
    return str((ord(char) - code) % 10)


_TATWEEL_RUN = regex.compile(
    # (a space held between tatweels, `استـ ـشهاد`, is inside the word too: a tatweel joins
    # to a letter after it, and one before a space joins to none)
    rf"(?<={_LETTER}){TATWEEL}++[{_SEPARATORS}]{{0,3}}+ [{_SEPARATORS}]{{0,3}}+{TATWEEL}++"
    rf"(?={_LETTER})"
    rf"|(?<={_LETTER})(?=[{_SEPARATORS}]*+{TATWEEL})[{TATWEEL}{_SEPARATORS}]++(?={_LETTER})"
    rf"|{TATWEEL}+"
)
_SPACE_RUN = regex.compile(r"[ \n]{2,}")
_SEPARATOR = rf"(?: ?[{_LETTER_SEPARATORS}]++ ?| )"
# A cheap first look for two letters standing alone side by side (stdlib `re`, whose \\b
# reads letters and digits as the `regex` pattern below does, and `_` as a letter: a text with
# `_` is always scanned in full).
_SPELLED_HINT = re.compile(
    rf"\b{_LETTER}\b(?: ?[{_LETTER_SEPARATORS}]+ ?| ){_LETTER}\b")
_SPELLED = regex.compile(
    rf"{_NOT_AFTER_WORD}(?P<l>{_LETTER}){_ALONE}(?P<sep>{_SEPARATOR})(?P<l>{_LETTER}){_ALONE}"
    rf"(?:(?P=sep)(?P<l>{_LETTER}){_ALONE})++"
)


_HASHTAG = regex.compile(rf"#(?={_LETTER})")


def _tatweels(text: str) -> _Ranges | None:
    """Step 2: tatweels, with the separators of an evasion spelling they sit in."""
    if TATWEEL not in text:
        return None
    return _kept(len(text), (m.span() for m in _TATWEEL_RUN.finditer(text)))


def _spaces(text: str) -> _Ranges | None:
    """Step 3: a whitespace run keeps its first newline, else its first space."""
    dropped: _Ranges = []
    for run in _SPACE_RUN.finditer(text):
        start, end = run.span()
        keep = text.find("\n", start, end)
        keep = start if keep < 0 else keep
        dropped += [(start, keep), (keep + 1, end)]
    return _kept(len(text), ((s, e) for s, e in dropped if e > s)) if dropped else None


def _spelled_out(text: str) -> _Ranges | None:
    """Step 4: letters standing alone, three or more with one separator, make one word."""
    if "_" not in text and _SPELLED_HINT.search(text) is None:
        return None
    dropped: _Ranges = []
    initialisms = _tables().initialisms
    for run in _SPELLED.finditer(text):
        letters = run.starts("l")
        if len(letters) > 3 and _proclitic_ahead(text, letters[-1], run.group("sep")):
            letters = letters[:-1]
        if "".join(text[i] for i in letters) in initialisms:
            continue
        dropped += [(a + 1, b) for a, b in zip(letters, letters[1:], strict=False)]
    return _kept(len(text), dropped) if dropped else None


def _proclitic_ahead(text: str, index: int, separator: str) -> bool:
    """Is the letter at `index`, the last of a run, a one-letter proclitic of what follows:
    و set apart by a space before a word (`ب ا ب و ل ي ن و معرة`), or و ف ب ل ك glued to an
    opening quote or bracket (`لـ«الشرق الأوسط»`)? Proclitics attach forward, never to the
    word before."""
    after = text[index + 1 : index + 3]
    if text[index] not in _PROCLITICS or len(after) < 2 or not after[1].isalpha():
        return False
    if after[0] == " ":
        # spelled with spaces, `و` then a word reads as the conjunction written apart; a word
        # spelled with dots or dashes keeps its final و (`ي.و.ل.ي.و من`)
        return text[index] == "و" and separator == " "
    return after[0] in "\"'(["


_PROCLITICS = "وفبلك"


def _inside_lookalikes(text: str) -> str:
    """Step 5: look-alike Latin letters and digits inside Arabic words (one for one)."""
    tables = _tables()
    return tables.inside.sub(
        lambda m: "".join(tables.inside_table[c] for c in m.group()), text)


def _hashtags(text: str) -> _Ranges | None:
    """Step 6 (its dropping half): the `#` that tags an Arabic word."""
    if "#" not in text:
        return None
    return _kept(len(text), (m.span() for m in _HASHTAG.finditer(text)))


_DROP_STEPS: tuple[Callable[[str], _Ranges | None], ...] = (
    _tatweels, _hashtags, _spaces, _spelled_out)


# --------------------------------------------------------------------------- the view


@dataclass(frozen=True, slots=True)
class NormalizedText:
    """The normalised view and, for each of its characters, the original index.

    `offsets` is a compact array (a 10 MB report has ten million of them); several view
    characters share one original index where a compatibility character expands (ﻻ → لا).
    """

    text: str
    original: str
    offsets: Sequence[int]

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a normalised range [start, end) to an original range.

        Rule for the edges: the original range runs from the original character of the first
        normalised character to just after the original character of the last one, so that
        anything dropped *inside* the range (a tatweel, a dot, a diacritic) is kept and
        anything dropped at its edges is not. An empty range maps to an empty range.
        """
        if not 0 <= start <= end <= len(self.text):
            raise IndexError(f"range {start}:{end} outside normalised text of {len(self.text)}")
        if start == end:
            at = self.offsets[start] if start < len(self.offsets) else len(self.original)
            return at, at
        first = self.offsets[start]
        last = self.offsets[end - 1]
        # a trailing diacritic belongs to its letter: extend over marks that follow
        stop = last + 1
        while stop < len(self.original) and _is_mark(self.original[stop]):
            stop += 1
        return first, stop


def _is_mark(char: str) -> bool:
    return unicodedata.category(char) in ("Mn", "Me")


_TAG_JOINER = regex.compile(rf"(?<={_LETTER})_(?={_LETTER})")


def normalize(text: str) -> NormalizedText:
    """Build the normalised view of `text` with its offset map (see the module notes)."""
    view, offsets = _characters(text)
    lowered = view.lower()  # one for one: the one exception, U+0130, is in the table
    view = lowered if len(lowered) == len(view) else "".join(c.lower()[:1] for c in view)
    for step in _DROP_STEPS:
        kept = step(view)
        if kept is not None:
            view, offsets = _apply(view, offsets, kept)
    view = _inside_lookalikes(view)
    if "_" in view:
        view = _TAG_JOINER.sub(" ", view)
    if offsets is None:
        offsets = array("I", range(len(view)))
    return NormalizedText(view, text, offsets)


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """The normalised form of a short string (a lexicon entry, a place name), for lookups."""
    return normalize(text.strip()).text.strip()
