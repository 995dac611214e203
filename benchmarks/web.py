"""Measure the dashboard: API latency for filtered event queries over 100,000 events, and the
time to the first map render in Chromium.

    python benchmarks/web.py [--events 100000] [--postgres URL] [--requests 200]
                             [--sqlite PATH]

The corpus (`../shared/corpus/saudinewsnet_syria`) is ingested once, then its documents,
their search index rows and their events are replicated inside the database (each copy
shifted by some days, so filters still select a fraction) until there are at least
--events events. A database that already holds them (`--sqlite PATH` kept from a former
run) is used as it is. The API is served by uvicorn on loopback and queried over HTTP; the
first map render is timed in Chromium (when installed). Speed is measured here, never
asserted in tests.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

import httpx
from sqlalchemy import Connection, create_engine, func, insert, select, text

from rasd.shared import shared_path
from rasd.sources import read_inputs
from rasd.store import Store
from rasd.store.db import database_url
from rasd.store.schema import documents, events, metadata
from rasd.store.search import drop_index


def _copy_search_rows(connection: Connection, id_map: dict[int, int]) -> None:
    """The copies' search index rows, copied (not computed again: the text is the same)."""
    if connection.dialect.name == "sqlite":
        statement = text("INSERT INTO documents_fts (rowid, body) "
                         "SELECT :new, body FROM documents_fts WHERE rowid = :old")
    else:
        statement = text("INSERT INTO document_search (document_id, body) "
                         "SELECT :new, body FROM document_search WHERE document_id = :old")
    connection.execute(statement, [{"new": new, "old": old} for old, new in id_map.items()])


def seed(url: str, target: int) -> int:
    store = Store(url)
    engine = store.engine
    with engine.connect() as connection:
        count = connection.execute(select(func.count()).select_from(events)).scalar_one()
    if count >= target:
        return int(count)
    corpus = shared_path("corpus", "saudinewsnet_syria", "documents.jsonl")
    if corpus is None:
        raise SystemExit("the corpus is not in ../shared/corpus/saudinewsnet_syria")
    store.ingest(read_inputs([corpus]))
    with engine.begin() as connection:
        base_docs = connection.execute(select(documents)).mappings().all()
        base_events = connection.execute(select(events)).mappings().all()
    if not base_events:
        raise SystemExit("the corpus gave no events to replicate")
    copy = 0
    total = len(base_events)
    while total < target:
        copy += 1
        shift = copy * 3
        with engine.begin() as connection:
            id_map = {}
            for doc in base_docs:
                row = {k: v for k, v in doc.items() if k != "id"}
                row["content_hash"] = f"{doc['content_hash'][:56]}{copy:08d}"
                row["doc_key"] = f"{doc['doc_key']}-{copy}"
                id_map[doc["id"]] = connection.execute(insert(documents).values(**row)
                                                       ).inserted_primary_key[0]
            rows = []
            for event in base_events:
                row = {k: v for k, v in event.items() if k != "id"}
                row["document_id"] = id_map[event["document_id"]]
                if row["event_date"]:
                    row["event_date"] = row["event_date"] + dt.timedelta(days=shift)
                rows.append(row)
            connection.execute(insert(events), rows)
            _copy_search_rows(connection, id_map)
        total += len(base_events)
    with engine.begin() as connection:
        count = connection.execute(select(func.count()).select_from(events)).scalar_one()
        if connection.dialect.name == "postgresql":
            # Statistics for the planner now, as autovacuum would after a bulk load.
            connection.execute(text("ANALYZE"))
    engine.dispose()
    return int(count)


def serve(url: str, port: int):  # type: ignore[no-untyped-def]
    import uvicorn

    from rasd.web.app import create_app

    store = Store(url)
    server = uvicorn.Server(uvicorn.Config(create_app(store), host="127.0.0.1",
                                           port=port, log_level="warning"))
    threading.Thread(target=server.run, daemon=True).start()
    while not server.started:
        time.sleep(0.05)
    return store, server


def _percentiles(timings: list[float]) -> dict[str, float]:
    timings = sorted(timings)
    return {"p50_ms": round(statistics.median(timings), 1),
            "p95_ms": round(timings[max(0, int(len(timings) * 0.95) - 1)], 1),
            "max_ms": round(timings[-1], 1)}


def latency(base: str, token: str, requests: int) -> dict[str, object]:
    """p50/p95/max of filtered requests: the events list (the headline figure), and the
    map points and the timeline the dashboard asks for with the same filters."""
    governorates = ["Aleppo", "Idleb", "Hama", "Rural Damascus", "Homs", "Dar'a"]
    rng = random.Random(7)
    timings: dict[str, list[float]] = {"events": [], "map_points": [], "timeline": []}
    paths = {"events": "/api/v1/events", "map_points": "/api/v1/map/points",
             "timeline": "/api/v1/timeline"}
    with httpx.Client(base_url=base, headers={"Authorization": f"Bearer {token}"},
                      timeout=60) as client:
        for number in range(requests):
            params = {"admin1": rng.choice(governorates), "since": "2015-08-01",
                      "until": "2015-12-31", "min_fatalities": rng.choice(["0", "1", "5"])}
            for name, path in paths.items():
                if name != "events" and number % 4:
                    continue  # a quarter as many of the others
                started = time.perf_counter()
                response = client.get(path, params={**params, "limit": "100"}
                                      if name == "events" else params)
                timings[name].append((time.perf_counter() - started) * 1000)
                response.raise_for_status()
    result: dict[str, object] = dict(_percentiles(timings.pop("events")))
    for name, taken in timings.items():
        result[name] = _percentiles(taken)
    return result


def first_map_render(base: str, username: str, password: str) -> dict[str, float] | None:
    """Seconds to the map's first render (the `rasd-map-rendered` mark, on the page's own
    clock): `after_login_s` from submitting the log-in form (its Argon2 check, the redirect,
    the dashboard), and `dashboard_s` from opening the dashboard, logged in, in a fresh
    browser context (nothing cached: every script, outline and point is fetched)."""
    chromium = Path("/usr/bin/chromium")
    if not chromium.exists():
        return None
    from playwright.sync_api import sync_playwright

    def rendered(page) -> float:  # type: ignore[no-untyped-def]
        page.wait_for_selector("#map[data-rendered=true]", timeout=120000)
        return round(page.evaluate(
            "performance.getEntriesByName('rasd-map-rendered')[0].startTime") / 1000, 2)

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(chromium), args=[
            "--no-sandbox", "--disable-gpu", "--disable-background-networking"])
        first = browser.new_context(base_url=base)
        page = first.new_page()
        page.goto("/login")
        page.fill("input[name=username]", username)
        page.fill("input[name=password]", password)
        page.click("#login-form button[type=submit]")
        page.wait_for_url("**/")
        after_login = rendered(page)
        fresh = browser.new_context(base_url=base)
        fresh.add_cookies(first.cookies())
        page = fresh.new_page()
        page.goto("/")
        dashboard = rendered(page)
        browser.close()
    return {"after_login_s": after_login, "dashboard_s": dashboard}


def run(url: str, target: int, requests: int, port: int) -> dict[str, object]:
    count = seed(url, target)
    store, server = serve(url, port)
    if store.user("bench") is None:
        store.create_user("bench", "benchmark-password", "viewer")
    bench = store.user("bench")
    assert bench is not None
    token = store.create_token(bench, "benchmark")
    base = f"http://127.0.0.1:{port}"
    result: dict[str, object] = {"events": count, **latency(base, token, requests)}
    result["first_map_render_s"] = first_map_render(base, "bench", "benchmark-password")
    server.should_exit = True
    store.engine.dispose()
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument("--postgres", default=os.environ.get("RASD_TEST_POSTGRES"))
    parser.add_argument("--sqlite", help="a SQLite file to seed or reuse (default: a "
                                         "temporary one)")
    parser.add_argument("--keep-postgres", action="store_true",
                        help="reuse what the PostgreSQL database holds")
    args = parser.parse_args()
    results: dict[str, object] = {}
    if args.sqlite:
        results["sqlite"] = run(args.sqlite, args.events, args.requests, 8911)
    else:
        with tempfile.TemporaryDirectory() as tmp:
            results["sqlite"] = run(str(Path(tmp) / "web.db"), args.events, args.requests,
                                    8911)
    print(json.dumps({"sqlite": results["sqlite"]}), file=sys.stderr, flush=True)
    if args.postgres:
        if not args.keep_postgres:
            engine = create_engine(database_url(args.postgres))
            with engine.begin() as connection:
                drop_index(connection)  # the search index depends on documents
                metadata.drop_all(connection)
                connection.execute(text("DROP TABLE IF EXISTS alembic_version"))
            engine.dispose()
        results["postgresql"] = run(args.postgres, args.events, args.requests, 8912)
        print(json.dumps({"postgresql": results["postgresql"]}), file=sys.stderr, flush=True)
    print(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
