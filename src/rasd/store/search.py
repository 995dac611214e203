"""Full-text search in report text, with the database's own engine: an FTS5 table in
SQLite, a `tsvector` column (table `document_search`) with a GIN index in PostgreSQL.

Both hold the report's title and text *folded* by `rasd.text.normalize` (hamza forms, ta
marbuta, alef maqsura, diacritics and tatweel made one), and a query is folded the same way,
so `مدرسة` finds `مدرسه` and `إدلب` finds `ادلب`; the article, conjunctions and one-letter
prepositions written onto a word are set aside by `rasd.text.clitics` (`search_word`), so
`قصف` finds `والقصف`, `بقصف` and `للقصف`, and `وزير` finds `الوزير`. A query is a
phrase: it matches a report holding its words one after the other, in its order
(punctuation between them aside). The index is written beside the report in the same
transaction (`index_document`), so it cannot drift from `documents`; a deleted report
leaves it through a trigger (SQLite) or a cascading foreign key (PostgreSQL).

These objects are dialect-specific, so they live outside `rasd.store.schema`'s metadata:
migration 0005 creates them (`create_index`), and `SEARCH_TABLES` names them so the
schema check leaves them alone.
"""

from __future__ import annotations

from typing import Any

import regex
from sqlalchemy import (
    Boolean,
    ColumnElement,
    Connection,
    bindparam,
    false,
    func,
    literal_column,
    select,
    text,
)
from sqlalchemy import column as sql_column
from sqlalchemy import table as sql_table
from sqlalchemy.ext.compiler import compiles

from rasd.store.schema import documents, events
from rasd.text.clitics import bare_word
from rasd.text.normalize import normalize

__all__ = ["SEARCH_TABLES", "create_index", "drop_index", "fold_text", "index_document",
           "matches_text", "query_words", "reindex", "schema_object", "search_word",
           "search_words"]

SEARCH_TABLES = frozenset({"documents_fts", "documents_fts_data", "documents_fts_idx",
                           "documents_fts_content", "documents_fts_docsize",
                           "documents_fts_config", "document_search"})


def schema_object(_object: Any, name: str | None, kind: str, _reflected: bool,
                  _compare_to: Any) -> bool:
    """For alembic's `include_object`: the search index is not part of the metadata."""
    return not (kind == "table" and name in SEARCH_TABLES)


_WORD = regex.compile(r"[\p{L}\p{N}]+")
_MAX_WORDS = 16  # a query is a phrase, not a document


def search_word(word: str) -> str:
    """A folded word as the index keeps it: without the article, conjunctions and one-letter
    prepositions written onto its front (`rasd.text.clitics.bare_word`)."""
    return bare_word(word)


def fold_text(value: str) -> str:
    """The searchable form of a report or a query: rasd's normalised view of it."""
    return normalize(value).text if value else ""


def search_words(value: str) -> list[str]:
    """The words of a text as the index holds them: folded, cut at anything but letters and
    digits, each without its leading clitics (`search_word`)."""
    return [search_word(word) for word in _WORD.findall(fold_text(value))]


def query_words(query: str) -> list[str]:
    """A query's words, cut and folded as the reports' were."""
    return search_words(query.strip())[:_MAX_WORDS]


def create_index(connection: Connection) -> None:
    """Create the index for this database's dialect and fill it from the stored reports."""
    if connection.dialect.name == "sqlite":
        connection.execute(text("CREATE VIRTUAL TABLE documents_fts USING "
                                "fts5(body, tokenize='unicode61 remove_diacritics 2')"))
        connection.execute(text("CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents "
                                "BEGIN DELETE FROM documents_fts WHERE rowid = old.id; END"))
    else:
        connection.execute(text(
            "CREATE TABLE document_search (document_id INTEGER PRIMARY KEY "
            "REFERENCES documents (id) ON DELETE CASCADE, body TSVECTOR NOT NULL)"))
        connection.execute(text("CREATE INDEX ix_document_search_body ON document_search "
                                "USING GIN (body)"))
    rows = connection.execute(select(documents.c.id, documents.c.title, documents.c.text))
    for document_id, title, body in rows.all():
        index_document(connection, int(document_id), title or "", body or "")


def reindex(connection: Connection) -> None:
    """Build the index again from the stored reports: after a change in how words are
    folded, so old reports are found as new ones are."""
    drop_index(connection)
    create_index(connection)


def drop_index(connection: Connection) -> None:
    if connection.dialect.name == "sqlite":
        connection.execute(text("DROP TRIGGER IF EXISTS documents_fts_delete"))
        connection.execute(text("DROP TABLE IF EXISTS documents_fts"))
    else:
        connection.execute(text("DROP TABLE IF EXISTS document_search"))


def index_document(connection: Connection, document_id: int, title: str, body: str) -> None:
    """Add (or replace) one report in the index; call inside the transaction storing it."""
    folded = " ".join(search_words(f"{title}\n{body}"))
    if connection.dialect.name == "sqlite":
        connection.execute(text("DELETE FROM documents_fts WHERE rowid = :id"),
                           {"id": document_id})
        connection.execute(text("INSERT INTO documents_fts (rowid, body) VALUES (:id, :body)"),
                           {"id": document_id, "body": folded})
    else:
        connection.execute(text(
            "INSERT INTO document_search (document_id, body) "
            "VALUES (:id, to_tsvector('simple', :body)) ON CONFLICT (document_id) "
            "DO UPDATE SET body = excluded.body"), {"id": document_id, "body": folded})


_FTS = sql_table("documents_fts", sql_column("rowid"))
_PG = sql_table("document_search", sql_column("document_id"), sql_column("body"))


class _ReportHolds(ColumnElement[bool]):
    """`events.document_id` is a report holding the phrase `words`: compiled for the
    dialect at hand, so a query can be built before it knows its database."""

    inherit_cache = False
    type = Boolean()

    def __init__(self, words: list[str]) -> None:
        self.words = words


@compiles(_ReportHolds, "sqlite")
def _sqlite_match(element: _ReportHolds, compiler: Any, **kw: Any) -> str:
    expression = '"' + " ".join(element.words).replace('"', '""') + '"'  # one FTS5 phrase
    found = select(_FTS.c.rowid).where(
        literal_column("documents_fts").op("MATCH")(bindparam(None, expression)))
    return str(compiler.process(events.c.document_id.in_(found), **kw))


@compiles(_ReportHolds, "postgresql")
def _postgres_match(element: _ReportHolds, compiler: Any, **kw: Any) -> str:
    found = select(_PG.c.document_id).where(_PG.c.body.op("@@")(
        func.phraseto_tsquery(literal_column("'simple'::regconfig"),
                             bindparam(None, " ".join(element.words)))))
    return str(compiler.process(events.c.document_id.in_(found), **kw))


def matches_text(query: str) -> ColumnElement[bool]:
    """A condition on `events`: its report holds the phrase `query`, folded. The phrase is
    a bound parameter (quoted as an FTS5 string), so a query is never search syntax."""
    words = query_words(query)
    return _ReportHolds(words) if words else false()
