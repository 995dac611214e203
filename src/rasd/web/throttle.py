"""Login throttling: a few wrong passwords per account and per client address, then a pause.

Guessing passwords online is slowed to a crawl: after `per_account` failures for one
account within `window` seconds, or `per_address` failures from one client address, the
login answers 429 with `Retry-After` until the oldest failure leaves the window, without
checking the password at all (no Argon2 work is spent on a throttled attempt, and the right
password does not help). A success clears the account's failures, not the address's.

The counts live in the database, through the store (`Store.login_failed`,
`Store.login_failures`): every worker process of a deployment sees the same ones, and a
restart forgets none. Behind a reverse proxy the client address is the one the proxy
forwards (uvicorn trusts `X-Forwarded-For` from the addresses in `--forwarded-allow-ips`,
loopback by default).
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from rasd.store import Store

__all__ = ["LoginThrottle"]


@dataclass(frozen=True, slots=True)
class LoginThrottle:
    """The policy (how many failures within which window), applied to the counts of the
    store it is bound to (`bound`; `create_app` binds it to the app's store). The clock is
    wall time, which every worker and machine shares."""

    per_account: int = 5
    per_address: int = 20
    window: float = 900.0
    clock: Callable[[], float] = time.time
    store: Store | None = field(default=None, repr=False)

    def bound(self, store: Store) -> LoginThrottle:
        return self if self.store is store else replace(self, store=store)

    def _store(self) -> Store:
        if self.store is None:
            raise RuntimeError("a LoginThrottle counts in a store: bind it first")
        return self.store

    @staticmethod
    def _account(username: str) -> str:
        return "account:" + username.strip().casefold()

    @staticmethod
    def _address(address: str) -> str:
        return "address:" + address

    def retry_after(self, username: str | None, address: str) -> int | None:
        """Seconds to wait before this account (any account, when None) may be tried from
        this address, or None when it may be tried now."""
        now = self.clock()
        checks = [(self._address(address), self.per_address)]
        if username is not None:
            checks.append((self._account(username), self.per_account))
        waits = []
        for key, limit in checks:
            recent = self._store().login_failures(key, now - self.window, limit)
            if len(recent) >= limit:
                waits.append(recent[limit - 1] + self.window - now)
        return max(1, math.ceil(max(waits))) if waits else None

    def failed(self, username: str, address: str) -> None:
        now = self.clock()
        self._store().login_failed([self._account(username), self._address(address)], now,
                                   forget_before=now - self.window)

    def succeeded(self, username: str) -> None:
        self._store().forget_login_failures(self._account(username))
