"""A run: find the documents, process each (in a pool of processes), write the tables.

Documents are independent, so they are spread over worker processes (one per
core by default; ``nlp.pipe(n_process=...)`` is slower here than a pool over
documents). A document that fails costs only itself: its error is recorded and
the others go on. Tables are written only after every document is done.
"""

from __future__ import annotations

import os
import time
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.errors import KenmerkError
from pipeline.process import process_document
from pipeline.records import DocumentResult, ProcessingError
from pipeline.tables import FACT_TABLES, build_tables, write_tables

SUFFIXES = (".pdf", ".txt")


@dataclass
class RunSummary:
    out: Path
    n_found: int = 0
    n_ok: int = 0
    n_failed: int = 0
    rows: dict[str, int] = field(default_factory=dict)
    errors: list[ProcessingError] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def exit_code(self) -> int:
        """0 when every document was processed, 1 when some failed (see errors.parquet)."""
        return 1 if self.n_failed else 0


def discover(inputs: Sequence[str | Path]) -> tuple[list[str], list[ProcessingError]]:
    """The document files named by ``inputs`` (files, or folders searched recursively).

    Returns the paths as the user would write them (folder + relative path), sorted
    within each folder, and errors for inputs that do not exist. Symlinked folders
    are not followed, so a link loop cannot trap the walk.
    """
    found: list[str] = []
    errors: list[ProcessingError] = []
    for item in inputs:
        path = Path(item)
        if path.is_file():
            found.append(str(path))
        elif path.is_dir():
            for root, dirs, files in os.walk(path, followlinks=False):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                found += [
                    str(Path(root) / name)
                    for name in sorted(files)
                    if name.lower().endswith(SUFFIXES) and not name.startswith(".")
                ]
        else:
            errors.append(ProcessingError(str(item), "discover", "unreadable_file",
                                          KenmerkError("unreadable_file", source=str(item), reason="no such file or folder").message))
    return found, errors


def _safe_process(source: str) -> DocumentResult:
    """``process_document`` with any unexpected failure turned into an error record."""
    try:
        return process_document(source, source=source)
    except Exception as err:  # a bug in one document must not end the run
        message = KenmerkError("internal_error", source=source, stage="process", reason=f"{type(err).__name__}: {err}").message
        return DocumentResult(source=source, errors=(ProcessingError(source, "process", "internal_error", message),))


def process_all(sources: list[str], workers: int, on_done: Callable[[DocumentResult], None]) -> list[DocumentResult]:
    if workers <= 1 or len(sources) <= 1:
        results = []
        for source in sources:
            results.append(_safe_process(source))
            on_done(results[-1])
        return results
    results = []
    with ProcessPoolExecutor(max_workers=workers) as pool:
        futures = {pool.submit(_safe_process, s): s for s in sources}
        for future in as_completed(futures):
            source = futures[future]
            try:
                result = future.result()
            except Exception as err:  # the worker process itself died
                message = KenmerkError("worker_crashed", source=source, reason=f"{type(err).__name__}: {err}").message
                result = DocumentResult(source=source, errors=(ProcessingError(source, "worker", "worker_crashed", message),))
            results.append(result)
            on_done(result)
    return results


def run(
    inputs: Sequence[str | Path],
    out: str | Path = "outputs",
    *,
    workers: int | None = None,
    progress: bool = True,
) -> RunSummary:
    """Process every document under ``inputs`` and write the tables into ``out``."""
    started = time.monotonic()
    out = Path(out)
    sources, errors = discover(inputs)
    summary = RunSummary(out=out, n_found=len(sources))
    workers = workers or os.cpu_count() or 1

    bar = _progress_bar(len(sources), enabled=progress)
    results = process_all(sources, workers, on_done=lambda _r: bar.update(1))
    bar.close()

    tables = build_tables(results, errors)
    write_tables(tables, out)

    summary.n_ok = sum(1 for r in results if r.info is not None)
    summary.n_failed = sum(1 for r in results if r.info is None)
    summary.rows = {name: tables[name].num_rows for name in ("documents", "pages", *FACT_TABLES, "questions")}
    summary.errors = errors + [e for r in results for e in r.errors]
    summary.seconds = time.monotonic() - started
    return summary


def _progress_bar(total: int, enabled: bool):
    from tqdm import tqdm

    return tqdm(total=total, unit="doc", desc="kenmerk", disable=not enabled or None, leave=False)


def format_summary(summary: RunSummary) -> Iterable[str]:
    yield f"Read {summary.n_ok} of {summary.n_found} documents in {summary.seconds:.1f} s into {summary.out}/"
    counts = Counter(summary.rows)
    yield "  " + ", ".join(f"{name}: {counts[name]}" for name in summary.rows)
    if summary.errors:
        yield f"  {len(summary.errors)} error(s), listed in {summary.out / 'errors.parquet'}:"
        for err in summary.errors[:10]:
            yield f"    [{err.error}] {err.message}"
        if len(summary.errors) > 10:
            yield f"    ... and {len(summary.errors) - 10} more"
