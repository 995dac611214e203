"""The store on SQLite and on a real PostgreSQL server (started by scripts/test): ingest
real reports once each, group two outlets' reports of one explosion into one incident,
filter safely, export in ACLED's columns, and survive a kill mid-ingest."""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import SHARED, fixture_report, needs_shared
from sqlalchemy import create_engine, func, select, text

from rasd.sources import Rejected, Report
from rasd.store import EventQuery, ExportFormat, Store
from rasd.store.db import database_url
from rasd.store.export import ACLED_COLUMNS, EVENT_COLUMNS, interaction_code
from rasd.store.incidents import GroupingRules, Member, same_incident, summarise
from rasd.store.schema import documents, metadata
from rasd.store.search import drop_index

CORPUS = SHARED / "corpus" / "saudinewsnet_syria" if SHARED else None
POSTGRES = os.environ.get("RASD_TEST_POSTGRES")
BACKENDS = ["sqlite", "postgresql"]


def corpus_reports(keys: set[str] | None = None) -> Iterator[Report]:
    assert CORPUS is not None
    with (CORPUS / "documents.jsonl").open(encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            if keys is None or record["id"] in keys:
                yield Report(text=(CORPUS / record["file"]).read_text(encoding="utf-8"),
                             origin=record["file"], id=record["id"], url=record["url"],
                             source=record["source"], title=record["title"],
                             published=dt.date.fromisoformat(record["published"]))


def _empty_postgres(url: str) -> None:
    engine = create_engine(database_url(url))
    with engine.begin() as connection:
        drop_index(connection)  # the search index depends on documents
        metadata.drop_all(connection)
        connection.execute(text("DROP TABLE IF EXISTS alembic_version"))
    engine.dispose()


@pytest.fixture(params=BACKENDS)
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """An empty database: a SQLite file, or the test PostgreSQL server emptied."""
    if request.param == "sqlite":
        return str(tmp_path / "rasd.db")
    if not POSTGRES:
        if os.environ.get("CI"):
            pytest.fail("RASD_TEST_POSTGRES is not set: scripts/test starts PostgreSQL")
        pytest.skip("no test PostgreSQL (run the suite with scripts/test)")
    _empty_postgres(POSTGRES)
    return POSTGRES


@pytest.fixture
def store(db_url: str) -> Iterator[Store]:
    opened = Store(db_url)
    yield opened
    opened.engine.dispose()


def test_migrations_build_exactly_the_schema(store: Store) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    with store.engine.connect() as connection:
        from rasd.store.search import schema_object

        context = MigrationContext.configure(connection,
                                             opts={"include_object": schema_object})
        differences = compare_metadata(context, metadata)
    assert differences == []


def test_database_url_forms() -> None:
    assert database_url("x/rasd.db") == "sqlite:///x/rasd.db"
    assert database_url("postgresql://u@h/d") == "postgresql+psycopg://u@h/d"
    assert database_url("sqlite:///a.db") == "sqlite:///a.db"


def test_bad_database_is_a_clear_error(tmp_path: Path) -> None:
    from rasd.errors import StoreError

    with pytest.raises(StoreError, match="no folder"):
        Store(str(tmp_path / "missing" / "rasd.db"))
    with pytest.raises(StoreError):
        Store("postgresql://nobody@127.0.0.1:1/none")


@needs_shared
def test_ingest_twice_adds_nothing(store: Store) -> None:
    keys = {f"snn-{n:04d}" for n in range(0, 40, 4)}
    first = store.ingest(corpus_reports(keys))
    assert (first.added, first.duplicates, first.failed) == (10, 0, 0)
    counts = store.counts()
    assert counts["documents"] == 10 and counts["events"] == first.events > 0
    second = store.ingest(corpus_reports(keys))
    assert (second.added, second.duplicates, second.events) == (0, 10, 0)
    assert store.counts() == counts
    assert store.check() == []


@needs_shared
def test_stored_event_keeps_evidence_offsets(store: Store) -> None:
    report = next(corpus_reports({"snn-0072"}))
    store.ingest([report])
    with store.engine.connect() as connection:
        from rasd.store.export import event_records

        records = list(event_records(connection))
    assert records
    for record in records:
        for span in record["evidence"]:
            assert report.text[span["start"]:span["end"]] == span["text"]


@needs_shared
@pytest.mark.usefixtures("rules_only")
def test_two_outlets_one_explosion_make_one_incident(store: Store) -> None:
    # The Rmeilan arms-depot explosion: al-Riyadh says at least two killed, al-Yaum ten.
    store.ingest(corpus_reports({"snn-0072", "snn-0111"}))
    buffer = io.StringIO()
    store.export(buffer, ExportFormat.jsonl, incidents=True)
    incidents = [json.loads(line) for line in buffer.getvalue().splitlines()]
    rmeilan = [i for i in incidents if i["location_name"] == "رميلان"]
    assert len(rmeilan) == 1
    incident = rmeilan[0]
    assert incident["event_type"] == "Explosions/Remote violence"
    assert (incident["fatalities_min"], incident["fatalities_max"]) == (2, 10)
    assert incident["fatalities"] == 2  # ACLED: the lowest credible figure
    assert incident["source_count"] == 2 and incident["grade"] == "fair"
    assert sorted(s["source"] for s in incident["sources"]) == ["alriyadh", "alyaum"]
    assert sorted(s["fatalities"] for s in incident["sources"]) == [2, 10]


@needs_shared
@pytest.mark.usefixtures("rules_only")
def test_a_rejected_event_leaves_its_incident_figures(store: Store) -> None:
    from rasd.store import review
    from rasd.store.schema import events, incident_members

    store.ingest(corpus_reports({"snn-0072", "snn-0111"}))

    def rmeilan() -> dict:
        buffer = io.StringIO()
        store.export(buffer, ExportFormat.jsonl, incidents=True)
        found = [json.loads(line) for line in buffer.getvalue().splitlines()]
        (incident,) = [i for i in found if i["location_name"] == "رميلان"]
        return incident

    before = rmeilan()
    with store.engine.connect() as connection:
        ten = connection.execute(
            select(events.c.id).join(incident_members)
            .where(incident_members.c.incident_id == before["incident_id"],
                   events.c.fatalities == 10)).scalar_one()
    review.reject_event(store.engine, ten, "reviewer")
    alone = rmeilan()
    assert alone["incident_id"] == before["incident_id"]
    assert (alone["fatalities_min"], alone["fatalities_max"], alone["source_count"],
            alone["grade"]) == (2, 2, 1, "weak")
    assert store.check() == []
    assert store.regroup() and rmeilan()["fatalities_max"] == 2  # regrouping leaves it out
    review.accept_event(store.engine, ten, "reviewer")  # taken back: it joins again
    again = rmeilan()
    assert (again["fatalities_min"], again["fatalities_max"], again["grade"]) == (2, 10, "fair")
    assert store.check() == []


def _member(event_id: int, document_id: int, outlet: str, day: int, lat: float,
            fatalities: int = 0, gazetteer_id: str | None = None) -> Member:
    return Member(event_id, document_id, outlet, "Battles", "Armed clash",
                  dt.date(2019, 5, day), "x", gazetteer_id, "Idlib", None, lat, 36.6, 1,
                  fatalities)


def test_incident_rules() -> None:
    rules = GroupingRules(max_days=1, max_km=5)
    a = _member(1, 1, "a", 10, 35.90, 3)
    assert same_incident(a, _member(2, 2, "b", 11, 35.92), rules)  # 2 km, a day later
    assert not same_incident(a, _member(2, 2, "b", 12, 35.90), rules)  # two days
    assert not same_incident(a, _member(2, 2, "b", 10, 36.10), rules)  # 22 km
    assert not same_incident(a, _member(2, 1, "b", 10, 35.90), rules)  # same report
    summary = summarise([a, _member(2, 2, "a", 10, 35.9, 0), _member(3, 3, "b", 10, 35.9, 7)])
    assert (summary["fatalities_min"], summary["fatalities_max"], summary["fatalities"]) == (
        3, 7, 3)  # a report silent on the toll is not a zero
    assert summary["source_count"] == 3 and summary["outlet_count"] == 2
    assert summary["grade"] == "fair"
    assert summarise([a, _member(2, 2, "a", 10, 35.9)])["grade"] == "weak"  # one outlet


def test_interaction_codes() -> None:
    assert interaction_code(1, 7) == 17 and interaction_code(7, 1) == 17
    assert interaction_code(2, None) == 20 and interaction_code(None, None) is None


@needs_shared
def test_filters_and_hostile_values(store: Store) -> None:
    store.ingest(corpus_reports({f"snn-{n:04d}" for n in range(20)}))
    from rasd.store.export import event_records

    with store.engine.connect() as connection:
        everything = list(event_records(connection))
        assert everything
        governorate = next(r["admin1"] for r in everything if r["admin1"])
        chosen = list(event_records(connection, EventQuery(admin1=governorate.upper())))
        assert chosen and all(r["admin1"] == governorate for r in chosen)
        idleb = list(event_records(connection, EventQuery(admin1="Idleb")))
        assert idleb  # other spellings find OCHA's
        for spelling in ("Idlib", "idlib", "إدلب", "Edlib"):
            assert list(event_records(connection, EventQuery(admin1=spelling))) == idleb
        deadly = list(event_records(connection, EventQuery(min_fatalities=5)))
        assert all(r["fatalities"] >= 5 for r in deadly)
        strikes = list(event_records(connection, EventQuery(event_type="air/drone strike")))
        assert all(r["sub_event_type"] == "Air/drone strike" for r in strikes)
        word = everything[0]["location_name"]
        assert list(event_records(connection, EventQuery(text=word)))
        for hostile in ("' OR '1'='1", "%", "_", "\"; DROP TABLE events; --", "\\", "%'--"):
            query = EventQuery(admin1=hostile, actor=hostile, text=hostile, event_type=hostile)
            assert list(event_records(connection, query)) == []
            assert list(event_records(connection, EventQuery(text=hostile))) == []
        assert connection.execute(select(func.count()).select_from(documents)).scalar() == 20


@needs_shared
def test_acled_csv_export(store: Store) -> None:
    store.ingest(corpus_reports({"snn-0072", "snn-0111", "snn-0163"}))
    for incidents in (False, True):
        buffer = io.StringIO()
        count = store.export(buffer, ExportFormat.acled_csv, incidents=incidents)
        rows = list(csv.reader(io.StringIO(buffer.getvalue())))
        assert rows[0] == ACLED_COLUMNS and len(rows) == count + 1 > 1
        records = [dict(zip(rows[0], row, strict=True)) for row in rows[1:]]
        for record in records:
            assert record["event_id_cnty"][:3].isalpha()
            if record["country"] == "Syria":
                assert record["iso"] == "760" and record["region"] == "Middle East"
            assert record["disorder_type"]
    buffer = io.StringIO()
    store.export(buffer, ExportFormat.geojson)
    collection = json.loads(buffer.getvalue())
    assert collection["type"] == "FeatureCollection" and collection["features"]
    for feature in collection["features"]:
        if feature["geometry"]:
            longitude, latitude = feature["geometry"]["coordinates"]
            assert -180 <= longitude <= 180 and -90 <= latitude <= 90


def test_unreadable_report_is_listed_not_fatal(store: Store) -> None:
    items = [Rejected("bad.txt", "not text"),
             Report(fixture_report("saraqeb_strike.txt"), "000.txt", id="000",
                    published=dt.date(2019, 5, 11))]
    stats = store.ingest(items)
    assert stats.added == 1 and stats.failed == 1
    assert stats.rejected[0].origin == "bad.txt"


def test_extraction_bug_rejects_the_report_only(store: Store) -> None:
    def broken(report: Report) -> list:
        if report.id == "boom":
            raise ValueError("unexpected")
        from rasd.store import extract_report

        return extract_report(report)

    stats = store.ingest([Report("نص " * 5, "boom.txt", id="boom"),
                          Report(fixture_report("saraqeb_strike.txt"), "000.txt", id="000")],
                         extract=broken)
    assert stats.added == 1 and [r.origin for r in stats.rejected] == ["boom.txt"]
    assert "ValueError" in stats.rejected[0].reason
    assert store.check() == []


def test_regroup_is_deterministic(store: Store) -> None:
    first, second = fixture_report("saraqeb_strike.txt"), fixture_report(
        "saraqeb_second_outlet.txt")
    store.ingest([Report(first, "a.txt", id="a", source="a", published=dt.date(2019, 6, 15))])
    store.ingest([Report(second, "b.txt", id="b", source="b", published=dt.date(2019, 6, 15))])
    # three events of the first report, one of the second: its strike on سراقب joins the first
    assert store.counts()["events"] == 4
    before = store.counts()["incidents"]
    assert before == 3
    assert store.regroup() == before == store.regroup()
    assert store.check() == []


def test_two_outlets_on_one_strike_make_one_incident_with_a_range(store: Store) -> None:
    """The same strike on سراقب told by two outlets with 3 and 5 dead: one incident, the
    lowest figure as ACLED's, the range and both sources kept, graded fair."""
    for name, outlet in (("saraqeb_strike.txt", "outlet-a"),
                         ("saraqeb_second_outlet.txt", "outlet-b")):
        store.ingest([Report(fixture_report(name), name, id=name, source=outlet,
                             published=dt.date(2019, 6, 15))])
    out = io.StringIO()
    store.export(out, ExportFormat.jsonl, incidents=True)
    incidents = [json.loads(line) for line in out.getvalue().splitlines()]
    strike = [i for i in incidents if i["location_name"] == "سراقب"]
    assert len(strike) == 1, incidents
    assert (strike[0]["fatalities"], strike[0]["fatalities_min"], strike[0]["fatalities_max"],
            strike[0]["source_count"], strike[0]["grade"]) == (3, 3, 5, 2, "fair")
    assert sorted(s["fatalities"] for s in strike[0]["sources"]) == [3, 5]


def test_event_export_keeps_its_columns_and_the_machines_reading(store: Store) -> None:
    store.ingest([Report(fixture_report("douma_shelling.txt"), "d.txt", id="d",
                         source="outlet-a", published=dt.date(2018, 2, 20))])
    out = io.StringIO()
    store.export(out, ExportFormat.csv)
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert list(rows[0]) == EVENT_COLUMNS
    assert len(rows) == 1
    row = rows[0]
    assert (row["document"], row["location_name"], row["admin1"], row["event_date"],
            row["fatalities"], row["review_state"]) == (
        "d", "دوما", "Rural Damascus", "2018-02-19", "2", "unreviewed")
    assert json.loads(row["evidence"])[0]["text"] in fixture_report("douma_shelling.txt")


@needs_shared
def test_killed_ingest_resumes_without_loss_or_duplicates(db_url: str) -> None:
    """SIGKILL an ingest of the corpus part-way, run it again: every report once."""
    jsonl = CORPUS / "documents.jsonl"
    command = [sys.executable, "-m", "rasd.cli", "ingest", str(jsonl), "--db", db_url]
    Store(db_url).engine.dispose()  # schema in place, so the poll below can count
    engine = create_engine(database_url(db_url))
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 120
        stored = 0
        while time.monotonic() < deadline and process.poll() is None:
            with engine.connect() as connection:
                stored = connection.execute(select(func.count()).select_from(documents)
                                            ).scalar_one()
            if stored >= 25:
                break
            time.sleep(0.05)
        assert process.poll() is None, "the ingest finished before it could be killed"
        process.send_signal(signal.SIGKILL)
        process.wait(10)
    finally:
        if process.poll() is None:
            process.kill()
    engine.dispose()
    partial = Store(db_url)
    assert 25 <= partial.counts()["documents"] < 397
    assert partial.check() == []
    partial.engine.dispose()
    rerun = subprocess.run(command, capture_output=True, text=True, timeout=600)
    assert rerun.returncode == 0, rerun.stderr[-2000:]
    final = Store(db_url)
    assert final.counts()["documents"] == 397
    assert final.check() == []
    final.engine.dispose()


def test_migration_gives_old_api_tokens_an_expiry(db_url: str) -> None:
    """Tokens made before 0004 never expired; after it they last 90 days from the upgrade,
    and their owner's role stays their ceiling."""
    from alembic import command

    from rasd.store.db import _alembic_config, migrate
    from rasd.store.users import user_for_token

    engine = create_engine(database_url(db_url))
    with engine.begin() as connection:
        config = _alembic_config()
        config.attributes["connection"] = connection
        command.upgrade(config, "0003")
    now = dt.datetime.now(dt.UTC)
    token = "rasd_old-token"
    with engine.begin() as connection:
        connection.execute(text(
            "INSERT INTO users (username, password_hash, role, must_change_password, "
            "disabled, created_at) VALUES ('old', 'x', 'reviewer', false, false, :now)"),
            {"now": now})
        connection.execute(text(
            "INSERT INTO api_tokens (token_hash, user_id, name, created_at) "
            "SELECT :digest, id, 'old', :now FROM users WHERE username = 'old'"),
            {"digest": hashlib.sha256(token.encode()).hexdigest(), "now": now})
    migrate(engine)
    with engine.connect() as connection:
        expires = connection.execute(text("SELECT expires_at FROM api_tokens")).scalar_one()
    if isinstance(expires, str):  # SQLite through a raw text query
        expires = dt.datetime.fromisoformat(expires)
    expires = expires if expires.tzinfo else expires.replace(tzinfo=dt.UTC)
    assert dt.timedelta(days=89) < expires - now < dt.timedelta(days=91)
    user = user_for_token(engine, token)
    assert user is not None and user.role == "reviewer"
    engine.dispose()


def _fixture_store(store: Store) -> dict[str, list[int]]:
    """The tests' own reports stored, with their event ids by report."""
    from rasd.store.schema import events

    for name, day in (("saraqeb_strike.txt", 15), ("saraqeb_second_outlet.txt", 15),
                      ("douma_shelling.txt", 20)):
        store.ingest([Report(fixture_report(name), name, id=name, source=name[:6],
                             published=dt.date(2019, 6, day))])
    with store.engine.connect() as connection:
        rows = connection.execute(select(events.c.id, documents.c.doc_key)
                                  .select_from(events.join(documents))
                                  .order_by(events.c.id)).all()
    found: dict[str, list[int]] = {}
    for event_id, key in rows:
        found.setdefault(key, []).append(event_id)
    return found


def test_search_finds_report_text_whatever_the_spelling(store: Store) -> None:
    """The full-text index holds folded text, so hamza, ta marbuta, diacritics and tatweel
    variants of a phrase find the same report, on SQLite and PostgreSQL alike."""
    ids = _fixture_store(store)
    douma = set(ids["douma_shelling.txt"])
    assert douma

    def found(text: str) -> set[int]:
        return {r["event_id"] for r in store.events(EventQuery(text=text))}

    assert found("بقذائف الهاون") == douma  # a phrase in the report text only
    assert found("مقتل إمرأتين") == douma  # hamza on the alef, not in the report
    assert found("مدينه دوما") == douma  # ta marbuta written as ha
    assert found("بقذائـف الهَاون") == douma  # tatweel and a diacritic
    assert found("هاون") == douma  # the article set aside: `هاون` finds `الهاون`
    assert found("وبقذائف والهاون") == douma  # and the conjunction و
    assert found("قذائف") == douma  # the preposition ب set aside: `قذائف` finds `بقذائف`
    assert found("لقذائف للهاون") == douma  # other prepositions, stacked clitics
    assert found("فبقذائف كالهاون") == douma
    assert found("بمدينة دوما") == douma  # a preposition the report does not write
    assert found("شرقيه") == douma  # ta marbuta and the article together
    assert found("قصفت قوى") == set()  # a different word is still a different word
    assert found("الهاون سراقب") == set()  # a phrase: its words in one report, in order
    assert found("الهاون بقذائف") == set()
    assert found("غواصة") == set()
    saraqeb = set(ids["saraqeb_strike.txt"]) | set(ids["saraqeb_second_outlet.txt"])
    assert found("سراقب") >= set(ids["saraqeb_strike.txt"])
    assert not found("سراقب") & douma
    assert found("ريف ادلب") & saraqeb  # the title is indexed too (إدلب written ادلب)
    for hostile in ('"', "NEAR(a b)", "* OR 1", "a AND", "''; --", "^"):
        assert found(hostile) == set(), hostile  # never search syntax, never an error
    assert store.count(EventQuery(text="بقذائف الهاون")) == len(douma)


def test_search_words_set_the_clitics_aside() -> None:
    from rasd.store.search import search_word, search_words
    from rasd.text.matcher import CLITIC_PREFIXES

    # Every clitic prefix the matcher knows comes off, alone or stacked.
    assert {search_word(prefix + "قصف") for prefix in CLITIC_PREFIXES} == {"قصف"}
    assert [search_word(w) for w in ("القصف", "والقصف", "بالقصف", "للقصف", "وقصف", "بقصف",
                                     "فلقصف", "قصف")] == ["قصف"] * 8
    # A word that begins with a clitic's letter ends the same whatever stands before it.
    assert {search_word(w) for w in ("بلده", "البلده", "للبلده", "وبالبلده")} == {"لده"}
    assert {search_word(w) for w in ("وزير", "الوزير", "والوزير")} == {"زير"}
    # Three letters are always left: short words are not worn down to stubs.
    assert search_word("ال") == "ال" and search_word("ولد") == "ولد"
    assert search_word("بيت") == "بيت" and search_word("الله") == "الله"
    assert search_words("مدرسة الأطفال، وإدلب") == ["مدرسه", "اطفال", "ادلب"]
    assert search_words("بِمَدِينَةِ حَلَبَ") == ["مدينه", "حلب"]  # diacritics go first


def test_migration_0005_indexes_reports_stored_before_it(store: Store) -> None:
    from alembic import command

    from rasd.store.db import _alembic_config, migrate

    ids = _fixture_store(store)
    with store.engine.begin() as connection:
        config = _alembic_config()
        config.attributes["connection"] = connection
        command.downgrade(config, "0004")
    migrate(store.engine)
    hits = {r["event_id"] for r in store.events(EventQuery(text="مقتل امرأتين"))}
    assert hits == set(ids["douma_shelling.txt"])


def test_review_queue_lowest_confidence_first(store: Store) -> None:
    from sqlalchemy import update

    from rasd.store.schema import events

    ids = sorted(i for group in _fixture_store(store).values() for i in group)
    assert len(ids) >= 3
    scores = {ids[0]: 0.9, ids[1]: 0.2, ids[2]: None}
    scores.update({i: 0.5 for i in ids[3:]})
    with store.engine.begin() as connection:
        for event_id, score in scores.items():
            connection.execute(update(events).where(events.c.id == event_id)
                               .values(confidence=score))
    walk, current = [], store.queue_neighbour()
    while current is not None:
        walk.append(current)
        current = store.queue_neighbour(current)
    expected = sorted(ids, key=lambda i: (2.0 if scores[i] is None else scores[i], i))
    assert walk == expected and walk[0] == ids[1] and walk[-1] == ids[2]
    assert store.queue_neighbour(walk[1], backwards=True) == walk[0]
    assert store.queue_neighbour(walk[0], backwards=True) is None
    store.review(walk[0], "accept", "ana")  # reviewed: it leaves the queue ...
    assert store.queue_neighbour() == walk[1]
    assert store.queue_neighbour(walk[0]) == walk[1]  # ... but still has a place in it
    assert store.queue_neighbour(walk[2], backwards=True) == walk[1]


def test_bulk_review_goes_through_the_one_function(store: Store) -> None:
    ids = _fixture_store(store)["saraqeb_strike.txt"]
    done = store.review_many([*ids, ids[0]], "reject", "ana")
    assert done == {"done": ids}
    assert {store.event(i)["review_state"] for i in ids} == {"rejected"}
    audited = store.audit("events", actor="ana", action="reject")
    assert sorted(e["row_id"] for e in audited) == sorted(ids)  # one entry per event
    from rasd.store.review import ReviewError

    with pytest.raises(ReviewError):
        store.review_many(ids, "edit", "ana")


def test_bulk_review_is_all_or_none(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    """An unknown id, or a failure half-way, leaves every event, incident and audit entry
    as it was: one transaction for the whole batch."""
    from rasd.store import review

    found = _fixture_store(store)
    ids = found["saraqeb_second_outlet.txt"] + found["douma_shelling.txt"]
    assert len(ids) >= 2
    before = {i: store.event(i)["incident_id"] for i in ids}
    with pytest.raises(review.NotFound, match="999999"):
        store.review_many([*ids, 999999], "reject", "ana")
    assert {store.event(i)["review_state"] for i in ids} == {"unreviewed"}
    assert store.audit("events", actor="ana") == []
    real, seen = review._regroup_one, []

    def fails_second(connection, event_id, state, rules):  # type: ignore[no-untyped-def]
        seen.append(event_id)
        if len(seen) == 2:
            raise RuntimeError("the disk is full")
        real(connection, event_id, state, rules)
    monkeypatch.setattr(review, "_regroup_one", fails_second)
    with pytest.raises(RuntimeError):
        store.review_many(ids, "reject", "ana")
    assert seen == ids[:2]  # the first was rejected and regrouped, then undone
    assert {i: store.event(i)["incident_id"] for i in ids} == before
    assert {store.event(i)["review_state"] for i in ids} == {"unreviewed"}
    assert store.audit("events", actor="ana") == [] and store.check() == []
    monkeypatch.setattr(review, "_regroup_one", real)
    assert store.review_many(ids, "reject", "ana") == {"done": ids}
    assert sorted(e["row_id"] for e in store.audit("events", actor="ana")) == sorted(ids)


def test_review_queue_keeps_the_lists_filters(store: Store) -> None:
    """The queue walks only the unreviewed events the events list shows for the same
    filters: a governorate, a date range, deaths, a type, words of the report."""
    from rasd.store.query import EventQuery

    found = _fixture_store(store)
    rows = store.events()

    def walk(query: EventQuery) -> list[int]:
        seen, current = [], store.queue_neighbour(query=query)
        while current is not None:
            seen.append(current)
            current = store.queue_neighbour(current, query=query)
        return seen

    idleb = sorted(r["event_id"] for r in rows if r["admin1"] == "Idleb")
    assert idleb and len(idleb) < len(rows)
    assert sorted(walk(EventQuery(admin1=("Idleb",)))) == idleb
    deadly = EventQuery(admin1="Idleb", min_fatalities=4, since=dt.date(2019, 6, 1),
                        until=dt.date(2019, 6, 30))
    assert sorted(walk(deadly)) == [r["event_id"] for r in rows
                                    if r["admin1"] == "Idleb" and r["fatalities"] >= 4]
    late = [r["event_id"] for r in rows if (r["event_date"] or "") >= "2019-06-18"]
    assert late and sorted(walk(EventQuery(since=dt.date(2019, 6, 18)))) == late
    assert sorted(walk(EventQuery(text="دوما"))) == sorted(found["douma_shelling.txt"])
    assert walk(EventQuery(admin1="Idleb", until=dt.date(2019, 1, 1))) == []
    store.review(idleb[0], "accept", "ana")  # reviewed: out of the filtered queue too
    assert idleb[0] not in walk(EventQuery(admin1="Idleb"))


def test_audit_filters_and_paging(store: Store) -> None:
    ids = [i for group in _fixture_store(store).values() for i in group]
    store.review(ids[0], "edit", "ana", {"notes": "قصف بالهاون"})
    store.review(ids[1], "accept", "bob")
    assert store.audit_count() == 3 + 2  # three ingests, two reviews
    people = store.audit(people_only=True)
    assert [e["actor"] for e in people] == ["bob", "ana"]  # newest first, no ingest
    assert store.audit_count(people_only=True) == 2
    assert [e["row_id"] for e in store.audit(actor="ana")] == [ids[0]]
    assert store.audit(action="edit")[0]["after"] == {"notes": "قصف بالهاون"}
    assert len(store.audit(table="documents", limit=2)) == 2
    assert len(store.audit(table="documents", limit=2, offset=2)) == 1
    choices = store.audit_choices()
    assert choices["actors"] == ["ana", "bob", "rasd ingest"]
    assert choices["actions"] == ["accept", "edit", "ingest"]


def test_several_governorates_sorting_counts_and_incident_sources(store: Store) -> None:
    _fixture_store(store)
    every = store.events()
    governorates = sorted({r["admin1"] for r in every if r["admin1"]})
    assert len(governorates) >= 2, governorates
    both = store.events(EventQuery(admin1=tuple(governorates[:2])))
    assert {r["admin1"] for r in both} == set(governorates[:2])
    one = store.events(EventQuery(admin1=governorates[0]))
    assert len(one) < len(both)
    deadliest = store.events(EventQuery(sort="-fatalities"))
    assert [r["fatalities"] for r in deadliest] == sorted(
        (r["fatalities"] for r in every), reverse=True)
    with pytest.raises(ValueError):
        store.events(EventQuery(sort="password"))
    page = store.events(EventQuery(sort="id", limit=2, offset=1))
    assert [r["event_id"] for r in page] == sorted(r["event_id"] for r in every)[1:3]
    assert store.count(EventQuery(limit=1)) == len(every)
    unmapped = store.events(EventQuery(located=False))
    assert unmapped and all(r["latitude"] is None for r in unmapped)
    mapped = store.events(EventQuery(located=True))
    assert len(mapped) + len(unmapped) == len(every) and all(r["latitude"] for r in mapped)
    told_twice = store.incidents(EventQuery(min_sources=2))
    assert told_twice and all(i["source_count"] >= 2 for i in told_twice)
    assert store.count(EventQuery(min_sources=2), incidents=True) == len(told_twice)
    everything = store.incidents()
    assert store.count(incidents=True) == len(everything) > len(told_twice)
    by_sources = store.incidents(EventQuery(sort="-sources"))
    assert by_sources[0]["source_count"] == max(i["source_count"] for i in everything)


def test_incident_dates_come_from_the_reports_of_the_attack() -> None:
    """Members a day apart chain: a report on day 12 joins one of day 11, which joined day
    10's. The incident is dated 10-11 (its first day and the next); day 12's report still
    counts as a source."""
    from rasd.store.incidents import incident_dates

    assert incident_dates([dt.date(2019, 5, 12), dt.date(2019, 5, 10), None,
                           dt.date(2019, 5, 11), dt.date(2019, 5, 17)]) == (
        dt.date(2019, 5, 10), dt.date(2019, 5, 11))
    assert incident_dates([None]) == (None, None)
    assert incident_dates([dt.date(2019, 5, 10)], max_days=0) == (dt.date(2019, 5, 10),) * 2
    chain = [_member(1, 1, "a", 10, 35.9, 3), _member(2, 2, "b", 11, 35.9, 4),
             _member(3, 3, "c", 12, 35.9, 9)]
    summary = summarise(chain)
    assert (summary["date_first"], summary["date_last"]) == (dt.date(2019, 5, 10),
                                                             dt.date(2019, 5, 11))
    assert summary["source_count"] == 3 and summary["fatalities_max"] == 9


def test_incident_governorate_is_not_blank_when_a_member_names_it() -> None:
    precise = Member(1, 1, "a", "Battles", "Armed clash", dt.date(2019, 5, 10), "x", "g1",
                     None, None, 35.9, 36.6, 1, 0)
    vague = Member(2, 2, "b", "Battles", "Armed clash", dt.date(2019, 5, 10), "y", "g2",
                   "Idleb", None, 35.9, 36.6, 2, 0)
    summary = summarise([precise, vague])
    assert (summary["location_name"], summary["admin1"]) == ("x", "Idleb")


def test_login_failures_are_kept_per_key_newest_first(store: Store) -> None:
    """The throttle's counts, on both engines: newest first, at most `limit`, only after
    `since`; old ones go as new ones come; one key forgotten leaves the others."""
    store.login_failed(["account:ana", "address:10.0.0.1"], 100.0)
    store.login_failed(["account:ana", "address:10.0.0.2"], 200.0)
    store.login_failed(["account:ana"], 300.0)
    assert store.login_failures("account:ana", 0.0, 10) == [300.0, 200.0, 100.0]
    assert store.login_failures("account:ana", 0.0, 2) == [300.0, 200.0]
    assert store.login_failures("account:ana", 200.0, 10) == [300.0]
    assert store.login_failures("address:10.0.0.1", 0.0, 10) == [100.0]
    store.login_failed(["account:bob"], 400.0, forget_before=150.0)
    assert store.login_failures("account:ana", 0.0, 10) == [300.0, 200.0]
    assert store.login_failures("address:10.0.0.1", 0.0, 10) == []
    assert store.forget_login_failures("account:ana") == 2
    assert store.login_failures("account:bob", 0.0, 10) == [400.0]


def test_acled_inter_code_reads_the_events_country() -> None:
    from rasd.store.export import inter_code

    # the army of the country the event is in is a state force (1); abroad it is external (8)
    assert inter_code("Military Forces of Iraq", "Iraq") == 1
    assert inter_code("Military Forces of Iraq", "Syria") == 8
    assert inter_code("Military Forces of Syria", "Syria") == 1
    assert inter_code("Unidentified Armed Group (Iraq)", "Iraq") == 3
    assert inter_code("Civilians (Iraq)", "Iraq") == 7
    assert interaction_code(inter_code("Military Forces of Iraq", "Iraq"),
                            inter_code("Civilians (Iraq)", "Iraq")) == 17
