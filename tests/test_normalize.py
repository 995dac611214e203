"""Normalisation keeps a map back to the original: every normalised word maps to the exact
characters it came from, and filter-evasion spellings are undone without joining words."""

from __future__ import annotations

import regex

from rasd.text.normalize import fold, normalize
from rasd.text.sentences import split_sentences


def words_with_sources(text: str) -> dict[str, str]:
    view = normalize(text)
    out = {}
    for word in regex.finditer(r"\w+", view.text):
        start, end = view.to_original(word.start(), word.end())
        out[word.group()] = text[start:end]
    return out


def test_filter_evasion_is_undone_and_maps_back() -> None:
    text = "واصلت طائرات النظام قصـ.فها المكثف موقعة عدداً من الضـ.حايا والجـ.رحى"
    words = words_with_sources(text)
    assert words["قصفها"] == "قصـ.فها"
    assert words["الضحايا"] == "الضـ.حايا"
    assert words["والجرحي"] == "والجـ.رحى"


def test_a_space_between_two_tatweels_is_inside_the_word() -> None:
    text = "استـ ـشهد مدنيان بغـ ـارات على بلدة الهبيط"
    words = words_with_sources(text)
    assert words["استشهد"] == "استـ ـشهد"
    assert words["بغارات"] == "بغـ ـارات"
    # one tatweel before a space joins nothing: the words stay apart
    assert normalize("الـ قصف").text == "ال قصف"


def test_dot_between_real_words_is_not_a_join() -> None:
    view = normalize("بعد نحو كيلومتر.وقال ناشطون").text
    assert "كيلومتر.وقال" in view


def test_folding_diacritics_tatweel_and_digits() -> None:
    view = normalize("أَعْلَنَتْ إدلب الـــشمال عيار ٢٣مم ۱۲ حماة على").text
    assert view == "اعلنت ادلب الشمال عيار 23مم 12 حماه علي"


def test_offsets_round_trip_on_a_real_report(founding_text: str) -> None:
    view = normalize(founding_text)
    assert len(view.offsets) == len(view.text)
    for word in regex.finditer(r"\w+", view.text):
        start, end = view.to_original(word.start(), word.end())
        original = founding_text[start:end]
        # the original characters normalise back to the same word
        assert normalize(original).text == word.group()


def test_zero_width_and_bidi_marks_vanish() -> None:
    assert fold("حل\u200cب\u200f") == "حلب"


def test_empty_range_and_bounds() -> None:
    view = normalize("قصف")
    assert view.to_original(0, 0) == (0, 0)
    try:
        view.to_original(0, 10)
    except IndexError:
        pass
    else:
        raise AssertionError("out-of-range spans must fail loudly")


def test_sentences_split_on_stops_and_lines() -> None:
    view = normalize("قصف على حلب. وقال ناشطون إن 3.5 كم\nسطر آخر").text
    parts = [view[s.start:s.end].strip() for s in split_sentences(view)]
    assert parts[0] == "قصف علي حلب."
    assert parts[1].startswith("وقال") and "3.5" in parts[1]
    assert parts[2] == "سطر اخر"


def test_a_line_break_survives_the_spaces_around_it() -> None:
    """Windows line ends (`\\r\\n`) and spaces before a break must still end the line:
    sentences and paragraphs are read from line breaks."""
    assert normalize("غارات على كفرنبل \r\nقال ناشطون").text == "غارات علي كفرنبل\nقال ناشطون"
    assert normalize("حلب  \n\n  ادلب").text == "حلب\nادلب"
    assert normalize("حلب \t ادلب").text == "حلب ادلب"


def test_an_elided_quotation_does_not_end_a_sentence() -> None:
    view = normalize("قتل 13 شخصا بينهم سيدة (...) في مجزرة. وقال ناشطون... إن القصف مستمر").text
    parts = [view[s.start:s.end].strip() for s in split_sentences(view)]
    assert parts == ["قتل 13 شخصا بينهم سيده (...) في مجزره.", "وقال ناشطون...",
                     "ان القصف مستمر"]


def test_a_quoted_abbreviation_does_not_end_a_sentence() -> None:
    view = normalize('استهدف الثوار دبابة بصاروخ "م.د" في قرية الحويز. وقال ناشطون').text
    parts = [view[s.start:s.end].strip() for s in split_sentences(view)]
    assert parts == ['استهدف الثوار دبابه بصاروخ "م.د" في قريه الحويز.', "وقال ناشطون"]


def test_a_name_kept_back_to_its_initial_does_not_end_a_sentence() -> None:
    view = normalize("اختطف مسلحون الشاب (آلان. ع) من قرية جلمة أمس. وقال مصدر").text
    parts = [view[s.start:s.end].strip() for s in split_sentences(view)]
    assert parts == ["اختطف مسلحون الشاب (الان. ع) من قريه جلمه امس.", "وقال مصدر"]
