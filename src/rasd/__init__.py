"""rasd: Arabic conflict reports in, sourced and geocoded ACLED-style events out.

    >>> import rasd
    >>> result = rasd.extract(text, published="2019-06-15")
    >>> result.events[0].location.name

The public names are loaded on first use, so `import rasd.text` stays light.
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

__all__ = [
    "Document",
    "Event",
    "Evidence",
    "Extraction",
    "GazetteerMissing",
    "InputError",
    "Location",
    "RasdError",
    "Span",
    "extract",
    "extract_file",
]
__version__ = "0.1.0"

_HOME = {
    "Extraction": "rasd.api", "extract": "rasd.api", "extract_file": "rasd.api",
    "GazetteerMissing": "rasd.errors", "InputError": "rasd.errors", "RasdError": "rasd.errors",
    "Document": "rasd.model", "Event": "rasd.model", "Evidence": "rasd.model",
    "Location": "rasd.model", "Span": "rasd.model",
}


def __getattr__(name: str) -> Any:
    if name in _HOME:
        return getattr(import_module(_HOME[name]), name)
    raise AttributeError(f"module 'rasd' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(__all__)
