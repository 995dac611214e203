"""Text written to slip past filters: real reports rewritten in each evasion style give the
same events, and the rules that undo the styles never join real words and keep every offset
exact."""

from __future__ import annotations

from functools import cache
from typing import Any

import pytest
import regex
from conftest import SHARED, needs_shared
from evasion_styles import SPACES_UNAMBIGUOUS, STYLES

import rasd
from rasd.eval.gold import load_gold, locate_report
from rasd.geo.keys import place_key
from rasd.text.io import read_report
from rasd.text.normalize import fold, normalize

# --------------------------------------------------------------------------- real reports


@cache
def gold_reports() -> tuple[tuple[str, str, str], ...]:
    """(id, text, published) of the dev gold reports, read in place from ../shared."""
    if SHARED is None:
        return ()
    gold_dir = SHARED / "eval" / "gold" / "dev"
    reports = []
    for document in load_gold(gold_dir):
        text, _ = read_report(locate_report(document, gold_dir))
        reports.append((document.doc, text, document.published.isoformat()
                        if document.published else ""))
    return tuple(reports)


def event_keys(result: rasd.Extraction) -> list[tuple[Any, ...]]:
    """What an event says, without where its evidence sits in the (rewritten) text; the place
    name as written is compared by its key (folded, without spaces), so `م ع ر ة` and `معرة`
    agree, and so do `أ م شرشوح` and `أم شرشوح` (the span of a name leaves out the و that a
    spelled-out `و أ م` joined to it)."""
    keys = []
    for event in result.events:
        where = event.location
        keys.append((event.event_type, event.sub_event_type, event.event_date,
                     event.time_precision, event.actor1, event.actor2, place_key(where.name),
                     where.gazetteer_id, where.admin1, event.fatalities, event.injuries,
                     event.civilian_targeting))
    return sorted(keys, key=repr)


@cache
def original_events(doc: str) -> list[tuple[Any, ...]]:
    _, text, published = next(r for r in gold_reports() if r[0] == doc)
    return event_keys(rasd.extract(text, published))


@needs_shared
@pytest.mark.parametrize("style", sorted(STYLES))
def test_real_reports_rewritten_give_the_same_events(style: str) -> None:
    """With spaces, words that end in و are left whole: spelled out, they read as the word
    and the conjunction written apart (see the test of that rule below)."""
    rewrite = SPACES_UNAMBIGUOUS if style == "spaces" else STYLES[style]
    reports = gold_reports()
    assert reports, "no dev gold reports found"
    with_events = 0
    for doc, text, published in reports:
        hostile = rewrite(text)
        assert hostile != text or style == "tatweel-dots", f"{style} changed nothing in {doc}"
        result = rasd.extract(hostile, published)
        for event in result.events:
            for evidence in event.evidence:
                assert evidence.text == hostile[evidence.start:evidence.end]
        assert event_keys(result) == original_events(doc), f"{style}: {doc}"
        with_events += bool(result.events)
    assert with_events >= len(reports) // 2


@needs_shared
@pytest.mark.parametrize("style", sorted(set(STYLES) - {"spaces"}))
def test_rewritten_reports_read_as_the_original(style: str) -> None:
    """Every style but one is undone exactly: the normalised view is the original's. (With
    spaces, a spelled-out word ending in و gives it up to the next word, see below.)"""
    for doc, text, _ in gold_reports():
        assert normalize(STYLES[style](text)).text == normalize(text).text, doc


# --------------------------------------------------------------------------- the rules


@pytest.mark.parametrize(
    ("written", "read"),
    [
        ("ق ص ف", "قصف"),
        ("ق.ص.ف", "قصف"),
        ("ق-ص-ف", "قصف"),
        ("ق_ص_ف", "قصف"),
        ("ق . ص . ف", "قصف"),
        ("و ق ص ف ت", "وقصفت"),
        ("ق\u200cص\u200dف", "قصف"),
        ("ق\u200fص\u061cف\u00ad", "قصف"),
        ("قصـ.فها", "قصفها"),
        ("ﻗﺼﻒ", "قصف"),
        ("ﻻ", "لا"),
        ("کتائب", "كتائب"),
        ("فی", "في"),
        ("مدینە", "مدينه"),
        ("دlعش", "داعش"),
        ("د1عش", "داعش"),
        ("مدينo", "مدينه"),
        ("ي\u0654", "ئ"),
        ("٢٣ ۱۲ ５", "23 12 5"),
    ],
)
def test_each_style_is_undone(written: str, read: str) -> None:
    assert normalize(f"قالوا {written} امس").text == f"قالوا {read} امس"


@pytest.mark.parametrize(
    "text",
    [
        "بعد نحو كيلومتر.وقال ناشطون",  # a dot between words is a sentence end
        "(أ ف ب)",  # an initialism
        "د.ب.أ",
        "ق.م",  # two letters: an abbreviation
        "أ.د. محمد",
        "البنود أ، ب، ج",  # a list of letters
        "قصف و قتل",  # the conjunction written apart
        "ب20 غارة",  # a clitic on a number
        "طائرات اف-16 و F16",
        "حلب|ادلب",
    ],
)
def test_real_words_are_not_joined(text: str) -> None:
    view = normalize(text).text
    assert view.split() == [fold(word) for word in text.split()] or view == fold(text)
    assert len(view.split()) == len(text.split())


@pytest.mark.parametrize("text, view", [
    ("#حلب_تحترق", "حلب تحترق"),  # a hashtag's words are words
    ("على مدينة #دوما", "علي مدينه دوما"),
    ("وقال #جيش_الإسلام", "وقال جيش الاسلام"),
    ("قصـ_فها", "قصفها"),  # an underscore with a tatweel still breaks one word
])
def test_a_hashtag_reads_as_its_words(text: str, view: str) -> None:
    assert normalize(text).text == view


def test_a_hashtag_word_points_back_to_its_letters() -> None:
    text = "وقال #جيش_الإسلام إن"
    normalized = normalize(text)
    start = normalized.text.index("جيش الاسلام")
    begin, end = normalized.to_original(start, start + len("جيش الاسلام"))
    assert text[begin:end] == "جيش_الإسلام"


def test_a_run_keeps_one_separator_so_two_spelled_words_stay_two() -> None:
    assert normalize("ق.ص.ف ط.ا.ئ.ر.ة").text == "قصف طائره"
    assert normalize("ق-ص-ف ط ا ئ ر ة").text == "قصف طائره"
    # spaces are one separator in the view, however many: one run, one word
    assert normalize("ق ص ف  ط ا ئ ر ة").text == "قصفطائره"


def test_the_conjunction_written_apart_after_a_spelled_word() -> None:
    assert normalize("ب ا ب و ل ي ن و معرة").text == "بابولين و معره"
    # spelled with dots, a final و is part of the word
    assert normalize("ي.و.ل.ي.و من").text == "يوليو من"


def test_a_clitic_before_a_quote_is_not_taken_into_a_spelled_word() -> None:
    assert normalize("ت ص ر ي ح لـ«الشرق»").text == 'تصريح ل"الشرق"'


@pytest.mark.parametrize("written", ["ق ص ف", "ق.ص.ف", "ﻗﺼﻒ", "دlعش", "ق\u200cص\u200dف",
                                     "قصـ.فها", "ﻻ"])
def test_the_offset_map_points_at_the_spelled_out_word(written: str) -> None:
    text = f"قالوا {written} امس"
    view = normalize(text)
    word = view.text.split()[1]
    start = view.text.index(word)
    begin, end = view.to_original(start, start + len(word))
    assert text[begin:end] == written
    assert len(view.offsets) == len(view.text)


def test_inside_lookalikes_leave_numbers_and_latin_words_alone() -> None:
    for text in ("ب5 غارات", "عيار 23مم", "في 2015م", "iPhone بـiPhone", "F-16"):
        assert normalize(text).text == normalize(text).text.lower()
        assert not regex.search(r"[اه]", normalize(text).text.replace(fold(text), ""))
    assert normalize("ب5 غارات").text == "ب5 غارات"
    assert normalize("بـiPhone").text == "biphone".replace("b", "ب")


def test_every_lookalike_in_the_data_file_is_read_as_its_letter() -> None:
    """The rows of data/lookalikes.csv, as an analyst extends them: `always` rows anywhere,
    `inside` rows between two Arabic letters (and left alone between spaces)."""
    from rasd.text.normalize import _lookalikes

    always, inside = _lookalikes()
    assert always and inside
    for char, letter in always.items():
        assert normalize(f"ب{char}ب {char}").text == fold(f"ب{letter}ب {letter}"), char
    for char, letter in inside.items():
        assert normalize(f"ب{char}ب").text == fold(f"ب{letter}ب"), char
        assert normalize(f"ب {char} ب").text == fold(f"ب {char} ب"), char
