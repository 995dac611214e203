"""Reading reports: what is decoded, what is refused, and that the text is kept as is."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from rasd.errors import InputError, RasdError
from rasd.text.io import decode_report, read_report

ARABIC = "قصفت طائرات النظام بلدة معرة النعمان في ريف إدلب، ما أدى إلى مقتل ثلاثة مدنيين.\r\n"


def test_utf8_is_kept_exactly(tmp_path: Path) -> None:
    path = tmp_path / "r.txt"
    path.write_bytes(ARABIC.encode("utf-8"))
    assert read_report(path) == (ARABIC, "utf-8")  # CRLF kept: offsets point into it


def test_utf8_with_bom_drops_the_bom() -> None:
    text, encoding = decode_report(codecs.BOM_UTF8 + ARABIC.encode("utf-8"), "r.txt")
    assert (text, encoding) == (ARABIC, "utf-8-sig")


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-le", "utf-16-be"])
def test_utf16_with_bom(codec: str) -> None:
    data = ARABIC.encode(codec)
    if codec != "utf-16":  # the plain codec writes its own BOM
        data = (codecs.BOM_UTF16_LE if codec.endswith("le") else codecs.BOM_UTF16_BE) + data
    text, encoding = decode_report(data, "r.txt")
    assert text == ARABIC
    assert encoding.startswith("utf-16")


def test_windows_1256_arabic() -> None:
    text, encoding = decode_report(ARABIC.encode("cp1256"), "old.txt")
    assert (text, encoding) == (ARABIC, "cp1256")


@pytest.mark.parametrize("data", [b"", b"  \n\r\n", codecs.BOM_UTF8])
def test_empty(data: bytes) -> None:
    with pytest.raises(InputError, match=r"r\.txt: empty"):
        decode_report(data, "r.txt")


def test_empty_file_names_the_file(tmp_path: Path) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    with pytest.raises(InputError, match="empty.txt: empty"):
        read_report(path)


@pytest.mark.parametrize(
    "data",
    [
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",  # NUL bytes
        bytes(range(1, 32)) * 10 + b"abc",  # mostly control characters
    ],
)
def test_binary(data: bytes) -> None:
    with pytest.raises(InputError, match="binary, not text"):
        decode_report(data, "image.png")


def test_invalid_utf8_that_is_not_arabic() -> None:
    data = "Le café est très bon, à ce qu'on dit.".encode("latin-1")
    with pytest.raises(InputError, match=r"not valid UTF-8 \(byte offset 6\) and not Windows-1256"):
        decode_report(data, "fr.txt")


def test_errors_are_rasd_errors(tmp_path: Path) -> None:
    with pytest.raises(RasdError, match="missing.txt"):
        read_report(tmp_path / "missing.txt")
    with pytest.raises(InputError):
        read_report(tmp_path)
