"""A run: find the documents, process each in a worker process, write the tables.

A run over 5,000 documents must end with every good document processed and
every bad one listed with its reason, and must never leave half-written
output. How this module makes sure of that:

- **One document, one failure.** Each document runs through ``process``
  (by default ``pipeline.process.process_document``).
  A ``KenmerkError`` becomes a row of ``errors.parquet``; any other exception
  becomes an ``internal_error`` row. The run goes on.
- **Crashes and hangs.** With more than one worker, documents go to a small
  pool of our own processes (``WorkerPool``), one document at a time each,
  with a deadline (``timeout``, default 120 s). A worker that dies (segfault,
  ``os._exit``, the kernel's OOM killer) or passes its deadline is killed and
  replaced, and only its document is recorded (``worker_crashed`` /
  ``timeout``). ``concurrent.futures`` is not used because one dead worker
  breaks its whole pool (``BrokenProcessPool``). With ``workers=1`` documents
  run in this process, for debugging; the timeout then works through
  ``SIGALRM`` (it interrupts Python code, not a hung C call), and a crash ends
  the run, which a rerun resumes.
- **Resume.** Each document's result is written to a cache in
  ``<out>/.kenmerk/cache/<pipeline version>/<doc_id>.pickle`` the moment it
  is done (temp file, fsync, rename), keyed by the document id (hash of the
  bytes) and the pipeline version. A run killed at any moment loses at most
  the documents in flight; the next run takes finished documents from the
  cache (``fresh=True`` ignores it). Entries are pickles signed with a
  per-user key kept outside ``out`` (``~/.cache/kenmerk/``), so a file planted
  in the output folder is never unpickled. Only successes are cached: failures are
  retried on the next run, since a missing OCR engine or a timeout may have
  been fixed meanwhile.
- **All tables or none.** Tables are built from the cache only when every
  document is done (in batches, ``pipeline.table_parts``, so memory stays
  flat), validated, and written as one unit by
  ``pipeline.tables.publish_tables`` (staging folder, manifest ``run.json``
  last, then renames; see there). Disk full or any other write failure stops
  the run with ``RunAborted`` and leaves the previous tables as they were.
- **One run per output folder.** A lock (``fcntl.flock`` on
  ``<out>/.kenmerk/lock``) keeps two runs from writing into the same folder;
  the second refuses with ``RunLocked`` or, with ``wait=True``, waits.
- **Other languages.** Each document's language is recorded
  (``pipeline.language``); a document in another language than Dutch keeps
  its document and page rows but no facts, since the Dutch rules misread it
  (decided in ``pipeline.process``).
- **Verdicts.** ``<out>/verdicts.parquet`` (inspectors' verdicts, see
  ``pipeline.verdicts``) is never written or removed by a run, ``fresh``
  included; its verdicts are joined into the fact tables, and those whose
  fact no longer appears are listed as orphaned in the summary.
- **Duplicates.** Files with the same bytes are processed once; the other
  names are listed in ``documents.duplicate_sources`` (and, when that one
  document failed, each gets a ``duplicate`` error row).
"""

from __future__ import annotations

import dataclasses
import errno
import fcntl
import hashlib
import hmac
import json
import multiprocessing
import os
import pickle
import re
import secrets
import shutil
import signal
import stat
import tempfile
import threading
import time
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import lru_cache, partial
from multiprocessing import connection
from multiprocessing.connection import Connection
from pathlib import Path

import pyarrow.parquet as pq

from pipeline.errors import KenmerkError
from pipeline.ingest import DEFAULT_MAX_BYTES, file_doc_id
from pipeline.outdir import UnsafeOutput, make_state_dir, open_lock, remove_entry
from pipeline.records import DocumentResult, ProcessingError
from pipeline.table_parts import build_tables_in_parts
from pipeline.tables import (
    FACT_TABLES,
    MANIFEST,
    file_sha256,
    publish_tables,
    read_manifest,
    recover_tables,
    write_bytes,
)
from pipeline.verdicts import VerdictError, orphaned, read_verdicts, verdict_counts, verdicts_path
from pipeline.version import code_hash, pipeline_version

# What a folder is searched for: PDFs, text, and the image formats scanners write.
SUFFIXES = (".pdf", ".txt", ".png", ".jpg", ".jpeg", ".tif", ".tiff")
DEFAULT_TIMEOUT = 120.0
DEFAULT_MAX_FILE_MB = DEFAULT_MAX_BYTES / 1024**2
STATE_DIR = ".kenmerk"
# Bumped when the pickled records change shape so that old cache entries are not read.
CACHE_FORMAT = 2
# The names of cache version folders (``<format>-<pipeline version>``); nothing else is deleted.
CACHE_ENTRY = re.compile(r"\d+-[\w.+-]+")
# How long a stopped worker gets to exit before it is killed.
STOP_GRACE = 2.0

# The per-document function: called as process(source, max_bytes=...). Tests pass
# their own to make a document crash or hang; production uses process_document.
ProcessFn = Callable[..., DocumentResult]
# Where the documents run: called as executor(tasks, process=..., max_bytes=..., timeout=...),
# it yields (task, result) for every task as they finish. None is the local pool
# (``process_tasks``); ``pipeline.dask_run.DaskExecutor`` runs them on a Dask cluster.
Executor = Callable[..., Iterator[tuple["Task", DocumentResult]]]


class RunLocked(Exception):
    """Another run holds the output folder's lock."""


class RunAborted(Exception):
    """The run could not write its outputs (disk full, no permission); nothing was half-written."""


@dataclass
class RunSummary:
    out: Path
    n_found: int = 0
    n_ok: int = 0
    n_failed: int = 0
    n_cached: int = 0
    n_duplicates: int = 0
    rows: dict[str, int] = field(default_factory=dict)
    errors: list[ProcessingError] = field(default_factory=list)
    seconds: float = 0.0
    # Inspectors' verdicts per kind (and ``orphaned``), and the orphaned ones themselves.
    verdicts: dict[str, int] = field(default_factory=dict)
    orphaned: list[dict] = field(default_factory=list)

    @property
    def exit_code(self) -> int:
        """0 when every document was processed, 1 when some failed (see errors.parquet)."""
        return 1 if self.errors else 0


def process_document(path: Path | str, source: str | None = None, **options) -> DocumentResult:
    """``pipeline.process.process_document``, imported when a document is read: a run
    that finds every document in its cache never loads spaCy or the PDF libraries."""
    from pipeline.process import process_document as process

    return process(path, source, **options)


# The tables whose row counts the summary prints.
SUMMARY_TABLES = ("documents", "pages", *FACT_TABLES, "questions")


# --- finding the documents -------------------------------------------------------------


def discover(inputs: Sequence[str | Path], *,
             follow_symlinks: bool = False) -> tuple[list[str], list[ProcessingError]]:
    """The document files named by ``inputs`` (files, or folders searched recursively).

    Returns the paths as the user would write them (folder + relative path), sorted
    within each folder, and errors for inputs that do not exist, folders that cannot
    be listed, links that lead nowhere or back to themselves, and things that are
    not regular files (a FIFO, a device: ``not_a_file``).

    A path named on the command line is read even when it is a link. Inside a
    folder, a link is followed only when it stays within the input roots; one
    that leaves them is listed as ``symlink_outside`` unless ``follow_symlinks``.
    Linked folders are not searched (``symlink_folder``) unless
    ``follow_symlinks``; then each real folder is searched once, so a link loop
    cannot trap the walk.
    """
    found: list[str] = []
    errors: list[ProcessingError] = []
    roots = [_real(item) for item in inputs]
    for item in inputs:
        path = Path(item)
        if path.is_file():
            found.append(str(path))
        elif path.is_dir():
            _walk(path, roots, follow_symlinks, found, errors)
        elif path.is_symlink():
            errors.append(_link_error(str(path)))
        elif path.exists():
            errors.append(_error(str(item), "discover", "not_a_file", detail=_kind(path)))
        else:
            errors.append(_error(str(item), "discover", "unreadable_file",
                                 reason="no such file or folder"))
    return found, errors


def _walk(folder: Path, roots: list[Path], follow_symlinks: bool, found: list[str],
          errors: list[ProcessingError]) -> None:
    seen = {_real(folder)}
    for root, dirs, files in os.walk(folder, followlinks=follow_symlinks,
                                     onerror=lambda err: errors.append(_walk_error(err))):
        kept = []
        for name in sorted(d for d in dirs if not d.startswith(".")):
            path = Path(root) / name
            if path.is_symlink():
                target = _real(path)
                if not follow_symlinks:
                    code = "symlink_folder" if _within(target, roots) else "symlink_outside"
                    errors.append(_error(str(path), "discover", code, target=target))
                    continue
                if target in seen:
                    continue  # a loop, or a folder searched already
                seen.add(target)
            kept.append(name)
        dirs[:] = kept
        for name in sorted(files):
            if not name.lower().endswith(SUFFIXES) or name.startswith("."):
                continue
            path = Path(root) / name
            if path.is_symlink() and not follow_symlinks:
                target = _real(path)
                if target.exists() and not _within(target, roots):
                    errors.append(_error(str(path), "discover", "symlink_outside", target=target))
                    continue
            try:
                mode = os.stat(path).st_mode
            except OSError:
                found.append(str(path))  # a dangling link or a loop: reported when planned
                continue
            if stat.S_ISREG(mode):
                found.append(str(path))
            else:
                errors.append(_error(str(path), "discover", "not_a_file", detail=_kind(path)))


def _real(path: str | Path) -> Path:
    try:
        return Path(path).resolve()
    except (OSError, RuntimeError):  # a link loop
        return Path(os.path.abspath(path))


def _within(path: Path, roots: list[Path]) -> bool:
    return any(path == root or path.is_relative_to(root) for root in roots)


def _kind(path: Path) -> str:
    """What a path is when it is not a regular file or folder, in words."""
    try:
        mode = os.stat(path).st_mode
    except OSError as err:
        return err.strerror or str(err)
    if stat.S_ISFIFO(mode):
        return "a named pipe (FIFO)"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    return "not a regular file"


def _walk_error(err: OSError) -> ProcessingError:
    return _error(str(err.filename), "discover", "unreadable_file", reason=err.strerror or str(err))


def _link_error(source: str) -> ProcessingError:
    try:
        os.stat(source)
    except OSError as err:
        if err.errno == errno.ELOOP:
            return _error(source, "discover", "symlink_loop")
        return _error(source, "discover", "unreadable_file", reason=err.strerror or str(err))
    return _error(source, "discover", "unreadable_file", reason="not a regular file")


def _error(source: str, stage: str, code: str, doc_id: str | None = None,
           **details: object) -> ProcessingError:
    message = KenmerkError(code, source=source, stage=stage, **details).message
    return ProcessingError(source, stage, code, message, doc_id=doc_id, time=_now())


def _task_failed(task: Task, stage: str, code: str, **details: object) -> DocumentResult:
    """A result holding one error of ``task``."""
    return DocumentResult(source=task.source,
                          errors=(_error(task.source, stage, code, task.doc_id, **details),))


def _now() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True)
class Task:
    """One document to process: its path and, when the file could be hashed, its id."""

    source: str
    doc_id: str | None


@dataclass
class Plan:
    tasks: list[Task] = field(default_factory=list)
    errors: list[ProcessingError] = field(default_factory=list)
    # doc_id -> the other sources with the same bytes as the task's source
    duplicates: dict[str, list[str]] = field(default_factory=dict)


def plan_documents(sources: Iterable[str], max_bytes: int) -> Plan:
    """Hash every file once: one task per distinct content, errors for files that cannot be read.

    A file over ``max_bytes`` is not hashed (that would read it whole); it
    becomes a task without id, which ingest refuses from its size alone.
    """
    plan = Plan()
    first: dict[str, Task] = {}
    for source in sources:
        try:
            size = os.stat(source).st_size
            doc_id = file_doc_id(Path(source)) if 0 < size <= max_bytes else None
        except OSError as err:
            if err.errno == errno.ELOOP:
                plan.errors.append(_error(source, "discover", "symlink_loop"))
            else:
                reason = err.strerror or str(err)
                plan.errors.append(_error(source, "ingest", "unreadable_file", reason=reason))
            continue
        if doc_id is not None and doc_id in first:
            plan.duplicates.setdefault(doc_id, []).append(source)
            continue
        task = Task(source, doc_id)
        if doc_id is not None:
            first[doc_id] = task
        plan.tasks.append(task)
    return plan


# --- one document ----------------------------------------------------------------------


def slim(result: DocumentResult) -> DocumentResult:
    """The result without the raw pages' word boxes, which no table uses.

    They are most of a PDF result's size; dropping them keeps the cache and the
    pipe from the workers small (facts already carry their own boxes).
    """
    pages = tuple(dataclasses.replace(p, raw=dataclasses.replace(p.raw, words=()))
                  for p in result.pages)
    return dataclasses.replace(result, pages=pages)


class _DocumentTimeout(BaseException):
    """Raised by SIGALRM in single-process mode; a BaseException so stages cannot swallow it."""


def run_one(process: ProcessFn, task: Task, max_bytes: int) -> DocumentResult:
    """``process`` on one task, with every failure (also out of memory) turned into a record."""
    try:
        result = process(task.source, max_bytes=max_bytes)
    except MemoryError:
        return _task_failed(task, "worker", "worker_crashed", reason="out of memory")
    except Exception as err:  # a bug on one document must not end the run
        reason = f"{type(err).__name__}: {err}"
        return _task_failed(task, "process", "internal_error", reason=reason)
    return slim(result) if result.info is not None else result


def run_in_process(process: ProcessFn, task: Task, max_bytes: int,
                   timeout: float) -> DocumentResult:
    """``run_one`` in this process, stopped after ``timeout`` s where SIGALRM allows it."""
    if not _can_alarm():
        return run_one(process, task, max_bytes)

    def expire(_signum, _frame):
        raise _DocumentTimeout

    previous = signal.signal(signal.SIGALRM, expire)
    children = _children()
    signal.setitimer(signal.ITIMER_REAL, timeout)
    try:
        return run_one(process, task, max_bytes)
    except _DocumentTimeout:
        # A tesseract started for this document would run on without its reader.
        _kill_processes(_children() - children)
        return _task_failed(task, "worker", "timeout", seconds=timeout)
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _children() -> set[int]:
    """The ids of this process's child processes (Linux ``/proc``; empty elsewhere)."""
    me = str(os.getpid())
    found = set()
    try:
        entries = os.listdir("/proc")
    except OSError:
        return found
    for entry in entries:
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", "rb") as handle:
                fields = handle.read().rsplit(b")", 1)[1].split()
        except (OSError, IndexError):
            continue
        if fields[1].decode() == me:
            found.add(int(entry))
    return found


def _kill_processes(pids: Iterable[int]) -> None:
    """Kill each process (and its process group when it leads one) and reap it."""
    for pid in pids:
        try:
            if os.getpgid(pid) == pid:
                os.killpg(pid, signal.SIGKILL)
            else:
                os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
        except (ProcessLookupError, PermissionError, ChildProcessError):
            pass


def _can_alarm() -> bool:
    return hasattr(signal, "SIGALRM") and threading.current_thread() is threading.main_thread()


# --- the worker pool -------------------------------------------------------------------


def _worker_main(conn: Connection, inherited: list[Connection], parent: int,
                 process: ProcessFn, max_bytes: int, tmp: str | None = None) -> None:
    """A worker: receive a task, send back its result, until told to stop or orphaned.

    Temp files (tesseract's ``tess_*``) go to the worker's own folder ``tmp``,
    which the pool removes when it kills or stops the worker.
    """
    if tmp is not None:
        os.environ["TMPDIR"] = tmp
        tempfile.tempdir = tmp
    for other in inherited:
        other.close()  # else the other workers' pipes never see EOF when the parent dies
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    signal.signal(signal.SIGTERM, signal.SIG_DFL)  # the parent's handler is not for workers
    os.setpgrp()  # so a timeout kills tesseract children too
    threading.Thread(target=_exit_when_orphaned, args=(parent,), daemon=True).start()
    while True:
        try:
            task = conn.recv()
        except (EOFError, OSError):
            return
        if task is None:
            return
        result = run_one(process, task, max_bytes)
        try:
            conn.send(result)
        except (pickle.PicklingError, TypeError, AttributeError) as err:
            conn.send(_task_failed(task, "worker", "internal_error",
                                   reason=f"result could not be sent back: {err}"))
        except (BrokenPipeError, OSError):
            return


def _exit_when_orphaned(parent: int) -> None:
    # A parent killed with SIGKILL cannot stop its workers; they stop themselves.
    while os.getppid() == parent:
        time.sleep(1.0)
    os._exit(1)


@dataclass
class _Worker:
    process: multiprocessing.process.BaseProcess
    conn: Connection
    task: Task | None = None
    deadline: float = 0.0
    tmp: str | None = None


class WorkerPool:
    """Worker processes that each run one document at a time under a deadline.

    A worker that dies or overruns is killed and replaced; only its document is
    lost. Workers are forked (the pipeline's modules are already loaded, and an
    injected ``process`` function need not be picklable) where the platform
    allows, else spawned.
    """

    def __init__(self, size: int, process: ProcessFn, max_bytes: int, timeout: float) -> None:
        methods = multiprocessing.get_all_start_methods()
        self._context = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
        self._process = process
        self._max_bytes = max_bytes
        self._timeout = timeout
        self._workers: list[_Worker] = []
        for _ in range(size):
            self._workers.append(self._start())

    def _start(self) -> _Worker:
        parent_end, child_end = self._context.Pipe()
        inherited = [w.conn for w in self._workers] + [parent_end]
        tmp = tempfile.mkdtemp(prefix="kenmerk-worker-")
        process = self._context.Process(
            target=_worker_main, name="kenmerk-worker", daemon=True,
            args=(child_end, inherited, os.getpid(), self._process, self._max_bytes, tmp))
        process.start()
        child_end.close()
        return _Worker(process, parent_end, tmp=tmp)

    def map(self, tasks: Iterable[Task]) -> Iterator[tuple[Task, DocumentResult]]:
        """(task, result) for every task, in the order they finish."""
        pending = deque(tasks)
        for index in range(len(self._workers)):
            self._feed(index, pending)
        while any(w.task is not None for w in self._workers):
            busy = [w for w in self._workers if w.task is not None]
            until = min(w.deadline for w in busy) - time.monotonic()
            ready = [w.conn for w in busy] + [w.process.sentinel for w in busy]
            connection.wait(ready, timeout=max(until, 0.0))
            for index, worker in enumerate(self._workers):
                if worker.task is None:
                    continue
                done = self._collect(worker)
                if done is None:
                    continue
                task, result, healthy = done
                worker.task = None
                if not healthy:
                    self._replace(index)
                yield task, result
                self._feed(index, pending)

    def _collect(self, worker: _Worker) -> tuple[Task, DocumentResult, bool] | None:
        """The worker's finished task, or None while it is still working within its deadline."""
        task = worker.task
        if worker.conn.poll():
            try:
                return task, worker.conn.recv(), True
            except (EOFError, OSError):  # it died: its pipe is closed
                return task, self._crash(task, worker), False
            except pickle.UnpicklingError as err:
                return task, self._crash(task, worker, f"its result was cut off: {err}"), False
        if not worker.process.is_alive():
            return task, self._crash(task, worker), False
        if time.monotonic() >= worker.deadline:
            return task, _task_failed(task, "worker", "timeout", seconds=self._timeout), False
        return None

    def _crash(self, task: Task, worker: _Worker, reason: str | None = None) -> DocumentResult:
        worker.process.join(STOP_GRACE)
        reason = reason or exit_reason(worker.process.exitcode)
        return _task_failed(task, "worker", "worker_crashed", reason=reason)

    def _feed(self, index: int, pending: deque[Task]) -> None:
        """Give worker ``index`` the next task; a worker found dead meanwhile is replaced first."""
        if not pending:
            return
        task = pending.popleft()
        try:
            self._workers[index].conn.send(task)
        except OSError:
            self._replace(index)
            self._workers[index].conn.send(task)
        worker = self._workers[index]
        worker.task = task
        worker.deadline = time.monotonic() + self._timeout

    def _replace(self, index: int) -> None:
        self._kill(self._workers[index])
        self._workers[index] = self._start()

    def _kill(self, worker: _Worker) -> None:
        if worker.process.is_alive():
            try:
                os.killpg(worker.process.pid, signal.SIGKILL)
            except (ProcessLookupError, PermissionError):
                worker.process.kill()
        worker.process.join(STOP_GRACE)
        worker.conn.close()
        if worker.tmp is not None:
            shutil.rmtree(worker.tmp, ignore_errors=True)

    def close(self) -> None:
        """Stop every worker: politely when idle, by force when busy or slow to go."""
        for worker in self._workers:
            if worker.task is None:
                try:
                    worker.conn.send(None)
                except OSError:
                    pass  # already gone; killed below if not
        deadline = time.monotonic() + STOP_GRACE
        for worker in self._workers:
            if worker.task is None:
                worker.process.join(max(deadline - time.monotonic(), 0.0))
            self._kill(worker)
        self._workers.clear()

    def __enter__(self) -> WorkerPool:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def exit_reason(exitcode: int | None) -> str:
    """A worker's exit code in words: ``killed by SIGSEGV``, ``exited with code 3``."""
    if exitcode is None:
        return "it did not exit"
    if exitcode < 0:
        try:
            return f"killed by {signal.Signals(-exitcode).name}"
        except ValueError:
            return f"killed by signal {-exitcode}"
    return f"exited with code {exitcode}"


def process_tasks(tasks: list[Task], *, workers: int, process: ProcessFn, max_bytes: int,
                  timeout: float) -> Iterator[tuple[Task, DocumentResult]]:
    """(task, result) for every task: in this process when ``workers`` is 1, else in a pool."""
    if not tasks:
        return
    if process is process_document:
        _preload()
    if workers <= 1:
        for task in tasks:
            yield task, run_in_process(process, task, max_bytes, timeout)
        return
    with WorkerPool(min(workers, len(tasks)), process, max_bytes, timeout) as pool:
        yield from pool.map(tasks)


def _preload() -> None:
    """Load spaCy and the rules before the first deadline starts, once for all forked workers."""
    from pipeline.nlp import build_nlp

    build_nlp()


# --- cache, lock -----------------------------------------------------------------------


class ResultCache:
    """Finished documents of ``out``: one signed pickle per document id, for this pipeline version."""

    def __init__(self, out: Path, version: str) -> None:
        root = Path(out) / STATE_DIR / "cache"
        self.folder = root / f"{CACHE_FORMAT}-{version}"
        self._root = root

    def prepare(self, fresh: bool) -> None:
        """Create the folder; drop other versions' entries (and all entries when ``fresh``)."""
        # Only entries named like a cache version are deleted, never through a link
        # (check_state_dir has refused links under .kenmerk before this).
        if self._root.is_dir() and not self._root.is_symlink():
            for old in self._root.iterdir():
                if (fresh or old != self.folder) and CACHE_ENTRY.fullmatch(old.name):
                    remove_entry(old)
        self.folder.mkdir(parents=True, exist_ok=True)
        if self.folder.is_symlink() or self._root.is_symlink():
            raise UnsafeOutput(KenmerkError("unsafe_output", out=self._root.parent.parent,
                                            path=self.folder, reason="a symbolic link").message)

    def path(self, doc_id: str) -> Path:
        return self.folder / f"{doc_id}.pickle"

    def __contains__(self, doc_id: str) -> bool:
        return self.path(doc_id).is_file()

    def verify(self, doc_id: str) -> bool:
        """Whether the entry of ``doc_id`` is there and reads back (signature, format, id).

        Checked when the run is planned, so an entry that was truncated, swapped
        or signed with a lost key is processed again instead of being counted as
        done and then missing from the tables; a failing entry is deleted.
        """
        return doc_id in self and self.get(doc_id, "") is not None

    def get(self, doc_id: str, source: str) -> DocumentResult | None:
        """The cached result under the current file name, or None when absent, unsigned or unreadable."""
        try:
            data = self.path(doc_id).read_bytes()
        except FileNotFoundError:
            return None
        except OSError:
            data = b""
        signature, payload = data[:SIGNATURE_BYTES], data[SIGNATURE_BYTES:]
        try:
            if not hmac.compare_digest(signature, _sign(payload)):
                # Not written by this user's kenmerk: never unpickle it.
                raise pickle.UnpicklingError("bad signature")
            result = pickle.loads(payload)
        except (EOFError, pickle.UnpicklingError, AttributeError, ImportError, TypeError, ValueError):
            # An entry from an older kenmerk that no longer loads: process the document again.
            self.path(doc_id).unlink(missing_ok=True)
            return None
        info = getattr(result, "info", None)
        if not isinstance(result, DocumentResult) or info is None or info.doc_id != doc_id:
            self.path(doc_id).unlink(missing_ok=True)
            return None
        info = dataclasses.replace(info, source=source)
        return dataclasses.replace(result, source=source, info=info)

    def put(self, result: DocumentResult) -> None:
        """Store a finished document atomically: temp file, fsync, rename."""
        payload = pickle.dumps(result, protocol=pickle.HIGHEST_PROTOCOL)
        write_bytes(self.path(result.info.doc_id), _sign(payload) + payload)


# Cache entries are pickles, and unpickling runs code; each entry is therefore
# signed with a key that lives outside the output folder (in the user's cache
# folder), so whoever can write into --out cannot make kenmerk run code.
SIGNATURE_BYTES = hashlib.sha256().digest_size
KEY_BYTES = 32


@lru_cache(maxsize=1)
def _cache_key() -> bytes:
    """This user's signing key, made on first use; a per-process key when none can be kept."""
    path = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "kenmerk" / "result-cache.key"
    try:
        key = path.read_bytes()
    except FileNotFoundError:
        key = _new_key(path)
    except OSError:
        key = b""
    if len(key) != KEY_BYTES and path.is_file() and not path.is_symlink():
        # A truncated or foreign key file: replace it, else every run would sign
        # with a key of its own and never find the previous run's entries.
        key = _replace_key(path)
    # Without a usable key file, resume still works within this run.
    return key if len(key) == KEY_BYTES else secrets.token_bytes(KEY_BYTES)


def _replace_key(path: Path) -> bytes:
    """Write a new key over an invalid key file (temp file, then rename); b"" when that fails."""
    key = secrets.token_bytes(KEY_BYTES)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, 0o600)
        with os.fdopen(fd, "wb") as handle:
            handle.write(key)
        os.replace(tmp, path)
    except OSError:
        tmp.unlink(missing_ok=True)
        return b""
    return key


def _new_key(path: Path) -> bytes:
    """Create the key file, readable by this user only; another process may create it first."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return path.read_bytes()
    except OSError:
        return b""
    key = secrets.token_bytes(KEY_BYTES)
    with os.fdopen(fd, "wb") as handle:
        handle.write(key)
    return key


def _sign(payload: bytes) -> bytes:
    return hmac.new(_cache_key(), payload, hashlib.sha256).digest()


@contextmanager
def run_lock(out: Path, *, wait: bool = False) -> Iterator[None]:
    """Hold ``<out>/.kenmerk/lock`` for the run; refuse (``RunLocked``) or wait when it is taken.

    ``flock`` locks go away with the process that held them, so a killed run
    never leaves a stale lock behind. The lock file is never opened through a
    symbolic link (see ``pipeline.outdir``).
    """
    make_state_dir(out)  # refuses a .kenmerk holding symbolic links (UnsafeOutput)
    fd = open_lock(out)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            if not wait:
                holder = os.pread(fd, 200, 0).decode("utf-8", "replace").strip()
                holder = holder or "unknown process"
                message = KenmerkError("run_locked", holder=holder, out=out).message
                raise RunLocked(message) from None
            fcntl.flock(fd, fcntl.LOCK_EX)
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"pid {os.getpid()}, started {_now():%Y-%m-%d %H:%M:%S} UTC".encode(), 0)
        yield
    finally:
        os.close(fd)  # closing releases the lock


@contextmanager
def _refuse_unsafe() -> Iterator[None]:
    """Turn ``UnsafeOutput`` (links planted under ``.kenmerk``) into ``RunAborted``."""
    try:
        yield
    except UnsafeOutput as err:
        raise RunAborted(str(err)) from err


@contextmanager
def _abort_on_write_error(out: Path) -> Iterator[None]:
    """Turn a failed write (disk full, no permission) into ``RunAborted`` with a clear message."""
    try:
        yield
    except OSError as err:
        path = err.filename or out
        if err.errno in (errno.ENOSPC, errno.EDQUOT):
            message = KenmerkError("disk_full", path=path, out=out).message
        else:
            reason = err.strerror or str(err)
            message = KenmerkError("write_failed", path=path, reason=reason, out=out).message
        raise RunAborted(message) from err


# --- the run ---------------------------------------------------------------------------


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
    process: ProcessFn = process_document,
    executor: Executor | None = None,
) -> RunSummary:
    """Process every document under ``inputs`` and write the tables into ``out``.

    ``process`` is the per-document function (tests inject failing ones);
    ``executor`` runs the documents elsewhere than in the local pool (``Executor``).
    Raises ``RunLocked`` when another run writes into ``out`` (unless ``wait``)
    and ``RunAborted`` when the outputs cannot be written or ``out/.kenmerk``
    holds symbolic links; every problem with a document is a row of
    ``errors.parquet`` instead. Symbolic links that leave the input folders
    are followed only with ``follow_symlinks``.
    """
    started = time.monotonic()
    out = Path(out)
    max_bytes = int(max_file_mb * 1024**2)
    workers = workers or os.cpu_count() or 1
    with _abort_on_write_error(out), _refuse_unsafe(), run_lock(out, wait=wait):
        staging = out / STATE_DIR / "staging"
        errors: list[ProcessingError] = []
        if (problem := recover_tables(out, staging)) is not None:
            errors.append(_error(str(staging / "run.json"), "tables", "staging_corrupt",
                                 path=staging / "run.json", reason=problem))
        version = f"{pipeline_version()}+code.{code_hash()}"
        cache = ResultCache(out, version)
        cache.prepare(fresh)

        sources, found_errors = discover(inputs, follow_symlinks=follow_symlinks)
        errors += found_errors
        plan = plan_documents(sources, max_bytes)
        errors += plan.errors
        verified = {t.doc_id for t in plan.tasks if t.doc_id is not None and cache.verify(t.doc_id)}
        done = [t for t in plan.tasks if t.doc_id in verified]
        todo = [t for t in plan.tasks if t.doc_id not in verified]
        succeeded: list[Task] = list(done)
        failed_ids: dict[str, str] = {}

        bar = _progress_bar(len(plan.tasks), initial=len(done), enabled=progress)
        try:
            execute = executor or partial(process_tasks, workers=workers)
            for task, result in execute(todo, process=process, max_bytes=max_bytes, timeout=timeout):
                if result.info is not None:
                    cache.put(result)
                    succeeded.append(Task(task.source, result.info.doc_id))
                else:
                    errors += [_with_doc_id(e, task.doc_id) for e in result.errors]
                    if task.doc_id is not None:
                        failed_ids[task.doc_id] = task.source
                bar.update(1)
        finally:
            bar.close()
        errors += _duplicate_errors(plan.duplicates, failed_ids)
        fingerprint = _fingerprint(version, succeeded, plan.duplicates, errors, out)
        if not todo and not errors and (kept := _unchanged(out, fingerprint)) is not None:
            # Nothing changed since the tables in ``out`` were written: they stay as they are.
            summary = RunSummary(out=out, n_found=len(sources), n_cached=len(done),
                                 n_duplicates=sum(len(v) for v in plan.duplicates.values()))
            summary.rows = {name: kept["tables"][name]["rows"] for name in SUMMARY_TABLES}
            summary.n_ok = summary.rows["documents"]
            summary.seconds = time.monotonic() - started
            return summary

        # build_tables_in_parts reads every result before the errors, so a result that cannot be
        # read back still gets its error row.
        results = _cached_results(cache, succeeded, errors)
        try:
            verdicts = read_verdicts(out)
        except VerdictError as err:  # never publish tables that would hide the inspectors' work
            raise RunAborted(str(err)) from err
        tables = build_tables_in_parts(results, errors, duplicates=plan.duplicates, verdicts=verdicts,
                                       folder=out / STATE_DIR / "parts")
        summary = RunSummary(out=out, n_found=len(sources), n_cached=len(done),
                             n_duplicates=sum(len(v) for v in plan.duplicates.values()))
        summary.n_ok = tables["documents"].num_rows
        summary.errors = sorted(errors, key=lambda e: (e.source, e.stage, e.error))
        summary.n_failed = len({e.source for e in errors})
        summary.rows = {name: tables[name].num_rows for name in SUMMARY_TABLES}
        fact_ids = [f for name in FACT_TABLES
                    for f in pq.read_table(tables[name].path, columns=["fact_id"]).column("fact_id").to_pylist()]
        summary.verdicts = verdict_counts(verdicts, fact_ids) if verdicts else {}
        summary.orphaned = orphaned(verdicts, fact_ids)
        summary.seconds = time.monotonic() - started
        publish_tables(tables, out, out / STATE_DIR / "staging",
                       manifest={**_manifest(summary, inputs), "fingerprint": fingerprint},
                       extras=lambda staging: _analyst_files(staging, out))
    return summary


def _analyst_files(staging: Path, out: Path) -> list[Path]:
    from pipeline.analyst import write_analyst_files  # pandas and DuckDB: only when publishing

    return write_analyst_files(staging, kept_from=out)


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
    ``fingerprint`` and every file is as that run wrote it (its SHA-256); else None.

    Never with verdicts: the inspectors may have changed them since."""
    if verdicts_path(out).exists() or not (out / MANIFEST).is_file():
        return None
    try:
        record = read_manifest(out)
        if record.get("fingerprint") != fingerprint:
            return None
        entries = [*record["tables"].values(), *record.get("files", {}).values()]
        for entry in entries:
            name = entry["file"]
            if Path(name).name != name or file_sha256(out / name) != entry["sha256"]:
                return None
        if not all(isinstance(record["tables"][name]["rows"], int) for name in SUMMARY_TABLES):
            return None
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None
    return record


def _with_doc_id(error: ProcessingError, doc_id: str | None) -> ProcessingError:
    return error if error.doc_id or doc_id is None else dataclasses.replace(error, doc_id=doc_id)


def _duplicate_errors(duplicates: dict[str, list[str]],
                      failed_ids: dict[str, str]) -> list[ProcessingError]:
    """A ``duplicate`` row for each copy of a document that failed, so no file goes unmentioned."""
    return [_error(copy, "discover", "duplicate", doc_id, original=failed_ids[doc_id])
            for doc_id, copies in duplicates.items() if doc_id in failed_ids for copy in copies]


def _cached_results(cache: ResultCache, tasks: list[Task],
                    errors: list[ProcessingError]) -> Iterator[DocumentResult]:
    """The finished documents one at a time, read back from the cache (memory stays bounded)."""
    for task in tasks:
        result = cache.get(task.doc_id, task.source)
        if result is None:
            reason = "its finished result could not be read back from the cache"
            errors.append(_error(task.source, "tables", "internal_error", task.doc_id,
                                 reason=reason))
            continue
        yield result


def _manifest(summary: RunSummary, inputs: Sequence[str | Path]) -> dict:
    return {
        "pipeline_version": pipeline_version(),
        "finished": _now().isoformat(timespec="seconds"),
        "seconds": round(summary.seconds, 3),
        "inputs": [str(i) for i in inputs],
        "documents_found": summary.n_found,
        "documents_ok": summary.n_ok,
        "documents_failed": summary.n_failed,
        "documents_from_cache": summary.n_cached,
        "duplicate_files": summary.n_duplicates,
        "errors": len(summary.errors),
        "exit_code": summary.exit_code,
        "verdicts": summary.verdicts,
    }


def _progress_bar(total: int, initial: int, enabled: bool):
    from tqdm import tqdm

    class Bar(tqdm):
        # No monitor thread: worker processes are forked while the bar runs.
        monitor_interval = 0

    return Bar(total=total, initial=initial, unit="doc", desc="kenmerk",
               disable=not enabled or None, leave=False)


def printable(text: object) -> str:
    """``text`` safe to print on a terminal: control characters (escape sequences in a
    file name, a carriage return) shown as ``\\x1b``-style escapes, not acted on."""
    return "".join(c if c.isprintable() or c == " " else _escape(c) for c in str(text))


def _escape(c: str) -> str:
    code = ord(c)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}"


def format_summary(summary: RunSummary) -> Iterable[str]:
    """The summary printed after a run; every line passed through ``printable``."""
    for line in _summary_lines(summary):
        yield printable(line)


def _summary_lines(summary: RunSummary) -> Iterable[str]:
    yield (f"Read {summary.n_ok} of {summary.n_found} documents in {summary.seconds:.1f} s "
           f"into {summary.out}/")
    notes = []
    if summary.n_cached:
        notes.append(f"{summary.n_cached} finished in an earlier run and taken from "
                     f"{summary.out / STATE_DIR}/")
    if summary.n_duplicates:
        notes.append(f"{summary.n_duplicates} file(s) were copies of another and read once "
                     "(see documents.duplicate_sources)")
    for note in notes:
        yield f"  {note}"
    counts = Counter(summary.rows)
    yield "  " + ", ".join(f"{name}: {counts[name]}" for name in summary.rows)
    if any(summary.rows.get(name) for name in FACT_TABLES):
        yield f"  Check figures against their source: kenmerk review --out {summary.out}"
    if summary.verdicts:
        counts = ", ".join(f"{summary.verdicts[k]} {k}" for k in ("confirmed", "rejected", "corrected"))
        yield f"  verdicts: {counts} (kept in {summary.out / 'verdicts.parquet'})"
    if summary.orphaned:
        yield (f"  {len(summary.orphaned)} verdict(s) are orphaned: their fact no longer appears. "
               "They are kept in verdicts.parquet:")
        for verdict in summary.orphaned[:10]:
            text = f" {verdict['text']!r}" if verdict.get("text") else ""
            kind = verdict.get("kind") or "fact"
            yield f"    {verdict['fact_id']} {verdict['verdict']}{text} ({kind}, by {verdict['by']})"
        if len(summary.orphaned) > 10:
            yield f"    ... and {len(summary.orphaned) - 10} more"
    if summary.errors:
        yield (f"  {summary.n_failed} file(s) failed, {len(summary.errors)} error(s) listed in "
               f"{summary.out / 'errors.parquet'}:")
        for err in summary.errors[:10]:
            yield f"    [{err.error}] {err.message}"
        if len(summary.errors) > 10:
            yield f"    ... and {len(summary.errors) - 10} more"
