"""The Syrian gazetteer: place lookups by matching key, held in memory.

The index is a SQLite file written by `rasd.geo.build`; it is read whole, once, into dicts,
because extraction asks thousands of small questions and a dict answers each in nanoseconds.
Where the index and its sources live is configurable (see `default_source_dir`,
`default_index_path`, `default_additions`); `load_default_gazetteer` builds the index on
first use when the sources can be found.
"""

from __future__ import annotations

import os
import sqlite3
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from rasd.errors import GazetteerError, GazetteerMissing
from rasd.geo.build import SCHEMA_VERSION, build_gazetteer
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


# Candidates come back in this order; a resolver may re-rank, but ties fall to the source
# a user trusts most: their own additions, then OCHA, then OpenSyria, then Who's On First.
_SOURCE_RANK = {"user": 0, "ocha": 1, "opensyria": 2, "wof": 3}
_KIND_RANK = {
    "user": 0, "community": 1, "admin1": 2, "admin2": 3, "admin3": 4,
    "neighbourhood": 5, "locality": 6,
}


class Gazetteer:
    """Places and the keys of their names, loaded from an index file."""

    def __init__(
        self,
        places: dict[str, Place],
        by_key: dict[str, tuple[str, ...]],
        names: dict[str, tuple[str, ...]],
        info: dict[str, str],
    ) -> None:
        self._places = places
        self._by_key = by_key
        self._names = names
        self.info = info
        self._admin1_names: dict[str, str] | None = None

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
            info = dict(connection.execute("SELECT key, value FROM build_info"))
            if info.get("schema_version") != SCHEMA_VERSION:
                raise GazetteerError(
                    f"gazetteer index {path} has schema {info.get('schema_version')!r}, "
                    f"this rasd needs {SCHEMA_VERSION!r}: rebuild it with "
                    "`rasd gazetteer build --source DIR`"
                )
            places = {
                row[0]: Place(*row)
                for row in connection.execute(
                    "SELECT id, name_ar, name_en, kind, admin1, admin2, admin3, latitude,"
                    " longitude, source, population, admin1_pcode, admin2_pcode, admin3_pcode,"
                    " capital_level, same_as FROM places"
                )
            }
            by_key: dict[str, list[str]] = {}
            names: dict[str, list[str]] = {}
            for key, place_id, name in connection.execute(
                "SELECT key, place_id, name FROM names"
            ):
                ids = by_key.setdefault(key, [])
                if place_id not in ids:
                    ids.append(place_id)
                known = names.setdefault(place_id, [])
                if name not in known:
                    known.append(name)
        except sqlite3.Error as error:
            raise GazetteerError(f"cannot read gazetteer index {path}: {error}") from error
        finally:
            connection.close()

        def rank(place_id: str) -> tuple[int, int, str]:
            place = places[place_id]
            return _SOURCE_RANK.get(place.source, 9), _KIND_RANK.get(place.kind, 9), place_id

        ordered = {key: tuple(sorted(ids, key=rank)) for key, ids in by_key.items()}
        return cls(places, ordered, {k: tuple(v) for k, v in names.items()}, info)

    def __len__(self) -> int:
        return len(self._places)

    def __iter__(self) -> Iterator[Place]:
        return iter(self._places.values())

    def candidates(self, key: str) -> list[Place]:
        """Places with a name under this key (see `place_key`), best source first."""
        return [self._places[i] for i in self._by_key.get(key, ())]

    def lookup(self, name: str) -> list[Place]:
        """Places for a name as written: the candidates of all its key variants."""
        seen: dict[str, Place] = {}
        for key in sorted(key_variants(name)):
            for place in self.candidates(key):
                seen.setdefault(place.id, place)
        return list(seen.values())

    def get(self, place_id: str) -> Place | None:
        """The place with this id (P-code, `wof:…`, `user:n`), if any."""
        return self._places.get(place_id)

    def names(self, place_id: str) -> tuple[str, ...]:
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
            if any(self._places[i].kind == kind for i in ids)
        }

    def admin1_names(self) -> dict[str, str]:
        """Arabic key → OCHA English governorate (`ادلب` → `Idleb`, `ريفدمشق` → ...)."""
        if self._admin1_names is None:
            table: dict[str, str] = {}
            for key, ids in self._by_key.items():
                for place_id in ids:
                    place = self._places[place_id]
                    if place.kind == "admin1" and place.admin1:
                        table.setdefault(key, place.admin1)
            self._admin1_names = table
        return dict(self._admin1_names)

    def admin1_centroid(self, admin1: str) -> tuple[float, float]:
        """(lat, lon) of a governorate's polygon centroid, by its OCHA English name."""
        for place in self._places.values():
            if place.kind == "admin1" and place.admin1 == admin1:
                return place.latitude, place.longitude
        raise KeyError(admin1)


# --------------------------------------------------------------------------- default locations


def _looks_like_sources(path: Path) -> bool:
    return (path / _SOURCES_MARKER).is_dir()


def default_source_dir() -> Path | None:
    """Where the gazetteer sources are: `$RASD_GAZETTEER_SOURCES`, else a
    `shared/data/gazetteer` folder beside the working directory or the installed package
    (or beside any of their ancestors), else None."""
    env = os.environ.get("RASD_GAZETTEER_SOURCES")
    if env:
        return Path(env).expanduser()
    seen: set[Path] = set()
    for start in (Path.cwd(), Path(__file__).resolve().parent):
        for ancestor in (start, *start.parents):
            for candidate in (
                ancestor / "shared" / "data" / "gazetteer",
                ancestor.parent / "shared" / "data" / "gazetteer",
            ):
                if candidate in seen:
                    continue
                seen.add(candidate)
                if _looks_like_sources(candidate):
                    return candidate
    return None


def default_index_path() -> Path:
    """`$RASD_GAZETTEER`, else `$XDG_DATA_HOME/rasd/gazetteer.sqlite`."""
    env = os.environ.get("RASD_GAZETTEER")
    if env:
        return Path(env).expanduser()
    data_home = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(data_home) / "rasd" / "gazetteer.sqlite"


def default_additions() -> list[Path]:
    """User place files: `$XDG_CONFIG_HOME/rasd/places.csv` if present, then the
    `$RASD_PLACES` paths (os.pathsep-separated; a missing one is an error at build time)."""
    config_home = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    paths = []
    config_file = Path(config_home) / "rasd" / "places.csv"
    if config_file.is_file():
        paths.append(config_file)
    for entry in os.environ.get("RASD_PLACES", "").split(os.pathsep):
        if entry.strip():
            paths.append(Path(entry.strip()).expanduser())
    return paths


def _stale_reason(index: Path, additions: Sequence[Path]) -> str | None:
    """Why an existing index should be rebuilt (schema changed, additions edited), or None."""
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
    recorded = {k.removeprefix("addition:") for k in info if k.startswith("addition:")}
    if recorded != {str(p) for p in additions}:
        return "the list of place additions changed"
    built = index.stat().st_mtime
    for path in additions:
        if path.exists() and path.stat().st_mtime > built:
            return f"{path} changed"
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
        reason = _stale_reason(index, additions)
        if reason is None:
            return Gazetteer.load(index)
        print(f"rasd: rebuilding gazetteer index {index} ({reason})", file=sys.stderr)
    else:
        print(f"rasd: building gazetteer index {index} from {sources}", file=sys.stderr)
    build_gazetteer(sources, index, additions)
    return Gazetteer.load(index)
