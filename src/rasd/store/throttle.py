"""The login throttle's state: wrong passwords, per account and per client address, kept in
the database so that every worker of a deployment counts the same failures (the policy,
how many within which window, is the web layer's `rasd.web.throttle.LoginThrottle`).

A key (`account:NAME`, `address:IP`) is stored as its SHA-256 digest: a fixed size, however
long a name a stranger types, and no names in clear. Each failure is one row; rows older
than the window are deleted as new failures come, so the table stays as small as the
failures of one window.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable

from sqlalchemy import Engine, delete, insert, select

from rasd.store.schema import login_failures

__all__ = ["failure_times", "forget_failures", "record_failure"]


def _digest(key: str) -> str:
    return hashlib.sha256(key.encode("utf-8")).hexdigest()


def record_failure(engine: Engine, keys: Iterable[str], at: float, *,
                   forget_before: float | None = None) -> None:
    """One failure at `at` for each key; failures at or before `forget_before` go."""
    with engine.begin() as connection:
        if forget_before is not None:
            connection.execute(delete(login_failures).where(login_failures.c.at <= forget_before))
        connection.execute(insert(login_failures),
                           [{"key": _digest(key), "at": at} for key in keys])


def failure_times(engine: Engine, key: str, since: float, limit: int) -> list[float]:
    """The times of the key's failures after `since`, newest first, at most `limit`: enough
    to tell whether `limit` were reached and when the oldest of them leaves the window."""
    statement = (select(login_failures.c.at)
                 .where(login_failures.c.key == _digest(key), login_failures.c.at > since)
                 .order_by(login_failures.c.at.desc()).limit(limit))
    with engine.connect() as connection:
        return [float(at) for at in connection.execute(statement).scalars()]


def forget_failures(engine: Engine, key: str | None = None) -> int:
    """Forget one key's failures (a successful log-in), or everyone's; returns how many."""
    statement = delete(login_failures)
    if key is not None:
        statement = statement.where(login_failures.c.key == _digest(key))
    with engine.begin() as connection:
        return int(connection.execute(statement).rowcount)
