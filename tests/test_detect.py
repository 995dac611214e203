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
