"""The map's and the charts' JSON (region-level events at their governorate's centre, town
labels, the timeline by type, deaths over time) and fingerprinted static URLs, through
FastAPI's test client over events made for the test."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

import pytest
from conftest import web_login

from rasd.geo.gazetteer import load_default_gazetteer
from rasd.model import Event, Location
from rasd.sources import Report
from rasd.store import EventQuery, Store
from rasd.store.users import create_user

pytest.importorskip("fastapi")

PASSWORD = "a-long-test-password"


def _event(day: str, kind: str, killed: int, *, admin1: str, actor: str,
           place: tuple[str, float, float] | None = None) -> Event:
    if place is None:  # known only to its governorate: ACLED's geo_precision 3
        location = Location(name="", admin1=admin1, geo_precision=3)
    else:
        location = Location(name="سراقب", admin1=admin1, latitude=place[1],
                            longitude=place[2], geo_precision=1, gazetteer_id=place[0])
    return Event(kind, kind, day, 1, actor, None, location, fatalities=killed)


SARAQAB = ("C3916", 35.86, 36.8)
EVENTS = {
    "a": [_event("2019-06-01", "Battles", 5, admin1="Idleb", actor="Army", place=SARAQAB),
          _event("2019-06-01", "Explosions/Remote violence", 7, admin1="Idleb",
                 actor="Air force", place=SARAQAB)],
    "b": [_event("2019-06-03", "Battles", 2, admin1="Hama", actor="Army"),
          _event("2019-06-03", "Protests", 0, admin1="Idleb", actor="Protesters")],
}


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    opened = Store(str(tmp_path_factory.mktemp("charts") / "rasd.db"))
    reports = [Report(f"تقرير {key}", f"{key}.txt", id=key, source="outlet",
                      published=dt.date(2019, 6, 4)) for key in EVENTS]
    opened.ingest(reports, extract=lambda report: EVENTS[report.id])
    create_user(opened.engine, "viewer", PASSWORD, "viewer")
    yield opened
    opened.engine.dispose()


@pytest.fixture(scope="module")
def client(store: Store):  # type: ignore[no-untyped-def]
    return web_login(store, "viewer", PASSWORD)


def test_timeline_counts_each_days_events_by_type(client) -> None:  # type: ignore[no-untyped-def]
    days = client.get("/api/v1/timeline").json()["days"]
    assert days == [
        {"date": "2019-06-01", "events": 2, "fatalities": 12,
         "types": {"Battles": 1, "Explosions/Remote violence": 1}},
        {"date": "2019-06-03", "events": 2, "fatalities": 2,
         "types": {"Battles": 1, "Protests": 1}}]
    narrowed = client.get("/api/v1/timeline", params={"since": "2019-06-02"}).json()
    assert [d["date"] for d in narrowed["days"]] == ["2019-06-03"]


def test_deaths_over_time_by_governorate_and_actor(client) -> None:  # type: ignore[no-untyped-def]
    by_place = client.get("/api/v1/deaths", params={"by": "admin1"}).json()
    assert by_place["period"] == "day"
    assert by_place["dates"] == ["2019-06-01", "2019-06-02", "2019-06-03"]  # no gaps
    assert by_place["series"] == [
        {"name": "Idleb", "total": 12, "fatalities": [12, 0, 0]},
        {"name": "Hama", "total": 2, "fatalities": [0, 0, 2]}]
    by_actor = client.get("/api/v1/deaths", params={"by": "actor", "top": 1}).json()
    assert by_actor["series"] == [  # the rest summed under no name
        {"name": "Air force", "total": 7, "fatalities": [7, 0, 0]},
        {"name": None, "total": 7, "fatalities": [5, 0, 2]}]
    assert client.get("/api/v1/deaths", params={"by": "notes"}).status_code == 422


def test_long_spans_are_counted_by_week_or_month() -> None:
    from rasd.store.browse import _next_period, _period_start

    assert _period_start(dt.date(2019, 6, 5), "week") == dt.date(2019, 6, 3)  # a Monday
    assert _period_start(dt.date(2019, 6, 5), "month") == dt.date(2019, 6, 1)
    assert _next_period(dt.date(2019, 12, 1), "month") == dt.date(2020, 1, 1)
    assert _next_period(dt.date(2019, 1, 31), "day") == dt.date(2019, 2, 1)


def test_region_level_events_sit_at_their_governorates_centre(client, store: Store
                                                              ) -> None:  # type: ignore[no-untyped-def]
    regions = client.get("/api/v1/map/regions").json()["regions"]
    centre = load_default_gazetteer().admin1_centroid("Hama")
    hama = next(r for r in regions if r["admin1"] == "Hama")
    assert (hama["events"], hama["fatalities"]) == (1, 2)
    assert (hama["latitude"], hama["longitude"]) == pytest.approx(centre)
    assert {r["admin1"] for r in regions} == {"Hama", "Idleb"}
    only_idleb = client.get("/api/v1/map/regions", params={"admin1": "Idleb"}).json()
    assert [(r["admin1"], r["events"]) for r in only_idleb["regions"]] == [("Idleb", 1)]
    assert client.get("/api/v1/map/regions", params={"mapped": "yes"}).json() == {
        "regions": []}
    assert store.regions(EventQuery(min_fatalities=1)) == [
        {"admin1": "Hama", "events": 1, "fatalities": 2}]


def test_town_labels_are_seats_and_the_towns_of_events(client) -> None:  # type: ignore[no-untyped-def]
    data = client.get("/api/v1/map/towns").json()
    towns = [dict(zip(data["columns"], row, strict=True)) for row in data["towns"]]
    by_id = {t["id"]: t for t in towns}
    gazetteer = load_default_gazetteer()
    seats = [p for p in gazetteer if p.kind == "community" and p.capital_level in (0, 1)]
    assert seats and all(by_id[p.id]["min_zoom"] == 6 for p in seats)
    saraqab = by_id[SARAQAB[0]]
    assert saraqab["name_ar"] == gazetteer.get(SARAQAB[0]).name_ar  # type: ignore[union-attr]
    assert saraqab["min_zoom"] <= 10
    zooms = [t["min_zoom"] for t in towns]
    assert zooms == sorted(zooms)  # most prominent first


def test_static_urls_carry_a_fingerprint_and_only_those_are_immutable(client
                                                                      ) -> None:  # type: ignore[no-untyped-def]
    page = client.get("/").text
    urls = re.findall(r'(?:src|href)="(/static/[^"]+)"', page)
    assert urls and all(re.search(r"\?v=[0-9a-f]{16}$", url) for url in urls), urls
    assert any("uplot" in url for url in urls) and any("leaflet-heat" in url for url in urls)
    for url in urls:
        response = client.get(url)
        assert response.status_code == 200, url
        assert response.headers["cache-control"] == "public, max-age=31536000, immutable"
    plain = urls[0].split("?")[0]
    assert client.get(plain).headers["cache-control"] == "public, max-age=86400"
    stale = client.get(plain + "?v=0000000000000000")
    assert stale.headers["cache-control"] == "public, max-age=86400"
    assert client.get("/static/nothing.js?v=1").headers["cache-control"] != (
        "public, max-age=31536000, immutable")


def test_a_files_fingerprint_follows_its_content(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from rasd.web.assets import Assets

    (tmp_path / "vendor").mkdir()
    (tmp_path / "vendor" / "lib.js").write_text("one", encoding="utf-8")
    before = Assets(tmp_path).url("vendor/lib.js")
    version = before.split("?v=")[1]
    assert before.startswith("/static/vendor/lib.js?v=")
    assert Assets(tmp_path).is_current("/static/vendor/lib.js", version)
    (tmp_path / "vendor" / "lib.js").write_text("two", encoding="utf-8")
    changed = Assets(tmp_path)
    assert changed.url("vendor/lib.js") != before
    assert not changed.is_current("/static/vendor/lib.js", version)  # an old URL: short cache
    with pytest.raises(KeyError):
        changed.url("vendor/missing.js")
