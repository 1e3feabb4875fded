"""What is loaded before the workers fork (the PDF readers only when needed), with the
collector paused meanwhile."""

from __future__ import annotations

import pytest


def test_before_a_run_over_text_files_only_the_pdf_readers_are_left_out(tmp_path):
    # The workers fork with what a text document needs (nothing is imported on the first
    # one), and without the PDF readers, which such a run never uses.
    import subprocess
    import sys

    text = tmp_path / "brief.txt"
    text.write_text("De gemeente Delft ontvangt op 2 mei 2019 € 40.000 voor 12 trainingen.", encoding="utf-8")
    readers = ("pdfminer", "pdfplumber", "pypdfium2", "pipeline.ingest.pdf")
    script = ("import sys; from pipeline.run import preload, worker; from pipeline.nlp import build_nlp; "
              "preload._import_modules(pdf_readers=False); "
              f"print([m for m in {readers!r} if m in sys.modules]); build_nlp(); before = set(sys.modules); "
              f"result = worker.process_document({str(text)!r}); assert result.info is not None; "
              "print(sorted(set(sys.modules) - before))")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert done.stdout.split("\n")[:2] == ["[]", "[]"], done.stdout


def test_the_collector_is_paused_for_the_imports_and_left_as_it_was(monkeypatch):
    import gc

    from pipeline.run.preload import collector_paused

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
