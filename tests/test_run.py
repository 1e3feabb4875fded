"""The pieces of a run: discovery, the plan, the cache, the lock, the summary."""

from __future__ import annotations

import os
import signal
from pathlib import Path

import pytest

from pipeline.records import DocumentInfo, DocumentResult, ProcessingError
from pipeline.run import (
    ResultCache,
    RunLocked,
    RunSummary,
    discover,
    exit_reason,
    format_summary,
    plan_documents,
    run_lock,
)

TEXT = "De gemeente Leiden ontvangt een bijdrage van € 12.000 voor de aanpak van huiselijk geweld."


def test_discover_finds_documents_and_scans_recursively_and_skips_hidden_files(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / ".verborgen").mkdir()
    for name in ("a.txt", "b.PDF", "sub/c.txt", "sub/scan.tif", "d.docx", ".e.txt", ".verborgen/f.txt"):
        (tmp_path / name).write_text("x")
    found, errors = discover([tmp_path])
    assert found == [str(tmp_path / "a.txt"), str(tmp_path / "b.PDF"), str(tmp_path / "sub" / "c.txt"),
                     str(tmp_path / "sub" / "scan.tif")]
    assert errors == []


def test_discover_lists_a_missing_input_and_a_link_loop_given_by_name(tmp_path):
    loop = tmp_path / "lus.txt"
    os.symlink(loop.name, loop)
    found, errors = discover([tmp_path / "weg", loop])
    assert found == []
    assert [(e.source, e.error) for e in errors] == [(str(tmp_path / "weg"), "unreadable_file"),
                                                       (str(loop), "symlink_loop")]


def test_discover_does_not_follow_a_folder_link_back_up(tmp_path):
    (tmp_path / "a.txt").write_text("x")
    os.symlink("..", tmp_path / "terug")
    os.symlink(".", tmp_path / "hier")
    found, _ = discover([tmp_path])
    assert found == [str(tmp_path / "a.txt")]


def test_plan_processes_identical_files_once_and_remembers_the_copies(tmp_path):
    for name in ("a.txt", "b.txt", "c.txt"):
        (tmp_path / name).write_text(TEXT)
    (tmp_path / "d.txt").write_text(TEXT + " Anders.")
    plan = plan_documents([str(tmp_path / n) for n in ("a.txt", "b.txt", "c.txt", "d.txt")], 10**6)
    assert [Path(t.source).name for t in plan.tasks] == ["a.txt", "d.txt"]
    assert list(plan.duplicates.values()) == [[str(tmp_path / "b.txt"), str(tmp_path / "c.txt")]]


def test_plan_does_not_hash_files_over_the_limit(tmp_path):
    big = tmp_path / "groot.txt"
    big.write_text(TEXT * 100)
    plan = plan_documents([str(big)], max_bytes=100)
    assert plan.tasks[0].doc_id is None and plan.errors == []


def test_plan_lists_a_file_it_cannot_stat(tmp_path):
    plan = plan_documents([str(tmp_path / "verdwenen.txt")], 10**6)
    assert plan.tasks == [] and plan.errors[0].error == "unreadable_file"


@pytest.mark.parametrize("code, reason", [
    (-signal.SIGSEGV, "killed by SIGSEGV"),
    (-signal.SIGKILL, "killed by SIGKILL"),
    (3, "exited with code 3"),
    (None, "it did not exit"),
])
def test_exit_reason_names_the_signal(code, reason):
    assert exit_reason(code) == reason


def _result(doc_id="0123456789abcdef", source="in/a.txt") -> DocumentResult:
    info = DocumentInfo(doc_id=doc_id, source=source, doc_type="brief", doc_type_rule="t", doc_date=None,
                        title="t", n_pages=1, ingest="text", pipeline_version="v")
    return DocumentResult(source=source, info=info)


def test_cache_gives_a_result_back_under_its_current_name(tmp_path):
    cache = ResultCache(tmp_path, "1.0+rules.abc")
    cache.prepare(fresh=False)
    cache.put(_result())
    assert "0123456789abcdef" in cache
    again = cache.get("0123456789abcdef", "in/hernoemd.txt")
    assert again.source == again.info.source == "in/hernoemd.txt"


def test_a_damaged_cache_entry_is_a_miss_and_is_removed(tmp_path):
    cache = ResultCache(tmp_path, "v1")
    cache.prepare(fresh=False)
    cache.path("0123456789abcdef").write_bytes(b"\x80\x05 not a pickle")
    assert cache.get("0123456789abcdef", "in/a.txt") is None
    assert "0123456789abcdef" not in cache


def test_another_pipeline_version_or_fresh_starts_an_empty_cache(tmp_path):
    old = ResultCache(tmp_path, "v1")
    old.prepare(fresh=False)
    old.put(_result())
    new = ResultCache(tmp_path, "v2")
    new.prepare(fresh=False)
    assert not old.folder.exists() and "0123456789abcdef" not in new
    new.put(_result())
    ResultCache(tmp_path, "v2").prepare(fresh=True)
    assert "0123456789abcdef" not in new


def test_the_lock_refuses_a_second_holder_and_names_the_first(tmp_path):
    with run_lock(tmp_path):
        with pytest.raises(RunLocked) as caught:
            with run_lock(tmp_path):
                pass
    message = str(caught.value)
    assert f"pid {os.getpid()}" in message and str(tmp_path) in message and "--wait" in message
    with run_lock(tmp_path):  # released when the first run ended
        pass


def test_summary_says_how_many_failed_and_where_to_look(tmp_path):
    errors = [ProcessingError(f"in/{i}.txt", "ingest", "empty_file", f"The file in/{i}.txt is empty.")
              for i in range(12)]
    summary = RunSummary(out=tmp_path, n_found=15, n_ok=3, n_failed=12, n_cached=2, n_duplicates=1,
                         rows={"documents": 3}, errors=errors)
    lines = list(format_summary(summary))
    assert lines[0].startswith("Read 3 of 15 documents")
    text = "\n".join(lines)
    assert f"12 file(s) failed, 12 error(s) listed in {tmp_path / 'errors.parquet'}" in text
    assert "2 finished in an earlier run" in text and "duplicate_sources" in text
    assert "... and 2 more" in text
    assert summary.exit_code == 1
    assert RunSummary(out=tmp_path).exit_code == 0


def test_a_cache_entry_not_signed_with_this_users_key_is_never_unpickled(tmp_path, monkeypatch):
    import pickle

    cache = ResultCache(tmp_path, "v1")
    cache.prepare(fresh=False)
    cache.put(_result())
    signed = cache.path("0123456789abcdef").read_bytes()
    assert cache.get("0123456789abcdef", "in/a.txt") is not None

    class Boom:
        def __reduce__(self):
            return (pytest.fail, ("an unsigned entry was unpickled",))

    forged = pickle.dumps(Boom())
    cache.path("0123456789abcdef").write_bytes(signed[:32] + forged)
    assert cache.get("0123456789abcdef", "in/a.txt") is None
    assert "0123456789abcdef" not in cache


def test_the_signing_key_lives_outside_the_output_folder(tmp_path, monkeypatch):
    import pipeline.run as run_module

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "home-cache"))
    run_module._cache_key.cache_clear()
    try:
        key = run_module._cache_key()
        stored = tmp_path / "home-cache" / "kenmerk" / "result-cache.key"
        assert stored.read_bytes() == key and len(key) == 32
        assert stored.stat().st_mode & 0o077 == 0
        run_module._cache_key.cache_clear()
        assert run_module._cache_key() == key
    finally:
        run_module._cache_key.cache_clear()


def _tables_state(out: Path) -> dict[str, int]:
    return {p.name: p.stat().st_mtime_ns for p in out.iterdir() if p.is_file()}


def test_a_rerun_with_nothing_changed_leaves_the_tables_as_they_are(tmp_path):
    from pipeline.run import run

    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "a.txt").write_text(TEXT, encoding="utf-8")
    out = tmp_path / "out"
    first = run([inputs], out, workers=1, progress=False)
    before = _tables_state(out)
    again = run([inputs], out, workers=1, progress=False)
    assert _tables_state(out) == before
    assert again.rows == first.rows and again.n_ok == 1 and again.n_cached == 1
    assert again.exit_code == 0

    (inputs / "b.txt").write_text(TEXT.replace("Leiden", "Almere"), encoding="utf-8")
    grown = run([inputs], out, workers=1, progress=False)
    assert grown.rows["documents"] == 2 and _tables_state(out) != before


def test_a_rerun_rewrites_tables_that_were_changed_since(tmp_path):
    from pipeline.run import run

    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "a.txt").write_text(TEXT, encoding="utf-8")
    out = tmp_path / "out"
    run([inputs], out, workers=1, progress=False)
    good = (out / "amounts.parquet").read_bytes()
    (out / "amounts.parquet").unlink()
    run([inputs], out, workers=1, progress=False)
    assert (out / "amounts.parquet").read_bytes() == good


def test_a_rerun_with_nothing_changed_loads_no_nlp_or_pdf_library(tmp_path):
    import subprocess
    import sys

    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "a.txt").write_text(TEXT, encoding="utf-8")
    script = ("import sys; from pipeline.run import run; "
              f"run([{str(inputs)!r}], {str(tmp_path / 'out')!r}, workers=1, progress=False); "
              "print(sorted(m for m in ('spacy', 'pdfplumber', 'pypdfium2', 'pandas', 'duckdb') "
              "if m in sys.modules))")
    first = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert "spacy" in first.stdout
    again = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert again.stdout.strip() == "[]", again.stdout
