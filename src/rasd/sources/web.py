"""Reports that come from the web: saved pages, RSS/Atom feeds and WARC archives.

Nothing here touches the network. trafilatura and feedparser are only ever handed bytes or
text already read from a local file (feedparser would fetch a string that looks like a URL,
so it gets an open file instead).

A page's main text is found by trafilatura, which drops menus, footers and "most read"
boxes. Its date search is limited to the page's metadata (meta tags, `<time>`, JSON-LD,
the URL): the extensive search also reads dates out of the article text, and an Arabic
report about the war often names an older date ("اندلعت الثورة في 15-03-2011") that would
then become the reference day for every relative date in the report.
"""

from __future__ import annotations

import codecs
import os
import re
import urllib.parse
from collections.abc import Iterator, Mapping
from pathlib import Path

import feedparser
import lxml.html
import trafilatura
from lxml import etree
from warcio.archiveiterator import ArchiveIterator
from warcio.recordloader import ArcWarcRecord

from rasd.errors import InputError
from rasd.sources import Rejected
from rasd.sources.records import Item, Metadata, make_report, to_date

__all__ = [
    "decode_html",
    "html_to_text",
    "page_report",
    "read_feed",
    "read_html",
    "read_warc",
    "readable_url",
]

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_HEAD = 4096  # where a <meta charset> must be
_SAMPLE = 64 * 1024  # how much is checked for NUL bytes (binary files)
_DATE_PARAMS = {"original_date": True, "extensive_search": False, "outputformat": "%Y-%m-%d"}
_HTML_TYPES = ("text/html", "application/xhtml+xml")


# --- pages ----------------------------------------------------------------------------------

_ESCAPED_NON_ASCII = re.compile(r"(?:%[89A-Fa-f][0-9A-Fa-f])+")


def readable_url(url: str) -> str:
    """A URL with its percent-escaped non-ASCII characters written out (an IRI), the way
    Arabic sites and the corpus write them; trafilatura escapes them. Escaped ASCII (`%2F`,
    `%20`) stays escaped, so the address means the same."""

    def unescape(match: re.Match[str]) -> str:
        try:
            return urllib.parse.unquote_to_bytes(match.group()).decode("utf-8")
        except UnicodeDecodeError:
            return match.group()

    return _ESCAPED_NON_ASCII.sub(unescape, url)


def decode_html(data: bytes, declared: str | None = None) -> tuple[str, str]:
    """Decode a page: byte-order mark, else UTF-8 if it is valid, else the charset the HTTP
    header (`declared`) or a `<meta>` names, else Windows-1256 (older Arabic sites).

    Valid UTF-8 is tried before the declared charset because Arabic sites often declare
    ISO-8859-1 or windows-1256 for pages they serve as UTF-8, and bytes that decode as
    UTF-8 are almost never anything else. Returns (text, codec); InputError for binary.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(encoding), encoding
            except UnicodeDecodeError as error:
                raise InputError(f"starts with a {encoding} byte-order mark but is not "
                                 f"{encoding} (byte {error.start + len(bom)})") from error
    if b"\x00" in data[:_SAMPLE]:
        raise InputError("binary, not a web page")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    meta = _META_CHARSET.search(data[:_HEAD])
    for name in (declared, meta.group(1).decode("ascii") if meta else None):
        if not name:
            continue
        try:
            encoding = codecs.lookup(name).name
            return data.decode(encoding), encoding
        except (LookupError, UnicodeDecodeError):
            continue
    return data.decode("cp1256", errors="replace"), "cp1256"


def page_report(
    html: str,
    origin: str,
    *,
    default_id: str,
    url: str = "",
    encoding: str = "utf-8",
    fallback_published: object = None,
) -> Item:
    """A page's main text and metadata (title, date, canonical URL, site name) as a report.

    With `url` (a WARC record's target) that URL is kept; otherwise the page's canonical
    URL. The site name falls back to the host name.
    """
    try:
        document = trafilatura.bare_extraction(
            html,
            url=url or None,
            with_metadata=True,
            include_comments=False,
            date_extraction_params=dict(_DATE_PARAMS),
        )
    except Exception as error:  # a third-party parser meeting arbitrary bytes: never raise
        return Rejected(origin, f"cannot be parsed as HTML: {error}")
    text = getattr(document, "text", None)
    if not isinstance(text, str) or not text.strip():
        return Rejected(origin, "no main text found in the page")

    def field(name: str) -> str:
        value = getattr(document, name, None)
        return value.strip() if isinstance(value, str) else ""

    meta = Metadata(
        url=readable_url(url or field("url")),
        source=field("sitename") or field("hostname"),
        title=field("title"),
        published=field("date") or fallback_published,
    )
    return make_report(origin, text.strip(), meta, default_id=default_id, encoding=encoding)


def read_html(path: Path) -> Iterator[Item]:
    """A saved web page. Loaded whole: HTML cannot be parsed a piece at a time, and a page
    is small (trafilatura gives up on pages over 20 MB)."""
    try:
        html, encoding = decode_html(path.read_bytes())
    except InputError as error:
        yield Rejected(str(path), str(error))
        return
    yield page_report(html, str(path), default_id=path.stem, encoding=encoding)


# --- feeds ----------------------------------------------------------------------------------

_BLOCKS = frozenset(
    "address article aside blockquote dd div dl dt figcaption figure footer h1 h2 h3 h4 h5 h6 "
    "header hr li main ol p pre section table tbody thead tr ul".split()
)
_SKIP = frozenset({"script", "style", "template", "noscript"})
_PARAGRAPH, _LINE = "\x1e", "\x1f"  # placeholders while HTML whitespace is collapsed


def _flatten(element: etree._Element, out: list[str]) -> None:
    tag = element.tag if isinstance(element.tag, str) else ""  # comments have no string tag
    if tag in _SKIP:
        out.append(element.tail or "")
        return
    block = tag in _BLOCKS
    if block:
        out.append(_PARAGRAPH)
    elif tag == "br":
        out.append(_LINE)
    if tag:
        out.append(element.text or "")
    for child in element:
        _flatten(child, out)
    if block:
        out.append(_PARAGRAPH)
    out.append(element.tail or "")


def html_to_text(fragment: str) -> str:
    """Plain text of an HTML fragment (a feed entry's content): blocks become paragraphs
    separated by a blank line, `<br>` a line break, other whitespace one space."""
    if not fragment.strip():
        return ""
    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except (etree.ParserError, ValueError):
        return fragment.strip()
    parts: list[str] = []
    _flatten(root, parts)
    text = re.sub(r"[ \t\n\r\f\v]+", " ", "".join(parts))
    text = re.sub(f" *{_LINE} *", "\n", text)
    text = re.sub(f"[ \n]*{_PARAGRAPH}[{_PARAGRAPH} \n]*", "\n\n", text)
    return text.strip()


def _detail_text(value: object, detail: object) -> str:
    """A feed text field as plain text, converting it when its declared type is HTML."""
    if not isinstance(value, str):
        return ""
    kind = detail.get("type", "") if isinstance(detail, Mapping) else ""
    return html_to_text(value) if any(t in str(kind) for t in ("html", "xhtml")) else value


def _entry_text(entry: Mapping[str, object]) -> str:
    contents = dict.get(entry, "content") or []  # dict.get: bypass feedparser's key aliases
    for content in contents if isinstance(contents, list) else []:
        if isinstance(content, Mapping):
            text = _detail_text(content.get("value"), content)
            if text.strip():
                return text
    return _detail_text(dict.get(entry, "summary"), dict.get(entry, "summary_detail"))


def _entry_published(entry: Mapping[str, object]) -> object:
    """The entry's day as written (its own offset), else feedparser's parse (UTC), else
    the raw value so that the report is rejected with it."""
    for key in ("published", "updated", "created"):
        raw = dict.get(entry, key)
        if not raw:
            continue
        try:
            return to_date(raw)
        except ValueError:
            return dict.get(entry, f"{key}_parsed") or raw
    return None


def read_feed(path: Path) -> Iterator[Item]:
    """One report per RSS/Atom entry. feedparser reads the whole file; feeds are small."""
    with path.open("rb") as stream:
        try:
            parsed = feedparser.parse(stream, resolve_relative_uris=False, sanitize_html=True)
        except Exception as error:  # a third-party parser meeting arbitrary bytes: never raise
            yield Rejected(str(path), f"cannot be parsed as a feed: {error}")
            return
    entries = parsed.get("entries") or []
    if not entries:
        if parsed.get("bozo"):
            yield Rejected(str(path), f"not a feed: {parsed.get('bozo_exception')}")
        else:
            yield Rejected(str(path), "a feed without entries")
        return
    feed = parsed.get("feed") or {}
    source = _detail_text(dict.get(feed, "title"), dict.get(feed, "title_detail")).strip()
    for number, entry in enumerate(entries, start=1):
        link = dict.get(entry, "link") or ""
        meta = Metadata(
            id=str(dict.get(entry, "id") or link),
            url=readable_url(str(link)),
            source=source,
            title=_detail_text(dict.get(entry, "title"), dict.get(entry, "title_detail")).strip(),
            published=_entry_published(entry),
        )
        yield make_report(f"{path}#entry-{number}", _entry_text(entry), meta,
                          default_id=f"{path.stem}-{number}")


# --- WARC archives --------------------------------------------------------------------------


def _charset(content_type: str) -> str | None:
    match = re.search(r"charset\s*=\s*[\"']?([A-Za-z0-9_.:-]+)", content_type, re.I)
    return match.group(1) if match else None


def _warc_page(record: ArcWarcRecord, origin: str) -> Item | None:
    """A WARC record as a report; None for what is not a successfully fetched HTML page."""
    kind, headers, http = record.rec_type, record.rec_headers, record.http_headers
    if kind == "response":
        if http is None:
            return None
        status = http.get_statuscode() or ""
        if not status.startswith("2"):
            return None  # redirects and error pages are not reports
        content_type = http.get_header("Content-Type") or ""
    elif kind == "resource":
        content_type = headers.get_header("Content-Type") or ""
    else:
        return None
    if not content_type.lower().lstrip().startswith(_HTML_TYPES):
        return None
    uri = headers.get_header("WARC-Target-URI") or ""
    data = record.content_stream().read()
    try:
        html, encoding = decode_html(data, _charset(content_type))
    except InputError as error:
        return Rejected(origin, f"{uri}: {error}")
    try:
        fetched = to_date(headers.get_header("WARC-Date"))
    except ValueError:
        fetched = None
    report = page_report(html, origin, default_id=readable_url(uri), url=uri, encoding=encoding,
                         fallback_published=fetched)
    if isinstance(report, Rejected):
        return Rejected(origin, f"{uri}: {report.reason}")
    return report


def read_warc(path: Path) -> Iterator[Item]:
    """One report per HTML page in a WARC archive (plain or gzipped), streamed.

    warcio stops quietly at a truncated archive, so the reader checks each record's length
    and whether the last record ends at the end of the file; a shortfall is rejected with
    the offset where it starts, after the records read before it.
    """
    size = os.path.getsize(path)
    if size == 0:
        yield Rejected(str(path), "empty")
        return
    end = 0
    with path.open("rb") as stream:
        iterator = ArchiveIterator(stream)
        records = iter(iterator)
        while True:
            origin = f"{path}@{end}"
            try:
                record = next(records)
            except StopIteration:
                break
            except Exception as error:  # warcio meeting a corrupt archive
                reason = error or type(error).__name__
                yield Rejected(origin, f"corrupt archive, stopped reading: {reason}")
                return
            start = iterator.offset  # where this record starts (compressed bytes for .gz)
            origin = f"{path}@{start}"
            declared = (record.rec_headers.get_header("Content-Length") or "").strip()
            if record.format != "warc" or not declared.isdigit():
                yield Rejected(origin, "not a complete WARC record (truncated or not a WARC "
                                       "archive); stopped reading")
                return
            try:
                item = _warc_page(record, origin)
            except Exception as error:  # corrupt content (bad gzip, chunking): skip the record
                item = Rejected(origin, f"cannot be read: {error or type(error).__name__}")
            try:
                iterator.read_to_end()
            except Exception as error:
                yield Rejected(origin, f"corrupt archive, stopped reading: "
                                       f"{error or type(error).__name__}")
                return
            # The record's stream is limited to its Content-Length; bytes left unread mean
            # the file ended first.
            if getattr(record.raw_stream, "limit", 0) > 0:
                yield Rejected(origin, "the archive is truncated inside this record; "
                                       "stopped reading")
                return
            if item is not None:
                yield item
            end = iterator.offset
    if end < size:
        yield Rejected(f"{path}@{end}", f"{size - end} bytes after the last complete record "
                                        "are not a WARC record (truncated archive?)")
