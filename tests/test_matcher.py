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
