"""Faults of the run itself: crashing and hanging workers, kills, a full disk, two runs at once.

Crashes and hangs are made by injecting the per-document function into the
runner (``run(..., process=...)``): production code has no test hooks. Worker
processes are forked, so the injected function needs no pickling.
"""

from __future__ import annotations

import ctypes
import errno
import faulthandler
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from pipeline import tables as tables_module
from pipeline.ingest import DEFAULT_MAX_BYTES
from pipeline.process import process_document
from pipeline.run import RunAborted, RunLocked, run, run_lock
from pipeline.tables import read_manifest

# The hang is told from slowness without racing a short timer: good documents are
# processed before the run (``prepare``), so in the run they take no time however
# loaded the machine is, and the hang lasts far longer than any deadline here: the
# only document stopped at the deadline is the hang, and a run that ends well before
# HANG did not wait for it.
HANG = 600.0
POOL_TIMEOUT = 10.0
SINGLE_TIMEOUT = 5.0
# Results of good documents, by source, computed before the run (forked workers inherit them).
PREPARED: dict = {}


def prepare(*sources: Path) -> None:
    """Process good documents now, so that ``faulty`` hands back their results at once."""
    PREPARED.update({str(s): process_document(str(s), max_bytes=DEFAULT_MAX_BYTES) for s in sources})


def faulty(source: str, max_bytes: int):
    """Crash, hang or run out of memory on files named for it; the rest as ``prepare``d
    (or processed, when not prepared)."""
    if source in PREPARED:
        return PREPARED[source]
    name = Path(source).stem
    if name.startswith("exit"):
        os._exit(3)
    if name.startswith("segfault"):
        faulthandler.disable()  # pytest's traceback dump would only clutter the output
        ctypes.string_at(0)  # reads address 0: SIGSEGV
    if name.startswith("hang"):
        time.sleep(HANG)
    if name.startswith("memory"):
        raise MemoryError
    return process_document(source, max_bytes=max_bytes)


@pytest.fixture(scope="module")
def faulty_run(tmp_path_factory):
    """One pool run over good documents and one of each fault (a single run keeps the suite fast)."""
    folder = tmp_path_factory.mktemp("faults")
    inputs, out = folder / "in", folder / "out"
    inputs.mkdir()
    texts = {f"goed_{i}.txt": f"De gemeente Delft ontvangt € {i}.000 voor project {i}." for i in range(4)}
    texts.update({name: f"Document {name} van de gemeente Leiden." for name in
                  ("exit.txt", "segfault.txt", "hang.txt", "memory.txt")})
    for name, text in texts.items():
        (inputs / name).write_text(text, encoding="utf-8")
    prepare(*(inputs / name for name in texts if name.startswith("goed")))
    started = time.monotonic()
    summary = run([inputs], out, workers=2, progress=False, timeout=POOL_TIMEOUT, process=faulty)
    return inputs, out, summary, time.monotonic() - started


def _errors(out: Path, name: str) -> list[dict]:
    return [r for r in pq.read_table(out / "errors.parquet").to_pylist() if Path(r["source"]).name == name]


@pytest.mark.slow
def test_worker_that_exits_costs_only_its_document(faulty_run, check):
    _, out, _, _ = faulty_run
    rows = _errors(out, "exit.txt")
    assert [(r["stage"], r["error"]) for r in rows] == [("worker", "worker_crashed")]
    assert "exited with code 3" in rows[0]["message"]
    assert rows[0]["doc_id"] is not None


@pytest.mark.slow
def test_worker_that_segfaults_costs_only_its_document(faulty_run):
    _, out, _, _ = faulty_run
    rows = _errors(out, "segfault.txt")
    assert [r["error"] for r in rows] == ["worker_crashed"]
    assert "SIGSEGV" in rows[0]["message"]


@pytest.mark.slow
def test_worker_that_hangs_is_stopped_at_the_timeout(faulty_run):
    _, out, _, seconds = faulty_run
    rows = _errors(out, "hang.txt")
    assert [r["error"] for r in rows] == ["timeout"]
    assert f"{POOL_TIMEOUT:.0f} s" in rows[0]["message"]
    # Stopped at the deadline, not waited for: the run ends long before the hang would.
    assert POOL_TIMEOUT <= seconds < HANG / 2


@pytest.mark.slow
def test_worker_out_of_memory_costs_only_its_document(faulty_run):
    _, out, _, _ = faulty_run
    rows = _errors(out, "memory.txt")
    assert [r["error"] for r in rows] == ["worker_crashed"]
    assert "out of memory" in rows[0]["message"]


@pytest.mark.slow
def test_the_run_completes_around_the_faults(faulty_run, check):
    inputs, out, summary, _ = faulty_run
    check.outputs_intact(out)
    assert check.document_sources(out) == {str(inputs / f"goed_{i}.txt") for i in range(4)}
    assert summary.n_failed == 4 and summary.exit_code == 1


def test_a_crash_inside_libtesseract_costs_its_document_and_names_the_page(inputs, out, check, build,
                                                                          monkeypatch):
    from pipeline.ingest import tesseract

    def crash(*args, **kwargs):
        faulthandler.disable()
        ctypes.string_at(0)  # as a segfault in the C library would

    monkeypatch.setattr(tesseract, "image_to_data", crash)
    scan = inputs.write("scan.pdf", build.image_only_pdf_bytes())
    good = inputs.good_document()
    summary = run([inputs.folder], out, workers=2, progress=False, timeout=60)
    rows = check.error_rows(out, scan)
    assert [(r["stage"], r["error"]) for r in rows] == [("worker", "worker_crashed")]
    assert rows[0]["message"].endswith("stopped unexpectedly (killed by SIGSEGV, while tesseract read page 1).")
    assert str(good) in check.document_sources(out)
    assert summary.n_failed == 1
    check.outputs_intact(out)


def test_single_process_mode_has_the_timeout_too(inputs, out, check):
    prepare(inputs.good)  # so only the hang can reach the deadline
    hang = inputs.write("hang.txt", b"Document van de gemeente Leiden.")
    started = time.monotonic()
    run([inputs.folder], out, workers=1, progress=False, timeout=SINGLE_TIMEOUT, process=faulty)
    assert time.monotonic() - started < HANG / 2
    assert [r["error"] for r in check.error_rows(out, hang)] == ["timeout"]
    assert str(inputs.good) in check.document_sources(out)
    check.outputs_intact(out)


def test_an_unexpected_exception_is_an_internal_error_row(inputs, out, check):
    bad = inputs.write("fout.txt", b"Document van de gemeente Leiden.")

    def broken(source, max_bytes):
        if source == str(bad):
            raise ValueError("a bug")
        return process_document(source, max_bytes=max_bytes)

    run([inputs.folder], out, workers=1, progress=False, process=broken)
    rows = check.error_rows(out, bad)
    assert [r["error"] for r in rows] == ["internal_error"] and "ValueError: a bug" in rows[0]["message"]
    assert str(inputs.good) in check.document_sources(out)


def test_a_second_run_takes_finished_documents_from_the_cache(inputs, out, check):
    second = inputs.good_document()
    run([inputs.folder], out, workers=1, progress=False)
    before = check.tables_of(out)
    calls = []

    def counting(source, max_bytes):
        calls.append(source)
        return process_document(source, max_bytes=max_bytes)

    third = inputs.good_document()
    summary = run([inputs.folder], out, workers=1, progress=False, process=counting)
    assert calls == [str(third)]
    assert summary.n_cached == 2 and summary.n_ok == 3
    after = check.outputs_intact(out)
    assert {str(inputs.good), str(second), str(third)} == check.document_sources(out)
    old_pages = before["pages"].to_pylist()
    assert all(row in after["pages"].to_pylist() for row in old_pages)

    calls.clear()
    run([inputs.folder], out, workers=1, progress=False, process=counting, fresh=True)
    assert len(calls) == 3


def test_failed_documents_are_tried_again_on_the_next_run(inputs, out, check):
    bad = inputs.write("later.txt", b"De gemeente Leiden ontvangt subsidie.")
    run([inputs.folder], out, workers=1, progress=False, process=faulty_on(bad))
    assert check.error_rows(out, bad)
    run([inputs.folder], out, workers=1, progress=False)
    assert check.error_rows(out, bad) == []
    assert str(bad) in check.document_sources(out)


def faulty_on(path: Path):
    def process(source, max_bytes):
        if source == str(path):
            raise MemoryError
        return process_document(source, max_bytes=max_bytes)

    return process


def _enospc_after(calls: int):
    """A parquet writer that writes some bytes and then finds the disk full, from call ``calls`` on."""
    real = tables_module.pq.write_table
    count = {"n": 0}

    def write_table(table, where, **kwargs):
        count["n"] += 1
        if count["n"] >= calls:
            where.write(b"PAR1 half a table")
            raise OSError(errno.ENOSPC, "No space left on device", str(getattr(where, "name", where)))
        return real(table, where, **kwargs)

    return write_table


def test_disk_full_while_writing_tables_leaves_the_previous_outputs(inputs, out, check, monkeypatch):
    run([inputs.folder], out, workers=1, progress=False)
    before = {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()}
    inputs.good_document()
    monkeypatch.setattr(tables_module.pq, "write_table", _enospc_after(3))
    with pytest.raises(RunAborted, match="disk is full") as caught:
        run([inputs.folder], out, workers=1, progress=False)
    assert "unchanged" in str(caught.value)
    assert {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()} == before
    check.outputs_intact(out)
    monkeypatch.undo()
    # Once there is room again, the run resumes: the new document was cached before the failure.
    summary = run([inputs.folder], out, workers=1, progress=False)
    assert summary.n_cached == 2 and summary.n_ok == 2


def test_disk_full_while_caching_a_result_stops_the_run_cleanly(inputs, out, check, monkeypatch):
    import pipeline.run.cache as cache_module

    run([inputs.folder], out, workers=1, progress=False)
    before = {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()}
    inputs.good_document()

    def full(path, data):
        raise OSError(errno.ENOSPC, "No space left on device", str(path))

    monkeypatch.setattr(cache_module, "write_bytes", full)
    with pytest.raises(RunAborted, match="disk is full"):
        run([inputs.folder], out, workers=1, progress=False)
    assert {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()} == before


def test_a_second_run_into_the_same_folder_is_refused(inputs, out):
    with run_lock(out):
        with pytest.raises(RunLocked, match=f"pid {os.getpid()}"):
            run([inputs.folder], out, workers=1, progress=False)
    assert not (out / "documents.parquet").exists()


def test_a_second_run_can_wait_for_the_first(inputs, out, check):
    held, release = threading.Event(), threading.Event()

    def first():
        with run_lock(out):
            held.set()
            release.wait(10)

    holder = threading.Thread(target=first)
    holder.start()
    held.wait(10)
    threading.Timer(0.5, release.set).start()
    started = time.monotonic()
    # SIGALRM needs the main thread, which this is.
    run([inputs.folder], out, workers=1, progress=False, wait=True)
    holder.join()
    assert time.monotonic() - started >= 0.4
    check.outputs_intact(out)


def _corpus_of(folder: Path, count: int, build) -> None:
    folder.mkdir(parents=True)
    for i in range(count):
        (folder / f"brief_{i:03}.txt").write_text(build.dutch_text(i) * 10, encoding="utf-8")


@pytest.mark.slow
def test_kill_9_halfway_keeps_the_outputs_and_the_next_run_resumes(tmp_path, build, check):
    inputs, out = tmp_path / "in", tmp_path / "out"
    _corpus_of(inputs, 3, build)
    total = 30
    command = [sys.executable, "-m", "pipeline", "run", str(inputs), "--out", str(out), "--workers", "1", "--quiet"]
    subprocess.run(command, check=True, timeout=120)
    before = {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()}

    for i in range(3, total):
        (inputs / f"brief_{i:03}.txt").write_text(build.dutch_text(i) * 10, encoding="utf-8")
    cache = next((out / ".kenmerk" / "cache").iterdir())
    victim = subprocess.Popen(command)
    deadline = time.monotonic() + 120
    while len(list(cache.glob("*.json"))) < 5 and time.monotonic() < deadline and victim.poll() is None:
        time.sleep(0.05)
    victim.send_signal(signal.SIGKILL)
    victim.wait()
    finished = len(list(cache.glob("*.json")))
    assert 5 <= finished < total, "the run was not killed halfway"
    version = cache.name

    assert {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()} == before
    check.outputs_intact(out)

    subprocess.run(command, check=True, timeout=300)
    check.outputs_intact(out)
    manifest = read_manifest(out)
    if not (out / ".kenmerk" / "cache" / version).is_dir():
        # The rerun keyed its cache differently: code or rule files were edited meanwhile.
        pytest.skip("the code or rule files changed during the test, which rightly invalidates the cache")
    assert manifest["documents_from_cache"] >= finished
    assert manifest["documents_ok"] == total
