"""Places: the Syrian gazetteer, its matching keys, and foreign places to keep out of Syria."""

from rasd.geo.build import build_gazetteer, read_additions
from rasd.geo.foreign import ForeignIndex, ForeignPlace, load_foreign_index
from rasd.geo.gazetteer import (
    Gazetteer,
    Place,
    default_additions,
    default_index_path,
    default_source_dir,
    load_default_gazetteer,
    shipped_additions,
)
from rasd.geo.keys import key_variants, place_key, place_prefixes

__all__ = [
    "ForeignIndex",
    "ForeignPlace",
    "Gazetteer",
    "Place",
    "build_gazetteer",
    "default_additions",
    "shipped_additions",
    "default_index_path",
    "default_source_dir",
    "key_variants",
    "load_default_gazetteer",
    "load_foreign_index",
    "place_key",
    "place_prefixes",
    "read_additions",
]
