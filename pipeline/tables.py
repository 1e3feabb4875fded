"""Tables: document results -> parquet files, checked against ``schemas/`` first.

Rows are ordered deterministically (by source / doc_id, page, offsets, fact_id)
so the same input gives byte-for-byte the same tables. Every table is written
to a temporary file in the output folder, flushed to disk and renamed over the
old one: a crash leaves either the old table or the new one, never half of one.
"""

from __future__ import annotations

import dataclasses
import json
import os
import re
import tempfile
from collections.abc import Iterable
from datetime import UTC, datetime
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from pipeline.records import DocumentResult, ProcessingError
from schemas import SCHEMAS


class SchemaViolation(ValueError):
    """A table does not meet its schema; nothing was written."""


FACT_TABLES = ("amounts", "municipalities", "dates", "trainings")


def document_row(result: DocumentResult) -> dict:
    return dataclasses.asdict(result.info)


def page_rows(result: DocumentResult) -> list[dict]:
    rows = []
    for page in result.pages:
        raw = page.raw
        rows.append({
            "doc_id": result.info.doc_id,
            "page": page.number,
            "text": page.text,
            "method": raw.method,
            "ocr_confidence": raw.ocr_confidence,
            "quality": page.quality,
            "width": raw.width,
            "height": raw.height,
            "furniture": list(raw.furniture),
            "margin_fields": list(page.margin_fields or raw.margin_fields),
            "n_redactions": len(page.redactions),
        })
    return rows


def error_row(error: ProcessingError, time: datetime) -> dict:
    return {**dataclasses.asdict(error), "time": time}


def build_tables(results: Iterable[DocumentResult], errors: Iterable[ProcessingError] = ()) -> dict[str, pa.Table]:
    """All output tables for a run, validated and in deterministic order."""
    rows: dict[str, list[dict]] = {name: [] for name in SCHEMAS}
    now = datetime.now(UTC).replace(microsecond=0)
    for result in results:
        rows["errors"] += [error_row(e, now) for e in result.errors]
        if result.info is None:
            continue
        rows["documents"].append(document_row(result))
        rows["pages"] += page_rows(result)
        for name in FACT_TABLES:
            rows[name] += [dataclasses.asdict(f) for f in getattr(result, name)]
        rows["questions"] += [dataclasses.asdict(q) for q in result.questions]
    rows["errors"] += [error_row(e, now) for e in errors]

    rows["documents"].sort(key=lambda r: (r["source"], r["doc_id"]))
    rows["pages"].sort(key=lambda r: (r["doc_id"], r["page"]))
    for name in FACT_TABLES:
        rows[name].sort(key=lambda r: (r["doc_id"], r["page"], r["char_start"], r["char_end"], r["fact_id"]))
    rows["questions"].sort(key=lambda r: (r["doc_id"], r["number"], r["fact_id"]))
    rows["errors"].sort(key=lambda r: (r["source"], r["stage"], r["error"]))
    return {name: to_table(name, table_rows) for name, table_rows in rows.items()}


def to_table(name: str, rows: list[dict]) -> pa.Table:
    """Rows -> a pyarrow table of the named schema, validated. Extra keys are dropped."""
    schema = SCHEMAS[name]
    columns = {f.name: [r.get(f.name) for r in rows] for f in schema}
    try:
        table = pa.table(columns, schema=schema)
    except (pa.ArrowInvalid, pa.ArrowTypeError) as err:
        raise SchemaViolation(f"{name}: {err}") from err
    validate(name, table)
    return table


def validate(name: str, table: pa.Table) -> None:
    """Check nulls, allowed values and formats declared in the table's schema."""
    for field in SCHEMAS[name]:
        values = table.column(field.name).to_pylist()
        meta = {k.decode(): v.decode() for k, v in (field.metadata or {}).items()}
        if not field.nullable and any(v is None for v in values):
            raise SchemaViolation(f"{name}.{field.name} may not be null")
        if "allowed" in meta:
            allowed = set(json.loads(meta["allowed"]))
            bad = {v for v in values if v is not None and v not in allowed}
            if bad:
                raise SchemaViolation(f"{name}.{field.name} has values outside {sorted(allowed)}: {sorted(bad)}")
        if "pattern" in meta:
            pattern = re.compile(meta["pattern"])
            bad = {v for v in values if v is not None and not pattern.fullmatch(str(v))}
            if bad:
                raise SchemaViolation(f"{name}.{field.name} has values not matching {meta['pattern']}: {sorted(bad)[:5]}")


def write_table(table: pa.Table, path: Path) -> None:
    """Write a parquet file atomically: temp file in the same folder, fsync, rename."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.stem}.", suffix=".parquet.tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            pq.write_table(table, handle, compression="zstd")
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_tables(tables: dict[str, pa.Table], out: Path) -> dict[str, Path]:
    """Write every table as ``<out>/<name>.parquet``; all are built before any is written."""
    written = {}
    for name, table in tables.items():
        path = Path(out) / f"{name}.parquet"
        write_table(table, path)
        written[name] = path
    return written
