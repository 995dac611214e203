from rasd.text.matcher import PhraseMatcher
from rasd.text.normalize import normalize


def test_clitics_and_inflection() -> None:
    matcher: PhraseMatcher[str] = PhraseMatcher()
    matcher.add("قصف", "strike", inflects=True)
    matcher.add("الزبداني", "place")
    view = normalize("وقصفت الطائرات بلدة للزبداني وبالزبداني والقصف مستمر ونقصف").text
    found = [(view[m.start:m.end], m.payload) for m in matcher.find(view)]
    assert ("وقصفت", "strike") in found
    assert ("للزبداني", "place") in found
    assert ("وبالزبداني", "place") in found
    assert ("والقصف", "strike") in found
    # `ن` is not a clitic: `ونقصف` is a different word form, not a match
    assert all(text != "ونقصف" for text, _ in found)


def test_longest_match_wins() -> None:
    matcher: PhraseMatcher[str] = PhraseMatcher()
    matcher.add("قصف", "strike", inflects=True)
    matcher.add("قصف مدفعي", "shelling")
    view = normalize("قصف مدفعي على البلدة").text
    assert [m.payload for m in matcher.find(view)] == ["shelling"]


def test_a_phrase_as_written_wins_over_a_stem_inflected_to_it() -> None:
    matcher: PhraseMatcher[str] = PhraseMatcher()
    matcher.add("تظاهر", "stem", inflects=True)
    matcher.add("تظاهرات", "word")
    assert [m.payload for m in matcher.find("خرجت تظاهرات في حماة")] == ["word"]


def test_a_name_quoted_after_its_head_word_is_the_phrase() -> None:
    matcher: PhraseMatcher[str] = PhraseMatcher()
    matcher.add("قوات النمر", "tiger forces")
    matcher.add("قوات", "forces")
    view = normalize("هاجمت قوات «النمر» القرية وقوات “النمر” أيضاً، ثم قوات أخرى").text
    found = [(view[m.start:m.end], m.payload, m.key) for m in matcher.find(view)]
    assert found[:2] == [('قوات "النمر', "tiger forces", "قوات النمر"),
                         ('وقوات "النمر', "tiger forces", "قوات النمر")]
    assert found[2][1] == "forces"
    # a quote before the head word, or after the phrase's first word of another phrase, is no
    # part of the phrase
    assert [m.payload for m in matcher.find(normalize('"قوات" النمر').text)] == ["forces"]
