"""A normalised view of Arabic text for matching, with a map back to the original.

The original text is the truth; the normalised view sits beside it (like spaCy's
`Token.norm_`). Every character of the view remembers which original character it came
from, so a match in the view becomes a span of the original.

What the view changes:
- drops diacritics (harakat, tanween, shadda, sukun, dagger alef), zero-width and
  bidi-control characters, and tatweel used to stretch a word;
- undoes filter-evasion spellings: a tatweel beside a dot or other separator *inside* a word
  (`قصـ.فها` → `قصفها`). The test is principled, not a word list: a tatweel is a joining
  stroke that only ever sits between two letters of one word, so a separator run that holds
  a tatweel and has a letter straight on each side is a break inside a word. A bare dot
  between two words (`كيلومتر.وقال`) has no tatweel and is left alone;
- folds alef/hamza forms (أ إ آ ٱ → ا), ة → ه, ى → ي, Persian ی ک → ي ك, for matching only;
- turns Eastern Arabic and Persian digits into ASCII digits, Arabic comma/semicolon/question
  mark into their ASCII forms, and collapses runs of whitespace into one space (newlines kept
  as sentence breaks).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import regex

_DIACRITICS = "\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed"
_INVISIBLE = "\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff"
_TATWEEL = "\u0640"
# Separators seen inside evasion spellings: dots, dashes, underscores, stars, bullets.
_SEPARATORS = r".\-_*•·\u2022\u2027\u00b7\u06d4"

# One regex finds every stretch to drop. Order matters: the evasion run first, because it
# also starts with (or contains) a tatweel.
_MARKS_AND_SPACE = (
    rf"[{_TATWEEL}{_DIACRITICS}{_INVISIBLE}]+"
    # whitespace: a run keeps one character, its first newline if it has one (so `\r\n` and
    # ` \n` still end a line), else its first space
    r"|[^\S\n]+(?=\n)|(?<=\n)\s+|(?<=[^\S\n])[^\S\n]+"
)
_DROP = regex.compile(
    rf"(?<=\p{{Arabic}})(?=[{_TATWEEL}{_SEPARATORS}{_DIACRITICS}{_INVISIBLE}]*{_TATWEEL})"
    rf"[{_TATWEEL}{_SEPARATORS}{_DIACRITICS}{_INVISIBLE}]*[{_SEPARATORS}]"
    rf"[{_TATWEEL}{_SEPARATORS}{_DIACRITICS}{_INVISIBLE}]*(?=\p{{Arabic}})"
    rf"|{_MARKS_AND_SPACE}"
)
# most reports have no tatweel, hence no evasion spelling: the cheaper regex does for them
_DROP_PLAIN = regex.compile(_MARKS_AND_SPACE)

_FOLD = str.maketrans(
    {
        "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا",
        "ة": "ه", "ى": "ي", "ی": "ي", "ې": "ي", "ک": "ك",
        "٠": "0", "١": "1", "٢": "2", "٣": "3", "٤": "4",
        "٥": "5", "٦": "6", "٧": "7", "٨": "8", "٩": "9",
        "۰": "0", "۱": "1", "۲": "2", "۳": "3", "۴": "4",
        "۵": "5", "۶": "6", "۷": "7", "۸": "8", "۹": "9",
        "٫": ".", "٬": ",", "،": ",", "؛": ";", "؟": "?",
        "«": '"', "»": '"', "“": '"', "”": '"', "„": '"',
        "\t": " ", "\r": " ", "\u00a0": " ", "\u2028": "\n", "\u2029": "\n",
    }
)


@dataclass(frozen=True, slots=True)
class NormalizedText:
    """The normalised view and, for each of its characters, the original index."""

    text: str
    original: str
    offsets: tuple[int, ...]

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

    def to_normalized(self, original_index: int) -> int:
        """The first normalised index at or after an original index."""
        import bisect

        return bisect.bisect_left(self.offsets, original_index)


def _is_mark(char: str) -> bool:
    code = ord(char)
    return 0x064B <= code <= 0x065F or code == 0x0670 or 0x0610 <= code <= 0x061A


def normalize(text: str) -> NormalizedText:
    """Build the normalised view of `text` with its offset map."""
    pieces: list[str] = []
    offsets: list[int] = []
    position = 0
    for dropped in (_DROP if _TATWEEL in text else _DROP_PLAIN).finditer(text):
        if dropped.start() > position:
            pieces.append(text[position : dropped.start()])
            offsets.extend(range(position, dropped.start()))
        position = dropped.end()
    if position < len(text):
        pieces.append(text[position:])
        offsets.extend(range(position, len(text)))
    view = "".join(pieces).translate(_FOLD).lower()
    if len(view) != len(offsets):  # lower() can change length for rare scripts
        view = "".join(c.translate(_FOLD).lower()[:1] or " " for c in "".join(pieces))
    return NormalizedText(view, text, tuple(offsets))


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """The normalised form of a short string (a lexicon entry, a place name), for lookups."""
    return normalize(text.strip()).text.strip()
