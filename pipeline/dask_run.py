"""The documents of a run on a Dask cluster: ``kenmerk run --executor dask``.

``pipeline.run`` does everything around the documents (lock, cache, tables,
``run.json``) in the process that runs the command, the *client*; this module
only replaces the local worker pool by Dask distributed workers, which may sit
on other machines. What is kept from a local run, and how:

- **Deadline and crash isolation.** A Dask task does not run the document
  itself: it hands it to a ``pipeline.run.pool.WorkerPool`` of one child process
  inside the Dask worker (one pool per worker thread, kept between tasks), so
  a document that hangs past ``timeout`` or kills its process costs that
  document only (``timeout`` / ``worker_crashed`` rows, the same as a local
  run) and the Dask worker lives on. Should a Dask worker die all the same
  (the node is lost), the scheduler gives its task at most one more try
  (``allowed-failures`` is 1 on the cluster kenmerk starts) and then reports
  ``KilledWorker``, which becomes a ``worker_crashed`` row: a poisoned
  document is never retried forever.
- **Resume.** Results come back to the client as they finish, and the client
  puts each into the run's result cache at once; what finished on any worker
  is not redone after a crash or by a rerun.
- **Files.** Where the workers share a file system with the client, a task
  carries only the file's name (and the client's folder, against which a
  relative name is read) and the worker reads the file. Where
  they do not (``ship_files``; by default decided by asking the workers
  whether they see a few of the files, with the same bytes), the client sends
  the bytes straight to a worker (``scatter(direct=True)``), never through the
  scheduler. Results are small: facts and page texts, without word boxes
  (``pipeline.run.worker.slim``).
- **Flat memory.** At most a few tasks per worker thread are in flight, so
  the client never holds more than that many files or results, however many
  documents the run has; the tables are then built in batches
  (``pipeline.table_parts``).

Dask is an optional extra (``pip install 'kenmerk[dask]'``); this module
imports it only when a run starts.
"""

from __future__ import annotations

import hashlib
import logging
import multiprocessing
import os
import shutil
import tempfile
import threading
import uuid
from collections import deque
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from pipeline.errors import KenmerkError
from pipeline.ingest import file_doc_id
from pipeline.records import DocumentResult, ProcessingError, utc_now
from pipeline.run.discovery import Task
from pipeline.run.pool import WorkerPool
from pipeline.run.worker import ProcessFn, run_one

# The environment variable Dask itself reads for the scheduler's address.
SCHEDULER_ENV = "DASK_SCHEDULER_ADDRESS"
INSTALL = "pip install 'kenmerk[dask]'"
# How often the scheduler may lose a worker while running the same task before it gives up.
ALLOWED_FAILURES = 1
# Tasks in flight per worker thread: enough to keep every worker busy while results travel.
IN_FLIGHT_PER_THREAD = 2
# How long to wait for the scheduler, and for the first worker to join it (a batch queue can be slow).
CONNECT_TIMEOUT = 30.0
WORKERS_TIMEOUT = 600.0
# How many files the workers are asked to find, to decide whether they share the client's file system.
PROBE_FILES = 3


class ExecutorUnavailable(Exception):
    """The cluster cannot be used (Dask not installed, scheduler unreachable, no workers)."""


def dask_installed() -> bool:
    try:
        import distributed  # noqa: F401
    except ImportError:
        return False
    return True


@dataclass(frozen=True)
class DaskExecutor:
    """Runs a run's documents on a Dask cluster; called by ``pipeline.run.run`` like its local pool.

    ``scheduler`` is the address of an existing cluster (``tcp://host:8786``);
    without one a ``LocalCluster`` of ``workers`` processes (default: one per
    core, one thread each) is started on this machine for the run.
    ``ship_files`` sends the files' bytes to the workers; ``None`` decides by
    asking the workers whether they can read the files themselves.
    """

    scheduler: str | None = None
    workers: int | None = None
    ship_files: bool | None = None

    def __call__(self, tasks: Sequence[Task], *, process: ProcessFn, max_bytes: int,
                 timeout: float) -> Iterator[tuple[Task, DocumentResult]]:
        if not tasks:
            return
        with self.client() as client:
            ship = self.ship_files
            if ship is None:
                ship = not shared_file_system(client, tasks)
            yield from run_on_cluster(client, tasks, process=process, max_bytes=max_bytes,
                                      timeout=timeout, ship=ship)

    @contextmanager
    def client(self):
        """A ``distributed.Client`` of the cluster, closed (and a cluster of our own stopped) at the end."""
        if not dask_installed():
            raise ExecutorUnavailable(KenmerkError("dask_missing", install=INSTALL).message)
        from distributed import Client

        if self.scheduler:
            try:
                client = Client(self.scheduler, timeout=CONNECT_TIMEOUT)
            except (OSError, TimeoutError) as err:
                message = KenmerkError("scheduler_unreachable", address=self.scheduler, reason=err).message
                raise ExecutorUnavailable(message) from err
            try:
                _wait_for_workers(client, self.scheduler)
                yield client
            finally:
                client.close()
            return
        with _local_cluster(self.workers or os.cpu_count() or 1) as cluster, Client(cluster) as client:
            yield client


@contextmanager
def _local_cluster(workers: int):
    """A ``LocalCluster`` on 127.0.0.1 only: ``workers`` processes of one thread, the dashboard on a free port."""
    import dask
    from distributed import LocalCluster

    settings = {
        "distributed.scheduler.allowed-failures": ALLOWED_FAILURES,
        # One task per worker thread at a time, so a worker that dies takes no other document with it.
        "distributed.scheduler.worker-saturation": 1.0,
        # A daemonic process may not start children; the workers start one per document pool.
        "distributed.worker.daemon": False,
    }
    with dask.config.set(settings):
        cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                               host="127.0.0.1", dashboard_address="127.0.0.1:0",
                               silence_logs=logging.ERROR)
    try:
        yield cluster
    finally:
        cluster.close()


def _wait_for_workers(client, address: str) -> None:
    try:
        client.wait_for_workers(1, timeout=WORKERS_TIMEOUT)
    except TimeoutError as err:
        message = KenmerkError("no_workers", address=address, seconds=WORKERS_TIMEOUT).message
        raise ExecutorUnavailable(message) from err


# --- on the client ---------------------------------------------------------------------


def shared_file_system(client, tasks: Sequence[Task]) -> bool:
    """Whether every worker reads the same bytes as the client at a few of the tasks' paths.

    Workers that join later are not asked; pass ``ship_files`` to decide for them.
    """
    probe = [(os.path.abspath(t.source), t.doc_id) for t in tasks if t.doc_id is not None][:PROBE_FILES]
    if not probe:
        return True
    answers = client.run(sees_files, probe)
    return bool(answers) and all(answers.values())


def sees_files(probe: list[tuple[str, str]]) -> bool:
    """On a worker: whether each (path, doc_id) is a file here with that document id."""
    try:
        return all(os.path.isfile(path) and file_doc_id(Path(path)) == doc_id for path, doc_id in probe)
    except OSError:
        return False


def run_on_cluster(client, tasks: Sequence[Task], *, process: ProcessFn, max_bytes: int,
                   timeout: float, ship: bool) -> Iterator[tuple[Task, DocumentResult]]:
    """(task, result) for every task, in the order they finish, with a few tasks in flight per worker thread."""
    from distributed import as_completed

    pending = deque(tasks)
    in_flight: dict[object, Task] = {}
    finished = as_completed()
    limit = _in_flight_limit(client)
    done_here: list[tuple[Task, DocumentResult]] = []

    def top_up() -> None:
        while pending and len(in_flight) < limit:
            task = pending.popleft()
            if ship and task.doc_id is None:
                # Empty or over --max-file-mb: ingest refuses it from its size alone, here.
                done_here.append((task, run_one(process, task, max_bytes)))
                continue
            if ship:
                try:
                    data = Path(task.source).read_bytes()
                except OSError as err:  # gone or unreadable since it was planned
                    reason = err.strerror or str(err)
                    done_here.append((task, _failed(task, "ingest", "unreadable_file", reason=reason)))
                    continue
                where = client.scatter(data, direct=True, hash=False)
            else:
                where = os.getcwd()
            key = f"kenmerk-{task.doc_id or 'file'}-{uuid.uuid4().hex[:12]}"
            future = client.submit(run_document, task, where, process, max_bytes, timeout,
                                   key=key, pure=False, retries=0)
            in_flight[future] = task
            finished.add(future)

    top_up()
    yield from _drain(done_here)
    for count, future in enumerate(finished, start=1):
        task = in_flight.pop(future)
        yield task, _outcome(future, task)
        future.release()
        if count % 100 == 0:
            limit = _in_flight_limit(client)
        top_up()
        yield from _drain(done_here)
    yield from _drain(done_here)


def _drain(items: list) -> Iterator:
    while items:
        yield items.pop(0)


def _in_flight_limit(client) -> int:
    threads = sum(w.get("nthreads", 1) for w in client.scheduler_info()["workers"].values())
    return max(threads, 1) * IN_FLIGHT_PER_THREAD


def _outcome(future, task: Task) -> DocumentResult:
    """The task's result, or an error row when the cluster could not give one."""
    from distributed import KilledWorker

    try:
        return future.result()
    except KilledWorker:
        reason = "every Dask worker that ran it died, and the scheduler gave up on it (KilledWorker)"
        return _failed(task, "worker", "worker_crashed", reason=reason)
    except Exception as err:  # a task that fails on the cluster costs its document only
        return _failed(task, "worker", "internal_error", reason=f"{type(err).__name__}: {err}")


def _failed(task: Task, stage: str, code: str, **details: object) -> DocumentResult:
    message = KenmerkError(code, source=task.source, stage=stage, **details).message
    error = ProcessingError(task.source, stage, code, message, doc_id=task.doc_id, time=utc_now())
    return DocumentResult(source=task.source, errors=(error,))


# --- on a worker -----------------------------------------------------------------------

# One pool of one child process per worker thread, kept from task to task.
_local = threading.local()
_copies_lock = threading.Lock()
_copies_folder: list[str] = []


def run_document(task: Task, where: str | bytes, process: ProcessFn, max_bytes: int,
                 timeout: float) -> DocumentResult:
    """On a Dask worker: one document in a child process, under its deadline.

    ``where`` is the client's working folder, against which the worker reads
    ``task.source`` in place, or the file's bytes; either way the document
    keeps its name (``task.source``).
    """
    shipped = isinstance(where, bytes)
    located = _Located(process, base=None if shipped else where, copies=_copies() if shipped else None)
    copy = located.path(task.source)
    if shipped:
        Path(copy).write_bytes(where)
    try:
        with _children_allowed():
            pool = _pool(located, max_bytes, timeout)
            [(_, result)] = list(pool.map([task]))
        return result
    finally:
        if shipped:
            Path(copy).unlink(missing_ok=True)


class _Located:
    """``process`` on this machine's copy of a document (read in place, or shipped), under its own name."""

    def __init__(self, process: ProcessFn, *, base: str | None, copies: str | None) -> None:
        self.process = process
        self.base = base
        self.copies = copies

    def path(self, source: str) -> str:
        if self.copies is not None:
            return _copy_path(self.copies, source)
        return os.path.join(self.base, source)  # an absolute source stays as it is

    def __call__(self, source: str, max_bytes: int) -> DocumentResult:
        path = self.path(source)
        if path == source:
            return self.process(source, max_bytes=max_bytes)
        return self.process(path, source=source, max_bytes=max_bytes)

    def key(self) -> tuple:
        process = self.process
        # A partial (process_document with --model) has no name; its repr is stable in this process.
        name = getattr(process, "__qualname__", None) or repr(process)
        return (getattr(process, "__module__", None), name, self.base, self.copies)


def _pool(located: _Located, max_bytes: int, timeout: float) -> WorkerPool:
    """This thread's pool, started anew when this task's settings differ from the last one's.

    The pool's child is forked with ``located`` and keeps it, so the pool is
    kept only while the function, the folder and the limits stay the same.
    """
    key = (located.key(), max_bytes, timeout)
    current = getattr(_local, "pool", None)
    if current is not None and current[0] == key:
        return current[1]
    if current is not None:
        current[1].close()
        _local.pool = None
    _preload(getattr(located.process, "keywords", {}).get("model"))
    pool = WorkerPool(1, located, max_bytes, timeout)
    _local.pool = (key, pool)
    return pool


def _preload(model: str | None = None) -> None:
    """Load spaCy, the rules and a model named with --model once in the worker, before its children fork."""
    from pipeline.errors import KenmerkError
    from pipeline.nlp import build_nlp

    try:
        build_nlp(model)
    except KenmerkError:
        pass  # the model is missing on this worker: each document's nlp.build error says so


def _copies() -> str:
    """This worker's folder for shipped files."""
    with _copies_lock:
        if not _copies_folder:
            folder = tempfile.mkdtemp(prefix="kenmerk-shipped-")
            _copies_folder.append(folder)
            import atexit

            atexit.register(shutil.rmtree, folder, True)
        return _copies_folder[0]


def _copy_path(folder: str, source: str) -> str:
    """Where a shipped file is kept on the worker: a name made from its source, with its suffix."""
    digest = hashlib.sha256(source.encode("utf-8", "surrogateescape")).hexdigest()[:24]
    return os.path.join(folder, digest + Path(source).suffix.lower())


@contextmanager
def _children_allowed() -> Iterator[None]:
    """Let a daemonic Dask worker (the default of ``dask worker``) start the pool's child.

    ``multiprocessing`` refuses children to daemonic processes because they
    would be orphaned; the pool's child ends itself when orphaned
    (``pipeline.run.worker._exit_when_orphaned``), so the refusal is lifted while the
    pool starts or replaces it.
    """
    current = multiprocessing.current_process()
    daemon = current._config.get("daemon")
    current._config["daemon"] = False
    try:
        yield
    finally:
        if daemon:
            current._config["daemon"] = daemon
