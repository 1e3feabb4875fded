"""Running documents: one at a time in this process, or in a pool of worker processes.

``run_one`` turns every failure of one document into a record (an
``internal_error`` row for a bug, ``worker_crashed`` for running out of
memory). ``WorkerPool`` runs documents in processes of our own, one document
at a time each, under a deadline, with the next one already sent so that a
worker never waits for this process between two: a worker that dies (segfault,
``os._exit``, the OOM killer) or overruns is killed with its process group
(tesseract included) and replaced, and only its document is lost
(``worker_crashed`` / ``timeout``). ``concurrent.futures`` is not used because one dead worker breaks
its whole pool (``BrokenProcessPool``). With one worker, ``run_in_process``
runs documents here, for debugging; the deadline then works through
``SIGALRM``, which interrupts Python code but not a hung C call.
"""

from __future__ import annotations

import dataclasses
import gc
import multiprocessing
import os
import pickle
import shutil
import signal
import sys
import tempfile
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from multiprocessing import connection
from multiprocessing.connection import Connection
from pathlib import Path

from pipeline.errors import KenmerkError
from pipeline.ingest import DEFAULT_MAX_BYTES, TEXT_SUFFIXES
from pipeline.records import DocumentResult
from pipeline.run.discovery import Task, task_failed

# How long a stopped worker gets to exit before it is killed.
STOP_GRACE = 2.0

# The per-document function: called as process(source, max_bytes=...). Tests pass
# their own to make a document crash or hang; production uses process_document.
ProcessFn = Callable[..., DocumentResult]
# Where the documents run: called as executor(tasks, process=..., max_bytes=..., timeout=...),
# it yields (task, result) for every task as they finish. None is the local pool
# (``process_tasks``); ``pipeline.dask_run.DaskExecutor`` runs them on a Dask cluster.
Executor = Callable[..., Iterator[tuple[Task, DocumentResult]]]


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
    itself does so while tesseract reads the pages (``ocr.meanwhile``), or else here."""
    from pipeline.ingest import ocr, read_document

    source = source if source is not None else str(path)
    try:
        raw = read_document(Path(path), source=source, max_bytes=max_bytes)
    except KenmerkError as err:
        raw = err
    ocr.run_meanwhile()
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


# --- the worker pool -------------------------------------------------------------------


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
        crash_notes.folder = tmp  # the page libtesseract reads, should it crash (``_crash``)
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
            from pipeline.ingest import ocr

            ocr.meanwhile.append(_import_and_build)
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


def freeze_what_lasts() -> None:
    """Take what is alive in a worker after its first document out of the cyclic garbage
    collector's sight: the spaCy pipeline, the rules, the patterns and caches the first
    document filled, all kept until the process ends. (Not with one worker: documents
    then run in the caller's own process, whose objects are not ours to freeze.)

    Python's full collections walk every object the collector tracks; with those
    (about 165,000 objects) they came about every 60 letter pages and cost about 80 ms
    each, some 7% of a worker's CPU. Frozen objects are still freed when their
    last reference goes; only a reference cycle among them, left by the first
    document, is never collected (one document's garbage at most, once).
    """
    gc.freeze()


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


@dataclass
class _Worker:
    process: multiprocessing.process.BaseProcess
    conn: Connection
    task: Task | None = None  # the document it works on, under ``deadline``
    # The document it starts next, sent ahead so that it never waits for this process
    # between two documents; under no deadline until the worker starts it.
    queued: Task | None = None
    deadline: float = 0.0
    tmp: str | None = None


class WorkerPool:
    """Worker processes that each run one document at a time under a deadline.

    A worker that dies or overruns is killed and replaced; only its document is
    lost (the one sent ahead to it, not yet started, goes to the next worker free).
    Workers are forked (the pipeline's modules are already loaded, and an
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

    def map(self, tasks: Iterable[Task],
            meanwhile: Callable[[], object] | None = None) -> Iterator[tuple[Task, DocumentResult]]:
        """(task, result) for every task, in the order they finish; ``meanwhile`` is
        called once the workers have their first tasks."""
        pending = deque(tasks)
        for index in range(len(self._workers)):
            self._feed(index, pending)
        for index in range(len(self._workers)):
            self._feed_ahead(index, pending)
        if meanwhile is not None:
            with collector_paused():
                meanwhile()
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
                # The worker went on with its queued document as it sent this result.
                worker.task, worker.queued = worker.queued, None
                worker.deadline = time.monotonic() + self._timeout
                if not healthy:
                    if worker.task is not None:  # never started: it goes first to another worker
                        pending.appendleft(worker.task)
                        worker.task = None
                    self._replace(index)
                # The next documents first: the caller's work on this result (the cache
                # entry written and flushed to disk) must not leave the worker idle.
                self._feed(index, pending)
                self._feed_ahead(index, pending)
                yield task, result

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
            return task, task_failed(task, "worker", "timeout", seconds=self._timeout), False
        return None

    def _crash(self, task: Task, worker: _Worker, reason: str | None = None) -> DocumentResult:
        worker.process.join(STOP_GRACE)
        reason = reason or exit_reason(worker.process.exitcode)
        if worker.tmp is not None:
            from pipeline.ingest.crash_notes import pages_noted

            if pages := pages_noted(worker.tmp):
                numbers = [str(n) for n in pages]
                which = numbers[0] if len(numbers) == 1 else f"{', '.join(numbers[:-1])} and {numbers[-1]}"
                reason += f", while tesseract read page{'s' if len(numbers) > 1 else ''} {which}"
        return task_failed(task, "worker", "worker_crashed", reason=reason)

    def _feed(self, index: int, pending: deque[Task]) -> None:
        """Give an idle worker ``index`` the next task; a worker found dead meanwhile is replaced first."""
        if not pending or self._workers[index].task is not None:
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

    def _feed_ahead(self, index: int, pending: deque[Task]) -> None:
        """Send busy worker ``index`` the task after its current one, while more remain
        than there are workers: near the end a document sent ahead could wait behind a
        long one while another worker stands idle."""
        worker = self._workers[index]
        if worker.task is None or worker.queued is not None or len(pending) <= len(self._workers):
            return
        task = pending.popleft()
        try:
            worker.conn.send(task)
        except OSError:  # it died: found by _collect, which ends its current task
            pending.appendleft(task)
            return
        worker.queued = task

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
                  timeout: float, meanwhile: Callable[[], object] | None = None,
                  ) -> Iterator[tuple[Task, DocumentResult]]:
    """(task, result) for every task: in this process when ``workers`` is 1, else in a pool.

    ``meanwhile`` is called in this process once the workers have started on
    their first documents (the run loads the tables' libraries there)."""
    if not tasks:
        return
    if workers <= 1:
        if getattr(process, "func", process) is process_document:
            _preload(getattr(process, "keywords", {}).get("model"))
        for task in tasks:
            yield task, run_in_process(process, task, max_bytes, timeout)
        return
    if _builds_in_worker(process):
        if len(tasks) > 1:  # once for all the workers; one worker imports beside its reading
            _import_modules(pdf_readers=not all(_is_text(t) for t in tasks))
    elif getattr(process, "func", process) is process_document:
        _preload(getattr(process, "keywords", {}).get("model"))
    with WorkerPool(min(workers, len(tasks)), process, max_bytes, timeout) as pool:
        yield from pool.map(tasks, meanwhile=meanwhile)


def _builds_in_worker(process: ProcessFn) -> bool:
    """Whether each worker builds kenmerk's own pipeline itself (not a named model's,
    which is loaded in this process before the workers fork, as before)."""
    return (getattr(process, "func", process) is process_document
            and getattr(process, "keywords", {}).get("model") is None)


def _is_text(task: Task) -> bool:
    return Path(task.source).suffix.lower() in TEXT_SUFFIXES


def _import_modules(pdf_readers: bool = True) -> None:
    """What the workers import to process a document and build the pipeline, imported
    here once, in one thread, before they fork: else each worker imports them again
    on its first document, on the same cores. The PDF readers only with ``pdf_readers``:
    a run over text files alone never uses them (0.15 s of CPU before the workers start);
    a ``.txt`` that holds a PDF's bytes after all is read, its worker imports them."""
    with collector_paused():
        _import_all(pdf_readers)


def _import_all(pdf_readers: bool) -> None:
    import pipeline.process  # noqa: F401  (spaCy, the rules' modules)
    from pipeline.nlp import import_modules

    import_modules()
    # pyarrow's link to pandas, which it makes on its first array (each document's rows
    # are checked against the schemas in its worker), and the PDF readers, which ingest
    # loads on first use: 0.4 s of CPU.
    import pyarrow

    import pipeline.ingest.ocr  # noqa: F401
    import pipeline.ingest.text  # noqa: F401
    import pipeline.tables  # noqa: F401

    pyarrow.array([0])
    if pdf_readers:
        import pdfminer.psexceptions  # noqa: F401
        import pdfplumber  # noqa: F401
        import pypdfium2  # noqa: F401

        import pipeline.ingest.pdf  # noqa: F401


def _preload(model: str | None = None) -> None:
    """Load spaCy and the rules before the first deadline starts, once for all forked workers."""
    from pipeline.nlp import build_nlp

    with collector_paused():
        build_nlp(model)


@contextmanager
def collector_paused() -> Iterator[None]:
    """Python's cyclic garbage collector held off while modules are imported and the pipeline
    is built. They make some 300,000 objects that live as long as the process, and a full
    collection every so often walked all made so far again: a fifth of the imports' CPU
    (1.76 to 1.44 s before the workers start). Cycles left meanwhile wait for the next
    collection after it."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()
