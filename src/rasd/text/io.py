"""Read a report's bytes into text, refusing what is not a text report.

Reports come as UTF-8 (with or without a BOM), UTF-16 or UTF-32 (with a BOM, or UTF-16 without
one), and from older Arabic sites as Windows-1256 or ISO-8859-6. The text is returned exactly as
decoded (only a BOM is removed, CRLF is kept) because every evidence offset points into it.

Each encoding is recognised by a plain test rather than a statistical detector, so the outcome
is predictable:

- a byte-order mark names its encoding;
- UTF-16 without a BOM: in one byte lane of the 16-bit code units nearly every byte is 0x00
  (ASCII, Latin-1) or 0x06 (the Arabic block), and in the other lane almost none is 0x00;
- otherwise the bytes must be valid UTF-8, or decode as Arabic in one of the two Arabic
  code pages: mostly Arabic letters, Arabic dominating the letters. Windows-1256 and
  ISO-8859-6 put Arabic letters at different bytes, and each leaves bytes the other uses:
  ISO-8859-6 has no character at 0xDB-0xDF (where Windows-1256 has غ ـ ف ق ك) or at
  0xF3-0xFF, and Windows-1256 has Latin letters at 0xE7-0xEA (where ISO-8859-6 has ه و ى ي).
  A text that decodes in both is read in the one that yields more of the article `ال`,
  which every Arabic sentence holds: each code page turns the other's `ال` into `اف` or `ان`.

Anything else is an `InputError` naming the file and, for bytes that do not decode, the byte
offset of the first of them: undecodable bytes are never dropped or replaced silently.
"""

from __future__ import annotations

import codecs
from collections.abc import Callable
from pathlib import Path

from rasd.errors import InputError

__all__ = ["decode_report", "read_bytes", "read_report"]

# Longest first: the UTF-32 LE BOM starts with the UTF-16 LE one.
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# Control bytes a text file may hold: tab, LF, VT, FF, CR.
_TEXT_CONTROLS = frozenset(b"\t\n\x0b\x0c\r")
_MAX_CONTROL_SHARE = 0.05
_SAMPLE = 64 * 1024
# Windows-1256 plausibility: share of non-space characters that are Arabic or ASCII
# punctuation/digits/letters, and share of the letters that are Arabic.
_MIN_PLAUSIBLE_SHARE = 0.9
_MIN_ARABIC_LETTER_SHARE = 0.5
# BOM-less UTF-16: share of the high bytes that are 0x00 or 0x06, most low bytes that are 0x00
_MIN_UTF16_HIGH_SHARE = 0.95
_MAX_UTF16_LOW_NUL_SHARE = 0.05
# the Arabic code pages, in the order that wins a tie
_ARABIC_CODE_PAGES = ("cp1256", "iso8859-6")
_ARTICLE = "\u0627\u0644"  # ال
# a character takes at most this many bytes in any encoding rasd reads (UTF-8, UTF-32)
_MAX_BYTES_PER_CHAR = 4


def _is_arabic(char: str) -> bool:
    code = ord(char)
    return 0x0600 <= code <= 0x06FF or 0x0750 <= code <= 0x077F or 0xFB50 <= code <= 0xFEFC


_CONTROL_BYTES = bytes(b for b in range(0x20) if b not in _TEXT_CONTROLS) + b"\x7f"


def _looks_binary(data: bytes) -> bool:
    sample = data[:_SAMPLE]
    if b"\x00" in sample:
        return True
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    return controls > _MAX_CONTROL_SHARE * len(sample)


def _plausible_arabic(text: str) -> bool:
    """Whether a Windows-1256 decoding reads as Arabic text rather than mojibake."""
    visible = [c for c in text if not c.isspace()]
    if not visible:
        return False
    fitting = sum(1 for c in visible if _is_arabic(c) or (c.isascii() and c.isprintable()))
    letters = [c for c in visible if c.isalpha()]
    arabic_letters = sum(1 for c in letters if _is_arabic(c))
    return (
        fitting >= _MIN_PLAUSIBLE_SHARE * len(visible)
        and bool(letters)
        and arabic_letters >= _MIN_ARABIC_LETTER_SHARE * len(letters)
    )


def _bytes_at(data: bytes, offset: int) -> str:
    return data[offset:offset + 4].hex(" ")


def _bomless_utf16(data: bytes) -> str | None:
    """The codec of UTF-16 text without a BOM, by the byte-lane test above, else None."""
    sample = data[:_SAMPLE]
    if len(sample) < 4 or len(data) % 2:
        return None
    even, odd = sample[0::2], sample[1::2]
    for codec, high, low in (("utf-16-le", odd, even), ("utf-16-be", even, odd)):
        text_like = high.count(0) + high.count(6)
        if (text_like >= _MIN_UTF16_HIGH_SHARE * len(high)
                and low.count(0) <= _MAX_UTF16_LOW_NUL_SHARE * len(low)):
            return codec
    return None


def _arabic_code_page(data: bytes) -> tuple[str, str] | None:
    """The Arabic code page these bytes are written in (see the module notes), else None."""
    readings = []
    for rank, codec in enumerate(_ARABIC_CODE_PAGES):
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue  # ISO-8859-6 leaves bytes undefined: a byte there rules it out
        if _plausible_arabic(text):
            readings.append((text.count(_ARTICLE), -rank, text, codec))
    if not readings:
        return None
    _, _, text, codec = max(readings)
    return text, codec


def decode_report(data: bytes, name: str) -> tuple[str, str]:
    """Decode a report's bytes; `name` (a path, "<stdin>") appears in every error message.

    Returns the text and the codec used: utf-8, utf-8-sig, utf-16-le/-be, utf-32-le/-be,
    cp1256 or iso8859-6.
    """
    if not data.strip():
        raise InputError(f"{name}: empty")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom) :].decode(encoding.removesuffix("-sig"))
            except UnicodeDecodeError as error:
                offset = error.start + len(bom)
                raise InputError(
                    f"{name}: starts with a {encoding} byte-order mark but is not valid "
                    f"{encoding} (byte offset {offset}: {_bytes_at(data, offset)})"
                ) from error
            if not text.strip():
                raise InputError(f"{name}: empty")
            return text, encoding
    utf16 = _bomless_utf16(data) if b"\x00" in data[:_SAMPLE] else None
    if utf16 is not None:
        try:
            text = data.decode(utf16)
        except UnicodeDecodeError as error:
            raise InputError(
                f"{name}: reads as {utf16} without a byte-order mark but is not valid "
                f"{utf16} (byte offset {error.start}: {_bytes_at(data, error.start)})"
            ) from error
        if not _looks_binary(text.encode("utf-8", "surrogatepass")):
            return text, utf16
    if _looks_binary(data):
        raise InputError(f"{name}: binary, not text")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as error:
        offset = error.start
        arabic = _arabic_code_page(data)
        if arabic is not None:
            return arabic
        raise InputError(
            f"{name}: not valid UTF-8 (byte offset {offset}) and not Windows-1256 or "
            f"ISO-8859-6 Arabic; the bytes there: {_bytes_at(data, offset)}"
        ) from error


def read_report(path: Path, max_chars: int | None = None) -> tuple[str, str]:
    """Read and decode a report file, turning every failure into an `InputError`.

    With `max_chars`, a file too big to hold no more than that many characters is refused
    before it is read, so a huge file costs no memory."""
    path = Path(path)
    try:
        if max_chars is not None and path.is_file():
            size = path.stat().st_size
            if size > _MAX_BYTES_PER_CHAR * max_chars + len(codecs.BOM_UTF32):
                raise InputError(
                    f"{path}: {size:,} bytes, more than any text within the limit of "
                    f"{max_chars:,} characters takes (set RASD_MAX_CHARS or pass max_chars "
                    f"to read larger reports)")
    except OSError as error:
        raise InputError(f"{path}: cannot be read ({error.strerror or error})") from error
    return decode_report(read_bytes(str(path), path.read_bytes), str(path))


def read_bytes(name: str, read: Callable[[], bytes]) -> bytes:
    """`read()`, with each way a file can fail to be read told as an `InputError` naming it
    (a local file, or one behind an fsspec URL)."""
    try:
        return read()
    except FileNotFoundError as error:
        raise InputError(f"{name}: no such file") from error
    except IsADirectoryError as error:
        raise InputError(f"{name}: is a directory, not a report") from error
    except OSError as error:
        raise InputError(f"{name}: cannot be read ({error.strerror or error})") from error
