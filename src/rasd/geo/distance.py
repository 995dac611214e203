"""Great-circle distance: the one formula and Earth radius every stage measures places with
(place resolution, incident grouping, the gold scorer's "within 5 km")."""

from __future__ import annotations

import math

__all__ = ["EARTH_RADIUS_KM", "distance_km"]

EARTH_RADIUS_KM = 6371.0  # the mean radius, rounded as ACLED and GeoNames round it


def distance_km(a: tuple[float, float], b: tuple[float, float]) -> float:
    """The haversine distance in km between two (latitude, longitude) points."""
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = (math.sin((lat2 - lat1) / 2) ** 2
         + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2)
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(h)))
