"""Build rasd's gazetteer index (one SQLite file) from the third-party sources.

The sources stay where the user keeps them (see `default_source_dir`); this module reads them
and writes a compact index that `Gazetteer.load` reads in a fraction of a second. The index is
rebuilt, never edited: user additions are CSV files applied after the sources on every build,
so they survive a rebuild with newer sources.

Sources (paths relative to the source folder):
- `ocha_2015/syr_admin4_point.geojson`: OCHA communities with P-codes (the CSV beside it is
  the fallback); `ocha_2015/syr_admin5.geojson`: Damascus neighbourhoods (English only);
- `boundaries/syr_admin{1,2}_ocha2015_4dp.geojson`: governorate and district polygons;
- `whosonfirst_sy/wof_sy_places.csv`: Who's On First localities and neighbourhoods;
- `opensyria_admin/*.json`: Arabic names and aliases of governorates, districts, sub-districts.
"""

from __future__ import annotations

import csv
import hashlib
import json
import math
import os
import sqlite3
import time
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import regex

from rasd.errors import GazetteerError, InputError
from rasd.geo.keys import key_variants, man_name_heads, place_key, side_adjectives
from rasd.text.normalize import fold

SCHEMA_VERSION = "1"

KINDS = frozenset({"community", "locality", "neighbourhood", "admin1", "admin2", "admin3", "user"})

OCHA_POINTS = "ocha_2015/syr_admin4_point.geojson"
OCHA_CSV = "ocha_2015/syr_admin4_communities.csv"
OCHA_ADMIN5 = "ocha_2015/syr_admin5.geojson"
ADMIN1_POLYGONS = "boundaries/syr_admin1_ocha2015_4dp.geojson"
ADMIN2_POLYGONS = "boundaries/syr_admin2_ocha2015_4dp.geojson"
WOF_PLACES = "whosonfirst_sy/wof_sy_places.csv"
OPENSYRIA_FILES = {
    "admin1": "opensyria_admin/governorates.json",
    "admin2": "opensyria_admin/districts.json",
    "admin3": "opensyria_admin/subdistricts.json",
}

# admin units come from the boundaries only: a user row can add a place, not a governorate
_USER_KINDS = frozenset({"community", "locality", "neighbourhood", "region", "user"})

ADDITION_FIELDS = (
    "name_ar", "alias_of", "name_en", "admin1", "admin2", "latitude", "longitude", "kind", "note",
)

# The OCHA shapefile stored Arabic names in 50-byte fields: a name that fills the field was
# cut, sometimes in the middle of a two-byte letter (PROVENANCE lists six such names).
_OCHA_FIELD_BYTES = 50
# OCHA joins a current and a former name (or adds the district) with `_`, `/` or `-`.
SIDE_BASE_LETTERS = 5  # letters of a one-word name a village's side is also indexed under
_OCHA_PART_SEPARATORS = regex.compile(r"\s*[_/\-]+\s*")
_ARABIC_NAME = regex.compile(r"[\p{Arabic}\s\-'’.()0-9]+")
_HAS_ARABIC = regex.compile(r"\p{Arabic}")

_SAME_AS_KM = 3.0  # a WOF village this close to an OCHA one with the same key is that village
_ADMIN3_KM = 15.0  # nearest OCHA community this close lends its sub-district to a WOF place
_EDGE_TOLERANCE_DEG = 0.05  # points just outside the rounded borders still get an admin unit
_BAND_DEG = 0.02


# --------------------------------------------------------------------------- polygons


@dataclass
class _Area:
    """One admin polygon (or multipolygon) prepared for fast ray casting."""

    pcode: str
    name_en: str
    name_ar: str
    parent_pcode: str | None
    rings: list[list[tuple[float, float]]]
    outer: frozenset[int] = frozenset()  # indexes of outer rings; the others are holes
    bbox: tuple[float, float, float, float] = (0.0, 0.0, 0.0, 0.0)
    bands: dict[int, list[tuple[float, float, float, float]]] = field(default_factory=dict)

    def prepare(self) -> None:
        """Bucket edges into horizontal bands: a ray from a point only meets edges that span
        the point's latitude, so each test looks at a few dozen edges, not thousands."""
        xs = [x for ring in self.rings for x, _ in ring]
        ys = [y for ring in self.rings for _, y in ring]
        self.bbox = (min(xs), min(ys), max(xs), max(ys))
        for x1, y1, x2, y2 in self.edges():
            for band in range(_band(min(y1, y2)), _band(max(y1, y2)) + 1):
                self.bands.setdefault(band, []).append((x1, y1, x2, y2))

    def edges(self) -> Iterator[tuple[float, float, float, float]]:
        for ring in self.rings:
            for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1], strict=True):
                if (x1, y1) != (x2, y2):
                    yield x1, y1, x2, y2

    def contains(self, x: float, y: float) -> bool:
        """Even-odd ray casting over all rings, so holes and multipolygons need no care."""
        x0, y0, x1, y1 = self.bbox
        if not (x0 <= x <= x1 and y0 <= y <= y1):
            return False
        inside = False
        for ax, ay, bx, by in self.bands.get(_band(y), ()):
            if (ay > y) != (by > y) and x < ax + (y - ay) * (bx - ax) / (by - ay):
                inside = not inside
        return inside

    def distance_deg(self, x: float, y: float) -> float:
        """Distance in degrees from a point to the nearest edge (for border fallbacks)."""
        best = math.inf
        for ax, ay, bx, by in self.edges():
            dx, dy = bx - ax, by - ay
            t = max(0.0, min(1.0, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)))
            best = min(best, math.hypot(x - ax - t * dx, y - ay - t * dy))
        return best

    def centroid(self) -> tuple[float, float]:
        """Area-weighted centroid (lat, lon) of all rings; holes subtract their area."""
        total = cx = cy = 0.0
        for index, ring in enumerate(self.rings):
            area = sx = sy = 0.0
            for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1], strict=True):
                cross = x1 * y2 - x2 * y1
                area += cross
                sx += (x1 + x2) * cross
                sy += (y1 + y2) * cross
            if area == 0:
                continue
            weight = abs(area) if index in self.outer or not self.outer else -abs(area)
            cx += sx / (3 * area) * weight
            cy += sy / (3 * area) * weight
            total += weight
        if total == 0:
            xs = [x for ring in self.rings for x, _ in ring]
            ys = [y for ring in self.rings for _, y in ring]
            return sum(ys) / len(ys), sum(xs) / len(xs)
        return cy / total, cx / total


def _band(y: float) -> int:
    return math.floor(y / _BAND_DEG)


def _read_areas(path: Path, parent_field: str | None) -> list[_Area]:
    data = json.loads(path.read_bytes().decode("utf-8", errors="replace"))
    areas = []
    for feature in data["features"]:
        props, geometry = feature["properties"], feature["geometry"]
        polygons = (
            [geometry["coordinates"]]
            if geometry["type"] == "Polygon"
            else geometry["coordinates"]
        )
        rings: list[list[tuple[float, float]]] = []
        outer: set[int] = set()
        for polygon in polygons:
            for position, ring in enumerate(polygon):
                points = [(float(p[0]), float(p[1])) for p in ring]
                if len(points) > 1 and points[0] == points[-1]:
                    points.pop()
                if len(points) >= 3:
                    if position == 0:
                        outer.add(len(rings))
                    rings.append(points)
        area = _Area(
            pcode=props["PCODE"],
            name_en=props["NAME_EN"],
            name_ar=props.get("NAME_ARA") or "",
            parent_pcode=props.get(parent_field) if parent_field else None,
            rings=rings,
            outer=frozenset(outer),
        )
        area.prepare()
        areas.append(area)
    return areas


class _Locator:
    """Point → admin2 polygon (which names its admin1), with a border tolerance."""

    def __init__(self, areas: Sequence[_Area]) -> None:
        self.areas = list(areas)

    def locate(self, lat: float, lon: float) -> _Area | None:
        for area in self.areas:
            if area.contains(lon, lat):
                return area
        near = [
            a for a in self.areas
            if a.bbox[0] - _EDGE_TOLERANCE_DEG <= lon <= a.bbox[2] + _EDGE_TOLERANCE_DEG
            and a.bbox[1] - _EDGE_TOLERANCE_DEG <= lat <= a.bbox[3] + _EDGE_TOLERANCE_DEG
        ]
        if not near:
            return None
        distance, best = min((a.distance_deg(lon, lat), i) for i, a in enumerate(near))
        return near[best] if distance <= _EDGE_TOLERANCE_DEG else None


# --------------------------------------------------------------------------- spatial grid


class _Grid:
    """Bucket points in ~2 km cells so nearest-neighbour queries stay local; distances are
    equirectangular, exact enough at village scale."""

    cell = 0.02

    def __init__(self) -> None:
        self.cells: dict[tuple[int, int], list[tuple[float, float, str]]] = defaultdict(list)

    def add(self, lat: float, lon: float, item: str) -> None:
        self.cells[(math.floor(lat / self.cell), math.floor(lon / self.cell))].append(
            (lat, lon, item)
        )

    def near(self, lat: float, lon: float, km: float) -> list[tuple[float, str]]:
        """Items within `km` of a point, nearest first."""
        kx = 111.32 * math.cos(math.radians(lat))
        reach = math.ceil(km / (self.cell * min(kx, 110.57)))
        row, col = math.floor(lat / self.cell), math.floor(lon / self.cell)
        found = []
        for r in range(row - reach, row + reach + 1):
            for c in range(col - reach, col + reach + 1):
                for plat, plon, item in self.cells.get((r, c), ()):
                    distance = math.hypot((plon - lon) * kx, (plat - lat) * 110.57)
                    if distance <= km:
                        found.append((distance, item))
        found.sort()
        return found


# --------------------------------------------------------------------------- the builder


_PLACE_COLUMNS = (
    "id", "name_ar", "name_en", "kind", "admin1", "admin2", "admin3",
    "admin1_pcode", "admin2_pcode", "admin3_pcode", "latitude", "longitude",
    "population", "capital_level", "same_as", "source",
)

_SCHEMA = """
CREATE TABLE places (
    id TEXT PRIMARY KEY,
    name_ar TEXT,
    name_en TEXT,
    kind TEXT NOT NULL,
    admin1 TEXT,
    admin2 TEXT,
    admin3 TEXT,
    admin1_pcode TEXT,
    admin2_pcode TEXT,
    admin3_pcode TEXT,
    latitude REAL,
    longitude REAL,
    population INTEGER,
    capital_level INTEGER,
    same_as TEXT,
    source TEXT NOT NULL
);
CREATE TABLE names (key TEXT NOT NULL, place_id TEXT NOT NULL, name TEXT, source TEXT);
CREATE TABLE build_info (key TEXT PRIMARY KEY, value TEXT);
"""


class _Builder:
    def __init__(self) -> None:
        self.places: dict[str, dict[str, Any]] = {}
        self.names: list[tuple[str, str, str, str]] = []
        self._seen_names: set[tuple[str, str, str]] = set()
        self.by_key: dict[str, list[str]] = defaultdict(list)
        self.counts: dict[str, int] = defaultdict(int)
        self.english: dict[str, set[str]] = defaultdict(set)  # admin P-code → English aliases
        self.warnings: list[str] = []

    def add_place(self, **row: Any) -> None:
        self.places[row["id"]] = {column: row.get(column) for column in _PLACE_COLUMNS}

    def add_name(self, place_id: str, name: str, source: str) -> int:
        """Index one name under all its key variants; returns how many keys were new."""
        name = " ".join(name.split())
        added = 0
        if not name or not _HAS_ARABIC.search(name):
            return 0
        for key in sorted(key_variants(name)):
            if (key, place_id, name) in self._seen_names:
                continue
            self._seen_names.add((key, place_id, name))
            self.names.append((key, place_id, name, source))
            if place_id not in self.by_key[key]:
                self.by_key[key].append(place_id)
            added += 1
        return added


def file_sha256(path: Path) -> str:
    """The SHA-256 of a file's bytes: what the index records of each source and addition,
    so its staleness follows their content, wherever they sit."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _opt_int(value: Any) -> int | None:
    if value in (None, ""):
        return None
    try:
        return int(float(value))
    except (TypeError, ValueError):
        return None


SUBDISTRICT_SEAT = 3  # OCHA's capital level of a subdistrict's (nahiya's) seat


def _capital_level(row: dict) -> int | None:
    """OCHA's capital level of a community; a community named as its subdistrict whose level
    the table leaves empty (صوران of A'zaz, المنصورة of Ath-Thawrah, القريتين) is that
    subdistrict's seat, as the other seats are."""
    level = _opt_int(row.get("CAPIT_LVL"))
    if level is None and (row.get("NAME_EN") or "").strip().lower() == (
            row.get("ADMIN3_EN") or "").strip().lower() != "":
        return SUBDISTRICT_SEAT
    return level


def _strip_centre(name: str) -> str:
    """`مركز أريحا` (the central sub-district) → `أريحا`, for comparing with part names."""
    folded = fold(name)
    return folded[len("مركز ") :] if folded.startswith("مركز ") else folded


def _ocha_name_parts(raw: str, own_admin: Iterable[str]) -> tuple[list[str], bool]:
    """Split an OCHA composite name into the names it holds, dropping the district or
    sub-district qualifier (`الحجلية - الباب` is al-Hajliyeh *in al-Bab*) and a part cut
    short by the 50-byte field. Returns the names and whether the raw name was cut."""
    cut = "\ufffd" in raw or len(raw.encode("utf-8")) >= _OCHA_FIELD_BYTES
    raw = raw.replace("\ufffd", "")
    parts = [p.strip() for p in _OCHA_PART_SEPARATORS.split(raw) if p.strip()]
    if cut and parts:
        parts.pop()  # the last part is the one cut short
    admin_keys = {place_key(_strip_centre(a)) for a in own_admin if a}
    names: list[str] = []
    for index, part in enumerate(parts):
        if index > 0 and place_key(part) in admin_keys:
            continue
        names.append(part)
        # `العروبة الباب`: a name with its district appended is also indexed without it
        words = part.split()
        for size in (1, 2):
            if len(words) > size and place_key(" ".join(words[-size:])) in admin_keys:
                names.append(" ".join(words[:-size]))
        if len(words) > 1 and fold(words[-1]) in side_adjectives() \
                and fold(words[0]) not in man_name_heads() and (
                len(words) > 2 or len(place_key(words[0])) >= SIDE_BASE_LETTERS):
            # `تل الورد غربي`, `ربيعات غربي`: the village's side is told as the village (a
            # short word stays whole: `دير شرقي` is no `دير`)
            names.append(" ".join(words[:-1]))
    return names, cut


def _read_ocha_rows(source_dir: Path) -> tuple[list[dict[str, Any]], str]:
    points = source_dir / OCHA_POINTS
    if points.exists():
        # decode with replacement so the names cut mid-letter show up as U+FFFD
        data = json.loads(points.read_bytes().decode("utf-8", errors="replace"))
        rows = []
        for feature in data["features"]:
            props = dict(feature["properties"])
            if props.get("LATITUDE") is None:
                lon, lat = feature["geometry"]["coordinates"][0][:2]
                props["LATITUDE"], props["LONGITUDE"] = lat, lon
            rows.append(props)
        return rows, OCHA_POINTS
    csv_path = source_dir / OCHA_CSV
    if csv_path.exists():
        with csv_path.open(encoding="utf-8", newline="") as handle:
            return list(csv.DictReader(handle)), OCHA_CSV
    raise GazetteerError(f"no OCHA communities in {source_dir} (need {OCHA_POINTS})")


def _load_ocha(builder: _Builder, source_dir: Path) -> tuple[str, dict[str, dict[str, Any]]]:
    rows, used = _read_ocha_rows(source_dir)
    admin3: dict[str, dict[str, Any]] = {}
    cut_names = []
    for row in rows:
        pcode = row["PCODE"]
        raw = (row.get("NAME_ARA") or "").strip()
        own = (row.get("ADMIN1_ARA"), row.get("ADMIN2_ARA"), row.get("ADMIN3_ARA"))
        names, cut = _ocha_name_parts(raw, own)
        if cut:
            cut_names.append(f"{pcode} {raw.replace(chr(0xFFFD), '')}")
        builder.add_place(
            id=pcode,
            name_ar=names[0] if names else raw.replace("\ufffd", ""),
            name_en=row.get("NAME_EN"),
            kind="community",
            admin1=row.get("ADMIN1_EN"),
            admin2=row.get("ADMIN2_EN"),
            admin3=row.get("ADMIN3_EN"),
            admin1_pcode=row.get("ADMIN1_COD"),
            admin2_pcode=row.get("ADMIN2_COD"),
            admin3_pcode=row.get("ADMIN3_COD"),
            latitude=float(row["LATITUDE"]),
            longitude=float(row["LONGITUDE"]),
            capital_level=_capital_level(row),
            source="ocha",
        )
        for name in names:
            builder.add_name(pcode, name, "ocha")
        code3 = row.get("ADMIN3_COD")
        if code3:
            unit = admin3.setdefault(
                code3,
                {
                    "en": row.get("ADMIN3_EN"), "ar": row.get("ADMIN3_ARA"),
                    "admin1": row.get("ADMIN1_EN"), "admin2": row.get("ADMIN2_EN"),
                    "admin1_pcode": row.get("ADMIN1_COD"), "admin2_pcode": row.get("ADMIN2_COD"),
                    "points": [],
                },
            )
            unit["points"].append((float(row["LATITUDE"]), float(row["LONGITUDE"])))
    builder.counts["ocha_communities"] = len(rows)
    builder.counts["ocha_cut_names"] = len(cut_names)
    if cut_names:
        builder.warnings.append("OCHA names cut by the 50-byte field: " + "; ".join(cut_names))
    return used, admin3


def _opensyria(source_dir: Path, level: str) -> list[dict[str, Any]]:
    path = source_dir / OPENSYRIA_FILES[level]
    if not path.exists():
        return []
    data = json.loads(path.read_text(encoding="utf-8"))
    return [d for d in data if d.get("externalIds", {}).get("ochaPcode")]


def _opensyria_ar_names(entry: dict[str, Any]) -> list[str]:
    names = [entry.get("name", {}).get("ar") or ""]
    names += [a["value"] for a in entry.get("aliases", []) if a.get("language") == "ar"]
    return [n for n in names if n]


def _load_admin(
    builder: _Builder,
    source_dir: Path,
    admin3: dict[str, dict[str, Any]],
) -> tuple[list[_Area], list[str]]:
    """Admin units: OCHA polygons give ids, English names and centroids; OCHA community
    columns and OpenSyria add Arabic names; OpenSyria fills units OCHA 2015 lacks."""
    used = []
    paths = (source_dir / ADMIN1_POLYGONS, source_dir / ADMIN2_POLYGONS)
    for path in paths:
        if not path.exists():
            raise GazetteerError(f"missing boundary polygons: {path}")
    admin1_areas = _read_areas(paths[0], None)
    admin2_areas = _read_areas(paths[1], "ADMIN1_COD")
    used += [ADMIN1_POLYGONS, ADMIN2_POLYGONS]
    admin1_en = {a.pcode: a.name_en for a in admin1_areas}
    os1, os2, os3 = (_opensyria(source_dir, level) for level in ("admin1", "admin2", "admin3"))
    used += [f for f in OPENSYRIA_FILES.values() if (source_dir / f).exists()]
    population = {
        d["externalIds"]["ochaPcode"]: (d.get("population") or {}).get("value")
        for d in (*os1, *os2, *os3)
    }

    for area in admin1_areas:
        lat, lon = area.centroid()
        builder.add_place(
            id=area.pcode, name_ar=area.name_ar, name_en=area.name_en, kind="admin1",
            admin1=area.name_en, admin1_pcode=area.pcode, latitude=lat, longitude=lon,
            population=_opt_int(population.get(area.pcode)), source="ocha",
        )
        builder.add_name(area.pcode, area.name_ar, "ocha")
    admin2_en: dict[str, str] = {}
    for area in admin2_areas:
        lat, lon = area.centroid()
        admin2_en[area.pcode] = area.name_en
        builder.add_place(
            id=area.pcode, name_ar=area.name_ar, name_en=area.name_en, kind="admin2",
            admin1=admin1_en.get(area.parent_pcode or ""), admin2=area.name_en,
            admin1_pcode=area.parent_pcode, admin2_pcode=area.pcode, latitude=lat, longitude=lon,
            population=_opt_int(population.get(area.pcode)), source="ocha",
        )
        builder.add_name(area.pcode, area.name_ar, "ocha")
    for code, unit in admin3.items():
        lats, lons = zip(*unit["points"], strict=True)
        builder.add_place(
            id=code, name_ar=unit["ar"], name_en=unit["en"], kind="admin3",
            admin1=unit["admin1"], admin2=unit["admin2"], admin3=unit["en"],
            admin1_pcode=unit["admin1_pcode"], admin2_pcode=unit["admin2_pcode"],
            admin3_pcode=code, latitude=sum(lats) / len(lats), longitude=sum(lons) / len(lons),
            population=_opt_int(population.get(code)), source="ocha",
        )
        builder.add_name(code, unit["ar"] or "", "ocha")

    # OpenSyria: names for every unit; units OCHA 2015 lacks become places of their own
    for level, entries in (("admin1", os1), ("admin2", os2), ("admin3", os3)):
        for entry in entries:
            code = entry["externalIds"]["ochaPcode"]
            if code not in builder.places:
                code1, code2 = code[:4], code[:6]
                centroid = entry.get("centroid") or {}
                if "latitude" not in centroid:
                    continue
                builder.add_place(
                    id=code, name_ar=entry["name"].get("ar"), name_en=entry["name"].get("en"),
                    kind=level, admin1=admin1_en.get(code1),
                    admin2=admin2_en.get(code2) or (
                        entry["name"].get("en") if level == "admin2" else None
                    ),
                    admin3=entry["name"].get("en") if level == "admin3" else None,
                    admin1_pcode=code1, admin2_pcode=code2 if level != "admin1" else None,
                    admin3_pcode=code if level == "admin3" else None,
                    latitude=float(centroid["latitude"]), longitude=float(centroid["longitude"]),
                    population=_opt_int(population.get(code)), source="opensyria",
                )
                if level == "admin2":
                    admin2_en[code] = entry["name"].get("en")
                builder.counts[f"opensyria_new_{level}"] += 1
            for name in _opensyria_ar_names(entry):
                builder.add_name(code, name, "opensyria")
            builder.english[code].add(entry["name"].get("en") or "")
            builder.english[code].update(
                a["value"] for a in entry.get("aliases", []) if a.get("language") == "en"
            )
        builder.counts[f"opensyria_{level}"] = len(entries)
    # places from OpenSyria-only units need their admin2 English name filled in afterwards
    for place in builder.places.values():
        if place["kind"] == "admin3" and not place["admin2"] and place["admin2_pcode"]:
            place["admin2"] = admin2_en.get(place["admin2_pcode"])
    builder.counts["admin1"] = len(admin1_areas)
    builder.counts["admin2"] = len(admin2_areas)
    return admin2_areas, used


def _load_admin5(builder: _Builder, source_dir: Path, locator: _Locator) -> str | None:
    path = source_dir / OCHA_ADMIN5
    if not path.exists():
        return None
    data = json.loads(path.read_bytes().decode("utf-8", errors="replace"))
    for feature in data["features"]:
        props = feature["properties"]
        area = _Area(props["HAY_PCODE"], props.get("HAY_EN") or "", "", None, [
            [(float(x), float(y)) for x, y, *_ in ring]
            for polygon in (
                [feature["geometry"]["coordinates"]]
                if feature["geometry"]["type"] == "Polygon"
                else feature["geometry"]["coordinates"]
            )
            for ring in polygon[:1]
        ])
        lat, lon = area.centroid()
        _add_located_place(
            builder, locator, id=area.pcode, name_ar=None, name_en=area.name_en,
            kind="neighbourhood", latitude=lat, longitude=lon, source="ocha",
        )
    builder.counts["ocha_neighbourhoods"] = len(data["features"])
    return OCHA_ADMIN5


def _add_located_place(builder: _Builder, locator: _Locator, **row: Any) -> bool:
    """Add a place whose admin1/admin2 come from the polygons; False if outside them all."""
    area = locator.locate(row["latitude"], row["longitude"])
    if area is not None and row.get("admin1_pcode", area.parent_pcode) != area.parent_pcode:
        area = None  # the user named another governorate: keep theirs, borrow nothing
    if area is not None:
        admin1 = builder.places.get(area.parent_pcode or "", {}).get("name_en")
        row.setdefault("admin1", admin1)
        row.setdefault("admin2", area.name_en)
        row.setdefault("admin1_pcode", area.parent_pcode)
        row.setdefault("admin2_pcode", area.pcode)
    builder.add_place(**row)
    return area is not None


def _arabic_names(field_value: str) -> list[str]:
    names = []
    for name in field_value.split("|"):
        name = " ".join(name.split())
        if name and _ARABIC_NAME.fullmatch(name) and _HAS_ARABIC.search(name):
            names.append(name)
    return names


def _load_wof(builder: _Builder, source_dir: Path, locator: _Locator) -> str | None:
    path = source_dir / WOF_PLACES
    if not path.exists():
        return None
    ocha_grid = _Grid()
    for place in builder.places.values():
        if place["kind"] == "community":
            ocha_grid.add(place["latitude"], place["longitude"], place["id"])
    ocha_keys: dict[str, set[str]] = defaultdict(set)
    for key, place_id, _, source in builder.names:
        if source == "ocha" and builder.places[place_id]["kind"] == "community":
            ocha_keys[place_id].add(key)
    kinds = {"locality": "locality", "neighbourhood": "neighbourhood"}
    outside = same = 0
    with path.open(encoding="utf-8", newline="") as handle:
        rows = [
            r for r in csv.DictReader(handle)
            if r["placetype"] in kinds and not r.get("deprecated") and r["lat"] and r["lon"]
        ]
    for row in rows:
        place_id = f"wof:{row['wof_id']}"
        lat, lon = float(row["lat"]), float(row["lon"])
        # (not a name of two joined by a dash, `جب الدم - قانلي قوي`, each listed on its own,
        # nor a road's label, `حمص - حماة`, which would read the road as a village)
        names = [n for n in _arabic_names(row.get("names_ar") or "") if " - " not in n]
        keys = {k for n in names for k in key_variants(n)}
        same_as = admin3 = None
        admin3_pcode = None
        nearest = ocha_grid.near(lat, lon, _SAME_AS_KM)
        for _, ocha_id in nearest:
            if keys & ocha_keys[ocha_id]:
                same_as = ocha_id
                break
        located = _add_located_place(
            builder, locator, id=place_id, name_ar=names[0] if names else None,
            name_en=row["name"], kind=kinds[row["placetype"]], latitude=lat, longitude=lon,
            same_as=same_as, source="wof",
        )
        place = builder.places[place_id]
        # the sub-district is borrowed from the nearest OCHA community in the same district
        if same_as:
            nearest = [(0.0, same_as)]
        elif not any(
            builder.places[i]["admin2_pcode"] == place["admin2_pcode"] for _, i in nearest
        ):
            nearest = ocha_grid.near(lat, lon, _ADMIN3_KM)
        for _, ocha_id in nearest:
            ocha = builder.places[ocha_id]
            if ocha["admin2_pcode"] == place["admin2_pcode"]:
                admin3, admin3_pcode = ocha["admin3"], ocha["admin3_pcode"]
                break
        place["admin3"], place["admin3_pcode"] = admin3, admin3_pcode
        outside += not located
        same += same_as is not None
        for name in names:
            builder.add_name(place_id, name, "wof")
    builder.counts["wof_places"] = len(rows)
    builder.counts["wof_outside_polygons"] = outside
    builder.counts["wof_same_as_ocha"] = same
    return WOF_PLACES


# --------------------------------------------------------------------------- user additions


def _admin_lookup(builder: _Builder, kind: str) -> dict[str, set[str]]:
    """Folded English or Arabic admin name → P-codes, for reading user-written admin names."""
    table: dict[str, set[str]] = defaultdict(set)
    for place in builder.places.values():
        if place["kind"] == kind:
            for english in (place["name_en"] or "", *builder.english.get(place["id"], ())):
                table[_latin_key(english)].add(place["id"])
    for key, place_id, _, _ in builder.names:
        if builder.places[place_id]["kind"] == kind:
            table[key].add(place_id)
    table.pop("", None)
    return table


def _latin_key(name: str) -> str:
    return regex.sub(r"[^a-z0-9]", "", name.lower())


def _admin_codes(table: dict[str, set[str]], name: str) -> set[str]:
    return table.get(_latin_key(name)) or table.get(place_key(name)) or set()


def read_additions(path: Path) -> list[dict[str, str]]:
    """Rows of a user additions CSV; lines starting with `#` are comments."""
    return [row for _, row in _numbered_additions(path)]


def _numbered_additions(path: Path) -> list[tuple[int, dict[str, str]]]:
    """Rows with their line numbers in the file, for warnings a user can act on."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except OSError as error:
        raise InputError(f"cannot read place additions {path}: {error}") from error
    # comments become blank lines, which csv skips, so line numbers still match the file
    lines = ["" if line.lstrip().startswith("#") else line for line in text.splitlines()]
    skipped = next((i for i, line in enumerate(lines) if line.strip()), len(lines))
    reader = csv.DictReader(lines[skipped:])
    if "name_ar" not in (reader.fieldnames or ()):
        raise InputError(
            f"{path}: place additions need a header with {', '.join(ADDITION_FIELDS)}"
        )
    return [
        (skipped + reader.line_num, {k: (v or "").strip() for k, v in row.items() if k})
        for row in reader
    ]


# Candidates for a key are stored in this order, so a reader needs no sorting: a user's own
# additions first, then OCHA, OpenSyria, Who's On First; within a source, communities first.
SOURCE_RANK = {"user": 0, "ocha": 1, "opensyria": 2, "wof": 3}
KIND_RANK = {
    "user": 0, "community": 1, "admin1": 2, "admin2": 3, "admin3": 4,
    "neighbourhood": 5, "locality": 6, "region": 7,
}


def _apply_additions(builder: _Builder, paths: Sequence[Path], locator: _Locator) -> None:
    admin1 = _admin_lookup(builder, "admin1")
    admin2 = _admin_lookup(builder, "admin2")
    number = 0
    for path in paths:
        for line, row in _numbered_additions(path):
            where = f"{path}:{line}"
            name = row.get("name_ar", "")
            if not name:
                builder.warnings.append(f"{where}: no name_ar, row skipped")
                continue
            codes1 = _admin_codes(admin1, row["admin1"]) if row.get("admin1") else set()
            codes2 = _admin_codes(admin2, row["admin2"]) if row.get("admin2") else set()
            if codes1:
                codes2 = {c for c in codes2 if builder.places[c]["admin1_pcode"] in codes1}
            target = row.get("alias_of", "")
            if target:
                ids = _alias_targets(builder, target, codes1)
                if not ids:
                    builder.warnings.append(f"{where}: alias_of {target!r} not found, skipped")
                    continue
                if len(ids) > 1:
                    builder.warnings.append(
                        f"{where}: alias_of {target!r} is ambiguous, added to {', '.join(ids)}"
                    )
                for place_id in ids:
                    builder.add_name(place_id, name, "alias")
                builder.counts["user_aliases"] += 1
                continue
            number += 1
            place_id = f"user:{number}"
            row_kind = row.get("kind") or "user"
            kind = row_kind if row_kind in _USER_KINDS else "user"
            try:
                lat, lon = float(row["latitude"]), float(row["longitude"])
            except (KeyError, ValueError):
                unit = next(iter(sorted(codes2 or codes1)), None)
                if unit is None:
                    builder.warnings.append(f"{where}: no coordinates and no admin unit, skipped")
                    continue
                lat, lon = builder.places[unit]["latitude"], builder.places[unit]["longitude"]
                builder.warnings.append(f"{where}: no coordinates, placed at {unit}'s centre")
            fixed: dict[str, Any] = {}
            if codes1:
                code1 = sorted(codes1)[0]
                fixed.update(admin1=builder.places[code1]["name_en"], admin1_pcode=code1)
            if codes2:
                code2 = sorted(codes2)[0]
                fixed.update(admin2=builder.places[code2]["name_en"], admin2_pcode=code2)
            _add_located_place(
                builder, locator, id=place_id, name_ar=name, name_en=row.get("name_en") or None,
                kind=kind, latitude=lat, longitude=lon, source="user", **fixed,
            )
            builder.add_name(place_id, name, "user")
            builder.counts["user_places"] += 1


def _alias_targets(builder: _Builder, target: str, codes1: set[str]) -> list[str]:
    """Resolve `alias_of`: an id (P-code, `wof:…`, bare WOF number, `user:n`) or a name."""
    for candidate in (target, f"wof:{target}", target.upper()):
        if candidate in builder.places:
            return [candidate]
    ids = {i for key in key_variants(target) for i in builder.by_key.get(key, ())}
    if codes1:
        ids = {i for i in ids if builder.places[i]["admin1_pcode"] in codes1} or ids
    if not ids:
        return []
    best = min(SOURCE_RANK.get(builder.places[i]["source"], 9) for i in ids)
    return sorted(i for i in ids if SOURCE_RANK.get(builder.places[i]["source"], 9) == best)


# --------------------------------------------------------------------------- writing


def _write(builder: _Builder, out_path: Path, info: dict[str, str]) -> None:
    out_path.parent.mkdir(parents=True, exist_ok=True)
    tmp = out_path.with_name(f".{out_path.name}.{os.getpid()}.tmp")
    tmp.unlink(missing_ok=True)
    connection = sqlite3.connect(tmp)
    try:
        connection.executescript("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;" + _SCHEMA)
        marks = ",".join("?" * len(_PLACE_COLUMNS))
        connection.executemany(
            f"INSERT INTO places ({','.join(_PLACE_COLUMNS)}) VALUES ({marks})",
            ([p[c] for c in _PLACE_COLUMNS] for p in builder.places.values()),
        )
        places = builder.places

        def order(row: tuple[str, str, str, str]) -> tuple[str, int, int, str, str]:
            place = places[row[1]]
            rank = SOURCE_RANK.get(place["source"], 9), KIND_RANK.get(place["kind"], 9)
            return row[0], *rank, row[1], row[2]

        connection.executemany(
            "INSERT INTO names (key, place_id, name, source) VALUES (?, ?, ?, ?)",
            sorted(builder.names, key=order),
        )
        connection.execute("CREATE INDEX names_key ON names (key)")
        connection.executemany("INSERT INTO build_info VALUES (?, ?)", sorted(info.items()))
        connection.commit()
    finally:
        connection.close()
    os.replace(tmp, out_path)


def build_gazetteer(
    source_dir: Path,
    out_path: Path,
    additions: Sequence[Path] = (),
) -> dict[str, Any]:
    """Build the index at `out_path` from the sources in `source_dir`, then apply the user
    `additions` CSVs. Returns a report: counts per source, warnings, seconds taken."""
    started = time.perf_counter()
    source_dir, out_path = Path(source_dir), Path(out_path)
    additions = [Path(p) for p in additions]
    if not source_dir.is_dir():
        raise GazetteerError(f"gazetteer sources not found: {source_dir}")
    builder = _Builder()
    used: list[str] = []
    ocha_used, admin3 = _load_ocha(builder, source_dir)
    used.append(ocha_used)
    admin2_areas, admin_used = _load_admin(builder, source_dir, admin3)
    used += admin_used
    locator = _Locator(admin2_areas)
    for loader in (_load_admin5, _load_wof):
        name = loader(builder, source_dir, locator)
        if name:
            used.append(name)
    _apply_additions(builder, additions, locator)

    info: dict[str, str] = {
        "schema_version": SCHEMA_VERSION,
        "built_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "source_dir": str(source_dir),
    }
    for relative in used:
        path = source_dir / relative
        info[f"source:{relative}"] = json.dumps(
            {"bytes": path.stat().st_size, "sha256": file_sha256(path)}
        )
    for path in additions:
        info[f"addition:{path}"] = json.dumps(
            {"bytes": path.stat().st_size, "sha256": file_sha256(path)}
        )
    # The additions by content, in the order applied: two checkouts (each with its own copy
    # of rasd's shipped additions) sharing one index agree on it.
    info["additions_sha256"] = json.dumps([file_sha256(path) for path in additions])
    counts = dict(sorted(builder.counts.items()))
    counts["places"] = len(builder.places)
    counts["names"] = len(builder.names)
    counts["keys"] = len(builder.by_key)
    info["counts"] = json.dumps(counts)
    _write(builder, out_path, info)
    seconds = round(time.perf_counter() - started, 3)
    return {
        "out_path": str(out_path),
        "bytes": out_path.stat().st_size,
        "sources": used,
        "additions": [str(p) for p in additions],
        "counts": counts,
        "warnings": builder.warnings,
        "seconds": seconds,
    }
