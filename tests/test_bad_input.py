"""Reports that are empty, binary, undecodable, in an old Arabic code page, or report nothing:
through the API and the CLI, each gives a clear message or a clear empty answer, never a
traceback, and one broken file never stops the others."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from conftest import FIXTURE_REPORTS, clean
from typer.testing import CliRunner, Result

import rasd
from rasd.cli import app
from rasd.errors import InputError

PUBLISHED = "2019-06-15"
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00\x00\x00\rIHDR" + b"\x00" * 64
LATIN1 = "Café crème brûlée, déjà vu à la façon française.\n".encode("latin-1")
NOTHING_HAPPENED = "الطقس معتدل اليوم في دمشق.\n"

BROKEN: dict[str, Callable[[Path], Path]] = {}


def broken(kind: str) -> Callable[[Callable[[Path], Path]], Callable[[Path], Path]]:
    def register(make: Callable[[Path], Path]) -> Callable[[Path], Path]:
        BROKEN[kind] = make
        return make
    return register


@broken("empty")
def _empty(folder: Path) -> Path:
    path = folder / "empty.txt"
    path.write_bytes(b"")
    return path


@broken("blank")
def _blank(folder: Path) -> Path:
    path = folder / "blank.txt"
    path.write_bytes(b" \r\n\n\t \n")
    return path


@broken("binary")
def _binary(folder: Path) -> Path:
    path = folder / "picture.png"
    path.write_bytes(PNG)
    return path


@broken("latin-1")
def _latin(folder: Path) -> Path:
    path = folder / "french.txt"
    path.write_bytes(LATIN1)
    return path


@broken("missing")
def _missing(folder: Path) -> Path:
    return folder / "no_such_report.txt"


@broken("directory")
def _directory(folder: Path) -> Path:
    path = folder / "a_folder.txt"
    path.mkdir()
    return path




def squeezed(text: str) -> str:
    """Text without whitespace, so a name a terminal writer folded over lines still shows."""
    return "".join(text.split())


# A report written for the tests, with three events (every character in Windows-1256).
REPORT = FIXTURE_REPORTS / "saraqeb_strike.txt"


def report_text() -> str:
    return REPORT.read_text(encoding="utf-8")


# --------------------------------------------------------------------------- API


@pytest.mark.parametrize("kind", sorted(BROKEN))
def test_api_refuses_with_the_file_named(tmp_path: Path, kind: str) -> None:
    path = BROKEN[kind](tmp_path)
    with pytest.raises(InputError) as info:
        rasd.extract_file(path, PUBLISHED)
    assert path.name in str(info.value)


def test_api_reads_windows_1256_like_utf8(tmp_path: Path) -> None:
    text = report_text()
    utf8, cp1256 = tmp_path / "utf8.txt", tmp_path / "cp1256.txt"
    utf8.write_bytes(text.encode("utf-8"))
    cp1256.write_bytes(text.encode("cp1256"))
    expected = rasd.extract_file(utf8, PUBLISHED)
    got = rasd.extract_file(cp1256, PUBLISHED)
    assert got.document.encoding == "cp1256"
    assert got.document.text == text
    assert expected.events, "the report tells strikes; rasd found no event"
    assert got.to_dict()["events"] == expected.to_dict()["events"]


def test_api_text_without_events_gives_an_empty_list(tmp_path: Path) -> None:
    assert rasd.extract(NOTHING_HAPPENED, published=PUBLISHED).events == []
    path = tmp_path / "weather.txt"
    path.write_text(NOTHING_HAPPENED, encoding="utf-8")
    result = rasd.extract_file(path, PUBLISHED)
    assert result.to_dict()["events"] == []


# --------------------------------------------------------------------------- CLI


def extract(runner: CliRunner, *paths: Path | str, fmt: str = "json",
            stdin: bytes | None = None) -> Result:
    args = ["extract", *map(str, paths), "--published", PUBLISHED, "--format", fmt]
    return clean(runner.invoke(app, args, input=stdin))


@pytest.mark.parametrize("kind", sorted(BROKEN))
def test_cli_refuses_with_the_file_named(runner: CliRunner, tmp_path: Path, kind: str) -> None:
    path = BROKEN[kind](tmp_path)
    result = extract(runner, path)
    assert result.exit_code == 1
    assert path.name in squeezed(result.stderr)
    assert result.stdout.strip() in ("", "[]")  # nothing read, nothing printed


def test_cli_names_a_long_path_on_one_line(runner: CliRunner, tmp_path: Path) -> None:
    """A path in a message is something to copy or grep: it must not be folded over lines,
    however deep the folder (a stderr that is not a terminal is 80 columns to rich)."""
    folder = tmp_path / "reports_received_from_the_field_office" / "2019-06" / "unsorted"
    folder.mkdir(parents=True)
    path = _binary(folder)
    result = extract(runner, path)
    assert result.exit_code == 1
    assert str(path) in result.stderr, result.stderr


def test_cli_refuses_binary_stdin(runner: CliRunner) -> None:
    result = extract(runner, "-", stdin=PNG)
    assert result.exit_code == 1
    assert "stdin" in result.stderr


@pytest.mark.parametrize("kind", ["empty", "binary", "latin-1", "missing"])
def test_cli_one_broken_file_does_not_stop_the_others(runner: CliRunner, tmp_path: Path,
                                                      kind: str) -> None:
    bad = BROKEN[kind](tmp_path)
    result = extract(runner, bad, REPORT)
    assert result.exit_code == 1
    assert bad.name in squeezed(result.stderr)
    assert REPORT.name not in squeezed(result.stderr)
    printed = json.loads(result.stdout)
    assert isinstance(printed, list) and len(printed) == 1
    assert printed[0]["document"]["id"] == REPORT.stem
    assert printed[0]["events"], "the good report's events were not printed"


def test_cli_one_broken_file_jsonl_still_prints_the_others(runner: CliRunner,
                                                           tmp_path: Path) -> None:
    bad = _binary(tmp_path)
    result = extract(runner, REPORT, bad, fmt="jsonl")
    assert result.exit_code == 1
    assert bad.name in squeezed(result.stderr)
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert records and all(r["document"] == REPORT.stem for r in records)


def test_cli_reads_windows_1256_like_utf8(runner: CliRunner, tmp_path: Path) -> None:
    text = report_text()
    utf8, cp1256 = tmp_path / "utf8.txt", tmp_path / "cp1256.txt"
    utf8.write_bytes(text.encode("utf-8"))
    cp1256.write_bytes(text.encode("cp1256"))
    expected = json.loads(extract(runner, utf8).stdout)
    result = extract(runner, cp1256)
    assert result.exit_code == 0, result.output
    got = json.loads(result.stdout)
    assert got["document"]["encoding"] == "cp1256"
    assert expected["events"]
    assert got["events"] == expected["events"]


def test_cli_reads_windows_1256_from_stdin(runner: CliRunner, tmp_path: Path) -> None:
    text = report_text()
    utf8 = tmp_path / "utf8.txt"
    utf8.write_bytes(text.encode("utf-8"))
    expected = json.loads(extract(runner, utf8).stdout)
    result = extract(runner, "-", stdin=text.encode("cp1256"))
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["events"] == expected["events"]


def test_cli_text_without_events(runner: CliRunner, tmp_path: Path) -> None:
    path = tmp_path / "weather.txt"
    path.write_text(NOTHING_HAPPENED, encoding="utf-8")
    result = extract(runner, path)
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["events"] == []
    for fmt in ("jsonl", "csv", "geojson"):
        result = extract(runner, path, fmt=fmt)
        assert result.exit_code == 0, result.output
    assert extract(runner, path, fmt="jsonl").stdout.strip() == ""
