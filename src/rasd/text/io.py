"""Read a report's bytes into text, refusing what is not an Arabic text report.

Reports come as UTF-8 (with or without a BOM), sometimes UTF-16 with a BOM, and from older
Arabic sites as Windows-1256. The text is returned exactly as decoded (only a BOM is
removed, CRLF is kept) because every evidence offset points into it.

Windows-1256 is recognised by a plain test rather than a statistical detector, so the
outcome is predictable: the bytes must decode to mostly Arabic letters, and Arabic must
dominate the letters. Anything else is reported as an `InputError` naming the file.
"""

from __future__ import annotations

import codecs
from pathlib import Path

from rasd.errors import InputError

__all__ = ["decode_report", "read_report"]

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


def decode_report(data: bytes, name: str) -> tuple[str, str]:
    """Decode a report's bytes; `name` (a path, "<stdin>") appears in every error message.

    Returns the text and the codec used: utf-8, utf-8-sig, utf-16-le/-be, utf-32-le/-be or
    cp1256.
    """
    if not data.strip():
        raise InputError(f"{name}: empty")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom) :].decode(encoding.removesuffix("-sig"))
            except UnicodeDecodeError as error:
                raise InputError(
                    f"{name}: starts with a {encoding} byte-order mark but is not valid "
                    f"{encoding} (byte offset {error.start + len(bom)})"
                ) from error
            if not text.strip():
                raise InputError(f"{name}: empty")
            return text, encoding
    if _looks_binary(data):
        raise InputError(f"{name}: binary, not text")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as error:
        offset = error.start
        text = data.decode("cp1256")  # every byte is defined in Windows-1256
        if _plausible_arabic(text):
            return text, "cp1256"
        raise InputError(
            f"{name}: not valid UTF-8 (byte offset {offset}) and not Windows-1256 Arabic"
        ) from error


def read_report(path: Path) -> tuple[str, str]:
    """Read and decode a report file, turning every failure into an `InputError`."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError as error:
        raise InputError(f"{path}: no such file") from error
    except IsADirectoryError as error:
        raise InputError(f"{path}: is a directory, not a report") from error
    except OSError as error:
        raise InputError(f"{path}: cannot be read ({error.strerror or error})") from error
    return decode_report(data, str(path))
