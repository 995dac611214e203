"""Who is asking, and may they: sessions (cookie + CSRF token) and API tokens (Bearer).

A browser session authenticates with an HttpOnly, SameSite=Strict cookie; every request
that changes something must also carry the session's CSRF token (a form field or the
`X-CSRF-Token` header). A script authenticates with `Authorization: Bearer <token>`, which a
browser never sends on its own, so it needs no CSRF token.
"""

from __future__ import annotations

import hmac
from dataclasses import dataclass

from fastapi import HTTPException, Request

from rasd.store.users import Session, User

SESSION_COOKIE = "rasd_session"
LOGIN_CSRF_COOKIE = "rasd_login_csrf"
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})


@dataclass(frozen=True, slots=True)
class Caller:
    user: User
    csrf_token: str | None  # None for API-token callers


class LoginRequired(Exception):
    """Raised by page handlers; the app turns it into a redirect to the login page."""


def caller_of(request: Request) -> Caller | None:
    store = request.app.state.store
    header = request.headers.get("authorization", "")
    if header.lower().startswith("bearer "):
        user = store.token_user(header[7:].strip())
        return Caller(user, None) if user else None
    session: Session | None = store.session(request.cookies.get(SESSION_COOKIE))
    return Caller(session.user, session.csrf_token) if session else None


def client_address(request: Request) -> str:
    """The client's address, as uvicorn gives it (a trusted proxy's `X-Forwarded-For`
    already applied)."""
    return request.client.host if request.client else "unknown"


def tokens_match(given: str | None, expected: str | None) -> bool:
    return bool(given and expected) and hmac.compare_digest(given, expected)  # type: ignore[arg-type]


def check_csrf(request: Request, caller: Caller, form_token: str | None = None) -> None:
    """Refuse a state-changing browser request without the session's CSRF token."""
    if request.method in SAFE_METHODS or caller.csrf_token is None:
        return
    given = form_token or request.headers.get("x-csrf-token")
    if not tokens_match(given, caller.csrf_token):
        raise HTTPException(status_code=403, detail="missing or wrong CSRF token")


def api_caller(request: Request) -> Caller:
    """FastAPI dependency for the REST API: 401 without credentials, CSRF for writes."""
    caller = caller_of(request)
    if caller is None:
        raise HTTPException(status_code=401, detail="log in or send an API token",
                            headers={"WWW-Authenticate": "Bearer"})
    check_csrf(request, caller)
    return caller


def page_caller(request: Request) -> Caller:
    """Dependency for pages: a redirect to the login page without a session."""
    caller = caller_of(request)
    if caller is None:
        raise LoginRequired()
    return caller


def require_reviewer(caller: Caller) -> None:
    if not caller.user.can_review:
        raise HTTPException(status_code=403, detail="reviewers and admins only")


def require_admin(caller: Caller) -> None:
    if not caller.user.is_admin:
        raise HTTPException(status_code=403, detail="admins only")
