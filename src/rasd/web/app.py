"""`rasd serve`: a FastAPI app with a versioned REST API (`/api/v1`) and server-rendered
pages for analysts: a map, a timeline and a table of events; each event with its report,
evidence highlighted; review (accept, correct, reject), incidents and the audit log.

Pages are rendered by Jinja2 with autoescaping, so report text (which may hold `<script>`)
is always shown as text. Scripts load only from this server (a strict Content Security
Policy), and every asset is vendored: the app works with no internet.

The pages (`rasd.web.pages`) and the REST API (`rasd.web.api`) read and write only
through `rasd.store.Store`; this module puts them together with the headers and the error
handling they share.
"""

from __future__ import annotations

import os
from typing import Any

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse, RedirectResponse
from fastapi.staticfiles import StaticFiles

from rasd.errors import StoreError
from rasd.store import Store, review
from rasd.store.users import Busy
from rasd.web.api import add_api
from rasd.web.assets import Assets
from rasd.web.common import API, CSP, HERE, Web, highlight, translator
from rasd.web.headers import cache_and_compress
from rasd.web.pages import add_pages
from rasd.web.security import LoginRequired
from rasd.web.throttle import LoginThrottle

__all__ = ["create_app", "from_environment", "highlight", "translator"]


def create_app(store: Store | Any, *, secure_cookies: bool = True,
               throttle: LoginThrottle | None = None) -> FastAPI:
    """The app over an opened (migrated) store (or its SQLAlchemy engine). `throttle` limits
    wrong passwords per account and address (a default one when not given); its counts
    live in the store, so every app over one database shares them."""
    store = store if isinstance(store, Store) else Store(engine=store)
    assets = Assets(HERE / "static")  # hashed once: the files change only with rasd
    web = Web(store, (throttle or LoginThrottle()).bound(store), secure_cookies,
              assets=assets)
    # No Swagger page: it loads its script from a CDN, and rasd works offline.
    app = FastAPI(title="rasd", version="1", docs_url=None,
                  openapi_url=f"{API}/openapi.json", redoc_url=None)
    app.state.store = store
    app.state.throttle = web.throttle
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")

    @app.middleware("http")
    async def security_headers(request: Request, call_next):  # type: ignore[no-untyped-def]
        response = await call_next(request)
        response.headers.setdefault("Content-Security-Policy", CSP)
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("Referrer-Policy", "same-origin")
        response.headers.setdefault("X-Frame-Options", "DENY")
        return response

    cache_and_compress(app, assets)

    @app.exception_handler(LoginRequired)
    async def to_login(request: Request, _error: LoginRequired) -> RedirectResponse:
        return RedirectResponse(f"/login?next={request.url.path}", status_code=303)

    @app.exception_handler(Busy)
    async def busy(_request: Request, _error: Busy) -> JSONResponse:
        # Creating a user or setting a password while the Argon2 gate is full.
        return JSONResponse({"detail": "too many password checks at once; try again"},
                            status_code=429, headers={"Retry-After": "1"})

    @app.exception_handler(StoreError)
    async def store_error(_request: Request, error: StoreError) -> JSONResponse:
        status = 404 if isinstance(error, review.NotFound) else 422
        return JSONResponse({"detail": str(error)}, status_code=status)

    add_pages(app, web)
    add_api(app, web)

    @app.get("/healthz", include_in_schema=False)
    def health() -> dict[str, str]:
        return {"status": "ok"}

    return app


def from_environment() -> FastAPI:
    """The app over `$RASD_DB`, for a server that starts several worker processes
    (`uvicorn --factory rasd.web.app:from_environment --workers 4`, or `rasd serve
    --workers 4`): each worker opens the database itself, and all share its throttle counts.
    `RASD_PLAIN_COOKIES=1` drops the Secure flag as `rasd serve --no-secure-cookies` does."""
    return create_app(Store(), secure_cookies=os.environ.get("RASD_PLAIN_COOKIES") != "1")
