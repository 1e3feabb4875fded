"""The pool of threads that reads a document's pages: each page's result or error, a few pages ahead."""

from __future__ import annotations

import pytest

from pipeline.errors import KenmerkError
from pipeline.ingest import page_pool
from pipeline.ingest.ocr import OcrPage


def test_read_in_parallel_gives_each_page_its_result_or_error():
    failed = KenmerkError("ocr_failed", source="x.pdf", page=2, reason="crashed")

    def fails():
        raise failed

    ready = OcrPage([], 595.0, 842.0, None, blank=True)
    jobs = [(0, lambda: "page 1"), (1, fails), (2, ready), (3, lambda: "page 4")]
    assert page_pool.read_in_parallel(iter(jobs), threads=2) == {0: "page 1", 1: failed, 2: ready,
                                                           3: "page 4"}


def test_read_in_parallel_runs_its_first_jobs_and_drops_what_they_give():
    # ``ocr_pages`` loads each thread's engine there; a model that cannot load fails its page.
    ran = []

    def fails():
        raise RuntimeError("no model")

    jobs = [(0, lambda: "page 1"), (1, lambda: "page 2")]
    first = [lambda: ran.append("loaded") or "dropped", fails]
    assert page_pool.read_in_parallel(iter(jobs), threads=2, first=first) == {0: "page 1", 1: "page 2"}
    assert ran == ["loaded"]


def test_read_in_parallel_prepares_only_a_few_pages_ahead():
    import threading

    release = threading.Event()
    prepared = []

    def jobs():
        for key in range(20):
            prepared.append(key)  # a rendered page image held in memory from here
            yield key, (release.wait if key == 0 else (lambda key=key: key))

    seen = []

    def later():
        seen.append(len(prepared))
        release.set()

    timer = threading.Timer(0.5, later)
    timer.start()
    try:
        out = page_pool.read_in_parallel(jobs(), threads=2)
    finally:
        timer.cancel()
    # While page 1 is still being read, later pages are prepared only a few ahead
    # of it (twice the threads, and the one waiting for room), whatever the timing.
    assert seen and seen[0] <= 2 * 2 + 1
    assert prepared == list(range(20)) and out == {**{k: k for k in range(1, 20)}, 0: True}


def test_a_stopped_document_does_not_wait_for_the_pages_being_read():
    import threading

    release = threading.Event()
    finished = []

    def hung():
        release.wait(60)
        finished.append(True)

    def jobs():
        yield 0, hung
        yield 1, hung
        raise TimeoutError("the document's time is up")  # as SIGALRM raises in the caller

    try:
        with pytest.raises(TimeoutError):
            page_pool.read_in_parallel(jobs(), threads=2)
        assert not finished  # back while both pages were still being read
    finally:
        release.set()
