"""Date phrases resolved the way the gold resolves them, against the reference date."""

from __future__ import annotations

import datetime as dt

import pytest

from rasd.extract.dates import DateMention, find_dates, month_words, stretches_after
from rasd.text.normalize import fold, normalize

SATURDAY = dt.date(2019, 6, 15)


def dates(text: str, published: dt.date | None = SATURDAY) -> list[DateMention]:
    view = normalize(text).text
    found = find_dates(view, published)
    for m in found:
        assert view[m.start : m.end] == m.text
        assert m.kind in {"relative", "weekday", "explicit", "period", "background"}
    return found


def one(text: str, published: dt.date | None = SATURDAY) -> DateMention:
    found = dates(text, published)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("اليوم", dt.date(2019, 6, 15)),
        ("صباح اليوم", dt.date(2019, 6, 15)),
        ("فجر اليوم", dt.date(2019, 6, 15)),
        ("اليوم (السبت)", dt.date(2019, 6, 15)),
        ("أمس", dt.date(2019, 6, 14)),
        ("مساء أمس", dt.date(2019, 6, 14)),
        ("البارحة", dt.date(2019, 6, 14)),
        ("الليلة الماضية", dt.date(2019, 6, 14)),
        ("أمس الجمعة", dt.date(2019, 6, 14)),
        ("يوم أمس الأول", dt.date(2019, 6, 13)),
        ("أمس الأول", dt.date(2019, 6, 13)),
        ("أول من أمس", dt.date(2019, 6, 13)),
        ("الليلة قبل الماضية", dt.date(2019, 6, 13)),
        ("قبل يومين", dt.date(2019, 6, 13)),
        ("قبل ثلاثة أيام", dt.date(2019, 6, 12)),
    ],
)
def test_relative_days(text: str, day: dt.date) -> None:
    m = one(text)
    assert (m.date, m.date_to, m.precision) == (day, day, 1)
    assert m.kind == "relative"


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # read on Saturday 2019-06-15: a wire story of Thursday printed two days later
        ("أمس الخميس", dt.date(2019, 6, 13)),
        ("اليوم (الجمعة)", dt.date(2019, 6, 14)),
        # a weekday further back than a print's lag: the report's date is off, `أمس` stands
        ("أمس الاثنين", dt.date(2019, 6, 14)),
    ],
)
def test_a_weekday_named_with_a_relative_day_is_the_day(text: str, day: dt.date) -> None:
    m = one(text)
    assert (m.date, m.kind) == (day, "relative")


def test_longest_match_wins() -> None:
    m = one("تم تأمين انشقاقهم يوم أمس الأول، إضافة")
    assert (m.text, m.date) == ("يوم امس الاول", dt.date(2019, 6, 13))


def test_today_in_other_senses() -> None:
    assert dates("في اليوم التالي") == []
    assert one("حتى اليوم").kind == "background"


@pytest.mark.parametrize(
    ("text", "published", "day"),
    [
        ("الخميس", dt.date(2015, 7, 21), dt.date(2015, 7, 16)),
        ("يوم الجمعة", SATURDAY, dt.date(2019, 6, 14)),
        ("فجر الجمعة", SATURDAY, dt.date(2019, 6, 14)),
        ("السبت", SATURDAY, dt.date(2019, 6, 15)),
        ("السبت الماضي", SATURDAY, dt.date(2019, 6, 8)),
        ("يوم الجمعة الماضي", SATURDAY, dt.date(2019, 6, 14)),
        ("مساء الإثنين", SATURDAY, dt.date(2019, 6, 10)),
    ],
)
def test_weekdays(text: str, published: dt.date, day: dt.date) -> None:
    m = one(text, published)
    assert (m.date, m.precision, m.kind) == (day, 1, "weekday")


def test_night_across_two_days() -> None:
    m = one("بعد منتصف ليل السبت- الأحد", dt.date(2015, 7, 27))
    assert m.date == dt.date(2015, 7, 26)
    m = one("ليل الجمعة - السبت", dt.date(2015, 7, 27))
    assert (m.date, m.date_to, m.precision) == (dt.date(2015, 7, 24), dt.date(2015, 7, 25), 2)


def test_monday_or_the_two() -> None:
    assert dates("الطرفين الاثنين") == []


@pytest.mark.parametrize(
    ("text", "published", "day"),
    [
        ("23 تموز 2015", SATURDAY, dt.date(2015, 7, 23)),
        ("٢٣ تموز ٢٠١٥", SATURDAY, dt.date(2015, 7, 23)),
        ("السادس والعشرين من نيسان الماضي", SATURDAY, dt.date(2019, 4, 26)),
        ("الثالث من آب", dt.date(2015, 8, 9), dt.date(2015, 8, 3)),
        ("5 يوليو", dt.date(2015, 7, 21), dt.date(2015, 7, 5)),
        ("٢٣ تموز", dt.date(2015, 7, 24), dt.date(2015, 7, 23)),
        ("25 يوليو", dt.date(2015, 7, 21), dt.date(2014, 7, 25)),
        ("الحادي عشر من سبتمبر 2001", SATURDAY, dt.date(2001, 9, 11)),
        ("في 20 يوليو (تموز) الماضي", dt.date(2015, 7, 25), dt.date(2015, 7, 20)),
        ("في 5/8/2015", SATURDAY, dt.date(2015, 8, 5)),
        ("الـ 29 من يوليو", dt.date(2015, 8, 2), dt.date(2015, 7, 29)),
        ("في 12 من الشهر الجاري", SATURDAY, dt.date(2019, 6, 12)),
        ("الاثنين 10 أغسطس 2015", SATURDAY, dt.date(2015, 8, 10)),
    ],
)
def test_explicit_dates(text: str, published: dt.date, day: dt.date) -> None:
    m = one(text, published)
    assert (m.date, m.date_to, m.precision, m.kind) == (day, day, 1, "explicit")


def test_same_month_refers_back() -> None:
    found = dates("وصلوا في العاشر من تموز وفقد الاتصال بهم في الـ 12 من الشهر نفسه")
    assert [m.date for m in found] == [dt.date(2018, 7, 10), dt.date(2018, 7, 12)]


def test_since_is_background() -> None:
    m = one("ومنذ السادس والعشرين من نيسان الماضي, صعدت قوات الأسد")
    assert (m.kind, m.date, m.date_to) == ("background", dt.date(2019, 4, 26), SATURDAY)
    assert m.text.startswith("منذ")
    assert one("منذ بداية الحملة").kind == "background"
    assert one("قتل 4844 مدنيا حتى الآن").kind == "background"
    assert one("خلال الأشهر التسعة").kind == "background"


def test_month_only() -> None:
    m = one("في تموز الماضي")
    assert (m.date, m.date_to, m.precision) == (dt.date(2018, 7, 1), dt.date(2018, 7, 31), 3)
    m = one("يونيو (حزيران) الماضي", dt.date(2015, 7, 21))
    assert (m.date, m.date_to, m.precision) == (dt.date(2015, 6, 1), dt.date(2015, 6, 30), 3)
    m = one("في شهر حزيران", SATURDAY)
    assert (m.date, m.date_to) == (dt.date(2019, 6, 1), SATURDAY)
    assert dates("مارس الضغط على الحكومة") == []  # a verb, not March


def test_a_year_named_by_its_distance_from_the_report() -> None:
    m = one("وفي العام الماضي قصفت")
    assert (m.date, m.date_to, m.precision, m.kind) == (
        dt.date(2018, 1, 1), dt.date(2018, 12, 31), 3, "period")
    m = one("أواخر السنة الماضية")
    assert (m.date, m.date_to) == (dt.date(2018, 10, 1), dt.date(2018, 12, 31))
    m = one("مطلع العام الجاري")
    assert (m.date, m.date_to) == (dt.date(2019, 1, 1), dt.date(2019, 3, 31))
    # the current year alone is a stretch up to now, no period of its own
    assert [d.kind for d in dates("خلال هذا العام")] in ([], ["background"])
    assert dates("أواخر العام الجاري") == []  # told in June: a time to come


def test_a_part_of_a_month_named_by_its_distance() -> None:
    m = one("مطلع الشهر الجاري")
    assert (m.date, m.date_to, m.precision) == (dt.date(2019, 6, 1), dt.date(2019, 6, 10), 3)
    m = one("منتصف الشهر الماضي")
    assert (m.date, m.date_to) == (dt.date(2019, 5, 11), dt.date(2019, 5, 20))
    m = one("أواخر الشهر الماضي")
    assert m.date_to == dt.date(2019, 5, 31)
    assert dates("أواخر الشهر الجاري") == []  # told on the 15th: days to come


def test_the_same_day_of_a_year_gone_by_is_no_today() -> None:
    m = dates("في مثل هذا اليوم من عام 2016، قتل")[0]
    assert m.date is not None and m.date.year < SATURDAY.year
    a_year_ago = SATURDAY - dt.timedelta(days=365)
    for text in ("قبل عام تماما، قتل", "قبل عام من الآن"):
        m = one(text)
        assert m.date is not None and m.date_to is not None
        assert m.date <= a_year_ago <= m.date_to
    assert dates("قبل عام من الانتخابات") == []  # a time before another happening


def test_since_a_month_or_a_year_is_a_stretch_begun_then() -> None:
    m = one("منذ عام، قتل")
    assert (m.kind, m.date) == ("background", SATURDAY - dt.timedelta(days=365))
    assert one("منذ أسبوع، بدأت").date is None  # a week: the bare "since" it was


FRIDAY = SATURDAY - dt.timedelta(days=1)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        # (last week, days ago: spans that ended the day before the report's)
        ("الأسبوع الماضي", dt.date(2019, 6, 8), FRIDAY),
        ("خلال الأيام الماضية", dt.date(2019, 6, 8), SATURDAY),
        ("قبل أيام", dt.date(2019, 6, 8), FRIDAY),
        ("خلال الساعات الـ24 الماضية", dt.date(2019, 6, 14), SATURDAY),
        ("الساعات الماضية", dt.date(2019, 6, 14), SATURDAY),
        ("هذا الأسبوع", dt.date(2019, 6, 8), SATURDAY),
    ],
)
def test_periods(text: str, start: dt.date, end: dt.date) -> None:
    m = one(text)
    assert (m.date, m.date_to, m.precision, m.kind) == (start, end, 2, "period")


@pytest.mark.parametrize(
    ("text", "published", "first", "last", "precision"),
    [
        # Eid al-Fitr 1436 began on 17 July 2015 (Umm al-Qura); the report is from 21 July
        ("مجزرتين في أول أيام عيد الفطر", dt.date(2015, 7, 21), dt.date(2015, 7, 17),
         dt.date(2015, 7, 17), 1),
        ("وقصف الطيران البلدة صباح ثاني أيام عيد الأضحى", dt.date(2019, 8, 14),
         dt.date(2019, 8, 12), dt.date(2019, 8, 12), 1),
        # read before this year's feast: last year's
        ("في أول أيام عيد الفطر", dt.date(2019, 6, 1), dt.date(2018, 6, 15),
         dt.date(2018, 6, 15), 1),
        ("قصف الطيران البلدة يوم عيد الفطر", dt.date(2015, 7, 21), dt.date(2015, 7, 17),
         dt.date(2015, 7, 17), 1),
        ("في يوم عاشوراء", dt.date(2019, 9, 20), dt.date(2019, 9, 9), dt.date(2019, 9, 9), 1),
        ("في أول أيام شهر رمضان", dt.date(2015, 7, 10), dt.date(2015, 6, 18),
         dt.date(2015, 6, 18), 1),
    ],
)
def test_hijri_feasts(text: str, published: dt.date, first: dt.date, last: dt.date,
                      precision: int) -> None:
    found = one(text, published)
    assert (found.date, found.date_to, found.precision) == (first, last, precision)


def test_a_feast_day_not_yet_come_names_no_day() -> None:
    assert dates("في ثالث أيام عيد الفطر", dt.date(2015, 7, 18)) == []  # the feast's day 2


def test_a_feast_of_several_days_names_no_day() -> None:
    # `خلال أيام عيد الفطر`, `خلال شهر رمضان`: the days of a tally, not a day to place an event
    assert dates("قتل 157 شخصا خلال أيام عيد الفطر", dt.date(2015, 7, 21)) == []
    assert dates("خلال شهر رمضان", dt.date(2015, 7, 21)) == []


def test_without_reference_date() -> None:
    m = one("أمس", None)
    assert (m.kind, m.date) == ("relative", None)
    assert one("الخميس", None).date is None
    assert one("23 تموز 2015", None).date == dt.date(2015, 7, 23)
    assert one("23 تموز", None).date is None


def test_founding_report_dates() -> None:
    text = (
        "تم تأمين انشقاقهم يوم أمس الأول، إضافة لقسم آخر تم تأمينهم قبل أيام.\n"
        "بأن ستة مدنيين لقوا اليوم إثر استهداف.\n"
        "وأعلنت أمس الجمعة الجبهة الوطنية للتحرير.\n"
        "ومنذ السادس والعشرين من نيسان الماضي, صعدت قوات الأسد"
    )
    found = dates(text)
    assert [(m.kind, m.date) for m in found] == [
        ("relative", dt.date(2019, 6, 13)),
        ("period", dt.date(2019, 6, 8)),
        ("relative", dt.date(2019, 6, 15)),
        ("relative", dt.date(2019, 6, 14)),
        ("background", dt.date(2019, 4, 26)),
    ]


def test_month_words_are_folded() -> None:
    assert {fold("أيار"), fold("كانون الثاني"), fold("يونيو")} <= month_words()


# --- speed without change: the prefilter and the per-view cache --------------------------

_TRICKY = (
    "قصفت الطائرات امس الجمعة، وفي 23 تموز 2015 (الخميس) قتل 5: بينهم اطفال!\n"
    'وخلال الساعات ال 24 الماضية؛ منذ مطلع شهر ايار الماضي "حتى الان" وامس.الاول\n'
    "الارهاب كتاب 5/8/2015 فجر الخميس-الجمعة قبل ثلاثة ايام، في الخامس من الشهر نفسه\n"
    "اليوم التالي، واليوم (السبت) قبل يومين وفاليوم؟ الليلة الماضية الاسبوع الماضي"
)


def test_prefilter_finds_what_a_whole_scan_finds() -> None:
    from rasd.extract import dates as module

    for text in (_TRICKY, _TRICKY.replace("\n", " "), _TRICKY.replace(" ", "  ")):
        view = normalize(text).text
        for name, pattern in module._patterns().items():
            if name == "since_before":  # searched in a short window before each date
                continue
            whole = [(m.span(), m.groupdict()) for m in pattern.finditer(view)]
            windowed = [(m.span(), m.groupdict()) for m in module._matches(view, name)]
            assert windowed == whole, name


def test_reference_date_only_resolves() -> None:
    view = normalize(_TRICKY).text
    later = dt.date(2015, 8, 1)
    first = find_dates(view, SATURDAY)
    second = find_dates(view, later)
    find_dates.cache_clear()
    from rasd.extract import dates as module

    module._chosen.cache_clear()
    assert find_dates(view, later) == second
    assert [(m.start, m.end) for m in first] == [(m.start, m.end) for m in second]
    assert first != second


@pytest.mark.parametrize("text, day", [
    ("لقي مصرعه يوم الأحد 28 الجاري في معركة", 28),
    ("قتل في 3 الشهر الجاري", 3),
])
def test_a_days_number_with_the_current_months_word(text: str, day: int) -> None:
    mention = one(text, dt.date(2015, 6, 30))
    assert mention.date == dt.date(2015, 6, day)


def test_a_days_number_with_the_past_months_word_is_last_month() -> None:
    assert one("اعتقل في 15 الماضي", dt.date(2015, 6, 30)).date == dt.date(2015, 5, 15)


def test_the_date_of_what_a_since_stretch_started_with_is_background() -> None:
    published = dt.date(2011, 11, 12)
    view = "بلغ عدد القتلى 104 منذ قبول دمشق قبل تسعه ايام مبادره عربيه."
    [since, started] = find_dates(view, published)
    assert since.kind == "background" and since.date is None
    assert started.kind == "background" and started.date == dt.date(2011, 11, 3)
    # a date in a clause of its own after the منذ phrase is an event's day
    view = "بلغ عدد القتلى 104 منذ بدء الحملة، وقتل خمسة امس."
    assert [m.kind for m in find_dates(view, published)] == ["background", "relative"]


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("قبل أسبوع.", dt.date(2019, 6, 6)),  # one unit when no number is written
        ("قبل شهر، قصفت", dt.date(2019, 5, 14)),
        ("اعتقلوا قبل شهر في قرية سلوك", dt.date(2019, 5, 14)),  # (then where it happened)
        ("قبل ثلاثة أشهر", dt.date(2019, 3, 15)),  # a number's age, however long ago
        ("قبل أشهر، قصفت", dt.date(2019, 3, 15)),  # a plural with no number: several
        ("قبل عدة سنوات قصفت", dt.date(2016, 6, 13)),  # 3 × 365 days and two to spare
    ],
)
def test_how_long_ago_dates_the_happening(text: str, start: dt.date) -> None:
    m = one(text)
    assert (m.kind, m.date) == ("period", start)


@pytest.mark.parametrize("text", [
    "قبل شهر رمضان",  # before what, not how long ago
    "قبل يوم الجمعة",
    "قبل أشهر من الانتخابات",
    "منذ أسبوع",  # a stretch's start: the background phrases' business
])
def test_a_unit_without_a_number_that_says_before_what_is_no_age(text: str) -> None:
    assert all(m.kind != "period" or "قبل" not in m.text for m in dates(text))


def test_former_after_a_units_number_is_no_day_of_last_month() -> None:
    assert dates("استهدفت الغارات مواقع للواء 12 السابق في محيط مدينة إزرع") == []
    assert [m.date for m in dates("قتل في 12 الماضي")] == [dt.date(2019, 5, 12)]


def test_a_day_in_brackets_after_a_relative_day_corrects_it() -> None:
    # a source quoted on the day before the paper printed it: its "today" is the paper's
    # "yesterday", which the editor adds in brackets
    assert one("التي اختطفت اليوم (أمس)").date == SATURDAY - dt.timedelta(days=1)
    assert [d.date for d in dates("اليوم وأمس")] == [SATURDAY,
                                                     SATURDAY - dt.timedelta(days=1)]


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("في صيف 2014", dt.date(2014, 6, 1), dt.date(2014, 8, 31)),
        ("في عام 2016", dt.date(2016, 1, 1), dt.date(2016, 12, 31)),
        ("أواخر العام 2017", dt.date(2017, 10, 1), dt.date(2017, 12, 31)),
        ("في 2019", dt.date(2019, 1, 1), SATURDAY),  # the year of the report: up to its day
    ],
)
def test_a_year_alone_or_a_part_of_one(text: str, first: dt.date, last: dt.date) -> None:
    m = one(text)
    assert (m.kind, m.date, m.date_to, m.precision) == ("explicit", first, last, 3)


def test_a_year_needs_a_word_that_makes_it_a_date() -> None:
    assert dates("قتل 2014 شخصا") == []  # a count
    assert dates("في عام 2021") == []  # a year after the report: a plan
    m = one("منذ عام 2013")
    assert (m.kind, m.date, m.date_to) == ("background", dt.date(2013, 1, 1), SATURDAY)


def test_after_midnight_of_a_day_is_the_next_day() -> None:
    wednesday = dt.date(2015, 7, 22)
    assert one("بعد منتصف ليل الاثنين", wednesday).date == dt.date(2015, 7, 21)
    assert one("منتصف ليل الاثنين", wednesday).date == dt.date(2015, 7, 20)
    # the night just gone: its small hours are the report's own day
    assert one("بعد منتصف ليل الثلاثاء", wednesday).date == wednesday
    # since midnight too (`منذ منتصف ليل السبت - الأحد`: Sunday's small hours)
    assert one("منذ منتصف ليل الاثنين", wednesday).date == dt.date(2015, 7, 21)


def test_yesterdays_dead_name_no_day() -> None:
    # `تشييع شهداء الأمس`: the dead of yesterday were buried today, no date of this deed
    assert [d.kind for d in dates("أطلق الأمن النار على تشييع شهداء الأمس في دوما.")] == []
    assert [d.date for d in dates("قصفت قوات النظام بلدة دوما الأمس.")] == [
        SATURDAY - dt.timedelta(days=1)]


def test_a_little_while_ago_is_today() -> None:
    assert [(d.kind, d.date) for d in dates("قصف مدفعي على بلدة كفرنبل منذ قليل")] == [
        ("relative", SATURDAY)]


def test_a_numeric_date_with_spaces_round_its_slashes() -> None:
    # (a two-digit year is too like a count or a score: `3 / 4 / 15`)
    assert [d.date for d in dates("قصف حي بابا عمرو يوم 27 / 12 / 2011م")] == [
        dt.date(2011, 12, 27)]
    assert dates("في 3 / 4 / 15 قتل") == []


def test_what_a_deed_is_the_first_since_dates_nothing() -> None:
    # "for the first time since the Russian intervention began at the end of last month":
    # no date of the strike, no stretch it spans
    assert dates("شنت طائرات روسية، للمرة الأولى منذ بدء التدخل الروسي في سوريا نهاية الشهر "
                 "الماضي، غارات على مدينة دوما.") == []
    # the clause after it keeps its own day
    assert [d.date for d in dates("وهي الأولى منذ أشهر، وقصفت الطائرات مدينة دوما أمس.")] == [
        SATURDAY - dt.timedelta(days=1)]


def test_a_weekday_before_last_is_a_week_before_the_last() -> None:
    tuesday = dt.date(2017, 10, 24)
    assert [d.date for d in find_dates(normalize("استعادت مدينة الميادين السبت قبل الماضي").text,
                                       tuesday)] == [dt.date(2017, 10, 14)]


def test_a_counted_stretch_after_a_deed_is_read_to_its_preposition() -> None:
    view = normalize("أفرج عنه بعد نحو ثلاثة أسابيع من خطفه، وبعد يومين على ذلك عاد.").text
    assert [view[s:e] for s, e in stretches_after(view)] == [
        "بعد نحو ثلاثه اسابيع من", "بعد يومين علي"]
    assert stretches_after(normalize("بعد ثلاثة من القتلى").text) == []


def test_tomorrow_is_a_day_to_come() -> None:
    import datetime as dt

    from rasd.api import default_extractor
    from rasd.model import Document

    doc = Document(text="تنظم المخيمات غدا الأحد مسيرة.", id="t", published=dt.date(2023, 3, 18))
    default_extractor().annotate(doc)
    assert [m.value.date for m in doc.mentions["date"]] == [dt.date(2023, 3, 19)]
