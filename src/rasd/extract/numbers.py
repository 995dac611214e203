"""Cardinal quantities and counted victim nouns in the normalised view.

Fatalities are scored on the most conservative number a report gives, so this module reads
every way Arabic news writes a count: digits, number words (ثلاثة، خمسة وعشرين، ثلاث مئة),
vague counts (عدد من → 3, عشرات → 12), bounds (أكثر من 10 → 10, approximate) and nouns that
carry their own count (the dual طفلين = 2, a bare سيدة = 1).

Everything works on the normalised view (`rasd.text.normalize`) and returns view positions.
The words live in `data/numbers.toml` and `data/victims.csv`. pyarabic's `text2number` was
tried and not used: on folded text it misreads common forms (`ثلاث مئة` → 103, `احد عشر` → 10,
`اربعه` → 0), so the tables here are the reference.
"""

from __future__ import annotations

import csv
import re
from bisect import bisect_left
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

import ahocorasick
import regex

from rasd.extract.dates import find_dates
from rasd.extract.lexicon import event_words
from rasd.extract.numerals import (  # the token helpers are shared with the counted nouns
    _CLITICS,
    _LETTER_RUN,
    _data_text,
    _digit_numbers,
    _next_token,
    _numbers,
    _patterns,
    _prev_token,
    _select,
    _Token,
    _token_at,
    _vague_windows,
    _word_numbers,
)
from rasd.text.normalize import fold
from rasd.text.windows import finditer_in

# ---------------------------------------------------------------------------------------------
# Public data types


@dataclass(frozen=True)
class Quantity:
    """A count found in the view: [start, end) and its conservative value."""

    start: int
    end: int
    value: int
    approximate: bool
    text: str


@dataclass(frozen=True)
class VictimNoun:
    """What a surface form of a victim noun is: its lemma, kind of person and number."""

    lemma: str
    category: str
    number: str  # "singular", "dual" or "plural"
    alone: bool  # a bare singular counts as one person


@dataclass(frozen=True)
class VictimMention:
    """A victim noun found in the view."""

    start: int
    end: int
    noun: VictimNoun
    text: str


@dataclass(frozen=True)
class CountedNoun(Quantity):
    """A count tied to a victim noun (`ستة مدنيين`, `طفلين`, `سيدة`).

    `basis` says how the count was read: "quantity" (a number before or after the noun),
    "dual", "singular" or "one-of" (`أحد المدنيين`). The span covers number and noun;
    `noun_start`/`noun_end` locate the noun alone.
    """

    category: str
    lemma: str
    basis: str
    noun_start: int
    noun_end: int

def _date_spans(view: str) -> list[tuple[int, int]]:
    """Spans of date phrases, whose numbers are days, years or durations, not counts (and
    a day and month with no year, `منذ يوم 24/ 7`)."""
    return [(d.start, d.end) for d in find_dates(view, None)] + [
        m.span() for m in _DAY_AND_MONTH.finditer(view)]


# (the standard library's engine, ASCII classes only: a fast scan of the whole view)
_DAY_AND_MONTH = re.compile(r"(?<![0-9/])[0-9]{1,2} ?/ ?[0-9]{1,2}(?![0-9/])")


# How far after a count an estimate word may stand (`10 أشخاص على الأقل`): a few words. The
# bound also keeps the regex from scanning the rest of a long report for the word each time.
_AFTER_REACH = 200


@lru_cache(maxsize=8)  # events and counted nouns ask for the same view's quantities
def find_quantities(view: str) -> list[Quantity]:
    """Every cardinal count in the view, longest match first, in text order.

    Bounds and estimates keep their number and set `approximate`; a range (`بين 5 و10`)
    gives its lower end.
    """
    pats = _patterns()
    vague = _numbers().vague
    candidates: list[tuple[int, int, int, bool]] = []
    # vague first: on a tie (آلاف alone) the approximate reading wins
    windows = _vague_windows().windows(view).get("vague", [])
    for m in finditer_in(pats["vague"], view, windows):
        candidates.append((m.start("q"), m.end("q"), vague[fold(m.group("q"))], True))
    candidates += [(s, e, v, False) for s, e, v in _word_numbers(view)
                   if not _numeral_in_name(view, s, e)]
    candidates += [(s, e, v, False) for s, e, v in _digit_numbers(view)]
    in_date = bytearray(len(view) + 1)
    for a, b in _date_spans(view):
        in_date[a:b] = b"\1" * (b - a)
    candidates = [c for c in candidates if not any(in_date[c[0]:c[1]])]
    chosen = _select(candidates)

    result: list[Quantity] = []
    k = 0
    while k < len(chosen):
        start, end, value, approx = chosen[k]
        mod = pats["modifier"].search(view, max(0, start - 40), start)
        if mod is not None and mod.end() == start:
            start, approx = (mod.end("cl") if mod.group("cl") else mod.start()), True
            # a range: keep its lower end, swallow the upper one
            if mod.group().strip().endswith("بين") and k + 1 < len(chosen):
                nxt = chosen[k + 1]
                if pats["range_tail"].match(view[end : nxt[0]]):
                    end, value, k = nxt[1], min(value, nxt[2]), k + 1
        if not approx and pats["after"].match(view, end, end + _AFTER_REACH):
            approx = True
        if k + 1 < len(chosen) and chosen[k + 1][2] == value \
                and view[end:chosen[k + 1][0]].strip() == "(" \
                and view[chosen[k + 1][1]:chosen[k + 1][1] + 3].strip().startswith(")"):
            # `٥ (خمسة) جنود`: the number spelt out again in brackets is the same count
            end = view.index(")", chosen[k + 1][1]) + 1
            k += 1
        result.append(Quantity(start, end, value, approx, view[start:end]))
        k += 1
    return result


def is_measure(view: str, quantity: Quantity) -> bool:
    """A number of a measure, not a count (`في الأربعين من عمره`, `خمسة كيلومترات`): it counts
    no one, though its words are still a number's, no place's."""
    unit = _patterns()["unit_after"]
    if unit.match(view, quantity.end) is not None:
        return True
    # (the first of two joined by و before the unit: `الطفلين (7 و11 عاما)`)
    joined = _JOINED_NUMBER.match(view, quantity.end)
    return joined is not None and unit.match(view, joined.end()) is not None


_JOINED_NUMBER = regex.compile(r"\s{0,2}+و\s{0,2}+\d{1,3}+")


# a word after a definite numeral that still lets it count (`الخمسة في`, `الثلاثة من`)
_FUNCTION_WORDS = frozenset({"من", "في", "على", "الى", "عن", "مع", "منهم", "بين", "او", "ثم"})
_NEXT_WORD = regex.compile(r"\s{1,3}+(\p{L}{1,40}+)")


def _numeral_in_name(view: str, start: int, end: int) -> bool:
    """`دوار السبع بحرات`, `فندق الخمس نجوم`: a number word with the article before a noun
    without one is a name's, never a count (a definite count follows its noun: `القتلى
    السبعة`)."""
    if view[max(0, start - 2):start] != "ال":
        return False
    before = view[max(0, start - 16):start - 2].split()[-1:]
    if before and before[0].lstrip("وبف").removeprefix("ال") in _numbers().street_nouns:
        return True  # `شارع الثلاثين`: a street named by a number
    after = _NEXT_WORD.match(view, end)
    return after is not None and not after.group(1).startswith("ال") \
        and after.group(1) not in _FUNCTION_WORDS and len(after.group(1)) > 2


# ---------------------------------------------------------------------------------------------
# Victim nouns


def _cell(value: str) -> list[str]:
    return [fold(v) for v in value.split("|") if v.strip() and v.strip() != "-"]


def _surface_forms(base: str, number: str) -> set[str]:
    """A folded noun with its article, accusative and pronoun-ending spellings."""
    forms = {base}
    if number == "singular" and base[-1] not in "اهء":
        forms.add(base + "ا")  # tanween: قتيلاً → قتيلا, مدنياً → مدنيا
    if number == "plural":
        stem = base[:-1] if base.endswith(("ين", "ون")) else base  # مقاتلين → مقاتليها
        forms.update(stem + ending for ending in ("ه", "ها", "هم", "هما"))
    with_article = {"ال" + base}
    out: set[str] = set()
    for f in forms:
        out.update({f, "و" + f, "ب" + f, "ل" + f, "ف" + f})
    for f in with_article:
        out.update({f, "و" + f, "ب" + f, "ف" + f, "وب" + f, "لل" + f[2:], "ولل" + f[2:]})
    return out


_PRONOUN_ENDINGS = ("ه", "ها", "هم", "هما")


def _kin_forms(base: str, number: str) -> set[str]:
    """Someone's relative or companion, named with a pronoun ending (`امرأة وطفلها`, `مقتله
    ومرافقه`, `امرأة وطفليها`): one person, or two for a dual, wherever it stands (ة → ت and
    the dual's ن dropped before the ending; not `راح ضحيتها 15`, whose count follows); a
    plural (`مرافقيه`) counts as plurals do."""
    if number == "singular":
        stem = base[:-1] + "ت" if base.endswith("ه") else base
    elif number == "dual" and base.endswith(("ين", "ان")):
        stem = base[:-1]  # طفلين → طفلي, طفلان → طفلا
    elif number == "plural":
        # `أحد مرافقيه`, `ثلاثة من أبنائه`: counted as any plural is, by a number before it
        stem = base[:-1] if base.endswith(("ين", "ون")) else base
    else:
        return set()
    forms = {stem + ending for ending in _PRONOUN_ENDINGS}
    return {c + f for f in forms for c in ("", "و", "ب", "ل", "ف")}


@cache
def load_victim_nouns() -> dict[str, VictimNoun]:
    """Map every folded surface form of a victim noun (with ال, و/ب/ل/ف) to what it is.

    A form that could be dual or plural is a plural: `مدنيين` is never read as two.
    """
    rows = [
        line for line in _data_text("victims.csv").splitlines() if line and not line.startswith("#")
    ]
    table: dict[str, VictimNoun] = {}
    for row in csv.DictReader(rows):
        singulars = _cell(row["singular"])  # `محام|محامي`: spellings of one noun
        lemma = singulars[0]
        category = row["category"].strip()
        alone_cell = row.get("alone", "no").strip().lower()
        alone = alone_cell == "yes"
        # a `kin` noun (مرافق، زوجة، شقيق), or any that stands alone (طفل، سائق، قائد), with a
        # pronoun ending is one person (two for a dual: `مقتل سائقها`, `قائدهم`), though the
        # bare `kin` noun is not
        # (not a word of the toll itself: `راح ضحيتها 15`, `شهيدها`)
        kin = alone_cell == "kin" or (alone and category != "person")
        plurals = set(_cell(row["plural"]))
        duals = [d for d in _cell(row["dual"]) if d not in plurals]
        for number, bases in (("plural", plurals), ("dual", duals), ("singular", singulars)):
            for base in bases:
                # a `kin` noun without the ending is another's word (`طفلان شقيقان`: two
                # children who were brothers): only its forms with an ending are victims
                forms = [] if alone_cell == "kin" else [
                    (form, alone) for form in _surface_forms(base, number)]
                if kin:
                    forms += [(form, True) for form in _kin_forms(base, number)]
                for form, counts_alone in forms:
                    old = table.get(form)
                    if old is not None and old.lemma == lemma:
                        if old.number == "plural":
                            continue
                    elif old is not None:
                        continue  # first row wins for a spelling two nouns share
                    table[form] = VictimNoun(lemma, category, number, counts_alone)
    return table


def _peel(word: str, table: Mapping[str, VictimNoun]) -> int:
    """How many leading clitic letters to skip so the span starts at the noun (وسيدة → سيدة)."""
    skip = 0
    while skip < 2 and word[skip] in _CLITICS and word[skip + 1 :] in table:
        skip += 1
    return skip


_DEFINITE = regex.compile(r"^(?:[وف]?[بك]?ال|[وف]?لل)")


def find_victim_nouns(
    view: str, nouns: Mapping[str, VictimNoun] | None = None
) -> list[VictimMention]:
    """Every victim noun in the view, whatever its number; spans leave out a leading و/ب/ل/ف."""
    table = load_victim_nouns() if nouns is None else nouns
    found = []
    if table is load_victim_nouns():
        spans: Iterable[tuple[int, int]] = _victim_words(view)
    else:
        spans = (m.span() for m in _LETTER_RUN.finditer(view) if m.group() in table)
    for begin, end in spans:
        word = view[begin:end]
        start = begin + _peel(word, table)
        found.append(VictimMention(start, end, table[word], view[start:end]))
    return found


@cache
def _victim_automaton() -> Any:
    automaton: Any = ahocorasick.Automaton()
    for form in load_victim_nouns():
        if form.replace(" ", "").isalpha():  # (`إمام مسجد`: a noun of two words)
            automaton.add_word(form, len(form))
    if len(automaton):
        automaton.make_automaton()
    return automaton


def _victim_words(view: str) -> list[tuple[int, int]]:
    """Spans of the whole words (letter runs) of the view that are victim-noun forms."""
    automaton = _victim_automaton()
    if not len(automaton):
        return []
    spans = []
    for last, length in automaton.iter(view):
        end = last + 1
        start = end - length
        if (end == len(view) or not view[end].isalpha()) and (
            start == 0 or not view[start - 1].isalpha()
        ):
            spans.append((start, end))
    return spans


def is_definite(mention: VictimMention, view: str) -> bool:
    """Whether the noun carries the article (الطفل), which mostly points back, not counts."""
    word = _LETTER_RUN.match(view, pos=_word_start(view, mention.start))
    return bool(word and _DEFINITE.match(word.group()))


def _word_start(view: str, position: int) -> int:
    while position > 0 and view[position - 1].isalpha():
        position -= 1
    return position


_TWO = frozenset(fold(w) for w in ("اثنين", "اثنان", "اثنتين", "اثنتان"))
_ONE_AFTER = frozenset(fold(w) for w in ("آخر", "أخرى", "واحد", "واحدة"))
_ONE_OF = {
    fold(w): n
    for w, n in (
        ("أحد", 0),
        ("إحدى", 0),
        ("لأحد", 1),
        ("لإحدى", 1),
        ("بأحد", 1),
        ("بإحدى", 1),
        ("وأحد", 1),
        ("وإحدى", 1),
    )
}
_NUMBER_OF = "عدد"
_OF = "من"


def _starts_definite(view: str, end: int) -> bool:
    """Does the word after `end` carry the article (`العناصر`)?"""
    following = _next_token(view, end)
    return following is not None and following.text.startswith("ال")


def find_counted_nouns(
    view: str, nouns: Mapping[str, VictimNoun] | None = None
) -> list[CountedNoun]:
    """Counts tied to victim nouns: a number before (or after) the noun, duals, one-of, singulars.

    A quantity inside a `CountedNoun` (the اثنين of `مدنيين اثنين`) also appears in
    `find_quantities`; prefer the counted noun.
    """
    table = load_victim_nouns() if nouns is None else nouns
    words = _numbers()
    quantities = [q for q in find_quantities(view) if not is_measure(view, q)]
    ends = {q.end: q for q in quantities}
    out: list[CountedNoun] = []
    used_until = -1

    noun_numbers: dict[int, str] = {}  # where each count ends → its noun's number

    def make(start: int, end: int, value: int, approx: bool, m: VictimMention, basis: str) -> None:
        nonlocal used_until
        noun_numbers[end] = m.noun.number
        out.append(
            CountedNoun(
                start,
                end,
                value,
                approx,
                view[start:end],
                m.noun.category,
                m.noun.lemma,
                basis,
                m.start,
                m.end,
            )
        )
        used_until = end

    starts = [q.start for q in quantities]  # in text order

    def quantity_in(tok: _Token) -> Quantity | None:
        index = bisect_left(starts, tok.start)
        if index < len(quantities) and quantities[index].start < tok.end:
            return quantities[index]
        return None

    victims = find_victim_nouns(view, table)
    victim_ends = {_token_at(view, _word_start(view, m.start)).end for m in victims}
    for m in victims:
        if m.start < used_until:
            continue
        word = _token_at(view, _word_start(view, m.start))
        prev, nxt = _prev_token(view, word.start), _next_token(view, word.end)
        # a number before the noun, maybe with من between (20 من عناصر، عدد من المدنيين)
        before = ends.get(prev.end) if prev is not None else None
        if prev is not None and prev.text in words.gloss_openers:
            continue  # `قتل الشاب X، وهو عنصر في اللواء الثامن`: the one told, glossed
        if before is None and prev is not None and prev.text in (_OF, _NUMBER_OF):
            # (or `عدد` between: `ارتفع إلى 223 عدد المدنيين الذين قتلهم`, the count of them)
            before_of = _prev_token(view, prev.start)
            before = ends.get(before_of.end) if before_of is not None else None
        glued = m.start > _word_start(view, m.start)  # والمقاتلين: a new list item, not counted
        if before is None and prev is None:
            # `136 (مئة وستة وثلاثين) شخصا`: a count spelt again in brackets, right before
            near = view[max(0, word.start - 4):word.start]
            before = ends.get(word.start - len(near) + len(near.rstrip())) \
                if near.rstrip().endswith(")") else None
        if before is not None and before.start >= used_until and not glued:
            make(before.start, m.end, before.value, before.approximate, m, "quantity")
            continue
        if nxt is not None and m.noun.number in ("plural", "dual"):
            bare = nxt.text[2:] if nxt.text.startswith("ال") else nxt.text
            if bare in _TWO:
                make(m.start, nxt.end, 2, False, m, "quantity")
                continue
            after = quantity_in(nxt)
            if after is not None and m.noun.number == "plural" and not after.text[0].isdigit():
                make(m.start, after.end, after.value, after.approximate, m, "quantity")
                continue
        if m.noun.number == "dual":
            if prev is not None and out and out[-1].end == prev.end and out[-1].basis == "dual" \
                    and not word.text.startswith("و"):
                continue  # `شهيدان مدنيان`: the dual after a dual is its adjective
            if is_definite(m, view) and not (
                    prev is not None and (prev.text in words.befalling_before or (
                        prev.text[:1] in ("و", "ب", "ل")
                        and prev.text[1:] in words.befalling_before))
                    or _killed_by_verb(view, word.start, words.befalling_verbs)):
                # `تعرف الأهالي على هوية القتيلين`: the two told before (but `مقتل الشابين`,
                # two the death word names)
                continue
            make(m.start, m.end, 2, False, m, "dual")
            continue
        if m.noun.number == "plural":
            mourned = prev is not None and (_prev_token(view, prev.start) or prev).text.lstrip(
                "وبل") in words.mourning
            if prev is not None and prev.text in _ONE_OF and not mourned:
                make(prev.start + _ONE_OF[prev.text], m.end, 1, False, m, "one-of")
            continue
        # singular: one person when indefinite and not after a determiner (كل، أي), or the
        # one a verb of killing names (`اغتال مسلحون مجهولون، مساء أمس، القيادي السابق`)
        # (past the gloss of one counted: `مقتل ضابط برتبة ملازم أول ومجند`)
        after_gloss = word.text.startswith("و") and bool(out) and out[-1].value == 1 \
            and 0 < word.start - out[-1].end <= 30 \
            and _gloss_between().fullmatch(view, out[-1].end, word.start) is not None
        if prev is not None and prev.text in words.not_one_before and not after_gloss:
            continue
        if is_definite(m, view):
            # (`قتل الطفل أحمد الخطيب`, `مقتل الشاب X`: the one person named after it, by a
            # first name without the article; bare, `مقتل الطفل` points back to someone
            # already counted; a fighter's rank is often glossed again after it: `القيادي ...
            # وأحد عناصر`)
            if (prev is None or prev.end not in victim_ends) and (_killed_by_verb(
                    view, word.start, words.befalling_verbs) or prev is not None
                    and (m.noun.category in _UNARMED
                         # (a fighter's rank before a name: `مقتل القيادي أبو أحمد`)
                         or m.noun.category in _ARMED)
                    # (the name may be quoted: `قتل الشاب "فادي ماهر"`; or whom he is told
                    # next: `مقتل الشاب المنحدر من بلدة الصور`)
                    and ((name := _QUOTED_NAME.match(view, word.end)) is not None
                         and not name.group(1).startswith("ال")
                         or _introduced_after().match(view, word.end) is not None) and (
                    prev.text in words.befalling_before
                    or prev.text[:1] in ("و", "ب", "ل")
                    and prev.text[1:] in words.befalling_before)):
                make(m.start, m.end, 1, False, m, "singular")
            continue
        if prev is not None and prev.text.removeprefix("و").removeprefix("ب") in \
                words.befalling_before and (
                charge := _prev_token(view, prev.start)) is not None and charge.text in _CHARGES:
            continue  # `أعدم شابا بتهمة قتل عنصر`: whom a charge says was killed
        follow_one = nxt is not None and nxt.text in _ONE_AFTER and not (
            # `قائد عسكري وأحد العناصر`: `واحد` before a definite noun is `و` + `أحد`
            nxt.text.startswith("و") and _starts_definite(view, nxt.end))
        # `مدنيا قتل`: an adjective-like noun followed by the verb that befell it is a person
        befell = nxt is not None and nxt.text.lstrip("و") in words.befell_after or (
            # `قتل قائد عسكري`: right after another victim noun it is that one's adjective
            (prev is None or prev.end not in victim_ends)
            and _befalling_before(view, prev, words.befalling_before, words.befalling_verbs))
        # `سبعة جنود أتراك ومدني`: joined to a count of victims (past its adjective), a
        # noun that is mostly an adjective is one more victim
        before_prev = _prev_token(view, prev.start) if prev is not None else None
        # (a count: not `مقر الأمن العسكري وآخر نقاط الجيش`, an adjective, then "the last")
        counted_ends = {c.end for c in out}
        joined = word.text.startswith("و") and prev is not None and (
            prev.end in counted_ends or before_prev is not None
            and before_prev.end in counted_ends or after_gloss
            # (past whose men they were: `عنصران من الأمن العام ومدني`)
            or any(_OF_A_FORCE.fullmatch(view, end, word.start) for end in counted_ends
                   if word.start - 40 < end < word.start))
        if not (m.noun.alone or follow_one or befell or joined):
            continue
        if prev is not None and not word.text.startswith("و") and out \
                and out[-1].end == prev.end and out[-1].value == 1 and not follow_one:
            continue  # `طفل قتيل`, `مدني شاب`: right after the one counted, its adjective
        if word.text.startswith("و") and prev is not None and out and out[-1].end == prev.end \
                and out[-1].basis == "quantity" and out[-1].value >= SHARED_NOUN_COUNT \
                and noun_numbers.get(prev.end) == "singular" and not follow_one \
                and {out[-1].category, m.noun.category} <= _WOMEN_AND_CHILDREN \
                and word.text.endswith("ا"):
            # `جثث 47 امرأة وطفلا`: one count of both nouns, the second in the counted case
            # ("women and children"; `15 طفلا وامرأة` are fifteen and one)
            continue
        end = nxt.end if follow_one and nxt is not None else m.end
        make(m.start, end, 1, False, m, "singular")
    return out


@cache
def _introduced_after() -> regex.Pattern[str]:
    """The words that tell who the one named by a definite noun is (`الشاب المنحدر من`)."""
    return regex.compile(r"[ \t]+(?:" + "|".join(map(regex.escape, _numbers().introducers))
                         + r")(?!\w)")


@cache
def _gloss_between() -> regex.Pattern[str]:
    """A gloss of one word or two right after a counted noun (` برتبة ملازم أول `)."""
    return regex.compile(r",? (?:" + "|".join(map(regex.escape, _numbers().gloss_openers))
                         + r")(?: \p{L}+){1,2}+ ")


# from eleven up Arabic counts a singular noun, and a singular joined to it shares the count
SHARED_NOUN_COUNT = 11
_WOMEN_AND_CHILDREN = frozenset({"woman", "child"})
# the word after a noun, maybe quoted (`الشاب "فادي ماهر"`), on the same line
# (past one adjective of the article: `القائد العسكري أبو محمد`)
# (or only his initials in brackets: `قتل الشاب (ن. ع)`)
_QUOTED_NAME = regex.compile(r"(?:[ \t]+(?!الذي\s)ال\p{L}{2,12}+(?<=ي))?[ \t]+[\"'«“(]?(\p{L}+)")
_UNARMED = frozenset({"civilian", "child", "woman", "person", "journalist", "medic"})
_ARMED = frozenset({"fighter", "soldier"})
BEFALLING_REACH = 6  # words a verb of `befalling_verbs` may stand before its victim
KILLED_REACH = 7  # ... before a named (definite) victim, across a time phrase's commas


def _killed_by_verb(view: str, start: int, verbs: frozenset[str]) -> bool:
    """A verb of killing a few words before the noun in its sentence (`اغتال مسلحون مجهولون،
    مساء أمس، القيادي`): the definite noun is the one person it killed."""
    before = view[max(0, start - 120):start]
    before = before[before.rfind(".") + 1:]  # its own sentence
    for word in reversed(before.split()[-KILLED_REACH:]):
        word = word.strip(",،")
        if word in verbs or word[1:] in verbs and word[:1] in ("و", "ف"):
            return True
    return False


def _befalling_before(view: str, prev: _Token | None, befalling: frozenset[str],
                      verbs: frozenset[str]) -> bool:
    """A word of what befell a person right before the noun (`مقتل مدني`), or a verb of
    killing a few words before it in one clause (`اغتال مسلحون مجهولون أمس قياديا`): the noun
    is one person, not an adjective."""
    for step in range(BEFALLING_REACH):
        if prev is None or prev.text[-1:] in ",،.":
            return False
        word = prev.text[1:] if prev.text[:1] in ("و", "ب", "ل") else prev.text
        if (step == 0 and (prev.text in befalling or word in befalling)) \
                or prev.text in verbs or word in verbs:
            return True
        prev = _prev_token(view, prev.start)
    return False


_CHARGES = event_words()["charge_words"]
# `من` and the one or two words of the force the counted belong to (`من الأمن العام`)
_OF_A_FORCE = regex.compile(r"\s{1,3}+من(?:\s{1,3}+[^\s.,،؛:]++){1,2}\s{1,3}+")
