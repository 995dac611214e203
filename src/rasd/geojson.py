"""GeoJSON out: one writer for every command that writes events or incidents as a map layer.

Records are flat rows (`Event.row` and the store's exports) with `latitude` and `longitude`
columns. The collection is streamed, a feature per line, so an export of a million events
is never held in memory; a record with no honest point (region level, a place the gazetteer
lacks) gets a null geometry, as GeoJSON allows, instead of being silently left out.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from typing import Any, TextIO

__all__ = ["write_geojson"]


def write_geojson(records: Iterable[Mapping[str, Any]], out: TextIO) -> int:
    """Write `records` as a FeatureCollection of points to `out`; return how many."""
    out.write('{"type": "FeatureCollection", "features": [\n')
    count = 0
    for record in records:
        longitude, latitude = record.get("longitude"), record.get("latitude")
        geometry = (None if longitude in (None, "") or latitude in (None, "") else
                    {"type": "Point", "coordinates": [longitude, latitude]})
        properties = {key: value for key, value in record.items()
                      if key not in ("latitude", "longitude")}
        out.write((",\n" if count else "") + json.dumps(
            {"type": "Feature", "geometry": geometry, "properties": properties},
            ensure_ascii=False, default=str))
        count += 1
    out.write("\n]}\n")
    return count
