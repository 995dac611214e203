"""Accounts for `rasd serve`: users with a role, browser sessions and API tokens.

Passwords are hashed with Argon2id (argon2-cffi). Session and API tokens are random
(`secrets`), handed to the user once, and stored only as SHA-256 digests.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import secrets
from dataclasses import dataclass
from typing import Any

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import Engine, delete, func, insert, select, update
from sqlalchemy.exc import IntegrityError

from rasd.errors import StoreError
from rasd.store.schema import api_tokens, sessions, users

__all__ = ["ROLES", "Session", "User", "authenticate", "create_api_token", "create_session",
           "create_user", "end_session", "list_users", "session_for", "set_password",
           "user_count", "user_for_token"]

ROLES = ("viewer", "reviewer", "admin")
SESSION_DAYS = 7
TOKEN_USE_GRAIN = dt.timedelta(minutes=1)
MIN_PASSWORD = 10
_HASHER = PasswordHasher()


@dataclass(frozen=True, slots=True)
class User:
    id: int
    username: str
    role: str
    must_change_password: bool = False

    @property
    def can_review(self) -> bool:
        return self.role in ("reviewer", "admin")

    @property
    def is_admin(self) -> bool:
        return self.role == "admin"


@dataclass(frozen=True, slots=True)
class Session:
    user: User
    csrf_token: str


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _aware(value: dt.datetime) -> dt.datetime:
    return value if value.tzinfo else value.replace(tzinfo=dt.UTC)


def _user(row: Any) -> User:
    return User(row["id"], row["username"], row["role"], bool(row["must_change_password"]))


def _check_password(password: str) -> None:
    if len(password) < MIN_PASSWORD:
        raise StoreError(f"a password needs at least {MIN_PASSWORD} characters")


def new_password() -> str:
    """A random password to hand out once (the first admin's)."""
    return secrets.token_urlsafe(15)


def create_user(engine: Engine, username: str, password: str, role: str, *,
                must_change_password: bool = False) -> User:
    username = username.strip()
    if not username or len(username) > 100:
        raise StoreError("a username needs 1 to 100 characters")
    if role not in ROLES:
        raise StoreError(f"role must be one of {', '.join(ROLES)}")
    _check_password(password)
    try:
        with engine.begin() as connection:
            user_id = connection.execute(insert(users), {
                "username": username, "password_hash": _HASHER.hash(password), "role": role,
                "must_change_password": must_change_password, "disabled": False,
                "created_at": _now()}).inserted_primary_key[0]  # type: ignore[index]
    except IntegrityError:
        raise StoreError(f"user {username!r} exists already") from None
    return User(int(user_id), username, role, must_change_password)


def user_count(engine: Engine) -> int:
    with engine.connect() as connection:
        return int(connection.execute(select(func.count()).select_from(users)).scalar_one())


def list_users(engine: Engine) -> list[User]:
    with engine.connect() as connection:
        rows = connection.execute(select(users).order_by(users.c.id)).mappings()
        return [_user(row) for row in rows]


def authenticate(engine: Engine, username: str, password: str) -> User | None:
    """The user, if the password is theirs (and the account is not disabled)."""
    with engine.connect() as connection:
        row = connection.execute(select(users).where(users.c.username == username.strip())
                                 ).mappings().first()
    if row is None or row["disabled"]:
        _HASHER.hash(password)  # the same work either way: no user-name oracle by timing
        return None
    try:
        _HASHER.verify(row["password_hash"], password)
    except (VerificationError, InvalidHashError):
        return None
    return _user(row)


def set_password(engine: Engine, user_id: int, password: str) -> None:
    _check_password(password)
    with engine.begin() as connection:
        connection.execute(update(users).where(users.c.id == user_id).values(
            password_hash=_HASHER.hash(password), must_change_password=False))
        connection.execute(delete(sessions).where(sessions.c.user_id == user_id))


def create_session(engine: Engine, user: User) -> tuple[str, Session]:
    """A new browser session: the token for the cookie, and the session with its CSRF
    token."""
    token, csrf = secrets.token_urlsafe(32), secrets.token_urlsafe(32)
    now = _now()
    with engine.begin() as connection:
        connection.execute(delete(sessions).where(sessions.c.expires_at < now))
        connection.execute(insert(sessions), {
            "token_hash": _digest(token), "user_id": user.id, "csrf_token": csrf,
            "created_at": now, "expires_at": now + dt.timedelta(days=SESSION_DAYS)})
    return token, Session(user, csrf)


def session_for(engine: Engine, token: str | None) -> Session | None:
    if not token:
        return None
    with engine.connect() as connection:
        row = connection.execute(
            select(users, sessions.c.csrf_token, sessions.c.expires_at)
            .select_from(sessions.join(users))
            .where(sessions.c.token_hash == _digest(token))).mappings().first()
    if row is None or row["disabled"] or _aware(row["expires_at"]) < _now():
        return None
    return Session(_user(row), row["csrf_token"])


def end_session(engine: Engine, token: str | None) -> None:
    if token:
        with engine.begin() as connection:
            connection.execute(delete(sessions).where(sessions.c.token_hash == _digest(token)))


def create_api_token(engine: Engine, user: User, name: str = "") -> str:
    """A token for scripts (`Authorization: Bearer ...`), shown once."""
    token = "rasd_" + secrets.token_urlsafe(32)
    with engine.begin() as connection:
        connection.execute(insert(api_tokens), {
            "token_hash": _digest(token), "user_id": user.id, "name": name,
            "created_at": _now(), "last_used_at": None})
    return token


def user_for_token(engine: Engine, token: str) -> User | None:
    with engine.connect() as connection:
        row = connection.execute(
            select(users, api_tokens.c.id.label("token_id"), api_tokens.c.last_used_at)
            .select_from(api_tokens.join(users))
            .where(api_tokens.c.token_hash == _digest(token))).mappings().first()
    if row is None or row["disabled"]:
        return None
    now = _now()
    last = row["last_used_at"]
    if last is None or now - _aware(last) > TOKEN_USE_GRAIN:
        # Recorded to the minute: a write per request would cost more than the request.
        with engine.begin() as connection:
            connection.execute(update(api_tokens).where(api_tokens.c.id == row["token_id"])
                               .values(last_used_at=now))
    return _user(row)
