"""Counts as Arabic conflict reports write them: digits, words, vague counts and duals."""

from __future__ import annotations

import pytest

from rasd.extract.numbers import (
    CountedNoun,
    Quantity,
    find_counted_nouns,
    find_quantities,
    find_victim_nouns,
    load_victim_nouns,
)
from rasd.extract.numerals import parse_number
from rasd.text.normalize import fold, normalize


def quantities(text: str) -> list[Quantity]:
    view = normalize(text).text
    found = find_quantities(view)
    for q in found:
        assert view[q.start : q.end] == q.text
    return found


def counted(text: str) -> list[CountedNoun]:
    view = normalize(text).text
    found = find_counted_nouns(view)
    for c in found:
        assert view[c.start : c.end] == c.text
        assert c.start <= c.noun_start < c.noun_end <= c.end
    return found


def values(text: str) -> list[int]:
    return [q.value for q in quantities(text)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("ستة مدنيين", 6),
        ("مقتل 20 شخصا", 20),
        ("قتل 18 شخصاً", 18),
        ("١٢ قتيلاً", 12),
        ("1,200", 1200),
        ("خمسة وعشرين", 25),
        ("تسعة وعشرين شخصا", 29),
        ("أحد عشر", 11),
        ("اثنا عشر", 12),
        ("ثلاثة عشر", 13),
        ("ثلاث مئة", 300),
        ("ثلاثمائة", 300),
        ("مئتين", 200),
        ("مئة وخمسة وعشرون", 125),
        ("ثلاثة آلاف وخمسمائة", 3500),
        ("ألف", 1000),
        ("20 ألف", 20000),
        ("الثلاثة", 3),
        ("والخمسة", 5),
    ],
)
def test_single_quantity(text: str, value: int) -> None:
    assert values(text) == [value]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("عشرات القتلى", 12),
        ("أصيب العشرات", 12),
        ("عدد من المدنيين", 3),
        ("عدداً من الضحايا", 3),
        ("عدد آخر من الجرحى", 3),
        ("بضعة أشخاص", 3),
        ("عدة غارات", 3),
        ("مئات القذائف", 100),
        ("عشرات الآلاف من المدنيين", 10000),
    ],
)
def test_vague_counts_are_approximate(text: str, value: int) -> None:
    (q,) = quantities(text)
    assert (q.value, q.approximate) == (value, True)


@pytest.mark.parametrize(
    ("text", "value", "span"),
    [
        ("أكثر من 10", 10, "اكثر من 10"),
        ("ما لا يقل عن 20 قتيلا", 20, "ما لا يقل عن 20"),
        ("قتل نحو 700 منتسب", 700, "نحو 700"),
        ("قرابة ثلاثين", 30, "قرابه ثلاثين"),
        ("بين 5 و10 قتلى", 5, "بين 5 و10"),
    ],
)
def test_bounds_keep_the_number_and_mark_it(text: str, value: int, span: str) -> None:
    (q,) = quantities(text)
    assert (q.value, q.approximate, q.text) == (value, True, span)


def test_at_least_after_the_noun_marks_approximate() -> None:
    (q,) = quantities("سقط 20 قتيلا على الأقل")
    assert (q.value, q.approximate) == (20, True)


@pytest.mark.parametrize(
    "text",
    [
        "مدفع رشاش عيار ٢٣مم",
        "عيار 23",
        "في عام 2015",
        "منذ 2012",
        "نحو 50 في المئة",
        "20%",
        "على بعد 5 كم",
        "طائرات اف-16",
        "1436 هـ",
        "الاثنين",
        "الأحد",
        "لست أدري",
    ],
)
def test_not_counts(text: str) -> None:
    assert values(text) == []


@pytest.mark.parametrize(
    "text, counted",
    [
        ("وقتلوا خمسة من أفراد الفرقة 30", [5]),
        ("قتل عشرة عناصر من اللواء 47", [10]),
        ("هجوم على مقر للفوج 46 قتل فيه 12", [12]),
        ("في خرق للقرار 2254 قتل 3 مدنيين", [3]),
        ("في الرقة 30 قتيلا", [30]),
    ],
)
def test_a_number_naming_a_unit_counts_nothing(text: str, counted: list[int]) -> None:
    assert values(text) == counted


def test_dates_hold_no_counts() -> None:
    assert values("في 5/8/2015 قتل") == []
    assert values("23 تموز") == []
    assert values("الثالث والعشرين من تموز") == []
    assert values("الساعة 10:30") == []


def test_positions_are_in_the_view() -> None:
    view = normalize("وأفاد مراسل بأن ستة مدنيين لقوا حتفهم").text
    (q,) = find_quantities(view)
    assert view[q.start : q.end] == "سته"


# --- counted nouns ----------------------------------------------------------------------


def test_number_before_noun() -> None:
    (c,) = counted("ستة مدنيين")
    assert (c.value, c.category, c.basis) == (6, "civilian", "quantity")


def test_plural_with_two_after_it() -> None:
    (c,) = counted("ما أدى لمقتل مدنيين اثنين")
    assert (c.value, c.category, c.text) == (2, "civilian", "مدنيين اثنين")


def test_dual_carries_two() -> None:
    (c,) = counted("طفلين توأم قتلا")
    assert (c.value, c.category, c.basis) == (2, "child", "dual")
    assert [x.value for x in counted("شهيدين")] == [2]
    assert [x.value for x in counted("قتيلان")] == [2]


def test_dual_and_singular_side_by_side() -> None:
    found = counted("بينهم طفلان وسيدة")
    assert [(c.value, c.category, c.basis) for c in found] == [
        (2, "child", "dual"),
        (1, "woman", "singular"),
    ]
    assert found[1].text == "سيده"  # the clitic و is not part of the noun


@pytest.mark.parametrize(
    ("text", "category"),
    [("وشخص آخر بقصف", "person"), ("إضافة لمدني آخر", "civilian"), ("سيدة", "woman")],
)
def test_one_person(text: str, category: str) -> None:
    (c,) = counted(text)
    assert (c.value, c.category) == (1, category)


def test_sound_plural_is_not_a_dual() -> None:
    assert counted("استهدف منازل المدنيين") == []
    assert counted("مقاتلين في صفوف المعارضة") == []


def test_adjectives_do_not_count() -> None:
    assert counted("قال مصدر عسكري") == []
    assert counted("مقتل الطفل") == []  # definite: points back to someone already counted


def test_a_definite_person_named_by_a_first_name_is_one() -> None:
    assert [c.value for c in counted("قتل الطفل أحمد الخطيب")] == [1]
    assert [c.value for c in counted('قتل الشاب "فادي ماهر" برصاص')] == [1]  # quoted
    assert [c.value for c in counted("قتل الشاب «فادي ماهر» برصاص")] == [1]
    assert counted("مقتل الطفل الذي أصيب") == []  # the one told before
    # a fighter's rank before his name (`مقتل الضابط يالجين`), past one adjective
    assert [c.value for c in counted("مقتل القيادي أبو محمد")] == [1]
    assert [c.value for c in counted("أعلنت الجبهة مقتل القائد العسكري أبو محمد")] == [1]
    assert counted("مقتل القيادي الذي أصيب") == []


def test_a_definite_dual_counts_only_after_a_death_word() -> None:
    assert [c.value for c in counted("مقتل الشابين أحمد ومحمد")] == [2]
    assert counted("تعرف الأهالي على هوية القتيلين") == []  # the two told before


def test_counts_over_nouns() -> None:
    assert [(c.value, c.approximate) for c in counted("مقتل 20 شخصا")] == [(20, False)]
    assert [(c.value, c.approximate) for c in counted("عشرات القتلى")] == [(12, True)]
    assert [c.value for c in counted("عدد من المدنيين")] == [3]
    assert [c.value for c in counted("قتل 25 من عناصر التنظيم")] == [25]
    # (`عدد` between a risen count and what it counts)
    assert [(c.value, c.category) for c in counted("ارتفع إلى 223 عدد المدنيين")] == [
        (223, "civilian")]
    assert [c.value for c in counted("الصحافيين الثلاثة")] == [3]
    (c,) = counted("مقتل أحد عناصر النظام")
    assert (c.value, c.basis) == (1, "one-of")


def test_founding_report_phrasing() -> None:
    text = (
        "موقعة عدداً من الضحايا والجرحى المدنيين بينهم طفلان وسيدة. "
        "بأن ستة مدنيين لقوا اليوم. ما أدى لمقتل مدنيين اثنين. "
        "وبين مراسلنا أن طفلين توأم قتلا بقصف وشخص آخر بقصف إضافة لمدني آخر في بلدة"
    )
    assert [c.value for c in counted(text)] == [3, 2, 1, 6, 2, 2, 1, 1]


# --- lexicon ----------------------------------------------------------------------------


def test_victim_lexicon_forms() -> None:
    nouns = load_victim_nouns()
    assert nouns[fold("مدنيين")].number == "plural"
    assert nouns[fold("مدنيان")].number == "dual"
    assert nouns[fold("طفلين")].number == "dual"
    assert nouns[fold("والمدنيين")].category == "civilian"
    assert nouns[fold("للمدنيين")].number == "plural"
    assert nouns[fold("مقاتليها")].lemma == fold("مقاتل")
    assert nouns[fold("امرأتين")].category == "woman"
    assert nouns[fold("شخصاً")].number == "singular"
    assert {n.category for n in nouns.values()} >= {"civilian", "child", "woman", "fighter"}


def test_find_victim_nouns_spans() -> None:
    view = normalize("وسيدة والأطفال").text
    assert [m.text for m in find_victim_nouns(view)] == ["سيده", "الاطفال"]


@pytest.mark.parametrize(
    ("phrase", "value"),
    [("5", 5), ("ثلاثه", 3), ("خمسه وعشرين", 25), ("عشره", 10), ("قتلي", None), ("", None)],
)
def test_parse_number(phrase: str, value: int | None) -> None:
    assert parse_number(phrase) == value


# --- neighbours without cutting the whole view --------------------------------------------


def test_token_neighbours_match_a_full_cut() -> None:
    from rasd.extract import numerals as module

    view = normalize(
        "قتل 1.2.3 ,5 ثلاثة\nاربعة 12,000 و5 ب20 ،  خمسة   وعشرين 7.. 8 3.5كم x9 ٢٠ (4) سيدة"
    ).text
    tokens = [(m.start(), m.end(), m.group()) for m in module._TOKEN.finditer(view)]
    for k, (start, end, text) in enumerate(tokens):
        assert module._token_at(view, start) == module._Token(start, end, text)
        gap_before = view[tokens[k - 1][1] : start] if k else ""
        gap_after = view[end : tokens[k + 1][0]] if k + 1 < len(tokens) else ""

        def inline(gap: str) -> bool:
            return gap != "" and gap.isspace() and "\n" not in gap

        prev = module._prev_token(view, start)
        nxt = module._next_token(view, end)
        assert prev == (module._Token(*tokens[k - 1]) if k and inline(gap_before) else None)
        assert nxt == (module._Token(*tokens[k + 1]) if inline(gap_after) else None)


def test_vague_counts_found_only_where_their_words_stand() -> None:
    view = normalize("قتل عشرات المدنيين، وعدد من الجرحى; ومئات الالاف! والعشرات").text
    assert [(q.text, q.value) for q in find_quantities(view)] == [
        ("عشرات", 12),
        ("عدد من", 3),
        ("مئات الالاف", 100000),
        ("العشرات", 12),
    ]


def test_a_civilian_the_verb_befell_is_one_person() -> None:
    from rasd.extract.numbers import find_counted_nouns
    from rasd.text.normalize import normalize

    view = normalize("قال التلفزيون إن مدنيًا قتل وأصيب عدد آخر جراء قذائف").text
    assert [(c.text, c.value) for c in find_counted_nouns(view)] == [("مدنيا", 1)]
    view = normalize("قال مصدر عسكري إن الطائرات قصفت البلدة").text
    assert find_counted_nouns(view) == []


def test_the_named_one_a_verb_of_killing_befell_is_one_dead() -> None:
    # `اغتال ...، مساء أمس، القيادي`: a definite victim across the commas of a time phrase
    view = normalize("اغتال مسلحون مجهولون، مساء أمس، القيادي السابق في فصائل المعارضة.").text
    assert [c.value for c in find_counted_nouns(view)] == [1]
    # a definite noun with no such verb counts nobody
    assert not find_counted_nouns(normalize("وصل القيادي السابق إلى المدينة.").text)


def test_a_definite_number_word_before_a_bare_noun_is_a_name() -> None:
    from rasd.extract.numbers import find_quantities
    from rasd.text.normalize import fold

    assert [q.value for q in find_quantities(fold("في دوار السبع بحرات وسط المدينة"))] == []
    assert [q.value for q in find_quantities(fold("قتل الثلاثة في القصف"))] == [3]


def test_whom_a_charge_says_was_killed_is_no_dead_of_the_report() -> None:
    from rasd.extract.numbers import find_counted_nouns

    view = "اعدم تنظيم داعش امس شابا بتهمه قتل عنصر من التنظيم في مدينه الميادين"
    assert [view[c.start:c.end] for c in find_counted_nouns(view)] == ["شابا"]


def test_a_count_spelt_again_in_brackets_is_one_count() -> None:
    from rasd.extract.numbers import find_counted_nouns, find_quantities

    view = "قتل 136 (مئه وسته وثلاثين) شخصا في غارات علي مدينه دوما"
    assert [q.value for q in find_quantities(view)] == [136]
    assert [(c.value, c.basis) for c in find_counted_nouns(view)] == [(136, "quantity")]


def test_a_street_named_by_a_number_counts_no_one() -> None:
    # `شارع الثلاثين` (Yarmouk's Thirty Street): a name, no thirty dead
    view = normalize("قتل تسعة مدنيين في قصف على شارع الثلاثين").text
    assert [q.value for q in find_quantities(view)] == [9]
    # ... nor a quarter or a hill so named (`جبل الأربعين` by Ariha)
    view = normalize("سيطرت الفصائل على قمة جبل الأربعين في اشتباكات قتل خلالها 19 عنصرا").text
    assert [q.value for q in find_quantities(view)] == [19]


def test_a_bare_noun_after_a_feminine_verb_of_dying_is_one_victim() -> None:
    assert [(c.text, c.value) for c in find_counted_nouns(normalize(
        "استشهدت طالبة جامعية بقذيفة هاون").text)] == [("طالبه", 1)]
    assert [(c.text, c.value) for c in find_counted_nouns(normalize(
        "استشهد قاضٍ بانفجار عبوة").text)] == [("قاض", 1)]
    # "spent six months": no verb of dying, no one
    assert find_counted_nouns(normalize("وقضت الطفلة ستة أشهر في المخيم").text) == []


@pytest.mark.parametrize(("text", "count"), [
    ("قتل المقدم سامر علي برصاص مسلحين", 1),  # a rank before the name of the one killed
    ("قدم الدعم المقدم للفصائل", 0),  # the same word as an adjective
    ("عثر على جثة الشاب قاسم المحاميد مقتولا", 1),  # the body of the one named
    ("ما أدى إلى مقتل أحد مرافقيه", 1),  # one of his companions
    ("بعد أن اتهموه بقتل عقيد في الجيش", 0),  # whom an accusation says was killed
])
def test_one_person_told_by_a_rank_a_body_or_one_of_his_companions(text: str, count: int) -> None:
    assert sum(c.value for c in find_counted_nouns(fold(text))) == count


@pytest.mark.parametrize(("text", "count"), [
    ("قتل سبعة جنود أتراك ومدني", 8),  # joined to a count of victims: one more
    ("اقتحموا مقر الأمن العسكري وآخر نقاط الجيش", 0),  # an adjective, then "the last"
    ("قتل متعاقد أميركي", 1),
])
def test_a_noun_joined_to_a_count_is_one_more_only_after_a_count(text: str, count: int) -> None:
    assert sum(c.value for c in find_counted_nouns(fold(text))) == count


@pytest.mark.parametrize(("text", "count"), [
    ("قتل المتظاهر جواد الباروكي برصاص الأمن", 1),  # a protester named
    ("ما أدى إلى مقتل أحد أفراد العصابة", 1),  # one member of a group
    ("خرج المتظاهرون محتجين على القصف", 0),  # protesting: no one befell
])
def test_protesters_and_members_are_victim_nouns(text: str, count: int) -> None:
    assert sum(c.value for c in find_counted_nouns(fold(text))) == count


def test_one_named_by_initials_in_brackets_is_one() -> None:
    assert sum(c.value for c in find_counted_nouns(fold("وقتل الشاب (ن. ع) برصاص مجهولين"))) == 1


def test_a_dual_after_a_dual_is_its_adjective() -> None:
    assert [(c.text, c.value) for c in find_counted_nouns(fold("ارتقى شهيدان مدنيان"))] == [
        ("شهيدان", 2)]
    assert [c.value for c in find_counted_nouns(fold("قتل جنديان وطفلان"))] == [2, 2]


def test_women_and_children_counted_from_eleven_up_share_the_count() -> None:
    assert [c.value for c in find_counted_nouns(fold("جثث 47 امرأة وطفلا"))] == [47]
    assert [c.value for c in find_counted_nouns(fold("مقتل ثلاثة أطفال وامرأة"))] == [3, 1]
    assert [c.value for c in find_counted_nouns(fold("مقتل 15 عنصرا ومدني"))] == [15, 1]
    assert [c.value for c in find_counted_nouns(fold("مقتل 15 طفلا وامرأة"))] == [15, 1]


def test_a_victim_noun_right_after_the_one_counted_is_its_adjective() -> None:
    assert [c.value for c in find_counted_nouns(fold("طفل قتيل بقصف مدفعي على أريحا"))] == [1]
    assert [c.value for c in find_counted_nouns(fold("مقتل مدني وطفل"))] == [1, 1]


@pytest.mark.parametrize("text", ["قتل الشاب المنحدر من بلدة الصور برصاص قناص",
                                  "قتل الطفل البالغ من العمر عشر سنوات"])
def test_the_one_a_definite_noun_introduces_after_a_death_word_is_one(text: str) -> None:
    assert [c.value for c in find_counted_nouns(fold(text))] == [1]
    assert not find_counted_nouns(fold("مقتل الطفل"))


def test_a_day_and_month_with_no_year_counts_no_one() -> None:
    # `منذ يوم 24/ 7`: the 24th of July, no 24 and 7 dead
    assert [q.value for q in find_quantities("فان ضحايا حلب منذ يوم 24/ 7 قد انخفض وقتل 5")] == [5]
