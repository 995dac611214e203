"""Fingerprinted static URLs: `/static/app.js?v=<hash of its bytes>`.

Each file is hashed once, when the app starts. A request whose `v` is its file's current
hash may be kept by any cache for a year (`immutable`): a new release changes the bytes, so
the hash, so the URL, and browsers fetch the new file without waiting for a cache to expire.
A URL without the hash (or with an old one) gets the ordinary short cache.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

__all__ = ["IMMUTABLE", "Assets"]

IMMUTABLE = "public, max-age=31536000, immutable"
_PREFIX = "/static/"


class Assets:
    """The content hashes of the files under a static folder."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.hashes: dict[str, str] = {
            path.relative_to(root).as_posix():
                hashlib.sha256(path.read_bytes()).hexdigest()[:16]
            for path in sorted(root.rglob("*")) if path.is_file()}

    def url(self, name: str) -> str:
        """The URL of static file `name` (`vendor/leaflet/leaflet.js`), with its hash."""
        digest = self.hashes.get(name)
        if digest is None:  # a typo in a template should fail loudly, not load nothing
            raise KeyError(f"no static file {name!r}")
        return f"{_PREFIX}{name}?v={digest}"

    def is_current(self, path: str, version: str | None) -> bool:
        """Whether request `path` (`/static/...`) carries its file's current hash."""
        if not version or not path.startswith(_PREFIX):
            return False
        return self.hashes.get(path[len(_PREFIX):]) == version
