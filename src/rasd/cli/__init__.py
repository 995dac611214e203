"""The `rasd` command: a thin layer over the Python API, one function behind each command.

`core` holds the commands on single reports and on rasd's knowledge (extract, gazetteer,
eval, check); `store` the commands on a database (ingest, events, export, incidents, db).
"""

from __future__ import annotations

from rasd.cli import batch as _batch  # noqa: F401
from rasd.cli import learn as _learn  # noqa: F401  (registers train)
from rasd.cli import store as _store  # noqa: F401  (registers the database commands)
from rasd.cli import web as _web  # noqa: F401  (registers serve and users)
from rasd.cli.core import app

__all__ = ["app", "main"]


def main() -> None:
    app()


if __name__ == "__main__":
    main()
