"""The analyst's workspace through FastAPI's test client: the incidents list, the review
queue and bulk review, search in report text, the readable audit log, several governorates
and sorting."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

import pytest
from conftest import fixture_report, web_login
from conftest import web_csrf as csrf_of
from fastapi.testclient import TestClient
from sqlalchemy import update

from rasd.sources import Report
from rasd.store import Store
from rasd.store.schema import events
from rasd.store.users import create_user

PASSWORD = "a-long-test-password"


@pytest.fixture
def store(tmp_path) -> Iterator[Store]:  # type: ignore[no-untyped-def]
    """The tests' own reports: one strike told by two outlets, a shelling in Damascus."""
    opened = Store(str(tmp_path / "rasd.db"))
    for name, outlet, day in (("saraqeb_strike.txt", "outlet-a", 15),
                              ("saraqeb_second_outlet.txt", "outlet-b", 15),
                              ("douma_shelling.txt", "outlet-a", 20)):
        opened.ingest([Report(fixture_report(name), name, id=name, source=outlet,
                              published=dt.date(2019, 6, day))])
    for role in ("viewer", "reviewer"):
        create_user(opened.engine, role, PASSWORD, role)
    yield opened
    opened.engine.dispose()


def login(store: Store, username: str) -> TestClient:
    return web_login(store, username, PASSWORD)


def ids_in(html: str, attribute: str) -> list[int]:
    return [int(n) for n in re.findall(rf'{attribute}="(\d+)"', html)]


def test_incidents_page_filters_sorts_counts(store: Store) -> None:
    client = login(store, "viewer")
    every = client.get("/api/v1/incidents").json()
    assert every["total"] == len(every["incidents"]) >= 3
    page = client.get("/incidents")
    assert page.status_code == 200
    assert sorted(ids_in(page.text, "data-incident-id")) == sorted(
        i["incident_id"] for i in every["incidents"])
    assert f'data-total="{every["total"]}"' in page.text
    twice = client.get("/incidents", params={"min_sources": 2})
    shown = ids_in(twice.text, "data-incident-id")
    told_twice = [i for i in every["incidents"] if i["source_count"] >= 2]
    assert told_twice and shown == [i["incident_id"] for i in told_twice]
    assert "outlet-a" in twice.text and "outlet-b" in twice.text  # its sources, with figures
    idleb = client.get("/incidents", params={"admin1": "Idleb"}).text
    assert set(re.findall(r'data-admin1="([^"]*)"', idleb)) == {"Idleb"}
    several = client.get("/incidents", params=[("admin1", "Idleb"), ("admin1", "Rural Damascus"),
                                               ("admin1", "Hama")]).text
    assert len(ids_in(several, "data-incident-id")) > len(ids_in(idleb, "data-incident-id"))
    deadliest = client.get("/api/v1/incidents", params={"sort": "-fatalities"}).json()
    killed = [i["fatalities"] for i in deadliest["incidents"]]
    assert killed == sorted(killed, reverse=True) and killed[0] > 0
    assert client.get("/incidents", params={"sort": "secret"}).status_code == 422
    assert client.get("/incidents", params={"min_sources": "0"}).status_code == 422
    paged = client.get("/api/v1/incidents", params={"limit": 1, "offset": 1}).json()
    assert paged["total"] == every["total"] and len(paged["incidents"]) == 1
    assert paged["incidents"][0]["incident_id"] == every["incidents"][1]["incident_id"]


def test_queue_walks_lowest_confidence_first(store: Store) -> None:
    client = login(store, "reviewer")
    rows = client.get("/api/v1/events", params={"sort": "id"}).json()["events"]
    ids = [r["event_id"] for r in rows]
    with store.engine.begin() as connection:
        for rank, event_id in enumerate(reversed(ids)):
            connection.execute(update(events).where(events.c.id == event_id)
                               .values(confidence=0.1 + rank / 100))
    first = client.get("/queue", follow_redirects=False)
    assert first.headers["location"] == f"/events/{ids[-1]}"  # the least sure
    page = client.get(first.headers["location"]).text
    assert "j or n next" in page and 'id="queue-next"' in page
    csrf = csrf_of(client)
    accepted = client.post(f"/events/{ids[-1]}/review", follow_redirects=False,
                           data={"csrf": csrf, "action": "accept", "then": "next"})
    assert accepted.headers["location"] == f"/queue?after={ids[-1]}"
    assert client.get(accepted.headers["location"], follow_redirects=False
                      ).headers["location"] == f"/events/{ids[-2]}"
    back = client.get(f"/queue?after={ids[-3]}&back=1", follow_redirects=False)
    assert back.headers["location"] == f"/events/{ids[-2]}"
    assert client.get("/api/v1/queue/next").json()["event_id"] == ids[-2]


def test_queue_keeps_the_events_filters(store: Store) -> None:
    """From a filtered list, the queue, the event page's links and accept-then-next stay
    within the filter, and its end goes back to the filtered list."""
    client = login(store, "reviewer")
    rows = client.get("/api/v1/events", params={"sort": "id"}).json()["events"]
    wanted = {r["event_id"] for r in rows
              if r["admin1"] == "Idleb" and r["review_state"] == "unreviewed"}
    assert wanted and len(wanted) < len(rows)
    dashboard = client.get("/", params={"admin1": "Idleb"}).text
    assert 'href="/queue?admin1=Idleb"' in dashboard
    location = client.get("/queue?admin1=Idleb", follow_redirects=False).headers["location"]
    seen, csrf = [], csrf_of(client)
    while location.startswith("/events/"):
        path, _, kept = location.partition("?")
        assert kept == "admin1=Idleb"
        event_id = int(path.rsplit("/", 1)[1])
        seen.append(event_id)
        page = client.get(location).text
        assert f'href="/queue?after={event_id}&amp;admin1=Idleb"' in page
        done = client.post(f"/events/{event_id}/review?admin1=Idleb", follow_redirects=False,
                           data={"csrf": csrf, "action": "accept", "then": "next"})
        assert done.headers["location"] == f"/queue?after={event_id}&admin1=Idleb"
        location = client.get(done.headers["location"],
                              follow_redirects=False).headers["location"]
    assert set(seen) == wanted and len(seen) == len(wanted)
    assert location == "/?review_state=unreviewed&admin1=Idleb"
    api = client.get("/api/v1/queue/next", params={"admin1": "Idleb"}).json()
    assert api["event_id"] is None  # all of Idleb's reviewed; others are still waiting
    assert client.get("/api/v1/queue/next").json()["event_id"] not in (None, *wanted)


def test_bulk_review_needs_csrf_and_is_audited(store: Store) -> None:
    client = login(store, "reviewer")
    ids = [r["event_id"] for r in client.get("/api/v1/events").json()["events"]][:2]
    form = {"event_id": [str(i) for i in ids], "action": "reject"}
    assert client.post("/events/review", data=form).status_code == 403
    csrf = csrf_of(client)
    done = client.post("/events/review", data={**form, "csrf": csrf,
                                               "back": "?sort=-fatalities"},
                       follow_redirects=False)
    assert done.status_code == 303 and done.headers["location"] == "/?sort=-fatalities"
    for event_id in ids:
        assert client.get(f"/api/v1/events/{event_id}").json()["review_state"] == "rejected"
    audit = client.get("/api/v1/audit", params={"action": "reject", "actor": "reviewer"}).json()
    assert sorted(e["row_id"] for e in audit["entries"]) == sorted(ids)
    viewer = login(store, "viewer")
    refused = viewer.post("/events/review", data={**form, "csrf": csrf_of(viewer)})
    assert refused.status_code == 403


def test_search_in_report_text_from_the_web(store: Store) -> None:
    client = login(store, "viewer")
    douma = {r["event_id"] for r in client.get("/api/v1/events").json()["events"]
             if r["location_name"] == "دوما"}
    assert douma
    for params in ({"text": "بقذائف الهاون"}, {"q": "مقتل إمرأتين"}):
        found = client.get("/api/v1/events", params=params).json()
        assert {r["event_id"] for r in found["events"]} == douma, params
    page = client.get("/", params={"text": "مدينه دوما"}).text
    assert set(ids_in(page, "data-event-id")) == douma


def test_audit_page_is_readable_paged_and_filtered(store: Store) -> None:
    client = login(store, "reviewer")
    event = client.get("/api/v1/events").json()["events"][0]
    csrf = csrf_of(client)
    client.post(f"/events/{event['event_id']}/review", data={
        "csrf": csrf, "action": "edit", "notes": "قصف مدفعي على الحي",
        "fatalities": str(event["fatalities"] + 1), "event_type": event["event_type"],
        "sub_event_type": event["sub_event_type"]})
    page = client.get("/audit").text
    assert "قصف مدفعي على الحي" in page and "\\u0642" not in page
    assert 'data-action="ingest"' not in page  # people's actions by default
    assert 'data-action="edit"' in page
    everything = client.get("/audit", params={"everything": "true"}).text
    assert everything.count('data-action="ingest"') == 3
    only = client.get("/audit", params={"action": "ingest"}).text
    assert only.count('data-action="ingest"') == 3 and 'data-action="edit"' not in only
    assert 'data-action="edit"' not in client.get("/audit", params={"actor": "nobody"}).text
    assert client.get("/audit", params={"table": "documents"}).status_code == 200
    api = client.get("/api/v1/audit", params={"people_only": True, "table": "events"}).json()
    assert api["total"] == 1 and api["entries"][0]["action"] == "edit"
    people = client.get("/api/v1/audit", params={"people_only": True}).json()["total"]
    paged = client.get("/api/v1/audit", params={"limit": 2, "offset": 2}).json()
    assert paged["total"] == people + 3 and len(paged["entries"]) == 2


def test_dashboard_counts_sorts_and_takes_several_governorates(store: Store) -> None:
    client = login(store, "viewer")
    every = client.get("/api/v1/events", params={"limit": 1}).json()
    total = every["total"]
    assert total > 1 and every["count"] == 1
    page = client.get("/").text
    assert f'data-total="{total}"' in page
    both = client.get("/", params=[("admin1", "Idleb"), ("admin1", "Rural Damascus")]).text
    assert set(re.findall(r'data-admin1="([^"]*)"', both)) == {"Idleb", "Rural Damascus"}
    assert 'value="Idleb" selected' in both and 'value="Rural Damascus" selected' in both
    api = client.get("/api/v1/events", params={"sort": "-fatalities"}).json()["events"]
    assert [r["fatalities"] for r in api] == sorted((r["fatalities"] for r in api),
                                                    reverse=True)
    assert 'href="?sort=-fatalities"' in client.get("/", params={"sort": "fatalities"}).text
    assert client.get("/api/v1/events", params={"sort": "password"}).status_code == 422


def test_events_without_a_point_are_counted_and_listed(store: Store) -> None:
    client = login(store, "viewer")
    every = client.get("/api/v1/events", params={"limit": 1000}).json()["events"]
    without = {r["event_id"] for r in every if r["latitude"] is None}
    assert without and len(without) < len(every)
    page = client.get("/").text
    assert f'id="unmapped" data-count="{len(without)}"' in page
    listed = client.get("/", params={"mapped": "no"}).text
    assert set(ids_in(listed, "data-event-id")) == without
    assert 'id="unmapped"' not in listed
    api = client.get("/api/v1/events", params={"mapped": "yes", "limit": 1000}).json()
    assert {r["event_id"] for r in api["events"]} == {r["event_id"] for r in every} - without
    assert client.get("/", params={"mapped": "perhaps"}).status_code == 422
