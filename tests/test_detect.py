"""The sentence test behind `rasd eval --oeda`: a report of violence, not talk about it.

The sentences are written for these tests in the style of Arabic wire copy; none comes from
the OEDA set, which is only ever scored.
"""

from __future__ import annotations

import pytest

from rasd.extract.detect import ROLES, detect_matcher, evidence, reports_violence
from rasd.extract.lexicon import data_path, read_rows

REPORTS = {
    "killing": "قتل ثلاثة جنود وأصيب خمسة آخرون بجروح في هجوم مسلح استهدف دوريتهم قرب "
    "مدينة الرمادي صباح أمس.",
    "bombing with casualties": "وقال مصدر في الشرطة إن سيارة مفخخة انفجرت في سوق شعبي وسط "
    "كركوك، ما أسفر عن مقتل سبعة مدنيين وإصابة عشرين آخرين.",
    "death idiom": "لقي أربعة أشخاص حتفهم في انفجار قنبلة زرعت على جانب الطريق جنوب العاصمة.",
    "kidnapping": "وأفاد شهود بأن مسلحين مجهولين اختطفوا مهندسا أجنبيا من منزله في المدينة "
    "مساء أمس.",
    "bombing without casualties": "وانفجرت عبوة ناسفة لدى مرور قافلة عسكرية على الطريق الدولي "
    "من دون أن تسفر عن إصابات.",
    "toll before a condemnation": "قتل خمسة أشخاص في تفجير انتحاري استهدف حافلة للركاب أمس، "
    "وأدان رئيس الوزراء الهجوم.",
}

TALK = {
    "condemnation": "وأدان الأمين العام للأمم المتحدة الهجوم الذي أسفر عن مقتل 12 شخصا في "
    "العاصمة.",
    "denial": "ونفت وزارة الدفاع أن يكون خمسة مدنيين قد قتلوا في القصف على القرية.",
    "running toll": "وارتفعت حصيلة ضحايا الهجمات منذ بداية الشهر إلى 150 قتيلا.",
    "cumulative toll": "وقال المتحدث إن 40 جنديا قتلوا في المعارك منذ بداية العام.",
    "threat": "وهدد التنظيم بقتل الرهائن الأربعة إذا لم تستجب الحكومة لمطالبه خلال 48 ساعة.",
    "vow": "وتوعدت الجماعة بشن هجمات جديدة تستهدف قوات الأمن في المدينة.",
    "question": "هل يمكن أن يقتل عشرة أشخاص في هجوم واحد دون أن يتحرك أحد؟",
    "history": "وكان السفير قد اغتيل عام 1984 في هجوم على موكبه في بيروت.",
    "trial": "ومثل خمسة متهمين أمام المحكمة بتهمة قتل ثلاثة رجال شرطة.",
    "backdrop": "وشددت السلطات الإجراءات الأمنية حول السفارات إثر مقتل حارسين الأسبوع الماضي.",
    "release, not shooting": "وأطلق سراح الرهائن الثلاثة بعد مفاوضات استمرت أسبوعا.",
    "figurative explosion": "وانفجر الحضور بالتصفيق عندما دخل الوزير القاعة.",
}


@pytest.mark.parametrize("sentence", REPORTS.values(), ids=list(REPORTS))
def test_reports_are_detected(sentence: str) -> None:
    assert reports_violence(sentence)


@pytest.mark.parametrize("sentence", TALK.values(), ids=list(TALK))
def test_talk_about_violence_is_not(sentence: str) -> None:
    assert not reports_violence(sentence)


def test_evidence_names_the_rule() -> None:
    assert evidence(REPORTS["killing"]) == "toll"
    assert evidence(REPORTS["kidnapping"]) == "act"
    assert evidence(TALK["condemnation"]) is None


def test_trigger_noun_alone_is_not_a_report() -> None:
    """A bombing named but not told (no toll, no finite verb) stays out."""
    assert not reports_violence("وتناول الاجتماع تداعيات التفجير الانتحاري في العاصمة.")


def test_data_file_roles_are_known_and_loaded() -> None:
    rows = read_rows(data_path("detect.csv"))
    assert rows and {row["role"] for _, row in rows} <= set(ROLES)
    assert len(detect_matcher()) > 0


def test_article_phrase_needs_the_article() -> None:
    """`الأحد` (Sunday) is a time of the news day; `أحد` (one of) is not."""
    assert reports_violence("وقالت الشرطة إن موظفا أجنبيا خطف الأحد في وسط المدينة.")
    assert not reports_violence("وقالت الشركة إن خطف أحد عمالها يثير قلق المستثمرين.")


@pytest.mark.parametrize(
    "sentence",
    [
        "وقال مصدر في الشرطة إن جنديا عراقيا قتل في هجوم على دوريته قرب بعقوبة.",
        "واقتحم مسلحون منزلا في الموصل وقتلوا قائدا محليا في الشرطة.",
        "وأصيب سفير أجنبي بجروح عندما تعرض موكبه لإطلاق نار في وسط العاصمة.",
    ],
    ids=["passive, accusative victim", "active, accusative victim", "injured title"],
)
def test_one_named_victim_is_a_toll(sentence: str) -> None:
    """A death or injury told of one person named by a noun is a toll without a number."""
    assert evidence(sentence) == "toll"


def test_victim_beside_a_word_for_the_dead_is_no_toll() -> None:
    """`الشهداء المدنيين` names the dead; it does not report a killing."""
    assert not reports_violence("وزار الوزير أهالي الشهداء المدنيين في المدينة.")


@pytest.mark.parametrize(
    "sentence",
    [
        "من ناحية ثانية فجر انتحاري سيارة مفخخة أمام مطعم شمال المدينة.",
        "وقالت الشرطة إن مسلحين هاجموا مسجدا جنوب العاصمة وأضرموا فيه النار.",
        "وتعرض محافظ المدينة لمحاولة اغتيال صباح أمس.",
    ],
    ids=["transitive bombing", "armed attack", "attempt made"],
)
def test_acts_of_assault_are_found(sentence: str) -> None:
    assert evidence(sentence) == "act"


@pytest.mark.parametrize(
    "sentence",
    [
        "وانتقد المعارض الحكومة وهاجم سياستها الاقتصادية أمام البرلمان.",
        "وغادر الصيادون الميناء فجر أمس قبل أن تشتد العاصفة.",
    ],
    ids=["verbal attack", "dawn"],
)
def test_partner_verbs_alone_are_not_acts(sentence: str) -> None:
    assert not reports_violence(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "وأغلقت السلطات المدارس بعد هجوم انتحاري استهدف حافلة للشرطة مما أسفر عن مقتل 35 "
        "شخصا.",
        "وقال إن الخلية هي المسؤولة عن التفجيرين اللذين أسفرا عن مقتل 8 أشخاص.",
        "وحذر الخبراء من أن أية عملية اجتياح ستؤدي الى مقتل العشرات من الجنود.",
    ],
    ids=["backdrop attack with its toll", "responsibility", "forecast"],
)
def test_toll_of_a_cause_or_a_forecast_is_not_a_report(sentence: str) -> None:
    assert not reports_violence(sentence)


def test_contrast_does_not_veto_a_report() -> None:
    """`لكن` joins two reported facts; it does not make the sentence commentary."""
    assert reports_violence("واختطف مسلحون تسعة عمال صباح أمس، لكن أطلق سراحهم لاحقا.")
