"""Login throttling: a few wrong passwords per account and per client address, then a pause.

Guessing passwords online is slowed to a crawl: after `per_account` failures for one
account within `window` seconds, or `per_address` failures from one client address, the
login answers 429 with `Retry-After` until the oldest failure leaves the window, without
checking the password at all (no Argon2 work is spent on a throttled attempt, and the right
password does not help). A success clears the account's failures, not the address's.

The counts live in the server's memory: they reset on restart, and each process of a
multi-process deployment counts on its own (rasd serve runs one). Behind a reverse proxy
the client address is the one the proxy forwards (uvicorn trusts `X-Forwarded-For` from
the addresses in `--forwarded-allow-ips`, loopback by default).
"""

from __future__ import annotations

import math
import threading
import time
from collections import deque
from collections.abc import Callable

__all__ = ["LoginThrottle"]


class LoginThrottle:
    """Failures counted in a sliding window, per account and per address."""

    def __init__(self, *, per_account: int = 5, per_address: int = 20,
                 window: float = 900.0, max_keys: int = 100_000,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.per_account, self.per_address = per_account, per_address
        self.window, self.max_keys, self.clock = window, max_keys, clock
        self._failures: dict[tuple[str, str], deque[float]] = {}
        self._lock = threading.Lock()

    @staticmethod
    def _account(username: str) -> tuple[str, str]:
        return ("account", username.strip().casefold())

    @staticmethod
    def _address(address: str) -> tuple[str, str]:
        return ("address", address)

    def _recent(self, key: tuple[str, str], now: float) -> deque[float]:
        found = self._failures.get(key)
        if found is None:
            return deque()
        while found and found[0] <= now - self.window:
            found.popleft()
        if not found:
            del self._failures[key]
        return found

    def retry_after(self, username: str | None, address: str) -> int | None:
        """Seconds to wait before this account (any account, when None) may be tried from
        this address, or None when it may be tried now."""
        now = self.clock()
        waits = []
        checks = [(self._address(address), self.per_address)]
        if username is not None:
            checks.append((self._account(username), self.per_account))
        with self._lock:
            for key, limit in checks:
                recent = self._recent(key, now)
                if len(recent) >= limit:
                    waits.append(recent[-limit] + self.window - now)
        return max(1, math.ceil(max(waits))) if waits else None

    def failed(self, username: str, address: str) -> None:
        now = self.clock()
        with self._lock:
            if len(self._failures) >= self.max_keys:  # a flood of names: forget the oldest
                for key in list(self._failures)[: self.max_keys // 10]:
                    del self._failures[key]
            for key in (self._account(username), self._address(address)):
                self._failures.setdefault(key, deque()).append(now)

    def succeeded(self, username: str) -> None:
        with self._lock:
            self._failures.pop(self._account(username), None)
