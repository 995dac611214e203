"""Properties of every stage on random Unicode and on mutated real reports (hypothesis).

Each stage must never raise on any text, keep every span inside its text, give the same
answer twice, and normalising must be idempotent (the view of a view is the view). The
examples are few per test so that the file runs in seconds; benchmarks/fuzz.py runs the same
checks at scale.
"""

from __future__ import annotations

import datetime as dt
import os
from functools import cache

import pytest
from conftest import SHARED
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import rasd
from rasd.extract.dates import find_dates
from rasd.extract.numbers import find_counted_nouns, find_quantities
from rasd.extract.numerals import parse_number
from rasd.text.normalize import fold, normalize
from rasd.text.sentences import split_sentences

# Few examples a test, derandomized, so CI stays fast and stable; RASD_PROPERTY_EXAMPLES=5000
# runs more, with fresh random examples each run.
_MORE = int(os.environ.get("RASD_PROPERTY_EXAMPLES", "0"))
_QUIET = [HealthCheck.too_slow, HealthCheck.data_too_large]
FEW = settings(max_examples=_MORE or 80, deadline=None, derandomize=not _MORE,
               suppress_health_check=_QUIET)
SOME = settings(max_examples=_MORE or 250, deadline=None, derandomize=not _MORE,
                suppress_health_check=_QUIET)

# Characters that matter to rasd's rules: Arabic letters and marks, tatweel, separators of
# evasion spellings, zero-width and bidi characters, look-alikes, presentation forms, digits
# of several scripts, quotes, punctuation and every kind of space and line break.
HOSTILE = (
    [chr(c) for c in range(0x0621, 0x064B)]
    + list("\u064b\u064c\u064e\u0651\u0652\u0653\u0654\u0655\u0670\u0640")
    + list(".-_*•·/|+~,،؛؟:;!?()\"«»'")
    + list("\u200b\u200c\u200d\u200e\u200f\u061c\u00ad\u2060\u2066\u2069\ufeff")
    + list("کیەۀہھۃےlIio15")
    + list("\ufefb\ufef5\ufe8d\ufe91\ufdf2\ufdfa\ufe70\ufe71\uff21\uff41\uff10")
    + list("0123456789٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵६७")
    + list(" \n\r\t\u00a0\u2028\u3000\x0b\x0c\x1c\x85")
    + ["\u0130", "ẞ", "Σ", "\U0001ee00", "\U0001d400", "\U00010ec2", "\x00", "\x7f"]
)
hostile_text = st.text(alphabet=st.sampled_from(HOSTILE), max_size=300)
any_text = st.text(max_size=300)
texts = st.one_of(hostile_text, any_text)


@SOME
@given(texts)
def test_character_rewrite_by_replacement_equals_the_table(text: str) -> None:
    from rasd.text.normalize import _tables, _translate

    assert _translate(text, _tables()) == text.translate(_tables().table)


@cache
def snippets() -> tuple[str, ...]:
    """Stretches of real reports, read in place from ../shared."""
    if SHARED is None:
        return ("قصفت طائرات النظام بلدة كفرنبل في ريف إدلب أمس، ما أدى إلى مقتل ثلاثة مدنيين.",)
    found = []
    paths = [SHARED / "corpus" / "000_6d2386d4a06acd42.txt",
             *sorted((SHARED / "corpus" / "saudinewsnet_syria").glob("*.txt"))[:30]]
    for path in paths:
        text = path.read_text(encoding="utf-8")
        found.extend(text[i:i + 600] for i in range(0, min(len(text), 3000), 600))
    return tuple(s for s in found if s.strip())


@st.composite
def mutated_reports(draw: st.DrawFn) -> str:
    """A stretch of a real report with a few characters inserted, deleted or replaced."""
    text = list(draw(st.sampled_from(snippets())))
    for _ in range(draw(st.integers(0, 12))):
        kind = draw(st.sampled_from(("insert", "delete", "replace", "repeat")))
        at = draw(st.integers(0, len(text)))
        char = draw(st.one_of(st.sampled_from(HOSTILE), st.characters()))
        if kind == "insert":
            text.insert(at, char)
        elif text and kind == "delete":
            del text[min(at, len(text) - 1)]
        elif text and kind == "replace":
            text[min(at, len(text) - 1)] = char
        elif kind == "repeat":
            text[at:at] = [char] * draw(st.integers(1, 40))
    return "".join(text)


reports = st.one_of(texts, mutated_reports())
published_dates = st.one_of(st.none(), st.dates(),
                            st.sampled_from([dt.date(1, 1, 1), dt.date(9999, 12, 31)]))


# --------------------------------------------------------------------------- normalisation


@SOME
@given(reports)
def test_normalize_keeps_an_exact_offset_map(text: str) -> None:
    view = normalize(text)
    assert view.original is text
    assert len(view.offsets) == len(view.text)
    offsets = list(view.offsets)
    assert offsets == sorted(offsets), "the view keeps the order of the original"
    assert all(0 <= o < len(text) for o in offsets)
    for start in range(0, len(view.text), 7):
        for end in (start, start + 1, min(len(view.text), start + 9)):
            a, b = view.to_original(start, end)
            assert 0 <= a <= b <= len(text)


@SOME
@given(reports)
def test_normalize_is_idempotent_and_deterministic(text: str) -> None:
    view = normalize(text).text
    assert normalize(view).text == view
    assert normalize(text).text == view
    assert fold(fold(text)) == fold(text)


@FEW
@given(reports)
def test_sentences_cover_the_view_in_order(text: str) -> None:
    view = normalize(text).text
    sentences = split_sentences(view)
    ends = 0
    for sentence in sentences:
        assert ends <= sentence.start < sentence.end <= len(view)
        ends = sentence.end


# --------------------------------------------------------------------------- places


@FEW
@given(reports)
def test_place_matching_never_raises_and_stays_in_the_view(text: str) -> None:
    if SHARED is None:
        pytest.skip("no gazetteer")
    from rasd.geo.resolve import default_finder

    view = normalize(text).text
    found = default_finder().find(view)
    assert [(m.start, m.end, m.key) for m in found] == [
        (m.start, m.end, m.key) for m in default_finder().find(view)]
    for mention in found:
        assert 0 <= mention.start <= mention.core_start < mention.end <= len(view)


# --------------------------------------------------------------------------- numbers and dates


@SOME
@given(reports)
def test_numbers_never_raise_and_stay_in_the_view(text: str) -> None:
    for view in (normalize(text).text, text):  # the raw text too: no crash on any input
        quantities = find_quantities(view)
        for q in quantities:
            assert 0 <= q.start < q.end <= len(view)
            assert q.text == view[q.start:q.end]
            assert q.value >= 0
        for noun in find_counted_nouns(view):
            assert 0 <= noun.start <= noun.noun_start < noun.noun_end <= len(view)
        parse_number(view[:40])
        assert find_quantities(view) == quantities


@SOME
@given(reports, published_dates)
def test_dates_never_raise_and_stay_in_the_view(text: str, published: dt.date | None) -> None:
    for view in (normalize(text).text, text):
        found = find_dates(view, published)
        for d in found:
            assert 0 <= d.start < d.end <= len(view)
            assert d.text == view[d.start:d.end]
            assert d.precision in (1, 2, 3)
        assert find_dates(view, published) == found


# --------------------------------------------------------------------------- extraction


@FEW
@given(reports, published_dates)
def test_extract_never_raises_and_every_evidence_is_exact(text: str,
                                                          published: dt.date | None) -> None:
    result = rasd.extract(text, published)
    for event in result.events:
        assert event.evidence
        for evidence in event.evidence:
            assert 0 <= evidence.start <= evidence.end <= len(text)
            assert evidence.text == text[evidence.start:evidence.end]
    assert rasd.extract(text, published).to_dict() == result.to_dict()
