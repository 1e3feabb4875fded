"""Where one document runs: in a worker process of the pool, or here.

``run_one`` turns every failure of one document into a record (an
``internal_error`` row for a bug, ``worker_crashed`` for running out of
memory). A worker process's life is here too: its loop (a task in, a result
out, until told to stop), the pipeline it builds and warms up beside its first
document's OCR, and its own end when orphaned; kept apart from the pool
(``pipeline.run.pool``), which only hands out tasks and collects results. With
one worker, ``run_in_process`` runs documents here, for debugging; the deadline
then works through ``SIGALRM``, which interrupts Python code but not a hung C
call, and kills the tesseract a timed-out document started.
"""

from __future__ import annotations

import dataclasses
import os
import pickle
import signal
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterable
from multiprocessing.connection import Connection
from pathlib import Path

from pipeline.errors import KenmerkError
from pipeline.ingest import DEFAULT_MAX_BYTES
from pipeline.records import DocumentResult
from pipeline.run.discovery import Task, task_failed
from pipeline.run.preload import _import_modules, collector_paused, freeze_what_lasts

# The per-document function: called as process(source, max_bytes=...). Tests pass
# their own to make a document crash or hang; production uses process_document.
ProcessFn = Callable[..., DocumentResult]


def slim(result: DocumentResult) -> DocumentResult:
    """The result without what no table uses: the raw pages' word boxes and text,
    and each clean page's map back to the raw text (``raw_offsets``).

    They are most of a PDF result's size (a map holds a number per character);
    dropping them keeps the cache and the pipe from the workers small, and the
    result quick to write and read back (facts already carry their own boxes
    and offsets).
    """
    pages = tuple(dataclasses.replace(p, raw=dataclasses.replace(p.raw, words=(), text=""), raw_offsets=())
                  for p in result.pages)
    return dataclasses.replace(result, pages=pages)


class _DocumentTimeout(BaseException):
    """Raised by SIGALRM in single-process mode; a BaseException so stages cannot swallow it."""


def process_document(path: Path | str, source: str | None = None, *,
                     max_bytes: int = DEFAULT_MAX_BYTES, model: str | None = None) -> DocumentResult:
    """``pipeline.process.process_document``, imported when a document is read: a run
    that finds every document in its cache never loads spaCy or the PDF libraries.

    The document is read before spaCy is imported: a worker that imports it
    itself does so while tesseract reads the pages (``page_pool.meanwhile``), or else here."""
    from pipeline.ingest import page_pool, read_document

    source = source if source is not None else str(path)
    try:
        raw = read_document(Path(path), source=source, max_bytes=max_bytes)
    except KenmerkError as err:
        raw = err
    page_pool.run_meanwhile()
    if _warming is not None:
        _warming.join()  # the stages are not run in two threads at once
    from pipeline.process import process_read

    return process_read(raw, source, model=model)


def run_one(process: ProcessFn, task: Task, max_bytes: int) -> DocumentResult:
    """``process`` on one task, with every failure (also out of memory) turned into a record."""
    try:
        result = process(task.source, max_bytes=max_bytes)
    except MemoryError:
        return task_failed(task, "worker", "worker_crashed", reason="out of memory")
    except Exception as err:  # a bug on one document must not end the run
        reason = f"{type(err).__name__}: {err}"
        return task_failed(task, "process", "internal_error", reason=reason)
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
        return task_failed(task, "worker", "timeout", seconds=timeout)
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


def _worker_main(conn: Connection, inherited: list[Connection], parent: int,
                 process: ProcessFn, max_bytes: int, tmp: str | None = None) -> None:
    """A worker: receive a task, send back its result, until told to stop or orphaned.

    Temp files (tesseract's ``tess_*``) go to the worker's own folder ``tmp``,
    which the pool removes when it kills or stops the worker.
    """
    if tmp is not None:
        from pipeline.ingest import crash_notes

        os.environ["TMPDIR"] = tmp
        tempfile.tempdir = tmp
        crash_notes.folder = tmp  # the page libtesseract reads, should it crash (``WorkerPool._crash``)
    for other in inherited:
        other.close()  # else the other workers' pipes never see EOF when the parent dies
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    signal.signal(signal.SIGTERM, signal.SIG_DFL)  # the parent's handler is not for workers
    os.setpgrp()  # so a timeout kills tesseract children too
    threading.Thread(target=_exit_when_orphaned, args=(parent,), daemon=True).start()
    if _builds_in_worker(process):
        if "pipeline.process" in sys.modules:
            # Built here, beside the first document's reading, rather than in the parent
            # before the workers start: a scan's OCR need not wait for spaCy, and both
            # cores work. The parent imported its modules (``_import_modules``), so this
            # thread imports nothing while the document's thread does.
            threading.Thread(target=_build, daemon=True).start()
        else:
            # The only worker of the run: the parent forked it at once, and it imports
            # spaCy itself, while tesseract reads the pages of its scan.
            from pipeline.ingest import page_pool

            page_pool.meanwhile.append(_import_and_build)
    done = 0
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
            conn.send(task_failed(task, "worker", "internal_error",
                                   reason=f"result could not be sent back: {err}"))
        except (BrokenPipeError, OSError):
            return
        done += 1
        if done == 1:
            freeze_what_lasts()


def _builds_in_worker(process: ProcessFn) -> bool:
    """Whether each worker builds kenmerk's own pipeline itself (not a named model's,
    which is loaded in this process before the workers fork, as before)."""
    return (getattr(process, "func", process) is process_document
            and getattr(process, "keywords", {}).get("model") is None)


# The only worker of a run (``_import_and_build``) warms its stages up on this text while
# tesseract reads the scan: their first document pays about 0.5 s of CPU once (caches,
# the table checks' libraries), which would otherwise come after the last page.
WARM_UP_TEXT = ("Geachte leden van de raad,\n\nDe gemeente Utrecht ontvangt op 3 maart 2016 een "
                "bijdrage van € 1.250.000 voor de training huiselijk geweld van 40 professionals.\n\n"
                "Met vriendelijke groet,\nhet college")
_warming: threading.Thread | None = None


def _import_and_build() -> None:
    """The imports in this thread, then the build and a warm-up in another (they import
    nothing but a few of Python's own modules)."""
    global _warming
    try:
        _import_modules()
        # What the stages' table check imports on its first document: pyarrow, and pandas
        # through it.
        import pandas  # noqa: F401
        import pyarrow.pandas_compat  # noqa: F401

        import pipeline.tables  # noqa: F401
    except Exception:  # noqa: S110 - the document's own import reports it
        return
    _warming = threading.Thread(target=_build, kwargs={"warm_up": True}, daemon=True)
    _warming.start()


def _build(warm_up: bool = False) -> None:
    from pipeline.nlp import build_nlp

    try:
        with collector_paused():
            build_nlp()
        if warm_up:
            from pipeline.ingest import raw_document_from_text
            from pipeline.process import process_raw

            process_raw(raw_document_from_text(WARM_UP_TEXT, "warm-up.txt"))
    except Exception:  # noqa: S110 - the document's own build reports it (stage nlp.build)
        pass


def _exit_when_orphaned(parent: int) -> None:
    # A parent killed with SIGKILL cannot stop its workers; they stop themselves.
    while os.getppid() == parent:
        time.sleep(1.0)
    os._exit(1)
