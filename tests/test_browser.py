"""End to end in a real browser: Playwright drives Debian's Chromium against `rasd serve`
on loopback, over a database holding the founding report and the research corpus.

scripts/test installs Chromium (Debian's `chromium` package); without it these tests are
skipped locally and fail under CI."""

from __future__ import annotations

import datetime as dt
import json
import os
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import SHARED

from rasd.sources import Report, read_inputs
from rasd.store import Store
from rasd.store.users import create_user

CHROMIUM = Path(os.environ.get("RASD_CHROMIUM", "/usr/bin/chromium"))
PASSWORD = "a-long-browser-password"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update",
                 "--disable-sync"]

if not CHROMIUM.exists():
    if os.environ.get("CI"):
        raise RuntimeError(f"{CHROMIUM} is missing: scripts/test installs Debian's chromium")
    pytest.skip("Chromium is not installed (scripts/test installs it)",
                allow_module_level=True)

sync_api = pytest.importorskip("playwright.sync_api")


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory, founding_text: str) -> Iterator[str]:
    import uvicorn

    from rasd.web.app import create_app

    store = Store(str(tmp_path_factory.mktemp("browser") / "rasd.db"))
    items: list = [Report(founding_text, "000.txt", id="founding", source="founding",
                          published=dt.date(2019, 5, 11))]
    store.ingest(items)
    if SHARED:
        store.ingest(read_inputs([SHARED / "corpus" / "saudinewsnet_syria" /
                                  "documents.jsonl"]))
    create_user(store.engine, "reviewer", PASSWORD, "reviewer")
    port = _free_port()
    config = uvicorn.Config(create_app(store.engine), host="127.0.0.1", port=port,
                            log_level="warning")
    running = uvicorn.Server(config)
    thread = threading.Thread(target=running.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not running.started and time.monotonic() < deadline:
        time.sleep(0.05)
    assert running.started, "the server did not start"
    yield f"http://127.0.0.1:{port}"
    running.should_exit = True
    thread.join(10)
    store.engine.dispose()


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    with sync_api.sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True,
                                              args=CHROMIUM_ARGS)
        yield launched
        launched.close()


@pytest.fixture
def page(browser, server: str):  # type: ignore[no-untyped-def]
    context = browser.new_context(base_url=server, viewport={"width": 1400, "height": 1000})
    opened = context.new_page()
    yield opened
    context.close()


def log_in(page) -> None:  # type: ignore[no-untyped-def]
    page.goto("/")
    assert "/login" in page.url
    page.fill("input[name=username]", "reviewer")
    page.fill("input[name=password]", PASSWORD)
    page.click("#login-form button[type=submit]")
    page.wait_for_url("**/")


def wait_for_map(page) -> int:  # type: ignore[no-untyped-def]
    page.wait_for_selector("#map[data-rendered=true]", timeout=30000)
    markers = int(page.get_attribute("#map", "data-markers") or 0)
    return markers


def test_review_flow(page) -> None:  # type: ignore[no-untyped-def]
    log_in(page)
    assert wait_for_map(page) > 0
    assert page.locator(".leaflet-marker-icon, .leaflet-interactive").count() > 0

    # Filter to one governorate: every row and the map follow.
    page.select_option("#filter-admin1", "Idleb")
    page.click("#apply-filters")
    page.wait_for_url("**admin1=Idleb**")
    admin1s = page.locator("#events-table tbody tr[data-event-id]").evaluate_all(
        "rows => rows.map(r => r.dataset.admin1)")
    assert admin1s and set(admin1s) == {"Idleb"}
    assert wait_for_map(page) > 0

    # Open an event: the report is right-to-left with its evidence highlighted.
    page.locator("#events-table tbody tr[data-event-id] a").first.click()
    page.wait_for_selector("mark.evidence")
    assert page.locator("mark.evidence").first.is_visible()
    assert page.get_attribute("#report", "dir") == "rtl"
    event_id = int(page.url.rstrip("/").rsplit("/", 1)[-1])

    # Correct its fatalities.
    page.fill("#edit-fatalities", "17")
    page.click("#save-edit")
    page.wait_for_selector("#review-state.state-edited")
    assert page.inner_text("#field-fatalities").strip() == "17"

    # The change is in the audit log ...
    page.goto("/audit")
    row = page.locator("#audit-log tr", has_text=f"event {event_id}").first
    assert "edit" in row.inner_text() and "17" in row.inner_text()

    # ... and in the export of reviewed events.
    exported = page.request.get("/api/v1/export?format=jsonl&reviewed_only=true").text()
    rows = [json.loads(line) for line in exported.splitlines()]
    assert any(r["event_id"] == event_id and r["fatalities"] == 17 for r in rows)


def test_map_screenshot_has_markers(page, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    log_in(page)
    markers = wait_for_map(page)
    assert markers > 50  # the corpus puts hundreds of events on the map
    drawn = page.locator("#map .leaflet-marker-icon, #map path.leaflet-interactive").count()
    assert drawn > 0, "no markers drawn"
    boundaries = page.locator("#map .leaflet-overlay-pane path").count()
    assert boundaries > 0, "no boundaries drawn"
    shot = tmp_path / "map.png"
    page.locator("#map").screenshot(path=str(shot))
    assert shot.stat().st_size > 20_000  # an empty grey box compresses to a few KB
    keep = os.environ.get("RASD_SCREENSHOTS")
    if keep:
        Path(keep).mkdir(parents=True, exist_ok=True)
        (Path(keep) / "map.png").write_bytes(shot.read_bytes())


CONTRAST = """el => {
  const rgb = s => s.match(/[\\d.]+/g).slice(0, 3).map(Number);
  const lum = c => { const [r, g, b] = c.map(v => { v /= 255;
    return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b; };
  const style = getComputedStyle(el);
  const a = lum(rgb(style.color)), b = lum(rgb(style.backgroundColor));
  return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
}"""


def test_logout_is_visible_and_offsets_read_in_order(page) -> None:  # type: ignore[no-untyped-def]
    log_in(page)
    logout = page.locator("header.top form[action='/logout'] button")
    assert logout.is_visible()
    assert logout.evaluate(CONTRAST) >= 4.5  # WCAG AA for text
    # In the Arabic interface, an evidence span's offsets still read start–end, left to right.
    page.goto("/lang/ar")
    page.goto("/")
    page.locator("#events-table tbody tr[data-event-id] a").first.click()
    offsets = page.locator("bdi.offsets").first
    assert offsets.evaluate("el => getComputedStyle(el).direction") == "ltr"
    start, end = (int(n) for n in offsets.inner_text().strip("[]").split("–"))
    assert start < end
    boxes = [offsets.evaluate(
        "(el, at) => { const r = document.createRange(); r.setStart(el.firstChild, at); "
        "r.setEnd(el.firstChild, at + 1); return r.getBoundingClientRect().x; }", at)
        for at in (1, len(str(start)) + 2)]  # the first digit of each number
    assert boxes[0] < boxes[1]  # the start is drawn left of the end


def _keep_screenshot(shot: Path, name: str) -> None:
    keep = os.environ.get("RASD_SCREENSHOTS")
    if keep:
        Path(keep).mkdir(parents=True, exist_ok=True)
        (Path(keep) / name).write_bytes(shot.read_bytes())


def test_incidents_page_filters(page, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    log_in(page)
    page.click("header.top nav a[href='/incidents']")
    page.wait_for_selector("#incidents-table")
    total = int(page.get_attribute("#total", "data-total") or 0)
    assert total > 0
    page.fill("#filter-min-sources", "2")
    page.click("#apply-filters")
    page.wait_for_url("**min_sources=2**")
    told = page.locator("#incidents-table tbody tr[data-incident-id]").evaluate_all(
        "rows => rows.map(r => Number(r.dataset.sources))")
    narrowed = int(page.get_attribute("#total", "data-total") or 0)
    assert told and all(n >= 2 for n in told)
    assert len(told) <= narrowed < total
    # Sorted by deaths, most first, from the column header.
    page.click("#incidents-table th a[data-sort=fatalities]")
    page.click("#incidents-table th a[data-sort=fatalities]")
    page.wait_for_url("**sort=-fatalities**")
    killed = page.locator("#incidents-table tbody tr[data-incident-id] td:nth-child(6)"
                          ).all_inner_texts()
    assert killed and [int(k) for k in killed] == sorted((int(k) for k in killed), reverse=True)
    shot = tmp_path / "incidents.png"
    page.locator("#incidents-table").screenshot(path=str(shot))
    assert shot.stat().st_size > 10_000  # rows of text, not an empty table
    _keep_screenshot(shot, "incidents.png")
    # An incident's page lists its sources with their own figures.
    page.locator("#incidents-table tbody tr[data-incident-id] a").first.click()
    page.wait_for_selector("#incident-sources")
    assert page.locator("#incident-sources td.source-fatalities").count() >= 1


def test_map_has_a_legend_and_zooms_to_the_filtered_events(page) -> None:  # type: ignore[no-untyped-def]
    log_in(page)
    wait_for_map(page)
    legend = page.inner_text("#map-legend")
    assert "Battles" in legend and "Violence against civilians" in legend
    assert page.get_attribute("#map", "data-zoomed") is None  # all of Syria
    whole = float(page.get_attribute("#map", "data-zoom") or 0)
    assert whole > 0
    page.goto("/?admin1=Idleb")
    wait_for_map(page)
    assert page.get_attribute("#map", "data-zoomed") == "true"
    deadline = time.monotonic() + 5  # the zoom is animated
    while float(page.get_attribute("#map", "data-zoom") or 0) <= whole + 0.5:
        assert time.monotonic() < deadline, "the map did not zoom to Idleb's events"
        page.wait_for_timeout(100)


def test_unmapped_count_links_to_the_events_off_the_map(page) -> None:  # type: ignore[no-untyped-def]
    log_in(page)
    unmapped = int(page.get_attribute("#unmapped", "data-count") or 0)
    assert unmapped > 0 and page.locator("#unmapped").is_visible()
    page.click("#list-unmapped")
    page.wait_for_url("**mapped=no**")
    assert int(page.get_attribute("#total", "data-total") or 0) == unmapped
    shown = page.locator("#events-table tbody tr[data-event-id]").evaluate_all(
        "rows => rows.map(r => Number(r.dataset.eventId))")
    first = page.request.get(f"/api/v1/events/{shown[0]}").json()
    assert first["latitude"] is None


def test_walk_the_queue_with_the_keyboard(page) -> None:  # type: ignore[no-untyped-def]
    log_in(page)
    page.click("#next-unreviewed")
    page.wait_for_selector("#keys-help")
    assert "j or n next" in page.inner_text("#keys-help")
    first = int(page.get_attribute("#queue", "data-event-id") or 0)
    page.keyboard.press("j")
    page.wait_for_selector(f"#queue:not([data-event-id='{first}'])")
    second = int(page.get_attribute("#queue", "data-event-id") or 0)
    page.keyboard.press("k")
    page.wait_for_selector(f"#queue[data-event-id='{first}']")
    page.keyboard.press("a")  # accept, and on to the next unreviewed
    page.wait_for_selector(f"#queue[data-event-id='{second}']")
    assert page.request.get(f"/api/v1/events/{first}").json()["review_state"] == "accepted"
    page.keyboard.press("e")
    assert page.evaluate("document.activeElement.id") == "edit-fatalities"
    page.keyboard.press("a")  # typed into the field: not an accept
    assert page.request.get(f"/api/v1/events/{second}").json()["review_state"] == "unreviewed"


def test_bulk_reject(page) -> None:  # type: ignore[no-untyped-def]
    log_in(page)
    page.goto("/?review_state=unreviewed&sort=-confidence")
    rows = page.locator("#events-table tbody tr[data-event-id]")
    chosen = [int(rows.nth(i).get_attribute("data-event-id") or 0) for i in (0, 1)]
    for event_id in chosen:
        page.check(f"#events-table input.pick[value='{event_id}']")
    page.click("#bulk-reject")
    page.wait_for_load_state()
    page.wait_for_url("**review_state=unreviewed**")
    for event_id in chosen:
        assert page.request.get(f"/api/v1/events/{event_id}").json()["review_state"] == (
            "rejected")
        assert page.locator(f"#events-table tr[data-event-id='{event_id}']").count() == 0
    audit = page.request.get("/api/v1/audit?action=reject&actor=reviewer").json()
    assert set(chosen) <= {e["row_id"] for e in audit["entries"]}


def test_search_an_arabic_phrase_spelled_differently(page, founding_text: str
                                                      ) -> None:  # type: ignore[no-untyped-def]
    import re

    log_in(page)
    founding = {e["event_id"] for e in page.request.get(
        "/api/v1/events?limit=5000").json()["events"] if e["document"] == "founding"}
    assert founding
    words = re.findall(r"[\u0621-\u064a]+", founding_text)
    at = next(i for i, w in enumerate(words[:-1]) if w.endswith("ة") and len(words[i + 1]) > 2)
    phrase = f"{words[at][:-1]}ه {words[at + 1]}"  # ta marbuta written as ha
    assert phrase not in founding_text
    page.fill("#filter-text", phrase)
    page.click("#apply-filters")
    page.wait_for_url("**text=**")
    shown = {int(n) for n in page.locator("#events-table tbody tr[data-event-id]").evaluate_all(
        "rows => rows.map(r => r.dataset.eventId)")}
    assert founding <= shown | {e["event_id"] for e in page.request.get(
        "/api/v1/events?review_state=rejected&limit=5000").json()["events"]}
    assert shown and shown & founding


def test_audit_page_shows_arabic(page, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    log_in(page)
    page.goto("/?review_state=unreviewed")
    page.locator("#events-table tbody tr[data-event-id] a").first.click()
    page.fill("#edit-notes", "قصف مدفعي على حي الحمدانية")
    page.click("#save-edit")
    page.wait_for_selector("#review-state.state-edited")
    page.goto("/audit")
    table = page.inner_text("#audit-log")
    assert "قصف مدفعي على حي الحمدانية" in table and "\\u0642" not in table
    assert page.locator("#audit-log tr[data-action=ingest]").count() == 0
    page.check("#audit-everything")
    page.click("#apply-audit-filters")
    page.wait_for_url("**everything=true**")
    assert page.locator("#audit-log tr[data-action=ingest]").count() > 0
    page.select_option("#audit-action", "edit")
    page.click("#apply-audit-filters")
    page.wait_for_url("**action=edit**")
    actions = set(page.locator("#audit-log tr[data-action]").evaluate_all(
        "rows => rows.map(r => r.dataset.action)"))
    assert actions == {"edit"}
    shot = tmp_path / "audit.png"
    page.locator("#audit-log").screenshot(path=str(shot))
    assert shot.stat().st_size > 5_000
    _keep_screenshot(shot, "audit.png")


# ---- the map's layers, the timeline and the charts ----------------------------------------

NON_BLANK = """async (b64) => {
  const img = new Image();
  img.src = "data:image/png;base64," + b64;
  await img.decode();
  const canvas = document.createElement("canvas");
  canvas.width = img.width; canvas.height = img.height;
  const g = canvas.getContext("2d");
  g.drawImage(img, 0, 0);
  const px = g.getImageData(0, 0, canvas.width, canvas.height).data;
  let n = 0;
  for (let i = 0; i < px.length; i += 4) if (px[i] < 230 || px[i + 1] < 230 || px[i + 2] < 230) n++;
  return n;
}"""


def non_blank_pixels(page, shot: Path) -> int:  # type: ignore[no-untyped-def]
    """How many pixels of a PNG screenshot are not (near) white, counted by the browser."""
    import base64

    return int(page.evaluate(NON_BLANK, base64.b64encode(shot.read_bytes()).decode()))


def test_brushing_the_timeline_sets_the_dates_and_the_table_follows(page) -> None:  # type: ignore[no-untyped-def]
    log_in(page)
    page.wait_for_selector("#timeline[data-rendered=true] canvas")
    days = page.request.get("/api/v1/timeline").json()["days"]
    first, last = days[0]["date"], days[min(6, len(days) - 1)]["date"]
    page.locator("#timeline").scroll_into_view_if_needed()  # the mouse acts in the viewport
    box = page.locator("#timeline .u-over").bounding_box()
    assert box and box["width"] > 200
    left, right = page.evaluate(
        "([a, b]) => { const u = document.getElementById('timeline').rasdChart;"
        " return [u.valToPos(Date.parse(a) / 1000, 'x'), u.valToPos(Date.parse(b) / 1000, 'x')]; }",
        [first, last])
    y = box["y"] + box["height"] / 2
    page.mouse.move(box["x"] + max(0, left - 2), y)
    page.mouse.down()
    page.mouse.move(box["x"] + (left + right) / 2, y, steps=4)
    page.mouse.move(box["x"] + right + 2, y, steps=4)
    page.mouse.up()
    page.wait_for_url("**since=**")
    since = page.input_value("input[name=since]")
    until = page.input_value("input[name=until]")
    assert since and until and since <= until
    assert (dt.date.fromisoformat(until) - dt.date.fromisoformat(since)).days < 60
    shown = page.locator("#events-table tbody tr[data-event-id] td:nth-child(3)").all_inner_texts()
    assert shown and all(since <= day <= until for day in shown)
    total = int(page.get_attribute("#total", "data-total") or 0)
    assert 0 < total < sum(d["events"] for d in days)
    # The timeline now shows only the chosen days (zoomed in), and a link gives them all back.
    page.wait_for_selector("#timeline[data-rendered=true] canvas")
    assert 0 < int(page.get_attribute("#timeline", "data-days") or 0) <= len(days)
    page.click("#timeline-reset")
    page.wait_for_selector("#timeline[data-rendered=true]")
    assert "since=" not in page.url


def test_region_level_events_are_drawn_at_their_governorate(page) -> None:  # type: ignore[no-untyped-def]
    log_in(page)
    wait_for_map(page)
    assert int(page.get_attribute("#map", "data-regions") or 0) > 0
    regions = page.locator("#map path.region-marker")
    assert regions.count() > 0
    assert regions.first.get_attribute("stroke-dasharray")  # dashed, unlike an event's point
    assert page.locator("#legend-region").is_visible()
    assert "governorate" in page.inner_text("#legend-region")


def test_the_heat_map_of_deaths_toggles(page) -> None:  # type: ignore[no-untyped-def]
    log_in(page)
    wait_for_map(page)
    assert page.locator("#map canvas.leaflet-heatmap-layer").count() == 0  # off at first
    toggle = page.locator(".leaflet-control-layers-overlays label",
                          has_text="Deaths (heat map)").locator("input")
    toggle.check()
    page.wait_for_selector("#map[data-heat=on] canvas.leaflet-heatmap-layer")
    painted = page.evaluate(
        "() => { const c = document.querySelector('#map canvas.leaflet-heatmap-layer');"
        " const px = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;"
        " let n = 0; for (let i = 3; i < px.length; i += 4) if (px[i]) n++; return n; }")
    assert painted > 100
    toggle.uncheck()
    page.wait_for_selector("#map[data-heat=off]")
    assert page.locator("#map canvas.leaflet-heatmap-layer").count() == 0


def test_a_towns_name_appears_when_zoomed_in(page) -> None:  # type: ignore[no-untyped-def]
    log_in(page)
    wait_for_map(page)
    data = page.request.get("/api/v1/map/towns").json()
    towns = [dict(zip(data["columns"], row, strict=True)) for row in data["towns"]]
    town = next(t for t in towns if t["min_zoom"] >= 9 and t["name_en"])
    labels = page.locator("#map .town-label span", has_text=town["name_en"])
    assert float(page.get_attribute("#map", "data-zoom") or 0) < town["min_zoom"]
    assert labels.count() == 0
    page.evaluate("([lat, lon, zoom]) => { document.getElementById('map').rasdMap"
                  ".setView([lat, lon], zoom, { animate: false }); }",  # returns nothing to copy
                  [town["latitude"], town["longitude"], town["min_zoom"] + 1])
    labels.first.wait_for(state="visible")
    assert int(page.get_attribute("#map", "data-town-labels") or 0) > 0


def test_charts_render_in_both_languages(page, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    log_in(page)
    for chart in ("#timeline", "#deaths-admin1", "#deaths-actor"):
        page.wait_for_selector(f"{chart}[data-rendered=true] canvas")
        size = page.locator(f"{chart} canvas").first.evaluate("c => c.width * c.height")
        assert size > 10_000, chart
        shot = tmp_path / f"{chart[1:]}.png"
        page.locator(chart).screenshot(path=str(shot))
        assert non_blank_pixels(page, shot) > 2_000, chart  # bars, lines and axes drawn
        _keep_screenshot(shot, shot.name)
    assert int(page.get_attribute("#deaths-admin1", "data-series") or 0) >= 2
    legend = page.inner_text("#deaths-admin1 .u-legend")
    assert "Aleppo" in legend or "Idleb" in legend
    # The Arabic interface: Arabic words on the map and charts, in the bundled font.
    page.goto("/lang/ar")
    page.goto("/")
    wait_for_map(page)
    page.wait_for_selector("#deaths-actor[data-rendered=true] canvas")
    assert "معارك" in page.inner_text("#map-legend")
    assert "خريطة حرارية" in page.inner_text(".leaflet-control-layers-overlays")
    assert "القتلى" in page.inner_text("#timeline .u-legend")
    loaded = page.evaluate("async () => { await document.fonts.ready; return [...document.fonts]"
                           ".some(f => f.family.includes('Noto Naskh Arabic')"
                           " && f.status === 'loaded'); }")
    assert loaded, "the bundled Arabic font was not used"
    shot = tmp_path / "dashboard-ar.png"
    page.screenshot(path=str(shot), full_page=False)
    _keep_screenshot(shot, "dashboard-ar.png")
