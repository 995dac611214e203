"""Commands for the web dashboard: serve, users."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Annotated

import typer

from rasd.cli.core import _fail, app, err
from rasd.cli.store import DbOption, _open_store
from rasd.errors import RasdError
from rasd.extras import MissingExtra, require

users_app = typer.Typer(help="Manage dashboard accounts.", no_args_is_help=True)
app.add_typer(users_app, name="users")


def _need_web(command: str) -> None:
    """Stop with exit code 2 and the line to run when the web extra is missing."""
    try:
        require("web", command)
    except MissingExtra as error:
        raise _fail(str(error)) from None


def first_admin(store) -> tuple[str, str] | None:  # type: ignore[no-untyped-def]
    """On a fresh install, an `admin` account with a random one-time password (changed at
    first log-in). rasd never ships a default password."""
    from rasd.store.users import new_password

    if store.user_count():
        return None
    password = new_password()
    store.create_user("admin", password, "admin", must_change_password=True,
                      actor="rasd serve")
    return "admin", password


@app.command()
def serve(
    db: DbOption = None,
    host: Annotated[str, typer.Option(help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
    secure_cookies: Annotated[bool, typer.Option(
        help="Mark cookies Secure (browsers still accept them on http://127.0.0.1; turn "
             "off only behind plain HTTP on another host, which you should not do).")] = True,
    ssl_certfile: Annotated[Path | None, typer.Option(
        help="Serve HTTPS with this certificate (PEM; the chain after it).")] = None,
    ssl_keyfile: Annotated[Path | None, typer.Option(
        help="The certificate's private key (PEM).")] = None,
    forwarded_allow_ips: Annotated[str, typer.Option(
        help="Proxies whose X-Forwarded-For/-Proto are trusted (comma-separated; the "
             "client address they give is the one login throttling counts).")] = "127.0.0.1",
    workers: Annotated[int, typer.Option(
        min=1, max=64, help="Worker processes (they share the database's login throttle "
                            "counts and half the cores for password checks).")] = 1,
) -> None:
    """Serve the dashboard and the REST API (/api/v1) over the database."""
    _need_web("rasd serve")
    import uvicorn

    from rasd.web.app import create_app

    tls = tls_options(ssl_certfile, ssl_keyfile)
    store = _open_store(db)
    try:
        credentials = first_admin(store)
    except RasdError as error:
        raise _fail(str(error)) from None
    url = f"{'https' if tls else 'http'}://{host}:{port}/"
    err.print(f"rasd dashboard: {url}", highlight=False)
    if credentials:
        err.print(f"first admin (one-time; you will choose a new password): user "
                  f"[bold]{credentials[0]}[/bold] password [bold]{credentials[1]}[/bold]",
                  highlight=False)
    options = {"host": host, "port": port, "log_level": "warning", "proxy_headers": True,
               "forwarded_allow_ips": forwarded_allow_ips, **tls}
    if workers == 1:
        uvicorn.run(create_app(store, secure_cookies=secure_cookies), **options)
        return
    # Each worker opens the database itself (`rasd.web.app.from_environment`).
    store.engine.dispose()
    os.environ.update({"RASD_DB": store.engine.url.render_as_string(hide_password=False),
                       "WEB_CONCURRENCY": str(workers),
                       "RASD_PLAIN_COOKIES": "" if secure_cookies else "1"})
    uvicorn.run("rasd.web.app:from_environment", factory=True, workers=workers, **options)


def tls_options(certfile: Path | None, keyfile: Path | None) -> dict[str, str]:
    """uvicorn's TLS arguments, checked first: both files or neither, and readable, so a
    typo fails here with its name instead of deep inside the server's start."""
    if certfile is None and keyfile is None:
        return {}
    if certfile is None or keyfile is None:
        raise _fail("--ssl-certfile and --ssl-keyfile go together")
    for option, path in (("--ssl-certfile", certfile), ("--ssl-keyfile", keyfile)):
        if not path.is_file():
            raise _fail(f"{option}: no file {path}")
    return {"ssl_certfile": str(certfile), "ssl_keyfile": str(keyfile)}


@users_app.command("add")
def users_add(
    username: Annotated[str, typer.Argument(help="The new user's name.")],
    role: Annotated[str, typer.Option(help="viewer, reviewer or admin.")] = "viewer",
    password: Annotated[str | None, typer.Option(
        help="Password (at least 10 characters); asked for when not given.")] = None,
    db: DbOption = None,
) -> None:
    """Create a dashboard account."""
    _need_web("rasd users add")
    store = _open_store(db)
    if password is None:
        password = typer.prompt("password", hide_input=True, confirmation_prompt=True)
    try:
        user = store.create_user(username, password, role, actor="rasd users add")
    except RasdError as error:
        raise _fail(str(error)) from None
    typer.echo(json.dumps({"id": user.id, "username": user.username, "role": user.role}))


@users_app.command("list")
def users_list(db: DbOption = None) -> None:
    """List dashboard accounts."""
    _need_web("rasd users list")
    store = _open_store(db)
    for user in store.users():
        typer.echo(json.dumps({"id": user.id, "username": user.username, "role": user.role}))


@users_app.command("passwd")
def users_passwd(
    username: Annotated[str, typer.Argument(help="Whose password to set.")],
    password: Annotated[str | None, typer.Option(
        help="The new password (at least 10 characters); asked for when not given.")] = None,
    one_time: Annotated[bool, typer.Option(
        "--one-time", help="Make a random one-time password, printed once; the user "
                           "chooses a new one at the next log-in.")] = False,
    db: DbOption = None,
) -> None:
    """Set any account's password (whoever can open the database may): the way back into a
    lost account. The account's sessions and API tokens end."""
    _need_web("rasd users passwd")
    store = _open_store(db)
    user = store.user(username)
    if user is None:
        raise _fail(f"no user {username!r}")
    if password is None and not one_time:
        password = typer.prompt("new password", hide_input=True, confirmation_prompt=True)
    try:
        if one_time:
            password = store.reset_password(user.id, actor="rasd users passwd")
        else:
            store.set_password(user.id, str(password), actor="rasd users passwd")
    except RasdError as error:
        raise _fail(str(error)) from None
    result: dict[str, object] = {"id": user.id, "username": user.username,
                                 "must_change_password": one_time}
    if one_time:
        result["password"] = password
    typer.echo(json.dumps(result))


@users_app.command("tokens")
def users_tokens(
    username: Annotated[str | None, typer.Argument(
        help="Whose tokens (default: everyone's).")] = None,
    db: DbOption = None,
) -> None:
    """List API tokens, one JSON line each: owner, name, role, dates; never the secret."""
    _need_web("rasd users tokens")
    store = _open_store(db)
    owner = None
    if username is not None:
        user = store.user(username)
        if user is None:
            raise _fail(f"no user {username!r}")
        owner = user.id

    def when(value: object) -> str | None:
        return value.isoformat(timespec="seconds") if value else None  # type: ignore[attr-defined]
    for token in store.tokens(owner):
        typer.echo(json.dumps({
            "id": token.id, "username": token.username, "name": token.name,
            "role": token.role, "created_at": when(token.created_at),
            "expires_at": when(token.expires_at), "last_used_at": when(token.last_used_at),
            "revoked_at": when(token.revoked_at), "active": token.active},
            ensure_ascii=False))


@users_app.command("revoke-token")
def users_revoke_token(
    token_id: Annotated[int, typer.Argument(help="The token's id (see `rasd users tokens`).")],
    db: DbOption = None,
) -> None:
    """Revoke an API token: it stops working at once."""
    _need_web("rasd users revoke-token")
    store = _open_store(db)
    if not store.revoke_token(token_id, actor="rasd users revoke-token"):
        raise _fail(f"no token {token_id}")
    typer.echo(json.dumps({"id": token_id, "revoked": True}))
