"""The optional parts of rasd and what each needs (`pip install 'rasd[EXTRA]'`).

The light install reads reports, builds the gazetteer, scores, trains and keeps the store
on SQLite. The dashboard, batch runs, PostgreSQL and web-page inputs pull in large libraries
(FastAPI, Dask, pyarrow, trafilatura), so they are extras, imported only by the code that uses
them. A missing one is a `MissingExtra` naming the command to run, never an ImportError.
"""

from __future__ import annotations

from importlib.util import find_spec

from rasd.errors import RasdError

__all__ = ["EXTRAS", "MissingExtra", "has_extra", "require"]

# Extra → the top-level modules it brings (the ones rasd imports).
EXTRAS: dict[str, tuple[str, ...]] = {
    "web": ("fastapi", "uvicorn", "jinja2", "argon2"),
    "batch": ("distributed", "pyarrow", "fsspec"),
    "postgres": ("psycopg",),
    "sources": ("trafilatura", "feedparser", "warcio"),
}


class MissingExtra(RasdError):
    """A command needs an extra that is not installed; the message says how to install it."""

    def __init__(self, extra: str, what: str) -> None:
        super().__init__(f"{what} needs the {extra} extra: pip install 'rasd[{extra}]'")
        self.extra = extra


def has_extra(extra: str) -> bool:
    """Whether every library of `extra` can be imported (looked up, not imported: cheap)."""
    return all(find_spec(module) is not None for module in EXTRAS[extra])


def require(extra: str, what: str) -> None:
    """Raise `MissingExtra` for `what` (a command or a feature) unless `extra` is installed."""
    if not has_extra(extra):
        raise MissingExtra(extra, what)
