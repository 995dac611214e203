"""What the map takes from the gazetteer (read in memory, never downloaded): the places to
label and the governorates' centres, where events known only to their governorate are
drawn."""

from __future__ import annotations

from typing import Any

from rasd.geo.gazetteer import Gazetteer

__all__ = ["TOWN_COLUMNS", "town_labels", "with_centres"]

TOWN_COLUMNS = ["id", "name_ar", "name_en", "latitude", "longitude", "min_zoom"]
# OCHA's capital level → the zoom from which its seat is labelled: the national and
# governorate capitals at once, district seats a step closer, sub-district seats closer
# still; any other town only when an event is placed there, closer again.
_SEAT_ZOOM = {0: 6, 1: 6, 2: 8, 3: 9}
EVENT_TOWN_ZOOM = 10
_TOWN_KINDS = ("community", "locality", "neighbourhood")


def town_labels(gazetteer: Gazetteer, event_places: dict[str, int]) -> list[list[Any]]:
    """Seats of government, and the towns events are placed at: one compact row each
    (`TOWN_COLUMNS`), most prominent first, so a client may stop at any length."""
    rows: dict[str, list[Any]] = {}
    for place in gazetteer:
        level = place.capital_level
        if place.kind == "community" and level in _SEAT_ZOOM:
            rows[place.id] = [place.id, place.name_ar, place.name_en, place.latitude,
                              place.longitude, _SEAT_ZOOM[level]]
    for place_id in event_places:
        place = gazetteer.get(place_id)
        if (place is None or place.id in rows or place.kind not in _TOWN_KINDS
                or place.latitude is None):
            continue
        rows[place.id] = [place.id, place.name_ar, place.name_en, place.latitude,
                          place.longitude, EVENT_TOWN_ZOOM]
    return sorted(rows.values(), key=lambda row: (row[5], -event_places.get(row[0], 0),
                                                  row[0]))


def with_centres(gazetteer: Gazetteer, regions: list[dict[str, Any]]
                 ) -> list[dict[str, Any]]:
    """Each governorate's count with the centre of its polygon; one the gazetteer does not
    know (a foreign region) is left out, having no place on this map."""
    placed = []
    for region in regions:
        try:
            latitude, longitude = gazetteer.admin1_centroid(region["admin1"])
        except KeyError:
            continue
        placed.append({**region, "latitude": latitude, "longitude": longitude})
    return placed
