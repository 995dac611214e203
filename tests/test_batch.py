"""`rasd batch` on a real two-process Dask `LocalCluster` and on the local process pool: the
events equal single-process extraction on the 397-report corpus, a worker killed mid-run
loses and duplicates nothing, a re-run skips complete partitions, bad records are counted,
never fatal. Reports are read in place from ../shared, or are the tests' own
(tests/fixtures/reports) in a clone without it; shards are written to tmp_path."""

from __future__ import annotations

import csv
import json
import os
import random
import signal
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.dataset as ds
import pyarrow.parquet as pq
import pytest
from conftest import FIXTURE_REPORTS, SHARED, clean
from typer.testing import CliRunner

from rasd.batch import BatchError, read_manifest, read_output, run_batch
from rasd.batch.inputs import read_piece, resolve_boundaries
from rasd.batch.partitions import Shard, local_ranges, parquet_rows, resolve_pieces
from rasd.cli import app
from rasd.sources import Rejected, Report
from rasd.text.io import read_report

CORPUS = SHARED / "corpus" / "saudinewsnet_syria" if SHARED else None
DOCUMENTS = CORPUS / "documents.jsonl" if CORPUS else None

FIXTURE_COPIES = 320  # enough for every slice the tests take


# -- fixtures ---------------------------------------------------------------------------------

def corpus_records() -> list[dict[str, Any]]:
    assert DOCUMENTS is not None and CORPUS is not None
    with DOCUMENTS.open(encoding="utf-8") as handle:
        records = [json.loads(line) for line in handle if line.strip()]
    for record in records:
        record["text"] = read_report(CORPUS / record["file"])[0]
    return records


def fixture_records() -> list[dict[str, Any]]:
    """Without ../shared: the tests' own reports, each told again many times with a line of
    its own, so that every text (and so its key) differs."""
    with (FIXTURE_REPORTS / "documents.jsonl").open(encoding="utf-8") as handle:
        base = [json.loads(line) for line in handle if line.strip()]
    records = []
    for number in range(FIXTURE_COPIES):
        record = base[number % len(base)]
        text = read_report(FIXTURE_REPORTS / record["file"])[0]
        records.append({"id": f"fx-{number:04d}", "file": record["file"],
                        "url": f"https://example.org/{number}", "source": record["source"],
                        "title": record.get("title", ""), "published": record["published"],
                        "text": f"{text}\nالنسخة {number}"})
    return records


@pytest.fixture(scope="module")
def records() -> list[dict[str, Any]]:
    """The 397 corpus reports, or the tests' own when ../shared is missing."""
    return corpus_records() if DOCUMENTS is not None and DOCUMENTS.is_file() else (
        fixture_records())


@pytest.fixture(scope="module")
def documents(records: list[dict[str, Any]], tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A JSONL table of `records`: the corpus's own, or one written for the run."""
    if DOCUMENTS is not None and DOCUMENTS.is_file():
        return DOCUMENTS
    return write_jsonl(tmp_path_factory.mktemp("table") / "documents.jsonl",
                       [inline(record) for record in records])


@pytest.fixture(scope="module")
def reference(records: list[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    """Single-process `rasd.api.extract` on every report: the answers a batch must give."""
    from rasd.api import extract

    return {r["id"]: extract(r["text"], r["published"], doc_id=r["id"]).to_dict()["events"]
            for r in records}


@pytest.fixture(scope="module")
def cluster(gazetteer_index: Path | None) -> Iterator[Any]:
    """A real cluster: a scheduler and two single-threaded worker processes, on loopback.
    The workers inherit RASD_GAZETTEER from this process."""
    from distributed import Client, LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                      dashboard_address=None) as local, Client(local) as client:
        yield client


def batch_events(out: Path) -> list[tuple[Report | Rejected, list[dict[str, Any]]]]:
    return [(item, [event.to_dict() for event in events]) for item, events in read_output(out)]


def assert_same_answers(out: Path, expected: list[dict[str, Any]],
                        reference: dict[str, list[dict[str, Any]]]) -> None:
    """Every expected report once, in input order, with the reference's events and its own
    metadata; nothing else."""
    found = batch_events(out)
    assert [item.id for item, _ in found if isinstance(item, Report)] == [
        r["id"] for r in expected]
    assert not [item for item, _ in found if isinstance(item, Rejected)]
    for (item, events), record in zip(found, expected, strict=True):
        assert isinstance(item, Report)
        assert (item.text, item.url, item.source, item.title, str(item.published)) == (
            record["text"], record["url"], record["source"], record["title"],
            record["published"])
        assert events == reference[record["id"]], record["id"]
    table = ds.dataset(out / "events", format="parquet").to_table()
    assert table.num_rows == sum(len(reference[r["id"]]) for r in expected)
    keys = set(zip(*(table.column(c).to_pylist()
                     for c in ("partition", "record", "event_index")), strict=True))
    assert len(keys) == table.num_rows  # no event twice


def write_jsonl(path: Path, rows: list[dict[str, Any]]) -> Path:
    with path.open("w", encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    return path


def inline(record: dict[str, Any]) -> dict[str, Any]:
    return {key: record[key] for key in ("id", "url", "source", "title", "published", "text")}


def temporary_files(out: Path) -> list[Path]:
    return sorted(out.rglob("*.tmp"))


# -- partitioning (pure, no reports extracted) ------------------------------------------------

def test_partitions_cover_every_byte_and_row_once() -> None:
    sizes = [0, 17, 1, 4096, 333, 0, 12345]
    for count in (1, 2, 7, 64):
        ranges = local_ranges(sizes, count)
        assert ranges == local_ranges(sizes, count)  # deterministic
        covered = [(shard, byte) for pieces in ranges for shard, start, stop in pieces
                   for byte in range(start, stop)]
        assert sorted(covered) == [(s, b) for s, size in enumerate(sizes) for b in range(size)]
        rows = [row for pieces in ranges for shard, start, stop in pieces if shard == 4
                for row in range(*parquet_rows(start, stop, sizes[4], 50))]
        assert rows == list(range(50))


def test_compressed_shards_are_never_cut() -> None:
    sizes = [100, 5000, 100, 7000, 50]
    for count in (1, 3, 8, 40):
        ranges = local_ranges(sizes, count, whole={1, 3})
        for shard in (1, 3):
            holding = [pieces for pieces in ranges if any(s == shard for s, _, _ in pieces)]
            assert len(holding) == 1 and (shard, 0, sizes[shard]) in holding[0]
        covered = sorted((shard, byte) for pieces in ranges for shard, start, stop in pieces
                         for byte in range(start, stop))
        assert covered == [(s, b) for s, size in enumerate(sizes) for b in range(size)]


def test_record_starts_split_multiline_csv_and_jsonl_exactly(tmp_path: Path) -> None:
    """Whatever the partition count, every record is read once, in order: CSV rows whose
    quoted text spans lines, a BOM, blank lines, a row with too many fields."""
    rng = random.Random(7)
    words = ["قصف", "غارة", "حلب", "إدلب", "مدنيين", "\n", ",", '"', "قتلى"]
    texts = [" ".join(rng.choice(words) for _ in range(rng.randint(1, 30))) + " نص"
             for _ in range(40)]
    table = tmp_path / "reports.csv"
    with table.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["id", "text"])
        for number, text in enumerate(texts):
            writer.writerow([f"r{number}", text])
            if number == 5:
                handle.write("\r\n")  # a blank line
            if number == 9:
                writer.writerow(["extra", "text", "field"])
    lines = tmp_path / "reports.jsonl"
    with lines.open("w", encoding="utf-8") as handle:
        for number, text in enumerate(texts):
            handle.write(json.dumps({"id": f"r{number}", "text": text}, ensure_ascii=False))
            handle.write("\n\n" if number % 7 == 0 else "\n")
    for path, fmt in ((table, "csv"), (lines, "jsonl")):
        shard = Shard(str(path), fmt, path.stat().st_size)
        whole = [(n, item) for n, item in read_piece(shard, resolve_pieces(
            [(0, 0, shard.size)], [shard], {})[0])]
        assert [item.id for _, item in whole if isinstance(item, Report)] == [
            f"r{n}" for n in range(40)]
        assert [item.text for _, item in whole if isinstance(item, Report)] == texts
        assert len([i for _, i in whole if isinstance(i, Rejected)]) == (fmt == "csv")
        for count in (2, 3, 8, 29):
            ranges = local_ranges([shard.size], count)
            cuts = sorted({offset for pieces in ranges for _, start, stop in pieces
                           for offset in (start, stop) if 0 < offset < shard.size})
            resolved = {0: resolve_boundaries(shard, cuts)}
            parts = [(n, item) for pieces in ranges
                     for piece in resolve_pieces(pieces, [shard], resolved)
                     for n, item in read_piece(shard, piece)]
            assert parts == whole, (fmt, count)


# -- the cluster ------------------------------------------------------------------------------

def test_dask_cluster_output_equals_single_process(
        cluster: Any, reference: dict[str, list[dict[str, Any]]],
        records: list[dict[str, Any]], documents: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = run_batch([documents], out, engine="dask", client=cluster, partitions=7)
    assert result.complete and result.manifest["workers"] == 2
    assert result.totals["records"] == result.totals["reports"] == len(records)
    assert result.totals["rejected"] == 0
    assert result.totals["events"] == sum(len(events) for events in reference.values())
    assert_same_answers(out, records, reference)
    documents = pq.read_table(out / "documents" / "part-00000.parquet")
    assert documents.schema.field("published").type == pa.date32()
    assert read_manifest(out)["schema"]["events"]["evidence"] == "string"


def test_worker_killed_mid_run_loses_and_duplicates_nothing(
        cluster: Any, reference: dict[str, list[dict[str, Any]]],
        records: list[dict[str, Any]], tmp_path: Path) -> None:
    sample = records[:200]
    source = write_jsonl(tmp_path / "sample.jsonl", [inline(r) for r in sample])
    out = tmp_path / "out"
    pids = cluster.run(os.getpid)
    killed: dict[str, Any] = {}

    def kill_a_busy_worker() -> None:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            done = list((out / "events").glob("part-*.parquet")) if out.exists() else []
            busy = [w for w, keys in cluster.processing().items() if keys and w in pids]
            if done and busy:
                killed.update(worker=busy[0], pid=pids[busy[0]], done=len(done))
                os.kill(pids[busy[0]], signal.SIGKILL)
                return
            time.sleep(0.02)

    killer = threading.Thread(target=kill_a_busy_worker, daemon=True)
    killer.start()
    result = run_batch([source], out, engine="dask", client=cluster, partitions=16)
    killer.join(5)
    assert killed and killed["done"] < 16, killed  # the kill came before the end
    assert killed["pid"] not in cluster.run(os.getpid).values()
    assert result.complete and result.totals["partitions_complete"] == 16
    assert result.totals["records"] == 200
    assert_same_answers(out, sample, reference)
    assert temporary_files(out) == []


# -- the local process pool, and every input format --------------------------------------------

def test_local_engine_reads_jsonl_csv_parquet_shards(
        reference: dict[str, list[dict[str, Any]]], records: list[dict[str, Any]],
        tmp_path: Path) -> None:
    shards = tmp_path / "shards"
    shards.mkdir()
    first, second, third = records[:25], records[25:50], records[50:75]
    write_jsonl(shards / "a.jsonl", [inline(r) for r in first])
    with (shards / "b.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(inline(second[0])))
        writer.writeheader()
        writer.writerows(inline(r) for r in second)  # texts span lines: quoted newlines
    pq.write_table(pa.Table.from_pylist([inline(r) for r in third]), shards / "c.parquet",
                   row_group_size=7)
    out = tmp_path / "out"
    result = run_batch([shards], out, engine="local", workers=2, partitions=5)
    assert result.complete and result.manifest["engine"] == "local"
    assert [shard["format"] for shard in result.manifest["inputs"]] == [
        "jsonl", "csv", "parquet"]
    assert_same_answers(out, first + second + third, reference)


def test_compressed_shards_and_a_non_local_filesystem(
        reference: dict[str, list[dict[str, Any]]], records: list[dict[str, Any]],
        tmp_path: Path) -> None:
    """Gzip, bz2 and xz shards are read whole; fsspec's in-memory filesystem stands in for
    object storage (inputs, a `file` column beside a remote table, and the output), on an
    in-process Dask cluster (an in-memory filesystem lives in one process)."""
    import bz2
    import gzip
    import lzma

    import fsspec
    from distributed import Client, LocalCluster

    first, second, third, fourth = records[:12], records[12:24], records[24:36], records[36:44]
    shards = tmp_path / "shards"
    shards.mkdir()
    with gzip.open(shards / "a.jsonl.gz", "wt", encoding="utf-8") as handle:
        handle.writelines(json.dumps(inline(r), ensure_ascii=False) + "\n" for r in first)
    with bz2.open(shards / "b.tsv.bz2", "wt", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(inline(second[0])), delimiter="\t")
        writer.writeheader()
        writer.writerows(inline(r) for r in second)
    with lzma.open(shards / "c.ndjson.xz", "wt", encoding="utf-8") as handle:
        handle.writelines(json.dumps(inline(r), ensure_ascii=False) + "\n" for r in third)
    out = tmp_path / "out"
    result = run_batch([shards], out, engine="local", workers=2, partitions=4)
    assert [(s["format"], s["compression"]) for s in result.manifest["inputs"]] == [
        ("jsonl", "gzip"), ("csv", "bz2"), ("jsonl", "xz")]
    assert_same_answers(out, first + second + third, reference)
    assert {item.origin.rsplit(":", 1)[0] for item, _ in batch_events(out)} == {
        str(shards / name) for name in ("a.jsonl.gz", "b.tsv.bz2", "c.ndjson.xz")}

    memory = fsspec.filesystem("memory")
    root = f"/rasd-test-{os.getpid()}"
    try:
        memory.pipe(f"{root}/in/remote.jsonl.gz", gzip.compress("".join(
            json.dumps(inline(r), ensure_ascii=False) + "\n" for r in first).encode()))
        for record in fourth:  # a table naming report files that lie beside it
            memory.pipe(f"{root}/in/texts/{record['id']}.txt", record["text"].encode())
        memory.pipe(f"{root}/in/listed.jsonl", "".join(json.dumps(
            {**{k: v for k, v in inline(r).items() if k != "text"},
             "file": f"texts/{r['id']}.txt"}, ensure_ascii=False) + "\n"
            for r in fourth).encode())
        # One thread: fsspec's memory filesystem hands every reader of a file the same
        # BytesIO, so two threads reading one table would move each other's position.
        with LocalCluster(n_workers=1, threads_per_worker=1, processes=False,
                          dashboard_address="127.0.0.1:0",
                          worker_dashboard_address="127.0.0.1:0") as local, \
                Client(local) as client:
            result = run_batch([f"memory://{root}/in"], f"memory://{root}/out",
                               engine="dask", client=client, partitions=3)
        assert result.complete
        assert memory.exists(f"{root}/out/manifest.json")
        found = batch_events(f"memory://{root}/out")  # type: ignore[arg-type]
        assert [item.id for item, _ in found] == [r["id"] for r in fourth + first]
        assert all(events == reference[item.id] for item, events in found)
        assert found[0][0].origin == f"memory://{root}/in/texts/{fourth[0]['id']}.txt"
    finally:
        memory.rm(root, recursive=True)


def test_local_engine_survives_a_killed_pool_process(
        reference: dict[str, list[dict[str, Any]]], records: list[dict[str, Any]],
        tmp_path: Path) -> None:
    """A pool process killed mid-run breaks the pool; the unfinished partitions go to a
    fresh one and the output is still whole."""
    import psutil

    sample = records[150:230]
    source = write_jsonl(tmp_path / "sample.jsonl", [inline(r) for r in sample])
    out = tmp_path / "out"
    before = {child.pid for child in psutil.Process().children(recursive=True)}
    killed: list[int] = []

    def kill_a_pool_process() -> None:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            done = list((out / "events").glob("part-*.parquet")) if out.exists() else []
            if done:
                pool = [child for child in psutil.Process().children()
                        if child.pid not in before
                        and "resource_tracker" not in " ".join(child.cmdline())]
                if pool:
                    killed.extend([pool[0].pid, len(done)])
                    os.kill(pool[0].pid, signal.SIGKILL)
                    return
            time.sleep(0.02)

    killer = threading.Thread(target=kill_a_pool_process, daemon=True)
    killer.start()
    result = run_batch([source], out, engine="local", workers=2, partitions=8)
    killer.join(5)
    assert killed and killed[1] < 8, killed  # the kill came before the end
    assert result.complete and result.totals["records"] == 80
    assert result.totals["partitions_complete"] == 8
    assert_same_answers(out, sample, reference)
    assert temporary_files(out) == []


def test_rerun_skips_complete_partitions(
        cluster: Any, reference: dict[str, list[dict[str, Any]]],
        records: list[dict[str, Any]], tmp_path: Path) -> None:
    sample = records[100:140]
    source = write_jsonl(tmp_path / "sample.jsonl", [inline(r) for r in sample])
    out = tmp_path / "out"
    first = run_batch([source], out, engine="dask", client=cluster, partitions=4)
    assert first.complete and first.totals["partitions_reused"] == 0
    parts = sorted(out.glob("*/part-*.parquet"))
    stamps = {path: path.stat().st_mtime_ns for path in parts}
    # A partition cut short between its two renames, and a killed task's temporary file.
    (out / "events" / "part-00002.parquet").unlink()
    (out / "events" / ".part-00002.parquet.dead.tmp").write_bytes(b"half")

    again = run_batch([source], out, engine="dask", client=cluster)  # count from manifest
    assert again.complete and again.manifest["partitions"] == 4
    assert again.totals["partitions_reused"] == 3
    assert [part["reused"] for part in again.manifest["parts"]] == [True, True, False, True]
    assert again.totals["records"] == 40
    assert {path: path.stat().st_mtime_ns for path in parts if "00002" not in path.name} == {
        path: stamp for path, stamp in stamps.items() if "00002" not in path.name}
    assert temporary_files(out) == []
    assert_same_answers(out, sample, reference)

    with pytest.raises(BatchError, match="another run"):
        run_batch([source], out, engine="dask", client=cluster, partitions=3)
    replaced = run_batch([source], out, engine="dask", client=cluster, partitions=3,
                         overwrite=True)
    assert replaced.complete and len(list(out.glob("events/part-*.parquet"))) == 3
    assert_same_answers(out, sample, reference)


def test_bad_records_counted_and_reported_never_fatal(
        cluster: Any, reference: dict[str, list[dict[str, Any]]],
        records: list[dict[str, Any]], tmp_path: Path) -> None:
    good = [inline(r) for r in records[200:203]]
    lines = [json.dumps(good[0], ensure_ascii=False), "{not json", "[1, 2]",
             json.dumps({"id": "empty", "text": "  "}),
             json.dumps({"id": "when", "text": "نص", "published": "yesterday"}),
             json.dumps({"id": "gone", "file": "missing.txt"}), "",
             json.dumps(good[1], ensure_ascii=False)]
    source = tmp_path / "mixed.jsonl"
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    table = tmp_path / "mixed.csv"
    with table.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["id", "published", "text"])
        writer.writerow(["too", "many", "fields", "here"])
        writer.writerow([good[2]["id"], good[2]["published"], good[2]["text"]])
    out = tmp_path / "out"
    address = cluster.scheduler_info()["address"]
    result = clean(CliRunner().invoke(app, [
        "batch", str(source), str(table), "--out", str(out), "--engine", "dask",
        "--scheduler", address, "--partitions", "3", "--no-progress"]))
    assert result.exit_code == 1  # bad records are reported, and the run still completed
    summary = json.loads(result.stdout.strip().splitlines()[-1])
    assert summary["status"] == "complete"
    assert (summary["records"], summary["reports"], summary["rejected"]) == (9, 3, 6)
    for origin in (f"{source}:2", f"{source}:3", f"{source}:4", f"{source}:5",
                   f"{source}:6", f"{table}:2"):
        assert origin in result.stderr
    manifest = read_manifest(out)
    assert len(manifest["rejected"]) == 6
    assert "missing.txt: no such file" in json.dumps(manifest["rejected"], ensure_ascii=False)
    documents = ds.dataset(out / "documents", format="parquet").to_table()
    assert documents.filter(pa.compute.is_valid(documents["error"])).num_rows == 6
    found = {item.id: events for item, events in batch_events(out) if isinstance(item, Report)}
    assert found == {r["id"]: reference[r["id"]] for r in good}


def test_batch_output_ingests_into_the_store(
        cluster: Any, records: list[dict[str, Any]], tmp_path: Path) -> None:
    from rasd.batch import ingest_output
    from rasd.store import Store

    sample = records[300:312]
    source = write_jsonl(tmp_path / "sample.jsonl", [inline(r) for r in sample])
    out = tmp_path / "out"
    result = run_batch([source], out, engine="dask", client=cluster, partitions=2)
    store = Store(str(tmp_path / "rasd.db"))
    try:
        stats = ingest_output(out, store)
        assert (stats.added, stats.events) == (12, result.totals["events"])
        counts = store.counts()
        assert (counts["documents"], counts["events"]) == (12, result.totals["events"])
        assert ingest_output(out, store).added == 0  # stored reports are skipped
        assert store.check() == []
    finally:
        store.engine.dispose()
    # `rasd ingest` recognises a batch output folder by its manifest.
    from typer.testing import CliRunner

    from rasd.cli import app

    db = str(tmp_path / "cli.db")
    first = CliRunner().invoke(app, ["ingest", str(out), "--db", db])
    assert first.exit_code == 0, first.output
    summary = json.loads(first.stdout.strip().splitlines()[-1])
    assert (summary["added"], summary["events"]) == (12, result.totals["events"])
