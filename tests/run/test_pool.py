"""Running documents: how a worker's end is put in words."""

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


def test_a_worker_freezes_what_its_first_document_left_alive(tmp_path):
    """The pipeline and the caches of the first document are kept out of the cyclic
    collector's full passes from the second document on (``freeze_what_lasts``)."""
    import gc

    from pipeline.records import DocumentResult
    from pipeline.run.discovery import Task
    from pipeline.run.pool import WorkerPool

    def process(source, max_bytes):
        (tmp_path / f"{source}-{gc.get_freeze_count()}").touch()
        return DocumentResult(source=source)

    with WorkerPool(1, process, max_bytes=1, timeout=60) as pool:
        list(pool.map([Task(f"d{i}", None) for i in range(3)]))
    counts = {name.split("-")[0]: int(name.split("-")[1]) for name in (p.name for p in tmp_path.iterdir())}
    # What the worker made for itself before its first document ended is frozen after it.
    assert counts["d1"] > counts["d0"] and counts["d2"] > counts["d0"]


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


def test_a_slim_result_gives_the_same_tables(tmp_path, documents):
    """What ``slim`` drops (word boxes, raw text, offset maps) is in no table."""
    from pipeline.process import process_document
    from pipeline.run.pool import slim
    from pipeline.tables import build_tables

    built = documents.build_letter_pdf(tmp_path)
    result = process_document(str(built.path))
    slimmed = slim(result)
    assert result.pages[0].raw_offsets and result.pages[0].raw.words
    assert not slimmed.pages[0].raw_offsets and not slimmed.pages[0].raw.words
    full, slim_tables = build_tables([result]), build_tables([slimmed])
    assert all(full[name].equals(slim_tables[name]) for name in full if name != "errors")


def test_the_only_worker_imports_and_warms_up_what_its_document_will_need():
    # A run of one document forks its worker before spaCy is imported; the worker imports it
    # while tesseract reads (``ocr.meanwhile``) and warms its stages up in a thread, so that
    # after the last page nothing is left to load.
    import subprocess
    import sys

    script = ("import sys; from pipeline.run import pool; from pipeline.ingest import raw_document_from_text; "
              "assert 'spacy' not in sys.modules; pool._import_and_build(); pool._warming.join(); "
              "from pipeline.process import process_raw; before = set(sys.modules); "
              "result = process_raw(raw_document_from_text('De gemeente Delft ontvangt op 2 mei 2019 "
              "€ 40.000 voor 12 trainingen.', 'brief.txt')); "
              "assert result.info is not None and result.amounts and result.dates, result; "
              "print(sorted(set(sys.modules) - before))")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]", done.stdout


def test_before_a_run_over_text_files_only_the_pdf_readers_are_left_out(tmp_path):
    # The workers fork with what a text document needs (nothing is imported on the first
    # one), and without the PDF readers, which such a run never uses.
    import subprocess
    import sys

    text = tmp_path / "brief.txt"
    text.write_text("De gemeente Delft ontvangt op 2 mei 2019 € 40.000 voor 12 trainingen.", encoding="utf-8")
    readers = ("pdfminer", "pdfplumber", "pypdfium2", "pipeline.ingest.pdf")
    script = ("import sys; from pipeline.run import pool; from pipeline.nlp import build_nlp; "
              "pool._import_modules(pdf_readers=False); "
              f"print([m for m in {readers!r} if m in sys.modules]); build_nlp(); before = set(sys.modules); "
              f"result = pool.process_document({str(text)!r}); assert result.info is not None; "
              "print(sorted(set(sys.modules) - before))")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert done.stdout.split("\n")[:2] == ["[]", "[]"], done.stdout


def test_a_run_imports_the_pdf_readers_before_its_workers_start_only_when_a_file_may_be_a_pdf():
    from pipeline.run.discovery import Task
    from pipeline.run.pool import _is_text

    assert _is_text(Task("brieven/a.txt", None)) and _is_text(Task("B.TXT", None))
    assert not any(_is_text(Task(name, None)) for name in ("a.pdf", "scan.png", "a.txt.pdf", "txt"))


def test_the_collector_is_paused_for_the_imports_and_left_as_it_was(monkeypatch):
    import gc

    from pipeline.run.pool import collector_paused

    assert gc.isenabled()
    with collector_paused():
        assert not gc.isenabled()
    assert gc.isenabled()
    with pytest.raises(ImportError), collector_paused():
        raise ImportError("no spaCy")
    assert gc.isenabled()
    gc.disable()  # a caller's own choice is kept
    try:
        with collector_paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()
