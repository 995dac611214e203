"""Windowed phrase scanning must find exactly what a whole-view scan finds."""

from __future__ import annotations

import regex

from rasd.text.windows import PhraseWindows, finditer_in

# a toy phrase pattern: a weekday, optionally followed by الماضي, standing as a word
_PATTERN = regex.compile(r"(?<![\p{L}\d])[وف]?(?:الجمعه|الخميس)(?:[^\S\n]+الماضي)?(?![\p{L}\d])")
_PHRASES = ("الجمعه", "الخميس", "الماضي")


def _windows() -> PhraseWindows:
    return PhraseWindows({"weekday": ["الجمعه", "الخميس"]}, "".join(_PHRASES), prefixes=("و", "ف"))


def _spans(view: str) -> list[tuple[int, int]]:
    stretches = _windows().windows(view).get("weekday", [])
    return [m.span() for m in finditer_in(_PATTERN, view, stretches)]


def test_windowed_matches_equal_whole_scan() -> None:
    views = [
        "قتل ثلاثة يوم الجمعه الماضي, وجرح اثنان الخميس",
        "والخميس: قصف\nفالجمعه الماضي; لا شيء هنا",
        "كالجمعه والجمعهات الخميسي",  # glued or inflected: no match either way
        "",
        "لا تاريخ في هذا السطر",
    ]
    for view in views:
        assert _spans(view) == [m.span() for m in _PATTERN.finditer(view)], view


def test_windows_stop_at_cut_characters() -> None:
    view = "مقدمة طويلة, ثم الجمعه الماضي\nسطر آخر"  # the view has ASCII commas
    start, end = _windows().windows(view)["weekday"][0]
    assert view[start:end] == " ثم الجمعه الماضي"


def test_one_window_per_stretch() -> None:
    view = "الخميس والجمعه, الخميس"
    assert _windows().windows(view)["weekday"] == [(0, 14), (15, 22)]


def test_glued_anchor_is_not_a_hit() -> None:
    assert _windows().windows("كالجمعه بالخميس") == {}


def test_empty_anchor_scans_whole_view() -> None:
    view = "نص, بلا كلمات"
    windows = PhraseWindows({"all": [""], "weekday": ["الجمعه"]}, "")
    assert windows.windows(view) == {"all": [(0, len(view))]}


def test_digit_anchor_may_follow_letters() -> None:
    windows = PhraseWindows({"hours": ["24"]}, "")
    assert windows.windows("خلال ال24 ساعه") == {"hours": [(0, 14)]}
