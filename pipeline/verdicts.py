"""Inspectors' verdicts on facts: confirmed, rejected or corrected.

An inspector checks a fact against its source (``kenmerk review`` writes a page
for that, ``kenmerk show`` prints one fact) and records a verdict, with
``kenmerk verify`` or by importing the review page's export
(``kenmerk verify --import FILE``). Verdicts live in ``<out>/verdicts.parquet``,
one row per ``fact_id`` (a later verdict replaces an earlier one), with who
gave it and when:

- **A run never loses them.** ``verdicts.parquet`` is not one of the tables a
  run writes (``schemas.KEPT_SCHEMAS``), so neither a run nor a ``--fresh`` run
  replaces or removes it. A run joins the verdicts into the fact tables'
  ``verdict``, ``corrected_value`` and ``verdict_note`` columns
  (``pipeline.tables.build_tables``); ``kenmerk verify`` refreshes those
  columns at once, as one unit with ``run.json``.
- **Orphans are kept.** A verdict whose fact no longer appears (the document
  was dropped or a rule changed) stays in the file and is listed as orphaned
  in the run's summary (``orphaned``).
- **Analyst views use the corrections.** ``apply_verdicts`` turns an amounts
  table into one where a corrected amount replaces the extracted ``value_eur``
  and ``value_source`` says so; rejected amounts are left out.
"""

from __future__ import annotations

import json
import re
import shutil
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from pipeline.dutch.money import corrected_amount
from pipeline.published import verdicts_path
from pipeline.records import utc_now
from pipeline.tables import (
    MANIFEST,
    REVIEWED_TABLES,
    file_sha256,
    read_manifest,
    recover_tables,
    to_table,
    with_joined_verdicts,
    write_bytes,
    write_table,
)

KINDS = ("confirmed", "rejected", "corrected")
FACT_ID = re.compile(r"[0-9a-f]{16}")
# The format of the review page's export (``kenmerk_verdicts`` is its version).
EXPORT_KEY = "kenmerk_verdicts"
EXPORT_VERSION = 1


class VerdictError(ValueError):
    """A verdict that cannot be recorded; the message is for the inspector."""


@dataclass
class MergeReport:
    """What recording a batch of verdicts did."""

    added: list[str] = field(default_factory=list)
    replaced: list[str] = field(default_factory=list)
    # Older than the verdict already recorded for the fact: not applied.
    older: list[str] = field(default_factory=list)
    # Facts not in the current tables: recorded anyway, listed as orphaned.
    unknown: list[str] = field(default_factory=list)


# --- reading and writing ------------------------------------------------------------


def read_verdicts(out: str | Path) -> dict[str, dict]:
    """fact_id -> verdict row of ``<out>/verdicts.parquet``; empty when there is none yet."""
    path = verdicts_path(out)
    if not path.is_file():
        return {}
    try:
        rows = pq.read_table(path).to_pylist()
    except (pa.ArrowException, OSError) as err:
        raise VerdictError(f"the verdicts in {path} could not be read ({err}); the file is left as it is. "
                           "Restore it from a backup, or move it away to start without verdicts.") from err
    return {row["fact_id"]: row for row in rows}


def write_verdicts(out: str | Path, verdicts: Mapping[str, Mapping[str, object]]) -> Path:
    """Write every verdict to ``<out>/verdicts.parquet`` atomically, checked against its schema."""
    rows = sorted((dict(v) for v in verdicts.values()), key=lambda r: r["fact_id"])
    path = verdicts_path(out)
    write_table(to_table("verdicts", rows), path)
    return path


def make_verdict(fact_id: str, verdict: str, *, by: str, corrected_value: str | None = None,
                 note: str | None = None, time: datetime | None = None, kind: str | None = None,
                 doc_id: str | None = None, text: str | None = None) -> dict:
    """One verdict row, checked: a known verdict, a value exactly when corrected, a valid amount."""
    if not FACT_ID.fullmatch(fact_id or ""):
        raise VerdictError(f"{fact_id!r} is not a fact id (16 hex digits, as in the fact tables' fact_id)")
    if verdict not in KINDS:
        raise VerdictError(f"the verdict must be one of {', '.join(KINDS)}, not {verdict!r}")
    corrected_value = (corrected_value or "").strip() or None
    if verdict == "corrected" and corrected_value is None:
        raise VerdictError(f"fact {fact_id}: a correction needs the corrected value")
    if verdict != "corrected":
        corrected_value = None
    if verdict == "corrected" and kind == "amounts" and corrected_amount(corrected_value) is None:
        raise VerdictError(f"fact {fact_id}: {corrected_value!r} is not an amount in euro "
                           "(write it as 950000, 950.000,00 or 7,5 miljoen)")
    if not (by or "").strip():
        raise VerdictError("a verdict needs the name of who gave it (--by NAME)")
    return {
        "fact_id": fact_id, "verdict": verdict, "corrected_value": corrected_value,
        "note": (note or "").strip() or None, "by": by.strip(),
        "time": _utc(time) if time else utc_now(),
        "kind": kind if kind in REVIEWED_TABLES else None, "doc_id": doc_id, "text": text,
    }


def _utc(time: datetime) -> datetime:
    return time.replace(tzinfo=UTC) if time.tzinfo is None else time.astimezone(UTC)


# --- recording --------------------------------------------------------------------------


def record(out: str | Path, new: Iterable[dict]) -> MergeReport:
    """Add verdicts to ``<out>/verdicts.parquet`` and refresh the fact tables' verdict columns.

    Per fact the newest verdict wins: one older than the recorded verdict is not
    applied (an export imported twice, or after a newer CLI verdict, changes
    nothing). Verdicts on facts not in the tables are kept, as orphaned.
    The caller holds the output folder's run lock.
    """
    out = Path(out)
    verdicts = read_verdicts(out)
    known = fact_index(out)
    report = MergeReport()
    for verdict in new:
        fact_id = verdict["fact_id"]
        fact = known.get(fact_id)
        if fact is not None:
            kind, row = fact
            verdict = {**verdict, "kind": verdict.get("kind") or kind,
                       "doc_id": verdict.get("doc_id") or row["doc_id"], "text": verdict.get("text") or row["text"]}
        else:
            report.unknown.append(fact_id)
        old = verdicts.get(fact_id)
        if old is not None and _utc(old["time"]) > _utc(verdict["time"]):
            report.older.append(fact_id)
            continue
        (report.replaced if old is not None else report.added).append(fact_id)
        verdicts[fact_id] = verdict
    write_verdicts(out, verdicts)
    refresh_tables(out, verdicts)
    return report


def fact_index(out: str | Path) -> dict[str, tuple[str, dict]]:
    """fact_id -> (table name, {doc_id, text}) for every fact in the fact tables of ``out``."""
    index = {}
    for name in REVIEWED_TABLES:
        path = Path(out) / f"{name}.parquet"
        if path.is_file():
            for row in pq.read_table(path, columns=["fact_id", "doc_id", "text"]).to_pylist():
                index[row["fact_id"]] = (name, row)
    return index


def find_fact(out: str | Path, fact_id: str) -> tuple[str, dict]:
    """(table name, full row) of a fact, by its id or a unique prefix of at least 6 digits."""
    fact_id = fact_id.strip().lower()
    if len(fact_id) < 6 or not re.fullmatch(r"[0-9a-f]+", fact_id):
        raise VerdictError(f"{fact_id!r} is not a fact id (16 hex digits; a unique prefix of 6 or more will do)")
    matches = [(kind, fid) for fid, (kind, _row) in fact_index(out).items() if fid.startswith(fact_id)]
    if not matches:
        raise VerdictError(f"no fact with id {fact_id} in the tables in {out} (kenmerk run writes them)")
    if len(matches) > 1:
        raise VerdictError(f"{fact_id} is the start of {len(matches)} fact ids; give more digits")
    kind, full_id = matches[0]
    table = pq.read_table(Path(out) / f"{kind}.parquet", filters=[("fact_id", "=", full_id)])
    return kind, table.to_pylist()[0]


def refresh_tables(out: str | Path, verdicts: Mapping[str, Mapping[str, object]]) -> None:
    """Rewrite the fact tables with their verdict columns joined, together with ``run.json``.

    The same unit of publication as a run (``pipeline.tables``): staged first,
    the manifest with the new SHA-256 last, then renamed into ``out``.
    """
    out = Path(out)
    if not (out / MANIFEST).is_file():
        return
    manifest = read_manifest(out)
    # The run's staging folder: a verify killed mid-commit is rolled forward by the next run.
    staging = out / ".kenmerk" / "staging"
    recover_tables(out, staging)
    if staging.exists():
        shutil.rmtree(staging)
    staging.mkdir(parents=True)
    try:
        entries = dict(manifest.get("tables", {}))
        for name in REVIEWED_TABLES:
            path = out / f"{name}.parquet"
            if not path.is_file():
                continue
            table = with_joined_verdicts(name, pq.read_table(path), verdicts)
            staged = staging / path.name
            write_table(table, staged)
            entries[name] = {"file": path.name, "rows": table.num_rows, "sha256": file_sha256(staged)}
        record = {**manifest, "tables": entries, "verdicts": verdict_counts(verdicts, fact_index(out))}
        write_bytes(staging / MANIFEST, json.dumps(record, indent=2, ensure_ascii=False).encode("utf-8"))
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    recover_tables(out, staging)
    # The data package's hashes and the DuckDB tables (allocations use corrected
    # values) are made from the fact tables: write them again.
    from pipeline.analyst import refresh

    refresh(out)


def verdict_counts(verdicts: Mapping[str, Mapping[str, object]], fact_ids: Iterable[str]) -> dict[str, int]:
    """How many verdicts of each kind, and how many are orphaned (their fact is gone)."""
    present = set(fact_ids)
    counts = {kind: 0 for kind in KINDS}
    for verdict in verdicts.values():
        counts[verdict["verdict"]] += 1
    counts["orphaned"] = len(orphaned(verdicts, present))
    return counts


def orphaned(verdicts: Mapping[str, Mapping[str, object]], fact_ids: Iterable[str]) -> list[dict]:
    """The verdicts whose fact is not among ``fact_ids``, oldest first: kept, not dropped."""
    present = set(fact_ids)
    gone = [dict(v) for fid, v in verdicts.items() if fid not in present]
    return sorted(gone, key=lambda v: (v["time"], v["fact_id"]))


# --- the review page's export ------------------------------------------------------------


def load_export(path: str | Path, *, by: str | None = None) -> list[dict]:
    """The verdicts in a file exported by the review page, checked one by one.

    ``by`` names the inspector for entries that carry no name. A file that is
    not an export, or an entry that is not a valid verdict, raises ``VerdictError``.
    """
    path = Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as err:
        raise VerdictError(f"{path} could not be read as a verdicts export: {err}") from err
    if (not isinstance(data, dict) or data.get(EXPORT_KEY) != EXPORT_VERSION
            or not isinstance(data.get("verdicts"), list)):
        raise VerdictError(f"{path} is not a verdicts file exported by the kenmerk review page")
    verdicts = []
    for number, entry in enumerate(data["verdicts"], start=1):
        if not isinstance(entry, dict):
            raise VerdictError(f"{path}: entry {number} is not a verdict")
        try:
            time = datetime.fromisoformat(str(entry.get("time")).replace("Z", "+00:00"))
        except ValueError:
            time = None
        try:
            verdicts.append(make_verdict(
                str(entry.get("fact_id", "")), str(entry.get("verdict", "")),
                by=str(entry.get("by") or by or ""), corrected_value=entry.get("corrected_value"),
                note=entry.get("note"), time=time, kind=entry.get("kind"), doc_id=entry.get("doc_id"),
                text=entry.get("text")))
        except VerdictError as err:
            raise VerdictError(f"{path}: entry {number}: {err}") from err
    return verdicts


# --- analyst views -----------------------------------------------------------------------


def apply_verdicts(amounts, verdicts: Mapping[str, Mapping[str, object]] | None = None, *,
                   drop_rejected: bool = True):
    """The amounts with the inspectors' verdicts applied, for analyst views (a pandas DataFrame).

    ``amounts`` is a DataFrame or pyarrow Table of ``amounts.parquet``;
    ``verdicts`` maps fact_id -> verdict row (``read_verdicts(out)``), and when
    None the table's own ``verdict``/``corrected_value`` columns are used.
    A corrected amount replaces ``value_eur`` (and ``value_eur_max`` becomes
    null, ``redacted`` false); the extracted figure stays in
    ``value_eur_extracted`` and ``value_source`` says which one is used
    (``extracted`` or ``corrected``). Rejected amounts are left out unless
    ``drop_rejected`` is False.
    """
    import pandas as pd

    frame = amounts.to_pandas() if isinstance(amounts, pa.Table) else amounts.copy()
    if verdicts is not None:
        frame["verdict"] = [(verdicts.get(f) or {}).get("verdict") for f in frame["fact_id"]]
        frame["corrected_value"] = [(verdicts.get(f) or {}).get("corrected_value") for f in frame["fact_id"]]
    for column in ("verdict", "corrected_value"):
        if column not in frame:
            frame[column] = None
    frame["value_eur_extracted"] = frame["value_eur"]
    corrected = [corrected_amount(v) if verdict == "corrected" else None
                 for verdict, v in zip(frame["verdict"], frame["corrected_value"], strict=True)]
    is_corrected = pd.Series([c is not None for c in corrected], index=frame.index, dtype=bool)
    frame["value_source"] = is_corrected.map({True: "corrected", False: "extracted"})
    frame["value_eur"] = [c if c is not None else v for c, v in zip(corrected, frame["value_eur"], strict=True)]
    if "value_eur_max" in frame:
        frame.loc[is_corrected, "value_eur_max"] = None
    if "redacted" in frame:
        frame.loc[is_corrected, "redacted"] = False
    if drop_rejected:
        frame = frame[frame["verdict"] != "rejected"].reset_index(drop=True)
    return frame
