"""Caching and compression, decided in one place.

- Private things are never kept: pages, the API and exports answer `Cache-Control:
  no-store`, so a shared or back-button cache does not show one analyst's data to another.
- Static files and the boundary outlines are public and change only with rasd or its data:
  `public, max-age=86400`; a static URL that carries its file's content hash (`?v=`, see
  `rasd.web.assets`) is kept for a year, `immutable`, since new content means a new URL.
- gzip only for GET requests under `/static/` and `/api/`: the boundaries and event lists
  shrink several times. HTML pages are left uncompressed on purpose: they carry the CSRF
  token beside text an attacker can put in the URL (filters), the mix a BREACH attack reads
  through compression.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from fastapi import FastAPI, Request
from starlette.middleware.gzip import GZipMiddleware
from starlette.types import ASGIApp, Receive, Scope, Send

from rasd.web.assets import IMMUTABLE, Assets

__all__ = ["PUBLIC_CACHE", "cache_and_compress", "http_url"]

PUBLIC_CACHE = "public, max-age=86400"
_COMPRESSED = ("/static/", "/api/")


class _GZipSome:
    """Starlette's GZipMiddleware for the paths that may be compressed, none other."""

    def __init__(self, app: ASGIApp, minimum_size: int = 1024, level: int = 4) -> None:
        # Level 4, not Starlette's 9: a page of 100 events (190 kB) compresses in 2 ms
        # instead of 12, and is 23 kB instead of 20.
        self.app = app
        self.gzip = GZipMiddleware(app, minimum_size=minimum_size, compresslevel=level)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if (scope["type"] == "http" and scope.get("method") == "GET"
                and str(scope.get("path", "")).startswith(_COMPRESSED)):
            await self.gzip(scope, receive, send)
        else:
            await self.app(scope, receive, send)


def cache_and_compress(app: FastAPI, assets: Assets | None = None) -> None:
    """Add the cache headers and the gzip layer to `app`; `assets` knows which static URLs
    carry their content's hash."""

    @app.middleware("http")
    async def cache_control(request: Request, call_next):  # type: ignore[no-untyped-def]
        response = await call_next(request)
        path = request.url.path
        if path.startswith("/static/"):
            current = (assets is not None and response.status_code == 200
                       and assets.is_current(path, request.query_params.get("v")))
            response.headers["Cache-Control"] = IMMUTABLE if current else PUBLIC_CACHE
        else:
            response.headers.setdefault("Cache-Control", "no-store")
        return response

    app.add_middleware(_GZipSome)


def http_url(value: object) -> str:
    """`value` if it is an http(s) URL with a host, else "": only those become links. A
    report's `javascript:` or `data:` URL is then shown as text, whatever the CSP does."""
    text = str(value or "").strip()
    try:
        parts = urlsplit(text)
    except ValueError:
        return ""
    return text if parts.scheme.lower() in ("http", "https") and parts.netloc else ""
