"""What rasd knows about conflict language, loaded from the CSV files in `rasd/data`.

Each file is small, commented and meant to be read and extended by an analyst; this module
validates it (one clear error naming file and line) and compiles it into a `PhraseMatcher`.
"""

from __future__ import annotations

import datetime as dt
import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from rasd.datafiles import LexiconError, data_path, read_rows
from rasd.text.matcher import PhraseMatcher
from rasd.text.normalize import fold

EVENT_TYPES: dict[str, tuple[str, ...]] = {
    "Battles": ("Armed clash", "Government regains territory",
                "Non-state actor overtakes territory"),
    "Explosions/Remote violence": ("Chemical weapon", "Air/drone strike", "Suicide bomb",
                                   "Shelling/artillery/missile attack",
                                   "Remote explosive/landmine/IED", "Grenade"),
    "Violence against civilians": ("Sexual violence", "Attack",
                                   "Abduction/forced disappearance"),
    "Protests": ("Peaceful protest", "Protest with intervention",
                 "Excessive force against protesters"),
    "Riots": ("Violent demonstration", "Mob violence"),
    "Strategic developments": ("Agreement", "Arrests", "Change to group/activity",
                               "Disrupted weapons use", "Headquarters or base established",
                               "Looting/property destruction",
                               "Non-violent transfer of territory", "Other"),
}
UNDECIDED_STRIKE = "?explosion"
UNDECIDED_BLAST = "?blast"
CUES = ("air", "ground", "kill", "injure", "civilian", "irrealis", "background", "skip_line",
        "subset", "place", "region", "direction", "anaphora", "name_head", "holding",
        "report", "munition", "turn", "cause", "attempt",
        "since", "backing", "members", "group_head", "motive", "control", "amid", "unit",
        "claim", "source", "none")


@dataclass(frozen=True, slots=True)
class TriggerEntry:
    phrase: str
    event_type: str
    sub_event_type: str
    nonstate_event_type: str
    nonstate_sub_event_type: str
    default_actor1: str
    strong: bool
    # a word that must follow in the phrase's clause, a few words on, for the phrase to tell
    # the deed (`قضت وحدة من الجيش على`: the subject may stand between), folded; or ""
    then: str = ""


@dataclass(frozen=True, slots=True)
class ActorEntry:
    phrase: str
    actor: str
    state: bool
    abroad: str = ""  # for a word naming a kind of force: its actor abroad (`{country}`)
    # a short name (`الهيئة`): the actor only once the report has named it in full
    short: bool = False
    # a nation's adjective (`الأمريكية`): the actor only where it qualifies a strike or a weapon
    adjective: bool = False


@dataclass(frozen=True, slots=True)
class CueEntry:
    phrase: str
    cue: str


def _match_kind(path: Path, number: int, row: dict[str, str], *, short: bool = False) -> bool:
    kind = row.get("match", "word")
    kinds = ("word", "stem", "short", "adjective") if short else ("word", "stem")
    if kind not in kinds:
        raise LexiconError(f"{path.name}:{number}: match must be "
                           f"{' or '.join(repr(k) for k in kinds)}, not {kind!r}")
    return kind == "stem"


def _check_type(path: Path, number: int, event_type: str, sub_event_type: str) -> None:
    if event_type not in EVENT_TYPES:
        raise LexiconError(f"{path.name}:{number}: unknown ACLED event type {event_type!r}")
    if sub_event_type not in (UNDECIDED_STRIKE, UNDECIDED_BLAST) and \
            sub_event_type not in EVENT_TYPES[event_type]:
        raise LexiconError(
            f"{path.name}:{number}: {sub_event_type!r} is not a sub-event type of {event_type}"
        )


@cache
def trigger_matcher(path: Path | None = None) -> PhraseMatcher[TriggerEntry]:
    path = path or data_path("triggers.csv")
    matcher: PhraseMatcher[TriggerEntry] = PhraseMatcher()
    for number, row in read_rows(path):
        entry = TriggerEntry(
            row["phrase"], row["event_type"], row["sub_event_type"],
            row.get("nonstate_event_type", ""), row.get("nonstate_sub_event_type", ""),
            row.get("default_actor1", ""), row.get("strength", "strong") != "weak",
            fold(row.get("then", "")),
        )
        if " " in entry.then:
            raise LexiconError(f"{path.name}:{number}: `then` is one word, not {entry.then!r}")
        _check_type(path, number, entry.event_type, entry.sub_event_type)
        if entry.nonstate_event_type:
            _check_type(path, number, entry.nonstate_event_type, entry.nonstate_sub_event_type)
        matcher.add(entry.phrase, entry, inflects=_match_kind(path, number, row))
    return matcher


@cache
def actor_matcher(path: Path | None = None) -> PhraseMatcher[ActorEntry]:
    path = path or data_path("actors.csv")
    matcher: PhraseMatcher[ActorEntry] = PhraseMatcher()
    for number, row in read_rows(path):
        if not row.get("actor"):
            raise LexiconError(f"{path.name}:{number}: an actor row needs an actor name")
        abroad = (row.get("abroad") or "").strip()
        if abroad and "{country}" not in abroad:
            raise LexiconError(f"{path.name}:{number}: `abroad` must hold {{country}}")
        entry = ActorEntry(row["phrase"], row["actor"], row.get("state") in STATE_VALUES,
                           abroad, short=row.get("match") == "short",
                           adjective=row.get("match") == "adjective")
        matcher.add(entry.phrase, entry, inflects=_match_kind(path, number, row, short=True))
    return matcher


@cache
def cue_matcher(path: Path | None = None) -> PhraseMatcher[CueEntry]:
    path = path or data_path("cues.csv")
    matcher: PhraseMatcher[CueEntry] = PhraseMatcher()
    for number, row in read_rows(path):
        if row.get("cue") not in CUES:
            raise LexiconError(f"{path.name}:{number}: cue must be one of {', '.join(CUES)}")
        matcher.add(row["phrase"], CueEntry(row["phrase"], row["cue"]),
                    inflects=_match_kind(path, number, row))
    return matcher


@cache
def actor_eras(path: Path | None = None) -> dict[str, tuple[tuple[dt.date, str, bool], ...]]:
    """actors_since.csv: a folded phrase of actors.csv → what it means from a day on
    (the day, the actor, whether a state force), latest first."""
    path = path or data_path("actors_since.csv")
    eras: dict[str, list[tuple[dt.date, str, bool]]] = {}
    for number, row in read_rows(path):
        try:
            since = dt.date.fromisoformat(row["since"])
        except ValueError as error:
            raise LexiconError(f"{path.name}:{number}: since is no date: {error}") from error
        eras.setdefault(fold(row["phrase"]), []).append(
            (since, row["actor"], row.get("state") in STATE_VALUES))
    return {phrase: tuple(sorted(rows, reverse=True)) for phrase, rows in eras.items()}


STATE_VALUES = ("yes", "foreign")  # actors.csv: the government's side, other states
GOVERNMENT_SIDE = ("yes", "ally")  # actors.csv: its forces and the non-state ones beside them
AUTHORITY_VALUES = (*STATE_VALUES, "authority")  # ... and the groups that govern their ground


@cache
def state_actors(*, government_side: bool = False, authorities: bool = False
                 ) -> frozenset[str]:
    """State forces; with `authorities`, also the non-state groups that govern the ground they
    hold (they arrest, where others abduct); with `government_side`, the Syrian government's
    forces and the allies beside them, state or not (the territory they take is regained)."""
    wanted = GOVERNMENT_SIDE if government_side else (
        AUTHORITY_VALUES if authorities else STATE_VALUES)
    return frozenset(
        row["actor"] for _, row in read_rows(data_path("actors.csv")) if row.get("state") in wanted
    )


@cache
def state_forms() -> dict[tuple[str, str], tuple[str, str]]:
    """(event type, sub-event type) a state force's act takes → the one a non-state actor's
    takes (`Government regains territory` → `Non-state actor overtakes territory`, `Arrests`
    → `Abduction/forced disappearance`), from triggers.csv's nonstate columns."""
    forms: dict[tuple[str, str], tuple[str, str]] = {}
    for _, row in read_rows(data_path("triggers.csv")):
        if row.get("nonstate_event_type"):
            forms.setdefault((row["event_type"], row["sub_event_type"]),
                             (row["nonstate_event_type"], row["nonstate_sub_event_type"]))
    return forms


@cache
def event_words() -> dict[str, frozenset[str]]:
    """The word lists of `event_words.toml` (closed classes read around triggers), folded."""
    table = tomllib.loads(data_path("event_words.toml").read_text(encoding="utf-8"))
    return {name: frozenset(fold(word) for word in words) for name, words in table.items()}


@cache
def cue_words(*kinds: str) -> frozenset[str]:
    """The one-word phrases of these cues in cues.csv, folded: `report` (قال، أعلن: the actor
    right after one is the speaker), `holding` (مقرات، مواقع: the actor after one owns the
    target), `air`/`ground` (طائرة، مدفعية: an actor after one with `ل` owns the weapon)."""
    return frozenset(fold(row["phrase"]) for _, row in read_rows(data_path("cues.csv"))
                     if row["cue"] in kinds and " " not in row["phrase"].strip())


@cache
def cue_phrases(*kinds: str) -> frozenset[str]:
    """Every phrase of these cues in cues.csv, folded, of one word or more."""
    return frozenset(fold(row["phrase"]) for _, row in read_rows(data_path("cues.csv"))
                     if row["cue"] in kinds)


@cache
def actors_abroad() -> dict[str, str]:
    """Actor → the actor of the same kind in another country (`Military Forces of {country}`),
    from the `abroad` column of actors.csv."""
    found: dict[str, str] = {}
    for _, row in read_rows(data_path("actors.csv")):
        abroad = (row.get("abroad") or "").strip()
        if abroad:
            found.setdefault(row["actor"], abroad)
    return found


def actor_counterparts() -> dict[str, list[tuple[dt.date | None, str]]]:
    """The other side of the war for an actor whose ground is hit (`actor_counterparts.csv`):
    actor -> (since, counterpart) rows, the undated first."""
    found: dict[str, list[tuple[dt.date | None, str]]] = {}
    for _, row in read_rows(data_path("actor_counterparts.csv")):
        since = (row.get("since") or "").strip()
        found.setdefault(row["actor"], []).append(
            (dt.date.fromisoformat(since) if since else None, row["counterpart"]))
    for rows in found.values():
        rows.sort(key=lambda r: r[0] or dt.date.min)
    return found


@dataclass(frozen=True, slots=True)
class HeldPlace:
    """A place one side held over a period while another fired on it (`held_places.csv`)."""

    name: str
    admin1: str
    holder: str
    opponent: str
    held_from: dt.date
    held_to: dt.date


@cache
def held_places(path: Path | None = None) -> dict[tuple[str, str], tuple[HeldPlace, ...]]:
    """`held_places.csv` by (place key, governorate): who held the place and who fired on it."""
    from rasd.geo.keys import place_key

    path = path or data_path("held_places.csv")
    known = {row["actor"] for _, row in read_rows(data_path("actors.csv"))}
    table: dict[tuple[str, str], list[HeldPlace]] = {}
    for number, row in read_rows(path):
        try:
            held = HeldPlace(row["place"], row["admin1"], row["holder"], row["opponent"],
                             dt.date.fromisoformat(row["held_from"]),
                             dt.date.fromisoformat(row["held_to"]))
        except (KeyError, ValueError) as error:
            raise LexiconError(f"{path.name}:{number}: needs place, admin1, holder, opponent "
                               f"and YYYY-MM-DD dates ({error})") from None
        for actor in (held.holder, held.opponent):
            if actor not in known:
                raise LexiconError(f"{path.name}:{number}: {actor!r} is not in actors.csv")
        if held.held_to < held.held_from:
            raise LexiconError(f"{path.name}:{number}: held_to is before held_from")
        table.setdefault((place_key(held.name), held.admin1), []).append(held)
    return {key: tuple(rows) for key, rows in table.items()}


def holder_on(key: str, admin1: str | None, day: dt.date | None) -> HeldPlace | None:
    """The row of `held_places.csv` for this place on this day, if any."""
    if admin1 is None or day is None:
        return None
    return next((h for h in held_places().get((key, admin1), ())
                 if h.held_from <= day <= h.held_to), None)


def check_data() -> dict[str, int]:
    """Load and validate every data file rasd ships; count what each holds.

    Raises `LexiconError` naming the file and line of the first problem: an unknown event
    type or cue, a malformed row, or a phrase listed twice in one file."""
    from rasd.extract.dates import find_dates
    from rasd.extract.numbers import find_quantities, load_victim_nouns

    for name in ("triggers.csv", "actors.csv", "cues.csv", "demonyms_ar.csv"):
        rows = read_rows(data_path(name))
        first_key = next(iter(rows[0][1]), None) if rows else None
        seen: dict[tuple[str, ...], int] = {}
        for number, row in rows:
            identity = tuple(row.values())
            if identity in seen:
                raise LexiconError(f"{name}:{number}: the same row as line {seen[identity]}")
            seen[identity] = number
            if first_key and not row.get(first_key):
                raise LexiconError(f"{name}:{number}: empty {first_key}")
    find_dates("امس", None)  # loads dates.toml
    find_quantities("ثلاثة")  # loads numbers.toml
    return {"triggers": len(trigger_matcher()), "actors": len(actor_matcher()),
            "cues": len(cue_matcher()), "victim nouns": len(load_victim_nouns()),
            "held places": sum(map(len, held_places().values()))}
