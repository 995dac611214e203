"""Date phrases in the normalised view, resolved against the report's reference date.

An event counts only when it can be placed within a week, so every way a report dates
something matters: relative days (اليوم، أمس، أول أمس), weekdays (أمس الجمعة، فجر الخميس),
explicit dates in both month systems (23 تموز 2015، الثالث والعشرين من يوليو، 5/8/2015),
whole months, spans that reach back (الأيام الماضية) and background markers (منذ ...، حتى الآن)
that tell the caller a toll is cumulative.

The words live in `data/dates.toml`. dateparser was tried and not used: it knows neither the
Levantine month names (تموز، نيسان) nor ordinal days on the folded view.
"""

from __future__ import annotations

import bisect
import calendar
import dataclasses
import datetime as dt
import re
import tomllib
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import cache, lru_cache
from importlib import resources

import regex
from hijridate import Gregorian, Hijri

from rasd.extract.numerals import number_words, parse_number
from rasd.text.normalize import fold
from rasd.text.windows import PhraseWindows, finditer_in

# ACLED time_precision
EXACT_DAY = 1
WITHIN_WEEK = 2
MONTH = 3

KINDS = ("relative", "weekday", "explicit", "period", "background")
# a newspaper prints a wire story a day or two after it was written: `أمس الثلاثاء` printed on
# Thursday is Tuesday
WIRE_LAG_DAYS = 2


@dataclass(frozen=True)
class DateMention:
    """A date phrase in the view: [start, end), the day (or range) it names, and how sure.

    `precision` is ACLED's time_precision (1 day, 2 within a week, 3 month). `kind` is one of
    relative, weekday, explicit, period, background; background mentions (منذ ...، حتى الآن)
    mark cumulative tolls and campaign summaries, which are not events.
    """

    start: int
    end: int
    date: dt.date | None
    date_to: dt.date | None
    precision: int
    kind: str
    text: str


# ---------------------------------------------------------------------------------------------
# Data


@dataclass(frozen=True)
class _DateData:
    months: dict[str, int]
    month_context: tuple[str, ...]
    weekdays: dict[str, int]
    past: tuple[str, ...]
    bare_past: tuple[str, ...]  # ... after a day's number alone (`28 الماضي`)
    before_past: tuple[str, ...]
    current: tuple[str, ...]
    future: tuple[str, ...]
    ordinals: dict[str, int]
    relative: dict[str, int]
    times_of_day: tuple[str, ...]
    after_midnight: tuple[str, ...]
    today_not_before: frozenset[str]
    yesterdays_dead: frozenset[str]
    periods: dict[str, int]
    periods_before_today: frozenset[str]
    month_periods: dict[str, int]
    month_parts: dict[str, tuple[int, int]]  # "مطلع" -> (1, 10): the days of the month it covers
    ago_units: dict[str, int]
    ago_duals: dict[str, int]
    ago_words: tuple[str, ...]
    ago_approx: tuple[str, ...]
    ago_plurals: frozenset[str]
    ago_several: int
    since: tuple[str, ...]
    background: tuple[str, ...]
    first_since: tuple[str, ...]
    new_item: tuple[str, ...]
    flashback: tuple[str, ...]
    feasts: dict[str, tuple[int, int, int]]  # name -> Hijri (month, day, days it lasts)
    year_words: tuple[str, ...]
    year_parts: dict[str, tuple[int, int]]  # "صيف" -> (6, 8): the months of the year it covers
    year_shifts: dict[str, int]  # "العام الماضي" -> -1: years back from the report's
    feast_days: dict[str, int]  # "ثاني أيام" -> 2


def _folds(words: Iterable[str]) -> tuple[str, ...]:
    return tuple(fold(w) for w in words)


def _fold_map(table: Mapping[str, int]) -> dict[str, int]:
    return {fold(k): int(v) for k, v in table.items()}


def _ordinal_days(raw: Mapping[str, object]) -> dict[str, int]:
    """Every ordinal day phrase from 1 to 31, composed from the tables in dates.toml."""
    units = _fold_map(raw["units"])  # type: ignore[arg-type]
    compound = _fold_map(raw.get("compound_units", {}))  # type: ignore[arg-type]
    tens = _fold_map(raw["tens"])  # type: ignore[arg-type]
    days: dict[str, int] = dict(units)
    days.update({fold(w): 10 for w in raw["ten"]})  # type: ignore[attr-defined]
    days.update(tens)
    for word, value in {**units, **compound}.items():
        for teen in raw["teen"]:  # type: ignore[attr-defined]
            days[f"{word} {fold(teen)}"] = value + 10
        for tens_word, tens_value in tens.items():
            if value + tens_value <= 31:
                days[f"{word} و{tens_word}"] = value + tens_value
    return days


@cache
def _dates() -> _DateData:
    """Load dates.toml once, folded like the text it will be matched against."""
    text = resources.files("rasd").joinpath("data", "dates.toml").read_text(encoding="utf-8")
    raw = tomllib.loads(text)
    months = {fold(name): int(number) for number, names in raw["months"].items() for name in names}
    mods = raw["modifiers"]
    words = raw["day_words"]
    ago = raw["ago"]
    return _DateData(
        months=months,
        month_context=_folds(raw["month_context"]["words"]),
        weekdays=_fold_map(raw["weekdays"]),
        past=_folds(mods["past"]),
        bare_past=_folds(mods["bare_past"]),
        before_past=_folds(mods["before_past"]),
        current=_folds(mods["current"]),
        future=_folds(mods["future"]),
        ordinals=_ordinal_days(raw["ordinals"]),
        relative=_fold_map(raw["relative"]),
        times_of_day=_folds(words["times_of_day"]),
        after_midnight=_folds(words["after_midnight"]),
        today_not_before=frozenset(_folds(words["today_not_before"])),
        yesterdays_dead=frozenset(_folds(words["yesterdays_dead"])),
        periods=_fold_map(raw["periods"]),
        periods_before_today=frozenset(_folds(words["periods_before_today"])),
        month_periods=_fold_map(raw["month_periods"]),
        month_parts={fold(name): (int(first), int(last))
                     for name, (first, last) in raw["month_parts"].items()},
        ago_units=_fold_map(ago["units"]),
        ago_duals=_fold_map(ago["duals"]),
        ago_words=_folds(ago["words"]),
        ago_approx=_folds(ago["approx"]),
        ago_plurals=frozenset(_folds(ago["plurals"])),
        ago_several=int(ago["several"]),
        since=_folds(raw["background"]["since"]),
        background=_folds(raw["background"]["phrases"]),
        first_since=_folds(raw["background"]["first_since"]),
        new_item=_folds(words["new_item"]),
        flashback=_folds(words["flashback_openers"]),
        feasts={fold(name): (int(f["month"]), int(f["day"]), int(f["days"]))
                for name, f in raw["hijri"]["feasts"].items()},
        feast_days=_fold_map(raw["hijri"]["feast_days"]),
        year_words=_folds(raw["years"]["year_words"]),
        year_parts={fold(name): (int(first), int(last))
                    for name, (first, last) in raw["years"]["parts"].items()},
        year_shifts=_fold_map(raw["years"]["relative"]),
    )


def month_words() -> frozenset[str]:
    """Folded month names of both systems (for other modules that must not read them)."""
    return frozenset(_dates().months)


def time_heads() -> tuple[str, ...]:
    """Folded words a time phrase begins with: a time of day, a relative day, a weekday
    (`فجر اليوم`, `أمس`, `الخميس`)."""
    data = _dates()
    return (*data.times_of_day, *data.relative, *data.weekdays)


def day_parts() -> frozenset[str]:
    """Folded first words of the times of a day (`صباح`, `فجر`): `منذ صباح اليوم` is since
    earlier the same day, no stretch of the past."""
    return frozenset(w.split()[0] for w in _dates().times_of_day)


def past_words() -> tuple[str, ...]:
    """Folded words that put a time word in the past (`الماضي`, `المنصرم`)."""
    return _dates().past


def span_days(words: str) -> int | None:
    """How many days a stretch of time names (`يومين` 2, `يوم واحد` 1, `أسبوع` 7, `ساعات`
    0), read with the "ago" table; None where it is vague (`أيام`, `أسابيع`) or no stretch."""
    data = _dates()
    folded = fold(words).split()
    if len(folded) == 2 and folded[1] == fold("واحد"):
        folded = folded[:1]
    if len(folded) == 2 and folded[1] in data.ago_units:
        # `ثلاثة أيام`, `3 أسابيع`: a count of the unit
        count = parse_number(folded[0])
        return None if count is None else count * data.ago_units[folded[1]]
    if len(folded) != 1:
        return None
    word = folded[0]
    if word in data.ago_duals:
        return data.ago_duals[word]
    if word in data.ago_plurals:
        return 0 if data.ago_units.get(word) == 0 else None
    return data.ago_units.get(word)


def new_item_openers() -> tuple[str, ...]:
    """Folded phrases that open a new item of the day's news (`من جهة أخرى`, `في غضون ذلك`)."""
    return _dates().new_item


def flashback_openers() -> tuple[str, ...]:
    """Folded first words of a flashback sentence (`وكانت`), whose day is not passed on."""
    return _dates().flashback


# ---------------------------------------------------------------------------------------------
# Patterns

_W = r"[^\S\n]+"  # inline whitespace
_W0 = r"[^\S\n]*"
_B = r"(?<![\p{L}0-9])"
_E = r"(?![\p{L}0-9])"
_CLITIC = r"(?P<cl>[وف](?=\p{L}))?"
_WS = regex.compile(_W)
_DIGITS = regex.compile(r"[0-9]+")
_AL_DIGIT = regex.compile(rf"ال{_W0}([0-9])")
_NEXT_WORD = regex.compile(rf"{_W}(\p{{L}}+)")
_WORD_BEFORE = regex.compile(rf"(?<!\p{{L}})(\p{{L}}++){_W}$")
_MERGE_GAP = regex.compile(r"[\s,()]*")


def _alt(phrases: Iterable[str]) -> str:
    """Alternation of folded phrases, longest first; `ال24` also matches `ال 24`."""
    parts = []
    for phrase in sorted(set(phrases), key=len, reverse=True):
        words = []
        for word in phrase.split():
            digits = regex.fullmatch(r"ال([0-9]+)", word)
            words.append(rf"ال{_W0}{digits.group(1)}" if digits else regex.escape(word))
        parts.append(_W.join(words))
    return "(?:" + "|".join(parts) + ")"


@cache
def _patterns() -> dict[str, regex.Pattern[str]]:
    d = _dates()
    months = _alt(d.months)
    weekdays = _alt(d.weekdays)
    mods = _alt(d.before_past + d.past + d.current + d.future)
    tod = _alt(d.times_of_day)
    alt_month = rf"(?:{_W0}[(/\-–]{_W0}{months}{_E}(?:{_W0}\))?)?"
    year_tail = (
        rf"(?:{_W}(?P<rel>{mods}){_E}"
        rf"|{_W}(?:من{_W})?(?:(?:عام|العام|سنه){_W})?(?P<year>[0-9]{{4}})(?:{_W0}م)?{_E}"
        rf"|{_W}(?:من{_W})?(?:العام|السنه){_W}(?P<yrel>{mods}){_E})?"
    )
    day = rf"(?P<day>(?:ال{_W0})?[0-9]{{1,2}}|{_alt(d.ordinals)})"
    number = rf"(?:[0-9]+|{_alt(number_words())}(?:{_W}عشره?)?)"
    ago_units = _alt(d.ago_units)
    ago_plurals = _alt(d.ago_plurals)
    return {
        "relative": regex.compile(
            rf"{_B}{_CLITIC}(?:(?P<tod>{tod}){_W})?(?P<base>{_alt(d.relative)}){_E}"
            rf"(?:{_W0}\(?{_W0}(?P<wd>{weekdays}){_E}(?:{_W0}\))?)?"
        ),
        "weekday": regex.compile(
            rf"{_B}{_CLITIC}(?:(?P<tod>{tod}){_W})?(?P<wd>{weekdays}){_E}"
            rf"(?:{_W0}[-–/]{_W0}(?P<wd2>{weekdays}){_E})?"
            rf"(?:{_W}(?P<rel>{mods}){_E})?"
        ),
        "explicit": regex.compile(
            rf"{_B}(?:يوم{_W})?{day}{_E}{_W0}(?:من{_W})?(?:شهر{_W})?(?P<month>{months}){_E}"
            rf"{alt_month}{year_tail}"
        ),
        "day_of_month": regex.compile(
            rf"{_B}(?:يوم{_W})?{day}{_E}{_W0}(?:من{_W})?الشهر{_W}"
            rf"(?P<mrel>{mods}|نفسه|ذاته){_E}"
            # `يوم الأحد 28 الجاري`: a day's number and the month's word alone (not
            # "former" after a unit's number: `مواقع للواء 12 السابق`)
            rf"|{_B}(?P<day2>[0-9]{{1,2}}){_W}(?P<mrel2>{_alt(d.current + d.bare_past)}){_E}"
        ),
        "month": regex.compile(
            rf"{_B}{_CLITIC}(?:(?P<ctx>{_alt(d.month_context)}){_W}(?:شهر{_W})?)?"
            rf"(?P<month>{months}){_E}{alt_month}{year_tail}"
        ),
        "period": regex.compile(rf"{_B}{_CLITIC}(?P<p>{_alt(d.periods)}){_E}"),
        "month_period": regex.compile(
            rf"{_B}{_CLITIC}(?:(?P<part>{_alt(d.month_parts)}){_W}(?:من{_W})?)?"
            rf"(?P<p>{_alt(d.month_periods)}){_E}"
        ),
        "year_period": regex.compile(
            rf"{_B}{_CLITIC}(?:(?P<part>{_alt(d.year_parts)}){_W}(?:من{_W})?)?"
            rf"(?P<p>{_alt(d.year_shifts)}){_E}"
        ),
        "ago": regex.compile(
            rf"{_B}{_CLITIC}(?P<w>{_alt(d.ago_words)}){_W}(?:(?P<approx>{_alt(d.ago_approx)}){_W})?"
            rf"(?:(?P<dual>{_alt(d.ago_duals)})|(?P<n>{number}){_W}(?P<unit>{ago_units})"
            # a unit with no number says how long ago only where it is not followed by what
            # it is before: `قبل شهر رمضان`, `قبل يوم الجمعة`, `قبل أشهر من الانتخابات`
            # (or by where it happened: `اعتقلوا قبل شهر في قرية سلوك`)
            rf"|(?P<bare>{ago_plurals}|{ago_units}(?={_W0}(?:[^\w\s]|$)|{_W}(?:و\p{{L}}|تقريبا|"
            rf"تماما|بالضبط|فقط|في{_E}|من{_W}الان{_E})))"
            rf"(?!{_W}من{_E}(?!{_W}الان{_E}))){_E}"
        ),
        "background": regex.compile(rf"{_B}{_CLITIC}(?P<p>{_alt(d.background)}){_E}"),
        # `بعد نحو ثلاثة أسابيع من خطفه`, `بعد 5 أيام على`: a counted stretch after a deed
        "stretch_after": regex.compile(
            rf"{_B}{_CLITIC}(?P<w>بعد{_W}(?:(?:{_alt(d.ago_approx)}){_W})?"
            rf"(?:{_alt(d.ago_duals)}|{number}{_W}(?:{ago_units}))){_W}(?:من|علي){_E}"
        ),
        # (up to the clause's end: the words of what it was the first since)
        "first_since": regex.compile(rf"{_B}{_CLITIC}(?:{_alt(d.first_since)}){_E}[^.,،:;!?؟\n]*+"),
        "feast": regex.compile(
            rf"{_B}{_CLITIC}(?:(?P<tod>{tod}){_W})?(?:(?P<nth>{_alt(d.feast_days)}){_W})?"
            rf"(?P<feast>{_alt(d.feasts)}){_E}"
        ),
        # what must stand right before a year for it to be a date (`في عام`, `صيف`)
        "before_year": regex.compile(
            rf"{_B}{_CLITIC}(?:(?P<part>{_alt(d.year_parts)}){_W}(?:من{_W})?)?"
            rf"(?:(?P<ctx>{_alt(d.month_context)}){_W})?"
            rf"(?:(?P<word>{_alt(d.year_words)}){_W})?$"
        ),
        "since_before": regex.compile(rf"{_B}{_CLITIC}{_alt(d.since)}{_W}(?:(?:يوم|تاريخ){_W})?$"),
        "since_word": regex.compile(rf"{_B}{_CLITIC}(?P<s>{_alt(d.since)}){_W}\p{{L}}+"),
    }


# 23/7/2015, 2015-07-23, and with spaces round the slashes and a full year (`27 / 12 / 2011`).
# The standard library's engine, told to look for a digit first, scans a whole report for these
# several times faster than `regex`; the pattern has ASCII classes only, where the two engines
# agree.
_NUMERIC_DATE = re.compile(
    r"(?=[0-9])(?<![0-9/.\-])(?:(?P<d>[0-9]{1,2})(?P<s>[/.\-]| / )(?P<m>[0-9]{1,2})(?P=s)"
    r"(?P<y>[0-9]{4}|(?<=[/.\-])[0-9]{2})"
    r"|(?P<y2>[0-9]{4})(?P<s2>[/.\-])(?P<m2>[0-9]{1,2})(?P=s2)(?P<d2>[0-9]{1,2}))"
    r"(?![0-9/\-]|\.[0-9])"
)


def _anchor(phrase: str) -> str:
    """The longest word of a phrase that `_alt` matches literally: every match holds it.

    In `ال24` the digits are the word (the article may stand apart: `ال 24`).
    """
    pieces: list[str] = []
    for word in phrase.split():
        digits = regex.fullmatch(r"ال([0-9]+)", word)
        pieces.append(digits.group(1) if digits else word)
    return max(pieces, key=len, default="")


@cache
def _windows() -> PhraseWindows:
    """Anchor words for the patterns that are worth a prefilter: each match holds one.

    The anchor is a word of a phrase the pattern cannot do without (the month of a date, the
    weekday, the relative phrase). Besides the phrases, the patterns take only spaces, digits,
    `( ) / - –`, so the punctuation `PhraseWindows` cuts at (and `.`, taken only by the numeric
    pattern, which is scanned whole) never falls inside a match.
    """
    d = _dates()
    required: dict[str, Iterable[str]] = {
        "relative": d.relative,
        "weekday": d.weekdays,
        "explicit": d.months,
        "day_of_month": ("الشهر", *d.current, *d.past),
        "month": d.months,
        "period": d.periods,
        "month_period": d.month_periods,
        "year_period": d.year_shifts,
        "ago": d.ago_words,
        "background": d.background,
        "stretch_after": ("بعد",),
        "first_since": d.first_since,
        "feast": d.feasts,
    }
    used: set[str] = set("".join(number_words()))
    for f in dataclasses.fields(d):
        value = getattr(d, f.name)
        if not isinstance(value, int):
            used.update("".join(value))
    anchors = {k: [_anchor(p) for p in v] for k, v in required.items()}
    # "." splits too: only the numeric pattern (scanned whole) takes it
    return PhraseWindows(anchors, used, prefixes=("و", "ف"), more_cuts=".")


@lru_cache(maxsize=8)
def _view_windows(view: str) -> dict[str, list[tuple[int, int]]]:
    return _windows().windows(view)


def _matches(view: str, name: str) -> Iterator[regex.Match[str]]:
    """`_patterns()[name].finditer(view)`, run only where the pattern can match."""
    pattern = _patterns()[name]
    if name == "since_word":  # cheap on the whole view
        return pattern.finditer(view)
    return finditer_in(pattern, view, _view_windows(view).get(name, []))


# ---------------------------------------------------------------------------------------------
# Resolution helpers


@dataclass
class _Context:
    """What resolution needs beyond the phrase: the reference date and the last month named."""

    published: dt.date | None
    last_month: tuple[int, int] | None = None


_Resolved = tuple[dt.date | None, dt.date | None, int]


@dataclass
class _Candidate:
    start: int
    end: int
    kind: str
    resolve: Callable[[_Context], _Resolved | None]
    names_month: bool = False
    since: bool = False
    priority: int = field(default=0)


def _no_date(ctx: _Context) -> _Resolved:
    """Background phrases (حتى الآن، a bare منذ) mark a toll as cumulative but name no day."""
    return None, None, MONTH


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _day_value(text: str) -> int | None:
    text = text.strip()
    digits = _DIGITS.search(text)
    value = int(digits.group()) if digits else _dates().ordinals.get(_WS.sub(" ", text))
    return value if value is not None and 1 <= value <= 31 else None


def _year_of(match: regex.Match[str], month: int, day: int | None, ctx: _Context) -> int | None:
    """The year a day-month (or month) phrase means, from its own words or the reference date."""
    d = _dates()
    pub = ctx.published
    if match.group("year"):
        return int(match.group("year"))
    yrel = match.group("yrel")
    rel = match.group("rel")
    if pub is None:
        return None
    if yrel:
        return pub.year - 1 if yrel in d.past else pub.year + (1 if yrel in d.future else 0)
    if rel in d.current:
        return pub.year
    if rel in d.future:
        later = (month, day) > (pub.month, pub.day) if day else month > pub.month
        return pub.year if later else pub.year + 1
    if day is None:
        # a whole month "الماضي" is before the current one; a bare month may be the current one
        if rel in d.past:
            return pub.year if month < pub.month else pub.year - 1
        return pub.year if month <= pub.month else pub.year - 1
    return pub.year if (month, day) <= (pub.month, pub.day) else pub.year - 1


def _weekday_date(pub: dt.date, weekday: int, rel: str | None) -> dt.date:
    d = _dates()
    if rel in d.future:
        return pub + dt.timedelta(days=(weekday - pub.weekday()) % 7 or 7)
    back = (pub.weekday() - weekday) % 7
    if back == 0 and rel in d.past + d.before_past:
        back = 7
    if rel in d.before_past:
        back += 7  # `السبت قبل الماضي`: the one before last Saturday
    return pub - dt.timedelta(days=back)


# ---------------------------------------------------------------------------------------------
# Finders


def _core_start(match: regex.Match[str]) -> int:
    """Start of a match after its leading و/ف, so spans begin at the date word."""
    return match.end("cl") if match.group("cl") else match.start()


def _relative(view: str) -> Iterable[_Candidate]:
    d = _dates()
    for m in _matches(view, "relative"):
        base = _WS.sub(" ", m.group("base"))
        offset = d.relative[base]
        if base.endswith("اليوم") and not m.group("wd"):
            following = _NEXT_WORD.match(view, pos=m.end())
            if following and following.group(1) in d.today_not_before:
                continue

        word_before = view[max(0, m.start() - 12):_core_start(m)].split()[-1:]
        if base == "الامس" and word_before and word_before[0].lstrip("و") in d.yesterdays_dead:
            continue  # `تشييع شهداء الأمس`: the dead of that day, not the deed's day
        named = d.weekdays[m.group("wd")] if m.group("wd") else None

        def resolve(ctx: _Context, offset: int = offset,
                    named: int | None = named) -> _Resolved:
            if ctx.published is None:
                return None, None, EXACT_DAY
            day = ctx.published + dt.timedelta(days=offset)
            if named is not None and (day.weekday() - named) % 7 <= WIRE_LAG_DAYS:
                # `أمس الثلاثاء` printed on Thursday: the wire wrote it on Wednesday; the
                # weekday named is the day (a day or two back; further, the report's date
                # itself is off and the relative day stands)
                day -= dt.timedelta(days=(day.weekday() - named) % 7)
            return day, day, EXACT_DAY

        yield _Candidate(_core_start(m), m.end(), "relative", resolve, priority=3)


def _weekday(view: str) -> Iterable[_Candidate]:
    d = _dates()
    for m in _matches(view, "weekday"):
        first = d.weekdays[m.group("wd")]
        second = d.weekdays[m.group("wd2")] if m.group("wd2") else None
        tod = _WS.sub(" ", m.group("tod") or "")
        if first == 0 and not tod and not m.group("rel") and second is None:
            # الاثنين after a definite dual/plural is "the two", not Monday
            before = _WORD_BEFORE.search(view[max(0, m.start() - 30) : m.start()])
            word = before.group(1) if before else ""
            if word.startswith("ال") and word.endswith(("ين", "ان")):
                continue
        rel = m.group("rel")
        after_midnight = tod in d.after_midnight

        def resolve(
            ctx: _Context,
            first: int = first,
            second: int | None = second,
            rel: str | None = rel,
            after_midnight: bool = after_midnight,
        ) -> _Resolved:
            if ctx.published is None:
                return None, None, EXACT_DAY
            day = _weekday_date(ctx.published, first, rel)
            if second is None:
                if after_midnight and day < ctx.published:
                    # `بعد منتصف ليل الاثنين`: the small hours of Tuesday
                    day += dt.timedelta(days=1)
                return day, day, EXACT_DAY
            nxt = day + dt.timedelta(days=(second - first) % 7)
            if nxt > ctx.published:  # "ليل السبت - الأحد" read on Sunday: the night just gone
                day, nxt = day - dt.timedelta(days=7), nxt - dt.timedelta(days=7)
            if after_midnight:
                return nxt, nxt, EXACT_DAY
            return day, nxt, WITHIN_WEEK

        yield _Candidate(_core_start(m), m.end(), "weekday", resolve, priority=2)


def _explicit(view: str) -> Iterable[_Candidate]:
    d = _dates()
    for m in _matches(view, "explicit"):
        day = _day_value(m.group("day"))
        month = d.months[_WS.sub(" ", m.group("month"))]
        if day is None or _safe_date(2000, month, day) is None:
            continue

        def resolve(
            ctx: _Context, m: regex.Match[str] = m, day: int = day, month: int = month
        ) -> _Resolved | None:
            year = _year_of(m, month, day, ctx)
            if year is None:
                return None, None, EXACT_DAY
            date = _safe_date(year, month, day)
            return None if date is None else (date, date, EXACT_DAY)

        yield _Candidate(m.start(), m.end(), "explicit", resolve, names_month=True, priority=5)

    for m in _matches(view, "day_of_month"):
        day = _day_value(m.group("day") or m.group("day2"))
        if day is None:
            continue
        mrel = m.group("mrel") or m.group("mrel2")

        def resolve_dom(ctx: _Context, day: int = day, mrel: str = mrel) -> _Resolved | None:
            pub = ctx.published
            if mrel in ("نفسه", "ذاته") and ctx.last_month is not None:
                year, month = ctx.last_month
            elif pub is None:
                return None, None, EXACT_DAY
            elif mrel in d.past:
                year, month = (pub.year, pub.month - 1) if pub.month > 1 else (pub.year - 1, 12)
            elif mrel in d.future:
                year, month = (pub.year, pub.month + 1) if pub.month < 12 else (pub.year + 1, 1)
            else:
                year, month = pub.year, pub.month
            date = _safe_date(year, month, day)
            return None if date is None else (date, date, EXACT_DAY)

        yield _Candidate(m.start(), m.end(), "explicit", resolve_dom, names_month=True, priority=5)

    for m in _NUMERIC_DATE.finditer(view):
        if m.group("d"):
            year, month, day = int(m.group("y")), int(m.group("m")), int(m.group("d"))
            if year < 100:
                year += 2000
        else:
            year, month, day = int(m.group("y2")), int(m.group("m2")), int(m.group("d2"))
        date = _safe_date(year, month, day)
        if date is None:
            continue

        def resolve_num(ctx: _Context, date: dt.date = date) -> _Resolved:
            return date, date, EXACT_DAY

        yield _Candidate(m.start(), m.end(), "explicit", resolve_num, names_month=True, priority=5)


def _month_only(view: str) -> Iterable[_Candidate]:
    d = _dates()
    for m in _matches(view, "month"):
        has_shahr = "شهر" in m.group()[: m.start("month") - m.start()]
        anchored = has_shahr or any(m.group(g) for g in ("ctx", "rel", "year", "yrel"))
        if not anchored:
            continue
        month = d.months[_WS.sub(" ", m.group("month"))]
        since = m.group("ctx") in d.since

        def resolve(ctx: _Context, m: regex.Match[str] = m, month: int = month) -> _Resolved:
            year = _year_of(m, month, None, ctx)
            if year is None:
                return None, None, MONTH
            end = _month_end(year, month)
            if ctx.published is not None and end > ctx.published >= dt.date(year, month, 1):
                end = ctx.published
            return dt.date(year, month, 1), end, MONTH

        yield _Candidate(
            _core_start(m), m.end(), "explicit", resolve, names_month=True, since=since, priority=4
        )


# a year of this era standing alone (not part of 23/7/2014, a number or a longer one)
_YEAR = re.compile(r"(?<![0-9/.\-])(?:19|20)[0-9]{2}(?![0-9/\-]|\.[0-9])")


def _year_only(view: str) -> Iterable[_Candidate]:
    """`في عام 2014`, `صيف 2014`, `أواخر العام 2013`: a year, or a part of one; a year
    after no such word is a count or a name (`قتل 2014 شخصا`, `مجموعة 2014`)."""
    d = _dates()
    before = _patterns()["before_year"]
    for y in _YEAR.finditer(view):
        m = before.search(view, max(0, y.start() - 40), y.start())
        if m is None or not any(m.group(g) for g in ("part", "ctx", "word")):
            continue
        year = int(y.group())
        first, last = d.year_parts.get(_WS.sub(" ", m.group("part") or ""), (1, 12))

        def resolve(ctx: _Context, year: int = year, first: int = first, last: int = last
                    ) -> _Resolved | None:
            start, end = dt.date(year, first, 1), _month_end(year, last)
            if ctx.published is not None:
                if start > ctx.published:
                    return None  # a year to come: a plan, no event's date
                end = min(end, ctx.published)
            return start, end, MONTH

        yield _Candidate(_core_start(m), y.end(), "explicit", resolve,
                         since=m.group("ctx") in d.since, priority=1)


def _periods(view: str) -> Iterable[_Candidate]:
    d = _dates()
    for m in _matches(view, "period"):
        name = _WS.sub(" ", _AL_DIGIT.sub(r"ال\1", m.group("p")))
        days = d.periods[name]
        before = 1 if name in d.periods_before_today else 0  # ended the day before

        def resolve(ctx: _Context, days: int = days, before: int = before) -> _Resolved:
            pub = ctx.published
            if pub is None:
                return None, None, WITHIN_WEEK
            return (pub - dt.timedelta(days=days), pub - dt.timedelta(days=before),
                    WITHIN_WEEK)

        yield _Candidate(_core_start(m), m.end(), "period", resolve, priority=1)

    for m in _matches(view, "month_period"):
        shift = d.month_periods[_WS.sub(" ", m.group("p"))]
        first, last = d.month_parts.get(_WS.sub(" ", m.group("part") or ""), (1, 31))

        def resolve_month(ctx: _Context, shift: int = shift, first: int = first,
                          last: int = last) -> _Resolved | None:
            pub = ctx.published
            if pub is None:
                return None, None, MONTH
            year, month = pub.year, pub.month + shift
            while month < 1:
                year, month = year - 1, month + 12
            end = _month_end(year, month)
            start = dt.date(year, month, min(first, end.day))
            if start > pub:
                return None  # `أواخر الشهر الجاري` told on its tenth: a time to come
            return start, min(end.replace(day=min(last, end.day)), pub), MONTH

        yield _Candidate(_core_start(m), m.end(), "period", resolve_month, priority=1)

    for m in _matches(view, "year_period"):
        shift = d.year_shifts[_WS.sub(" ", m.group("p"))]
        part = m.group("part")
        if shift == 0 and not part:
            continue  # `هذا العام`: the stretch up to now (a background phrase)
        first, last = d.year_parts.get(_WS.sub(" ", part or ""), (1, 12))

        def resolve_year(ctx: _Context, shift: int = shift, first: int = first,
                         last: int = last) -> _Resolved | None:
            pub = ctx.published
            if pub is None:
                return None, None, MONTH
            year = pub.year + shift
            start = dt.date(year, first, 1)
            if start > pub:
                return None  # `أواخر العام الجاري` told in spring: a time to come
            return start, min(_month_end(year, last), pub), MONTH

        yield _Candidate(_core_start(m), m.end(), "period", resolve_year, priority=1)

    for m in _matches(view, "ago"):
        if m.group("dual"):
            days = d.ago_duals[m.group("dual")]
        elif m.group("bare"):
            # `قبل شهر`: one; `قبل أشهر`, `قبل عدة سنوات`: several (a few days or hours are
            # the periods table's; `منذ أشهر` the background phrases'; `منذ عام،` a stretch
            # begun a year ago)
            unit_days = d.ago_units[m.group("bare")]
            if m.group("w") in d.since and (m.group("bare") in d.ago_plurals or unit_days < 30):
                continue
            if m.group("bare") not in d.ago_plurals:
                days = unit_days
            elif unit_days >= 7:
                days = d.ago_several * unit_days
            else:
                continue
        else:
            n = parse_number(_WS.sub(" ", m.group("n")))
            if n is None:
                continue
            days = n * d.ago_units[m.group("unit")]
        hours = days == 0
        approx = bool(m.group("approx"))
        since = m.group("w") in d.since
        by_days = (m.group("unit") or m.group("dual") or m.group("bare") or ""
                   ).startswith(("يوم", "ايام"))
        # `منذ ثلاثة أشهر` (since) sets a stretch's start: background; `قبل ثلاثة أشهر` (ago)
        # dates a happening, so one long ago is a recap (the events stage drops stale dates)
        kind = "background" if since else "relative" if by_days and not approx else "period"

        def resolve_ago(
            ctx: _Context, days: int = days, hours: bool = hours, kind: str = kind
        ) -> _Resolved:
            pub = ctx.published
            if pub is None:
                return None, None, EXACT_DAY if kind == "relative" else WITHIN_WEEK
            if hours:
                return pub - dt.timedelta(days=1), pub, WITHIN_WEEK
            day = pub - dt.timedelta(days=days)
            if kind == "relative":
                return day, day, EXACT_DAY
            if kind == "background":
                return day, pub, WITHIN_WEEK if days <= 7 else MONTH
            return day - dt.timedelta(days=2), min(pub, day + dt.timedelta(days=2)), WITHIN_WEEK

        yield _Candidate(_core_start(m), m.end(), kind, resolve_ago, since=since, priority=3)


def _feast_start(published: dt.date, month: int, day: int) -> dt.date | None:
    """The first day of the last feast starting on Hijri `month`/`day` that began on or before
    `published`; None outside the Umm al-Qura tables (1924-2077)."""
    try:
        year = Gregorian(published.year, published.month, published.day).to_hijri().year
        for hijri_year in (year, year - 1):
            start = Hijri(hijri_year, month, day).to_gregorian()
            if start <= published:
                return dt.date(start.year, start.month, start.day)
    except (OverflowError, ValueError):
        return None
    return None


def _feasts(view: str) -> Iterable[_Candidate]:
    d = _dates()
    for m in _matches(view, "feast"):
        month, first, length = d.feasts[_WS.sub(" ", m.group("feast"))]
        # `ثاني أيام عيد الأضحى`; `يوم عيد الفطر` (a time-of-day word listed as a day) is its first
        said = _WS.sub(" ", m.group("nth") or m.group("tod") or "")
        nth = d.feast_days.get(said, 1 if length == 1 else None)
        if nth is None or nth > length:
            continue  # `خلال أيام عيد الفطر`: days of a tally, no day to place an event on

        def resolve(ctx: _Context, month: int = month, first: int = first,
                    nth: int = nth) -> _Resolved | None:
            if ctx.published is None:
                return None, None, EXACT_DAY
            start = _feast_start(ctx.published, month, first)
            if start is None:
                return None
            day = start + dt.timedelta(days=nth - 1)
            return (day, day, EXACT_DAY) if day <= ctx.published else None

        yield _Candidate(_core_start(m), m.end(), "explicit", resolve, priority=4)


def _background(view: str) -> Iterable[_Candidate]:
    for m in _matches(view, "background"):
        yield _Candidate(_core_start(m), m.end(), "background", _no_date, priority=0)


# ---------------------------------------------------------------------------------------------
# Assembly


def _select(cands: list[_Candidate]) -> list[_Candidate]:
    """Non-overlapping candidates, longest (then most specific) first, in text order."""
    chosen: list[_Candidate] = []
    taken = bytearray(max((c.end for c in cands), default=0) + 1)
    for c in sorted(cands, key=lambda c: (-(c.end - c.start), -c.priority, c.start)):
        if not any(taken[c.start:c.end]):
            chosen.append(c)
            taken[c.start:c.end] = b"\1" * (c.end - c.start)
    return sorted(chosen, key=lambda c: c.start)


def _mark_since(view: str, cands: list[_Candidate]) -> None:
    """A date right after منذ (since) is background: extend it over منذ before selection."""
    since_before = _patterns()["since_before"]
    parts = day_parts()
    for c in cands:
        m = since_before.search(view, max(0, c.start - 24), c.start)
        words = view[c.start:c.end].split()
        if m is not None and m.end() == c.start and not (
                words and words[0].removeprefix("ال") in parts
                and (len(words) == 1 or words[1] == "اليوم")):
            # (`منذ صباح اليوم`: since earlier the same day, the day's own date; `منذ صباح
            # أمس` began a stretch)
            c.start = _core_start(m)
            c.since = True


def _merge_weekday_dates(view: str, mentions: list[DateMention]) -> list[DateMention]:
    """`الاثنين 10 آب` is one date: the weekday beside an explicit day adds nothing; `اليوم
    (أمس)` is one, the day in brackets."""
    out: list[DateMention] = []
    for mention in mentions:
        if out:
            last = out[-1]
            gap = view[last.end : mention.start]
            pair = {last.kind, mention.kind}
            if (last.kind == mention.kind == "relative" and gap.strip() == "("
                    and view[mention.end:mention.end + 2].lstrip(" ")[:1] == ")"):
                # `اختطفت اليوم (أمس)`: the paper's correction of a quoted source's day
                out[-1] = DateMention(last.start, mention.end, mention.date, mention.date_to,
                                      mention.precision, mention.kind,
                                      view[last.start:mention.end])
                continue
            if pair == {"weekday", "explicit"} and _MERGE_GAP.fullmatch(gap):
                explicit = last if last.kind == "explicit" else mention
                if explicit.precision == EXACT_DAY:
                    start, end = last.start, mention.end
                    out[-1] = DateMention(
                        start,
                        end,
                        explicit.date,
                        explicit.date_to,
                        explicit.precision,
                        explicit.kind,
                        view[start:end],
                    )
                    continue
        out.append(mention)
    return out


@lru_cache(maxsize=8)  # numbers and events ask for the same view's dates
def find_dates(view: str, published: dt.date | None) -> list[DateMention]:
    """Every date phrase in the view, resolved against `published` (None leaves days unknown).

    Longest match wins (`يوم أمس الأول` is two days back, not one). A date after منذ, and
    phrases such as حتى الآن, come back with kind "background". The phrases are found once per
    view; another reference date only resolves them again.
    """
    chosen = _chosen(view)
    ctx = _Context(published)
    mentions: list[DateMention] = []
    for c in chosen:
        try:
            resolved = c.resolve(ctx)
        except (OverflowError, ValueError):
            # a day before year 1 or after 9999 (`أمس` read on 0001-01-01): no day to report
            resolved = None
        if resolved is None:
            continue
        date, date_to, precision = resolved
        if c.names_month and date is not None:
            ctx.last_month = (date.year, date.month)
        kind = "background" if c.since else c.kind
        if c.since and date is not None and published is not None and published > date:
            date_to = published
        mentions.append(
            DateMention(c.start, c.end, date, date_to, precision, kind, view[c.start : c.end])
        )
    return _merge_weekday_dates(view, mentions)


@lru_cache(maxsize=8)
def first_since_spans(view: str) -> list[tuple[int, int]]:
    """"For the first time since ..." up to its clause's end (`للمرة الأولى منذ بدء التدخل
    الروسي نهاية الشهر الماضي`): an aside that dates nothing told and opens no stretch."""
    return [(m.start(), m.end()) for m in _matches(view, "first_since")]


def stretches_after(view: str) -> list[tuple[int, int]]:
    """Counted stretches after a deed told (`بعد نحو ثلاثة أسابيع من خطفه`, `بعد خمسة أيام
    على`), from `بعد` to the preposition: what they point back to happened that long before."""
    return [(m.start("w"), m.end()) for m in _matches(view, "stretch_after")]


@lru_cache(maxsize=8)  # the phrases do not depend on the reference date: find them once
def _chosen(view: str) -> tuple[_Candidate, ...]:
    """The date phrases of the view, before resolution: non-overlapping, in text order."""
    cands: list[_Candidate] = []
    for finder in (_relative, _weekday, _explicit, _month_only, _year_only, _periods, _feasts,
                   _background):
        cands.extend(finder(view))
    _mark_since(view, cands)
    # (nothing "for the first time since" names is a date of the report's: `للمرة الأولى منذ
    # بدء التدخل الروسي نهاية الشهر الماضي`)
    asides = first_since_spans(view)
    if asides:
        cands = [c for c in cands if not any(s <= c.start < e for s, e in asides)]
    chosen = _select(cands)

    # a bare منذ whose object is no known date still marks background
    since_word = _patterns()["since_word"]
    taken = bytearray(len(view) + 1)
    for c in chosen:
        taken[c.start:c.end] = b"\1" * (c.end - c.start)
    bare_since: list[int] = []  # where each bare منذ phrase ends
    parts = day_parts()
    for m in since_word.finditer(view):
        if view[m.end("s"):m.end()].split()[-1].removeprefix("ال") in parts:
            continue  # `منذ الصباح`, `منذ ساعات الفجر`: since earlier the same day
        if not any(taken[m.start():m.end()]) and not any(
                start <= m.start("s") < end for start, end in asides):
            chosen.append(_Candidate(m.start("s"), m.end(), "background", _no_date, priority=0))
            bare_since.append(m.end())
    for c in chosen:
        # `منذ قبول دمشق قبل تسعة أيام مبادرة`: the date of what the stretch started with is
        # background too, not the day of an event (only the nearest منذ before it can be
        # close enough: one look per date, however long the report)
        nearest = bisect.bisect_right(bare_since, c.start) - 1
        if c.kind != "background" and not c.since and nearest >= 0 and \
                _SINCE_OBJECT.fullmatch(view, bare_since[nearest], c.start):
            c.since = True
    chosen.sort(key=lambda c: c.start)
    return tuple(chosen)


# the few words between a bare منذ phrase and the date of its start (no clause mark)
_SINCE_OBJECT = regex.compile(r"(?:\s+[^\s.,،:;!?؟\n]+){0,3}\s+")
