"""Which reader reads which input: files by extension, folders walked in sorted order.

`read_inputs` is the one entry point. It never raises for a bad input: a missing path, an
unreadable file or a broken record becomes a `Rejected` naming it, and reading goes on with
the next one.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from rasd.extras import MissingExtra, has_extra
from rasd.sources import Rejected
from rasd.sources.records import Item
from rasd.sources.tables import (
    DocumentsIndex,
    claimed_files,
    read_jsonl,
    read_table,
    read_text_file,
)
from rasd.sources.telegram import read_telegram

__all__ = ["FORMATS", "format_of", "read_inputs"]

# Extension → format; `.warc.gz` is matched on the whole ending.
FORMATS = {
    ".txt": "text",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".csv": "table",
    ".tsv": "table",
    ".html": "html",
    ".htm": "html",
    ".xml": "feed",
    ".rss": "feed",
    ".atom": "feed",
    ".warc": "warc",
    ".warc.gz": "warc",
    ".json": "telegram",
}


def format_of(path: str | Path) -> str | None:
    """The format a file name's extension announces (case ignored); None for any other."""
    name = Path(path).name.lower()
    if name.endswith(".warc.gz"):
        return "warc"
    return FORMATS.get(os.path.splitext(name)[1])


WEB_FORMATS = ("html", "feed", "warc")  # read with the sources extra (trafilatura...)


def _web_reader(fmt: str) -> Callable[[Path], Iterator[Item]]:
    """The page, feed or archive reader, imported on first use; without the sources extra,
    each such file is rejected with the line to install it (the other inputs go on)."""
    if not has_extra("sources"):
        reason = str(MissingExtra("sources", f"reading {fmt} files"))
        return lambda path: iter([Rejected(str(path), reason)])
    from rasd.sources import web

    return {"html": web.read_html, "feed": web.read_feed, "warc": web.read_warc}[fmt]


def _reader(fmt: str, index: DocumentsIndex | None) -> Callable[[Path], Iterator[Item]]:
    if fmt == "text":
        return lambda path: read_text_file(path, index)
    if fmt in WEB_FORMATS:
        return _web_reader(fmt)
    return {
        "jsonl": read_jsonl,
        "table": read_table,
        "telegram": read_telegram,
    }[fmt]


def _read_file(path: Path, fmt: str, index: DocumentsIndex | None) -> Iterator[Item]:
    """Run one file's reader, turning an I/O failure (permission, vanished file, disk error)
    into a `Rejected` for that file; what it yielded before stays yielded."""
    try:
        yield from _reader(fmt, index)(path)
    except OSError as error:
        yield Rejected(str(path), f"cannot be read: {error.strerror or error}")


def _walk(folder: Path, claimed: set[Path]) -> Iterator[Item]:
    """Every report under `folder`, in sorted order, depth first.

    Hidden entries and files of other formats are skipped silently, and symbolic links to
    folders are not followed (no loops). The JSONL tables of a folder are scanned first so
    that the `.txt` files they name are read through them, with their metadata, and only
    once.
    """
    try:
        with os.scandir(folder) as scan:
            entries = sorted((e for e in scan if not e.name.startswith(".")), key=lambda e: e.name)
    except OSError as error:
        yield Rejected(str(folder), f"cannot be listed: {error.strerror or error}")
        return
    for entry in entries:
        if format_of(entry.name) == "jsonl" and entry.is_file():
            claimed |= claimed_files(Path(entry.path))
    for entry in entries:
        path = Path(entry.path)
        try:
            is_folder, is_file = entry.is_dir(follow_symlinks=False), entry.is_file()
        except OSError:
            continue
        if is_folder:
            yield from _walk(path, claimed)
            continue
        fmt = format_of(path)
        if not is_file or fmt is None:
            continue
        if fmt == "text" and Path(os.path.normpath(path)) in claimed:
            continue
        yield from _read_file(path, fmt, None)


def read_inputs(paths: Iterable[str | Path]) -> Iterator[Item]:
    """Stream the reports in files and folders, a `Rejected` for each that cannot be read.

    Files are read by extension: `.txt`; `.jsonl`/`.ndjson` and `.csv`/`.tsv` tables; `.html`
    pages; `.xml`/`.rss`/`.atom` feeds; `.warc`/`.warc.gz` archives; `.json` Telegram
    exports. A folder is walked recursively. A `.txt` named on its own takes its metadata
    from a `documents.jsonl` beside it.
    """
    if isinstance(paths, str | Path):  # one path given bare: not a sequence of characters
        paths = [paths]
    index = DocumentsIndex()
    for given in paths:
        path = Path(given)
        try:
            is_folder, is_file = path.is_dir(), path.is_file()
        except OSError as error:
            yield Rejected(str(path), f"cannot be read: {error.strerror or error}")
            continue
        if is_folder:
            yield from _walk(path, set())
        elif is_file:
            fmt = format_of(path)
            if fmt is None:
                suffix = path.suffix.lower()
                yield Rejected(str(path), f"unsupported format: {suffix or '(no extension)'}")
            else:
                yield from _read_file(path, fmt, index)
        elif os.path.lexists(path):
            yield Rejected(str(path), "not a regular file or folder")
        else:
            yield Rejected(str(path), "no such file or folder")
