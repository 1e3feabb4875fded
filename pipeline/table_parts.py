"""The tables of a large run, built in parts so that memory stays flat however many documents there are.

``pipeline.tables.build_tables`` keeps every row in memory until it sorts
them; over millions of pages that is more than a client machine has.
``build_tables_in_parts`` gives the same tables, row for row, in bounded
memory:

1. the results are read in batches of ``BATCH_DOCUMENTS``; each batch goes
   through ``build_tables`` (so through the same rows, schemas and checks)
   and is written as one sorted parquet part per table;
2. the parts of each table are merged into one file, in the table's order
   (``pipeline.tables.SORT_KEYS``), reading a few rows of each part at a
   time; more than ``FAN_IN`` parts are merged in rounds, so no more than
   ``FAN_IN`` files are open at once.

The merged files are handed to ``pipeline.tables.publish_tables`` as
``WrittenTable``s, which moves them into place with the run's other tables.
Parts live under ``<out>/.kenmerk/parts`` (the same file system as ``out``);
a failure removes them.
"""

from __future__ import annotations

import heapq
import shutil
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from pipeline.records import DocumentResult, ProcessingError
from pipeline.tables import SORT_KEYS, WrittenTable, build_tables, row_key
from schemas import SCHEMAS

# Documents per part: a batch's rows are all in memory while its part is built.
BATCH_DOCUMENTS = 500
# Rows per row group of a part, and rows read from each part at a time while merging.
ROW_GROUP_ROWS = 2_000
READ_ROWS = 256
# Parts merged at once.
FAN_IN = 16


def build_tables_in_parts(
    results: Iterable[DocumentResult],
    errors: Iterable[ProcessingError] = (),
    *,
    duplicates: Mapping[str, Sequence[str]] | None = None,
    verdicts: Mapping[str, Mapping[str, object]] | None = None,
    folder: Path,
    batch: int = BATCH_DOCUMENTS,
) -> dict[str, WrittenTable]:
    """``build_tables(results, errors, duplicates=..., verdicts=...)``, written to files in ``folder`` in batches.

    ``results`` is read once, one at a time, before ``errors`` (which it may
    still add to). Returns one ``WrittenTable`` per table, with the rows
    ``build_tables`` would give, in the same order.
    """
    folder = Path(folder)
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    try:
        with _memory_given_back():
            return _build(results, errors, duplicates, verdicts, folder, batch)
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise


def _build(results: Iterable[DocumentResult], errors: Iterable[ProcessingError],
           duplicates: Mapping[str, Sequence[str]] | None, verdicts: Mapping[str, Mapping[str, object]] | None,
           folder: Path, batch: int) -> dict[str, WrittenTable]:
    parts: dict[str, list[Path]] = {name: [] for name in SCHEMAS}
    pending: list[DocumentResult] = []
    for result in results:
        pending.append(result)
        if len(pending) >= batch:
            _write_parts(build_tables(pending, duplicates=duplicates, verdicts=verdicts), parts, folder)
            pending = []
    # The run's own errors come after the documents' errors, as in build_tables.
    _write_parts(build_tables(pending, errors, duplicates=duplicates, verdicts=verdicts), parts, folder)
    return {name: _merge_all(name, paths, folder) for name, paths in parts.items()}


@contextmanager
def _memory_given_back() -> Iterator[None]:
    """pyarrow's freed memory given back to the system when the step ends.

    pyarrow's allocator (mimalloc) keeps what it frees for later: part after
    part and merge after merge, a run of 10,000 documents held some 35 MB more
    after this step than it needed, on top of which DuckDB then built its file.
    """
    try:
        yield
    finally:
        pa.default_memory_pool().release_unused()


def _write_parts(tables: Mapping[str, pa.Table], parts: dict[str, list[Path]], folder: Path) -> None:
    """One part per table with rows (and one, maybe empty, for every table, so each has a file)."""
    for name, table in tables.items():
        if table.num_rows or not parts[name]:
            path = folder / f"{name}-part{len(parts[name]):06d}.parquet"
            _write(table, path)
            parts[name].append(path)


def _write(table: pa.Table, path: Path) -> None:
    # Row groups of READ_ROWS: a part being merged holds one row group in memory, and up
    # to FAN_IN parts are open at once (the merged table has groups of ROW_GROUP_ROWS).
    with open(path, "wb") as handle:
        pq.write_table(table, handle, compression="zstd", row_group_size=READ_ROWS)


def _merge_all(name: str, paths: list[Path], folder: Path) -> WrittenTable:
    """The parts of one table merged into ``<folder>/<name>.parquet``, ``FAN_IN`` at a time."""
    rounds = 0
    while len(paths) > FAN_IN:
        rounds += 1
        paths = [_merge(name, paths[i:i + FAN_IN], folder / f"{name}-round{rounds}-{i // FAN_IN:06d}.parquet")
                 for i in range(0, len(paths), FAN_IN)]
    target = folder / f"{name}.parquet"
    if len(paths) == 1:
        paths[0].rename(target)
    else:
        _merge(name, paths, target)
    return WrittenTable(target, pq.ParquetFile(target).metadata.num_rows)


def _merge(name: str, paths: list[Path], target: Path) -> Path:
    """Sorted parts -> one sorted file; on equal keys, rows of an earlier part come first."""
    schema = SCHEMAS[name]
    rows = heapq.merge(*(_rows(path) for path in paths), key=row_key(SORT_KEYS[name]))
    with open(target, "wb") as handle, pq.ParquetWriter(handle, schema, compression="zstd") as writer:
        chunk: list[dict] = []
        for row in rows:
            chunk.append(row)
            if len(chunk) >= ROW_GROUP_ROWS:
                writer.write_table(pa.Table.from_pylist(chunk, schema=schema))
                chunk = []
        if chunk:
            writer.write_table(pa.Table.from_pylist(chunk, schema=schema))
    for path in paths:
        path.unlink()
    pa.default_memory_pool().release_unused()  # before the next merge (see _memory_given_back)
    return target


def _rows(path: Path) -> Iterator[dict]:
    with pq.ParquetFile(path) as parquet:
        for record_batch in parquet.iter_batches(batch_size=READ_ROWS):
            yield from record_batch.to_pylist()
