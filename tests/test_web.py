"""The dashboard's API and pages through FastAPI's test client: accounts and roles, CSRF,
API tokens, inert report HTML, hostile filters, review with audit, incidents, exports."""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import SHARED, fixture_report, web_login
from conftest import web_csrf as csrf_of
from fastapi.testclient import TestClient

from rasd.sources import Report
from rasd.store import Store
from rasd.store.users import create_user
from rasd.web.app import create_app

PASSWORD = "a-long-test-password"
HOSTILE = ["' OR '1'='1", "1; DROP TABLE events; --", "%", "_", "\\", "\"", "<script>x</script>",
           "Idleb' --", "%' OR 1=1 --"]


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    """Reports written for the tests (one behind hostile HTML), and 30 corpus reports when
    ../shared is there."""
    db = tmp_path_factory.mktemp("web") / "rasd.db"
    opened = Store(str(db))
    report = fixture_report("saraqeb_strike.txt")
    hostile = ("<script>alert('x')</script><b onmouseover=alert(1)>عاجل</b>\n" + report)
    reports = [Report(report, "000.txt", id="founding", source="founding-outlet",
                      published=dt.date(2019, 6, 15)),
               Report(hostile, "hostile.txt", id="hostile", source="other-outlet",
                      published=dt.date(2019, 6, 15)),
               Report(fixture_report("douma_shelling.txt"), "douma.txt", id="douma",
                      source="founding-outlet", published=dt.date(2018, 2, 20))]
    if SHARED:
        corpus = SHARED / "corpus" / "saudinewsnet_syria"
        with (corpus / "documents.jsonl").open(encoding="utf-8") as handle:
            for line in list(handle)[:30]:
                record = json.loads(line)
                reports.append(Report((corpus / record["file"]).read_text(encoding="utf-8"),
                                      record["file"], id=record["id"], source=record["source"],
                                      published=dt.date.fromisoformat(record["published"])))
    opened.ingest(reports)
    for role in ("viewer", "reviewer", "admin"):
        create_user(opened.engine, role, PASSWORD, role)
    yield opened
    opened.engine.dispose()


def login(store: Store, username: str) -> TestClient:
    return web_login(store, username, PASSWORD)


def first_event(client: TestClient, **filters: str) -> dict:
    events = client.get("/api/v1/events", params={"limit": 5, **filters}).json()["events"]
    assert events
    return events[0]


def test_pages_and_api_need_a_login(store: Store) -> None:
    client = TestClient(create_app(store.engine), base_url="https://testserver")
    page = client.get("/", follow_redirects=False)
    assert page.status_code == 303 and page.headers["location"].startswith("/login")
    assert client.get("/api/v1/events").status_code == 401
    assert client.get("/healthz").status_code == 200


def test_login_checks_password_and_csrf(store: Store) -> None:
    client = TestClient(create_app(store.engine), base_url="https://testserver")
    page = client.get("/login")
    token = re.search(r'name="csrf" value="([^"]+)"', page.text).group(1)
    assert client.post("/login", data={"username": "viewer", "password": "wrong-password",
                                       "csrf": token}).status_code == 401
    assert client.post("/login", data={"username": "viewer", "password": PASSWORD,
                                       "csrf": "forged"}).status_code == 403
    cookie = page.headers["set-cookie"].lower()
    assert "httponly" in cookie and "samesite=strict" in cookie and "secure" in cookie


def test_viewer_cannot_edit(store: Store) -> None:
    client = login(store, "viewer")
    event = first_event(client)
    csrf = csrf_of(client)
    response = client.patch(f"/api/v1/events/{event['event_id']}", json={"fatalities": 99},
                            headers={"X-CSRF-Token": csrf})
    assert response.status_code == 403
    form = client.post(f"/events/{event['event_id']}/review",
                       data={"csrf": csrf, "action": "edit", "fatalities": "99"})
    assert form.status_code == 403
    assert client.get(f"/api/v1/events/{event['event_id']}").json()["fatalities"] != 99
    assert client.get("/users").status_code == 403


def test_writes_need_the_csrf_token(store: Store) -> None:
    client = login(store, "reviewer")
    event = first_event(client)
    url = f"/api/v1/events/{event['event_id']}"
    assert client.patch(url, json={"injuries": 3}).status_code == 403
    assert client.patch(url, json={"injuries": 3},
                        headers={"X-CSRF-Token": "forged"}).status_code == 403
    assert client.post(f"{url}/accept").status_code == 403
    ok = client.patch(url, json={"injuries": 3}, headers={"X-CSRF-Token": csrf_of(client)})
    assert ok.status_code == 200 and ok.json()["injuries"] == 3


def test_api_token_for_scripts(store: Store) -> None:
    client = login(store, "reviewer")
    token = client.post("/api/v1/tokens", json={"name": "nightly"},
                        headers={"X-CSRF-Token": csrf_of(client)}).json()["token"]
    script = TestClient(create_app(store.engine), base_url="https://testserver")
    headers = {"Authorization": f"Bearer {token}"}
    assert script.get("/api/v1/me", headers=headers).json()["role"] == "reviewer"
    event = first_event(client)
    accepted = script.post(f"/api/v1/events/{event['event_id']}/accept", headers=headers)
    assert accepted.status_code == 200 and accepted.json()["review_state"] == "accepted"
    bad = script.get("/api/v1/me", headers={"Authorization": "Bearer rasd_forged"})
    assert bad.status_code == 401


def test_report_html_is_shown_inert(store: Store) -> None:
    client = login(store, "viewer")
    from sqlalchemy import select

    from rasd.store.schema import documents, events

    with store.engine.connect() as connection:
        event_id = connection.execute(
            select(events.c.id).join(documents).where(documents.c.doc_key == "hostile")
        ).scalars().first()
    page = client.get(f"/events/{event_id}")
    assert page.status_code == 200
    assert "<script>alert" not in page.text and "<b onmouseover" not in page.text
    assert "&lt;script&gt;alert(" in page.text
    assert "script-src 'self'" in page.headers["content-security-policy"]
    assert '<mark class="evidence"' in page.text


@pytest.mark.parametrize("value", HOSTILE)
def test_sql_metacharacters_in_every_filter_are_harmless(store: Store, value: str) -> None:
    client = login(store, "viewer")
    before = client.get("/api/v1/events", params={"limit": 1000}).json()["count"]
    for name in ("admin1", "type", "actor", "text", "since", "until", "min_fatalities",
                 "review_state"):
        params = {name: value}
        for path in ("/api/v1/events", "/api/v1/incidents", "/api/v1/timeline", "/",
                     "/api/v1/export"):
            response = client.get(path, params=params)
            assert response.status_code in (200, 422), (path, name, response.text[:200])
            if path == "/api/v1/events" and response.status_code == 200:
                assert response.json()["count"] == 0, (name, value)
    assert client.get("/api/v1/events", params={"limit": 1000}).json()["count"] == before


def test_review_edit_is_audited_and_exported(store: Store) -> None:
    client = login(store, "reviewer")
    event = first_event(client, text="مدنيين")
    event_id = event["event_id"]
    machine = client.get(f"/api/v1/events/{event_id}").json()["machine"]
    # the form posts the checkbox as a browser does: present only when ticked
    ticked = {"civilian_targeting": "true"} if event["civilian_targeting"] else {}
    response = client.post(f"/events/{event_id}/review", data={
        "csrf": csrf_of(client), "action": "edit", "fatalities": "42",
        "event_type": event["event_type"], "sub_event_type": event["sub_event_type"],
        **ticked})
    assert response.status_code == 200
    after = client.get(f"/api/v1/events/{event_id}").json()
    assert after["fatalities"] == 42 and after["review_state"] == "edited"
    assert after["machine"] == machine  # the machine's reading is kept
    audit = client.get("/api/v1/audit", params={"table": "events", "row_id": event_id}).json()
    edit = next(e for e in audit["entries"] if e["action"] == "edit")
    assert edit["actor"] == "reviewer" and edit["after"] == {"fatalities": 42}
    assert edit["before"] == {"fatalities": event["fatalities"]}
    exported = client.get("/api/v1/export", params={"format": "jsonl",
                                                    "reviewed_only": "true"}).text
    rows = [json.loads(line) for line in exported.splitlines()]
    assert any(r["event_id"] == event_id and r["fatalities"] == 42 for r in rows)
    everything = client.get("/api/v1/export", params={"format": "jsonl"}).text.splitlines()
    assert len(everything) > len(rows)  # unreviewed events are in the full export


def test_bad_edits_are_refused(store: Store) -> None:
    client = login(store, "reviewer")
    event_id = first_event(client)["event_id"]
    headers = {"X-CSRF-Token": csrf_of(client)}
    for changes in ({"fatalities": -1}, {"latitude": 200}, {"event_date": "yesterday"},
                    {"machine": {}}, {"geo_precision": 7}):
        response = client.patch(f"/api/v1/events/{event_id}", json=changes, headers=headers)
        assert response.status_code == 422, changes


def test_reject_hides_an_event_from_exports(store: Store) -> None:
    client = login(store, "reviewer")
    event_id = first_event(client)["event_id"]
    client.post(f"/api/v1/events/{event_id}/reject", headers={"X-CSRF-Token": csrf_of(client)})
    listed = client.get("/api/v1/events", params={"limit": 20000}).json()["events"]
    assert event_id not in {e["event_id"] for e in listed}
    rejected = client.get("/api/v1/events", params={"review_state": "rejected"}).json()
    assert event_id in {e["event_id"] for e in rejected["events"]}


def test_merge_and_split_incidents(store: Store) -> None:
    client = login(store, "reviewer")
    headers = {"X-CSRF-Token": csrf_of(client)}
    incidents = client.get("/api/v1/incidents", params={"limit": 3}).json()["incidents"]
    first, second = incidents[0]["incident_id"], incidents[1]["incident_id"]
    merged = client.post("/api/v1/incidents/merge", json={"incident_ids": [first, second]},
                         headers=headers)
    assert merged.status_code == 200
    members = [s["event_id"] for s in merged.json()["sources"]]
    assert len(members) >= 2
    split = client.post(f"/api/v1/incidents/{merged.json()['incident_id']}/split",
                        json={"event_ids": members[-1:]}, headers=headers)
    assert split.status_code == 200 and [s["event_id"] for s in split.json()["sources"]] == \
        members[-1:]
    actions = {e["action"] for e in client.get("/api/v1/audit").json()["entries"]}
    assert {"merge", "split"} <= actions
    assert store.check() == []


def test_pages_render_in_both_languages(store: Store) -> None:
    client = login(store, "admin")
    english = client.get("/")
    assert english.status_code == 200 and 'dir="ltr"' in english.text
    assert 'id="map"' in english.text and "<tr data-event-id" in english.text
    client.cookies.set("rasd_lang", "ar")
    arabic = client.get("/")
    assert 'dir="rtl"' in arabic.text and "الأحداث" in arabic.text
    event_id = first_event(client)["event_id"]
    assert 'class="report" dir="rtl"' in client.get(f"/events/{event_id}").text
    for path in ("/audit", "/users", "/account"):
        assert client.get(path).status_code == 200
    incident = client.get("/api/v1/incidents").json()["incidents"][0]["incident_id"]
    assert client.get(f"/incidents/{incident}").status_code == 200


def test_filters_narrow_the_table(store: Store) -> None:
    client = login(store, "viewer")
    everything = client.get("/api/v1/events", params={"limit": 20000}).json()["events"]
    governorate = next(e["admin1"] for e in everything if e["admin1"])
    chosen = client.get("/api/v1/events", params={"admin1": governorate, "limit": 20000})
    assert {e["admin1"] for e in chosen.json()["events"]} == {governorate}
    page = client.get("/", params={"admin1": governorate})
    rows = re.findall(r'<tr data-event-id="\d+" data-admin1="([^"]*)"', page.text)
    assert rows and set(rows) == {governorate}


def test_first_admin_has_a_one_time_password(tmp_path: Path) -> None:
    from rasd.cli.web import first_admin

    fresh = Store(str(tmp_path / "fresh.db"))
    username, password = first_admin(fresh)
    assert first_admin(fresh) is None  # only on a fresh install
    client = TestClient(create_app(fresh.engine), base_url="https://testserver")
    token = re.search(r'name="csrf" value="([^"]+)"', client.get("/login").text).group(1)
    response = client.post("/login", data={"username": username, "password": password,
                                           "csrf": token})
    assert response.url.path == "/password"
    csrf = re.search(r'data-csrf="([^"]+)"', response.text).group(1)
    assert client.post("/password", data={"password": "a-new-long-password", "csrf": csrf}
                       ).status_code == 403  # the current (one-time) password is asked for
    assert client.post("/password", data={"password": "short", "current": password,
                                          "csrf": csrf}).status_code == 422
    changed = client.post("/password", data={"password": "a-new-long-password",
                                              "current": password, "csrf": csrf})
    assert changed.url.path == "/login"


def test_openapi_schema_lists_the_api(store: Store) -> None:
    client = TestClient(create_app(store.engine), base_url="https://testserver")
    schema = client.get("/api/v1/openapi.json").json()
    for path in ("/api/v1/events", "/api/v1/events/{event_id}", "/api/v1/incidents",
                 "/api/v1/export", "/api/v1/audit", "/api/v1/users", "/api/v1/tokens"):
        assert path in schema["paths"], path


def test_review_of_a_missing_event_is_404(store: Store) -> None:
    client = login(store, "reviewer")
    headers = {"X-CSRF-Token": csrf_of(client)}
    assert client.patch("/api/v1/events/999999", json={"fatalities": 1},
                        headers=headers).status_code == 404
    assert client.post("/api/v1/events/999999/accept", headers=headers).status_code == 404
    assert client.post("/api/v1/incidents/merge", json={"incident_ids": [999998, 999999]},
                       headers=headers).status_code == 404


def test_the_web_layer_writes_no_sql() -> None:
    """Pages and API go through `Store`: no module of rasd.web imports SQLAlchemy (but for
    type hints) or opens a connection itself."""
    import ast

    folder = Path(__file__).parents[1] / "src" / "rasd" / "web"
    for path in sorted(folder.glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        typing_only = {id(node) for block in ast.walk(tree) if isinstance(block, ast.If)
                       and ast.unparse(block.test) == "TYPE_CHECKING"
                       for node in ast.walk(block)}
        for node in ast.walk(tree):
            if isinstance(node, ast.Import | ast.ImportFrom) and id(node) not in typing_only:
                names = [node.module or ""] if isinstance(node, ast.ImportFrom) else [
                    alias.name for alias in node.names]
                assert not any(n.split(".")[0] == "sqlalchemy" for n in names), path.name
        source = path.read_text(encoding="utf-8")
        assert ".connect()" not in source and ".begin()" not in source, path.name


def test_forms_and_api_review_through_one_function(store: Store, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The review form and the REST API both call `rasd.store.review.review_event`."""
    from rasd.store import review

    calls: list[str] = []
    real = review.review_event

    def spy(engine, event_id, action, actor, changes=None, rules=review.DEFAULT_RULES):  # type: ignore[no-untyped-def]
        calls.append(action)
        return real(engine, event_id, action, actor, changes, rules)

    monkeypatch.setattr(review, "review_event", spy)
    client = login(store, "reviewer")
    event = first_event(client)
    csrf = csrf_of(client)
    client.post(f"/events/{event['event_id']}/review", data={"csrf": csrf, "action": "accept"})
    client.post(f"/api/v1/events/{event['event_id']}/accept", headers={"X-CSRF-Token": csrf})
    client.patch(f"/api/v1/events/{event['event_id']}", json={"injuries": 1},
                 headers={"X-CSRF-Token": csrf})
    assert calls == ["accept", "accept", "edit"]


def test_web_and_cli_reach_accounts_only_through_the_store() -> None:
    """No SQL for accounts (or anything) in the web layer, and neither it nor the command
    line calls `rasd.store.users`' functions: both go through `Store`'s methods."""
    import ast
    from pathlib import Path

    import rasd

    package = Path(rasd.__file__).parent
    allowed = {"ARGON2", "ROLES", "Busy", "Session", "User", "new_password"}
    for path in [*(package / "web").glob("*.py"), *(package / "cli").glob("*.py")]:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module:
                if path.parent.name == "web":
                    assert not node.module.startswith("sqlalchemy"), path
                if node.module == "rasd.store.users":
                    assert {a.name for a in node.names} <= allowed, path
            if isinstance(node, ast.Import) and path.parent.name == "web":
                assert not any(a.name.startswith("sqlalchemy") for a in node.names), path


def test_the_place_search_button_is_a_word_not_a_glyph_fonts_may_lack(store: Store) -> None:
    client = login(store, "reviewer")
    event_id = client.get("/api/v1/events", params={"limit": 1}).json()["events"][0]["event_id"]
    page = client.get(f"/events/{event_id}").text
    assert '<button type="button" id="place-search-go">Find</button>' in page
    assert "\U0001f50d" not in page
