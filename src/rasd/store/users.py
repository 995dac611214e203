"""Accounts for `rasd serve`: users with a role, browser sessions and API tokens.

Passwords are hashed with Argon2id (argon2-cffi). Session and API tokens are random
(`secrets`), handed to the user once, and stored only as SHA-256 digests.

Argon2 is slow on purpose, so every hash and verification passes one gate (`ARGON2`): only a
few run at once and only a few more may wait. A flood of bogus log-ins then costs a core or
two and is turned away early (`Busy`), instead of taking every CPU from the API.

API tokens expire (90 days unless asked otherwise, at most a year), can be listed and
revoked, and all of a user's tokens and sessions end when the password changes. A token
has a role no higher than its owner's, checked at every use, so demoting a user demotes
their tokens too.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import secrets
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import Connection, Engine, delete, func, insert, select, update
from sqlalchemy.exc import IntegrityError

from rasd.errors import StoreError
from rasd.store.schema import api_tokens, audit_log, sessions, users

__all__ = ["ARGON2", "ROLES", "ApiToken", "Argon2Gate", "Busy", "Session", "User",
           "authenticate", "create_api_token", "create_session", "create_user",
           "end_session", "list_api_tokens", "list_users", "revoke_api_token", "session_for",
           "set_password", "user_by_name", "user_count", "user_for_token"]

ROLES = ("viewer", "reviewer", "admin")
SESSION_DAYS = 7
TOKEN_DAYS = 90
MAX_TOKEN_DAYS = 366
TOKEN_USE_GRAIN = dt.timedelta(minutes=1)
MIN_PASSWORD = 10
_HASHER = PasswordHasher()


class Busy(Exception):  # noqa: N818 - a state, not a failure of the caller's
    """Too many password checks are running or waiting: try again in a moment."""


class Argon2Gate:
    """At most `slots` Argon2 computations at once and at most `waiting` more queued; any
    further one is refused at once with `Busy`, so a flood of log-ins holds neither the
    CPUs nor the server's worker threads. `peak` records the most ever running together."""

    def __init__(self, slots: int, waiting: int) -> None:
        self.slots, self.waiting = slots, waiting
        self._running = threading.BoundedSemaphore(slots)
        self._lock = threading.Lock()
        self._inside = 0  # running + waiting
        self._active = 0
        self.peak = 0

    def full(self) -> bool:
        """Would a new check be refused now? (A hint for refusing early, before any work.)"""
        return self._inside >= self.slots + self.waiting

    @contextmanager
    def __call__(self) -> Iterator[None]:
        with self._lock:
            if self._inside >= self.slots + self.waiting:
                raise Busy("too many password checks at once")
            self._inside += 1
        try:
            with self._running:
                with self._lock:
                    self._active += 1
                    self.peak = max(self.peak, self._active)
                try:
                    yield
                finally:
                    with self._lock:
                        self._active -= 1
        finally:
            with self._lock:
                self._inside -= 1


def _slots() -> int:
    """One core for Argon2 on small machines, half of them on larger ones: the rest serve
    the API. The gate is per process, so with several server workers (uvicorn's
    `WEB_CONCURRENCY`) the half is shared among them, at least one slot each."""
    try:
        workers = max(1, int(os.environ.get("WEB_CONCURRENCY") or 1))
    except ValueError:
        workers = 1
    return max(1, (os.cpu_count() or 2) // 2 // workers)


ARGON2 = Argon2Gate(slots=_slots(), waiting=4)


def _argon2(work: Callable[[], str | bool]) -> str | bool:
    with ARGON2():
        return work()


def _hash(password: str) -> str:
    return str(_argon2(lambda: _HASHER.hash(password)))


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


def _audit(connection: Connection, actor: str, action: str, table: str, row_id: int,
           after: dict[str, Any]) -> None:
    """Account changes go in the audit log beside the reviews: who made a user, reset a
    password, made or revoked a token. Never a secret, only names, roles and dates."""
    connection.execute(insert(audit_log), {
        "at": _now(), "actor": actor, "action": action, "table_name": table,
        "row_id": row_id, "before": None, "after": after})


def _check_password(password: str) -> None:
    if len(password) < MIN_PASSWORD:
        raise StoreError(f"a password needs at least {MIN_PASSWORD} characters")


def new_password() -> str:
    """A random password to hand out once (the first admin's)."""
    return secrets.token_urlsafe(15)


def create_user(engine: Engine, username: str, password: str, role: str, *,
                must_change_password: bool = False, actor: str = "rasd") -> User:
    username = username.strip()
    if not username or len(username) > 100:
        raise StoreError("a username needs 1 to 100 characters")
    if role not in ROLES:
        raise StoreError(f"role must be one of {', '.join(ROLES)}")
    _check_password(password)
    try:
        with engine.begin() as connection:
            user_id = connection.execute(insert(users), {
                "username": username, "password_hash": _hash(password), "role": role,
                "must_change_password": must_change_password, "disabled": False,
                "created_at": _now()}).inserted_primary_key[0]  # type: ignore[index]
            _audit(connection, actor, "create-user", "users", int(user_id),
                   {"username": username, "role": role})
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


def user_by_name(engine: Engine, username: str) -> User | None:
    with engine.connect() as connection:
        row = connection.execute(select(users).where(users.c.username == username.strip())
                                 ).mappings().first()
    return None if row is None else _user(row)


def authenticate(engine: Engine, username: str, password: str) -> User | None:
    """The user, if the password is theirs (and the account is not disabled). Raises
    `Busy` when too many checks are under way."""
    with engine.connect() as connection:
        row = connection.execute(select(users).where(users.c.username == username.strip())
                                 ).mappings().first()
    if row is None or row["disabled"]:
        _hash(password)  # the same work either way: no user-name oracle by timing
        return None

    def verify() -> bool:
        try:
            return bool(_HASHER.verify(row["password_hash"], password))
        except (VerificationError, InvalidHashError):
            return False
    return _user(row) if _argon2(verify) else None


def set_password(engine: Engine, user_id: int, password: str, *,
                 must_change: bool = False, actor: str = "rasd") -> None:
    """Set a password and end every session and API token of the user: whoever held the
    old one loses what it opened. `must_change` makes it a one-time password (an admin's
    reset), to be replaced at the next log-in."""
    _check_password(password)
    hashed = _hash(password)
    with engine.begin() as connection:
        changed = connection.execute(update(users).where(users.c.id == user_id).values(
            password_hash=hashed, must_change_password=must_change)).rowcount
        if not changed:
            raise StoreError(f"no user {user_id}")
        connection.execute(delete(sessions).where(sessions.c.user_id == user_id))
        revoked = connection.execute(update(api_tokens).where(
            api_tokens.c.user_id == user_id, api_tokens.c.revoked_at.is_(None))
            .values(revoked_at=_now())).rowcount
        _audit(connection, actor, "reset-password" if must_change else "set-password",
               "users", user_id, {"one_time": must_change, "tokens_revoked": revoked})


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


@dataclass(frozen=True, slots=True)
class ApiToken:
    """What may be shown of a token: never the token itself, which only its owner saw."""

    id: int
    user_id: int
    username: str
    name: str
    role: str
    created_at: dt.datetime
    expires_at: dt.datetime | None
    last_used_at: dt.datetime | None
    revoked_at: dt.datetime | None

    @property
    def active(self) -> bool:
        return self.revoked_at is None and (self.expires_at is None
                                            or self.expires_at > _now())


def _lower_role(first: str, second: str) -> str:
    return ROLES[min(ROLES.index(first), ROLES.index(second))]


def create_api_token(engine: Engine, user: User, name: str = "", *, days: int = TOKEN_DAYS,
                     role: str | None = None, actor: str | None = None) -> str:
    """A token for scripts (`Authorization: Bearer ...`), shown once. It lasts `days` (1 to
    366) and acts with `role`, which may not be above the owner's (default: the owner's)."""
    if not 1 <= days <= MAX_TOKEN_DAYS:
        raise StoreError(f"a token lasts 1 to {MAX_TOKEN_DAYS} days")
    role = role or user.role
    if role not in ROLES:
        raise StoreError(f"role must be one of {', '.join(ROLES)}")
    if ROLES.index(role) > ROLES.index(user.role):
        raise StoreError(f"a {user.role} cannot make a token with the {role} role")
    if len(name) > 200:
        raise StoreError("a token name has at most 200 characters")
    token = "rasd_" + secrets.token_urlsafe(32)
    now = _now()
    expires = now + dt.timedelta(days=days)
    with engine.begin() as connection:
        token_id = connection.execute(insert(api_tokens), {
            "token_hash": _digest(token), "user_id": user.id, "name": name, "role": role,
            "created_at": now, "last_used_at": None, "expires_at": expires,
            "revoked_at": None}).inserted_primary_key[0]  # type: ignore[index]
        _audit(connection, actor or user.username, "create-token", "api_tokens",
               int(token_id), {"owner": user.username, "name": name, "role": role,
                               "expires_at": expires.isoformat(timespec="seconds")})
    return token


def list_api_tokens(engine: Engine, user_id: int | None = None) -> list[ApiToken]:
    """The tokens of one user (or everyone's), newest first, revoked and expired ones
    included so an owner sees what happened to each."""
    statement = (select(api_tokens, users.c.username, users.c.role.label("owner_role"))
                 .select_from(api_tokens.join(users)).order_by(api_tokens.c.id.desc()))
    if user_id is not None:
        statement = statement.where(api_tokens.c.user_id == user_id)

    def when(value: dt.datetime | None) -> dt.datetime | None:
        return None if value is None else _aware(value)
    with engine.connect() as connection:
        return [ApiToken(row["id"], row["user_id"], row["username"], row["name"],
                         _lower_role(row["role"] or row["owner_role"], row["owner_role"]),
                         _aware(row["created_at"]), when(row["expires_at"]),
                         when(row["last_used_at"]), when(row["revoked_at"]))
                for row in connection.execute(statement).mappings()]


def revoke_api_token(engine: Engine, token_id: int, *, owner_id: int | None = None,
                     actor: str = "rasd") -> bool:
    """Revoke a token (only `owner_id`'s when given); False if there is no such token."""
    statement = update(api_tokens).where(api_tokens.c.id == token_id)
    if owner_id is not None:
        statement = statement.where(api_tokens.c.user_id == owner_id)
    with engine.begin() as connection:
        found = connection.execute(statement.values(
            revoked_at=func.coalesce(api_tokens.c.revoked_at, _now()))).rowcount
        if found:
            _audit(connection, actor, "revoke-token", "api_tokens", token_id, {})
    return bool(found)


def user_for_token(engine: Engine, token: str) -> User | None:
    """The token's user, acting with the lower of the token's and the owner's role; None
    when the token is unknown, revoked, expired or its owner disabled."""
    with engine.connect() as connection:
        row = connection.execute(
            select(users, api_tokens.c.id.label("token_id"), api_tokens.c.last_used_at,
                   api_tokens.c.role.label("token_role"), api_tokens.c.expires_at,
                   api_tokens.c.revoked_at)
            .select_from(api_tokens.join(users))
            .where(api_tokens.c.token_hash == _digest(token))).mappings().first()
    now = _now()
    if (row is None or row["disabled"] or row["revoked_at"] is not None
            or row["expires_at"] is None or _aware(row["expires_at"]) <= now):
        return None
    last = row["last_used_at"]
    if last is None or now - _aware(last) > TOKEN_USE_GRAIN:
        # Recorded to the minute: a write per request would cost more than the request.
        with engine.begin() as connection:
            connection.execute(update(api_tokens).where(api_tokens.c.id == row["token_id"])
                               .values(last_used_at=now))
    owner = _user(row)
    role = _lower_role(row["token_role"] or owner.role, owner.role)
    return User(owner.id, owner.username, role, owner.must_change_password)
