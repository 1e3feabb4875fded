"""The worker pool: it hands out documents to worker processes and collects their results.

``WorkerPool`` runs documents in processes of our own, one document at a time
each, under a deadline, with the next one already sent so that a worker never
waits for this process between two: a worker that dies (segfault,
``os._exit``, the OOM killer) or overruns is killed with its process group
(tesseract included) and replaced, and only its document is lost
(``worker_crashed`` / ``timeout``). ``concurrent.futures`` is not used because one dead worker breaks
its whole pool (``BrokenProcessPool``). ``process_tasks`` chooses between the
pool and this process (one worker). What runs inside a worker, and a document
run here, is ``pipeline.run.worker``; what is loaded before the workers fork is
``pipeline.run.preload``.
"""

from __future__ import annotations

import multiprocessing
import os
import pickle
import shutil
import signal
import tempfile
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from multiprocessing import connection
from multiprocessing.connection import Connection
from pathlib import Path

from pipeline.ingest import TEXT_SUFFIXES
from pipeline.records import DocumentResult
from pipeline.run.discovery import Task, task_failed
from pipeline.run.preload import _import_modules, _preload, collector_paused
from pipeline.run.worker import ProcessFn, _builds_in_worker, _worker_main, process_document, run_in_process

# How long a stopped worker gets to exit before it is killed.
STOP_GRACE = 2.0

# Where the documents run: called as executor(tasks, process=..., max_bytes=..., timeout=...),
# it yields (task, result) for every task as they finish. None is the local pool
# (``process_tasks``); ``pipeline.dask_run.DaskExecutor`` runs them on a Dask cluster.
Executor = Callable[..., Iterator[tuple[Task, DocumentResult]]]


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


def _is_text(task: Task) -> bool:
    return Path(task.source).suffix.lower() in TEXT_SUFFIXES
