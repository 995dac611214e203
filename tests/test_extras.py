"""The light install: rasd imports and runs its core without the extras, and a command whose
extra is missing says which one to install, in one line, with exit code 2."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from conftest import clean
from typer.testing import CliRunner

from rasd import extras
from rasd.cli import app

HEAVY = ("fastapi", "uvicorn", "jinja2", "argon2", "dask", "distributed", "pyarrow", "fsspec",
         "trafilatura", "feedparser", "warcio", "psycopg", "playwright")


def test_the_core_imports_none_of_the_extras() -> None:
    code = ("import sys, rasd.cli, rasd.api, rasd.store, rasd.sources, rasd.eval, rasd.geo\n"
            f"heavy = {HEAVY!r}\n"
            "print(sorted({m.split('.')[0] for m in sys.modules} & set(heavy)))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout
    assert out.strip() == "[]"


@pytest.fixture
def without(monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    """Make an extra look uninstalled (one of its modules cannot be found)."""
    def hide(extra: str) -> None:
        monkeypatch.setitem(extras.EXTRAS, extra, (*extras.EXTRAS[extra], "rasd_no_such_mod"))
    return hide


@pytest.mark.parametrize(("args", "command", "extra"), [
    (["serve", "--db", "x.db"], "rasd serve", "web"),
    (["users", "list", "--db", "x.db"], "rasd users list", "web"),
    (["batch", "in.jsonl", "--out", "out"], "rasd batch", "batch"),
])
def test_a_command_names_its_missing_extra(without, args: list[str], command: str,  # type: ignore[no-untyped-def]
                                           extra: str, tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    without(extra)
    result = clean(CliRunner().invoke(app, args))
    assert result.exit_code == 2
    assert result.stderr.strip() == (
        f"error: {command} needs the {extra} extra: pip install 'rasd[{extra}]'")


def test_a_postgres_url_without_the_driver_names_the_extra(without) -> None:  # type: ignore[no-untyped-def]
    without("postgres")
    result = clean(CliRunner().invoke(app, ["events", "--db", "postgresql://u@127.0.0.1/x"]))
    assert result.exit_code == 2
    assert "pip install 'rasd[postgres]'" in result.stderr


def test_a_web_page_without_the_sources_extra_is_rejected_by_name(without,  # type: ignore[no-untyped-def]
                                                                 tmp_path: Path) -> None:
    from rasd.sources import Rejected, read_inputs

    without("sources")
    page = tmp_path / "page.html"
    page.write_text("<html><body><p>نص</p></body></html>", encoding="utf-8")
    items = list(read_inputs([page]))
    assert items == [Rejected(str(page), "reading html files needs the sources extra: "
                                         "pip install 'rasd[sources]'")]
