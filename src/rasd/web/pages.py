"""The dashboard's pages: log-in and password, the events map and table, an event with its
report, incidents, the audit log, users and the account with its API tokens. Server-rendered
by Jinja2 with autoescaping; every change needs the session's CSRF token."""

from __future__ import annotations

import secrets
from dataclasses import replace
from typing import Annotated, Any

from fastapi import FastAPI, Form, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from markupsafe import escape
from starlette.concurrency import run_in_threadpool

from rasd.errors import StoreError
from rasd.store import review
from rasd.store.query import EVENT_SORTS, INCIDENT_SORTS
from rasd.store.users import ARGON2, ROLES, Busy
from rasd.web.common import (
    MAX_PAGE,
    PAGE_SIZE,
    REVIEW_STATES,
    MaybeRowId,
    Page,
    RowId,
    Web,
    _filters,
    _params,
    _query,
    _strings,
    highlight,
    page_link,
    queue_filters,
    row_ids,
    translator,
)
from rasd.web.security import (
    LOGIN_CSRF_COOKIE,
    SESSION_COOKIE,
    Caller,
    check_csrf,
    client_address,
    require_admin,
    require_reviewer,
    tokens_match,
)


async def reviewer_form(request: Request, caller: Caller) -> Any:
    """A posted review form, once its CSRF token and the caller's reviewer role are checked."""
    form = await request.form()
    check_csrf(request, caller, str(form.get("csrf", "")))
    require_reviewer(caller)
    return form


def add_pages(app: FastAPI, web: Web) -> None:
    """Register the pages on `app`."""
    store, throttle, render, set_cookie = web.store, web.throttle, web.render, web.set_cookie

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
        # The gate first: under a flood it turns a log-in away without touching the database.
        wait = 1 if ARGON2.full() else throttle.retry_after(None, address)
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
            user = store.authenticate(username, password)
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
        session_token, _session = store.create_session(user)
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
        store.end_session(request.cookies.get(SESSION_COOKIE))
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
            known = store.authenticate(name, current)
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
            store.set_password(caller.user.id, password, actor=caller.user.username)
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
        query = _query(_params(request), limit=PAGE_SIZE, offset=page * PAGE_SIZE)
        rows, choices = store.events(query), store.filter_choices()
        total = store.count(query) if len(rows) == PAGE_SIZE or page else len(rows)
        # Events without a point never reach the map: say how many, and link to them.
        unmapped = (0 if query.located is not None else
                    store.count(replace(query, located=False, limit=None, offset=0)))
        return render(request, "dashboard.html", caller, events=rows, filters=filters,
                      governorates=choices["governorates"], types=choices["types"],
                      states=REVIEW_STATES, total=total, params=request.query_params,
                      unmapped=unmapped, queue_filters=queue_filters(request.query_params),
                      page=page, page_size=PAGE_SIZE, sorts=list(EVENT_SORTS),
                      query_string=page_link(request.query_params, page=None)[1:])

    @app.post("/events/review", include_in_schema=False)
    async def review_selected(request: Request, caller: Page) -> RedirectResponse:
        """Accept or reject the rows ticked on the events list, each through the one review
        function (so each is audited); back to the same list."""
        form = await reviewer_form(request, caller)
        ids = row_ids(form.getlist("event_id"))
        if not ids:
            raise HTTPException(422, "tick at least one event")
        store.review_many(ids, str(form.get("action") or ""), caller.user.username)
        back = str(form.get("back") or "")
        return RedirectResponse("/" + (back if back.startswith("?") else ""),
                                status_code=303)

    @app.get("/queue", include_in_schema=False)
    def queue(request: Request, caller: Page, after: MaybeRowId = None,
              back: bool = False) -> Response:
        """The review queue: the next unreviewed event matching the events list's filters
        (dates, governorates, type, ...), lowest confidence first (after the event given;
        before it with `back`). Past the end, the list of unreviewed events with the same
        filters (none left: an empty list); before the start, the same event. The event's
        page keeps the filters, so its own queue links and keys stay in this queue."""
        kept = queue_filters(request.query_params)
        found = store.queue_neighbour(after, backwards=back,
                                      query=_query(_params(request)))
        suffix = f"?{kept}" if kept else ""
        if found is None:
            return RedirectResponse(f"/events/{after}{suffix}" if back and after else
                                    "/?review_state=unreviewed" + (f"&{kept}" if kept else ""),
                                    status_code=303)
        return RedirectResponse(f"/events/{found}{suffix}", status_code=303)

    @app.get("/incidents", response_class=HTMLResponse, include_in_schema=False)
    def incidents_page(request: Request, caller: Page,
                       page: Annotated[int, Query(ge=0, le=MAX_PAGE)] = 0) -> HTMLResponse:
        """Incidents with the events' filters, a minimum of sources, sorting and paging."""
        query = _query(_params(request), limit=PAGE_SIZE, offset=page * PAGE_SIZE,
                       include_rejected=True, incidents=True)
        rows, choices = store.incidents(query), store.filter_choices()
        return render(request, "incidents.html", caller, incidents=rows,
                      filters=_filters(request), governorates=choices["governorates"],
                      types=choices["types"], total=store.count(query, incidents=True),
                      params=request.query_params, page=page, page_size=PAGE_SIZE,
                      sorts=list(INCIDENT_SORTS))

    def show_event(request: Request, caller: Any, event_id: int, **extra: Any
                   ) -> HTMLResponse:
        """An event with its report, the evidence highlighted (and a review error, if any)."""
        record = store.event(event_id)
        segments = highlight(record["report"]["text"], record["evidence"] or [])
        return render(request, "event.html", caller, event=record, segments=segments,
                      editable=list(review.EDITABLE), machine=record["machine"],
                      queue_filters=queue_filters(request.query_params), **extra)

    @app.get("/events/{event_id}", response_class=HTMLResponse, include_in_schema=False)
    def event_page(request: Request, event_id: RowId,
                   caller: Page) -> HTMLResponse:
        return show_event(request, caller, event_id)

    @app.post("/events/{event_id}/review", include_in_schema=False)
    async def review_event(request: Request, event_id: RowId,
                           caller: Page) -> Any:
        form = await reviewer_form(request, caller)
        action = str(form.get("action") or "")
        changes: dict[str, Any] = {}
        if action == "edit":
            changes = {name: form.get(name) for name in review.EDITABLE if name in form}
            # An unticked checkbox is not sent at all: on this form it means "no".
            changes.setdefault("civilian_targeting", False)
        try:
            store.review(event_id, action, caller.user.username, changes)
            if action in ("accept", "reject") and form.get("then") == "next":
                kept = queue_filters(request.query_params)  # the page's, on its action
                return RedirectResponse(f"/queue?after={event_id}" + (f"&{kept}" if kept
                                                                     else ""),
                                        status_code=303)
        except review.NotFound:
            raise
        except review.ReviewError as error:
            return show_event(request, caller, event_id, status_code=422, error=str(error))
        return RedirectResponse(f"/events/{event_id}", status_code=303)

    @app.get("/incidents/{incident_id}", response_class=HTMLResponse, include_in_schema=False)
    def incident_page(request: Request, incident_id: RowId,
                      caller: Page) -> HTMLResponse:
        return render(request, "incident.html", caller,
                      incident=store.incident(incident_id))

    @app.post("/incidents/{incident_id}/merge", include_in_schema=False)
    def merge_page(request: Request, incident_id: RowId,
                   caller: Page,
                   others: Annotated[str, Form()], csrf: Annotated[str, Form()] = ""
                   ) -> RedirectResponse:
        check_csrf(request, caller, csrf)
        require_reviewer(caller)
        ids = [incident_id, *row_ids(others.replace(",", " ").split())]
        kept = store.merge(ids, caller.user.username)
        return RedirectResponse(f"/incidents/{kept}", status_code=303)

    @app.post("/incidents/{incident_id}/split", include_in_schema=False)
    async def split_page(request: Request, incident_id: RowId,
                         caller: Page) -> RedirectResponse:
        form = await reviewer_form(request, caller)
        moving = row_ids(form.getlist("event_id"))
        new_id = store.split(incident_id, moving, caller.user.username)
        return RedirectResponse(f"/incidents/{new_id}", status_code=303)

    @app.get("/audit", response_class=HTMLResponse, include_in_schema=False)
    def audit_page(request: Request, caller: Page,
                   table: str | None = None, row_id: MaybeRowId = None,
                   actor: str | None = None, action: str | None = None,
                   everything: bool = False,
                   page: Annotated[int, Query(ge=0, le=MAX_PAGE)] = 0) -> HTMLResponse:
        """The audit log, newest first, a page at a time: people's actions unless
        `everything` (ingest entries would bury them), by table, row, user and action."""
        filters = {"actor": actor or None, "action": action or None,
                   "people_only": not everything and action != "ingest"}
        entries = store.audit(table or None, row_id, PAGE_SIZE, offset=page * PAGE_SIZE,
                              **filters)
        return render(request, "audit.html", caller, entries=entries,
                      total=store.audit_count(table or None, row_id, **filters),
                      choices=store.audit_choices(), params=request.query_params,
                      chosen={"table": table or "", "actor": actor or "",
                              "action": action or "", "everything": everything},
                      page=page, page_size=PAGE_SIZE)

    @app.get("/users", response_class=HTMLResponse, include_in_schema=False)
    def users_page(request: Request, caller: Page
                   ) -> HTMLResponse:
        require_admin(caller)
        return render(request, "users.html", caller, users=store.users(), roles=ROLES)

    @app.post("/users", include_in_schema=False)
    def add_user_page(request: Request, caller: Page,
                      username: Annotated[str, Form()], password: Annotated[str, Form()],
                      role: Annotated[str, Form()], csrf: Annotated[str, Form()] = ""
                      ) -> Any:
        check_csrf(request, caller, csrf)
        require_admin(caller)
        try:
            store.create_user(username, password, role, actor=caller.user.username)
        except StoreError as error:
            return render(request, "users.html", caller, status_code=422,
                          users=store.users(), roles=ROLES, error=str(error))
        return RedirectResponse("/users", status_code=303)

    @app.post("/users/{user_id}/password", response_class=HTMLResponse,
              include_in_schema=False)
    def reset_password_page(request: Request, caller: Page, user_id: RowId,
                            csrf: Annotated[str, Form()] = "") -> HTMLResponse:
        """An admin's reset: a random one-time password, shown once, to be replaced at the
        user's next log-in; the user's sessions and tokens end."""
        check_csrf(request, caller, csrf)
        require_admin(caller)
        password = store.reset_password(user_id, actor=caller.user.username)
        chosen = next((u for u in store.users() if u.id == user_id), None)
        return render(request, "users.html", caller, users=store.users(), roles=ROLES,
                      reset={"username": chosen.username if chosen else "",
                             "password": password})

    def account(request: Request, caller: Caller, status_code: int = 200,
                **context: Any) -> HTMLResponse:
        return render(request, "account.html", caller, status_code=status_code,
                      tokens=store.tokens(caller.user.id),
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
            token = store.create_token(caller.user, name, days=days, role=role or None)
        except StoreError as error:
            return account(request, caller, status_code=422, error=str(error))
        return account(request, caller, token=token)

    @app.post("/account/tokens/{token_id}/revoke", include_in_schema=False)
    def revoke_token_page(request: Request, caller: Page, token_id: RowId,
                          csrf: Annotated[str, Form()] = "") -> RedirectResponse:
        check_csrf(request, caller, csrf)
        if not store.revoke_token(token_id, owner_id=caller.user.id,
                                  actor=caller.user.username):
            raise HTTPException(404, f"no token {token_id} of yours")
        return RedirectResponse("/account", status_code=303)

