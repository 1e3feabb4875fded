"""``datapackage.json``: the run's tables described as a Frictionless data package.

Generated from ``schemas/`` (the same definitions that validate the tables and
write the README's data dictionary), so it cannot drift from the files:
each parquet table is a resource with its fields (type, description, required,
allowed values, pattern), its primary key and its foreign keys (``doc_id`` to
``documents``, municipality codes to the ``gemeenten`` reference table,
``fact_id`` of verdicts to the fact tables when a verdicts table exists).

``gemeenten.csv`` is written beside the tables by ``write_reference``: every
municipality of the gazetteer with its province and region codes, the table
that CBS statistics join to.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Mapping
from pathlib import Path

import pyarrow as pa

from pipeline.tables import FACT_TABLES, column_values, file_sha256, write_bytes
from pipeline.version import pipeline_version
from schemas import SCHEMAS, TABLE_DESCRIPTIONS, column_doc

DATAPACKAGE = "datapackage.json"
REFERENCE = "gemeenten.csv"
REFERENCE_NAME = "gemeenten"
REFERENCE_FIELDS = [
    ("code", "string", "CBS municipality code (GM + 4 digits)."),
    ("name", "string", "Official CBS name."),
    ("province", "string", "Province (CBS spelling); for a municipality that no longer exists, at the time."),
    ("valid_from", "date", "First day the municipality existed (empty: before 2009 records)."),
    ("valid_to", "date", "Last day it existed; empty while it exists."),
    ("merged_into", "string", "Code of the municipality it merged into."),
    ("province_code", "string", "CBS province code (PV20..PV31)."),
    ("veiligheidsregio_code", "string", "CBS veiligheidsregio code (VR01..VR25) where known to kenmerk."),
    ("ggd_region_code", "string", "CBS GGD region code where known to kenmerk."),
]

PRIMARY_KEYS: dict[str, list[str]] = {
    "documents": ["doc_id"],
    "pages": ["doc_id", "page"],
    **{name: ["fact_id"] for name in (*FACT_TABLES, "questions")},
    "verdicts": ["fact_id"],
}
# Columns that hold a municipality code, and so join the reference table.
MUNICIPALITY_CODE_COLUMNS: dict[str, list[str]] = {
    "amounts": ["municipality_code"],
    "trainings": ["municipality_code"],
    "municipalities": ["code", "merged_into"],
}


def field_type(type_: pa.DataType) -> dict[str, object]:
    """The Frictionless type (and format) of a pyarrow column type."""
    if pa.types.is_string(type_) or pa.types.is_large_string(type_):
        return {"type": "string"}
    if pa.types.is_boolean(type_):
        return {"type": "boolean"}
    if pa.types.is_integer(type_):
        return {"type": "integer"}
    if pa.types.is_decimal(type_):
        return {"type": "number"}
    if pa.types.is_floating(type_):
        return {"type": "number"}
    if pa.types.is_date(type_):
        return {"type": "date"}
    if pa.types.is_timestamp(type_):
        return {"type": "datetime"}
    if pa.types.is_list(type_) or pa.types.is_large_list(type_):
        return {"type": "array"}
    if pa.types.is_map(type_) or pa.types.is_struct(type_):
        return {"type": "object"}
    return {"type": "any"}


def field_descriptor(field: pa.Field) -> dict[str, object]:
    doc = column_doc(field)
    descriptor: dict[str, object] = {"name": field.name, **field_type(field.type),
                                     "description": doc["description"]}
    if pa.types.is_decimal(field.type):
        descriptor["description"] += f" Exact decimal with {field.type.scale} decimals (parquet {field.type})."
    constraints: dict[str, object] = {}
    if not doc["nullable"]:
        constraints["required"] = True
    if doc["allowed"]:
        constraints["enum"] = doc["allowed"]
    if doc["pattern"] and descriptor["type"] == "string":
        constraints["pattern"] = doc["pattern"]
    if constraints:
        descriptor["constraints"] = constraints
    return descriptor


def table_schema(name: str, schema: pa.Schema, names: set[str]) -> dict[str, object]:
    """The Table Schema of one resource, with keys to the resources in ``names``."""
    descriptor: dict[str, object] = {"fields": [field_descriptor(f) for f in schema]}
    columns = set(schema.names)
    if name in PRIMARY_KEYS and set(PRIMARY_KEYS[name]) <= columns:
        descriptor["primaryKey"] = PRIMARY_KEYS[name]
    foreign = []
    if name not in ("documents", "errors") and "doc_id" in columns and "documents" in names:
        foreign.append({"fields": "doc_id", "reference": {"resource": "documents", "fields": "doc_id"}})
    if REFERENCE_NAME in names:
        for column in MUNICIPALITY_CODE_COLUMNS.get(name, []):
            if column in columns:
                foreign.append({"fields": column, "reference": {"resource": REFERENCE_NAME, "fields": "code"}})
    if foreign:
        descriptor["foreignKeys"] = foreign
    return descriptor


def datapackage(out: Path, schemas: Mapping[str, pa.Schema] | None = None,
                kept_from: Path | None = None) -> dict[str, object]:
    """The descriptor of the tables in ``out`` (parquet files present there, plus the reference table).

    ``schemas`` defaults to the project's schemas; a table kept in ``kept_from``
    between runs (verdicts) is described from its parquet file's own schema.
    """
    import pyarrow.parquet as pq

    from pipeline.database import parquet_tables

    out = Path(out)
    schemas = dict(schemas or SCHEMAS)
    present = parquet_tables(out, kept_from)
    for stem, path in present.items():
        schemas.setdefault(stem, pq.read_schema(path))
    names = {n for n in schemas if n in present} | ({REFERENCE_NAME} if (out / REFERENCE).exists() else set())
    resources = []
    for name, schema in schemas.items():
        if name not in present:
            continue
        path = present[name]
        resources.append({
            "name": name,
            "path": path.name,
            "format": "parquet",
            "mediatype": "application/vnd.apache.parquet",
            "description": TABLE_DESCRIPTIONS.get(name, f"The {name} table."),
            "bytes": path.stat().st_size,
            "hash": f"sha256:{file_sha256(path)}",
            "schema": table_schema(name, schema, names),
        })
    if "verdicts" in present:
        _verdict_keys(resources)
    if REFERENCE_NAME in names:
        reference = out / REFERENCE
        resources.append({
            "name": REFERENCE_NAME,
            "path": REFERENCE,
            "format": "csv",
            "mediatype": "text/csv",
            "encoding": "utf-8",
            "description": "Every municipality of kenmerk's gazetteer (since 2009) with its province and region "
                           "codes: the table CBS statistics join to.",
            "bytes": reference.stat().st_size,
            "hash": f"sha256:{file_sha256(reference)}",
            "schema": {"fields": [{"name": n, "type": t, "description": d} for n, t, d in REFERENCE_FIELDS],
                       "primaryKey": ["code"]},
        })
    return {
        "name": "kenmerk-outputs",
        "title": "kenmerk: facts from Dutch public-sector documents",
        "description": "Amounts, municipalities, regions, dates and trainings read from documents, each row "
                       "with its document, page, character offsets and rule. See the README's data dictionary.",
        "version": _tables_version(present.get("documents")),
        "licenses": [{"name": "CC-BY-4.0", "title": "The gazetteer and region codes: CBS open data (Bron: CBS)"}],
        "resources": resources,
    }


def _tables_version(documents: Path | None) -> str:
    """The documents' ``pipeline_version`` (it names a spaCy model given with --model); else this kenmerk's."""
    versions = set()
    if documents is not None:
        versions = set(column_values(documents, "pipeline_version"))
    return versions.pop() if len(versions) == 1 else pipeline_version()


def _verdict_keys(resources: list[dict]) -> None:
    """A verdict's fact_id points at a fact; Table Schema names one resource per key, so it is noted."""
    for resource in resources:
        if resource["name"] == "verdicts":
            resource["description"] += (" fact_id refers to the fact_id of one of the fact tables: "
                                        + ", ".join(FACT_TABLES) + ".")


def reference_rows() -> list[dict[str, str]]:
    from pipeline.gazetteer import gazetteer
    from pipeline.regions import region_columns

    rows = []
    for m in sorted(gazetteer(), key=lambda m: m.code):
        rows.append({
            "code": m.code, "name": m.name, "province": m.province,
            "valid_from": m.valid_from.isoformat() if m.valid_from else "",
            "valid_to": m.valid_to.isoformat() if m.valid_to else "",
            "merged_into": m.merged_into or "",
            **{k: v or "" for k, v in region_columns(m.code).items()},
        })
    return rows


def write_reference(out: Path) -> Path:
    """Write ``gemeenten.csv`` into ``out`` (atomically)."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=[n for n, _t, _d in REFERENCE_FIELDS], lineterminator="\n")
    writer.writeheader()
    writer.writerows(reference_rows())
    path = Path(out) / REFERENCE
    write_bytes(path, buffer.getvalue().encode("utf-8"))
    return path


def write_datapackage(out: Path, kept_from: Path | None = None) -> Path:
    """Write ``datapackage.json`` describing the tables in ``out`` (atomically)."""
    path = Path(out) / DATAPACKAGE
    text = json.dumps(datapackage(out, kept_from=kept_from), indent=2, ensure_ascii=False) + "\n"
    write_bytes(path, text.encode("utf-8"))
    return path
