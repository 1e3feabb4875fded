"""Tables: document results -> parquet files, checked against ``schemas/`` first.

Rows are ordered deterministically (by source / doc_id, page, offsets, fact_id)
so the same input gives byte-for-byte the same tables.

The tables of a run are published as one unit (``publish_tables``), so that a
run killed at any moment, or a full disk, never leaves half a table or a mix
of two runs' tables:

1. every table is written into a staging folder (``<out>/.kenmerk/staging``,
   on the same file system as ``<out>``), each file flushed to disk;
2. the manifest ``run.json`` (pipeline version, counts, and each table's rows
   and SHA-256) is written there last: its presence means the staged tables
   are complete, it is the commit point;
3. each table is renamed into ``<out>``, ``run.json`` last, and the staging
   folder removed.

A failure before step 2 (disk full) removes the staging folder and leaves the
previous tables untouched. A kill during step 3 leaves a staging folder with
its manifest, and the next run (or anyone calling ``recover_tables``) rolls
it forward before doing anything else. Between two renames a reader can see
a mix for an instant; it can tell by comparing the tables with the SHA-256
in ``run.json``.
"""

from __future__ import annotations

import dataclasses
import json
import os
import re
import shutil
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from datetime import date, datetime
from decimal import Decimal
from functools import cache
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

# The files of a run are read and recovered in ``pipeline.published`` (no pyarrow there);
# its names are here too, beside ``publish_tables`` that writes them.
from pipeline.published import (
    FACT_TABLES,
    MANIFEST,
    commit_staged,
    file_sha256,
    fsync_dir,
    fsync_file,
    read_manifest,  # noqa: F401
    recover_tables,  # noqa: F401
    write_atomically,
    write_bytes,
)
from pipeline.records import DocumentResult, ProcessingError, utc_now
from pipeline.regions import region_columns
from schemas import ALL_SCHEMAS, SCHEMAS


class SchemaViolation(ValueError):
    """A table does not meet its schema; nothing was written."""


# The tables an inspector gives verdicts on.
REVIEWED_TABLES = ("amounts", "municipalities", "dates", "trainings")
# Joined from <out>/verdicts.parquet (see pipeline.verdicts) when the tables are built.
VERDICT_COLUMNS = {"verdict": "verdict", "corrected_value": "corrected_value", "verdict_note": "note"}

# The columns each table's rows are ordered by (a stable sort: ties keep the order they came in).
SORT_KEYS: dict[str, tuple[str, ...]] = {
    "documents": ("source", "doc_id"),
    "pages": ("doc_id", "page"),
    **{name: ("doc_id", "page", "char_start", "char_end", "fact_id") for name in FACT_TABLES},
    "questions": ("doc_id", "number", "fact_id"),
    "redactions": ("doc_id", "page", "box"),
    "errors": ("source", "stage", "error"),
}



# Values a record row may hold as they are: ``record_row`` copies nothing else.
_PLAIN = frozenset({str, int, float, bool, type(None), Decimal, date, datetime})


def record_row(record: object) -> dict:
    """``dataclasses.asdict(record)`` for a record of plain values (text, numbers,
    decimals, dates, tuples of those), as every fact and document record is,
    without the deep copy ``asdict`` makes of each value (most of a table's
    building time); any other record goes through ``asdict``."""
    row = {name: getattr(record, name) for name in _field_names(type(record))}
    for value in row.values():
        kind = type(value)
        if kind not in _PLAIN and not (kind is tuple and all(type(v) in _PLAIN for v in value)):
            return dataclasses.asdict(record)
    return row


@cache
def _field_names(cls: type) -> tuple[str, ...]:
    return tuple(f.name for f in dataclasses.fields(cls))


def document_row(result: DocumentResult, duplicate_sources: Sequence[str] = ()) -> dict:
    return {**record_row(result.info), "duplicate_sources": sorted(duplicate_sources)}


def page_rows(result: DocumentResult) -> list[dict]:
    rows = []
    for page in result.pages:
        raw = page.raw
        rows.append({
            "doc_id": result.info.doc_id,
            "page": page.number,
            "text": page.text,
            "method": raw.method,
            "method_reason": raw.method_reason or DEFAULT_REASONS.get(raw.method),
            "ocr_confidence": raw.ocr_confidence,
            "quality": page.quality,
            "width": raw.width,
            "height": raw.height,
            "furniture": list(raw.furniture),
            "margin_fields": list(page.margin_fields or raw.margin_fields),
            "n_redactions": len(page.redactions),
            "redactions": [{"start": s, "end": e} for s, e in page.redactions],
            "garbage_lines": [{"start": s, "end": e} for s, e in page.garbage_lines],
            "n_tables": raw.n_tables,
            "layout_notes": list(raw.layout_notes),
        })
    return rows


# Pages read before ``method_reason`` existed (or built in tests) say only how.
DEFAULT_REASONS = {"text": "text_file", "pdf": "text_layer", "ocr": "no_text_layer"}



def redaction_rows(result: DocumentResult) -> list[dict]:
    return [{"doc_id": result.info.doc_id, **record_row(r)}
            for page in result.pages for r in page.redaction_grounds]


def error_row(error: ProcessingError, time: datetime) -> dict:
    """A row of errors.parquet; ``time`` stands in when the error carries no time of its own."""
    return {**record_row(error), "time": error.time or time}


def build_tables(
    results: Iterable[DocumentResult],
    errors: Iterable[ProcessingError] = (),
    *,
    duplicates: Mapping[str, Sequence[str]] | None = None,
    verdicts: Mapping[str, Mapping[str, object]] | None = None,
) -> dict[str, pa.Table]:
    """All output tables for a run, validated and in deterministic order.

    ``results`` is read once, one result at a time. ``duplicates`` maps a
    doc_id to the other files with the same bytes (``documents.duplicate_sources``).
    ``verdicts`` maps a fact_id to its verdict row (``pipeline.verdicts.read_verdicts``);
    they fill the fact tables' verdict columns.
    """
    duplicates = duplicates or {}
    verdicts = verdicts or {}
    rows: dict[str, list[dict]] = {name: [] for name in SCHEMAS}
    now = utc_now()
    for result in results:
        rows["errors"] += [error_row(e, now) for e in result.errors]
        if result.info is None:
            continue
        rows["documents"].append(document_row(result, duplicates.get(result.info.doc_id, ())))
        rows["pages"] += page_rows(result)
        rows["redactions"] += redaction_rows(result)
        for name in FACT_TABLES:
            rows[name] += [record_row(f) for f in getattr(result, name)]
        rows["questions"] += [record_row(q) for q in result.questions]
    rows["errors"] += [error_row(e, now) for e in errors]
    for name in REVIEWED_TABLES:
        join_verdicts(rows[name], verdicts)
    for row in rows["municipalities"]:
        row.update(region_columns(row["code"]))

    for name, columns in SORT_KEYS.items():
        rows[name].sort(key=row_key(columns))
    return {name: to_table(name, table_rows) for name, table_rows in rows.items()}


def row_key(columns: Sequence[str]) -> Callable[[dict], tuple]:
    """The sort key of a row: its values of ``columns`` (see ``SORT_KEYS``)."""
    return lambda row: tuple(row[c] for c in columns)


def join_verdicts(rows: list[dict], verdicts: Mapping[str, Mapping[str, object]]) -> None:
    """Set each fact row's verdict columns from its verdict (or to null when it has none)."""
    for row in rows:
        verdict = verdicts.get(row["fact_id"]) or {}
        for column, key in VERDICT_COLUMNS.items():
            row[column] = verdict.get(key)


def with_joined_verdicts(name: str, table: pa.Table, verdicts: Mapping[str, Mapping[str, object]]) -> pa.Table:
    """A fact table (as read back) with its verdict columns set from ``verdicts``, validated."""
    rows = table.to_pylist()
    join_verdicts(rows, verdicts)
    return to_table(name, rows)


def to_table(name: str, rows: list[dict]) -> pa.Table:
    """Rows -> a pyarrow table of the named schema, validated. Extra keys are dropped."""
    checks = _column_checks(name)
    columns = {check.column: [r.get(check.column) for r in rows] for check in checks}
    try:
        # Array by array: the same table as ``pa.table(columns, schema=...)``, in a third of the time.
        table = pa.Table.from_arrays([pa.array(columns[c.column], type=c.type) for c in checks],
                                     schema=ALL_SCHEMAS[name])
    except (pa.ArrowInvalid, pa.ArrowTypeError) as err:
        raise SchemaViolation(f"{name}: {err}") from err
    # The columns with allowed values or a format hold strings (the table took them as
    # such), so their Python values are checked as they are.
    _check_columns(name, table, lambda column: columns[column])
    return table


@dataclasses.dataclass(frozen=True)
class _ColumnCheck:
    """What the schema's metadata asks of one column (``allowed`` values, a ``pattern``)."""

    column: str
    type: pa.DataType
    nullable: bool
    allowed: frozenset | None
    pattern: re.Pattern | None


def _column_checks(name: str) -> tuple[_ColumnCheck, ...]:
    """The checks of a table's columns, read from its schema's metadata once (each document's
    rows are checked in its worker: ``pipeline.process.fit_tables``)."""
    schema = ALL_SCHEMAS[name]
    cached = _CHECKS.get(name)
    if cached is None or cached[0] is not schema:
        checks = []
        for field in schema:
            meta = {k.decode(): v.decode() for k, v in (field.metadata or {}).items()}
            checks.append(_ColumnCheck(
                field.name, field.type, field.nullable,
                frozenset(json.loads(meta["allowed"])) if "allowed" in meta else None,
                re.compile(meta["pattern"]) if "pattern" in meta else None))
        cached = _CHECKS[name] = (schema, tuple(checks))
    return cached[1]


_CHECKS: dict[str, tuple[pa.Schema, tuple[_ColumnCheck, ...]]] = {}


def validate(name: str, table: pa.Table) -> None:
    """Check nulls, allowed values and formats declared in the table's schema."""
    _check_columns(name, table, lambda column: _distinct(table.column(column)))


def _check_columns(name: str, table: pa.Table, values_of: Callable[[str], list]) -> None:
    for check in _column_checks(name):
        if not check.nullable and table.column(check.column).null_count:
            raise SchemaViolation(f"{name}.{check.column} may not be null")
        if check.allowed is None and check.pattern is None:
            continue
        # A column repeats its values (one doc_id, a few roles): each distinct one is checked.
        values = {v for v in values_of(check.column) if v is not None}
        if check.allowed is not None:
            bad = {v for v in values if v not in check.allowed}
            if bad:
                raise SchemaViolation(
                    f"{name}.{check.column} has values outside {sorted(check.allowed)}: {sorted(bad)}")
        if check.pattern is not None:
            bad = {v for v in values if not check.pattern.fullmatch(str(v))}
            if bad:
                raise SchemaViolation(
                    f"{name}.{check.column} has values not matching {check.pattern.pattern}: {sorted(bad)[:5]}")


def _distinct(column: pa.ChunkedArray) -> list:
    try:
        return pc.unique(column).to_pylist()
    except (pa.ArrowNotImplementedError, pa.ArrowTypeError):  # a type unique() does not take
        return column.to_pylist()


def write_table(table: pa.Table, path: Path) -> None:
    """Write a parquet file atomically: temp file in the same folder, fsync, rename."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    write_atomically(path, lambda handle: pq.write_table(table, handle, compression="zstd"))


def write_tables(tables: dict[str, pa.Table], out: Path) -> dict[str, Path]:
    """Write every table as ``<out>/<name>.parquet``, all together (see ``publish_tables``)."""
    return publish_tables(tables, Path(out), Path(out) / ".kenmerk" / "staging")


@dataclasses.dataclass(frozen=True)
class WrittenTable:
    """A table already written as a parquet file (see ``pipeline.table_parts``), to be published as it is.

    The file must be on the same file system as ``out``; publishing moves it.
    """

    path: Path
    num_rows: int


def publish_tables(tables: Mapping[str, pa.Table | WrittenTable], out: Path, staging: Path,
                   manifest: Mapping[str, object] | None = None,
                   extras: Callable[[Path], Sequence[Path]] | None = None) -> dict[str, Path]:
    """Write all tables into ``staging``, then move them into ``out`` as one unit.

    ``manifest`` (run facts) is saved as ``<out>/run.json`` with each table's
    file, rows and SHA-256 added. ``extras(staging)`` may write more files
    derived from the staged tables (the data package, the DuckDB file); they
    are listed under ``files`` and published with the tables. When writing
    fails (disk full), the staging folder is removed, the error is raised and
    ``out`` is as it was.
    """
    out, staging = Path(out), Path(staging)
    out.mkdir(parents=True, exist_ok=True)
    if staging.exists():
        shutil.rmtree(staging)
    staging.mkdir(parents=True)
    try:
        files = {}
        for name, table in tables.items():
            path = staging / f"{name}.parquet"
            if isinstance(table, WrittenTable):
                fsync_file(table.path)
                os.replace(table.path, path)
            else:
                write_table(table, path)
            files[name] = {"file": path.name, "rows": table.num_rows, "sha256": file_sha256(path)}
        record = {**(manifest or {}), "tables": files}
        if extras is not None:
            record["files"] = {p.name: {"file": p.name, "sha256": file_sha256(p)} for p in extras(staging)}
        write_bytes(staging / MANIFEST, json.dumps(record, indent=2, ensure_ascii=False).encode("utf-8"))
        fsync_dir(staging)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return commit_staged(out, staging)


def column_values(path: Path, column: str, batch_rows: int = 8192) -> Iterator[object]:
    """The values of one column of a parquet file, a batch of rows at a time.

    A run reads its tables back (statuses, fact ids) without holding a whole
    column, and through ``ParquetFile`` rather than ``pq.read_table``, which
    loads pyarrow's dataset layer (some 50 MB) for nothing."""
    with pq.ParquetFile(path) as parquet:
        for batch in parquet.iter_batches(batch_size=batch_rows, columns=[column]):
            yield from batch.column(0).to_pylist()
