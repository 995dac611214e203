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
