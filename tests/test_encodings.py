"""Encodings of real reports: every encoding rasd reads gives back the exact text, the two
Arabic code pages are told apart by the bytes each leaves undefined, and bytes that do not
decode are reported with their offset, never dropped."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest
from conftest import SHARED, fixture_report, needs_shared

import rasd
from rasd.errors import InputError
from rasd.text.io import decode_report, read_report

SENTENCE = "قصفت طائرات النظام بلدة كفرنبل في ريف إدلب، ما أدى إلى مقتل ثلاثة مدنيين.\r\n"


def writable(char: str) -> bool:
    try:
        char.encode("cp1256")
        char.encode("iso8859-6")
    except UnicodeEncodeError:
        return False
    return True


def corpus_reports(count: int = 40) -> list[str]:
    """Real reports, read in place, less the few characters (« », Arabic-Indic digits) one
    of the two code pages cannot write."""
    if SHARED is None:
        return []
    return ["".join(c for c in path.read_text(encoding="utf-8") if writable(c))
            for path in sorted((SHARED / "corpus" / "saudinewsnet_syria").glob("*.txt"))[:count]]


@pytest.mark.parametrize(
    ("data", "codec"),
    [
        (SENTENCE.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + SENTENCE.encode("utf-8"), "utf-8-sig"),
        (codecs.BOM_UTF16_LE + SENTENCE.encode("utf-16-le"), "utf-16-le"),
        (codecs.BOM_UTF16_BE + SENTENCE.encode("utf-16-be"), "utf-16-be"),
        (SENTENCE.encode("utf-16-le"), "utf-16-le"),  # no BOM: read from the byte lanes
        (SENTENCE.encode("utf-16-be"), "utf-16-be"),
        (codecs.BOM_UTF32_LE + SENTENCE.encode("utf-32-le"), "utf-32-le"),
        (SENTENCE.encode("cp1256"), "cp1256"),
        (SENTENCE.encode("iso8859-6"), "iso8859-6"),
    ],
    ids=["utf8", "utf8-bom", "utf16le-bom", "utf16be-bom", "utf16le", "utf16be", "utf32le",
         "cp1256", "iso8859-6"],
)
def test_each_encoding_gives_the_exact_text(data: bytes, codec: str) -> None:
    assert decode_report(data, "r.txt") == (SENTENCE, codec)


def test_english_utf16_without_bom_is_text_not_binary() -> None:
    text, codec = decode_report("Shelling hit Kafranbel today.\n".encode("utf-16-le"), "r.txt")
    assert (text, codec) == ("Shelling hit Kafranbel today.\n", "utf-16-le")


@needs_shared
def test_real_reports_in_both_code_pages_are_told_apart() -> None:
    """The test is principled (undefined bytes, then the article ال), so it holds on every
    real report, not on a tuned sample."""
    reports = corpus_reports()
    assert len(reports) >= 20
    for text in reports:
        assert decode_report(text.encode("cp1256"), "r.txt") == (text, "cp1256")
        assert decode_report(text.encode("iso8859-6"), "r.txt") == (text, "iso8859-6")


def test_iso_8859_6_rules_out_windows_1256_by_its_undefined_bytes() -> None:
    # ك is 0xDF in Windows-1256, a byte ISO-8859-6 leaves undefined
    data = "كتائب".encode("cp1256")
    assert b"\xdf" in data
    with pytest.raises(UnicodeDecodeError):
        data.decode("iso8859-6")
    assert decode_report(data, "r.txt") == ("كتائب", "cp1256")


def test_each_code_page_reads_the_other_article_as_no_article() -> None:
    """Why the article decides a tie: `ال` in one code page is `ان` or `اف` in the other."""
    assert "ال".encode("iso8859-6").decode("cp1256") == "ان"
    assert "ال".encode("cp1256").decode("iso8859-6") == "اف"


def test_iso_8859_6_file_extracts_like_utf8(tmp_path: Path) -> None:
    report = fixture_report("saraqeb_strike.txt")
    text = "".join(c for c in report if writable(c))
    data = text.encode("iso8859-6")
    utf8, iso = tmp_path / "utf8.txt", tmp_path / "iso.txt"
    utf8.write_bytes(text.encode("utf-8"))
    iso.write_bytes(data)
    expected = rasd.extract_file(utf8, "2019-06-15")
    got = rasd.extract_file(iso, "2019-06-15")
    assert got.document.encoding == "iso8859-6"
    assert expected.events
    assert got.to_dict()["events"] == expected.to_dict()["events"]


# --------------------------------------------------------------------------- undecodable bytes


def test_a_stray_byte_in_utf8_arabic_is_reported_at_its_offset() -> None:
    good = SENTENCE.encode("utf-8")
    cut = len(SENTENCE[:10].encode("utf-8"))
    data = good[:cut] + b"\xff" + good[cut:]
    with pytest.raises(InputError, match=rf"byte offset {cut}\).*ff") as info:
        decode_report(data, "r.txt")
    assert "r.txt" in str(info.value)


def test_a_truncated_utf8_character_is_reported_not_dropped() -> None:
    data = SENTENCE.encode("utf-8") + "ق".encode()[:1]
    with pytest.raises(InputError, match=rf"byte offset {len(SENTENCE.encode('utf-8'))}\)"):
        decode_report(data, "r.txt")


@pytest.mark.parametrize("bom, codec", [(codecs.BOM_UTF16_LE, "utf-16-le"),
                                        (codecs.BOM_UTF8, "utf-8-sig")])
def test_undecodable_bytes_after_a_bom_are_reported_with_their_offset(bom: bytes,
                                                                      codec: str) -> None:
    body = SENTENCE.encode(codec.removesuffix("-sig"))
    if codec == "utf-16-le":
        data = bom + body + b"\x00\xdc"  # a lone low surrogate
        offset = len(bom) + len(body)
    else:
        cut = len(SENTENCE[:5].encode("utf-8"))
        data = bom + body[:cut] + b"\xc0\x80" + body[cut:]  # an overlong NUL
        offset = len(bom) + cut
    with pytest.raises(InputError, match=rf"not valid {codec} \(byte offset {offset}:"):
        decode_report(data, "r.txt")


def test_iso_8859_6_text_read_as_windows_1256_is_not_taken_for_arabic() -> None:
    """An undefined byte rules ISO-8859-6 out, and the same bytes in Windows-1256 are
    mojibake (Latin ç è ê for ه و ي): refused, with the offset of the first bad byte."""
    data = SENTENCE.encode("iso8859-6") + b"\xdb"
    with pytest.raises(InputError, match=r"not valid UTF-8 \(byte offset 0\)"):
        decode_report(data, "r.txt")


def test_a_huge_file_is_refused_before_it_is_read(tmp_path: Path) -> None:
    path = tmp_path / "dump.txt"
    path.write_bytes(b" " * 4_100)
    with pytest.raises(InputError, match=r"dump.txt: 4,100 bytes.*limit of 1,000 characters"):
        read_report(path, max_chars=1_000)
