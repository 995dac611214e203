"""The Syrian gazetteer: place lookups by matching key, held in memory.

The index is a SQLite file written by `rasd.geo.build`; it is read whole, once, into dicts,
because extraction asks thousands of small questions and a dict answers each in nanoseconds.
Where the index and its sources live is configurable (see `default_source_dir`,
`default_index_path`, `default_additions`); `load_default_gazetteer` builds the index on
first use when the sources can be found.
"""

from __future__ import annotations

import json
import os
import sqlite3
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from rasd.errors import GazetteerError, GazetteerMissing
from rasd.geo.build import SCHEMA_VERSION, build_gazetteer, file_sha256
from rasd.geo.distance import distance_km
from rasd.geo.keys import key_variants

_SOURCES_MARKER = "boundaries"  # a folder every usable source tree has


@dataclass(frozen=True, slots=True)
class Place:
    """One gazetteer entry. Admin names use OCHA's English spellings (ACLED's admin1..3)."""

    id: str
    name_ar: str
    name_en: str
    kind: str
    admin1: str | None
    admin2: str | None
    admin3: str | None
    latitude: float
    longitude: float
    source: str
    population: int | None = None
    admin1_pcode: str | None = None
    admin2_pcode: str | None = None
    admin3_pcode: str | None = None
    capital_level: int | None = None  # OCHA: 0 national, 1 governorate, 2 district, 3 nahiya
    same_as: str | None = None  # for WOF rows: the OCHA P-code of the same village


_PLACE_QUERY = (
    "SELECT id, name_ar, name_en, kind, admin1, admin2, admin3, latitude, longitude, source,"
    " population, admin1_pcode, admin2_pcode, admin3_pcode, capital_level, same_as FROM places"
)
_KIND = 3  # position of `kind` in a place row
_ADMIN2_PCODE, _ADMIN3_PCODE, _CAPITAL_LEVEL = 12, 13, 14


def _with_seats(rows: dict[str, tuple[Any, ...]], by_key: dict[str, list[str]]) -> None:
    """A name that only a district or sub-district bears (`كوباني`, another name of the
    district of عين العرب) also names its seat town: news that writes it means the town.
    Adds the seat after the units (OCHA's capital level: 2 a district's seat, 3 a
    sub-district's)."""
    seats: dict[tuple[int, str], str] = {}
    for place_id, row in rows.items():
        level = row[_CAPITAL_LEVEL]
        if row[_KIND] == "community" and level in (2, 3):
            for unit_level, pcode in ((2, row[_ADMIN2_PCODE]), (3, row[_ADMIN3_PCODE])):
                if pcode and level <= unit_level:
                    seats.setdefault((unit_level, pcode), place_id)
    for ids in by_key.values():
        kinds = {rows[i][_KIND] for i in ids}
        if not kinds or not kinds <= {"admin2", "admin3"}:
            continue
        for place_id in list(ids):
            row = rows[place_id]
            unit = (2, row[_ADMIN2_PCODE]) if row[_KIND] == "admin2" else (3, row[_ADMIN3_PCODE])
            seat = seats.get(unit)
            if seat is not None and seat not in ids:
                ids.append(seat)


GRID_KM = 20.0  # the side of the cells `lies_near` files places in: the farthest it looks
BORDER_KM = 15.0  # a place this near a governorate's places may be told as lying in it


def _cell(latitude: float, longitude: float) -> tuple[int, int]:
    """The grid cell of a point: about GRID_KM a side in Syria's latitudes."""
    return int(latitude * 111.0 // GRID_KM), int(longitude * 90.0 // GRID_KM)


class Gazetteer:
    """Places and the keys of their names, loaded from an index file.

    Rows are kept as tuples and turned into `Place` objects on first use: building 16,000
    frozen dataclasses up front would cost more than reading the whole file.
    """

    def __init__(
        self,
        rows: dict[str, tuple[Any, ...]],
        by_key: dict[str, tuple[str, ...]],
        names: dict[str, tuple[str, ...]],
        info: dict[str, str],
        pairs: tuple[tuple[str, str], ...] = (),
        aliased: dict[str, frozenset[str]] | None = None,
    ) -> None:
        self._rows = rows
        self._aliased = aliased or {}
        self._pairs = pairs
        self._places: dict[str, Place] = {}
        self._by_key = by_key
        self._names = names
        self.info = info
        self._admin1_names: dict[str, str] | None = None
        self._grid: dict[tuple[str, int, int], list[tuple[float, float]]] | None = None
        self._borders: dict[tuple[str, str], bool] = {}

    @classmethod
    def load(cls, path: Path | str) -> Gazetteer:
        """Read a whole index into memory."""
        path = Path(path)
        if not path.is_file():
            raise GazetteerMissing(f"no gazetteer index at {path}")
        try:
            connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        except sqlite3.Error as error:
            raise GazetteerError(f"cannot open gazetteer index {path}: {error}") from error
        try:
            info = dict(connection.execute("SELECT key, value FROM build_info").fetchall())
            if info.get("schema_version") != SCHEMA_VERSION:
                raise GazetteerError(
                    f"gazetteer index {path} has schema {info.get('schema_version')!r}, "
                    f"this rasd needs {SCHEMA_VERSION!r}: rebuild it with "
                    "`rasd gazetteer build --source DIR`"
                )
            rows = {row[0]: row for row in connection.execute(_PLACE_QUERY).fetchall()}
            name_rows = connection.execute(
                "SELECT key, place_id, name, source FROM names ORDER BY rowid"
            ).fetchall()
        except sqlite3.Error as error:
            raise GazetteerError(f"cannot read gazetteer index {path}: {error}") from error
        finally:
            connection.close()
        # names are stored sorted by key, then by preference, then by place
        by_key: dict[str, list[str]] = {}
        names: dict[str, dict[str, None]] = {}
        pairs: dict[tuple[str, str], None] = {}
        aliased: dict[str, set[str]] = {}
        for key, place_id, name, source in name_rows:
            pairs[name, key] = None
            if source == "alias":
                aliased.setdefault(key, set()).add(place_id)
            ids = by_key.get(key)
            if ids is None:
                by_key[key] = [place_id]
            elif ids[-1] != place_id:
                ids.append(place_id)
            names.setdefault(place_id, {})[name] = None
        _with_seats(rows, by_key)
        return cls(
            rows,
            {key: tuple(ids) for key, ids in by_key.items()},
            {place_id: tuple(known) for place_id, known in names.items()},
            info,
            tuple(pairs),
            {key: frozenset(ids) for key, ids in aliased.items()},
        )

    def _place(self, place_id: str) -> Place:
        place = self._places.get(place_id)
        if place is None:
            place = self._places[place_id] = Place(*self._rows[place_id])
        return place

    def __len__(self) -> int:
        return len(self._rows)

    def __iter__(self) -> Iterator[Place]:
        return (self._place(i) for i in self._rows)

    def candidates(self, key: str) -> list[Place]:
        """Places with a name under this key (see `place_key`): the user's own first, then
        OCHA, OpenSyria, Who's On First; communities before admin units."""
        return [self._place(i) for i in self._by_key.get(key, ())]

    def aliased(self, key: str) -> frozenset[str]:
        """Ids of the places an analyst gave this name by hand (`alias_of` in an additions
        file: `رميلان` is the oil town WOF calls `حقول الرميلان`): what reports mean by it."""
        return self._aliased.get(key, frozenset())

    def lookup(self, name: str) -> list[Place]:
        """Places for a name as written: the candidates of all its key variants."""
        seen: dict[str, Place] = {}
        for key in sorted(key_variants(name)):
            for place in self.candidates(key):
                seen.setdefault(place.id, place)
        return list(seen.values())

    def get(self, place_id: str) -> Place | None:
        """The place with this id (P-code, `wof:…`, `user:n`), if any."""
        return self._place(place_id) if place_id in self._rows else None

    def names(self) -> list[tuple[str, str]]:
        """Every (name as spelled, key) pair in the index, to build a phrase matcher from."""
        return list(self._pairs)

    def names_of(self, place_id: str) -> tuple[str, ...]:
        """All indexed Arabic names of a place, as the sources spell them."""
        return self._names.get(place_id, ())

    def keys(self) -> set[str]:
        """Every key with at least one place (to build a phrase matcher from)."""
        return set(self._by_key)

    def admin_keys(self, kind: str) -> set[str]:
        """Keys of names of one kind of place (`admin1`, `admin2`, `admin3`, ...)."""
        return {
            key
            for key, ids in self._by_key.items()
            if any(self._rows[i][_KIND] == kind for i in ids)
        }

    def admin1_names(self) -> dict[str, str]:
        """Arabic key → OCHA English governorate (`ادلب` → `Idleb`, `ريفدمشق` → ...)."""
        if self._admin1_names is None:
            table: dict[str, str] = {}
            for key, ids in self._by_key.items():
                for place_id in ids:
                    row = self._rows[place_id]
                    if row[_KIND] == "admin1":
                        table.setdefault(key, self._place(place_id).admin1 or "")
            self._admin1_names = {k: v for k, v in table.items() if v}
        return dict(self._admin1_names)

    def lies_near(self, point: tuple[float, float], admin1: str, km: float) -> bool:
        """Is some place of governorate `admin1` within `km` (at most `GRID_KM`) of `point`?
        A place just over a governorate's border is often told as lying in it (`مطار الثعلة`
        in `ريف درعا`)."""
        if self._grid is None:
            self._grid = {}
            for row in self._rows.values():
                place = Place(*row)
                if place.admin1 and place.latitude is not None and place.longitude is not None:
                    self._grid.setdefault((place.admin1, *_cell(place.latitude,
                                                                place.longitude)), []).append(
                        (place.latitude, place.longitude))
        row, column = _cell(*point)
        return any(distance_km(point, other) <= km
                   for dr in (-1, 0, 1) for dc in (-1, 0, 1)
                   for other in self._grid.get((admin1, row + dr, column + dc), ()))

    def borders(self, place: Place, admin1: str) -> bool:
        """Does `place` lie in governorate `admin1` or within `BORDER_KM` of its places?"""
        if place.admin1 == admin1:
            return True
        if place.latitude is None or place.longitude is None:
            return False
        key = (place.id, admin1)
        found = self._borders.get(key)
        if found is None:
            found = self._borders[key] = self.lies_near((place.latitude, place.longitude),
                                                        admin1, BORDER_KM)
        return found

    def admin1_centroid(self, admin1: str) -> tuple[float, float]:
        """(lat, lon) of a governorate's polygon centroid, by its OCHA English name."""
        for place_id, row in self._rows.items():
            if row[_KIND] == "admin1":
                place = self._place(place_id)
                if place.admin1 == admin1:
                    return place.latitude, place.longitude
        raise KeyError(admin1)


# --------------------------------------------------------------------------- default locations


def _looks_like_sources(path: Path) -> bool:
    return (path / _SOURCES_MARKER).is_dir()


def default_source_dir() -> Path | None:
    """Where the gazetteer sources are: `$RASD_GAZETTEER_SOURCES`, else the shared data's
    `data/gazetteer` (see `rasd.shared`), else None."""
    from rasd.shared import shared_path

    env = os.environ.get("RASD_GAZETTEER_SOURCES")
    if env:
        return Path(env).expanduser()
    found = shared_path("data", "gazetteer")
    return found if found is not None and _looks_like_sources(found) else None


def default_index_path() -> Path:
    """`$RASD_GAZETTEER`, else `$XDG_DATA_HOME/rasd/gazetteer.sqlite`."""
    env = os.environ.get("RASD_GAZETTEER")
    if env:
        return Path(env).expanduser()
    data_home = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(data_home) / "rasd" / "gazetteer.sqlite"


def shipped_additions() -> list[Path]:
    """rasd's own additions (regions no source lists, Arabic names for OCHA's English-only
    Damascus neighbourhoods, the quarters of other cities, the other names of towns,
    airbases, border crossings), applied before the user's."""
    data = resources.files("rasd") / "data"
    return [Path(str(data / name)) for name in (
        "places_regions.csv", "places_neighbourhoods.csv", "places_quarters.csv",
        "places_aliases.csv", "places_airbases.csv", "places_crossings.csv")]


def default_additions() -> list[Path]:
    """rasd's shipped additions, then the user's: `$XDG_CONFIG_HOME/rasd/places.csv` if
    present, then the `$RASD_PLACES` paths (os.pathsep-separated; a missing one is an error
    at build time)."""
    config_home = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    paths = shipped_additions()
    config_file = Path(config_home) / "rasd" / "places.csv"
    if config_file.is_file():
        paths.append(config_file)
    for entry in os.environ.get("RASD_PLACES", "").split(os.pathsep):
        if entry.strip():
            paths.append(Path(entry.strip()).expanduser())
    return paths


def _stale_reason(index: Path, additions: Sequence[Path], sources: Path | None = None
                  ) -> str | None:
    """Why an existing index should be rebuilt (its format, a source or an addition
    changed), or None. Sources and additions are compared by content, never by path or
    date: checkouts in different folders, each with its own copy of rasd's shipped
    additions, share one index without rebuilding it back and forth. A source is hashed
    only when its size is the same and its date is newer than the index (a cheap check
    for the common case)."""
    try:
        connection = sqlite3.connect(f"{index.resolve().as_uri()}?mode=ro", uri=True)
        try:
            info = dict(connection.execute("SELECT key, value FROM build_info"))
        finally:
            connection.close()
    except sqlite3.Error:
        return "the index cannot be read"
    if info.get("schema_version") != SCHEMA_VERSION:
        return "the index format changed"
    missing = [path for path in additions if not path.is_file()]
    if missing:
        return f"{missing[0]} is missing"
    current = [file_sha256(path) for path in additions]
    if "additions_sha256" in info:
        if json.loads(info["additions_sha256"]) != current:
            return "the place additions changed"
    else:  # an index built before the ordered list was recorded
        recorded = sorted(json.loads(value)["sha256"] for key, value in info.items()
                          if key.startswith("addition:"))
        if recorded != sorted(current):
            return "the place additions changed"
    if sources is not None:
        built = index.stat().st_mtime
        for key, value in info.items():
            if not key.startswith("source:"):
                continue
            path, recorded_file = sources / key.removeprefix("source:"), json.loads(value)
            if not path.is_file():
                return f"source {path} is gone"
            stat = path.stat()
            if stat.st_size != recorded_file["bytes"] or (
                    stat.st_mtime > built and file_sha256(path) != recorded_file["sha256"]):
                return f"source {path} changed"
    return None


@lru_cache(maxsize=1)
def load_default_gazetteer() -> Gazetteer:
    """The gazetteer at the default location, built there first if needed and possible."""
    index = default_index_path()
    sources = default_source_dir()
    additions = default_additions()
    if sources is None or not sources.is_dir():
        if index.is_file():
            return Gazetteer.load(index)
        raise GazetteerMissing(
            f"no gazetteer index at {index} and no gazetteer sources found. Build one with "
            "`rasd gazetteer build --source DIR` (DIR holds ocha_2015/, boundaries/, "
            "whosonfirst_sy/, opensyria_admin/), or set RASD_GAZETTEER_SOURCES to DIR."
        )
    if index.is_file():
        reason = _stale_reason(index, additions, sources)
        if reason is None:
            return Gazetteer.load(index)
        print(f"rasd: rebuilding gazetteer index {index} ({reason})", file=sys.stderr)
    else:
        print(f"rasd: building gazetteer index {index} from {sources}", file=sys.stderr)
    build_gazetteer(sources, index, additions)
    return Gazetteer.load(index)
