"""Open a rasd database: an embedded SQLite file by default, PostgreSQL on request.

The URL comes from `--db`, else the `RASD_DB` environment variable, else `rasd.db` in the
working folder. A bare file path means SQLite; `postgresql://` uses the psycopg 3 driver.
Opening a database brings its schema to the newest migration, so a user never runs a
separate migration step.
"""

from __future__ import annotations

import os
from functools import cache
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, OperationalError

from rasd.errors import StoreError
from rasd.extras import require

__all__ = ["DEFAULT_DB", "database_url", "migrate", "open_engine"]

DEFAULT_DB = "rasd.db"
MIGRATIONS = Path(__file__).parent / "migrations"


def database_url(given: str | None = None) -> str:
    """The SQLAlchemy URL for what the user gave (a URL or a path), or the default."""
    raw = given or os.environ.get("RASD_DB") or DEFAULT_DB
    if "://" not in raw:
        return f"sqlite:///{raw}"
    if raw.startswith(("postgresql://", "postgres://")):
        return "postgresql+psycopg://" + raw.split("://", 1)[1]
    return raw


def _check_driver(url: str) -> None:
    """A PostgreSQL URL needs the driver of the postgres extra; say so in one line."""
    if url.startswith("postgresql"):
        require("postgres", "a PostgreSQL database")


def _sqlite_pragmas(dbapi_connection, _record) -> None:  # type: ignore[no-untyped-def]
    # WAL keeps readers (the web app) going while an ingest writes; foreign keys are off
    # by default in SQLite; NORMAL sync is durable at commit boundaries under WAL.
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.close()


def _alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


@cache
def _head() -> str | None:
    return ScriptDirectory.from_config(_alembic_config()).get_current_head()


def migrate(engine: Engine) -> None:
    """Bring the schema to the newest migration (creating it in an empty database)."""
    with engine.connect() as connection:
        current = MigrationContext.configure(connection).get_current_revision()
    if current == _head():
        return
    with engine.begin() as connection:
        config = _alembic_config()
        config.attributes["connection"] = connection
        command.upgrade(config, "head")


def open_engine(url: str | None = None, *, upgrade: bool = True) -> Engine:
    """An engine on the database at `url` (see `database_url`), migrated to the newest
    schema. Raises `StoreError` with the reason when it cannot be opened."""
    resolved = database_url(url)
    try:
        parsed = make_url(resolved)
    except ArgumentError as error:
        raise StoreError(f"not a database URL: {resolved!r}") from error
    if parsed.get_backend_name() == "sqlite" and parsed.database not in (None, "", ":memory:"):
        folder = Path(parsed.database).parent
        if not folder.is_dir():
            raise StoreError(f"cannot create database {parsed.database}: no folder {folder}")
    _check_driver(resolved)
    try:
        engine = create_engine(parsed, future=True)
    except (ArgumentError, ImportError) as error:
        raise StoreError(f"cannot open {parsed.render_as_string(hide_password=True)}: "
                         f"{error}") from error
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    if upgrade:
        try:
            migrate(engine)
        except OperationalError as error:
            raise StoreError(f"cannot open {parsed.render_as_string(hide_password=True)}: "
                             f"{error.orig}") from error
    return engine
