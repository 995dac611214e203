"""Reading reports out of their containers: text folders, JSONL/CSV tables, saved pages,
RSS/Atom feeds, WARC archives and Telegram exports. Every sample is built at test time in a
temporary folder from real SaudiNewsNet reports read in place from ../shared; bad inputs
must come back as `Rejected` naming the file (and line or record), never as an exception."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import socket
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from conftest import FIXTURE_REPORTS, SHARED, needs_shared
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from rasd.sources import Rejected, Report, read_inputs
from rasd.sources.records import to_date

SNN = SHARED / "corpus" / "saudinewsnet_syria" if SHARED else None
SNN_COUNT = 397

# Page furniture that is no part of any report; checked absent from the sample articles.
NAV = ["الصفحة الرئيسية", "اقتصاد ومال", "رياضة وشباب"]
FOOTER = ["اشترك في النشرة البريدية", "سياسة الخصوصية", "جميع الحقوق محفوظة لدار النشر"]
JUNK = [*NAV, *FOOTER]


@dataclass(frozen=True)
class Article:
    id: str
    file: str
    text: str  # the .txt as it is: title, blank line, body
    title: str
    url: str
    source: str
    published: str

    @property
    def paragraphs(self) -> list[str]:
        body = self.text.partition("\n\n")[2]
        return [" ".join(p.split()) for p in body.split("\n") if p.strip()]


@pytest.fixture(autouse=True)
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """The readers parse local bytes only; any attempt to connect fails the test."""

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("a reader tried to use the network")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)


@pytest.fixture(scope="module")
def articles() -> list[Article]:
    """The first four SaudiNewsNet reports with their documents.jsonl metadata."""
    if SNN is None:
        pytest.skip("../shared corpus not found")
    found: list[Article] = []
    with (SNN / "documents.jsonl").open(encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            text = (SNN / record["file"]).read_text(encoding="utf-8")
            found.append(Article(record["id"], record["file"], text, record["title"],
                                 record["url"], record["source"], record["published"]))
            if len(found) == 4:
                break
    for article in found:
        assert not any(junk in article.text for junk in JUNK)
    return found


def read(*paths: Path | str) -> tuple[list[Report], list[Rejected]]:
    items = list(read_inputs(paths))
    assert all(isinstance(item, Report | Rejected) for item in items)
    reports = [item for item in items if isinstance(item, Report)]
    rejected = [item for item in items if isinstance(item, Rejected)]
    return reports, rejected


def day(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


# --- text files and tables ------------------------------------------------------------------


def test_text_folder_walked_in_order_skipping_other_files(tmp_path: Path,
                                                          articles: list[Article]) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "a.txt").write_text(articles[0].text, encoding="utf-8")
    (tmp_path / "b" / "c.txt").write_text(articles[1].text, encoding="utf-8")
    (tmp_path / "b" / "d.TXT").write_bytes(articles[2].text.encode("cp1256"))
    (tmp_path / ".hidden.txt").write_text(articles[3].text, encoding="utf-8")
    (tmp_path / "notes.md").write_text("# ملاحظات\n", encoding="utf-8")
    reports, rejected = read(tmp_path)
    assert rejected == []
    assert [r.id for r in reports] == ["a", "c", "d"]
    assert [r.text for r in reports] == [a.text for a in articles[:3]]
    assert [r.encoding for r in reports] == ["utf-8", "utf-8", "cp1256"]
    assert reports[1].origin == str(tmp_path / "b" / "c.txt")
    assert all(r.published is None and r.url == "" for r in reports)


def test_a_lone_text_file_and_a_folder_read_the_sidecar_once() -> None:
    """The tests' own reports: a `.txt` named alone takes its id, outlet, URL and date from
    the documents.jsonl beside it; the folder reads each report once, through the table."""
    (report,), rejected = read(FIXTURE_REPORTS / "douma_shelling.txt")
    assert rejected == []
    assert (report.id, report.source, report.url, report.published) == (
        "fx-3", "outlet-a", "https://example.org/a/2", dt.date(2018, 2, 20))
    assert report.origin == str(FIXTURE_REPORTS / "douma_shelling.txt")
    reports, rejected = read(FIXTURE_REPORTS)
    assert rejected == []
    assert [r.id for r in reports] == ["fx-1", "fx-2", "fx-3", "fx-4"]


def test_extract_dates_a_lone_report_by_its_sidecar() -> None:
    """`rasd extract` without --published reads the report's day from documents.jsonl:
    'أمس' in a report of 2018-02-20 is the 19th."""
    from typer.testing import CliRunner

    from rasd.cli import app

    result = CliRunner().invoke(app, ["extract", str(FIXTURE_REPORTS / "douma_shelling.txt"),
                                      "--format", "json"])
    assert result.exit_code == 0, result.output
    payload = json.loads(result.stdout)
    assert payload["document"]["published"] == "2018-02-20"
    assert [e["event_date"] for e in payload["events"]] == ["2018-02-19"]


@needs_shared
def test_lone_text_file_takes_metadata_from_documents_jsonl(articles: list[Article]) -> None:
    assert SNN is not None
    (report,), rejected = read(SNN / articles[1].file)
    assert rejected == []
    assert report.origin == str(SNN / articles[1].file)
    assert report.text == articles[1].text
    assert (report.id, report.url, report.source, report.title) == (
        articles[1].id, articles[1].url, articles[1].source, articles[1].title)
    assert report.published == day(articles[1].published)


@needs_shared
def test_real_documents_jsonl_reads_every_named_file() -> None:
    assert SNN is not None
    reports, rejected = read(SNN / "documents.jsonl")
    assert rejected == []
    assert len(reports) == SNN_COUNT
    lines = (SNN / "documents.jsonl").read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in lines]
    for report, record in zip(reports, records, strict=True):
        assert report.id == record["id"]
        assert report.url == record["url"] and report.source == record["source"]
        assert report.title == record["title"]
        assert isinstance(report.published, dt.date)
        assert report.published == day(record["published"])
        assert report.origin == str(SNN / record["file"])
    first = reports[0]
    assert first.text == (SNN / records[0]["file"]).read_text(encoding="utf-8")


@needs_shared
def test_folder_reads_jsonl_named_files_once() -> None:
    assert SNN is not None
    reports, rejected = read(SNN)
    assert rejected == []
    assert len(reports) == SNN_COUNT
    assert len({r.id for r in reports}) == SNN_COUNT
    assert all(r.url and r.published for r in reports)


def test_jsonl_with_text_column_and_other_key_names(tmp_path: Path,
                                                    articles: list[Article]) -> None:
    first, second = articles[:2]
    table = tmp_path / "reports.ndjson"
    rows = [
        {"id": first.id, "text": first.text, "url": first.url, "source": first.source,
         "title": first.title, "published": "2015-07-21T22:15:00+03:00"},
        {"Content": second.text, "link": second.url, "outlet": "الشرق الأوسط",
         "date": "Tue, 21 Jul 2015 09:00:00 +0300", "title": second.title},
    ]
    table.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows),
                     encoding="utf-8")
    (one, two), rejected = read(table)
    assert rejected == []
    assert (one.id, one.text, one.url, one.title) == (first.id, first.text, first.url,
                                                      first.title)
    assert one.published == dt.date(2015, 7, 21)
    assert one.origin == f"{table}:1"
    assert (two.id, two.text, two.url, two.source) == ("reports-2", second.text, second.url,
                                                       "الشرق الأوسط")
    assert two.published == dt.date(2015, 7, 21)


def test_csv_with_bom_multiline_cells_and_a_long_article(tmp_path: Path,
                                                         articles: list[Article]) -> None:
    assert SNN is not None
    # A digest of many real reports: longer than the csv module's default 128 KiB field limit.
    digest = "\n\n".join(path.read_text(encoding="utf-8")
                         for path in sorted(SNN.glob("snn-*.txt"))[:120])
    assert len(digest) > 131072
    table = tmp_path / "reports.csv"
    with table.open("w", encoding="utf-8-sig", newline="") as stream:
        writer = csv.writer(stream)
        writer.writerow(["ID", "Title", "URL", "Source", "Published", "Text"])
        for article in articles[:2]:
            writer.writerow([article.id, article.title, article.url, article.source,
                             article.published, article.text])
        writer.writerow(["digest", "ملخص", "", "snn", "2015-08-11", digest])
    reports, rejected = read(table)
    assert rejected == []
    assert [r.id for r in reports] == [articles[0].id, articles[1].id, "digest"]
    assert reports[0].text == articles[0].text  # multi-line cell kept exactly
    assert reports[0].url == articles[0].url and reports[0].title == articles[0].title
    assert reports[1].origin.startswith(f"{table}:") and reports[1].published == day(
        articles[1].published)
    assert reports[2].text == digest

    tsv = tmp_path / "reports.tsv"
    tsv.write_text("title\tpublished\ttext\n"
                   f"{articles[2].title}\t{articles[2].published}\t{articles[2].paragraphs[0]}\n",
                   encoding="utf-8")
    (report,), rejected = read(tsv)
    assert rejected == []
    assert (report.text, report.title, report.origin) == (articles[2].paragraphs[0],
                                                         articles[2].title, f"{tsv}:2")


# --- web pages, feeds, archives -------------------------------------------------------------


def page(article: Article, *, charset: str = "utf-8", dated: bool = True,
         canonical: bool = True) -> str:
    """A news page as saved from a browser: navigation, the article, a footer."""
    paragraphs = "\n".join(f"<p>{p}</p>" for p in article.paragraphs)
    links = "".join(f'<li><a href="/section/{i}">{name}</a></li>' for i, name in enumerate(NAV))
    head = [f'<meta charset="{charset}">', f"<title>{article.title} | الشرق الأوسط</title>",
            '<meta property="og:site_name" content="الشرق الأوسط">']
    if canonical:
        head.append(f'<link rel="canonical" href="{article.url}">')
    if dated:
        head.append(f'<meta property="article:published_time" '
                    f'content="{article.published}T08:30:00+03:00">')
    return f"""<!DOCTYPE html>
<html lang="ar" dir="rtl"><head>{"".join(head)}</head>
<body>
<header><nav><ul>{links}</ul></nav></header>
<main><article><h1>{article.title}</h1>
{paragraphs}
</article></main>
<aside><h3>الأكثر قراءة</h3><ul><li><a href="/x">{NAV[1]}</a></li></ul></aside>
<footer><p>{FOOTER[0]}</p><p><a href="/privacy">{FOOTER[1]}</a></p><p>{FOOTER[2]} 2015</p>
</footer></body></html>
"""


def test_html_page_keeps_the_article_and_drops_the_page_furniture(
        tmp_path: Path, articles: list[Article]) -> None:
    article = articles[0]
    path = tmp_path / "article.html"
    path.write_text(page(article), encoding="utf-8")
    old = tmp_path / "old-site.htm"
    old.write_bytes(page(articles[1], charset="windows-1256", canonical=False,
                         dated=False).encode("cp1256"))
    (report, legacy), rejected = read(path, old)
    assert rejected == []
    for paragraph in article.paragraphs:
        assert paragraph in " ".join(report.text.split())
    assert not any(junk in report.text for junk in JUNK)
    assert report.title == article.title
    assert report.published == day(article.published)
    assert report.url == article.url
    assert report.source == "الشرق الأوسط"
    assert (report.id, report.origin, report.encoding) == ("article", str(path), "utf-8")

    assert legacy.encoding == "cp1256"
    assert articles[1].paragraphs[0] in " ".join(legacy.text.split())
    assert legacy.published is None and legacy.url == ""


RSS = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel>
<title>الشرق الأوسط - سوريا</title><link>https://aawsat.com/</link>
<description>أخبار سوريا</description>
{items}
</channel></rss>
"""
RSS_ITEM = """<item><title>{title}</title><link>{url}</link><guid>{id}</guid>
<pubDate>{date}</pubDate><description><![CDATA[{html}]]></description></item>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
<title>الشرق الأوسط</title><id>tag:aawsat.com,2015:feed</id>
<updated>2015-07-21T12:00:00Z</updated>
{entries}
</feed>
"""
ATOM_ENTRY = """<entry><title>{title}</title><link href="{url}"/><id>{id}</id>
<published>{date}</published><updated>{date}</updated>
<content type="html">{html}</content></entry>"""


def entry_html(article: Article) -> str:
    return "".join(f"<p>{p}</p>" for p in article.paragraphs)


def test_rss_and_atom_entries_become_reports(tmp_path: Path, articles: list[Article]) -> None:
    rss = tmp_path / "syria.rss"
    # 01:30 on the 22nd in Riyadh is still the 21st in UTC: the written day is kept.
    dates = ["Wed, 22 Jul 2015 01:30:00 +0300", "Tue, 21 Jul 2015 10:00:00 GMT"]
    rss.write_text(RSS.format(items="\n".join(
        RSS_ITEM.format(title=a.title, url=a.url, id=a.id, date=d, html=entry_html(a))
        for a, d in zip(articles[:2], dates, strict=True))), encoding="utf-8")
    atom = tmp_path / "syria.atom"
    atom.write_text(ATOM.format(entries="\n".join(
        ATOM_ENTRY.format(title=a.title, url=a.url, id=f"urn:snn:{a.id}",
                          date=f"{a.published}T09:00:00+03:00",
                          html=entry_html(a).replace("&", "&amp;").replace("<", "&lt;"))
        for a in articles[2:4])), encoding="utf-8")
    reports, rejected = read(rss, atom)
    assert rejected == []
    assert [r.id for r in reports] == [articles[0].id, articles[1].id,
                                       f"urn:snn:{articles[2].id}", f"urn:snn:{articles[3].id}"]
    for report, article in zip(reports, articles, strict=True):
        assert report.text == "\n\n".join(article.paragraphs)  # paragraphs kept apart
        assert report.title == article.title and report.url == article.url
    assert [r.published for r in reports] == [dt.date(2015, 7, 22), dt.date(2015, 7, 21),
                                              day(articles[2].published),
                                              day(articles[3].published)]
    assert [r.source for r in reports] == ["الشرق الأوسط - سوريا"] * 2 + ["الشرق الأوسط"] * 2
    assert reports[0].origin == f"{rss}#entry-1" and reports[3].origin == f"{atom}#entry-2"


def warc_record(writer: WARCWriter, uri: str, body: bytes, content_type: str,
                status: str = "200 OK") -> Any:
    headers = StatusAndHeaders(status, [("Content-Type", content_type)], protocol="HTTP/1.1")
    return writer.create_warc_record(uri, "response", payload=io.BytesIO(body),
                                     length=len(body), http_headers=headers,
                                     warc_headers_dict={"WARC-Date": "2015-08-02T06:00:00Z"})


def write_warc(articles: list[Article]) -> bytes:
    """Two article pages, a stylesheet and a missing page, gzipped record by record."""
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=True)
    writer.write_record(warc_record(writer, articles[0].url, page(articles[0]).encode(),
                                    "text/html; charset=utf-8"))
    writer.write_record(warc_record(writer, "https://aawsat.com/style.css",
                                    b"body { direction: rtl; }", "text/css"))
    writer.write_record(warc_record(writer, "https://aawsat.com/missing",
                                    page(articles[2]).encode(), "text/html", "404 Not Found"))
    writer.write_record(warc_record(writer, articles[1].url,
                                    page(articles[1], dated=False).encode(), "text/html"))
    return buffer.getvalue()


def test_warc_archive_html_responses(tmp_path: Path, articles: list[Article]) -> None:
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(write_warc(articles))
    (first, second), rejected = read(path)
    assert rejected == []
    assert (first.url, second.url) == (articles[0].url, articles[1].url)
    assert first.id == articles[0].url
    assert first.published == day(articles[0].published)
    assert second.published == dt.date(2015, 8, 2)  # no date in the page: the crawl's day
    assert first.title == articles[0].title
    assert articles[1].paragraphs[-1] in " ".join(second.text.split())
    assert not any(junk in first.text for junk in JUNK)
    assert first.origin == f"{path}@0"
    assert second.origin.startswith(f"{path}@") and second.origin != first.origin


def telegram_export(articles: list[Article], **extra: object) -> dict[str, object]:
    first, second = articles[:2]
    return {
        "name": "أخبار سوريا العاجلة", "type": "public_channel", "id": 1234567890, **extra,
        "messages": [
            {"id": 1, "type": "service", "date": "2015-07-20T09:00:00",
             "actor": "أخبار سوريا العاجلة", "action": "create_channel", "text": ""},
            {"id": 2, "type": "message", "date": "2015-07-21T10:00:00",
             "date_unixtime": "1437462000", "from": "أخبار سوريا العاجلة",
             "text": first.text,
             "text_entities": [{"type": "plain", "text": first.text}]},
            {"id": 3, "type": "message", "date": "2015-07-21T23:50:00",
             "text": [{"type": "bold", "text": second.title}, "\n\n",
                      second.paragraphs[0], " ",
                      {"type": "hashtag", "text": "#سوريا"}],
             "text_entities": []},
            {"id": 4, "type": "message", "date": "2015-07-22T08:00:00",
             "photo": "photos/photo_1.jpg", "text": ""},
        ],
    }


def test_telegram_export_posts(tmp_path: Path, articles: list[Article]) -> None:
    path = tmp_path / "result.json"
    path.write_text(json.dumps(telegram_export(articles), ensure_ascii=False), encoding="utf-8")
    (plain, entities), rejected = read(path)
    assert rejected == []
    assert plain.text == articles[0].text
    assert entities.text == f"{articles[1].title}\n\n{articles[1].paragraphs[0]} #سوريا"
    assert (plain.id, entities.id) == ("1234567890/2", "1234567890/3")
    assert plain.source == "أخبار سوريا العاجلة" and plain.url == ""
    assert (plain.published, entities.published) == (dt.date(2015, 7, 21),) * 2
    assert plain.origin == f"{path}#message-2"

    named = tmp_path / "named.json"
    named.write_text(json.dumps(telegram_export(articles, username="syria_news")),
                     encoding="utf-8")
    reports, _ = read(named)
    assert [r.url for r in reports] == ["https://t.me/syria_news/2", "https://t.me/syria_news/3"]


# --- dates and bad input --------------------------------------------------------------------


@pytest.mark.parametrize("value", [
    dt.date(2015, 7, 21), dt.datetime(2015, 7, 21, 23, 0), "2015-07-21", "2015-07-21T10:00:00",
    "2015-07-21T23:30:00Z", "2015-07-21T23:30:00+03:00", "Tue, 21 Jul 2015 10:00:00 +0300",
])
def test_published_formats(value: object) -> None:
    assert to_date(value) == dt.date(2015, 7, 21)


def test_missing_and_unparseable_dates(tmp_path: Path, articles: list[Article]) -> None:
    assert to_date(None) is None and to_date("") is None
    table = tmp_path / "dates.jsonl"
    table.write_text(
        json.dumps({"text": articles[0].text}, ensure_ascii=False) + "\n"
        + json.dumps({"text": articles[1].text, "published": "الأسبوع الماضي"},
                     ensure_ascii=False) + "\n", encoding="utf-8")
    (report,), (bad,) = read(table)
    assert report.published is None
    assert bad.origin == f"{table}:2"
    assert bad.reason == "published date 'الأسبوع الماضي' is not a date"


def test_bad_inputs_are_rejected_by_name_and_reading_goes_on(
        tmp_path: Path, articles: list[Article]) -> None:
    binary = tmp_path / "scan.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00\x00\x00\rIHDR" + b"\x00" * 64)
    broken = tmp_path / "feed.jsonl"
    broken.write_text(
        json.dumps({"id": "one", "text": articles[0].text}, ensure_ascii=False) + "\n"
        + '{"id": "two", "text": "قصف على حلب\n'  # cut off mid-record
        + json.dumps({"id": "three", "text": articles[1].text}, ensure_ascii=False) + "\n"
        + json.dumps(["not", "an", "object"]) + "\n"
        + json.dumps({"id": "blank", "text": "  \n "}) + "\n",
        encoding="utf-8")
    data = write_warc(articles)
    truncated = tmp_path / "cut.warc.gz"
    truncated.write_bytes(data[: len(data) - 300])
    not_telegram = tmp_path / "config.json"
    not_telegram.write_text('{"language": "ar", "threshold": 0.5}', encoding="utf-8")
    not_json = tmp_path / "result.json"
    not_json.write_text('{"name": "قناة", "messages": [', encoding="utf-8")
    unsupported = tmp_path / "report.docx"
    unsupported.write_bytes(b"PK\x03\x04")
    not_feed = tmp_path / "feed.xml"
    not_feed.write_text("<html><body><p>ليس موجزاً</p>", encoding="utf-8")
    missing = tmp_path / "missing.txt"

    reports, rejected = read(missing, binary, broken, truncated, not_telegram, not_json,
                             unsupported, not_feed)
    assert [r.id for r in reports] == ["one", "three", articles[0].url]
    reasons = {r.origin: r.reason for r in rejected}
    assert reasons[str(missing)] == "no such file or folder"
    assert reasons[str(binary)] == "binary, not text"
    assert reasons[f"{broken}:2"].startswith("not valid JSON")
    assert reasons[f"{broken}:4"] == "not a JSON object but list"
    assert reasons[f"{broken}:5"] == "no text"
    assert any(origin.startswith(f"{truncated}@") and "truncated" in reason
               for origin, reason in reasons.items())
    assert reasons[str(not_telegram)].startswith("not a Telegram channel export")
    assert reasons[str(not_json)].startswith("not valid JSON")
    assert reasons[str(unsupported)] == "unsupported format: .docx"
    assert str(not_feed) in reasons
    assert len(rejected) == 10


def test_csv_rows_with_too_many_fields_and_unreadable_files(tmp_path: Path,
                                                           articles: list[Article]) -> None:
    table = tmp_path / "reports.csv"
    table.write_text(f"title,file\n{articles[0].title},a.txt\nعنوان,b.txt,زائد\n,missing.txt\n",
                     encoding="utf-8")
    (tmp_path / "a.txt").write_text(articles[0].text, encoding="utf-8")
    reports, rejected = read(table)
    assert [(r.id, r.title, r.origin) for r in reports] == [
        ("a", articles[0].title, str(tmp_path / "a.txt"))]
    assert [r.origin for r in rejected] == [f"{table}:3", f"{table}:4"]
    assert rejected[0].reason == "3 fields but the header has 2"
    assert "missing.txt" in rejected[1].reason
