"""The gazetteer index is rebuilt when the content of its sources or additions changes,
never because they sit at another path or were copied (two checkouts sharing one index)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from conftest import gazetteer_sources

from rasd.geo.gazetteer import _stale_reason, shipped_additions


@pytest.fixture
def index(gazetteer_index: Path | None) -> Path:
    assert gazetteer_index is not None
    return gazetteer_index


def _copies(folder: Path) -> list[Path]:
    """rasd's shipped additions as another checkout has them: same bytes, new path and
    date."""
    folder.mkdir()
    return [Path(shutil.copy(path, folder / path.name)) for path in shipped_additions()]


def test_another_checkout_does_not_make_it_stale(index: Path, tmp_path: Path) -> None:
    sources = gazetteer_sources()
    assert _stale_reason(index, shipped_additions(), sources) is None
    assert _stale_reason(index, _copies(tmp_path / "a"), sources) is None
    assert _stale_reason(index, _copies(tmp_path / "b"), sources) is None


def test_edited_additions_make_it_stale(index: Path, tmp_path: Path) -> None:
    copies = _copies(tmp_path / "edited")
    with copies[0].open("a", encoding="utf-8") as handle:
        handle.write("# a comment changes the bytes\n")
    assert _stale_reason(index, copies, None) == "the place additions changed"
    assert _stale_reason(index, list(reversed(_copies(tmp_path / "swapped"))), None) == (
        "the place additions changed")  # later additions win, so order counts
    assert "missing" in str(_stale_reason(index, [tmp_path / "nowhere.csv"], None))


def test_changed_sources_make_it_stale(index: Path, tmp_path: Path) -> None:
    sources = Path(shutil.copytree(gazetteer_sources(), tmp_path / "sources"))
    assert _stale_reason(index, shipped_additions(), sources) is None  # copied: same bytes
    target = sources / "whosonfirst_sy" / "wof_sy_places.csv"
    data = bytearray(target.read_bytes())
    data[-2:-1] = b" " if data[-2:-1] != b" " else b"\n"  # same size, other bytes
    target.write_bytes(bytes(data))
    assert "wof_sy_places.csv changed" in str(_stale_reason(index, shipped_additions(),
                                                            sources))
    target.unlink()
    assert "is gone" in str(_stale_reason(index, shipped_additions(), sources))
