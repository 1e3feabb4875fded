"""A run: find the documents, process each in a worker process, write the tables.

A run over 5,000 documents must end with every good document processed and
every bad one listed with its reason, and must never leave half-written
output. ``run`` below ties the steps together; each lives in a module of
its own:

- ``discovery``: the files under the inputs (links that leave the input
  folders, FIFOs and link loops become rows), and the plan: each file hashed
  once, so files with the same bytes are processed once (the other names are
  listed in ``documents.duplicate_sources``; when that one document failed,
  each gets a ``duplicate`` error row).
- ``pool``: **one document, one failure.** Each document runs through
  ``process`` (by default ``pipeline.process.process_document``); a
  ``KenmerkError`` becomes a row of ``errors.parquet``, any other exception an
  ``internal_error`` row, and the run goes on. With more than one worker,
  documents go to a pool of our own processes under a deadline (``timeout``,
  default 120 s); a worker that crashes or overruns is replaced and only its
  document is recorded (``worker_crashed`` / ``timeout``). A document's run and
  a worker's life are in ``worker``, what is loaded before the workers fork in
  ``preload``.
- ``cache``: **resume.** Each finished document is saved in
  ``<out>/.kenmerk/cache`` the moment it is done (by a thread of its own, so the
  workers are fed meanwhile), and entries are checked when the run is planned,
  so a run killed at any moment resumes where it was (``fresh=True`` ignores
  the cache).
- ``lock``: **one run per output folder** (``fcntl.flock`` on
  ``<out>/.kenmerk/lock``); the second refuses with ``RunLocked`` or, with
  ``wait=True``, waits.
- ``summary``: what is printed after the run.

Around them:

- **All tables or none.** Tables are built only when every document is done,
  from this run's results (the first ``KEPT_RESULTS``, kept in memory) and the
  cache (in batches, ``pipeline.table_parts``, so memory stays flat), validated, and written as one unit by
  ``pipeline.tables.publish_tables`` (staging folder, manifest ``run.json``
  last, then renames; see there). Disk full or any other write failure stops
  the run with ``RunAborted`` and leaves the previous tables as they were.
- **Other languages.** Each document's language is recorded
  (``pipeline.language``); one in English, German or French gets the facts
  that need no Dutch grammar, one in any other language keeps its document
  and page rows but no facts, since the Dutch rules misread it (decided in
  ``pipeline.process``).
- **Verdicts.** ``<out>/verdicts.parquet`` (inspectors' verdicts, see
  ``pipeline.verdicts``) is never written or removed by a run, ``fresh``
  included; its verdicts are joined into the fact tables, and those whose
  fact no longer appears are listed as orphaned in the summary.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
import time
from collections import Counter
from collections.abc import Iterator, Sequence
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from pipeline.errors import KenmerkError
from pipeline.ingest import DEFAULT_MAX_BYTES
from pipeline.outdir import STATE_DIR
from pipeline.published import FACT_TABLES, MANIFEST, file_sha256, read_manifest, recover_tables, verdicts_path
from pipeline.records import DocumentResult, ProcessingError, utc_now
from pipeline.run.cache import ResultCache
from pipeline.run.discovery import Task, discover, error_row, plan_documents
from pipeline.run.lock import RunAborted, RunLocked, abort_on_write_error, refuse_unsafe, run_lock
from pipeline.run.summary import RunSummary, format_summary, printable, progress_bar
from pipeline.version import code_hash, pipeline_version

if TYPE_CHECKING:
    from pipeline.run.pool import Executor
    from pipeline.run.worker import ProcessFn

__all__ = ["DEFAULT_MAX_FILE_MB", "DEFAULT_TIMEOUT", "RunAborted", "RunLocked", "RunSummary",
           "discover", "format_summary", "printable", "run", "run_lock"]

DEFAULT_TIMEOUT = 120.0
DEFAULT_MAX_FILE_MB = DEFAULT_MAX_BYTES / 1024**2
# Results of this run kept in memory for the tables, so they are not read back from the
# cache: as many as the tables hold at once anyway (``pipeline.table_parts.BATCH_DOCUMENTS``).
KEPT_RESULTS = 500


def run(
    inputs: Sequence[str | Path],
    out: str | Path = "outputs",
    *,
    workers: int | None = None,
    progress: bool = True,
    timeout: float = DEFAULT_TIMEOUT,
    max_file_mb: float = DEFAULT_MAX_FILE_MB,
    fresh: bool = False,
    wait: bool = False,
    follow_symlinks: bool = False,
    process: ProcessFn | None = None,
    executor: Executor | None = None,
    model: str | None = None,
) -> RunSummary:
    """Process every document under ``inputs`` and write the tables into ``out``.

    ``process`` is the per-document function (tests inject failing ones; by default
    ``pipeline.process.process_document``);
    ``executor`` runs the documents elsewhere than in the local pool (``Executor``).
    Raises ``RunLocked`` when another run writes into ``out`` (unless ``wait``)
    and ``RunAborted`` when the outputs cannot be written or ``out/.kenmerk``
    holds symbolic links; every problem with a document is a row of
    ``errors.parquet`` instead. Symbolic links that leave the input folders
    are followed only with ``follow_symlinks``. ``model`` names a trained spaCy
    pipeline to use instead of ``spacy.blank("nl")``; one that is not installed
    raises ``KenmerkError`` (``model_not_installed``) before anything is done.
    """
    if model is not None:
        from pipeline.nlp import require_model  # spaCy: only when a model is named

        require_model(model)
    started = time.monotonic()
    out = Path(out)
    max_bytes = int(max_file_mb * 1024**2)
    workers = workers or os.cpu_count() or 1
    with abort_on_write_error(out), refuse_unsafe(), run_lock(out, wait=wait):
        staging = out / STATE_DIR / "staging"
        errors: list[ProcessingError] = []
        if (problem := recover_tables(out, staging)) is not None:
            errors.append(error_row(str(staging / "run.json"), "tables", "staging_corrupt",
                                    path=staging / "run.json", reason=problem))
        version = f"{pipeline_version(model)}+code.{code_hash()}"
        cache = ResultCache(out, version)
        cache.prepare(fresh)

        sources, found_errors = discover(inputs, follow_symlinks=follow_symlinks)
        errors += found_errors
        plan = plan_documents(sources, max_bytes, known=cache)
        errors += plan.errors
        verified = {t.doc_id for t in plan.tasks if t.doc_id is not None and cache.verify(t.doc_id)}
        done = [t for t in plan.tasks if t.doc_id in verified]
        todo = [t for t in plan.tasks if t.doc_id not in verified]
        succeeded: list[Task] = list(done)
        failed_ids: dict[str, str] = {}
        finished: dict[str, DocumentResult] = {}  # this run's, for the tables (KEPT_RESULTS)

        # No bar (nor tqdm) when every document is in the cache.
        bar = progress_bar(len(plan.tasks), initial=len(done), enabled=progress and bool(todo))
        try:
            for task, result in _execute(todo, process, executor, workers, model, max_bytes, timeout):
                if result.info is not None:
                    cache.put_soon(result)
                    succeeded.append(Task(task.source, result.info.doc_id))
                    if len(finished) < KEPT_RESULTS:
                        finished[result.info.doc_id] = result
                else:
                    errors += [_with_doc_id(e, task.doc_id) for e in result.errors]
                    if task.doc_id is not None:
                        failed_ids[task.doc_id] = task.source
                bar.update(1)
            cache.flush()  # every entry on disk before the index and the tables
        finally:
            cache.close()
            bar.close()
        cache.save_index()  # the inputs and entries as found now, for the next run
        errors += _duplicate_errors(plan.duplicates, failed_ids)
        fingerprint = _fingerprint(version, succeeded, plan.duplicates, errors, out)
        if not todo and not errors and (kept := _unchanged(out, fingerprint)) is not None:
            # Nothing changed since the tables in ``out`` were written: they stay as they are.
            summary = RunSummary(out=out, n_found=len(sources), n_cached=len(done),
                                 n_duplicates=sum(len(v) for v in plan.duplicates.values()), model=model)
            summary.rows = {name: kept["tables"][name]["rows"] for name in SUMMARY_TABLES}
            summary.n_ok = kept["documents_ok"]
            summary.seconds = time.monotonic() - started
            return summary

        # pyarrow and the schemas: only when the tables are built.
        from pipeline.table_parts import build_tables_in_parts
        from pipeline.tables import column_values, publish_tables
        from pipeline.verdicts import VerdictError, orphaned, read_verdicts, verdict_counts

        # build_tables_in_parts reads every result before the errors, so a result that cannot be
        # read back still gets its error row.
        # The errors of finished documents: a stage that failed, pages that could not be read.
        document_errors: list[ProcessingError] = []
        results = _cached_results(cache, succeeded, errors, document_errors, finished)
        try:
            verdicts = read_verdicts(out)
        except VerdictError as err:  # never publish tables that would hide the inspectors' work
            raise RunAborted(str(err)) from err
        tables = build_tables_in_parts(results, errors, duplicates=plan.duplicates, verdicts=verdicts,
                                       folder=out / STATE_DIR / "parts")
        summary = RunSummary(out=out, n_found=len(sources), n_cached=len(done),
                             n_duplicates=sum(len(v) for v in plan.duplicates.values()), model=model)
        status = Counter(column_values(tables["documents"].path, "status"))
        summary.n_ok = tables["documents"].num_rows - status["failed"]
        summary.n_partial = status["partial"]
        summary.errors = sorted(errors + document_errors, key=lambda e: (e.source, e.stage, e.error))
        # A document that failed after ingest keeps its row (status failed), with its errors.
        summary.n_failed = len({e.source for e in errors}) + status["failed"]
        summary.rows = {name: tables[name].num_rows for name in SUMMARY_TABLES}
        # Only the facts that have a verdict are kept: the rest may be millions.
        fact_ids = {f for name in FACT_TABLES if verdicts
                    for f in column_values(tables[name].path, "fact_id") if f in verdicts}
        summary.verdicts = verdict_counts(verdicts, fact_ids) if verdicts else {}
        summary.orphaned = orphaned(verdicts, fact_ids)
        summary.notes = _damaged_outputs(out)
        summary.seconds = time.monotonic() - started
        publish_tables(tables, out, out / STATE_DIR / "staging",
                       manifest={**_manifest(summary, inputs), "fingerprint": fingerprint},
                       extras=lambda staging: _analyst_files(staging, out))
    return summary


def _execute(todo: list[Task], process: ProcessFn | None, executor: Executor | None, workers: int,
             model: str | None, max_bytes: int, timeout: float) -> Iterator[tuple[Task, DocumentResult]]:
    """(task, result) of each document to process, as they finish; the pool (and
    multiprocessing) is loaded only when there is one."""
    if not todo:
        return
    from pipeline.run.pool import process_tasks
    from pipeline.run.worker import process_document

    if process is None:
        # A partial of a module function pickles, so Dask workers get the choice with each task.
        process = partial(process_document, model=model) if model is not None else process_document
    execute = executor or partial(process_tasks, workers=workers, meanwhile=_import_table_modules)
    yield from execute(todo, process=process, max_bytes=max_bytes, timeout=timeout)


def _import_table_modules() -> None:
    """The libraries that build and publish the tables (pyarrow, DuckDB), loaded while the
    workers read the first documents rather than after the last, with a core idle."""
    try:
        import duckdb  # noqa: F401
        import pyarrow

        import pipeline.analyst  # noqa: F401
        import pipeline.table_parts  # noqa: F401
        import pipeline.verdicts  # noqa: F401

        # pyarrow imports pandas on its first array (0.2 s of CPU): here, not on the tables' first row.
        pyarrow.array([0])
    except ImportError:  # said when the tables are written, as it would have been without this
        pass


# The tables whose row counts the summary prints.
SUMMARY_TABLES = ("documents", "pages", *FACT_TABLES, "questions")


def _analyst_files(staging: Path, out: Path) -> list[Path]:
    from pipeline.analyst import write_analyst_files  # pandas and DuckDB: only when publishing

    return write_analyst_files(staging, kept_from=out)


def _damaged_outputs(out: Path) -> list[str]:
    """A sentence for each parquet file in ``out`` that cannot be read (truncated by a crash,
    edited by hand). A table of the run's is replaced when the tables are published (a rename,
    so atomic); any other file is left as it is, and the analyst files skip it."""
    from pipeline.database import unreadable_parquet
    from schemas import SCHEMAS

    return [KenmerkError("output_replaced" if path.stem in SCHEMAS else "output_unreadable",
                         path=path, reason=reason).message
            for path, reason in unreadable_parquet(out).items()]


def _fingerprint(version: str, succeeded: list[Task], duplicates: dict[str, list[str]],
                 errors: list[ProcessingError], out: Path) -> str:
    """What the tables of a run are built from: the pipeline, each document's name and
    bytes (its id), the copies, the failures, and whether there are verdicts."""
    facts = {
        "version": version,
        "documents": sorted((t.source, t.doc_id) for t in succeeded),
        "duplicates": sorted((k, sorted(v)) for k, v in duplicates.items()),
        "errors": sorted((e.source, e.stage, e.error) for e in errors),
        "verdicts": verdicts_path(out).exists(),
    }
    return hashlib.sha256(json.dumps(facts, sort_keys=True).encode("utf-8")).hexdigest()


def _unchanged(out: Path, fingerprint: str) -> dict | None:
    """The manifest of the tables in ``out`` when they were built from the same
    ``fingerprint``, without any error, and every file is as that run wrote it (its
    SHA-256); else None.

    Never with verdicts: the inspectors may have changed them since. Never after a
    run with errors (a document read in part): its summary must be given again."""
    if verdicts_path(out).exists() or not (out / MANIFEST).is_file():
        return None
    try:
        record = read_manifest(out)
        if record.get("fingerprint") != fingerprint or record.get("exit_code") != 0:
            return None
        entries = [*record["tables"].values(), *record.get("files", {}).values()]
        for entry in entries:
            name = entry["file"]
            if Path(name).name != name or file_sha256(out / name) != entry["sha256"]:
                return None
        if not all(isinstance(record["tables"][name]["rows"], int) for name in SUMMARY_TABLES):
            return None
        if not isinstance(record.get("documents_ok"), int):
            return None
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None
    return record


def _with_doc_id(error: ProcessingError, doc_id: str | None) -> ProcessingError:
    return error if error.doc_id or doc_id is None else dataclasses.replace(error, doc_id=doc_id)


def _duplicate_errors(duplicates: dict[str, list[str]],
                      failed_ids: dict[str, str]) -> list[ProcessingError]:
    """A ``duplicate`` row for each copy of a document that failed, so no file goes unmentioned."""
    return [error_row(copy, "discover", "duplicate", doc_id, original=failed_ids[doc_id])
            for doc_id, copies in duplicates.items() if doc_id in failed_ids for copy in copies]


def _cached_results(cache: ResultCache, tasks: list[Task], errors: list[ProcessingError],
                    document_errors: list[ProcessingError],
                    kept: dict[str, DocumentResult]) -> Iterator[DocumentResult]:
    """The finished documents one at a time: first those this run ``kept`` (handed on and
    let go, so they are in the first batch of the tables), then the others, read back
    from the cache (memory stays bounded).

    The errors a finished document carries (a stage that failed, pages of a
    damaged PDF that could not be read) are its own rows of errors.parquet; they
    are gathered in ``document_errors`` for the summary."""
    tasks = [t for t in tasks if t.doc_id in kept] + [t for t in tasks if t.doc_id not in kept]
    for task in tasks:
        result = kept.pop(task.doc_id, None) or cache.get(task.doc_id, task.source)
        if result is None:
            reason = "its finished result could not be read back from the cache"
            errors.append(error_row(task.source, "tables", "internal_error", task.doc_id,
                                    reason=reason))
            continue
        document_errors += result.errors
        yield result


def _manifest(summary: RunSummary, inputs: Sequence[str | Path]) -> dict:
    return {
        "pipeline_version": pipeline_version(summary.model),
        # The spaCy pipeline the facts were found with: a named model, or blank:nl (the default).
        "nlp_model": summary.model or "blank:nl",
        "finished": utc_now().isoformat(timespec="seconds"),
        "seconds": round(summary.seconds, 3),
        "inputs": [str(i) for i in inputs],
        "documents_found": summary.n_found,
        "documents_ok": summary.n_ok,
        "documents_failed": summary.n_failed,
        "documents_partial": summary.n_partial,
        "documents_from_cache": summary.n_cached,
        "duplicate_files": summary.n_duplicates,
        "errors": len(summary.errors),
        "exit_code": summary.exit_code,
        "verdicts": summary.verdicts,
        "notes": summary.notes,
    }
