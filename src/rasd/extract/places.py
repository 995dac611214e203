"""Which place names in a report are places, what each means, and which only locate others.

Arabic introduces a place in a few ways, and these rules read them rather than trusting every
gazetteer hit (a village may be called `كبيرة`, "big"):

- after an indefinite place noun (`بلدة X`; after `البلدة` the next word is an adjective),
  after a preposition of place (`في X`, `بـX`), or inside a list (`في مدن وبلدات: A, B وC`);
- names the gazetteer lacks are read where Arabic builds one: after a place noun, on a
  generic head after a preposition (`على سد كوكب`), two names side by side;
- a governorate after `ريف`/`محافظة` is a region; a place after a compass word, or named
  right after another (`بلدة الطيبة بالغوطة الغربية`), only locates that other place, which
  is then resolved there;
- namesakes are told apart by the governorate named nearby, closeness to the report's
  unambiguous places, and whether a foreign country is what the paragraph is about.
"""

from __future__ import annotations

import bisect
import itertools
import re
import tomllib
from array import array
from collections import Counter
from collections.abc import Container, Iterable, Mapping, Sequence
from functools import cache, lru_cache
from typing import Any

import regex

from rasd.datafiles import data_path, read_rows
from rasd.extract.dates import past_words, time_heads
from rasd.extract.lexicon import CueEntry, event_words
from rasd.extract.numerals import number_words
from rasd.geo.distance import distance_km
from rasd.geo.foreign import NEIGHBOURS, ForeignPlace
from rasd.geo.gazetteer import Place
from rasd.geo.keys import generic_leading_words, place_prefixes
from rasd.geo.resolve import (
    OneEditIndex,
    PlaceFinder,
    PlaceMention,
    choose_place,
    foreign_rank,
    fuzzy_key_match,
    keep_meanings_spelt_so,
    place_key,
    unambiguous,
    without_article,
)
from rasd.text.matcher import PhraseMatcher, alternation, word_bounds
from rasd.text.normalize import fold
from rasd.text.sentences import Sentence

BACK_SENTENCES = 2  # sentences back `في البلدة` may point across paragraphs
SAME_NOUN_SENTENCES = 5  # ... to a place named with its noun, past places named otherwise
MAX_NAME_WORDS = 6  # the most words a place name has (the gazetteer's longest has six)
_SYRIA_KEY = "سوريه"  # the matching key of سوريا / سورية
# "son of" and the father's name, of one or two words (`بن الخطاب`, `بن عبد الملك`)
_SON_OF = regex.compile(r" (?:بن|ابن) (?:(?:عبد|ابو|ابي) )?\p{L}{2,}+(?!\w)")
_QUARTER_BEFORE = regex.compile(r"(?<!\w)[وفب]?حي (?:ال)?$")  # a quarter's name after its noun
# `وفي العراق،`, `وفي مدينة حلب،`: a place as the frame a sentence opens with
FRAME_OPENING = regex.compile(r"\W*+(?:اما\s++)?و?في\s++(?:(?:مدينه|بلده)\s++)?")
STORY_ABROAD_SENTENCES = 3  # a story told abroad goes on for this many sentences at most
QUARTER_REACH_KM = 15.0  # a quarter lies this close to the town named to locate it
LIST_NAMESAKE_KM = 100.0  # a list member this far from all the others is a namesake
LIST_NAMESAKE_MEMBERS = 40  # lists up to this long are compared member by member (quadratic)
BIG_CITY = 1_000_000  # a foreign city this big is meant even where a Syrian village shares its name
# A foreign city this big is meant over a Syrian hamlet of its name in a report that names
# neither Syria nor any of its governorates (`محاولة اغتيال في النجف`).
TOWN_ABROAD = 150_000
_WORD = regex.compile(r"\w+")
# how far back a compass word's clause is looked for (a clause of news copy is shorter)
_CLAUSE_REACH = 400
# after a plural place noun, what opens a list of names (`القرى أبرزها: `, `منها: `)
# "among them" after a plural noun opens a list of its members (`قرى أبرزها: A، B`, `بلدات عدة
# بينها A وB`)
_AMONG_THEM = ("ابرزها", "منها", "اهمها", "بينها", "بينهما")
_LIST_OPENING = regex.compile(r"\s*+(?:(?:" + "|".join((*_AMONG_THEM, "وهي", "هي"))
                              + r")\s*+)?:\s*+")
_LIST_OPENING_LATER = regex.compile(
    r"(?:\s++(?!(?:و?هي|" + "|".join(_AMONG_THEM) + r")\s*+:)[^\s.:،,]{1,20}+){1,8}+"
    r"\s*+[،,]?\s*+(?:و?هي|" + "|".join(_AMONG_THEM)
    + r")\s*+:\s*+")
# (read from the end of a word, so a run of spaces is read from its start, once)


@cache
def _place_word_table() -> dict[str, Any]:
    """`place_words.toml` as written: its word lists and its two tables."""
    return tomllib.loads(data_path("place_words.toml").read_text(encoding="utf-8"))


@cache
def place_words() -> dict[str, frozenset[str]]:
    """The word lists of `place_words.toml` (the grammar of place names), folded."""
    return {name: frozenset(fold(word) for word in words)
            for name, words in _place_word_table().items()}


_WORDS = place_words()
_ESPECIALLY = _WORDS["especially_words"]
# between two items of a list: a comma, و or both (and "especially" after a comma: `، ولا سيما
# الحميدية وعرجون`, `، وخاصة الحميدية`)
_LIST_SEPARATOR = regex.compile(
    r"(?<!\s)(?:\s*+(?:,|،)\s*+(?:و\s*+)?(?:(?:لا\s*+)?(?:" + "|".join(sorted(
        _ESPECIALLY, key=len, reverse=True)) + r")\s++)?|\s++و(?=\w)|\s++و\s++)")
# what may stand between two places of one list: commas, و, "the outskirts of the villages"
# (possessive: the runs of glue never give back what the next part could take, so a long
# stretch of `و و و` is read once, not once per way of cutting it)
# a list item's count in brackets (`حمورية (١٧ قتيلاً)`)
_BRACKETED_COUNT = regex.compile(r"\s*+\(\s*+\d[^()\n]{0,20}\)")
_LIST_GLUE = regex.compile(
    r"^(?=.*[,و])(?:\s++(?:" + "|".join(sorted(_WORDS["facility_adjectives"]))
    + r")(?=[\s,،]))?+[\s,،:;و\-\"«»“”()]*+(?:و?(?:اطراف|محيط)\s++)?"
    r"(?:و?(?:قري|قرى|قريه|بلده|بلدات|مدن|مدينه|حي|احياء|منطقه|ناحيه|مخيم)\s++)?"
    r"[\s,،:;و\"«»“”()]*+"
    # the next name's article, which the place matcher leaves out of its core (`كفريا والفوعة`)
    # (quotes may wrap each name: `قرية "الزلاقيات" و"زلين"`)
    r"(?:(?<=[\sو\"«“(])ال)?$"
)


@cache
def countryside_adjectives() -> dict[str, str]:
    """`الحلبي` → the key of `حلب`: the governorate whose countryside `الريف الحلبي` is."""
    return {fold(adjective): place_key(name)
            for adjective, name in _place_word_table()["countryside_adjectives"].items()}


@cache
def border_counterparts() -> dict[str, str]:
    """The key of a Turkish border town → the P-code of the Syrian town facing it."""
    return {place_key(name): pcode
            for name, pcode in _place_word_table()["border_counterparts"].items()}


_FACING_BEFORE = regex.compile(  # `المقابلة لمدينة`, `قبالة بلدة`
    r"(?:^|\s)(?:" + "|".join(sorted(_WORDS["facing_words"], key=len, reverse=True))
    + r")\s+(?:ل?\S+\s+)?$")
_COUNTRYSIDE = re.compile(  # stdlib, from the literal ريف: scans the whole view fast
    r"ريف\s+(?P<adjective>"
    + "|".join(sorted(map(re.escape, countryside_adjectives()), key=len, reverse=True))
    + r")(?!\w)")
_COUNTRYSIDE_PREFIX = re.compile(r"(?:^|(?<=\s))[وفب]?(?:ال)?$")  # what may stand before ريف
_RELATIVE_PREPOSITIONS = _WORDS["relative_prepositions"]
_PRONOUN_ENDINGS = tuple(sorted(_WORDS["pronoun_endings"]))
# "around it" after a list item (`والأحراج المحيطة بها`): the item is the land around the
# place before, no place of its own
_AROUND_IT = regex.compile(r"\s++(?:" + alternation(map(fold, _WORDS["around_words"]))
                           + r")\s++(?:ب|ل)(?:ها|ه|هما|هم)(?!\w)")
# a town's or a quarter's parts with its pronoun (`ومحيطه`): they point back, never a name
_PARTS_WITH_PRONOUN = frozenset(fold(w) for w in _WORDS["back_reference_parts"])
_UNIT_NOUNS = _WORDS["unit_nouns"]
_AREA_NOUNS = _WORDS["area_nouns"]
_REGION_HEADS = _WORDS["region_heads"]
# generic words that begin with a clitic's letter: read whole, never as clitic + a name
_CLITIC_LOOKALIKES = frozenset(
    w for w in _REGION_HEADS | _WORDS["unit_nouns"] | _WORDS["village_nouns"]
    if w[:1] in "وفبل") | {fold(w) for w in _WORDS["clitic_lookalikes"]}
_VILLAGE_NOUNS = _WORDS["village_nouns"]
_SETTLEMENT_NOUNS = _WORDS["settlement_nouns"]
# what may stand between two places a movement went to (`باتجاه معسكر المسطومة ومدينة أريحا`)
_DESTINATION_GLUE = frozenset(("", *(fold(w) for w in _SETTLEMENT_NOUNS)))
_TOWN_KINDS = frozenset({"community", "locality"})
LOCATED_KM = 10.0  # of distance to the place that locates a name: a point per 10 km
NEAR_CITY_KM = 25.0  # how far from a city a place `قرب` it may lie, over a governorate line
# ... and one to a side of it, when none of its name lies in the city's governorate
BEYOND_CITY_KM = 90.0
LISTED_KM = 20.0  # of distance to the place listed right before a name: a point per 20 km
_CITY_LOOKBACK = 40  # mentions a neighbourhood looks back over for its city (bounded: linear)
_CAPITAL_KEY = place_key("العاصمة")
_SEAT_WORDS = _WORDS["seat_words"]
_SEAT_TAKEN_BEFORE = regex.compile(
    r"(?<!\S)[وف]?(?:" + alternation(_WORDS["seat_taking_verbs"]) + r")(?:\s+\S+){0,3}?\s+من"
    r"(?:\s+\S+)?\s+$")
_SEAT_TAKEN_AFTER = regex.compile(
    r"(?:\s+\S+){0,2}?\s+(?:" + alternation(_WORDS["seat_taken_nouns"]) + r")(?!\S)")
_SURROUNDINGS_NOUNS = _WORDS["surroundings_nouns"]
_IN_NEXT = regex.compile(r"\s{1,3}+في\s")  # `... في بلدة X`: what stands in a place
# ... or in the middle of one, inside it or by it (`محيط فرن وسط مدينة أريحا`)
_STANDS_IN_NEXT = regex.compile(r"\s{1,3}+(?:في|وسط|داخل|قرب)\s")
# `محيط فرن الحي`: the quarter's bakery, a building of the place told before
_DEFINITE_PLACE_NEXT = regex.compile(r"\s{1,3}+ال(?:حي|بلده|مدينه|قريه|مخيم)(?!\w)")
_DEFINITE_WORD_NEXT = regex.compile(r"\s{1,3}+ال\w")  # a definite word: a construct's second
_REPORTER_WORDS = _WORDS["reporter_words"]
# activists or sources a verb of telling quotes (`أفاد ناشطون في حوران`, `قال ناشطون معارضون`)
QUOTED_SOURCES = frozenset(fold(w) for w in _WORDS["quoted_sources"])
_QUOTING_VERBS = frozenset(fold(w) for w in _WORDS["quoting_verbs"])
_OUTLET_NOUNS = _WORDS["outlet_nouns"]
_OUTLET_AFTER = regex.compile(
    r"[\"»”]?+ (?:" + alternation(_WORDS["outlet_adjectives"] | _WORDS["outlet_numbers"])
    + r")(?![\p{L}0-9])")
_ADDRESSED_AFTER = _WORDS["addressed_after"]
# `الضفة الغربية لنهر الفرات`: a river's bank, not the West Bank
_RIVER_AFTER = regex.compile(
    r"\s{1,3}+(?:" + "|".join(sorted((fold(w) for w in _WORDS["river_after"]), key=len,
                                      reverse=True)) + r")(?!\w)")
_OFFICE_BEFORE = regex.compile(
    r"(?:^|\s)[وفل]?(?:ال)?(?:" + "|".join(sorted((regex.escape(w) for w in _WORDS["office_words"]),
                                               key=len, reverse=True)) + r")\s+$")


def _phrases_before(words: Iterable[str]) -> str:
    """The pattern of phrases that end right before a word (`المنحدر من `), maybe behind the
    conjunction (`وهتفت لحي بابا عمرو`)."""
    return r"(?:^|\s)[وف]?(?:" + "|".join(sorted((
        # (a phrase ending in ` ل` takes it glued to the next word: `نصرة لمدينة حلب`)
        regex.escape(w[:-2]) + r"\s+(?:ل(?=\S))?" if w.endswith(" ل")
        else regex.escape(w) + r"\s+"
        for w in words), key=len, reverse=True)) + ")"


_ORIGIN_PHRASES = _phrases_before([*_WORDS["home_words"], *_WORDS["origin_words"]])
# a person's home, right before its name or its noun (`تنحدر من ريف دير الزور`)
_HOME_RIGHT_BEFORE = regex.compile(_phrases_before(_WORDS["home_words"]) + r"(?:[^\s,،]+\s+)?$")
# (`يعمل في مشفى بلدة X`: a facility, then a place noun)
# (no word past a comma: `انطلاقا من حي الشيخ مقصود، أحياء الشيخ فارس`, the places entered)
_ORIGIN_BEFORE = regex.compile(_ORIGIN_PHRASES + r"(?:[^\s,،]+\s+){0,2}$")
# the phrase right before the name, or before its place noun (`من مواقعها في قرية X`)
_ORIGIN_RIGHT_BEFORE = regex.compile(_ORIGIN_PHRASES + r"(?:[^\s,،]+\s+)?$")
_PEOPLE_FROM = regex.compile(
    r"(?:^|\s)(?:[وفبل]?(?:ال)?(?:" + "|".join(sorted(_WORDS["people_from"], key=len,
                                                     reverse=True))
    # (and the person's name after the word: `الشاب محمد العلي من بلدة X`)
    + r"|\d{1,4})(?:\s{1,3}+\p{L}{2,12}+){0,3}?\s{1,3}+من\s{1,3}+(?:(?:ابناء|اهالي|سكان)\s{1,3}+)?"
    # (`ناشط إعلامي من أبناء مدينة الأتارب`: "of the sons of", whoever the man)
    + r"|من\s{1,3}+(?:ابناء|اهالي|سكان)\s{1,3}+)(?:\p{L}{1,12}\s{1,3}+)?$")
# a person told by his noun and his first name (`قتل الشاب عمر حاج قاسم`): a place's name right
# after is his family's name, no place
_PERSON_NAMED_BEFORE = regex.compile(
    r"(?:^|\s)[وبل]?(?:" + alternation(map(fold, _WORDS["person_nouns"]))
    + r")(?:\s{1,3}+(?!(?:من|في|على|الى|قرب|بين|عند|داخل)\s|و|(?:"
    + alternation(map(fold, (*_WORDS["village_nouns"], *_WORDS["unit_nouns"])))
    + r")\s)\p{L}{2,12}+){1,2}\s{1,3}+$")
# whose sons the dead told before were (`وهم من أبناء مدينتي داريا ومعضمية الشام`): their
# home, no place of the event
# (their names may stand between: `وهما أحمد وخليل من أبناء بلدة انخل`; or `أنه`: `وتبين أنه من
# أبناء مدينة صلخد`)
_HOME_TOLD_AFTER = regex.compile(
    r"(?:^|\s)و?(?:هم|هو|هي|هما|انه|انها|انهم|انهما)(?:\s{1,3}+[^\s.،,]{1,20}+){0,4}?"
    r"\s{1,3}+من\s{1,3}+(?:ابناء|اهالي|سكان)\s{1,3}+(?:\p{L}{1,12}\s{1,3}+)?$")


def _home_told_after(view: str, start: int) -> bool:
    window = view[max(0, start - 80):start]
    return " من " in window and _HOME_TOLD_AFTER.search(window) is not None


HOME_REACH = 10  # words from people's home town to where they were met (a region between)
# where people were met or struck, before the next place (`عند حاجز في`, `بقصف على بلدة`,
# `عند مدخل مدينة`)
# (`على حاجز مدخل مدينة الصنمين`: three words between)
_WHERE_BEFORE = regex.compile(
    r"(?:^|\s)(?:في|عند|علي|قرب|بالقرب\s+من)\s{1,3}+(?:\p{L}{1,12}\s{1,3}+){0,3}$")
# what people were met at, then `قرب` (`على حاجز قرب بلدة`, `عند حاجز بالقرب من`)
_MET_NEAR = regex.compile(
    r"(?:^|\s)(?:علي|عند|في)\s{1,3}+\p{L}{1,12}\s{1,3}+(?:قرب|بالقرب\s{1,3}+من)\s{1,3}+"
    r"(?:\p{L}{1,12}\s{1,3}+)?$")
_TWO_COUNTRYSIDES_BEFORE = regex.compile(r"(?:^|\s)[وفب]?ريفي\s{1,3}+$")
_HARMED_BY = regex.compile(r"(?<!\w)(?:" + alternation(map(fold, _WORDS["harmed_by"])) + r")(?!\w)")
_SONS_OF = regex.compile(r"(?:^|\s)من\s{1,3}+(?:ابناء|اهالي|سكان)\s{1,3}+(?:\p{L}{1,12}\s{1,3}+)?$")
_AT_RIGHT_BEFORE = regex.compile(r"(?:^|\s)عند\s{1,3}+(?:\p{L}{1,12}\s{1,3}+){0,3}$")
_NEAR_RIGHT_BEFORE = regex.compile(
    r"(?:^|\s)(?:قرب|بالقرب\s{1,3}+من)\s{1,3}+(?:\p{L}{1,12}\s{1,3}+)?$")
# `حي`، `بحي`، `وحي`، `الحي` right before a name: a neighbourhood
# حي, its dual حيي, its plural أحياء
_FIRE_VERB = regex.compile(
    r"(?:^|\s)[وف]?(?:" + "|".join(sorted(_WORDS["fire_verbs"], key=len, reverse=True))
    + r")\s")
_FIRE_OR_ADVANCE = regex.compile(
    r"(?:^|\s)[وفب]?(?:" + "|".join(sorted(_WORDS["fire_verbs"] | _WORDS["advance_from_words"],
                                          key=len, reverse=True)) + r")\s")
_PARTITIVE_WORDS = _WORDS["partitive_words"]
_SOURCE_WORDS = _WORDS["source_words"]
_FROM_WORDS = _SOURCE_WORDS | {"من"}
_STATIONED = regex.compile(
    # (`في`, `بـ`, or `على` the outskirts: `المتمركزون على أطراف حي بني زيد`; not `على حاجز`,
    # where the deed was done)
    r"(?:^|\s)[و]?(?:" + "|".join(_WORDS["stationed_words"]) + r")\s+(?:[فب]ي?\s*|علي\s+(?=(?:"
    + "|".join(_WORDS["outskirts"]) + r")\s))?"
    # (posts named first, then the villages: `في الحواجز المحيطة وفي قريتي القبو وفلة`)
    r"(?:(?:ال\S+\s+){1,2}و[فب]ي?\s*)?"
    # (`في قواعده في مدينة اعزاز`, `في معسكر جورين`: its bases, a camp of it)
    r"(?:(?:" + "|".join(_WORDS["stationed_at"]) + r")\s+(?:[فب]ي?\s*)?)?"
    # (the second post of two: `في حاجز زلين ومعسكر بريديج`)
    r"(?:\S+\s+و(?:" + "|".join(_WORDS["stationed_at"]) + r")\s+)?"
    # (a base told by its number, then its town: `في اللواء 12 بمدينة إزرع`)
    r"(?:\S+\s+\d+\s+(?:[فب]ي?\s*))?"
    r"(?:(?:" + "|".join(_WORDS["outskirts"]) + r")\s+)?"
    r"(?:(?:" + "|".join([*_WORDS["settlement_nouns"], *_WORDS["settlement_list_nouns"], "حي",
                          "منطقه", "مخيم"]) + r")\s+)?$")
# (`برصاص قناصة قوات النظام المتمركزين في حي الجورة`: whose fire it was)
_BY_FORCE = regex.compile(
    r"(?:^|\s)(?:من قبل|من|برصاص|لقناصه|قناصه|قناص|و?بنيران|و?بقذائف)\s+\S+(?:\s+\S+){0,3}\s*$")
_FIRED_TOWARDS = regex.compile(r"\s++(?:[^\s.،,؛]++\s++){0,3}+")  # what stands before the target
_BORDERING_BEFORE = regex.compile(  # `المحاذي لبلدة X`, `المتاخمة لـX`
    r"(?:^|\s)(?:" + "|".join(sorted(_WORDS["bordering_words"], key=len, reverse=True))
    + r")\s+(?:ل\S+\s+)?$")
_IDIOM = re.compile(  # stdlib: scans the whole view (a conjunction may stand before)
    r"(?<!\w)[وف]?(?:" + "|".join(sorted((re.escape(w) for w in _WORDS["idioms"]), key=len,
                                         reverse=True)) + r")(?!\w)")
_BORDERING_STEMS = ("محاذ", "متاخم")  # what every bordering word holds: a cheap test first


def _bordering(view: str, position: int) -> bool:
    """Right after a word of bordering (`المحاذي لبلدة`)?"""
    window = view[max(0, position - 24):position]
    return any(stem in window for stem in _BORDERING_STEMS) and \
        _BORDERING_BEFORE.search(window) is not None


# a word every idiom holds (its longest), to skip the scan in a report with none
_IDIOM_WORDS = frozenset(max(idiom.split(), key=len) for idiom in _WORDS["idioms"])
_NEIGHBOURHOOD_BEFORE = regex.compile(r"(?:^|\s)[وفب]?(?:ال)?(?:حيي?|احياء)\s+$")
_QUARTERS_DUAL = regex.compile(r"(?:^|\s)[وفب]?حيي\s+$")
_FACILITY_NOUNS = _WORDS["facility_nouns"]
_ARTICLE = re.compile(r"[وف]?(?:[بكل]?ال|لل)")  # a word's article, behind its clitics
_FRONT_NOUNS = _WORDS["front_nouns"]
_FIELD_NOUNS = _WORDS["field_nouns"]
_FIELD_ADJECTIVES = _WORDS["field_adjectives"]
_PLURAL_NOUNS = _WORDS["plural_nouns"]
_EACH = _WORDS["each_words"]  # `كل من`, `كلاً من` (its tanween folded away, its alif kept)
_FOLLOWING = _WORDS["following_words"]  # `البلدات التالية:`
_PLURAL_ADJECTIVES = _WORDS["plural_adjectives"]
_SINGULAR_NOUNS = _WORDS["singular_nouns"]
_HOSPITALS = _WORDS["hospital_nouns"]
_BUILDINGS = frozenset(fold(w) for w in _WORDS["building_nouns"])
_SINGULAR_ADJECTIVES = _WORDS["singular_adjectives"]
_APPOSITIVE_NOUNS = _WORDS["appositive_nouns"]
_ADVERBS_AFTER_NAME = _WORDS["adverbs_after_name"]
_SETTLEMENT_LIST_NOUNS = _WORDS["settlement_list_nouns"]
# a capital right after words of backing or holding: the government it is the seat of
_GOVERNMENT_NAMED = regex.compile(
    r"(?:^|\s)[وفلب]?(?:" + alternation(fold(w) for w in _WORDS["government_words"])
    + r")\s++$")
_BLOW_TO = regex.compile(r"(?:^|\s)[وفب]?(?:" + alternation(fold(w) for w in _WORDS["blow_words"])
                         + r")(?:\s++[^\s.،,]++)?\s++$")
_GOVERNMENTS_PAIRED = regex.compile(
    r"(?:^|\s)[وفل]?(?:" + alternation(fold(w) for w in _WORDS["government_words"])
    + r")\s++\S{2,20}+\s++$")
# the unit the place before belongs to (`التابعة لناحية`, `في مقاطعة`)
_CONTAINER_BEFORE = regex.compile(
    r"(?:^|\s)(?:" + alternation(fold(w) for w in _WORDS["container_words"]) + r")\s*+$")
# a place in the clause after a word of distance is where the distance is told from
_DISTANCE_FROM = regex.compile(
    r"(?:^|\s)(?:" + alternation(_WORDS["distance_words"]) + r")\s[^.,;\n]*+$")
# how many key comparisons `_resolve` makes directly before it builds a `OneEditIndex`
_DIRECT_COMPARISONS = 20_000
# a report naming one country's places this many times as often as Syria's tells of that
# country: its names with only Syrian villages for namesakes are that country's
REPORT_ABROAD_TIMES = 3
# a word of Syria itself (`سوريا`, `السورية`): no place mention, but the story is at home
SYRIA_WORD = re.compile(r"(?<!\w)[وبلف]?(?:ال)?سوري\w*")
# a definite place noun after a preposition of place (`في المدينة`, `على البلدة`)
CITY_LEVELS = (1, 2)  # OCHA capital levels of a governorate's or a district's seat: cities
# a side of a town with its compass adjective (`الأحياء الشمالية`, `الأطراف الجنوبية الغربية`)
_SIDE_NOUNS = "(?:" + "|".join(sorted(_WORDS["back_reference_sides"], key=len, reverse=True)) + ")"
_SIDE = (_SIDE_NOUNS + r"(?:(?:\s+ال(?:شمال|جنوب|شرق|غرب)(?:ي|يه)){1,2}|\s+(?:"
         + alternation(_WORDS["back_reference_side_ordinals"]) + r"))")
# a side word read as a name, then its compass adjective and whose side it is (`في الحارة
# الشمالية للبلدة`): a part of the town named after it or pointed back to, no village `الحارة`
_SIDE_AT = regex.compile(r"[وفب]?" + _SIDE + r"\s++(?:ل|من\s)")
# ... or told by which one it is, a side of the place a noun points back to (`البوابة الرئيسية
# للسجن`; not before a name: `المدخل الرئيسي للسجن` says nothing of a village `السجن`)
_SIDE_TOLD = _SIDE_NOUNS + r"\s+(?:" + alternation(_WORDS["back_reference_side_adjectives"]) + ")"
_BACK_REFERENCE = re.compile(  # stdlib: scans the whole view, faster than `regex`
    r"(?<!\w)(?:(?:[وف]?(?:" + "|".join(sorted(_WORDS["back_reference_heads"]
                                              | _WORDS["back_reference_compass"], key=len,
                                              reverse=True)) + r"))\s+|[وف]?ب"
    r"|[وف]?(?:" + "|".join(sorted(_WORDS["back_reference_deeds"], key=len, reverse=True))
    + r")(?:\s+[^\s.,،؛:!?؟]+){0,3}?\s+"
    # `الأحياء الشمالية للمدينة`: a side of the town (`لل` is the noun's article behind ل)
    r"|(?:" + _SIDE + "|" + _SIDE_TOLD + r")\s+(?:(?=لل)|من\s+))"
    r"(?P<noun>(?:ال|لل)(?:مدينه|بلده|قريه|مخيم|حي|بلدتين|مدينتين|قريتين|مطار|معسكر|معبر|تله"
    r"|جسر|سجن)(?!\w)"
    # `في المنطقة نفسها`: "the same area" points back too
    r"|ال(?:مدينه|بلده|قريه|مخيم|منطقه)\s+(?:نفسها|ذاتها|نفسه|ذاته)(?!\w))"
    # `على أحيائها`: a town's parts with its pronoun (no place noun: the last place named)
    r"|(?<!\w)[وفب]?(?P<part>" + "|".join(fold(w) for w in _WORDS["back_reference_parts"])
    + r")(?!\w)")
# a person's nationality, before its people's adjective (`يحمل الجنسية التونسية`)
_NATIONALITY_BEFORE = regex.compile(r"(?<!\w)(?:" + alternation(_WORDS["nationality_nouns"])
                                    + r")\s++$")
# a camp's sectors by their number, no place after them (`في القطاعين الثالث والسادس`)
_CAMP_SECTOR = regex.compile(
    r"(?<!\w)[وف]?(?:في|ب)\s++(?P<sector>(?:ال)?قطاع(?:ين|ات)?+\s++(?:" + alternation(
        _WORDS["back_reference_side_ordinals"]) + r"))(?!\w)"
    r"(?:[\s,،]++و?(?:ال)?(?:" + alternation(_WORDS["back_reference_side_ordinals"])
    + r")(?!\w))*+(?!\s++(?:من|في|ب)(?:\s|ال))")
# a side of a town before its name (`الأطراف الغربية لمضايا`, `الحي الغربي من مضايا`)
_SIDE_OF = regex.compile(r"(?:^|\s)[وفب]?" + _SIDE + r"\s+(?:من\s+)?$")
_SENTENCE_END = regex.compile(r"[\n.!?؟؛]")
# a word shaped as a verb in the past, third person (`دمرت`, `فتشت`, `قصفوا`): no name
_PAST_VERB_SHAPE = regex.compile(r"\p{L}{3,4}(?:ت|وا)")
SIDE_GAP = 2  # words between a quarter and the side of its city (`بالكامل في`)
_SIDE_OF_CITY = regex.compile(r"(?:^|\s)[وفب]?(?!الريف\s)" + _SIDE
                              + r"\s+(?:لمدينه|من\s+مدينه)\s+$")
# `بريف المحافظة`, `في المحافظة`: the governorate named before (not `بالمحافظة على`, "keeping")
# and `في الريف الغربي للمحافظة`, its countryside
_NEAR_PREPOSITIONS = frozenset(fold(w) for w in _WORDS["near_prepositions"])
NEAR_PHRASE_WORDS = 4  # `على مقربة من بلدة`: the words of a near-phrase and its place noun
_CITY_AREAS = regex.compile(r"(?<!\w)[وفب]?(?P<core>" + alternation(_WORDS["city_areas"])
                            + r")(?!\w)")
# what a unit is said to comprise (`الذي يضم بلدات`, `وتشمل قرى`)
_COMPRISES = regex.compile(r"(?<!\w)(?:(?:الذي|التي)\s++)?و?(?:" + alternation(
    _WORDS["comprise_words"]) + r")\s++")
_COMPASS_HEADS = _WORDS["back_reference_compass"]
_CAMP_NOUNS = _WORDS["camp_nouns"]
# the nouns after which a name no gazetteer knows is a town's or a quarter's, that the report
# may name again bare
_NAMED_AGAIN_NOUNS = frozenset(fold(w) for w in _WORDS["named_again_nouns"])
_PROVINCE_REFERENCE = re.compile(
    r"(?<!\w)(?:في\s+|[وف]?ب)(?P<noun>(?:ريف\s+)?المحافظه"
    r"|(?P<countryside>(?:ال)?ريف(?:\s+ال(?:شمالي|جنوبي|شرقي|غربي)){1,2}\s+للمحافظه))"
    r"(?!\w)(?!\s+علي(?!\w))")
# the place nouns a back-reference names (`البلدة`), by the forms that introduce a place
_NOUN_OF = {"مدينه": "مدينه", "مدينتي": "مدينه", "بلده": "بلده", "بلدتي": "بلده",
            "قريه": "قريه", "قريتي": "قريه", "مخيم": "مخيم", "مخيمي": "مخيم", "حي": "حي",
            "حيي": "حي", "حيا": "حي", "مطار": "مطار", "معسكر": "معسكر", "معبر": "معبر",
            "سجن": "سجن"}
# nouns of a base or a border crossing that point back only to a place named with them (`مطار
# أبو الظهور` ... `قصفت الفصائل المطار`, `معبر باب الهوى` ... `في محيط المعبر`), never to
# whatever place was named last
_FACILITY_BASES = frozenset({"مطار", "معسكر", "معبر"})
# the nouns a city may be named with where `المدينة` points back to it (`مطار تدمر`)
_CITY_NAMERS = frozenset({"مدينه", *_FACILITY_BASES})
# nouns a place is named with that `the <noun>` points back to (`في محيط التلة` after `تلة
# مشته نور`, `محيط السجن` after `سجن غويران`): bases, hills, bridges, prisons
_BASE_NOUNS = frozenset({*_FACILITY_BASES, "تله", "جسر", "سجن"})
# `في محيط البلدتين`: the dual points back to the last two towns named with the noun
# (`القريتين` only where two villages were named with `قريتي`: else it is the town of Homs,
# read after `مدينة`)
_DUAL_OF = {"بلدتين": "بلده", "مدينتين": "مدينه", "قريتين": "قريه"}
# the construct duals that name two places (`قريتي A وB`), and the second's `و` + one word
# place nouns a gazetteer name may begin with (`مخيم اليرموك`, `حي الزهراء`): the noun is
# part of the name, no common word in it
_NAMED_WITH_NOUN = frozenset({"مخيم", "حي"})
# the dual of a facility noun before two towns (`مطاري دمشق وحلب الدوليين`): each town's one
_FACILITY_OF_DUAL = {"مطاري": "مطار", "معبري": "معبر", "قاعدتي": "قاعده"}
_DUAL_FACILITY = regex.compile(
    r"(?<!\w)[وبل]?(?P<noun>" + "|".join(_FACILITY_OF_DUAL) + r")\s(?P<first>\p{L}{3,}+)"
    r"\s{1,3}+و(?P<second>\p{L}{3,}+)(?:\s(?P<adjective>ال\p{L}+ين))?")
_PAIR_NOUNS = frozenset({"قريتي", "بلدتي", "مدينتي", "حيي", "حيا", "مخيمي", "منطقتي", "حقلي"})
# two villages told before (`قريتي A وB`, `قريتين`): `القريتين` after it points back to them
_TWO_NAMED = regex.compile(r"(?<!\w)[وفب]?(?:قريتي|قريتا|قريتين)(?!\w)")
_SECOND_OF_PAIR = regex.compile(
    r"\s++و(?P<name>\p{L}++)(?:\s++(?P<more>\p{L}++))?(?=[\s.,،؛:)\"»]|$)")
_TITLES = _WORDS["titles"]
_NAME_OPENERS = _WORDS["name_openers"]
_OUTSKIRTS = _WORDS["outskirts"]
_ADJACENT_WORDS = _WORDS["adjacent_words"]
_BETWEEN_WORDS = _WORDS["between_words"]
_ALIAS_WORDS = _WORDS["alias_words"]
_TAKEN_TO_SEATS = frozenset(fold(w) for w in _WORDS["taken_to_seats"])
_TO_BEFORE = regex.compile(r"(?:^|\s)الي\s++$")  # (`إلى`, folded)
# ... and a place's other name, its noun and all (`سجن غويران المعروف باسم سجن الصناعة`)
_ALIAS_BEFORE = regex.compile(r"(?<!\w)(?:" + alternation(_ALIAS_WORDS)
                              + r")(?:\s++باسم)?\s++$")
_NAME_ADJECTIVES = _WORDS["name_adjectives"]
_LOCATIVES = _WORDS["locatives"]
# `جبهة الفوج 46`: a unit's number after its noun, read as a place's name
_UNIT_NUMBER_AFTER = regex.compile(r" \d{1,4}+(?!\w)")
_UNIT_NOUNS_BY_NUMBER = frozenset(fold(w) for w in _WORDS["units_by_number"])
_STOP_AFTER_CUE = _WORDS["stop_words"]
_LANDMARK_NOUNS = frozenset(fold(w) for w in _WORDS["landmark_nouns"])
# a place said to lie near Syria's border, or some way from it, lies across it
_NEAR_WORDS = sorted(_WORDS["near_words"], key=len, reverse=True)
_NEAR_SYRIAS_BORDER = regex.compile(
    r"[^.,،\n]{0,40}?(?<!\w)(?:" + "|".join(map(regex.escape, _NEAR_WORDS))
    + r")\w*[^.,،\n]{0,30}?(?<!\w)(?:من|عن)\s+الحدود\s+(?:السوري|مع\s+سوري)")


class PlaceReader:
    """Reads the places of a report: finds, filters, gives roles and resolves them."""

    def __init__(self, places: PlaceFinder, cues: PhraseMatcher[CueEntry]) -> None:
        self.places = places
        self.cues = cues
        self.admin_keys = (places.gazetteer.admin_keys("admin1")
                           | places.gazetteer.admin_keys("admin2"))
        self._generic_keys = frozenset(
            place_key(entry.phrase) for entry in self.cues.payloads()
            if entry.cue in ("place", "region", "direction")
        ) | frozenset(place_key(w) for w in generic_leading_words())
        self._demonyms = {fold(row["adjective"]): row["country"]
                          for _, row in read_rows(data_path("demonyms_ar.csv"))}
        # and the dual of the feminine, after two places (`بلدتي القصر والقاع اللبنانيتين`)
        self._demonyms |= {adjective[:-1] + dual: country
                           for adjective, country in list(self._demonyms.items())
                           if adjective.endswith("يه") for dual in ("تين", "تان")}
        self._country_names: dict[str, list[str]] = {}
        self._neighbours: set[str] = set()  # countries whose forces fight at the border
        for _, row in read_rows(data_path("countries_ar.csv")):
            if row["iso2"] in NEIGHBOURS:
                self._neighbours.add(row["country_en"])
            name = fold(row["name_ar"])
            self._country_names.setdefault(row["country_en"], []).append(name)
            if name.endswith("يا") and " " not in name:
                # `الإسبانية`, `إيطالية`: the feminine adjective of a country in -iya shares
                # its name's key (`إسبانيا`); it names a nationality, never the country
                for adjective in ("ال" + name[:-1] + "ه", name[:-1] + "ه"):
                    self._demonyms.setdefault(adjective, row["country_en"])
        for adjective, nation in self._demonyms.items():
            self._country_names.setdefault(nation, []).append(adjective)
        # Syria and its governorates as the view spells them (`درعا`, `دير الزور`), as whole
        # words behind a clitic or the article (`بالرقة`, not the `رقه` of `حرقه`)
        governorates = sorted({fold(name).removeprefix("ال") for name, key
                               in places.gazetteer.names() if key in places.admin1_by_key},
                              key=len, reverse=True)
        self._syria_words = re.compile(
            r"(?<!\w)[وبلف]?(?:ال)?(?:سوري\w*|"
            + "|".join(re.escape(name) for name in governorates) + r")(?!\w)")
        # each governorate's own city (OCHA capital level 1), where its neighbourhoods lie
        self._capitals: dict[str, Place] = {}
        for key, region in places.admin1_by_key.items():
            for place in places.gazetteer.candidates(key):
                if place.admin1 == region and place.capital_level == 1 \
                        and place.kind in _TOWN_KINDS:
                    self._capitals.setdefault(region, place)
        self._sorted_keys = sorted(places.gazetteer.keys())
        self._keys_by_admin1: dict[str, list[str]] = {}
        self._edit_indexes: dict[str, OneEditIndex] = {}
        for key in self._sorted_keys:
            for region in {p.admin1 for p in places.gazetteer.candidates(key) if p.admin1}:
                self._keys_by_admin1.setdefault(region, []).append(key)
        self._city_nouns = frozenset(fold(w) for w in ("مدينة", "مدينه", "المدينة"))
        self._place_heads = frozenset(place_prefixes()) - {"حي", "مخيم"}
        self._head_words = re.compile(  # stdlib: several times faster here than `regex`
            r"(?<!\w)[بو]?(?:" + "|".join(sorted(map(re.escape, self._place_heads), key=len,
                                             reverse=True)) + r")(?!\w)")
        self._place_noun_words = frozenset(
            fold(e.phrase) for e in self.cues.payloads() if e.cue == "place")
        listed = [line.split("#", 1)[0].strip() for line in
                  data_path("not_places.txt").read_text(encoding="utf-8").splitlines()]
        self._not_places = frozenset(place_key(w) for w in listed if w and w[0] != "!")
        # (a `!` word only without the article: `قصير` "short", but `القصير` the town)
        self._bare_not_places = frozenset(place_key(w[1:]) for w in listed if w[:1] == "!")

    def _introduced(self, view: str, mention: PlaceMention, place_nouns) -> bool:
        """A place noun before the name, or a nationality after it, says it is a place."""
        nationality = _next_word(view, mention.end)
        return _after_place_noun(view, mention.start, place_nouns) or (
            nationality in self._demonyms or nationality.startswith("السوري"))

    def _common_word(self, text: str) -> bool:
        """A word listed as no place name, also behind the conjunction (`قرية وموقعا`:
        a village and a position, not a village called `وموقعا`)."""
        word = text[1:] if text.startswith("و") else text
        return place_key(text) in self._not_places or place_key(word) in self._not_places \
            or place_key(word) in self._bare_not_places and _ARTICLE.match(text) is None

    def read(self, view: str, sentences: list[Sentence], triggers, actors, cues, counts
             ) -> list[PlaceMention]:
        """Place names that are places here: a name that is also a common word (`كبيرة`,
        `سيدة`) counts only where Arabic introduces a place: after an indefinite place noun
        (`بلدة X`, `قرية X`), after a locative preposition (`في X`, `على X`, `بـX`), or in a
        list with such a name. Multi-word names and governorate or district names stand on
        their own."""
        found = [self._countryside_side(view, self._head_before_compass(view, m))
                 for m in self.places.find(view)]
        lexical = [(t.start, t.end) for t in triggers] + [
            (m.norm_start, m.norm_end) for m in actors] + [
            (c.norm_start, c.norm_end) for c in cues
            # (a quarter named after a base: `حي الثكنة`, `حي المطار`)
            if not ((c.value.cue == "holding" or c.value.cue == "place"
                     and view.startswith("ال", c.norm_start)) and _QUARTER_BEFORE.search(
                view, max(0, c.norm_start - 6), c.norm_start))] + [
            (q.norm_start, q.norm_end) for q in counts]
        place_nouns = {c.norm_end: c for c in cues if c.value.cue == "place"}
        # `حي كانيه كردا`: the word right after an indefinite place noun is the name itself,
        # with no clitic before it (no `ك` + `انيه`)
        found = [m for m in found if not (
            view[m.start:m.core_start].removesuffix("ال") and view[m.start - 1:m.start] == " "
            and _after_place_noun(view, m.start, place_nouns))]
        region_words = {c.norm_start: c for c in cues if c.value.cue == "region"}
        cue_at = {c.norm_end: c.value.cue for c in cues}
        generic = self._generic_keys
        lexical_mask = bytearray(len(view) + 1)
        for s, e in lexical:
            lexical_mask[s:e] = b"\1" * (e - s)
        # where the actor over each character ends and begins (a name a force bears)
        actor_cover = array("l", [0]) * (len(view) + 1)
        actor_begins = array("l", [0]) * (len(view) + 1)
        for a in sorted(actors, key=lambda a: a.norm_end - a.norm_start):  # longest last
            width = a.norm_end - a.norm_start
            actor_cover[a.norm_start:a.norm_end] = array("l", [a.norm_end]) * width
            actor_begins[a.norm_start:a.norm_end] = array("l", [a.norm_start]) * width
        kept: list[PlaceMention] = []
        named = _quoted_names(view, [(m.norm_end, m) for m in actors] + [
            (c.norm_end, c) for c in cues if c.value.cue == "name_head"])
        slogans = _slogans(view)
        found_known = {m.start: m for m in found if m.candidates}

        def generic_word(mention: PlaceMention) -> bool:
            """A generic place word (`القرية`), not a name its key only folds onto (`القريا`:
            the town, spelt with a long a)."""
            return mention.key in generic and not (
                view[mention.end - 1] == "ا" and mention.key.endswith("ه"))

        def word_like(mention: PlaceMention) -> bool:
            """A generic place word, a lexicon word or a common word: no place unless a
            place noun introduces it."""
            if generic_word(mention) or (not mention.candidates and mention.foreign is None):
                return True
            if actor_cover[mention.start] >= mention.end and (
                    actor_cover[mention.start] > mention.end or actor_begins[mention.start]
                    < mention.start):
                return True  # `حماة الديار`, `مجلس دير الزور العسكري`: a name a force bears
            if mention.key in self.places.admin1_by_key:
                return False  # `بريف دمشق`: a governorate's name, though its first word is a cue
            if view[mention.core_start:mention.end] in _STOP_AFTER_CUE:
                return True  # `بلدة على الحدود`: a preposition is never a name
            if mention.foreign is not None and not mention.candidates and \
                    view[mention.core_start:mention.end] in self._demonyms:
                return True  # `محطة التلفزيون الإسبانية`: a nationality, not Spain
            # the key, or the whole word with its clitic: `وزارة` is no `و` + `الزارة`; a
            # lexicon word after a generic head is part of the name (`جبل الأكراد`)
            head = view[mention.core_start:mention.end].split(" ", 1)
            if len(head) > 1 and head[0] in _NAMED_WITH_NOUN and mention.candidates:
                return False  # `مخيم اليرموك`: a camp's name the gazetteer gives with its noun
            lexical_end = mention.end if len(head) == 1 or head[0] not in self._place_heads \
                else mention.core_start + len(head[0])
            if len(head) > 1 and mention.candidates and _COMPASS_ADJECTIVE.fullmatch(
                    head[1].rsplit(" ", 1)[-1]):
                # (a known name's own compass adjective is no cue: `في القلمون الشرقي`)
                lexical_end = min(lexical_end, mention.end - len(head[1].rsplit(" ", 1)[-1]))
            # `في مطار المزة`: a name the gazetteer gives with its facility noun, which is
            # also a cue, is no common word for it
            lexical_start = mention.core_start + len(head[0]) \
                if len(head) > 1 and head[0] in _FACILITY_NOUNS else mention.start
            common = any(lexical_mask[lexical_start:lexical_end]) or \
                mention.key in self._not_places or \
                self._common_word(view[mention.start:mention.end])
            after_noun = _after_place_noun(view, mention.start, place_nouns)
            if after_noun and view[mention.start:mention.core_start].startswith("ل"):
                return True  # `مخيم للاجئين`: "a camp for refugees", no camp's name
            if common and after_noun and view[mention.start:mention.core_start] == "ب":
                return True  # `أصيب مزارع بجروح`: "with wounds", no name after a noun
            if common and after_noun and view[mention.start:mention.core_start] == "" \
                    and " " not in view[mention.core_start:mention.end] \
                    and view[mention.core_start:mention.end] not in self._place_heads \
                    and _noun_before(view, mention).lstrip("وفب") in _AREA_NOUNS:
                return True  # `منطقة حراجية`: what kind of area, no village of the name
            noun_at = _previous_word_start(view, mention.start) if common and after_noun \
                else None
            if noun_at is not None and view[noun_at:mention.start].strip(' :,"').lstrip(
                    "وفب") in _SURROUNDINGS_NOUNS and (
                    view[mention.start:mention.end].lstrip("وفب").startswith("ال")
                    or _STANDS_IN_NEXT.match(view, mention.end)
                    or _DEFINITE_PLACE_NEXT.match(view, mention.end)
                    # (a building, whatever is told of it next: `محيط مدرسة تؤوي نازحين`)
                    or view[mention.core_start:mention.end] in _BUILDINGS
                    # (a common word heading a construct: `محيط كتيبة الدفاع الجوي`, a unit;
                    # not a generic head: `محيط تلة الشيخ يوسف`)
                    or " " not in view[mention.core_start:mention.end]
                    and view[mention.core_start:mention.end] not in self._place_heads
                    and _DEFINITE_WORD_NEXT.match(view, mention.end, mention.end + 8)
                    # (or a facility the town or area after its name holds: `محيط محطة تشرين
                    # الحرارية بمنطقة بئر قصب`, the event's place)
                    or " " not in view[mention.core_start:mention.end]
                    and view[mention.core_start:mention.end] not in self._place_heads
                    and _FACILITY_LOCATED_NEXT.match(view, mention.end) is not None
                    # (or the town it is named after, a seat: `محيط محطة بانياس الحرارية`)
                    or " " not in view[mention.core_start:mention.end]
                    and any(p.capital_level is not None for p in self.places.gazetteer
                            .candidates(place_key(_next_word(view, mention.end))))):
                # `ومحيط المحطة الحرارية`: around "the station", no village (`محيط محطة
                # تشرين` names one); `محيط مدرسة في بلدة جوباس`: a building in a town
                return True
            if common and mention.foreign is not None and mention.foreign.kind == "country" \
                    and _after_direction(view, mention.start, cue_at):
                # `مدينة دجلة في أقصى جنوب شرقي تركيا`: a country an actor is also named by
                # (its army) after a compass word says where a place lies
                return False
            if common and after_noun and _noun_before(view, mention).lstrip("وفب") in \
                    _CAMP_NOUNS:
                return True  # `مخيمات اللاجئين`: the refugees' camps, no village of the name
            if common and after_noun and mention.foreign is not None and not mention.candidates:
                # `على مدخل الحي`: "the quarter", no Iraqi town, unless a nationality says so
                nationality = _next_word(view, mention.end)
                return nationality not in self._demonyms
            return common and not after_noun

        def listed_village(mention: PlaceMention) -> bool:
            """`قرى المشيك والزيارة وتل واسط`: a common word (`زيارة`, "a visit") that a
            village is named by, as the next member of a list a place noun opens, is that
            village (of the previous member's governorate, where the gazetteer knows it)."""
            if generic_word(mention) or not mention.candidates:
                return False
            if not _LIST_ITEM_ENDS.match(view, mention.end):
                return False  # `قرية المشيك وزيارة الوفد`: a noun with its complement
            previous = _previous_word_start(view, mention.start)
            if previous is not None and view[mention.start:mention.core_start].startswith("و") \
                    and _opens_list(view, previous, place_nouns):
                return True  # `قرى المشيك والزيارة`: a one-word name the gazetteer lacks first
            if not kept:
                return False
            index = len(kept) - 1
            if not only_glue(view[kept[index].end:mention.core_start]):
                return False
            governorates = {c.admin1 for c in kept[index].candidates}
            if governorates and not any(c.admin1 in governorates for c in mention.candidates):
                return False
            return opened_list(index)

        opened: dict[int, bool] = {}  # kept index -> it stands in a list a noun opens

        def opened_list(index: int) -> bool:
            """Is kept[index] a member of a list of towns a noun opens (`قرى A وB`)? Worked
            out once per member, so that a long list costs no walk back per name."""
            first = index
            while first not in opened and first > 0:
                first -= 1
            for i in range(first, index + 1):
                if i in opened:
                    continue
                opened[i] = _opens_list(view, kept[i].start, place_nouns) or (
                    i > 0 and opened[i - 1] and kept[i - 1].end < kept[i].start
                    and only_glue(view[kept[i - 1].end:kept[i].core_start]))
            return opened[index]

        in_idiom = bytearray(len(view) + 1)  # `فتحت الباب أمام`: no al-Bab
        if any(word in view for word in _IDIOM_WORDS):
            for idiom in _IDIOM.finditer(view):
                in_idiom[idiom.start():idiom.end()] = b"\1" * (idiom.end() - idiom.start())
                # (nor a name no gazetteer knows: `على جبهات القتال`)
                lexical_mask[idiom.start():idiom.end()] = b"\1" * (idiom.end() - idiom.start())
        name_starts = {m.start for m in found if m.candidates}  # (a road's second town)
        deed_ends = {t.end for t in triggers}
        # (a fight's or a shelling's noun with the town it was at: `اشتباكات مسرابا`, `قصف سقبا`)
        fought_at = {t.end for t in triggers if t.payload.event_type == "Battles"
                     or fold(t.payload.phrase) in _WORDS["deed_object_nouns"]}
        actor_starts = {m.norm_end: m.norm_start for m in actors}
        # (a weapon named as the doer stands between too: `قصف الطيران الحربي اليوم سراقب`)
        actor_starts |= {c.norm_end: c.norm_start for c in cues
                         if c.value.cue in ("air", "ground") and c.norm_end not in actor_starts}
        placed_keys: set[str] = set()  # the Syrian names kept so far, in text order
        absorbed: set[int] = set()  # known names a head before them took in (`جسر قره قوزاق`)
        for mention in found:
            if in_idiom[mention.core_start] or _after_street_head(view, mention) \
                    or mention.start in absorbed:
                continue
            if mention.start < mention.core_start and \
                    view[mention.start:mention.end] in _CLITIC_LOOKALIKES:
                continue  # `بادية`, "desert": no `بـ` + `ادية`
            if _SIDE_AT.match(view, mention.start, min(len(view), mention.end + 40)):
                continue
            if (without_article(view, mention, self.places.gazetteer)
                    and not self._introduced(view, mention, place_nouns)
                    and not keep_meanings_spelt_so(mention, self.places.gazetteer)):
                continue  # `ورقة`, `اشتباك قصير`; but `مدينة قامشلي`, `قامشلي السورية`
            listed = listed_village(mention)
            # `قرى الشبكي ورامي ... و19 في رامي`: a word the report has already named a
            # place by is that place again where a preposition puts it (not a namesake
            # abroad: `حيي الميدان والسليمانية ... في الميدان` is no Medan)
            # (but a word listed as no place name behind the clitic `بـ` reads "with": `أصيب
            # ثلاثة بجروح` in a report that named the village of Jurouh)
            again = mention.key in placed_keys and word_like(mention) and not listed \
                and _locative(view, mention, self.places.admin1_by_key) \
                and not (view[mention.start:mention.core_start].lstrip("و") == "ب"
                         and self._common_word(view[mention.core_start:mention.end]))
            if again and mention.candidates:
                mention.foreign, mention.how = None, "gazetteer"
            in_street = _street_in_quarter(view, mention)
            # (a name that labels its line, `سلمية: خرجت مظاهرة`, is the line's place)
            labels = mention.candidates and mention.foreign is None and _labels_line(view, mention)
            if word_like(mention) and not listed and not again and not in_street \
                    and not labels \
                    or _nickname(view, mention) or (
                    _with_own_adjective(view, mention)
                    and not _after_place_noun(view, mention.start, place_nouns)):
                continue
            if mention.start == mention.core_start and _noun_adjective(
                    view, mention.start, view[mention.core_start:mention.end]):
                continue  # `سيطر على أربع قرى جديدة`: the villages are new, none is Jdeideh
            if slogans and _inside(slogans, mention.start):
                continue  # `جمعة "لن نترك حلب وحيدة"`: a Friday's slogan, no place of it
            mention.in_name = _inside(named, mention.start)
            self._complete_title(view, mention, lexical_mask)
            field = _field_noun_before(view, mention.start)
            if field is not None:
                mention.start = mention.core_start = field
                mention.key = place_key(view[field:mention.end])
                mention.candidates = self.places.gazetteer.candidates(mention.key)
                mention.how = "gazetteer" if mention.candidates else "unknown"
                mention.end = _field_name_end(view, mention.end)
                kept.append(mention)
                continue
            after_noun = _after_place_noun(view, mention.start, place_nouns) or in_street
            locative = after_noun or _locative(view, mention, self.places.admin1_by_key) or \
                self._checkpoint_town(view, mention, sentences) or \
                _labels_line(view, mention) or _named_as_the_places(view, mention) or (
                # `غارات جنوب الشدادي`: a compass word points from a known town
                bool(mention.candidates) and len(mention.key) >= 4 and mention.key != _CAPITAL_KEY
                and _after_direction(view, mention.start, cue_at)) or (
                bool(mention.candidates) and view[mention.start:mention.core_start] in ("", "ال")
                and _object_of_deed(view, mention.start, deed_ends, actor_starts, fought_at))
            if not locative and (
                    (_ROAD_DASH_NAME.match(view, mention.end) or mention.end + 1 in name_starts)
                    and _ROAD_BEFORE.search(view, max(0, mention.start - 32), mention.start)
                    or kept and _ROAD_JOIN.fullmatch(view, kept[-1].end,
                                                     with_article(view, mention))
                    and _ROAD_BEFORE.search(view, max(0, kept[-1].start - 32),
                                            kept[-1].start)):
                # `طريق سرمدا - باب الهوى`, `طريق سراقب أريحا`: the two towns a road is named
                # after are names (the roles stage makes them the road's, no event's places)
                locative = True
            core = view[mention.core_start:mention.end]
            standing = ((" " in core and core.split(" ", 1)[0] not in _TITLES)
                        or mention.key in self.admin_keys
                        or (mention.foreign is not None and mention.foreign.kind == "country")
                        # `منطقة المدائن جنوب شرقي بغداد`: a foreign city a compass word
                        # points from says where the place before it lies
                        or (mention.foreign is not None
                            and _after_direction(view, mention.start, cue_at))
                        # `في محافظة الأنبار`: a foreign place a region word names
                        or (mention.foreign is not None
                            and cue_at.get(word_end_before(view, mention.start)) == "region")
                        # `في العاصمة عمان`: the capital named
                        or (mention.foreign is not None
                            and _capital_before(view, mention.start)))
            in_list = listed or bool(kept) and kept[-1].end < mention.start and only_glue(
                view[kept[-1].end:mention.core_start])
            if not (locative or standing or in_list):
                continue
            took_in: PlaceMention | None = None
            if core in self._place_heads:
                # `وباب الدريب`: a generic head and the definite word after it are one name;
                # written without the article the head never is a town of its own (`في باب
                # توما بدمشق` is no `الباب`): the word after it completes the name
                end = _construct_item(view, mention.end, lexical_mask)
                # the article may be the matcher's prefix, outside the core (`الباب`)
                definite = core.startswith("ال") or view[mention.start:
                                                         mention.core_start].endswith("ال")
                if end is None and not definite:
                    following = _WORD.match(view, mention.end + 1)
                    known = found_known.get(following.start()) if following is not None \
                        else None
                    if known is not None and known.end > following.end() \
                            and view[mention.end:following.start()] == " ":
                        # `جسر قره قوزاق`: the head of a longer name the gazetteer knows: one
                        # name, where that place is
                        absorbed.add(known.start)
                        end, took_in = known.end, known
                    elif (following is not None and view[mention.end:following.start()] == " "
                            and following.group().isalpha()
                            and following.group() not in _STOP_AFTER_CUE
                            and not any(lexical_mask[following.start():following.end()])):
                        end = following.end()
                if end is None and not definite:
                    # `حي باب شرقي`: the head the compass word completes; nothing else
                    # follows it as a name, so the head alone is no place (no `الباب`)
                    following = _WORD.match(view, mention.end + 1)
                    if following is not None and _COMPASS_BARE.fullmatch(following.group()):
                        end = following.end()
                    else:
                        continue
                if end is not None and not view[mention.core_start:mention.end].startswith("ال"):
                    following = _WORD.match(view, end + 1)
                    if following is not None and view[end:following.start()] == " " \
                            and _second_bare_word(view, following) \
                            and not any(lexical_mask[following.start():following.end()]) \
                            and not (following.start() in found_known  # (not `بحلب`)
                                     and found_known[following.start()].core_start
                                     != following.start()):
                        # `تلة مشته نور،`: a bare word the item ends after completes the name,
                        # though a village is called by it
                        if following.start() in found_known:
                            absorbed.add(following.start())
                        end = following.end()
                if end is not None:
                    key = place_key(view[mention.core_start:end])
                    mention.end, mention.key = end, key
                    mention.candidates = self.places.gazetteer.candidates(key) or (
                        list(took_in.candidates) if took_in is not None else [])
                    mention.how = "gazetteer" if mention.candidates else "unknown"
                    # the foreign city the head alone spelt (`وادي` for El Oued) is gone too
                    mention.foreign = None
                    self._complete_title(view, mention, lexical_mask)  # `تلة الشيخ يوسف`
            if mention.foreign is not None and mention.foreign.kind != "country" \
                    and _quarter(view, mention):
                # `حي الريجة`: a quarter named as a city abroad is spelt is a quarter here
                mention.foreign = None
                mention.how = "gazetteer" if mention.candidates else "unknown"
            kept.append(mention)
            if mention.how != "foreign" and (mention.foreign is None
                                             or mention.foreign.kind != "country"):
                placed_keys.add(mention.key)
        kept = self._dual_facilities(view, kept)
        for mention in kept:
            # (before the lists go on past it: `حيي الرمل الجنوبي والسكنتوري`)
            self._complete_side(view, mention)
        kept.extend(self._unknown_places(view, kept, place_nouns, lexical_mask))
        kept.extend(self._named_again(view, kept, lexical_mask))
        kept.extend(self._list_items(view, kept, [m for m in found if not word_like(m)],
                                     lexical_mask))
        kept.extend(self._countryside(view, kept))
        for mention in kept:
            self._complete_side(view, mention)
            lineage = _SON_OF.match(view, mention.end)
            if lineage is not None and not any(lexical_mask[mention.end:lineage.end()]) \
                    and _after_place_noun(view, mention.start, place_nouns):
                # `حي هشام بن عبد الملك`: a quarter named after a man, his father's name after
                mention.end, mention.key = lineage.end(), place_key(
                    view[mention.core_start:lineage.end()])
                mention.candidates = self.places.gazetteer.candidates(mention.key)
                mention.place, mention.foreign = None, None
                mention.how = "gazetteer" if mention.candidates else "unknown"
        kept = self._join_adjacent(view, sorted(kept, key=lambda m: m.start))
        kept = [m for i, m in enumerate(kept) if not _hospital_name(view, m, kept[i + 1:i + 2])
                and not _building_name(view, m) and not _hospital_named_afar(view, m, kept)]
        # `المرصد ومقره بريطانيا`, `يتخذ من لندن مقرا له`: where a group has its seat is no
        # place of the story
        self._members_of_a_unit(view, kept)
        kept = [m for m in kept if not _seat(view, m) and not _outlet(view, m)
                and not _dateline(view, m)
                and not (m.foreign is not None and _RIVER_AFTER.match(view, m.end))
                and not _GROUP_NAMED_AFTER.search(view, max(0, m.start - 40), m.start)
                and not (m.start == m.core_start
                         and _PERSON_NAMED_BEFORE.search(view, max(0, m.start - 50), m.start))]
        # `الميليشيات الموالية لدمشق`, `المناطق التي تسيطر عليها دمشق`: the government named
        # by its seat, no place at all (not even the context of the places around it)
        # `آثار إطلاق نار في الصدر والرأس`: a name's head alone (`رأس`, `تل`) that no
        # gazetteer knows names nothing (unless a place noun names it: `حي المزرعة`)
        kept = [m for m in kept if not (
            m.how == "unknown"
            and view[m.core_start:m.end].removeprefix("ال") in self._place_heads
            and not _after_place_noun(view, m.start, place_nouns))]
        # (and one named beside another state: `نفت موسكو ودمشق أي علاقة`)
        kept = [m for m in kept if not _GOVERNMENT_NAMED.search(
            view, max(0, m.start - 24), m.start) and not (
                view.startswith("ل", m.start)
                and _BLOW_TO.search(view, max(0, m.start - 30), m.start)) and not (
                view.startswith("و", m.start) and _GOVERNMENTS_PAIRED.search(
                    view, max(0, m.start - 40), m.start))
            and not self._either_or(view, m)]
        self._roles(view, kept, region_words, cue_at, place_nouns)
        self._facing_across_the_border(view, kept)
        kept.extend(self._province_references(view, kept))
        kept.sort(key=lambda m: m.start)
        in_actor = bytearray(len(view) + 1)
        for m in actors:
            in_actor[m.norm_start:m.norm_end] = b"\1" * (m.norm_end - m.norm_start)
        stationed: set[int] = set()  # where a force that fired stands (`المتمركز في قريتي`)
        struck: list[PlaceMention] = []  # the last place before, not a force's post
        for index, mention in enumerate(kept):
            following = kept[index + 1:index + 2]
            if index and kept[index - 1].role == "place" and id(kept[index - 1]) not in stationed:
                struck = [kept[index - 1]]
            if mention.role == "place" and (
                    # (past the city it lies in: `تعرض حي الشيخ مقصود في مدينة حلب لقصف
                    # بقذائف أطلقتها المجموعات المتمركزة في حي بني زيد`)
                    _stationed_there(view, mention, following, struck)
                    or _EXCEPT_BEFORE.search(view, max(0, mention.start - 60), mention.start)
                    # (and the next members of its list: `في قريتي الطيانة وذيبان`, `في
                    # حاجز زلين ومعسكر بريديج`)
                    or index and id(kept[index - 1]) in stationed
                    and _joined_post(view, kept[index - 1].end, mention.core_start)
                    and not _aside_closed(view, kept[index - 1], mention)):
                # (and what a side holds "but" (`لم يعد بيد الفصائل سوى جيب يضم أحياء
                # المشهد والسكري`): what is left, no place of the deed)
                stationed.add(id(mention))
            if mention.role == "place" and following and following[0].role == "qualifier" \
                    and _home_of_people(view, mention, following, near_too=True):
                # `شابين من أبناء مدينة نوى على حاجز قرب بلدة الشيخ مسكين`: the place the
                # people were met near is the event's, not a locator of their home town
                mention.role, following[0].role = "qualifier", "place"
                continue
            if mention.role == "place" and following and following[0].role == "qualifier" \
                    and _city_near_a_village(view, mention, following[0]):
                # `في البادية الجنوبية الغربية لمدينة دير الزور، قرب قرية الشولا`: a city told
                # "near" a village is told by the village, the finer of the two
                mention.role, following[0].role = "qualifier", "place"
                continue
            if mention.role == "region" and (_HOME_RIGHT_BEFORE.search(
                    view, max(0, mention.start - 40), mention.start)
                    or _STOOD_BY_PLACES.search(view, max(0, mention.start - 80),
                                               mention.start)):
                # (nor whom a protest stood by: `تضامناً مع المدن المحاصرة في حمص وريف دمشق`)
                # `امرأة تنحدر من ريف دير الزور`: whence a person comes is no region of a deed
                mention.role = "qualifier"
                continue
            if mention.role == "place" and (
                    _ORIGIN_RIGHT_BEFORE.search(view, max(0, mention.start - 40), mention.start)
                    and _origin(view, mention, place_nouns)
                    or _fired_from(view, mention, kept[index + 1:index + 2], place_nouns)):
                # (the next members of its list too: `من مواقعها في مطار الضبعة وقرية X`; not
                # after an object: `طائرات انطلقت من المطار قرى A وB`, the villages it struck)
                stationed.add(id(mention))
            if mention.role == "place" and (
                    _reporter_seat(view, mention) or _origin(view, mention, place_nouns)
                    or _home_told_after(view, mention.start)
                    or index and kept[index - 1].role == "qualifier" and only_glue(
                        view[kept[index - 1].end:mention.core_start])
                    and _home_told_after(view, kept[index - 1].start)
                    or _home_of_people(view, mention, _next_places(kept, index))
                    or _fired_from(view, mention, kept[index + 1:index + 2], place_nouns)
                    or id(mention) in stationed
                    or _OFFICE_BEFORE.search(view, max(0, mention.start - 30), mention.start)
                    or _DISTANCE_FROM.search(view, max(0, mention.start - 160), mention.start)
                    or mention.key in self.places.admin1_by_key
                    and all(in_actor[mention.start:mention.end])
                    or _contains_the_one_before(view, kept, index)
                    or _faced_by_the_one_before(view, kept, index)
                    or _home_after_a_place(view, kept, index)
                    or _side_of_the_one_before(view, kept, index)
                    or _in_quoted_organisation(view, mention)
                    or _taken_to(view, mention)):
                # `مراسل سانا في حماة`, `المنحدر من بلدة الصور`, `محافظ حمص`, `غرفة عمليات فتح
                # حلب` (a group named after it), `تبعد عن مقر القيادة في جورين` (what a
                # distance is told from): context, no event's place
                mention.role = "qualifier"
        # `في العاصمة عمان`: "the capital" heads the city named right after it (`العاصمة
        # دمشق` names Damascus once); alone it is Damascus (places_neighbourhoods.csv)
        # (nor Damascus where a people's adjective says whose: `في العاصمة الكازاخية أستانا`)
        kept = [m for i, m in enumerate(kept)
                if not (m.key == _CAPITAL_KEY and i + 1 < len(kept)
                        and (kept[i + 1].how == "foreign" or kept[i + 1].candidates)
                        and not view[m.end:kept[i + 1].start].strip())
                and not (m.key == _CAPITAL_KEY
                         and self._demonyms.get(_next_word(view, m.end), "Syria") != "Syria")]
        villages = {end: c for end, c in place_nouns.items()
                    if fold(c.value.phrase) in _VILLAGE_NOUNS}
        # a nationality that names a force from afar (`الطيران الروسي`) says whose it is, not
        # where (a neighbour's border guards may well fight at home: `قوات الحدود التركية`)
        self._resolve(view, sentences, kept, villages, actor_cover)
        kept = self._city_areas(view, kept)
        back = [b for b in [*self._back_references(view, sentences, kept),
                            *_camp_sectors(view, sentences, kept)]
                if not _taken_to(view, b)]
        # (a definite noun read as a name no gazetteer knows, `في محيط المعبر`, is the place it
        # points back to)
        kept = [m for m in kept if m.place is not None or m.candidates
                or not any(b.start < m.end and m.start < b.end for b in back)]
        kept.extend(back)
        kept.sort(key=lambda m: m.start)
        _streets_in_places(view, sentences, kept)
        return kept

    def _facing_across_the_border(self, view: str, kept: list[PlaceMention]) -> None:
        """`مواقع في سوريا المقابلة لمدينة كيليس`, `قبالة بلدة كلس`: the Turkish town a place
        faces says where in Syria it is; the place is near the Syrian town across from it
        (place_words.toml `border_counterparts`), not in Turkey."""
        counterparts = border_counterparts()
        for mention in kept:
            if mention.foreign is None or mention.key not in counterparts:
                continue
            if not _FACING_BEFORE.search(view, max(0, mention.start - 24), mention.start):
                continue
            place = self.places.gazetteer.get(counterparts[mention.key])
            if place is None:
                continue
            mention.foreign, mention.abroad_options, mention.role = None, [], "place"
            mention.candidates, mention.how, mention.outskirts = [place], "gazetteer", True

    def _countryside(self, view: str, kept: list[PlaceMention]) -> list[PlaceMention]:
        """`في الريف الحلبي الشمالي`: a governorate's countryside named by its adjective, read
        as `ريف حلب` is (a region that locates the places before it)."""
        taken = bytearray(len(view) + 1)
        for m in kept:
            taken[m.start:m.end] = b"\1" * (m.end - m.start)
        keys = countryside_adjectives()
        found: list[PlaceMention] = []
        for match in _COUNTRYSIDE.finditer(view):
            prefix = _COUNTRYSIDE_PREFIX.search(view, max(0, match.start() - 3), match.start())
            if prefix is None:
                continue  # `تعريف`, `شريف`: no countryside
            start = prefix.start()
            if any(taken[start:match.end()]):
                continue
            key = keys[match.group("adjective")]
            if key not in self.places.admin1_by_key:
                continue
            found.append(PlaceMention(start, match.start(), match.end(), key, role="region",
                                      admin1=self.places.admin1_by_key[key], how="region"))
        return found

    def _province_references(self, view: str, kept: list[PlaceMention]) -> list[PlaceMention]:
        """`تل كروم جبا بريف المحافظة الشمالي`: "the governorate" right after a place points
        back to the governorate the report last named (`في محافظة القنيطرة`), and locates
        that place as its name would."""
        if "محافظه" not in view:
            return []
        admin1 = self.places.admin1_by_key
        found: list[PlaceMention] = []
        governorate: tuple[str, str] | None = None  # its name's key and OCHA name
        at = 0
        for match in _PROVINCE_REFERENCE.finditer(view):
            start = match.start("noun")
            while at < len(kept) and kept[at].start < start:
                named = kept[at]
                if named.role == "region" and named.admin1:
                    governorate = named.key, named.admin1
                elif named.key in admin1 and named.foreign is None:
                    governorate = named.key, admin1[named.key]
                at += 1
            if governorate is None or not at:
                continue
            mention = PlaceMention(start, start, match.end("noun"), governorate[0],
                                   role="region", admin1=governorate[1], how="back-reference")
            located = kept[at - 1]
            if located.role != "place" or located.within is not None \
                    or tokens_between(view, located.end, match.start()) > 3 \
                    or "\n" in view[located.end:start]:
                if match.group("countryside"):
                    found.append(mention)  # `اشتباكات في الريف الغربي للمحافظة`: a region
                continue
            located.within = mention
            found.append(mention)
        return found

    def _back_references(self, view: str, sentences: list[Sentence],
                         kept: list[PlaceMention]) -> list[PlaceMention]:
        """`في المدينة`, `على البلدة`: a definite place noun with no name after it points
        back to the town the paragraph last named (`... في مدينة الزبداني ... عشر غارات على
        مناطق في المدينة`)."""
        starts = [s.start for s in sentences]

        def sentence_of(position: int) -> int:
            return max(0, bisect.bisect_right(starts, position) - 1)

        def paragraph_of(position: int) -> int:
            return sentences[sentence_of(position)].paragraph

        # a town that only locates another (`قرية أم الخير غرب بلدة تل تمر`) may still be
        # what `البلدة` points back to, when it was named with that noun
        # (a Syrian town that shares its name with a city abroad, `أريحا`, is still one)
        # (and a quarter or a village no gazetteer knows, named with its noun: `في حي
        # الراشدين الخامسة` ... `اشتباكات في الحي`)
        places = [m for m in kept if m.role in ("place", "qualifier") and m.how != "foreign"
                  and (m.place is not None
                       or m.how == "unknown" and m.role == "place"
                       and (_noun_named_with(view, m) is not None
                            or view[m.core_start:m.end].split(" ", 1)[0] in _BASE_NOUNS))]
        # the noun each place was named with (`بلدة تل تمر`, `قريتي الطويلة وتل جمعة`): `في
        # محيط البلدة` points back to the last town, not to the last village
        nouns: list[str | None] = []
        for index, m in enumerate(places):
            noun = _noun_named_with(view, m)
            if noun is None and view[m.core_start:m.end].split(" ", 1)[0] in (
                    _BASE_NOUNS | _NAMED_WITH_NOUN):
                # `مطار دير الزور`, `مخيم اليرموك`: a base or a camp the gazetteer names with
                # its noun
                noun = view[m.core_start:m.end].split(" ", 1)[0]
            glue = view[places[index - 1].end:m.core_start] if index else ""
            if noun is None and index and only_glue(glue) and not any(
                    w.lstrip("وفب") in _PLURAL_NOUNS for w in glue.split()):
                # the next item of a list keeps its noun (`وكفريا`: its و), not one a plural
                # names (`حي الخالدية وأحياء حمص القديمة`: the city whose quarters they are)
                noun = nouns[-1]
            nouns.append(noun)
        # the antecedent is the last place (in list order) of the paragraph that ends before
        # the noun; the nouns come in text order, so one sweep per paragraph finds it
        by_end: dict[int, list[tuple[int, int]]] = {}
        for index, m in enumerate(places):
            by_end.setdefault(paragraph_of(m.start), []).append((m.end, index))
        for items in by_end.values():
            items.sort()
        order = sorted((m.end, index) for index, m in enumerate(places) if m.role == "place")
        known = [(end, index) for end, index in order if places[index].place is not None]
        ends = [end for end, _ in known]
        by_order = [index for _, index in known]
        # the places named with each noun, across paragraphs: a paragraph that names no place
        # points back to the town named with the noun (`سيطر الجيش على مدينة القصير.` / `...
        # في محيط مطار الضبعة.` / `وشن الطيران غارات على أطراف المدينة`), not to the airport
        # (a town named with its noun to locate another counts: `على تلة مشتى نور المطلة على
        # مدينة كوباني.` / `ودخل المسلحون الأطراف الشرقية للمدينة`)
        # (and each noun that pointed back to one names it again there: `... للمدينة.` /
        # `... جنوب المدينة`; each entry: where it ends, the place, the sentence naming it)
        with_noun: dict[str, list[tuple[int, int, int]]] = {}
        for end, index in sorted((m.end, index) for index, m in enumerate(places)):
            if nouns[index] is not None:
                with_noun.setdefault(nouns[index], []).append(
                    (end, index, sentence_of(places[index].start)))
        # where each place key was named, to tell the city a report is about (built only
        # when a paragraph with no place points back to a city)
        starts_of: dict[str, list[int]] = {}

        def told_before(key: str, position: int) -> int:
            if not starts_of:
                # (its governorate, `في محافظة إدلب`, names no city)
                for m in sorted(kept, key=lambda m: m.start):
                    if m.role != "region":
                        starts_of.setdefault(m.key, []).append(m.start)
            return bisect.bisect_left(starts_of.get(key, []), position)

        swept: dict[int, int] = {}
        latest: dict[int, int] = {}
        latest_city: dict[int, int] = {}  # the last city named bare, by paragraph
        # by paragraph, the noun it was named with and its role
        latest_named: dict[tuple[int, str, str], int] = {}
        named_before: dict[tuple[int, str], list[int]] = {}  # places, by paragraph and noun
        found: list[PlaceMention] = []
        kept_starts = sorted((m.start, i) for i, m in enumerate(kept))
        for match in _BACK_REFERENCE.finditer(view):
            part = match.group("part") is not None
            start, end = match.span("part" if part else "noun")
            if part:
                # `على أحيائها`: the place named last before it, in its paragraph, and named
                # as a place (`في ريف حلب وأحيائها`: the governorate's, no town's)
                before_part = bisect.bisect_left(kept_starts, (start, -1)) - 1
                last_named = kept[kept_starts[before_part][1]] if before_part >= 0 else None
                if last_named is None or last_named.role != "place" or last_named.how == \
                        "foreign" or paragraph_of(last_named.start) != paragraph_of(start):
                    continue
            following = _next_word(view, end)
            if not part and " " not in view[start:end] and not _ends_item(view, end) \
                    and following.startswith("ال") and following not in _TIME_WORDS:
                # `في المدينة الصناعية`: the noun goes on, it points at no one (a time after
                # it ends it: `على المدينة اليوم`; so does a word that is no adjective: `في
                # المدينة بينهم موظفون`)
                continue
            if not part:
                before_noun = bisect.bisect_left(kept_starts, (start, -1)) - 1
                last_named = kept[kept_starts[before_noun][1]] if before_noun >= 0 else None
                if last_named is not None and last_named.how == "foreign" \
                        and sentence_of(last_named.start) == sentence_of(start):
                    continue  # `وفي الهرمل، سقطت صواريخ على أطراف المدينة`: the city abroad
            paragraph = paragraph_of(start)
            items = by_end.get(paragraph, [])
            k = swept.get(paragraph, 0)
            while k < len(items) and items[k][0] <= start:
                if places[items[k][1]].role == "place" and places[items[k][1]].place is not None:
                    # (one no gazetteer knows is only what its own noun points back to)
                    latest[paragraph] = max(latest.get(paragraph, -1), items[k][1])
                    if (nouns[items[k][1]] is None or nouns[items[k][1]] in _CITY_NAMERS) \
                            and places[items[k][1]].place.capital_level in CITY_LEVELS:
                        latest_city[paragraph] = max(latest_city.get(paragraph, -1),
                                                     items[k][1])
                noun = nouns[items[k][1]]
                if noun is not None:
                    role = places[items[k][1]].role
                    latest_named[paragraph, noun, role] = max(
                        latest_named.get((paragraph, noun, role), -1), items[k][1])
                    if role == "place":
                        named_before.setdefault((paragraph, noun), []).append(items[k][1])
                k += 1
            swept[paragraph] = k
            noun = "" if part else view[start + 2:end].split(" ", 1)[0]
            if noun in _DUAL_OF:
                pair = sorted(named_before.get((paragraph, _DUAL_OF[noun]), []))[-2:]
                same = [e for e in with_noun.get(_DUAL_OF[noun], []) if e[0] <= start]
                if not pair and paragraph not in latest and len(same) >= 2 \
                        and sentence_of(start) - same[-2][2] <= SAME_NOUN_SENTENCES \
                        and _noun_before(view, places[same[-2][1]]).endswith(("تي", "تا")):
                    # (in a paragraph that names no place: the last two named with the dual
                    # before, `على بلدتي فليطة ورأس المعرة.` / `غارات على البلدتين`)
                    pair = [same[-2][1], same[-1][1]]
                if len(pair) == 2 and places[pair[0]].key != places[pair[1]].key:
                    found.extend(_pointing_back(start, end, places[i]) for i in pair)
                elif view.startswith("ال", start) and not pair \
                        and _TWO_NAMED.search(view, 0, start) is None and (
                        candidates := self.places.gazetteer.candidates(place_key(
                            view[start:end]))):
                    # `في القريتين ومحيطها`: no two villages named before in the report
                    # (`قريتي تل أعور والفريكة`), the town of Homs
                    found.append(PlaceMention(start, start, end, place_key(view[start:end]),
                                              candidates=candidates, place=candidates[0],
                                              admin1=candidates[0].admin1, how="gazetteer"))
                continue
            named = latest_named.get((paragraph, noun, "place"))
            if named is None:
                # a town that only locates another, in this sentence
                named = latest_named.get((paragraph, noun, "qualifier"))
                if named is not None and sentence_of(places[named].start) != sentence_of(start):
                    named = None
            if named is None and noun in _BASE_NOUNS:
                same = with_noun.get(noun, [])
                at = bisect.bisect_right(same, (start, -1, -1)) - 1
                if at < 0 or sentence_of(start) - same[at][2] > SAME_NOUN_SENTENCES:
                    continue
                named = same[at][1]
            if named is None and noun in with_noun and paragraph not in latest:
                same = with_noun[noun]
                at = bisect.bisect_right(same, (start, -1, -1)) - 1
                if at >= 0 and sentence_of(start) - same[at][2] <= SAME_NOUN_SENTENCES:
                    named = same[at][1]
                    if noun == "مدينه":
                        # (`احتجزت الفصائل ضباطا في مدينة السويداء ... للإفراج عن طالب اعتقل
                        # في مدينة حمص` / `وشهدت ساحة الكرامة وسط المدينة`: the city the
                        # report names twice as often as the last one)
                        most = max(same[:at + 1], key=lambda e: (
                            told_before(places[e[1]].key, start), e[0]))[1]
                        if told_before(places[most].key, start) >= 2 * told_before(
                                places[named].key, start):
                            named = most
            last = latest.get(paragraph)
            if noun == "مدينه" and last is not None and (named is None or last > named) \
                    and nouns[last] is None and places[last].place is not None \
                    and places[last].place.capital_level in CITY_LEVELS:
                named = last  # `وفي الحسكة، ... في أحياء المدينة`: a city named bare
            elif noun == "مدينه" and named is None and last is not None \
                    and places[last].place is not None \
                    and places[last].place.capital_level not in CITY_LEVELS \
                    and paragraph in latest_city:
                # `سيطروا على مطار تدمر وعلى منطقة الصوامع شرقي المدينة`: the city is the
                # last one named (bare or by its airport), not a village or an area named
                # after it
                named = latest_city[paragraph]
            if noun == "مدينه" and named is None and noun in with_noun \
                    and paragraph not in latest:
                # `أعدم التنظيم 12 شخصا في مدينة تدمر` ... `في دمشق` ... `غارات على الأطراف
                # الغربية للمدينة`: in a paragraph that names no place, the city the report
                # names most, named with the noun, over a place named less, however far back
                same = with_noun[noun]
                at = bisect.bisect_right(same, (start, -1, -1)) - 1
                before = bisect.bisect_right(ends, start)
                other = by_order[before - 1] if before else None
                if at >= 0 and other is not None and \
                        places[other].key != places[same[at][1]].key and \
                        told_before(places[same[at][1]].key, start) > told_before(
                            places[other].key, start):
                    named = same[at][1]
            if named is not None:
                antecedent = places[named]
            elif paragraph in latest:
                antecedent = places[latest[paragraph]]
            else:
                # `في المنطقة نفسها` may open a paragraph: the last place named before it; so
                # may `في المدينة` right after the paragraph that named it (web copy puts each
                # sentence in a paragraph of its own)
                before = bisect.bisect_right(ends, start)
                if not before:
                    continue
                antecedent = places[by_order[before - 1]]
                # (or two sentences back, each in a paragraph of its own: `نفذ الأمن العام
                # حملة في بلدة صحنايا.` / `وصادر أسلحة.` / `وقتل اثنان خلال اشتباك في البلدة.`)
                if " " not in view[start:end] and \
                        paragraph_of(antecedent.start) < paragraph - 1 and \
                        sentence_of(antecedent.start) < sentence_of(start) - BACK_SENTENCES:
                    continue
            located = self._located_by_compass(view, kept, kept_starts, match.start(), start)
            if located is antecedent:
                # `محيط قرية الكوم شمال المدينة`: the town a place lies to one side of is
                # another, named before it (not one named with another noun: `قرية الطيبة`)
                before = bisect.bisect_right(ends, antecedent.start)
                earlier = [i for i in reversed(by_order[:before])
                           if places[i].key != antecedent.key
                           and nouns[i] in (None, noun)]
                if not earlier:
                    continue
                antecedent = places[earlier[0]]
            found.append(_pointing_back(start, end, antecedent))
            if _ORIGIN_RIGHT_BEFORE.search(view, max(0, start - 40), start):
                # `على قمة جبل الأربعين المطلة على المدينة`: the town a place overlooks
                # (or a person comes from) only says where the place is
                found[-1].role = "qualifier"
            if located is not None:
                # `في قرية عون الدادات وقرب قرية الهوشرية شمال غرب المدينة`: the town a place
                # lies to one side of only says where it is
                found[-1].role = "qualifier"
                located.within = located.within or found[-1]
            if noun and named is not None:
                bisect.insort(with_noun.setdefault(noun, []),
                              (end, named, sentence_of(start)))
        return found

    def _members_of_a_unit(self, view: str, kept: list[PlaceMention]) -> None:
        """`القطاع الأوسط من الغوطة الشرقية، الذي يضم بلدات عربين وزملكا`: the towns a unit
        is said to comprise, all of its list, only say what it is; they are no places of
        their own."""
        kept.sort(key=lambda m: m.start)
        starts = [m.start for m in kept]
        for opening in _COMPRISES.finditer(view):
            position = opening.end()
            for m in kept[bisect.bisect_left(starts, position):]:
                between = view[position:m.start]
                if not all(w.strip(",،") in ("", "و") or w.lstrip("و") in self._place_noun_words
                           for w in between.split()):
                    break
                if m.role == "place":
                    m.role = "qualifier"
                position = m.end

    @staticmethod
    def _city_areas(view: str, kept: list[PlaceMention]) -> list[PlaceMention]:
        """`في المنطقة الصناعية بالجهة الشرقية لمدينة كوباني`: a part of a city that many
        cities have (place_words.toml `city_areas`) is a place of the city named right after
        it, else of the last city named before it; at that city's point."""
        if "ال" not in view:
            return kept
        areas = list(_CITY_AREAS.finditer(view))
        if not areas:
            return kept
        taken = bytearray(len(view) + 1)
        for m in kept:
            taken[m.start:m.end] = b"\1" * (m.end - m.start)
        starts = [m.start for m in kept]
        found: list[PlaceMention] = []
        for area in areas:
            start, end = area.span()
            if any(taken[start:end]) or _moved_to(view, start):
                continue  # (nor where people were taken: `واقتيد المعتقلون إلى المدينة الرياضية`)
            at = bisect.bisect_left(starts, end)
            after = kept[at] if at < len(kept) else None
            city = after if after is not None and after.place is not None \
                and after.place.capital_level is not None \
                and tokens_between(view, end, after.start) <= 4 \
                and not any(mark in view[end:after.start] for mark in ".،,\n") else None
            if city is not None:
                city.role = "qualifier"  # (named right after it, the city only locates it)
            else:
                city = next((m for m in reversed(kept[:at]) if m.place is not None
                             and m.how != "foreign" and m.place.kind in _TOWN_KINDS
                             and m.place.capital_level is not None), None)
            if city is None:
                continue
            found.append(PlaceMention(start, area.start("core"), end,
                                      place_key(view[area.start("core"):end]), how="unknown",
                                      admin1=city.place.admin1, within=city))  # type: ignore
        return sorted(kept + found, key=lambda m: m.start) if found else kept

    @staticmethod
    def _located_by_compass(view: str, kept: list[PlaceMention],
                            kept_starts: list[tuple[int, int]], head_start: int,
                            noun_start: int) -> PlaceMention | None:
        """The place right before a compass word that heads a back-reference (`قرية الهوشرية
        شمال غرب المدينة`), which the town pointed back to locates; else None."""
        heads = view[head_start:noun_start].split()
        if not heads or heads[-1].lstrip("وفب") not in _COMPASS_HEADS:
            return None
        before = bisect.bisect_left(kept_starts, (head_start, -1)) - 1
        if before < 0:
            return None
        place = kept[kept_starts[before][1]]
        if place.role != "place" or place.how == "foreign" or place.end > head_start \
                or tokens_between(view, place.end, head_start) > 1 \
                or any(mark in view[place.end:head_start] for mark in ".،,\n"):
            return None
        return place

    def _join_adjacent(self, view: str, mentions: list[PlaceMention]) -> list[PlaceMention]:
        """Two names side by side with nothing between them are one name (`صوامع صباح
        الخير`): Arabic separates two places with و, a comma or a preposition. A name has at
        most `MAX_NAME_WORDS` words (the gazetteer's longest has six), so a run of names side
        by side (`على تل على تل ...`) is not joined into one without end."""
        joined: list[PlaceMention] = []
        for mention in mentions:
            last = joined[-1] if joined else None
            if (last is not None and view[last.end:mention.start] == " "
                    and mention.start == mention.core_start
                    and last.key not in self.admin_keys and mention.key not in self.admin_keys
                    and last.foreign is None and mention.foreign is None
                    and _word_count(view, last.core_start, mention.end) <= MAX_NAME_WORDS
                    and not (last.candidates and mention.candidates and _ROAD_BEFORE.search(
                        view, max(0, last.start - 32), last.start))):
                # (`طريق حمص حماة`: the two towns a road is named after, no dash between)
                key = place_key(view[last.core_start:mention.end])
                candidates = self.places.gazetteer.candidates(key)
                joined[-1] = PlaceMention(last.start, last.core_start, mention.end, key,
                                          candidates=candidates,
                                          how="gazetteer" if candidates else "unknown")
                continue
            joined.append(mention)
        return joined

    def _list_items(self, view, kept, found, lexical: bytearray):
        """The rest of a list of places (`في مدن وبلدات: A, B, C وD`): once a list has begun
        after a place noun or a place, each item separated by a comma or و is a place too,
        a known one (kept even if it is a common word) or one the gazetteer lacks."""
        kept_spans = {(m.start, m.end) for m in kept}
        covered = {i: m.end for m in kept for i in range(m.start, m.end)}
        found_at = {m.core_start: m for m in found} | {m.start: m for m in found}
        extra: list[PlaceMention] = []
        for head in sorted(kept, key=lambda m: m.start):
            position = head.end
            for _ in range(15):
                # (past an item's count in brackets: `بلدات حمورية (١٧ قتيلاً)، وسقبا (٩)`)
                counted = _BRACKETED_COUNT.match(view, position, position + 32)
                if counted is not None:
                    position = counted.end()
                gap = _LIST_SEPARATOR.match(view, position)
                if not gap:
                    break
                item_start = gap.end()
                quoted_end = _quoted_item(view, item_start)
                if quoted_end is not None and not any(lexical[item_start:quoted_end]):
                    # `، "الفوج 46"،`: a quoted item is a name whatever its words
                    extra.append(PlaceMention(item_start, item_start, quoted_end,
                                              place_key(view[item_start:quoted_end]),
                                              how="unknown"))
                    kept_spans.add((item_start, quoted_end))
                    position = quoted_end
                    continue
                word = _WORD.match(view, item_start)
                if not word:
                    break
                mention = found_at.get(item_start)
                if mention is not None and (mention.start, mention.end) not in kept_spans \
                        and not _ends_item(view, mention.end):
                    if not _construct_item(
                            view, mention.end, lexical,
                            head=view[mention.core_start:mention.end] in self._place_heads):
                        break  # `والزهراء، عقبه قصف`: a word that runs on into a clause
                    mention = None  # `وتلة الضبعة،`: a longer name the gazetteer lacks
                if mention is not None:
                    if (mention.start, mention.end) not in kept_spans:
                        extra.append(mention)
                        kept_spans.add((mention.start, mention.end))
                        covered.update((i, mention.end) for i in range(mention.start, mention.end))
                    position = mention.end
                    continue
                holder = covered.get(item_start)
                if holder is None and word.group() in self._place_noun_words:
                    # `، وبلدة عينجارة، والفوج 46`: an item with its own place noun
                    holder = covered.get(word.end() + 1)
                if holder is not None:
                    position = holder
                    continue
                text = word.group()
                word_end = word.end()
                # the words whose lexicon readings stop the list: a generic head's or a
                # number's companion is part of the name
                own_words_end = word_end
                if not text.startswith("ال"):
                    # `وباب الدريب وجب الجندلي`: a construct name
                    word_end = _construct_item(view, word_end, lexical,
                                               head=text in self._place_heads,
                                               located_at=covered) or word_end
                    if text not in self._place_heads:
                        own_words_end = word_end
                else:
                    # `والفوج 46،`: a unit's base named by its number
                    numbered = _NUMBERED_ITEM.match(view, word_end)
                    if numbered:
                        word_end = numbered.end(1)
                after = view[word_end:word_end + 2]
                if (text in _STOP_AFTER_CUE or not text.isalpha() or word_end - item_start < 3
                        or text.endswith(_PRONOUN_ENDINGS) or text in _PARTS_WITH_PRONOUN
                        # `قرية الدالية والأحراج المحيطة بها`: what lies around the place before
                        or _AROUND_IT.match(view, word_end) is not None
                        # `والفرنسية`: a nationality; `البلد وسط المدينة`: `وسط` is no `و`
                        or text in self._demonyms
                        # `في دول كالعراق وسوريا`: Syria itself is no place in it
                        or place_key(text) == _SYRIA_KEY
                        or (gap.group().endswith("و") and "و" + text in _STOP_AFTER_CUE)
                        # (`في حي الشعار وحده`: "alone", a word the conjunction begins)
                        or (gap.group().endswith("و")
                            and place_key("و" + text) in self._bare_not_places)
                        or (self._common_word(view[item_start:word_end])
                            and not _LIST_GOES_ON.match(view, word_end))
                        or any(lexical[item_start:own_words_end])
                        or not (after[:1] in (",", "") or after.startswith(" و")
                                or after.startswith(", ")
                                # `وساقية الكرت بجبل الأكراد`: the last item, then the
                                # place that locates the list
                                or (after == " ب" and (
                                    covered.get(word_end + 1) is not None
                                    # (`حيي الرمل الجنوبي والسكنتوري بمدينة اللاذقية`)
                                    or _located_with_noun(view, word_end + 1, covered)))
                                # (`وتل الجموع في ريف درعا`: a generic head's name too)
                                or ("و" in gap.group() and (text.startswith("ال")
                                                            or text in self._place_heads)
                                    and (after[:1] == "." or
                                         _next_word(view, word_end) in _STOP_AFTER_CUE)))):
                    break
                end = word_end
                key = place_key(view[item_start:end])
                # (`جرجناز والتح`: a short name the finder left, which the gazetteer may know)
                candidates = self.places.gazetteer.candidates(key)
                if not candidates and _PAST_VERB_SHAPE.fullmatch(text):
                    # `، وفتشت المارة`, `وفي ريف الحسكة، دمرت وحدات`: a verb in the past opens
                    # the next clause; no name the gazetteer lacks
                    break
                extra.append(PlaceMention(item_start, item_start, end, key, candidates=candidates,
                                          how="gazetteer" if candidates else "unknown"))
                kept_spans.add((item_start, end))
                covered.update((i, end) for i in range(item_start, end))
                position = end
        return extra

    def _dual_facilities(self, view: str, kept: list[PlaceMention]) -> list[PlaceMention]:
        """`على مطاري دمشق وحلب الدوليين`: a facility noun's dual before two towns names the
        facility of each (the gazetteer's `مطار دمشق الدولي`), not the towns."""
        if not any(noun in view for noun in _FACILITY_OF_DUAL):
            return kept
        for pair in _DUAL_FACILITY.finditer(view):
            noun = _FACILITY_OF_DUAL[pair.group("noun")]
            adjective = pair.group("adjective")
            named: list[PlaceMention] = []
            for group in ("first", "second"):
                start, end = pair.span(group)
                # (the adjective in the singular: `الدوليين` → `الدولي`)
                keys = [place_key(f"{noun} {pair.group(group)} {adjective[:-2]}")] \
                    if adjective else []
                keys.append(place_key(f"{noun} {pair.group(group)}"))
                found = next(((k, c) for k in keys
                              if (c := self.places.gazetteer.candidates(k))), None)
                if found is None:
                    break
                named.append(PlaceMention(start, start, end, found[0], candidates=found[1],
                                          how="gazetteer"))
            if len(named) == 2:
                first, last = pair.start("first"), pair.end("second")
                kept = [m for m in kept if not first <= m.start < last] + named
        return sorted(kept, key=lambda m: m.start)

    def _named_again(self, view: str, kept: list[PlaceMention],
                     lexical: bytearray) -> list[PlaceMention]:
        """`الغارات التي استهدفت غويران` after `في حي غويران`: a name no gazetteer knows,
        read once after its place noun, is that place wherever the report names it again,
        bare."""
        taken = bytearray(lexical)
        for m in kept:
            taken[m.start:m.end] = b"\1" * (m.end - m.start)
        again: list[PlaceMention] = []
        seen: set[str] = set()
        for m in sorted((m for m in kept if m.how == "unknown"), key=lambda m: m.start):
            noun = view[max(0, m.start - 16):m.start].split()[-1:]
            if not noun or noun[0].lstrip("وفبل") not in _NAMED_AGAIN_NOUNS:
                continue  # (a town's or a quarter's name only, read after its noun)
            name = view[m.core_start:m.end].removeprefix("ال")
            if name in seen or len(name.replace(" ", "")) < 4 or self._common_word(
                    name.split()[0]) or name.split()[0] in _STOP_AFTER_CUE:
                continue
            seen.add(name)
            pattern = regex.compile(r"(?<!\w)[وب]?(?:ال)?" + regex.escape(name) + r"(?!\w)")
            for found in pattern.finditer(view, m.end):
                if any(taken[found.start():found.end()]):
                    continue
                core = found.start() + (len(found.group()) - len(found.group().lstrip("وب")))
                taken[found.start():found.end()] = b"\1" * (found.end() - found.start())
                again.append(PlaceMention(found.start(), core, found.end(), m.key, how="unknown"))
        return again

    def _unknown_places(self, view, kept, place_nouns, lexical: bytearray):
        """Names after an indefinite place noun (`بلدة الزقوم`) that the gazetteer lacks.

        Arabic puts a place's name straight after its noun in a construct (`قرية X`), whose
        head never takes the article; after `القرية` the next word is an adjective."""
        starts = {m.start for m in kept}
        first_at: dict[int, PlaceMention] = {}
        occupied = bytearray(lexical)
        in_kept = bytearray(len(view) + 1)
        for m in kept:
            occupied[m.start:m.end] = b"\1" * (m.end - m.start)
            in_kept[m.start:m.end] = b"\1" * (m.end - m.start)
            first_at.setdefault(m.start, m)
        extra: list[PlaceMention] = []
        for cue_end, cue in place_nouns.items():
            noun = view[cue.norm_start:cue_end]
            plural = fold(cue.value.phrase) in _PLURAL_NOUNS
            if plural:
                # `القرى أبرزها: A، B`, `قرى: A وB`: a colon opens the list
                # (or a few words on: `على عدة قرى في ريف حماة الشمالي، وهي: A وB`, `القرى
                # التي جرى تطهيرها هي: A، B`)
                opening = _LIST_OPENING.match(view, cue_end) or _LIST_OPENING_LATER.match(
                    view, cue_end)
                if opening:
                    cue_end = opening.end()
                elif _definite_noun(noun):
                    continue
            elif _definite_noun(noun):
                continue
            phrase = fold(cue.value.phrase)
            if _ALIAS_BEFORE.search(view, max(0, cue.norm_start - 24), cue.norm_start):
                continue
            if phrase in _TAKEN_TO_SEATS and _TO_BEFORE.search(
                    view, max(0, cue.norm_start - 8), cue.norm_start):
                # `ونقلتهم إلى سجن ماراتيه`: where the taken were brought, no place of the deed
                continue
            if phrase in _FACILITY_NOUNS or phrase in _FRONT_NOUNS:
                # `مشفى الشفاء`: a facility's own name is no place name, nor a front's that no
                # gazetteer knows (`محور الجمعيات`)
                continue
            words = list(_WORD.finditer(view, cue_end, min(len(view), cue_end + 40)))
            if not words:
                continue
            first = words[0]
            if view[cue_end:first.start()].strip(' "'):
                continue
            if first.start() in starts:
                self._extend_name(view, first_at, in_kept, first.start(), words, lexical)
                continue
            text = first.group()
            if "ال" + text.removeprefix("ال") in _LANDMARK_NOUNS \
                    and phrase not in _SETTLEMENT_NOUNS and phrase not in _QUARTER_NOUNS:
                # `في محيط الدوار`: the landmark named before, no name of its own; `محيط محطة
                # تشرين`: a facility's (a quarter may be named after one: `حي الثكنة`)
                continue
            if any(occupied[first.start():first.end()]):
                # `مدينة القريتين`: after a settlement noun a place noun with the article
                # ("the two villages") is the town of that name, unless a dual adjective
                # agrees with it (`القريتين الواقعتين`); a verb may follow (`تزامنت`)
                if ((phrase in _SETTLEMENT_NOUNS or phrase in _QUARTERS_NOUNS)
                        and text.startswith("ال")
                        and text[2:] in self._place_noun_words
                        and (_ends_item(view, first.end())
                             or not _next_word(view, first.end()).endswith(("ين", "ان")))):
                    key = place_key(text)
                    candidates = self.places.gazetteer.candidates(key)
                    if candidates or phrase in _QUARTERS_NOUNS:
                        # (a quarter named so is one no gazetteer may know: `حيي الضاحية
                        # والسبيل` in Daraa)
                        extra.append(PlaceMention(first.start(), first.start(), first.end(), key,
                                                  candidates=candidates,
                                                  how="gazetteer" if candidates else "unknown"))
                continue
            if (text in _STOP_AFTER_CUE or not text.isalpha()
                    # `قرية أم الخير`, `قرية تل جمعة`: a short generic head begins a name
                    or (len(text) < 3 and text not in self._place_heads)
                    or self._common_word(text)
                    # (a quarter may be named after a people: `حي الرومانية`, `حي الأكراد`)
                    or text in self._demonyms and not (
                        text.startswith("ال") and phrase in ("حي", "حيي", "احياء"))
                    # `مخيم للنازحين`: a preposition and the article, "for the displaced"
                    or text.startswith("لل")
                    # `منطقة يؤمها السائحون`: a word with an attached pronoun is no name
                    or text.endswith(_PRONOUN_ENDINGS) or text in _PARTS_WITH_PRONOUN):
                continue
            if not text.startswith("ال") and text.endswith(("ي", "يه")) and not (
                    text.endswith("ي") and phrase.endswith("ه") and len(text) >= 4
                    or text.endswith("يه") and not phrase.endswith("ه") and not plural
                    and len(text) >= 4):
                # `حي شعبي`: an indefinite nisba adjective, not a name (an adjective agrees:
                # after a feminine noun, `قرية ميدانكي` is a name, `قرية كردية` is not; after
                # a masculine one, `حي كانيه كردا` is a name)
                continue
            following = _WORD.match(view, first.end() + 1) if first.end() < len(view) else None
            if following and following.group() in _RELATIVE_PREPOSITIONS:
                continue  # `قرية يسيطر عليها`: a relative clause, its first word a verb
            if following and text.endswith(_PRONOUN_ENDINGS) and any(
                    occupied[following.start():following.end()]):
                continue  # `منطقة ضربها التحالف`: a verb with its object, then its subject
            end = first.end()
            if plural and not _LIST_SEPARATOR.match(view, first.end()):
                # `قرى A وB`: after a plural noun only the first item of a list is a name
                # (`أحياء سكنية`, `قرى الريف الشمالي` are no lists), be it of two words
                # (`قرى أبراج بارودة وانباتة`)
                second = words[1] if len(words) > 1 else None
                if (second is None or view[end:second.start()] != " "
                        or not second.group().isalpha() or second.group().startswith("و")
                        or second.group() in _STOP_AFTER_CUE
                        # `جبهات القتال المتعددة`: a definite noun and its adjective
                        or (text.startswith("ال") and second.group().startswith("ال"))
                        or any(occupied[second.start():second.end()])
                        or not _LIST_SEPARATOR.match(view, second.end())):
                    continue
                extra.append(PlaceMention(first.start(), first.start(), second.end(),
                                          place_key(view[first.start():second.end()]),
                                          how="unknown"))
                continue
            if len(words) > 1 and (not text.startswith("ال") or text in _TITLES):
                second = words[1]
                # `بمنطقة بئر قصب`: after a generic head the second word need not be
                # definite, nor after a title (`حي الشيخ مقصود`: a man's name follows)
                # (a head's name may be short: `بيت جن`)
                head = (text in self._place_heads or text in _TITLES) \
                    and second.group().isalpha() and len(second.group()) >= 2
                if ((second.group().startswith("ال") or head
                     # `قرية تل بقل بريف الحسكة`: two bare words the item ends after are
                     # one name (not a verb after it: `حي قدوربك يشتبه في`)
                     or view[end:second.start()] == " " and _second_bare_word(view, second))
                        and not view[end:second.start()].strip()
                        and second.group() not in _STOP_AFTER_CUE
                        and not second.group().endswith(("ي", "يه"))  # an adjective
                        and not any(occupied[second.start():second.end()])):
                    end = second.end()
            if end == first.end() and len(text) < 3:
                continue  # `قرية "أم القرى"`: a short head the next word did not complete
            start = _field_noun_before(view, first.start()) or first.start()
            key = place_key(view[start:end])
            if start != first.start():
                end = _field_name_end(view, end)
            # `مدينة الباب`: a settlement noun makes a generic word (door, station) the
            # town the gazetteer knows by it
            # (and the first of `بلدات القريا وشهبا`)
            candidates = (self.places.gazetteer.candidates(key)
                          if fold(cue.value.phrase) in _SETTLEMENT_NOUNS
                          or fold(cue.value.phrase) in _SETTLEMENT_LIST_NOUNS else [])
            extra.append(PlaceMention(start, start, end, key, candidates=candidates,
                                      how="gazetteer" if candidates else "unknown"))
        extra.extend(self._headed_names(view, kept + extra, lexical))
        self._units_by_number(view, kept + extra)
        extra.extend(self._second_of_pair(view, kept + extra, place_nouns, lexical))
        return extra

    @staticmethod
    def _units_by_number(view: str, mentions: list[PlaceMention]) -> None:
        """`على جبهة الفوج 46`: a unit's barracks read as a place by its noun keeps its
        number. (One no other rule reads stays none: coders put what happened `في محيط
        اللواء 82` at the town beside it.)"""
        for m in mentions:
            number = _UNIT_NUMBER_AFTER.match(view, m.end) if m.how == "unknown" \
                and view[m.core_start:m.end] in _UNIT_NOUNS_BY_NUMBER else None
            if number is not None:
                m.end, m.key = number.end(), place_key(view[m.core_start:number.end()])

    def _second_of_pair(self, view, mentions, place_nouns, lexical: bytearray):
        """`قريتي قسطل جندو وبعدينا`: a dual noun names two places; the one after `و` is the
        second even where the gazetteer lacks it."""
        starts = {m.start: m for m in mentions}
        taken = bytearray(lexical)
        for m in mentions:
            taken[m.start:m.end] = b"\1" * (m.end - m.start)
        found: list[PlaceMention] = []
        for cue_end, cue in place_nouns.items():
            noun = view[cue.norm_start:cue_end].lstrip("وفبل")
            if noun not in _PAIR_NOUNS and noun not in _SETTLEMENT_LIST_NOUNS:
                continue  # (`قرى شنكال وآدمنلي`: a list's second member, as a pair's)
            # (a field's name holds its noun: `حقلي الوهاب والفهد`)
            first = starts.get(cue_end + 1) or starts.get(cue_end - len(noun))
            if first is None:
                continue
            second = _SECOND_OF_PAIR.match(view, first.end)
            if second is None or any(taken[second.start("name"):second.end("name")]):
                continue
            text = second.group("name")
            if (len(text) < 3 or text in _STOP_AFTER_CUE or text.endswith(_PRONOUN_ENDINGS)
                    # (a common word is a place here when one bears its name: `حيي الفردوس
                    # والمشهد`, two quarters)
                    or self._common_word(text)
                    and not self.places.gazetteer.candidates(place_key(text))):
                continue
            end = second.end("name")
            more = second.group("more")
            # (a title begins a name of two words too: `قريتي مورين والشيخ بحر`)
            if more and (not text.startswith("ال") and more.startswith("ال")
                         or text in _TITLES) \
                    and more not in _STOP_AFTER_CUE \
                    and not more.endswith(("ي", "يه")) \
                    and not any(taken[second.start("more"):second.end("more")]):
                end = second.end("more")  # `وكتف الغدر`: a name of two words
            key = place_key(view[second.start("name"):end])
            candidates = self.places.gazetteer.candidates(key)
            found.append(PlaceMention(second.start("name"), second.start("name"), end, key,
                                      candidates=candidates,
                                      how="gazetteer" if candidates else "unknown"))
        return found

    def _complete_title(self, view: str, mention: PlaceMention, lexical: bytearray) -> None:
        """`تل الشيخ حسين`, `تلة الشيخ يوسف`: a name the gazetteer ends on a title goes on with
        the man's name after it; the whole is the place (an unknown one, maybe), not the
        shorter name nor a longer one of the gazetteer's (`تل الشيخ عمر`)."""
        name = view[mention.core_start:mention.end].split(" ")
        if len(name) < 2 or name[-1] not in _TITLES and name[-1] not in _NAME_OPENERS:
            return
        following = _WORD.match(view, mention.end + 1)
        if following is None or view[mention.end:following.start()] != " ":
            return
        text = following.group()
        if (not text.isalpha() or len(text) < 3 or text.startswith("و")
                or text in _STOP_AFTER_CUE or text.endswith(("ي", "يه"))
                or any(lexical[following.start():following.end()])):
            return
        key = place_key(view[mention.core_start:following.end()])
        mention.end, mention.key = following.end(), key
        mention.candidates = self.places.gazetteer.candidates(key)
        mention.how = "gazetteer" if mention.candidates else "unknown"

    def _head_before_compass(self, view: str, mention: PlaceMention) -> PlaceMention:
        """`مدينة الباب شرقي حلب`: a generic head with the article, then a bare compass word,
        is the town of the head's name, east of the place after it; no quarter `باب شرقي`
        (whose head never takes the article)."""
        head, _, side = view[mention.core_start:mention.end].partition(" ")
        if not view[mention.start:mention.core_start].endswith("ال") or head not in \
                self._place_heads or not _COMPASS_BARE.fullmatch(side):
            return mention
        end = mention.core_start + len(head)
        key = place_key(head)
        candidates = self.places.gazetteer.candidates(key)
        return PlaceMention(mention.start, mention.core_start, end, key, candidates=candidates,
                            how="gazetteer" if candidates else "unknown")

    def _countryside_side(self, view: str, mention: PlaceMention) -> PlaceMention:
        """`بريف الباب الشرقي`: after "countryside", a compass adjective ending the name is the
        countryside's side (of the town `الباب`); no quarter `الباب الشرقي` has a countryside."""
        if _noun_before(view, mention) != "ريف":
            return mention
        head, _, side = view[mention.start:mention.end].rpartition(" ")
        if not head or not _COMPASS_ADJECTIVE.fullmatch(side):
            return mention
        end = mention.start + len(head)
        key = place_key(view[mention.core_start:end])
        candidates = self.places.gazetteer.candidates(key)
        if not candidates:
            return mention
        return PlaceMention(mention.start, mention.core_start, end, key, candidates=candidates,
                            how="gazetteer")

    def _complete_side(self, view: str, mention: PlaceMention) -> None:
        """`حي النشوة الغربية`, `حي الرمل الجنوبي`: a quarter's compass adjective is part of
        its name (an unknown one, maybe), unless the gazetteer knows a quarter of the name
        without it and nothing with it."""
        side = _WORD.match(view, mention.end + 1) if view.startswith(" ", mention.end) else None
        if side is None or not _COMPASS_ADJECTIVE.fullmatch(side.group()) \
                or not _quarter(view, mention):
            return
        key = place_key(view[mention.core_start:side.end()])
        candidates = self.places.gazetteer.candidates(key)
        if candidates or not any(self._in_a_city(p) for p in mention.candidates):
            mention.end, mention.key, mention.candidates = side.end(), key, candidates
            mention.how = "gazetteer" if candidates else "unknown"

    def _checkpoint_town(self, view: str, mention: PlaceMention,
                         sentences: list[Sentence]) -> bool:
        """`هاجموا حاجز مورك شمال حماة`: a checkpoint named by a town of the governorate its
        sentence names is at that town (most checkpoints bear a local name the gazetteer gives
        to a namesake far away: `حاجز العقبة` in Zabadani; and fire from one comes from it)."""
        if not mention.candidates or view[mention.start:mention.core_start] not in ("", "ال"):
            return False
        if _noun_before(view, mention) not in _CHECKPOINT_HEADS:
            return False
        index = bisect.bisect_right([s.start for s in sentences], mention.start) - 1
        if index < 0:
            return False
        sentence = sentences[index]
        words = view[sentence.start:sentence.end].split()
        keys = {place_key(w) for w in words} | {
            place_key(a + b) for a, b in itertools.pairwise(words)}
        named = {self.places.admin1_by_key[k] for k in keys & self.places.admin1_by_key.keys()}
        return any(p.admin1 in named for p in mention.candidates)

    def _in_a_city(self, place: Place) -> bool:
        """A quarter of the gazetteer, or a place inside its governorate's city (`الوعر`)."""
        if place.kind == "neighbourhood":
            return True
        capital = self._capitals.get(place.admin1 or "")
        return capital is not None and None not in (
            place.latitude, capital.latitude) and distance_km(
            (place.latitude, place.longitude), (capital.latitude, capital.longitude)
        ) <= QUARTER_REACH_KM

    def _extend_name(self, view, first_at, in_kept: bytearray, start, words,
                     lexical: bytearray) -> None:
        """`حي كرم الطراب`: a known word after a place noun, then a definite word that is
        neither a place, an adjective nor a lexicon word: the two make one name. After a
        generic head (`حي باب توما`, `قرية تل شغيب`) the second word need not be definite."""
        mention = first_at[start]
        if mention.key in self.admin_keys or " " in view[mention.core_start:mention.end]:
            return
        second = next((w for w in words if w.start() >= mention.end), None)
        if second is None or view[mention.end:second.start()] != " ":
            return
        text = second.group()
        head = view[mention.core_start:mention.end] in self._place_heads
        if (not (text.startswith("ال") or (head or _second_bare_word(view, second))
                 and text.isalpha()
                 and len(text) >= 3)
                or text.endswith(("ي", "يه")) or text in _STOP_AFTER_CUE
                or in_kept[second.start()]
                or any(lexical[second.start():second.end()])):
            return
        key = place_key(view[mention.core_start:second.end()])
        candidates = self.places.gazetteer.candidates(key)
        in_kept[mention.end:second.end()] = b"\1" * (second.end() - mention.end)
        mention.end, mention.key, mention.candidates = second.end(), key, candidates
        mention.how = "gazetteer" if candidates else "unknown"

    def _headed_names(self, view, kept, lexical: bytearray):
        """Unknown names built on a generic head after a preposition of place (`على سد كوكب`,
        `في تل اشهيب`, `بتل النبي أيوب`): the head (تل، سد، كفر، دير...) marks a name."""
        occupied = bytearray(lexical)
        for m in kept:
            occupied[m.start:m.end] = b"\1" * (m.end - m.start)
        heads = self._place_heads
        extra: list[PlaceMention] = []
        ends = {m.end for m in kept}  # (`جبل الهيال وتلة السيرياتيل`: the next of a list)
        for word in self._head_words.finditer(view):
            text = word.group()
            core = text[1:] if text[:1] in ("ب", "و") and text[1:] in heads else text
            if core not in heads:
                continue
            locative = core != text and (text[0] == "ب" or word.start() - 1 in ends)
            if not locative:
                before = _previous_word_start(view, word.start())
                locative = before is not None and (
                    view[before:word.start()].strip() in _LOCATIVES
                    # `بالقرب من بحيرة العجمي`
                    or view[max(0, before - 8):word.start()].endswith("بالقرب من ")
                    # `على قمة تلة مشته نور`, `في محيط تلة شعير`: a part of it, after a
                    # preposition
                    or view[before:word.start()].strip() in _OUTSKIRTS
                    and (ahead := _previous_word_start(view, before)) is not None
                    and view[ahead:before].strip() in _LOCATIVES)
            if not locative or any(occupied[word.start():word.end()]):
                continue
            end = word.end()
            for following in list(_WORD.finditer(view, word.end(), word.end() + 40))[:2]:
                name = following.group()
                if (view[end:following.start()] != " " or name in _STOP_AFTER_CUE
                        or not name.isalpha() or name.endswith(_PRONOUN_ENDINGS)
                        or any(occupied[following.start():following.end()])
                        # (`تلة الحميرة الاستراتيجية`: an adjective of the place, no word of
                        # its name)
                        or end > word.end() and name.removeprefix("ال") in _SINGULAR_ADJECTIVES
                        # (nor an indefinite one: `على تلال استراتيجية`)
                        or name in _SINGULAR_ADJECTIVES or name in _PLURAL_ADJECTIVES
                        # (`جبل الهيال وتلة السيرياتيل`: the next item of a list; and the
                        # dual adjective of both: `المشرفتين`)
                        or end > word.end() and (name.startswith("و") or name.startswith(
                            "ال") and name.endswith(("تين", "تان")))):
                    break
                end = following.end()
                if not name.startswith("ال"):
                    # `سد كوكب`: an indefinite word ends the name, or the bare word after it
                    # the item ends with (`على تلة مشتى نور،`)
                    second = _WORD.match(view, end + 1)
                    third = _WORD.match(view, second.end() + 1) if second is not None else None
                    if second is not None and view[end:second.start()] == " " \
                            and (_second_bare_word(view, second)
                                 # (or before the participle that ends it: `تلة مشته نور
                                 # المشرفة على`)
                                 or second.group().isalpha() and len(second.group()) >= 3
                                 and not second.group().startswith(("و", "ال"))
                                 and third is not None and third.group() in _STOP_AFTER_CUE
                                 and third.group().startswith("ال")) \
                            and not any(occupied[second.start():second.end()]):
                        end = second.end()
                    break
            if end == word.end():
                continue
            start = word.start() + (len(text) - len(core))
            key = place_key(view[start:end])
            extra.append(PlaceMention(word.start(), start, end, key,
                                      candidates=self.places.gazetteer.candidates(key),
                                      how="unknown"))
            ends.add(end)
        for mention in extra:
            if mention.candidates:
                mention.how = "gazetteer"
        return extra

    def _roles(self, view: str, mentions: list[PlaceMention], region_words, cue_at,
               place_nouns) -> None:
        admin1 = self.places.admin1_by_key
        previous: PlaceMention | None = None
        directional: list[PlaceMention] = []
        destinations: set[int] = set()
        retreats: set[int] = set()  # of those, where a force advanced, withdrew or fled to
        adjacent: set[int] = set()  # places named as what another lies next to
        previous_between = False  # the road before was told `بين X وY`
        for index, mention in enumerate(mentions):
            following = mentions[index + 1] if index + 1 < len(mentions) else None
            named = _ROAD_NAME.match(view, mention.core_start, mention.end)
            if named is not None and _ROAD_DASH_NAME.match(view, mention.end):
                # `طريق حلب - دمشق الدولي`: the road between two towns, not the quarter of
                # Hama named after the road to the first (`حي طريق حلب`)
                mention.start = mention.core_start = named.end()
                mention.key = place_key(view[named.end():mention.end])
                mention.candidates = self.places.gazetteer.candidates(mention.key)
                mention.how = "gazetteer" if mention.candidates else "unknown"
                mention.foreign = None
            road = _ROAD_BEFORE.search(view, max(0, mention.start - 40), mention.start)
            if road is not None and _NEIGHBOURHOOD_BEFORE.search(
                    view, max(0, road.start() - 12), road.start() + 1):
                # `أحياء طريق الباب والصاخور`: a quarter named after the road to a town, not
                # that town
                start = road.start("road")
                mention.start = mention.core_start = start
                mention.key = place_key(view[start:mention.end])
                mention.candidates = self.places.gazetteer.candidates(mention.key)
                mention.how = "gazetteer" if mention.candidates else "unknown"
                mention.foreign = None
                road = None
                if previous is not None and previous.start == start:
                    previous.role = "road"  # the road word alone, read as a name after `حي`
            between = road is not None and any(
                w in _ROAD_LINKS for w in road.group().split())
            # (a road of an earlier sentence goes on no further: the headline's `طريق دمشق -
            # بغداد` told again in the body)
            on_a_road = previous is not None and previous.role == "road" \
                and not _SENTENCE_END.search(view, previous.end, mention.start)
            if on_a_road or (
                    following is not None and road is not None
                    and (_ROAD_JOIN.fullmatch(view, mention.end, with_article(view, following))
                         or between and _ROAD_AND.fullmatch(
                             view, mention.end, with_article(view, following)))):
                # `إستراد دمشق حمص`, `طريق حلب - دمشق الدولي`, `الطريق الواصل بين سراقب
                # وأريحا`: the two towns a road is named after are not where on it the event
                # is (`طريق حقل العمر`, the road to one place, is near that place)
                mention.role = "road" if not on_a_road or (
                    _ROAD_JOIN.fullmatch(view, previous.end, with_article(view, mention))
                    or previous_between and _ROAD_AND.fullmatch(
                        view, previous.end, with_article(view, mention))
                    or _GLOSS.fullmatch(view, previous.end, mention.core_start)) else "place"
                if mention.role == "road":
                    mention.on_road = True
                    previous, previous_between = mention, between
                    continue
            if not _TOLD_OF_AFTER.match(view, mention.end) and (_LEADING_TO.search(
                    view, max(0, mention.start - 24), mention.start) or (
                    previous is not None and previous.role == "place"
                    and not _SENTENCE_END.search(view, previous.end, mention.start)
                    and _LEADING_TO_TOWN.search(view, max(0, mention.start - 32),
                                                mention.start)) or (
                    mention.foreign is None  # a place abroad still says which country
                    and (_moved_to(view, mention.start) or _came_from(view, mention.start))
                    ) or _advancing_toward(view, mention.start) or (
                    previous is not None and id(previous) in destinations
                    and view[previous.end:mention.core_start].strip(" ،,") in ("", "و")) or (
                    # (a retreat's goes on past a town's noun: `انسحاب عناصرها باتجاه معسكر
                    # المسطومة ومدينة أريحا`; not a road's: `الطرق المؤدية إلى سراقب وبنش
                    # وقرية تفتناز`, the village struck)
                    previous is not None and id(previous) in retreats
                    and view[previous.end:mention.core_start].strip(" ،,").removeprefix("و")
                    .strip() in _DESTINATION_GLUE)):
                # `الطرق المؤدية إلى حلب وحماة`, `نقل الجرحى إلى مشفى مدينة X`: where roads
                # or people go is not where the event is
                mention.role = "road"
                destinations.add(id(mention))
                if _advancing_toward(view, mention.start) or id(previous) in retreats or (
                        # (and where people fled: `نزحت العائلات باتجاه بلدتي صدد والحفر ومدينة
                        # حمص`)
                        mention.foreign is None and _moved_to(view, mention.start)):
                    retreats.add(id(mention))
                previous = mention
                continue
            if previous is not None and previous.role in ("place", "region", "qualifier") \
                    and (_GLOSS.fullmatch(view, previous.end, mention.start)
                         and view.startswith(")", mention.end)
                         or _QUOTED_GLOSS.fullmatch(view, previous.end, mention.start)
                         and view.startswith('"', mention.end)):
                # `بريف عين العرب (كوباني)`, `رأس العين (سري كانيه)`, `عين العرب «كوباني»`:
                # the other name of the place before, in brackets or quotes, is no place of
                # its own; it may locate that one
                mention.role = "qualifier"
                if previous.role == "place" and previous.within is None \
                        and previous.place is None and not previous.candidates:
                    previous.within = mention
                previous = mention
                continue
            before = _previous_word_start(view, mention.start)
            word_before = view[before:mention.start].strip() if before is not None else ""
            mention.outskirts = _on_outskirts(view, mention.start) or (
                word_before.lstrip("وفب") in _AREA_NOUNS and mention.key in admin1)
            # (`في منطقة إدلب`: the district or zone of a governorate's city, near it)
            nation = (self._demonyms.get(_next_word(view, mention.end))
                      if view[mention.end:mention.end + 1] == " " else None)
            if nation is not None and mention.candidates and \
                    _names_a_facility(view, mention, word_before):
                # `قاعدة حميميم الروسية`, `مطار الشعيرات الروسي`: a facility's nation is
                # whose it is, not the country it stands in
                nation = None
            if nation is None and mention.foreign is not None and not mention.candidates \
                    and not self._abroad(view, mention, before, previous):
                # `قرية البسيط` in a line about rural Lattakia: a Syrian village no gazetteer
                # knows, not the city abroad of its name
                mention.foreign, mention.how = None, "unknown"
            if nation is not None:
                # `مدينة سروج التركية`: the adjective says which country the place is in
                mention.role, mention.how = "place", "foreign"
                mention.foreign = ForeignPlace(view[mention.core_start:mention.end], nation,
                                               "city", None, None)
                if _next_word(view, mention.end).endswith(("تين", "تان")) \
                        and previous is not None and previous.how != "foreign" \
                        and only_glue(view[previous.end:mention.core_start]):
                    # (a dual, `القصر وحوش السيد علي اللبنانيتين`: both places)
                    previous.role, previous.how = "place", "foreign"
                    previous.foreign = ForeignPlace(view[previous.core_start:previous.end],
                                                    nation, "city", None, None)
            elif mention.foreign is not None and self._abroad(view, mention, before, previous):
                mention.role, mention.how = "place", "foreign"
            elif mention.key in admin1 and view[mention.core_start:mention.end].startswith("ريف"):
                # `بريف دمشق`: a governorate whose own name is a countryside
                mention.role, mention.admin1, mention.how = "region", admin1[mention.key], "region"
            elif mention.key in admin1 and (
                    word_before.removeprefix("و") in _REGION_HEADS
                    or word_before.removeprefix("و")[1:] in _REGION_HEADS
                    and word_before.removeprefix("و")[:1] in ("ب", "ل")):
                # `في بادية حمص الشرقية`: a governorate's desert (or mountains), no city
                mention.role, mention.admin1, mention.how = "region", admin1[mention.key], "region"
            elif before in region_words or (
                    # `بريف العاصمة دمشق`: the countryside of the capital, named; `بريف بلدة
                    # تل تمر`: of a town, named with its noun
                    before is not None and (place_key(view[before:mention.start]) == _CAPITAL_KEY
                                            or word_before in _SETTLEMENT_NOUNS)
                    and _previous_word_start(view, before) in region_words):
                if mention.key in admin1:
                    # (a governorate whose countryside is one of its own: `ريف دمشق`)
                    countryside = admin1.get(place_key("ريف " + view[mention.core_start:
                                                                      mention.end]))
                    mention.role, mention.admin1, mention.how = (
                        "region", countryside or admin1[mention.key], "region")
                else:
                    # `في ريف منبج`: a town's countryside; like a compass word's town, it is
                    # the event's place (near the town) when its clause names no other
                    mention.role = "qualifier"
                    directional.append(mention)
            elif (mention.key in admin1 and previous is not None and previous.role == "region"
                  and only_glue(view[previous.end:mention.core_start])):
                mention.role, mention.admin1, mention.how = "region", admin1[mention.key], "region"
            elif mention.key in admin1 and _frames_clause(view, mention, before, following):
                # `وفي حلب، اندلعت اشتباكات في حندرات`: a governorate's name put ahead of its
                # clause frames the places named after it; it is not one of its own
                mention.role, mention.admin1, mention.how = "region", admin1[mention.key], "region"
            elif mention.key not in admin1 and _noun_before(view, mention) in _DISTRICT_NOUNS \
                    and (_frames_clause(view, mention, before, following)
                         or _told_where_after(view, mention, following)):
                # `وفي ناحية راجو، قصفت المدفعية قرية ميدانكي`: a district put ahead of its
                # clause frames the places named after it (and so does one whose clause tells
                # where in it: `مجزرة في مقاطعة عفرين، حيث استهدفت منزلا في قرية جلمة`)
                mention.role = "qualifier"
                previous = mention
                continue
            elif (mention.key in admin1 and previous is not None
                  and previous.role in ("place", "region", "qualifier")
                  and view.startswith("ل", mention.start)
                  and tokens_between(view, previous.end, mention.start) == 0):
                # `الغوطة الغربية لدمشق`, `الريف الشمالي لحلب`: whose ground the place before
                # is, no place of its own; nor a governorate the place must lie in (the
                # Ghouta of Damascus lies in Rural Damascus)
                mention.role = "qualifier"
                previous = mention
                continue
            elif previous is not None and previous.role == "place" and _quarter(view, previous) \
                    and (side := _SIDE_OF_CITY.search(view, max(0, mention.start - 64),
                                                      mention.start)) is not None \
                    and previous.end <= side.start() \
                    and tokens_between(view, previous.end, side.start()) <= SIDE_GAP:
                # `حي الأسدية في الجهة الغربية من مدينة منبج`: the side of the city a quarter
                # lies on says where the quarter is; the city is no place of its own
                mention.role = "qualifier"
                previous.within = mention
                previous = mention
                continue
            elif not _SIDE_OF_CITY.search(view, max(0, mention.start - 64), mention.start) and (
                    _after_direction(view, mention.start, cue_at) and not (
                    # (`في قرية عون الدادات وقرب قرية الهوشرية`: in one and near the next)
                    previous is not None and previous.role == "place"
                    and _near_before(view, mention.start, joined=True)) and not (
                    # `الدير الشرقي والدير الغربي`: the next item of a list after a compass
                    # adjective, not a place it points to
                    view.startswith("و", mention.start) and mention.start < mention.core_start
                    and previous is not None
                    and tokens_between(view, previous.end, mention.start) <= 1) or _bordering(
                    view, mention.start) or (
                    mention.key in admin1 and previous is not None
                    and tokens_between(view, previous.end, mention.start) <= 2
                    and word_before in ("في", "ب", "(في", "بمحافظه")
                    # (not the next share of a toll among the places told before it:
                    # `مدينتي جبلة وطرطوس، وهم 101 في جبلة و47 في طرطوس`)
                    and not (_DIGIT.search(view, previous.end, mention.start) and any(
                        m.key == mention.key and mention.start - 200 < m.end <= previous.start
                        for m in mentions[:index])))):
                # (`الحي الشرقي لمدينة الحسكة`, `المدخل الشمالي لمدينة X`: a side of the city
                # itself, named with its noun, is the city; not its countryside, `الريف`)
                mention.role = "qualifier"
                if mention.key not in admin1 or _near_before(view, mention.start) \
                        or word_before in _CITY_NOUN_FORMS:
                    # (and `في شرق مدينة حلب`: the city named with its noun, no countryside)
                    # (`12 ضربة جوية قرب الرقة`, `قرب مدينة الحسكة`: near a governorate's city
                    # is the city, where `شمال حلب` is as often its countryside; so is `الحي
                    # الجنوبي لمدينة الحسكة` as often not, measured over four cuts of the gold)
                    directional.append(mention)
            elif previous is not None and (
                    id(previous) in adjacent and only_glue(view[previous.end:mention.core_start])
                    or previous.role in ("place", "qualifier")
                    and (_adjacent_to(view, previous, mention) or _between(view, previous, mention)
                         or _around(view, previous, mention, place_nouns))):
                # `بنش المجاورة لقريتي الفوعة وكفريا`: the places it lies next to locate it
                if previous.role == "place" and _named_as_region(previous) and mention.candidates \
                        and not _named_as_region(mention) and previous.within is None:
                    # `في الغوطة الشرقية على أطراف بلدة حوش الضواهرة`: the town is where it
                    # happened, the plain it lies in only says where that is
                    previous.role, mention.within = "qualifier", previous
                    previous = mention
                    continue
                mention.role = "qualifier"
                adjacent.add(id(mention))
                if previous.within is None and id(previous) not in adjacent:
                    previous.within = mention
            elif previous is not None and previous.role in ("place", "qualifier") and (
                    previous.role == "place" or _named_as_region(mention)) and _locates(
                    view, previous, mention, self.admin_keys, place_nouns):
                # `بلدة الطيبة بالغوطة الغربية`, `خان شيخون في منطقة إدلب`: the second name
                # says where the first one is (and a zone the town that locates it lies in:
                # `حي زرادشت بمدينة رأس العين ضمن منطقة "نبع السلام"`)
                mention.role = "qualifier"
                if previous.role == "place":
                    previous.within = mention
            if mention.how == "foreign" and previous is not None and previous.role == "place" \
                    and previous.within is None and tokens_between(
                        view, previous.end, mention.start) <= 4 and (
                    _after_direction(view, mention.start, cue_at)
                    or _in_place_abroad(view, previous, mention)):
                # `قرية دوما جنوب نابلس`, `بحي العنود بالدمام`, `حي نزال وسط مدينة الفلوجة`:
                # the place abroad locates the place before it (`_abroad_by_context` puts that
                # one abroad too)
                mention.role = "qualifier"
                previous.within = mention
            if mention.role in ("qualifier", "region") and previous is not None \
                    and previous.role == "place" and previous.within is None \
                    and tokens_between(view, previous.end, mention.start) <= 3 \
                    and not _SENTENCE_END.search(view, previous.end, mention.start) \
                    and not view[previous.end:mention.core_start].lstrip(" ,").startswith("و") \
                    and not _TWO_COUNTRYSIDES_BEFORE.search(view, max(0, mention.start - 12),
                                                            mention.start):
                # `X بريف Y` locates X; `X وريف Y` only adds another area; the governorate
                # opening the next sentence or paragraph locates nothing of this one; nor does
                # the first of two (`وخربة الجوز في ريفي اللاذقية وإدلب`: either may hold it)
                previous.within = mention
            previous = mention
        _governorate_lists(view, mentions, admin1, place_nouns)
        _list_located(view, mentions, cue_at)
        # `خطفت ... قرب مدينة اعزاز`: a compass word whose clause names no place before it
        # locates the event itself, near that place (geo_precision 2)
        # (one pass in text order; the clause is looked for a bounded way back)
        waiting = {id(m) for m in directional}
        place_starts = sorted(m.start for m in mentions if m.role == "place")
        last_place = last_place_end = -1
        for mention in mentions:
            if id(mention) in waiting:
                reach = max(0, mention.start - _CLAUSE_REACH)
                clause_start = max(view.rfind(mark, reach, mention.start)
                                   for mark in ",،.\n") + 1
                # (`في قرية الفاطسة، شرقي عين عيسى،`: a compass phrase set off by commas
                # right after a place locates it)
                set_off = last_place_end >= 0 and view[last_place_end:clause_start - 1].strip(
                    ) == "" and view[clause_start - 1:clause_start] in ",،" and tokens_between(
                        view, clause_start, mention.start) <= 2
                # (nor is a place a clause of its own says the one before lies near: `قرب قرية
                # تل عدس بريف المالكية، على مقربة من حقول رميلان`)
                set_off = set_off or (
                    last_place_end >= 0 and view[clause_start - 1:clause_start] in ",،"
                    and _near_before(view, mention.start)
                    and tokens_between(view, clause_start, mention.start) <= NEAR_PHRASE_WORDS
                    # (not the next item joined on: `، ونقطة عسكرية قرب مدينة البوكمال`)
                    and not view[clause_start:mention.start].lstrip().startswith("و")
                    and not _SENTENCE_END.search(view, last_place_end, mention.start))
                # (`وفي ريف تل أبيض، قتل راعٍ بانفجار لغم في قرية خربة الرز`: a countryside set
                # ahead of its clause frames the place its sentence names after it; not one
                # that ends a deed's clause: `استهدفت الغارات مقرا قرب مدينة الكسوة، إضافة إلى`)
                later = bisect.bisect_right(place_starts, mention.end)
                framing = tokens_between(view, clause_start, mention.start) <= 3 and \
                    view[mention.end:mention.end + 2].lstrip()[:1] in (",", "،") and \
                    later < len(place_starts) and "." not in view[mention.end:
                                                                  place_starts[later]]
                if last_place < max(clause_start, reach) and not set_off and not framing:
                    mention.role, mention.outskirts = "place", True
            if mention.role == "place":
                last_place, last_place_end = mention.start, mention.end

    def _resolve(self, view: str, sentences: list[Sentence], mentions: list[PlaceMention],
                 village_nouns, actor_cover: Sequence[int] = ()) -> None:
        admin1 = self.places.admin1_by_key
        report_admin1 = {m.admin1 for m in mentions if m.role == "region" and m.admin1}
        report_admin1 |= {admin1[m.key] for m in mentions if m.key in admin1}
        # the governorates of the report's names that have places in one governorate only
        single = {m.key: {p.admin1 for p in m.candidates if p.admin1} for m in mentions
                  if len({p.admin1 for p in m.candidates}) == 1}

        def told_elsewhere(key: str) -> set[str]:
            """The governorates the report's other names of one governorate lie in."""
            return set().union(*(a for k, a in single.items() if k != key))
        starts = [s.start for s in sentences]

        def sentence_of(m: PlaceMention) -> Sentence:
            return sentences[max(0, bisect.bisect_right(starts, m.start) - 1)]

        _country_by_context(mentions, sentence_of)
        self._abroad_by_context(view, mentions)
        self._abroad_by_paragraph(view, sentences, mentions, sentence_of)
        by_sentence: dict[int, set[str]] = {}
        by_paragraph: dict[int, set[str]] = {}
        anchors: dict[int, list[tuple[float, float]]] = {}
        sentence_anchors: dict[int, list[tuple[float, float]]] = {}
        # the governorates' own cities a sentence names (`في مدينة حلب`): where its quarters lie
        sentence_cities: dict[int, list[Place]] = {}
        # the cities a sentence has named so far after `مدينة` (`وفي مدينة عفرين،`), by point
        sentence_towns: dict[int, list[tuple[float, float]]] = {}
        # the governorates the report has put a place in so far, and the last city it named
        # with its noun (`في مدينة الحسكة`): the city of a quarter told later alone
        told_admin1: set[str] = set()
        last_city: Place | None = None
        # sentences naming a place the gazetteer of Syria knows, before or after a name
        syrian_sentences: set[int] = set()
        for m in mentions:
            sentence = sentence_of(m)
            if m.how != "foreign" and m.candidates:
                syrian_sentences.add(sentence.index)
            if m.key in admin1 and m.role == "qualifier" and _STOOD_BY_PLACES.search(
                    view, max(0, m.start - 80), m.start):
                continue  # (whom a protest stood by says nothing of where its places lie)
            if m.key in admin1 and m.role in ("region", "qualifier"):
                by_sentence.setdefault(sentence.index, set()).add(admin1[m.key])
            capital = self._capitals.get(admin1[m.key]) if m.key in admin1 and \
                m.role != "region" else None
            if capital is not None and capital.latitude is not None:
                sentence_cities.setdefault(sentence.index, []).append(capital)
            if m.key in admin1:
                by_paragraph.setdefault(sentence.paragraph, set()).add(admin1[m.key])
            point = unambiguous(m) if m.role != "region" else None
            if point is not None:
                # one point per place: a name repeated a hundred times is one anchor
                if point not in anchors.setdefault(sentence.paragraph, []):
                    anchors[sentence.paragraph].append(point)
                if point not in sentence_anchors.setdefault(sentence.index, []):
                    sentence_anchors[sentence.index].append(point)
            elif capital is not None and capital.latitude is not None and m.role == "place":
                # `كما شهدت مدينة حمص تجمعا، وخرجت مظاهرة في بانياس`: a governorate's name
                # told as a place is its city, a point for the names of its own sentence
                point = (capital.latitude, capital.longitude)
                if point not in sentence_anchors.setdefault(sentence.index, []):
                    sentence_anchors[sentence.index].append(point)
        every_anchor = list(dict.fromkeys(a for points in anchors.values() for a in points))
        quarters_named = _quarters(view, mentions)
        paragraph_countries: dict[int, set[str]] | None = None
        sentence_countries: dict[int, set[str]] = {}
        report_country: str | None = None  # "" once asked and there is none
        contexts: dict[tuple[tuple[float, float], ...], int] = {}
        nearest: dict[tuple[object, str], float] = {}  # a place's distance to a context
        line_nations: dict[tuple[int, int], set[str]] = {}
        name_starts = {m.core_start for m in mentions} | {m.start for m in mentions}
        resolved_keys = {x.key for x in mentions if x.candidates}
        unknown = sum(1 for x in mentions if x.how == "unknown")
        # a few unknown names are compared with each key; many, in a long report, look their
        # variants up in an index instead (built when a name first needs it)
        known_keys: OneEditIndex | set[str] | None = (
            resolved_keys if unknown * len(resolved_keys) <= _DIRECT_COMPARISONS else None)
        by_key: dict[str, list[PlaceMention]] = {}
        for x in mentions:
            by_key.setdefault(x.key, []).append(x)
        in_sentence: dict[int, set[str]] = {}  # governorates of the places resolved so far
        sentence_keys: dict[int, set[str]] = {}  # the keys of the names each sentence tells
        for x in mentions:
            if not x.in_name:  # (not a council's town: `مجلس تل تمر العسكري`)
                sentence_keys.setdefault(sentence_of(x).index, set()).add(x.key)
        # names whose governorate, told once, has no place of that name: key -> governorate
        unknown_in: dict[str, str] = {}
        # each mention with the one before it (a list's previous item, maybe)
        for m, listed_after in zip(mentions, [None, *mentions][:len(mentions)], strict=True):
            if m.how == "foreign":
                continue  # its Syrian namesakes are not meant: no point, no governorate
            sentence = sentence_of(m)
            near = by_sentence.get(sentence.index, set())
            if m.key in admin1:
                told_admin1.add(admin1[m.key])
            if m.how == "unknown":
                if known_keys is None:
                    known_keys = OneEditIndex(resolved_keys)
                fuzzy = fuzzy_key_match(m.key, known_keys)
                # the twin may have lost its candidates since (resolved to none in its
                # governorate): then there is nothing to borrow
                twin = next((x for x in by_key.get(fuzzy, ()) if x.candidates),
                            None) if fuzzy else None
                if twin is not None:
                    m.candidates, m.how = list(twin.candidates), "fuzzy"
                else:
                    # `الشدادي ... بريف الحسكة` for OCHA's `الشدادة`: one letter apart, in the
                    # governorate the text names, and no other such place there
                    where = ({m.within.admin1} if m.within and m.within.admin1 else set()) | near
                    m.candidates = self._spelled_nearby(m.key, where) or self._without_adjective(
                        view[m.core_start:m.end], where | ({m.admin1} if m.admin1 else set()))
                    if m.candidates:
                        m.how = "fuzzy"
            if len(m.candidates) > 1:
                # `قرى الدردارة وأم الكيف في ريف تل تمر`: the namesake the gazetteer names
                # with the town its sentence names (OCHA's `الدردارة تل تمر`)
                # (not a governorate's: `أبو راسين بريف الحسكة` is no OCHA `أبو راسين حسكة`)
                told = ({m.within.key} if m.within is not None else
                        sentence_keys.get(sentence.index, set()) - {m.key}) - admin1.keys()
                marked = [p for p in m.candidates if p.name_ar and any(
                    place_key(p.name_ar) == m.key + k for k in told)]
                if len(marked) == 1:
                    m.candidates = marked
            if m.key in admin1 and m.role == "place" and not _after_place_noun(
                    view, m.start, village_nouns):
                # `السويداء` alone is the governorate's city, not a namesake village elsewhere
                capitals = [p for p in m.candidates if p.admin1 == admin1[m.key]
                            and p.kind in _TOWN_KINDS]
                capitals.sort(key=lambda p: (p.capital_level is None, p.capital_level or 0))
                if capitals:
                    m.candidates = capitals[:1]
            if m.candidates and m.role != "region":
                own = unambiguous(m)
                within: set[str] = set()
                context: list[tuple[float, float]] = []
                located_by: tuple[float, float] | None = None
                listed_near = False
                if m.within is not None:
                    # the place that locates it decides first
                    where = m.within
                    if where.admin1:
                        within.add(where.admin1)
                    shared = {p.admin1 for p in where.candidates if p.admin1}
                    seats = {p.admin1 for p in where.candidates
                             if p.admin1 and p.capital_level is not None}
                    if len(shared) == 1:
                        within |= shared
                    elif not where.admin1 and len(seats) == 1:
                        # `حي القصور بمدينة بانياس`: a town that locates a place is the seat
                        # of that name, not a hamlet or a Golan namesake
                        within |= seats
                    point = unambiguous(where, within_km=25.0)
                    if point is None and (within or near):
                        # `في ناحية ربيعة، بريف اللاذقية`: its namesake in the governorate
                        point = unambiguous(where, within_km=25.0, admin1=within or near)
                    if point is None and self.after_city_noun(view, where):
                        # `حي الزراعة في مدينة الباب`: a city named with its noun is the seat
                        # of that name, not a namesake hamlet
                        city_seats = [p for p in where.candidates
                                      if p.capital_level is not None and p.kind in _TOWN_KINDS
                                      and p.latitude is not None and p.longitude is not None
                                      and (not within or p.admin1 in within)]
                        if len(city_seats) == 1:
                            point = (city_seats[0].latitude, city_seats[0].longitude)
                    if point is not None:
                        context = [point]
                        located_by = point
                elif own is None and listed_after is not None \
                        and listed_after.place is not None \
                        and listed_after.place.latitude is not None \
                        and sentence_of(listed_after) is sentence \
                        and only_glue(view[listed_after.end:m.core_start]):
                    # `كفريا والفوعة ونبل والزهراء`: a name coordinated with the one before it
                    # lies near it (the Zahraa beside Nubl, not the namesake near Fuah)
                    context = [(listed_after.place.latitude, listed_after.place.longitude)]
                    listed_near = True
                if within and m.within is not None and located_by is not None and (
                        m.within.outskirts
                        or m.within.role == "qualifier" and m.within.key in admin1):
                    # `ضاحية السيدة زينب قرب دمشق`, `الكسوة جنوبي دمشق`: near a city, or to
                    # one side of it, may lie over its governorate's line (the capital's
                    # suburbs are Rural Damascus); farther when the city's governorate has
                    # no place of the name (`معلولا شمال دمشق`, `يبرود، شمال دمشق`)
                    reach = NEAR_CITY_KM if any(p.admin1 in within for p in m.candidates) \
                        else BEYOND_CITY_KM
                    within |= {p.admin1 for p in m.candidates if p.admin1
                               and p.latitude is not None and distance_km(
                                   (p.latitude, p.longitude), located_by) <= reach}
                if within and not any(p.admin1 in within for p in m.candidates):
                    # `تل السمن بريف الرقة` and no تل السمن in Raqqa: never geocode it to
                    # another governorate; a longer name there that starts with it will do
                    m.candidates = self._longer_names(m.key, within)
                    if not m.candidates:
                        m.how, m.admin1 = "unknown", sorted(within)[0]
                        unknown_in.setdefault(m.key, m.admin1)
                        continue
                told_with = False  # a context of places its own sentence names
                if not context:
                    context = [a for a in sentence_anchors.get(sentence.index, []) if a != own]
                    told_with = bool(context)
                if not context:
                    context = [a for a in anchors.get(sentence.paragraph, []) if a != own]
                if not context:
                    context = [a for a in every_anchor if a != own]
                context_id = contexts.setdefault(tuple(context), len(contexts))
                # `حي X`, not only listed after one (or a quarter a street is named after:
                # `شارع سيف الدولة` in a report on Raqqa is a street of Raqqa)
                named_quarter = _quarter(view, m) or \
                    _noun_before(view, m).removeprefix("ال") in _STREET_HEADS
                quarter = id(m) in quarters_named
                cities = [] if located_by else sentence_cities.get(sentence.index, [])
                # (and, for a quarter, a city its sentence named before it: `وفي مدينة
                # عفرين، ... على حي الأشرفية`)
                framing = sentence_towns.get(sentence.index, []) \
                    if named_quarter and not located_by else []
                towns = [located_by] if located_by else [(c.latitude, c.longitude)
                                                         for c in cities] + framing
                quarters = [p for p in m.candidates if p.kind == "neighbourhood" and (
                    not towns or p.latitude is None or any(
                        distance_km((p.latitude, p.longitude), town) <= QUARTER_REACH_KM
                        for town in towns))]
                if quarter and quarters:
                    # `حي جوبر`: the city's quarter, not the village of the same name (nor a
                    # quarter of that name in another city than the one its sentence names)
                    m.candidates = quarters
                seats = [p for p in m.candidates if p.capital_level is not None
                         and p.kind in _TOWN_KINDS] if not located_by and \
                    self.after_city_noun(view, m) else []
                if len({p.admin2 for p in seats}) == 1 and not within:
                    # `مدينة الدانا`: the city is the seat, not a village of its name in
                    # another district of the governorate a town beside it lies in
                    m.candidates = [p for p in m.candidates if p.admin2 == seats[0].admin2]
                elif len({p.admin1 for p in seats}) == 1 and not within:
                    # `مدينة دوما`: the city is the district's seat, not a village of its name
                    # in the governorate of a town named beside it
                    m.candidates = [p for p in m.candidates if p.admin1 == seats[0].admin1]
                m.place = choose_place(m.candidates, near, report_admin1, context,
                                       by_paragraph.get(sentence.paragraph, set()), within,
                                       nearest, context_id,
                                       km_per_point=LOCATED_KM if located_by else
                                       LISTED_KM if listed_near or told_with else None,
                                       spelt=view[m.core_start:m.end],
                                       aliased=self.places.gazetteer.aliased(m.key))
                if (m.place is not None and m.foreign is not None and m.foreign.kind == "city"
                        and m.foreign.iso2 in NEIGHBOURS and not within and not near
                        and all(p.capital_level is None and p.kind != "neighbourhood"
                                for p in m.candidates)
                        and not _after_place_noun(view, m.start, village_nouns)
                        and not named_quarter
                        and not any(p.admin1 in report_admin1 | told_elsewhere(m.key)
                                    for p in m.candidates)):
                    # `وفي الهرمل، سقطت صواريخ مصدرها الأراضي السورية`: a city over the border
                    # the report tells of, not a hamlet of a governorate it never comes to
                    m.place, m.admin1, m.how, m.role = None, None, "foreign", "place"
                    continue
                around = near | in_sentence.get(sentence.index, set())
                if ((quarter or named_quarter and (located_by is not None or framing))
                        and m.place is not None and not quarters
                        and towns and (
                            # (a namesake with no point of its own is no quarter of the town)
                            m.place.latitude is None and m.place.admin1 not in near
                            or m.place.latitude is not None
                            and all(distance_km((m.place.latitude, m.place.longitude),
                                                town) > QUARTER_REACH_KM for town in towns))):
                    # `حي المغاير في حلب القديمة`, `في مدينة حلب ... على حيي الميدان`, `حي
                    # الزراعة في مدينة الباب`: a quarter of the town that locates it or that its
                    # sentence names, not the village
                    # of that name 100 km away; the name stays, in that town's governorate
                    m.place, m.candidates, m.how = None, [], "unknown"
                    regions = within or {c.admin1 for c in cities} or near
                    m.admin1 = next(iter(regions)) if len(regions) == 1 else None
                    continue
                if ((named_quarter or quarter) and not framing and not located_by and not cities
                        and m.place is not None and last_city is not None
                        and m.place.admin1 != last_city.admin1
                        and m.place.admin1 not in told_admin1 | around):
                    # `شنت طائرات غارات في مدينة الحسكة. ... في حي الصالحية`: a quarter told
                    # alone is one of the city the report is about (its namesake there, or a
                    # name the gazetteer lacks), not a quarter of a city the report never names
                    there = [p for p in m.candidates if p.latitude is not None
                             and last_city.latitude is not None
                             and distance_km((p.latitude, p.longitude), (
                                 last_city.latitude, last_city.longitude)) <= QUARTER_REACH_KM]
                    if there:
                        m.place, m.candidates = there[0], there
                    else:
                        m.place, m.candidates, m.how = None, [], "unknown"
                        m.admin1 = last_city.admin1
                        continue
                if (named_quarter and m.place is not None and m.place.kind != "neighbourhood"
                        and around and m.place.admin1 not in around):
                    # `في حمص ... أحياء المدينة بينها حي الغوطة`: a quarter of the city its
                    # sentence names, not a village of that name in another governorate
                    m.place, m.candidates, m.how = None, [], "unknown"
                    m.admin1 = next(iter(around)) if len(around) == 1 else None
                    continue
                # (the governorate its sentence names, else that of the city the report is
                # about: `في محيط مشفى تشرين العسكري` in a report on Damascus)
                # (else the one governorate the report's places so far lie in: `ومنطقة الجبل
                # الشرقي` in a report on al-Zabadani)
                told = near or ({last_city.admin1} if last_city is not None
                                and last_city.admin1 else set()) or (
                    told_admin1 if len(told_admin1) == 1 and _noun_before(view, m).lstrip(
                        "وفب") in _AREA_NOUNS else set())
                if (m.place is not None and told and m.place.admin1 not in told
                        and self._common_word(view[m.core_start:m.end])
                        and not self.after_city_noun(view, m)):
                    # `في محيط محطة تشرين ... بريف دمشق`: a common word taken for a place
                    # only after a place noun is no hamlet of another governorate than the
                    # one its sentence names; it stays a name no gazetteer knows, there (not a
                    # city named with its noun: `بمدينة الطبقة`)
                    m.place, m.candidates, m.how = None, [], "unknown"
                    m.admin1 = next(iter(told)) if len(told) == 1 else None
                if (m.place is not None and len(near) == 1 and m.place.admin1 not in near
                        and m.place.capital_level is None and m.place.admin1 not in
                        in_sentence.get(sentence.index, set())
                        # (`زاكية جنوب دمشق`: a city one side of which it lies put it there)
                        and m.place.admin1 not in within
                        and m.place.latitude is not None
                        and not self.places.gazetteer.borders(m.place, next(iter(near)))
                        and m.place.source != "user"):
                    # (an airbase or crossing of the data files is known by its own name:
                    # `قاعدة حميميم ... من منطقة في إدلب` is still the Lattakia base)
                    # `قصف تل الشيخ حسين ... في ريف درعا`: a hamlet far from the one
                    # governorate its sentence names, where no other place of the sentence
                    # lies, is not what was meant; the name stays, in that governorate
                    m.place, m.candidates, m.how = None, [], "unknown"
                    m.admin1 = next(iter(near))
                if m.admin1 is None and m.place is not None:
                    m.admin1 = m.place.admin1
                if m.place is not None and m.place.admin1:
                    in_sentence.setdefault(sentence.index, set()).add(m.place.admin1)
                if m.place is not None and m.place.latitude is not None and \
                        self.after_city_noun(view, m):
                    sentence_towns.setdefault(sentence.index, []).append(
                        (m.place.latitude, m.place.longitude))
                    last_city = m.place
                elif m.place is not None and m.key in admin1 and m.place.capital_level \
                        is not None and m.place.latitude is not None:
                    last_city = m.place  # `في الحسكة`: the governorate's city
                if m.place is not None and m.place.admin1:
                    told_admin1.add(m.place.admin1)
            if m.how == "unknown" and m.admin1 is None:
                # the governorate that locates it, else the one its sentence names
                shared = {p.admin1 for p in m.within.candidates} \
                    if m.within is not None and m.within.how != "foreign" else set()
                if m.within is not None and m.within.admin1:
                    m.admin1 = m.within.admin1
                elif len(shared) == 1 and None not in shared:
                    # `قرية أم الخير غرب بلدة تل تمر`: named before the place that locates it
                    m.admin1 = shared.pop()
                elif len(near) == 1:
                    m.admin1 = next(iter(near))
            if m.how == "unknown" and m.admin1 is None and m.role == "place" and \
                    sentence.index not in syrian_sentences:
                # a name no gazetteer knows, in a paragraph about one foreign country (named,
                # or one of its cities named) and no Syrian governorate (`قرية القديح` in a
                # story about Saudi Arabia, `حي سومر` beside `الموصل`); not in a sentence
                # that names Syrian villages (`في محيط المشيك ... وتل واسط`)
                if paragraph_countries is None:  # once per report, where it is needed
                    paragraph_countries, sentence_countries = {}, {}
                    for x in mentions:
                        if x.foreign is not None and x.how == "foreign":
                            paragraph_countries.setdefault(sentence_of(x).paragraph,
                                                           set()).add(x.foreign.country)
                            sentence_countries.setdefault(sentence_of(x).index,
                                                          set()).add(x.foreign.country)
                # the places abroad of its own sentence speak first, then its paragraph's
                own = set(sentence_countries.get(sentence.index, ())) - {"Syria"}
                countries = set(own) or set(paragraph_countries.get(sentence.paragraph, ()))
                if len(own) == 1 and not by_sentence.get(sentence.index) \
                        and not in_sentence.get(sentence.index):
                    # `منطقة المضيق ... شرق الرمادي`: a sentence whose only known places are
                    # one country's abroad tells of that country, whatever its paragraph
                    m.foreign = ForeignPlace(view[m.core_start:m.end], own.pop(), "city",
                                             None, None)
                    m.how = "foreign"
                    continue
                line = _line_of(view, m.start, m.end)
                if line not in line_nations:
                    line_nations[line] = {
                        self._demonyms[w.group()] for w in _WORD.finditer(view, *line)
                        if w.group() in self._demonyms
                        # (not a place's own name: `حي الرومانية`, a quarter named after a people)
                        and w.start() not in name_starts
                        # (nor a person's nationality: `يحمل الجنسية التونسية في حي الثكنة`)
                        and not _NATIONALITY_BEFORE.search(view, max(0, w.start() - 16),
                                                           w.start()) and (
                            self._demonyms[w.group()] in self._neighbours
                            or not (actor_cover and actor_cover[w.start()] >= w.end()))}
                countries |= line_nations[line]
                countries.discard("Syria")
                if len(countries) != 1 and report_country is None:
                    report_country = self._report_country(view, mentions)
                if len(countries) == 1 and not by_paragraph.get(sentence.paragraph):
                    country: str | None = countries.pop()
                else:
                    # a report that names no place in Syria and no Syria at all: the
                    # country it names most (`بيرزيت` in a story of Palestine and Israel)
                    country = report_country or None
                if country is not None:
                    name = view[m.core_start:m.end]
                    m.foreign = ForeignPlace(name, country, "city", None, None)
                    m.how = "foreign"

        # one report means one place by one name: `الحميدية في ريف حماة` (no such place in
        # Hama's gazetteer) and later `غارة على الحميدية` alone is that place still, not
        # the biggest namesake elsewhere; unless its own sentence names another governorate
        # or a place of one (`وفي حمص ... على الحميدية`: the city's quarter)
        told_in: dict[int, Counter[str]] = {}  # the governorates each sentence's places tell
        if unknown_in:
            for x in mentions:
                if x.admin1:
                    told_in.setdefault(sentence_of(x).index, Counter())[x.admin1] += 1
        for m in mentions:
            if m.key in unknown_in and m.within is None and m.role == "place" \
                    and m.how in ("gazetteer", "fuzzy"):
                told = told_in.get(sentence_of(m).index, Counter()).copy()
                if m.admin1:
                    told[m.admin1] -= 1  # not its own
                if {a for a, n in told.items() if n > 0} <= {unknown_in[m.key]}:
                    m.place, m.candidates, m.how = None, [], "unknown"
                    m.admin1 = unknown_in[m.key]
        _namesakes_off_the_list(view, mentions)
        # a name no gazetteer knows is still placed in the one governorate its context
        # names: the one its sentence's places share, else its paragraph's, else the report's
        # (`قرى أبرزها: الهوتة، وأورم الكبرى` after `في ريف حلب الغربي`)
        sentence_admin1: dict[int, set[str]] = {}
        for x in mentions:
            if x.place is not None and x.admin1:
                sentence_admin1.setdefault(sentence_of(x).index, set()).add(x.admin1)
        for m in mentions:
            if m.how != "unknown" or m.admin1 is not None or m.role != "place":
                continue
            sentence = sentence_of(m)
            for context_admin1 in (sentence_admin1.get(sentence.index),
                                   by_paragraph.get(sentence.paragraph), report_admin1):
                if context_admin1:
                    if len(context_admin1) == 1:
                        m.admin1 = next(iter(context_admin1))
                    break

        # `حي النشوة` no gazetteer knows lies in a city: the one that locates it, else the
        # last town of its governorate its paragraph named, else the governorate's own city
        for index, m in enumerate(mentions):
            if (m.how == "unknown" and m.place is None and m.role == "place" and m.admin1
                    and id(m) in quarters_named):
                earlier = mentions[max(0, index - _CITY_LOOKBACK):index]
                m.city = self._city_of(m, sentence_of, earlier)

    def _report_country(self, view: str, mentions: list[PlaceMention]) -> str:
        """The foreign country a report names most, when it names no place in Syria and
        not Syria itself; else ""."""
        if _names_syria(view, self._syria_words) or any(
                m.how != "foreign" and (m.candidates or m.key in self.places.admin1_by_key)
                for m in mentions):
            return ""
        return _named_most(mentions, cities_only=False, at_least=1) or ""

    def _abroad_by_context(self, view: str, mentions: list[PlaceMention]) -> None:
        """A place that a place abroad locates is abroad, whatever its Syrian namesakes
        (`منطقة ارحب شمال صنعاء`, `قرية دوما جنوب نابلس`); and one report means one place by
        one name: a name its context put abroad once (`دوما الفلسطينية`, `سروج ... التركي`)
        is abroad wherever else the report names it, unless a place in Syria locates it."""
        abroad: dict[str, ForeignPlace] = {}
        for m in mentions:
            where = m.within
            if m.how != "foreign" and where is not None and where.how == "foreign" \
                    and where.foreign is not None and not (
                        # (a Syrian district's town is in no town abroad: `متضامنين مع
                        # كوباني في مدينة سروج التركية` tells where they met; but `قرية دوما
                        # جنوب نابلس` is where it lies)
                        m.key in self.admin_keys and where.foreign.kind == "city"
                        and m.end <= where.start
                        and _IN_NEXT.match(view, m.end, where.start) is not None):
                country = where.foreign.country
                m.foreign = m.foreign if m.foreign is not None and \
                    m.foreign.country == country else ForeignPlace(
                        view[m.core_start:m.end], country, "city", None, None)
                m.how, m.role = "foreign", "place"
            elif m.how == "foreign" and where is not None and where.how == "foreign" \
                    and where.foreign is not None and m.foreign is not None \
                    and m.foreign.kind != "country" \
                    and m.foreign.country != where.foreign.country:
                # `في منطقة الحسينية، شمالي بغداد`: the place that locates it says which
                # country's, not the biggest namesake abroad (Egypt's)
                m.foreign = ForeignPlace(view[m.core_start:m.end], where.foreign.country,
                                         "city", None, None)
            if m.how == "foreign" and m.candidates and m.foreign is not None \
                    and m.foreign.kind != "country":
                abroad.setdefault(m.key, m.foreign)
        # a report that never names Syria nor a governorate, about the places of one country
        # abroad (`نابلس`, `القدس`, `الضفة الغربية`): its names with Syrian namesakes are
        # that country's (`قرية دوما` in a story of the West Bank)
        country = _named_most(mentions, cities_only=True, at_least=2)
        if country is not None and (_names_syria(view, self._syria_words) or sum(
                m.how != "foreign" and m.foreign is None and bool(m.candidates)
                for m in mentions) >= sum(m.how == "foreign" for m in mentions)):
            # (nor one that names Syrian towns no place abroad shares as often as places
            # abroad: `كوباني`, `مقتلة`, `القامشلي` in a story that also tells of Turkey's
            # cities)
            country = None
        if not abroad and country is None:
            return
        # (but a Syrian district's seat the report names again and again is its own town:
        # `كوباني` in a story of Kurdish protests in Turkish cities)
        named = Counter(m.key for m in mentions if m.how != "foreign" and m.candidates)
        seats = {key for key, times in named.items() if times >= 2 and any(
            p.capital_level in (1, 2) for p in self.places.gazetteer.candidates(key))}
        for m in mentions:
            if m.how == "foreign" or m.role != "place" or m.key in self.places.admin1_by_key \
                    or not (m.within is None or m.within.how == "foreign"):
                continue
            if m.key in abroad:
                m.foreign, m.how = abroad[m.key], "foreign"
            elif country is not None and m.candidates and m.key not in seats:
                m.foreign = ForeignPlace(view[m.core_start:m.end], country, "city", None, None)
                m.how = "foreign"

    def _abroad_by_paragraph(self, view: str, sentences: list[Sentence],
                             mentions: list[PlaceMention], sentence_of) -> None:
        """Names whose Syrian namesakes are only villages, in a story of one country abroad,
        are that country's (`ناحية الكرمة`, `منطقة الصقلاوية` in a story of Iraq): in a
        paragraph that names neither Syria nor a governorate nor a Syrian town but two places
        or more of that country (`بحزام بغداد وصلاح الدين والأنبار`), or, in a report that
        names that country's places three times as often as Syria's, in a sentence that
        names no Syria."""
        syria_at: list[int] = []  # where the report names Syria: looked up once, if asked

        def names_syria(start: int, end: int) -> bool:
            if not syria_at:
                # a governorate is one of the mentions; `سوريا`, `السوري` a short search
                syria_at.extend(sorted(
                    [m.start for m in mentions if m.key in self.places.admin1_by_key]
                    + [m.start() for m in SYRIA_WORD.finditer(view)]))
                syria_at.append(len(view) + 1)
            index = bisect.bisect_left(syria_at, start)
            return syria_at[index] < end

        by_paragraph: dict[int, list[PlaceMention]] = {}
        for m in mentions:
            by_paragraph.setdefault(sentence_of(m).paragraph, []).append(m)
        spans: dict[int, tuple[int, int]] = {}  # each paragraph's first start and last end
        for sentence in sentences:
            first = spans.get(sentence.paragraph, (sentence.start, sentence.end))[0]
            spans[sentence.paragraph] = (first, sentence.end)
        for paragraph, group in by_paragraph.items():
            country = _named_most(group, cities_only=False, at_least=2)
            if country is not None and not names_syria(*spans[paragraph]):
                self._put_abroad(view, group, country)
        # the story a sentence tells abroad goes on in the next few that name no place of
        # Syria nor of another country (`وفي العراق، قتل 21 ... في بغداد. وقال ضابط ... في
        # منطقة البياع`: Baghdad's quarter, not Aleppo's hamlet)
        by_sentence: dict[int, list[PlaceMention]] = {}
        for m in mentions:
            by_sentence.setdefault(sentence_of(m).index, []).append(m)
        story: tuple[str, int] | None = None  # the country abroad, and the sentence naming it
        # the last sentence naming places of one country abroad and none of Syria: a name no
        # gazetteer knows in the next few sentences is that country's (`إقليم أغري بشرق تركيا.
        # ... في منطقة دوجو بايزيد`), though they go on without the frame of a story
        told_abroad: tuple[str, int] | None = None
        for sentence in sentences:
            group = by_sentence.get(sentence.index, [])
            if names_syria(sentence.start, sentence.end):
                story = told_abroad = None
                continue
            countries = {m.foreign.country for m in group
                         if m.how == "foreign" and m.foreign is not None}
            framed = {m.foreign.country for m in group
                      if m.how == "foreign" and m.foreign is not None and m.role == "place"}
            # (a place named like a people is no people: `قرية المصرية` in Homs)
            names = {view[m.core_start:m.end] for m in group} | {
                view[m.start:m.end] for m in group}
            if len(countries) == 1 and countries == framed and any(
                    self._demonyms.get(w.removeprefix("ال"), self._demonyms.get(w)) in countries
                    for w in view[sentence.start:sentence.end].split() if w not in names):
                # `قوات الجيش اليمني ... في محافظة تعز ... على مواقع في منطقة الوازعية`: a
                # sentence of one country abroad, named by a place and by its people, tells
                # of that country; its names with Syrian villages for namesakes are its own
                # (not a place abroad a force fires from: `المتمركزة في كلس`)
                self._put_abroad(view, group, next(iter(countries)))
            if len(countries) == 1 and not any(m.how != "foreign" and m.candidates
                                               for m in group):
                told_abroad = (next(iter(countries)), sentence.index)
            elif countries:
                told_abroad = None
            elif told_abroad is not None and \
                    sentence.index - told_abroad[1] <= STORY_ABROAD_SENTENCES and \
                    not any(m.candidates or m.admin1 for m in group):
                self._unknown_abroad(view, group, told_abroad[0])
            if countries:
                # a sentence opening with a country abroad as its frame (`وفي العراق،`)
                # begins the story; one naming only that country's places carries it on
                first = group[0]
                opens = first.how == "foreign" and first.foreign is not None and \
                    FRAME_OPENING.fullmatch(view, sentence.start, first.start) is not None \
                    and view[first.end:first.end + 1] in ("،", ",")
                country = story[0] if story is not None and countries == {story[0]} else \
                    first.foreign.country if opens and first.foreign is not None else None
                story = (country, sentence.index) if country is not None and \
                    countries == {country} else None
                if story is not None:
                    # (`وفي لبنان، استهدفت غارة بلدة القصر`: the story's own places too)
                    self._put_abroad(view, group, story[0])
            elif story is not None and group and \
                    sentence.index - story[1] <= STORY_ABROAD_SENTENCES:
                self._put_abroad(view, group, story[0])
                self._unknown_abroad(view, group, story[0])
        abroad = Counter(m.foreign.country for m in mentions if m.how == "foreign"
                         and m.foreign is not None and m.foreign.country != "Syria")
        if not abroad:
            return
        country, told = abroad.most_common(1)[0]
        syrian = sum(1 for m in mentions if m.how != "foreign" and m.candidates)
        if told >= REPORT_ABROAD_TIMES * max(1, syrian):
            self._put_abroad(view, [m for m in mentions if not names_syria(
                sentence_of(m).start, sentence_of(m).end)], country)

    @staticmethod
    def _unknown_abroad(view: str, group: list[PlaceMention], country: str) -> None:
        """A name no gazetteer of Syria knows, in a story told abroad, is that country's."""
        for m in group:
            if m.how == "unknown" and not m.candidates and m.role == "place" \
                    and m.within is None and m.admin1 is None:
                m.foreign = ForeignPlace(view[m.core_start:m.end], country, "city", None, None)
                m.how = "foreign"

    def _put_abroad(self, view: str, group: list[PlaceMention], country: str) -> None:
        """Put the names of `group` with Syrian namesakes in `country`, unless one of them is
        a Syrian town (`تفجير في سروج التركية ... كوباني`: Kobani keeps the story Syrian)."""
        syrian = [m for m in group if m.how != "foreign" and m.candidates]
        # (`العاصمة` in a story abroad is that country's capital, not Damascus)
        if any(p.capital_level is not None for m in syrian if m.key != _CAPITAL_KEY
               for p in m.candidates):
            return
        for m in syrian:
            if m.role in ("place", "qualifier") and (m.within is None
                                                     or m.within.how == "foreign"):
                m.foreign = ForeignPlace(view[m.core_start:m.end], country, "city", None, None)
                m.how, m.role = "foreign", "place"

    def _city_of(self, mention: PlaceMention, sentence_of, earlier) -> Place | None:
        """The city of a neighbourhood: the town that locates it, else the last town of its
        governorate among the mentions just before it in its paragraph, else the
        governorate's own city."""
        within = mention.within
        if within is not None and within.place is not None \
                and within.place.admin1 == mention.admin1 and within.place.kind in _TOWN_KINDS:
            return within.place
        paragraph = sentence_of(mention).paragraph
        for other in reversed(earlier):
            if sentence_of(other).paragraph != paragraph:
                break
            place = other.place
            if (place is not None and place.admin1 == mention.admin1
                    and place.kind in _TOWN_KINDS and place.capital_level is not None):
                return place
        return self._capitals.get(mention.admin1)

    def _spelled_nearby(self, key: str, admin1: set[str]) -> list[Place]:
        """The one place in these governorates whose key is one edit from this one."""
        if len(key) < 5 or not admin1:
            return []
        hits: set[str] = set()
        for region in admin1:
            index = self._edit_index(region)
            hits |= index.neighbours(key) | ({key} & index.keys)
        if len(hits) != 1:
            return []
        return [p for p in self.places.gazetteer.candidates(hits.pop()) if p.admin1 in admin1]

    def _either_or(self, view: str, mention: PlaceMention) -> bool:
        """`روسية أم تركية`: "or" between two nations' adjectives, no `أم` village."""
        words = view[mention.start:mention.end].split()
        before = view[max(0, mention.start - 24):mention.start].split()[-1:]
        return len(words) == 2 and words[0] == "ام" and words[1] in self._demonyms \
            and bool(before) and before[0] in self._demonyms

    def _without_adjective(self, name: str, admin1: set[str]) -> list[Place]:
        """`الوعر القديم` no gazetteer knows: the one `الوعر` of these governorates."""
        words = name.split()
        if len(words) < 2 or words[-1] not in _NAME_ADJECTIVES or not admin1:
            return []
        found = [p for p in self.places.gazetteer.candidates(place_key(" ".join(words[:-1])))
                 if p.admin1 in admin1]
        # one place, though its sources may each give it (a few hundred metres apart)
        one = found and all(distance_km((found[0].latitude, found[0].longitude),
                                        (p.latitude, p.longitude)) <= 5.0 for p in found)
        return found[:1] if one else []

    def _edit_index(self, region: str) -> OneEditIndex:
        """The keys of a governorate, indexed for one-edit lookups (built on first use)."""
        index = self._edit_indexes.get(region)
        if index is None:
            index = self._edit_indexes[region] = OneEditIndex(
                self._keys_by_admin1.get(region, ()))
        return index

    def _longer_names(self, key: str, admin1: set[str]) -> list[Place]:
        """Places in these governorates whose name extends this one (`تل السمن دحام`)."""
        if len(key) < 4:
            return []
        keys = self._sorted_keys
        gazetteer = self.places.gazetteer
        found = []
        for other in keys[bisect.bisect_right(keys, key):]:
            if not other.startswith(key):
                break
            found.extend(p for p in gazetteer.candidates(other) if p.admin1 in admin1)
        return sorted(found, key=lambda p: len(p.name_ar))[:1]

    def _abroad(self, view: str, mention: PlaceMention, before: int | None,
                previous: PlaceMention | None = None) -> bool:
        """A name that is both a foreign place and a Syrian one. A foreign country wins
        (`بلدة تركية` is "a Turkish town"); a foreign city wins when its paragraph names its
        country (`بلدة سروج ... رئيس الوزراء التركي`) or it is a big city; otherwise a place
        noun before it or the Syrian namesake decides for Syria (`القصير`)."""
        foreign = mention.foreign
        if foreign is None:
            return False
        names = tuple(self._country_names.get(foreign.country, ()))
        if foreign.kind == "country":
            return True
        if not mention.candidates:
            # `بلدة صلنفة وقرية البسيط ... في ريف اللاذقية`: a village no gazetteer of Syria
            # knows, in a line that names Syria's places and not the namesake's country
            noun = view[before or 0:mention.start].strip().lstrip("وبفل")
            if noun not in _VILLAGE_NOUNS:
                return True
            line = _line_of(view, mention.start, mention.end)
            return _names_in(view, line, names) or self._syria_words.search(view, *line) is None
        if _names_in(view, _line_of(view, mention.start, mention.end), names):
            return True
        # (the list's `و` may stand inside the name's span, as its clitic)
        glue = view[previous.end:mention.start] + (
            "و" if view.startswith("و", mention.start) else "") if previous else ""
        if previous is not None and previous.candidates and previous.foreign is None \
                and previous.role == "place" \
                and previous.key not in self.places.admin1_by_key and only_glue(glue):
            # `قرى الحواش والقاهرة والعنكاوي بسهل الغاب`: listed among Syrian villages, the
            # village of the Ghab, not Cairo
            return False
        if _NEAR_SYRIAS_BORDER.match(view, mention.end, mention.end + 80):
            return True  # `بلدة سروج التي تبعد 10 كيلمترات عن الحدود السورية`: across it
        if all(p.capital_level is None for p in mention.candidates) and _names_in(
                view, (0, len(view)), names):
            # only hamlets share the name, and the report is about that country
            return True
        noun = view[before or 0:mention.start].strip()
        if noun.lstrip("وبفل") == "محافظه" and mention.key not in self.places.admin1_by_key:
            return True  # `محافظة الأنبار`: no Syrian governorate, so the one abroad
        big = (foreign.population or 0) >= BIG_CITY
        hamlets = all(p.capital_level is None for p in mention.candidates)
        town = hamlets and (foreign.population or 0) >= TOWN_ABROAD \
            and not _names_syria(view, self._syria_words)
        if noun in self._place_noun_words:
            # `بلدة القصير` is Syria's; `مدينة عدن` is the big city, and `مدينة النجف` the
            # city abroad in a report that does not name Syria, not a Syrian hamlet
            return noun.lstrip("وب") == "مدينه" and hamlets and (big or town)
        return big or town

    def after_city_noun(self, view: str, mention: PlaceMention) -> bool:
        """Is the name told as a city's (`مدينة دوما`)?"""
        return _noun_before(view, mention) in self._city_nouns

    @staticmethod
    def named_quarter(view: str, mention: PlaceMention) -> bool:
        """Is the name told as a quarter's (`حي الحجارية`)?"""
        return _quarter(view, mention)

    def bare_capital(self, view: str, mention: PlaceMention) -> bool:
        """A governorate's name used without `مدينة` before it (nor a facility's noun: `مطار
        حماة العسكري` is the airbase by the city)."""
        if mention.key not in self.places.admin1_by_key:
            return False
        word = _noun_before(view, mention)
        return word not in self._city_nouns and word not in _FACILITY_NOUNS


@lru_cache(maxsize=4)
def _line_breaks(view: str) -> array:
    return array("I", (m.start() for m in _LINE_BREAK.finditer(view)))


_LINE_BREAK = regex.compile(r"\n")


def _line_of(view: str, start: int, end: int) -> tuple[int, int]:
    """The line (paragraph) holding [start, end): after the last line break before `start`,
    up to the first at or after `end` (a bisection, not a scan of a long paragraph)."""
    breaks = _line_breaks(view)
    before = bisect.bisect_left(breaks, start)
    after = bisect.bisect_left(breaks, end)
    return (breaks[before - 1] + 1 if before else 0,
            breaks[after] if after < len(breaks) else len(view))


def _country_by_context(mentions: list[PlaceMention], sentence_of) -> None:
    """A name of places in several countries abroad (`البيضاء` of Libya and of Yemen) is the
    one of the country its sentence, else its paragraph, names (`بمدينة رداع بمحافظة البيضاء
    وسط اليمن`)."""
    ambiguous = [m for m in mentions if m.foreign is not None
                 and len({p.country for p in m.abroad_options}) > 1]
    if not ambiguous:
        return
    by_sentence: dict[int, set[str]] = {}
    by_paragraph: dict[int, set[str]] = {}
    for m in mentions:
        if m.foreign is not None and len({p.country for p in m.abroad_options}) <= 1:
            sentence = sentence_of(m)
            by_sentence.setdefault(sentence.index, set()).add(m.foreign.country)
            by_paragraph.setdefault(sentence.paragraph, set()).add(m.foreign.country)
    for m in ambiguous:
        sentence = sentence_of(m)
        for named in (by_sentence.get(sentence.index, set()),
                      by_paragraph.get(sentence.paragraph, set())):
            options = [p for p in m.abroad_options if p.country in named]
            if options:
                m.foreign = min(options, key=foreign_rank)
                break


def _named_most(mentions: list[PlaceMention], *, cities_only: bool, at_least: int
                ) -> str | None:
    """The foreign country the report's places abroad name most often (at least
    `at_least` times, more than any other), counting its cities only or its name too."""
    named = Counter(m.foreign.country for m in mentions
                    if m.how == "foreign" and m.foreign is not None
                    and m.foreign.country != "Syria"
                    and not (cities_only and m.foreign.kind == "country")).most_common(2)
    if not named or named[0][1] < at_least or (len(named) == 2 and named[1][1] == named[0][1]):
        return None
    return named[0][0]


@lru_cache(maxsize=4)
def _names_syria(view: str, words: re.Pattern[str]) -> bool:
    """Does the report name Syria or one of its governorates? (Asked for many places.)"""
    return words.search(view) is not None


@lru_cache(maxsize=4096)
def _names_in(view: str, span: tuple[int, int], names: tuple[str, ...]) -> bool:
    """Does any of these names occur in view[span]? (Asked for many places of one line.)"""
    return any(view.find(name, span[0], span[1]) >= 0 for name in names)


def _word_count(view: str, start: int, end: int) -> int:
    """Words in view[start:end], counting no further than one past `MAX_NAME_WORDS`."""
    return len(view[start:end].split(" ", MAX_NAME_WORDS + 1))


def _ends_item(view: str, position: int) -> bool:
    """Does a list item end here: a separator, the end of a sentence, `و`, a preposition?"""
    after = view[position:position + 2]
    return (after[:1] in (",", "", ".", ")", '"', ";", ":") or after.startswith(" و")
            or after.startswith(" (") or _next_word(view, position) in _STOP_AFTER_CUE)




def _near_before(view: str, position: int, *, joined: bool = False) -> bool:
    """`قرب الرقة`, `بالقرب من مدينة الحسكة`, `قرب قرية الشولا`: a near-preposition before
    the name at `position`, past a settlement noun and the `من` of `بالقرب من` (with `joined`,
    one the conjunction joins to a place before it: `في قرية عون الدادات وقرب قرية الهوشرية`)."""
    words = view[max(0, position - 40):position].split()[-3:]
    if words[-1:] and words[-1].lstrip("وب") in _SETTLEMENT_NOUNS:
        words.pop()
    if words[-1:] == ["من"]:
        words.pop()  # (`بالقرب من`)
    if joined:
        return bool(words) and words[-1][:1] == "و" and words[-1][1:] in _NEAR_PREPOSITIONS
    return bool(words) and words[-1].lstrip("و") in _NEAR_PREPOSITIONS


def _city_near_a_village(view: str, city: PlaceMention, near: PlaceMention) -> bool:
    """Is a city followed by a village it is told near (`لمدينة دير الزور، قرب قرية الشولا`)?"""
    if not near.candidates or not any(p.capital_level in CITY_LEVELS for p in city.candidates) \
            or any(p.capital_level in CITY_LEVELS for p in near.candidates):
        return False
    return _near_before(view, near.start)


def _next_word(view: str, position: int) -> str:
    found = _WORD.search(view, position, position + 30)
    return found.group() if found else ""


_CHECKPOINT_HEADS = _WORDS["checkpoint_heads"]
# "but", a few words before in the clause (`لم يتبق لقوات الأسد سوى مطار أبو الظهور`)
_EXCEPT_BEFORE = regex.compile(
    r"(?:^|\s)(?:" + alternation(map(fold, _WORDS["except_words"]))
    + r")(?:\s++[^\s.؛:]++){0,7}?\s++$"
    # (and the fate talks are about: `تمهيدا لمفاوضات حول مصير بلدات عربين وزملكا`)
    r"|(?:^|\s)(?:" + alternation(map(fold, _WORDS["fate_words"]))
    + r")(?:\s++[^\s,،.؛:]++)?\s++$")
_STREET_HEADS = frozenset(fold(w) for w in _WORDS["street_heads"])


def _after_street_head(view: str, mention: PlaceMention) -> bool:
    """`دوار تل أبيض`, `شارع حلب`: a town a street or a square is named after (not a quarter
    of a city, whose roundabout stands in it: `_street_in_quarter`)."""
    if view[mention.start:mention.core_start] not in ("", "ال"):
        return False
    return _noun_before(view, mention).removeprefix("ال") in _STREET_HEADS \
        and not _only_quarters(mention)


def _located_with_noun(view: str, position: int, covered: Mapping[int, int]) -> bool:
    """Does a place noun with `بـ` stand at `position`, a place named after it (`بمدينة
    اللاذقية`)?"""
    word = _WORD.match(view, position)
    return word is not None and word.group()[1:] in _NOUN_OF \
        and covered.get(word.end() + 1) is not None


def _only_quarters(mention: PlaceMention) -> bool:
    return bool(mention.candidates) and all(p.kind == "neighbourhood"
                                            for p in mention.candidates)


def _street_in_quarter(view: str, mention: PlaceMention) -> bool:
    """`قرب دوار الشعار`: a roundabout, a street or a square named after a city's quarter
    stands in it; the quarter is the place, though its name is a common word."""
    return view[mention.start:mention.core_start] in ("", "ال") and _only_quarters(mention) \
        and _noun_before(view, mention).removeprefix("ال") in _STREET_HEADS


def _locative(view: str, mention: PlaceMention, admin1_keys) -> bool:
    """A preposition of place before the name: a word (`في`, `على`) or the clitic `بـ`."""
    prefix = view[mention.start:mention.core_start]
    if prefix.removesuffix("ال").removesuffix("ل").endswith("ب") and (
            len(mention.key) >= 4 or mention.key in admin1_keys):
        return True
    before = _previous_word_start(view, mention.start)
    if before is None:
        return False
    if (prefix.removesuffix("ال") in ("ل", "لل") or view[before:mention.start].strip() == "من") \
            and _SIDE_OF.search(view, max(0, before - 48), mention.start):
        return True  # `الأطراف الغربية لمضايا`, `الحي الغربي من مضايا`: a side of the town
    # (a colon after the word opens a list: `غارات على: كفرنبل، حزارين`)
    word = view[before:mention.start].strip().rstrip(":").rstrip()
    if word == "من":
        # `في كل من صوران وباب الليمون`, `استهدفت كلاً من A وB`: "each of" opens a list
        first = _previous_word_start(view, before)
        return first is not None and view[first:before].strip().lstrip("وف") in _EACH
    especially = word.lstrip("و") in _ESPECIALLY
    if word.lstrip("و") in _AMONG_THEM or especially:
        # `مظاهرات في مدن وبلدات عدة بينها كفرنبل وسراقب`, `عدة قرى، أبرزها الترنبة`: a list
        # of the towns named before (`القرى الواقعة شمال المطار، ولا سيما`: a clause on)
        return any(w.removeprefix("ال") in _PLURAL_NOUNS
                   or w[:1] in ("و", "ف", "ب", "ل") and w[1:].removeprefix("ال") in _PLURAL_NOUNS
                   for w in view[max(0, before - 60):before].replace("،", " ").replace(
                       ",", " ").split()[-(7 if especially else 4):])
    if word in _FOLLOWING and view.startswith(":", word_end_before(view, mention.start) - 1):
        # `استهدف الطيران البلدات التالية: A وB`
        return True
    if word.lstrip("و") in _UNDERGOING and mention.candidates and len(mention.key) >= 4:
        # `تعرضت كفرزيتا أمس لغارات`: the town a deed befell, its subject
        return True
    # `وفي بغداد`, `فعلى الطريق`: the conjunction glued to the preposition
    return word in _LOCATIVES or (word[:1] in ("و", "ف") and word[1:] in _LOCATIVES)



_TIME_WORDS = frozenset(time_heads()) | frozenset(past_words())


def _object_of_deed(view: str, start: int, deed_ends: Container[int],
                    actor_starts: dict[int, int], fought_at: Container[int] = ()) -> bool:
    """Is the name the object of a deed told before it (`قصفت قوات النظام اليوم حزة`), with
    its doer or a time between? Such a name is a place as surely as one after `في`."""
    position = start
    for step in range(8):
        while position > 0 and view[position - 1] in " ،,":
            position -= 1
        if position in deed_ends:
            # (not right after it: `انفجار ضخم`, `صواريخ جراد` are an adjective, a make;
            # but `اشتباكات مسرابا`)
            return step > 0 or position in fought_at and view[position:start].strip() == ""
        if position in actor_starts:
            position = actor_starts[position]
            continue
        before = _previous_word_start(view, position)
        if before is None or view[before:position].strip() not in _TIME_WORDS:
            return False
        position = before
    return False


def _capital_before(view: str, position: int) -> bool:
    before = _previous_word_start(view, position)
    return before is not None and place_key(view[before:position]) == _CAPITAL_KEY


def word_end_before(view: str, position: int) -> int:
    """Where the word before `position` ends (the spaces between skipped)."""
    end = position
    while end > 0 and view[end - 1] == " ":
        end -= 1
    return end


def _seat(view: str, mention: PlaceMention) -> bool:
    """Is this the seat of a group (`ومقره لندن`, `ومقرها في باريس`, `من لندن مقرا له`)?"""
    before = _previous_word_start(view, mention.start)
    word = view[before:mention.start].strip() if before is not None else ""
    if word == "في" and before is not None:
        earlier = _previous_word_start(view, before)
        word = view[earlier:before].strip() if earlier is not None else ""
    if word.removeprefix("و") in _SEAT_WORDS:
        return True
    # `يتخذ من لندن مقرا له`, `ويتخذ من مدينة بصرى الشام المجاورة مقرا`
    return _SEAT_TAKEN_AFTER.match(view, mention.end) is not None and _SEAT_TAKEN_BEFORE.search(
        view, max(0, mention.start - 60), mention.start) is not None


def _list_located(view: str, mentions: list[PlaceMention], cue_at: dict[int, str]) -> None:
    """`قرى شنكال وقورنه وآدمنلي في ناحية بلبل`: what locates a list's last member locates
    the members before it that no gazetteer knows (they are coded at its point); a city a
    compass word points from (`بلدة زاكية وقرية الطيبة جنوب غرب دمشق`) locates them all
    (not `بريفي إدلب وحماة`, which may share the list out between two governorates)."""
    places = [m for m in mentions if m.role == "place"]
    for first, second in reversed(list(itertools.pairwise(places))):
        if second.within is not None and first.within is None and first.place is None and (
                not first.candidates or _after_direction(view, second.within.start, cue_at)) \
                and only_glue(view[first.end:second.core_start]):
            first.within = second.within


def _next_places(kept: list[PlaceMention], index: int) -> list[PlaceMention]:
    """The next place named after the one at `index`, past the regions that locate that one
    (`من أبناء بلدة الحراك في ريف درعا الشرقي على حاجز في مدينة ازرع`)."""
    for other in kept[index + 1:index + 3]:
        if other.role == "place":
            return [other]
        if other.role not in ("region", "road"):  # (nor whence he was on his way back)
            break
    return kept[index + 1:index + 2]


def _home_of_people(view: str, mention: PlaceMention, following: list[PlaceMention], *,
                    near_too: bool = False) -> bool:
    """`ثلاثة شبان من مدينة نوى عند حاجز في مدينة الصنمين`: people named by their home town,
    with the place they were met at named next in the sentence: the home is no event place.
    With `near_too`, the next place may be one the reader took to locate the home, when
    something they were met at stands between (`على حاجز قرب بلدة X`)."""
    if not following or not _PEOPLE_FROM.search(view, max(0, mention.start - 40),
                                                 mention.start):
        return False
    after = following[0]  # (an event place, not the unit that locates the home: `في ناحية شران`)
    if near_too and _MET_NEAR.search(view, max(0, after.start - 40), after.start) is None \
            and not ((_SONS_OF.search(view, max(0, mention.start - 30), mention.start)
                      or _HARMED_BY.search(view, mention.end, after.start))
                     and (_NEAR_RIGHT_BEFORE.search(view, max(0, after.start - 30), after.start)
                          or _SONS_OF.search(view, max(0, mention.start - 30), mention.start)
                          and _AT_RIGHT_BEFORE.search(view, max(0, after.start - 48),
                                                      after.start))):
        # (`شابين من أبناء بصرى الشام قرب بلدة القريا`: the sons of a town, near another:
        # where they were; or at it: `الشاب من أبناء بلدة القريا عند المدخل الغربي لقرية عرى`)
        return False
    # (however far, past a clause that tells how he died: `الملازم علي من قرية X، الذي استشهد
    # أول أمس خلال التصدي لهجوم على نقطة قرب قرية Y`)
    return (after.role == "place" or near_too) and not any(
        mark in view[mention.end:after.start] for mark in ".\n") \
        and (tokens_between(view, mention.end, after.start) <= HOME_REACH
             or _DIED_CLAUSE.match(view, mention.end) is not None) \
        and _WHERE_BEFORE.search(view, max(mention.end, after.start - 30), after.start) is not None


_DIED_CLAUSE = regex.compile(
    r"\s{0,2}+,?\s{0,2}+(?:الذي|التي|الذين)\s{1,3}+(?:"
    + "|".join(sorted(_WORDS["died_verbs"], key=len, reverse=True)) + r")(?!\w)")


_DIGIT = regex.compile(r"[0-9]")
# the verbs of undergoing the events stage reads (`تعرضت كفرزيتا لغارات`: the town a deed befell)
_UNDERGOING = event_words()["undergoing_verbs"]
# a place a relative clause then tells of (`باتجاه بلدة البويضة الشرقية، التي تعرضت اليوم لقصف`):
# where people went, and where the deed told after it happened
_TOLD_OF_AFTER = regex.compile(r"(?:\s\p{L}{2,12}+)?\s{0,2}+,?\s{0,2}+(?:التي|الذي)\s")
# `ألوية صقور الغاب`, `لواء أحرار الغاب`, `لواء شهداء إدلب`: a place in a group's name, after
# its unit noun and a word of its name
_GROUP_NAMED_AFTER = regex.compile(
    r"(?:^|\s)[وفبل]?(?:ال)?(?:" + "|".join(sorted(_WORDS["group_units"], key=len, reverse=True))
    + r")\s{1,3}+(?:ال)?(?:" + "|".join(sorted(_WORDS["group_name_words"], key=len, reverse=True))
    + r")\s{1,3}+$")
_TO_QUOTED = regex.compile(r'(?:^|\s)[وف]?ل{1,2}+"$')  # `لـ«الميادين»`, quotes normalised


def _outlet(view: str, mention: PlaceMention) -> bool:
    """Is this name an outlet's (`مراسل الميادين`, `لقناة "الميادين"`, `إذاعة دمشق`)? A reporter
    word or an outlet noun right before it."""
    if view[mention.start:mention.core_start] in ("لل", "ل") or _TO_QUOTED.search(
            view, max(0, mention.start - 4), mention.start):
        # `قال مصدر عسكري للميادين`, `لـ«الميادين»`: whom a source spoke to (up to two words
        # before, in the clause)
        words = view[max(0, mention.start - 48):mention.start].split()[-3:]
        for word in reversed(words):
            if word.endswith((",", "،", ".")):
                break
            if word.lstrip("وف") in _ADDRESSED_AFTER:
                return True
    if _OUTLET_AFTER.match(view, mention.end):
        return True  # `مركز حلب الإعلامي`, `درعا 24`: an outlet named after its city
    if mention.start != mention.core_start and view[mention.start:mention.core_start] != "ال":
        return False  # `مراسل بحلب`: a clitic preposition before the name makes it a place
    before = _previous_word_start(view, mention.start)
    if before is None:
        return False
    word = view[before:mention.start].strip().strip('"«»“”').strip()
    if word in _SETTLEMENT_NOUNS:
        # `تنسيقية مدينة حماة`: the body's name, its town's noun between
        before = _previous_word_start(view, before)
        if before is None:
            return False
        word = view[before:mention.start].split()[0].strip('"«»“”')
    return word.lstrip("وفل") in _OUTLET_NOUNS or word.lstrip("ول") in _REPORTER_WORDS


def _dateline(view: str, mention: PlaceMention) -> bool:
    """Is this the dateline a report opens a line with (`دمشق/بيروت (د ب أ) -`, `بيروت – `)?
    Where the report was filed: no place of its events, nor of their governorate."""
    line_start = view.rfind("\n", max(0, mention.start - DATELINE_REACH), mention.start) + 1
    if not line_start and mention.start > DATELINE_REACH:
        return False  # (a bounded look back: a long line costs no scan per name)
    return _DATELINE_BEFORE.fullmatch(view, line_start, mention.start) is not None \
        and _DATELINE_AFTER.match(view, mention.end) is not None


DATELINE_REACH = 40  # characters a dateline's names stand within from its line's start
_DATELINE_BEFORE = regex.compile(r"[ \t]{0,3}+(?:[^\s/]{2,20}+[ \t]{0,2}+/[ \t]{0,2}+)?(?:ال)?")
# (`حلب/ الأناضول:`: the agency after a slash, then a colon; a name and a colon alone label
# the line's place: `سلمية: خرجت مظاهرة`)
_DATELINE_AFTER = regex.compile(
    r"[ \t]{0,2}+(?:(?:/[ \t]{0,2}+[^\s/(]{2,20}+[ \t]{0,2}+)?(?:\([^)\n]{1,24}+\)[ \t]{0,2}+)?"
    r"[-–—]|/[ \t]{0,2}+[^\s/(:]{2,20}+[ \t]{0,2}+:)")


# `في` right before a place, or before the hospital a source works at (`بحسب مصدر طبي في مشفى
# تل تمر`, `مصدر في المشفى الوطني بالقامشلي`)
_SEAT_BEFORE = regex.compile(
    r"(?:^|\s)(?P<at>في)\s{1,3}+(?:(?:" + alternation(map(fold, _HOSPITALS))
    + r")(?:\s{1,3}+ال\p{L}{2,12}+)?\s{1,3}+(?:ب\s?+)?)?$")


def _reporter_seat(view: str, mention: PlaceMention) -> bool:
    """Is this where a reporter sits (`مراسل سانا في حماة`, `مراسل "سبوتنيك" في`, `مراسل مركز
    حمص الإعلامي في الحولة`)? `في` right before it, and a reporter word at most four words
    before that, in one clause."""
    seat = _SEAT_BEFORE.search(view, max(0, mention.start - 60), mention.start)
    if seat is None:
        return False
    before = seat.start("at")
    words = view[max(0, before - 80):before].split()[-4:]
    for index in range(len(words) - 1, -1, -1):
        word = words[index]
        if word.endswith((",", "،", ".")):
            return False
        if word.strip('"«»“”').lstrip("ول") in _REPORTER_WORDS:
            return True
        if word.lstrip("و") in QUOTED_SOURCES and index and \
                words[index - 1].lstrip("وف") in _QUOTING_VERBS:
            return True  # `أفاد ناشطون في حوران بأن`: where the activists sit
    return False


# the towns a protest stood by, named as a plural of places first (`وهتفوا تضامناً مع المدن
# المحاصرة في حمص وريف دمشق`): no place of the protest, however many words on
_STOOD_BY_PLACES = regex.compile(
    r"(?:^|\s)و?(?:" + alternation(map(fold, _WORDS["stood_by_words"])) + r")\s++(?:مع\s++|ل)"
    r"(?:ال)?(?:" + alternation(map(fold, _WORDS["stood_by_plurals"]))
    + r")(?:\s++[^\s.،,:]++){0,4}?\s++(?:في\s++|ب)?(?:[^\s.،,:]++\s++و)*$")


# a place ranked after another (`ثاني مركز محافظة يخرج عن سيطرة النظام بعد مدينة الرقة`): an
# ordinal, a few words of its clause, `بعد`, at most a settlement noun
_RANKED_AFTER = regex.compile(
    r"(?:^|\s)(?:" + alternation(map(fold, _WORDS["rank_ordinals"]))
    + r")(?:\s++[^\s.،,:]++){1,8}?\s++بعد\s++(?:(?:" + alternation(map(fold, _SETTLEMENT_NOUNS))
    + r")\s++)?$")


def _origin(view: str, mention: PlaceMention, place_nouns) -> bool:
    """Is this where a person comes from (`المنحدر من بلدة الصور`, `يتحدر من درعا`), a place
    another is ranked after (`ثاني مدينة تسقط بعد الرقة`), or
    where what struck was launched from, its launcher named between (`طائرات مسيرة أطلقها
    الإرهابيون من منطقة في إدلب`, `من مواقع قوات النظام في قرية المزرعة`)?"""
    if _LAUNCHED_FROM.search(view, max(0, mention.start - 60), mention.start) \
            or _SOURCE_BEFORE.search(view, max(0, mention.start - 80), mention.start) \
            or _FROM_POSITIONS.search(view, max(0, mention.start - 70), mention.start):
        return True
    if _STOOD_BY_PLACES.search(view, max(0, mention.start - 80), mention.start) \
            or _RANKED_AFTER.search(view, max(0, mention.start - 90), mention.start):
        return True
    start = max(0, mention.start - 40)
    match = _ORIGIN_BEFORE.search(view, start, mention.start)
    if match is None:
        return False
    between = view[match.start():mention.start].split()
    # the word between the origin phrase and the name, if any, is a place noun
    phrase_words = len(view[match.start():match.end()].split())
    return phrase_words == len(between) or _after_place_noun(view, mention.start, place_nouns)


def _streets_in_places(view: str, sentences: list[Sentence],
                       kept: list[PlaceMention]) -> None:
    """`في محيط شارع فلسطين داخل المخيم`, `قرب ساحة الريجة`: a street, a square or an alley
    no gazetteer knows lies in the place its sentence names (the nearest), else in the last
    place its paragraph named before it; it points to that place, as `في المخيم` would."""
    starts = [s.start for s in sentences]

    def sentence_of(position: int) -> Sentence:
        return sentences[max(0, bisect.bisect_right(starts, position) - 1)]

    known = sorted((m for m in kept if m.place is not None and m.how != "foreign"
                    and m.role in ("place", "qualifier") and m.place.latitude is not None),
                   key=lambda m: m.start)
    if not known:
        return
    known_starts = [m.start for m in known]
    for index, m in enumerate(kept):
        if m.how != "unknown" or m.place is not None or m.city is not None \
                or m.role != "place" or view[m.core_start:m.end].split(" ", 1)[0] not in \
                _STREET_HEADS:
            continue
        sentence = sentence_of(m.start)
        own = known[bisect.bisect_left(known_starts, sentence.start):
                    bisect.bisect_left(known_starts, sentence.end)]
        before = bisect.bisect_left(known_starts, m.start) - 1
        if own:
            container: PlaceMention | None = min(own, key=lambda k: abs(k.start - m.start))
        elif before >= 0 and known[before].end <= m.start and \
                sentence_of(known[before].start).paragraph == sentence.paragraph:
            container = known[before]
        else:
            continue
        between = view[container.end:m.start].strip()
        if container.end <= m.start and len(between.split()) <= 2 \
                and between[:1] in ("و", "،", ","):
            continue  # `في حي الليرمون ومحيط دوار الجندول`: one more place of a list
        kept[index] = _pointing_back(m.start, m.end, container.refers_to or container)


def _pointing_back(start: int, end: int, antecedent: PlaceMention) -> PlaceMention:
    """A mention at `start:end` that names no place of its own but points back to one
    (`في المدينة`, `في القطاع الخامس`, an unknown street): the antecedent's place."""
    return PlaceMention(start, start, end, antecedent.key,
                        candidates=list(antecedent.candidates), place=antecedent.place,
                        admin1=antecedent.admin1, how="back-reference", refers_to=antecedent)


def _camp_sectors(view: str, sentences: list[Sentence],
                  kept: list[PlaceMention]) -> list[PlaceMention]:
    """`عثر قاطنون في القطاع الأول على جثة`: a camp's sectors told by their number, with no
    place after them, are in the camp the report named last with its noun, a few sentences
    back (`مخيم الهول`)."""
    found: list[PlaceMention] = []
    camps = [m for m in kept if m.role == "place" and m.place is not None
             and (_noun_named_with(view, m) == "مخيم"
                  or view[m.core_start:m.end].startswith("مخيم "))]
    if not camps:
        return found
    starts = [s.start for s in sentences]
    camp_starts = [m.start for m in camps]
    for match in _CAMP_SECTOR.finditer(view):
        at = bisect.bisect_left(camp_starts, match.start()) - 1
        if at < 0:
            continue
        camp = camps[at]
        apart = bisect.bisect_right(starts, match.start()) - bisect.bisect_right(
            starts, camp.start)
        if apart > SAME_NOUN_SENTENCES:
            continue
        start, end = match.span("sector")
        found.append(_pointing_back(start, end, camp))
    return found


def _noun_named_with(view: str, mention: PlaceMention) -> str | None:
    """The place noun right before a name (`بلدة تل تمر`), or behind its clitics (`وبلدة`,
    `بقرية`), as `_NOUN_OF` gives it."""
    before = _previous_word_start(view, mention.start)
    word = view[before:mention.start].strip() if before is not None else ""
    return next((_NOUN_OF[w] for w in (word, word[1:], word[2:]) if w in _NOUN_OF), None)


def _in_quoted_organisation(view: str, mention: PlaceMention) -> bool:
    """`وبحسب "مكتب توثيق الشهداء في درعا"، قتل 15`: a place in the quoted name of an office,
    network or council says whose it is, not where anything happened."""
    quote = view.rfind('"', max(0, mention.start - 48), mention.start)
    return quote >= 0 and '"' in view[mention.end:mention.end + 24] \
        and _ORGANISATION_HEAD.match(view, quote + 1) is not None


_ORGANISATION_HEAD = regex.compile(
    r"(?:ال)?(?:" + alternation(map(fold, _WORDS["organisation_nouns"])) + r")\s")


def _side_of_the_one_before(view: str, kept: list[PlaceMention], index: int) -> bool:
    """`على أطراف بلدة يلدا من جهة حي الزين`: a place named right after another as the side
    of it the deed was on says where on that one; no place of its own."""
    if not index or kept[index - 1].role != "place":
        return False
    # (the words of a side fire came from, `_FROM_SIDE`, right after that place)
    between = view[kept[index - 1].end:kept[index].start].lstrip(" ,،")
    return _FROM_SIDE.fullmatch(" " + between) is not None


def _home_after_a_place(view: str, kept: list[PlaceMention], index: int) -> bool:
    """`وفي جرمانا، اعتقلت دورية ... أربعة شبان من أبناء السويداء`: people named by their home
    town after the sentence named where the deed was: the home is no event place."""
    mention = kept[index]
    if not index or not _PEOPLE_FROM.search(view, max(0, mention.start - 40), mention.start):
        return False
    # (past the region that locates that place: `وفي جرمانا بريف دمشق`)
    before = next((m for m in reversed(kept[max(0, index - 3):index])
                   if m.role not in ("region", "qualifier")), None)
    return before is not None and before.role == "place" \
        and not _SENTENCE_END.search(view, before.end, mention.start) \
        and not _PEOPLE_FROM.search(view, max(0, before.start - 40), before.start) \
        and tokens_between(view, before.end, mention.start) <= 2 * HOME_REACH


def _faced_by_the_one_before(view: str, kept: list[PlaceMention], index: int) -> bool:
    """`بلدة جيلان بينار التركية المقابلة لمدينة رأس العين`: the Syrian town a town abroad
    faces only says where that one lies; the event is abroad."""
    if not index or kept[index - 1].how != "foreign":
        return False
    before = kept[index - 1]
    return _FACING_AFTER_PLACE.fullmatch(view, before.end, kept[index].start) is not None


_FACING_AFTER_PLACE = regex.compile(  # ` التركية المقابلة لمدينة `
    r"(?:\s{1,3}+[^\s.,،؛:]{1,30}+){0,2}?\s{1,3}+(?:" + "|".join(sorted(
        _WORDS["facing_words"], key=len, reverse=True))
    + r")\s{1,3}+(?:\S{1,30}+\s{1,3}+)?")


# a time set off by commas (`، صباح اليوم السبت،`)
_TIME_ASIDE = regex.compile(r"[,،]\s*+(?:" + alternation(map(fold, _WORDS["time_aside_words"]))
                            + r")(?!\w)[^.،,؛\n]{0,30}+[,،]")


def _stationed_there(view: str, mention: PlaceMention, following: list[PlaceMention],
                     preceding: list[PlaceMention]) -> bool:
    """`قصفت قوات النظام المتمركزة في محيط مورك بلدة الهبيط`, `لقصف من قوات النظام المتمركزة
    في مورك`: where the force that fired is stationed, no place of the event."""
    stationed = _STATIONED.search(view, max(0, mention.start - 40), mention.start)
    if stationed is None:
        return False
    if preceding and preceding[0].role == "place" and not _SENTENCE_END.search(
            view, preceding[0].end, stationed.start()):
        # the place it struck came before (`على حي باب توما أطلقتها الفصائل المتمركزة في جوبر`)
        return True
    clause_end = min((i for i in (view.find(mark, mention.end) for mark in ".،,؛\n")
                      if i >= 0), default=len(view))
    aside = _TIME_ASIDE.match(view, clause_end, min(len(view), clause_end + 40))
    if aside is not None:
        # (a time set off by commas goes on with the clause: `المتمركزة في بلدة أورم الكبرى،
        # صباح اليوم السبت، بقذائف المدفعية مدينة الأتارب`)
        clause_end = min((i for i in (view.find(mark, aside.end()) for mark in ".،,؛\n")
                          if i >= 0), default=len(view))
    if following and following[0].role == "place" and following[0].start < clause_end:
        return True  # the place it struck follows
    return _BY_FORCE.search(view, max(0, stationed.start() - 40), stationed.start()) is not None


def _namesakes_off_the_list(view: str, mentions: list[PlaceMention]) -> None:
    """`قرى أم الكيف والدردارة وتل شنان` in Hasakeh: a village of a list that the gazetteer
    knows only far from all the others, which lie in one governorate, is a namesake there; it
    stays a name no gazetteer knows, in theirs."""
    lists: list[list[PlaceMention]] = []
    previous: PlaceMention | None = None
    for m in mentions:
        if m.role != "place":
            continue
        between = view[previous.end:m.core_start] if previous is not None else ""
        if previous is not None and "\n" not in between and _LIST_GLUE.fullmatch(between):
            lists[-1].append(m)
        else:
            lists.append([m])
        previous = m
    for members in lists:
        if len(members) > LIST_NAMESAKE_MEMBERS:
            continue
        known = [(m, m.place) for m in members
                 if m.place is not None and m.place.latitude is not None]
        for m, place in known:
            others = [other for o, other in known if o is not m]
            regions = {other.admin1 for other in others}
            if (len(others) >= 2 and len(regions) == 1 and place.admin1 not in regions
                    and place.capital_level is None
                    and all(distance_km((place.latitude, place.longitude),
                                        (other.latitude, other.longitude)) > LIST_NAMESAKE_KM
                            for other in others)):
                m.place, m.candidates, m.how = None, [], "unknown"
                m.admin1 = next(iter(regions))


SOURCE_REACH = 6  # words from `مصدره` to the place it names (`مصدرها مواقع قوات النظام في`)
_CLAUSE_MARKS = regex.compile(r"[.،,؛\n]")


def words_in_clause_before(view: str, position: int, reach: int) -> list[str]:
    """The last `reach` words before `position` in its clause (a bounded look back)."""
    return _CLAUSE_MARKS.split(view[max(0, position - 16 * reach):position])[-1].split()[-reach:]


# "setting out from" (`قصفت قوات النظام بلدة الشحيل انطلاقا من مواقعها في مدينة الميادين`), the
# clause going on to the place: where the fire or the attackers came from
_LAUNCHED_FROM = regex.compile(
    r"(?:^|\s)(?:" + alternation(map(fold, _WORDS["launch_words"])) + r"|(?:"
    + alternation(map(fold, _WORDS["launched_munitions"])) + r")\s{1,3}+(?:"
    + alternation(map(fold, _WORDS["launched_verbs"]))
    # (not past the town it was fired at: `أطلقت من مدينة عفرين على بلدة اعزاز`)
    + r"))\s{1,3}+من\s(?:(?!\s(?:علي|الي|باتجاه|نحو)\s)[^.،,؛:\n]){0,60}+$")
# the source set off by a comma (`صاروخين ... مصدرهما، تجمعات قوات النظام في ثكنة هنانو`)
_SOURCE_BEFORE = regex.compile(
    r"(?:^|\s)و?(?:" + alternation(map(fold, _SOURCE_WORDS)) + r")\s{0,2}+[,،]\s{1,3}+"
    r"[^.،,؛:\n]{0,60}+$")
_FROM_POSITIONS = regex.compile(
    r"(?:^|\s)من\s++(?:" + alternation(map(fold, _WORDS["positions_nouns"]))
    + r")\s++(?:[^\s.،,]++\s++){1,3}?(?:في|قرب|علي)\s++"
    # (through the list it opens: `في الكلية الحربية وقرية المزرعة`; not past a target)
    r"(?:(?!(?:علي|الي|باتجاه|نحو)\s)[^\s.،,]++\s++){0,3}$")
_FROM_SIDE = regex.compile(
    r"(?:^|\s)من\s(?:جهه|ناحيه|اتجاه)(?:\s(?:حي|بلده|قريه|مدينه|ثكنه|معسكر|مطار))?\s$")


def _fired_from(view: str, mention: PlaceMention, following: list[PlaceMention],
                place_nouns) -> bool:
    """Is this where fire came from (`قصفت وحدات الحماية من عفرين مدينة اعزاز`, `استهدف
    الطيران من مطار حماة على بلدة كفرزيتا`)? `من` before it, a verb of firing earlier in its
    clause, and the place struck right after it. After a word of source (`بقصف مدفعي مصدره مطار
    حلب الدولي`) it always is."""
    # (`مصدرها مواقع قوات النظام في مدينة خان شيخون`: the words of its positions between)
    window = view[max(0, mention.start - 80):mention.start]
    if _LAUNCHED_FROM.search(window):
        return True  # `انطلاقا من مواقعها في مدينة الميادين وقرية البوليل`
    if _FROM_SIDE.search(window):
        # `قصفت قوات النظام حي الخالدية من جهة حي البياضة`, `محاولة التقدم من جهة حي
        # الجورة`: the side fire or an advance came from (only after a verb of firing or
        # advancing: `من جهة أخرى وفي حلب` is "on the other hand")
        start = max(0, mention.start - 160)
        start = max(start, view.rfind(".", start, mention.start) + 1)
        if _FIRE_OR_ADVANCE.search(view, start, mention.start) is not None:
            return True
    words = words_in_clause_before(view, mention.start, SOURCE_REACH) if any(
        word in window for word in _SOURCE_WORDS) else []
    for word in reversed(words):
        if word in ("علي", "الي", "باتجاه"):
            break
        if word.lstrip("و") in _SOURCE_WORDS:
            return True
    if not following or following[0].role != "place" or mention.within is following[0]:
        return False
    target = following[0]
    between = view[mention.end:target.start]
    if between.lstrip().startswith(("و", "في", "ب")) or "\n" in between or "(" in between \
            or tokens_between(view, mention.end, target.start) > 3 \
            or _FIRED_TOWARDS.fullmatch(between) is None:
        return False
    before = _previous_word_start(view, mention.start)
    if before is None:
        return False
    if view[before:mention.start].strip() not in _FROM_WORDS:
        # `من مطار كويرس`: a place noun may stand between
        if not _after_place_noun(view, mention.start, place_nouns):
            return False
        before = _previous_word_start(view, before)
        if before is None or view[before:mention.start].split()[0] not in _FROM_WORDS:
            return False
    if view[before:mention.start].split()[0] in _SOURCE_WORDS:
        return True  # `بقصف مصدره مطار كويرس على مدينة الباب`
    word = _previous_word_start(view, before)
    if word is not None and view[word:before].strip() in _PARTITIVE_WORDS:
        return False  # `عددا من`, `أجزاء من`, `بالقرب من`
    clause = max(view.rfind(mark, max(0, before - 120), before) for mark in ".،,؛\n") + 1
    return _FIRE_VERB.search(view, max(clause, before - 120), before + 1) is not None


def _field_noun_before(view: str, position: int) -> int | None:
    """Where `حقل` stands right before this name, if it does."""
    before = _previous_word_start(view, position)
    if before is None or fold(view[before:position].strip()).lstrip("وب") not in _FIELD_NOUNS:
        return None
    return before + (len(view[before:position]) - len(view[before:position].lstrip("وب")))


def _field_name_end(view: str, end: int) -> int:
    """Where a field's name ends: after the word saying what it yields (`حقل جزل النفطي`),
    if one follows, or after a bare second word of the name (`تلة مشتى نور،`)."""
    following = _WORD.match(view, end + 1)
    if following is not None and view[end:following.start()] == " " and (
            following.group() in _FIELD_ADJECTIVES or _second_bare_word(view, following)):
        return following.end()
    return end


def _second_bare_word(view: str, word: regex.Match[str]) -> bool:
    """`قرية عطشان نور،`, `تلة مشتى نور المطلة على`: a bare word the item ends after is the
    second word of the name before it (no verb: `بلدة مورك تعرضت`, `قرية خطاب قصفتها`)."""
    text = word.group()
    return (text.isalpha() and len(text) >= 3 and not text.startswith(("و", "ي", "ت", "ال", "لل"))
            # (nor a verb in the past: `بلدة سراقب ارتفعت إلى`, `قرية X انسحبوا منها`)
            and not text.endswith(_PRONOUN_ENDINGS) and not text.endswith(("ت", "وا"))
            and text not in _STOP_AFTER_CUE
            and text not in _TIME_WORDS and text[:-1] not in _TIME_WORDS  # `أمس`, `صباحا`
            # (an adjective or a noun in apposition: `قرية تركية قريبة`, `الرمادي عاصمة`)
            and text not in _SINGULAR_ADJECTIVES and text not in _APPOSITIVE_NOUNS
            and text not in _ADVERBS_AFTER_NAME
            # (a phrase of means: `قرية حمام بدعم من الدبابات`)
            and _next_word(view, word.end()) != "من"
            and _ends_item(view, word.end()))


def _governorate_lists(view: str, mentions: list[PlaceMention], admin1: dict[str, str],
                       place_nouns) -> None:
    """`في دير الزور والحسكة والرقة`, `بقذائف هاون على دمشق وحمص ودرعا`: a list of
    governorates' names, with no `مدينة` before it, names governorates (a tally or a
    summary over them), not their capital cities."""
    run: list[PlaceMention] = []
    for mention in [*mentions, None]:
        if mention is not None and run and only_glue(view[run[-1].end:mention.core_start]):
            run.append(mention)
            continue
        if len(run) >= 2 and all(m.key in admin1 and m.role == "place" and m.how != "foreign"
                                 for m in run) and not _after_place_noun(
                view, run[0].start, place_nouns):
            for m in run:
                m.role, m.admin1, m.how = "region", admin1[m.key], "region"
        run = [mention] if mention is not None else []


def _after_place_noun(view: str, position: int, place_nouns) -> bool:
    """Right after an indefinite place noun (`بلدة X`, `وقرية X`, `بلدات (X، Y)`), the head
    of a construct."""
    end = position
    while end > 0 and view[end - 1] in ' :,"«“(':
        end -= 1
    cue = place_nouns.get(end)
    return cue is not None and not _definite_noun(view[cue.norm_start:cue.norm_end])


# a facility's name of a word or two, then the town or area that holds it (`محطة تشرين الحرارية
# بمنطقة بئر قصب`)
_FACILITY_LOCATED_NEXT = regex.compile(
    r"(?:\s{1,3}+\p{L}{2,20}+){1,2}?\s{1,3}+(?:ب|في\s{1,3}+)(?:منطقه|بلده|قريه|مدينه|ناحيه)(?!\w)")


def _definite_noun(noun: str) -> bool:
    """`المدينة`, `بالمدينة`, and `للمدينة`, `لـ` + the article with its alef dropped: after
    a definite place noun comes an adjective, not a name (`للمدينة رغم انتشار الحواجز`)."""
    return noun.lstrip("وفبل").startswith("ال") or noun.lstrip("وف").startswith("لل")


def _opens_list(view: str, position: int, place_nouns) -> bool:
    """Right after a noun that opens a list of towns (`قرى X`, `بلدتي X`)."""
    end = position
    while end > 0 and view[end - 1] in ' :,"«“(':
        end -= 1
    cue = place_nouns.get(end)
    if cue is None or not _after_place_noun(view, position, place_nouns):
        return False
    noun = view[cue.norm_start:cue.norm_end]
    return noun in _SETTLEMENT_LIST_NOUNS or (noun[:1] in "وفب" and
                                              noun[1:] in _SETTLEMENT_LIST_NOUNS)


# after a list's member: the list goes on, a clause or the sentence ends, or a preposition
_LIST_ITEM_ENDS = regex.compile(r"\s{0,3}+(?:[,،.;:)]|$|\s?و|(?:ب|في\s|من\s|علي\s))")


def _locates(view: str, first: PlaceMention, second: PlaceMention, admin_keys, place_nouns
             ) -> bool:
    """Does `second` say where `first` is? It follows straight after with `بـ` or `في`, and it
    is an administrative unit, a range, plain or valley (`بجبل شحشبو`), or `first` was
    introduced as a town or village."""
    # (quotes and brackets aside: `بمدينة رأس العين (سري كانيه) ضمن منطقة "نبع السلام"`)
    gap = view[first.end:second.start].translate(_QUOTES_AND_BRACKETS).strip()
    prefix = view[second.start:second.core_start]
    words = gap.split()
    # `في ناحية ربيعة`, `بمنطقة X`: an administrative noun may stand between
    unit = bool(words) and words[-1].lstrip("ب") in _UNIT_NOUNS
    if unit:
        words = words[:-1]
    # `حي المغاير الشعبي في حلب`, `بلدة كسب الحدودية في ريف اللاذقية`: the first name's own
    # adjectives may stand before the glue
    while len(words) > 1 and words[0].startswith("ال") and words[0].endswith(_ADJECTIVE_ENDS):
        words = words[1:]
    gap = " ".join(words)
    # (`قريتي أم الكيف وتل طويل في ريف ناحية تل تمر`: the countryside of the unit)
    glued = gap in ("في", "(في", "داخل", "وسط", "بوسط", "في ريف", "بريف", "ضمن") or (gap == "" and (
        unit and view[first.end:second.start].strip().startswith("ب")
        or prefix.removesuffix("ال").endswith("ب")))
    if not glued:
        return False
    return (unit or second.key in admin_keys
            or _after_place_noun(view, first.start, place_nouns)
            or view[second.core_start:second.end].split(" ", 1)[0] in _REGION_HEADS
            or _named_as_region(second))


_QUOTES_AND_BRACKETS = str.maketrans({c: " " for c in '"«»“”()'})


def _building_name(view: str, mention: PlaceMention) -> bool:
    """`قرب مسجد صلاح الدين`: the name right after a mosque's, a church's or a school's noun
    is the building's, no place (its place is told beside it)."""
    before = _previous_word_start(view, mention.start)
    if before is None or mention.start != mention.core_start and view[
            mention.start:mention.core_start].strip() not in ("ال", ""):
        return False
    word = view[before:mention.start].strip()
    return word.removeprefix("و").removeprefix("ب").removeprefix("ل") in _BUILDINGS


def _hospital_named_afar(view: str, mention: PlaceMention, kept: list[PlaceMention]) -> bool:
    """`ونقل الجرحى إلى مشفى الكنانة` in a report of Aleppo's west: a name after a hospital's
    noun that the gazetteer knows only in governorates none of the other places of its
    paragraph lie in is the hospital's name, no place."""
    if not mention.candidates:
        return False
    before = _previous_word_start(view, mention.start)
    if before is None or view[before:mention.start].strip().lstrip("وفبل") not in _HOSPITALS:
        return False
    start = view.rfind("\n", 0, mention.start) + 1
    end = view.find("\n", mention.end)
    end = len(view) if end < 0 else end
    around = {c.admin1 for m in kept if m is not mention and start <= m.start < end
              and m.foreign is None for c in m.candidates}
    return bool(around) and around.isdisjoint(c.admin1 for c in mention.candidates)


def _hospital_name(view: str, mention: PlaceMention, following: list[PlaceMention]
                   ) -> bool:
    """`مشفى القدس في حي السكري`: the name right after a hospital's noun is the hospital's,
    no place, when a place of its own follows it with `في` or `بـ`, or the name is abroad."""
    before = _previous_word_start(view, mention.start)
    if before is None or view[before:mention.start].strip().lstrip("وفبل") not in _HOSPITALS:
        return False
    if mention.how == "foreign":
        return True
    if not following:
        return False
    # (a place noun may come between: `في حي السكري`, `بحي الفردوس`; and the hospital's
    # adjective before: `مستشفى القدس الميداني في حي السكري`)
    gap = view[mention.end:following[0].start].split()
    while gap and gap[0].startswith("ال") and gap[0].endswith(("ي", "يه")):
        gap = gap[1:]
    return len(gap) <= 2 and any(w == "في" or w.startswith("ب") for w in gap[:1]) \
        or not gap and view[following[0].start:following[0].core_start].startswith("ب")


def _noun_adjective(view: str, start: int, word: str) -> bool:
    """`أربع قرى جديدة`, `آخر مدينة كبيرة`: the word is an adjective of the indefinite place
    noun right before it, no name."""
    nouns = (_PLURAL_NOUNS if word in _PLURAL_ADJECTIVES else frozenset()) | (
        _SINGULAR_NOUNS if word in _SINGULAR_ADJECTIVES else frozenset())
    before_at = _previous_word_start(view, start) if nouns else None
    return before_at is not None and view[before_at:start].strip().lstrip("وب") in nouns


def _with_own_adjective(view: str, mention: PlaceMention) -> bool:
    """`وجسرين استراتيجيين`, `جسرين رئيسيين`: a dual or plural word and an indefinite
    adjective agreeing with it are a common noun ("two main bridges"), not the town spelt so:
    a place's name is definite, and so are its adjectives (`حلب الشرقية`)."""
    core = view[mention.core_start:mention.end]
    if " " in core or not core.endswith(("ين", "ان")) or core.startswith("ال") \
            or view[mention.start:mention.core_start].endswith("ال"):
        return False
    following = _WORD.match(view, mention.end + 1)
    # (an adjective takes no `و`: `عندان وحريتان` are two towns)
    return (following is not None and view[mention.end:following.start()] == " "
            and following.group().endswith(_AGREEING_ADJECTIVE)
            and not following.group().startswith("و"))


_AGREEING_ADJECTIVE = ("يين", "يتين", "يان", "يتان")
_ADJECTIVE_ENDS = ("ي", "يه", "ية")  # a relative adjective's endings, folded or not


def _nickname(view: str, mention: PlaceMention) -> bool:
    """Is the name a person's nickname (`المعروف بالحجية`, `يدعى أبو جاسم`), no place?"""
    before = _previous_word_start(view, mention.start)
    return before is not None and view[before:mention.start].strip() in _ALIAS_WORDS


def _adjacent_to(view: str, first: PlaceMention, second: PlaceMention) -> bool:
    """Is `second` named as what `first` lies next to (`بنش ومعرة مصرين المجاورتين لقريتي
    الفوعة وكفريا`, `أم حوش القريبة من مدينة مارع`)? An adjective of nearness right after
    `first`, then `ل` or `من`, maybe a place noun."""
    words = view[first.end:second.start].replace('"', " ").split()
    if not words or words[0] not in _ADJACENT_WORDS or len(words) > 3:
        return False
    rest = words[1:]
    glue = view[second.start:second.core_start]
    if rest and rest[0] == "من":
        rest = rest[1:]
    elif rest and rest[0].startswith("ل"):
        rest = [rest[0][1:], *rest[1:]] if len(rest[0]) > 1 else rest[1:]
    elif not glue.lstrip("و").startswith("ل"):
        return False
    nouns = _SETTLEMENT_NOUNS | _UNIT_NOUNS | _VILLAGE_NOUNS | _QUARTER_NOUNS
    return all(word.removeprefix("ل") in nouns for word in rest if word)


def _between(view: str, first: PlaceMention, second: PlaceMention) -> bool:
    """Is `second` the first of two places `first` is told to lie between (`قرية المقبرة
    الواقعة بين تل تمر والحسكة`)? `بين` after a participle of lying, or right after a village
    named with its noun; the next of the two follows as a list item."""
    words = view[first.end:second.start].split()
    if words and words[-1] in _SETTLEMENT_NOUNS:
        words.pop()  # (`بادية حميمة الواقعة بين مدينة تدمر والحدود`)
    if not words or words[-1] != "بين" or len(words) > 3:
        return False
    if len(words) == 1:
        return _noun_named_with(view, first) in ("قريه", "بلده", "حي")
    return words[0] in _BETWEEN_WORDS and (len(words) == 2 or words[1] == "ما")


# the noun right before a city a compass word points into (`في شرق مدينة حلب`; not
# `الريف الغربي لمدينة الرقة`, its countryside)
_CITY_NOUN_FORMS = frozenset({"مدينه", "بمدينه"})
# the nouns of quarters (`المجاورين لحي الشيخ مقصود`)
_QUARTER_NOUNS = frozenset({k for k, v in _NOUN_OF.items() if v == "حي"} | {"احياء"})
# ... the dual, two named after it (`حيي الضاحية والسبيل`; not `أحياء المدينة`, the city's)
_QUARTERS_NOUNS = _QUARTER_NOUNS - {"حي", "احياء"}


def _named_as_region(mention: PlaceMention) -> bool:
    """Is the name one of a region (a plain, a rural belt: `places_regions.csv`)?"""
    return any(p.kind == "region" for p in mention.candidates)


def _around(view: str, first: PlaceMention, second: PlaceMention, place_nouns) -> bool:
    """Does `second` follow `first` as what it lies around (`حور النهر بمحيط مارع`, `X في
    محيط بلدة Y`)? Only an outskirts word, maybe with `في`/`على` and a place noun, between."""
    words = view[first.end:second.start].split()
    if words and _after_place_noun(view, second.start, place_nouns):
        words = words[:-1]
    if not words or len(words) > 2 or words[0] in ("و", "،", ","):
        return False
    return words[-1].removeprefix("ب") in _OUTSKIRTS and all(
        word in ("في", "علي") for word in words[:-1])


def _in_place_abroad(view: str, first: PlaceMention, second: PlaceMention) -> bool:
    """Is `second` (a place abroad) where `first` lies? Only words of being in a place stand
    between them, or `second` carries `بـ` itself."""
    words = view[first.end:second.start].split()
    if not words:
        return view[second.start:second.core_start].lstrip("و").startswith("ب")
    return all(word in _WORDS["in_place_words"] for word in words)


def _on_outskirts(view: str, position: int) -> bool:
    """`في محيط بلدة X`, `على أطراف X`, `قرب X`: the event is near X (ACLED precision 2)."""
    end = _previous_word_end(view, position)
    for _ in range(2):
        start = _previous_word_start(view, end)
        if start is None:
            return False
        word = view[start:end]
        if word in _OUTSKIRTS or word.lstrip("وفبل") in _OUTSKIRTS:  # `بادية` is no بـ + ادية
            return True
        end = _previous_word_end(view, start)
    return False


# `حلب الشرقية`: a compass adjective after a name describes it; any other definite word after
# an indefinite one makes a construct name (`جمعية المعري`), adjectives agreeing in definiteness
_COMPASS_BARE = re.compile(r"(?:شمال|جنوب|شرق|غرب)(?:ي|يه)")
_COMPASS_ADJECTIVE = re.compile(r"ال(?:شمال|جنوب|شرق|غرب|اوسط|وسط)(?:ي|يه)")


def _construct_item(view: str, end: int, lexical: bytearray, *, head: bool = False,
                    located_at: Container[int] = ()) -> int | None:
    """Where a list item goes on to when a definite word follows its first word and ends
    the item (`تلة الضبعة،`, `باب الدريب و`, `جمعية المعري،`): that word's end, else None.
    After a generic head (`head`: تل، جبل، كفر) the second word may be a common one (`تل
    الدبابات`) or have no article (`كفر بسمة`). A place with `ب` at one of `located_at`
    may follow (`وساقية الكرت بجبل الأكراد`)."""
    quoted = _quoted_item(view, end + 1) if view[end:end + 2] == ' "' else None
    if quoted is not None:
        return quoted  # `جمعية "ابو عمشة"،`: a quoted name after the head word
    second = _WORD.match(view, end + 1)
    if (second is None or view[end:second.start()] != " "
            or not (head or second.group().startswith("ال"))
            or second.group() in _STOP_AFTER_CUE or _COMPASS_ADJECTIVE.fullmatch(second.group())
            or (not head and any(lexical[second.start():second.end()]))):
        return None
    if _LIST_SEPARATOR.match(view, second.end()) or \
            view[second.end():second.end() + 1] in ("", ".", "،", ",") or \
            view[second.end():second.end() + 2] == " ب" and second.end() + 1 in located_at:
        return second.end()
    located = _IN_PLACE_AFTER.match(view, second.end()) if head else None
    if located is not None and located.end() in located_at:
        return second.end()  # `وتل الجموع في ريف درعا`: the place that locates the list
    return None


_IN_PLACE_AFTER = regex.compile(r" في (?:ريف )?")


# `، وعاجل، وبالا`: a common word between two commas of a list that goes on is a name
_LIST_GOES_ON = regex.compile(r"\s{0,3}+[,،]\s{0,3}+و\w")
# a number after a definite word, then the list goes on or the sentence ends
_NUMBERED_ITEM = regex.compile(r"( \d{1,3})(?=\s{0,3}+[,،.]|\s{1,3}+و|$)")


def _quoted_item(view: str, start: int) -> int | None:
    """The end of a quoted list item starting at `start` (`"ابو عمشة"،`): after the closing
    quote, when at most four words stand inside and a separator or the sentence's end follows;
    else None."""
    close = view.find('"', start + 1, start + 48)
    if view[start:start + 1] != '"' or close < 0:
        return None
    inside = view[start + 1:close]
    if not inside.strip() or len(inside.split()) > 4 or any(c in inside for c in ".,،:\n"):
        return None
    after = close + 1
    if _LIST_SEPARATOR.match(view, after) or view[after:after + 1] in ("", ".", "،", ","):
        return after
    return None


# a road or a front named by the two towns it runs between (`طريق حلب - دمشق`, `محور "تل تمر –
# أبو راسين"`), maybe in quotes
_ROAD_BEFORE = regex.compile(
    r"(?:(?:^|\s)[وبل]?(?P<road>(?:ال)?(?:طريق|اوتوستراد|اتوستراد|استراد|اوتستراد|محور))"
    # `الطريق الدولي حلب - اللاذقية`
    r"(?:\s{1,3}+(?:ال)?(?:دولي|سريع|رئيسي|عام))?"
    r"(?:\s{1,3}+(?:معبر|مطار|دوار))?"  # `طريق معبر باب الهوى - سرمدا`
    # `الطريق الواصل بين باب الهوى وسرمدا`
    r"(?:(?:\s{1,3}+(?:(?:ال)?(?:واصل|رابط|واصله|رابطه)\s{1,3}+)?بين"  # (`الطريق بين X وY`)
    # `الطريق الدولي الذي يربط دير الزور بتدمر`
    r"|\s{1,3}+(?:الذي|التي)\s{1,3}+(?:يربط|يصل|تربط|تصل)(?:\s{1,3}+بين)?)"
    # `الطريق الواصل بين بلدتي داعل وطفس`, `بين مدينة عامودا وقرية تل حميس`
    r"(?:\s{1,3}+(?:بلدتي|مدينتي|قريتي|بلده|مدينه|قريه|ناحيه|منطقه|مخيم))?)?"
    # a field or a spot between two towns, no road named (`في أرض زراعية بين بلدتي X وY`)
    r"|(?:^|\s)(?P<road>بين)\s{1,3}+(?:بلدتي|مدينتي|قريتي))"
    r"\s{1,3}+[\"«]?$")
def with_article(view: str, mention: PlaceMention) -> int:
    """Where a name begins with its article but no clitic before it (`القامشلي` in
    `طريق عامودا - القامشلي`; not the `و` of `وطفس`)."""
    if mention.core_start - 2 >= mention.start and \
            view.startswith("ال", mention.core_start - 2):
        return mention.core_start - 2
    return mention.core_start


_ROAD_NAME = regex.compile(r"(?:ال)?طريق\s{1,3}+")  # a quarter's name that begins with the road
_ROAD_LINKS = frozenset({"بين", "يربط", "يصل", "تربط", "تصل"})  # a road told by the two it joins
_ROAD_JOIN = regex.compile(r"\s{0,3}+[-–]\s{0,3}+|\s{1,3}+")
# `الطريق الواصل بين X وY`, `... وقرية Y`, `الذي يربط X بY`
_ROAD_AND = regex.compile(
    r"\s{1,3}+[وب](?:(?:بلده|مدينه|قريه|ناحيه|منطقه|مخيم|مطار|معبر)\s{1,3}+)?")
_ROAD_DASH_NAME = regex.compile(r"\s{0,3}+[-–]\s{0,3}+\w")  # a dash, then a second name
# the other name of the town before, in brackets (`سري كانيه (رأس العين)`)
_GLOSS = regex.compile(r"\s{0,3}+\(\s{0,2}+")
_QUOTED_GLOSS = regex.compile(r"\s{1,3}+\"")
_LEADS_TO = r"(?:^|\s)(?:ال)?(?:مؤدي|واصل)(?:ه|ين|تين)?\s{1,3}+(?:الي|نحو|باتجاه)\s{1,3}+"
_LEADING_TO = regex.compile(_LEADS_TO + "$")
# ... with the town's noun between, after the place of the deed (`عند مدخل بلدة البصيرة على
# الطريق المؤدي إلى بلدة الزر`; with none before, the road's town is where it happened:
# `عبوة على الطريق المؤدي إلى بلدة القطيلبية`)
_LEADING_TO_TOWN = regex.compile(
    _LEADS_TO + "(?:" + alternation(_SETTLEMENT_NOUNS) + r")\s{1,3}+$")
# `ونقل الجرحى إلى مشفى مدينة X`: a verb of moving, a few words of its clause, `إلى`, at
# most two words
_MOVEMENT = sorted(_WORDS["movement_words"], key=len, reverse=True)
_ADVANCE_TOWARD = regex.compile(
    r"(?:^|\s)[وف]?ل?(?:" + "|".join(map(regex.escape, sorted(
        (fold(w) for w in _WORDS["advance_words"]), key=len, reverse=True)))
    + r")(?:\s+[^\s,،.]+){0,6}?\s+(?:نحو|باتجاه)(?:\s+[^\s,،.]+){0,1}?\s+$")
_MOVED_TO = regex.compile(
    r"(?:^|\s)[وف]?(?:لل|[لب]?(?:ال)?)(?:" + "|".join(map(regex.escape, _MOVEMENT))
    + r")(?:\s+[^\s,،.]+){0,8}?\s+(?:الي|نحو|عبر|باتجاه)(?:\s+[^\s,،.]+){0,3}?\s+$")
# (`نقل الجرحى إلى أحد مشافي مدينة القامشلي`: three words between; `نقل المصابون إلى
# مستشفيات في تركيا عبر معبر باب الهوى`: the way they were taken)
# `استقدمت تعزيزات عسكرية من مدينة سلقين`: a word of coming, a few words of its clause, `من`,
# at most one word
_CAME_FROM = regex.compile(
    r"(?:^|\s)[وف]?(?:" + "|".join(map(regex.escape, sorted(
        (fold(w) for w in _WORDS["coming_words"]), key=len, reverse=True)))
    + r")(?:\s+[^\s,،.]+){0,6}?\s+من(?:\s+[^\s,،.]+){0,1}?\s+$")
_QUOTED = regex.compile(r' "([^"\n]{1,60}+)"')
_SLOGAN_HEADS = frozenset(fold(w) for w in _WORDS["slogan_heads"])
_QUOTE_MARK = regex.compile(r'["«“]')
_QUOTED_AFTER_WORD = regex.compile(r'(\S{1,20}+)\s{1,2}+["«“]([^"»”\n]{1,60}+)')


def _quarters(view: str, mentions: list[PlaceMention]) -> set[int]:
    """The mentions (by id) named as a town's quarters: after `حي`, `حيي`, `أحياء`, and the
    second of the two the dual names (`حيي الميدان وبستان الباشا`; not `وبلدة X`)."""
    named: set[int] = set()
    previous: PlaceMention | None = None
    pair = False
    for m in mentions:
        if _quarter(view, m):
            named.add(id(m))
            # `حيي X وY`: the dual names two quarters (a plural's list may end in a town)
            pair = _QUARTERS_DUAL.search(view, max(0, m.start - 8), m.start) is not None
        elif pair and previous is not None and id(previous) in named \
                and not view[previous.end:m.start].strip(" ,،و"):
            named.add(id(m))
            pair = False
        else:
            pair = False
        previous = m
    return named


def _quarter(view: str, mention: PlaceMention) -> bool:
    """Is the name introduced as a neighbourhood (`حي`، `بحي`، `الحي` right before it)?"""
    return _NEIGHBOURHOOD_BEFORE.search(view, max(0, mention.start - 8), mention.start) is not None


def _moved_to(view: str, position: int) -> bool:
    """Is the name at `position` where people are moved or go (`نقل الجرحى إلى مشفى X`,
    `واصل مقاتلو التنظيم الانسحاب باتجاه السخنة`)? (`إلى`, `نحو` or `باتجاه` must stand
    within three words before it, a cheap test made first.)"""
    near = view[max(0, position - 30):position]
    if "الي" not in near and "نحو" not in near and "عبر" not in near \
            and "باتجاه" not in near:
        return False
    return _MOVED_TO.search(view, max(0, position - 120), position) is not None or \
        _TO_HOSPITAL.search(view, max(0, position - 60), position) is not None


# `ونقل جريح إلى المشفى الوطني في مدينة درعا`, `واقتادتهم إلى مقر الفرع في مدينة درعا`: a
# hospital the wounded or a seat the detained were taken to, however many words name it
_TO_HOSPITAL = regex.compile(
    # (not "in addition to": `إضافة إلى مقر في حي الكتف`)
    r"(?:^|\s)(?<!اضافه\s{1,3})الي\s{1,3}+(?:ال)?(?:" + "|".join(sorted(
        {w.removeprefix("ال") for w in _WORDS["hospital_nouns"] | _WORDS["taken_to_seats"]},
        key=len, reverse=True))
    + r")(?:\s+[^\s,،.]+){0,4}?\s+$")


def _came_from(view: str, position: int) -> bool:
    """Is the name at `position` where something came from (`تعزيزات من مدينة سلقين`)?
    (`من` must stand within two words before it, a cheap test made first.)"""
    if "من " not in view[max(0, position - 20):position]:
        return False
    return _CAME_FROM.search(view, max(0, position - 100), position) is not None


def _slogans(view: str) -> list[tuple[int, int]]:
    """The quoted slogans that name a day of protest (`جمعة "لن نترك حلب وحيدة"`)."""
    spans = []
    for quote in _QUOTE_MARK.finditer(view):
        at = quote.start()
        word_start = view.rfind(" ", max(0, at - 24), max(0, at - 1)) + 1
        match = _QUOTED_AFTER_WORD.match(view, word_start)
        if match is not None and match.start(2) == at + 1 and match.group(1).lstrip(
                "وفبل").removeprefix("ال") in _SLOGAN_HEADS:
            spans.append((match.start(2), match.end(2)))
    return spans


def _advancing_toward(view: str, position: int) -> bool:
    """Is the name at `position` where a force advances toward (`تقدمت نحو بلدة ولغا`)?
    (`نحو` or `باتجاه` must stand within two words before it, a cheap test made first.)"""
    near = view[max(0, position - 24):position]
    if "نحو" not in near and "باتجاه" not in near:
        return False
    return _ADVANCE_TOWARD.search(view, max(0, position - 120), position) is not None


def _quoted_names(view: str, heads: list[tuple[int, object]]) -> list[tuple[int, int]]:
    """Quoted words right after a group's name or a word that names (`غرفة عمليات "فتح حلب"`,
    `معركة "زلزلة عروش حزب الله في الزبداني"`): an operation's or a group's name. Its place
    words say where the fighting is, not where a toll the sentence gives falls."""
    ends = {end for end, _ in heads}
    return [(m.start(1), m.end(1)) for m in _QUOTED.finditer(view) if m.start() in ends]


def _inside(spans: list[tuple[int, int]], position: int) -> bool:
    return any(start <= position < end for start, end in spans)


ASIDE_CHARS = 80  # how far before an origin's place the comma opening its aside is looked for


def _aside_closed(view: str, origin: PlaceMention, mention: PlaceMention) -> bool:
    """Does a comma after a place told as an origin set off by commas close that aside
    (`دخلت الوحدات، انطلاقاً من حي الشيخ مقصود، أحياء الشيخ فارس`: the quarters entered)?"""
    if not any(mark in view[origin.end:mention.core_start] for mark in ",،"):
        return False
    reach = max(0, origin.start - ASIDE_CHARS)
    opening = max(view.rfind("،", reach, origin.start), view.rfind(",", reach, origin.start))
    found = _ORIGIN_BEFORE.search(view, max(0, opening), origin.start) if opening >= 0 else None
    return found is not None and view[opening + 1:found.start()].strip() == ""


def _joined_post(view: str, end: int, start: int) -> bool:
    """Is the stretch between two places list glue, or `و` and a post's noun (`ومعسكر`)?"""
    return only_glue(view[end:start]) or _POST_GLUE.fullmatch(view, end, start) is not None


_POST_GLUE = regex.compile(r"\s{1,3}+و(?:" + "|".join(_WORDS["stationed_at"]) + r")\s{1,3}+")


def only_glue(text: str) -> bool:
    """Is this stretch between two places only list glue (commas, و, `وأطراف قرى`)?"""
    return bool(_LIST_GLUE.match(text))


# the units a district is named with (`ناحية`, `منطقة`, `مقاطعة`)
_DISTRICT_NOUNS = frozenset(fold(w) for w in (*_WORDS["unit_nouns"], "مقاطعة")
                            if fold(w) != "مدينه")


def _frames_clause(view: str, mention: PlaceMention, before: int | None,
                   following: PlaceMention | None) -> bool:
    """A name that opens a clause (`وفي حلب،`, a sentence's first `في حلب،`), set off by a
    comma, with another place after it in its sentence."""
    after = view[mention.end:mention.end + 3].lstrip(" ")
    if after[:1] == ":" and following is not None and line_label(view, mention.start):
        # `حماة: 4 شهداء في قصف على قرية التريمسة`: a round-up's governorate heading
        between = view[mention.end:following.start]
        return "." not in between and "\n" not in between
    if before is None or not after or after[0] not in ",،" or following is None:
        return False
    word = view[before:mention.start].strip()
    if word in _DISTRICT_NOUNS or place_key(word) == _CAPITAL_KEY:
        # `وفي ناحية راجو، قصفت المدفعية قرية ميدانكي`: a district framing the clause
        # (or the capital named: `وفي العاصمة دمشق، أطلقت ... في حي المزة`)
        before = _previous_word_start(view, before)
        if before is None:
            return False
        word = view[before:mention.start].split()[0]
    opens = word == "وفي" or (word == "في" and view[max(0, before - 8):before].rstrip(" ")[-1:]
                              in ("", ".", "\n"))
    if not opens:
        return False
    between = view[mention.end:following.start]
    return "." not in between and "\n" not in between


# `في مقاطعة عفرين، حيث استهدفت منزلا في قرية جلمة`: "where", then the precise place
_SETTLEMENT_BEFORE = regex.compile(
    r"(?:^|\s)[وفب]?(?:" + alternation(map(fold, (*_WORDS["village_nouns"],
                                                  *_WORDS["settlement_nouns"], "حي")))
    + r")\s{1,3}+$")
_WHERE_AFTER = regex.compile(r"[ \t]{0,2}+[،,]?[ \t]{0,2}+حيث(?!\w)")


def _told_where_after(view: str, mention: PlaceMention,
                      following: PlaceMention | None) -> bool:
    """A district whose clause goes on with `حيث` to the place in it the deed was at."""
    if following is None or _WHERE_AFTER.match(view, mention.end) is None:
        return False
    between = view[mention.end:following.start]
    # (the place a settlement noun introduces: not `في منطقة تلول الصفا، حيث يتحصن عناصره
    # بعد طردهم من ريف درعا`, a clause about the district itself)
    return "." not in between and "\n" not in between \
        and _SETTLEMENT_BEFORE.search(between) is not None


def _noun_before(view: str, mention: PlaceMention) -> str:
    """The word before the name, without its clitics (`بمدينة` → `مدينه`)."""
    before = _previous_word_start(view, mention.start)
    return view[before:mention.start].strip().lstrip("وفبل") if before is not None else ""


def line_label(view: str, start: int) -> bool:
    """Does the name at `start` open its line, maybe after a bullet (`- كفرنبل:`)?"""
    line_start = view.rfind("\n", max(0, start - 24), start) + 1
    if line_start == 0 and start > 24:
        return False
    head = view[line_start:start]
    # (or after its governorate and a dash, as bulletins head their items: `حمص - تلبيسة:`)
    return head.strip(" -–•*") == "" or _LABEL_HEAD.fullmatch(head) is not None


_LABEL_HEAD = regex.compile(r"[ \-–•*]{0,4}+\p{L}{2,12}+(?: \p{L}{2,12}+)? ?[-–] ?")


# `ثلاث قرى جنوب كوباني، وهي خروص وياراماز`, `والقرى المحررة هي: خروص، ياراماز`: the
# places a plural of settlements counted or told before is, named after `هي`
_NAMED_AS = regex.compile(
    r"(?:^|\s)(?:و?ال)?(?:" + "|".join(sorted({fold(w).removeprefix("ال") for w in (
        *_WORDS["settlement_list_nouns"], "أحياء", "حيي", "حيا", "بلدتين", "قريتين", "مدينتين")},
        key=len, reverse=True))
    + r")(?:\s+[^\s.،,:]+){0,4}?\s*[،,]?\s+و?(?:هي|هما)\s*:?\s*$")


def _named_as_the_places(view: str, mention: PlaceMention) -> bool:
    """Is the name the first of the places a plural of settlements told before it is?"""
    near = view[max(0, mention.start - 8):mention.start]
    if "هي" not in near and "هما" not in near:
        return False
    found = _NAMED_AS.search(view, max(0, mention.start - 90), mention.start)
    if found is None:
        return False
    # (the plural counted, `ثلاث قرى`, or opening its sentence, `والقرى المحررة هي`; not
    # `كافة البلدات المحيطة بها وهي`: the places around, whatever befell them)
    words = view[max(0, found.start() - 24):found.start() + 1].split()
    before = words[-1] if words else ""
    return not words or before.isdigit() or before.removeprefix("و") in number_words() \
        or before.endswith((".", ":", "؛"))


def _labels_line(view: str, mention: PlaceMention) -> bool:
    """`كفرنبل: 3 شهداء إثر قصف صاروخي`: a name that opens its line with a colon after it
    (or the first of a list of names before the colon: `الحراك، الحارة، نمر: خرجت مظاهرات`)
    is where the line's news happened."""
    after = view[mention.end:mention.end + LABEL_LIST_REACH]
    colon = after.find(":")
    if colon < 0 or "\n" in after[:colon]:
        return False
    between = after[:colon]
    return (between.strip(" ") == "" or _LABEL_LIST.fullmatch(between) is not None) and \
        line_label(view, mention.start)


LABEL_LIST_REACH = 60  # characters from the first name of a line's label list to its colon
# the other names of a line's label list (`، الحارة، نمر، داعل`, ` والحارة ونمر`)
_LABEL_LIST = regex.compile(
    r"(?>(?: {0,3}+[،,] {0,3}+| {1,3}+و)\p{L}{2,15}+(?: \p{L}{2,15}+)?+)"
    r"(?>(?: {0,3}+[،,] {0,3}+| {1,3}+و)\p{L}{2,15}+(?: \p{L}{2,15}+)?+){0,4}+ {0,3}+")


def _after_direction(view: str, position: int, cue_at: dict[int, str]) -> bool:
    """A compass word within two words before (`شمال شرقي مدينة X`)."""
    end = _previous_word_end(view, position)
    for _ in range(3):
        if cue_at.get(end) == "direction":
            return True
        start = _previous_word_start(view, end)
        if start is None:
            return False
        word = view[start:end]
        if cue_at.get(end) not in ("place", "direction") and word not in ("من", "ل", "العاصمه"):
            return False  # (`شمال العاصمة صنعاء`: "the capital" heads the city's name)
        end = _previous_word_end(view, start)
    return False


_TAKEN_TO_STEMS = tuple(fold(w) for w in _WORDS["taken_to_stems"])


_TOWARD = frozenset(fold(w) for w in _WORDS["toward_words"])  # where someone went


def _taken_to(view: str, mention: PlaceMention) -> bool:
    """`ونُقل عدد من الجرحى إلى مستشفى كيليس`: where the wounded were taken, no event's place
    (the verb at most five words before `إلى`, at most two words between it and the name, or
    four past a hospital: `نقلوا إلى المشفى الميداني في المدينة`)."""
    before = view[max(0, mention.start - 80):mention.start]
    cut = max(before.rfind(mark) for mark in ".،,\n")
    words = before[cut + 1:].split()
    to = next((i for i in range(len(words) - 1, -1, -1) if words[i] in _TOWARD), None)
    if to is None or len(words) - to - 1 > (
            4 if any(w in _HOSPITALS for w in words[to + 1:]) else 2):
        return False
    return any(word.lstrip("وف").startswith(_TAKEN_TO_STEMS) for word in words[max(0, to - 5):to])


def _contains_the_one_before(view: str, kept: list[PlaceMention], index: int) -> bool:
    """`قرية كفرجنة التابعة لناحية شران`, `قريتي مرعناز والمالكية في مقاطعة الشهباء`: a place
    named as the unit the place just before it belongs to."""
    mention = kept[index]
    if index == 0 or mention.core_start - kept[index - 1].end > 60:
        return False
    between = view[kept[index - 1].end:mention.start]
    if view.startswith("ل", mention.start):
        between += "ل"  # `التابعة لشران`: the preposition glued to the name
    return "." not in between and "\n" not in between and bool(
        _CONTAINER_BEFORE.search(between))


def _previous_word_end(view: str, position: int) -> int:
    i = position
    while i > 0 and view[i - 1] == " ":
        i -= 1
    return i


def _previous_word_start(view: str, position: int) -> int | None:
    """Where the whitespace-delimited word before `position` starts (None: no word). A short
    walk back; past `_LOOKBACK` characters, a bisection over the view's whitespace: a report
    with no spaces (`إدلب.إدلب.`) would otherwise be walked once per place in it."""
    end = _previous_word_end(view, position)
    floor = max(0, end - _LOOKBACK)
    i = end
    while i > floor and not view[i - 1].isspace():
        i -= 1
    if i > floor or floor == 0:
        return i if i < end else None
    spaces = _whitespace(view)
    index = bisect.bisect_left(spaces, end)
    start = spaces[index - 1] + 1 if index else 0
    return start if start < end else None


# how far `_previous_word_start` walks back before it bisects instead: longer than a word
_LOOKBACK = 48


@lru_cache(maxsize=4)
def _whitespace(view: str) -> array:
    """Where the view's whitespace characters stand, in order (str.isspace's set)."""
    return array("I", (m.start() for m in _WHITESPACE.finditer(view)))


_WHITESPACE = regex.compile(r"[\s\x1c-\x1f]")


def tokens_between(view: str, start: int, end: int) -> int:
    """How many words start in [start, end): a bisection over the view's word offsets."""
    if end <= start:
        return 0
    starts, _ = word_bounds(view)
    return bisect.bisect_left(starts, end) - bisect.bisect_left(starts, start)


def facility_adjectives(view: str, places: list[PlaceMention]) -> set[int]:
    """Where the adjective of a facility named as a place starts (`قاعدة الشعيرات الجوية`,
    `مطار حماة العسكري`): the word tells what the base is, not the weapon that struck it."""
    starts: set[int] = set()
    for mention in places:
        if view[mention.end:mention.end + 3] != " ال":
            continue
        before = _previous_word_start(view, mention.start)
        word_before = view[before:mention.start].strip() if before is not None else ""
        if _names_a_facility(view, mention, word_before):
            starts.add(mention.end + 1)
    return starts


def _names_a_facility(view: str, mention: PlaceMention, word_before: str) -> bool:
    """Is the name a facility's (`قاعدة حميميم`, `مطار الشعيرات`): its noun opens the name or
    stands right before it?"""
    return view[mention.core_start:mention.end].split(" ", 1)[0] in _FACILITY_NOUNS \
        or word_before.lstrip("وفبل").removeprefix("ال") in _FACILITY_NOUNS
