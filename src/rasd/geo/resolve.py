"""Finding place names in a report and choosing which place each one means.

Finding: every gazetteer name (and foreign country or city) is compiled into one
`PhraseMatcher` over its surface spellings, so a report is scanned once. Arabic attaches
clitics (`وبلدة`, `بالزبداني`), reporters join or split generic heads (`كفر زيتا` /
`كفرزيتا`) and end names in ا or ه (`باتنتا` / `باتنته`): each name is indexed under
those spellings, and all of them lead to the same key.

Choosing: a name can mean several places. The governorate named nearby (`بريف إدلب`), the
governorates the report talks about, and closeness to the report's other places decide.
Words before a name decide its role: after `ريف`/`محافظة` a governorate is a region, after a
compass word (`شمال مدينة إدلب`) a place only locates another one.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache

import regex
from rapidfuzz.distance import Levenshtein

from rasd.geo.distance import distance_km
from rasd.geo.foreign import ForeignIndex, ForeignPlace, listed_names, load_foreign_index
from rasd.geo.gazetteer import Gazetteer, Place, load_default_gazetteer
from rasd.geo.keys import generic_leading_words, name_adjectives, place_key, place_prefixes
from rasd.text.matcher import PhraseMatcher
from rasd.text.normalize import fold


@dataclass(slots=True)
class PlaceMention:
    """A place name found in the view, with what it may mean and what it was taken for."""

    start: int
    core_start: int
    end: int
    key: str
    candidates: list[Place] = field(default_factory=list)
    foreign: ForeignPlace | None = None
    role: str = "place"  # place | region | qualifier | road (a town a road is named after)
    admin1: str | None = None
    place: Place | None = None
    how: str = "gazetteer"  # gazetteer | fuzzy | unknown | foreign | region
    within: PlaceMention | None = None  # the place named right after it to locate it
    outskirts: bool = False  # `في محيط X`, `قرب X`: near the place, not in it
    on_road: bool = False  # a town a road is named after (`طريق القامشلي - عامودا`)
    refers_to: PlaceMention | None = None  # `في المدينة`: the place it points back to
    in_name: bool = False  # inside a quoted operation's name (`معركة "فتح حلب"`): no toll's place
    city: Place | None = None  # an unknown neighbourhood's city: its point, near the place
    # every place abroad of its name (`البيضاء` of Libya and of Yemen): the context chooses
    abroad_options: list[ForeignPlace] = field(default_factory=list)


def surface_forms(name: str) -> set[str]:
    """Spellings of a name a reporter may write: as is, generic head joined or split,
    final ا/ه swapped."""
    base = fold(name)
    base = regex.sub(r"[\-_]+", " ", base)
    base = " ".join(base.split())
    if not base:
        return set()
    words = base.split(" ")
    if len(words) > 1 and words[0] in generic_leading_words():
        # `مدينة حمص`: the place noun is read as a cue, the name is what follows it
        words = words[1:]
        base = " ".join(words)
    forms = {base}
    if len(words) > 1 and words[-1] in name_adjectives():
        # `عرب حسن كبير` (OCHA) is written `عرب حسن الكبير`
        forms.add(" ".join([*words[:-1], "ال" + words[-1]]))
    prefixes = place_prefixes()
    if len(words) > 1 and words[0] in prefixes:
        forms.add(words[0] + "".join(words[1:]))
    if len(words) == 1:
        for prefix in prefixes:
            if base.startswith(prefix) and len(base) - len(prefix) >= 3:
                forms.add(prefix + " " + base[len(prefix):])
    for form in list(forms):
        if form.endswith("ه") and len(form) > 3:
            forms.add(form[:-1] + "ا")
        elif form.endswith("ا") and len(form) > 3:
            forms.add(form[:-1] + "ه")
    return forms


class PlaceFinder:
    """Scans a normalised view for Syrian and foreign place names."""

    def __init__(self, gazetteer: Gazetteer, foreign: ForeignIndex | None = None) -> None:
        self.gazetteer = gazetteer
        self.foreign = foreign
        self.admin1_by_key = gazetteer.admin1_names()
        self._candidate_cache: dict[str, tuple[Place, ...]] = {}
        self._matcher: PhraseMatcher[tuple[str, str]] = PhraseMatcher()
        for name, key in gazetteer.names():
            for form in surface_forms(name):
                self._matcher.add(form, ("sy", key))
        if foreign is not None:
            listed = listed_names()
            for foreign_place in foreign:
                key = place_key(foreign_place.name_ar)
                if key in self.admin1_by_key or (len(key) < MIN_FOREIGN_KEY
                                                 and foreign_place.name_ar not in listed):
                    continue  # `بن`, `لاد`: too short to tell from a word
                for form in surface_forms(foreign_place.name_ar):
                    self._matcher.add(form, ("foreign", key))

    def _candidates(self, key: str) -> tuple[Place, ...]:
        found = self._candidate_cache.get(key)
        if found is None:
            found = self._candidate_cache[key] = tuple(self.gazetteer.candidates(key))
        return found

    def find(self, view: str) -> list[PlaceMention]:
        by_span: dict[tuple[int, int], PlaceMention] = {}
        seen: dict[tuple[int, int], set[str]] = {}
        for match in self._matcher.find(view):
            # every payload of one span comes as a separate match; group them
            span = (match.start, match.end)
            mention = by_span.get(span)
            if mention is None:
                mention = by_span[span] = PlaceMention(match.start, match.core_start, match.end,
                                                       "")
                seen[span] = set()
            origin, key = match.payload
            if origin == "sy":
                mention.key = mention.key or key
                for candidate in self._candidates(key):
                    if candidate.id not in seen[span]:
                        seen[span].add(candidate.id)
                        mention.candidates.append(candidate)
            elif self.foreign is not None:
                found = self.foreign.lookup(key)
                mention.abroad_options.extend(found)
                # several foreign names may share a span (`الجزائر` the country and
                # `مدينة الجزائر` the city): a country first, then the biggest place
                best = min(found, key=foreign_rank, default=None)
                if best is not None and (mention.foreign is None or
                                         foreign_rank(best) < foreign_rank(mention.foreign)):
                    mention.foreign = best
                    mention.key = mention.key or key
        for mention in by_span.values():
            # the same order whichever spelling matched first
            mention.candidates.sort(key=_candidate_rank)
            if mention.foreign is not None and mention.candidates \
                    and view[mention.start:mention.core_start].endswith("ال") \
                    and not _with_article(mention.foreign.name_ar) \
                    and any(_with_article(p.name_ar) for p in mention.candidates):
                # `قريتي الكندة`: written with the article it is the Syrian village spelt
                # so, not the name abroad spelt without it (`كندا`)
                mention.foreign = None
                mention.abroad_options.clear()
        return list(by_span.values())


@lru_cache(maxsize=65536)
def _with_article(name: str | None) -> bool:
    """Does the name itself begin with the article (`مركز الرقة`: after its generic head)?"""
    words = fold(name or "").split()
    while len(words) > 1 and (words[0] == "مركز" or words[0] in generic_leading_words()):
        words = words[1:]
    return bool(words) and words[0].startswith("ال")


def _spelt_with_article(place: Place, key: str, gazetteer: Gazetteer) -> bool:
    """Does the place bear the name under this key only with the article? (`القصير`; not
    `المشرفة`, which a source also names `فليطة`: that name is spelt so, bare)."""
    if not _with_article(place.name_ar):
        return False
    return not any(place_key(name) == key and not _with_article(name)
                   for name in gazetteer.names_of(place.id))


def without_article(view: str, mention: PlaceMention, gazetteer: Gazetteer) -> bool:
    """A one-word name written without the article where a meaning of it has one (`قصير`
    for القصير, `ورقة` for الرقة): often the common word the name was made from."""
    if view[mention.start:mention.core_start].endswith(("ال", "لل")):
        return False
    if " " in view[mention.core_start:mention.end].strip():
        return False  # `بو كمال`, `مجدل شمس`
    return any(_spelt_with_article(p, mention.key, gazetteer) for p in mention.candidates) or (
        mention.foreign is not None and _with_article(mention.foreign.name_ar))


def keep_meanings_spelt_so(mention: PlaceMention, gazetteer: Gazetteer) -> bool:
    """Keep only the meanings a name written without the article has (see
    `without_article`); False when none is left (`اشتباك قصير` is no القصير, `رياض` no
    الرياض). The places stage asks this only where no place noun introduces the name."""
    if mention.foreign is not None and _with_article(mention.foreign.name_ar):
        mention.foreign = None
    mention.candidates = [p for p in mention.candidates
                          if not _spelt_with_article(p, mention.key, gazetteer)]
    return bool(mention.candidates) or mention.foreign is not None


def foreign_rank(place: ForeignPlace) -> tuple:
    return (place.kind != "country", -(place.population or 0), place.name_ar)


_SOURCE_RANK = {"user": 0, "ocha": 1, "opensyria": 2, "wof": 3}


def _candidate_rank(place: Place) -> tuple:
    return (_SOURCE_RANK.get(place.source, 4), place.id)


@cache
def default_finder() -> PlaceFinder:
    return PlaceFinder(load_default_gazetteer(), load_foreign_index())


MIN_FOREIGN_KEY = 4
# what tells apart two places equal on all else: the one whose name is spelt as the text spells
# it (a tie-break, less than any other reason)
SPELT_SO_POINTS = 0.05
# a region listed by hand (`places_regions.csv`: القلمون، الغوطة الشرقية) is what reports mean
# by its name, over a namesake hamlet or a town a source also calls so, unless the text names
# the hamlet's governorate
# a name an analyst gave a place by hand (`places_aliases.csv`) is what reports mean by it,
# over namesakes, unless the text names their governorate
ALIAS_POINTS = 2.0
LONGER_NAME_POINTS = 0.5  # off a place whose own name has more words than the text spelt
ANCHOR_KM = 40.0  # kilometres from the nearest anchor that cost a place one point
_KIND_WEIGHT = {"community": 1.0, "neighbourhood": 0.9, "locality": 0.8, "user": 1.2,
                "admin1": 0.3, "admin2": 0.4, "admin3": 0.2, "region": 4.0}


@lru_cache(maxsize=65536)
def _folded_name(name: str) -> str:
    return fold(name)


def _spelt_so(place: Place, spelt: str) -> bool:
    """Is the place's own name the text's spelling, letter for letter (`كفريا` of Idleb,
    not `كفرية` of Lattakia, which the folding of ة and ا also matched)?"""
    return _folded_name(place.name_ar) in (spelt, spelt.removeprefix("ال"),
                                           "ال" + spelt)


def choose_place(
    candidates: Iterable[Place],
    near_admin1: set[str],
    report_admin1: set[str],
    anchors: Sequence[tuple[float, float]] = (),
    paragraph_admin1: set[str] | frozenset[str] = frozenset(),
    within_admin1: set[str] | frozenset[str] = frozenset(),
    nearest_cache: dict[tuple[object, str], float] | None = None,
    anchors_key: object = None,
    km_per_point: float | None = None,
    spelt: str | None = None,
    aliased: Collection[str] = (),
) -> Place | None:
    """The most plausible of several places with one name.

    What decides, strongest first: the governorate of the place named right after it to
    locate it (`الطيبة بالغوطة الغربية`), the governorate named in the same sentence, then in the
    same paragraph, then in the report; closeness to the unambiguous places named nearby
    (`anchors`); then a town that is an administrative centre over a hamlet, and OCHA's
    communities over other sources.

    A report names the same places many times: pass a `nearest_cache` dict and an
    `anchors_key` that names these anchors, and each place's distance to them is measured once.
    Each `km_per_point` kilometres (`ANCHOR_KM` unless given) from the nearest anchor cost one
    point: fewer where the anchor is the place that locates this one (`الروضة في ناحية ربيعة`),
    which it lies close to.

    With the name as the text `spelt` it, a place whose own name has more words loses a little
    to one named so (`باشكوي` is the village of that name before OCHA's `باشكوي سفيرة`, which
    one of its other names matched). A place in `aliased` (the ids an analyst gave this name by
    hand) wins over its namesakes unless the governorates named say otherwise.
    """
    best: tuple[float, Place] | None = None
    for place in candidates:
        score = _KIND_WEIGHT.get(place.kind, 0.5)
        if place.admin1 in within_admin1:
            score += 8
        if place.admin1 in near_admin1:
            score += 5
        if place.admin1 in paragraph_admin1:
            score += 3
        if place.admin1 in report_admin1:
            score += 1.5
        if place.id.startswith("C"):
            score += 0.5
        if place.id in aliased:
            score += ALIAS_POINTS
        elif spelt is not None and place.name_ar \
                and len(place.name_ar.split()) > len(spelt.split()):
            score -= LONGER_NAME_POINTS
        if place.capital_level is not None:
            score += 1.0 if place.capital_level >= 3 else 2.0
        if spelt is not None and place.name_ar and _spelt_so(place, spelt):
            score += SPELT_SO_POINTS
        if anchors and place.latitude is not None and place.longitude is not None:
            cached = (anchors_key, place.id)
            if nearest_cache is not None and anchors_key is not None and cached in nearest_cache:
                nearest = nearest_cache[cached]
            else:
                nearest = min(distance_km(anchor, (place.latitude, place.longitude))
                              for anchor in anchors)
                if nearest_cache is not None and anchors_key is not None:
                    nearest_cache[cached] = nearest
            score -= min(nearest, 300.0) / (km_per_point or ANCHOR_KM)
        if best is None or score > best[0]:
            best = (score, place)
    return best[1] if best else None


def unambiguous(mention: PlaceMention, within_km: float = 10.0,
                admin1: set[str] | None = None) -> tuple[float, float] | None:
    """The point of a mention whose candidates (those in these governorates, if given) all
    lie close together, else None."""
    points = [(p.latitude, p.longitude) for p in mention.candidates
              if p.latitude is not None and p.longitude is not None
              and (admin1 is None or p.admin1 in admin1)]
    if not points or mention.foreign is not None:
        return None
    if all(distance_km(points[0], other) <= within_km for other in points[1:]):
        return points[0]
    return None


def fuzzy_key_match(key: str, known: Iterable[str] | OneEditIndex) -> str | None:
    """A key one edit away from a place the same report names (`كفرزينا` ~ `كفرزيتا`).

    Pass a `OneEditIndex` of the known keys to ask many times: each question then costs the
    length of the key, not the number of keys."""
    if len(key) < 5:
        return None
    if isinstance(known, OneEditIndex):
        hits = sorted(known.neighbours(key))
    else:
        hits = [k for k in set(known) if abs(len(k) - len(key)) <= 1
                and Levenshtein.distance(k, key, score_cutoff=1) <= 1 and k != key]
    return hits[0] if len(hits) == 1 else None


class OneEditIndex:
    """Keys, indexed so that those one edit (a substitution, insertion or deletion) from a
    key are found by looking up the key's own variants (the symmetric-deletion idea): two
    different strings are one edit apart exactly when one is the other less a character, or
    both are the same with one character replaced, which the variants with a `*` in place of
    a character find."""

    _ANY = "\x00"

    def __init__(self, keys: Iterable[str]) -> None:
        self.keys: set[str] = set(keys)
        self._shorter: dict[str, set[str]] = {}  # a key less one character → keys
        self._replaced: dict[str, set[str]] = {}  # a key with one character as `*` → keys
        for key in self.keys:
            for i in range(len(key)):
                self._shorter.setdefault(key[:i] + key[i + 1:], set()).add(key)
                self._replaced.setdefault(key[:i] + self._ANY + key[i + 1:], set()).add(key)

    def neighbours(self, key: str) -> set[str]:
        """The indexed keys exactly one edit from `key`."""
        found = set(self._shorter.get(key, ()))  # one character longer than key
        for i in range(len(key)):
            less = key[:i] + key[i + 1:]
            if less in self.keys:
                found.add(less)  # one character shorter
            found |= self._replaced.get(key[:i] + self._ANY + key[i + 1:], set())
        found.discard(key)
        return found
