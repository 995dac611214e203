"""The places stage on short sentences written for these tests: which words of a list of
places are read as places, and which governorate a name the gazetteer lacks is given.

The village names here are invented (no gazetteer knows them), so each test checks the
reading of the list itself, not a lookup.
"""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import needs_shared

import rasd
from rasd.api import default_extractor
from rasd.geo.resolve import PlaceMention
from rasd.model import Document

pytestmark = needs_shared


def read(text: str, published: dt.date = dt.date(2024, 11, 28)) -> Document:
    """The report after the places stage (and the mentions stage before it)."""
    extractor = default_extractor()
    doc = Document(text=text, id="t", published=published)
    extractor.annotate(doc)
    extractor.read_places(doc)
    return doc


def places_of(text: str) -> dict[str, str | None]:
    """The place names the places stage reads, as written (normalised view) → admin1."""
    doc = read(text)
    view = doc.norm.text
    return {view[m.value.core_start:m.value.end]: m.value.admin1
            for m in doc.mentions.get("place", []) if m.value.role == "place"}


def mention_of(doc: Document, core: str) -> PlaceMention:
    """The place mention whose name (its clitics and article off, folded) is `core`."""
    view = doc.norm.text
    return next(m.value for m in doc.mentions["place"]
                if view[m.value.core_start:m.value.end].removeprefix("ال") == core)


def test_a_long_list_after_a_colon_is_read_to_its_end() -> None:
    text = ("سيطرت الفصائل أمس في ريف حلب الغربي على عدد من القرى أبرزها: زرنوقة، وجمعية المعري، "
            "وتل الدبابات، والفوج 46، وكفر سلطوم، وعاجل، والقرطبين.")
    places = places_of(text)
    for name in ("زرنوقه", "جمعيه المعري", "تل الدبابات", "الفوج 46", "كفر سلطوم", "عاجل",
                 "القرطبين"):
        assert name in places, (name, sorted(places))


def test_unknown_list_members_take_the_governorate_their_context_names() -> None:
    text = ("تقدمت قوات المعارضة في ريف حلب الغربي.\n"
            "وسيطرت على عدد من القرى أبرزها: زرنوقة، وشلختا، والقرطبين.")
    places = places_of(text)
    assert places["زرنوقه"] == "Aleppo"
    assert places["شلختا"] == "Aleppo"


def test_two_governorates_in_context_leave_an_unknown_name_unplaced() -> None:
    text = "قال ناشطون من حلب وإدلب إن القصف طال قرى زرنوقة وقرطبين."
    places = places_of(text)
    assert places.get("زرنوقه", "absent") is None


def test_a_quoted_name_and_an_item_with_its_own_place_noun_keep_the_list_going() -> None:
    text = ("سيطرت الفصائل على قرى: زرنوقة، وجمعية \"أبو سلطوم\"، وبلدة قرطبين، "
            "وشلختا، والمنصورة في ريف حلب.")
    places = places_of(text)
    assert 'جمعيه "ابو سلطوم"' in places
    assert "شلختا" in places


@pytest.mark.parametrize("text", [
    "قصف الطيران قرية وموقعا عسكريا في ريف حماة.",
    "سيطرت الفصائل على 12 قرية وموقعا في ريف حلب.",
])
def test_a_common_word_behind_the_conjunction_is_no_village(text: str) -> None:
    assert not any(name.startswith("وموقع") for name in places_of(text))


def test_a_common_word_in_a_list_of_villages_is_the_village_of_that_name() -> None:
    places = places_of("دارت اشتباكات في محيط قرى المشيك والزيارة وتل واسط والمنصورة.")
    assert places.get("زياره") == "Hama"
    assert places_of("قصف الطيران بلدتي تل واسط والزيارة.").get("زياره") == "Hama"
    # a noun with its complement after a village is no member (`وزيارة الوفد`)
    assert "زياره" not in places_of("قصف الطيران قرى المشيك وزيارة الوفد تأجلت.")


def test_a_town_named_by_a_dual_noun_may_be_followed_by_a_verb() -> None:
    assert places_of("قتل 10 عناصر في اشتباكات في مدينة القريتين تزامنت مع غارات.").get(
        "القريتين") == "Homs"


def test_a_governorate_joined_by_and_does_not_locate_the_name_before_it() -> None:
    places = places_of("قتل 5 مدنيين في قصف جوي على حماة وحمص وريف دمشق.")
    assert places["حمص"] == "Homs"


def test_the_syrian_coast_is_no_town_abroad() -> None:
    doc = read("أسقطت الفرقة أمس طائرة في قرية مركشيلة بالساحل السوري.")
    assert not [m for m in doc.mentions.get("place", []) if m.value.how == "foreign"]


def test_where_a_distance_is_told_from_is_no_place_of_the_event() -> None:
    places = places_of("دارت معارك عنيفة في محيط قرية البحصة والتي تبعد عن مقر قيادة "
                       "العمليات في جورين أقل من 2 كلم.")
    assert "بحصه" in places and "جورين" not in places


def test_a_name_unknown_beside_syrian_villages_stays_in_syria() -> None:
    # a nationality on its line (`الأميركية الصنع`) puts no village of a Syrian list abroad
    text = ("دارت اشتباكات عنيفة في محيط المشيك والزيارة وتل واسط والمنصورة في سهل الغاب. "
            "وأشاروا إلى إعطاب آليات بصواريخ التاو الأميركية الصنع.")
    assert places_of(text).get("المشيك") == "Hama"


def test_the_last_item_of_a_list_before_the_place_that_locates_it_is_kept() -> None:
    places = places_of("ألقى الطيران براميل على قرى الزويك والدويركة وساقية الكرت بجبل الأكراد.")
    assert places.get("ساقيه الكرت") == "Lattakia"
    assert "المعصرانيه" in places_of("قصف الطيران أحياء الشعار والكلاسة والمعصرانية بحلب.")


@pytest.mark.parametrize("text", [
    "قصفت الطائرات أمس المناطق الساحلية التي تسيطر عليها دمشق.",
    "قتل عنصران من الميليشيات الموالية لدمشق أمس في بلدة مورك.",
    "توغلت قوات إسرائيلية أمس في قرية بريقة في انتهاك جديد لسيادة دمشق.",
])
def test_the_government_named_by_its_seat_is_no_place(text: str) -> None:
    assert "دمشق" not in places_of(text) and "لدمشق" not in places_of(text)


def test_the_country_that_leads_a_coalition_is_no_place() -> None:
    places = places_of("شنت طائرات تابعة للتحالف الذي تقوده أميركا غارات على بلدة سرمدا أمس.")
    assert list(places) == ["سرمدا"]
    places = places_of("قصفت طائرات التحالف بقيادة الولايات المتحدة بلدة الهول أمس.")
    assert list(places) == ["هول"]


def test_a_citys_quarter_is_no_village_of_its_name_elsewhere() -> None:
    places = places_of("قصف الطيران أمس حيي الأشرفية وجب القبة في مدينة حلب.")
    assert places.get("اشرفيه") == "Aleppo" and places.get("جب القبه") == "Aleppo"
    assert places_of("قصفت قوات النظام حي بابا عمرو في حمص.").get("بابا عمرو") == "Homs"
    assert places_of("اقتحمت قوات الأمن حي باب قبلي في مدينة حماة.").get("باب قبلي") == "Hama"


def test_a_compass_adjective_ends_a_list_item() -> None:
    text = "قصفت المدفعية زرنوقة، وحلب الشرقية، وقرطبين."
    places = places_of(text)
    assert "حلب الشرقيه" not in places


def test_an_adjective_of_a_sites_worth_ends_a_name() -> None:
    places = places_of("سيطر التنظيم أمس على بلدة تسيل، إضافة إلى تل الجموع الاستراتيجي في ريف "
                       "درعا الغربي.")
    assert "تل الجموع" in places and "تل الجموع الاستراتيجي" not in places


def test_a_place_near_which_a_deeds_clause_ends_is_its_place() -> None:
    """`قرب مدينة الكسوة،` closing the clause of a strike locates it there; it frames the
    next clause only when it opens its own (`وفي ريف تل أبيض، قتل راع`)."""
    places = places_of("استهدفت الغارات مقر اللواء 75 قرب مدينة الكسوة، إضافة إلى مواقع في محيط "
                       "مدينة إزرع.")
    assert {"كسوه", "ازرع"} <= set(places)


@pytest.mark.parametrize("text, name", [
    ("استهدفت الطائرات مزرعة بيت جن في ريف دمشق أمس.", "مزرعه بيت جن"),
    ("قتل شخصان في قصف على مزرعة الأمل بريف القنيطرة.", "مزرعه الامل"),
])
def test_a_farm_and_its_name_are_one_name(text: str, name: str) -> None:
    assert name in places_of(text)


def test_or_between_two_nations_adjectives_is_no_village() -> None:
    places = places_of("قتل خمسة مدنيين أمس بغارة على قرية تادف، ولم يعرف إن كانت الطائرات التي "
                       "نفذتها روسية أم تركية.")
    assert "ام تركيه" not in places and "تادف" in places


def test_a_quarter_no_gazetteer_knows_is_found_again_bare() -> None:
    doc = read("قصفت الطائرات حي غويران أمس. وقال المصدر إن القصف على غويران أوقع قتلى.")
    view = doc.norm.text
    assert [view[m.value.start:m.value.end] for m in doc.mentions["place"]] == ["غويران"] * 2
    # (not a name read after a noun of any area: `منطقة عسير`)
    doc = read("وقع تفجير في منطقة عسير أمس. وأدان البيان تفجير عسير.")
    assert len(doc.mentions.get("place", [])) <= 1


@pytest.mark.parametrize("text, name", [
    # a city told near a village is located by the village (names without their article)
    ("انفجر لغم أرضي أمس في البادية الجنوبية الغربية لمدينة دير الزور، قرب قرية الشولا.",
     "شولا"),
    # the town a road leads to is no place after the deed's own, also past its noun
    ("انفجرت عبوة ناسفة أمس عند مدخل بلدة البصيرة على الطريق المؤدي إلى بلدة الزر، ما أدى إلى "
     "مقتل عنصرين.", "بصيره"),
    # where a reporter of an outlet of three words sits
    ("وأفاد مراسل مركز حمص الإعلامي في الحولة بأن الطيران الحربي قصف مدينة تلدو بعدة صواريخ.",
     "تلدو"),
    # a camp's sector
    ("قتل شخصان برصاص مجهولين عند مدخل القطاع الرابع في مخيم الهول أمس.", "هول"),
    # "with wounds" after a farmer (`مزارع` is also "farms")
    ("أصيب مزارع بجروح جراء انفجار لغم أرضي في أرضه قرب بلدة الشعفة.", "شعفه"),
    # where the shells were fired from, their launchers between
    ("سقطت قذيفتان أطلقهما إرهابيون من مواقع انتشارهم في حي بني زيد على حي الأشرفية، ما أدى "
     "إلى استشهاد مدنيين اثنين.", "اشرفيه"),
    # the home of those arrested, the checkpoint they were met at three words before the town
    ("اعتقلت قوات النظام أمس ثلاثة شبان من أبناء بلدة داعل على حاجز مدخل مدينة الصنمين.",
     "صنمين"),
    # where an attack set out from
    ("سيطرت فصائل المعارضة على حاجز في مدينة عدرا العمالية بعد هجوم مباغت انطلق من محيط بلدة "
     "عدرا البلد أمس.", "عدرا العماليه"),
    # a quarter on a side of its city: the city only says where it is
    ("حرر المقاتلون حي الأسدية بالكامل في الجهة الغربية من مدينة منبج بعد اشتباكات ضارية.",
     "اسديه"),
    # where attackers crept in from
    ("هاجمت مجموعات مسلحة تسللت من حي الزهور حاجزا للجيش في حي غويران بمدينة الحسكة أمس.",
     "غويران"),
    # where the shells' launchers were stationed; the heights of a village
    ("سقطت قذيفتا هاون أطلقهما إرهابيون متمركزون في حي جوبر على حي باب توما أمس.", "باب توما"),
    ("قصفت مدفعية النظام المتمركزة في قرية شلف مرتفعات كبانة أمس.", "كبانه"),
    # ... told after the place they struck; where the rockets were fired from
    ("سقطت قذيفتا هاون على حي باب توما أطلقتهما الفصائل المتمركزة في جوبر أمس.", "باب توما"),
    ("سقطت قذيفتان صاروخيتان أطلقتا من منطقة عفرين على بلدة نبل أمس.", "نبل"),
    # a town east of a city (no quarter `باب شرقي`); ballistic missiles (no `بـ` + al-Sitteh)
    ("انفجرت سيارة مفخخة في مدينة الباب شرقي حلب أمس.", "باب"),
    ("سقطت صواريخ بالستية على مدينة إدلب أمس.", "ادلب"),
    # a town that labels its line, though its name is a common word ("peaceful")
    ("سلمية: خرجت مظاهرة حاشدة بعد صلاة الجمعة رغم الانتشار الأمني.", "سلميه"),
    # where the people the shelling drove out fled to
    ("قتل ثلاثة أشخاص في قصف على بلدة كفرلاها أمس، ما أدى إلى نزوح مئات العائلات باتجاه الرستن.",
     "كفرلاها"),
    # a bakery around which strikes fell, in the middle of the town
    ("قتل عشرة مدنيين جراء غارات جوية روسية استهدفت محيط فرن وسط مدينة أريحا أمس.", "اريحا"),
    # a town's facility by its common noun is no place of its own
    ("انفجرت سيارة مفخخة عند مدخل الكراج في مدينة جبلة أمس.", "جبله"),
    # where the victim was coming back from work
    ("قتل موظف برصاص مجهولين في قرية حمام واصل أثناء عودته من عمله في بلدة القدموس أمس.",
     "حمام واصل"),
])
def test_the_one_place_of_the_event_among_the_places_named(text: str, name: str) -> None:
    assert list(places_of(text)) == [name]


def test_the_rest_of_a_tally_is_no_quarter_of_the_town_after_it() -> None:
    assert "البقيه" not in places_of("قتل 13 شخصا في درعا، والبقية في حمص.")


def _battle(sub_event: str, key: str, day: int, deaths: int, confidence: float):
    import datetime as dt

    from rasd.extract.events import Draft
    from rasd.geo.resolve import PlaceMention

    return Draft("Battles", sub_event, PlaceMention(0, 0, 3, key), "Aleppo",
                 dt.date(2024, 11, day), 1, "Opposition Rebels (Syria)", None, deaths, None,
                 False, [(round(confidence * 10), 10)], [f"trigger:{sub_event}"],
                 confidence=confidence)


def test_battles_at_one_place_on_one_day_are_one_battle_its_outcome_kept() -> None:
    from rasd.extract.events import one_battle_per_place_and_day

    drafts = [_battle("Armed clash", "x", 27, 4, 0.9),
              _battle("Non-state actor overtakes territory", "x", 27, 0, 0.6),
              _battle("Armed clash", "x", 28, 1, 0.7),     # another day
              _battle("Armed clash", "y", 27, 0, 0.8)]     # another place
    kept = one_battle_per_place_and_day(drafts)
    assert [(d.place.key, d.date.day, d.sub_event_type) for d in kept] == [
        ("x", 27, "Non-state actor overtakes territory"), ("x", 28, "Armed clash"),
        ("y", 27, "Armed clash")]
    first = kept[0]
    assert (first.fatalities, first.confidence, first.evidence) == (4, 0.9, [(9, 10), (6, 10)])


def test_a_generic_head_without_its_article_begins_a_name() -> None:
    places = places_of("سقطت قذائف هاون على حي باب سلطوم بدمشق اليوم.")
    assert "باب سلطوم" in places
    assert "باب" not in places


def test_rural_damascus_is_a_governorate_though_its_name_begins_with_countryside() -> None:
    doc = read("قصف الطيران بلدة زرنوقة بريف دمشق اليوم.", dt.date(2015, 8, 9))
    found = {m.value.key: (m.value.role, m.value.admin1) for m in doc.mentions["place"]}
    assert found["ريفدمشق"] == ("region", "Rural Damascus")
    assert found["زرنوقه"][1] == "Rural Damascus"


def test_a_time_of_day_between_commas_is_no_list_item() -> None:
    places = places_of("وفي مدينة حمص، تعرض حي الوعر، منتصف الليل، لقصف عنيف بالدبابات.")
    assert "منتصف الليل" not in places
    assert "وعر" in places  # (the name read after its article)


def test_a_generic_head_alone_is_no_place_but_a_compass_word_completes_it() -> None:
    assert "باب" not in places_of("سقطت قذيفة هاون أمام باب المسجد في درعا اليوم.")
    assert "باب شرقي" in places_of("استهدف إرهابيون بقذيفتي هاون حي باب شرقي في دمشق.")


def test_a_town_named_by_a_dual_place_noun_is_read_after_its_settlement_noun() -> None:
    assert places_of("نفذ الطيران غارات على محيط مدينة القريتين بريف حمص الشرقي.").get(
        "القريتين") == "Homs"


def test_a_plain_heads_a_name_as_a_hill_or_a_valley_does() -> None:
    assert places_of("وهاجم مسلحون سيارتين في منطقة سهل الزبداني بريف دمشق.").get(
        "سهل الزبداني") == "Rural Damascus"


def test_a_compass_word_after_the_town_al_bab_only_locates_it() -> None:
    places = places_of("استهدف الطيران قرية الإمام في ريف مدينة الباب شرقي حلب.")
    assert "باب شرقي" not in places and "الباب شرقي" not in places


def test_a_generic_head_after_a_place_noun_takes_an_indefinite_word() -> None:
    assert places_of("واستمرت الاشتباكات بمنطقة بئر قصب بريف دمشق الشرقي.").get(
        "بئر قصب") == "Rural Damascus"


def test_a_common_word_after_a_place_noun_is_no_hamlet_far_from_its_sentence() -> None:
    places = places_of("واستمرت الاشتباكات في محيط محطة تشرين الحرارية بمنطقة بئر قصب بريف "
                       "دمشق الشرقي.")
    assert all(admin1 == "Rural Damascus" for name, admin1 in places.items()
               if name.startswith("محط"))


def test_the_ghouta_by_its_longer_name_is_the_region() -> None:
    assert places_of("وشن الطيران غارات على بلدة عربين في غوطة دمشق الشرقية اليوم.").get(
        "عربين") == "Rural Damascus"


def test_a_region_reports_name_beats_a_namesake_hamlet() -> None:
    assert places_of("ودارت اشتباكات عنيفة في منطقة القلمون اليوم.") == {
        "قلمون": "Rural Damascus"}


@pytest.mark.parametrize("text, word", [
    ("وقتل أربعة كانوا على متن سيارة في حمص", "متن"),
    ("وقالت وزارة الداخلية إن انفجارا وقع في حمص اليوم.", "وزاره"),
    ("ونقلت الوكالة على لسان قائد ميداني أن القصف طال حمص.", "لسان"),
    ("وقتل الرجل في منزله بحمص اليوم.", "منزله"),
    ("وكان أبو بكر البغدادي قد أعلن الخلافة في حينه.", "ابو بكر"),
    ("وهدد حسن نصر الله بالرد على الهجوم.", "نصر الله"),
    ("وهي مدينة تحت سيطرة التنظيم منذ عامين.", "تحت"),
    ("ووقع هجوم الجمعة في منطقة يؤمها السائحون.", "يؤمها"),
    ("وسنقف دوماً في وجه الإرهاب.", "دوما"),  # "always": the tanween says no name
    ("كانت تلوذ بمخيم للاجئين السوريين في قرية قاح.", "لاجئين"),
    ("اقتحمت الجبهة مخيما للنازحين في قرية قاح.", "نازحين"),
    ("وقتل مدنيون في قريتين أغلب سكانهما من الأكراد.", "اغلب"),
    ("وسقطت قذائف على منطقة البلد وسط الزبداني.", "سط"),
])
def test_an_everyday_word_or_a_persons_name_is_no_place(text: str, word: str) -> None:
    assert not any(word in name for name in places_of(text))


def test_a_place_inside_an_operations_quoted_name_is_marked() -> None:
    doc = read('اشتباكات مع فصائل غرفة عمليات "فتح حلب" في حي الراشدين اليوم.',
               dt.date(2015, 8, 1))
    marked = {m.value.key: m.value.in_name for m in doc.mentions["place"]}
    # (the operations room is a force the lexicon names: the town in its name is no place)
    assert "حلب" not in marked or marked["حلب"] is True
    assert marked["راشدين"] is False


def test_a_verb_with_its_object_after_a_place_noun_is_no_name() -> None:
    assert "ضربها" not in places_of("لم تصب المدنيين أي منطقة ضربها التحالف في الرقة")


def test_a_two_word_first_item_after_a_plural_noun_opens_the_list() -> None:
    places = places_of("سيطر الجيش الحر على قرى أبراج بارودة وانباتة واستربة في ريف اللاذقية.")
    assert {"ابراج باروده", "انباته"} <= set(places)
    assert "القتال المتعدده" not in places_of("وصلت تعزيزات إلى جبهات القتال المتعددة، في حلب.")


def test_an_oil_field_is_named_with_its_noun_not_after_a_village() -> None:
    places = places_of("وانفجرت عبوة ناسفة اليوم قرب حقل العمر النفطي في ريف دير الزور الشرقي.")
    assert places.get("حقل العمر النفطي") == "Deir-ez-Zor"
    assert "العمر" not in places


def test_farms_open_a_list_of_names() -> None:
    places = places_of("تزامنا مع هجوم عنيف على مزارع الدربو والكنيهر قرب تل تمر بريف الحسكة.")
    assert {"الدربو", "الكنيهر"} <= set(places)
    assert "مزارع" not in places


def test_the_towns_a_road_is_named_after_are_not_the_events_place() -> None:
    places = places_of("تجري معارك عنيفة في محيط إستراد دمشق حمص شمال مدينة دوما.")
    assert "دوما" in places and "دمشق" not in places and "حمص" not in places
    assert "حقل العمر النفطي" in places_of("انفجرت عبوة ناسفة على طريق حقل العمر النفطي بريف "
                                          "دير الزور.")


def test_a_governorate_opening_its_clause_frames_the_places_after_it() -> None:
    # after an inline subheading too; the village is invented, and takes its governorate
    framed = places_of("اشتباكات وفي حلب، اندلعت معارك عنيفة في قرية زرنيخ.")
    assert framed == {"زرنيخ": "Aleppo"}
    # at the end of a clause, before the next one's place, it is where the first happened
    assert "حلب" in places_of("قصفت الطائرات مواقع في حلب، وقصفت المدفعية قرية زرنيخ.")
    # with no other place in its sentence, it is the event's own
    assert "حلب" in places_of("وفي حلب، قصفت الطائرات أحياء المدينة.")


def test_a_quarter_lies_in_the_city_its_sentence_names_not_in_a_far_namesake() -> None:
    # الغوطة is also a village in Raqqa; حي says it is a quarter, of the city named with it
    assert places_of("قتل شخصان في قصف على حي الغوطة في مدينة حمص.") == {"غوطه": "Homs"}
    assert places_of("سقط القتلى في حمص حيث تواصل القصف على أحياء المدينة بينها حي "
                     "الغوطة.")["غوطه"] == "Homs"
    # جوبر is a village of Homs too: after حي, the quarter of Damascus
    assert places_of("وتعرضت مناطق في حي جوبر لقصف من قبل قوات النظام.") == {"جوبر": "Damascus"}


def test_a_village_located_by_a_subdistrict_is_its_namesake_near_it() -> None:
    # three places called الروضة lie in Latakia; the one in ناحية ربيعة's corner is meant
    from rasd.geo.distance import distance_km

    doc = read("تعرضت مناطق في قريتي الحلوة والروضة في ناحية ربيعة، بريف اللاذقية الشمالي، لقصف "
               "جوي.", dt.date(2015, 8, 10))
    places = {m.value.key: m.value.place for m in doc.mentions["place"] if m.value.place}
    village, subdistrict = places["روضه"], places["ربيعه"]
    assert distance_km((village.latitude, village.longitude),
                       (subdistrict.latitude, subdistrict.longitude)) < 15


def test_a_lexicon_word_after_a_generic_head_is_part_of_the_name() -> None:
    # الأكراد and التركمان are actors' words; after جبل they name the mountains of Latakia
    places = places_of("قصفت الطائرات مواقع في جبل الأكراد وجبل التركمان.")
    assert places == {"جبل الاكراد": "Lattakia", "جبل التركمان": "Lattakia"}


@pytest.mark.parametrize(("text", "name", "found"), [
    ("كانت في يدها ورقة ضغط على الحكومة.", "رقه", False),  # و + رقة: a sheet of paper
    ("قصفت الطائرات مدينة الرقة أمس.", "رقه", True),
    ("قصفت الطائرات بالرقة أمس.", "رقه", True),
    ("دخلت القوات مدينة قامشلي أمس.", "قامشلي", True),  # a place noun introduces it
    ("بين نصيبين التركية وقامشلي السورية المواجهة لها.", "قامشلي", True),  # and a demonym
])
def test_a_name_with_the_article_written_without_it_is_the_common_word(
        text: str, name: str, found: bool) -> None:
    assert (name in places_of(text)) is found


@pytest.mark.parametrize("text", [
    "انفجرت عبوة في بلدة سروج التي تبعد 10 كيلومترات عن الحدود السورية.",
    "ضرب انفجار مدينة سروج القريبة من الحدود السورية.",
])
def test_a_town_near_syrias_border_lies_across_it(text: str) -> None:
    # سروج is a Turkish town and a Hama village: a town said to lie near Syria's border is
    # the one across it
    assert places_of(text)["سروج"] is None  # abroad: no governorate
    assert places_of("قصفت الطائرات قرية سروج في ريف حماة.")["سروج"] == "Hama"


def test_a_generic_head_completed_by_an_unknown_word_is_no_foreign_city() -> None:
    # `وادي` alone spells El Oued (Algeria); `وادي برغش` is a valley near الزبداني
    [event] = [e for e in rasd.extract("اندلعت اشتباكات عنيفة اليوم في منطقة وادي برغش "
                                       "بالزبداني.", "2015-08-09").to_dict()["events"]]
    assert event["location"]["country"] == "Syria"


def countries_of(text: str) -> dict[str, str | None]:
    """Every place name the places stage reads → the country abroad it put it in (None: in
    Syria or unknown)."""
    extractor = default_extractor()
    doc = Document(text=text, id="t")
    extractor.annotate(doc)
    extractor.read_places(doc)
    view = doc.norm.text
    return {view[m.value.core_start:m.value.end]: (
        m.value.foreign.country if m.value.foreign else None) for m in doc.mentions["place"]}


def test_a_name_no_gazetteer_knows_beside_a_city_abroad_is_abroad() -> None:
    # the paragraph names a Syrian governorate; the sentence names only a city in Iraq
    countries = countries_of("قصفت قوات النظام مدينة سراقب في ريف إدلب. وهاجم مسلحون مركزا "
                             "للشرطة في منطقة المضيق، وأكدت الشرطة في بغداد مقتل ستة عناصر.")
    assert countries["المضيق"] == "Iraq"
    assert countries["سراقب"] is None


def test_a_city_abroad_after_a_compass_word_is_read_though_syria_has_a_namesake() -> None:
    countries = countries_of("قتل ستة عناصر في اشتباك في منطقة المضيق شرق الرمادي.")
    assert countries.get("رمادي") == "Iraq"  # the article is the matcher's prefix
    assert countries.get("المضيق") == "Iraq"


def test_a_nickname_is_no_place() -> None:
    places = places_of("واختطف مسلحون رئيس اللجنة أحمد السامرائي، المعروف بالحجية، في "
                       "مدينة سراقب.")
    assert "سراقب" in places and not any("حجيه" in name for name in places)


def test_a_dual_word_with_its_own_indefinite_adjective_is_no_town() -> None:
    # `جسرين` is a town of the Ghouta, but "two main bridges" are two bridges
    assert not places_of("استهدفت غارات التحالف تجمعات لتنظيم داعش في محافظة دير الزور، "
                         "وجسرين استراتيجيين في المحافظة.")
    assert not places_of("نفذ التحالف غارات جوية على جسرين استراتيجيين في محافظة دير الزور.")
    assert places_of("قصف على بلدة جسرين في الغوطة الشرقية.").get("جسرين") == "Rural Damascus"


def test_a_hamlet_far_from_the_governorate_its_sentence_names_stays_there_unplaced() -> None:
    # the gazetteer's only `تل الشيخ` is in Homs; the sentence is about rural Daraa (the name
    # goes on with the man's name after the title)
    places = places_of("قصف لواء اليرموك بقذائف الهاون تل الشيخ حسين الخاضع لسيطرة النظام "
                       "في ريف درعا.")
    assert places["تل الشيخ حسين"] == "Dar'a"


def test_a_place_just_over_the_border_of_the_named_governorate_keeps_its_point() -> None:
    # Tha'la airbase lies in Sweida, a few km from the Daraa countryside it is told with
    places = places_of("قصف عنيف من قبل المعارضة على قرى ريف درعا الشرقي وعلى مطار الثعلة.")
    assert places["ثعله"] == "As-Sweida"


@pytest.mark.parametrize("text", [
    # a paragraph that names only Iraq (the report names Syria elsewhere)
    "أعلنت قيادة العمليات في بغداد تطهير ناحية الكرمة، وقال مسؤول في الموصل إن عشرة مسلحين "
    "قتلوا.\nوفي سوريا قصفت قوات النظام مدينة سراقب.",
    # a report that names Iraq's places three times as often as Syria's
    "قال مسؤول إن المقاتلين جاؤوا من سوريا. واندلعت اشتباكات في الرمادي، وقصفت القوات مدينة "
    "الفلوجة، وانفجرت سيارة في بغداد، وهاجم مسلحون حيا في الموصل وفي كركوك وفي تكريت وفي "
    "البصرة. وتواصلت العمليات في ناحية الكرمة.",
])
def test_a_village_namesake_in_a_story_of_a_country_abroad_is_that_countrys(text: str) -> None:
    # Syria has a village called الكرمة (Hama)
    assert countries_of(text)["كرمه"] == "Iraq"


def test_a_syrian_town_keeps_a_story_told_beside_a_town_abroad_in_syria() -> None:
    countries = countries_of(
        "قال مسؤول إن المقاتلين جاؤوا من سوريا. وقتل 30 شخصا في تفجير في سروج، وفي "
        "الريحانية، وفي أنقرة، وفي إسطنبول. وأعلن التنظيم مسؤوليته عن هجوم في عين العرب.")
    assert countries["سروج"] == "Turkey"
    assert countries["عين العرب"] is None


def test_a_range_named_with_bi_after_a_list_of_villages_only_locates_them() -> None:
    places = places_of("سقطت قذائف أمس على بلدتي الصهرية والقروطية بجبل شحشبو.")
    assert "جبل شحشبو" not in places
    assert places["قروطيه"] == "Hama"


def test_a_fields_name_keeps_the_word_of_what_it_yields() -> None:
    places = places_of("سيطر التنظيم على نقاط في محيط حقل جزل النفطي بريف حمص الشرقي.")
    assert places.get("حقل جزل النفطي") == "Homs"


def test_where_a_reporter_sits_is_context_not_a_place_of_the_event() -> None:
    places = places_of("وأفاد مراسل الوكالة في حماة بأن الجيش قصف بلدة كفرنبودة.")
    assert "حماه" not in places and places["كفرنبوده"] == "Hama"
    # the hospital a quoted source works at
    assert set(places_of("وقتل أربعة مدنيين بقصف أمس على قرية الأسدية، بحسب مصدر طبي في مشفى "
                         "تل تمر.")) == {"اسديه"}
    assert set(places_of("وقال مصدر في المشفى الوطني بالقامشلي إن اشتباكات اندلعت أمس في حي "
                         "طي.")) == {"طي"}


def test_where_a_person_comes_from_is_no_place_of_the_event() -> None:
    places = places_of("قتل مقاتل المنحدر من بلدة الصور بريف دير الزور، في هجوم على حاجز في "
                       "بلدة بريهة.")
    assert "الصور" not in places and places["بريهه"] == "Deir-ez-Zor"
    assert "درعا" not in places_of("ولقي مصرعه مقاتل يتحدر من درعا في قصف على داريا.")


def test_a_plural_place_noun_in_a_list_is_no_name() -> None:
    places = places_of("فقد شهدت جبهات جبال سورين والمناطق التابعة لمدينة مريوان في كردستان "
                       "إيران معارك عنيفة.")
    assert not any("مناطق" in name for name in places)


def test_a_governorate_inside_a_groups_name_is_context_not_a_place() -> None:
    places = places_of("دارت اشتباكات على أطراف حي الخالدية بين قوات النظام من طرف، وغرفة "
                       "عمليات فتح حلب من طرف آخر.")
    assert "حلب" not in places


def test_a_name_of_places_in_several_countries_abroad_takes_the_country_its_sentence_names(
) -> None:
    countries = countries_of("قتل ثمانية مسلحين في كمين في محافظة البيضاء وسط اليمن.")
    assert countries["بيضاء"] == "Yemen"  # not Libya's Bayda, the bigger town
    assert countries_of("اشتباكات في مدينة البيضاء شرق ليبيا.")["بيضاء"] == "Libya"


def test_a_place_whose_office_speaks_is_context_not_a_place_of_the_event() -> None:
    places = places_of("وقال محافظ حمص إن القذائف سقطت أمس على حي الزهراء.")
    assert "حمص" not in places and places.get("زهراء") == "Homs"


def test_a_place_abroad_that_locates_a_name_says_its_country() -> None:
    countries = countries_of("قصفت قوات النظام مدينة سراقب في ريف إدلب.\nوفي العراق قتل شخص "
                             "بتفجير عبوة ناسفة في منطقة الحسينية، شمالي بغداد.")
    assert countries["حسينيه"] == "Iraq"  # not Egypt's Husseiniya, the bigger namesake


def test_a_name_listed_right_after_a_place_lies_near_it() -> None:
    # Syria has a الزهراء near Fuah (Idleb) and the one beside Nubl (Aleppo)
    places = places_of("وتتواصل المعارك في ريف إدلب.\nوأعلنت الفصائل المعركة على كفريا والفوعة "
                       "ونبل والزهراء في الشمال.")
    assert places["نبل"] == "Aleppo" and places["زهراء"] == "Aleppo"


def test_a_village_no_gazetteer_knows_in_a_line_about_syria_is_no_city_abroad() -> None:
    # البسيط is also a Spanish city (Albacete) in the foreign index
    countries = countries_of("نقلت القوات دبابات إلى بلدة صلنفة وقرية البسيط في ريف اللاذقية.")
    assert countries["بسيط"] is None
    assert places_of("نقلت القوات دبابات إلى بلدة صلنفة وقرية البسيط في ريف اللاذقية."
                     )["بسيط"] == "Lattakia"


def test_a_short_generic_head_after_a_place_noun_begins_a_name() -> None:
    places = places_of("قصفت القوات قرية أم الخير غرب بلدة تل تمر بالمدفعية الثقيلة.")
    assert places.get("ام الخير") == "Al-Hasakeh"  # named before the town that locates it
    assert not any(name == "ام" for name in places_of(
        'وأجبرت الفصائل التنظيم على الانسحاب إلى قرية "أم القرى" شمال حلب.'))


def test_a_compass_side_of_a_governorates_city_is_no_place() -> None:
    # as often the governorate's countryside as the city
    assert places_of("قصفت الطائرات قرى شمال حلب أمس.") == {}


def test_a_district_put_ahead_of_its_clause_frames_the_places_after_it() -> None:
    assert places_of("وفي ناحية راجو، قصفت المدفعية التركية قرية ميدانكي أمس.") == {
        "ميدانكي": "Aleppo"}
    # alone in its sentence it is the place
    assert places_of("وفي ناحية راجو، قصفت المدفعية التركية القرى أمس.") == {"راجو": "Aleppo"}


def back_references(text: str) -> list:
    """The back-references the places stage reads (`في محيط البلدة`), in text order."""
    doc = read(text, dt.date(2019, 12, 1))
    return [m.value for m in doc.mentions["place"] if m.value.how == "back-reference"]


def test_a_place_in_a_groups_name_is_no_place_of_the_story() -> None:
    assert places_of("أعلن لواء أحرار الغاب أسر خمسة عناصر خلال هجوم على حاجز قرب قرية "
                     "الحويز.") == {"حويز": "Lattakia"}
    assert "ادلب" not in places_of("هاجم لواء شهداء إدلب حاجزا في بلدة كفرنبل.")
    assert "حماه" in places_of("قصفت قوات النظام حماة اليوم.")


def test_a_soldiers_home_village_told_before_how_he_died_is_no_place() -> None:
    found = places_of("والشهداء هم: الملازم أول علي من قرية بيت الشيخ يونس، الذي استشهد أول أمس "
                      "خلال التصدي لهجوم على نقطة عسكرية قرب قرية دورين.")
    assert list(found) == ["دورين"]


def test_the_town_of_a_hospital_the_wounded_were_taken_to_is_no_place() -> None:
    found = places_of("قتل عنصر بانفجار عبوة ناسفة في مدينة داعل اليوم، ونقل جريح إلى المشفى "
                      "الوطني في مدينة درعا.")
    assert list(found) == ["داعل"]
    found = places_of("اعتقلت دورية للأمن العسكري ثلاثة أشخاص في بلدة داعل، واقتادتهم إلى مقر "
                      "الفرع في مدينة درعا.")
    assert list(found) == ["داعل"]


def test_a_base_named_again_by_its_bare_noun_points_back_to_it() -> None:
    text = "حاصر جيش الفتح مطار أبو الظهور العسكري أمس. وقصفت الفصائل المطار بعشرات القذائف."
    assert [m.key for m in back_references(text)] == ["ابوالظهور"]
    # an airport no sentence named points back to nothing
    assert back_references("قصفت الطائرات بلدة سراقب أمس. واستهدفت الفصائل المطار بالقذائف.") == []


def test_the_sons_of_a_town_taken_near_another_were_taken_there() -> None:
    found = places_of("خطف مسلحون مجهولون أمس شابين من أبناء بصرى الشام قرب بلدة القريا.")
    assert list(found) == ["قريا"]


def test_an_outlet_a_source_spoke_to_in_quotes_is_no_place() -> None:
    found = places_of("وتحدثت مصادر أهلية لـ«الميادين» عن استمرار الاشتباكات على أطراف عياش.")
    assert "ميادين" not in found and "عياش" in found


def test_where_reinforcements_came_from_is_no_place_the_town_points_back_to() -> None:
    text = ("فرضت الهيئة حصارا على بلدة كفرتخاريم، واستقدمت تعزيزات عسكرية من مدينة سلقين.\n"
            "وأفاد مراسل بأن اشتباكات اندلعت على أطراف البلدة.")
    assert "سلقين" not in places_of(text)
    assert [m.key for m in back_references(text)] == ["كفرتخاريم"]
    found = places_of("اندلعت اشتباكات في بلدة كفرتخاريم بعد وصول تعزيزات للهيئة من بلدة سرمدا.")
    assert list(found) == ["كفرتخاريم"]
    assert "سرمدا" in places_of("قصفت الطائرات بلدة سرمدا.")


def test_the_town_points_back_to_the_last_place_named_a_town() -> None:
    text = ("قصفت القوات قرية أم الخير غرب بلدة تل تمر، ثم قصفت قريتي الطويلة وتل جمعة في "
            "محيط البلدة.")
    back = back_references(text)
    assert [m.place.name_ar for m in back] == ["تل تمر"]  # not تل جمعة, a village


@pytest.mark.parametrize("text", ["قالت محطة التلفزيون الإسبانية إن الصحافيين فقدوا",
                                  "أعلنت الحكومة الإيطالية أمس", "في المدينة الليبية"])
def test_a_countrys_feminine_adjective_is_no_place(text: str) -> None:
    assert places_of(text) == {}


def test_a_big_citys_namesake_listed_among_syrian_villages_is_the_village() -> None:
    places = places_of("تعرضت قرى الحواش والقاهرة والعنكاوي بسهل الغاب لقصف مكثف من الطيران.")
    assert places.get("قاهره") == "Hama"  # the Ghab's القاهرة, not Cairo


def test_a_common_word_after_a_noun_of_surroundings_is_no_place() -> None:
    places = places_of("قصف الطيران قرية العنكاوي ومحيط المحطة الحرارية بمنطقة زيزون.")
    assert "محطه" not in places and "زيزون" in places
    # a facility's own name after it stays (`محيط محطة تشرين`)
    assert "محطه" in places_of("دارت اشتباكات في محيط محطة تشرين بريف دمشق.")


def test_where_fire_came_from_is_no_place_of_the_event() -> None:
    places = places_of("استهدفت قوات النظام أمس بصاروخ بلدة زبدين، من مقراتها في حتيتة الجرش.")
    assert "زبدين" in places and "حتيتهالجرش" not in {k.replace(" ", "") for k in places}


def test_a_participle_after_a_place_is_no_next_name_of_a_list() -> None:
    places = places_of("تعلن القوى العاملة في مدينة داريا والمتمثلة في الاتحاد الإسلامي عن معركة.")
    assert list(places) == ["داريا"]


def test_inside_or_amid_a_city_locates_the_place_before_it() -> None:
    places = places_of("وتركزت المعارك أمس في المربع الأمني بمنطقة المحطة داخل مدينة درعا.")
    assert places.get("محطه") == "Dar'a"  # not Aleppo's محطة


def test_a_quarter_named_after_a_road_is_no_town_at_its_end() -> None:
    places = places_of("شن الطيران غارات على أحياء طريق الباب والصاخور في حلب.")
    assert places.get("طريق الباب") == "Aleppo" and "باب" not in places



def test_an_adjective_after_a_definite_place_noun_with_la_is_no_place() -> None:
    assert places_of("تعرضت المناطق الجبلية للمنطقة الكردية للقصف.") == {}


def test_a_name_no_gazetteer_knows_after_a_sentence_told_abroad_is_that_countrys() -> None:
    countries = countries_of(
        "قصفت قوات النظام مدينة سراقب وبلدة بنش في ريف إدلب. وأعلن مكتب حاكم إقليم أغري "
        "بشرق تركيا أمس مقتل اثنين من قوات الأمن في تفجير انتحاري. وقال مكتب الحاكم إن "
        "الهجوم نفذ على موقع لقوات الأمن في منطقة دوجو بايزيد.")
    assert countries["دوجو بايزيد"] == "Turkey"  # (two bare words: one name)
    assert countries["سراقب"] is None
    # a sentence that names Syria ends it
    countries = countries_of(
        "قصفت قوات النظام مدينة سراقب وبلدة بنش في ريف إدلب. وأعلن مكتب حاكم إقليم أغري "
        "بشرق تركيا أمس مقتل اثنين من قوات الأمن. وفي سوريا، قصفت الطائرات منطقة دوجو بايزيد.")
    assert countries["دوجو بايزيد"] is None


def test_the_two_towns_point_back_to_the_last_two_towns_named() -> None:
    text = ("قصفت الفصائل أمس بلدتي الفوعة وكفريا بقذائف الهاون. ودارت اشتباكات عنيفة أمس "
            "لأكثر من ثماني ساعات في محيط البلدتين.")
    assert sorted(m.refers_to.key for m in back_references(text)) == ["فوعه", "كفريه"]


def test_the_governorate_after_a_place_is_the_one_the_report_named_last() -> None:
    # `بريف المحافظة`: the unknown hill lies in Quneitra, named two sentences before
    text = ("توغلت قوات إسرائيلية اليوم في محافظة القنيطرة. وفي وقت سابق توغلت قوة أخرى "
            "باتجاه تل كروم جبا بريف المحافظة الشمالي.")
    assert places_of(text)["تل كروم"] == "Quneitra"
    # `بالمحافظة على`, "keeping", is no governorate
    keeping = places_of("وفي حمص قصفت قوات النظام قرية الزارة بالمحافظة على مواقعها.")
    assert keeping["زاره"] == "Homs"


def test_an_airbase_is_the_base_not_a_village_of_its_name_elsewhere() -> None:
    # `كويرس` alone is a village of Idleb; the base lies east of Aleppo
    # (places_airbases.csv), and `في مطار` before the name does not make it a common word
    assert places_of("قتل جنديان أمس في مطار كويرس العسكري بقصف للتنظيم.") == {
        "مطار كويرس": "Aleppo"}
    assert places_of("قتل جنديان أمس في مطار المزة العسكري.") == {"مطار المزه": "Damascus"}


def test_what_a_place_overlooks_or_borders_only_locates_it() -> None:
    overlooking = places_of("وفي بلدة داريا سيطرت المعارضة على مبان المطلة على مطار المزة.")
    assert "مطار المزه" not in overlooking and "داريا" in overlooking
    # with no other place in its clause, the bordered town is the event's place
    bordering = places_of("سيطر مقاتلو المعارضة أمس على ثلاثة حواجز في الجبل الشرقي المحاذي "
                          "لبلدة بلودان.")
    assert "بلودان" in bordering


def test_a_name_that_ends_on_a_title_goes_on_with_the_mans_name() -> None:
    # `تل الشيخ حسين` is no `تل الشيخ` (nor the gazetteer's longer `تل الشيخ عمر` of Dar'a)
    places = places_of("قصفت قوات النظام أمس تل الشيخ حسين في ريف درعا الشرقي.")
    assert "تل الشيخ حسين" in places
    assert "شيخ مسكين" in places_of("قصفت قوات النظام أمس بلدة الشيخ مسكين.")


def test_bab_al_hawa_is_the_crossing_unless_the_text_says_homs() -> None:
    # places_crossings.csv: the crossing's name alone is what reports mean
    assert places_of("قصفت الطائرات أمس محيط معبر باب الهوى.") == {"معبر باب الهوي": "Idleb"}
    assert places_of("قصفت الطائرات أمس محيط باب الهوى.") == {"باب الهوي": "Idleb"}
    homs = places_of("قصفت الطائرات أمس قرية باب الهوى بريف حمص.")
    assert homs["باب الهوي"] == "Homs"


@pytest.mark.parametrize("text, places", [
    # a governorate's countryside named by its adjective (`الريف الحلبي`: as `ريف حلب`;
    # `العياش` alone is Deir ez-Zor's)
    ("قصفت الطائرات أمس بلدة العياش في الريف الحلبي الشمالي.", {"عياش": "Aleppo"}),
    ("قصفت الطائرات أمس مدينة دوما في الريف الدمشقي.", {"دوما": "Rural Damascus"}),
    # a quarter named after a base or a man is named whole
    ("قتل خمسة مدنيين في غارة جوية على حي الثكنة في الرقة.", {"الثكنه": "Ar-Raqqa"}),
    ("اندلعت اشتباكات في حي هشام بن عبد الملك في الرقة.", {"هشام بن عبد الملك": "Ar-Raqqa"}),
    # the quarters of Qamishli and al-Hasakeh (a two-letter name among them)
    ("اندلعت اشتباكات عنيفة في حي طي بمدينة القامشلي أمس.", {"طي": "Al-Hasakeh"}),
    # a hospital named after what the gazetteer knows only in another governorate
    ("قتل ثلاثة مدنيين بقصف على بلدة دارة عزة، ونقل الجرحى إلى مشفى الكنانة.",
     {"داره عزه": "Aleppo"}),
    ("استهدفت غارة روسية مشفى الأتارب أمس، وقصفت المدفعية بلدة دارة عزة.",
     {"اتارب": "Aleppo", "داره عزه": "Aleppo"}),
    # an army base named by a common noun (places_airbases.csv)
    ("تتواصل المعارك في محيط إدارة المركبات عند أطراف مدينة حرستا.",
     {"اداره المركبات": "Rural Damascus", "حرستا": "Rural Damascus"}),
])
def test_the_places_read_and_the_governorate_each_lies_in(
        text: str, places: dict[str, str]) -> None:
    assert places_of(text) == places


def test_a_lake_or_a_hill_heads_a_name() -> None:
    # `بحيرة`, `تلة`: generic heads (place_prefixes.txt), like تل and جبل
    assert places_of("استهدفت عبوة ناسفة أمس سيارة بالقرب من بحيرة العجمي في ريف درعا.") == {
        "بحيره العجمي": "Dar'a"}
    assert "تله الشيخ يوسف" in places_of(
        "قصفت قوات النظام أمس محيط تلة الشيخ يوسف بالقرب من قرية نقارين.")


def test_the_country_across_a_border_is_no_place_of_the_event() -> None:
    # `معبر نصيب الحدودي مع الأردن`: the crossing (places_crossings.csv), not Jordan
    places = places_of("سيطرت غرفة عمليات الجنوب أمس على مدينة درعا ومعبر نصيب الحدودي مع "
                       "الأردن.")
    assert places == {"درعا": "Dar'a", "معبر نصيب": "Dar'a"}


def test_the_other_name_in_brackets_is_no_place_of_its_own() -> None:
    # `بريف عين العرب (كوباني)`: one town's two names, not a second target
    places = places_of("قصفت القوات التركية أمس قرية زور مغار بريف عين العرب (كوباني).")
    assert set(places) == {"زور مغار"}


def test_the_next_item_of_a_list_after_a_compass_adjective_is_a_place() -> None:
    places = places_of("سيطرت قوات النظام أمس على قرى الدير الشرقي والدير الغربي وبابيلا جنوب "
                       "المدينة.")
    assert {"دير الغربي", "بابيلا"} <= set(places)
    # `الريف الشمالي لحلب`: the compass adjective still makes the governorate a locator
    assert "حلب" not in places_of("قصف الطيران أمس الريف الشمالي لحلب.")


def test_a_front_is_named_after_the_towns_it_runs_by() -> None:
    one = places_of("دارت اشتباكات أمس بين قوات النظام والفصائل على محور كبانة بريف اللاذقية.")
    assert one.get("كبانه") == "Lattakia"
    fronts = places_of("استمرت المعارك أمس بين قوات النظام والفصائل على محاور جرجناز والتح "
                       "وتلمنس.")
    assert {name.removeprefix("و"): admin1 for name, admin1 in fronts.items()} == {
        "جرجناز": "Idleb", "التح": "Idleb", "تلمنس": "Idleb"}
    # a front's name that no gazetteer knows is a quarter or a factory, no place
    assert "الجمعيات" not in places_of("تصدت الفصائل أمس لمحاولة تقدم القوات من محور الجمعيات.")


def test_where_the_force_that_fired_is_stationed_is_no_place_of_the_event() -> None:
    fired = places_of("قصفت قوات النظام المتمركزة في محيط مورك أمس بلدة الهبيط.")
    assert "مورك" not in fired and "هبيط" in fired
    named_as_agent = places_of("تعرضت بلدة الهبيط أمس لقصف مدفعي من قوات النظام المتمركزة في "
                               "محيط مورك.")
    assert "مورك" not in named_as_agent
    # a force stationed where it was hit: that is the place
    assert "مورك" in places_of("استهدفت الفصائل أمس قوات النظام المتمركزة في بلدة مورك.")


def test_a_list_member_known_only_far_from_the_others_is_a_namesake() -> None:
    places = places_of("قصفت القوات التركية أمس قرى أم الكيف والدردارة وتل شنان.")
    # the gazetteer's تل شنان lies in Homs, 300 km from the two Hasakeh villages beside it
    assert places.get("تل شنان") == "Al-Hasakeh"


def test_a_suburb_near_a_city_may_lie_over_its_governorates_line() -> None:
    # `ضاحية` names a settlement; `قرب دمشق` does not hold the capital's suburbs, which are
    # Rural Damascus, inside the Damascus governorate
    assert places_of("سقطت قذائف هاون أمس على ضاحية السيدة زينب قرب دمشق.") == {
        "سيده زينب": "Rural Damascus"}


def test_where_a_road_leads_to_is_no_place_of_the_event() -> None:
    assert places_of("قطع المحتجون أمس الطريق الواصل إلى مطار دمشق الدولي في بلدة "
                     "عقربا.") == {"عقربا": "Rural Damascus"}


def test_a_road_named_after_a_town_with_the_article_is_read_as_a_road() -> None:
    # `القامشلي` after the dash keeps its article: still the second town of the road's name,
    # neither town is where the bomb went off
    assert places_of("انفجرت عبوة ناسفة أمس على طريق عامودا - القامشلي.") == {}
    assert places_of("انفجرت عبوة ناسفة أمس على طريق عامودا - القامشلي قرب قرية "
                     "خربة عمو.") == {"خربه عمو": "Al-Hasakeh"}


def test_towns_listed_after_among_them_are_places() -> None:
    # `بلدات عدة بينها A وB`: the list names the towns of the plural noun before it (and
    # `بلدات` is no clitic `ب` + `لدات`)
    assert places_of("قصف الطيران الحربي أمس بلدات عدة بينها كفرنبل وحاس.") == {
        "كفرنبل": "Idleb", "حاس": "Idleb"}
    assert places_of("وقال إن مطالب الأهالي كثيرة منها الإفراج عن المعتقلين.") == {}


def test_the_rest_is_no_place() -> None:
    assert "الباقون" not in places_of("قتل 40 في حمص، والباقون في حماة ودير الزور.")


def test_a_name_ending_like_a_masculine_adjective_after_a_feminine_noun_is_a_name() -> None:
    # an adjective agrees with `قرية`; `ميدانكي` does not, so it is the village's name (one the
    # gazetteer lacks), located in the sub-district named after it
    assert places_of("اختطف مسلحون أمس خمسة مواطنين من قرية ميدانكي في ناحية شران.") == {
        "ميدانكي": "Aleppo"}
    assert places_of("قصفت المدفعية أمس قرية حدودية مع تركيا.") == {}


def test_a_base_of_the_data_files_keeps_its_governorate_beside_another_named() -> None:
    # `قاعدة حميميم` (places_airbases.csv) is the Lattakia base even though its sentence
    # names Idlib; a zone named by its status (`منطقة خفض التصعيد`) is no place; where the
    # drones were launched from, their launcher named between, is no place of the event
    places = places_of("تعرضت قاعدة حميميم أمس لهجوم بطائرات مسيرة أطلقها الإرهابيون من "
                       "منطقة خفض التصعيد في إدلب.")
    assert places["قاعده حميميم"] == "Lattakia"
    assert "خفض التصعيد" not in places
    assert places_of("سقطت قذائف أطلقتها الفصائل من بلدة اللطامنة على مدينة محردة أمس.") == {
        "محرده": "Hama"}


def test_a_base_names_the_place_after_it() -> None:
    # `قاعدة` is a place noun (a facility's: an unknown name after it is no place), and
    # `قاعدة عسكرية` is no base's name
    assert places_of("تعرضت قاعدة التنف أمس لهجوم بطائرات مسيرة مفخخة.") == {
        "تنف": "Rural Damascus"}
    assert places_of("قصفت الطائرات أمس قاعدة عسكرية قرب بلدة مورك.") == {"مورك": "Hama"}


def test_a_list_of_quarters_goes_on_past_one_named_by_its_housing_blocks() -> None:
    places = places_of("استهدفت غارات أمس أحياء الشعار والصاخور ومساكن هنانو والكلاسة في "
                       "مدينة حلب.")
    assert {"شعار", "صاخور", "مساكن هنانو", "كلاسه"} <= set(places)


def test_names_of_a_list_in_quotes_or_brackets_are_places() -> None:
    assert places_of("سيطرت الفصائل أمس على قرية \"الزلاقيات\" و\"مورك\" بريف حماة.").keys() \
        >= {"زلاقيات", "مورك"}
    assert places_of("قصفت المدفعية أمس بلدات (كفرزيتا، اللطامنة، مورك).").keys() == {
        "كفرزيتا", "لطامنه", "مورك"}


def test_the_second_of_a_pair_is_a_place_the_gazetteer_may_lack() -> None:
    places = places_of("سيطرت القوات أمس على قريتي قسطل جندو وبعدينا في ناحية بلبل.")
    assert places.get("بعدينا") == "Aleppo"
    assert "كتف الغدر" in places_of("تعرضت أماكن في منطقتي الكوم وكتف الغدر بريف اللاذقية "
                                    "لقصف أمس.")
    assert places_of("قصفت المدفعية أمس بلدتي كفرزيتا وذلك ردا على هجوم.") == {
        "كفرزيتا": "Hama"}


def test_a_facilitys_nation_is_its_owner_not_its_country() -> None:
    text = "شنت الفصائل هجوما بطائرات مسيرة على قاعدة حميميم الروسية أمس."
    assert places_of(text) == {"قاعده حميميم": "Lattakia"}
    # a town's nation is the country it stands in
    assert places_of("قصف الجيش التركي مدينة سروج التركية أمس.") == {"سروج": None}


def test_a_name_after_a_reporter_or_an_outlet_noun_is_the_outlets() -> None:
    text = "وقال مراسل الميادين إن الطيران الحربي شن غارات على بلدة كفرنبل."
    assert places_of(text) == {"كفرنبل": "Idleb"}
    text = 'ونقلت قناة "الميادين" أن الطيران قصف مدينة الميادين.'
    assert places_of(text) == {"ميادين": "Deir-ez-Zor"}


def test_unknown_members_of_a_list_are_read_and_located_by_what_locates_the_list() -> None:
    text = "سيطرت الفصائل أمس على قرى شنكال وآدمنلي في ناحية بلبل شمالي عفرين."
    assert places_of(text) == {"شنكال": "Aleppo", "ادمنلي": "Aleppo"}
    import rasd

    events = rasd.extract(text, "2018-01-23").to_dict()["events"]
    located = {e["location"]["name"]: (e["location"]["geo_precision"],
                                       e["location"]["latitude"] is not None) for e in events}
    assert located == {"شنكال": (2, True), "آدمنلي": (2, True)}


def test_where_a_convoy_was_heading_is_no_event_place() -> None:
    text = ("استهدف رتل عسكري بغارة جوية قرب بلدة معرحطاط أثناء توجهه إلى مورك، ما أدى لمقتل "
            "ثلاثة مدنيين.")
    assert places_of(text) == {"معرحطاط": "Idleb"}


def test_a_list_goes_on_after_a_facilitys_adjective() -> None:
    text = "قصفت الطائرات مطار المزة العسكري والكسوة."
    assert places_of(text) == {"مطار المزه": "Damascus", "كسوه": "Rural Damascus"}


def test_the_home_town_of_people_met_elsewhere_is_no_event_place() -> None:
    text = "اعتقلت دورية للأمن العسكري ثلاثة شبان من مدينة نوى عند حاجز في مدينة الصنمين."
    assert places_of(text) == {"صنمين": "Dar'a"}
    # a home town alone stays the place
    assert places_of("قتل ثلاثة مدنيين من بلدة كفرنبل بقصف جوي.") == {"كفرنبل": "Idleb"}
    # people told by their count alone (`خمسة من بلدة`, `5 من بلدة`)
    for count in ("خمسة", "5"):
        text = f"استشهد {count} من بلدة كفرنبل في قصف على مدينة معرة النعمان."
        assert places_of(text) == {"معره النعمان": "Idleb"}


def test_the_places_of_a_fridays_slogan_are_no_places_of_an_event() -> None:
    text = ('حصيلة يوم الجمعة: 96 شهيداً، و195 نقطة تظاهر في جمعة "لن نترك حلب وحيدة". '
            "38 شهيداً في دمشق، 21 في حمص، والباقي في درعا.")
    assert "حلب" not in places_of(text)
    assert "باقي" not in places_of(text)


def test_the_home_town_of_people_met_near_another_place_is_no_event_place() -> None:
    text = ("اعتقلت دورية للأمن العسكري شابين من أبناء مدينة نوى على حاجز قرب بلدة الشيخ "
            "مسكين.")
    assert set(places_of(text)) == {"شيخ مسكين"}
    text = "قتل ناشط إعلامي من أبناء مدينة الأتارب برصاص قناص على حاجز قرب دارة عزة."
    assert "اتارب" not in places_of(text)
    # a place two words after the preposition, or a region locating the home between
    for text in ("اعتقلت قوات النظام شابين من أبناء بلدة الحراك على حاجز عند مدخل مدينة ازرع.",
                 "اعتقلت قوات النظام شابين من أبناء بلدة الحراك في ريف درعا الشرقي على حاجز "
                 "في مدينة ازرع."):
        assert set(places_of(text)) == {"ازرع"}
    # their home told after them, past their names
    text = ("عثر على جثتي شابين مقتولين بالرصاص في مدينة الصنمين، وهما أحمد وخليل من أبناء "
            "بلدة انخل.")
    assert set(places_of(text)) == {"صنمين"}


def test_the_countryside_of_a_unit_locates_the_villages_before_it() -> None:
    text = "قصف الجيش التركي بالمدفعية الثقيلة قريتي أم الكيف وتل طويل في ريف ناحية تل تمر."
    assert "تل تمر" not in places_of(text)


def test_a_road_between_a_town_and_a_village_each_with_its_noun_is_one_road() -> None:
    text = ("استهدفت طائرة مسيرة سيارة عسكرية على الطريق الواصل بين مدينة عامودا وقرية تل "
            "حميس، ما أدى إلى مقتل مقاتلين.")
    assert len(places_of(text)) <= 1
    # a subdistrict at one end, and the village it passed near after it
    text = ("انفجرت عبوة ناسفة بسيارة على الطريق الواصل بين مدينة القامشلي وناحية تربه سبيه، "
            "قرب قرية تل زيوان.")
    assert set(places_of(text)) == {"تل زيوان"}


def test_the_ghouta_named_bare_is_the_belt_around_damascus() -> None:
    assert places_of("قصفت الطائرات بلدات الغوطة.") == {"غوطه": "Rural Damascus"}


def test_the_crossing_the_wounded_were_taken_through_is_no_event_place() -> None:
    text = ("وقد نقل عدد من المصابين إلى مستشفيات في تركيا عبر معبر باب الهوى، حيث توفي اثنان "
            "منهم.")
    assert not places_of(text)


def test_near_a_governorates_city_with_no_other_place_is_near_that_city() -> None:
    # `قرب` is "near", not a compass word: `شمال حلب` may be the countryside, `قرب الرقة` is
    # by the city
    assert places_of("نفذ التحالف أمس 12 ضربة جوية قرب الرقة.") == {"رقه": "Ar-Raqqa"}


def test_whom_a_source_spoke_to_is_an_outlet_not_a_town() -> None:
    text = "وقال مصدر عسكري للميادين إن الجيش سيطر على بلدة كفرنبودة بعد اشتباكات."
    assert set(places_of(text)) == {"كفرنبوده"}
    # struck, it is the town
    assert set(places_of("قصفت قوات النظام مدينة الميادين.")) == {"ميادين"}


def test_a_town_to_one_side_of_the_capital_may_lie_in_rural_damascus() -> None:
    text = "اعتقل حاجز للأمن العسكري في مدينة الكسوة جنوبي دمشق اليوم ثلاثة شبان."
    assert places_of(text) == {"كسوه": "Rural Damascus"}


def test_a_bridge_is_no_village_without_a_place_noun() -> None:
    assert places_of("لكن السيارات التي كانت على الجسر لم تتضرر من القصف.") == {}
    assert places_of("قصفت الطائرات قرية الجسر بريف الحسكة.") == {"جسر": "Al-Hasakeh"}
    assert "جسر الشغور" in places_of("استهدفت غارة مدينة جسر الشغور.")


def test_where_a_victim_works_is_no_place_of_the_event() -> None:
    text = ("اختطف مسلحون مجهولون طبيبا يعمل في مشفى بلدة كفرتخاريم، من أمام منزله في بلدة "
            "حزانو.")
    assert set(places_of(text)) == {"حزانو"}


def test_a_rivers_bank_is_not_the_west_bank() -> None:
    text = "قصفت قوات النظام المتمركزة على الضفة الغربية لنهر الفرات بلدة ذيبان."
    assert set(places_of(text)) == {"ذيبان"}


def test_a_camp_the_gazetteer_names_with_its_noun_is_that_camp() -> None:
    # the noun is part of the name: no common word that makes it no place
    assert places_of("قتل مدنيان أمس بقصف على مخيم اليرموك.") == {"مخيم اليرموك": "Damascus"}


@pytest.mark.parametrize("text, names", [
    ("قصفت قوات النظام اليوم حزة وجسرين.", {"حزه", "جسرين"}),
    ("قصفت المروحيات، فجر اليوم، سقبا بالبراميل المتفجرة.", {"سقبا"}),
])
def test_the_object_of_a_strike_after_its_doer_is_a_place(text: str, names: set[str]) -> None:
    assert set(places_of(text)) == names


def test_a_word_right_after_a_deed_is_no_object_place() -> None:
    # an adjective (`ضخم`), a make of rocket (`جراد`): no village of that name
    assert places_of("تسبب سقوط الطائرة بانفجار ضخم وأطلقت صواريخ جراد.") == {}


def test_an_adjective_after_a_plural_place_noun_is_no_village() -> None:
    assert set(places_of("سيطر الجيش الحر أمس على أربع قرى جديدة في منطقة عفرين.")) == {"عفرين"}


def test_an_outlet_named_after_its_city_is_no_place() -> None:
    text = "وأكد مصدر عسكري لمركز حلب الإعلامي مقتل عنصرين بقصف على بلدة عندان."
    assert set(places_of(text)) == {"عندان"}


@pytest.mark.parametrize("text, name", [
    ("سقطت قذيفة على مدينة حرستا أمس. وقتل 5 مدنيين بغارات جوية على المدينة اليوم.", "حرستا"),
    ("يعيش في حي الوعر 75 ألف مدني. وقتلت امرأة اليوم برصاص قناص في الحي.", "الوعر"),
])
def test_the_place_noun_points_back_before_a_time_and_for_a_quarter(text: str, name: str) -> None:
    doc = read(text, dt.date(2018, 2, 20))
    back = [m.value for m in doc.mentions.get("place", []) if m.value.how == "back-reference"]
    assert [m.place.name_ar for m in back if m.place is not None] == [name]


def test_a_verb_that_spells_a_quarter_is_no_place() -> None:
    assert places_of("وقصف الطيران الحربي تجمعات داعش في قرية الجفرة ودمر مقرات وآليات.") == {
        "جفره": "Deir-ez-Zor"}


@pytest.mark.parametrize("text, names", [
    ("قصفت قوات النظام المتمركزة في معسكر جورين أمس قرية القرقور.", {"قرقور"}),
    ("استشهد ثلاثة في حي الجبيلة برصاص قناصة قوات النظام المتمركزين في حي الجورة.",
     {"جبيله"}),
    ("وشهيدان في قرية حريتان بقصف مدفعي مصدره مطار حلب الدولي.", {"حريتان"}),
    ("سقطت قذائف على بلدة الهبيط أمس مصدرها مواقع قوات النظام في مدينة خان شيخون.",
     {"هبيط"}),
    # the shells named, no verb: `بقذائف الهاون من حي الوعر على حي الإنشاءات`
    ("قتل طفل جراء اعتداء بقذائف الهاون من حي الوعر على حي الإنشاءات.", {"انشاءات"}),
])
def test_where_the_fire_came_from_is_no_place_of_the_event(text: str, names: set[str]) -> None:
    assert set(places_of(text)) == names


@pytest.mark.parametrize(("text", "antecedents"), [
    # a part of the town or its people (`أحياء`, `وسط`, `سكان`) before the noun
    ("سيطرت الفصائل أمس على مدينة جسر الشغور. وألقت المروحيات عشرين برميلا على أحياء المدينة.",
     ["جسر الشغور"]),
    ("سيطر التنظيم على مدينة تدمر. واختطف 230 مدنيا من سكان المدينة.", ["تدمر"]),
    # the noun ends its phrase without a comma (`في المدينة بينهم`), after `وفي` too
    ("سيطر التنظيم على مدينة تدمر. وأعدم 17 شخصا في المدينة بينهم موظفون.", ["تدمر"]),
    # a governorate's city named bare after a town named `مدينة`: `المدينة` is the nearer city
    ("قصفت الطائرات مدينة بنش. وفي الحسكة، تسعى الوحدات للتقدم في أحياء المدينة.", ["الحسكة"]),
    # an adjective after the noun: no back-reference
    ("قصفت الطائرات مدينة بنش. وسقط قتلى في المدينة الصناعية.", []),
    # a part of a base or an airport (`مدرجات المطار`)
    ("سيطرت جبهة النصرة على مطار أبو الظهور العسكري. وشن الطيران غارات على مدرجات المطار.",
     ["أبو الظهور"]),
])
def test_a_place_noun_points_back_after_a_part_of_the_town(text: str, antecedents: list[str]
                                                           ) -> None:
    assert [m.refers_to.place.name_ar for m in back_references(text)] == antecedents


def test_a_sentence_of_a_country_abroad_named_by_a_place_and_its_people_is_abroad() -> None:
    text = ("حققت قوات الجيش الوطني اليمني تقدما جديدا في محافظة تعز أمس، حيث استعادت السيطرة "
            "على مواقع في منطقة الوازعية.")
    assert "وازعيه" not in places_of(text) or places_of(text)["وازعيه"] is None
    # a town abroad a force fires from puts no Syrian village abroad
    text = "أطلقت القوات التركية المتمركزة في كلس قذائف على قرية مرعناز أمس."
    assert places_of(text).get("مرعناز") == "Aleppo"


@pytest.mark.parametrize("text", [
    "قتل خمسة مدنيين في قصف على حي الشعار في اليوم الخامس من هجوم عنيف تشنه دمشق.",
    "قتل 42 شخصا في هجوم على مدينة دوما، وتنفي دمشق وقوع أي هجوم كيماوي.",
])
def test_a_capital_that_does_what_states_do_is_no_place(text: str) -> None:
    assert "دمشق" not in places_of(text)


def test_a_citadel_is_a_village_only_after_a_place_noun() -> None:
    # `القلعة` is a WOF village's name; bare, in news copy, it is a town's citadel
    assert places_of("قصف الطيران الروسي مدينة تدمر أمس، واستهدف محيط القلعة.") == {"تدمر": "Homs"}
    assert places_of("قصف الطيران الحربي قرية القلعة بريف حماة أمس.")["قلعه"] == "Hama"


def test_a_dual_nationality_puts_both_places_of_the_pair_abroad() -> None:
    places = places_of("وسقطت قذائف على بلدتي القصر وحوش السيد علي اللبنانيتين أمس.")
    assert places == {"قصر": None, "حوش السيد علي": None}  # no governorate of Syria


def test_the_bank_of_the_euphrates_is_no_village() -> None:
    assert places_of("قصفت قوات النظام المتمركزة في الشامية، فجر اليوم، بلدة ذيبان.") == {
        "ذيبان": "Deir-ez-Zor"}


def test_an_activists_body_named_by_its_town_is_no_place_of_the_story() -> None:
    assert places_of("قتل 20 شخصاً في قصف على بلدة التريمسة أمس، بحسب تنسيقية مدينة حماة.") == {
        "تريمسه": "Hama"}
    assert places_of("وقال عضو تنسيقية حمص إن القصف استهدف بلدة تلبيسة.") == {"تلبيسه": "Homs"}


def test_the_golan_is_quneitras_heights() -> None:
    assert places_of("قصفت المدفعية الإسرائيلية مواقع في الجولان أمس.") == {"جولان": "Quneitra"}


def test_the_town_a_deed_struck_points_back() -> None:
    [ref] = back_references("اقتحم الجيش بلدة التريمسة أمس بعد قصف البلدة بالدبابات.")
    assert ref.refers_to is not None and ref.refers_to.key == "تريمسه"


def test_a_name_its_governorate_lacks_stays_there_when_named_again_alone() -> None:
    # the gazetteer has no الحميدية in Hama, and several elsewhere (Tartous, Homs)
    doc = read("قصفت قوات النظام بلدة الحميدية في ريف حماة أمس. وقتل شخصان بغارة على "
               "الحميدية.", dt.date(2015, 7, 20))
    named = [m.value for m in doc.mentions["place"] if m.value.key == "حميديه"]
    assert [(m.place, m.admin1) for m in named] == [(None, "Hama"), (None, "Hama")]
    # its own sentence naming another governorate reads the name there
    assert places_of("قصفت قوات النظام بلدة الحميدية في ريف حماة أمس. وفي حمص قتل شخصان "
                     "بغارة على الحميدية.")["حميديه"] == "Homs"


def test_the_countryside_of_a_town_named_with_its_noun_locates_the_village() -> None:
    # `بريف بلدة تل تمر` as `بريف تل تمر`: the town only says where the village lies
    places = places_of("قصفت القوات التركية اليوم قرية الدردارة بريف بلدة تل تمر.")
    assert places == {"درداره": "Al-Hasakeh"}


def test_the_rukban_camp_is_syrias_not_the_jordanian_village() -> None:
    assert places_of("قتل رجل فجر اليوم برصاص مسلحين مجهولين في مخيم الركبان.") == {
        "مخيم الركبان": "Homs"}


def test_a_town_to_one_side_of_the_capital_lies_in_its_countryside_however_far() -> None:
    # Damascus governorate is the city: `شمال دمشق` is Rural Damascus, 50-80 km out too
    assert places_of("قصفت القوات النظامية أمس بلدة معلولا شمال دمشق.")["معلولا"] == \
        "Rural Damascus"
    assert places_of("قصفت القوات النظامية أمس مدينة يبرود، شمال دمشق.")["يبرود"] == \
        "Rural Damascus"


def test_a_towns_parts_with_its_pronoun_point_back_to_it() -> None:
    [ref] = back_references("قصفت قوات النظام مدينة الزبداني أمس. وألقى الطيران المروحي 20 "
                            "برميلا متفجرا على أحيائها.")
    assert ref.refers_to is not None and ref.refers_to.key == "زبداني"


@pytest.mark.parametrize("side", ["الأطراف الغربية لمضايا", "الحي الغربي من مضايا"])
def test_a_side_of_a_town_names_the_town(side: str) -> None:
    assert set(places_of(f"قصفت قوات النظام {side} أمس.")) == {"مضايا"}


def test_a_compass_word_before_the_town_noun_points_back() -> None:
    [ref] = back_references("قصفت قوات النظام مدينة الزبداني أمس. وسقطت قذائف على حاجز جنوب "
                            "المدينة.")
    assert ref.refers_to is not None and ref.refers_to.key == "زبداني"


def test_what_a_camp_is_for_is_no_name() -> None:
    assert set(places_of("قصفت الطائرات معسكر تدريب لداعش قرب مدينة الرقة أمس.")) == {"رقه"}


def test_a_side_of_the_town_with_a_compass_adjective_points_back_to_it() -> None:
    for side in ("الأحياء الشمالية للمدينة", "الأطراف الجنوبية الغربية من المدينة"):
        [ref] = back_references(f"قصفت قوات النظام مدينة الزبداني أمس. وسقطت قذائف على {side}.")
        assert ref.refers_to is not None and ref.refers_to.key == "زبداني"
    # the city's council is no side of it
    assert back_references("قصفت قوات النظام مدينة الزبداني أمس. وقال المجلس المحلي "
                           "للمدينة إن القصف مستمر.") == []


def test_the_town_a_deed_struck_points_back_past_the_deeds_subject() -> None:
    [ref] = back_references("سيطرت الفصائل على بلدة مورك أمس. وقصف الطيران المروحي البلدة "
                            "بالبراميل.")
    assert ref.refers_to is not None and ref.refers_to.key == "مورك"
    # four words between the deed and the noun are no subject of it
    assert back_references("سيطرت الفصائل على بلدة مورك أمس. وقصف الطيران بعد ساعة من "
                           "دخولهم البلدة.") == []


def test_a_paragraph_naming_no_place_points_back_to_the_town_named_with_the_noun() -> None:
    text = ("أعلن الجيش سيطرته على مدينة القصير.\nوقال المرصد إن اشتباكات تدور في محيط مطار "
            "الضبعة.\nوكان الطيران الحربي قد نفذ أمس أربع غارات على الأطراف الشمالية للمدينة.")
    [ref] = back_references(text)
    assert ref.refers_to is not None and ref.refers_to.key == "قصير"


@pytest.mark.parametrize(("text", "key"), [
    ("قالت مصادر إن بلدة كفرنبل تعاني نقص الأدوية. وتعرضت البلدة لقصف جوي أمس.", "كفرنبل"),
    ("تعاني مدينة دوما من الحصار. وشهدت المدينة أمس قصفا مدفعيا.", "دومه"),
])
def test_the_town_a_deed_befell_points_back(text: str, key: str) -> None:
    [ref] = back_references(text)
    assert ref.refers_to is not None and ref.refers_to.key == key


def test_a_common_word_marked_bare_only_is_a_town_with_its_article() -> None:
    # `قصير` "short"; `القصير` the town of Homs
    assert places_of("شن الطيران الحربي غارات على القصير أمس.") == {"قصير": "Homs"}
    assert places_of("أطلقت قوات النظام صواريخ على كفرنبل بعد وقت قصير من الهدنة.") == {
        "كفرنبل": "Idleb"}


def test_a_names_adjective_may_stand_before_the_place_that_locates_it() -> None:
    # `حي X الشعبي في بانياس`: the quarter's own adjective does not cut it from its town
    quarter = mention_of(read("قصفت الطائرات حي المشاع الشعبي في بانياس"), "مشاع")
    assert quarter.within is not None and quarter.within.admin1 == "Tartous"


def test_the_old_city_of_aleppo_is_a_part_of_the_city_not_the_governorate() -> None:
    doc = read("نظام الأسد يقتل 18 بصاروخ على حلب القديمة")
    view = doc.norm.text
    found = [(view[m.value.start:m.value.end], m.value.place.admin1, m.value.place.kind)
             for m in doc.mentions["place"] if m.value.place is not None]
    assert found == [("حلب القديمه", "Aleppo", "community")]  # the name whole, not `حلب`


def test_a_compass_word_points_from_a_known_town() -> None:
    # `جنوب الشدادي`: a town no preposition introduces, which a compass word points from
    assert places_of("شنت طائرات التحالف غارات جنوب الشدادي أمس") == {"شدادي": "Al-Hasakeh"}
    # (not "the capital": `شمال العاصمة صنعاء`)
    assert "عاصمه" not in places_of("انفجرت سيارة مفخخة شمال العاصمة أمس")


def test_an_airport_or_a_base_named_short() -> None:
    assert places_of("استهدفت غارات إسرائيلية مطار دمشق فجر اليوم") == {
        "مطار دمشق": "Rural Damascus"}
    assert places_of("قصفت طائرات إسرائيلية قاعدة التيفور فجر اليوم") == {
        "قاعده التيفور": "Homs"}


def test_an_adjective_of_an_indefinite_place_noun_is_no_name() -> None:
    # `آخر مدينة كبيرة`: "the last big town", no village of Kabira
    text = ("سيطر مقاتلو جيش الفتح أمس على مدينة أريحا، آخر مدينة كبيرة كانت قوات النظام "
            "تسيطر عليها في محافظة إدلب.")
    assert places_of(text) == {"اريحا": "Idleb"}


def test_a_hospitals_name_is_no_place_when_its_own_place_follows() -> None:
    # `مشفى القدس في حي السكري`: the hospital named after Jerusalem, in a quarter of Aleppo
    text = "قصفت الطائرات مشفى القدس في حي السكري بحلب ما أدى لمقتل 27 شخصا"
    assert places_of(text) == {"سكري": "Aleppo"}


def test_a_region_opening_the_next_sentence_locates_nothing_before_it() -> None:
    places = places_of("قتل 11 شخصاً في غارات على مدينة إدلب. وفي ريف دمشق، قتل ستة أشخاص بغارات "
                       "على بلدة سقبا.")
    assert places == {"ادلب": "Idleb", "سقبا": "Rural Damascus"}


def test_an_adjective_of_a_hill_is_no_word_of_its_name() -> None:
    assert places_of("سيطرت قوات النظام أمس على تلة الحميرة الاستراتيجية في ريف حلب.") == {
        "تله الحميره": "Aleppo"}


def test_a_quarter_of_a_city_named_with_its_noun_is_no_village_far_away() -> None:
    quarter = mention_of(read("قصف الطيران حي الزراعة في مدينة الباب أمس."), "زراعه")
    # (the village of that name by As-Safira lies 40 km off)
    assert quarter.place is None and quarter.admin1 == "Aleppo"


def test_where_quoted_activists_sit_is_no_place_of_the_event() -> None:
    places = places_of("أفاد ناشطون في حوران بأن قوات الأمن أطلقت النار أمس على المتظاهرين في بلدة "
                       "جاسم.")
    assert places == {"جاسم": "Dar'a"}


def test_a_home_town_told_as_origin_is_no_place_of_the_event() -> None:
    places = places_of("قتل الشاب محمد أصيل مدينة حمص في غارة جوية على مدينة عين العرب أمس.")
    assert places == {"عين العرب": "Aleppo"}


def test_a_base_the_gazetteer_names_with_its_noun_is_what_the_bare_noun_points_back_to() -> None:
    doc = read("يحاصر تنظيم داعش مطار دير الزور العسكري منذ أشهر. وقتل ثلاثة جنود أمس في قصف "
               "التنظيم للمطار.")
    assert [m.value.key for m in doc.mentions["place"] if m.value.how == "back-reference"] == [
        "مطارديرالزور"]


def test_a_name_written_with_a_final_alef_maqsura_is_the_town_spelled_with_alef() -> None:
    # `بيت سوى` (Eastern Ghouta), which the sources write `بيت سوا`: an alias, not `بيت`
    assert places_of("قصفت قوات النظام بلدة بيت سوى بصواريخ أرض أرض.") == {
        "بيت سوي": "Rural Damascus"}


def test_a_quarter_of_a_city_its_sentence_named_first_is_that_citys() -> None:
    # Afrin's al-Ashrafiyeh, not Aleppo's, when the sentence opens on Afrin
    doc = read("وفي مدينة عفرين، قتل مدنيان جراء قصف مدفعي تركي على حي الأشرفية.")
    quarter = mention_of(doc, "اشرفيه")
    assert quarter.place is None and quarter.admin1 == "Aleppo"
    doc = read("وفي مدينة حلب، قتل مدنيان جراء قصف على حي الأشرفية.")
    assert mention_of(doc, "اشرفيه").place is not None


def test_a_birthplace_is_no_muscat() -> None:
    # `مسقط رأس` ("birthplace") begins with Muscat's name
    assert places_of("قتل أربعة عناصر في بلدة القرداحة، مسقط رأس عائلة الأسد.") == {
        "قرداحه": "Lattakia"}


def test_a_governorates_desert_is_a_region_no_city() -> None:
    doc = read("قتل عنصران بهجوم لخلايا داعش قرب بلدة السخنة في بادية حمص الشرقية.")
    homs = mention_of(doc, "حمص")
    assert (homs.role, homs.admin1) == ("region", "Homs")


def test_a_place_a_protest_stands_with_is_no_place_it_stood() -> None:
    assert places_of("ونظم أهالي مدينة جاسم وقفة تضامنية مع درعا البلد المحاصرة.") == {
        "جاسم": "Dar'a"}


def test_a_quarter_named_after_a_people_is_a_quarter() -> None:
    # `حي الرومانية` (Raqqa): "Romanian" names the quarter, located by the city west of it
    assert places_of("فجر التنظيم عربة مفخخة في حي الرومانية غرب مدينة الرقة.") == {
        "الرومانيه": "Ar-Raqqa"}


def test_the_side_fire_came_from_is_no_place_struck() -> None:
    assert "البياضه" not in places_of("وقصفت قوات النظام حي الخالدية من جهة حي البياضة أمس.")


def test_a_mosque_named_after_a_man_is_no_quarter_of_his_name() -> None:
    # `مسجد صلاح الدين`: the mosque's name, not Aleppo's quarter
    assert places_of("انفجر الصهريج قرب مسجد صلاح الدين في مدينة عفرين.") == {"عفرين": "Aleppo"}
    assert places_of("قصفت الطائرات حي صلاح الدين في مدينة حلب.") == {"صلاح الدين": "Aleppo"}


def test_the_red_cross_and_its_surroundings_are_no_places() -> None:
    assert places_of("سقطت قذيفة على مقر الصليب الأحمر في بلدة خان أرنبة.") == {
        "خان ارنبه": "Quneitra"}
    # (its surroundings are the airport's: `ومحيطه` points back to it)
    assert mention_of(read("واستهدفت الغارات مطار دمشق الدولي ومحيطه."), "محيطه").how == \
        "back-reference"


def test_a_common_word_a_report_named_a_village_by_is_that_village_again() -> None:
    # `رامي` is a man's name, no place alone; once a list a place noun opens has named the
    # village, a later `في رامي` is that village
    text = ("هاجم مسلحون فجر اليوم قرى الشبكي ورامي في ريف السويداء الشرقي. "
            "وسقط من القتلى 12 في الشبكي و7 في رامي.")
    doc = read(text)
    view = doc.norm.text
    named = [view[m.value.core_start:m.value.end] for m in doc.mentions["place"]]
    assert named.count("رامي") == 2
    assert "رامي" not in places_of("وقال رامي إن 7 قتلوا في بلدة الشبكي.")


def test_a_town_a_group_makes_its_seat_is_no_place_of_the_story() -> None:
    assert "بصري الشام" not in places_of(
        "تقدمت مجموعات من اللواء الثامن، الذي يتخذ من مدينة بصرى الشام المجاورة مقرا له، "
        "نحو بلدة القريا.")
    assert "رقه" not in places_of("وقال التنظيم الذي يتخذ من الرقة معقلا له إن مقاتليه تقدموا.")
    # a town the sentence's deed was at stays
    assert "رقه" in places_of("قصفت الطائرات مدينة الرقة أمس.")


def test_a_name_spelt_with_a_long_a_is_no_generic_word_its_key_folds_onto() -> None:
    # `القريا` (a town of As-Sweida) is no `القرية` ("the village")
    assert places_of("قتل شاب برصاص مجهولين في القريا.") == {"قريا": "As-Sweida"}
    assert places_of("قتل شاب برصاص مجهولين في القرية.") == {}


def test_towns_a_compass_word_puts_beside_the_capital_keep_their_governorate() -> None:
    # Zakiyah and al-Tayba lie in Rural Damascus, 20-odd km south-west of the capital: the
    # city a compass word points from locates the whole list, over its governorate's line
    assert places_of("قصفت المدفعية بلدة زاكية جنوب دمشق.") == {"زاكيه": "Rural Damascus"}
    assert places_of("قصفت المدفعية محيط بلدة زاكية وقرية الطيبة جنوب غرب دمشق.") == {
        "زاكيه": "Rural Damascus", "طيبه": "Rural Damascus"}


def test_a_quarter_told_alone_is_of_the_city_the_report_is_about() -> None:
    # Damascus has a Salhiyeh quarter, but this report is about al-Hasakah city and never
    # names Damascus
    doc = read("شنت طائرات حربية غارات على مواقع للأسايش في مدينة الحسكة أمس.\n\n"
               "وقال المرصد إن ثمانية مدنيين قتلوا في حي الصالحية، فيما طالت غارات أخرى "
               "حي النشوة.")
    assert mention_of(doc, "صالحيه").admin1 == "Al-Hasakeh"
    assert mention_of(doc, "نشوه").admin1 == "Al-Hasakeh"
    # a report that names Damascus keeps the capital's quarter
    doc = read("سقطت قذائف على مدينة الحسكة أمس.\n\nوفي دمشق، سقطت قذيفة في حي الصالحية.")
    assert mention_of(doc, "صالحيه").admin1 == "Damascus"


def test_a_quarters_compass_adjective_is_part_of_its_name() -> None:
    assert "النشوه الغربيه" in places_of(
        "قتل مقاتل برصاص قناص في حي النشوة الغربية بمدينة الحسكة.")
    assert "رمل الجنوبي" in places_of("اعتقلت قوات الأمن عشرة شبان في حي الرمل الجنوبي "
                                       "في مدينة اللاذقية.")
    # a quarter the gazetteer knows inside its city keeps its name, and its point
    assert places_of("قصفت قوات النظام حي الوعر الغربي.") == {"وعر": "Homs"}


def test_every_village_of_a_list_a_firing_force_stands_in_is_no_place_of_the_strike() -> None:
    found = places_of("تعرضت بلدة الشحيل أمس لقصف بقذائف الهاون من قبل تنظيم الدولة المتمركز في "
                      "قريتي الطيانة وذيبان، ما أدى إلى مقتل ثلاثة مدنيين.")
    assert list(found) == ["شحيل"]


def test_the_side_an_advance_came_from_is_no_place_of_the_fight() -> None:
    found = places_of("دارت اشتباكات على أطراف حي الحويقة في دير الزور، تزامنا مع محاولة "
                      "قوات النظام التقدم من جهة حي الجورة.")
    assert "جوره" not in found and "حويقه" in found
    # "on the other hand" locates nothing away
    assert "حلب" in places_of("من جهة أخرى، دارت اشتباكات في حلب.")


def test_a_checkpoint_named_by_a_town_of_the_governorate_told_is_at_that_town() -> None:
    assert places_of("هاجم مقاتلو المعارضة أمس حاجز مورك شمال حماة.").get("مورك") == "Hama"
    # a checkpoint's local name, with no governorate told, is no namesake far away
    assert "عقبه" not in places_of("وتحدث عن احتراق حاجز العقبة بالكامل وتدمير آلياته.")
    # nor is a word of the sentence (`حاجز مطل على بلدة بلودان`: "overlooking")
    assert "مطل" not in places_of("سيطر مقاتلون على حاجز مطل على بلدة بلودان بريف دمشق.")


def test_where_a_beaten_force_withdrew_to_is_no_place_of_the_fight() -> None:
    found = places_of("سيطر مقاتلو جيش الفتح على مدينة أريحا بعد معارك مع قوات النظام، لتنسحب "
                      "الأخيرة باتجاه قرى أورم الجوز.")
    assert "اريحا" in found and "اورم الجوز" not in found


def test_a_quarter_named_again_is_no_namesake_city_abroad() -> None:
    # `الميدان` is also Medan (Indonesia); the quarter named twice stays in Syria
    doc = read("ذكرت وكالة الأنباء السورية أن المجموعات المسلحة أطلقت اليوم قذائف على حيي "
               "الميدان والسليمانية في حلب، ما أسفر عن مقتل أربعة مدنيين في الميدان.")
    view = doc.norm.text
    found = [(view[m.value.core_start:m.value.end], m.value.how) for m in doc.mentions["place"]
             if m.value.key == "ميدان"]
    assert len(found) == 2 and all(how != "foreign" for _, how in found)


def test_a_city_over_the_border_is_no_hamlet_of_a_governorate_the_report_never_names() -> None:
    # Hermel (Lebanon) shares its name with a hamlet of Tartous; the report is about Homs
    doc = read("سيطر الجيش على مدينة القصير في ريف حمص.\n\nوفي الهرمل، سقطت صواريخ عدة "
               "مصدرها الأراضي السورية على أطراف المدينة.")
    assert mention_of(doc, "هرمل").how == "foreign"
    # and the city the next words point back to is that one, not al-Qusayr
    assert not [m for m in doc.mentions["place"] if m.value.how == "back-reference"]
    # with the governorate told, the hamlet stays
    assert places_of("قصفت المدفعية قرية الهرمل في ريف طرطوس.").get("هرمل") == "Tartous"


def test_a_dateline_is_no_place_of_the_report_nor_its_governorate() -> None:
    found = places_of("دمشق/بيروت (د ب أ) - قتل عشرة أشخاص في قصف على بلدة داريا اليوم.")
    assert found == {"داريا": "Rural Damascus"}
    assert "حلب" not in places_of("حلب - قتل عشرة أشخاص في قصف على حي الشعار اليوم.")
    # a place the line's deed was at, a dash after it, stays
    assert "حلب" in places_of("قصف الطيران مدينة حلب - وقتل عشرة.")
    # an agency after a slash, then a colon; a name and a colon alone label the line's place
    assert "حلب" not in places_of("حلب/ الأناضول: قتل عشرة أشخاص في قصف على حي الشعار أمس.")
    assert "دوما" in places_of("دوما: خرجت مظاهرة اليوم تطالب بإسقاط النظام.")


def test_the_last_item_of_a_list_named_by_a_generic_head_before_what_locates_it() -> None:
    found = places_of("شن التنظيم هجوما على بلدات تسيل وعدوان وتل الجموع في ريف درعا الغربي.")
    assert "تل الجموع" in found and found["تل الجموع"] == "Dar'a"


def test_a_town_a_street_or_roundabout_is_named_after_is_no_place_of_the_story() -> None:
    assert places_of("انفجرت سيارة مفخخة قرب دوار تل أبيض في مدينة الرقة.") == {
        "رقه": "Ar-Raqqa"}
    assert "حلب" not in places_of("سقطت قذيفة في شارع حلب بمدينة إدلب.")


def test_a_quarter_of_the_city_told_is_no_namesake_with_no_point_elsewhere() -> None:
    doc = read("تعرضت أحياء مدينة دير الزور أمس لقصف عنيف، إذ استهدفت قوات النظام أحياء "
               "الحميدية والعرضي والشيخ ياسين بقذائف المدفعية.")
    assert mention_of(doc, "حميديه").admin1 == "Deir-ez-Zor"


def test_a_building_of_the_quarter_told_before_is_no_village() -> None:
    # `فرن الحي`: the quarter's bakery, no village called Furn
    assert "فرن" not in places_of("استهدفت الغارتان محيط فرن الحي أثناء اصطفاف الأهالي في حي "
                                  "العمال بدير الزور.")


@pytest.mark.parametrize(("text", "absent"), [
    # a basement, a no-fly zone, a verb with its conjunction: no villages
    ("قتل 16 مدنيا جراء غارة جوية استهدفت ملجأ في قبو مدرسة بمدينة عربين.", "قبو"),
    ("طالب رئيس الائتلاف مجلس الأمن بفرض منطقة حظر طيران في الشمال السوري.", "حظر"),
    ("وجهت وحدات من سلاح الجو اليوم ضربات مركزة على أوكار المسلحين في بنش.", "جهت"),
    # (after a region and a comma, as the next item a list would have)
    ("وفي ريف إدلب، وجهت وحدات من سلاح الجو ضربات على أوكار المسلحين في بنش.", "جهت"),
])
def test_common_words_of_war_reports_are_no_villages(text: str, absent: str) -> None:
    assert absent not in places_of(text)


def test_where_the_tanks_that_shelled_stand_is_no_place_of_the_shelling() -> None:
    doc = read("تعرضت مدينة تلدو لقصف عنيف بقذائف الهاون ونيران الدبابات المتمركزة في محيط "
               "قرية القبو، ما أسفر عن مقتل طفلة.")
    assert mention_of(doc, "قبو").role == "qualifier"
    assert mention_of(doc, "تلدو").role == "place"


def test_what_a_side_is_left_holding_is_no_place_of_the_capture() -> None:
    doc = read("سيطرت قوات النظام أمس على حي الشيخ سعيد بالكامل، ولم يعد بيد الفصائل سوى جيب "
               "صغير يضم أحياء المشهد والسكري في حلب.")
    assert mention_of(doc, "شيخ سعيد").role == "place"
    assert mention_of(doc, "مشهد").role == "qualifier"
    # (past the held base's adjective and a comma: `سوى مطار أبو الظهور المحاصر، وبلدتي الفوعة`)
    doc = read("لم يتبق لقوات النظام في محافظة إدلب سوى مطار أبو الظهور العسكري المحاصر، "
               "وبلدتي الفوعة وكفريا.")
    assert mention_of(doc, "فوعه").role == "qualifier"


def test_the_towns_whose_fate_talks_are_about_are_no_places_of_the_truce() -> None:
    found = places_of("أعلن فيلق الرحمن اليوم التوصل إلى وقف لإطلاق النار، تمهيدا لمفاوضات حول "
                      "مصير بلدات عربين وزملكا.")
    assert "عربين" not in found and "زملكا" not in found


def test_quarters_a_report_on_a_city_lists_are_that_citys() -> None:
    # al-Aziziyah is also a city abroad and an Aleppo quarter; the report is on al-Hasakah
    doc = read("طائرات النظام تقصف مدينة الحسكة لليوم الثاني.\n\nوكانت الطائرات قد شنت يوم "
               "الخميس غارات على مواقع للأسايش في حيي العزيزية وتل حجر.")
    assert mention_of(doc, "عزيزيه").admin1 == "Al-Hasakeh"
    assert mention_of(doc, "عزيزيه").how != "foreign"


def test_the_places_of_a_battles_name_are_no_places_of_its_events() -> None:
    found = places_of("واصل الثوار استهداف قريتي كفريا والفوعة بالمدفعية، ضمن معركة «الثأر "
                      "للزبداني».")
    assert "زبداني" not in found and "كفريا" in found


def test_a_hospital_named_like_a_village_elsewhere_stays_in_the_reports_city() -> None:
    # `مشفى تشرين العسكري` is Damascus's; Tishreen is also a Lattakia village (and a month)
    doc = read("تواصل القوات حملتها على حي القابون شرق دمشق.\n\nودارت اشتباكات في محيط مشفى "
               "تشرين العسكري، وشن الطيران غارتين على حي برزة البلد.")
    assert mention_of(doc, "تشرين").admin1 == "Damascus"
    assert mention_of(doc, "برزه البلد").admin1 == "Damascus"


def test_a_roundabout_named_after_a_quarter_stands_in_it() -> None:
    # (a quarter of Aleppo whose name is also a common word, "the slogan")
    assert "شعار" in places_of("سقط برميلان قرب دوار الشعار في مدينة حلب.")
    # a roundabout named after another town is no town of the story
    assert list(places_of("سقط برميلان قرب دوار تل أبيض في مدينة الرقة.")) == ["رقه"]


@pytest.mark.parametrize(("text", "name"), [
    ("استهدفت المسيرة قرية تقل بقل بريف الحسكة.", "تقل بقل"),
    ("ارتكب التنظيم مجزرة في قرية برخ بوطان القريبة من كوباني.", "برخ بوطان"),
])
def test_two_bare_words_an_item_ends_after_are_one_name(text: str, name: str) -> None:
    assert name in places_of(text)


def test_a_place_name_after_a_persons_noun_and_first_name_is_his_family_name() -> None:
    assert list(places_of("قتل الشاب عمر حاج قاسم برصاص مسلحين في بلدة كفرتخاريم.")) == [
        "كفرتخاريم"]



def test_the_places_fire_set_out_from_are_no_places_it_struck() -> None:
    assert list(places_of("قصفت قوات النظام بلدة الشحيل انطلاقا من مواقعها في مدينة الميادين "
                          "وقرية البوليل.")) == ["شحيل"]


def test_whence_a_man_was_on_his_way_back_is_no_place_of_the_deed() -> None:
    import rasd

    events = rasd.extract(
        "خطف مسلحون مجهولون اليوم الشاب سامر، من أبناء بلدة عرى، أثناء عودته من العاصمة دمشق، "
        "قرب بلدة الصورة الكبيرة بريف السويداء.", "2023-03-12").to_dict()["events"]
    assert {e["location"]["name"] for e in events} == {"الصورة الكبيرة"}


@pytest.mark.parametrize(("text", "place"), [
    # a building, a kind of farm
    ("قصفت الطائرات محيط مدرسة تؤوي نازحين في قرية جوباس.", "جوباس"),
    ("استهدفت الغارة مزرعة دواجن تؤوي نازحين في قرية جوباس.", "جوباس"),
    # the kind of ground or area, a gathering
    ("سقطت قذيفتان في منطقة مفتوحة قرب بلدة كنسبا.", "كنسبا"),
    ("سقطت قذيفة في منطقة حراجية قرب بلدة الحفة.", "حفه"),
    ("خرج الآلاف في جنازة تحولت إلى مظاهرة في بلدة الحفة.", "حفه"),
])
def test_what_kind_of_building_area_or_gathering_is_no_place_name(text: str, place: str) -> None:
    assert list(places_of(text)) == [place]


def test_a_place_after_an_adjective_of_the_army_is_no_family_name() -> None:
    assert "تل رفعت" in places_of("قصفت المدفعية مواقع الوحدات في محيط مطار منغ العسكري وبلدة "
                                  "تل رفعت.")


def test_a_town_ending_like_a_dual_before_another_joined_by_wa_is_no_noun_with_adjective() -> None:
    assert list(places_of("خرجت مظاهرات في عندان وحريتان وكفر حمرة.")) == [
        "عندان", "حريتان", "كفر حمره"]


@pytest.mark.parametrize("text", [
    "وأكد مصدر أن أبطال حماة الديار تصدوا لهجوم في حي جمعية الزهراء بحلب.",
    "هاجمت قوات مجلس دير الزور العسكري مواقع التنظيم في حي جمعية الزهراء بحلب.",
])
def test_a_name_a_force_bears_is_no_place(text: str) -> None:
    assert list(places_of(text)) == ["جمعيه الزهراء"]


def test_the_quarter_a_report_names_as_the_quarter_is_no_town_abroad() -> None:
    # `الحي` is also al-Hayy in Iraq: only a nationality after it says so
    assert "الحي" not in places_of("دمروا دبابة بعبوة ناسفة زرعت على مدخل الحي في حمص.")
    assert countries_of("سقطت قذائف على مدينة الحي العراقية.") == {"الحي": "Iraq"}


def test_a_quarter_named_after_a_vineyard_keeps_its_second_word() -> None:
    # `كرم` alone is a village in Tartous; `حي كرم الشامي` is a quarter of Homs
    assert places_of("قتل شاب برصاص قناص في حي كرم الشامي بمدينة حمص.") == {
        "كرم الشامي": "Homs"}


def test_the_two_villages_with_no_two_named_before_are_the_town_of_homs() -> None:
    assert places_of("شنت طائرات حربية غارات على مواقع التنظيم في القريتين ومحيطها.") == {
        "القريتين": "Homs"}
    # after `قريتي A وB` in an earlier paragraph they are those two
    doc = read("سيطر الجيش على قريتي تل أعور والفريكة.\n\nوقصفت قوات الأسد القريتين بالصواريخ.")
    assert {m.value.refers_to.key for m in doc.mentions["place"]
            if m.value.how == "back-reference"} == {"تلاعور", "فريكه"}


def test_a_nationality_of_a_force_from_afar_puts_no_place_abroad() -> None:
    assert countries_of("شارك الطيران الروسي في الضربات على حقل الشاعر.") == {
        "حقل الشاعر": None}
    # a neighbour's border guards fight at home
    assert countries_of("هاجم مقاتلون موقعا لقوات حماية الحدود التركية في منطقة ألبيلي.") == {
        "البيلي": "Turkey"}


def test_a_syrian_district_town_is_in_no_town_abroad() -> None:
    # `في مدينة سروج` tells where those who stood with Kobani met, not where Kobani is
    assert countries_of("فجر انتحاري نفسه وسط شبان متضامنين مع كوباني في مدينة سروج التركية."
                        "\n\nوأعلنت الوحدات تحرير بلدة صرين جنوب كوباني.") == {
        "كوباني": None, "سروج": "Turkey", "صرين": None}


def test_a_quarter_named_after_a_people_is_no_country() -> None:
    assert countries_of("اندلعت اشتباكات في حي الرومانية بمدينة الرقة.")["الرومانيه"] is None


def test_whom_protesters_chanted_for_is_no_place_of_the_protest() -> None:
    assert places_of("خرجت مظاهرة حاشدة في مدينة معرة النعمان، هتف المشاركون فيها لجسر "
                     "الشغور.") == {"معره النعمان": "Idleb"}


def test_a_hill_joined_after_a_mountain_is_a_place_of_its_own() -> None:
    assert list(places_of("أحكمت وحدات من الجيش سيطرتها أمس على جبل الهيال وتلة السيرياتيل "
                          "المشرفتين على مدينة تدمر.")) == ["جبل الهيال", "تله السيرياتيل", "تدمر"]


def test_a_facility_noun_in_the_dual_names_each_town_s_facility() -> None:
    doc = read("قصفت الطائرات الإسرائيلية مطاري دمشق وحلب الدوليين اليوم.")
    assert [m.value.place.name_ar for m in doc.mentions["place"]
            if m.value.place is not None] == ["مطار دمشق الدولي", "مطار حلب الدولي"]


def test_the_airport_a_road_runs_to_is_one_of_its_ends() -> None:
    doc = read("وانقطع بذلك الطريق بين مدينة إدلب ومطار تفتناز العسكري.")
    view = doc.norm.text
    assert {view[m.value.core_start:m.value.end]: m.value.role
            for m in doc.mentions["place"]} == {"ادلب": "road", "تفتناز": "road"}


@pytest.mark.parametrize(("text", "name"), [
    # a known word, then a bare word the item ends after: one name the gazetteer lacks
    ("قصفت الطائرات قرية عطشان نور، ما أدى إلى أضرار.", "عطشان نور"),
    # ... after a generic head too, before an adjective of where it lies
    ("رفع المسلحون رايتهم على تلة مشتى نور المطلة على البلدة.", "تله مشتي نور"),
    # not a time, an adjective or a noun in apposition after the name
    ("قصفت الطائرات بلدة مورك أمس، ما أدى إلى أضرار.", "مورك"),
    ("انفجرت سيارة في مدينة الرمادي عاصمة محافظة الأنبار.", "رمادي"),
    ("قصفت الطائرات مخيم قاح للنازحين، ما أدى إلى مقتل طفل.", "قاح"),
    ("وفي ناحية جنديرس أيضاً، قصف الجيش التركي مركز الناحية.", "جنديرس"),
    ("شن المسلحون هجوما على قرية حمام بدعم من الدبابات.", "حمام"),
])
def test_a_bare_second_word_ending_the_item_completes_the_name(text: str, name: str) -> None:
    assert name in places_of(text)


def test_a_district_seat_named_again_and_again_stays_syrian_in_a_story_of_cities_abroad(
) -> None:
    doc = read("دخل مسلحو التنظيم الأطراف الشرقية لكوباني.\n"
               "وقال مسؤول إن المقاتلين يدافعون عن كوباني.\n"
               "وقال الرئيس التركي في كلمة بمدينة غازي عنتاب إن القتال مستمر، وشهدت مدن"
               " بينها ديار بكر وإسطنبول تظاهرات.")
    kobani = [m.value for m in doc.mentions["place"] if m.value.key == "كوباني"]
    assert len(kobani) == 2 and all(m.how == "gazetteer" and m.admin1 == "Aleppo"
                                    for m in kobani)


def test_a_town_named_with_its_noun_to_locate_another_is_what_the_noun_points_back_to(
) -> None:
    doc = read("سيطر المسلحون على تلة مشتى نور المطلة على مدينة كوباني.\n"
               "ودخل المسلحون الأطراف الشرقية للمدينة.\n"
               "وقال مسؤول إن المقاتلين صدوا الهجوم.\n"
               "وقالت مصادر إن الطائرات دمرت دبابة.\n"
               "وشنت الطائرات غارات جنوب المدينة.")
    back = [m.value for m in doc.mentions["place"] if m.value.how == "back-reference"]
    # the second `المدينة`, four sentences on, points back through the first
    assert [m.key for m in back] == ["كوباني", "كوباني"]


@pytest.mark.parametrize(("text", "name", "admin1"), [
    # written with the article, the Syrian village spelt so, not the country spelt without it
    ("قصفت قوات النظام أطراف قريتي الكندة واليعقوبية.", "كنده", "Idleb"),
    # the second of a pair, a title and a bare word
    ("قصفت قوات النظام قريتي مورين والشيخ بحر في ريف إدلب.", "شيخ بحر", "Idleb"),
    # a unit's barracks read as a place by its noun keeps its number
    ("قصفت قوات النظام جبهة الفوج 46 غربي حلب.", "فوج 46", "Aleppo"),
    # the last of a list, an adjective of where it lies after it
    ("قصفت قوات النظام قرى كبانة والسودة المحيطة بها.", "سوده", "Lattakia"),
])
def test_names_read_whole_and_at_home(text: str, name: str, admin1: str) -> None:
    places = {key.removeprefix("ال"): value for key, value in places_of(text).items()}
    assert places.get(name) == admin1


def test_a_unit_by_its_number_is_no_place_of_its_own() -> None:
    assert not any("30" in name for name in places_of("قتل عنصران من الفرقة 30 في اشتباكات."))
    # coders put what happened around it at the town named beside it
    beside = places_of("دارت اشتباكات في محيط اللواء 82 قرب بلدة الشيخ مسكين.")
    assert not any("82" in name for name in beside)


def test_where_harm_befell_a_man_named_by_his_home_is_the_place_near_which_it_did() -> None:
    doc = read("وقتل شاب من مدينة معرة النعمان اليوم برصاص حرس الحدود قرب بلدة عزمارين.")
    roles = {m.value.key: m.value.role for m in doc.mentions["place"]}
    assert roles == {"معرهالنعمان": "qualifier", "عزمارين": "place"}
    # two of them
    doc = read("وقتل مدنيان من بلدة داعل برصاص مجهولين قرب بلدة إبطع أمس.")
    roles = {m.value.key: m.value.role for m in doc.mentions["place"]}
    assert roles == {"داعل": "qualifier", "ابطع": "place"}


def test_the_home_of_people_after_the_place_of_the_deed_is_no_event_place() -> None:
    text = ("وفي جرمانا بريف دمشق، اعتقلت دورية للأمن العسكري أمس أربعة شبان من أبناء "
            "السويداء.")
    assert set(places_of(text)) == {"جرمانا"}
    # (nor the home of the dead a strike on a town killed)
    text = "وقصفت الطائرات أمس بلدة كفرنبل ما أدى لمقتل شاب من بلدة حاس."
    assert set(places_of(text)) == {"كفرنبل"}


def test_a_place_in_an_organisations_quoted_name_is_no_place_of_the_deed() -> None:
    text = 'وبحسب "مكتب توثيق الشهداء في درعا"، قُتل في الاشتباكات أمس في بلدة داعل 15 شخصًا.'
    assert set(places_of(text)) == {"داعل"}


def test_the_side_of_a_place_the_deed_was_on_is_no_place_of_its_own() -> None:
    text = "شن التنظيم فجر الأحد هجوماً على نقاط لجيش الإسلام على أطراف بلدة يلدا من جهة حي الزين."
    assert set(places_of(text)) == {"يلدا"}


def test_a_verb_in_the_past_after_a_lists_comma_opens_a_clause_not_a_name() -> None:
    text = ("أقامت قوة حاجزاً على الطريق الواصل بين قرية الأصبح وقرية رسم الحلبي، وفتشت المارة "
            "والسيارات.")
    assert not any("فتشت" in name for name in places_of(text))
    text = "وفي ريف الحسكة، دمرت وحدات من الجيش أمس تحصينات في قريتي الداودية ورجمان الشرقي."
    assert "دمرت" not in places_of(text)


def test_iraqi_kurdistan_by_its_kurdish_name_is_abroad() -> None:
    doc = read("وقصفت الطائرات التركية أمس محيط مخيم مخمور للاجئين في باشور كردستان.")
    assert all(m.value.foreign is not None and m.value.foreign.country == "Iraq"
               for m in doc.mentions["place"])


def test_a_quarter_spelt_as_a_city_abroad_is_a_quarter_here() -> None:
    doc = read("واندلعت اشتباكات أمس في حي الريجة داخل مخيم اليرموك.")
    [riga] = [m.value for m in doc.mentions["place"] if m.value.key == "ريجه"]
    assert riga.foreign is None and riga.role == "place" and riga.admin1 == "Damascus"


def test_the_second_of_a_pair_may_be_a_common_word_a_place_bears() -> None:
    places = places_of("قصفت قوات النظام حيي الفردوس والمشهد في مدينة حلب.")
    assert "المشهد" in places
    # the hills around a village are no place of their own
    assert "تلال" not in places_of("سيطرت القوات على قرية مغربتين والتلال المحيطة بها.")


def test_hills_no_name_follows_are_no_place() -> None:
    assert not any("تلال" in name for name in places_of(
        "سيطر جيش الإسلام على تلال استراتيجية في جبل الأفاعي."))


def test_where_shells_were_fired_from_is_no_place_of_the_strike() -> None:
    places = places_of("سقطت قذائف صاروخية على مدينة السقيلبية أطلقت من مواقع انتشار"
                       " الإرهابيين في قلعة المضيق والحويز.")
    assert list(places) == ["سقيلبيه"]
    # nor a checkpoint counted with the villages taken
    assert list(places_of("سيطرت الفصائل على 12 قرية وحاجزا في ريف حماة.")) == []


def test_a_barracks_named_after_its_quarter_and_the_source_set_off_by_a_comma() -> None:
    assert "هنانو" in places_of("سيطر مقاتلو المعارضة على ثكنة هنانو في مدينة حلب.")
    doc = read("سقط صاروخان على حيي جب القبة وبستان القصر مصدرهما، تجمعات قوات النظام في"
               " ثكنة هنانو.")
    roles = {m.value.key: m.value.role for m in doc.mentions["place"]}
    assert roles.get("هنانو") == "qualifier"


def test_a_quarter_named_after_a_barracks_is_a_place() -> None:
    assert "الثكنه" in places_of("اشتباكات عنيفة في حي الثكنة بمدينة الرقة.")
    # but a noun that opens the next place is no quarter's name
    assert "بمدينه" not in places_of("قتل تسعة مواطنين جراء قصف على حي بمدينة حلب.")


def test_a_city_is_its_districts_seat_not_a_village_of_its_name_near_the_last_place() -> None:
    doc = read("قصفت قوات النظام أطراف قرية البارة في جبل الزاوية. كما قتل شاب برصاص"
               " مسلحين مجهولين في مدينة الدانا ليل الأربعاء.")
    dana = mention_of(doc, "دانا")
    assert dana.place is not None and dana.place.admin2 == "Harim"


def test_a_hospitals_department_is_no_place() -> None:
    places = places_of("فجر ثلاثة انتحاريين أنفسهم في مدينة جبلة، أحدهم عند مدخل قسم الإسعاف في"
                       " المشفى الوطني.")
    assert list(places) == ["جبله"]


def test_the_camps_of_a_town_are_at_the_town() -> None:
    assert "اطمه" in places_of("نظم مئات النازحين وقفة احتجاجية في مخيمات أطمة أمس.")


def test_a_place_before_two_countrysides_is_located_by_neither_alone() -> None:
    doc = read("قصفت قوات النظام قرى كبانة والتفاحية وخربة الجوز في ريفي اللاذقية وإدلب، ما أدى"
               " لإصابة سيدة بجروح في خربة الجوز.")
    joz = {m.value.place.admin1 for m in doc.mentions["place"]
           if m.value.key == "خربهالجوز" and m.value.place is not None}
    # one village by one name, the one of Idleb (not its namesake of Lattakia)
    assert joz == {"Idleb"}


def test_a_compass_adjective_after_a_countryside_is_the_countryside_side() -> None:
    # `بريف الباب الشرقي`: east of al-Bab, not Damascus' Bab Sharqi quarter
    places = places_of("قتل أربعة عناصر في هجوم على قرية الشيخ ناصر بريف الباب الشرقي.")
    assert places == {"شيخ ناصر": "Aleppo"}
    # the quarter itself, named with its noun, stays a quarter of Damascus
    assert places_of("سقطت قذيفة على حي الباب الشرقي في دمشق.") == {
        "باب الشرقي": "Damascus"}


def test_where_the_force_that_fired_stands_is_no_place_of_the_deed() -> None:
    # stationed on a quarter's outskirts, firing at the quarter named after
    assert places_of("استهدف قناصة المرتزقة المتمركزون على أطراف حي بني زيد المارة في "
                     "الشارع الرئيسي لحي الشيخ مقصود.") == {"شيخ مقصود": "Aleppo"}
    # the quarter struck named before its city, the post after
    assert places_of("تعرض حي الشيخ مقصود في مدينة حلب لقصف بقذائف أطلقتها المجموعات "
                     "المتمركزة في حي بني زيد.") == {"شيخ مقصود": "Aleppo"}
    # men stationed at a checkpoint took the men there: the checkpoint's town is the place
    assert "قمحانه" in places_of("اختطف عناصر من الميليشيا المتمركزين على حاجز قمحانة شمال "
                                 "حماة ثلاثة شبان من أبناء بلدة صوران.")


def test_an_idiom_after_a_conjunction_names_no_place() -> None:
    assert places_of("قصف عنيف على أحياء حمص والصليب الأحمر يفشل في إخراج الجرحى.") == {
        "حمص": "Homs"}


def test_where_people_retreat_to_or_come_from_is_no_place_of_the_deed() -> None:
    places = places_of("سيطر التنظيم على قرية الوقف، وسط تراجع للفصائل نحو قرى حوار كلس "
                       "ودوديان.")
    assert set(places) == {"وقف"}
    places = places_of("وقال رجل نازح من ناحية راجو يقيم في قرية الشيخ عيسى إن القصف لم "
                       "يتوقف.")
    assert set(places) == {"شيخ عيسي"}


def test_a_governorate_city_told_as_a_place_anchors_the_names_beside_it() -> None:
    places = places_of("قتل شخصان في مدينة درعا.\n\nوفي دمشق، فرقت عناصر الأمن تجمعا. كما شهدت "
                       "مدينة حمص تجمعا، وخرجت مظاهرة في بانياس.")
    assert places["بانياس"] == "Tartous"


def test_the_names_that_label_a_line_before_its_colon_are_its_places() -> None:
    assert places_of("- إنخل والحارة ونمر: مظاهرات حاشدة جابت الشوارع.") == {
        "انخل": "Dar'a", "حاره": "Dar'a", "نمر": "Dar'a"}
    # no colon after the list: the names are told by nothing
    assert places_of("الحراك والحارة ونمر مظاهرات حاشدة جابت الشوارع.") == {}


def test_where_fighters_withdrew_toward_is_no_place_of_the_day() -> None:
    doc = read("سيطرت القوات الحكومية على مطار تدمر، فيما واصل مقاتلو التنظيم الانسحاب "
               "باتجاه السخنة.")
    view = doc.norm.text
    assert [view[m.value.core_start:m.value.end] for m in doc.mentions["place"]
            if m.value.role == "place"] == ["تدمر"]


def test_the_city_points_back_to_the_city_not_to_the_area_named_after_it() -> None:
    doc = read("سيطرت القوات الحكومية على مطار تدمر العسكري وعلى منطقة الصوامع شرقي المدينة.")
    view = doc.norm.text
    back = [m.value for m in doc.mentions["place"] if m.value.how == "back-reference"]
    assert [view[b.refers_to.core_start:b.refers_to.end] for b in back] == ["تدمر"]


def test_the_city_of_a_paragraph_with_no_place_is_the_one_the_report_is_about() -> None:
    doc = read("أعدم التنظيم 12 شخصا في مدينة تدمر، بينهم أربعة من أبناء تدمر.\n\n"
               "وأعلنت المديرية العامة للآثار في دمشق أن الدمار كبير.\n\n"
               "إلى ذلك، شن الطيران الحربي ست غارات على الأطراف الغربية للمدينة.")
    view = doc.norm.text
    back = [m.value for m in doc.mentions["place"] if m.value.how == "back-reference"]
    assert [view[b.refers_to.core_start:b.refers_to.end] for b in back] == ["تدمر"]


def test_a_quarter_next_to_another_is_located_by_it() -> None:
    doc = read("سيطرت الوحدات الكردية أمس على أجزاء من حي الهلك المجاورين لحي الشيخ مقصود.")
    view = doc.norm.text
    roles = {view[m.value.core_start:m.value.end]: m.value.role for m in doc.mentions["place"]}
    assert roles == {"هلك": "place", "شيخ مقصود": "qualifier"}


def test_a_verb_after_a_place_noun_is_no_name() -> None:
    assert places_of("أول حي خرج عن سيطرة النظام كان حي مساكن هنانو.") == {
        "مساكن هنانو": "Aleppo"}


def test_where_a_bullet_struck_the_body_is_no_place() -> None:
    assert places_of("عثر على جثة شاب في بلدة ابطع وعليها آثار إطلاق نار في البطن والرأس.") == {
        "ابطع": "Dar'a"}


def test_the_word_named_before_a_name_is_no_place() -> None:
    assert places_of('وفي خان شيخون، اغتال مسلحون مجهولون عضوا في المجلس المحلي يدعى "أبو '
                     'محمد" أثناء عودته إلى منزله.') == {"خان شيخون": "Idleb"}


def test_the_namesake_named_with_the_town_its_sentence_names_is_meant() -> None:
    doc = read("قصفت القوات التركية مدينة رأس العين. وتعرضت قرى الدردارة وأم الكيف في ريف "
               "تل تمر الشمالي لقصف مدفعي.")
    derdara = mention_of(doc, "درداره")
    assert derdara.place is not None and derdara.place.name_ar == "الدردارة تل تمر"


def test_a_capital_beside_another_state_that_denies_is_its_government() -> None:
    assert places_of("قتل 20 شخصا في قصف على بلدة أورم الكبرى، فيما نفت موسكو ودمشق أي علاقة "
                     "لهما بالاستهداف.") == {"اورم الكبري": "Aleppo"}


def test_a_zone_the_town_lies_in_only_locates_it() -> None:
    doc = read('انفجرت عبوة ناسفة اليوم في حي زرادشت بمدينة رأس العين (سري كانيه) ضمن منطقة '
               '"نبع السلام" الخاضعة لسيطرة القوات التركية.')
    view = doc.norm.text
    roles = {view[m.value.core_start:m.value.end]: m.value.role for m in doc.mentions["place"]}
    assert roles["نبع السلام"] == "qualifier" and roles["زرادشت"] == "place"


def test_a_name_head_alone_names_nothing_unless_a_place_noun_names_it() -> None:
    places = places_of("عثر على جثة شاب في بلدة ابطع وعليها آثار إطلاق نار في الصدر والرأس.")
    assert "ابطع" in places and not any("راس" in name for name in places)
    assert "المزرعه" in places_of("قتل 42 شخصا في تفجير استهدف جامع الإيمان في حي المزرعة وسط "
                                  "دمشق.")


def test_a_hill_named_after_its_top_or_outskirts_is_a_place() -> None:
    assert "تله شعير" in places_of("اشتباكات عنيفة في محيط تلة شعير غرب مدينة عين العرب.")
    assert "تله مشته نور" in places_of("رفع مسلحو التنظيم أمس رايتهم على قمة تلة مشته نور.")
    assert "تله مشته نور" in places_of("رفع مسلحو التنظيم أمس رايتهم على قمة تلة مشته نور "
                                       "المشرفة على المدينة.")


def test_the_pocket_and_about_are_no_places() -> None:
    assert set(places_of("وفي هجين، كبرى بلدات الجيب، قتل ستة مدنيين في ضربة جوية.")) == {"هجين"}
    assert "نحو" not in places_of("أنزلت قوة خاصة قرب منزل في بلدة الشحيل نحو الساعة الثانية.")


def test_the_hill_points_back_to_the_hill_named_before() -> None:
    doc = read("رفع المسلحون رايتهم على تلة مشته نور أمس.\n\nونفذت الطائرات غارات على مواقعهم في "
               "محيط التلة.")
    named, back = sorted((m.value for m in doc.mentions["place"]), key=lambda m: m.start)
    assert back.how == "back-reference" and back.refers_to is named
    assert named.key.startswith("تلهمشته")


def test_a_name_after_a_masculine_noun_may_end_like_a_feminine_adjective() -> None:
    assert "كانيه" in places_of("سقطت قذائف هاون على حي كانيه كردا، ما أدى إلى مقتل امرأة.")
    assert places_of("تعرض حي شعبي في مدينة حمص للقصف.") == {"حمص": "Homs"}


def test_the_word_right_after_a_place_noun_has_no_clitic() -> None:
    # (not `ك` + a hamlet `انيه`)
    assert not any(name.startswith("اني") for name in places_of(
        "سقطت قذائف هاون على حي كانيه كردا، ما أدى إلى مقتل امرأة."))


def test_a_notable_is_no_village() -> None:
    assert places_of("أطلق مسلحون النار على وجيه عشائري أمام منزله في بلدة الشحيل.") == {
        "شحيل": "Deir-ez-Zor"}


def test_iraqi_kurdistan_spelt_the_kurdish_way_is_abroad() -> None:
    doc = read("وفي إقليم كوردستان، أعلنت قوات الأسايش في السليمانية اليوم اعتقال أربعة أشخاص.")
    assert mention_of(doc, "سليمانيه").how == "foreign"


def test_the_city_of_a_hospital_the_wounded_were_taken_to_is_no_place() -> None:
    doc = read("قصفت المدفعية مدينة كوباني أمس.\n\nوسقطت قذائف على حي الأشرفية، وأصيب خمسة "
               "بجروح نقلوا إلى المشفى الميداني في المدينة.")
    assert not any(m.value.how == "back-reference" for m in doc.mentions["place"])


def test_syrian_towns_named_as_often_as_cities_abroad_stay_syrian() -> None:
    doc = read("معارك شوارع في حي مقتلة شرق كوباني، وفي مدينة القامشلي خرج الآلاف في مظاهرة "
               "تضامنا مع كوباني.\n\nوقال أردوغان في غازي عنتاب إن كوباني على وشك السقوط، "
               "وشهدت ديار بكر وماردين احتجاجات.")
    assert mention_of(doc, "قامشلي").how != "foreign"
    assert mention_of(doc, "مقتله").how != "foreign"


def test_especially_after_a_plural_noun_opens_a_list() -> None:
    assert places_of("شن الطيران غارات على القرى الواقعة شمال المطار، ولا سيما الحميدية وعرجون، "
                     "دون إصابات.") == {"حميديه": "Homs", "عرجون": "Homs"}
    assert places_of("شن الطيران غارات على قرى ريف القصير، وخاصة الحميدية وعرجون.") == {
        "قصير": "Homs", "حميديه": "Homs", "عرجون": "Homs"}


def test_a_namesake_near_the_places_of_its_sentence_wins_over_a_far_seat() -> None:
    # (al-Hamidiyah of Qusayr's countryside, not the subdistrict's seat near Tartous)
    doc = read("شن الطيران غارات على قرى ريف القصير، بينها الحميدية وعرجون.")
    assert mention_of(doc, "حميديه").place.admin2 == "Al-Qusayr"


def test_the_city_a_placeless_paragraph_points_back_to_is_the_one_named_most() -> None:
    doc = read("تظاهر المئات في مدينة السويداء أمس. وأغلق محتجون في مدينة السويداء مبنى "
               "المحافظة.\n\nواحتجزت الفصائل في مدينة السويداء ثلاثة ضباط للإفراج عن طالب "
               "اعتقلته دورية في مدينة حمص.\n\nوشهدت ساحة الكرامة وسط المدينة مظاهرة حاشدة.")
    back = [m.value for m in doc.mentions["place"] if m.value.how == "back-reference"]
    assert [m.admin1 for m in back] == ["As-Sweida"]


def test_a_city_named_with_its_noun_is_no_common_word_of_another_governorate() -> None:
    doc = read("قصفت الطائرات مدرسة تؤوي نازحين من مدينة تدمر.\n\nوقتل 4 مدنيين بغارات على الحي "
               "الأول بمدينة الطبقة اليوم.")
    assert mention_of(doc, "طبقه").admin1 == "Ar-Raqqa"


def test_a_street_named_like_a_quarter_of_another_city_is_of_its_own_city() -> None:
    doc = read("شن الطيران أمس غارات على مدينة الرقة استهدفت حي الرميلة وشارع سيف الدولة المكتظ "
               "بالمارة.")
    assert mention_of(doc, "سيف الدوله").admin1 != "Aleppo"
    assert read("سقطت قذائف على شارع سيف الدولة في حلب").mentions["place"][0].value.admin1 == \
        "Aleppo"


def test_the_positions_of_a_force_fire_came_from_are_no_targets() -> None:
    doc = read("قصف مدفعي عنيف استهدف أطراف حي الوعر من مواقع قوات النظام في الكلية الحربية "
               "وقرية المزرعة.")
    assert mention_of(doc, "وعر").role == "place"
    assert mention_of(doc, "مزرعه").role != "place"
    doc = read("سقطت قذائف هاون على حي الحميدية في حمص، واتهمت وسائل إعلام المسلحين بإطلاقها من "
               "حي الوعر.")
    assert mention_of(doc, "وعر").role != "place"


def test_the_refugees_camps_are_no_village() -> None:
    assert "اللاجئين" not in places_of("داهم الجيش عددا من مخيمات اللاجئين في بلدة عرسال.")
    assert places_of("قصفت الطائرات مخيم اليرموك ومخيم الهول.") == {
        "مخيم اليرموك": "Damascus", "هول": "Al-Hasakeh"}


def test_a_list_goes_on_past_a_quarters_compass_adjective() -> None:
    assert set(places_of("اعتقلت دوريات أمس 40 شابا في حيي الرمل الجنوبي والسكنتوري بمدينة "
                         "اللاذقية.")) == {"رمل الجنوبي", "السكنتوري"}


def test_the_village_points_back_a_few_paragraphs_to_the_village_the_report_is_about() -> None:
    doc = read("هجوم على قرية المبعوجة\n\nارتفع عدد قتلى الهجوم على قرية المبعوجة في ريف السلمية."
               "\n\nووثق المرصد مقتل 37 مدنيا. وقتل 9 من المسلحين الموالين.\n\nوكان المرصد قد أفاد "
               "بمقتل 37 شخصا.\n\nواختطف عناصر التنظيم نحو 50 مواطنا في القرية.")
    back = [m.value for m in doc.mentions["place"] if m.value.how == "back-reference"]
    assert [m.key for m in back] == ["مبعوجه"]


def test_in_one_village_and_near_the_next_both_are_places() -> None:
    doc = read("اندلعت أمس اشتباكات عنيفة في قرية عون الدادات وقرب قرية الهوشرية شمال غرب مدينة "
               "منبج.")
    assert mention_of(doc, "هوشريه").role == "place"


def test_the_city_a_place_lies_to_one_side_of_only_locates_it() -> None:
    doc = read("سيطرت القوات أمس على مدينة منبج.\n\nواندلعت اليوم اشتباكات في قرية الهوشرية شمال "
               "غرب المدينة.")
    back = next(m.value for m in doc.mentions["place"] if m.value.how == "back-reference")
    assert back.role == "qualifier"


def test_a_head_word_before_a_longer_known_name_is_one_name_where_that_place_is() -> None:
    doc = read("شنت طائرات مسيرة ضربات على مواقع في محيط جسر قره قوزاق.")
    [bridge] = [m.value for m in doc.mentions["place"]]
    view = doc.norm.text
    assert view[bridge.core_start:bridge.end] == "جسر قره قوزاق"
    assert bridge.place is not None and bridge.place.admin1 == "Aleppo"


def test_the_towns_a_unit_comprises_are_no_places_of_their_own() -> None:
    doc = read("توصل الفيلق إلى اتفاق لوقف إطلاق النار في القطاع الأوسط من الغوطة الشرقية، الذي "
               "يضم بلدات عربين وزملكا وعين ترما.")
    assert {mention_of(doc, k).role for k in ("عربين", "زملكا", "عين ترما")} == {"qualifier"}
    assert places_of("قصفت الطائرات المخيم الذي يضم آلاف النازحين في بلدة أطمة.") == {
        "اطمه": "Idleb"}


def test_the_two_towns_point_back_across_paragraphs_to_the_two_named_with_the_dual() -> None:
    doc = read("أحكم الجيش سيطرته أمس على بلدتي فليطة ورأس المعرة.\n\nوكان الطيران قد شن يوم "
               "الجمعة غارات على البلدتين.")
    back = {m.value.key for m in doc.mentions["place"] if m.value.how == "back-reference"}
    assert back == {"فليطه", "راسالمعره"}


def test_an_orchard_and_lying_are_no_places_nor_names() -> None:
    doc = read("عثر على جثث ثلاثة شبان من سكان حي الرميلة ملقاة في بستان على أطراف مدينة الرقة.")
    view = doc.norm.text
    names = {view[m.value.core_start:m.value.end] for m in doc.mentions["place"]}
    assert "بستان" not in names and not any("ملقا" in name for name in names)


def test_a_part_of_a_city_the_detained_were_led_to_is_no_place() -> None:
    assert "المدينه الرياضيه" not in places_of(
        "داهمت الأجهزة الأمنية اليوم حي السكنتوري في اللاذقية، واقتيد المعتقلون إلى المدينة "
        "الرياضية.")


def test_a_persons_nationality_puts_no_quarter_abroad() -> None:
    doc = read("اغتال مسلحون مجهولون ليل الأحد عنصراً من التنظيم يحمل الجنسية التونسية في حي "
               "الثكنة، بعد إطلاق النار عليه.")
    assert mention_of(doc, "ثكنه").how != "foreign"
    # a people's adjective of a place still puts it abroad
    doc = read("قتل ثلاثة أشخاص في انفجار في حي الثكنة بمدينة صفاقس التونسية اليوم.")
    assert mention_of(doc, "ثكنه").how == "foreign"


def test_a_street_no_gazetteer_knows_points_to_the_place_its_sentence_names() -> None:
    doc = read("قصف الطيران مخيم اليرموك جنوب دمشق أمس.\n\nوتجددت الاشتباكات اليوم بين "
               "الطرفين في محيط شارع فلسطين وشارع المدارس داخل المخيم.")
    street = mention_of(doc, "شارع فلسطين")
    assert street.how == "back-reference" and street.key == "مخيماليرموك"
    # one more member of a list keeps its own name
    doc = read("نفذ الطيران الحربي 6 غارات على مناطق في حي الليرمون ومحيط دوار الجندول، وألقى "
               "الطيران المروحي 4 براميل متفجرة على مناطق في حي بني زيد.")
    # (the roundabout's quarter, in the data files since)
    jandoul = mention_of(doc, "جندول")
    assert jandoul.how == "gazetteer" and jandoul.place is not None \
        and jandoul.place.admin1 == "Aleppo"


def test_the_camp_points_back_to_the_camp_the_gazetteer_names_with_its_noun() -> None:
    text = ("تتواصل الاشتباكات في مخيم اليرموك جنوب دمشق.\n\nوقال ناشطون إن الحصار مستمر.\n\n"
            "وأضافوا أن الأهالي يعانون من نقص الغذاء.\n\nوذكرت مصادر أن المياه مقطوعة.\n\n"
            "وألقى الطيران برميلين على مناطق في المخيم اليوم.")
    doc = read(text)
    assert mention_of(doc, "مخيم").key == "مخيماليرموك"


def test_a_station_named_after_a_town_is_no_village() -> None:
    assert "محطة" not in places_of("قتل اثنان في هجوم على محيط محطة بانياس الحرارية أمس.")
    assert "بانياس" in places_of("قتل اثنان في هجوم على محيط محطة بانياس الحرارية أمس.")


def test_the_city_a_paragraph_points_back_to_is_counted_by_its_own_mentions() -> None:
    text = ("سيطرة الفصائل على جسر الشغور\n\nسيطرت فصائل معارضة السبت على مدينة جسر الشغور في "
            "محافظة إدلب، بعد خسارة النظام مدينة إدلب قبل شهر.\n\nوقال المرصد إن الاشتباكات "
            "تواصلت داخل المدينة اليوم.")
    doc = read(text)
    assert mention_of(doc, "مدينه").key == "جسرالشغور"


def test_a_part_of_a_land_and_the_rule_of_a_capital_are_no_places() -> None:
    places = places_of("سيطر مقاتلون على معبر القنيطرة، المنفذ الوحيد بين الجزء الخاضع لسيطرة "
                       "دمشق من هضبة الجولان.")
    assert "الجزء" not in places and "دمشق" not in places


def test_a_deeds_verbal_noun_points_back_to_the_quarter() -> None:
    doc = read("استهدفت مجموعات مسلحة اليوم منازل المدنيين في حي طي بالقامشلي بقذائف الهاون.\n\n"
               "وتصدى أبناء الحي لمحاولة مسلحي الميليشيا اقتحام الحي من جهته الشرقية، واشتبكوا "
               "معهم لساعات.")
    assert mention_of(doc, "حي").key == "طي"


def test_in_addition_to_a_seat_is_no_place_people_were_taken_to() -> None:
    places = places_of("طاولت الضربات مقرات في مدينة الميادين، إضافة إلى مقر في حي الكتف بمدينة "
                       "البوكمال.")
    assert "الكتف" in places


def test_a_prison_is_named_after_its_quarter_and_its_alias_is_no_second_place() -> None:
    places = places_of("تتواصل الاشتباكات في محيط سجن غويران المعروف باسم سجن الصناعة جنوب مدينة "
                       "الحسكة.")
    assert "غويران" in places
    assert "الصناعه" not in places and "سجن" not in places
    assert "صيدنايا" in places_of("أعلنت الفصائل السيطرة على سجن صيدنايا في ريف دمشق.")


def test_the_main_gate_points_back_to_the_prison() -> None:
    doc = read("اشتباكات عنيفة في محيط سجن غويران.\n\nوبدأ الهجوم بتفجير سيارة مفخخة عند البوابة "
               "الرئيسية للسجن، قبل أن يهاجم المسلحون الحراس.")
    pointing = [m.value for m in doc.mentions["place"] if m.value.how == "back-reference"]
    assert [m.key for m in pointing] == ["غويران"]
    assert all(m.value.how != "gazetteer" or m.value.key != "سجن" for m in doc.mentions["place"])


def test_a_quarters_surroundings_with_its_pronoun_are_no_name() -> None:
    assert set(places_of("ألقت القوات القبض على 89 خلال عمليات تمشيط في حي الزهور ومحيطه، وفق "
                         "بيان.")) == {"الزهور"}


def test_two_places_a_village_lies_between_only_locate_it() -> None:
    for text in ("طالت غارة موقعا في قرية المقبرة الواقعة بين تل تمر والحسكة، من دون خسائر.",
                 "قصفت الطائرات قرية المقبرة بين تل تمر والحسكة."):
        assert set(places_of(text)) == {"مقبره"}
    assert "تل تمر" in places_of("اندلعت اشتباكات في تل تمر بين قسد والفصائل.")


def test_a_name_does_not_end_on_the_first_half_of_a_mans_name() -> None:
    assert "جبل عبد العزيز" in places_of("قصفت المدفعية تجمعات في محيط جبل عبد العزيز أمس.")


def test_places_in_a_province_abroad_are_abroad() -> None:
    doc = read("وطالت غارات أخرى قرى في ريف عين العرب بمحافظة حلب، فيما قصفت الطائرات التركية "
               "مواقع في منطقتي قنديل وأسوس بإقليم كردستان العراق.")
    assert mention_of(doc, "اسوس").foreign is not None
    assert mention_of(doc, "قنديل").foreign is not None


def test_a_town_in_a_district_abroad_is_abroad() -> None:
    doc = read("قالت مصادر لبنانية إن قذائف سقطت على بلدة القصر في قضاء الهرمل شمال شرقي لبنان.")
    assert mention_of(doc, "قصر").foreign is not None


def test_where_attackers_came_from_only_locates_them() -> None:
    doc = read("شهدت مدينة جرمانا اشتباكات عنيفة بين مسلحين محليين ومجموعات مسلحة قدمت من بلدة "
               "المليحة.")
    assert mention_of(doc, "مليحه").role == "qualifier"
    assert mention_of(doc, "جرمانا").role == "place"


def test_a_governorates_administration_is_no_place() -> None:
    places = places_of("وتوصل وجهاء جرمانا إلى اتفاق مع محافظة ريف دمشق يقضي بتسليم المتورطين.")
    assert "ريف دمشق" not in places


def test_a_clause_opened_by_a_conjunction_ends_a_list() -> None:
    places = places_of("أطلقت قوات الأمن النار على شبان قدموا من بلدات اليادودة والنعيمة للتضامن "
                       "مع أهالي درعا، عندما وصلوا إلى المدخل الشمالي للمدينة.")
    assert "عندما" not in places and "صلوا" not in places and "وصلوا" not in places


def test_quarters_named_by_a_place_noun_are_read_after_the_dual() -> None:
    assert {"الضاحيه", "السبيل"} <= set(places_of("سقطت قذائف هاون على حيي الضاحية والسبيل، ما "
                                                  "تسبب بإصابة طفلين."))


def test_the_town_of_a_numbered_base_a_force_fires_from_only_locates_it() -> None:
    doc = read("وتزامنت الاشتباكات مع قصف مدفعي من قبل قوات النظام المتمركزة في اللواء 12 بمدينة "
               "إزرع، استهدف بلدات ناحتة والمليحة الشرقية.")
    assert mention_of(doc, "ازرع").role == "qualifier"
    assert mention_of(doc, "ناحته").role == "place"


def test_a_road_told_again_in_the_body_is_a_road_again() -> None:
    doc = read("مقتل 7 عناصر بانفجار استهدف حافلة على طريق دمشق – بغداد\n\nقضى سبعة عناصر جراء "
               "انفجار عبوة ناسفة استهدفت حافلة على طريق دمشق – بغداد، قرب منطقة خان أبو الشامات "
               "في البادية الشرقية لريف دمشق.")
    roles = [(m.value.key, m.value.role) for m in doc.mentions["place"]]
    assert roles.count(("دمشق", "road")) == 2
    assert ("خانابوالشامات", "place") in roles


def test_villages_a_force_is_stationed_in_after_its_posts_only_locate_it() -> None:
    doc = read("بدأت الدبابات المتمركزة في الحواجز المحيطة وفي قريتي القبو وفلة الموالتين قصفاً "
               "عنيفاً على بلدتي تلدو وكفرلاها.")
    assert mention_of(doc, "قبو").role == "qualifier"
    assert mention_of(doc, "تلدو").role == "place"


def test_whom_protesters_chanted_for_behind_the_conjunction_is_no_place_of_theirs() -> None:
    doc = read("وفي الرستن خرجت مظاهرة حاشدة جابت الشوارع الرئيسية وهتفت لحي بابا عمرو.")
    assert mention_of(doc, "بابا عمرو").role == "qualifier"


def test_two_places_a_desert_lies_between_named_with_their_noun_only_locate_it() -> None:
    places = places_of("قتل تسعة بهجوم على تجمع لهم في بادية حميمة الواقعة بين مدينة تدمر "
                       "والحدود السورية العراقية.")
    assert "تدمر" not in places


def test_a_time_set_off_by_commas_keeps_the_target_in_the_stationed_clause() -> None:
    doc = read("قصفت قوات النظام المتمركزة في بلدة أورم الكبرى، صباح اليوم السبت، بقذائف المدفعية "
               "مدينة الأتارب.")
    assert mention_of(doc, "اورم الكبري").role == "qualifier"
    assert mention_of(doc, "اتارب").role == "place"


def test_the_fighting_fronts_name_no_place() -> None:
    assert set(places_of("وعلى جبهات القتال، قتل 22 عنصراً في اشتباكات عنيفة في مدينة سراقب.")) \
        == {"سراقب"}


def test_a_prison_the_detained_were_taken_to_is_no_place() -> None:
    assert set(places_of("وفي ناحية جنديرس، اعتقلت الشرطة العسكرية خمسة مواطنين، ونقلتهم إلى سجن "
                         "ماراتيه سيئ الصيت.")) == {"جنديرس"}


def test_the_land_around_a_village_is_no_place_of_its_own() -> None:
    assert set(places_of("استهدفت الحوامات تجمعات للمسلحين في محيط قرية الدالية والأحراج المحيطة "
                         "بها.")) == {"داليه"}


def test_the_towns_a_protest_stood_by_neither_host_it_nor_pick_namesakes() -> None:
    doc = read("خرجت مظاهرات حاشدة اليوم في مدينتي عامودا والدرباسية، وهتف المتظاهرون تضامناً "
               "مع المدن المحاصرة في حمص وريف دمشق. كما خرجت مظاهرة مسائية في بلدة رأس العين.")
    assert mention_of(doc, "حمص").role == "qualifier"
    assert mention_of(doc, "راس العين").admin1 == "Al-Hasakeh"


def test_a_bare_word_ending_the_item_completes_a_headed_name() -> None:
    assert "تله مشته نور" in places_of("فجرت نفسها بتجمع للمسلحين عند أطراف تلة مشته نور، ما أدى "
                                       "إلى مقتل عدد منهم.")


def test_a_towns_quarter_by_its_side_is_no_village_of_the_name() -> None:
    doc = read("نفذت قوة خاصة إنزالا في بلدة الشحيل بريف دير الزور. وقال مصدر إن القوة داهمت منزلا "
               "في الحارة الشمالية للبلدة فجرا.")
    assert [m.value.key for m in doc.mentions["place"] if m.value.role == "place"] == [
        "شحيل", "شحيل"]
    assert "حاره" not in {m.value.key for m in doc.mentions["place"]}


def test_an_indefinite_adjective_after_a_place_noun_is_no_name() -> None:
    assert places_of("تقدمت قوات النظام في تلال مطلة على بلدة بسيمة.") == {
        "بسيمه": "Rural Damascus"}


def test_a_retreats_destinations_go_on_past_a_towns_noun() -> None:
    assert places_of("سيطرت الفصائل على المدينة بعد انسحاب ما تبقى من عناصر النظام باتجاه معسكر "
                     "المسطومة ومدينة أريحا جنوبا.") == {}


def test_a_place_another_is_ranked_after_is_no_place_of_the_deed() -> None:
    assert set(places_of("سيطر جيش الفتح اليوم على مدينة إدلب، لتصبح ثاني مركز محافظة يخرج عن "
                         "سيطرة النظام بعد مدينة الرقة.")) == {"ادلب"}


def test_the_two_towns_a_road_joins_are_its_ends() -> None:
    assert set(places_of("قتل 25 عسكريا في هجوم على حافلة على الطريق الدولي الذي يربط دير الزور "
                         "بتدمر، قرب بلدة الشولا.")) == {"شولا"}


def test_a_common_word_heading_a_construct_is_no_village() -> None:
    # `كتيبة` is a village of Daraa, but `كتيبة الدفاع الجوي` an air-defence battalion
    assert places_of("قصفت الفصائل محيط كتيبة الدفاع الجوي في ريف درعا.") == {}
    assert "تله الشيخ يوسف" in places_of("قصفت قوات النظام محيط تلة الشيخ يوسف.")


def test_the_town_a_place_lies_beside_is_not_that_place() -> None:
    doc = read("شنت الطائرات الروسية غارات على بادية السخنة، وأطراف قرية الطيبة، إضافة إلى "
               "محيط قرية الكوم شمال المدينة.")
    reference = next(m.value for m in doc.mentions["place"] if m.value.how == "back-reference")
    assert reference.refers_to is not None and reference.refers_to.key == "سخنه"


def test_a_state_named_by_its_capital_that_blames_is_no_place() -> None:
    assert set(places_of("قتل 25 شخصا في هجوم على حافلة قرب بلدة الشولا، في هجوم نسبته دمشق إلى "
                         "تنظيم داعش.")) == {"شولا"}


def test_the_town_a_place_overlooks_only_locates_it() -> None:
    doc = read("سيطرت الفصائل أمس على مدينة أريحا، وذلك عقب سيطرتها أول أمس على قمة جبل "
               "الأربعين المطلة على المدينة.")
    reference = next(m.value for m in doc.mentions["place"] if m.value.how == "back-reference")
    assert reference.role == "qualifier"


def test_a_border_crossing_is_named_by_its_village() -> None:
    assert places_of("استهدفت غارة إسرائيلية معبر جوسية الحدودي مع لبنان.") == {"جوسيه": "Homs"}
    # a crossing no gazetteer names is no place of its own
    assert places_of("فتحت القوات معبر المتاريس أمام المدنيين.") == {}


def test_a_place_a_clause_of_its_own_says_the_one_before_lies_near_only_locates_it() -> None:
    text = ("قتل عنصران بطائرة مسيرة على الطريق قرب قرية تل عدس بريف المالكية الجنوبي، على "
            "مقربة من حقول رميلان النفطية.")
    assert set(places_of(text)) == {"تل عدس"}
    # near a governorate's city, in a clause of its own with nothing before it, is the city
    assert set(places_of("قصفت الطائرات مواقع على مقربة من مدينة تدمر.")) == {"تدمر"}


def test_an_origin_set_off_by_commas_ends_at_its_comma() -> None:
    doc = read("دخلت وحدات حماية الشعب، انطلاقا من حي الشيخ مقصود، أحياء بستان الباشا والهلك "
               "أمس.")
    view = doc.norm.text
    roles = {view[m.value.core_start:m.value.end]: m.value.role for m in doc.mentions["place"]}
    assert roles == {"شيخ مقصود": "qualifier", "بستان الباشا": "place", "هلك": "place"}


def test_the_sons_of_a_town_met_at_the_entrance_of_another_were_there() -> None:
    places = places_of("مسلحون مجهولون يختطفون الشاب من أبناء بلدة القريا عند المدخل الغربي "
                       "لقرية عرى مساء أمس.")
    assert "عري" in places and "القريا" not in places


def test_where_families_fled_goes_on_past_a_towns_noun() -> None:
    places = places_of("اختطف مسلحو التنظيم العشرات في مدينة القريتين، في وقت نزحت فيه مئات "
                       "العائلات باتجاه بلدتي صدد والحفر ومدينة حمص.")
    assert "القريتين" in places and not {"صدد", "الحفر", "حمص"} & set(places)


def test_a_word_after_a_definite_place_noun_is_no_name() -> None:
    # `للمدينة` is `لـ` + the article: what follows is no name
    places = places_of("خرجت مظاهرة جابت الشارع الرئيسي للمدينة رغم انتشار الحواجز في "
                       "مدينة صوران.")
    assert set(places) == {"صوران"}


@pytest.mark.parametrize("landmark", ["الدوار", "السد", "المقرين"])
def test_a_landmark_told_by_its_common_noun_is_no_place_of_that_name(landmark: str) -> None:
    places = places_of(f"وبعد ساعة تقريباً من عملية الاحتجاز، سُمع إطلاق نار كثيف في محيط "
                       f"{landmark}، تبيّن أنه ناجم عن اشتباك قصير بين مسلحي الحركة ودورية أمنية.")
    assert places == {}


@pytest.mark.parametrize("town", ["راشيا الوادي", "حاصبيا", "الخيام", "جنتا"])
def test_lebanons_towns_over_the_border_are_abroad(town: str) -> None:
    (event,) = rasd.extract(f"شنت طائرة مسيرة إسرائيلية صباح اليوم غارة على سيارة في بلدة "
                            f"{town}، ما أدى إلى مقتل شخصين.", "2025-03-28").events
    assert event.to_dict()["location"]["country"] == "Lebanon"


def test_aleppos_quarters_are_the_citys_not_namesakes_elsewhere() -> None:
    places = places_of("قصفت قوات النظام حي الشيخ فارس وحي العرقوب وحيي الميدان وسليمان الحلبي "
                       "في مدينة حلب.")
    assert places == {"شيخ فارس": "Aleppo", "عرقوب": "Aleppo", "ميدان": "Aleppo",
                      "سليمان الحلبي": "Aleppo"}


def test_a_facility_the_area_after_its_name_holds_yields_to_the_area() -> None:
    places = places_of("دارت اشتباكات بين قوات النظام وعناصر تنظيم داعش في محيط محطة تشرين "
                       "الحرارية بمنطقة بئر قصب بريف دمشق.")
    assert set(places) == {"بئر قصب"}


def test_a_regions_name_that_ends_on_a_compass_word_is_found() -> None:
    assert places_of("دارت اشتباكات بين الفصائل وتنظيم داعش في القلمون الشرقي.") == {
        "قلمون الشرقي": "Rural Damascus"}
