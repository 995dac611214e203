"""From the mentions in a report to ACLED-style events.

Which names are places, and what they mean, is read by `rasd.extract.places`; this module
reads the events around them.

The rules read the structure of Arabic news sentences rather than single phrasings:

- a sentence reports events when it holds a trigger (`غارات`, `اشتباكات`, `قصف`) that is not
  a threat, plan, denial or background (`منذ`, cumulative tolls);
- each place in a sentence belongs to the nearest trigger before it (places before the first
  trigger belong to the first); a trigger with no place shares the next trigger's places;
- governorates after `ريف`/`محافظة` and places after compass words only locate other places;
  they become the event's place (region level) when nothing more precise is named;
- a death toll (`ما أدى لمقتل مدنيين اثنين`, `20 قتيلا`) belongs to the place nearest to it,
  unless that place sits in a list of places that share one toll;
- the date is the sentence's own date word, else the date of the report's previous event
  sentence, else the reference date;
- one event per place, day and sub-event type: repeated mentions merge.
"""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
import math
import re
from array import array
from collections.abc import Callable, Container, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from functools import lru_cache

import regex

from rasd.errors import RasdError, StageError
from rasd.extract.dates import (
    DateMention,
    day_parts,
    find_dates,
    first_since_spans,
    flashback_openers,
    month_words,
    new_item_openers,
    span_days,
    stretches_after,
    time_heads,
)
from rasd.extract.decide import VIOLENT_TYPES, Decider, decide, taking_kind
from rasd.extract.lexicon import (
    UNDECIDED_BLAST,
    UNDECIDED_STRIKE,
    ActorEntry,
    CueEntry,
    TriggerEntry,
    actor_counterparts,
    actor_eras,
    actor_matcher,
    actors_abroad,
    cue_matcher,
    cue_phrases,
    cue_words,
    event_words,
    holder_on,
    state_actors,
    trigger_matcher,
)
from rasd.extract.numbers import (
    Quantity,
    find_counted_nouns,
    find_quantities,
    is_measure,
    load_victim_nouns,
)
from rasd.extract.numerals import _numbers, number_words
from rasd.extract.places import (
    CITY_LEVELS,
    FRAME_OPENING,
    QUOTED_SOURCES,
    SYRIA_WORD,
    PlaceReader,
    facility_adjectives,
    line_label,
    only_glue,
    place_words,
    tokens_between,
    with_article,
    word_end_before,
    words_in_clause_before,
)
from rasd.geo.keys import place_key
from rasd.geo.resolve import (
    PlaceFinder,
    PlaceMention,
    distance_km,
)
from rasd.model import Document, Event, Evidence, Location, Mention
from rasd.text.matcher import Match, alternation
from rasd.text.normalize import TATWEEL, NormalizedText, fold
from rasd.text.sentences import Sentence

KILLED, INJURED = 0, 1  # what a toll counts
AIR = "Air/drone strike"
IED = "Remote explosive/landmine/IED"
SUICIDE = "Suicide bomb"
CHEMICAL = "Chemical weapon"
# days between a headline that names no day of its own (dated by the report) and the body's
# event it tells (`أول من أمس`)
HEADLINE_DAYS = 2
# places a list may have for a toll told before it to be its first's (`36 مدنيا قتلوا في
# غارات استهدفت مدن تلبيسة والرستن والزعفرانة`, as the gold codes it; a long list after a
# colon is a round-up whose shares are told apart)
SHORT_LIST = 4
LOADED_REACH = 60  # characters from a rocket or barrel to the bombs it is said to carry
SUICIDE_VEHICLE_REACH = 50  # characters between a suicide bomber and the car bomb he drove
FOLLOW_UP_SENTENCES = 2  # a toll sentence this close continues the previous trigger's story
STALE_DAYS = 10  # an event this much older than the report is a recap, not news
CARRIED_SINCE_DAYS = 2  # `منذ يومين` dates the sentences after it; `منذ أسبوع` does not
RECENT_DAYS = 7  # `منذ` + a day this recent starts an ongoing event, not a background period
KILL_REACH = 8  # words between a count and its death word (`قتل ... 5 مدنيين`)
KILL_REACH_ANOTHER = 25
JOINED_TOLL_WORDS = 7  # words from one toll to the next it is joined to by `و`
_EVENT_WORDS = event_words()  # event_words.toml
_DEFAULT_ACTOR = "actor:default"  # provenance: actor1 is the trigger's default, no one named
_ANOTHER = _EVENT_WORDS["others"]  # `وشخص آخر`: a toll goes on
_REST_OF_TOLL = _EVENT_WORDS["rest_of_toll"]  # `فيما توزع البقية على`
_MASSACRE = frozenset(fold(w) for w in _EVENT_WORDS["massacre_words"])
MASSACRE_MAX = 1000  # a massacre's toll beyond this is a war's count, not one happening
_TOTAL_OF = tuple(_EVENT_WORDS["total_of"])  # `من أصل 37 قتيلا`: the dead told are in it
# `وارتفعت حصيلة القتلى في كفرنبل إلى`: right before a count, the toll it raises to
_TOLL_RISE = regex.compile(
    r"(?<!\w)[وف]?(?:" + alternation(_EVENT_WORDS["toll_rise_verbs"]) + r")\s{1,3}+(?:"
    + alternation(_EVENT_WORDS["toll_nouns"]) + r")(?:\s{1,3}+[^\s.،,]{1,20}+){0,16}?"
    r"\s{1,3}+الي\s{1,3}+$")
# the toll's noun before its verb (`وقال الدفاع المدني إن حصيلة القتلى ارتفعت إلى 12`)
_NOUN_FIRST_RISE = regex.compile(
    r"(?<!\w)(?:" + alternation(_EVENT_WORDS["toll_nouns"])
    + r")(?:\s{1,3}+[^\s.،,]{1,20}+){0,8}?"
    r"\s{1,3}+(?:" + alternation(_EVENT_WORDS["toll_rise_verbs"]) + r")\s{1,3}+الي\s{1,3}+$")
# (and from the noun: the rise after it)
_RISE_AFTER = regex.compile(
    r"(?:\s{1,3}+[^\s.،,]{1,20}+){0,8}?\s{1,3}+(?:"
    + alternation(_EVENT_WORDS["toll_rise_verbs"]) + r")\s{1,3}+الي\s")
_RISE_VERB = re.compile(alternation(_EVENT_WORDS["toll_rise_verbs"]))  # stdlib: a fast scan


@lru_cache(maxsize=4)
def _rise_verbs(view: str) -> tuple[int, ...]:
    """Where the view's verbs of a toll's rise end, found once per view (the rise phrase is
    looked for only behind counts that have one a little before them)."""
    return tuple(m.end() for m in _RISE_VERB.finditer(view))


def _rise_between(view: str, start: int, end: int) -> bool:
    """Does a verb of a toll's rise end between `start` and `end`?"""
    ends = _rise_verbs(view)
    index = bisect.bisect_right(ends, start)
    return index < len(ends) and ends[index] <= end

# `ارتفعت حصيلة المجزرة`: the toll of one happening risen, no cumulative count
_RISE_BEFORE = regex.compile(
    r"(?<!\w)[وف]?(?:" + alternation(_EVENT_WORDS["toll_rise_verbs"]) + r")\s{1,3}+$")
# the rise told first, its total before the toll's noun (`ارتفعت إلى 61 قتيلا حصيلة التفجير`):
# right before the total, and (past it and up to two words) right before the noun
_RISE_TO = (r"(?<!\w)[وف]?(?:" + alternation(_EVENT_WORDS["toll_rise_verbs"])
            + r")\s{1,3}+الي\s{1,3}+")
_FRONTED_RISE_AT = regex.compile(_RISE_TO + r"$")
_FRONTED_RISE = regex.compile(_RISE_TO + r"(?:[^\s.،,]{1,20}+\s{1,3}+){1,3}?$")
TOLL_RISE_WINDOW = 160  # characters before a count its rise phrase is looked for in
NAMESAKE_REACH_KM = 25.0  # a report's places this close to a namesake speak for it
CITY_REACH_KM = 15.0  # a place this close to a governorate's city is in or by it
QUARTER_OF_CITY_KM = 5.0  # a quarter this close to a city named beside it is one of its quarters
TOLL_REACH = 6  # words from a toll to the place it is said of (`قتلا بقصف على مدينة X`)
CUMULATIVE_COUNT = 100  # a count this large beside a period word is a tally over time
TALLY_COUNT = 1000  # a count this large in a sentence that names no day is a tally too
TALLY_CUE_REACH = 8  # words from a count to the `منذ بدء` after it that makes it a tally
COUNTED_STRIKES = 20  # this many strikes or barrels told with a period: a tally, not an event
TALLY_PROVINCES = 3  # governorates a count of strikes spreads over, naming no place: a tally
SHELLING = "Shelling/artillery/missile attack"
NON_VIOLENT_TRANSFER = "Non-violent transfer of territory"
REGAINS = "Government regains territory"
PEACEFUL_PROTEST = "Peaceful protest"
PROTESTERS = "Protesters (Syria)"
EXCESSIVE_FORCE = "Excessive force against protesters"
ABDUCTION = "Abduction/forced disappearance"
ARMED_VICTIMS = frozenset({"fighter", "soldier"})  # victims.csv categories of armed men
# victims.csv categories of people ACLED counts as civilians (an activist, a journalist, a medic)
UNARMED_VICTIMS = frozenset({"civilian", "child", "woman", "journalist", "medic"})
CIVILIANS = "Civilians (Syria)"
# Rules a learned model does not overrule: what they drop (a threat or plan, a trigger that
# points back to an event already told, a count of strikes, a governorate-wide summary of
# the report's precise events, a recap of an event weeks old, a relative clause that says
# who holds a place) was never an event in the labelled reports. The other rules only flag a
# candidate, and the model weighs the flag.
# harm to civilians that kills no one itself: a killing told beside it is an attack of its own
_ARTICLE_ONLY_ACTORS = frozenset(fold(w) for w in _EVENT_WORDS["article_only_actors"])
_NOT_KILLING = frozenset({"Abduction/forced disappearance", "Sexual violence"})
VETOES = frozenset({"irrealis", "points_back", "counted_strikes", "region_summary", "stale",
                    "holder", "motive"})



@dataclass(slots=True)
class Frame:
    """Triggers that report one happening in one sentence, with their places."""

    sentence: Sentence
    triggers: list[Match[TriggerEntry]]
    places: list[PlaceMention] = field(default_factory=list)
    flags: set[str] = field(default_factory=set)  # rules that would drop its events
    # an attack beaten off (`صد مقاتلو المجلس هجوما شنه المرتزقة`): its sides are read from
    # the attack, not from the subject of the verb that beat it off
    repelled: bool = False

    @property
    def head(self) -> Match[TriggerEntry]:
        """The trigger nearest before the frame's first place: the one whose clause it is."""
        if self.places:
            first_place = min(p.start for p in self.places)
            before = [t for t in self.triggers if t.start <= first_place]
            if before:
                return max(before, key=lambda t: t.start)
        return self.triggers[0]


@dataclass(slots=True)
class Draft:
    """An event before merging: what it is, where, when, who, how many, from which words."""

    event_type: str
    sub_event_type: str
    place: PlaceMention | None
    admin1: str | None
    date: dt.date | None
    precision: int
    actor1: str | None
    actor2: str | None
    fatalities: int
    injuries: int | None
    civilian: bool
    evidence: list[tuple[int, int]]
    provenance: list[str]
    undecided: bool = False
    headline: bool = False
    flags: set[str] = field(default_factory=set)  # the rules that would have dropped it
    sentence: int = 0  # index of the sentence that first told it
    date_source: str = "own"  # own (the sentence's date) | carried | reference
    tolls: int = 0  # tolls the sentence states (for any place)
    confidence: float | None = None
    mentions: int = 1  # drafts merged into this one
    trigger: tuple[int, int] = (0, 0)  # view range of the trigger its kind was read from
    in_list: bool = False  # its place stands in a list of places (`A، B وC`)
    places_in_frame: int = 1
    # its place is a name no gazetteer knows, in a report that names no place in Syria:
    # where it lies is unknown (the decider judges it as it judges events abroad)
    unanchored: bool = False
    place_deaths: int = 0  # the dead its frame tells at its place, of whatever kind


class _ByPosition:
    """Items sorted by start, sliced by range in O(log n) (mentions of one kind)."""

    def __init__(self, items: Sequence, key=lambda m: m.start) -> None:
        self.items = sorted(items, key=key)
        self.keys = [key(i) for i in self.items]

    def within(self, start: int, end: int) -> list:
        return self.items[bisect.bisect_left(self.keys, start):bisect.bisect_left(self.keys, end)]

    def __iter__(self):
        return iter(self.items)

    def __len__(self) -> int:
        return len(self.items)


def _told_abroad(places: Sequence[PlaceMention]) -> bool:
    """Does a sentence name places abroad and none in Syria?"""
    return any(p.foreign is not None for p in places) and all(
        p.foreign is not None or p.role not in ("place", "qualifier", "region")
        for p in places)


def _in(items: _ByPosition, start: int, end: int) -> list:
    """The mentions of one kind that start in [start, end) (a sentence)."""
    return items.within(start, end)


def _filed_on(view: str) -> list[tuple[int, int]]:
    """The spans of the filing days of wire datelines (`دمشق 24 يوليو 2019 (شينخوا)`, `الكويت -
    6 - 6 (كونا)`, `الدوحة في 24 يوليو /قنا/`): a line's first word or two, a day and a month
    (and a year), an agency in brackets or slashes."""
    if "(" not in view and "/" not in view:
        return []
    return [m.span("day") for m in _FILED_ON.finditer(view)]


def _inside(spans: Sequence[tuple[int, int]], position: int) -> bool:
    """Is `position` inside one of these spans (in text order, apart)?"""
    index = bisect.bisect_right(spans, (position, math.inf)) - 1
    return index >= 0 and spans[index][0] <= position < spans[index][1]


def _dateline(view: str, start: int, end: int) -> bool:
    """`تركيا: مقتل 30 في هجوم`: a name opening a line and closed by a colon is where the
    story is filed or who it is about, not who acted."""
    return (start == 0 or view[start - 1] == "\n") and view[end:end + 2].lstrip(" ")[:1] == ":"


_FILED_ON = regex.compile(
    r"(?m)^[^\S\n]*+\p{L}++(?:[^\S\n]++\p{L}++)?+[^\S\n]*+[-–—]?[^\S\n]*+(?:في[^\S\n]++)?"
    r"(?P<day>[0-9]{1,2}+[^\S\n]*+(?:[-/.][^\S\n]*+[0-9]{1,2}+|(?:"
    + "|".join(sorted(map(regex.escape, month_words()), key=len, reverse=True))
    + r"))(?:[^\S\n]*+[-/.]?[^\S\n]*+[0-9]{4})?+)"
    r"[^\S\n]*+(?:\([^()\n0-9]{1,30}+\)|/[^/\n0-9]{1,20}+/)")
# after a city that opens a line: a date, an agency in brackets, a dash (`دمشق 20 مارس 2018
# (شينخوا)`, `دمشق (رويترز) -`, `حلب - أ ف ب:`)
_WIRE_DATELINE_AFTER = regex.compile(
    r"[ \t]{0,3}+(?:[0-9]{1,2}[ \t]{1,3}+\p{L}{2,12}+[ \t]{1,3}+[0-9]{4}[ \t]{0,3}+)?+"
    r"(?:\((?P<agency>[^()\n]{1,30}+)\)|[-–—])")


def _wire_dateline(norm: NormalizedText, place: PlaceMention, admin_keys: Container[str]
                   ) -> bool:
    """`دمشق (رويترز) - قال المرصد`: the city a wire story is filed from, opening its line, is
    no place of what the story tells (`دوما (ريف دمشق)`, its governorate in brackets, is)."""
    view = norm.text
    if place.start and view[place.start - 1] != "\n":
        return False
    found = _WIRE_DATELINE_AFTER.match(view, place.end)
    if found is None:
        # the dailies' dash is often a lone tatweel, which the view drops (`دمشق ـ لندن ـ
        # وكالات:`): it stands in the original between the name and what follows
        after = place.end + 1  # past the one space the view keeps
        return place.end > 0 and after < len(view) and TATWEEL in norm.original[
            norm.offsets[place.end - 1] + 1:norm.offsets[after]]
    agency = found.group("agency")
    if agency is not None and SYRIA_WORD.fullmatch(agency.strip()) is not None:
        # `حمص (سوريا) (أ ف ب) -`: the country, then the agency or the dash
        return _WIRE_DATELINE_AFTER.match(view, found.end()) is not None
    return agency is None or not (agency.startswith("ريف") or "سوري" in agency
                                  or place_key(agency) in admin_keys)


class EventExtractor:
    """Turns a `Document` into events. Holds the compiled lexicons and the place finder."""

    def __init__(self, places: PlaceFinder, decider: Decider | None = None) -> None:
        self.places = places
        self.decider = decider
        self.triggers = trigger_matcher()
        self.actors = actor_matcher()
        self.eras = actor_eras()
        self.cues = cue_matcher()
        self.states = state_actors()
        self.government_side = state_actors(government_side=True)
        self.authorities = state_actors(authorities=True)
        self.counterparts = actor_counterparts()
        self.reader = PlaceReader(places, self.cues)
        self._admin_keys = self.reader.admin_keys

    def _of_its_day(self, match: Match[ActorEntry], published: dt.date) -> Match[ActorEntry]:
        """The actor a phrase names on the report's day (actors_since.csv)."""
        for since, actor, state in self.eras.get(fold(match.payload.phrase), ()):
            if published >= since:
                return match._replace(payload=replace(match.payload, actor=actor, state=state))
        return match

    # -- mentions -------------------------------------------------------------------------
    def annotate(self, doc: Document) -> None:
        view = doc.norm.text
        doc.mentions.clear()
        # (a name that bare is a common word is the actor only with its article: `بنصرة حي
        # بابا عمرو`, "in support of", is no Nusra)
        actors = [m for m in self.actors.find(view) if not (
            fold(m.payload.phrase) in _ARTICLE_ONLY_ACTORS
            and not (m.prefix.endswith("ال") or m.prefix.endswith("لل")))]
        if doc.published is not None:
            # `المجموعات المسلحة` in 2025: no opposition any more (actors_since.csv)
            actors = [self._of_its_day(m, doc.published) for m in actors]
        by_start = {m.start: m for m in actors if view[m.start] not in "ولب"}
        # `تنظيم جبهة النصرة`, `فصائل جيش الفتح`: a head noun that alone names a group (`التنظيم`
        # for IS) right before another group's own name begins that name
        heads = {m.end + 1: m.start for m in actors
                 if view[m.core_start:m.end].removeprefix("ال") in cue_words("group_head")
                 and m.end + 1 in by_start and view[m.end] == " "}
        actors = [m._replace(start=heads[m.start]) if m.start in heads else m for m in actors
                  if m.start not in heads.values() and not _dateline(view, m.start, m.end)]
        # `جيش خالد بن الوليد`, `مرتزقة داعش`: a head noun without its article, before a
        # name, is that name's army or men, not the actor the head names alone
        quoted_starts = {m.start for m in actors}
        # (`فصائل "جيش الفتح"`: the label of the group named in quotes right after it)
        actors = [m for m in actors if not _construct_head(view, m) and not (
            fold(m.payload.phrase).removeprefix("ال") in _GROUP_LABELS
            and view.startswith(' "', m.end) and m.end + 2 in quoted_starts)]
        # `جبل الأكراد`, `جبل التركمان`: a people a range is named after is no actor
        actors = [m for m in actors if not _clitic_word_before_in(view, m.start, _REGION_HEADS)]
        # `مظاهرة نصرة لجبل الزاوية`: a one-word name the lexicon writes with its article,
        # written bare before `لـ`, is the common noun ("in support of"), no group
        actors = [m for m in actors if not (
            " " not in m.payload.phrase and fold(m.payload.phrase).startswith("ال")
            and not view[m.start:m.core_start].endswith(("ال", "لل"))
            and view[m.end:m.end + 2].startswith(" ل"))]
        # `فيما سيطرت الهيئة على بلدة معرشورين`: a short name stands for the group the report
        # named in full before it, unless a definite word goes on with it (`الهيئة العليا`)
        named_in_full = {m.payload.actor: m.start for m in reversed(actors)
                         if not m.payload.short}
        # `دمشق 24 يوليو 2019 (شينخوا)`, `الكويت - 6 - 6 (كونا) --`: the day a wire item is
        # filed dates it, not its events (`أمس` in it does), and counts no one
        filed = _filed_on(view)
        days = find_dates(view, doc.published)
        asides = _asides(view, days)
        if any(m.payload.short for m in actors):
            day_starts = {d.start for d in days}  # `الهيئة اليوم`
            actors = _shorts_for_latest(actors)
            actors = [m for m in actors if not m.payload.short or (
                named_in_full.get(m.payload.actor, len(view)) < m.start
                and view[m.start:m.core_start].endswith(("ال", "لل"))
                and not (view.startswith(" ال", m.end) and m.end + 1 not in day_starts))]
        actors = _organisation_named_before(view, actors)
        actors = _labels_for_named(view, actors)
        actors = _sdf_names_in_its_reports(view, actors)
        trigger_matches = self.triggers.find(view)
        cue_matches = self.cues.find(view)
        since_at = [(m.start, m.end) for m in cue_matches if m.payload.cue == "since"]
        for start, end in stretches_after(view):
            # `بعد نحو ثلاثة أسابيع من خطفه`: a stretch the lexicon spells with no count
            if not any(s < end and start < e for s, e in since_at):
                phrase = view[start:end]
                cue_matches.append(Match(start, start, end, "", phrase,
                                         CueEntry(phrase, "since")))
        cue_matches.sort(key=lambda m: (m.start, -m.end))
        if any(m.payload.adjective for m in actors):
            # `الضربات الجوية الأمريكية`: a nation's adjective that names its force only where
            # it qualifies a strike or a weapon (not `الخارجية الأمريكية`)
            weapon_ends = {m.end for m in trigger_matches} | {
                m.end for m in cue_matches if m.payload.cue in ("air", "ground")}
            # (a trigger that holds the adjective: `المسيرات التركية`, `مسيرة تركية`)
            weapon_ends |= {view.rfind(" ", m.start, m.end) for m in trigger_matches
                            if " " in view[m.start:m.end]}
            kept_actors = []
            for m in actors:
                if not m.payload.adjective or m.start - 1 in weapon_ends \
                        or _hedge_before(view, m.start) is not None:
                    kept_actors.append(m)
                    if m.payload.adjective:
                        # `الطيران الأمريكي البريطاني`: the next nation's adjective too
                        weapon_ends.add(m.end)
            actors = kept_actors
        # `وزير الخارجية الروسي`: a nation's adjective after a civil noun names no force
        actors = [m for m in actors if not (_nation_adjective(view[m.start:m.end])
                                            and _word_before_in(view, m.start, _CIVIL_HEADS))]
        # `الطيران الحربي الإسرائيلي`: a nation's adjective right after the words of an air
        # force or a gun is that force, one actor with them
        # (the weapon words it takes in stay triggers: `غارات روسية` is a strike, by Russia)
        in_name = bytearray(len(view) + 1)
        for m in actors:
            # (`بقصف تركي`: a strike named by its nation is still a strike; the nation only
            # names whose)
            head, _, last = view[m.start:m.end].rpartition(" ")
            start = m.start + len(head) + 1 if head and _nation_adjective(last) else m.start
            in_name[start:m.end] = b"\1" * (m.end - start)
        actors = [_with_its_force(view, m) for m in actors]
        # (the force's own word inside a nation's name widened over it is that nation's:
        # `مروحيات أمريكية`, not the Syrian helicopters of a bare `المروحيات`)
        actors = _outermost(actors)
        actors = _forces_named_before(view, actors)
        in_actor = bytearray(len(view) + 1)
        for m in actors:
            in_actor[m.start:m.end] = b"\1" * (m.end - m.start)
            doc.mention("actor", m.start, m.end, m.payload, f"actors.csv:{m.payload.phrase}")
        # a verb's subject may also be "the forces" told before (`دخلت القوات بلدة لطمين`)
        in_subject = bytearray(in_actor)
        for force in _FORCES_TOLD.finditer(view):
            in_subject[force.start():force.end()] = b"\1" * (force.end() - force.start())
        for m in actors:
            # `استولى عناصر من فصيل "أحرار الشرقية" على منازل`: the men of the group told
            # before its name are the subject too
            members = _MEMBERS_OF_BEFORE.search(view, max(0, m.start - MEMBERS_OF_CHARS), m.start)
            if members is not None:
                in_subject[members.start():m.start] = b"\1" * (m.start - members.start())
        downed = -1  # where a clause that tells of shooting down a plane or a drone began
        # a subject told before its verb, after `أن` (`أفاد مصدر بأن وحدة من الجيش قضت على`)
        # (`بأن وحدة من الجيش قضت`: a unit of it, a few words)
        # (or opening its sentence, a headline's or a ticker's order: `وحدات من قواتنا
        # المسلحة تقضي على أعداد من الإرهابيين`)
        sentence_starts = [s.start for s in doc.sentences]
        # (or after `كان`, its verb after `قد`: `وكانت وحدات الجيش قد أعادت الأمن إلى`)
        subject_ends = {m.end for m in actors
                        if _THAT & set(view[max(0, m.start - 32):m.start].split()[-3:])
                        or _opens_sentence(view, m.start, sentence_starts)
                        or _after_was(view, m.start)}
        trigger_starts = sorted(m.start for m in trigger_matches)
        foiled_until = -1  # the end of a clause that tells a bombing foiled (`أحبطت محاولة`)
        contents_from = -1  # where it tells what a cache seized holds (`مستودع يحوي قواذف`)
        told_triggers: set[tuple[int, int, str, str, bool]] = set()
        # `تصدت وحدات الدفاع الجوي لطائرة مسيرة`: a drone met by air defences, no fight
        intercepted = {m.start for m in trigger_matches
                       if m.payload.sub_event_type == "Disrupted weapons use" and m.payload.then
                       and _followed_by(view, m.end, m.payload.then, in_subject, asides, False)}
        for m in trigger_matches:
            if m.payload.event_type == "Battles" and m.start in intercepted:
                continue
            if all(in_name[m.start:m.end]):
                continue  # `تحرير` inside `هيئة تحرير الشام` names a group, not a capture
            if m.payload.sub_event_type == AIR and _after_head(view, m.start, _AIR_TARGET_HEADS):
                continue  # `غرفة لتشغيل المسيرات التابعة لقوات النظام`: the target's drones
            if m.payload.sub_event_type == UNDECIDED_STRIKE and _disaster_before(view, m.start):
                continue  # `وكان زلزال بقوة 7.7 درجة ضرب`: an earthquake struck, no one fired
            if m.start < foiled_until and (m.payload.event_type == "Explosions/Remote violence"
                                           or contents_from <= m.start):
                # `أحبطت محاولة تفجير سيارة مفخخة`: the bomb foiled never blew; `عثرت على
                # مستودع يحوي قواذف آر بي جي ورشاشات`: the arms a cache holds fired nothing
                continue
            if m.payload.event_type == "Battles" and _definite(view, m) and _COINCIDING.search(
                    view, max(0, m.start - 24), m.start):
                continue  # `وتزامنت المعارك مع غارات على دوما`: the fight told before
            if " " not in view[m.start:m.end] and not view.startswith(("ب", "ل"), m.start) \
                    and _after_head(view, m.start, _NAME_HEADS, definite=False):
                # `مختار بلدة عدوان`, `كلية المدفعية`: a name, no deed (not `في المدينة
                # برصاص مسلحين`)
                continue
            if m.payload.sub_event_type == "Disrupted weapons use":
                # (a verb whose then-word does not follow disarmed nothing: `دمرت غارة`)
                if not m.payload.then or _followed_by(view, m.end, m.payload.then, in_subject,
                                                      asides, False):
                    downed = m.end
            elif m.payload.sub_event_type == AIR and _OVERFLIGHT.search(
                    view, max(0, m.start - OVERFLIGHT_CHARS), m.start):
                continue  # `وسط تحليق لطائرات مسيرة تركية`: it flew over, it struck nothing
            elif m.payload.event_type == "Explosions/Remote violence" and not m.payload.then \
                    and _HELD_WEAPON.search(view, max(0, m.start - HELD_CHARS), m.start):
                continue  # `على مستودع يحوي قذائف هاون`: a weapon kept or found, not fired
            elif m.payload.sub_event_type == UNDECIDED_STRIKE and _RAIDED.search(
                    view, max(0, m.start - RAID_CHARS), m.start):
                continue  # `داهمت فجر اليوم أوكارا لخلية`: a raid on them, no strike
            elif m.payload.sub_event_type == AIR and 0 <= downed <= m.start and \
                    tokens_between(view, downed, m.start) < THEN_REACH and \
                    not any(mark in view[downed:m.start] for mark in _CLAUSE_ENDS):
                continue  # `أسقطت الدفاعات الجوية طائرة مسيرة`: the drone downed, no strike
            if m.payload.sub_event_type == "Disrupted weapons use" and _BLAST_AFTER.match(
                    view, m.end):
                continue  # `دمر انفجار سيارة مفخخة منازل`: the blast destroyed, no one stopped it
            # the `then` word tells the deed after an armed subject (`قضى 12 شخصا`: died;
            # `قضت وحدة من الجيش على`: wiped out), unless the verb holds its subject
            # (`سيطرتها على`) or told it before (`بأن وحدة من الجيش قضت`), or the deed is one
            # of disarming, whoever did it (`فككت فرق الهندسة عبوة`)
            if m.payload.then and (
                    not _followed_by(view, m.end, m.payload.then, in_subject, asides,
                                     _SUBJECT_SUFFIX.search(m.payload.phrase) is None
                                     # (whoever reached an agreement reached it: `توصل
                                     # الطرفان بوساطة الوجهاء إلى اتفاق`)
                                     and m.payload.sub_event_type not in (
                                         "Disrupted weapons use", "Agreement")
                                     # (a then-word the doer follows: `سقوط بلدة قارة بيد
                                     # قوات النظام`)
                                     and m.payload.then not in _AGENT_AFTER
                                     and m.payload.then not in _IDIOM_AFTER_ITS_VERB
                                     # (a burning told right after its verb, joined to
                                     # the deed before, whose subject it shares: `واعتقلت
                                     # العشرات وأضرمت النار في المنازل`, or done during
                                     # it: `حملة مداهمات أحرقت خلالها ثلاثة منازل`)
                                     and not (m.payload.sub_event_type
                                              == "Looting/property destruction"
                                              and (view.startswith("و", m.start)
                                                   and _right_after(view, m.end,
                                                                    m.payload.then)
                                                   or _right_after(view, _during_it(view,
                                                                                   m.end),
                                                                   m.payload.then)))
                                     # (a definite verbal noun's subject is never after
                                     # it: `من السيطرة أمس الثلاثاء على مدينة كفرنبل`)
                                     and not view[m.start:m.core_start].endswith("ال")
                                     and _subject_end_before(view, m.start)
                                     not in subject_ends
                                     and not _shares_subject(view, m, actors,
                                                             sentence_starts,
                                                             trigger_starts))
                    or _CONTROL_STATE.search(view, max(0, m.start - 12), m.start)):
                continue
            if m.payload.sub_event_type in _TERRITORY and not m.payload.then \
                    and _CONTROL_STATE.search(view, max(0, m.start - 12), m.start):
                continue  # `لا تزال قوات النظام تحتفظ بالسيطرة على`: a state, no capture
            if m.payload.sub_event_type == "Disrupted weapons use" \
                    and not _FOILED_ASSAULT.match(view, m.end):
                # `فككت وحدة الهندسة عبوة ناسفة`: the bomb defused, no blast (an assault
                # beaten off, `أحبطت محاولة تسلل`, is a fight: see `_FOILED_ASSAULT`)
                # (its clause goes on past a time set off by commas: `أحبطت قوات الأمن،
                # الثلاثاء، تفجيرا بسيارة مفخخة`)
                foiled_until = _contents_end(view, _clause_over_asides(view, m.start)[1])
                held = _CONTAINING_WORD.search(view, m.end, foiled_until)
                contents_from = held.end() if held is not None else foiled_until
            # (a trigger that only ends in an actor's word is one: `مسيرة تركية`)
            # (once per word, kind and strength, though two of its rows' then-words follow:
            # `دخلت القوات إلى بلدات يلدا`)
            told_as = (m.start, m.end, m.payload.event_type, m.payload.sub_event_type,
                       m.payload.strong)
            if told_as in told_triggers:
                continue
            if fold(m.payload.phrase) in _TRIED_MOVES and not _tried_before(view, m.start):
                continue  # `بعد أن تمكن مقاتلون من التسلل إلى الحي`: the way in, no fight
            told_triggers.add(told_as)
            doc.mention("trigger", m.start, m.end, m.payload, f"triggers.csv:{m.payload.phrase}")
        actor_at = {m.start: m for m in actors}
        actor_before = {m.end + 1: m for m in actors if view.startswith(" ", m.end)}
        quantities = find_quantities(view)
        victims = find_counted_nouns(view)
        objects = {q.start for q in quantities} | {v.start for v in victims}
        day_ends = {d.start: d.end for d in days}
        first_since = first_since_spans(view)
        for m in cue_matches:
            if m.payload.cue == "turn" and _WHILE_DOING.match(view, m.end):
                continue  # `بينما كانوا يلعبون في`: what the victims were doing, and where
            if m.payload.cue == "air" and (_after_head(view, m.start, _BRANCH_HEADS)
                                           or _after_head(view, m.start, _AIR_TARGET_HEADS)):
                # `حاجز للمخابرات الجوية`: a security branch, no aircraft; `غرفة لتشغيل
                # المسيرات`: the drones of the place struck
                continue
            if m.payload.cue in ("background", "since") and any(
                    start <= m.start < end for start, end in first_since):
                continue  # `للمرة الأولى منذ بدء التدخل الروسي`: a new deed, no tally
            if m.payload.cue == "kill" and in_actor[m.start] and in_actor[m.end - 1]:
                continue  # `قوات الشهيد أحمد العبدو`, `لواء شهداء اليرموك`: a group's name
            doc.mention("cue", m.start, m.end, m.payload, f"cues.csv:{m.payload.phrase}")
            subject = actor_at.get(m.end + 1)
            if m.payload.cue == "kill" and view[m.start:m.end].lstrip("وف") in _KILLED_BY \
                    and subject is not None and subject.payload.actor != CIVILIANS:
                # `قتلت قوات النظام خمسة مدنيين`: a force right after the verb of killing is
                # its subject, and the killing a deed of its own (weak: the victims decide
                # whether it is a clash)
                doc.mention("trigger", m.start, m.end, _KILLING, "rule:killed_by")
            elif m.payload.cue == "kill" and view[m.start:m.end] in _KILLED_BY and \
                    m.start in actor_before and \
                    actor_before[m.start].payload.actor != CIVILIANS and \
                    _object_after(view, m.end, day_ends, objects):
                # `إن عناصر من حزب الله قتلوا أمس شابين`: a force right before the verb, the
                # dead right after it (the day between), is the subject that killed them
                # (not `قتلوا في المعارك`: they were killed)
                doc.mention("trigger", m.start, m.end, _KILLING, "rule:killed_by")
        for q in quantities:
            if not _inside(filed, q.start):
                doc.mention("quantity", q.start, q.end, q, "numbers")
        for q in victims:
            if not (in_actor[q.start] and in_actor[q.end - 1]):  # `قوات الشهيد أحمد العبدو`
                doc.mention("victim", q.start, q.end, q, "victims")
        for d in days:
            if not _inside(filed, d.start):
                doc.mention("date", d.start, d.end, d, "dates")

    # -- events ---------------------------------------------------------------------------
    def extract(self, doc: Document) -> list[Event]:
        """The report's events, through the named stages: mentions (triggers, actors, cues,
        counts, dates), places, candidates (the rules propose), decisions (the learned
        model keeps or drops each, with its confidence; without a model the rules decide
        alone), events. A stage that fails is named in the error."""
        relaxed = self.decider is not None
        with stage("mentions", doc):
            self.annotate(doc)
        with stage("places", doc):
            self.read_places(doc)
        with stage("candidates", doc):
            drafts = self.candidates(doc, relaxed=relaxed)
        if self.decider is not None:
            with stage("decisions", doc):
                drafts = decide(doc, drafts, self.decider)
        with stage("events", doc):
            drafts = one_reading_per_happening(one_battle_per_place_and_day(drafts))
            actors_of_country_abroad(doc, drafts)
            return [self.event(doc, d) for d in drafts]

    def propose(self, doc: Document, *, relaxed: bool = True) -> list[Draft]:
        """The stages up to the candidates: what the rules propose for the model to decide.
        With `relaxed`, the rules that would drop a candidate (weak trigger, background,
        a headline the body repeats...) only flag it (`Draft.flags`); the `VETOES` still
        drop."""
        self.annotate(doc)
        self.read_places(doc)
        return self.candidates(doc, relaxed=relaxed)

    def read_places(self, doc: Document) -> None:
        """The places stage: which names are places, their role and meaning, as `place`
        mentions (needs the mentions stage)."""
        view = doc.norm.text
        counts = [m for kind in ("quantity", "victim", "date") for m in doc.mentions.get(kind, [])]
        places = self.reader.read(view, doc.sentences, _trigger_matches(doc),
                                  doc.mentions.get("actor", []), doc.mentions.get("cue", []),
                                  counts)
        places = [p for p in places if not _wire_dateline(doc.norm, p, self._admin_keys)]
        if _TANWEEN_FATH in doc.text:
            places = [p for p in places if not _indefinite(doc, p)]
        if _ALA in doc.text:
            dropped = {id(p) for p in places if _ends_in_ala(doc, p)}
            if dropped:
                # and a back-reference to it (`على المدينة` right after it) points nowhere
                places = [p for p in places if id(p) not in dropped
                          and id(p.refers_to) not in dropped]
                for p in places:
                    if id(p.within) in dropped:
                        p.within = None
        if _TA_MARBUTA in doc.text:
            places = [p for p in places if not _pronoun_suffixed(doc, p)]
        _one_place_per_name(places)
        described = facility_adjectives(view, places)
        if described:
            # `قاعدة الشعيرات الجوية`: the air base's adjective is no air strike's weapon
            doc.mentions["cue"] = [c for c in doc.mentions.get("cue", []) if not (
                c.value.cue == "air" and c.norm_start in described)]
        doc.mentions.pop("place", None)
        for p in places:
            doc.mention("place", p.start, p.end, p, p.how)

    def candidates(self, doc: Document, *, relaxed: bool = True) -> list[Draft]:
        """The candidates stage: candidate events from the mentions and places, merged
        (one per place, day and sub-event type)."""
        view = doc.norm.text
        sentences = doc.sentences
        triggers = _trigger_matches(doc)
        cues = doc.mentions.get("cue", [])
        actors = doc.mentions.get("actor", [])
        places = [m.value for m in doc.mentions.get("place", [])]
        in_name = bytearray(len(view) + 1)  # (a place named with a number: `حي المزة 86`)
        for p in places:
            in_name[p.core_start:p.end] = b"\1" * (p.end - p.core_start)
        # (a measure counts no one: `رجل في الأربعين من عمره`; nor does a name's number)
        quantities = [q for q in doc.mentions.get("quantity", [])
                      if not is_measure(view, q.value) and not in_name[q.norm_start]]
        victims = doc.mentions.get("victim", [])
        dates = doc.mentions.get("date", [])
        # sentence by sentence from here: index each kind of mention by position once
        at = lambda m: m.norm_start  # noqa: E731
        cues, actors, quantities, victims, dates = (
            _ByPosition(kind, key=at) for kind in (cues, actors, quantities, victims, dates))
        triggers, places = _ByPosition(triggers), _ByPosition(places)

        drafts: list[Draft] = []
        carried_date: DateMention | None = None
        lead_date: DateMention | None = None  # the first day a sentence passed on
        # a first line that is a paragraph of its own is the headline: it sums up the story
        # (not a lead sentence closed by a full stop, as agencies open a report)
        # (a headline in two parts, `قوات الأسد تتراجع في الزبداني.. وحزب الله: هي معركة
        # لبنان`, is split into sentences: all of the first line is the headline)
        first_line = [s for s in sentences[:HEADLINE_PARTS]
                      if s.paragraph == sentences[0].paragraph] if sentences else []
        headline_text = view[first_line[0].start:first_line[-1].end] if first_line else ""
        headline = 0 < len(first_line) < len(sentences) \
            and sentences[len(first_line)].paragraph > sentences[0].paragraph \
            and "\n" not in headline_text.strip() and len(headline_text) <= HEADLINE_CHARS \
            and not headline_text.rstrip().endswith(".")
        headline_sentences = len(first_line) if headline else 0
        sentence_starts = [s.start for s in sentences]
        last_frame: Frame | None = None
        last_frames: list[Frame] = []  # the frames of the sentence `last_frame` is of
        story: list[Frame] = []  # the frames of the last sentences that told a happening
        last_told_dead = False  # whether the sentence of `last_frame` told its own dead
        previous_tally = False  # whether the sentence before told a tally over a period
        # the report's weapons, for strikes whose sentence names none: not those of a
        # paragraph from abroad (`وفي العراق، ... في غارات للطيران العراقي`)
        abroad = [(s.start, s.end) for s in sentences
                  if _told_abroad(_in(places, s.start, s.end))
                  and not SYRIA_WORD.search(view, s.start, s.end)]
        home_cues = [c for c in cues if not any(a <= c.norm_start < b for a, b in abroad)] \
            if abroad else list(cues)
        air_cues = sum(1 for c in home_cues if c.value.cue == "air")
        ground_cues = sum(1 for c in home_cues if c.value.cue == "ground")
        for sentence in sentences:
            flags: set[str] = set()
            if _NEW_ITEM.match(view, sentence.start, sentence.end):
                # `من جهة أخرى، قصفت قوات النظام`: a new item of the day's news, dated like
                # the lead, not like a flashback told just before it
                carried_date = lead_date
            carried_before = carried_date  # what the sentences before this one pass on
            s_cues = _in(cues, sentence.start, sentence.end)
            s_dates = [d.value for d in _in(dates, sentence.start, sentence.end)]
            # a day beats a span of days; the first mention of each kind wins
            event_dates = sorted((d for d in s_dates if _event_day(d, doc.published)),
                                 key=lambda d: d.precision)
            since = [c for c in s_cues if c.value.cue == "since"
                     and view.startswith("منذ", c.norm_start) and " " in c.value.phrase]
            if since and event_dates:
                # `في أعنف هجوم منذ بدء معركة المدينة قبل أسبوع`: the day a stretch began,
                # not the day of the deed
                event_dates = [d for d in event_dates if not _starts_the_stretch(view, d, since)]
            # (unless the deed came right after it, told as no renewal: `ارتكب التنظيم مجزرة
            # ...، بعد أن تسلل عناصره فجر أمس إلى المدينة`, that day's massacre)
            went_before = [d for d in event_dates if len(event_dates) == 1
                           and _told_as_before(view, sentence.start, d.start)
                           and (_RENEWED.search(view, sentence.start, d.start) is not None
                                or doc.published is None or d.date is None
                                or (doc.published - d.date).days > 1)]
            if went_before:
                # `تجددت الاشتباكات في محيط الحي، بعد أن تسلل مقاتلون إليه أول أمس`: the day of
                # what went before the deed, told after it, is not the deed's (only its own)
                event_dates = []
            if any(c.value.cue == "skip_line"
                   and tokens_between(view, sentence.start, c.norm_start) <= 2 for c in s_cues):
                continue  # `اقرأ أيضا: ...`: a link to another story
            # (`بحسب الحصيلة التي حصلنا عليها حتى صباح اليوم`: the day a count was kept to)
            event_dates = [d for d in event_dates if not (_as_of(view, d) and _tally_word_before(
                view, d.start, sentence.start))]
            told_on = [d for d in event_dates if _report_day(view, d, s_cues)]
            if told_on and len(told_on) < len(event_dates):
                # `وقال المرصد يوم الأربعاء إن الاشتباكات استمرت مساء الثلاثاء`
                event_dates = [d for d in event_dates if d not in told_on]
            # (not one on a deed or its dead: `الغارات التي استهدفت المدينة أمس`, `عدد القتلى
            # الذين قضوا أول أمس`, whose day is the deed's)
            s_told = [(m.start, m.end) for m in (
                *(t for t in _in(triggers, sentence.start, sentence.end)
                  if t.payload.event_type in VIOLENT_TYPES),
                *(v.value for v in _in(victims, sentence.start, sentence.end)))] \
                if len(event_dates) > 1 else []
            # (nor one that tells a deed itself: `مقاتلي حزب الله الذين خاضوا أمس اشتباكات`)
            described = [d for d in event_dates if s_told and (r := _RELATIVE_IN_CLAUSE.search(
                view, _clause(view, d.start)[0], d.start)) is not None and not any(
                    r.start() - RELATIVE_ANTECEDENT_CHARS <= end <= r.start()
                    or r.start() <= start < _clause(view, d.start)[1]
                    for start, end in s_told)]
            kept_days = [d for d in event_dates if d not in described]
            if described and kept_days and all(any(
                    max(x.end for x in described) <= start < d.start for start, _ in s_told)
                    for d in kept_days):
                # `اتفاق "تخفيف التصعيد" الذي وقعته روسيا يوم الخميس الفائت، حيث قصفت قوات
                # النظام ... بعد منتصف ليل السبت – الأحد`: the day a relative clause tells of
                # a noun is that noun's, not the deed's told after it, with its own day
                event_dates = kept_days
            s_quant = _in(quantities, sentence.start, sentence.end)
            if event_dates and any(d.kind == "background" for d in s_dates):
                # `مجزرة ... أمس الخميس راح ضحيتها 150 شهيداً حتى الآن`: "so far" right after
                # the dead of a happening told on its day counts them; it opens no period
                count_ends = [q.value.end for q in (
                    *s_quant, *_in(victims, sentence.start, sentence.end))]
                s_dates = [d for d in s_dates if not (
                    d.kind == "background" and d.text.split(" ", 1)[0] in _SO_FAR
                    and any(e <= d.start and tokens_between(view, e, d.start) == 0
                            for e in count_ends))]
            tally_goes_on = previous_tally and not event_dates and any(
                q.value.value >= CUMULATIVE_COUNT for q in s_quant)
            if not event_dates and _tally_of_dead(view, s_quant, s_cues):
                previous_tally = True
                continue  # `مقتل 2927 من التنظيم جراء غارات التحالف`: a campaign's tally
            # (`كما لقي ما لا يقل عن 115 مسلحا ... حتفهم` right after a ten months' tally,
            # with no day of its own: the tally goes on)
            previous_tally = self._cumulative(view, s_cues, s_dates, s_quant) or tally_goes_on
            if previous_tally:
                if not relaxed:
                    continue
                flags.add("cumulative")
            # the ends of the actors a headline names: a subject put before its verb
            subjects = [a.norm_end for a in _in(actors, sentence.start, sentence.end)] \
                if sentence.index < headline_sentences else []
            frames, orphans = self._frames(view, sentence, triggers, places, s_cues, s_dates,
                                           s_quant, doc.published, relaxed, subjects)
            s_victims = _in(victims, sentence.start, sentence.end)
            s_triggers = _in(triggers, sentence.start, sentence.end)
            entered_unfought = _entered_after_withdrawal(view, sentence.start, sentence.end,
                                                         s_triggers)
            tolls = self._tolls(view, sentence, s_cues, s_quant, s_victims, bool(event_dates),
                                s_triggers, [p.start for p in _in(places, sentence.start,
                                                                  sentence.end)
                                             if p.role == "place"])
            if tolls and frames:
                # `ردا على هجمات باريس التي أودت بحياة 129 شخصا`: the dead of what the deed
                # answered or followed, told with it, are that happening's, when it is no
                # event here
                # (in its clause: `، ما أدى إلى مقتل` after it tells the deed's own dead)
                told_before = [(start, min(end, _clause(view, start)[1])) for start, end in (
                    _motive_reaches(view, sentence, s_cues)
                    + _recalled_reaches(view, sentence, s_cues))]
                framed = [t.start for f in frames for t in f.triggers]
                tolls = [toll for toll in tolls if not any(
                    start <= toll[0] < end and not any(start <= t < end for t in framed)
                    for start, end in told_before)]
            orphans = [p for p in orphans if p.role == "place"]
            # `مقتل 37 مقاتلا في الزبداني خلال شهر يوليو`: a toll dated to a month or a
            # stretch, and to no day, sums up a period; it goes on with no earlier story
            over_period = not event_dates and any(not _event_day(d, doc.published)
                                                  for d in s_dates)
            # a sentence whose own happening of another kind was set aside (`بعد يومين من هجوم
            # شنته الهيئة على أبو دالي، أسفر عن مقتل 17`: an earlier one) tells no more of the
            # story before it (`وأدى سقوط مئات القذائف على الفوعة` still tells of the shelling)
            told_kinds = {t.payload.event_type for t in last_frame.triggers} \
                if last_frame is not None else set()
            set_aside = not frames and any(
                not _points_back(view, t, s_cues) and t.payload.event_type not in told_kinds
                for t in _in(triggers, sentence.start, sentence.end))
            # `قصفت قوات النظام بلدة X. وأدى القصف إلى مقتل ثلاثة`: the happening told again by
            # a definite noun of its kind is the cause the toll names, no other one
            s_told_again = bool(s_triggers) and all(
                (_definite(view, t) or _of_the_day(view, t, s_dates)
                 or _verb_of_the_told(view, t, s_triggers)
                 or _relative_of_the_told(view, t, s_triggers))
                and t.payload.event_type in told_kinds for t in s_triggers) or (
                not s_triggers and any(_told_cause(view, c) for c in s_cues
                                       if c.value.cue == "cause"))
            if frames and last_frame is not None and not event_dates \
                    and sentence.index - last_frame.sentence.index == 1 \
                    and all(_retold_attack(view, t) for f in frames for t in f.triggers) \
                    and any(t.payload.event_type in VIOLENT_TYPES for t in last_frame.triggers) \
                    and not any(_retold_attack(view, t) for t in last_frame.triggers):
                # `شن النظام هجوما بالأسلحة الكيماوية على الغوطة. وقتل 1300 في الهجوم الذي
                # استهدف زملكا`: "the attack" told again is the one before, of its kind, at
                # the places it now names (not those of what it came after: `ويأتي الهجوم
                # بعد أسابيع من نقل مقاتلي التنظيم من مخيم اليرموك`)
                frames = [Frame(f.sentence, list(last_frame.triggers),
                                [p for p in f.places if not any(
                                    c.value.cue == "since" and f.head.end <= c.norm_start
                                    and c.norm_end <= p.start for c in s_cues)],
                                f.flags | last_frame.flags) for f in frames]
            # (in Syria: `وفي العراق، قتل خمسة بهجوم` frames a happening of its own abroad)
            told_after = [p for p in orphans if p.how != "foreign"]
            toll_days = [d for d in s_dates if not _as_of(view, d)]
            if told_after and tolls and last_frame is not None and not over_period and \
                    not all(t.payload.sub_event_type == "Agreement"
                            for t in last_frame.triggers) and \
                    not set_aside and \
                    not _FUNERAL_VERB.search(view, max(0, sentence.start - 1), sentence.end) and \
                    not _tolls_of_own_deed(view, frames, tolls) and \
                    not any(_tally_cue(view, c) or _since_the_start(view, c)
                            for c in s_cues) and \
                    sentence.index - last_frame.sentence.index <= FOLLOW_UP_SENTENCES:
                # `وسقط 20 قتيلا في بلدة X` after a sentence about air strikes: the toll
                # continues the story of the previous sentence's trigger (not where the dead
                # were buried: `وشيعت جثامين الشهداء في مدينة كوباني بمشاركة الآلاف`)
                told = _frame_of_toll(last_frames, last_frame, told_after, any(
                    harm == KILLED for _, _, harm in tolls))
                frames.insert(0, Frame(sentence, list(told.triggers), told_after,
                                       set(told.flags)))
            elif not frames and told_after and last_frame is not None \
                    and sentence.index - last_frame.sentence.index == 1 \
                    and any(t.payload.sub_event_type in _TERRITORY for t in last_frame.triggers) \
                    and _LISTED_BACK.search(view, sentence.start, sentence.end):
                # `سيطر الجيش الحر على أربع قرى. وأفاد المراسل أن القرى التي جرى تطهيرها هي:
                # A، B`: the places the capture told before took
                frames.append(Frame(sentence, list(last_frame.triggers), told_after,
                                    set(last_frame.flags)))
            elif not frames and not orphans and last_frame is not None \
                    and sentence.index - last_frame.sentence.index == 1 \
                    and (not last_told_dead or any(harm == KILLED and toll_risen(view, p)
                                                   for p, _, harm in tolls)) \
                    and _no_new_day(toll_days, carried_before, doc.published) \
                    and any(harm == KILLED for _, _, harm in tolls) \
                    and not any(p.role == "place" for p in _in(places, sentence.start,
                                                                sentence.end)) \
                    and (not s_triggers and not _has(s_cues, "cause") or s_told_again):
                # `شنت الطائرات غارات على قرية X. وأفاد ناشطون ارتقاء 4 شهداء`: a toll in
                # the next sentence, which names no place, no day, no cause (`أسفر القتال عن`)
                # and tells nothing else, is the previous sentence's (when that one told no
                # dead of its own)
                frames.append(Frame(sentence, list(last_frame.triggers),
                                    list(last_frame.places), set(last_frame.flags)))
            elif frames and not orphans and last_frame is not None \
                    and sentence.index - last_frame.sentence.index == 1 and not last_told_dead \
                    and _no_new_day(toll_days, carried_before, doc.published) \
                    and any(harm == KILLED for _, _, harm in tolls) \
                    and not any(p.role == "place" for f in frames for p in f.places) \
                    and all(any(p.key == q.key for q in last_frame.places)
                            for p in _in(places, sentence.start, sentence.end)
                            if p.role == "place") \
                    and all(_definite(view, t) or _of_the_day(view, t, s_dates)
                            or _verb_of_the_told(view, t, s_triggers)
                            or _relative_of_the_told(view, t, s_triggers)
                            for t in s_triggers) \
                    and (not _has(s_cues, "cause") or s_told_again):
                # `هاجمت القوات قرية X. واستمرت الاشتباكات حتى الفجر، وقتل خلالها 14`: the
                # happening told again by a definite noun, with a toll and no place or day of
                # its own, is the previous sentence's, and so is its toll; of its kind
                # (`سيطرت القوات على الهبيط. وألقت المروحيات براميل على عابدين. وقتل 30 في
                # الاشتباكات`: the fight two sentences back; `سيطر التنظيم على القريتين إثر
                # هجوم بسيارات مفخخة. وأسفرت المعارك عن مقتل 37`: the capture, not the bombs)
                kinds = {t.payload.event_type for t in s_triggers}
                told = next((f for f in reversed(story)
                             if sentence.index - f.sentence.index <= RETOLD_SENTENCES
                             and any(t.payload.event_type in kinds for t in f.triggers)),
                            last_frame)
                own_kind = [t for t in told.triggers if t.payload.event_type in kinds]
                # (one of its places named again is the one the toll is told at: `الغارات التي
                # استهدفت غويران أسفرت عن مقتل 11` after strikes on Ghwairan and Tala'a)
                named_again = next((q for p in _in(places, sentence.start, sentence.end)
                                    for q in told.places if q.key == p.key), None)
                frames = [Frame(sentence, own_kind or list(told.triggers),
                                [named_again] if named_again is not None
                                else list(told.places), set(told.flags))]
            elif frames and not orphans and last_frame is not None \
                    and sentence.index - last_frame.sentence.index == 1 and not s_dates \
                    and all(not f.places and all(t.payload.event_type == "Protests"
                                                 for t in f.triggers) for f in frames) \
                    and any(t.payload.event_type == "Protests" for t in last_frame.triggers) \
                    and not any(p.role == "place" for p in _in(places, sentence.start,
                                                                sentence.end)):
                # `خرجت مظاهرة في مدينة حمص. وأطلقت قوات الأمن النار على المتظاهرين`: the
                # force met by the protest told before, at its place
                frames = [Frame(sentence, f.triggers, list(last_frame.places), f.flags)
                          for f in frames]
            elif relaxed and frames and not orphans and last_frame is not None \
                    and sentence.index - last_frame.sentence.index == 1 \
                    and sentence.paragraph == last_frame.sentence.paragraph \
                    and all(not f.places for f in frames) \
                    and len({p.key for p in last_frame.places if p.role == "place"}) == 1 \
                    and not any(p.role == "place" for p in _in(places, sentence.start,
                                                                sentence.end)):
                # `قصفت الطائرات بلدة كفرنبل. وفجر انتحاري نفسه عند حاجز للنظام`: a new
                # happening told next in the paragraph, with no place of its own, may be at
                # the one place told before: the model decides
                told_at = [p for p in last_frame.places if p.role == "place"][:1]
                frames = [Frame(sentence, f.triggers, list(told_at), f.flags | {"carried_place"})
                          for f in frames]
            # what an undated sentence after this one inherits: not the start of a stretch it
            # looks back over (`منذ أول أيام عيد الفطر`), only the start of one under way since
            # two days at most (`منذ صباح أمس`, `منذ يومين`), and not when it starts a tally
            # (`حصيلة المواجهات منذ صباح الأحد`: the count's start, no day of a happening)
            tally = _has(s_cues, "background")
            # (nor the day of what a deed answered or followed: `رداً على الهجوم في دوما السبت
            # الماضي` dates the attack, not the shelling told next)
            told_before = _motive_reaches(view, sentence, s_cues) + _recalled_reaches(
                view, sentence, s_cues) if _has(s_cues, "motive") or _has(s_cues, "since") \
                else []
            passed_on = next((d for d in event_dates if _passes_on(d, doc.published)
                              and not (tally and d.kind == "background")
                              and not any(start <= d.start < end for start, end in told_before)),
                             None)
            lead_date = lead_date or passed_on
            if passed_on is not None and passed_on.precision == 1 and not _stale(
                    passed_on, doc.published) and _FLASHBACK.match(view, sentence.start,
                                                                   sentence.end):
                # (its own events keep its day, `date` below; a stretch long gone is passed
                # on: what follows it goes on with the recap)
                passed_on = None
            if not frames:
                if passed_on is not None:
                    carried_date = passed_on
                continue
            last_frames = [f for f in frames if f.sentence is sentence] or frames
            story = [*story, *last_frames][-STORY_FRAMES:]
            last_frame = next((f for f in reversed(frames) if f.sentence is sentence
                               and f.triggers[0].start >= sentence.start), frames[-1])
            last_told_dead = any(harm == KILLED for _, _, harm in tolls)
            # `وكان قتل تسعة ... في شهر تشرين الأول الماضي`: a month long gone dates the
            # sentence as a recap, though no day can be placed in it
            # (and `انفجار سيارة مفخخة في جرابلس الشهر الماضي`: a month gone by, however
            # recently it ended)
            # (not one told of a place, in a relative clause on it: `قصفت الفصائل بلدة الزربة
            # التي حررها الجيش مطلع الشهر`, the place's story)
            old_months = [] if event_dates else [
                d for d in s_dates if d.kind in ("explicit", "period")
                and (_stale(d, doc.published) or _past_month(d, doc.published))]
            if old_months:
                place_ends = {p.end: p.start for p in _in(places, sentence.start, sentence.end)}
                described = [m.end() for m in _RELATIVE_AFTER_NAME.finditer(
                    view, sentence.start, sentence.end)
                    if _name_end_before(view, m.start(), place_ends) is not None]
                old_months = [d for d in old_months if not any(
                    r <= d.start and _clause(view, r) == _clause(view, d.start)
                    for r in described)]
            old_month = old_months[0] if old_months else None
            date = event_dates[0] if event_dates else (old_month or carried_date)
            date_source = "own" if event_dates or old_month else (
                "carried" if carried_date is not None else "reference")
            if not event_dates and not old_month and carried_date is not None \
                    and carried_date.precision == 1 and carried_date.date is not None:
                following = _NEXT_DAY.search(view, sentence.start, sentence.end)
                later, days = following, 1
                if following is None:
                    later, days = _days_later(view, sentence.start)
                if later is not None and (doc.published is None or
                                          carried_date.date < doc.published):
                    # `وفي اليوم التالي قتل 5 مدنيين`: the day after the one told before;
                    # `وبعد يومين، قصفت`: two days after it
                    day = carried_date.date + dt.timedelta(days=days)
                    if doc.published is None or day <= doc.published:
                        date = DateMention(later.start(), later.end(), day, None, 1,
                                           "relative", later.group())
                        date_source = "own"
            if passed_on is not None:
                carried_date = passed_on
            if _stale(date, doc.published) or date is old_month is not None:
                if date_source != "carried" or not relaxed:
                    continue  # `في 12 يونيو الماضي أجريت...`: a recap of an old event
                # an undated sentence after an old date (`المعركة التي أطلقتها قبل أسبوعين`)
                # may go on with the recap or tell today's news: the model decides, and a
                # kept event takes the report's day
                date, date_source = None, "reference"
                flags = flags | {"after_recap"}
            s_actors = _in(actors, sentence.start, sentence.end)
            # tolls go to places across the whole sentence, whichever frame holds them
            sentence_places = [p for f in frames for p in f.places if p.role == "place"]
            owners = _toll_owners(view, [t[0] for t in tolls], sentence_places,
                                  turn_positions(s_cues),
                                  named=_in(places, sentence.start, sentence.end))
            # ACLED: gunfire at armed men is fighting, not violence against civilians
            # (`خمسة عناصر ... وثلاثة آخرين`: "others" are of the kind told before them)
            # (`قتل الشاب X، وهو عنصر في اللواء الثامن`: the one killed, glossed a fighter)
            glossed_armed = _glossed_fighter(view, sentence.start, sentence.end)
            # (a former soldier killed is no armed man: `جثة عسكري سابق في قوات النظام`)
            former = {id(v) for v in s_victims if _former(view, v.value.end)}
            armed_victims = bool(s_victims) and (glossed_armed or all(
                v.value.category in ARMED_VICTIMS and id(v) not in former
                or v.value.text.split()[-1] in _ANOTHER for v in s_victims) and any(
                v.value.category in ARMED_VICTIMS and id(v) not in former for v in s_victims))
            unarmed = not glossed_armed and any(
                v.value.category in UNARMED_VICTIMS or id(v) in former for v in s_victims)
            # ACLED: gunfire in a sentence that tells of fire on protesters (`إطلاق نار في
            # دير الزور، وإطلاق رصاص على متظاهرين في جبلة`) met the protests with force; a
            # protest against a killing (`احتجاجا على قتل`) is not this
            force = next((t.payload for t in s_triggers
                          if t.payload.sub_event_type == EXCESSIVE_FORCE), None)
            # (not `كما قال معارضون أمس`: "as ... said", a day of the report)
            reports = [c.norm_start for c in s_cues if c.value.cue == "report"]
            all_turns = turn_positions(s_cues)  # ("while": a clause of its own after it)
            turns = [t for t in all_turns
                     if not any(r > t and tokens_between(view, t, r) <= 1 for r in reports)]
            # (`منذ يومين` is read by the dates stage, as "two days ago")
            recalled = [(c, days) for c in s_cues if c.value.cue == "since"
                        and fold(c.value.phrase).startswith("بعد")
                        and (days := _days_before(view, c)) is not None]
            for frame in frames:
                own_day = _clause_date(view, frame, event_dates) or next(
                    (d for d in went_before
                     if _clause(view, d.start) == _clause(view, frame.head.start)), None)
                if own_day is not None and _stale(own_day, doc.published):
                    # `تحل اليوم ذكرى التفجير الذي استهدف الحي في 27 تموز 2016`: the sentence's
                    # first day is today's, the deed's clause names a day long gone
                    continue
                frame_date, frame_source = own_day or date, date_source
                cue, earlier = next(((c, days) for c, days in recalled
                                     if c.norm_start <= frame.head.start
                                     < _clause(view, c.norm_end)[1]), (None, 0))
                anchor = frame_date.date if frame_date is not None else doc.published
                if cue is not None and earlier and anchor is not None and not (
                        frame_date is not None
                        and cue.norm_start <= frame_date.start < _clause(view, cue.norm_end)[1]):
                    # (not when the recalled clause names its own day: `بعد يوم من مقتل 32
                    # ... جراء تفجير وقع أول من أمس`)
                    # `وذلك بعد يومين من مقتل خمسة مدنيين بقصف على قرية إبلين`: the happening
                    # recalled lies that many days before the deed's day (the report's, when
                    # the sentence names none)
                    frame_date = DateMention(cue.norm_start, cue.norm_end, anchor - dt.timedelta(
                        days=earlier), None, 1, "relative", view[cue.norm_start:cue.norm_end])
                    frame_source = "own"
                if _dated_after_turn(frame, event_dates, turns) and date_source == "own":
                    # `اشتباكات في المشيك ...، في حين قصف الطيران قرية الزكاة صباح أمس`: the
                    # day told after "while" dates its own clause, not the ones before it
                    frame_date = carried_before
                    frame_source = "carried" if carried_before is not None else "reference"
                f_actors = s_actors
                if frame.triggers[0].start < sentence.start:
                    # `قتل خمسة بغارات الطيران الروسي. وسقط ثلاثة منهم في كفرنبل`: a toll told
                    # on with the happening of a sentence before has that sentence's actors
                    told_in = sentences[bisect.bisect_right(
                        sentence_starts, frame.triggers[0].start) - 1]
                    f_actors = _in(actors, told_in.start, sentence.end)
                made = self._drafts(view, doc, frame, s_cues, f_actors, tolls, frame_date,
                                    sentence_places, owners, relaxed, unarmed, entered_unfought)
                if any(t.payload.event_type == "Violence against civilians"
                       or t.payload.sub_event_type == "Looting/property destruction"
                       for t in frame.triggers):
                    # `اقتحم مسلحون منزلا في بلدة الكرك وخطفوا رجلا`, `اقتحموا المنازل وقتلوا
                    # ساكنيها`, `اقتحمت القوات البلدة وقامت بإحراق عدد من المنازل`: the
                    # storming was the way in of the abduction, the killing or the burning,
                    # no fight
                    made = [d for d in made if not _raid_alone(d, frame)]
                if any(t.payload.event_type == "Explosions/Remote violence"
                       and fold(t.payload.phrase) not in _COMMUNIQUE_OBJECTS
                       for t in frame.triggers):
                    # `استهدفت وحدات من الجيش بالمدفعية تجمعات في الرستن ودمرت أوكارا لهم`:
                    # what the strike did, no fight
                    made = [d for d in made if not _communique_alone(d, frame)]
                # (a clause of its own after "while" tells its own dead: `أصيب ثلاثة مدنيين
                # بغارات، بينما قتل جنديان برصاص قناص`, the soldiers shot)
                own_victims = _in_turn_segment(s_victims, frame.head.start, all_turns,
                                               sentence)
                armed_apart = not armed_victims and bool(own_victims) and all(
                    v.value.category in ARMED_VICTIMS and id(v) not in former
                    for v in own_victims) and not any(
                    c.value.cue == "civilian" for c in _in_turn_segment(
                        s_cues, frame.head.start, all_turns, sentence))
                for draft in made:
                    if armed_apart:
                        draft.civilian = False  # (the civilians are the other clause's)
                    if (armed_victims or armed_apart) and _shooting(draft, frame):
                        draft.event_type, draft.sub_event_type = "Battles", "Armed clash"
                    elif unarmed and not any(v.value.category in ARMED_VICTIMS
                                             for v in s_victims) \
                            and _raid_on_the_unarmed(draft, frame):
                        # (not when armed men fell beside them: `قتل عنصران من الأمن العام
                        # ومدني في هجوم على حاجز`, a fight)
                        draft.event_type = "Violence against civilians"
                        draft.sub_event_type = "Attack"
                        draft.civilian, draft.actor2 = True, CIVILIANS
                    elif force is not None and _shooting(draft, frame, civilians_too=True):
                        draft.event_type, draft.sub_event_type = "Protests", EXCESSIVE_FORCE
                        draft.actor1 = draft.actor1 or force.default_actor1 or None
                    if draft.event_type == "Violence against civilians" and draft.actor2 is None \
                            and s_victims and not armed_victims:
                        # `نحر عناصر التنظيم رجلا`: the one violence against civilians names
                        # and no force claims is a civilian (ACLED's target of this type)
                        draft.actor2 = CIVILIANS
                    draft.headline = sentence.index < headline_sentences
                    draft.flags |= flags | frame.flags
                    draft.sentence = sentence.index
                    draft.date_source = frame_source
                joined = not s_actors and _joined_verb(
                    view, min(frame.triggers, key=lambda t: t.start), sentence.start)
                told_again = _definite(view, frame.head) or _one_more(view, frame.head)
                if joined or told_again and (not s_actors or any(
                        _DEFAULT_ACTOR in d.provenance for d in made)):
                    # `كما استهدف القصف بلدة تل رفعت`: the strike told again by a definite
                    # noun, and nobody named as its doer, is the previous sentence's, by its
                    # actor; so is one more told by its ordinal (`وطالت ضربة ثانية مطار
                    # التيفور`), and a verb joined to that sentence's with no subject of its
                    # own (`كما استهدفت بالصواريخ`) is its actor's act
                    before = [d for d in drafts if d.sentence == sentence.index - 1 and d.actor1]
                    # (of one actor only: strikes each way in the sentence before tell no one)
                    told = _one_actor_each(before, lambda d: d.sub_event_type)
                    # (a strike of no weapon named yet goes on with one of its kind)
                    told_kind = _one_actor_each(before, lambda d: d.event_type)
                    last_actor = before[-1].actor1 if joined and before else None
                    for draft in made:
                        if s_actors and _DEFAULT_ACTOR not in draft.provenance:
                            continue  # (its own sentence named its doer)
                        actor1 = told.get(draft.sub_event_type) or (
                            told_kind.get(draft.event_type) if draft.undecided else None
                        ) or last_actor
                        if actor1 is not None and actor1 != draft.actor1:
                            draft.actor1 = actor1
                            if _DEFAULT_ACTOR in draft.provenance:
                                draft.provenance.remove(_DEFAULT_ACTOR)
                elif told_again and frame.head.start > sentence.start and (
                        clause := _clause(view, frame.head.start)) and view[
                        clause[0]:frame.head.start].split()[:1] == ["كما"] and not any(
                        clause[0] <= a.norm_start < clause[1] for a in s_actors):
                    # `جراء عدوان جوي إسرائيلي استهدف آليات في محيط بلدة المزرعة، كما طال
                    # العدوان مواقع على أطراف مدينة السويداء`: the deed told again in a clause
                    # that names nobody is the one its sentence told first, by its sides
                    first = next((d for d in drafts if d.sentence == sentence.index
                                  and d.event_type in {m.event_type for m in made}), None)
                    for draft in made if first is not None else ():
                        draft.actor1, draft.actor2 = first.actor1, first.actor2
                if any(d.actor1 is None and d.sub_event_type in _TERRITORY for d in made):
                    # `بسطت وحدات الجيش سيطرتها على سراقب ... وتقدمت الوحدات وسيطرت على قرى`:
                    # a capture whose sentence names nobody as its taker goes on with the
                    # capture told in the sentence before, by its actor
                    taker = next((d for d in reversed(drafts) if d.sentence == sentence.index - 1
                                  and d.actor1 and d.sub_event_type in _TERRITORY), None)
                    for draft in made:
                        if taker is not None and draft.actor1 is None \
                                and draft.sub_event_type in _TERRITORY:
                            draft.actor1 = taker.actor1
                            draft.event_type = taker.event_type
                            draft.sub_event_type = taker.sub_event_type
                drafts.extend(made)
        _claimed_by(view, sentences, drafts, cues, actors)
        _similar_strikes(view, drafts, [a for a in actors.items if air_force_named(
            view, a.norm_start, a.norm_end) and a.value.actor in self.states])
        drafts = self._without_city_beside_its_quarter(view, drafts)
        if relaxed:
            _the_reports_one_place(doc, drafts)
        drafts = self._merge(view, drafts, (air_cues, ground_cues), relaxed, sentence_starts)
        if not any(m.value.how != "foreign" and (m.value.place is not None or m.value.admin1)
                   for m in doc.mentions.get("place", [])):
            for draft in drafts:
                draft.unanchored = draft.place is not None and draft.place.how == "unknown"
        return drafts

    # -- frames ---------------------------------------------------------------------------
    def _frames(self, view, sentence, triggers, places, s_cues, s_dates, s_quant, published,
                relaxed: bool = False, subjects: Sequence[int] = ()
                ) -> tuple[list[Frame], list[PlaceMention]]:
        """The sentence's frames, and the places that stand before its first trigger in
        another clause (they may belong to the previous sentence's story). With `relaxed`,
        a trigger the rules would drop stays, and its frame is flagged with the reason."""
        sentence_triggers = _in(triggers, sentence.start, sentence.end)
        if not sentence_triggers:
            return [], list(_in(places, sentence.start, sentence.end))
        s_triggers = []
        reasons: dict[int, set[str]] = {}
        # the clauses of deeds threatened, planned, denied (and whether a capture or an
        # advance: what a fight aimed at)
        unreal: list[tuple[int, int, bool]] = []
        motives = _motive_reaches(view, sentence, s_cues)
        # what a protest decried, to the end of its clause: its places are no place of the
        # protest (`احتجاجا على القصف على ريفي إدلب وحلب`)
        decried = [(t.start, _clause(view, t.start)[1]) for t in sentence_triggers
                   if _protested(view, t.start)] + [
            (m.end(), _clause(view, m.end())[1])
            for m in _PROTEST_REASON.finditer(view, sentence.start, sentence.end)] \
            if any(t.payload.event_type == "Protests" for t in sentence_triggers) else []

        def told_as_motive(position: int) -> bool:
            return any(start <= position < end for start, end in motives)

        # `وذلك بعد يوم من إعدامه 23 مدنيا في قرية العامرية`: what happened before the
        # sentence's deed, told after it; its places are not that deed's
        # (a clause of its own, after the deed's: not `سيطرت بعد ساعات من بدء الهجوم على
        # بلدات`, an adverb of the deed)
        recalled = _recalled_reaches(view, sentence, s_cues)

        s_places = list(_in(places, sentence.start, sentence.end))
        place_ends = {p.end: p.start for p in s_places}  # where each place name ends: starts
        days = [d for d in s_dates if d.precision == 1 and d.kind != "background"
                and _event_day(d, published)]
        # `ردا على هجوم كيماوي على خان شيخون يوم الثلاثاء`: what the act answered, told with
        # a day of its own, is a happening of its own
        motives = [(start, end) for start, end in motives
                   if not any(start <= d.start < end for d in days)]

        # `منذ صباح أمس`, `منذ فجر الخميس`: since a time of a day just gone, the dailies'
        # printing of the monitor's "since this morning": that day's raid, no stretch
        since_a_day_part = [d for d in s_dates if d.kind == "background" and d.precision == 1
                            and d.date is not None and d.date_to is not None
                            and (d.date_to - d.date).days <= 1
                            and _SINCE_DAY_PART.match(d.text) is not None]

        def told_on_a_day(position: int) -> bool:
            """`شن الطيران يوم الأحد أكثر من 120 غارة على قريتي ...`: strikes counted in a
            sentence that tells one day, and no span in their own clause (`خلال الأيام
            الماضية ... 20 غارة كمعدل يومي`), are that day's event, not a tally."""
            start, end = _clause(view, position)
            return bool(days or since_a_day_part) and not any(
                start <= d.start < end and _longer_than_a_night(d) for d in s_dates)


        over_a_period = _has(s_cues, "background") or any(
            d.kind == "background" or _longer_than_a_night(d) for d in s_dates)
        # (or over several governorates and no place: `55 طلعة جوية استهدفت 118 هدفا في
        # محافظات حلب وإدلب واللاذقية`, a ministry's tally)
        across_provinces = sum(p.role == "region" for p in s_places) >= TALLY_PROVINCES \
            and not any(p.role == "place" for p in s_places)
        unfought = [m.span() for m in _WITHOUT_FIGHT.finditer(view, sentence.start, sentence.end)]
        named = [(p.start, p.end) for p in s_places if p.role == "place"]
        for t in sentence_triggers:
            if any(start <= t.start < end for start, end in unfought) and not (
                    t.payload.sub_event_type == "Agreement" and t.payload.strong):
                # `دون أي مواجهات`: the fight it denies (`بموجب اتفاق`: ground taken under
                # one, though the agreement told reached is one: `بموجب اتفاق توصلت إليه`)
                continue
            if any(start <= t.start and t.end <= end for start, end in named):
                continue  # `على بلدات تسيل وعدوان`: a town's name, no aggression
            if (fold(t.payload.phrase).removeprefix("ال") in _FIGHT_NOUNS or _definite(view, t)
                    and t.payload.event_type in VIOLENT_TYPES) and _STOPPED.search(
                    view, max(0, t.start - STOPPED_CHARS), t.start):
                # `اتفاق ينص على وقف الاقتتال`, `أدى توقف الغارات على حلب إلى`: the fight or
                # the strikes stopped, none told
                continue
            if t.payload.sub_event_type == "Agreement" and not t.payload.strong \
                    and _BREACHED.search(view, max(0, t.start - BREACH_CHARS), t.start):
                continue  # `في خرق متواصل لوقف إطلاق النار`: the truce breached, none agreed
            if t.payload.sub_event_type == "Agreement" and _TALKS_FAILED.search(
                    view, t.end, min(sentence.end, t.end + TALKS_FAILED_CHARS)):
                continue  # `المحادثات بشأن هدنة محلية لم تسفر عن نتيجة`: none reached
            if t.payload.sub_event_type == UNDECIDED_BLAST and _blast_of_a_strike(
                    view, t, s_cues, sentence_triggers):
                continue  # `سماع دوي انفجارات إثر غارات`: the strikes' bangs, no blast
            why = set()
            if told_as_motive(t.start) or _protested(view, t.start):
                why.add("motive")
            # (its own day may come past an aside: `بعد يومين من سيطرة "جيش الإسلام" على تلال
            # في جبل الأفاعي، شمالي مدينة الضمير، في 26 آذار`; not past another deed)
            own_days = [d for d in days if d.kind != "explicit" or not any(
                t.end <= o.start < d.start and o.payload.event_type != t.payload.event_type
                for o in sentence_triggers)]
            if self._irrealis(view, t, s_cues, own_days, sentence.end) or published and any(
                    d.date is not None and d.date > published and d.precision == 1
                    and (d.end <= t.start or d.kind == "relative")
                    for d in s_dates) and not any(
                    d.date is not None and d.date <= published and d.precision == 1
                    for d in s_dates):
                # (and a deed of a day to come, told before it or as "tomorrow": `تنظم
                # المخيمات غدا الأحد مسيرة`; not the day of what it protests: `وقفة رفضا
                # للانتخابات المزمع إجراؤها في السادس والعشرين من الشهر`)
                why.add("irrealis")
            if _points_back(view, t, s_cues) or _claimed_back(
                    view, t, s_cues, sentence_triggers) or _mourned(view, t, sentence.start) \
                    or (_after_told_deed_head(view, t) or _definite(view, t)
                        and (_SEQUENCE_AFTER.match(view, t.end)
                             or _COMES.search(view, max(0, t.start - 10), t.start))) and any(
                        o.payload.event_type == t.payload.event_type
                        for o in _in(triggers, 0, sentence.start)):
                # (`إن التفجير تلته اشتباكات`: the blast told before, then the fight; `وتأتي
                # الغارة بعد أيام من`: the strike told before, set in time)
                why.add("points_back")
            if _counted_strikes(view, t, s_quant, over_a_period or across_provinces) \
                    and not told_on_a_day(t.start):
                why.add("counted_strikes")
            if self._background(view, t, s_cues, s_dates, published, place_ends):
                why.add("background")
                if _opened_long_ago(view, t, sentence.start, s_dates, published):
                    why.add("stale")
            if not t.payload.strong and _after_relative(view, t.start):
                why.add("holder")
            elif t.payload.sub_event_type in _TERRITORY and _after_relative(view, t.start) \
                    and (_ON_IT.match(view, t.end) or view[t.start:t.end].endswith(
                        _OBJECT_PRONOUNS)) and not any(
                        t.end <= d.start < _clause(view, t.start)[1] and d.precision == 1
                        for d in s_dates):
                # `نهب منازل القرى التي سيطر عليها`: the ground a side holds, told of with no
                # day, is no taking of it
                why.add("holder")
            if t.payload.event_type == "Protests" and _PRETENDED.match(view, t.start):
                continue  # `تظاهر الرجل بالموت`: he pretended, no one demonstrated
            if t.payload.sub_event_type in (IED, SUICIDE) and (
                    _BEFORE_IT_BLEW.match(view, t.end)
                    or not view[t.start:t.end].lstrip("وب").startswith(_BLAST_NOUNS)
                    and (_DESTROYED_RIGHT_BEFORE.search(view, max(0, t.start - 60), t.start)
                         or view.startswith("و", t.start) and _DESTROYED_LIST_BEFORE.search(
                             view, max(0, t.start - 100), t.start))):
                # `دمر عربة مفخخة قبل وصولها`, `من تدمير عربة مفخخة`: a car bomb stopped, no
                # blast
                continue
            if not t.payload.strong and _FIGURATIVE_BLOW.match(view, t.end, t.end + 48):
                continue  # `تلقى النظام ضربة قاسية`: a loss told as a blow, no strike
            if (backed := _SUPPORTED_BY.search(view, max(0, t.start - 24), t.start + 2)) \
                    and not any(mark in view[backed.end():t.start] for mark in "،,.") \
                    and not _ATTACK_BEFORE.search(view, max(0, backed.start() - 24),
                                                  backed.start() + 1):
                # `المقاتلين الأكراد المدعومين بغارات التحالف`: who backs a side (but
                # `هجوما عنيفا مدعوما بسلاحي الجو والمدفعية`: the attack's own means)
                continue
            if fold(t.payload.phrase) in _AFTER_DEATH and not _death_before(view, t, s_cues):
                continue  # `اعتقل شاب على يد عناصر الأمن`: an agent, no killing
            if t.payload.sub_event_type != CHEMICAL and _LOADED_WITH.search(
                    view, max(0, t.start - 16), t.start) and any(
                    o.payload.event_type == t.payload.event_type and o.end <= t.start
                    and t.start - o.end <= LOADED_REACH for o in sentence_triggers):
                # `بصاروخ أرض-أرض محمل بقنابل عنقودية`: what a rocket carried is no strike of
                # its own; the rocket is the strike (but a poison gas it carried makes it a
                # chemical attack: `براميل محملة بغاز الكلور`)
                continue
            if why and (not relaxed or why & VETOES):
                if "irrealis" in why:
                    unreal.append((t.end, _clause_over_asides(view, t.start)[1],
                                   t.payload.sub_event_type in _TERRITORY
                                   or t.payload.event_type == "Battles"
                                   and not t.payload.strong))
                continue
            s_triggers.append(t)
            reasons[t.start] = why
        if any(t.payload is not _KILLING and t.payload.event_type in VIOLENT_TYPES
               and t.payload.sub_event_type not in _NOT_KILLING for t in s_triggers):
            # `اشتباكات ... في حندرات، وقتلت المعارضة 3 جنود`: the killing a force did in a
            # sentence that tells its fight or strike is that happening's toll (not of an
            # abduction told beside it: `قتلوا 19 مدنيا، واختطفوا عددا آخر`)
            s_triggers = [t for t in s_triggers if t.payload is not _KILLING]
        # `فتح الطيران الحربي نيران رشاشاته على`: aircraft firing their guns strike from the
        # air, no fight
        s_triggers = [t._replace(payload=_FIRED_FROM_THE_AIR) if t.payload.event_type == "Battles"
                      and fold(t.payload.phrase).startswith(_FIRE_WORDS) and any(
                          c.value.cue == "air" and c.norm_end <= t.start
                          and tokens_between(view, c.norm_end, t.start) <= 1
                          and _clause(view, c.norm_start) == _clause(view, t.start)
                          for c in s_cues) else t for t in s_triggers]
        airs = [t.end for t in s_triggers if t.payload.sub_event_type == AIR or (
            t.payload.sub_event_type == UNDECIDED_STRIKE
            and _weapon(view, t, s_cues, clause_only=True) == AIR)]
        if airs:
            # `قصف الطيران المروحي الحي بالرشاشات الثقيلة`: the aircraft's guns, no fight
            s_triggers = [t for t in s_triggers if not (
                t.payload.event_type == "Battles" and view.startswith("بال", t.start)
                and any(end <= t.start and _clause(view, end - 1) == _clause(view, t.start)
                        for end in airs))]
        strikes = [t.end for t in s_triggers
                   if t.payload.event_type == "Explosions/Remote violence"]
        if strikes:
            # `استهدفت وحدات من الجيش بالمدفعية منصات للإرهابيين، وقضت على عدد منهم`: those a
            # strike wiped out are its toll, no fight of their own
            s_triggers = [t for t in s_triggers if fold(t.payload.phrase) not in _WIPED_OUT
                          or not any(end <= t.start for end in strikes)]
        if any(t.payload.event_type in ("Battles", "Explosions/Remote violence")
               and t.payload.strong for t in s_triggers):
            # `اشتباكات ... قتل خلالها أربعة عناصر وتم تدمير دبابة`, `قصفت الطائرات مواقع
            # التنظيم، ما أسفر عن تدمير 11 دبابة`: a gun destroyed in the fight or by the
            # strike told beside it is no strike of its own
            s_triggers = [t for t in s_triggers if t.payload.strong
                          or t.payload.event_type != "Explosions/Remote violence"
                          or not _DESTROYED_BEFORE.search(view, max(0, t.start - 40), t.start)]
        # (and a gun told destroyed with no fight of its sentence, `وأعلنت الفصائل مقتل 12
        # عنصرا وتدمير دبابة`, is a loss of the fight told before: no strike either; not the
        # hideouts state media's strikes destroy, `دمرت تجمعات وأوكارا للإرهابيين`)
        # (but a strike the verb destroyed with is one: `دمرت القوات التركية بضربات مدفعية
        # مقرات لقوات النظام`)
        s_triggers = [t for t in s_triggers if t.payload.strong
                      or t.payload.event_type != "Explosions/Remote violence"
                      or fold(t.payload.phrase) in _COMMUNIQUE_OBJECTS
                      or not _destroyed_right_before(view, t)
                      # (nor a gun seized, spoils: `واغتنموا دبابة وكميات من الذخائر`)
                      and not _SEIZED_RIGHT_BEFORE.search(view, max(0, t.start - 40), t.start)]
        # (a gun named as what its emplacement holds is no strike, strong or not: `ومرابض
        # هاون`, `منصات صواريخ`)
        # (nor one a fight told before was fought with: `واستخدم فيها الطرفان قذائف الهاون`)
        s_triggers = [t for t in s_triggers if t.payload.event_type != "Explosions/Remote violence"
                      or not _EMPLACEMENT_BEFORE.search(view, max(0, t.start - 16), t.start)
                      and not _USED_IN_BEFORE.search(view, max(0, t.start - 60), t.start)]
        foiled = [t.start for t in s_triggers if t.payload.sub_event_type == "Disrupted weapons use"
                  and fold(t.payload.then) in _DRONES]
        if foiled:
            # `أحبطت هجوما بـ13 طائرة مسيرة`: a drone attack foiled is no fight beaten off
            s_triggers = [t for t in s_triggers if not (
                t.payload.event_type == "Battles" and any(
                    start <= t.start and _clause(view, start) == _clause(view, t.start)
                    for start in foiled))]
        if any(t.payload.event_type == "Riots" and t.payload.strong for t in s_triggers):
            # `قطع شبان الطرقات بالإطارات المشتعلة احتجاجا على`: the protest was the riot
            s_triggers = [t for t in s_triggers if t.payload.sub_event_type != PEACEFUL_PROTEST]
        if any(_TEAR_GAS in fold(t.payload.phrase) for t in s_triggers):
            # `أطلقت القنابل المسيلة للدموع ... ما أدى إلى حالات اختناق`: the tear gas choked
            # them, no chemical attack
            s_triggers = [t for t in s_triggers
                          if t.payload.sub_event_type != CHEMICAL or t.payload.strong]
        kept = [t for t in s_triggers if not reasons[t.start]]
        strong = any(t.payload.strong or _armed(view, t, s_cues) or _achieved(view, t)
                     or _on_a_position(view, t) or _undergone(view, t) for t in kept) \
            or _has(s_cues, "kill") \
            or _with_instrument(view, kept) \
            or bool(unfought) and any(t.payload.sub_event_type in _TERRITORY for t in kept) \
            or _entered_after_withdrawal(view, sentence.start, sentence.end, kept) \
            or any(_headline_deed(view, t, subjects) or _went_on_to_take(view, t)
                   for t in kept) \
            or _rise_between(view, sentence.start, sentence.end) and any(
                toll_risen(view, q.value.start) for q in s_quant)
        if not s_triggers or (not strong and not relaxed):
            return [], s_places
        frames = [Frame(sentence, [t], [], set(reasons[t.start]) | (set() if strong
                                                                    else {"weak"}))
                  for t in s_triggers]
        orphans: list[PlaceMention] = []
        aims: list[PlaceMention] = []
        first_clause = _clause(view, s_triggers[0].start)
        # (`وجاءت الغارات بعد ساعات من استهداف الفصائل ... مواقع قرب الرحيبة`: a deed told
        # afresh after "hours after" is another happening, as after "while")
        afresh = [c.norm_start for c in s_cues if c.value.cue == "since"
                  and any(_told_afresh(view, c, t) for t in s_triggers)]
        turns = sorted(turn_positions(s_cues) + afresh)
        # the turns that are "while" itself, not `كما` ("as well as") nor `بالتزامن مع`
        whiles = [c.norm_start for c in s_cues if c.value.cue == "turn"
                  and fold(c.value.phrase) in _WHILE] + afresh

        def turn_between(start: int, end: int) -> bool:
            return any(start <= turn < end for turn in turns)

        for place in s_places:
            owner = None
            for frame in frames:
                if frame.triggers[0].start <= place.start:
                    owner = frame
            if owner is not None and len(frames) > 1:
                # `إثر غارة جوية على حي الشعار، وسقط 6 آخرون في حي بستان القصر برصاص قناص`: a
                # place in a clause of its own goes with the deed its clause tells after it
                # (a time set off by commas is an aside within the clause: `سيطرت قوات
                # النظام، اليوم الثلاثاء، على بلدة كفرناها`)
                own = _clause_over_asides(view, place.start)
                if _clause_over_asides(view, owner.triggers[0].start) != own:
                    owner = next((f for f in frames if place.end <= f.triggers[0].start < own[1]),
                                 owner)
            if owner is not None and (told_as_motive(place.start) or any(
                    start <= place.start < end for start, end in recalled)) and \
                    not told_as_motive(owner.triggers[0].start) and not any(
                        start <= owner.triggers[0].start < end for start, end in recalled):
                # `أمطرت الفصائل بلدات بالقذائف ردا على تعرض الزبداني لهجوم`: a place of the
                # happening given as the motive is no place of the trigger before it
                owner = next((f for f in frames if f.triggers[0].start > place.start
                              and told_as_motive(f.triggers[0].start)), None)
                if owner is None:
                    continue
            if owner is not None and turn_between(owner.triggers[0].end, place.start):
                # `قصف قرية قصر البريج، في حين شهد سهل الزبداني معارك عنيفة`: a place after
                # "while" belongs to the trigger of its own clause, told after it
                later = next((f for f in frames if f.triggers[0].start > place.start
                              and not turn_between(place.end, f.triggers[0].start)), None)
                while_at = next((w for w in whiles if owner.triggers[0].end <= w < place.start),
                                None)
                if later is None and while_at is not None and not _told_on(
                        view, s_cues, while_at, place.start):
                    # `معارك في سهل الغاب، في الوقت الذي تغص فيه مشافي القرداحة بجرحى`: a
                    # clause of "while" that tells no happening of its own names no place of
                    # the one before it (one that tells more of its dead does: `بينما قتل 12
                    # آخرون في كفربطنا`)
                    continue
                owner = later or owner
            if owner is None and place.start < first_clause[0]:
                # before the first trigger and in another clause: not that trigger's place
                orphans.append(place)
                continue
            if owner is not None and any(start <= place.start < end for start, end in decried) \
                    and not any(start <= owner.triggers[0].start < end for start, end in decried):
                aims.append(place)  # (only where the protest names no place of its own)
                continue
            if owner is not None and _EXCEPT.search(
                    view, max(owner.triggers[0].end, place.start - 40), place.start):
                continue  # `سيطر على كامل المدينة باستثناء حي الجورة`: the part not taken
            # (what an agreement provides is where it holds: `اتفاق يقضي بوقف إطلاق النار في
            # القطاع الأوسط من الغوطة الشرقية`)
            unreal_at = next((aim for end, clause_end, aim in unreal
                              if owner is not None
                              and owner.triggers[0].payload.sub_event_type != "Agreement"
                              and owner.triggers[0].start < end <= place.start < clause_end),
                             None)
            if unreal_at is not None and (owner.places or not unreal_at):
                # `قصفت الطائرات بلدة كفرنبل، وهددت الفصائل بقصف بلدة محردة`, `ونفت قصفها
                # بلدة اللطامنة`, `ويأتي التفجير بعد أيام من اشتباكات في حي طريق السد`: the
                # place of a deed threatened, denied or gone before, told in its clause, is
                # no place of the deed before it; a capture or an advance aimed at is where
                # the fight before it was, when that fight names no place of its own (`فشل
                # هجوم شنه حزب الله للسيطرة على أحياء في مدينة الزبداني`)
                if unreal_at:
                    aims.append(place)
                continue
            if owner is not None and _aimed_at(view, owner, place, s_cues):
                # `خرجت تظاهرة تندد بالقصف على دير الزور`, `هجوما على حي الصناعة في محاولة
                # لاختراق الخطوط المحيطة بحي الجورة`: what a protest decried or an attack
                # aimed at, past a place of its own or one told before it
                aims.append(place)
                continue
            (owner or frames[0]).places.append(place)
        if orphans and _one_label_list(view, orphans + [
                p for p in frames[0].places if p.end <= s_triggers[0].start], s_triggers[0]):
            # `الحراك، الحارة، نمر، داعل: خرجت مظاهرات`: the names that label the line are
            # the places of its news, the commas between them notwithstanding
            frames[0].places, orphans = orphans + frames[0].places, []
        if orphans and all(p.role == "qualifier" for p in frames[0].places):
            # `تعرض حي الوعر، منتصف الليل، لقصف`: the first trigger names no place of its
            # own, so the places before it, even across commas, are its places (beside
            # what only qualifies its words: `وفي كفرنبل، خرجت مظاهرة نصرة لجبل الزاوية`)
            # (but the town a sentence opens with frames the places its deed names: `وفي
            # المدينة، سقطت قذائف هاون على حي كانيه كردا`)
            framing = all(_frames_the_sentence(view, sentence.start, p) for p in orphans) \
                and any(p.role == "place" for f in frames for p in f.places)
            frames[0].places, orphans = (frames[0].places if framing
                                         else orphans + frames[0].places), []
        for place in aims:
            owner = next((f for f in reversed(frames) if f.triggers[0].start <= place.start),
                         frames[0])
            if not owner.places and not any(
                    f.places and f.triggers[0].start < owner.triggers[0].start
                    and f.triggers[0].payload.event_type == owner.triggers[0].payload.event_type
                    for f in frames):
                # (the only place told: `مظاهرة تندد بقصف حلب`; not where the protest told
                # before it has one: `خرجت مظاهرة في حي الخالدية ونادى المتظاهرون بنصرة حي
                # بابا عمرو`)
                owner.places.append(place)
        # a trigger with no place of its own shares the places of the next one
        # (a frame is flagged only with what all its triggers are flagged with)
        merged: list[Frame] = []
        pending: list[Frame] = []

        def beside(last: Frame, group: list[Frame]) -> list[Frame]:
            """Triggers of other happenings told at the places of `last`: one frame for
            the triggers between two "while"s."""
            frames_: list[Frame] = []
            for p in group:
                if frames_ and not turn_between(frames_[-1].triggers[-1].end,
                                                p.triggers[0].start):
                    frames_[-1].triggers.extend(p.triggers)
                    frames_[-1].flags &= p.flags
                else:
                    frames_.append(Frame(sentence, list(p.triggers), list(last.places),
                                         set(p.flags)))
            return frames_

        for index, frame in enumerate(frames):
            if pending and merged and frame.places:
                # `واقتحموا الحاجزين بعد اشتباكات، فيما قصف الطيران مدينة بنش`: the clause
                # after "while" tells another happening; the triggers before it keep the
                # places told before them
                behind = [p for p in pending
                          if turn_between(p.triggers[0].end, frame.triggers[0].start)]
                if behind:
                    merged.extend(beside(merged[-1], behind))
                    pending = [p for p in pending if p not in behind]
            following = next((f for f in frames[index + 1:] if f.places), None)
            if following is not None and _only_framed(view, frame, following):
                # `وفي ريف إدلب اندلعت اشتباكات وتبادل للقصف ... في قريتي الفوعة وكفريا`: a
                # governorate only frames the clause; the places that follow are its places
                pending.append(frame)
                continue
            if not frame.places:
                last = merged[-1] if merged and not pending else None
                if last is not None and _instrument_of(view, last, frame):
                    # `قصف ... لمدن درعا بالبراميل`: the weapon right after the previous
                    # frame's place is that strike's instrument, not the next one's
                    last.triggers.extend(frame.triggers)
                    last.flags = last.flags & frame.flags
                    continue
                pending.append(frame)
                continue
            apart = [p for p in pending if any(p.triggers[-1].end <= w < frame.triggers[0].start
                                               for w in whiles)]
            if apart:
                # `وجاءت الغارات بينما كانت المعارضة تشن هجوما على مدينة درعا`: the places of
                # the clause after "while" are its own happening's, not the one before it
                pending = [p for p in pending if p not in apart]
                triggers_apart = [t for p in apart for t in p.triggers]
                if merged:
                    merged[-1].triggers.extend(triggers_apart)
                    merged[-1].flags = merged[-1].flags.intersection(*(p.flags for p in apart))
                else:
                    merged.append(Frame(sentence, triggers_apart, [],
                                        set.intersection(*(p.flags for p in apart))))
            frame.triggers = [t for p in pending for t in p.triggers] + frame.triggers
            frame.flags = frame.flags.intersection(*(p.flags for p in pending))
            pending = []
            merged.append(frame)
        if pending and merged:
            if turn_between(merged[-1].triggers[-1].end, pending[0].triggers[0].start):
                # `استهدفت الفصائل الفوعة وكفريا، بينما نفذ الطيران غارات على محيطهما`:
                # another happening at the same places, with its own actor and weapon
                merged.extend(beside(merged[-1], pending))
            else:
                merged[-1].triggers.extend(t for p in pending for t in p.triggers)
                merged[-1].flags = merged[-1].flags.intersection(*(p.flags for p in pending))
        elif pending:
            merged.append(Frame(sentence, [t for p in pending for t in p.triggers], [],
                                set.intersection(*(p.flags for p in pending))))
        return merged, orphans

    def _cumulative(self, view, s_cues, s_dates, s_quant) -> bool:
        """A tally over a period (`26350 غارة خلال الأشهر التسعة`): a background cue or
        period and a count in the hundreds in one sentence."""
        # (not a period a superlative is measured against: `في أكبر تجمع تشهده المحافظة منذ
        # انطلاق الحراك`, thousands in the day's crowd)
        period = any(_tally_cue(view, c) and not _SUPERLATIVE_BEFORE.search(
            view, max(0, c.norm_start - 60), c.norm_start) for c in s_cues) or any(
            d.kind == "background" and not _SUPERLATIVE_BEFORE.search(
                view, max(0, d.start - 60), d.start) for d in s_dates)
        return period and any(q.value.value >= CUMULATIVE_COUNT for q in s_quant)

    def _background(self, view: str, trigger: Match[TriggerEntry], s_cues, s_dates,
                    published: dt.date | None, place_ends: dict[int, int]) -> bool:
        """A campaign or a cumulative toll (`منذ بدء المعركة`, `حصيلة`) in the trigger's own
        clause: background, not an event on one day. A relative clause on a place after the
        trigger (`في حي النشوة التي تشهد منذ 25 يونيو اشتباكات`) tells the place's story."""
        window = max(0, trigger.start - COMES_AFTER_WINDOW)
        if _COMES_AFTER.search(view, window, trigger.start) or _SINCE_RELATIVE.search(
                view, window, trigger.start):
            # `جاء ذلك بعد الحملة التي أدت إلى سيطرة النظام على`, `بعد ثلاثة أشهر من الحملة
            # العسكرية التي أدت إلى سيطرة النظام على`
            return True
        start, end = _clause(view, trigger.start)
        if _RISE_VERB.search(view, start, trigger.start) and any(
                d.kind == "background" and d.date is not None and d.date_to is not None
                and (d.date_to - d.date).days > 1 and start <= d.start < end for d in s_dates):
            # `وبذلك يرتفع إلى 47 عدد المدنيين الذين قتلوا ... جراء قصف ... منذ يوم السبت`:
            # a toll risen over days since one, the tally of every raid since
            return True
        if any(_tally_cue(view, c) and start <= c.norm_start < end
               and not _SUPERLATIVE_BEFORE.search(view, max(0, c.norm_start - 60), c.norm_start)
               for c in s_cues):
            return True
        opening = min([c.norm_start for c in s_cues] + [d.start for d in s_dates] + [start])
        if any(d.kind == "background" and not _event_day(d, published)
               and opening <= d.start < trigger.start for d in s_dates) \
                and not any(d.precision == 1 and d.kind != "background" for d in s_dates):
            return True  # `ومنذ 26 نيسان، صعدت...`: a period opens the sentence
        # (not a name glued to the trigger: `معركة الزبداني التي يخوضها منذ شهر` is the
        # battle's story)
        # (and past one adjective of the place: `مطار أبو الظهور العسكري المحاصر منذ أشهر`)
        told_of_place = [m.end() for m in _RELATIVE_AFTER_NAME.finditer(view, trigger.end, end)
                         if (name_end := _name_end_before(view, m.start(), place_ends))
                         is not None
                         and tokens_between(view, trigger.end, place_ends[name_end]) > 0]
        # (nor a period a superlative is measured against: `أعنف غاراتها حتى الآن`)
        # (nor a period in what a protest demanded: `للمطالبة بالكشف عن مصير أبنائهم المفقودين
        # منذ سنوات`, the missing's story)
        reason = _PROTEST_REASON.search(view, trigger.end, end) \
            if trigger.payload.event_type == "Protests" else None
        if reason is not None:
            told_of_place.append(reason.start())
        in_clause = [d for d in s_dates if start <= d.start < end
                     and not any(r <= d.start for r in told_of_place)
                     and not (d.kind == "background" and _SUPERLATIVE_BEFORE.search(
                         view, max(0, d.start - 60), d.start))]
        if any(d.kind == "background" and not _event_day(d, published) for d in in_clause):
            return True
        # a month or a year (`في حزيران 2014`) dates the clause unless a day is told nearer
        # the trigger (`قصفت الطائرات أمس البلدة التي سيطر عليها التنظيم في 2014`)
        # (a day to come is a plan's, not the past a background tells: `وقفة احتجاجية رفضا
        # للانتخابات المزمع إجراؤها في السادس والعشرين من الشهر`)
        nearest = min((d for d in in_clause if not _to_come(d, published)),
                      key=lambda d: abs(d.start - trigger.start), default=None)
        return nearest is not None and not _event_day(nearest, published)

    def _irrealis(self, view: str, trigger: Match[TriggerEntry], s_cues,
                  days: Sequence[DateMention] = (), sentence_end: int = 0) -> bool:
        """A threat, plan or denial right before the trigger, or "since" right before it;
        before a capture, a try or an aim too (`في محاولة منه للتقدم والسيطرة على حي`: the
        fighting happened, the capture did not)."""
        capture = trigger.payload.sub_event_type in _TERRITORY
        # (a weak word of fighting, `التقدم`: `تحاول التقدم نحو سراقب` tells no fight yet;
        # one that cost lives was fought: `قتل 25 مقاتلا خلال محاولة هجوم فاشلة`)
        # (the lives cost from its own clause on: not `قتل 48 عنصرا في غارات، حيث يحاول
        # التنظيم التقدم نحو الحسكة`, the raid's dead told before)
        clause_opens = _clause(view, trigger.start)[0]
        advance = trigger.payload.event_type == "Battles" and not trigger.payload.strong \
            and not any(c.value.cue == "kill" and c.norm_start >= clause_opens for c in s_cues)
        # (nor a bombing or an attack tried with no harm told: `لعلاقتهم بمحاولة شن هجوم
        # انتحاري`)
        unharmed = trigger.payload.event_type in (
            "Explosions/Remote violence", "Violence against civilians") and not _has(
                s_cues, "kill") and not _has(s_cues, "injure") \
            or trigger.payload.sub_event_type == "Agreement"  # `محاولات للتوصل إلى اتفاق`
        # (and an agreement sought: `مفاوضات تجري للتوصل إلى اتفاق`)
        if (capture or fold(trigger.payload.phrase) in _SOUGHT_DEALS) \
                and _for_the_aim(view, trigger):
            return True
        if _NONE_OF.search(view, max(clause_opens, trigger.start - NONE_OF_REACH), trigger.start):
            return True  # `لم تشهد بلدة سراقب اليوم أي اشتباكات`: "not any" of it
        if capture and view.startswith(" اي ", trigger.end):
            return True  # `نفى سقوط أي حي بيد التنظيم`: the fall of any quarter, denied
        clause_start = _clause(view, trigger.start)[0]
        if view.startswith(_WHEN, clause_start + 1) or view.startswith(_WHEN, clause_start):
            # (`أحيا ناشطون الذكرى الرابعة للمجزرة التي شهدتها الغوطة فجر 21 آب 2013، حين
            # استهدفت صواريخ بغاز السارين بلدات`: the clause of "when" is the day remembered)
            clause_start = _clause(view, max(0, clause_start - 2))[0]
        clause_start = max(clause_start, trigger.start - ANNIVERSARY_REACH)
        if "ذكر" in view[clause_start:trigger.start] and _ANNIVERSARY.search(
                view, clause_start, trigger.start):
            return True  # `تحل اليوم ذكرى التفجير الذي استهدف`: a deed remembered
        for cue in s_cues:
            if cue.value.cue == "since" and cue.norm_end <= trigger.start and tokens_between(
                    view, cue.norm_end, trigger.start) <= SINCE_REACH \
                    and not any(w.removeprefix("ال") in _DAY_PARTS
                                for w in view[cue.norm_end:cue.norm_end + 24].split()[:1]) \
                    and not (fold(cue.value.phrase) == "منذ" and _days_before(view, cue)) \
                    and not _told_afresh(view, cue, trigger) \
                    and not (fold(cue.value.phrase).startswith("بعد") and any(
                        cue.norm_end <= d.start and d.precision == 1 and (
                            d.start < _clause(view, trigger.start)[1]
                            or d.kind == "explicit" and d.start < sentence_end)
                        for d in days)):
                # (`منذ يومين بقصف`: two days ago, no "since"; `بعد أن كانت قد سيطرت أمس
                # الثلاثاء على`, `بعد أيام من سيطرة المقاتلين يوم الاثنين الماضي على`: the
                # deed before, told with a day of its own, is one)
                # `منذ أن سيطرت القوات على`, `بعد أسبوعين من انفجار سيارة مفخخة`: what dates
                # another happening
                return True
            if cue.value.cue != "irrealis" and not (
                    (capture or advance or unharmed) and cue.value.cue == "attempt"):
                continue
            if trigger.payload.event_type == "Battles" and any(
                    fold(cue.value.phrase).startswith(w) for w in _FOILING):
                continue  # `أحبطت وحدات الجيش هجوما للإرهابيين`: an attack beaten off, fought
            if cue.norm_end <= trigger.start and tokens_between(view, cue.norm_end,
                                                                  trigger.start) <= 3 \
                    and not _NO_HARM_TOLD.match(view, cue.norm_end):
                return True
            if cue.value.cue == "irrealis" and cue.norm_end <= trigger.start \
                    and view.startswith("ب", trigger.start) \
                    and fold(cue.value.phrase).lstrip("و") in _THREAT_STEMS \
                    and tokens_between(view, cue.norm_end, trigger.start) <= THREAT_REACH \
                    and " ثم " not in view[cue.norm_end:trigger.start] \
                    and not any(c.value.cue in ("kill", "injure")
                                and cue.norm_end <= c.norm_start < trigger.start for c in s_cues):
                # (not a deed told after it: `هدد الأهالي، ثم قتل ثلاثة بإطلاق النار`)
                return True  # `هددت غرفة عمليات ... في بيان مصور، باستهداف مطار`: the threat
            if cue.value.cue == "irrealis" and cue.norm_end <= trigger.start \
                    and fold(cue.value.phrase).lstrip("و") in _FEAR_VERBS \
                    and _clause(view, cue.norm_end)[1] > trigger.start \
                    and _THAT_WORD.search(view, cue.norm_end, trigger.start):
                return True  # `ويخشى ناشطون أن يستغل النظام الهدنة`: a deed feared
            if cue.value.cue == "irrealis" and cue.norm_start == trigger.start \
                    and cue.norm_end > trigger.end:
                return True  # `للقضاء على الإرهاب`: the trigger opens a phrase of an aim
            if cue.value.cue == "irrealis" and cue.norm_start < trigger.start < cue.norm_end:
                return True  # `كان يعد لتفجير عبوة`: the trigger ends a phrase of a plan
            if capture and cue.value.cue == "attempt" and cue.norm_end <= trigger.start \
                    and tokens_between(view, cue.norm_end, trigger.start) <= ATTEMPT_REACH \
                    and _clause(view, cue.norm_end)[1] > trigger.start:
                # `تحاول قوات النظام مدعومة بغطاء جوي روسي فك الحصار عن`: a verb of trying,
                # its subject between
                return True
            if cue.norm_end <= trigger.start and _clause(view, cue.norm_end)[1] > trigger.start \
                    and (_DENIED_THAT.search(view, cue.norm_end, trigger.start)
                         or fold(cue.value.phrase) in _DENIALS
                         and _DENIED_REPORT.search(view, cue.norm_end, trigger.start)):
                # `نفى مجلس دير الزور العسكري أن تكون قواته قد قصفت`, `نفى مصدر ما أوردته
                # وسائل الإعلام عن سيطرة`
                return True
        return False

    def _without_city_beside_its_quarter(self, view: str, drafts: list[Draft]) -> list[Draft]:
        """`وفي مدينة دوما، قتل ستة مدنيين بغارة استهدفت حي الحجارية`: a city named with
        `مدينة` whose quarter its sentence tells the same happening at, with the dead, only
        says where the quarter is."""
        by_sentence: dict[int, list[Draft]] = {}
        for draft in drafts:
            by_sentence.setdefault(draft.sentence, []).append(draft)
        dropped = set()
        for city in drafts:
            if city.place is None or not self.reader.after_city_noun(view, city.place):
                continue
            if any(quarter is not city and quarter.place is not None
                   and (quarter.event_type, quarter.sub_event_type, quarter.date) == (
                       city.event_type, city.sub_event_type, city.date)
                   and self.reader.named_quarter(view, quarter.place)
                   and _near(city.place, quarter.place, QUARTER_OF_CITY_KM)
                   and not _listed_together(view, city.place, quarter.place)
                   and quarter.fatalities > city.fatalities
                   for quarter in by_sentence[city.sentence]):
                dropped.add(id(city))
        return [d for d in drafts if id(d) not in dropped] if dropped else drafts

    # -- tolls ----------------------------------------------------------------------------
    def _tolls(self, view, sentence, s_cues, s_quant, s_victims, dated: bool, s_triggers=(),
               place_starts: Sequence[int] = ()) -> list[tuple[int, int, int]]:
        """Deaths and injuries reported in a sentence: (view position, count, KILLED or
        INJURED) triples. A count belongs to the nearer of a death word and an injury word
        (`قتل 3 وأصيب 10`)."""
        # (not a killing a charge names: `أعدم شابا بتهمة قتل عنصر`)
        kills = [c for c in s_cues if c.value.cue == "kill"
                 and not _word_before_in(view, c.norm_start, _CHARGES)]
        injures = [c for c in s_cues if c.value.cue == "injure"]
        subsets = [c for c in s_cues if c.value.cue == "subset"]
        risen = {id(q.value) for q in (*s_quant, *s_victims)
                 if _rise_between(view, max(0, q.value.start - TOLL_RISE_WINDOW),
                                  q.value.start) and toll_risen(view, q.value.start)} \
            if _rise_between(view, sentence.start, sentence.end) else set()
        tally_cues = [c for c in s_cues if _tally_cue(view, c)]
        if not kills and not injures and not risen:
            return _death_of_one(view, sentence, s_victims)
        tolls: list[tuple[int, int, int]] = []
        counted: list[tuple[int, int]] = []
        bare = {id(q.value) for q in s_quant}  # counts with no victim noun of their own
        items: list[Quantity] = [q.value for q in s_quant] + [v.value for v in s_victims]
        items.sort(key=lambda q: (q.start, -(q.end - q.start)))
        # things a count may count instead of the dead: weapons, units and places
        # (`خسرت الفصائل ثلاث قرى`)
        things = [c for c in s_cues if c.value.cue in ("air", "ground", "munition", "unit")]
        places = [c for c in s_cues if c.value.cue == "place"]
        for q in items:
            if any(s <= q.start < e for s, e in counted):
                continue
            if _joined_to_one(view, q):
                continue  # `مقتله ومرافقه`: counted with the one the pronoun tells
            if id(q) in bare and (_counts_things(view, q, things)
                                  or _counts_things(view, q, places, of=False)):
                continue  # `اكثر من 300 قذيفة`, `ثلاث قرى`: shells or villages, not the dead
            if view[max(0, q.start - 16):q.start].rstrip().endswith(_TOTAL_OF):
                continue  # `قتل 14 في المزرعة، من أصل 37 قتيلا`: a total, no more dead
            if id(q) in bare and q.text in _OUTLET_NUMBERS and _network_city(
                    view, q.start, self._admin_keys):
                continue  # `شبكة درعا 24`: a news network named by its city, no toll
            if id(q) in bare and q.value == 1 and q.text.split()[-1] in _ONE_WORDS:
                continue  # `من عائلة واحدة`, `بغارة واحدة`: "one" after a noun, no toll
            if id(q) in bare and q.text in _NOUN_ONLY_COUNTS:
                continue  # `غارات على أحياء عدة`: the quarters counted, no dead
            if id(q) in bare and _definite_after_definite(view, q.start):
                continue  # `من الأطراف الثلاثة`: "the three" of a noun of no victim
            if id(q) not in bare and _word_before_in(view, q.start, cue_words("report")):
                continue  # `وقال قائد ميداني إن القصف`: who spoke, not who died
            if id(q) not in bare and _word_before_in(view, q.start, _SHOOTER_BEFORE):
                continue  # `برصاص عنصر من الميليشيا`: who fired, not who died
            if _ONE_OF_THEM.fullmatch(q.text) and any(harm == KILLED for _, _, harm in tolls):
                continue  # `قتل ثلاثة عناصر أحدهم قيادي`: one of the three
            if _OF_THINGS.fullmatch(q.text) or _OF_THINGS_AFTER.match(view, q.end):
                continue  # `بصواريخ سقط أحدها`, `سقط اثنان منها`: of the rockets, no dead
            if any(t.payload.event_type == "Strategic developments" and t.end <= q.start
                   and tokens_between(view, t.end, q.start) == 0 for t in s_triggers) \
                    or _word_before_in(view, q.start, _TAKEN_OR_GATHERED) \
                    or _captured_by_subject(view, q.start) \
                    or _rescued(view, q.start) and not _word_before_in(view, q.start, _BODIES):
                continue  # `قتل عنصر واعتقل خمسة آخرون`, `وأسرت ثلاثة`: the taken, not the dead
            if _word_before_in(view, q.start, _numbers().mourning) \
                    or _mourned_bodies(view, q, kills):
                # `خلال تشييع ثلاثة من قتلى المظاهرات`, `وشيع آلاف جثامين ثلاثة شهداء`: the
                # mourned died before
                continue
            if _word_before_in(view, q.start, _STILL) or _MISSING_AFTER.match(view, q.end):
                continue  # `ولا يزال 5 آخرون تحت الأنقاض`, `و5 مفقودين`: not known dead
            if _NATIONWIDE_AFTER.match(view, q.end) or _NATIONWIDE_BEFORE.search(
                    view, max(sentence.start, q.start - 48), q.start):
                continue  # `قتل 70 شخصا في أنحاء سورية`: the country's tally, no event's dead
            if _protesters(view, q, s_triggers, kills):
                continue  # `نفذ أكثر من ألف شخص اعتصاما احتجاجا على قتل`: who protested
            # `ارتقى 27 مدنيا ...، بينهم 9 في حمورية و6 في سقبا`: the share of each place
            share = id(q) in bare and tolls and _PART_WITH_PLACE.match(view, q.end)
            # (`قتل 29 منهم`: a toll of its own, of the group told before, unless its
            # sentence told the dead it is of: `وانتشلت جثث 5 منهم`; `16 منهم قتلوا في
            # أريحا`: of them, at a place of its own, that place's dead)
            counted_before = _of_them(view, q.end) and not (
                id(q) in bare and _placed_share(view, q, place_starts)) and (
                not any(k.norm_end <= q.start and (
                    tokens_between(view, k.norm_end, q.start) == 0
                    # (`وقضت على ستة منهم`: state media's "wiped out", its dead)
                    or set(view[k.norm_end:q.start].split()) <= _DURING_IT | _WIPED_ON)
                    # (`وأوقعت 5 منهم قتلى`: the dead word right after "of them")
                    or k.norm_start >= q.end and tokens_between(view, q.end, k.norm_start) == 1
                    for k in kills)
                or _word_before_in(view, q.start, _BODIES)
                and any(harm == KILLED for _, _, harm in tolls))
            if (_after_subset(view, q.start, subsets) and not share) or counted_before:
                continue
            kill_distance = _nearest(view, q, kills)
            injure_distance = _nearest(view, q, injures)
            # `وشخص آخر`, `إضافة لمدني آخر`: "another" continues a toll the sentence began
            another = q.text.split()[-1:] and q.text.split()[-1] in _ANOTHER
            # (`استشهد 13 مواطنا ... على مدينة دوما، و3 مواطنين في قصف ... على بلدة كفرزيتا`:
            # the next item of a list of tolls)
            listed = bool(tolls) and (
                _NEXT_ITEM.search(view, max(0, q.start - 4), q.start)
                # (`قتل ما لا يقل عن 9 من قوات النظام و4 مقاتلين`: joined by `و` to the toll
                # counted a few words before)
                or q.value >= 2 and view[max(0, q.start - 2):q.start].strip() == "و"
                and bool(counted)
                and not any(tolls[0][0] < c.norm_start < q.start for c in subsets)
                and tokens_between(view, counted[-1][1], q.start) <= JOINED_TOLL_WORDS)
            # (`ستة من مقاتلي المعارضة وما لا يقل عن تسعة جنود قتلوا`: joined by `و` to
            # the next count, whose death word comes after both)
            joined_next = any(
                r.start > q.end and view[max(0, r.start - 2):r.start].strip() == "و"
                and tokens_between(view, q.end, r.start) <= JOINED_TOLL_WORDS
                and not _opens_next_clause(view, q, kills)
                and (distance := _nearest(view, r, kills)) is not None
                and distance <= KILL_REACH for r in items)
            # (`مقتل 27 عنصرا من قوات النظام ...، بينهم ...، مقابل 18 من مقاتلي التنظيم`: the
            # other side's dead, joined to the toll counted before by a word of "against")
            sided = bool(counted) and _OTHER_SIDE.search(view, max(0, q.start - 40), q.start)
            reach = KILL_REACH_ANOTHER if another or listed or joined_next or sided \
                else KILL_REACH
            injured = injure_distance is not None and injure_distance <= KILL_REACH and (
                kill_distance is None or injure_distance < kill_distance)
            if injured and kill_distance is not None and kill_distance <= reach and \
                    _opens_next_clause(view, q, injures) and not _opens_next_clause(view, q, kills):
                # `وقتلت المعارضة 3 جنود وجرحت آخرين`: the injury word opens the next clause;
                # the count is the object of the death word before it
                injured = False
            elif not injured and injure_distance is not None and injure_distance <= KILL_REACH \
                    and _opens_next_clause(view, q, kills) and not _opens_next_clause(
                        view, q, injures):
                injured = True  # `أصيب 5 أشخاص وقتل آخر`: the five are the wounded
            if injured and listed and tolls[-1][2] == KILLED and injure_distance \
                    and not any(c.norm_end <= q.start and tokens_between(
                        view, c.norm_end, q.start) <= KILL_REACH for c in injures):
                # `استشهاد 17 في تلبيسة، و9 في الرستن، و7 في الزعفرانية، فيما أصيب عشرات`:
                # the next items of a list of the dead, the wounded told after them
                injured = False
            if injured and _killed_and_injured(view, q):
                # `مقتل وجرح عدد من العناصر`: an unnumbered count of dead and wounded holds
                # "several" dead (ACLED's coders read it so)
                injured = False
            if not injured and (kill_distance is None or kill_distance > reach) and not (
                    share and (_after_subset(view, q.start, subsets)
                               or _next_share(view, tolls[-1][0], q.start, items))) \
                    and id(q) not in risen:
                # (`ارتفعت حصيلة المجزرة ... إلى 146 مدنيا`: the count a toll rose to is of
                # the dead, with no death word of its own)
                continue
            clause_start, clause_end = _clause(view, q.start) if tally_cues else (0, 0)
            if any((
                    q.end <= c.norm_start < clause_end
                    and tokens_between(view, q.end, c.norm_start) <= TALLY_CUE_REACH
                    or clause_start <= c.norm_start < q.start and toll_risen(view, q.start))
                   for c in tally_cues):
                # `أكثر من 400 من مقاتليه لاقوا حتفهم منذ بدء الهجوم`, `ليرتفع عدد القتلى منذ
                # بداية الحملة إلى 300`: a tally, no one day's dead
                continue
            if q.value >= CUMULATIVE_COUNT and not dated and not (
                    q.value < MASSACRE_MAX and any(fold(t.payload.phrase) in _MASSACRE
                                                   for t in s_triggers)):
                continue  # `حصد القصف آلاف القتلى`: a war's toll, not one event's
            source = _ANOTHER_SOURCE.search(view, tolls[-1][0], q.start) \
                if not injured and any(harm == KILLED for _, _, harm in tolls) else None
            if source is not None and not another and not any(
                    source.start() <= p < _clause(view, q.start)[1] for p in place_starts):
                # `ما أسفر عن مقتل 5 مدنيين، فيما أفاد المرصد بمقتل 7`: the same dead by
                # another source's count; the lowest stands (ACLED's conservative figure)
                # (not a count at a place of its own: `فيما أعلن الجيش الحر مقتل 7 عناصر في
                # هجوم على حاجز كفربطنا`, another happening)
                last = max(i for i, t in enumerate(tolls) if t[2] == KILLED)
                if q.value < tolls[last][1]:
                    tolls[last] = (tolls[last][0], q.value, KILLED)
                counted.append((q.start, q.end))
                continue
            value = q.value
            if not injured and not any(harm == KILLED for _, _, harm in tolls) and \
                    _others_with_one_named(view, q, kills):
                value += 1  # `قتل القيادي X مع ثلاثة عناصر آخرين`: he and the three
            tolls.append((q.start, value, INJURED if injured else KILLED))
            counted.append((q.start, q.end))
        if not any(harm == KILLED for _, _, harm in tolls):
            # `سقط قتلى وجرحى`, `بسقوط قتلى`: dead with no number are "several" dead
            for m in _UNNUMBERED_DEAD.finditer(view, sentence.start, sentence.end):
                if not any(s <= m.start() < e for s, e in counted) and not any(
                        q.value.end == m.start() - 1 for q in s_quant) and not any(
                        # (`ولم ترد أنباء عن وقوع قتلى`: no word of any)
                        c.value.cue == "irrealis" and c.norm_end <= m.start()
                        and tokens_between(view, c.norm_end, m.start()) <= 1 for c in s_cues):
                    tolls.append((m.start(), SEVERAL, KILLED))
                    break
        if not any(harm == KILLED for _, _, harm in tolls):
            tolls.extend(_death_of_one(view, sentence, s_victims))
        tolls = _risen_total(view, tolls)
        return _without_split_totals(
            view, _split_by_place(view, tolls, items, counted, subsets, bare, place_starts),
            items, place_starts)

    # -- drafts ---------------------------------------------------------------------------
    def _drafts(self, view, doc, frame: Frame, s_cues, s_actors, tolls, date,
                sentence_places: list[PlaceMention],
                sentence_owners: dict[int, PlaceMention | None], relaxed: bool = False,
                unarmed_victims: bool = False, entered_unfought: bool = False) -> list[Draft]:
        sentence = frame.sentence
        flags: set[str] = set()
        concrete = _concrete(frame, date, tolls)
        event_places = [p for p in frame.places if p.role == "place"]
        precise = [p for p in event_places if not _broad(p)]
        inner = [p for p in precise if p.key not in self._admin_keys]
        if inner:
            # `وفي مدينة حمص، تعرض حي الوعر لقصف`: a governorate's city beside a place in or
            # near it only says where that place is
            # (not a town listed with them, or with a town listed with them, as one more
            # target: `مدينة معرة النعمان وبلدتي تلمنس وجرجناز`, `بلدات القريا وشهبا وصلخد`)
            # (nor a seat given a toll of its own: `استشهد 4 في بلدة كفرنبل و3 في مدينة معرة
            # النعمان`)
            tolled = {id(owner) for position, owner in sentence_owners.items()
                      if owner is not None and position < owner.start
                      and tokens_between(view, position, owner.start) <= 4}
            precise = [p for p in precise if p.key not in self._admin_keys
                       or not any(_near(p, q) for q in inner)
                       or any(_listed_together(view, p, q) for q in precise if q is not p)
                       or id(p) in tolled]
        countryside_of = [p for p in precise if _after_head(view, p.start, _COUNTRYSIDE_HEADS)]
        if countryside_of and len(countryside_of) < len(precise):
            # `قصفت المدفعية قرى في ريف تل رفعت، بينها قرية الشيخ عيسى`: the town whose
            # countryside was hit only locates the villages named in it
            precise = [p for p in precise if p not in countryside_of]
        if precise:
            # `قرى جبل الزاوية ... بقرية الموزرة`: the most precise places the text names
            event_places = precise
        if event_places and all(self.reader.bare_capital(view, p) for p in event_places) and \
                not concrete and not any(t.payload.strong and t.payload.sub_event_type
                                         in _TERRITORY for t in frame.triggers):
            # `معارك في حلب`: a governorate's name alone is as often the governorate as its
            # city; like a region, it needs a concrete happening to be reported (a capture is
            # one: no one takes a governorate in a day, `سيطرت قسد على الرقة` took the city)
            if relaxed:
                flags.add("bare_capital")
            else:
                event_places = []
        roads = [p for p in frame.places if p.on_road and p.place is not None]
        if not event_places and roads and not all(
                (p.place.capital_level or 9) <= 1 for p in roads):  # type: ignore[union-attr]
            # (a highway between governorates' capitals, `أوتوستراد دمشق – حمص`, is no
            # nearer one than the other)
            # `انفجار على طريق القامشلي – عامودا`: a road between towns and no other place is
            # near the town it is named after that is the greater seat, else a town over a
            # crossing or a hamlet (the first, of equals; ACLED's "near the town")
            road = min(roads, key=_road_town_rank)
            road.outskirts = True
            event_places = [road]
        regions = [p for p in frame.places if p.role in ("region", "qualifier")]
        if not event_places and (concrete or relaxed):
            if not concrete:
                flags.add("vague_region")
            # only a region is named: report it at governorate level, but only for a
            # concrete happening (a strong trigger with its own day or a toll), since a
            # sentence that names no place is more often a summary than a report
            # (one event per governorate: `في دير الزور والحسكة والرقة` names three)
            by_admin1 = {p.admin1: p for p in reversed(regions) if p.role == "region"}
            event_places = list(reversed(by_admin1.values()))
        if not event_places:
            if not relaxed:
                return []
            flags.add("no_place")  # kept only where the whole report names no place
        actor1, actor2 = self._actors(view, frame, s_actors, s_cues, doc.published)
        if actor1 is None and any(_unnamed_armed_men_after(view, t) for t in frame.triggers):
            actor1 = _UNIDENTIFIED
        # the sentence's victims are civilians: a cue (`مدنيين`, `منازل`) or a victims.csv
        # noun of an unarmed kind (`ناشطة`, `صحفي`, `مسعف`)
        civilian = _has(s_cues, "civilian") or unarmed_victims or actor2 == CIVILIANS
        if civilian and actor2 is None:
            actor2 = CIVILIANS
        kinds: dict[tuple[str, str], Match[TriggerEntry]] = {}
        guessed: set[str] = set()  # sub-event types read from a bare strike or blast word
        told: set[str] = set()  # ... read from a weapon word right beside a bare strike word
        resolved: list[tuple[str, str, Match[TriggerEntry]]] = []
        for t in frame.triggers:
            entry = t.payload
            event_type, sub = entry.event_type, entry.sub_event_type
            # a foreign army's capture is no government's regaining of its territory; a group
            # that governs its ground arrests (ACLED's de facto authorities)
            states = self.government_side if sub == REGAINS else self.authorities
            state = actor1 in states if actor1 else True
            if entry.nonstate_event_type and not state:
                event_type, sub = entry.nonstate_event_type, entry.nonstate_sub_event_type
            resolved.append((event_type, sub, t))
        named_weapons = [sub for event_type, sub, _ in resolved
                         if event_type == "Explosions/Remote violence" and sub in (AIR, SHELLING)]
        motives = _motive_reaches(view, frame.sentence, s_cues)
        # `اقتحمت قوات الأمن بلدة بنش وسط حملة دهم واعتقالات`: a storming told with an arrest
        # raid, and no death, is the raid; no fight of its own
        # (or to burn and loot: `اقتحمت قوات النظام بلدة كفرزيتا وأحرقت عدداً من المنازل`)
        raid = not _has(s_cues, "kill") and any(
            sub in ("Arrests", "Looting/property destruction") for _, sub, _ in resolved) \
            or any(sub in _FORCE_ON_PROTESTS for _, sub, _ in resolved)
        # (and a storming to fire on protesters is that force: `اقتحمت قوات الأمن الجامع
        # العمري وأطلقت النار على المعتصمين`)
        unfought = _WITHOUT_FIGHT.search(view, frame.sentence.start, frame.sentence.end) if any(
            sub in _TERRITORY for _, sub, _ in resolved) else None
        # (`دخلت دبابات إسرائيلية بلدة الحميدية`: a foreign army that moves into ground no one
        # fights it for, told with no fight and no dead)
        fought = _has(s_cues, "kill") or any(
            t.payload.event_type != "Strategic developments"
            and t.payload.sub_event_type not in _TERRITORY
            for t in frame.triggers) if actor1 and fold(actor1) in _UNFOUGHT_TAKERS else True
        for event_type, sub, t in resolved:
            if raid and event_type == "Battles" and fold(t.payload.phrase) in _STORMING:
                continue
            if sub == "Disrupted weapons use" and _FOILED_ASSAULT.match(view, t.end):
                # `أحبطت وحدات من الجيش محاولة تسلل مجموعة إرهابية`: an assault beaten off
                # is a fight, no bomb defused
                event_type, sub = "Battles", "Armed clash"
            if sub in _TERRITORY and (unfought is not None
                                      or entered_unfought and not t.payload.strong
                                      or not fought):
                # `دخلت قسد بلدة الصبحة دون قتال بعد انسحاب مسلحي العشائر منها`: ground taken
                # without a fight changed hands, no battle
                event_type, sub = "Strategic developments", "Non-violent transfer of territory"
            if sub == "Attack" and fold(t.payload.phrase) in _MASSACRE and (
                    AIR in named_weapons if named_weapons else _weapon(view, t, s_cues) == AIR):
                # `ارتكب الطيران الروسي مجزرة في كفرنبل`: a massacre by aircraft is their air
                # strike (on civilians)
                event_type, sub = "Explosions/Remote violence", AIR
            if sub == UNDECIDED_STRIKE and (
                    view.startswith("وقصف", t.start) and any(
                        other_sub == AIR and other.end <= t.start
                        and tokens_between(view, other.end, t.start) <= 1
                        for _, other_sub, other in resolved)
                    or _SEQUENCE_BEFORE.search(view, max(0, t.start - 16), t.start)
                    and _weapon(view, t, s_cues, clause_only=True) is None and any(
                        c.value.cue == "air" and c.norm_end <= t.start for c in s_cues)) \
                    and not _weapon_beside(view, t, s_cues):
                # `لغارات جوية وقصف عنيف`, `براميل على أم ولد، سبقه قصف على الكرك`: a bare
                # strike word joined to an air strike, or told before or after it, names the
                # other kind, the ground's
                sub = SHELLING
                told.add(sub)
            if sub == UNDECIDED_STRIKE and (
                    _SMALL_ARMS.search(view, *_clause(view, t.start, NEAR))
                    or _shot_with(view, t, s_cues)) \
                    and _weapon(view, t, s_cues, clause_only=True) is None:
                continue  # `استهدف قناص شابا وأرداه قتيلا`: a shot, no strike
            if sub == UNDECIDED_STRIKE:
                # `استهداف مقرات النظام براجمات الصواريخ`: the weapon its own clause names,
                # else the one another trigger of the frame names (`لقصف عنيف بقذائف
                # الدبابات`), else the sentence's weapon words
                # (not by the weapon of the happening it answered: `قصفت الفصائل الفوعة ردا
                # على قصف الطيران لكفرنبل`)
                own = [c for c in s_cues if not any(
                    start <= c.norm_start < end and not start <= t.start < end
                    for start, end in motives)]
                sub = _weapon(view, t, own, clause_only=True) or (
                    named_weapons[0] if named_weapons else _weapon(view, t, own))
                if sub is None:
                    # (a force that strikes from the air: `نفذت قوات التحالف ضربات`)
                    sub = AIR if actor1 and fold(actor1) in _AIR_FORCES else SHELLING
                    guessed.add(sub)
                elif _weapon_beside(view, t, s_cues):
                    told.add(sub)  # `غارات جوية وقصف مدفعي`: two strikes, each its weapon
                joined = _joined_weapons(view, t, own)
                if sub in joined:
                    # `قصفت قوات النظام بالمدفعية والطيران`: one verb, two weapons, two strikes
                    told |= joined
                    for other in joined - {sub}:
                        kinds.setdefault((event_type, other), t)
            kinds.setdefault((event_type, sub), t)
        blast = ("Explosions/Remote violence", UNDECIDED_BLAST)
        if blast in kinds:
            # `انفجار` names the bang, not the weapon: a strike or shell in the same frame
            # is its cause; alone it is a planted explosive
            trigger = kinds.pop(blast)
            if not any(k[0] == "Explosions/Remote violence" and k[1] not in guessed
                       for k in kinds):
                # only a bare strike word beside it (`بتفجير استهدف السوق`): no weapon is
                # named but the blast, a planted explosive
                for kind in [k for k in kinds if k[0] == "Explosions/Remote violence"]:
                    kinds.pop(kind)
                    guessed.discard(kind[1])
                kinds[("Explosions/Remote violence", IED)] = trigger
                guessed.add(IED)
        explosions = [k for k in kinds if k[0] == "Explosions/Remote violence"]
        if len(explosions) > 1 and (("Explosions/Remote violence", SHELLING) in kinds) and (
                kinds[("Explosions/Remote violence", SHELLING)].payload.sub_event_type
                == UNDECIDED_STRIKE) and SHELLING not in told:
            kinds.pop(("Explosions/Remote violence", SHELLING))
            guessed.discard(SHELLING)
        strike = kinds.get(("Explosions/Remote violence", SHELLING))
        if strike is not None and SHELLING in guessed and any(
                (event_type, sub) in (("Violence against civilians", "Attack"),
                                      ("Battles", "Armed clash"))
                and _clause(view, t.start) == _clause(view, strike.start)
                and ((event_type == "Battles" or not t.payload.strong)
                     and view.startswith("ب", t.start)
                     or event_type == "Battles" and t.payload.strong and not strike.payload.strong)
                for event_type, sub, t in resolved):
            # `استهدف مجهولون بالرصاص سيارة`: a target fired at with bullets, not shelled
            # (also after a stronger word of the killing: `اغتال ... عبر استهدافه بالرصاص`);
            # `دمرت وحدات من الجيش أوكارا`: a weak strike word beside a fight is that fight
            kinds.pop(("Explosions/Remote violence", SHELLING))
            guessed.discard(SHELLING)
        # (not a strike the attack came under the cover of: `هاجمت ... قرى العمارنة بغطاء
        # مدفعي كثيف`, a ground attack and its shelling)
        strike_clauses = {_clause(view, v.start) for k, v in kinds.items()
                          if k[0] == "Explosions/Remote violence"
                          and not _word_before_in(view, v.start, _COVER_NOUNS)}
        if strike_clauses:
            # `مجازر ... بالبراميل`, `هجوم ... بالصواريخ`: a loose word for an attack or a
            # massacre beside a named strike is that strike, not another event; in a clause
            # of its own it tells its own (`، في الوقت الذي تجري فيه معارك عنيفة`)
            kinds = {k: v for k, v in kinds.items()
                     if k[0] == "Explosions/Remote violence" or v.payload.strong
                     or k[1] in _TERRITORY or _clause(view, v.start) not in strike_clauses}
        if any(k[0] in VIOLENT_TYPES or k[1] == "Arrests" for k in kinds):
            # `قتل عنصر انضم إلى اللواء الثامن بعد اتفاق التسوية`: a loose word for a deal
            # beside a killing (or an arrest: `اعتقلت ستة بينهم اثنان من حملة بطاقات
            # التسوية`) recalls one, it reports none
            kinds = {k: v for k, v in kinds.items()
                     if k[0] != "Strategic developments" or v.payload.strong}
        if any(k[1] in _TERRITORY for k in kinds):
            # `سيطرت على قريتي الفرجة وأم جلال، وسط قصف جوي ومدفعي`, `دخلت بلدات اللطامنة
            # وكفرزيتا إثر معارك عنيفة وقصف مكثف استمر أياما`: the strikes the capture went
            # with or came after, harming no one told, were its way
            kinds = {k: v for k, v in kinds.items()
                     if k[0] != "Explosions/Remote violence" or not (
                         any(c.value.cue == "amid" and c.norm_end <= v.start
                             and tokens_between(view, c.norm_end, v.start) <= AMID_REACH
                             for c in s_cues) or _CAPTURE_CAUSE.search(
                             view, max(0, v.start - CAPTURE_CAUSE_CHARS), v.start))
                     or any(c.value.cue == "kill" and c.norm_start > v.end
                            and _clause(view, c.norm_start) == _clause(view, v.start)
                            for c in s_cues)}
        if any(k[0] == "Battles" for k in kinds):
            # `أحبطت وحدات من الجيش محاولة مجموعات التسلل باتجاه المطار، وقضت على العشرات`:
            # the try foiled was an assault, fought; no weapon's use disrupted
            kinds = {k: v for k, v in kinds.items() if k[1] != "Disrupted weapons use"
                     or v.payload.then != _ATTEMPT_NOUN}
        list_members = _list_members(view, event_places)
        # the sentence's owners are the same for every frame: the caller works them out once
        owners = sentence_owners if sentence_places else _toll_owners(
            view, [t[0] for t in tolls], event_places)
        drafts = []
        # several ways of harm in one frame (`غارتين ... أسفرت عن أربعة شهداء، تلاه سقوط
        # قذائف`): each toll is the strike's told just before it
        toll_kind = {position: _toll_kind(position, kinds) for position, _, _ in tolls}
        # `اشتباكات وسط غارات جوية، ما أدى لمقتل 10`: what went along with the main happening
        # does not take the sentence's toll
        amid = {k for k, t in kinds.items() if _told_as_amid(view, t, s_cues)}
        if all(k in amid or k == ("Battles", "Armed clash")
               and fold(t.payload.phrase) in _RAIDS for k, t in kinds.items()):
            # (nor beside a storming alone, the way in of what it went with: `اقتحمت قوات
            # الأمن البلدة وسط إطلاق نار كثيف، ما أدى إلى مقتل شاب`)
            amid = set()
        elif not tolls:
            # `اقتحمت قوات الأمن البلدة وسط إطلاق نار كثيف، واعتقلت عشرات الشبان`: the
            # shooting that went along with a raid, harming no one told, is its manner
            kinds = {k: v for k, v in kinds.items() if k not in amid or v.payload.strong
                     or k[0] != "Violence against civilians"}
        day = _day_of(date) if date else doc.published
        head_clause = _clause(view, frame.head.start)
        for (event_type, sub), trigger in kinds.items():
            default_actor = trigger.payload.default_actor1 or None
            # `دارت معارك ... بين قوات النظام وحزب الله، حيث قصفت فصائل المعارضة تجمعا
            # لهم`: a strike in a clause of its own has the subject that clause names
            # (a verb whose deed's word follows past a time set off by commas, `صدت الفصائل،
            # فجر أمس، هجوما`, reaches into that word's clause)
            subject = None if sub in _TERRITORY or _clause(view, trigger.start) == head_clause \
                or trigger.payload.then else _subject_after(view, trigger, s_actors)
            if sub in _TERRITORY and _after_relative(view, trigger.start) \
                    and (_ON_IT.match(view, trigger.end)
                         or view[trigger.start:trigger.end].endswith(_OBJECT_PRONOUNS)):
                # `بلدة اللطامنة التي سيطرت عليها الفصائل يوم أمس`, `التي حررها الجيش`: the
                # relative clause's own subject took the place its pronoun names
                on_it = _ON_IT.match(view, trigger.end)
                subject = _subject_after(view, trigger._replace(
                    end=on_it.end() if on_it else trigger.end), s_actors)
            for place in event_places or [None]:
                a1, a2, held = actor1 or _default_at(default_actor, place), actor2, None
                if event_type == "Protests" and sub != EXCESSIVE_FORCE and default_actor \
                        and a1 is not None and a1 != default_actor:
                    # `فرقت قوات الأمن مظاهرة`: the protesters protested; the force that
                    # met them is the other side (ACLED's actor2), and the regime a
                    # protest calls to fall is none (`تطالب بإسقاط النظام`); so is a
                    # group it called on (`مظاهرات طالبت الفصائل بوقف الاقتتال`)
                    a1, a2 = default_actor, (a1 if sub != PEACEFUL_PROTEST else a2)
                elif sub == EXCESSIVE_FORCE and a1 != PROTESTERS:
                    # `أطلقت قوات الأمن النار على المتظاهرين`: coded as the protesters', with
                    # the force that fired on them as the other side (the gold's way)
                    a1, a2 = PROTESTERS, a1
                if subject is not None and subject != actor1 and not frame.repelled:
                    a1, a2 = subject, (actor1 if actor2 in (None, subject) else actor2)
                    if sub in _TERRITORY:
                        # (who took it decides whether it was regained or overtaken)
                        event_type, sub = taking_kind(event_type, sub, a1)
                    if sub == EXCESSIVE_FORCE:
                        a1, a2 = PROTESTERS, subject  # (the force that fired is the other side)
                if sub == AIR and trigger.payload.sub_event_type == AIR and a1 is not None \
                        and a1 not in self.states and default_actor in self.states \
                        and not any(a.value.actor == a1 and not _AIR_WORDS.isdisjoint(
                            fold(a.value.phrase).split()) for a in s_actors):
                    # `اشتباكات بين الفصائل وقوات النظام وسط قصف جوي`: only states fly (a
                    # drone's word names no flyer of its own); a group with no aircraft the
                    # sentence names was bombed, by the state it names, else the word's
                    flyer = next((a.value.actor for a in s_actors
                                  if a.value.actor in self.states), None)
                    a1, a2 = flyer or default_actor, a1
                if actor1 is None and place is not None and sub not in (AIR, IED, SUICIDE) and \
                        event_type in ("Battles", "Explosions/Remote violence"):
                    # the sentence names nobody: whoever held the place did not fire on it
                    # (a bomb planted there is anyone's: ACLED's unidentified group unless
                    # claimed)
                    held = holder_on(place.key, place.admin1, day)
                    if held is not None:
                        a1, a2 = held.opponent, a2 or held.holder
                deaths = 0
                place_deaths = 0  # what the frame says died there, whichever kind
                injuries: int | None = None
                for position, count, harm in tolls:
                    if event_type == "Protests" and (_PROTEST_REASON.search(
                            view, sentence.start, position) or _PROTEST_SPARK.search(
                            view, max(sentence.start, position - 24), position)):
                        # `اعتصاما احتجاجا على قتل العقيد`, `اندلعت إثر مقتل عقيد`: why
                        # they protested
                        continue
                    owner = owners.get(position)
                    told_after_pair = (
                        owner is not None and id(owner) in list_members
                        and owner.end < position
                        and tokens_between(view, owner.start, position) > 3)
                    if told_after_pair:
                        # `قصف قريتي كفريا والفوعة ...، ما أدى لمقتل عدد من`: the pair's toll,
                        # given once, to its first (as one said before the pair is)
                        owner = list_members[id(owner)]
                    each = owner is not None and place is not None and id(owner) in \
                        list_members and _EACH_OF.match(view, position, owner.start)
                    if each and count == 1 and list_members.get(id(place)) is \
                            list_members[id(owner)]:
                        # `شهيد في كل من كفرنبل ومعرة حرمة`: one dead in each of them
                        owner = place
                    if place is None or owner is place and (
                            len(sentence_places) <= 1 or id(place) not in list_members
                            or (position < place.start and (
                                len(list_members) <= 2 or len(list_members) <= SHORT_LIST
                                and ":" not in view[position:place.start]))
                            or told_after_pair or each
                            or tokens_between(view, min(position, place.start),
                                              max(position, place.start)) <= 3):
                        if harm == INJURED:
                            injuries = (injuries or 0) + count
                        elif count <= place_deaths and _PART_OF_THEM.match(view, position):
                            # `12 شهيدا: سبعة منهم في مدينة موحسن`: a part of the toll told
                            # before, at the same place, is no more dead
                            continue
                        else:
                            place_deaths += count
                            if toll_kind[position] in (None, (event_type, sub)) and \
                                    (event_type, sub) not in amid:
                                deaths += count
                if event_type == "Strategic developments" or sub in _NOT_KILLING and any(
                        k[0] != "Strategic developments" and k[1] not in _NOT_KILLING
                        for k in kinds):
                    # `قتل عنصر واعتقل آخرون`, `قتلوا 19 مدنيا، واختطفوا عددا آخر`: the dead
                    # belong to the fighting or the killing
                    deaths = 0
                kind = sub
                if sub == PEACEFUL_PROTEST and deaths:
                    # `قتلوا في مظاهرات`: a protest where people died met force (ACLED)
                    kind = EXCESSIVE_FORCE
                drafts.append(Draft(
                    event_type, kind, place if place and place.role != "region" else None,
                    place.admin1 if place else None,
                    day,
                    date.precision if date else 2, a1,
                    a2 if a2 != a1 else None, deaths, injuries,
                    civilian and event_type in ("Explosions/Remote violence",
                                                "Violence against civilians"),
                    [(sentence.start, sentence.end)],
                    [f"trigger:{trigger.payload.phrase}",
                     f"place:{place.how if place else 'none'}",
                     *(["actor:held"] if held else []),
                     *([_DEFAULT_ACTOR] if actor1 is None and subject is None and not held
                       and a1 is not None else [])],
                    sub in guessed,
                    flags=set(flags),
                    tolls=len(tolls),
                    trigger=(trigger.start, trigger.end),
                    in_list=place is not None and id(place) in list_members,
                    places_in_frame=len(event_places),
                    place_deaths=place_deaths,
                ))
                if place is not None and place.role == "region":
                    drafts[-1].place = place
        return drafts

    def _counterpart(self, actor: str, published: dt.date | None) -> str | None:
        """The other side of the war for `actor` when the report was published: the latest
        row of actor_counterparts.csv that holds then."""
        rows = self.counterparts.get(actor, ())
        return next((side for since, side in reversed(rows)
                     if since is None or published is None or published >= since), None)

    def _actors(self, view, frame: Frame, s_actors, s_cues, published: dt.date | None = None
                ) -> tuple[str | None, str | None]:
        """Who did it, to whom, read the way Arabic news marks the roles:

        - `من قبل X` / `على يد X` after the trigger names the agent of a passive;
        - an actor straight after the trigger is its subject or genitive agent (`قصفت قوات
          النظام`, `غارات الطيران الروسي`);
        - otherwise the nearest actor before the trigger in its clause, then in the sentence;
        - an actor after `على`, `ضد` or with the clitic `لـ` (`لقوات الأسد`) is the target,
          one after `المدعوم من` / `بدعم` only a backer.
        """
        trigger = frame.head
        # (not whom a charge names: `أعدم التنظيم شابين بتهمة التعامل مع التحالف`)
        roles = [(a.norm_start, a.norm_end, a.value,
                  actor_role(view, a.norm_start, a.value.phrase)) for a in s_actors
                 if not _charged_with(view, a.norm_start)]
        if trigger.payload.sub_event_type in _TERRITORY:
            # `تحرير قرية الفاطسة من مرتزقة داعش`: whom a place was taken from lost it
            roles = [(*r[:3], "target") if r[3] == "plain" and r[0] > trigger.end
                     and _taken_from(view, r[0]) else r for r in roles]
        if trigger.payload.event_type == "Battles":
            # `استمرت الاشتباكات في كباني، وتخللها قصف من الطيران الروسي`: an air force
            # bombed beside the fight; it fought no one on the ground
            roles = [r for r in roles if not air_force_named(view, r[0], r[1])]
        if trigger.payload.sub_event_type == "Disrupted weapons use":
            # `إسقاط طائرة مسيرة لقوات النظام`: whose plane was downed is the target
            roles = [(*r[:3], "target") if r[3] == "agent" and r[0] >= trigger.end else r
                     for r in roles]
        roles = joined_targets(view, [r for r in _glossed(view, roles) if r[3] != "backer"])
        clause_start, clause_end = _clause(view, trigger.start)
        # (the attack may stand past a time set off by commas: `صدت الفصائل، فجر أمس، هجوما`)
        repelled = _repelled_attack(
            view, roles, clause_start, max(frame.sentence.start, trigger.start - NEAR),
            min(frame.sentence.end, trigger.end + NEAR))
        if repelled is not None:
            frame.repelled = True
            return repelled
        # (a nation's adjective widened over the strike word it follows, `30 غارة روسية`,
        # holds the trigger)
        agents = [r for r in roles if r[3] == "agent" and (
            trigger.end <= r[0] < clause_end or r[0] <= trigger.start < trigger.end < r[1]
            # (or whom a monitor believes struck, told after: `رجح المرصد أن تكون من طائرات
            # التحالف`)
            # (in the trigger's clause or the one right after it)
            or trigger.end <= r[0] and _hedged(view, r[0])
            and _clause(view, r[0])[0] <= _clause(
                view, min(clause_end + 2, len(view) - 1))[1])] or [
            # `بغارة لطائرة مسيرة تركية استهدفت مواقع`: the agent right after another word
            # of the same happening
            # (past the verb of doing it: `هجمات شنها تنظيم الدولة بعربات مفخخة`)
            r for r in roles if r[3] == "agent" and any(
                t.end <= r[0] and _agent_after(view, t, r[0], trigger) for t in frame.triggers)]
        # the subject follows the first verb of the clause (`قصفت فصائل المعارضة بالصواريخ
        # مواقع قوات النظام`), not a later weapon word
        verbs = sorted((t for t in frame.triggers if clause_start <= t.start < clause_end),
                       key=lambda t: t.start) or [trigger]
        # (`بقصف مدفعي تركي`: the nation's gun, read with the trigger's weapon word, is after
        # it too)
        # (`سيطرت قسد على الباغوز بعد اشتباكات مع تنظيم داعش`: the side a later word of the
        # clause fought `with` is not the subject of its first verb)
        # (not after a trigger that ends in its preposition: `هجوما واسعا على مراكز قوات
        # النظام`, the side attacked)
        after = next(([r] for t in verbs for r in roles
                      if (r[0] >= t.end or r[0] < t.end < r[1] or t.start < r[0] < t.end)
                      and r[3] == "plain" and not t.payload.phrase.endswith(" على")
                      and tokens_between(view, t.end, max(r[0], t.end)) <= 2
                      and not _object_of(view, t, max(r[0], t.end), r[2])
                      # (`خاضت وحدات حماية الشعب اشتباكات مع تنظيم داعش`: the subject right
                      # before the fight, the side it fought after `مع`)
                      and (t is verbs[0] and not (_fought_with(view, r[0]) and any(
                          b[1] <= t.start and b[0] >= clause_start and b[3] in ("plain", "agent")
                          and tokens_between(view, b[1], t.start) <= SUBJECT_BEFORE_FIGHT
                          for b in roles))
                           or not _fought_with(view, r[0]))), [])
        first = verbs[0]
        # `غداة سيطرته على`, `أعلن تنظيم داعش سيطرته على`: the pronoun on the verbal noun is
        # the actor's named before it (also the one who announces it), and so is the one who
        # says it did it (`قالت قسد إنها استعادت`)
        # (and the one who announces a capture made it: `أعلنت القيادة العامة للجيش، بعد
        # معارك مع تنظيم داعش، استعادة السيطرة على تدمر`, not the side it fought)
        anchor = first if _own_act(view, first) or _said_of_itself(view, first) else next(
            (t for t in frame.triggers if _announced(view, t)), None)
        own = [r for r in roles if anchor is not None and r[1] <= anchor.start
               and r[0] >= frame.sentence.start and r[3] in ("plain", "agent", "speaker")
               and not _fought_with(view, r[0])][-1:]
        before = [r for r in roles if r[1] <= first.start and r[3] in ("plain", "agent")]
        in_clause = [r for r in before if r[0] >= clause_start]
        if after and agents and after[0][0] < agents[0][0] and not " ".join(
                view[max(0, agents[0][0] - 16):agents[0][0]].split()[-2:]).endswith(_BY):
            # `استهدفت مسيرات إسرائيلية دبابات للجيش السوري`: the subject right after the verb
            # fired; the gun of another force named later is its target
            agents = []
        chosen = agents or own or after or in_clause[-1:]
        if not chosen and before and before[-1][0] >= frame.sentence.start and \
                _TIME_BETWEEN_COMMAS.fullmatch(view, before[-1][1], first.start):
            # `شنت قسد، فجر اليوم الثلاثاء، حملة دهم واعتقالات`: the subject, a time phrase
            # between commas, then what it did
            chosen = before[-1:]
        if not chosen and before and before[-1][0] >= frame.sentence.start and any(
                t.end <= before[-1][0] and tokens_between(view, t.end, before[-1][0]) <= 1
                for t in frame.triggers) and _TIME_THEN_COMMA.fullmatch(
                    view, before[-1][1], first.start):
            # `استهدف مقاتلو فيلق الرحمن صباحا، بقذائف الهاون، تجمعات`: the subject of the
            # verb before it, a time phrase and its comma, then the weapon it fired
            chosen = before[-1:]
        if not chosen and before and before[-1][0] >= frame.sentence.start \
                and first.start <= clause_start + 1 \
                and view[first.end:first.end + 12].split()[:1] in ([w] for w in _DURING_IT):
            # `شنت الهيئة حملة أمنية في سرمدا، اعتقلت خلالها ستة`: what was done during the
            # campaign the clause before told, by its doer
            chosen = before[-1:]
        if not chosen and any(t.payload.sub_event_type == AIR or (
                t.payload.sub_event_type == UNDECIDED_STRIKE
                and _weapon(view, t, s_cues, clause_only=True) == AIR) for t in frame.triggers):
            # across the commas of a time phrase (`شن الطيران الحربي الروسي، يوم أمس،
            # غارات`): an air force named before the air strike in its sentence flew it
            air_at = sorted(c.norm_start for c in s_cues if c.value.cue == "air")
            chosen = next(([r] for r in reversed(before) if r[0] >= frame.sentence.start
                           and bisect.bisect_left(air_at, r[0]) < len(air_at)
                           and air_at[bisect.bisect_left(air_at, r[0])] < r[1]), [])
        if not chosen and before and before[-1][0] >= frame.sentence.start \
                and _joined_verb(view, first, frame.sentence.start):
            # `قصفت الفصائل مواقع النظام في الحويز، واستهدفت تجمعاتها في كرناز`: a verb joined
            # to the one before with its subject left out shares that subject, whatever
            # actor the verb alone would imply
            chosen = before[-1:]
        if not chosen and not any(t.payload.default_actor1 for t in frame.triggers) \
                and not _FORCES_TOLD.match(view, first.end + 1):
            # an actor from another clause only when the trigger implies none itself (barrel
            # bombs and air raids are the air force's unless the clause says otherwise), nor
            # names its subject as "the forces" told before (`دخلت القوات بلدة لطمين ... إثر
            # معارك مع هيئة تحرير الشام`: not the side they fought)
            chosen = before[-1:] or [r for r in roles if r[3] == "plain"][:1]
        allies = _coordinated(view, roles, chosen[0]) if chosen else []
        if allies and chosen and chosen[0] is not allies[0] and chosen[0][1] <= first.start:
            # `شنت قوات النظام وميليشيا حزب الله هجوما`: the first of the joined subjects
            chosen = allies[:1]
        actor1 = chosen[0][2] if chosen else None
        # `قصفت قوات النظام وحزب الله`: the actors joined to actor1 fought on its side
        same_side = {r[2].actor for r in allies}
        targets = [r[2].actor for r in roles if r[3] == "target"
                   and (actor1 is None or r[2].actor != actor1.actor)]
        hit = [r[2].actor for r in roles if r[3] == "target"
               and clause_start <= r[0] < clause_end
               and not any(tokens_between(view, t.end, r[0]) == 0 for t in frame.triggers)]
        if actor1 is None and hit and self._counterpart(hit[0], published) and all(
                t.payload.event_type == "Explosions/Remote violence"
                and t.payload.sub_event_type not in (AIR, IED) for t in frame.triggers):
            # `قذائف سقطت على بلدتين موالية للنظام`: the clause says whose ground was hit
            # and by nobody: the other side fired (only the regime's side flies, so never
            # for an air strike; `قصف لقوات الأسد` right after the strike is its agent; a
            # bomb planted for a force's car is anybody's, ACLED's unidentified group)
            return self._counterpart(hit[0], published), hit[0]
        victims = [r[2].actor for r in roles if r[3] == "target"
                   and clause_start <= r[0] and r[1] <= first.start]
        if actor1 is None and victims and self._counterpart(victims[0], published) and all(
                t.payload.event_type in ("Battles", "Explosions/Remote violence")
                and t.payload.sub_event_type not in (AIR, IED)
                and t.payload.default_actor1 in ("", victims[0])
                and _weapon(view, t, s_cues, clause_only=True) != AIR for t in frame.triggers) \
                and (all(t.payload.default_actor1 == victims[0] for t in frame.triggers)
                     or all(r[2].actor == victims[0] for r in roles)):
            # `قتل 5 عناصر من قوات النظام بقصف`, `... بكمين قرب طفس`: the dead, told before
            # the deed, were of the force a strike word would default to, or of the only side
            # the sentence names; the other side of the war fought them
            return self._counterpart(victims[0], published), victims[0]
        others = [r[2].actor for r in roles if (actor1 is None or r[2].actor != actor1.actor)
                  and r[2].actor not in same_side]
        if actor1 is not None and trigger.payload.event_type == "Battles":
            # `بين قوات النظام مدعمة بـ... وعناصر من حزب الله من طرف، والكتائب المقاتلة
            # من طرف آخر`: the other side is named after the first side's `من طرف`
            at = next((r[1] for r in chosen), None)
            side = _FIRST_SIDE.search(view, at, frame.sentence.end) if at is not None else None
            if side is not None:
                others = [r[2].actor for r in roles if r[0] >= side.end()
                          and r[2].actor != actor1.actor][:1] or others
        actor2 = (targets or others or [None])[0]
        if trigger.payload.event_type == "Explosions/Remote violence" and actor2 and \
                _has(s_cues, "civilian"):
            actor2 = CIVILIANS
        return (actor1.actor if actor1 else None), actor2

    # -- merging --------------------------------------------------------------------------
    def _merge(self, view: str, drafts: list[Draft], doc_weapons, relaxed: bool = False,
               sentence_starts: Sequence[int] = ()) -> list[Draft]:
        """One draft per place, day and sub-event type; with `relaxed`, what the rules would
        drop here is flagged (a merged draft keeps only the flags all its parts carry)."""
        air_cues, ground_cues = doc_weapons
        # the first decided draft of each place, type and day (None: undated), in order, so
        # that each undecided one finds its match in constant time
        first: dict[tuple[str, str, dt.date | None], tuple[int, Draft]] = {}
        for order, draft in enumerate(drafts):
            if not draft.undecided:
                first.setdefault((_place_id(draft), draft.event_type, draft.date), (order, draft))
        for draft in drafts:
            if draft.undecided:
                # a strike or blast of unnamed weapon is the one another sentence names at
                # the same place within a day (`انفجار ... بصاروخ غراد`)
                match = _first_within_a_day(first, _place_id(draft), draft.event_type,
                                            draft.date)
                # only states fly: a strike a rebel group or militia fired is no air strike
                flies = draft.actor1 is None or draft.actor1 in self.states
                if match is not None and (flies or match.sub_event_type != AIR):
                    draft.sub_event_type = match.sub_event_type
                    draft.date = match.date
                elif draft.sub_event_type == SHELLING and air_cues > ground_cues and flies \
                        and _MUNITIONS.isdisjoint(
                            view[draft.trigger[0]:draft.trigger[1]].split()):
                    # the report speaks of aircraft, but not where the side that fired has none
                    # (nor of a rocket or a shell that fell: `سقوط صاروخ على سوق شعبي`)
                    draft.sub_event_type = AIR
        _fight_of_the_capture(drafts)
        self._force_on_protest(view, drafts)
        # the headline repeats what the body tells: keep it only where the body is silent
        told = {(_admin1_of(d), d.event_type) for d in drafts
                if not d.headline and not d.flags}
        for d in drafts:
            # (in one governorate: places abroad or unknown have none to share)
            if d.headline and _admin1_of(d) is not None and \
                    (_admin1_of(d), d.event_type) in told:
                d.flags.add("headline_repeat")
        drafts = [d for d in drafts if relaxed or not d.flags]
        # a governorate-wide event sums up the precise ones the report gives in it (a named
        # region, `القلمون الشرقي`, those it holds: not the fighting in al-Zabadani 60 km off)
        precise = {(_admin1_of(d), d.event_type) for d in drafts
                   if not _region_level(d) and not d.flags}
        _toll_to_the_one_place(drafts)
        drafts = _without_countryside_beside_its_place(view, drafts)
        drafts = [d for d in drafts
                  if not (_region_level(d) and (_admin1_of(d), d.event_type) in precise
                          and _sums_up(d, drafts))
                  and (relaxed or not d.flags)]
        # `فجر انتحاري نفسه بسيارة مفخخة`: the car bomb a suicide bomber drove, told a few
        # words from him, is his one attack, not a second blast at the place; and the barrel
        # or shell a chemical attack came in (`إلقاء مروحيات النظام برميلا يحوي غاز الكلور`)
        # is that attack (ACLED codes one chemical weapon event)
        drafts = _carried_in(_carried_in(drafts, SUICIDE, (IED,), SUICIDE_VEHICLE_REACH),
                             CHEMICAL, (AIR, SHELLING), None)
        summed = _lead_dated_by_body(drafts)
        merged: dict[tuple, Draft] = {}
        for draft in drafts:
            key = (_place_id(draft), draft.date, draft.sub_event_type)
            if key in merged and _fired_back(merged[key], draft):
                # `قصفت قوات النظام بلدة مورك` and `دمر مقاتلو جيش العزة دبابات لقوات النظام
                # في محيط مورك`: fire each way is an event of each pair of actors (ACLED)
                key = (*key, draft.actor1)
            if key not in merged:
                merged[key] = draft
                continue
            into = merged[key]
            if (into.headline or id(into) in summed) and not draft.headline \
                    and id(draft) not in summed and (draft.fatalities > 0
                                                     or draft.date_source == "own"):
                # `مجزرة للطيران الروسي في الميادين..` then the body's sentence with its dead,
                # or with its day (`غارات روسية على أريحا` then `شنت الطائرات ... صباح اليوم
                # غارات على مدينة أريحا`): the body's telling is the event the model weighs;
                # the headline's joins it (not a photo's caption, which tells neither)
                merged[key], into, draft = draft, draft, into
            into.flags &= draft.flags
            into.mentions += 1
            if draft.sentence != into.sentence and draft.fatalities and \
                    draft.sentence < len(sentence_starts) and _ALSO_KILLED.match(
                        view, sentence_starts[draft.sentence]):
                # `قتل مقاتلان من المعارضة في اشتباكات في سلمى. كما قتل 7 عناصر من القوات
                # النظامية في الاشتباكات`: more dead of the same fight, not a retelling
                into.fatalities += draft.fatalities
            if into.sentence < draft.sentence and into.in_list and into.places_in_frame > 1 \
                    and not draft.in_list and 0 < draft.fatalities < into.fatalities \
                    and draft.place is not None and draft.place.refers_to is None:
                # `قتل 18 مدنيا ... على أحياء الشعار وطريق الباب` then `سقط برميلان قرب
                # دوار الشعار، ما أدى إلى مقتل 11`: the list's toll, broken down after it,
                # is this place's share
                into.fatalities = draft.fatalities
            into.fatalities = max(into.fatalities, draft.fatalities)
            into.place_deaths = max(into.place_deaths, draft.place_deaths)
            if draft.injuries is not None:
                into.injuries = max(into.injuries or 0, draft.injuries)
            into.civilian = into.civilian or draft.civilian
            if _DEFAULT_ACTOR in into.provenance and draft.actor1 is not None \
                    and _DEFAULT_ACTOR not in draft.provenance:
                # `غارات جوية استهدفت أريحا` then `شنت الطائرات الروسية أربع غارات على المدينة`:
                # the force a later telling names beats the trigger's default
                into.actor1 = draft.actor1
                into.provenance.remove(_DEFAULT_ACTOR)
            into.actor1 = into.actor1 or draft.actor1
            into.actor2 = into.actor2 or draft.actor2
            for span in draft.evidence:
                if span not in into.evidence:
                    into.evidence.append(span)
            into.provenance.extend(p for p in draft.provenance if p not in into.provenance)
        # a headline the body tells again is the body's event told twice, never one of its
        # own: the model does not weigh it (its toll and evidence may join the body's above)
        return [d for d in _headline_told_again(self._city_told_by_quarter(
            view, list(merged.values()))) if "headline_repeat" not in d.flags]

    def _force_on_protest(self, view: str, drafts: list[Draft]) -> None:
        """`خرجت مظاهرة في حي الحاضر، فرقتها قوات الأمن بإطلاق الرصاص الحي`, `قتل شاب برصاص
        قوات الأمن التي أطلقت النار لتفريق تظاهرة`: a state force's shooting told in the
        sentence of a protest, at its place and day, is force met by the protest: with dead
        or wounded, excessive force (the shooting's telling); else an intervention (the
        protest's), as are arrests made there. The other telling is flagged
        (`force_on_protest`), no event of its own."""
        for d in drafts:
            if d.sub_event_type == "Attack" and not d.flags and d.actor1 in self.states \
                    and (d.fatalities or d.injuries) \
                    and (_PROTESTERS_HIT.search(view, *d.evidence[0]) is not None
                         or _SHOT_AT_A_GATHERING.search(view, *d.evidence[0]) is not None):
                # `قتل متظاهران برصاص قوات الأمن`, `قتلوا برصاص الأمن خلال تظاهرة`: the
                # protesters a state force shot were met with excessive force (their side
                # first, as the gold codes it)
                d.event_type, d.sub_event_type = "Protests", EXCESSIVE_FORCE
                d.actor1, d.actor2 = PROTESTERS, d.actor1
        protests = {(_place_id(d), d.date, d.sentence): d for d in drafts
                    if d.sub_event_type in ("Peaceful protest", "Protest with intervention")
                    and not d.flags}
        if not protests:
            return
        for d in drafts:
            protest = protests.get((_place_id(d), d.date, d.sentence)) \
                if d.sub_event_type == EXCESSIVE_FORCE and not d.flags else None
            if protest is not None and protest is not d and not (
                    d.fatalities or d.injuries or protest.fatalities or protest.injuries) \
                    and _UNHARMED.search(view, *d.evidence[0]) is not None:
                # `أطلق العناصر النار في الهواء لتفريق مظاهرة، دون تسجيل إصابات`: force that
                # harmed no one, told beside the protest, is its intervention (one event)
                protest.sub_event_type = d.sub_event_type = "Protest with intervention"
                protest.actor2 = protest.actor2 or d.actor2
        for d in drafts:
            protest = protests.get((_place_id(d), d.date, d.sentence)) \
                if d.sub_event_type == "Arrests" and not d.flags else None
            if protest is not None and protest is not d:
                # `فرقت قوات الأمن تظاهرة سراقب واعتقلت عددا من المشاركين فيها`: arrests made
                # at a protest are its intervention (ACLED's), no event of their own
                if protest.sub_event_type == "Peaceful protest":
                    protest.sub_event_type = "Protest with intervention"
                protest.actor2 = protest.actor2 or d.actor1
                d.flags.add("force_on_protest")
        for d in drafts:
            protest = protests.get((_place_id(d), d.date, d.sentence)) \
                if d.sub_event_type == "Attack" and not d.flags else None
            if protest is None or not (d.actor1 in self.states or d.actor1 is None
                                       and protest.actor2 in self.states):
                continue
            if d.fatalities or protest.fatalities or d.injuries or protest.injuries:
                d.event_type, d.sub_event_type = "Protests", EXCESSIVE_FORCE
                d.fatalities = max(d.fatalities, protest.fatalities)
                protest.flags.add("force_on_protest")
            else:
                protest.sub_event_type = "Protest with intervention"
                protest.actor2 = protest.actor2 or d.actor1
                d.flags.add("force_on_protest")

    def _city_told_by_quarter(self, view: str, drafts: list[Draft]) -> list[Draft]:
        """`قتل 18 شخصا بسقوط صاروخ على حي شعبي في مدينة حلب ... على حي المغاير`: the same
        strike, told at the city and at its quarter in one sentence, or in two with the same
        dead, or in a headline that tells no dead (`جرحى في انفجار بمدينة حماة`), is one
        event, at the quarter (of one kind, unless the weapon of either was
        guessed: `سقوط صاروخ` read as an air strike in one sentence, shelling in the other)."""
        quarters: dict[tuple[str, dt.date | None], list[Draft]] = {}
        for draft in drafts:
            if draft.place is not None and (draft.place.city is not None or (
                    draft.place.place is not None
                    and draft.place.place.kind == "neighbourhood")):
                quarters.setdefault((draft.event_type, draft.date), []).append(draft)
        kept: list[Draft] = []
        for draft in drafts:
            city = draft.place
            quarter = None
            # (a district's seat too: `حي التمو بالميادين`, `حي الكتف في البوكمال`)
            if city is not None and city.place is not None \
                    and city.place.capital_level in CITY_LEVELS:
                quarter = next((d for d in quarters.get((draft.event_type, draft.date), ())
                                if d is not draft and d.place is not None
                                and (d.sub_event_type == draft.sub_event_type
                                     or d.undecided or draft.undecided)
                                and d.place.key != city.key
                                and (d.sentence == draft.sentence or
                                     d.fatalities == draft.fatalities > 0
                                     or draft.fatalities == 0 and draft.headline
                                     or 0 < d.sentence - draft.sentence <= QUARTERS_AFTER
                                     and _quarters_of_city(view, city))
                                and _quarter_of(d.place, city)), None)
            if quarter is None:
                kept.append(draft)
                continue
            if not quarter.fatalities and draft.fatalities and quarter.sentence != draft.sentence:
                # `قتل 27 مدنيا في غارات على الأحياء الشرقية في مدينة حلب. وأوضح المرصد أن
                # المروحيات ألقت براميل على حيي الشعار والصاخور`: the lead's dead, the first
                # quarter's (as a toll told before a list of places is its first's)
                quarter.fatalities, quarter.place_deaths = draft.fatalities, draft.place_deaths
                quarter.civilian = quarter.civilian or draft.civilian
            quarter.flags &= draft.flags
            quarter.mentions += draft.mentions
            quarter.actor1 = quarter.actor1 or draft.actor1
            quarter.evidence.extend(s for s in draft.evidence if s not in quarter.evidence)
        return kept

    def event(self, doc: Document, draft: Draft) -> Event:
        """The event a draft says, with its evidence mapped to the original text."""
        mention = draft.place
        location = _location(doc, mention, draft.admin1, self.places)
        evidence = []
        view = doc.norm.text
        for start, end in draft.evidence:
            while end > start and view[end - 1].isspace():
                end -= 1  # the sentence without the space after its stop
            span = doc.span(start, end)
            evidence.append(Evidence(span.start, span.end, doc.text[span.start:span.end]))
        if draft.actor2 == draft.actor1:
            draft.actor2 = None
        return Event(
            event_type=draft.event_type,
            sub_event_type=draft.sub_event_type,
            event_date=draft.date.isoformat() if draft.date else None,
            time_precision=draft.precision if draft.date else None,
            actor1=draft.actor1,
            actor2=draft.actor2,
            location=location,
            fatalities=draft.fatalities,
            injuries=draft.injuries,
            civilian_targeting=draft.civilian,
            evidence=evidence,
            provenance=draft.provenance,
            confidence=draft.confidence,
        )


def _location(doc: Document, mention: PlaceMention | None, admin1: str | None,
              finder: PlaceFinder) -> Location:
    if mention is None:
        if admin1 is None:  # a report that names no place: where is unknown
            return Location(name="", country=None)
        return Location(name="", admin1=admin1, geo_precision=3)
    if mention.refers_to is not None:
        mention = mention.refers_to  # `في المدينة`: named as the town it points back to
    name_start = mention.core_start
    if doc.norm.text[mention.start:mention.core_start].endswith("ال"):
        name_start -= 2  # the article is part of the name as written (`اللطامنة`)
    if mention.outskirts and (named := _NAMED_OUTSKIRTS.search(
            doc.norm.text, max(0, mention.start - 12), mention.start)) is not None:
        name_start = named.start(1)  # `في جرود عسال الورد`: the barrens, named with the town
    span = doc.span(name_start, mention.end)
    written = doc.text[span.start:span.end]
    if mention.role == "region":
        # a governorate named as a region has no honest point: coordinates stay empty and
        # geo_precision says "region"; a map draws the admin1 polygon instead
        return Location(name=written, admin1=mention.admin1, geo_precision=3)
    if mention.how == "foreign" and mention.foreign is not None:
        f = mention.foreign
        precision = None if f.latitude is None else (1 if f.kind == "city" else 3)
        return Location(name=written, country=f.country, latitude=f.latitude,
                        longitude=f.longitude, geo_precision=precision)
    place = mention.place
    if place is None and mention.city is not None:
        # a neighbourhood no gazetteer knows: its city's point, at "near the town" precision
        city = mention.city
        return Location(name=written, admin1=city.admin1, admin2=city.admin2,
                        admin3=city.admin3, latitude=city.latitude, longitude=city.longitude,
                        geo_precision=2)
    located_in = mention.within.place if mention.within is not None else None
    if place is None and located_in is not None and located_in.latitude is not None:
        # `منطقة الجبل الشرقي بالزبداني`: a name no gazetteer knows, in a town it names, is
        # coded at that town's point, "near the town" (ACLED's way with unknown places)
        return Location(name=written, admin1=located_in.admin1, admin2=located_in.admin2,
                        admin3=located_in.admin3, latitude=located_in.latitude,
                        longitude=located_in.longitude, geo_precision=2)
    if place is None:
        return Location(name=written, admin1=mention.admin1, geo_precision=None)
    precision = 1 if place.kind in ("community", "locality", "neighbourhood", "user") else (
        2 if place.kind in ("admin3", "admin2", "region") else 3)
    if precision == 1 and mention.outskirts:
        precision = 2  # `في محيط بلدة X`: near the town, ACLED's "part of a region" level
    return Location(name=written, admin1=place.admin1, admin2=place.admin2, admin3=place.admin3,
                    latitude=place.latitude, longitude=place.longitude,
                    geo_precision=precision, gazetteer_id=place.id)


@contextmanager
def stage(name: str, doc: Document) -> Iterator[None]:
    """Run one named stage; an unexpected failure is re-raised naming the stage and the
    report, so that a batch log says where extraction broke."""
    try:
        yield
    except RasdError:
        raise
    except Exception as error:
        raise StageError(f"the {name} stage failed on report {doc.id or '(unnamed)'}: "
                         f"{type(error).__name__}: {error}") from error


THEN_REACH = 16  # words from a trigger to the word it needs after it (triggers.csv `then`)
MEMBERS_OF_CHARS = 32  # characters before a group's name its men may be named in
# `عناصر من فصيل "`: the men of a group, `من`, maybe its head noun, right before its name
_MEMBERS_OF_BEFORE = regex.compile(
    r"(?<!\w)(?:" + alternation(fold(w) for w in cue_words("members"))
    + r")\s{1,3}+من\s{1,3}+(?:(?:" + alternation(fold(w) for w in cue_words("group_head"))
    + r")\s{1,3}+)?[\"«“]?$")
# "that (they) were" between a denial and the deed (`نفى ... أن تكون قواته قد قصفت`)
_DENIED_REPORT = regex.compile(
    r"(?<!\w)(?:" + alternation(map(fold, _EVENT_WORDS["denied_reports"])) + r")(?!\w)")
_DENIALS = frozenset(fold(w) for w in _EVENT_WORDS["denials"])
_DENIED_THAT = regex.compile(r"(?<!\w)[بل]?ان\s{1,3}+(?:تكون|يكون|يكونوا|تكونا|يكونا)(?!\w)")
# "the next day" (`في اليوم التالي`, `صباح اليوم التالي`, `في اليوم الذي تلاه`)
_NEXT_DAY = regex.compile(
    r"(?<!\w)(?:ال)?(?:يوم\s{1,3}+التالي|اليوم\s{1,3}+الذي\s{1,3}+تلاه)(?!\w)")
# a sentence opened by a stretch after the day told before (`وبعد يومين،`, `وبعد ثلاثة أيام
# قصفت`), not after another happening (`بعد يومين من الهجوم`)
_LATER = regex.compile(
    r"\W{0,3}+[وف]?(?:بعد|عقب)\s{1,3}+(?P<span>[^\s,.]{1,12}+(?:\s{1,3}+[^\s,.]{1,12}+){0,2})")
_OF_ANOTHER = frozenset({"من", fold("على"), "عن"})


def _days_later(view: str, start: int) -> tuple[regex.Match[str] | None, int]:
    """The stretch a sentence opens with after the day told before, and its days."""
    later = _LATER.match(view, start)
    if later is None:
        return None, 0
    words = later.group("span").split()
    for n in (2, 1):
        days = span_days(" ".join(words[:n])) if len(words) >= n else None
        if days and words[n:n + 1] != [] and words[n] in _OF_ANOTHER:
            return None, 0
        if days:
            return later, days
    return None, 0


HEADLINE_PARTS = 3  # sentences a headline's line may be split into (`A.. وB`)
HEADLINE_CHARS = 200  # ... and its length at most
ATTEMPT_REACH = 8  # words from a verb of trying to the capture it tried, in one clause
THREAT_REACH = 16  # words between a verb of threatening and the deed `بـ` names after it
SINCE_REACH = 1  # words between `منذ`, `بعد يومين من` and the earlier happening's word
# words a clash's subject may stand before it, a verb and a time between (`قوات النظام تخوض منذ
# صباح اليوم مواجهات مع المسلحين`), when the side fought is told after `مع`
SUBJECT_BEFORE_FIGHT = 5
SUBJECT_REACH = 3  # words after such a trigger its subject begins within (`قضت وحدة من الجيش`)


# a word of stopping right before a fight's noun or a deed told (`وقف الاقتتال`, `توقف الغارات`)
STOPPED_CHARS = 12
_STOPPED = regex.compile(r"(?:^|\s)[وبل]?(?:" + alternation(map(fold, _EVENT_WORDS["stop_words"]))
                         + r")\s{1,3}+$")
_FIGHT_NOUNS = frozenset(fold(w) for w in _EVENT_WORDS["stopped_fight_nouns"])
# `في جرود عسال الورد`: an outskirts noun written as part of the place's name
_NAMED_OUTSKIRTS = regex.compile(r"(?<!\w)[وفب]?(" + alternation(
    fold(w) for w in place_words()["named_outskirts"]) + r")\s++$")


def _frames_the_sentence(view: str, sentence_start: int, place: PlaceMention) -> bool:
    """Does the sentence open with this place, a comma after it (`وفي المدينة، ...`)?"""
    return view[place.end:place.end + 1] in ("،", ",") and FRAME_OPENING.fullmatch(
        view, sentence_start, place.start) is not None
BREACH_CHARS = 36  # characters before a truce its breach's word may stand
_CASE_WORDS = frozenset(fold(w) for w in _EVENT_WORDS["case_words"])
TALKS_FAILED_CHARS = 40  # characters after a truce or deal the talks' failure may be told in
_TALKS_FAILED = regex.compile(
    r"(?<!\w)(?:" + alternation(map(fold, _EVENT_WORDS["talks_failed"])) + r")(?!\w)")
# a word of breaching and at most two words (`خرق متواصل لـ`) before the truce
_BREACHED = regex.compile(
    r"(?:^|\s)[وفب]?(?:" + alternation(map(fold, _EVENT_WORDS["breach_words"]))
    + r")(?:\s{1,3}+[^\s.،,]{1,20}+){0,2}?\s{1,3}+(?:ل|لل)?$")
_UNFOUGHT_TAKERS = frozenset(_EVENT_WORDS["unfought_takers"])
_WITHOUT_FIGHT = regex.compile(
    r"(?<!\w)(?:" + alternation(map(fold, _EVENT_WORDS["without_fight"])) + r")(?!\w)")
_AFTER_WITHDRAWAL = regex.compile(
    r"(?<!\w)(?:" + alternation(map(fold, _EVENT_WORDS["after_withdrawal"])) + r")(?!\w)")


def _entered_after_withdrawal(view: str, start: int, end: int,
                              s_triggers: Sequence[Match[TriggerEntry]]) -> bool:
    """`دخلت وحدات حماية الشعب حي الشيخ فارس بعد انسحاب الفصائل منه`: a verb of entering (a
    weak trigger of territory) once the others withdrew, with no fight told beside it. (A
    capture told so, `سيطرت قوات النظام على قرية الحويز بعد انسحاب الفصائل منها`, stays a
    capture, as the coders read it: the others withdrew from a fight.)"""
    return any(t.payload.sub_event_type in _TERRITORY and not t.payload.strong
               for t in s_triggers) \
        and not any(t.payload.event_type == "Battles" and t.payload.sub_event_type not in _TERRITORY
                    for t in s_triggers) \
        and _AFTER_WITHDRAWAL.search(view, start, end) is not None


_STORMING = frozenset(fold(w) for w in _EVENT_WORDS["storming_words"])
_SO_FAR = _EVENT_WORDS["so_far_openers"]  # `حتى الآن`, `لغاية الآن`, `إلى الآن`
# a noun whose doer is its attached pronoun (`سيطرتها`, `سيطرتهم`): it needs no subject after it
# a verbal noun that holds its subject in its pronoun (`سيطرتها`, `انتزاعهم`)
_SUBJECT_SUFFIX = regex.compile(r"(?:ته|تها|تهم|تهما|اعه|اعها|اعهم|اعهما)$")


def _object_after(view: str, end: int, day_ends: Mapping[int, int],
                  objects: Container[int]) -> bool:
    """Do the dead follow a verb of killing as its object, a day told between (`قتلوا أمس
    شابين`)?"""
    position = end + 1
    if position in day_ends:
        position = day_ends[position] + 1
    return position in objects


_START_NOUNS = regex.compile(r"\s{1,3}+(?:" + alternation(map(fold, _EVENT_WORDS["start_nouns"]))
                             + r")(?!\w)")


def _since_the_start(view: str, cue: Mention) -> bool:
    """`بعد أسبوعين على بدء الحملة`: a count taken a while into a campaign, a tally."""
    return cue.value.cue == "since" and _START_NOUNS.match(view, cue.norm_end) is not None


# a negation, then "any" right before the trigger (`لم تشهد ... أي محاولات تقدم`, `دون أي اشتباك`)
_NONE_OF = regex.compile(r"(?<!\w)[وف]?(?:" + alternation(map(fold, _EVENT_WORDS["negations"]))
                         + r")\s[^.،,؛\n]*?\sاي\s{1,3}+(?:\p{L}+\s{1,3}+)?$")
NONE_OF_REACH = 80  # characters back from the trigger to the negation
_AGENT_AFTER = frozenset({"بيد"})  # "into the hands of": the doer after it
# the half of an idiom that tells the deed after its verb, whoever stands between
_IDIOM_AFTER_ITS_VERB = frozenset(fold(w) for w in _EVENT_WORDS["idiom_then_words"])


def _right_after(view: str, end: int, word: str) -> bool:
    """Is `word` (or it with the article) the word right after `end`, or after a count of
    it (`وأحرقت عدداً من المنازل`, `وأحرقت ثلاثة منازل`)?"""
    if end < 0:
        return False
    counted = _COUNT_OF.match(view, end)
    if counted is not None:
        end = counted.end()
    following = view[end + 1:end + 1 + len(word) + 3].split(" ", 1)[0].rstrip(_CLAUSE_ENDS)
    return view[end:end + 1] == " " and following in (word, "ال" + word)


def _during_it(view: str, end: int) -> int:
    """Where the words after `end` go on past "during it" (`أحرقت خلالها`), else -1."""
    following = view[end + 1:end + 12].split(" ", 1)[0]
    return end + 1 + len(following) if view.startswith(" ", end) \
        and following in _DURING_IT else -1


# a count right after a verb, before its object's noun (`عددا من`, `عشرات`, `ثلاثة`, `12`)
_COUNT_OF = regex.compile(r" (?:عدد[اً]?+ من|عشرات من|عشرات|[0-9]{1,4}|"
                          + alternation(number_words()) + r")(?= )")


def _shares_subject(view: str, verb: Match, actors: Sequence[Match],
                    sentence_starts: Sequence[int], trigger_starts: Sequence[int] = ()
                    ) -> bool:
    """A verb joined by `و` right after a comma, whose sentence named an armed force before
    it (`وتابعت وحدات الجيش عملياتها في ريف حماة، وأعادت الأمن إلى قرية`): its subject is
    that force's, left out."""
    if not view.startswith("و", verb.start):
        return False
    index = bisect.bisect_right(sentence_starts, verb.start) - 1
    start = sentence_starts[index] if index >= 0 else 0
    if view[:verb.start].rstrip()[-1:] not in ("،", ","):
        # (or with no comma, its clause's force a few words before: `واصلت وحدات من جيشنا
        # ملاحقة فلول الإرهابيين وقضت على عدد منهم`)
        # (the first actor of the clause, its first verb's subject: not the victims' side
        # after it, `اختطف مجهولون عنصرا من قوات النظام واقتادوه`)
        # (and no deed told before it: `استهدفت وحدات من الجيش تجمعا ... وأوقعت 5 منهم قتلى`
        # goes on with that strike)
        start = max(start, _clause(view, verb.start)[0])
        at = bisect.bisect_left(trigger_starts, start)
        if at < len(trigger_starts) and trigger_starts[at] < verb.start:
            return False
        first = next((a for a in actors if start <= a.start and a.end <= verb.start), None)
        return first is not None and first.payload.actor != CIVILIANS and first.payload.state \
            and tokens_between(view, first.end, verb.start) <= 8 \
            and actor_role(view, first.start, first.payload.phrase) == "plain"
    return any(start <= a.start and a.end <= verb.start and a.payload.actor != CIVILIANS
               for a in actors)


# a sentence that tells "also killed" (`كما قتل 7 عناصر`): more dead than those told before
_ALSO_KILLED = regex.compile(r"\s{0,3}+و?كما\s{1,3}+(?:" + alternation(
    fold(w) for w in place_words()["died_verbs"]) + r")(?!\w)")


def _opens_sentence(view: str, start: int, sentence_starts: Sequence[int]) -> bool:
    """Do at most two words (`وحدات من`) stand between its sentence's start and `start`?"""
    index = bisect.bisect_right(sentence_starts, start) - 1
    return index >= 0 and tokens_between(view, sentence_starts[index], start) <= 2


_FORCES_TOLD = regex.compile(
    r"(?<!\w)و?(?:" + alternation(fold(w) for w in _EVENT_WORDS["forces_told"]) + r")(?!\w)")


def _followed_by(view: str, end: int, word: str, in_actor: bytearray,
                 asides: Mapping[int, int], subject: bool = True) -> bool:
    """Does `word` follow `end` within THEN_REACH words of the same clause that name an
    actor, the verb's subject (`قضت وحدات من الجيش على`; not `قضى 12 شخصا جراء قصف على`,
    nor `الحروب قضت على جزء من السكان`, whose subject is no armed force)? Without
    `subject`, any words of the clause may stand between (`سيطرتها خلال الساعات الماضية على`).
    A time set off by commas (`أطلقت قوات الأمن النار، أمس السبت، على`: `asides`) goes on
    with the clause, also right after the phrase (`بسطت سيطرتها، اليوم السبت، على`); so does
    a quote the phrase closes (`«أحكمت سيطرتها» الأربعاء على`)."""
    while end < len(view) and view[end] in _CLOSING_QUOTES:
        end += 1
    position = end + 1
    if end < len(view) and view[end] in _CLAUSE_ENDS:
        resume = asides.get(end)
        if resume is None:
            return False
        position = resume
    index = 0
    while index < THEN_REACH:
        if subject and index == SUBJECT_REACH and not any(in_actor[end:position]):
            return False  # `قضى رجل بقصف مدفعي لقوات النظام على`: no subject, a death
        stop = view.find(" ", position, position + 16 * THEN_REACH)
        token = view[position:stop if stop >= 0 else position + 16 * THEN_REACH]
        bare = token.rstrip(_CLAUSE_ENDS)
        if bare == word or bare.startswith("ال") and bare[2:] == word:
            return not subject or any(in_actor[end:position])
        if subject and bare in _NO_SUBJECT_AFTER and not any(in_actor[end:position]):
            return False  # `قضوا في القصف من قبل طائرات روسية على مناطق`: died in it
        if bare != token or token[:1] in _CLAUSE_ENDS:
            resume = asides.get(position + len(bare))
            if resume is None:
                return False
            position = resume
        elif stop < 0:
            return False
        else:
            position = stop + 1
        index += 1
    return False


def _asides(view: str, days: Sequence[DateMention]) -> dict[int, int]:
    """Times set off by commas (`، أمس السبت،`) and the breakdown of a count (`56 مدنيا من
    قرية تل شاميرام، بينهم نساء وأطفال، إلى جهة مجهولة`): where the comma before each
    stands, and where the words after the one that closes it begin."""
    asides = {}
    # (days told one after the other are one time: `، اليوم الأربعاء 25 نيسان،`)
    spans: list[list[int]] = []
    for day in sorted(days, key=lambda d: d.start):
        if spans and spans[-1][1] <= day.start and not view[spans[-1][1]:day.start].strip():
            spans[-1][1] = max(spans[-1][1], day.end)
        else:
            spans.append([day.start, day.end])
    for start, end in spans:
        comma = start - 1
        while comma >= 0 and view[comma] == " ":
            comma -= 1
        after = view[end:end + 3].lstrip()
        if comma >= 0 and view[comma] in ("،", ",") and after[:1] in ("،", ","):
            closing = view.index(after[0], end)
            asides[comma] = closing + 1 + (view[closing + 1:closing + 2] == " ")
    for aside in _BREAKDOWN_ASIDE.finditer(view):
        asides.setdefault(aside.start(), aside.end())
    return asides


# the breakdown of a count set off by commas (`، بينهم نساء وأطفال،`, `، من بينهم طفلان،`)
_BREAKDOWN_ASIDE = regex.compile(
    r"[،,] ?+(?:" + alternation(fold(w) for w in cue_words("subset")) + r") [^،,.\n]{1,60}+[،,] ?")


_CLAUSE_ENDS = ".,،؛;:!?؟\n"
_CLOSING_QUOTES = "»”\"'"
_THAT = frozenset({"ان", "بان", "لان"})
_WAS = frozenset({"كان", "كانت", "وكان", "وكانت", "فكان", "فكانت", "كانوا", "وكانوا"})


def _after_was(view: str, position: int) -> bool:
    """Does a form of `كان` stand right before `position` (`وكانت وحدات الجيش قد`)?"""
    return bool(_WAS & set(view[max(0, position - 12):position].split()[-1:]))


def _subject_end_before(view: str, position: int) -> int:
    """Where the word before a verb ends, past a `قد` (`الجيش قد أعادت`), a closing quote
    (`"جهاز الأمن العام" قد ألقى`) and the camp the subject belongs to (`جهاز الأمن العام
    التابع للهيئة قد ألقى`)."""
    end = word_end_before(view, position)
    if view[max(0, end - 3):end] == " قد":
        end = word_end_before(view, end - 2)
    belongs = _BELONGING_BEFORE.search(view, max(0, end - 40), end)
    if belongs is not None:
        end = belongs.start()
    while end and view[end - 1] in _CLOSING_QUOTES:
        end -= 1
    return end


_CLOSING_QUOTES = frozenset('"»”')
# `التابع للهيئة`, `التابعة لـ"هيئة تحرير الشام"`: the camp a subject belongs to, after it
_BELONGING_BEFORE = regex.compile(r"\s{1,3}+(?:التابع|التابعه)\s{1,3}+ل{1,2}\S{1,30}+$")
# words that open a phrase of cause or place right after the verb, where its subject would
# stand: the verb's doer is not named after them
_NO_SUBJECT_AFTER = frozenset({"في", "جراء", "اثر", "بسبب", "نتيجه", "خلال", "تحت", "بعد"})


def _trigger_matches(doc: Document) -> list[Match[TriggerEntry]]:
    """The trigger mentions as matcher hits (view offsets), the shape the rules read, but
    for those in a phrase that is none of them (`خط فض الاشتباك`: the Golan's disengagement
    line, no clash; `معركة لتحرير مدينة درعا`: a battle's aim, though `لتحرير مدينة` goes on
    past the phrase)."""
    none = [(c.norm_start, c.norm_end) for c in doc.mentions.get("cue", [])
            if c.value.cue == "none"]
    return [Match(t.norm_start, t.norm_start, t.norm_end, "", "", t.value)
            for t in doc.mentions.get("trigger", [])
            if not any(start < t.norm_end and t.norm_start < end for start, end in none)]


_TANWEEN_FATH = "\u064b"


def _indefinite(doc: Document, place: PlaceMention) -> bool:
    """A name written with the accusative tanween (`سنظل دوماً`, "always"; `وقت غير قصيرٍ`) is
    an adverb or an indefinite noun: no place name takes it. The mark is dropped from the
    view, so the original says."""
    start, end = doc.norm.to_original(place.start, place.end)
    return _TANWEEN_FATH in doc.text[start:end + 1]


_ALA = "على"


_TA_MARBUTA = "ة"


def _ends_in_ala(doc: Document, place: PlaceMention) -> bool:
    """A name whose last word is the preposition `على` (`قلعة التل على المدينة`): the view
    folds its ى into ي, and `التل علي` is a village of Aleppo. The name Ali is written
    `علي`, so the original says."""
    start, end = doc.norm.to_original(place.start, place.end)
    words = doc.text[start:end].split()
    return len(words) > 1 and words[-1].strip("\"'«»()،,.") == _ALA


def _pronoun_suffixed(doc: Document, place: PlaceMention) -> bool:
    """`على باب منزله`: an unknown name whose last word ends in the pronoun ه, in a report that
    writes ة where it means it, is a noun with "his" (`منزله`, his house), no place name (the
    view folds ة into ه and cannot tell them apart)."""
    if place.how != "unknown":
        return False
    start, end = doc.norm.to_original(place.start, place.end)
    words = doc.text[start:end].split()
    last = words[-1].strip("\"'«»()،,.") if len(words) > 1 else ""
    return len(last) >= 4 and last.endswith("ه") and not last.endswith(("اه", "ته"))


def _one_place_per_name(places: Sequence[PlaceMention]) -> None:
    """A name the report resolves once means that place wherever else it stands unresolved
    (`اللطامنة` in a list of strikes, then alone in a sentence with no governorate); and a
    name it resolves twice, to two namesakes, means one of them wherever nothing says where
    it lies (`58 شهيدا في دمشق وريفها معظمهم في مدينة داريا`, then `مجزرة في داريا` among
    sentences on other governorates): the one the text locates, else the one nearest the
    report's other places."""
    senses: dict[str, dict[str, PlaceMention]] = {}
    for p in places:
        if p.place is not None and p.role == "place" and p.how == "gazetteer":
            senses.setdefault(p.key, {}).setdefault(p.place.id, p)
    for key, told in senses.items():
        if len(told) < 2:
            continue
        # the namesake the text locates, else the one nearest the report's other places,
        # else the first told
        others = [p.place for p in places if p.place is not None and p.key != key
                  and p.role in ("place", "qualifier")]
        anchor = max(told.values(), key=lambda m: (
            m.within is not None,
            sum(distance_km((m.place.latitude, m.place.longitude),
                            (o.latitude, o.longitude)) <= NAMESAKE_REACH_KM for o in others),
            -m.start))
        for mention in places:
            if mention.key == key and mention.place is not None and mention.how == "gazetteer" \
                    and mention.within is None and mention.place.id != anchor.place.id \
                    and any(c.id == anchor.place.id for c in mention.candidates):
                mention.place, mention.admin1 = anchor.place, anchor.admin1
    resolved = {p.key: p for p in places if p.place is not None and p.role == "place"}
    for mention in places:
        known = resolved.get(mention.key)
        if mention.place is None and mention.how != "foreign" and known is not None \
                and mention.role == "place":
            mention.place = known.place
            mention.admin1 = known.admin1
            mention.how = known.how


def _first_within_a_day(first: dict[tuple[str, str, dt.date | None], tuple[int, Draft]],
                        place: str, event_type: str, day: dt.date | None) -> Draft | None:
    """The earliest decided draft of this place and type within a day of `day` (any day
    when `day` is None; an undated one matches every day)."""
    if day is None:
        found = [v for k, v in first.items() if k[0] == place and k[1] == event_type]
    else:
        days: list[dt.date | None] = [None, day]
        if day > dt.date.min:  # the calendar's first and last days have one neighbour
            days.append(day - dt.timedelta(days=1))
        if day < dt.date.max:
            days.append(day + dt.timedelta(days=1))
        found = [first[key] for key in ((place, event_type, d) for d in days) if key in first]
    return min(found, key=lambda item: item[0])[1] if found else None


def _agent_after(view: str, word: Match[TriggerEntry], start: int,
                 head: Match[TriggerEntry]) -> bool:
    """Is the agent at `start` right after this word of the happening, or past the verb of
    doing it (`هجمات شنها تنظيم الدولة`) when the word is of the head's kind or a bare
    attack (not `تزامن الاشتباكات مع غارات نفذها التحالف`: another deed's doer)?"""
    gap = tokens_between(view, word.end, start)
    return gap == 0 or gap == 1 and _ACTED_RIGHT_BEFORE.search(
        view, max(0, start - 16), start) is not None and (
        word.payload.event_type == head.payload.event_type
        or fold(word.payload.phrase).removeprefix("ال") in _GENERIC_ATTACKS)


def _tolls_of_own_deed(view: str, frames: Sequence[Frame],
                       tolls: Sequence[tuple[int, int, int]]) -> bool:
    """`وفي الغوطة الشرقية، أوقعت وحدات من الجيش 11 قتيلاً`, `وفي مدينة حلب، استشهد ثلاثة
    مدنيين جراء سقوط قذائف على حي الحمدانية`: every toll told in the clause of the
    sentence's own violent deed is that deed's (no earlier story goes on)."""
    deeds = [t.start for f in frames for t in f.triggers
             if t.payload.event_type in VIOLENT_TYPES]
    return bool(deeds) and all(any(_clause(view, d) == _clause(view, position)
                                   for d in deeds) for position, _, _ in tolls)


def _frame_of_toll(frames: Sequence[Frame], last: Frame, places: Sequence[PlaceMention],
                   killed: bool) -> Frame:
    """Which happening of the sentence before a toll with places of its own goes on with
    (`قصف عنيف على داريا، تزامنا مع حملة اعتقالات في كفرسوسة. وقالت الهيئة إن 18 قتلوا في
    داريا`): the last that named one of its places, else the last that can kill when the toll
    is of dead (no arrest nor protest), else the last."""
    keys = {p.key for p in places}
    named = [f for f in frames if keys & {p.key for p in f.places}]
    if named:
        return named[-1]
    if killed:
        deadly = [f for f in frames if any(t.payload.event_type in VIOLENT_TYPES
                                          for t in f.triggers)]
        if deadly and not any(t.payload.event_type in VIOLENT_TYPES for t in last.triggers):
            return deadly[-1]
    return last


def _taken_from(view: str, start: int) -> bool:
    """`من تنظيم داعش`, `من مرتزقة داعش`: `من` right before the actor, or before a label;
    not after a force's units (`سيطرت وحدات من الجيش`: the force that took it)."""
    words = view[max(0, start - 32):start].split()[-3:]
    if len(words) >= 2 and words[-1] == "من" and (
            words[-2] in _FORCE_UNITS or words[-2][:1] == "و" and words[-2][1:] in _FORCE_UNITS):
        return False
    words = words[-2:]
    return bool(words) and (words[-1] == "من" or len(words) == 2 and words[0] == "من"
                            and words[1] in _GROUP_LABELS)


_FORCE_UNITS = frozenset(fold(w) for w in _EVENT_WORDS["force_units"])
_CIVIL_HEADS = frozenset(fold(w) for w in _EVENT_WORDS["civil_heads"])


@lru_cache(maxsize=4096)
def air_force_named(view: str, start: int, end: int) -> bool:
    """Is the actor named here by its aircraft (`الطيران الروسي`, `المقاتلات التركية`)?"""
    return any(word.lstrip("وب").removeprefix("ال") in _AIR_HEADS
               for word in view[start:end].split()[:2])


_SIMILAR_STEMS = tuple(sorted(_EVENT_WORDS["similar_stems"]))
SIMILAR_REACH = 24  # characters after a strike's word its "like those" may stand in
def _same_aircraft(view: str, start: int, end: int) -> bool:
    """Are the aircraft of this strike's clause told "the same", a few words from it?"""
    clause_start, clause_end = _clause(view, start)
    return _SAME_AIRCRAFT.search(view, max(clause_start, start - SAME_AIRCRAFT_REACH),
                                 min(clause_end, end + SAME_AIRCRAFT_REACH)) is not None


SAME_AIRCRAFT_REACH = 60  # characters either side of the strike word
# aircraft told "the same" (`الطائرات ذاتها`, `الطيران نفسه`)
_SAME_AIRCRAFT = regex.compile(
    r"(?<!\w)[وف]?ال(?:" + alternation(w.removeprefix("ال") for w in cue_words("air"))
    + r")\s{1,3}+(?:" + alternation(map(fold, _EVENT_WORDS["same_words"])) + r")(?!\w)")
_SIMILAR = regex.compile(r"\s{1,3}+(?:" + alternation(_SIMILAR_STEMS) + r")(?:ه|ا|ين|ات)?(?!\w)")


# (not `القوات المشتركة`, `القوات الخاصة`: forces an adjective describes may be others)
_THE_FORCES = regex.compile(
    r"(?<!\w)(?P<clitic>و?)(?P<head>القوات|المقاتلين|المقاتلون)(?!\w)(?!\s{1,3}+ال)")
FORCES_REACH = 400  # characters back to the forces a bare `القوات` stands for


def _forces_named_before(view: str, actors: list[Match[ActorEntry]]) -> list[Match[ActorEntry]]:
    """`واصلت قوات سوريا الديمقراطية هجومها ... وأن القوات تمكنت من السيطرة على`: a bare
    `القوات` that is no part of a name stands for the forces named last before it in its
    paragraph (an actor whose name says "forces"), as a mention of that actor; a bare
    `المقاتلين` for the armed group named last (`أعلن جيش الفتح ... وذكر المرصد أن المقاتلين
    سيطروا`), never a state's army."""
    if "القوات" not in view and "المقاتل" not in view:
        return actors
    starts = [m.start for m in actors]
    added = []
    for bare in _THE_FORCES.finditer(view):
        at = bisect.bisect_right(starts, bare.start()) - 1
        if any(m.start <= bare.start() < m.end for m in actors[max(0, at - 1):at + 2]):
            continue  # `القوات التركية`, `القوات الحكومية`: a name of its own
        forces = bare.group("head") == "القوات"
        named = next((m for m in reversed(actors[max(0, at - 8):at + 1])
                      if m.end <= bare.start() and bare.start() - m.end <= FORCES_REACH
                      and ("قوات" in view[m.start:m.end] if forces else not m.payload.state
                           and not m.payload.actor.startswith(_NOT_A_GROUP))
                      and "\n" not in view[m.end:bare.start()]), None)
        if named is not None:
            added.append(named._replace(start=bare.start(), core_start=bare.start("clitic")
                                        + len(bare.group("clitic")), end=bare.end()))
    return sorted(actors + added, key=lambda m: (m.start, -m.end)) if added else actors


def _outermost(matches: list[Match[ActorEntry]]) -> list[Match[ActorEntry]]:
    """The matches no longer match holds (one sweep in text order; equal spans both stay)."""
    kept: list[Match[ActorEntry]] = []
    reach_start, reach_end = -1, -1
    for m in sorted(matches, key=lambda m: (m.start, -m.end)):
        if m.end < reach_end or m.end == reach_end and reach_start < m.start:
            continue
        if m.end > reach_end:
            reach_start, reach_end = m.start, m.end
        kept.append(m)
    return kept


def _similar_strikes(view: str, drafts: list[Draft], air_forces: Sequence[Mention] = ()
                     ) -> None:
    """`غارات مماثلة استهدفت مدينة الأتارب`: strikes "like" ones told before, no one named
    as their doer, are the same doer's (the last strike of their kind told before them); so
    are strikes told again by a definite noun (`بدأت المقاتلات الروسية ضرباتها ... وطالت
    الغارات بلدة اللطامنة`)."""
    # one sweep in text order: the last named doer of each kind, and of the air forces named
    last_doer: dict[str, tuple[int, str]] = {}  # kind → (trigger start, actor)
    forces = iter(sorted(air_forces, key=lambda a: a.norm_end))
    force, last_force = next(forces, None), None
    for draft in sorted(drafts, key=lambda d: d.trigger[0]):
        start, end = draft.trigger
        while force is not None and force.norm_end <= start:
            last_force, force = force.value.actor, next(forces, None)
        if _DEFAULT_ACTOR not in draft.provenance or not (
                _SIMILAR.search(view, start, min(end + SIMILAR_REACH, _clause(view, start)[1]))
                or draft.sub_event_type == AIR and (
                    _definite_at(view, start, end)
                    # (`شنت الطائرات ذاتها غارات`: the same aircraft as before)
                    or _same_aircraft(view, start, end))):
            if draft.actor1 and _DEFAULT_ACTOR not in draft.provenance:
                last_doer[draft.sub_event_type] = (start, draft.actor1)
            continue
        told = last_doer.get(draft.sub_event_type)
        model = told[1] if told is not None and told[0] < start else None
        if model is None and draft.sub_event_type == AIR:
            # (the air force the report named before, with no strike of a place of its own)
            model = last_force
        if model is not None:
            if draft.actor2 == model:
                draft.actor2 = None
            draft.actor1 = model
            draft.provenance = [p for p in draft.provenance if p != _DEFAULT_ACTOR]
            draft.provenance.append("actor:similar")
            last_doer[draft.sub_event_type] = (start, model)


def _fired_back(one: Draft, other: Draft) -> bool:
    """Does `other` tell fire the other way (its doer, named, the target of `one`, or its
    target the doer of `one`)?"""
    # (a clash is one fight of its two sides, whoever is named first)
    return one.event_type == "Explosions/Remote violence" \
        and one.actor1 is not None and other.actor1 is not None and one.actor1 != other.actor1 \
        and (other.actor1 == one.actor2 or other.actor2 == one.actor1) \
        and _DEFAULT_ACTOR not in other.provenance and _DEFAULT_ACTOR not in one.provenance


def _carried_in(drafts: list[Draft], carrier: str, carried: tuple[str, ...],
                reach: int | None) -> list[Draft]:
    """Drafts of a `carried` kind told in one sentence with a `carrier` draft at the same
    place and day (within `reach` characters of its trigger, if given) join it."""
    carriers: dict[tuple, list[Draft]] = {}
    for d in drafts:
        if d.sub_event_type == carrier:
            carriers.setdefault((_place_id(d), d.date, d.sentence), []).append(d)
    if not carriers:
        return drafts
    joined: set[int] = set()
    for draft in drafts:
        if draft.sub_event_type not in carried:
            continue
        into = next((b for b in carriers.get((_place_id(draft), draft.date, draft.sentence), ())
                     if reach is None or abs(draft.trigger[0] - b.trigger[0]) <= reach), None)
        if into is not None:
            # ... and its toll and victims are the carrier's (`ما أدى إلى مقتل ثلاثة عناصر`)
            into.actor1 = into.actor1 or draft.actor1
            into.actor2 = into.actor2 or draft.actor2
            into.fatalities = max(into.fatalities, draft.fatalities)
            into.place_deaths = max(into.place_deaths, draft.place_deaths)
            if draft.injuries is not None:
                into.injuries = max(into.injuries or 0, draft.injuries)
            into.civilian = into.civilian or draft.civilian
            joined.add(id(draft))
    return [d for d in drafts if id(d) not in joined]


REGION_REACH_KM = 30.0  # how far from a named region's point the events it sums up lie


def _sums_up(region: Draft, drafts: list[Draft]) -> bool:
    """Does a region-level draft sum up a precise one of its kind? A governorate's countryside
    does any in the governorate; a named region with a point (`القلمون الشرقي`) only those
    near it."""
    area = region.place.place if region.place is not None else None
    if area is None or area.kind != "region" or area.latitude is None \
            or area.longitude is None:
        return True
    return any(not _region_level(d) and not d.flags and d.event_type == region.event_type
               and d.place is not None and d.place.place is not None
               and d.place.place.latitude is not None and d.place.place.longitude is not None
               and distance_km((area.latitude, area.longitude),
                               (d.place.place.latitude, d.place.place.longitude))
               <= REGION_REACH_KM for d in drafts)


def _region_level(draft: Draft) -> bool:
    """A draft placed at a governorate's countryside, or at a plain or rural belt
    (`الغوطة الشرقية`, places_regions.csv), not at a town."""
    return draft.place is None or draft.place.role == "region" or (
        draft.place.place is not None and draft.place.place.kind == "region")


def _fight_of_the_capture(drafts: list[Draft]) -> None:
    """`سيطرت القوات أمس على مدينة الشدادي` then `قتل 35 عنصرا من التنظيم في المعارك داخل
    المدينة`: the fighting told after a capture, at its place and on its day between its
    sides, is the capture's; its dead are the capture's, and it is flagged (`capture_fight`)
    as no event of its own."""
    captures: dict[tuple, Draft] = {}
    for d in drafts:
        if d.sub_event_type in _TERRITORY and not d.flags:
            captures.setdefault((_place_id(d), d.date), d)
    if not captures:
        return
    for d in drafts:
        capture = captures.get((_place_id(d), d.date)) if d.sub_event_type == "Armed clash" \
            else None
        if capture is None or d.sentence <= capture.sentence:
            continue
        sides = {d.actor1, d.actor2} - {None}
        # (the side that lost the place may be told only in the fight: `قتل 35 من التنظيم`)
        if not (sides <= {capture.actor1, capture.actor2} or capture.actor2 is None and (
                capture.actor1 in sides or len(sides) < 2)):
            continue
        if not capture.fatalities and d.fatalities:
            capture.fatalities, capture.place_deaths = d.fatalities, d.place_deaths
        d.flags.add("capture_fight")


def _lead_dated_by_body(drafts: list[Draft]) -> set[int]:
    """`أعدم تنظيم داعش شابا في مدينة الميادين` in the lead, which names no day, then `أعدموا
    ... شابا في ساحة عامة بعد ظهر الأحد` in the body: the lead sums up what the body tells,
    on the body's day (within LEAD_DAYS before the report's), and the two are one event, the
    body's telling first. The ids of the drafts so dated."""
    lead = min((d.sentence for d in drafts if not d.headline), default=None)
    told_on: dict[tuple, dt.date] = {}
    for d in drafts:
        if d.date_source == "own" and d.date is not None and not d.headline \
                and d.sentence != lead:
            told_on.setdefault((_place_id(d), d.sub_event_type), d.date)
    summed: set[int] = set()
    if not told_on:
        return summed
    for d in drafts:
        if (d.headline or d.sentence == lead) and d.date_source == "reference" \
                and d.date is not None:
            day = told_on.get((_place_id(d), d.sub_event_type))
            if day is not None and 0 < (d.date - day).days <= LEAD_DAYS:
                d.date = day
                summed.add(id(d))
    return summed


LEAD_DAYS = 7  # days a lead that names none may sum up a deed the body dates before the report


def _headline_told_again(drafts: list[Draft]) -> list[Draft]:
    """`12 قتيلا في قصف بالبراميل على مدينة الباب` over a body that tells 12 dead in a strike
    on قصر البريج near it: the headline's toll is the body's event, told at the nearest
    town; one event, where the body puts it."""
    if not any(d.headline for d in drafts):
        return drafts
    kept: list[Draft] = []
    for draft in drafts:
        body = None
        if draft.headline and draft.fatalities > 0:
            body = next((d for d in drafts if not d.headline
                         and d.sub_event_type == draft.sub_event_type
                         and d.fatalities == draft.fatalities
                         and _admin1_of(d) is not None and _admin1_of(d) == _admin1_of(draft)
                         and (d.date is None or draft.date is None
                              or abs((d.date - draft.date).days) <= (
                                  1 if draft.date_source == "own" else HEADLINE_DAYS))),
                        None)
        if body is None:
            kept.append(draft)
            continue
        body.mentions += draft.mentions
        body.actor1 = body.actor1 or draft.actor1
        body.evidence.extend(s for s in draft.evidence if s not in body.evidence)
    return kept


def _toll_to_the_one_place(drafts: list[Draft]) -> None:
    """`قتل 12 شخصا ... في غارات جوية على قرية ... في محافظة حلب`, then `ألقى براميل متفجرة
    على قرية قصر البريج`: a governorate-wide strike whose toll the report gives before it
    names the one place of that kind and day there, is that place's; the place takes the toll
    (the governorate-wide draft goes, as every one a precise one sums up)."""
    precise: dict[tuple, list[Draft]] = {}
    for d in drafts:
        if not _region_level(d) and not d.flags:
            precise.setdefault((_admin1_of(d), d.sub_event_type, d.date), []).append(d)
    for region in drafts:
        if not _region_level(region) or region.flags or not region.fatalities:
            continue
        places = precise.get((_admin1_of(region), region.sub_event_type, region.date), [])
        if len(places) == 1 and not places[0].fatalities and places[0].sentence > region.sentence:
            place = places[0]
            place.fatalities, place.place_deaths = region.fatalities, region.place_deaths
            place.civilian = place.civilian or region.civilian
            place.actor2 = place.actor2 or region.actor2
            if place.injuries is None:
                place.injuries = region.injuries


def _admin1_of(draft: Draft) -> str | None:
    if draft.place is not None and draft.place.place is not None:
        return draft.place.place.admin1
    return draft.admin1 or (draft.place.admin1 if draft.place else None)


# a change of hands is never a loose word for a strike beside it
_TERRITORY = frozenset({REGAINS, "Non-state actor overtakes territory"})
# ACLED codes one battle per place and day; a change of hands is the battle's outcome. So
# too one protest: the force it met is what befell it
_OUTCOME_RANK = {"Battles": {REGAINS: 2, "Non-state actor overtakes territory": 2,
                             "Armed clash": 1},
                 "Protests": {EXCESSIVE_FORCE: 2, "Protest with intervention": 1,
                              PEACEFUL_PROTEST: 0}}


def actors_of_country_abroad(doc: Document, drafts: Sequence[Draft]) -> None:
    """An event abroad is another country's: a force named there by a word for a kind of
    force (`الجيش`, `المسلحين`: actors.csv `abroad`), or given by a default, is that
    country's (`Military Forces of Iraq`, `Civilians (Turkey)`), unless the event's sentence
    names the Syrian one by its own name (`الجيش السوري`)."""
    kinds = {**actors_abroad(), CIVILIANS: "Civilians ({country})",
             PROTESTERS: "Protesters ({country})"}
    mentions = doc.mentions.get("actor", [])
    for draft in drafts:
        place = draft.place
        if place is None or place.how != "foreign" or place.foreign is None \
                or place.foreign.country in ("", "Syria"):
            continue
        start, end = draft.evidence[0]
        named = {m.value.actor for m in mentions
                 if start <= m.norm_start < end and not m.value.abroad}
        for role in ("actor1", "actor2"):
            actor = getattr(draft, role)
            if actor in kinds and actor not in named:
                setattr(draft, role, kinds[actor].format(country=place.foreign.country))


def one_battle_per_place_and_day(drafts: list[Draft]) -> list[Draft]:
    """Battles told at one place on one day are one battle (clashes, then a capture: the
    capture), with the largest toll and all the evidence; protests too are one protest
    (a protest, then fire on the protesters: the fire)."""
    kept: list[Draft] = []
    battle_at: dict[tuple[str, str, dt.date | None], Draft] = {}
    for draft in drafts:
        ranks = _OUTCOME_RANK.get(draft.event_type)
        if ranks is None or draft.place is None:
            kept.append(draft)
            continue
        key = (draft.event_type, _place_id(draft), draft.date)
        into = battle_at.get(key)
        if into is None:
            battle_at[key] = draft
            kept.append(draft)
            continue
        rank = ranks.get(draft.sub_event_type, 0)
        if (rank, draft.confidence or 0.0) > (ranks.get(into.sub_event_type, 0),
                                             into.confidence or 0.0):
            into.sub_event_type, into.actor1, into.actor2 = (
                draft.sub_event_type, draft.actor1 or into.actor1, draft.actor2 or into.actor2)
        into.fatalities = max(into.fatalities, draft.fatalities)
        if draft.injuries is not None:
            into.injuries = max(into.injuries or 0, draft.injuries)
        into.confidence = max(into.confidence or 0.0, draft.confidence or 0.0) if (
            into.confidence is not None or draft.confidence is not None) else None
        into.evidence.extend(span for span in draft.evidence if span not in into.evidence)
        into.provenance.extend(p for p in draft.provenance if p not in into.provenance)
    return kept


# a lesser reading of a happening and the readings that tell it better, at one place on one
# day: the ground taken by force is not also handed over (`سيطرت الفصائل على بلدة تقاد بعد
# انسحاب عناصر الهيئة منها`); protesters shot dead are the force used on the protest, not
# also a killing of civilians (`فرقت قوات الأمن بالرصاص الحي مظاهرة ... مقتل متظاهرين`)
_TOLD_BETTER_BY = {NON_VIOLENT_TRANSFER: _TERRITORY,
                   "Attack": frozenset({"Excessive force against protesters"})}
# ... and, told in the same sentence, a massacre by a named weapon is that strike (`ارتكبت
# الطائرات الروسية مجزرة في بلدة كفرنبل، راح ضحيتها 7 مدنيين جراء غارات جوية`; not a strike
# whose weapon was guessed: `اغتال مسلحون عنصرا عبر استهدافه`)
_TOLD_BETTER_IN_SENTENCE = {"Attack": frozenset({AIR, SHELLING, IED, SUICIDE, "Grenade",
                                                 CHEMICAL})}


_ATTACK_NOUNS = frozenset(fold(w) for w in _EVENT_WORDS["attack_nouns"])


def _told_by_attack_noun(draft: Draft) -> bool:
    """Is this a fight read from a bare noun of attack alone (`في هجوم أسفر عن`)?"""
    phrases = [p.removeprefix("trigger:") for p in draft.provenance if p.startswith("trigger:")]
    return draft.sub_event_type == "Armed clash" and bool(phrases) and all(
        fold(p) in _ATTACK_NOUNS for p in phrases)


def one_reading_per_happening(drafts: list[Draft]) -> list[Draft]:
    """Drop a lesser reading of what a better one tells at the same place on the same day."""
    told = {(d.sub_event_type, _place_id(d), d.date) for d in drafts if d.place is not None}
    named = {(d.sub_event_type, _place_id(d), d.date, d.sentence) for d in drafts
             if d.place is not None and not d.undecided}
    in_sentence = {(d.sub_event_type, _place_id(d), d.date, d.sentence) for d in drafts
                   if d.place is not None}
    return [d for d in drafts if d.place is None or not (
        any((better, _place_id(d), d.date) in told
            for better in _TOLD_BETTER_BY.get(d.sub_event_type, ()))
        or any((better, _place_id(d), d.date, d.sentence) in named
               for better in _TOLD_BETTER_IN_SENTENCE.get(d.sub_event_type, ()))
        or _told_by_attack_noun(d) and any(
            (better, _place_id(d), d.date, d.sentence) in in_sentence
            for better in _TOLD_BETTER_IN_SENTENCE["Attack"]))]


def _place_id(draft: Draft) -> str:
    if draft.place is None:
        return f"admin1:{draft.admin1}"
    mention = draft.place
    if mention.role == "region":
        return f"admin1:{mention.admin1}"
    if mention.place is not None:
        return mention.place.id
    return f"name:{mention.key}"


_REGION_HEADS = frozenset(fold(w) for w in place_words()["region_heads"])
_NEAR_PREPOSITIONS = place_words()["near_prepositions"]
_AFFILIATED = _EVENT_WORDS["affiliated"]
# what joins the members of a list of towns: `و`, commas, a settlement noun (`وبلدتي`), the
# outskirts of the next (`بلدة الناجية ومحيط مدينة جسر الشغور`)
# (and `وفي`: `في قرى الصفصافة وهنيدة وفي مدينة الثورة`)
_LIST_GLUE = regex.compile(r"[\s،,]*+و?(?:في\s++)?(?:(?:" + alternation(
    place_words()["outskirts"]) + r")\s++)?+(?:(?:" + alternation(
    place_words()["settlement_nouns"] | place_words()["village_nouns"]
    | place_words()["settlement_list_nouns"]) + r")\s++)?+")
_AFTER_DEATH = _EVENT_WORDS["after_death_triggers"]
_COVER_NOUNS = frozenset(w for n in _EVENT_WORDS["cover_nouns"] for w in (fold(n), "ب" + fold(n)))
_SEQUENCE_AFTER = regex.compile(
    r"\s{1,3}+(?:" + alternation(_EVENT_WORDS["sequence_words"]) + r")(?!\w)")
_SEQUENCE_BEFORE = regex.compile(
    r"(?:^|\s)و?(?:" + alternation(_EVENT_WORDS["sequence_words"]) + r")\s{1,3}+$")
_AGENT_LAM_NOUNS = _EVENT_WORDS["agent_lam_nouns"]
_WITHDRAWAL_NOUNS = frozenset(fold(w) for w in _EVENT_WORDS["withdrawal_nouns"])
_SUCCESS_VERBS = frozenset(fold(w) for w in _EVENT_WORDS["success_verbs"])
_UNDERGOING = frozenset(fold(w) for w in _EVENT_WORDS["undergoing_verbs"])
_SEIZE_NOUNS = tuple(fold(w) + " " for w in _EVENT_WORDS["seize_nouns"])
_ANNOUNCE_VERBS = frozenset(fold(w) for w in _EVENT_WORDS["announce_verbs"])
_CONTROL_STATE = regex.compile(
    r"(?:^|\s)(?:" + alternation(_EVENT_WORDS["control_state_words"]) + r")\s++$")
# `نعتقد أنه` right before a nation's adjective (`طيران ثابت الجناح نعتقد أنه روسي`)
_HEDGE_BEFORE = regex.compile(
    r"(?<!\w)(?:" + alternation(fold(w) for w in _EVENT_WORDS["hedges"]) + r")\s++(?:"
    + alternation(fold(w) for w in _EVENT_WORDS["hedge_that"]) + r")\s++$")


_HEDGED_AGENT = regex.compile(
    r"(?<!\w)[وف]?(?:" + alternation(fold(w) for w in _EVENT_WORDS["hedges"] | {"رجح", "ترجح"})
    + r")(?:\s++\S{2,12}+)?\s++(?:" + alternation(fold(w) for w in _EVENT_WORDS["hedge_that"])
    + r"|ان\s++(?:تكون|يكون))"
    # (`يرجح أنها تابعة لسلاح الجو الأردني`, `مرجحا أن تكون الطائرات تابعة لـ`: the aircraft
    # again, and a word of belonging)
    r"(?:\s++(?:" + alternation(cue_words("air")) + r"))?(?:\s++(?:"
    + alternation(map(fold, _EVENT_WORDS["affiliated"])) + r"))?(?:\s++من)?\s*+$")


# (an actor widened back over its hedge: `يرجح أنها للتحالف الدولي`)
_HEDGE_OPENS = regex.compile(
    r"(?:" + alternation(fold(w) for w in _EVENT_WORDS["hedges"]) + r")\s++(?:"
    + alternation(fold(w) for w in _EVENT_WORDS["hedge_that"]) + r")\s++ل")


def _hedged(view: str, start: int) -> bool:
    """Does a monitor's hedge stand right before the actor at `start` (`يرجح أنها`, `رجح
    المرصد أن تكون من`)? (A cheap look for the hedge's letters first.)"""
    window = view[max(0, start - 48):start]
    return any(stem in window for stem in _HEDGE_STEMS) and \
        _HEDGED_AGENT.search(view, max(0, start - 48), start) is not None


_HEDGE_STEMS = ("رجح", "عتقد", "شتبه", "يظن")


def _hedge_before(view: str, start: int) -> int | None:
    """Where a hedge right before `start` begins (`يعتقد أنها` before `أردنية`), if one does."""
    found = _HEDGE_BEFORE.search(view, max(0, start - 30), start)
    return found.start() if found else None


def _with_its_force(view: str, actor: Match[ActorEntry]) -> Match[ActorEntry]:
    """A nation's adjective widened over the air force or gun it names (`الطيران الحربي` before
    `الإسرائيلي`; `طيران ثابت الجناح` before `نعتقد أنه روسي`): one actor with them."""
    hedge = _hedge_before(view, actor.start)
    if hedge is not None:
        return actor._replace(start=_force_before(view, hedge, HEDGE_REACH, last_only=True))
    if _nation_adjective(view[actor.start:actor.end]):
        return actor._replace(start=_force_before(view, actor.start))
    return actor
_GROUP_LABELS = frozenset(fold(w) for w in _EVENT_WORDS["group_labels"])
_CONSTRUCT_HEADS = frozenset(fold(w).removeprefix("ال") for w in _EVENT_WORDS["construct_heads"])


_MILITARY_POSITIONS = frozenset(fold(w) for w in _EVENT_WORDS["military_positions"])
_POSITION_ATTACKS = frozenset(fold(w) for w in _EVENT_WORDS["position_attacks"])
POSITION_REACH = 10  # words from an attack verb, past its subject, to the position attacked


def _on_a_position(view: str, trigger: Match[TriggerEntry]) -> bool:
    """`هاجم مسلحو التنظيم حاجزا لقوات النظام`: an attack word whose clause names a force's
    position after it (past the verb's subject) tells a clash that happened."""
    if fold(trigger.payload.phrase) not in _POSITION_ATTACKS:
        return False
    _, end = _clause(view, trigger.start)
    words = view[trigger.end:end].split()[:POSITION_REACH]
    return any(word.lstrip("وفبل").removeprefix("ال") in _MILITARY_POSITIONS
               or word.lstrip("وفبل") in _MILITARY_POSITIONS
               # (or a town attacked: `هاجم تنظيم داعش فجر اليوم قرى تيما ودوما`)
               or word.lstrip("وفبل") in _ATTACKED_SETTLEMENTS for word in words)


_ATTACKED_SETTLEMENTS = _EVENT_WORDS["attacked_settlements"]
_LED_TO = frozenset(fold(w) for w in _EVENT_WORDS["led_to"])


ADVANCED_CHARS = 60  # how far before a capture's `لتسيطر` the advance it ended is looked for
_ADVANCED = frozenset(fold(w) for w in _EVENT_WORDS["advanced_words"])
_ATTEMPTS = cue_phrases("attempt", "irrealis")


def _went_on_to_take(view: str, trigger: Match[TriggerEntry]) -> bool:
    """`تقدمت القوات أمس لتسيطر على حي بعيدين`: a present verb of taking with `ل`, after an
    advance its clause told and no try between, is what the advance went on to take."""
    if not view.startswith("ل", trigger.start) \
            or not fold(trigger.payload.phrase).startswith(("ت", "ي")):
        return False
    clause_start = max(_clause(view, trigger.start)[0], trigger.start - ADVANCED_CHARS)
    between = view[clause_start:trigger.start].split()
    return any(w.lstrip("وف") in _ADVANCED for w in between) and not any(
        w.lstrip("وفل") in _ATTEMPTS for w in between)


def _for_the_aim(view: str, trigger: Match[TriggerEntry]) -> bool:
    """`معركة للسيطرة على مدينة درعا`, `لاستعادة السيطرة`: a capture's noun with the `ل` of
    an aim is what a battle is for, not what it took (unless it led there: `ما أدى للسيطرة
    على`, `وصولا للسيطرة`)."""
    text = view[trigger.start:trigger.end]
    if not text.startswith("ل") or fold(trigger.payload.phrase).startswith("ل"):
        return False
    if _went_on_to_take(view, trigger):
        return False
    before = view[max(0, trigger.start - 16):trigger.start].split()[-1:]
    return not (before and (before[0] in _LED_TO
                            or before[0][:1] in "وف" and before[0][1:] in _LED_TO))


def _headline_deed(view: str, trigger: Match[TriggerEntry], subjects: Sequence[int]) -> bool:
    """`الجيش السوري يسيطر على بلدة الهبيط`: a headline's present verb of taking ground, its
    subject put right before it (`الجيش السوري وحلفاؤه يستعيدون`), tells the deed of the day,
    not who holds the place."""
    return trigger.payload.sub_event_type in _TERRITORY and any(
        end <= trigger.start and tokens_between(view, end, trigger.start) <= 1
        for end in subjects)


def _achieved(view: str, trigger: Match[TriggerEntry]) -> bool:
    """`تمكن الجيش الحر، أمس، من السيطرة على بلدة دابق`: a deed after a verb of succeeding
    and `من` was done."""
    if _announced(view, trigger):
        return True
    start = trigger.start
    seized = view[max(0, start - 8):start]
    # (`من انتزاع السيطرة على`: a noun of seizing between)
    start -= next((len(noun) for noun in _SEIZE_NOUNS if seized.endswith(" " + noun)), 0)
    if not view[max(0, start - 3):start].endswith("من "):
        return False
    before = view[max(0, start - 120):start]
    words = before[before.rfind(".") + 1:].split()  # its own sentence, across the subject's commas
    verb = next((i for i, word in enumerate(words) if word.lstrip("وف") in _SUCCESS_VERBS), None)
    if verb is None:
        return False
    # `وفي حال تمكنت الفصائل من السيطرة`: a success only supposed
    said_before = " ".join(words[max(0, verb - 3):verb])
    return not any(said_before.endswith(cue) for cue in cue_phrases("irrealis"))


def _undergone(view: str, trigger: Match[TriggerEntry]) -> bool:
    """`تعرضت دورية لقوات النظام لهجوم`: an attack a force underwent happened."""
    if not view.startswith("ل", trigger.start):
        return False
    return any(word.lstrip("وف") in _UNDERGOING
               for word in words_in_clause_before(view, trigger.start, UNDERGONE_REACH))


UNDERGONE_REACH = 6  # words from a verb of undergoing to the deed undergone


def _announced(view: str, trigger: Match[TriggerEntry]) -> bool:
    """`أعلن الجيش الوطني السيطرة على قرية مبروكة`: a capture that is the object of a verb of
    announcing (not of `أعلن أن`, whose clause has a verb of its own) was made by the
    announcer."""
    if trigger.payload.sub_event_type not in _ANNOUNCED_KINDS:
        return False
    before = view[max(0, trigger.start - 140):trigger.start]
    words = before[before.rfind(".") + 1:].split()[-ANNOUNCE_REACH:]
    verb = next((i for i in range(len(words) - 1, -1, -1)
                 if words[i].lstrip("وف") in _ANNOUNCE_VERBS), None)
    return verb is not None and not any(word.lstrip("وب") in ("ان", "انه", "انها")
                                        for word in words[verb + 1:])


ANNOUNCE_REACH = 12  # words from a verb of announcing to the capture it announces
# (and a shooting down: `أعلنت غرفة العمليات إسقاط طائرة مسيرة لقوات النظام`; an arrest:
# `أعلنت قسد اعتقال قيادي في داعش`)
_ANNOUNCED_KINDS = _TERRITORY | {"Disrupted weapons use", "Arrests"}


def _claimed_by(view: str, sentences: Sequence[Sentence], drafts: list[Draft], cues: _ByPosition,
                actors: _ByPosition) -> None:
    """`قتل 12 بانفجار سيارة مفخخة في الحسكة. وتبنى تنظيم داعش التفجير`: the group that
    claims a blast or an attack (the actor right after the verb of claiming) did it, in the
    claim's sentence or, when that tells no event of its own, the one before."""
    claims = [(c.norm_start, c.norm_end, next(
        (a.value for a in actors.within(c.norm_end, c.norm_end + 40)
         if tokens_between(view, c.norm_end, a.norm_start) <= 1), None))
        for c in cues.items if c.value.cue == "claim"]
    claims += [(owned.start(), owned.end(), _owner_announced(view, owned.start(), actors))
               for owned in _OWNED_RESPONSIBILITY.finditer(view)]
    if not claims:
        return
    starts = [s.start for s in sentences]
    for claim_start, claim_end, claimant in claims:
        if claimant is None:
            continue
        here = max(0, bisect.bisect_right(starts, claim_start) - 1)
        told = [d for d in drafts if d.sentence == here and d.place is not None]
        if not told and _CLAIMED_MANY.search(view, claim_end, _clause(view, claim_end)[1]):
            # `وتبنى تنظيم داعش التفجيرات`: every blast the report told before the claim
            told = [d for d in drafts if d.sentence < here
                    and d.event_type == "Explosions/Remote violence"]
        if not told:
            told = [d for d in drafts if d.sentence == here - 1]
        for draft in told:
            if draft.event_type in ("Explosions/Remote violence", "Battles",
                                    "Violence against civilians") and (
                    draft.actor1 in (None, _UNIDENTIFIED) or _DEFAULT_ACTOR in draft.provenance):
                draft.actor1 = claimant.actor
                if draft.actor2 == claimant.actor:
                    draft.actor2 = None
                if _DEFAULT_ACTOR in draft.provenance:
                    draft.provenance.remove(_DEFAULT_ACTOR)


_OWNED_RESPONSIBILITY = regex.compile(
    r"(?<!\w)(?:" + alternation(map(fold, _EVENT_WORDS["owned_responsibility"])) + r")(?!\w)")
_NOT_DONE = frozenset(("لم", "لن", "ما", "عدم", "دون"))


def _owner_announced(view: str, at: int, actors: _ByPosition) -> ActorEntry | None:
    """The group between a verb of announcing and the responsibility it owns (`أعلن تنظيم
    داعش مسؤوليته`), unless the verb is denied (`لم يعلن أي فصيل مسؤوليته`)."""
    owner = next((a for a in reversed(actors.within(max(0, at - 60), at))
                  if a.norm_end <= at and tokens_between(view, a.norm_end, at) == 0), None)
    if owner is None:
        return None
    words = view[max(0, owner.norm_start - 30):owner.norm_start].split()[-2:]
    if not words or words[-1].lstrip("و") not in _ANNOUNCE_VERBS or (
            len(words) == 2 and words[0].lstrip("و") in _NOT_DONE):
        return None
    return owner.value


# what a claim owns up to in the plural or the dual (`تبنى التنظيم التفجيرات`, `التفجيرين`)
_CLAIMED_MANY = regex.compile(
    r"(?<!\w)(?:ال)?(?:" + alternation(map(fold, _EVENT_WORDS["claimed_many"])) + r")(?!\w)")


def _organisation_named_before(view: str, actors: list[Match[ActorEntry]]
                               ) -> list[Match[ActorEntry]]:
    """`التنظيم` alone is IS, unless the report last named another organisation by that head
    (`تنظيم ي ب ك`, `تنظيم حراس الدين`): then it points back to that one. So too `قوات
    الاحتلال` alone is Israel's, unless the report named another occupation with its nation."""
    last: ActorEntry | None = None
    occupier: ActorEntry | None = None
    out = []
    for m in actors:
        phrase = fold(m.payload.phrase)
        if phrase == _THE_ORGANISATION:
            out.append(m._replace(payload=last) if last is not None else m)
            continue
        if phrase in _BARE_OCCUPATION:
            # `قوات الاحتلال` after `قوات الاحتلال التركي`: the occupation the report named
            # (or the one named right after it: `طائرات الاحتلال التركي`)
            occupier = _occupation_named_after(view, m) or occupier
            out.append(m._replace(payload=occupier) if occupier is not None else m)
            continue
        if view[m.start:m.end].lstrip("وبل").startswith(_ORGANISATION_HEAD):
            last = m.payload
        if _OCCUPATION in phrase:
            occupier = m.payload
        out.append(m)
    return out


def _occupation_named_after(view: str, match: Match[ActorEntry]) -> ActorEntry | None:
    """The occupation a nation's word right after a bare one's names (`طائرات الاحتلال
    التركي`: the lexicon's `الاحتلال التركي`, which the longer bare name overlapped)."""
    start = view.rfind(" ", match.start, match.end) + 1
    stop = view.find(" ", match.end + 1)
    return next((m.payload for m in actor_matcher().find(
        view[start:stop if stop >= 0 else len(view)]) if _OCCUPATION in fold(m.payload.phrase)),
        None)


# the protesters a deed befell, named as its victims (`قتل متظاهران`, `إصابة عدد من المتظاهرين`)
_PROTESTERS_HIT = regex.compile(r"(?<!\w)[وبل]?(?:ال)?(?:" + alternation(
    map(fold, _EVENT_WORDS["protester_nouns"])) + r")(?!\w)")
_SHOT_AT_A_GATHERING = regex.compile(r"(?<!\w)(?:" + alternation(
    map(fold, _EVENT_WORDS["protest_gatherings"])) + r")(?!\w)")
# `وتأتي الغارة بعد`, `وجاء القصف`: the deed told before, set in its time
_COMES = regex.compile(r"(?:^|\s)و?(?:" + alternation(map(fold, _EVENT_WORDS["comes_words"]))
                      + r")\s++$")
_DRONES = frozenset(fold(w) for w in _EVENT_WORDS["drone_words"])
_TEAR_GAS = "للدموع"  # `الغاز المسيل للدموع`, `القنابل المسيلة للدموع` (triggers.csv)
_PEJORATIVE_LABELS = frozenset(fold(w).removeprefix("ال")
                               for w in _EVENT_WORDS["pejorative_labels"])
_NOT_A_GROUP = ("Civilians", "Protesters", "Unidentified")
LABEL_REACH = 600  # characters back to the group a pejorative label points to


_SDF_CONTEXT_NAMES = frozenset(fold(w) for w in _EVENT_WORDS["sdf_context_names"])
_SDF = "SDF / YPG (Kurdish forces)"


# the towns of the north-east the SDF's administration polices (`قوى الأمن الداخلي في القامشلي`)
_SDF_TOWNS = regex.compile(r"(?<!\w)[وبلف]?(?:" + alternation(
    fold(w) for w in _EVENT_WORDS["sdf_towns"]) + r")(?!\w)")


def _sdf_names_in_its_reports(view: str, actors: list[Match[ActorEntry]]
                              ) -> list[Match[ActorEntry]]:
    """`قوى الأمن الداخلي` in a report that names the SDF or the Asayish, or a town of the
    north-east they police: the SDF's internal security (the Asayish), not the state's."""
    if not any(fold(m.payload.phrase) in _SDF_CONTEXT_NAMES for m in actors) or not (
            any(m.payload.actor == _SDF for m in actors) or _SDF_TOWNS.search(view)):
        return actors
    return [m._replace(payload=replace(m.payload, actor=_SDF, state=False))
            if fold(m.payload.phrase) in _SDF_CONTEXT_NAMES else m for m in actors]


def _labels_for_named(view: str, actors: list[Match[ActorEntry]]
                      ) -> list[Match[ActorEntry]]:
    """`واستهدف الإرهابيون بلدة صدد` after `إرهابيي داعش` was named: the label one side's
    media give the other points back to the armed group the report last named, a few
    sentences before; with none named, the lexicon's reading stands."""
    last: Match[ActorEntry] | None = None
    # the group the report named with the label itself (`مرتزقة داعش`): the label alone,
    # anywhere after, is that group (the outlet's word for one enemy)
    labelled: dict[str, Match[ActorEntry]] = {}
    out = []
    for m in actors:
        label = fold(m.payload.phrase).removeprefix("ال")
        if label in _PEJORATIVE_LABELS and view[m.start:m.end].lstrip("وفب").startswith(
                ("ال", "لل")):
            named = labelled.get(label) or (last if last is not None
                                            and m.start - last.end <= LABEL_REACH else None)
            out.append(m._replace(payload=named.payload) if named is not None else m)
            continue
        if not m.payload.state and not m.payload.actor.startswith(_NOT_A_GROUP):
            last = m
            before = view[max(0, m.start - 16):m.start].split()[-1:]
            # (the construct of a plural drops its ن: `إرهابيي داعش`)
            word = before[0].removeprefix("و") if before else ""
            for form in (word, word + "ن"):
                if form in _PEJORATIVE_LABELS:
                    labelled[form] = m
        out.append(m)
    return out


# the active verb of killing, with its subject after it (`قتلت قوات النظام`)
_KILLED_BY = frozenset(fold(w) for w in _EVENT_WORDS["killing_verbs"])
_KILLING = TriggerEntry("قتلت", "Violence against civilians", "Attack", "", "", "", False)
_FIRED_FROM_THE_AIR = TriggerEntry("نيران", "Explosions/Remote violence", AIR, "", "",
                                   "Military Forces of Syria", True)
_FIRE_WORDS = tuple(fold(w) for w in _EVENT_WORDS["fire_words"])
_UNIDENTIFIED = "Unidentified Armed Group (Syria)"
_UNNAMED_ARMED_MEN = _EVENT_WORDS["unnamed_armed_men"]


def _unnamed_armed_men_after(view: str, trigger: Match[TriggerEntry]) -> bool:
    """Is the verb's subject, right after it, armed men no one names (`احتجز مسلحون`)?"""
    following = view[trigger.end + 1:trigger.end + 12].split(" ", 1)[0].rstrip("،,.")
    return view.startswith(" ", trigger.end) and following in _UNNAMED_ARMED_MEN


_THE_ORGANISATION = "التنظيم"
_OCCUPATION = "الاحتلال "
_BARE_OCCUPATION = frozenset(fold(w) for w in _EVENT_WORDS["bare_occupation"])
_ORGANISATION_HEAD = "تنظيم "


def _construct_head(view: str, match: Match) -> bool:
    """A head noun of `construct_heads` matched without its article and followed by a word
    (`جيش خالد`): it names the army or men of what follows."""
    head = fold(match.payload.phrase).removeprefix("ال")
    return (head in _CONSTRUCT_HEADS
            and not view[match.start:match.core_start].endswith(("ال", "لل"))
            and view[match.end:match.end + 1] == " "
            and view[match.end + 1:match.end + 3].lstrip('"«“')[:1].isalpha())


# the aircraft an actor may be named by (`لطائرات حربية روسية`, `للطيران الروسي`): after `لـ`
# they are whose the strike was, never its target
_AIR_HEADS = frozenset(w.removeprefix("ال") for w in cue_words("air"))
# `من طرف،` / `من جهة،` closing the first side of a fight (not `من طرف آخر`)
_FIRST_SIDE = regex.compile(r"من\s+(?:طرف|جهه)(?!\s*(?:اخر|اخري|ثان|ثانيه))")


def _others_with_one_named(view: str, q, kills) -> bool:
    """`قتل القيادي أبو أحمد مع ثلاثة عناصر آخرين`, `بمقتل القيادي وثلاثة آخرين`: a count
    of "others" joined by `مع` or `و` to someone the death word names before it."""
    after = _NEXT_WORD.match(view, q.end)
    if not (q.text.split()[-1] in _ANOTHER or (after is not None and after.group(1) in _ANOTHER)):
        return False
    before = view[max(0, q.start - 4):q.start]
    # after `مع` the one named may stand before the death word (`إن العجلاني قتل مع`)
    least = 1 if before.endswith("مع ") else 2
    joined = least == 1 or view[q.start:q.start + 1] == "و" or before.endswith("و")
    return joined and any(k.norm_end <= q.start and least <= tokens_between(
        view, k.norm_end, q.start) <= KILL_REACH for k in kills)


def _told_as_amid(view: str, trigger: Match[TriggerEntry], s_cues) -> bool:
    """Does an "amid" cue (`وسط`, `بالتزامن مع`) stand right before the trigger (a word such
    as an adjective may come between: `وسط قصف جوي`, `بالتزامن مع تجدد القصف`)?"""
    return any(c.value.cue == "amid" and c.norm_end <= trigger.start
               and tokens_between(view, c.norm_end, trigger.start) <= 1 for c in s_cues)


def _toll_kind(position: int, kinds: dict[tuple[str, str], Match[TriggerEntry]]
               ) -> tuple[str, str] | None:
    """Of several explosions in a frame, the one whose trigger stands last before a toll
    (None: any kind takes it, as when the frame tells one kind or the toll comes first)."""
    explosions = {k: t for k, t in kinds.items() if k[0] == "Explosions/Remote violence"}
    if len(explosions) < 2:
        return None
    before = [(t.start, k) for k, t in explosions.items() if t.start < position]
    return max(before)[1] if before else None


# `وفي ريف إدلب`, `في محافظة حلب` right before a governorate's name
_FRAMING_IN = regex.compile(r"(?:^|\s)و?في\s+(?:(?:ال)?ريف\s+|محافظه\s+)?$")


def _only_framed(view: str, frame: Frame, following: Frame) -> bool:
    """Are a frame's places only governorates that frame its clause, while the next trigger
    of the same clause names precise places (`وفي ريف إدلب اندلعت اشتباكات وتبادل للقصف ...
    من قريتي الفوعة وكفريا`)?"""
    return (bool(frame.places) and all(
                p.role == "region" and p.end <= frame.triggers[0].start
                and _FRAMING_IN.search(view, max(0, p.start - 16), p.start) is not None
                for p in frame.places)
            and any(p.role != "region" for p in following.places)
            and _clause(view, following.triggers[0].start)
            == _clause(view, frame.triggers[0].start))


def _instrument_of(view: str, frame: Frame, follower: Frame) -> bool:
    """Does `follower` (a trigger with no place of its own) stand right after one of
    `frame`'s places, in its clause, as a weapon of the same strike (`بالبراميل`)?"""
    trigger = follower.triggers[0]
    place = max(frame.places, key=lambda p: p.end)
    return (place.end <= trigger.start and tokens_between(view, place.end, trigger.start) <= 1
            and _clause(view, place.start) == _clause(view, trigger.start)
            and trigger.payload.event_type == "Explosions/Remote violence")


def _weapon(view: str, trigger: Match[TriggerEntry], s_cues, clause_only: bool = False
            ) -> str | None:
    """Air or ground for a strike of unnamed weapon: the weapon words of its own clause
    decide, else (unless `clause_only`) the sentence's, up to a "while" that opens another
    happening (`بينما نفذ الطيران غارات`); when both kinds are named, the nearer one."""
    start, end = _clause(view, trigger.start)
    scopes = [[c for c in s_cues if start <= c.norm_start < end]]
    if not clause_only:
        turns = turn_positions(s_cues)
        after = min((t for t in turns if t >= trigger.end), default=len(view))
        before = max((t for t in turns if t < trigger.start), default=0)
        scopes.append([c for c in s_cues if before <= c.norm_start < after])
    for scope in scopes:
        air = _nearest_cue(trigger, scope, "air")
        ground = _nearest_cue(trigger, scope, "ground")
        if air is not None or ground is not None:
            return SHELLING if air is None or (ground is not None and ground < air) else AIR
    return None


def _joined_weapons(view: str, trigger: Match[TriggerEntry], s_cues) -> set[str]:
    """The kinds of strike a bare strike word's clause names as its instruments, joined by
    `و` (`بالمدفعية والطيران`, `بالطيران الحربي والمدفعية الثقيلة`): each is a strike."""
    start, end = _clause(view, trigger.start)
    weapons = sorted((c for c in s_cues if c.value.cue in ("air", "ground")
                      and trigger.end <= c.norm_start < end), key=lambda c: c.norm_start)
    kinds: set[str] = set()
    for first, second in itertools.pairwise(weapons):
        if (view.startswith(("ب", "وب"), first.norm_start) and view[second.norm_start] == "و"
                and first.value.cue != second.value.cue
                and tokens_between(view, first.norm_end, second.norm_start) <= 1):
            kinds |= {AIR, SHELLING}
    return kinds


def _weapon_beside(view: str, trigger: Match[TriggerEntry], s_cues) -> bool:
    """Does a weapon word stand right after the strike word (`قصف مدفعي`, `قصف بالمدفعية`)?"""
    return any(c.value.cue in ("air", "ground") and c.norm_start >= trigger.end
               and tokens_between(view, trigger.end, c.norm_start) == 0 for c in s_cues)


def _nearest_cue(trigger: Match[TriggerEntry], cues, name: str) -> int | None:
    distances = [abs(c.norm_start - trigger.start) for c in cues if c.value.cue == name]
    return min(distances) if distances else None


def joined_targets(view: str, roles: list) -> list:
    """`تجمعات للمسلحين والقوات التركية`: an actor joined by `و` to a target is one too (also
    past a group's label: `من قوات النظام وميليشيا "حزب الله"`)."""
    out = list(roles)
    for i in range(1, len(out)):
        before, role = out[i - 1], out[i]
        if before[3] == "target" and role[3] == "plain" and (
                view.startswith("و", role[0])
                and _ADJECTIVE_GAP.fullmatch(view, before[1], role[0]) is not None
                or _JOINED_LABEL.fullmatch(view, before[1], role[0]) is not None):
            out[i] = (role[0], role[1], role[2], "target")
    return out


# the first's nation adjective (`قوات النظام السوري وميليشيا`), maybe between two joined actors
_NATION_ADJECTIVE = r"(?:\s{1,3}+ال\p{L}{2,10}+(?<=ي))?"
_ADJECTIVE_GAP = regex.compile(_NATION_ADJECTIVE + r"\s{0,3}+")
# `و` and a group's label between two actors (`وميليشيا "حزب الله"`, `وعناصر من`)
_JOINED_LABEL = regex.compile(
    _NATION_ADJECTIVE
    + r"\s{1,3}+و(?:" + alternation(fold(w) for w in _EVENT_WORDS["group_labels"])
    + r")(?:\s{1,3}+من)?\s{0,3}+[\"«“]?")


def _blast_of_a_strike(view: str, blast: Match[TriggerEntry], s_cues,
                       triggers: Sequence[Match[TriggerEntry]]) -> bool:
    """`بسماع دوي انفجارات قوية إثر غارات شنتها طائرات تركية`: explosions a strike told as
    their cause right after them set off are that strike's."""
    for cue in s_cues:
        if cue.value.cue != "cause" or fold(cue.value.phrase) not in _CAUSED_BY \
                or cue.norm_start < blast.end \
                or tokens_between(view, blast.end, cue.norm_start) > BLAST_CAUSE_REACH:
            continue
        return any(t.payload.event_type == "Explosions/Remote violence"
                   and t.payload.sub_event_type != UNDECIDED_BLAST and t.start >= cue.norm_end
                   and tokens_between(view, cue.norm_end, t.start) <= 1 for t in triggers)
    return False


BLAST_CAUSE_REACH = 3  # words between a blast and the "because of" that names its strike
_CAUSED_BY = frozenset(fold(w) for w in _EVENT_WORDS["caused_by"])


def _with_instrument(view: str, triggers: Sequence[Match[TriggerEntry]]) -> bool:
    """`استهدفت قوات النظام بلدة كفرنبل بالصواريخ`: a word of aiming and, in its clause, the
    strike's instrument (`ب` and a weapon) tell a strike together, each weak alone."""
    instruments = [t for t in triggers if t.payload.event_type == "Explosions/Remote violence"
                   and view.startswith("ب", t.start)]
    if any(t is not i and _clause(view, t.start) == _clause(view, i.start)
           for i in instruments for t in triggers):
        return True
    # (or the weapon as the verb's subject, right after it: `استهدفت صواريخ إسرائيلية مطار
    # التيفور`)
    return any(t is not w and w.payload.event_type == "Explosions/Remote violence"
               and t.end <= w.start and tokens_between(view, t.end, w.start) == 0
               for t in triggers for w in triggers)


def _armed(view: str, trigger: Match[TriggerEntry], s_cues) -> bool:
    """A weak trigger whose clause names the weapon (`استهدفت مدفعية الجيش بلدات`,
    `استهدفت الطائرات الحربية`): a strike is told, not only an aim."""
    start, end = _clause(view, trigger.start)
    return any(c.value.cue in ("air", "ground") and start <= c.norm_start < end
               for c in s_cues)


def _points_back(view: str, trigger: Match[TriggerEntry], s_cues) -> bool:
    """`هذا القصف`: a demonstrative before the trigger refers to an event already told (not
    one after a word of time: `عقب ذلك غارات`, "after that", new strikes)."""
    return any(c.value.cue == "anaphora" and c.norm_end <= trigger.start
               and not view[c.norm_end:trigger.start].strip()
               and not _word_before_in(view, c.norm_start, _TIME_BEFORE_DEMONSTRATIVE)
               for c in s_cues)


_TIME_BEFORE_DEMONSTRATIVE = frozenset(
    fold(w) for w in _EVENT_WORDS["time_before_demonstrative"])


def _road_town_rank(mention: PlaceMention) -> tuple[bool, int, bool]:
    """Which of the towns a road is named after the event is near: a seat first, the greater
    seat first, then an OCHA community."""
    place = mention.place
    assert place is not None
    return (place.capital_level is None, place.capital_level or 0, place.kind != "community")


_ALSO = regex.compile(r"^\W*+(?:كما|كذلك|وكذلك)(?!\w)|(?<!\w)ايضا(?!\w)")  # "as well"


def _one_more(view: str, trigger: Match[TriggerEntry]) -> bool:
    """`ضربة ثانية`, `مسيرة أخرى`: the trigger ends in an ordinal or "another"."""
    words = view[trigger.start:trigger.end].split()
    return len(words) > 1 and words[-1] in _ONE_MORE


_ONE_MORE = _ANOTHER | _EVENT_WORDS["ordinals"]


def _one_actor_each(drafts: list[Draft], kind: Callable[[Draft], str]) -> dict[str, str | None]:
    """The actor1 of each kind of these drafts, for the kinds that have one only."""
    actors: dict[str, set[str | None]] = {}
    for draft in drafts:
        actors.setdefault(kind(draft), set()).add(draft.actor1)
    return {k: next(iter(a)) for k, a in actors.items() if len(a) == 1}


def _joined_verb(view: str, trigger: Match[TriggerEntry], sentence_start: int) -> bool:
    """`، واستهدفت تجمعاتها`, `كما قصفوا`: a past verb that opens its clause after `و`, `ف`,
    `كما` or `ثم`, its subject only in its ending (the subject of the verb before it)."""
    start = max(_clause(view, trigger.start)[0], sentence_start)
    opener = view[start:trigger.start].split()
    word = view[trigger.start:trigger.end]
    phrase = fold(trigger.payload.phrase)
    at = word.find(phrase)
    if " " in word or at < 0 or opener and (len(opener) > 1 or opener[0] not in _JOINING_WORDS) \
            or not opener and word[:at] not in ("و", "ف") or opener and at:
        return False
    ending = word[at + len(phrase):]
    return ending in _SUBJECT_ENDINGS or not ending and phrase.endswith("ت")


_JOINING_WORDS = frozenset(_EVENT_WORDS["joining_words"])
_FOILING = frozenset(fold(w) for w in _EVENT_WORDS["foiling_words"])
# the endings of a past verb that mark its subject: she, they, the two (`استهدفت`, `قصفوا`)
_SUBJECT_ENDINGS = ("ت", "وا", "ا", "تا",
                    # (with the object's pronoun after: `واقتادوهم`, `فنقلته`)
                    "وه", "وها", "وهم", "وهما", "ته", "تها", "تهم", "تهما")


def _tally_word_before(view: str, position: int, start: int) -> bool:
    """A word of a toll (`الحصيلة`) before `position` in its sentence."""
    return any(w in view[start:position] for w in _TOLL_NOUNS)


_TOLL_NOUNS = frozenset(fold(w) for w in _EVENT_WORDS["toll_nouns"] if len(w) > 3)


def _as_of(view: str, day: DateMention) -> bool:
    """`بحسب الحصيلة التي حصلنا عليها حتى صباح اليوم`: a day "until" which a count was kept
    is no day of a deed."""
    return view[max(0, day.start - 8):day.start].rstrip().endswith("حتي")


def _no_new_day(s_dates: Sequence[DateMention], told: DateMention | None,
                published: dt.date | None) -> bool:
    """Does a sentence name no day, or only the day the sentences before it told (`وأسفرت
    اشتباكات اليوم عن مقتل شابين` after a fight told today; the report's day when they
    passed on none)?"""
    day, until = (told.date, told.date_to) if told is not None else (published, None)
    return all(day is not None and d.date == day and d.date_to == until for d in s_dates)


def _of_the_day(view: str, trigger: Match[TriggerEntry], s_dates: Sequence[DateMention]
                ) -> bool:
    """`اشتباكات اليوم`, `قصف أمس`: a noun of a happening with its day right after it, the
    one told that day."""
    return any(d.start == trigger.end + 1 and d.precision == 1 for d in s_dates)


_FORMER = frozenset(fold(w) for w in _EVENT_WORDS["former_words"])
FORMER_REACH = 4  # words after a victim noun to the word that makes him a former fighter


def _former(view: str, end: int) -> bool:
    """Does a word of "former" or "retired" follow the victim noun ending at `end`, in its
    clause (`عسكري سابق`, `كانا يعملان سابقا في صفوف الحرس`)?"""
    stretch = view[end:_clause(view, end, 16 * FORMER_REACH)[1]].split(".", 1)[0]
    return any(w.removeprefix("و") in _FORMER for w in stretch.split()[:FORMER_REACH])


_TOLD_DEED_HEADS = frozenset(fold(w) for w in _EVENT_WORDS["told_deed_heads"])
_TOLD_DEED_OWNERS = frozenset(fold(w) for w in _EVENT_WORDS["told_deed_owners"])


def _after_told_deed_head(view: str, trigger: Match[TriggerEntry]) -> bool:
    """`الخلية المسؤولة عن التفجير`, `ضحايا التفجير`, `دوي الانفجار`: a definite noun of a
    deed right after a head that names it as one already known."""
    if not _definite(view, trigger):
        return False
    words = [w.removeprefix("و") for w in view[max(0, trigger.start - 40):trigger.start].split()]
    if not words:
        return False
    if words[-1] in ("عن", "في"):
        return len(words) > 1 and words[-2] in _TOLD_DEED_OWNERS
    return words[-1] in _TOLD_DEED_HEADS or " ".join(words[-2:]) in _TOLD_DEED_HEADS


def _definite(view: str, trigger: Match[TriggerEntry]) -> bool:
    """Is the trigger a definite noun (`القصف`, `والغارات`), what the text told already?"""
    return _definite_at(view, trigger.start, trigger.end)


def _definite_at(view: str, start: int, end: int) -> bool:
    return view[start:end].lstrip("وفبل").startswith("ال") or \
        view.startswith(("بال", "وال", "فال", "لل"), start)


def _verb_of_the_told(view: str, trigger: Match[TriggerEntry],
                      s_triggers: Sequence[Match[TriggerEntry]]) -> bool:
    """Is the trigger a verb whose object, right after it, is a definite noun of a deed
    (`تمكنت الفصائل من صد الهجوم`): what it did to the deed told before, no new one?"""
    return any(other.start > trigger.end and tokens_between(view, trigger.end, other.start) == 0
               and _definite(view, other) for other in s_triggers)


def _relative_of_the_told(view: str, trigger: Match[TriggerEntry],
                          s_triggers: Sequence[Match[TriggerEntry]]) -> bool:
    """Is the trigger the verb of a relative clause on a definite noun of a deed (`الغارات
    التي استهدفت غويران`): that deed told again, no new one?"""
    before = view[max(0, trigger.start - 12):trigger.start].split()[-1:]
    return before in (["التي"], ["الذي"], ["اللتين"], ["اللذين"]) and any(
        other.end <= trigger.start and tokens_between(view, other.end, trigger.start) == 1
        and _definite(view, other) for other in s_triggers)


def _retold_attack(view: str, trigger: Match[TriggerEntry]) -> bool:
    """`الهجوم`, `الاعتداء`: a definite noun of any attack, what the text told before."""
    return _definite(view, trigger) and fold(trigger.payload.phrase).removeprefix(
        "ال") in _GENERIC_ATTACKS


# a word of flying over and at most two words (`مكثف`, `لطائرات`) before an aircraft's word
OVERFLIGHT_CHARS = 36
_OVERFLIGHT = regex.compile(
    r"(?<!\w)[وف]?(?:" + alternation(map(fold, _EVENT_WORDS["overflight_words"]))
    + r")(?:\s++[^\s.,،؛:]++){0,2}?\s++$")
HELD_CHARS = 80
_HELD_WEAPON = regex.compile(
    r"(?<!\w)[وف]?(?:ال)?(?:" + alternation(map(fold, _EVENT_WORDS["weapons_held"]))
    + r")(?!\w)(?:\s++[^\s.,،؛:]++){0,10}?\s++$")
_GENERIC_ATTACKS = frozenset(fold(w) for w in _EVENT_WORDS["generic_attacks"])


def _nation_adjective(text: str) -> bool:
    """`الإسرائيلي`, `روسية`: one word of nationality (the view folds ة into ه)."""
    return " " not in text and text.endswith(("ي", "يه"))


HEDGE_REACH = 4  # words between an aircraft and the hedge of its nation (`طيران ثابت الجناح`)


def _force_before(view: str, start: int, reach: int = 2, *, last_only: bool = False) -> int:
    """Where the words of an air force or a gun right before `start` begin (`الطيران الحربي`
    before `الإسرائيلي`), at most `reach` words back; `start` itself when there are none.
    With `last_only`, other words may stand between (`طيران ثابت الجناح` before a hedge)."""
    begin = found = start
    for _ in range(reach):
        window = view[max(0, begin - 24):begin]
        kept = window.rstrip()
        if len(kept) == len(window) or not kept:
            break  # no space before `begin`: no whole word ends there
        word = kept.split()[-1]
        if word[-1:] in _CLAUSE_ENDS:
            break
        begin -= len(window) - len(kept) + len(word)
        if word in cue_words("air", "ground"):
            found = begin
        elif not last_only:
            break
    return found


def _death_before(view: str, trigger: Match[TriggerEntry], s_cues) -> bool:
    """A death word before the trigger in its clause (`قتل ثلاثة أشخاص أمس على يد`)."""
    start = _clause(view, trigger.start)[0]
    return any(c.value.cue == "kill" and start <= c.norm_start < trigger.start for c in s_cues)


def _claimed_back(view: str, trigger: Match[TriggerEntry], s_cues,
                  s_triggers: Sequence[Match[TriggerEntry]]) -> bool:
    """`قتل عشرة في تفجير انتحاري، وتبنت جبهة النصرة الهجوم`: the attack a group claims, told
    by a definite noun after an event the sentence already told, is that event."""
    if not _definite(view, trigger):
        return False
    return any(c.value.cue == "claim" and c.norm_end <= trigger.start
               and tokens_between(view, c.norm_end, trigger.start) <= 4
               and any(o.end <= c.norm_start for o in s_triggers) for c in s_cues)


def _the_reports_one_place(doc: Document, drafts: list[Draft]) -> None:
    """`وفي سياق متصل، عثر قاطنون على جثة امرأة` in a report on al-Hol camp alone: a deed
    whose sentence names no place, in a report that names one place in Syria and no other,
    is at that place (flagged `report_place`, for the model to weigh)."""
    if not any("no_place" in d.flags for d in drafts):
        return
    named = [m.value for m in doc.mentions.get("place", [])
             if m.value.role == "place" and m.value.how != "foreign" and m.value.place is not None]
    if not named or len({m.place.id for m in named}) != 1 or any(  # type: ignore[union-attr]
            m.value.role == "region" and m.value.admin1 != named[0].admin1
            or m.value.how == "foreign" for m in doc.mentions.get("place", [])):
        return
    for draft in drafts:
        if "no_place" in draft.flags and "vague_region" not in draft.flags:
            draft.place = named[0]
            draft.admin1 = named[0].admin1
            draft.flags.discard("no_place")
            draft.flags.add("report_place")


def _opened_long_ago(view: str, trigger: Match[TriggerEntry], sentence_start: int,
                     s_dates: Sequence[DateMention], published: dt.date | None) -> bool:
    """A sentence opened by a stretch begun long ago (`منذ شهرين، قتل 39 مدنيا`, "two months
    ago" or "for two months") and naming no day: no deed of the report's days."""
    if published is None or any(d.precision == 1 and d.kind != "background" for d in s_dates):
        return False
    return any(d.kind == "background" and d.date is not None and d.start < trigger.start
               and tokens_between(view, sentence_start, d.start) <= 1
               and (published - d.date).days > STALE_DAYS for d in s_dates)


def _one_label_list(view: str, places: Sequence[PlaceMention], trigger: Match) -> bool:
    """Are these names one list that opens the trigger's line, a colon after the last
    (`الحراك، الحارة، نمر، داعل: خرجت مظاهرات`)?"""
    if len(places) < 2 or not line_label(view, places[0].start):
        return False
    colon = view.find(":", places[-1].end, trigger.start)
    return colon >= 0 and view[places[-1].end:colon].strip(" ") == "" \
        and "\n" not in view[places[0].start:trigger.start] \
        and all(only_glue(view[a.end:b.start] + ("و" if view.startswith("و", b.start) else ""))
                for a, b in itertools.pairwise(places))  # (`جاسم والحارة`: its و is glue)


def _aimed_at(view: str, owner: Frame, place: PlaceMention, s_cues) -> bool:
    """Is the place what the owner's protest decried (`تندد بالقصف على دير الزور`) or its
    attack aimed at (`في محاولة لاختراق الخطوط المحيطة بحي الجورة`), with a place of the
    happening named before it?"""
    trigger = owner.triggers[0]
    if trigger.payload.event_type == "Protests":
        return _PROTEST_REASON.search(view, trigger.end, place.start) is not None
    return bool(owner.places) and any(
        c.value.cue == "attempt" and owner.places[-1].end <= c.norm_start < place.start
        and tokens_between(view, c.norm_end, place.start) <= AIM_REACH for c in s_cues)


AIM_REACH = 8  # words from `في محاولة` to a place of the aim
AMID_REACH = 3  # words from `وسط` to a strike the capture went with (`وسط قصف جوي ومدفعي`)
CAPTURE_CAUSE_CHARS = 40  # characters before a strike its capture's cause word may stand
# a cause word, at most three words before the strike (`إثر معارك عنيفة وقصف`)
_CAPTURE_CAUSE = regex.compile(r"(?:^|\s)(?:" + alternation(
    _EVENT_WORDS["capture_causes"]) + r")(?:\s{1,3}+[^\s.،,]{1,20}+){0,3}?\s{1,3}+$")
_ATTEMPT_NOUN = fold("محاولة")  # what `أحبطت` foiled (`أحبطت محاولة تفجير`, `... التسلل`)
ANNIVERSARY_REACH = 200  # characters before a deed its anniversary's word may stand in
_WHEN = tuple(f"{w} " for w in _EVENT_WORDS["when_words"])  # a clause of the time before it
# "except" a few words before a place (`باستثناء أجزاء من مدينة دير الزور`)
_EXCEPT = regex.compile(r"(?<!\w)(?:" + alternation(map(fold, _EVENT_WORDS["except_words"]))
                        + r")(?:\s{1,3}+\S{1,20}+){0,3}?\s{1,3}+$")


_AFTER_THAT = regex.compile(r"(?<!\w)[وف]?(?:بعد|عقب)\s{1,3}+ان(?!\w)")
# a deed told as going on or coming again (`تجددت الاشتباكات`, `تواصل القصف`), after what went
# before it on another day
_RENEWED = regex.compile(r"(?<!\w)[وف]?(?:" + alternation(
    fold(w) for w in _EVENT_WORDS["renewal_stems"]) + r")\p{L}{0,4}+(?!\w)")


def _told_as_before(view: str, sentence_start: int, position: int) -> bool:
    """Does the date at `position` stand in a clause of "after it had" (`بعد أن`) that follows
    the sentence's own words?"""
    start = _clause(view, position)[0]
    found = _AFTER_THAT.search(view, max(start, sentence_start), position)
    return found is not None and tokens_between(view, sentence_start, found.start()) > 2


def _told_cause(view: str, cause) -> bool:
    """Is the cause of a toll the deed told before (`وأسفر ذلك عن`, `أن العملية أسفرت عن`)?
    The word right after or before the cause's verb points back to it."""
    after = view[cause.norm_end:cause.norm_end + 16].split()[:1]
    before = view[max(0, cause.norm_start - 16):cause.norm_start].split()[-1:]
    return any(w.strip(",.،") in _TOLD_CAUSES for w in after + before)


_TOLD_CAUSES = frozenset(fold(w) for w in _EVENT_WORDS["told_causes"])


def _told_on(view: str, s_cues, start: int, end: int) -> bool:
    """Does the clause from `start` to `end` tell more of the happening before it: its dead
    (`بينما قتل 12 آخرون في`, `فيما قضى 5 من عائلة واحدة في`, `فيما توزع البقية على`) or the
    others of its kind (`فيما سقطت الأخرى في حي الشاغور`)?"""
    return any(c.value.cue == "kill" and start <= c.norm_start < end for c in s_cues) or any(
        w.removeprefix("ال") in _ANOTHER or w in _REST_OF_TOLL for w in view[start:end].split())


def _past_month(date: DateMention, published: dt.date | None) -> bool:
    """A month (or longer) that ended before the report's day: no day of it can be placed."""
    return date.precision >= 3 and date.date is not None and published is not None \
        and (date.date_to or date.date) < published


def _stale(date: DateMention | None, published: dt.date | None) -> bool:
    """An event dated well before the report: news recalls it, it does not report it."""
    if date is None or date.date is None or published is None:
        return False
    return (published - (date.date_to or date.date)).days > STALE_DAYS


def _default_at(actor: str | None, place: PlaceMention | None) -> str | None:
    """A trigger's default actor at this place: abroad, a group of unknown name is that
    country's (`Unidentified Armed Group (Turkey)`), and Syria's forces are no default."""
    if actor is None or place is None or place.how != "foreign" or place.foreign is None:
        return actor
    if actor.endswith("(Syria)") and place.foreign.country:
        return actor.removesuffix("(Syria)") + f"({place.foreign.country})"
    return None if "Syria" in actor else actor


def _day_of(mention: DateMention) -> dt.date | None:
    """The day to report: the day itself, or for a span reaching the report (`خلال هذا
    الأسبوع`) its last day, where the news is."""
    if mention.kind == "period" and mention.date_to is not None:
        return mention.date_to
    return mention.date


def _event_day(mention: DateMention, published: dt.date | None) -> bool:
    """A date an event can be placed on: a day or a few days, not a month or a period.
    `منذ صباح أمس` ("since yesterday morning") is a recent day, so it counts."""
    if mention.precision >= 3 or mention.date is None and mention.kind == "background":
        return False
    if _to_come(mention, published):
        return False  # `الإثنين المقبل`: a day to come holds a plan, no event
    if mention.kind != "background":
        return True
    # `منذ صباح أمس`, `منذ يومين`: an ongoing event that began recently
    return (mention.precision <= 2 and mention.date is not None and published is not None
            and (published - mention.date).days <= RECENT_DAYS)


def _to_come(mention: DateMention, published: dt.date | None) -> bool:
    """Is the date after the report's own day?"""
    return mention.date is not None and published is not None and mention.date > published


def _starts_the_stretch(view: str, mention: DateMention, since) -> bool:
    """A date a few words after `منذ` and what began (`منذ بدء معركة المدينة قبل أسبوع`), in
    its clause: the start of a stretch. (After a bare `منذ`, `منذ صباح أمس`, it is the date's
    own reading, a background span.)"""
    return any(c.norm_end <= mention.start
               and 1 <= tokens_between(view, c.norm_end, mention.start) <= SINCE_DATE_REACH
               and not any(mark in view[c.norm_end:mention.start] for mark in ",،.")
               for c in since)


STORY_FRAMES = 8  # frames of the sentences before that a happening told again may be of
RETOLD_SENTENCES = 2  # ... at most this many sentences back
SINCE_DATE_REACH = 5  # words between `منذ` and the date of what began


def _passes_on(mention: DateMention, published: dt.date | None) -> bool:
    """A date the undated sentences after it take: any but a `منذ` date older than
    `CARRIED_SINCE_DAYS` (a stretch the report looks back over), and no day to come."""
    if _to_come(mention, published):
        return False  # `من المقرر ... الإثنين المقبل`: what the next sentences tell happened
    if mention.kind != "background":
        return True
    return (mention.date is not None and published is not None
            and (published - mention.date).days <= CARRIED_SINCE_DAYS)


# `مقتل وجرح`, `قتلى وجرحى`, `شهداء وجرحى`: dead and wounded counted together
_KILLED_AND_INJURED = regex.compile(
    r"(?:مقتل|قتل|قتلي|شهداء|استشهاد)\s{1,3}+و(?:جرح|جرحي|اصابه)(?!\w)")


_UNNUMBERED_DEAD = regex.compile(
    r"(?<!\w)(?:ال)?(?:قتلي|شهداء)\s{1,3}+و(?:ال)?جرحي(?!\w)"
    # `بسقوط قتلى من جيش النظام`: the dead fell, not numbered
    # (not `دون وقوع قتلى`: none fell)
    r"|(?<!\w)(?<!(?:دون|عدم)\s{1,3})[وب]?(?:سقوط|وقوع|اوقع|اوقعت|خلف|خلفت)\s{1,3}+(?:قتلي|شهداء)"
    r"(?!\w)")
SEVERAL = 3  # ACLED's reading of dead reported without a number
# `مما أدى إلى مقتله`, `أسفر عن استشهادها`: the death of him or her, one person (or the two
# of a dual: `مقتلهما`)
# (or by a verb of dying with no one named: `وفارق الحياة متأثرا بجراحه`, `لقي حتفه`)
_DEATH_OF_ONE = regex.compile(
    r"(?<!\w)[وبل]?(?:ل)?(?:مقتل|مصرع|استشهاد|وفاه|قتل)(?:ه|ها|(?P<two>هما))(?!\w)"
    r"|(?<!\w)[وف]?(?:فارق|فارقت)\s{1,3}+الحياه(?!\w)"
    r"|(?<!\w)[وف]?(?:لقي|لقيت)\s{1,3}+(?:حتفه|حتفها)(?!\w)")


def _killed_and_injured(view: str, q) -> bool:
    """Is this a count without a number of the dead and wounded together?"""
    if not q.approximate or any(c.isdigit() for c in q.text) or not any(
            phrase in q.text for phrase in _numbers().vague):
        return False
    return bool(_KILLED_AND_INJURED.search(view, max(0, q.start - 24), q.start)
                or _KILLED_AND_INJURED.search(view, q.end, q.end + 24))


def _name_end_before(view: str, position: int, place_ends: dict[int, int]) -> int | None:
    """Where the place name ends that stands right before `position`, or one definite
    adjective before it (`مطار منغ العسكري`), if one does."""
    if position in place_ends:
        return position
    word_start = view.rfind(" ", 0, position) + 1
    if view.startswith("ال", word_start) and word_start - 1 in place_ends:
        return word_start - 1
    return None


_RELATIVE_AFTER_NAME = regex.compile(
    r"\s(?:" + alternation(map(fold, _EVENT_WORDS["place_describers"])) + r")(?=\s)")
# `ويأتي الهجوم بعد يومين من`: a verb of "it comes", a few words, then `بعد`, in one sentence
_COMES_AFTER = regex.compile(
    r"(?:^|\s)[وف]?(?:" + alternation(map(fold, _EVENT_WORDS["comes_after_verbs"]))
    # (not `بعد يومين من مقتل`: a happening a few days back is one of its own, on its day)
    + r")(?:\s{1,3}+[^\s.!?]{1,30}+){0,6}?\s{1,3}+بعد\s"
    r"(?!(?:\d{1,3}\s{1,3}+)?(?:يوم|يومين|ايام|ساعه|ساعات|ساعتين|اسبوع|اسبوعين|ليله|دقائق))"
    r"[^.!?\n]{0,160}+$")
COMES_AFTER_WINDOW = 240  # characters before a trigger its "it comes after" is looked for in
# `بعد ثلاثة أشهر من الحملة العسكرية التي أدت إلى`: what a relative clause tells of the
# happening a stretch is counted from (no comma between)
_SINCE_RELATIVE = regex.compile(
    r"(?:^|\s)[وف]?(?:بعد|قبل)(?:\s{1,3}+[^\s.!?،,]{1,30}+){0,4}?\s{1,3}+من"
    r"(?:\s{1,3}+[^\s.!?،,]{1,30}+){1,4}?\s{1,3}+(?:التي|الذي)\s[^.!?\n،,]{0,80}+$")
_SUPERLATIVE_BEFORE = regex.compile(
    r"(?:^|\s)(?:" + alternation(map(fold, _EVENT_WORDS["superlatives"]))
    + r")(?:\s++\S++){0,3}?\s++$")
_OBJECT_PRONOUNS = ("ها", "هما", "هم")  # `التي حررها الجيش`: the place, its object
_ON_IT = regex.compile(r"\s{1,3}+علي(?:ها|ه|هم|هما)(?!\w)")  # `سيطر عليها`: on what it names
_RELATIVE_BEFORE = regex.compile(r"(?:^|\s)(?:التي|الذي|الذين|اللتين|اللذين)\s{1,3}+$")


def _after_relative(view: str, position: int) -> bool:
    """A weak trigger right after a relative pronoun (`الوحدات التي تسيطر على البلدة`)
    describes who holds a place, not a happening."""
    return _RELATIVE_BEFORE.search(view, max(0, position - 12), position) is not None


def _protesters(view: str, q, triggers, kills) -> bool:
    """Is this count the crowd of a protest (`نفذ ألف شخص اعتصاما احتجاجا على قتل`)? A
    protest is told after it, before any death word that follows it, and no death word
    stands right before it."""
    if any(k.norm_end <= q.start and tokens_between(view, k.norm_end, q.start) <= 2
           for k in kills):
        return False  # `قتل 21 شخصا في مظاهرات`: the dead of a protest
    death = min((k.norm_start for k in kills if k.norm_start >= q.end), default=len(view))
    if any(t.payload.event_type == "Protests" and tokens_between(view, q.end, t.start) == 0
           and t.end <= death < len(view) and tokens_between(view, t.end, death) == 0
           for t in triggers if t.start >= q.end):
        return False  # `6 متظاهرين قتلوا في حمص`: the protesters named right before dying
    return any(t.payload.event_type == "Protests" and q.end <= t.start < death
               and tokens_between(view, q.end, t.start) <= 6 for t in triggers)


def _counts_things(view: str, q, things, of: bool = True) -> bool:
    """Is the word after this count (or, with `of`, after `من` there) one of these things, a
    weapon or a place (`300 قذيفة`, `عشرات من الغارات`, `ثلاث قرى`; `5 من بلدة` are people,
    and so are `18 بغارات`: the ب glued to the thing makes it what they died by)?"""
    m = (_NEXT_WORD_AFTER_OF if of else _NEXT_WORD_SPACE).match(view, q.end)
    return m is not None and any(w.norm_start == m.end() and not (
        view.startswith("ب", w.norm_start) and not fold(w.value.phrase).startswith("ب"))
        for w in things)


_RESULTED_IN_CONTROL = regex.compile(
    r"(?:" + alternation(_EVENT_WORDS["resulted_in"]) + r")\s{1,3}+عن\s{1,3}+سيطره\s*+$")
_MADE_OF = tuple(sorted(_EVENT_WORDS["made_of"], key=len, reverse=True))
# `لم تسجل إصابات بسقوط صاروخين`: no one was hurt, the strike happened
# shots that harmed no one: fired into the air, or told with no one hurt (`دون تسجيل إصابات`)
_UNHARMED = regex.compile(
    r"(?<!\w)(?:دون|بدون)\s{1,3}+(?:[^\s.,،]{1,12}+\s{1,3}+){0,2}?(?:اصابات|ضحايا)(?!\w)"
    r"|(?<!\w)في\s{1,3}+الهواء(?!\w)")
_NO_HARM_TOLD = regex.compile(
    r"\s{1,3}+(?:" + alternation(_EVENT_WORDS["no_harm_verbs"]) + r")\s{1,3}+(?:اي\s{1,3}+)?"
    r"(?:" + alternation(_EVENT_WORDS["harm_nouns"]) + ")")
_WHILE = _EVENT_WORDS["while_words"]
# after "while": a form of "was", then a present verb with no subject between
_WHILE_DOING = regex.compile(
    r"\s++(?:" + alternation(_EVENT_WORDS["while_doing"]) + r")\s++[يت]\p{L}{2,}+(?!\w)")
_PROTEST_REASON = regex.compile(
    r"(?<!\w)و?(?:" + alternation(_EVENT_WORDS["protest_reasons"])
    # (`طالبوا فيها بوقف الاقتتال`: where they asked it, between)
    + r")(?:\s{1,3}+(?:فيها|فيه|خلالها|خلاله))?"
    + r"\s{1,3}+(?:علي(?:\s{1,3}+|$)|ب|ل|$)"  # (`تندد بهجوم`: the clitic may be the trigger's)
    # (or in solidarity with: `ونادى المتظاهرون بنصرة حي بابا عمرو`, `تضامنا مع داريا`)
    + r"|(?<!\w)[وب]?(?:" + alternation(fold(w) for w in _EVENT_WORDS["protest_solidarity"])
    + r")(?:\s{1,3}+مع)?\s")
# a death that set a protest off (`اندلعت إثر مقتل عقيد`)
_PROTEST_SPARK = regex.compile(
    r"(?<!\w)(?:" + alternation(_EVENT_WORDS["protest_sparks"])
    + r")\s{1,3}+(?:مقتل|استشهاد|اغتيال|مصرع|قتل|وفاه)\s{1,3}+$")
_NEXT_WORD = regex.compile(r"\s{1,3}+(\w++)")
_NEXT_WORD_AFTER_OF = regex.compile(r"\s{1,3}+(?:من\s{1,3}+)?")
_NEXT_WORD_SPACE = regex.compile(r"\s{1,3}+")


def _concrete(frame: Frame, date: DateMention | None, tolls) -> bool:
    """Does the frame tell a happening of a day: a strong trigger with its own day or its
    dead, or any trigger with dead of its own told on its day (`قتل 25 شخصا برصاص قوات الأمن
    في درعا أمس`)?"""
    strong = any(t.payload.strong for t in frame.triggers)
    own_day = date is not None and frame.sentence.start <= date.start < frame.sentence.end
    return (strong or own_day) and (own_day or bool(tolls)) if strong else own_day and any(
        harm == KILLED for _, _, harm in tolls)


# the agent of a passive (`من قبل X`, `على يد X`) and whom an attack is put down to
_BY = ("من قبل", "علي يد", "من جانب", "نسب الي", "نسبت الي", "ينسب الي")


def _word_before(view: str, start: int) -> str:
    """The word right before `start` (its clitic و kept off)."""
    words = view[max(0, start - 12):start].split()
    return words[-1].removeprefix("و") if words else ""


def _fought_with(view: str, start: int) -> bool:
    """`مع` right before the actor, or before its men (`معارك مع مسلحي داعش`, `مع عناصر`):
    the side fought with."""
    words = view[max(0, start - 28):start].split()[-2:]
    if len(words) == 2 and (words[1] in cue_words("members") or words[1] in _GROUP_LABELS):
        words = words[:1]
    return bool(words) and words[-1].removeprefix("و") == "مع"


MEMBER_WORDS = 5  # words of the members named before the next one of a group's list


def _next_member(view: str, start: int) -> bool:
    """Does a `و` name the next member of a group's list (`يضم جبهة النصرة وحركة أحرار
    الشام`): a made-of phrase a few words back, in the same sentence?"""
    if not view.startswith("و", start):
        return False
    before = view[max(0, start - 80):start]
    found = max((before.rfind(" " + phrase + " ") for phrase in _MADE_OF), default=-1)
    if found < 0:
        return False
    between = before[found:]
    return "." not in between and len(between.split()) <= MEMBER_WORDS + 2


def undergoes(view: str, start: int) -> bool:
    """Is the actor at `start` the subject of a verb of undergoing (`تعرضت القوات الأمريكية
    لهجوم`, `تعرض عناصر الأمن العام لكمائن`): the side hit, not the doer?"""
    words = view[max(0, start - 24):start].rstrip().rstrip('"«“\'').rstrip()[-15:].split()
    last = words[-1] if words else ""
    return bool(words) and (last.lstrip("و") in _UNDERGOING or len(words) >= 2 and words[
        -2].lstrip("و") in _UNDERGOING and (load_victim_nouns().get(last) is not None
                                            or last in _GROUP_LABELS))


# a word of backing and what it names up to the actor, in one clause
_BACKING_ASIDE = regex.compile(
    r"(?:^|\s)[وف]?(?:" + alternation(fold(w) for w in cue_words("backing"))
    + r")\s[^،,.؛:\n]{0,70}+$|(?:^|\s)وب?(?:" + alternation(map(fold, _EVENT_WORDS["cover_nouns"]))
    + r")\s[^،,.؛:\n]{0,30}+$")


# a gloss on the group named before (`، وهو تحالف من`, `، وهي فصيل من`)
_GLOSS_BEFORE = regex.compile(r"[،,]\s{0,2}+(?:وهو|وهي)(?:\s++[^\s,،.]++){0,3}?\s++$")
# a verb of doing with its object's pronoun between (`شنه`, `نفذته`): the actor after it did it
_ACTED_IN_ASIDE = regex.compile(
    r"\s(?:" + alternation(map(fold, _EVENT_WORDS["launching_verbs"]))
    + r")(?:ه|ها|ته|تها|وه|وها)\s")


# an actor named as aircraft (`طائرات مجهولة`): it flew, whoever it is
_AIR_WORDS = cue_words("air")
_MUNITIONS = cue_words("munition")
# ... right before the actor (`غارات نفذتها طائرات مجهولة`, `هجوم شنه التنظيم`)
_ACTED_RIGHT_BEFORE = regex.compile(
    r"(?:^|\s)[وف]?(?:" + alternation(map(fold, _EVENT_WORDS["launching_verbs"]))
    + r")(?:ه|ها|هما|هم|ته|تها|تهما|وه|وها|وهما)\s{1,3}+$")


# a fight's noun, `مع`, and maybe the men's word: the actor after it is the other side
_FOUGHT_WITH = regex.compile(
    r"(?:^|\s)[وب]?(?:ال)?(?:" + alternation(_FIGHT_NOUNS) + r")(?:\s\S{2,10}+)?\sمع"
    r"(?:\s(?:" + alternation(fold(w) for w in _EVENT_WORDS["men_of_a_side"]) + r"))?\s$")


def fought_with(view: str, start: int) -> bool:
    """Is the actor at `start` the one a fight was with (`بعد اشتباكات مع عناصر التنظيم`)?"""
    return _FOUGHT_WITH.search(view, max(0, start - 48), start) is not None


def actor_role(view: str, start: int, phrase: str) -> str:
    """What the words before an actor make of it: agent, target, backer, speaker or plain."""
    # (quote marks round the name are no word: `على مواقع "جيش الفتح"`)
    window = view[max(0, start - 24):start].rstrip().rstrip('"«“\'').rstrip()[-15:] + " "
    tail = " ".join(window.split()[-2:])
    if tail.endswith(_BY):
        return "agent"  # ... and `نسب إلى تنظيم داعش`: whom the attack is put down to
    if _ACTED_RIGHT_BEFORE.search(view, max(0, start - 16), start):
        return "agent"  # `جراء غارات نفذتها طائرات مجهولة`: who carried them out
    if _hedged(view, start) or _HEDGE_OPENS.match(view, start):
        # `غارات يرجح أنها للتحالف`, `رجح المرصد أن تكون من طائرات التحالف`: whom a monitor
        # believes struck
        return "agent"
    if tail.endswith(("المدعومه من", "المدعوم من", "مدعومه من", "مدعوم من", "بدعم من",
                      "بدعم", "بمسانده", "باسناد من", "باسناد", "بمؤازره من", "بمؤازره",
                      # (`قضت وحدات من الجيش بالتعاون مع قوات الدفاع الوطني على`)
                      "بالتعاون مع", "بالتنسيق مع", "بالاشتراك مع")) or \
            window.split()[-1:] in (["المدعومه"], ["المدعوم"], ["مدعومه"], ["مدعوم"],
                                    ["المدعومين"], ["مدعومين"], ["رعتها"], ["رعاها"],
                                    ["برعايه"], ["ترعاها"], ["يرعاها"]):
        # (and a truce's sponsor: `الهدنة التي رعتها تركيا`)
        # (`قوات النظام المدعومة روسيا`: the backer's name right after the word)
        return "backer"
    if (backing := _BACKING_ASIDE.search(view, max(0, start - 80), start)) and not (
            _ATTACK_BEFORE.search(view, max(0, backing.start() - 24), backing.start() + 1)
            or _ACTED_IN_ASIDE.search(backing.group())):
        # `مدعومين بغارات التحالف الدولي`, `مدعومة بمقاتلين من جيش الصناديد وبغطاء جوي من
        # التحالف`: the means a backing word tells, up to the clause's end, are the backers'
        # (not an attack's own: `هجوما عنيفا مدعوما بسلاحي الجو والمدفعية شنه الجيش التركي`)
        return "backer"
    if _GLOSS_BEFORE.search(view, max(0, start - 48), start):
        # `أعلن جيش الفتح، وهو تحالف من فصائل المعارضة، سيطرته`: what the group named before
        # is, no actor of its own
        return "backer"
    if tail.endswith(_MADE_OF) or _next_member(view, start):
        # `جيش الفتح -والذي يتكون من فصائل معارضة-`: the members of the group named before
        # it, which acted; no actor of their own (nor the next of them: `الذي يضم جبهة
        # النصرة وحركة أحرار الشام`)
        return "backer"
    last = window.split()[-1] if window.split() else ""
    words = window.split()
    if undergoes(view, start):
        return "target"  # `تعرض عناصر الأمن العام لكمائن`: whose men were ambushed
    if last.lstrip("و") in cue_words("claim", "source"):
        return "agent"  # `تفجير سيارة مفخخة تبناه تنظيم داعش`: who claimed it
    if view.startswith("ب", start) and last.lstrip("و") in cue_words("backing"):
        return "backer"  # `قوات النظام مدعمة بقوات الدفاع الوطني`: on the same side
    if last.lstrip("وف") in cue_words("report"):
        return "speaker"  # `أقر نظام الأسد بسقوط قذائف`: who says it, not who did it
    if last in QUOTED_SOURCES or len(words) >= 2 and last == "في" \
            and words[-2] in QUOTED_SOURCES:
        # `قال ناشطون معارضون إن`, `قالت مصادر في المعارضة`: whose men tell it
        return "speaker"
    if _held_by(window.split()[-2:]) and not _RESULTED_IN_CONTROL.search(window):
        # (`أسفرت عن سيطرة قوات الأسد على`: the fighting ended with their capture)
        return "target"  # `الواقع تحت سيطرة المعارضة`: whose ground was hit
    if len(words) >= 2 and last.lstrip("ل") in cue_words("members") \
            and words[-2].lstrip("وب") in cue_words("holding"):
        last = words[-2]  # `أوكار إرهابيي جبهة النصرة`: the men's word between
        tail = " ".join(words[-3:-1])
    if last.lstrip("وب") in cue_words("holding") or (last.startswith("ل") and
                                                 last[1:] in cue_words("holding")):
        # `استهداف مقرات قوات النظام`: their positions were hit; `من مواقع الفصائل`: fired
        # from them
        # (`قصف مصدره مواقع الفصائل`: fired from them too)
        # (not what a blast went off near: `انفجار عربة مفخخة بالقرب من مقر لجيش الإسلام`)
        near = len(words) >= 3 and words[-3].lstrip("و") in _NEAR_PREPOSITIONS
        return "agent" if tail.startswith("من ") and not near \
            or tail.split()[0] in cue_words("source") else "target"
    clitic_l = view.startswith(("ل", "ول"), start) and not fold(phrase).startswith(("ل", "ول"))
    if clitic_l and last in _AFFILIATED:
        # `الجيش الأول التابع للجيش الحر`: the group it belongs to; `حواجز تابعة لقوات
        # الأسد`: whose positions were hit; `طائرة تابعة للتحالف`: whose plane struck
        owner = window.split()[-2:-1]
        if owner and owner[0].lstrip("وب") in cue_words("air", "ground"):
            return "agent"
        return "target" if owner and owner[0].lstrip("وب") in cue_words("holding") else "plain"
    if clitic_l and last.lstrip("وب") in _AGENT_LAM_NOUNS:
        return "agent"  # `في هجوم لتنظيم داعش على حاجز`: who attacked
    if clitic_l and fold(phrase).split()[0].removeprefix("ال") in _AIR_HEADS and any(
            word.lstrip("وب") in _AGENT_LAM_NOUNS for word in window.split()[-2:]):
        return "agent"  # `غارات جوية لطائرات حربية روسية`: whose aircraft struck
    if last.lstrip("وب") in cue_words("air", "ground") or \
            last.lstrip("وب").removeprefix("ال") in cue_words("air", "ground"):
        # `قصفت طائرة للتحالف الدولي`, `غارة نفذها الطيران الحربي الإسرائيلي`: whose plane
        # or gun it was
        return "agent"
    if clitic_l and last in _INTENSITY:
        # `قصفا مدفعيا عنيفا لقوات النظام`: past how hard it was, the strike and its agent
        words = view[max(0, start - 48):start].split()
        while words and words[-1] in _INTENSITY:
            words.pop()
        head = words[-1].lstrip("وبل") if words else ""
        if head in _AGENT_LAM_NOUNS or any(head.startswith(cue) for cue in cue_words(
                "air", "ground") if len(cue) >= 4):
            return "agent"  # (`مدفعيا` is the stem `مدفعي` with its case ending)
    if last in ("علي", "ضد") or clitic_l or (last.startswith(("ل", "ول"))
                                             and last.lstrip("و")[1:] in cue_words("members")):
        return "target"
    before = view[max(0, start - 40):start].split()
    first_word = view[start:start + 24].split()[:1]
    if before and _a_count(before[-1]) and (
            fold(phrase).split()[0] in cue_words("air", "ground")
            or first_word and first_word[0] in cue_words("air", "ground")):
        # `نفذتها أربع مقاتلات تركية`: counted aircraft struck; `30 غارة روسية`: the strikes
        # a nation's adjective names are counted, not its dead
        return "agent"
    # (`9 عناصر من ميليشيا "الفرقة الرابعة"`: a label and quotes between `من` and the name)
    before = [w for w in (t.strip('"«»“”') for t in before) if w]
    if len(before) >= 2 and before[-1] in _GROUP_LABELS and before[-2] == "من":
        before = before[:-1]
    last = before[-1] if before else ""
    if last == "من" and len(before) >= 2 and before[-2].lstrip("وبل") in cue_words("holding"):
        return "target"  # `كمينا لدورية من الأمن العام`: whose patrol was hit
    if last == "من" and len(before) >= 2 and (_a_count(before[-2]) or len(before) >= 3 and (
            _a_count(before[-3]) and load_victim_nouns().get(before[-2]) is not None)):
        # `مقتل 11 من داعش`, `13 عنصرا من تنظيم داعش قتلوا`: a count of the group's dead,
        # not its attack
        return "target"
    if last == "من" and len(before) >= 3 and load_victim_nouns().get(before[-2]) is not None \
            and before[-3].lstrip("وب") in cue_words("kill"):
        return "target"  # `قتل عنصران من هيئة تحرير الشام`: the group's dead
    if last.lstrip("وب") in _WITHDRAWAL_NOUNS:
        return "target"  # `بعد انسحاب القوات الحكومية منه`: the side that gave the ground up
    if last.lstrip("وب") == "صفوف":
        return "target"  # `بسقوط 5 قتلى في صفوف المسلحين`: the group whose ranks lost them
    if last == "في" and len(before) >= 2 and load_victim_nouns().get(before[-2]) is not None \
            and view[start:start + 24].split()[:1] != [] \
            and view[start:start + 24].split()[0].lstrip("وب") not in cue_words("air", "ground"):
        # (not a nation's plane or gun: `قتل 4 مدنيين في غارة إسرائيلية`)
        # `اغتيل قيادي في الفصائل`, `نجا قيادي في الفرقة الرابعة من محاولة اغتيال`: the
        # group the man hit was of
        return "target"
    if len(before) >= 2 and load_victim_nouns().get(before[-1]) is not None and not (
            view.startswith("ب", start) and not fold(phrase).startswith("ب")) and (
            before[-2].lstrip("وب") in cue_words("kill")
            or len(before) >= 3 and before[-2] == "من" and _a_count(before[-3])):
        # `مقتل جنود النظام`, `قتل خمسة من عناصر قوات الدفاع الوطني`: the group's dead
        return "target"
    words = before[-2:]
    if words and _a_count(words[-1]) or len(words) == 2 and _a_count(words[0]) and (
            load_victim_nouns().get(words[1]) is not None):
        # `مقتل 8 حوثيين`, `مقتل ثمانية مسلحين حوثيين`: a count of the group's dead
        return "target"
    return "plain"


# `و` (maybe glued to the next actor's name), or `و` glued to a noun (`وميليشيا`, `وعناصر`)
_JOINED = regex.compile(r"\s*(?:و\S*\s*)?")


def _joined(view: str, end: int, start: int) -> bool:
    """Do only `و` and maybe one noun glued to it join two actors' names (or nothing: two
    names of one, `وميليشيات الشبيحة`)?"""
    gap = view[end:start]
    if not gap.strip():
        return True
    return _JOINED.fullmatch(gap) is not None and ("و" in gap or view.startswith("و", start))


def _coordinated(view: str, roles: list, chosen: tuple) -> list:
    """The actors joined to `chosen` by `و` as one subject (`قوات النظام وميليشيا حزب الله`),
    in text order, `chosen` among them; none when `بين` opens the run (`بين قوات النظام
    وحزب الله` names the two sides)."""
    ordered = sorted(roles, key=lambda r: r[0])
    at = next((i for i, r in enumerate(ordered) if r is chosen), None)
    if at is None:
        return []
    first = last = at
    while first > 0 and ordered[first - 1][3] in ("plain", "agent") and _joined(
            view, ordered[first - 1][1], ordered[first][0]):
        first -= 1
    while last + 1 < len(ordered) and ordered[last + 1][3] in ("plain", "agent") and \
            _joined(view, ordered[last][1], ordered[last + 1][0]):
        last += 1
    if first == last:
        return []
    opening = view[max(0, ordered[first][0] - 8):ordered[first][0]].split()
    if opening and opening[-1].lstrip("و") in ("بين", "مابين"):
        return []
    return ordered[first:last + 1]


def _glossed(view: str, roles: list) -> list:
    """`قوى الأمن الداخلي (الأسايش)`: a force named again in brackets is one actor, the one
    the brackets name, in the role the words before the first name give it."""
    kept: list = []
    glossed_end = -1
    for role in roles:
        if role[1] == glossed_end:
            continue  # the bracketed name, matched twice
        if kept and (view[kept[-1][1]:role[0]].strip() == "(" and
                     view[role[1]:role[1] + 2].strip().startswith(")")
                     or _unit_of(view, kept[-1], role)):
            # (and a unit named with the group it belongs to: `جهاز الأمن العام التابع لهيئة
            # تحرير الشام`, the group's)
            first = kept.pop()
            role, glossed_end = (first[0], role[1], role[2], first[3]), role[1]
        kept.append(role)
    return kept


def _unit_of(view: str, unit: tuple, group: tuple) -> bool:
    """`جهاز الأمن العام التابع لهيئة تحرير الشام`: a service that names a state's force
    (`الأمن العام`) is a unit of the group a word of belonging and the ل of its name tie it
    to (not a group glossed by its camp: `جيش الفتح التابع للمعارضة`)."""
    if unit[2].actor not in state_actors() or group[2].actor in state_actors():
        return False
    gap = view[unit[1]:group[0]].split()
    return len(gap) == 1 and gap[0] in _AFFILIATED and view.startswith("ل", group[0]) \
        or len(gap) == 2 and gap[0] in _AFFILIATED and gap[1] in ("ل", "لـ")


def _object_of(view: str, trigger: Match[TriggerEntry], start: int,
               actor: ActorEntry) -> bool:
    """`بقصف مسلحي التنظيم`, `لهجمات تنظيم داعش`: the actor right after a verbal noun glued to
    a preposition (or one noun later, in the same genitive chain) is its object or owner, not
    its subject (but `لغارات طيران التحالف`: an air force or a gun is who fired)."""
    between = view[trigger.end:start].split()
    folded = fold(actor.phrase)
    if not between and fold(trigger.payload.phrase) in _MILITARY_POSITIONS:
        return True  # `أوكار الإرهابيين`: a position's owner is whom it was struck of
    if len(between) > 1 or between and between[0].startswith(("ال", "وال")) or \
            folded.split()[0] in cue_words("air", "ground"):
        return False  # `بالغارات التي يشنها الجيش`: a clause of its own names the subject
    if not folded.startswith("ال") and _nation_adjective(folded.split()[-1]) and (
            " " not in folded or actor.actor in state_actors()):
        # `لقصف إسرائيلي`, `بقصف مدفعية تركية`: a nation's adjective says whose strike or
        # whose guns it was
        return False
    end = view.find(" ", start + len(folded) - 1)
    if end > 0 and view[end + 1:end + 12].split()[:1] and \
            view[end + 1:end + 12].split()[0] in _STRUCK_NOUNS:
        return False  # `بقصف تنظيم داعش بلدة صدد`: its subject, then what it struck
    core = view.find(fold(trigger.payload.phrase).split()[0], trigger.start, trigger.end)
    return bool(view[trigger.start:max(core, trigger.start)].lstrip("وف").removesuffix("ال"))


# nouns of what a strike hit, right after the verbal noun's subject (`بقصف قوات النظام مدينة
# دوما`, `بقصف التنظيم مواقع الفصائل`)
_STRUCK_NOUNS = frozenset(fold(w) for w in _EVENT_WORDS["struck_nouns"])


# the places a capture told before took, listed (`القرى التي جرى تطهيرها هي: A، B`)
_LISTED_BACK = regex.compile(
    r"(?<!\w)و?ال(?:" + alternation(place_words()["plural_nouns"] | {"مناطق", "مواقع", "نقاط"})
    + r")"
    r"(?:\s++(?!و?هي(?:\s|:))[^\s.:]{1,20}+){0,8}+"
    r"\s*+[،,]?\s*+و?هي(?:\s*+:|\s)")


# `وكانت الطائرات قصفت الخميس الماضي بلدة كفرنبل.`: a flashback keeps its day to itself
_FLASHBACK = regex.compile(r"[\s\"«“]{0,3}+(?:" + alternation(flashback_openers()) + r")\s")
# the opening of a sentence that tells a new item (`من جهة أخرى،`, `وفي غضون ذلك`)
_NEW_ITEM = regex.compile(r"[\s\"«“]{0,3}+[وف]?(?:" + alternation(new_item_openers())
                          + r")(?![\p{L}])")


# between a subject and the words of its deed: a time phrase between commas (at most five
# words) and at most three words after it (`، فجر اليوم الثلاثاء، حملة دهم و`)
_TIME_AND_COMMA = (r"(?:" + alternation(time_heads()) + r")ا?(?:\s{1,3}+[^\s،,.]{1,30}+){0,4}+"
                   r"\s{0,3}+[،,](?:\s{1,3}+[^\s،,.]{1,30}+){0,3}+\s{0,3}+")
_TIME_BETWEEN_COMMAS = regex.compile(r"[\s)\"»”]{0,4}+[،,]\s{0,3}+" + _TIME_AND_COMMA)
# ... or with no comma before it, right after a verb's subject (`استهدف مقاتلو فيلق الرحمن
# صباحا، بقذائف الهاون`)
_TIME_THEN_COMMA = regex.compile(r"[\s)\"»”]{0,4}+" + _TIME_AND_COMMA)


def _subject_after(view: str, trigger: Match[TriggerEntry], s_actors) -> str | None:
    """The actor right after a trigger, in its clause, unless the words before mark it a
    target (`قصفت فصائل المعارضة`: the subject; `استهداف مقرات قوات النظام`: not)."""
    end = _clause(view, trigger.start)[1]
    for mention in s_actors:
        if trigger.end <= mention.norm_start < end and tokens_between(
                view, trigger.end, mention.norm_start) <= 1:
            role = actor_role(view, mention.norm_start, mention.value.phrase)
            if role not in ("plain", "agent") or _object_of(
                    view, trigger, mention.norm_start, mention.value):
                return None
            return mention.value.actor
    return None


_OWN = ("ته", "تها", "تهم", "تهما")  # a verbal noun's possessive: his, her, their act


def _own_act(view: str, trigger: Match[TriggerEntry]) -> bool:
    """`سيطرته على`, `استعادتها`: the trigger is a verbal noun with a possessive pronoun."""
    words = view[trigger.start:trigger.end].split()
    return bool(words) and len(words[0]) > 4 and words[0].endswith(_OWN)


def _said_of_itself(view: str, trigger: Match[TriggerEntry]) -> bool:
    """`قالت قسد إنها استعادت`, `أعلنت الوزارة أن طائراتها قصفت`: the words right before the
    act say the speaker, or its own force, did it."""
    before = view[max(0, trigger.start - 48):trigger.start].split()
    if before and before[-1].lstrip("و") in _SAID_OF_ITSELF:
        return True
    if trigger.payload.event_type == "Explosions/Remote violence" and any(
            word.lstrip("و") in _SAID_OF_ITSELF for word in before[-OWN_FORCE_REACH:-1]) \
            and not any(mark in word for word in before[-OWN_FORCE_REACH:] for mark in ",."):
        return True  # `قال التحالف إنه نفذ أمس أربع ضربات`: its verb and a time between
    # (its verb and a time may stand between when the word is a force's: `إن مقاتلاتها
    # شنت أمس غارات`, not `إن قرارها دخول المعركة`)
    return any(before[i - 1].lstrip("ب") == "ان" and before[i].endswith(_OWN_FORCE)
               and not before[i].startswith("ال") and (
                   i == len(before) - 1 or _force_noun(before[i]))
               for i in range(max(1, len(before) - OWN_FORCE_REACH), len(before)))


def _force_noun(word: str) -> bool:
    """`مقاتلاتها`, `قواته`: an air force's or a force's word with an owner's pronoun."""
    bare = word.removesuffix("هما").removesuffix("هم").removesuffix("ها").removesuffix("ه")
    bare = bare[:-1] + "ه" if bare.endswith("ت") and not bare.endswith("ات") else bare
    return bare in _AIR_HEADS or bare in _FORCE_UNITS or bare in cue_words("air")


OWN_FORCE_REACH = 4  # words from the speaker's own force (`طائراتها`) to the strike word


# `طائراتها`, `قواتهم`, `وحداته`: the speaker's own force (the view folds ة into ه, so a bare
# ه is no pronoun)
_OWN_FORCE = ("ها", "هم", "هما", "ته")


_SAID_OF_ITSELF = _EVENT_WORDS["said_of_itself"]
_HELD_PRONOUNS = _EVENT_WORDS["held_pronouns"]


def _held_by(words: Sequence[str]) -> bool:
    """The two words before an actor say it holds the ground: `تحت سيطرة`, `لسيطرة`, `من
    سيطرة`, `تسيطر عليها` (not `سيطرة` alone: `أعلن سيطرة داعش على` is its capture)."""
    if not words:
        return False
    control = cue_words("control")
    last = words[-1].lstrip("و")
    if last in _HELD_PRONOUNS:
        return len(words) == 2 and words[0].lstrip("و") in control
    if last.startswith("ل") and last[1:] in control:
        return True
    return last in control and len(words) == 2 and \
        words[0].lstrip("و") in _EVENT_WORDS["held_prepositions"]


def _a_count(word: str) -> bool:
    return word.isdigit() or word in number_words()


def _longer_than_a_night(day: DateMention) -> bool:
    """A span of more than a day and the night after it: `ليل السبت – الأحد` and `خلال
    الساعات الماضية` tell one raid's night, `خلال الأيام الماضية` a stretch."""
    if day.precision <= 1:
        return False
    return day.date is None or day.date_to is None or (day.date_to - day.date).days > 1


def _counted_strikes(view: str, trigger: Match[TriggerEntry], s_quant,
                     over_a_period: bool) -> bool:
    """`470 برميلا`, `26350 غارة`: a count of strikes in the hundreds, or of tens in a sentence
    that tells a period (`40 غارة خلال الشهر`), on no one day, is a tally, not one event; tens
    of strikes on a place with no period (`شن الطيران 40 غارة على X`) are one day's raid."""
    least = COUNTED_STRIKES if over_a_period else CUMULATIVE_COUNT
    for q in s_quant:
        if q.norm_end <= trigger.start and not view[q.norm_end:trigger.start].strip() and \
                q.value.value >= least:
            return True
        if q.norm_end <= trigger.start and q.value.value >= CUMULATIVE_COUNT and \
                view[q.norm_end:trigger.start].strip() in _CASE_WORDS:
            return True  # `أكثر من 8700 حالة اختطاف`: cases counted, a tally
        # (or the targets it struck, counted right after it: `استهدفت 118 هدفا`)
        if q.norm_start >= trigger.end and not view[trigger.end:q.norm_start].strip() \
                and q.value.value >= least and over_a_period:
            return True
    return False


def _clause(view: str, position: int, reach: int | None = None) -> tuple[int, int]:
    """The comma-delimited clause around a position: from just after the last `,` `;` or line
    break before it to the next one at or after it (a bisection, so a report without commas
    costs no scan per trigger); with `reach`, no further than that many characters either
    side (what a pattern looks for near the word, so a stretch with no comma costs no more
    per trigger)."""
    marks = _clause_marks(view)
    index = bisect.bisect_left(marks, position)
    start = marks[index - 1] + 1 if index else 0
    end = marks[index] if index < len(marks) else len(view)
    if reach is None:
        return start, end
    return max(start, position - reach), min(end, position + reach)


NEAR = 400  # characters either side of a word where what qualifies it is looked for


@lru_cache(maxsize=4)
def _clause_marks(view: str) -> array:
    """Where the view's clause separators stand, in order."""
    return array("I", (m.start() for m in _CLAUSE_MARK.finditer(view)))


def _clause_over_asides(view: str, position: int) -> tuple[int, int]:
    """The clause around a position, as `_clause`, going on past the two commas around a time
    (`سيطرت قوات النظام، اليوم الثلاثاء، على بلدة كفرناها`: an aside within its clause)."""
    marks = _aside_free_marks(view)
    index = bisect.bisect_left(marks, position)
    return (marks[index - 1] + 1 if index else 0), (marks[index] if index < len(marks)
                                                    else len(view))


@lru_cache(maxsize=4)
def _aside_free_marks(view: str) -> array:
    """The clause separators but the two commas around a time."""
    marks = _clause_marks(view)
    aside: set[int] = set()
    for before, after in itertools.pairwise(marks):
        if view[before] == view[after] == "," and after - before <= TIME_ASIDE_CHARS \
                and _TIME_ASIDE.fullmatch(view, before + 1, after):
            aside.update((before, after))
    return array("I", (mark for mark in marks if mark not in aside))


_CLAUSE_MARK = regex.compile(r"[,;\n]")
TIME_ASIDE_CHARS = 48  # the longest time phrase set off by commas (`فجر أمس الأول الثلاثاء`)
_TIME_ASIDE = regex.compile(r"\s{0,3}+[وف]?(?:" + alternation(time_heads())
                            + r")ا?(?:\s{1,3}+[^\s,.]{1,30}+){0,4}+\s{0,3}+")


def _protested(view: str, position: int) -> bool:
    """Is the word at `position` what a protest was against (`مظاهرة احتجاجا على حملات
    الاعتقال`)? An earlier happening, not one of the protest's day."""
    reasons = list(_PROTEST_REASON.finditer(view, max(0, position - PROTESTED_REACH),
                                            position))
    if not reasons:
        return False
    reason = reasons[-1]
    if view[reason.end() - 1:reason.end()] in ("ب", "ل"):
        # (the clitic is the deed's own: `تندد بهجوم`; not `يفرق محتجين بالقوة`, whose
        # next word is no deed)
        return not view[reason.end():position].strip('"«»“”ـ')  # (`تطالب بـ"الضرب`)
    between = tokens_between(view, reason.end(), position)
    # (and a deed joined to it by و in its clause: `احتجاجا على القصف الروسي وقصف قوات النظام`)
    return between <= 1 or view.startswith("و", position) and between <= PROTESTED_WORDS \
        and _clause(view, position)[0] <= reason.start()


PROTESTED_REACH = 80  # characters back from a deed to the words of protesting it
PROTESTED_WORDS = 5  # words between them when the deed is joined to the one protested


def _recalled_reaches(view: str, sentence: Sentence, s_cues) -> list[tuple[int, int]]:
    """Where a sentence tells what happened before its deed, after it (`وذلك بعد يوم من
    إعدامه 23 مدنيا في قرية العامرية`): from `بعد` to the end of its clause (a clause of its
    own: not `سيطرت بعد ساعات من بدء الهجوم على بلدات`, an adverb of the deed)."""
    reaches = []
    for c in s_cues:
        if c.value.cue != "since":
            continue
        start = c.norm_start
        if not view.startswith("بعد", start):
            # `بعد ثلاثة أيام على مجزرة`: the stretch's count between
            found = _AFTER_COUNT.search(view, max(sentence.start - 1, start - 24, 0), start)
            if found is None:
                continue
            start = found.start("after")
        if start > sentence.start and set(view[_clause(view, start)[0]:start].split()[-1:]) \
                <= _RECALL_OPENERS:
            reaches.append((start, _clause(view, start)[1]))
    return reaches


_AFTER_COUNT = regex.compile(r"(?:^|\s)(?P<after>بعد)(?:\s{1,3}+\S{1,12}+){1,2}?\s{1,3}+$")


def _motive_reaches(view: str, sentence: Sentence, s_cues) -> list[tuple[int, int]]:
    """Where a sentence tells what an act answered (`ردا على`, `انتقاما لـ`): from the cue to
    the next "while" or the sentence's end; a sentence that opens with it (`ردا على قصف
    البلدة، قصفت الفصائل`) has the motive up to the first comma."""
    turns = turn_positions(s_cues)
    reaches = []
    for cue in s_cues:
        if cue.value.cue != "motive":
            continue
        end = min((t for t in turns if t > cue.norm_start), default=sentence.end)
        if tokens_between(view, sentence.start, cue.norm_start) <= 1:
            end = min(end, _clause(view, cue.norm_end + 1)[1])
        reaches.append((cue.norm_start, end))
    for answered in _ANSWERED.finditer(view, sentence.start, sentence.end):
        reaches.append((answered.start("what"), answered.end("what")))
    return reaches


_NATIONWIDE = alternation(fold(w) for w in _EVENT_WORDS["nationwide"])
_NATIONWIDE_AFTER = regex.compile(
    r"(?:\s{1,3}+[^\s.,،]{1,12}+)?\s{1,3}+(?:في|ب|علي\s{1,3}+امتداد)\s{0,3}+(?:"
    + _NATIONWIDE + r")(?!\w)")
# (the tally's noun, the country, then its count: `حصيلة القتلى في عموم سوريا يوم أمس 150`)
_NATIONWIDE_BEFORE = regex.compile(r"(?:^|\s)(?:في|ب)\s{0,3}+(?:" + _NATIONWIDE
                                   + r")(?:\s{1,3}+[^\s.,،]{1,12}+){0,3}?\s{1,3}+$")


# `وردت الفصائل على الغارات بقصف`: the verb of answering, its subject, then what it answered
# up to the deed after `بـ`
_ANSWERED = regex.compile(
    r"(?:^|\s)[وف]?(?:" + alternation(_EVENT_WORDS["answer_verbs"])
    + r")(?:\s{1,3}+[^\s.,،]{1,20}+){0,4}?"
    r"\s{1,3}+(?P<what>عل[ىي](?:\s{1,3}+[^\s.,،]{1,20}+){1,5}?)\s{1,3}+(?=ب\p{L}{3})")


def turn_positions(cues) -> list[int]:
    """Where a "while" (`فيما`, `بينما`, `كما`) or a motive (`ردا على`) opens another
    happening's clause."""
    return [c.norm_start for c in cues if c.value.cue in ("turn", "motive")]


# what joins others to the death of one (`مقتله ومرافقه`), maybe with the death word again
# (`مقتله ومقتل شرطي كان برفقته`)
_JOINED_TO_ONE = regex.compile(r" و(?:(?:مقتل|مصرع|استشهاد) )?")


def _joined_to_one(view: str, count: Quantity) -> bool:
    """Is the count joined right after the death of one told by a pronoun (`مقتله ومرافقه`,
    `استشهاده وشقيقيه`, `مقتله ومقتل شرطي`)?"""
    one = _DEATH_OF_ONE.search(view, max(0, count.start - 24), count.start)
    return one is not None and _JOINED_TO_ONE.fullmatch(view, one.end(), count.start) is not None


def _death_of_one(view: str, sentence: Sentence, victims=()) -> list[tuple[int, int, int]]:
    """`مما أدى إلى مقتله`: one dead told by a pronoun, as a toll (or none), and those joined
    to him (`مقتله ومرافقه` are two)."""
    one = _DEATH_OF_ONE.search(view, sentence.start, sentence.end)
    if one is None:
        return []
    joined = sum(v.value.value for v in victims if one.end() < v.value.start <= one.end() + 24
                 and _joined_to_one(view, v.value))
    # (`ما أدى إلى مقتلهما`: the dual's two)
    return [(one.start(), (2 if one.group("two") else 1) + joined, KILLED)]


def _has(cues, name: str) -> bool:
    """Does any of these cue mentions carry this cue (`kill`, `civilian`...)?"""
    return any(c.value.cue == name for c in cues)


_ONE_WORDS = _EVENT_WORDS["one_words"]


def _definite_after_definite(view: str, start: int) -> bool:
    """`الأطراف الثلاثة`: a number word with the article right after a definite noun is
    that noun's adjective."""
    if view[max(0, start - 2):start] != "ال":
        return False
    before = view[max(0, start - 26):start - 2].split()[-1:]
    return bool(before) and before[0].lstrip("وبل").startswith("ال")


_NOUN_ONLY_COUNTS = frozenset(fold(w) for w in _EVENT_WORDS["noun_only_counts"])
_OF_THEM = regex.compile(r"\s++(?:من\s++)?منه(?:م|ن|ما)\b")


# `قتل خلالها 9 منهم`: the fight's own dead, "during it" between the death and the count
_DURING_IT = _EVENT_WORDS["during_it"]


def _of_them(view: str, end: int) -> bool:
    """`سبعة قتلى ... أربعة منهم بالبراميل`: a count "of them" is part of a toll already
    counted."""
    return _OF_THEM.match(view, end) is not None


def _placed_share(view: str, count: Quantity, place_starts: Sequence[int]) -> bool:
    """`17 في تلبيسة`, `16 منهم قتلوا في أريحا`: a count with a place of its own right after
    it, the dead at that place (not `3 في حالة حرجة`)."""
    glue = _PART_WITH_PLACE.match(view, count.end)
    if glue is None:
        return False
    reach = glue.end() - 1
    return any(reach <= p and tokens_between(view, reach, p) <= 1 for p in place_starts)


def _after_subset(view: str, position: int, subsets) -> bool:
    for cue in subsets:
        if cue.norm_end <= position and "," not in view[cue.norm_end:position] and \
                tokens_between(view, cue.norm_end, position) <= 6:
            return True
    return False


def _opens_next_clause(view: str, quantity: Quantity, cues) -> bool:
    """Does the first of these cues after the count open the clause after it: glued to `و`,
    within a word of the count (`3 جنود وجرحت`)?"""
    after = min((c for c in cues if c.norm_start >= quantity.end), default=None,
                key=lambda c: c.norm_start)
    if after is None or tokens_between(view, quantity.end, after.norm_start) > 1:
        return False
    # (`وفاة` is no `و` glued to `فاة`; `ووفاة` is)
    surface = view[after.norm_start:after.norm_end]
    return surface.startswith("و") and not surface.startswith(fold(after.value.phrase))


# `أحدهم`: one of them (a victim noun of victims.csv), one of a toll told before it
_ONE_OF_THEM = regex.compile(r"[وف]?احد(?:هم|هما|ها|ه|هن)")
# one or a count "of them" of things, not people (`أحدها`, `إحداها`, `اثنان منها`): a
# plural of things takes the feminine pronoun
_OF_THINGS = regex.compile(r"[وف]?احد[يى]?ها")
_OF_THINGS_AFTER = regex.compile(r"\s{1,3}+منها(?!\w)")


_DAY_PARTS = day_parts()  # `منذ صباح اليوم 30 غارة`: since this morning, no stretch of the past
_SINCE_DAY_PART = regex.compile(r"منذ\s{1,3}+(?:" + alternation(_DAY_PARTS) + r")(?!\w)")
_OUTLET_NUMBERS = place_words()["outlet_numbers"]  # `درعا 24`: a news network's number


def _network_city(view: str, position: int, admin_keys: Container[str]) -> bool:
    """Are the words before `position` a governorate's or its seat's name (`درعا 24`, `دير
    الزور 24`)?"""
    before = view[max(0, position - 32):position].split()
    return any(place_key(" ".join(before[-n:])) in admin_keys for n in (1, 2) if len(before) >= n)


_COUNTRYSIDE_HEADS = frozenset({"ريف"})
_BRANCH_HEADS = frozenset(fold(w).removeprefix("ال") for w in _EVENT_WORDS["branch_heads"])
_AIR_TARGET_HEADS = frozenset(fold(w) for w in _EVENT_WORDS["air_target_heads"])
_NATURAL_DISASTERS = frozenset(fold(w) for w in _EVENT_WORDS["natural_disasters"])
DISASTER_REACH = 6  # words from a disaster's noun to the verb of striking it is the subject of


def _disaster_before(view: str, position: int) -> bool:
    """Is a natural disaster named a few words before, in the clause (its magnitude's decimal
    point no end of it: `زلزال بقوة 7.7 درجة ضرب`)?"""
    before = view[max(0, position - 16 * DISASTER_REACH):position]
    before = before[max(before.rfind(mark) for mark in ("،", ",", "\n", ". ")) + 1:]
    return any(word.lstrip("وف") in _NATURAL_DISASTERS
               for word in before.split()[-DISASTER_REACH:])
# nouns a settlement's or an institution's name follows (`بلدة عدوان`: a town, no aggression;
# `كلية المدفعية`: a college, no shelling), and "the range of" a weapon (`مرمى قذائف`)
_NAME_HEADS = frozenset(fold(w) for w in (*place_words()["settlement_nouns"],
                                           *place_words()["village_nouns"], "حي",
                                           *_EVENT_WORDS["institution_heads"],
                                           *_EVENT_WORDS["range_heads"]))


_QUOTE_MARKS = str.maketrans("", "", '"«»“”(')
_GLOSS = regex.compile(r"(?<!\w)(?:" + alternation(_numbers().gloss_openers)
                       + r")\s{1,3}+(\p{L}+)")


def _glossed_fighter(view: str, start: int, end: int) -> bool:
    """`قتل الشاب X، وهو عنصر في اللواء الثامن`: the one killed, glossed a fighter."""
    for gloss in _GLOSS.finditer(view, start, end):
        noun = load_victim_nouns().get(gloss.group(1))
        if noun is not None and noun.category in ARMED_VICTIMS:
            return True
    return False


def _after_head(view: str, position: int, heads: frozenset[str], definite: bool = True
                ) -> bool:
    """Is the word before `position` one of these (with its article, unless not
    `definite`), whatever clitics stand on it (`للمخابرات`, `ببلدة`)?"""
    before = view[max(0, position - 16):position].split()[-1:]
    if not before:
        return False
    word = before[0].translate(_QUOTE_MARKS).lstrip("وف")  # (`لـ«المخابرات`)
    for clitic in ("لل", "لال", "بال", "ال", "ل", "ب") if definite else ("ل", "ب"):
        if word.startswith(clitic) and word[len(clitic):] in heads:
            return True
    return word in heads


# `تصدت الفصائل لهجوم جديد لقوات الأسد`, `صد مقاتلو قسد محاولة تسلل لمرتزقة الاحتلال`: a
# force beat off an attack whose attacker `لـ` names after the attack's noun
_REPELLED_ATTACK = regex.compile(
    r"(?<!\w)[وف]?(?:" + alternation(_EVENT_WORDS["repelling_verbs"]) + r")(?!\w)"
    r"(?:[^،,.\n]|[،,][^،,.\n]{1,30}+[،,]){0,80}?(?<!\w)(?:ل|ال|لل)?(?:" + alternation(
        _EVENT_WORDS["assault_nouns"] | _EVENT_WORDS["attack_nouns"]) + r")(?!\w)")


def _repelled_attack(view: str, roles, clause_start: int, start: int, end: int):
    """(attacker, defender) when the trigger's clause (from `clause_start`) tells a force
    beating off another's attack named by `لـ` after the attack's noun, or by the verb that
    launched it: the attacker began the fight, the defender met it (the gold's reading:
    actor1 is who attacked). The verb may stand in the clause before, with a time set off by
    commas between (`صدت الفصائل، فجر أمس، هجوما`): looked for from `start` to `end`."""
    found = next((m for m in _REPELLED_ATTACK.finditer(view, start, end)
                  if m.end() > clause_start), None)
    if found is None:
        return None
    # (or its genitive right after it: `لهجوم قوات الأسد`)
    attacker = next((r for r in roles if found.end() < r[0] < end and (
        any(w.startswith("ل") for w in view[found.end():r[0] + 1].split())
        and r[3] in ("target", "agent") and tokens_between(view, found.end(), r[0]) <= 2
        or r[3] != "backer" and tokens_between(view, found.end(), r[0]) == 0
        # (or by the verb that launched it: `هجوما واسعا شنه جيش خالد`)
        or r[3] != "backer" and tokens_between(view, found.end(), r[0]) <= 3
        and _ACTED_RIGHT_BEFORE.search(view[max(0, r[0] - 20):r[0]].rstrip('"«“ ') + " "))),
        None)
    defender = next((r for r in roles if found.start() < r[0] < found.end()
                     and r[3] == "plain"), None)
    if attacker is None or defender is None or attacker[2].actor == defender[2].actor:
        return None
    return attacker[2].actor, defender[2].actor


# a funeral told by its verb (`شيع أهالي مارع اثنين من أبنائها قتلا في معارك`): the deed the
# dead fell in came before it
_FUNERAL_VERB = regex.compile(
    r"(?:^|\s)[وف]?(?:" + alternation(map(fold, _EVENT_WORDS["funeral_verbs"])) + r")\s")


def _mourned(view: str, trigger, sentence_start: int) -> bool:
    """Is the trigger told in the clause of a funeral, as what the mourned died in? (Not a
    protest: `شيع آلاف جثامين ثلاثة شهداء وسط هتافات` is one.)"""
    if trigger.payload.event_type == "Protests":
        return False
    # (from the space before the clause: the verb may open it)
    start = max(0, max(sentence_start, _clause(view, trigger.start)[0]) - 1)
    return _FUNERAL_VERB.search(view, start, trigger.start) is not None


def _without_countryside_beside_its_place(view: str, drafts: list[Draft]) -> list[Draft]:
    """`اشتباكات في ريف منبج إثر محاولة تسلل باتجاه قرية الدادات`: a town's countryside, the
    place of one word of a sentence's happening, is no place of its own when another word of
    the same happening there names the village (the countryside only said where that is)."""
    def countryside(d: Draft) -> bool:
        return d.place is not None and (d.place.role == "qualifier" or _COUNTRYSIDE_BEFORE.search(
            view, max(0, d.place.start - 8), d.place.start) is not None)

    precise = {(d.sentence, d.sub_event_type, d.date): d.fatalities for d in drafts
               if d.place is not None and not countryside(d) and not d.flags}
    return [d for d in drafts if not (
        countryside(d) and d.fatalities <= precise.get((d.sentence, d.sub_event_type, d.date), -1))]


_COUNTRYSIDE_BEFORE = regex.compile(r"(?:^|\s)[وفب]?(?:ال)?ريف\s{1,3}+$")


def _shorts_for_latest(actors):
    """`الجبهة` after `جبهة تحرير سوريا` was named: a short name stands for the group named in
    full last before it whose name begins with its word, whichever group that is (the
    lexicon's own actor of the short name only when none such was named). One pass in text
    order."""
    latest: dict[str, Match[ActorEntry]] = {}  # a first word → the last group named by it
    replaced: dict[int, Match[ActorEntry]] = {}
    for m in sorted(actors, key=lambda a: a.start):
        if not m.payload.short:
            latest[fold(m.payload.phrase).removeprefix("ال").split(" ", 1)[0]] = m
            continue
        full = latest.get(fold(m.payload.phrase).removeprefix("ال"))
        if full is not None and full.payload.actor != m.payload.actor:
            replaced[id(m)] = m._replace(payload=replace(full.payload, short=True))
    return [replaced.get(id(m), m) for m in actors]


def _clitic_word_before_in(view: str, position: int, words) -> bool:
    """Is the word right before `position` one of these, bare or behind `و`, `ف`, `ب`, `ل`
    (`بجبل الأكراد`, `ووادي`)?"""
    before = view[max(0, position - 16):position].split()[-1:]
    if not before:
        return False
    word = before[0]
    return word in words or word[:1] in ("و", "ف", "ب", "ل") and (
        word[1:] in words or word[1:2] in ("ب", "ل") and word[2:] in words)


def _word_before_in(view: str, position: int, words) -> bool:
    """Is the word right before `position`, without a `و` or `ف` before it, one of these?"""
    before = view[max(0, position - 16):position].split()[-1:]
    return bool(before) and before[0].removeprefix("و").removeprefix("ف") in words


# verbs whose object a count is, not the dead: of taking captive (`وأسرت ثلاثة`), of a
# crowd (`شيع الآلاف`) or of destroying or seizing things (`وتدمير عدد من الآليات`)
_TAKEN_OR_GATHERED = frozenset(fold(w) for w in _EVENT_WORDS["captive_verbs"]
                               | _EVENT_WORDS["crowd_verbs"]
                               | _EVENT_WORDS["destroying_words"]
                               | _EVENT_WORDS["seizing_words"])
_CAPTIVE_VERBS = frozenset(fold(w) for w in _EVENT_WORDS["captive_verbs"])
_RESCUED = frozenset(fold(w) for w in _EVENT_WORDS["rescue_verbs"])


def _captured_by_subject(view: str, position: int) -> bool:
    """`وأسر المقاتلون اثني عشر آخرين`: a count after a verb of taking captive and its
    subject (one definite word) is of the captives."""
    words = view[max(0, position - 40):position].split()[-2:]
    return len(words) == 2 and words[1].startswith("ال") and not words[1].endswith(
        tuple(_CLAUSE_ENDS)) and words[0].removeprefix("و").removeprefix("ف") in _CAPTIVE_VERBS
_MOURNING_VERBS = frozenset(fold(w) for w in _EVENT_WORDS["mourning_verbs"])
_STILL = frozenset(fold(w) for w in _EVENT_WORDS["still_words"])
_ANNIVERSARY = regex.compile(
    r"(?<!\w)(?:" + alternation(map(fold, _EVENT_WORDS["anniversary_words"])) + r")(?!\w)")
# a missing word right after the count or after its noun (`5 آخرون مفقودون`)
_MISSING_AFTER = regex.compile(r"(?:\s{1,3}+\S+)?\s{1,3}+(?:"
                               + alternation(_EVENT_WORDS["missing_words"]) + r")(?!\w)")
# (`وانتشلت جثامين 12`: the bodies recovered are dead)
_BODIES = frozenset(fold(w) for w in _EVENT_WORDS["body_nouns"])
RESCUE_REACH = 5  # words from a verb of rescuing to the count of those it saved


MOURNED_REACH = 8  # words from a verb of burying to the bodies it names


def _mourned_bodies(view: str, count: Quantity, kills: Sequence[Mention]) -> bool:
    """`شيع آلاف من أهالي تلبيسة جثامين ثلاثة شهداء`: bodies a crowd buried, when the
    sentence tells no death of theirs after them (`جثامين 12 شخصا قتلوا في قصف`: the
    shelling's dead)."""
    if not _word_before_in(view, count.start, _BODIES) or any(
            k.norm_start >= count.end and load_victim_nouns().get(
                view[k.norm_start:k.norm_end]) is None for k in kills):
        return False
    # (across the commas of a time: `شيع الآلاف من أهالي عفرين، اليوم، جثامين`)
    words = view[max(0, count.start - 16 * MOURNED_REACH):count.start].split(".")[-1].split()
    return any(word.removeprefix("و") in _MOURNING_VERBS for word in words[-MOURNED_REACH:])


def _rescued(view: str, position: int) -> bool:
    """`وأنقذت فرق الدفاع المدني 23 مدنيا`: a count a verb of rescuing in its clause names."""
    window = view[max(0, position - 80):position]
    return any(verb in window for verb in _RESCUED) and any(
        word.lstrip("و") in _RESCUED
        for word in words_in_clause_before(view, position, RESCUE_REACH))


def _tally_cue(view: str, cue: Mention) -> bool:
    """A background cue (`حصيلة`, `منذ بدء`), unless a toll rose with it (`ارتفعت حصيلة
    المجزرة`: one happening's toll, told again)."""
    # (nor a first count: `٣ قتلى كحصيلة أولية`; nor a toll said to be missing: `ولم يذكر
    # حصيلة`, `دون ورود حصيلة`)
    if cue.value.cue == "background" and fold(view[cue.norm_start:cue.norm_end]) in _TOLL_NOUNS \
            and _TOLL_UNTOLD.search(view, max(0, cue.norm_start - 40), cue.norm_start):
        return False
    return cue.value.cue == "background" and not _RISE_BEFORE.search(
        view, max(0, cue.norm_start - 16), cue.norm_start) and not _FIRST_COUNT.match(
        view, cue.norm_end) and not _RISE_AFTER.match(view, cue.norm_end) \
        and not _FRONTED_RISE.search(
        view, max(0, cue.norm_start - 60), cue.norm_start)


# a negation and up to three words right before a toll's noun: the toll is not given
_TOLL_UNTOLD = regex.compile(r"(?<!\w)[وف]?(?:" + alternation(map(fold, _EVENT_WORDS["negations"]))
                             + r")(?:\s{1,3}+\w{1,20}+){0,3}?\s{1,3}+(?:ال)?$")
_FIRST_COUNT = regex.compile(
    r"\s{1,3}+(?:" + alternation(map(fold, _EVENT_WORDS["first_count_words"])) + r")(?!\w)")


def toll_risen(view: str, position: int) -> bool:
    """Is the count at `position` the total a toll rose to (`ارتفعت حصيلة القتلى إلى 8`,
    `ارتفعت إلى 8 حصيلة القتلى`, `إن حصيلة القتلى ارتفعت إلى 8`)? Not a count of strikes or
    of the wounded risen so (`ارتفع إلى 112 عدد الغارات`)."""
    return _TOLL_RISE.search(view, max(0, position - TOLL_RISE_WINDOW), position) is not None \
        or _FRONTED_RISE_AT.search(view, max(0, position - 24), position) is not None \
        and _RISEN_NO_DEAD.match(view, position) is None \
        or _NOUN_FIRST_RISE.search(view, max(0, position - TOLL_RISE_WINDOW),
                                   position) is not None


# the count, a word at most, then a toll's noun and what it counts (`112 عدد الغارات`)
_RISEN_NO_DEAD = regex.compile(
    r"\S{1,20}+(?:\s{1,3}+\S{1,20}+)?\s{1,3}+(?:" + alternation(_EVENT_WORDS["toll_nouns"])
    + r")\s{1,3}+(?:" + alternation(fold(w) for w in _EVENT_WORDS["risen_counts_of_no_dead"])
    + r")(?!\w)")


_SINCE_WORD = regex.compile(r"(?<!\w)منذ(?!\w)")
RELATIVE_ANTECEDENT_CHARS = 24  # how far before `الذي` a deed or its dead it tells of ends
_RELATIVE_IN_CLAUSE = regex.compile(r"(?<!\w)(?:الذي|التي|الذين|اللذين|اللتين)(?!\w)")
# `وبذلك يرتفع إلى 9 عدد الشهداء`: "thereby" the count of all so far rises (not a day's:
# `اليوم` in its clause)
_THEREBY = regex.compile(r"(?<!\w)و?بذلك(?!\w)")
_TODAY_WORD = regex.compile(r"(?<!\w)اليوم(?!\w)")


def _risen_total(view: str, tolls: list[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
    """`وارتفعت حصيلة القتلى إلى ثمانية بعد وفاة خمسة من الجرحى`: the dead a toll rose to are
    the sentence's dead; the fewer told with them are part of them."""
    risen = [t for t in tolls if t[2] == KILLED and toll_risen(view, t[0])]
    if len(risen) != 1:
        return tolls
    total = risen[0]
    clause_start, clause_end = _clause(view, total[0])
    if (_SINCE_WORD.search(view, total[0], clause_end)
        or _THEREBY.search(view, clause_start, total[0])
            and not _TODAY_WORD.search(view, clause_start, clause_end)) and any(
            t[2] == KILLED and t[0] < total[0] for t in tolls):
        # `استشهد 5 مواطنين، ليرتفع إلى 27 عدد الشهداء منذ مطلع الشهر`: a tally since a
        # start, after the sentence's own dead, is no toll of this happening
        return [t for t in tolls if t is not total]
    parts = [t for t in tolls if t[2] == KILLED and t[0] > total[0]]
    if len(parts) >= 2 and sum(count for _, count, _ in parts) <= total[1]:
        # its shares told after it (`وهم 101 في جبلة و47 في طرطوس`), or some of them, the
        # rest spread (`حيث استشهد 13 في حي بستان القصر، و11 في حي الكلاسة، فيما توزع
        # البقية`): the split's
        return tolls
    return [t for t in tolls if t is total or t[2] != KILLED or t[1] > total[1]]


def _tally_of_dead(view: str, s_quant, s_cues) -> bool:
    """A count of dead in the thousands, a death word right before it (`مقتل 2927`,
    `أسفرت عن مقتل أكثر من 4844 مدنيا`): no one day's toll. (`اعتصم ألف شخص احتجاجا على
    قتل`: the crowd of a protest is no count of dead.)"""
    kills = [c for c in s_cues if c.value.cue == "kill"]
    return any(q.value.value >= TALLY_COUNT and any(
        k.norm_end <= q.value.start and tokens_between(view, k.norm_end, q.value.start) <= 3
        for k in kills) for q in s_quant)


def _nearest(view: str, quantity: Quantity, cues) -> int | None:
    """Words between a count and the nearest of these cues (0 when one overlaps it). Words
    between grow with the gap, so only the last cue before and the first after can be
    nearest."""
    if not cues:
        return None
    before = after = None
    for cue in cues:
        if cue.norm_end <= quantity.start:
            before = cue.norm_end if before is None else max(before, cue.norm_end)
        elif cue.norm_start >= quantity.end:
            after = cue.norm_start if after is None else min(after, cue.norm_start)
        else:
            return 0
    distances = []
    if before is not None:
        distances.append(tokens_between(view, before, quantity.start))
    if after is not None:
        distances.append(tokens_between(view, quantity.end, after))
    return min(distances)


# a part of a total told with its place: `11 منهم في مدينة X`, `و6 في بلدة Y`, `و4 بكفرنبل`
# (`17 منهم سقطوا في تلبيسة`: the verb of their death may stand between)
_PART_WITH_PLACE = regex.compile(
    r"(?:\s{1,3}+(?:منهم|منهن))?+(?:\s{1,3}+(?:" + alternation(
        fold(w) for w in place_words()["died_verbs"]) + r")(?:\s{1,3}+حتفهم)?)?+"
    r"\s{1,3}+(?:في\s|ب\p{L})")


_CHARGES = frozenset(fold(w) for w in _EVENT_WORDS["charge_words"])
_CHARGED_WITH = regex.compile(r"(?:^|\s)(?:" + alternation(_CHARGES)
                              + r")(?:\s++[^\s.,،]++){1,4}+\s++$")


def _charged_with(view: str, start: int) -> bool:
    """Is the actor at `start` whom a charge names (`بتهمة التعامل مع التحالف`)?"""
    window = view[max(0, start - 40):start]
    return any(word in window for word in _CHARGES) and _CHARGED_WITH.search(window) is not None
_TOTAL_BEFORE_COLON = regex.compile(r"[^\s.,،:]{1,12}+(?:\s{1,3}+[^\s.,،:]{1,12}+){0,2}+\s*+:")
_PART_OF_THEM = regex.compile(r"[^\s.,،]{1,12}+\s{1,3}+(?:منهم|منهن)(?!\w)")
_NEXT_ITEM = regex.compile(r"[،,]\s{0,2}+و\s?+$")
# a word that joins the other side's dead to a toll (`مقابل`, `إضافة إلى`), maybe with a
# word of about (`مقابل ما لا يقل عن 18`), right before a count
_OTHER_SIDE = regex.compile(
    r"(?<!\w)(?:" + alternation(fold(w) for w in _EVENT_WORDS["other_side_joiners"])
    + r")(?:\s{1,3}+\S{1,5}+){0,4}?\s{1,3}+$")
# `محمل بـ`, `المحملة بـ`: the bombs a rocket or a barrel carried
_LOADED_WITH = regex.compile(r"(?<!\w)(?:ال)?محمل[هة]?\s{1,3}+(?:ب\s?+)?$")
# "while" or "as for" and another's report (`فيما أفاد المرصد بمقتل 7`, `بينما قال المرصد إن 8
# قتلوا`, `أما الدفاع المدني فقال`): what follows is another count of the same dead
_ANOTHER_SOURCE = regex.compile(
    r"(?<!\w)(?:" + alternation({*(fold(w) for w in _EVENT_WORDS["while_words"]), "اما"})
    + r")\s{1,3}+(?:\S{1,20}+\s{1,3}+){0,3}?[وف]?(?:" + alternation(cue_words("report"))
    + r")(?!\w)")
# a toll said of a list "in each of" its places (`شهيد في كل من مدينة دوما وبلدة سقبا`): the
# toll's own words, then `في كل من` and at most a place noun before the list's first
_EACH_OF = regex.compile(
    r"[^.،,:]{0,40}?(?<!\w)(?:في|ب)\s{1,3}+كل\s{1,3}+من\s{1,3}+(?:\p{L}{2,12}\s{1,3}+)?$")


def _next_share(view: str, previous: int, start: int, items: Sequence[Quantity]) -> bool:
    """Is the count at `start` the next of a list of shares by place (`9 في مدينة حمورية و6
    في بلدة سقبا`), the toll at `previous` one too, a few words before it?"""
    before = next((q for q in items if q.start == previous), None)
    return before is not None and _PART_WITH_PLACE.match(view, before.end) is not None \
        and tokens_between(view, before.end, start) <= SHARE_REACH \
        and view[max(0, start - 2):start].strip(" ،,")[-1:] in ("و", "")


SHARE_REACH = 6  # words from one share of a toll by place to the next


def _split_by_place(view: str, tolls: list[tuple[int, int, int]], items: Sequence[Quantity],
                    counted: list[tuple[int, int]], subsets: Sequence = (),
                    bare: frozenset[int] | set[int] = frozenset(),
                    place_starts: Sequence[int] = ()) -> list[tuple[int, int, int]]:
    """`قتل 17 مدنيا ...، 11 منهم في معرة النعمان و6 في كفرنبل`: counts told after a toll,
    each with its place, that add up to it are the dead of each place (the total goes; the
    parts, which a count "of them" alone never is, take its place). So are bare counts by
    place after "among them" that add up to less (`قتل 40 شخصا ...، بينهم 17 في تلبيسة و12
    في الرستن`): the rest died where the report does not say."""
    if len(tolls) == 0 or len(items) < 2:
        return tolls
    taken = bytearray(len(view) + 1)
    for s, e in counted:
        taken[s:e] = b"\1" * (e - s)
    # (a share already read as a toll of its own, `و6 في بلدة كفرنبل`, is a part too)
    shares = {p for p, _, _ in tolls}
    parts = sorted((q for q in items if (not taken[q.start] or q.start in shares and all(
                        load_victim_nouns().get(w) is None for w in q.text.split()))
                    and _PART_WITH_PLACE.match(view, q.end)), key=lambda q: q.start)
    if not parts:
        return tolls
    starts = [q.start for q in parts]
    after_sum = list(itertools.accumulate(reversed([q.value for q in parts])))[::-1] + [0]

    def placed_share(q: Quantity) -> bool:
        return id(q) in bare and _placed_share(view, q, place_starts)

    ends = {q.start: q.end for q in items}
    by_start = {q.start: q for q in reversed(items)}  # the longest reading of each
    for position, count, harm in tolls:
        first = bisect.bisect_right(starts, position)
        if harm != KILLED or first == len(parts):
            continue
        if position in by_start and _placed_share(view, by_start[position], place_starts):
            continue  # `قتل تسعة في مسرابا وخمسة في حمورية`: the first place's, no total
        # (after "among them" told after the total: not its own `16 منهم`)
        later = [c for c in subsets if position < c.norm_start and tokens_between(
            view, ends.get(position, position), c.norm_start) > 0]
        if len(parts) - first >= 2 and after_sum[first] == count:
            chosen = parts[first:]
        elif placed_share(parts[first]) and (later and _after_subset(view, parts[first].start,
                                                                     later)
                                             # `17 منهم سقطوا في تلبيسة و8 في الرستن`: a
                                             # list of shares "of them" (one alone, `3 منهم
                                             # في سوق البلدة`, is no split)
                                             or _of_them(view, parts[first].end)
                                             and len(parts) - first >= 2):
            chosen = [parts[first]]
            for q in parts[first + 1:]:  # the shares that follow it, one list
                if not placed_share(q) or tokens_between(view, chosen[-1].end, q.start) > 1:
                    break
                chosen.append(q)
            if sum(q.value for q in chosen) >= count:
                continue
        else:
            continue
        split = {q.start for q in chosen}
        kept = [t for t in tolls if t[0] != position and t[0] not in split]
        return sorted(kept + [(q.start, q.value, KILLED) for q in chosen])
    return tolls


def _without_split_totals(view: str, tolls: list[tuple[int, int, int]],
                          items: Sequence[Quantity], place_starts: Sequence[int] = ()
                          ) -> list[tuple[int, int, int]]:
    """`استشهاد 7 مواطنين ... حيث استشهد 4 في بلدة كفرنبل و3 في معرة النعمان`: a toll the
    tolls of the next clauses add up to is their total, told first; the parts are the dead
    (not `طفلين ... وشخص آخر ... ولمدني آخر`: "another" adds to a toll, nor `قتل تسعة في
    مسرابا وخمسة في حمورية وأربعة في كفربطنا`: a count with its own place is that place's)."""
    texts = {q.start: q.text for q in items}
    ends = {q.start: q.end for q in items}
    by_start = {q.start: q for q in reversed(items)}  # the longest reading of each
    totals = set()
    for index, (position, count, harm) in enumerate(tolls):
        parts = [(p, c) for p, c, h in tolls[index + 1:] if h == harm and p > position]
        if harm != KILLED or len(parts) < 2 or sum(c for _, c in parts) != count:
            continue
        if position in by_start and _placed_share(view, by_start[position], place_starts):
            continue
        if _in_brackets(view, position):
            continue  # `حمورية (١٧ قتيلاً)، وسقبا (٩)`: a place's count in brackets, no total
        if any(texts.get(p, "").split()[-1:] and texts[p].split()[-1] in _ANOTHER
               for p, _ in parts):
            continue
        # (`قتل 15 مدنيا بغارات: 9 في مدينة حمورية و6 في بلدة سقبا`: shares by place)
        if _clause(view, position) != _clause(view, parts[0][0]) or all(
                p in ends and _PART_WITH_PLACE.match(view, ends[p]) for p, _ in parts):
            totals.add(position)
    return [t for t in tolls if t[0] not in totals] if totals else tolls


# a side counting since a stretch began (`قتلوا منذ مطلع الأسبوع`): its own tally, which no
# place across a "while" owns
_TALLY_SINCE = regex.compile(r"(?<!\w)منذ\s")


def _toll_owners(view: str, positions: list[int], places: list[PlaceMention],
                 turns: Sequence[int] = (), named: Sequence[PlaceMention] = ()
                 ) -> dict[int, PlaceMention | None]:
    """The place each toll of a sentence belongs to (see `_toll_place`), looked for on the
    toll's side of any "while" (`بعد اشتباكات أسفرت عن مقتل 5 عناصر، فيما قصف الطيران بنش`)
    when that side names one; a toll said of `البلدة` belongs to the town it points back to
    (`مصرع 17 ... مقابل 19 قتيلا ... في البلدة`: both sides' dead of one battle). A side
    that names a place of no event of its own (`قتلوا في غارة قرب مدينة الحسكة، فيما قتل
    ثمانية في قصف على مدينة حلب`: `named`) keeps its toll: it goes to no place across."""
    owners = {}
    for p in positions:
        start = max((t for t in turns if t < p), default=0)
        end = min((t for t in turns if t > p), default=len(view))
        side = [m for m in places if start <= m.start < end]
        if not side and turns and not any(start <= m.start < end for m in named) and not (
                _TALLY_SINCE.search(view, *_clause(view, p))):
            side = places
        owners[p] = _toll_place(view, p, side, [q for q in positions if q != p])
    present = {id(p) for p in places}
    return {p: (o.refers_to if o is not None and id(o.refers_to) in present else o)
            for p, o in owners.items()}


# `ما أدى لمقتل`, `مما أسفر عن سقوط`: a toll a deed told before resulted in
_RESULT_BEFORE = regex.compile(
    r"(?:^|\s)(?:(?:ما|مما)\s{1,3}+)?(?:ادي|اسفر)\S{0,2}+(?:\s{1,3}+\S{1,12}+){0,2}?\s{1,3}+$")
# a comma, then `و` glued to a verb of the next deed (`، وتعرضت بلدة مارع`)
_NEXT_DEED = regex.compile(r"[,،]\s{0,3}+و(?:ت|ي|ا|س|ق|ش|ن)\p{L}{2,10}+(?:ت|وا)?\s")


def _in_brackets(view: str, position: int) -> bool:
    """Does a bracket open right before this count (`حمورية (١٧ قتيلاً)`)?"""
    return view[max(0, position - 3):position].rstrip().endswith("(")


def _toll_place(view: str, position: int, places: list[PlaceMention], other_tolls: list[int]
                ) -> PlaceMention | None:
    """The place a toll belongs to. Arabic news puts the toll first and its place after it
    (`طفلين قتلا بقصف على مدينة X`, `وستة شهداء بقرية Y`): the first place that follows
    within a few words, with no other toll between, wins; else the nearest place in the
    toll's own clause, else in the sentence. A place inside an operation's quoted name
    (`قتل 50 عنصرا في معارك غرفة عمليات "فتح حلب" في حي الراشدين`) takes a toll only when
    the sentence names no other."""
    places = [p for p in places if not p.in_name] or places
    if _in_brackets(view, position):
        # `بلدات حمورية (١٧ قتيلاً)، وسقبا (٩)`: a count in brackets is the place's before it
        before = [p for p in places if p.end <= position
                  and not view[p.end:position].strip(" (")]
        if before:
            return before[-1]
    # (`12 شهيدا: سبعة منهم في مدينة موحسن`: a colon opens the shares; the total is not the
    # first share's)
    following = [p for p in places if p.start >= position
                 and tokens_between(view, position, p.start) <= TOLL_REACH
                 and not any(position < t < p.start for t in other_tolls)
                 and ":" not in view[position:p.start]]
    if following and _RESULT_BEFORE.search(view, max(0, position - 32), position):
        # `سقطت قذائف على حي الصاخور ما أدى لارتقاء شهيدين، وتعرضت بلدة مارع لقصف`: what a
        # deed resulted in is its own toll; a place after `، و` and a verb is the next deed's
        following = [p for p in following if not _NEXT_DEED.search(view, position, p.start)]
        if not following:
            before = [p for p in places if p.end <= position]
            if before:
                return before[-1]
    if following:
        return min(following, key=lambda p: p.start)
    if _TOTAL_BEFORE_COLON.match(view, position):
        # the total before a colon: the places after it are its shares'
        places = [p for p in places if p.start < position]
    start, end = _clause(view, position)
    own = [p for p in places if start <= p.start < end]
    # (with no place in its own clause, a town before a region that only frames the
    # sentence: `وفي سهل الغاب، قتل مزارع برصاص قناص، يوم السبت، قرب قرية العنكاوي`)
    pool = own or [p for p in places if not (_broad(p) or p.role == "region")] or places
    best = None
    for place in pool:
        if place.start >= position:
            distance = tokens_between(view, position, place.start)
        else:
            distance = tokens_between(view, place.end, position)
        if best is None or distance < best[0]:
            best = (distance, place)
    return best[1] if best else None


def _list_members(view: str, places: list[PlaceMention]) -> dict[int, PlaceMention]:
    """Places that stand in a list (`A, B, C وD`), each with its list's first: they share
    any toll said of them."""
    heads: dict[int, PlaceMention] = {}
    ordered = sorted(places, key=lambda p: p.start)
    for a, b in zip(ordered, ordered[1:], strict=False):
        if only_glue(view[a.end:b.core_start]):
            heads[id(b)] = heads.setdefault(id(a), a)
    return heads


def _broad(mention: PlaceMention) -> bool:
    """A region, district or sub-district rather than a town or village."""
    place = mention.place
    return place is not None and place.kind in ("region", "admin1", "admin2", "admin3")


_SPEAKER_WORDS = 6  # words of a speaker's name between a verb of saying and its day


def _report_day(view: str, date: DateMention, s_cues) -> bool:
    """A day right after a verb of saying and its speaker (`وأفاد المرصد السوري أمس`), before
    what was said: the day of the report; so too of claiming (`تبنى تنظيم داعش أمس`)."""
    for cue in s_cues:
        if cue.value.cue not in ("report", "claim") or cue.norm_end > date.start:
            continue
        between = view[cue.norm_end:date.start]
        # (the day may be set off by commas: `في بيان، اليوم الخميس، قصف`)
        if len(between.split()) <= _SPEAKER_WORDS and not _SAID.search(between) and \
                not _CLAUSE_MARK.search(between.rstrip(" ،,")):
            return True
    return False


_SAID = regex.compile(r"(?:^|\s)(?:ان|انه|انها|بان|بانه)(?:\s|$)")


def _dated_after_turn(frame: Frame, event_dates: Sequence[DateMention], turns: list[int]
                      ) -> bool:
    """Are all the sentence's days told after a "while" that follows the frame's head?"""
    if not event_dates or frame.head.start < frame.sentence.start:
        return False
    first_day = min(d.start for d in event_dates)
    return any(frame.head.start < turn < first_day for turn in turns)


def _days_before(view: str, cue) -> int | None:
    """How many days before the deed a recalled happening lies, by a definite stretch
    (`بعد يومين من`, `بعد يوم واحد على` 2 and 1; `منذ يومين`, "two days ago", 2): None for a
    vague one (`بعد أيام من`) or a stretch beyond a week. `منذ` reads the word after it."""
    words = fold(cue.value.phrase).split()
    if words[:1] == ["بعد"] and len(words) >= 3:
        days = span_days(" ".join(words[1:-1]))
    elif words == ["منذ"]:
        following = view[cue.norm_end:cue.norm_end + 16].split()[:1]
        # (`ومنذ يومين، قصفت`: the word without the comma after it)
        days = span_days(following[0].rstrip(",.;:")) if following else None
    else:
        return None
    # (not hours: `بعد ساعات من الكمين` points back to a happening told before)
    return days if days is not None and 0 < days <= RECALLED_DAYS else None


RECALLED_DAYS = 7  # a recalled happening further back than this is background, no event


def _told_afresh(view: str, cue, trigger: Match[TriggerEntry]) -> bool:
    """A deed hours (or up to a week) before the one told, named right after "hours after"
    with no article (`بعد ساعات من هجوم شنه مسلحون على حاجز`, `بعد ساعات من إلقاء مروحيات
    الأسد براميل`):
    told here for the first time, an event of its own; a definite one (`بعد ساعات من
    الانفجار`) points back to what was told before."""
    # (or a day or a few before, counted, by a word that tells a deed alone: `وذلك بعد يوم من
    # انتزاعهم قريتي احتيملات والغيلانية`, an event of that day; not `بعد يومين من هجمات باريس`)
    return ("ساعات" in fold(cue.value.phrase).split()
            or fold(cue.value.phrase).startswith("بعد") and trigger.payload.strong
            and _days_before(view, cue) is not None) \
        and cue.norm_end <= trigger.start \
        and tokens_between(view, cue.norm_end, trigger.start) == 0 \
        and not view.startswith("ال", trigger.start) \
        and trigger.payload.event_type in VIOLENT_TYPES


def _clause_date(view: str, frame: Frame, event_dates: Sequence[DateMention]
                 ) -> DateMention | None:
    """The day the frame's own clause names, when its sentence names several (`قتلوا أمس
    الأول، في حين دارت بعد منتصف ليل أمس اشتباكات`): the sentence's first day belongs to
    the clause it stands in."""
    if len(event_dates) < 2 or frame.head.start < frame.sentence.start:
        return None
    start, end = _clause(view, frame.head.start)
    return next((d for d in event_dates if start <= d.start < end), None)


_INTENSITY = frozenset(fold(w) for w in _EVENT_WORDS["intensity_adjectives"])
_ASSASSINATION = frozenset(fold(w) for w in _EVENT_WORDS["assassination_triggers"])
_RAIDS = frozenset(fold(w) for w in _EVENT_WORDS["raid_triggers"])
_AIR_FORCES = _EVENT_WORDS["air_forces"]
# an attack noun, maybe with an adjective, right before the word of backing
_ATTACK_BEFORE = regex.compile(r"(?:^|\s)[وب]?(?:ال)?(?:" + alternation(
    fold(w) for w in _EVENT_WORDS["agent_lam_nouns"]) + r")(?:\s{1,3}+\S{1,12}+)?\s{1,3}+$")
# a bomb stopped short (`دمرت الوحدات عربة مفخخة قبل وصولها إلى نقاطها`, `ألقت القبض على
# إرهابي يرتدي حزاما ناسفا في حي الطي قبل أن يتمكن من تفجير نفسه`)
_BEFORE_IT_BLEW = regex.compile(
    r"(?:\s{1,3}+[^\s.,،]{1,20}+){0,6}?\s{1,3}+قبل\s{1,3}+(?:"
    r"(?:وصول|انفجار|تفجير)(?:ها|ه|هما)|ان\s{1,3}+(?:(?:يتمكن|تتمكن|يتمكنوا)\s{1,3}+من\s{1,3}+)?"
    r"(?:تصل|يصل|تنفجر|ينفجر|يفجر|تفجر|يتم\s{1,3}+تفجير|تفجير|الوصول))(?!\w)")
_FIGURATIVE_BLOW = regex.compile(r"\s{1,3}+(?:(?:" + alternation(
    fold(w) for w in _EVENT_WORDS["figurative_blows"]) + r")(?!\w)|(?:[^\s.،,]++\s++)?+ل(?:"
    + alternation(fold(w).removeprefix("ال") for w in _EVENT_WORDS["blown_sides"])
    + r"|ل(?:" + alternation(fold(w).removeprefix("ال") for w in _EVENT_WORDS["blown_sides"]
                             if w.startswith("ال")) + r"))(?!\w))")


def _contents_end(view: str, clause_end: int) -> int:
    """The end of the clause after `clause_end` when it tells what the cache seized holds
    (`، يحتوي على قذائف هاون`), else `clause_end`."""
    following = view[clause_end + 1:clause_end + 16].split()[:1]
    if following and following[0].lstrip("و") in _CONTAINING:
        return _clause(view, clause_end + 2)[1]
    return clause_end


_CONTAINING = _EVENT_WORDS["containing_words"]
_CONTAINING_WORD = regex.compile(r"(?<!\w)و?(?:" + alternation(_CONTAINING) + r")(?!\w)")
_SOUGHT_DEALS = _EVENT_WORDS["sought_deals"]  # folded
_SHOOTER_BEFORE = _EVENT_WORDS["shooter_before"]
_TRIED_MOVES = _EVENT_WORDS["tried_moves"]
_ATTEMPT_WORDS = cue_words("attempt")
TRIED_REACH = 8  # words before a move its verb of trying may stand (its doer between)


def _tried_before(view: str, position: int) -> bool:
    """Is a verb or noun of trying among the words of the clause before `position`?"""
    return any(w.removeprefix("و") in _ATTEMPT_WORDS
               for w in words_in_clause_before(view, position, TRIED_REACH))

_FOILED_ASSAULT = regex.compile(
    # (the assailants may stand between: `محاولة مجموعة إرهابية التسلل`; a time set off by
    # commas too: `أحبطت، ليل الأحد، محاولة تسلل`)
    r"(?:\s{0,3}+[،,][^.،,\n]{1,40}+[،,])?"
    r"(?:\s{1,3}+[^\s.،,]{1,20}+){0,8}?\s{1,3}+(?:محاوله|محاولات|محاولتين)"
    r"(?:\s{1,3}+[^\s.،,]{1,20}+){0,3}?\s{1,3}+(?:ل|ال)?(?:"
    + alternation(fold(w) for w in _EVENT_WORDS["assault_nouns"]) + r")(?!\w)")
SMALL_ARMS_REACH = 20  # words from a strike's verb to the small arms it was made with


def _shot_with(view: str, trigger: Mention, s_cues) -> bool:
    """`استهدف مسلحون، ليل أمس، حاجزا في بلدة إبطع، بالأسلحة الرشاشة`: the small arms the
    verb's clauses go on to name (before any toll) are its means: shots, no strike."""
    end = trigger.end
    for arms in _SMALL_ARMS.finditer(view, end, min(len(view), end + 16 * SMALL_ARMS_REACH)):
        # (the instrument's ب on it or on its noun: `بالرصاص`, `بالأسلحة الرشاشة`)
        noun = view[max(0, arms.start() - 16):arms.start()].split()[-1:]
        instrument = arms.group().startswith("ب") or bool(noun) and noun[0].startswith("ب") \
            and noun[0][1:].removeprefix("ال") in _ARMS_NOUNS
        if not instrument or tokens_between(view, end, arms.start()) > SMALL_ARMS_REACH \
                or "." in view[end:arms.start()]:
            return False
        return not any(c.value.cue in ("kill", "injure") and end <= c.norm_start < arms.start()
                       for c in s_cues)
    return False


_ARMS_NOUNS = frozenset(fold(w) for w in _EVENT_WORDS["arms_nouns"])
_SMALL_ARMS = regex.compile(r"(?<!\w)[وب]?(?:ال)?(?:" + alternation(
    fold(w) for w in _EVENT_WORDS["small_arms_words"]) + r")(?!\w)")
_FORCE_ON_PROTESTS = frozenset({"Excessive force against protesters", "Protest with intervention"})
# a side's backing by strikes (`المدعومة بغارات التحالف`, `مدعومين بقصف جوي`): the side's
# description, no strike told to have happened here
_SUPPORTED_BY = regex.compile(
    r"(?:^|\s)[وف]?(?:ال)?(?:" + alternation(fold(w) for w in cue_words("backing"))
    + r")\s{1,3}+(?:من\s{1,3}+)?ب(?=\p{L})"
    r"|(?:^|\s)[وف]?(?:" + alternation(map(fold, _EVENT_WORDS["backing_nouns"]))
    + r")\s{1,3}+(?:من\s{1,3}+)?(?=\p{L})")


# a verb of demonstrating whose object comes with `بـ` (`تظاهر الرجل بالموت`): pretending
_PRETENDED = regex.compile(
    r"[وف]?(?:" + alternation(_EVENT_WORDS["pretend_verbs"]) + r")(?:\s{1,3}+\S{1,12}+){0,2}?"
    r"\s{1,3}+(?:" + alternation(map(fold, _EVENT_WORDS["pretend_objects"])) + r")(?!\w)")
_WIPED_OUT = _EVENT_WORDS["wiped_out_verbs"]  # ACLED names, folded (lower case)
_COINCIDING = regex.compile(
    r"(?:^|\s)[وف]?(?:" + alternation(map(fold, _EVENT_WORDS["coinciding_words"]))
    + r")(?:\s{1,3}+مع)?\s{1,3}+$")
_WIPED_ON = frozenset({"علي"})  # `قضت على`: the preposition of wiping out
# a word of destroying a few words before (no blast between: `دمر انفجار سيارة مفخخة منازل`
# is what the bomb destroyed)
_BLAST_NOUNS = tuple(fold(w) for w in _EVENT_WORDS["blast_nouns"])


def _destroying_before(words: str) -> regex.Pattern[str]:
    """A word of destroying this many words (none a blast noun) before the end."""
    return regex.compile(
        r"(?:^|\s)[وف]?(?:" + alternation(map(fold, _EVENT_WORDS["destroying_words"]))
        + r")(?:\s++(?!(?:" + alternation(_BLAST_NOUNS) + r")(?!\w))[^\s.،,]++)" + words
        + r"?\s++$")


_DESTROYED_RIGHT_BEFORE = _destroying_before("{0,3}")
# ... or before the list it ends (`وتدمير عدد من الآليات المزودة برشاشات ثقيلة وسيارة مفخخة`)
_DESTROYED_LIST_BEFORE = _destroying_before("{1,8}")
_BLAST_AFTER = regex.compile(r"\s{1,3}+(?:" + alternation(_BLAST_NOUNS) + r")(?!\w)")
_DESTROYING_VERBS = frozenset(fold(w) for w in _EVENT_WORDS["destroying_words"]
                              if not w.startswith(("تدمير", "إعطاب")))


def _destroyed_right_before(view: str, trigger: Match[TriggerEntry]) -> bool:
    """Is the strike word what a word of destroying right before it destroyed (`وتدمير دبابة
    بصاروخ`)? Not the strike a verb destroyed with (`دمرت القوات التركية بضربات مدفعية
    مقرات`): its instrument."""
    found = _DESTROYED_RIGHT_BEFORE.search(view, max(0, trigger.start - 40), trigger.start)
    if found is None:
        return False
    verb = found.group().split()[0].removeprefix("و").removeprefix("ف")
    return not (verb in _DESTROYING_VERBS and view.startswith("ب", trigger.start))
# a word of destroying right before the gun, or before its count (`تدمير 11 دبابة`, `وتدمير عدد
# من الدبابات`)
def _word_shortly_before(words: Iterable[str]) -> regex.Pattern[str]:
    """One of these words, then at most three words of its clause, before the end."""
    return regex.compile(r"(?:^|\s)[وف]?(?:" + alternation(map(fold, words))
                         + r")(?:\s++[^\s.،,]++){0,3}?\s++$")


_DESTROYED_BEFORE = _word_shortly_before(_EVENT_WORDS["destroying_words"]
                                         | _EVENT_WORDS["gun_striking_words"])


_SEIZED_RIGHT_BEFORE = _word_shortly_before(_EVENT_WORDS["seizing_words"])
_THREAT_STEMS = frozenset(fold(w) for w in _EVENT_WORDS["threat_stems"])
_FEAR_VERBS = frozenset(fold(w) for w in _EVENT_WORDS["fear_verbs"])
RAID_CHARS = 80  # characters before a target a verb of raiding it is looked for in
# a verb of raiding, then at most its subject and a time (seven words of its clause), right
# before the target
_RAIDED = regex.compile(
    r"(?<!\w)[وف]?(?:" + alternation(map(fold, _EVENT_WORDS["raid_verbs"]))
    + r")(?:\s{1,3}+[^\s.،,]{1,12}+){0,7}?\s{1,3}+$")
_THAT_WORD = regex.compile(r"(?<!\w)ان(?!\w)")
_USED_IN_BEFORE = regex.compile(r"(?:^|\s)[وف]?(?:" + alternation(
    map(fold, _EVENT_WORDS["used_in_words"])) + r")(?:\s++[^\s.،,]++){0,5}?\s++$")
_EMPLACEMENT_BEFORE = regex.compile(r"(?:^|\s)[وفل]?(?:" + alternation(
    map(fold, _EVENT_WORDS["emplacement_words"])) + r")\s++$")


def _communique_alone(draft: Draft, frame: Frame) -> bool:
    """A clash read from state media's communiqué verbs alone (`دمرت أوكارا`, `أوقعت قتلى`)."""
    return (draft.event_type, draft.sub_event_type) == ("Battles", "Armed clash") \
        and all(fold(t.payload.phrase) in _COMMUNIQUE for t in frame.triggers
                if t.payload.sub_event_type == "Armed clash")


_COMMUNIQUE = frozenset(fold(w) for w in _EVENT_WORDS["communique_verbs"])
_COMMUNIQUE_OBJECTS = frozenset(fold(w) for w in _EVENT_WORDS["communique_objects"])


def _raid_alone(draft: Draft, frame: Frame) -> bool:
    """A clash read from the frame's raids alone (`اقتحم`), no word of fighting."""
    return (draft.event_type, draft.sub_event_type) == ("Battles", "Armed clash") \
        and not any(t.payload.sub_event_type == "Armed clash"
                    and fold(t.payload.phrase) not in _RAIDS for t in frame.triggers)


def _raid_on_the_unarmed(draft: Draft, frame: Frame) -> bool:
    """A clash read from a raid alone (`اقتحم مسلحون الحي وقتلوا 20 مدنيا`), or with the
    shots it killed by (`برصاص مسلحين اقتحموا منزلهم`), with dead."""
    return (draft.event_type, draft.sub_event_type) == ("Battles", "Armed clash") \
        and draft.fatalities > 0 \
        and all(fold(t.payload.phrase) in _RAIDS
                or t.payload.event_type == "Violence against civilians" for t in frame.triggers)


def _in_turn_segment(mentions: Sequence[Mention], position: int, turns: Sequence[int],
                     sentence: Sentence) -> list[Mention]:
    """The mentions of the stretch of the sentence between the turns ("while") around
    `position`."""
    low = max((t for t in turns if t <= position), default=sentence.start)
    high = min((t for t in turns if t > position), default=sentence.end)
    return [m for m in mentions if low <= m.norm_start < high]


def _shooting(draft: Draft, frame: Frame, *, civilians_too: bool = False) -> bool:
    """An attack read from a weak trigger (`إطلاق نار`) or an assassination, not an
    execution (other strong triggers), and not one on civilians (unless `civilians_too`)."""
    if (draft.event_type, draft.sub_event_type) != ("Violence against civilians", "Attack") or \
            (draft.civilian and not civilians_too):
        return False
    return not any(t.payload.strong and fold(t.payload.phrase) not in _ASSASSINATION
                   for t in frame.triggers
                   if t.payload.event_type == "Violence against civilians")


_RECALL_OPENERS = frozenset({"و", "وذلك", "ذلك"})  # before a recalled deed's `بعد يوم من`
QUARTERS_AFTER = 2  # sentences after a lead on a city's quarters its quarters may be told in
_QUARTERS_BEFORE = regex.compile(r"(?<!\w)(?:ال)?احياء(?:\s{1,3}+\S{1,12}+){0,3}?\s{1,3}+$")


def _quarters_of_city(view: str, city: PlaceMention) -> bool:
    """Is the city named as the place of its quarters (`على الأحياء الشرقية في مدينة حلب`,
    `على أحياء مدينة حلب`)? Then the quarters told after it are where it happened."""
    return _QUARTERS_BEFORE.search(view, max(0, city.start - 48), city.start) is not None


def _quarter_of(mention: PlaceMention, city: PlaceMention) -> bool:
    """Is the place a quarter of this governorate's city (the gazetteer's, or one it lacks,
    put in that city)?"""
    if city.place is None:
        return False
    if mention.city is not None:
        return mention.city.id == city.place.id
    return mention.place is not None and mention.place.kind == "neighbourhood" \
        and mention.place.admin1 == city.place.admin1 and _near(city, mention)


def _listed_together(view: str, one: PlaceMention, other: PlaceMention) -> bool:
    """Are the two names members of one list (`مدينة معرة النعمان وبلدتي تلمنس`): only `و`,
    commas and a settlement noun between them?"""
    first, second = (one, other) if one.start < other.start else (other, one)
    # (up to the second's article: `مدينة الرستن وقرية الغنطو`, `جسر الشغور والناجية`)
    between = view[first.end:with_article(view, second)]
    return "\n" not in between and _LIST_GLUE.fullmatch(between) is not None


def _near(city: PlaceMention, other: PlaceMention, km: float = CITY_REACH_KM) -> bool:
    """Is `other` inside or just outside `city`? A place the gazetteer lacks is taken to
    be where the text puts it."""
    if city.place is None:
        return False
    if other.place is None:
        if other.within is not None and other.within.place is not None:
            # (`حي هرابش بمدينة دير الزور` is near Deir ez-Zor, not every town of its
            # governorate)
            return other.within is city or other.within.place.id == city.place.id
        return other.within is city or other.admin1 == city.place.admin1
    return distance_km((city.place.latitude, city.place.longitude),
                       (other.place.latitude, other.place.longitude)) <= km
