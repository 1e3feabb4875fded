"""The pool of threads that reads the pages of one document, one single-threaded tesseract per
core, while the calling thread prepares the next pages (``read_in_parallel``).

Apart from ``pipeline.ingest.ocr``, which reads one page: the pool runs any page's job, a PDF
page's (``ocr.ocr_pages``) or a scan frame's (``pipeline.ingest.image``), and never calls tesseract.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

from pipeline.errors import KenmerkError


def ocr_threads() -> int:
    """How many tesseract processes one document runs at once: one per usable core."""
    try:
        return max(len(os.sched_getaffinity(0)), 1)
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


# Reads one page in a thread; a result or error known without reading stands in for it.
Job = Callable[[], Any] | Any

# Work for the thread that hands pages to tesseract, done once, when it first waits for
# a page: a worker of ``kenmerk run`` imports spaCy there (``pipeline.run.worker``), beside
# the pages being read rather than before them. The waiting thread does it itself, so
# nothing is imported in two threads at once (the tesseract threads import nothing).
meanwhile: list[Callable[[], object]] = []


def run_meanwhile() -> None:
    """Do (and forget) the work waiting in ``meanwhile``, in this thread."""
    while meanwhile:
        meanwhile.pop(0)()


def read_in_parallel(jobs: Iterable[tuple[int, Job]], threads: int | None = None,
                     first: Sequence[Callable[[], object]] = ()) -> dict[int, Any]:
    """Each job's result (or ``KenmerkError``) by page, ``threads`` jobs at a time (one per core).

    ``jobs`` is drawn in the calling thread as room frees up, at most twice
    ``threads`` ahead, so whatever prepares a page (rendering, decoding a frame)
    is done here, one page at a time, while the pool reads the pages before it.
    The pool runs ``first`` before them (their results and errors are dropped).
    """
    threads = threads or ocr_threads()
    out: dict[int, Any] = {}
    running: dict[int, Future] = {}

    def collect(key: int) -> None:
        if not running[key].done():
            run_meanwhile()
        try:
            out[key] = running.pop(key).result()
        except KenmerkError as err:
            out[key] = err

    pool = ThreadPoolExecutor(max_workers=threads, thread_name_prefix="tesseract")
    for job in first:
        pool.submit(job)
    try:
        for key, job in jobs:
            while len(running) >= 2 * threads:
                collect(next(iter(running)))
            if callable(job):
                running[key] = pool.submit(job)
            else:
                out[key] = job
        while running:
            collect(next(iter(running)))
    except BaseException:
        # The document's time is up (or a page could not be prepared): pages not yet
        # started are dropped and the caller goes on, without waiting for those being
        # read; each of them stops at its page time limit at the latest.
        pool.shutdown(wait=False, cancel_futures=True)
        raise
    pool.shutdown()
    return out
