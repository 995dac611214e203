"""`rasd serve`: a FastAPI app with a versioned REST API (`/api/v1`) and server-rendered
pages for analysts: a map, a timeline and a table of events; each event with its report,
evidence highlighted; review (accept, correct, reject), incidents and the audit log.

Pages are rendered by Jinja2 with autoescaping, so report text (which may hold `<script>`)
is always shown as text. Scripts load only from this server (a strict Content Security
Policy), and every asset is vendored: the app works with no internet.
"""

from __future__ import annotations

import datetime as dt
import io
import secrets
import tomllib
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Annotated, Any

from fastapi import Body, Depends, FastAPI, Form, HTTPException, Query, Request
from fastapi.responses import (
    HTMLResponse,
    JSONResponse,
    RedirectResponse,
    Response,
    StreamingResponse,
)
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from markupsafe import escape
from sqlalchemy import Engine, func, select
from starlette.concurrency import run_in_threadpool

from rasd.errors import RasdError, StoreError
from rasd.store import review
from rasd.store.export import (
    ExportFormat,
    event_record,
    event_records,
    export,
    incident_records,
    incident_sources,
)
from rasd.store.query import EventQuery, select_events, select_points
from rasd.store.schema import documents, events, incidents
from rasd.store.users import (
    ARGON2,
    ROLES,
    Busy,
    authenticate,
    create_api_token,
    create_session,
    create_user,
    end_session,
    list_api_tokens,
    list_users,
    new_password,
    revoke_api_token,
    set_password,
)
from rasd.web.headers import cache_and_compress, http_url
from rasd.web.security import (
    LOGIN_CSRF_COOKIE,
    SESSION_COOKIE,
    Caller,
    LoginRequired,
    api_caller,
    check_csrf,
    client_address,
    page_caller,
    require_admin,
    require_reviewer,
    tokens_match,
)
from rasd.web.throttle import LoginThrottle

HERE = Path(__file__).parent
API = "/api/v1"
PAGE_SIZE = 100
MAX_PAGE = 10**6  # past any real table; a bigger number is a typo or a probe (422, not 500)
MAX_OFFSET = 2**31
MAP_LIMIT = 20000
REVIEW_STATES = ("unreviewed", "accepted", "edited", "rejected")
CSP = ("default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
       "script-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; "
       "form-action 'self'")


@cache
def _strings() -> dict[str, dict[str, str]]:
    with (HERE / "i18n.toml").open("rb") as handle:
        return tomllib.load(handle)


def translator(lang: str):  # type: ignore[no-untyped-def]
    table, english = _strings().get(lang, {}), _strings()["en"]

    def t(key: str) -> str:
        return table.get(key) or english.get(key, key)
    return t


@cache
def _boundaries(level: int) -> bytes:
    """Governorate (1) or district (2) polygons from the gazetteer's source folder: the
    same OCHA files the gazetteer is built from. Empty when they are not there."""
    from rasd.geo.gazetteer import default_source_dir

    source = default_source_dir()
    path = (Path(source) / "boundaries" / f"syr_admin{level}_ocha2015_4dp.geojson"
            if source else None)
    if path is None or not path.is_file():
        return b'{"type": "FeatureCollection", "features": []}'
    return path.read_bytes()


def _date(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise HTTPException(422, f"{value!r} is not a date (YYYY-MM-DD)") from None


def _query(params: dict[str, Any], *, limit: int | None = None, offset: int = 0,
           include_rejected: bool = False) -> EventQuery:
    min_fatalities = params.get("min_fatalities")
    try:
        minimum = int(min_fatalities) if min_fatalities not in (None, "") else None
    except ValueError:
        raise HTTPException(422, "min_fatalities must be a whole number") from None
    state = params.get("review_state") or None
    if state and state not in REVIEW_STATES:
        raise HTTPException(422, f"review_state must be one of {', '.join(REVIEW_STATES)}")
    return EventQuery(since=_date(params.get("since")), until=_date(params.get("until")),
                      admin1=params.get("admin1") or None,
                      event_type=params.get("type") or None,
                      actor=params.get("actor") or None, min_fatalities=minimum,
                      text=params.get("text") or None, review_state=state,
                      include_rejected=include_rejected or state == "rejected",
                      reviewed_only=params.get("reviewed_only") in ("1", "true", "on"),
                      limit=limit, offset=offset)


# Module level, so FastAPI can resolve them from the (postponed) annotations.
Api = Annotated[Caller, Depends(api_caller)]
Page = Annotated[Caller, Depends(page_caller)]

FILTERS = ("since", "until", "admin1", "type", "actor", "min_fatalities", "text",
           "review_state")


def _filters(request: Request) -> dict[str, str]:
    return {key: request.query_params[key] for key in FILTERS if request.query_params.get(key)}


def _event_by_id(engine: Engine, event_id: int) -> dict[str, Any]:
    statement = (select_events(EventQuery(include_rejected=True), with_machine=True)
                 .where(events.c.id == event_id))
    with engine.connect() as connection:
        row = connection.execute(statement).mappings().first()
        if row is None:
            raise HTTPException(404, f"no event {event_id}")
        record = event_record(row)
        record["machine"] = row["machine"]
        document = connection.execute(select(documents).where(
            documents.c.id == row["document_id"])).mappings().one()
        record["document_id"] = document["id"]
        record["report"] = {"id": document["id"], "key": document["doc_key"],
                            "title": document["title"], "url": document["url"],
                            "published": document["published"].isoformat()
                            if document["published"] else None, "text": document["text"]}
        record["audit"] = review.audit_entries(connection, "events", event_id, limit=50)
    return record


def highlight(text: str, spans: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The report cut into plain and evidence segments, for the template to escape and
    mark. Overlapping spans are merged; spans outside the text are ignored."""
    marks = sorted((max(0, s["start"]), min(len(text), s["end"])) for s in spans
                   if 0 <= s["start"] < s["end"] <= len(text))
    merged: list[list[int]] = []
    for start, end in marks:
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    segments, cursor = [], 0
    for number, (start, end) in enumerate(merged, 1):
        if start > cursor:
            segments.append({"text": text[cursor:start], "mark": 0})
        segments.append({"text": text[start:end], "mark": number})
        cursor = end
    if cursor < len(text):
        segments.append({"text": text[cursor:], "mark": 0})
    return segments


def _incident_by_id(engine: Engine, incident_id: int) -> dict[str, Any]:
    with engine.connect() as connection:
        row = connection.execute(select(incidents).where(incidents.c.id == incident_id)
                                 ).mappings().first()
        if row is None:
            raise HTTPException(404, f"no incident {incident_id}")
        sources = incident_sources(connection, [incident_id])[incident_id]
    record = {k: (v.isoformat() if isinstance(v, dt.date) else v) for k, v in row.items()}
    record["incident_id"] = record.pop("id")
    record["sources"] = sources
    return record


def create_app(engine: Engine, *, secure_cookies: bool = True,
               throttle: LoginThrottle | None = None) -> FastAPI:
    """The app over an opened (migrated) database engine. `throttle` limits wrong
    passwords per account and address (a default one when not given)."""
    throttle = throttle or LoginThrottle()
    # No Swagger page: it loads its script from a CDN, and rasd works offline.
    app = FastAPI(title="rasd", version="1", docs_url=None,
                  openapi_url=f"{API}/openapi.json", redoc_url=None)
    app.state.engine = engine
    app.state.throttle = throttle
    templates = Jinja2Templates(directory=str(HERE / "templates"))
    templates.env.filters["http_url"] = http_url
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")

    @app.middleware("http")
    async def security_headers(request: Request, call_next):  # type: ignore[no-untyped-def]
        response = await call_next(request)
        response.headers.setdefault("Content-Security-Policy", CSP)
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("Referrer-Policy", "same-origin")
        response.headers.setdefault("X-Frame-Options", "DENY")
        return response

    cache_and_compress(app)

    @app.exception_handler(LoginRequired)
    async def to_login(request: Request, _error: LoginRequired) -> RedirectResponse:
        return RedirectResponse(f"/login?next={request.url.path}", status_code=303)

    @app.exception_handler(StoreError)
    async def store_error(_request: Request, error: StoreError) -> JSONResponse:
        status = 404 if isinstance(error, review.NotFound) else 422
        return JSONResponse({"detail": str(error)}, status_code=status)

    def render(request: Request, name: str, caller: Caller | None, status_code: int = 200,
               **context: Any) -> HTMLResponse:
        lang = request.cookies.get("rasd_lang", "en")
        lang = lang if lang in _strings() else "en"
        return templates.TemplateResponse(request, name, {
            "t": translator(lang), "lang": lang, "caller": caller,
            "csrf": caller.csrf_token if caller else "", **context},
            status_code=status_code)

    def set_cookie(response: Any, name: str, value: str, max_age: int | None = None) -> None:
        response.set_cookie(name, value, max_age=max_age, httponly=True, samesite="strict",
                            secure=secure_cookies, path="/")

    # ---- pages ---------------------------------------------------------------------------

    @app.get("/login", response_class=HTMLResponse, include_in_schema=False)
    def login_page(request: Request, next: str = "/") -> HTMLResponse:
        token = secrets.token_urlsafe(24)
        response = render(request, "login.html", None, login_csrf=token, next=next)
        set_cookie(response, LOGIN_CSRF_COOKIE, token, 3600)
        return response

    def too_many(request: Request, wait: int) -> HTMLResponse:
        """A 429 that costs next to nothing (no template, no new cookie): under a flood of
        guesses, turning one away must be far cheaper than checking it."""
        t = translator(request.cookies.get("rasd_lang", "en"))
        body = (f'<!doctype html><meta charset="utf-8"><title>429</title>'
                f'<p id="throttled" role="alert">{escape(t("too_many_attempts"))}</p>'
                f'<p><a href="/login">{escape(t("login"))}</a></p>')
        return HTMLResponse(body, status_code=429, headers={"Retry-After": str(wait)})

    @app.post("/login", include_in_schema=False)
    async def login(request: Request) -> Any:
        """Log in. Refused with 429 before the form is even read when this address has
        failed too often or the Argon2 gate is full; then per account."""
        address = client_address(request)
        wait = throttle.retry_after(None, address)
        if wait is None and ARGON2.full():
            wait = 1
        if wait is not None:
            return too_many(request, wait)
        form = await request.form()
        fields = {key: str(form.get(key) or "") for key in
                  ("username", "password", "csrf", "next")}
        if not fields["username"] or not fields["password"]:
            raise HTTPException(422, "user name and password are needed")
        if not tokens_match(fields["csrf"], request.cookies.get(LOGIN_CSRF_COOKIE)):
            raise HTTPException(403, "missing or wrong CSRF token")
        return await run_in_threadpool(check_login, request, address, fields["username"],
                                       fields["password"], fields["next"] or "/")

    def check_login(request: Request, address: str, username: str, password: str,
                    next: str) -> Response:
        wait = throttle.retry_after(username, address)
        if wait is not None:  # refused before any Argon2 work
            return too_many(request, wait)
        try:
            user = authenticate(engine, username, password)
        except Busy:
            return too_many(request, 1)
        if user is None:
            throttle.failed(username, address)
            token = secrets.token_urlsafe(24)
            response = render(request, "login.html", None, status_code=401,
                              login_csrf=token, next=next, failed=True)
            set_cookie(response, LOGIN_CSRF_COOKIE, token, 3600)
            return response
        throttle.succeeded(username)
        session_token, _session = create_session(engine, user)
        target = "/password" if user.must_change_password else (
            next if next.startswith("/") and not next.startswith("//") else "/")
        response = RedirectResponse(target, status_code=303)
        set_cookie(response, SESSION_COOKIE, session_token, 7 * 86400)
        response.delete_cookie(LOGIN_CSRF_COOKIE, path="/")
        return response

    @app.post("/logout", include_in_schema=False)
    def logout(request: Request, caller: Page,
               csrf: Annotated[str, Form()] = "") -> RedirectResponse:
        check_csrf(request, caller, csrf)
        end_session(engine, request.cookies.get(SESSION_COOKIE))
        response = RedirectResponse("/login", status_code=303)
        response.delete_cookie(SESSION_COOKIE, path="/")
        return response

    @app.get("/lang/{code}", include_in_schema=False)
    def choose_language(request: Request, code: str) -> RedirectResponse:
        back = request.headers.get("referer") or "/"
        response = RedirectResponse(back if back.startswith(str(request.base_url)) else "/",
                                    status_code=303)
        response.set_cookie("rasd_lang", code if code in _strings() else "en",
                            samesite="strict", path="/", max_age=365 * 86400)
        return response

    @app.get("/password", response_class=HTMLResponse, include_in_schema=False)
    def password_page(request: Request, caller: Page
                      ) -> HTMLResponse:
        return render(request, "password.html", caller)

    @app.post("/password", include_in_schema=False)
    def change_password(request: Request, caller: Page,
                        password: Annotated[str, Form()],
                        current: Annotated[str, Form()] = "",
                        csrf: Annotated[str, Form()] = "") -> Any:
        """A new password needs the current one: a session left open on a shared computer
        must not be enough to take the account."""
        check_csrf(request, caller, csrf)
        t = translator(request.cookies.get("rasd_lang", "en"))
        name, address = caller.user.username, client_address(request)
        wait = throttle.retry_after(name, address)
        try:
            if wait is not None:
                raise Busy()
            known = authenticate(engine, name, current)
        except Busy:
            response = render(request, "password.html", caller, status_code=429,
                              error=t("too_many_attempts"))
            response.headers["Retry-After"] = str(wait or 1)
            return response
        if known is None or known.id != caller.user.id:
            throttle.failed(name, address)
            return render(request, "password.html", caller, status_code=403,
                          error=t("wrong_current_password"))
        try:
            set_password(engine, caller.user.id, password)
        except StoreError as error:
            return render(request, "password.html", caller, status_code=422,
                          error=str(error))
        return RedirectResponse("/login", status_code=303)  # sessions and tokens were ended

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def dashboard(request: Request, caller: Page,
                  page: Annotated[int, Query(ge=0, le=MAX_PAGE)] = 0) -> HTMLResponse:
        if caller.user.must_change_password:
            return RedirectResponse("/password", status_code=303)  # type: ignore[return-value]
        filters = _filters(request)
        query = _query(filters, limit=PAGE_SIZE, offset=page * PAGE_SIZE)
        with engine.connect() as connection:
            rows = list(event_records(connection, query))
            governorates = [g for g in connection.execute(
                select(events.c.admin1).where(events.c.admin1.is_not(None))
                .group_by(events.c.admin1).order_by(events.c.admin1)).scalars()]
            types = [t for t in connection.execute(
                select(events.c.sub_event_type).group_by(events.c.sub_event_type)
                .order_by(events.c.sub_event_type)).scalars()]
        return render(request, "dashboard.html", caller, events=rows, filters=filters,
                      governorates=governorates, types=types, states=REVIEW_STATES,
                      page=page, page_size=PAGE_SIZE,
                      query_string=str(request.url.query))

    @app.get("/events/{event_id}", response_class=HTMLResponse, include_in_schema=False)
    def event_page(request: Request, event_id: int,
                   caller: Page) -> HTMLResponse:
        record = _event_by_id(engine, event_id)
        segments = highlight(record["report"]["text"], record["evidence"] or [])
        return render(request, "event.html", caller, event=record, segments=segments,
                      editable=list(review.EDITABLE), machine=record["machine"])

    @app.post("/events/{event_id}/review", include_in_schema=False)
    async def review_event(request: Request, event_id: int,
                           caller: Page) -> Any:
        form = await request.form()
        check_csrf(request, caller, str(form.get("csrf", "")))
        require_reviewer(caller)
        action = form.get("action")
        actor = caller.user.username
        try:
            if action == "accept":
                review.accept_event(engine, event_id, actor)
            elif action == "reject":
                review.reject_event(engine, event_id, actor)
            elif action == "edit":
                changes = {name: form.get(name) for name in review.EDITABLE
                           if name in form}
                if "civilian_targeting" in review.EDITABLE and "civilian_targeting" not in form:
                    changes["civilian_targeting"] = False
                review.edit_event(engine, event_id, changes, actor)
            else:
                raise HTTPException(422, "action must be accept, reject or edit")
        except review.ReviewError as error:
            record = _event_by_id(engine, event_id)
            return render(request, "event.html", caller, status_code=422, event=record,
                          segments=highlight(record["report"]["text"], record["evidence"]),
                          editable=list(review.EDITABLE), machine=record["machine"],
                          error=str(error))
        return RedirectResponse(f"/events/{event_id}", status_code=303)

    @app.get("/incidents/{incident_id}", response_class=HTMLResponse, include_in_schema=False)
    def incident_page(request: Request, incident_id: int,
                      caller: Page) -> HTMLResponse:
        return render(request, "incident.html", caller,
                      incident=_incident_by_id(engine, incident_id))

    @app.post("/incidents/{incident_id}/merge", include_in_schema=False)
    def merge_page(request: Request, incident_id: int,
                   caller: Page,
                   others: Annotated[str, Form()], csrf: Annotated[str, Form()] = ""
                   ) -> RedirectResponse:
        check_csrf(request, caller, csrf)
        require_reviewer(caller)
        try:
            ids = [incident_id, *(int(x) for x in others.replace(",", " ").split())]
        except ValueError:
            raise HTTPException(422, "incident ids are whole numbers") from None
        kept = review.merge_incidents(engine, ids, caller.user.username)
        return RedirectResponse(f"/incidents/{kept}", status_code=303)

    @app.post("/incidents/{incident_id}/split", include_in_schema=False)
    async def split_page(request: Request, incident_id: int,
                         caller: Page) -> RedirectResponse:
        form = await request.form()
        check_csrf(request, caller, str(form.get("csrf", "")))
        require_reviewer(caller)
        moving = [int(str(value)) for value in form.getlist("event_id")]
        new_id = review.split_incident(engine, incident_id, moving, caller.user.username)
        return RedirectResponse(f"/incidents/{new_id}", status_code=303)

    @app.get("/audit", response_class=HTMLResponse, include_in_schema=False)
    def audit_page(request: Request, caller: Page,
                   table: str | None = None, row_id: int | None = None) -> HTMLResponse:
        with engine.connect() as connection:
            entries = review.audit_entries(connection, table, row_id)
        return render(request, "audit.html", caller, entries=entries)

    @app.get("/users", response_class=HTMLResponse, include_in_schema=False)
    def users_page(request: Request, caller: Page
                   ) -> HTMLResponse:
        require_admin(caller)
        return render(request, "users.html", caller, users=list_users(engine), roles=ROLES)

    @app.post("/users", include_in_schema=False)
    def add_user_page(request: Request, caller: Page,
                      username: Annotated[str, Form()], password: Annotated[str, Form()],
                      role: Annotated[str, Form()], csrf: Annotated[str, Form()] = ""
                      ) -> Any:
        check_csrf(request, caller, csrf)
        require_admin(caller)
        try:
            create_user(engine, username, password, role)
        except StoreError as error:
            return render(request, "users.html", caller, status_code=422,
                          users=list_users(engine), roles=ROLES, error=str(error))
        return RedirectResponse("/users", status_code=303)

    @app.post("/users/{user_id}/password", response_class=HTMLResponse,
              include_in_schema=False)
    def reset_password_page(request: Request, caller: Page, user_id: int,
                            csrf: Annotated[str, Form()] = "") -> HTMLResponse:
        """An admin's reset: a random one-time password, shown once, to be replaced at the
        user's next log-in; the user's sessions and tokens end."""
        check_csrf(request, caller, csrf)
        require_admin(caller)
        password = new_password()
        set_password(engine, user_id, password, must_change=True)
        chosen = next((u for u in list_users(engine) if u.id == user_id), None)
        return render(request, "users.html", caller, users=list_users(engine), roles=ROLES,
                      reset={"username": chosen.username if chosen else "",
                             "password": password})

    def account(request: Request, caller: Caller, status_code: int = 200,
                **context: Any) -> HTMLResponse:
        return render(request, "account.html", caller, status_code=status_code,
                      tokens=list_api_tokens(engine, caller.user.id),
                      roles=ROLES[:ROLES.index(caller.user.role) + 1], **context)

    @app.get("/account", response_class=HTMLResponse, include_in_schema=False)
    def account_page(request: Request, caller: Page) -> HTMLResponse:
        return account(request, caller)

    @app.post("/account/token", response_class=HTMLResponse, include_in_schema=False)
    def new_token_page(request: Request, caller: Page,
                       name: Annotated[str, Form()] = "", days: Annotated[int, Form()] = 90,
                       role: Annotated[str, Form()] = "", csrf: Annotated[str, Form()] = ""
                       ) -> HTMLResponse:
        check_csrf(request, caller, csrf)
        try:
            token = create_api_token(engine, caller.user, name, days=days, role=role or None)
        except StoreError as error:
            return account(request, caller, status_code=422, error=str(error))
        return account(request, caller, token=token)

    @app.post("/account/tokens/{token_id}/revoke", include_in_schema=False)
    def revoke_token_page(request: Request, caller: Page, token_id: int,
                          csrf: Annotated[str, Form()] = "") -> RedirectResponse:
        check_csrf(request, caller, csrf)
        if not revoke_api_token(engine, token_id, owner_id=caller.user.id):
            raise HTTPException(404, f"no token {token_id} of yours")
        return RedirectResponse("/account", status_code=303)

    # ---- REST API ------------------------------------------------------------------------

    @app.get(f"{API}/me", tags=["users"])
    def me(caller: Api) -> dict[str, Any]:
        return {"username": caller.user.username, "role": caller.user.role}

    @app.get(f"{API}/events", tags=["events"])
    def list_events(request: Request, caller: Api,
                    limit: Annotated[int, Query(ge=1, le=MAP_LIMIT)] = PAGE_SIZE,
                    offset: Annotated[int, Query(ge=0, le=MAX_OFFSET)] = 0) -> JSONResponse:
        """Events matching the filters (since, until, admin1, type, actor, min_fatalities,
        text, review_state, reviewed_only), oldest first."""
        query = _query(dict(request.query_params), limit=limit, offset=offset)
        with engine.connect() as connection:
            rows = list(event_records(connection, query))
        # Already plain JSON types: skip FastAPI's encoder, which costs more than the query.
        return JSONResponse({"events": rows, "count": len(rows), "offset": offset})

    @app.get(f"{API}/map/points", tags=["map"])
    def map_points(request: Request, caller: Api,
                   limit: Annotated[int, Query(ge=1, le=MAP_LIMIT)] = MAP_LIMIT
                   ) -> JSONResponse:
        """Located events for the map, compact: one row of [id, latitude, longitude,
        event_type, sub_event_type, event_date, fatalities, location_name] per event."""
        query = _query(dict(request.query_params), limit=limit)
        with engine.connect() as connection:
            rows = [[row[0], row[1], row[2], row[3], row[4],
                     row[5].isoformat() if row[5] else None, row[6], row[7]]
                    for row in connection.execute(select_points(query))]
        return JSONResponse({"columns": ["event_id", "latitude", "longitude", "event_type",
                                         "sub_event_type", "event_date", "fatalities",
                                         "location_name"], "points": rows})

    @app.get(f"{API}/events/{{event_id}}", tags=["events"])
    def get_event(event_id: int, caller: Api) -> dict[str, Any]:
        return _event_by_id(engine, event_id)

    @app.patch(f"{API}/events/{{event_id}}", tags=["review"])
    def patch_event(event_id: int, caller: Api,
                    changes: Annotated[dict[str, Any], Body()]) -> dict[str, Any]:
        """Correct fields (reviewers); the machine's original is kept."""
        require_reviewer(caller)
        review.edit_event(engine, event_id, changes, caller.user.username)
        return _event_by_id(engine, event_id)

    @app.post(f"{API}/events/{{event_id}}/accept", tags=["review"])
    def accept(event_id: int, caller: Api) -> dict[str, Any]:
        require_reviewer(caller)
        review.accept_event(engine, event_id, caller.user.username)
        return _event_by_id(engine, event_id)

    @app.post(f"{API}/events/{{event_id}}/reject", tags=["review"])
    def reject(event_id: int, caller: Api) -> dict[str, Any]:
        require_reviewer(caller)
        review.reject_event(engine, event_id, caller.user.username)
        return _event_by_id(engine, event_id)

    @app.get(f"{API}/documents/{{document_id}}", tags=["documents"])
    def get_document(document_id: int, caller: Api) -> dict[str, Any]:
        with engine.connect() as connection:
            row = connection.execute(select(documents).where(documents.c.id == document_id)
                                     ).mappings().first()
        if row is None:
            raise HTTPException(404, f"no document {document_id}")
        return {k: (v.isoformat() if isinstance(v, dt.date) else v) for k, v in row.items()}

    @app.get(f"{API}/incidents", tags=["incidents"])
    def list_incidents(request: Request, caller: Api,
                       limit: Annotated[int, Query(ge=1, le=MAP_LIMIT)] = PAGE_SIZE,
                       min_sources: Annotated[int, Query(ge=1)] = 1) -> dict[str, Any]:
        query = _query(dict(request.query_params), include_rejected=True)
        found: list[dict[str, Any]] = []
        with engine.connect() as connection:
            for record in incident_records(connection, query):
                if record["source_count"] >= min_sources:
                    found.append(record)
                    if len(found) >= limit:
                        break
        return {"incidents": found, "count": len(found)}

    @app.get(f"{API}/incidents/{{incident_id}}", tags=["incidents"])
    def get_incident(incident_id: int, caller: Api) -> dict[str, Any]:
        return _incident_by_id(engine, incident_id)

    @app.post(f"{API}/incidents/merge", tags=["review"])
    def merge(caller: Api, incident_ids: Annotated[list[int], Body(embed=True)]
              ) -> dict[str, Any]:
        require_reviewer(caller)
        kept = review.merge_incidents(engine, incident_ids, caller.user.username)
        return _incident_by_id(engine, kept)

    @app.post(f"{API}/incidents/{{incident_id}}/split", tags=["review"])
    def split(incident_id: int, caller: Api,
              event_ids: Annotated[list[int], Body(embed=True)]) -> dict[str, Any]:
        require_reviewer(caller)
        new_id = review.split_incident(engine, incident_id, event_ids, caller.user.username)
        return _incident_by_id(engine, new_id)

    @app.get(f"{API}/timeline", tags=["events"])
    def timeline(request: Request, caller: Api) -> dict[str, Any]:
        """Events and deaths per day, for the filters given."""
        query = _query(dict(request.query_params))
        base = select_events(query).subquery()
        statement = (select(base.c.event_date, func.count(), func.sum(base.c.fatalities))
                     .where(base.c.event_date.is_not(None))
                     .group_by(base.c.event_date).order_by(base.c.event_date))
        with engine.connect() as connection:
            days = [{"date": day.isoformat() if isinstance(day, dt.date) else str(day),
                     "events": count, "fatalities": int(killed or 0)}
                    for day, count, killed in connection.execute(statement)]
        return {"days": days}

    @app.get(f"{API}/export", tags=["export"])
    def export_events(request: Request, caller: Api,
                      format: ExportFormat = ExportFormat.acled_csv,
                      incidents: bool = False, reviewed_only: bool = False
                      ) -> StreamingResponse:
        """Events or incidents as ACLED CSV, GeoJSON, JSON Lines or CSV. `reviewed_only`
        leaves out what no reviewer has accepted or corrected."""
        params = dict(request.query_params)
        params["reviewed_only"] = "1" if reviewed_only else ""
        query = _query(params)
        buffer = io.StringIO()
        export(engine, buffer, format, incidents=incidents, query=query)
        media = {"acled-csv": "text/csv", "csv": "text/csv",
                 "geojson": "application/geo+json", "jsonl": "application/x-ndjson"}
        suffix = {"acled-csv": "csv", "csv": "csv", "geojson": "geojson", "jsonl": "jsonl"}
        name = f"rasd-{'incidents' if incidents else 'events'}.{suffix[format.value]}"

        def chunks() -> Iterator[bytes]:
            yield buffer.getvalue().encode("utf-8")
        return StreamingResponse(chunks(), media_type=f"{media[format.value]}; charset=utf-8",
                                 headers={"Content-Disposition": f'attachment; filename="{name}"'})

    @app.get(f"{API}/audit", tags=["review"])
    def audit(caller: Api, table: str | None = None, row_id: int | None = None,
              limit: Annotated[int, Query(ge=1, le=1000)] = 200) -> dict[str, Any]:
        with engine.connect() as connection:
            entries = review.audit_entries(connection, table, row_id, limit)
        return {"entries": [{**e, "at": e["at"].isoformat()} for e in entries]}

    @app.get(f"{API}/boundaries/{{level}}", tags=["map"])
    def boundaries(level: int, caller: Api) -> Any:
        if level not in (1, 2):
            raise HTTPException(404, "boundaries are level 1 (governorates) or 2 (districts)")
        # Public OCHA outlines that change only with the data: any cache may keep them.
        return Response(_boundaries(level), media_type="application/geo+json",
                        headers={"Cache-Control": "public, max-age=86400"})

    @app.get(f"{API}/gazetteer", tags=["map"])
    def gazetteer(caller: Api, name: Annotated[str, Query(min_length=1, max_length=200)]
                  ) -> dict[str, Any]:
        """Places a name may mean, to re-pick an event's place."""
        from rasd.geo.gazetteer import load_default_gazetteer
        from rasd.geo.keys import place_key

        try:
            places = load_default_gazetteer().candidates(place_key(name))
        except RasdError as error:
            raise HTTPException(503, str(error)) from None
        return {"places": [{"id": p.id, "name_ar": p.name_ar, "name_en": p.name_en,
                            "kind": p.kind, "admin1": p.admin1, "admin2": p.admin2,
                            "admin3": p.admin3, "latitude": p.latitude,
                            "longitude": p.longitude} for p in places[:50]]}

    @app.get(f"{API}/users", tags=["users"])
    def users(caller: Api) -> dict[str, Any]:
        require_admin(caller)
        return {"users": [{"id": u.id, "username": u.username, "role": u.role}
                          for u in list_users(engine)]}

    @app.post(f"{API}/users", tags=["users"], status_code=201)
    def add_user(caller: Api, username: Annotated[str, Body()],
                 password: Annotated[str, Body()], role: Annotated[str, Body()]
                 ) -> dict[str, Any]:
        require_admin(caller)
        user = create_user(engine, username, password, role)
        return {"id": user.id, "username": user.username, "role": user.role}

    @app.post(f"{API}/users/{{user_id}}/password", tags=["users"])
    def reset_password(caller: Api, user_id: int) -> dict[str, Any]:
        """An admin's reset: a one-time password (shown once) that the user must replace
        at the next log-in; the user's sessions and API tokens end."""
        require_admin(caller)
        password = new_password()
        set_password(engine, user_id, password, must_change=True)
        return {"id": user_id, "password": password, "must_change_password": True}

    def token_json(token: Any) -> dict[str, Any]:
        def when(value: dt.datetime | None) -> str | None:
            return value.isoformat() if value else None
        return {"id": token.id, "username": token.username, "name": token.name,
                "role": token.role, "created_at": when(token.created_at),
                "expires_at": when(token.expires_at),
                "last_used_at": when(token.last_used_at),
                "revoked_at": when(token.revoked_at), "active": token.active}

    @app.get(f"{API}/tokens", tags=["users"])
    def tokens(caller: Api, all_users: bool = False) -> dict[str, Any]:
        """Your API tokens (an admin may ask for everyone's), never the secret itself."""
        if all_users:
            require_admin(caller)
        owner = None if all_users else caller.user.id
        return {"tokens": [token_json(t) for t in list_api_tokens(engine, owner)]}

    @app.post(f"{API}/tokens", tags=["users"], status_code=201)
    def new_token(caller: Api, name: Annotated[str, Body()] = "",
                  days: Annotated[int, Body(ge=1, le=366)] = 90,
                  role: Annotated[str | None, Body()] = None) -> dict[str, Any]:
        """An API token for scripts, shown once. It expires after `days` and acts with
        `role`, never above yours. Made from a logged-in browser session only: a token
        cannot make more tokens, so a leaked one dies at its expiry."""
        if caller.csrf_token is None:
            raise HTTPException(403, "API tokens are made from a logged-in session")
        token = create_api_token(engine, caller.user, name, days=days, role=role)
        made = list_api_tokens(engine, caller.user.id)[0]
        return {"token": token, **token_json(made)}

    @app.delete(f"{API}/tokens/{{token_id}}", tags=["users"])
    def revoke_token(caller: Api, token_id: int) -> dict[str, Any]:
        """Revoke one of your tokens (an admin: anyone's)."""
        owner = None if caller.user.is_admin else caller.user.id
        if not revoke_api_token(engine, token_id, owner_id=owner):
            raise HTTPException(404, f"no token {token_id}")
        return {"id": token_id, "revoked": True}

    @app.get("/healthz", include_in_schema=False)
    def health() -> dict[str, str]:
        return {"status": "ok"}

    return app
