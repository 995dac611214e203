"""Inputs built to be slow or to break things: long repetitions of Arabic letters, tatweels,
dots and separators; huge reports; and the crashes the fuzzer (benchmarks/fuzz.py) found.

Time is never asserted as a measurement here. Each call runs under a generous alarm (several
seconds for 100,000 characters, where the work takes milliseconds): a regular expression that
backtracks catastrophically, or a loop that is quadratic in the report, blows such a limit by
orders of magnitude, and the alarm turns a hang into a failure that names the input.
"""

from __future__ import annotations

import datetime as dt
import re
import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
import regex
from conftest import needs_shared

import rasd
from rasd.api import default_extractor
from rasd.errors import InputError
from rasd.extract import dates, decide, events, numbers, numerals, places
from rasd.geo import keys
from rasd.text import matcher, normalize, sentences, windows
from rasd.text.normalize import normalize as normalize_text

SIZE = 100_000
LIMIT_S = 8  # per call on SIZE characters: the work takes well under a second

needs_alarm = pytest.mark.skipif(
    not hasattr(signal, "setitimer") or threading.current_thread() is not threading.main_thread(),
    reason="needs SIGALRM in the main thread")


class TooSlow(Exception):
    pass


@contextmanager
def bounded(what: str, seconds: float = LIMIT_S) -> Iterator[None]:
    """Fail (not hang) when the block runs longer than `seconds`."""
    def expire(signum: int, frame: Any) -> None:
        raise TooSlow(f"{what} ran more than {seconds} s")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def repeat(unit: str, size: int = SIZE) -> str:
    return (unit * (size // len(unit) + 1))[:size]


# Long repetitions of what the rules look at: letters, tatweels, dots, separators, letters
# standing alone, marks, invisible characters, digits, clitics, and the words of each rule.
HOSTILE = {
    "letters": repeat("ق"),
    "tatweels": repeat("ـ"),
    "dots": repeat("."),
    "letter-tatweel-dots": "ق" + repeat("ـ."),
    "tatweel-dots-no-letter-after": "ق" + repeat("ـ.") + " ",
    "tatweel-dot-words": repeat("قـ."),
    "separators": "ق" + repeat(".-_*•·"),
    "single-letters": repeat("ق "),
    "single-letters-dotted": repeat("ق."),
    "single-letters-mixed": repeat("ق . ص-ف_"),
    "marks": "ق" + repeat("\u064b\u0651"),
    "zero-width": repeat("ق\u200c"),
    "spaces-and-breaks": repeat(" \n\r\t\u00a0"),
    "digits": repeat("1"),
    "digit-groups": repeat("1,"),
    "arabic-digits": repeat("١٢٣ "),
    "and-and": repeat("و "),
    "commas": repeat("، و"),
    "article": repeat("ال"),
    "lookalikes": repeat("دl"),
    "presentation-forms": repeat("ﻻ"),
    "triggers": repeat("قصف "),
    "tolls": repeat("قتل 5 مدنيين "),
    "number-words": repeat("ثلاثة وعشرين و"),
    "ranges": repeat("بين 5 و"),
    "months": repeat("تموز "),
    "weekdays": repeat("ليل السبت - الأحد "),
    "since": repeat("منذ "),
    "places": repeat("في حلب وادلب وحماة "),
    "place-heads": repeat("على تل "),
    "village-lists": "قرى " + repeat("كفرنبل، "),
    "story-no-stop": repeat("قصفت الطائرات بلدة كفرنبل ما أدى لمقتل 5 مدنيين "),
}


def pattern_modules() -> list[ModuleType]:
    return [normalize, sentences, windows, matcher, numerals, numbers, dates, events, places,
            decide, keys]


@cache
def lexicon_patterns() -> dict[str, Any]:
    """Every compiled regular expression of the text, extract and geo stages: module-level
    ones and those built from the lexicons (numbers, dates, place heads, phrase windows)."""
    found: dict[str, Any] = {}
    for module in pattern_modules():
        for name, value in vars(module).items():
            if isinstance(value, regex.Pattern | re.Pattern):
                found[f"{module.__name__}.{name}"] = value
    for name, value in numerals._patterns().items():
        found[f"numerals.{name}"] = value
    for name, value in dates._patterns().items():
        found[f"dates.{name}"] = value
    tables = normalize._tables()
    found.update({"normalize.special": tables.special, "normalize.inside": tables.inside})
    reader = default_extractor().reader
    found["places.head_words"] = reader._head_words
    for owner, phrase_windows in (("dates", dates._windows()), ("numerals",
                                                              numerals._vague_windows())):
        found[f"{owner}.next_cut"] = phrase_windows._next_cut
        found[f"{owner}.last_cut"] = phrase_windows._last_cut
    return {name: p for name, p in found.items() if p is not None}


@cache
def views() -> dict[str, str]:
    return {name: normalize_text(text).text for name, text in HOSTILE.items()}


# --------------------------------------------------------------------------- regular expressions


@needs_alarm
@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_normaliser_is_bounded_on_long_repetitions(name: str) -> None:
    text = HOSTILE[name]
    with bounded(f"normalize({name})"):
        view = normalize_text(text)
        assert normalize_text(view.text).text == view.text
    assert len(view.offsets) == len(view.text)


def test_the_tatweel_rule_once_backtracked() -> None:
    """The tatweel-and-dot rule was `[...]*[sep][...]*(?=letter)`: on a letter and then
    tatweels and dots with no letter after, it tried every place to split the run (quadratic:
    minutes on 100,000 characters). Possessive runs read it once."""
    assert normalize_text("ق" + "ـ." * 40_000 + " ").text == "ق" + "." * 40_000 + " "
    assert normalize_text("ق" + "ـ." * 3 + "ف").text == "قف"


# The repetitions each pattern scans: the views (what the patterns read) of the ones that
# stress alternations, look-arounds and separators, and raw text with what views never hold
# (runs of whitespace, tatweels, marks, invisible characters).
SWEEP_VIEWS = ("letters", "letter-tatweel-dots", "single-letters", "single-letters-mixed",
               "separators", "digit-groups", "and-and", "commas", "number-words", "ranges",
               "weekdays", "place-heads")
SWEEP_RAW = ("spaces-and-breaks", "letter-tatweel-dots", "marks", "zero-width")


@needs_alarm
@pytest.mark.parametrize("pattern_name", sorted(lexicon_patterns()))
def test_lexicon_patterns_are_bounded(pattern_name: str) -> None:
    """Each pattern scans each long repetition, whole, in bounded time (a scan tries the
    pattern at every position, which is where backtracking multiplies)."""
    pattern = lexicon_patterns()[pattern_name]
    texts = [views()[name] for name in SWEEP_VIEWS] + [HOSTILE[name] for name in SWEEP_RAW]
    with bounded(pattern_name):
        for text in texts:
            for _ in pattern.finditer(text):
                pass


def test_list_glue_once_backtracked() -> None:
    """`only_glue` took a minute on 8,000 characters of `و و و ... x`: the runs of glue
    characters could be cut anywhere. They are possessive now."""
    assert not places.only_glue("و " * 50_000 + "x")
    assert places.only_glue(" و ")
    assert places.only_glue(", وقرى ")


# --------------------------------------------------------------------------- the whole pipeline


PIPELINE = ("letter-tatweel-dots", "tolls", "place-heads", "village-lists", "story-no-stop",
            "weekdays")


@needs_alarm
@pytest.mark.parametrize("name", PIPELINE)
def test_extraction_is_bounded_on_long_repetitions(name: str) -> None:
    """Every part of extraction stays near-linear: work per sentence is bounded (a stretch
    with no stop is cut into sentences of at most 4,000 characters), names side by side join
    into at most six words, and no loop rescans the report per mention."""
    text = HOSTILE[name]
    with bounded(f"extract({name})", seconds=3 * LIMIT_S):
        result = rasd.extract(text, "2015-07-20")
    for event in result.events:
        for evidence in event.evidence:
            assert evidence.text == text[evidence.start:evidence.end]


# --------------------------------------------------------------------------- size limit


def test_a_report_over_the_limit_is_refused_with_its_size_and_the_limit() -> None:
    with pytest.raises(InputError, match=r"2,000,001 characters .* limit of 2,000,000"):
        rasd.extract("ق" * 2_000_001)
    at_limit = rasd.extract("كتاب " * 8, max_chars=40)  # exactly the limit: read
    assert len(at_limit.document.text) == 40 and at_limit.events == []
    with pytest.raises(InputError, match=r"41 characters .* limit of 40"):
        rasd.extract("قصف " * 10 + "x", max_chars=40)


def test_the_limit_comes_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RASD_MAX_CHARS", "100")
    with pytest.raises(InputError, match=r"101 characters .* limit of 100 .*RASD_MAX_CHARS"):
        rasd.extract("ق" * 101)
    assert rasd.extract("ق" * 100).events == []
    monkeypatch.setenv("RASD_MAX_CHARS", "lots")
    with pytest.raises(InputError, match="RASD_MAX_CHARS"):
        rasd.extract("قصف")


def test_extract_file_refuses_a_huge_file_before_reading_it(tmp_path: Path) -> None:
    path = tmp_path / "dump.txt"
    path.write_text("قصف على حلب\n" * 100, encoding="utf-8")
    with pytest.raises(InputError, match=r"dump.txt: .* bytes, more than .* limit of 100 "):
        rasd.extract_file(path, max_chars=100)
    # small enough in bytes to be read, too many characters once decoded
    with pytest.raises(InputError, match=r"dump.txt: 1,200 characters .* limit of 1,000"):
        rasd.extract_file(path, max_chars=1_000)
    assert rasd.extract_file(path, max_chars=1_200).document.text.count("\n") == 100


# --------------------------------------------------------------------------- fuzzer findings


@pytest.mark.parametrize("published", [dt.date(1, 1, 1), dt.date(1, 1, 3),
                                       dt.date(9999, 12, 31), dt.date(9999, 12, 28)])
@pytest.mark.parametrize("phrase", ["أمس", "غدا", "الجمعة المقبل", "ليل السبت - الأحد",
                                    "قبل يومين", "منذ 5 أيام", "الشهر الماضي", "هذا الأسبوع",
                                    "15 الشهر المقبل", "5 كانون الثاني المقبل", "قبل ساعات"])
def test_dates_at_the_edges_of_the_calendar(phrase: str, published: dt.date) -> None:
    """A reference date of 0001-01-01 or 9999-12-31 made date arithmetic overflow
    (OverflowError, `year 0 is out of range`): such a day is now no day."""
    text = f"قصفت الطائرات بلدة كفرنبل {phrase} ما أدى لمقتل 3 مدنيين"
    for mention in dates.find_dates(normalize_text(text).text, published):
        assert mention.date is None or dt.date.min <= mention.date <= dt.date.max
    rasd.extract(text, published)


def test_digits_newer_than_pythons_unicode_data() -> None:
    """`regex` knew U+116D9 (a digit of a newer Unicode) as \\d; Python's int() did not, and
    reading the count raised ValueError. The view now reads every decimal digit as ASCII."""
    text = "قتل \U000116d3 مدنيين في كفرنبل و\U0001d7d0\uff13 آخرين"
    view = normalize_text(text).text
    assert "قتل 3 مدنيين" in view
    assert [q.value for q in numbers.find_quantities(view)][:1] == [3]
    rasd.extract(text, "2015-07-20")


def test_a_number_of_a_hundred_thousand_digits() -> None:
    """int() refuses more than 4,300 digits (ValueError): a count has at most 12."""
    assert numbers.find_quantities("قتل " + "9" * 100_000 + " شخصا") == []
    assert numerals.parse_number("9" * 5_000) is None
    rasd.extract("قتل " + "9" * 100_000 + " شخصا في كفرنبل", "2015-07-20")


def test_non_text_input_is_refused_clearly() -> None:
    with pytest.raises(InputError, match="must be a str, not bytes"):
        rasd.extract(b"\xd9\x82\xd8\xb5\xd9\x81")  # type: ignore[arg-type]


@needs_shared
def test_a_misspelt_name_whose_twin_lost_its_places() -> None:
    """A name the gazetteer lacks borrows the places of a name one letter away in the same
    report (`الكلسة` ~ `الكلاسة`); when that twin had itself been left without places, `next()`
    found no twin and raised StopIteration out of rasd.extract."""
    text = ("قتل مدنيون بسبب قصف طيران النظام لحي الكلسة في حلب، أمس.\n"
            "وقالت القناة إن مسلحين قاموا بتصفية مدنيين في حي الكلاسة «بتهمة التعامل».\n")
    result = rasd.extract(text, "2015-07-20")
    assert [event.location.name for event in result.events] == ["الكلسة"]


def test_one_edit_index_finds_what_levenshtein_finds() -> None:
    """The index that replaced a Levenshtein scan of every key per unknown name (quadratic in
    a report full of unknown names) finds exactly the keys one edit away."""
    from rapidfuzz.distance import Levenshtein

    from rasd.geo.resolve import OneEditIndex

    keys = ["كفرزيتا", "كفرزينا", "كفرنبل", "كفرنبوده", "معرشورين", "معرشمارين", "حلب", "ادلب"]
    index = OneEditIndex(keys)
    for key in [*keys, "كفرزيت", "كفرزيتاا", "كفرنبلل", "معرشورن", "حلبب", "xyz"]:
        expected = {k for k in keys if k != key and Levenshtein.distance(k, key) == 1}
        assert index.neighbours(key) == expected, key


@needs_shared
@pytest.mark.parametrize("published", [dt.date.min, dt.date.max])
def test_a_report_published_on_the_calendars_first_or_last_day(published: dt.date) -> None:
    """Merging looks a day either side of an event's day: the calendar's ends have one side."""
    text = "قصف الطيران الحربي بلدة سراقب اليوم. وتجدد القصف على بلدة سراقب اليوم."
    result = rasd.extract(text, published)
    assert [e.event_date for e in result.events] == [published.isoformat()]
