"""rasd at scale: extract the events of an archive of reports on all cores or a Dask cluster.

    from rasd.batch import run_batch, read_output
    result = run_batch(["archive/*.jsonl"], "out/", engine="dask",
                       scheduler="tcp://scheduler:8786")
    for report, events in read_output("out/"): ...

Inputs are JSONL, CSV/TSV or Parquet tables (local paths, folders, globs or fsspec URLs;
JSONL and CSV may be gzip, bz2 or xz files, each read whole by one partition), read row
by row as `rasd ingest` reads them. Records are assigned to partitions by their byte
position in the inputs (`rasd.batch.partitions`), so a run's partitions are the same
whatever the engine, and a re-run finds the ones already written. Each partition is one
task: it reads only its records, extracts their events with the worker's cached extractor,
and writes its two Parquet files atomically.

Output (`OUT` may be a local folder or an fsspec URL every worker can write to):

    OUT/manifest.json                   the run: inputs, partitions, totals, bad records
    OUT/documents/part-NNNNN.parquet    one row per input record, in input order
    OUT/events/part-NNNNN.parquet       one row per event

documents: partition, record (its index in the partition; with `partition`, the key),
shard (input file), position (1-based line for JSONL/CSV, row for Parquet), doc_id, origin,
url, source, title, published (date), encoding, length (characters), content_hash (the
store's key: SHA-256 of the NFC text, white space folded), event_count, error (why a bad
record was not read or extracted; null otherwise), text (null for a bad record).

events: partition, record, event_index (order within the report), the report's doc_id,
origin, url, source, title, published and content_hash, then the event: event_type,
sub_event_type, event_date (date), time_precision, actor1, actor2, location_name, country,
admin1, admin2, admin3, latitude, longitude, geo_precision, gazetteer_id, fatalities,
injuries, civilian_targeting, evidence (JSON list of {start, end, text}: offsets into the
report's text) and provenance (list of strings).

manifest.json: format ("rasd-batch/1"), status (running, complete or incomplete), run (a
digest of the inputs, the partition count and the extractor), partitions, extractor, inputs
(url, format, size, version), engine, scheduler, workers, started_at, finished_at, seconds,
totals (records, reports, rejected, events, partitions_complete, partitions_reused,
partitions_failed), parts (per partition: status, files {documents, events}, counts,
reused, seconds; or the error that left it incomplete),
rejected (up to 1000 {origin, reason}; every one is in documents where error is not null),
and schema (column → Arrow type for each table).
"""

from __future__ import annotations

from rasd.batch.inputs import BatchError
from rasd.batch.parquet import DOCUMENTS_SCHEMA, EVENTS_SCHEMA
from rasd.batch.runner import BatchResult, ingest_output, read_manifest, read_output, run_batch

__all__ = [
    "DOCUMENTS_SCHEMA",
    "EVENTS_SCHEMA",
    "BatchError",
    "BatchResult",
    "ingest_output",
    "read_manifest",
    "read_output",
    "run_batch",
]
