"""Shared fixtures. The unit tests read rasd's own test data (`tests/fixtures`: a small
gazetteer and reports written for the tests) and run in a bare clone. Tests of the real
corpus, gold and full gazetteer read `../shared` in place (never copied), found one way
(`rasd.shared.shared_path`, which honours `$RASD_SHARED`), and skip cleanly without it."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from rasd.shared import shared_path

REPO = Path(__file__).resolve().parents[1]
FIXTURES = REPO / "tests" / "fixtures"
FIXTURE_GAZETTEER = FIXTURES / "gazetteer"
FIXTURE_REPORTS = FIXTURES / "reports"
GAZETTEER = pytest.StashKey[Path]()

_CORPUS = shared_path("corpus")
SHARED = _CORPUS.parent if _CORPUS is not None else None
FOUNDING = SHARED / "corpus" / "000_6d2386d4a06acd42.txt" if SHARED else None
needs_shared = pytest.mark.skipif(SHARED is None, reason="../shared (corpus, gazetteer) not found")


def fixture_report(name: str) -> str:
    """One of the short reports written for the tests (`tests/fixtures/reports`)."""
    return (FIXTURE_REPORTS / name).read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def founding_text() -> str:
    if FOUNDING is None or not FOUNDING.is_file():
        pytest.skip("founding report not found")
    return FOUNDING.read_text(encoding="utf-8")


def gazetteer_sources() -> Path:
    """The real sources when `../shared` has them, else the tests' own small gazetteer."""
    real = shared_path("data", "gazetteer")
    return real if real is not None else FIXTURE_GAZETTEER


def pytest_configure(config: pytest.Config) -> None:
    """Build the gazetteer into a temporary file and point rasd at it, before collection:
    a test module may build an extractor while it is collected, and it must not load the
    user's own index (or find none)."""
    from rasd.geo.build import build_gazetteer
    from rasd.geo.gazetteer import shipped_additions

    folder = Path(tempfile.mkdtemp(prefix="rasd-test-gazetteer-"))
    config.add_cleanup(lambda: shutil.rmtree(folder, ignore_errors=True))
    target = folder / "gazetteer.sqlite"
    build_gazetteer(gazetteer_sources(), target, shipped_additions())
    os.environ["RASD_GAZETTEER"] = str(target)
    config.stash[GAZETTEER] = target


@pytest.fixture(scope="session")
def gazetteer_index(pytestconfig: pytest.Config) -> Path:
    """The index every test reads (built in `pytest_configure`)."""
    return pytestconfig.stash[GAZETTEER]


@pytest.fixture(scope="module")
def runner() -> CliRunner:
    return CliRunner()


def clean(result: Result) -> Result:
    """No traceback, no exception other than the command's own exit."""
    assert "Traceback" not in result.output, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), (
        repr(result.exception))
    return result


@pytest.fixture
def rules_only(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[None]:
    """rasd with no model file: the rules decide alone. For tests of what comes after
    extraction (grouping, review), whose reports must not depend on the model's cut."""
    from rasd import api
    from rasd.extract import decide

    monkeypatch.setenv("RASD_MODEL", str(tmp_path / "no-model.npz"))
    decide.default_decider.cache_clear()
    api.default_extractor.cache_clear()
    yield
    monkeypatch.delenv("RASD_MODEL")
    decide.default_decider.cache_clear()
    api.default_extractor.cache_clear()


def web_login(store: object, username: str, password: str) -> object:
    """A dashboard test client logged in as `username` (the web extra is imported here, so
    a light install still collects the tests that do not need it)."""
    import re

    from fastapi.testclient import TestClient

    from rasd.web.app import create_app

    client = TestClient(create_app(store.engine),  # type: ignore[attr-defined]
                        base_url="https://testserver")
    page = client.get("/login")
    token = re.search(r'name="csrf" value="([^"]+)"', page.text).group(1)  # type: ignore[union-attr]
    response = client.post("/login", data={"username": username, "password": password,
                                           "csrf": token, "next": "/"})
    assert response.status_code == 200 and response.url.path == "/", response.text[:300]
    return client


def web_csrf(client: object) -> str:
    """The CSRF token of a logged-in test client's session (from its account page)."""
    import re

    page = client.get("/account").text  # type: ignore[attr-defined]
    return re.search(r'data-csrf="([^"]+)"', page).group(1)  # type: ignore[union-attr]
