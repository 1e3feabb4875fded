"""The worker pool: how a worker's end is put in words, how documents are handed out (the next
one sent ahead) and what a failing worker loses."""

from __future__ import annotations

import signal

import pytest

from pipeline.run.pool import exit_reason


@pytest.mark.parametrize("code, reason", [
    (-signal.SIGSEGV, "killed by SIGSEGV"),
    (-signal.SIGKILL, "killed by SIGKILL"),
    (3, "exited with code 3"),
    (None, "it did not exit"),
])
def test_exit_reason_names_the_signal(code, reason):
    assert exit_reason(code) == reason


def test_a_worker_gets_its_next_document_before_its_result_is_handled(tmp_path):
    """The caller's work on a result (writing the cache entry) must not leave the worker idle."""
    import time

    from pipeline.records import DocumentResult
    from pipeline.run.discovery import Task
    from pipeline.run.pool import WorkerPool

    started = tmp_path / "started"
    started.mkdir()

    def process(source, max_bytes):
        (started / source).touch()
        return DocumentResult(source=source)

    tasks = [Task(f"d{i}", None) for i in range(3)]
    with WorkerPool(1, process, max_bytes=1, timeout=60) as pool:
        results = pool.map(tasks)
        first, _ = next(results)  # the caller holds the first result and has not asked for more
        waited = time.monotonic() + 30
        while not (started / "d1").exists() and time.monotonic() < waited:
            time.sleep(0.05)
        assert (started / "d1").exists()
        assert [first.source] + [task.source for task, _ in results] == ["d0", "d1", "d2"]


def test_a_worker_goes_on_to_its_next_document_while_this_process_is_busy(tmp_path):
    """The next document is sent ahead: a worker need not wait for this process to read
    its result (here this process is held up in ``meanwhile`` until d1 has started)."""
    import time

    from pipeline.records import DocumentResult
    from pipeline.run.discovery import Task
    from pipeline.run.pool import WorkerPool

    started = tmp_path / "started"
    started.mkdir()

    def process(source, max_bytes):
        (started / source).touch()
        return DocumentResult(source=source)

    def meanwhile():
        waited = time.monotonic() + 30
        while not (started / "d1").exists() and time.monotonic() < waited:
            time.sleep(0.05)

    tasks = [Task(f"d{i}", None) for i in range(4)]
    with WorkerPool(1, process, max_bytes=1, timeout=60) as pool:
        results = pool.map(tasks, meanwhile=meanwhile)
        first, _ = next(results)
        assert (started / "d1").exists()
        assert [first.source] + [task.source for task, _ in results] == ["d0", "d1", "d2", "d3"]


def _crash_or_hang(source, max_bytes):
    import os
    import time

    from pipeline.records import DocumentInfo, DocumentResult

    if source == "crash":
        os._exit(3)
    if source == "hang":
        time.sleep(60)
    info = DocumentInfo(doc_id=source, source=source, doc_type="brief", doc_type_rule="", doc_date=None,
                        title=None, n_pages=0, ingest="text")
    return DocumentResult(source=source, info=info)


@pytest.mark.parametrize("bad, error", [("crash", "worker_crashed"), ("hang", "timeout")])
def test_the_document_sent_ahead_to_a_worker_that_fails_is_processed_by_the_next(bad, error):
    """Only the document a worker dies on (or overruns) is lost; the one queued behind
    it had not started, and goes to the worker that replaces it."""
    from pipeline.run.discovery import Task
    from pipeline.run.pool import WorkerPool

    tasks = [Task(bad, None), *(Task(f"d{i}", None) for i in range(4))]
    with WorkerPool(1, _crash_or_hang, max_bytes=1, timeout=3) as pool:
        results = {task.source: result for task, result in pool.map(tasks)}
    assert sorted(results) == sorted(t.source for t in tasks)
    assert [e.error for e in results[bad].errors] == [error]
    assert all(results[f"d{i}"].info is not None and not results[f"d{i}"].errors for i in range(4))


def test_a_run_imports_the_pdf_readers_before_its_workers_start_only_when_a_file_may_be_a_pdf():
    from pipeline.run.discovery import Task
    from pipeline.run.pool import _is_text

    assert _is_text(Task("brieven/a.txt", None)) and _is_text(Task("B.TXT", None))
    assert not any(_is_text(Task(name, None)) for name in ("a.pdf", "scan.png", "a.txt.pdf", "txt"))
