"""Fuzz: random bytes and 1,000 random mutations of a generated PDF, through the whole run.

Whatever the bytes, each file must come out as a document or as an error row
with a known code and a sentence (or both, for a PDF read in part: its
readable pages and a row for the lost ones); the run must complete and its
tables be whole. The inputs are drawn from a fixed seed, so a failure reproduces.
"""

from __future__ import annotations

import random

import pyarrow.parquet as pq
import pytest

from pipeline.errors import MESSAGES
from pipeline.run import run

SEED = 20261123
MUTANTS = 1000
RANDOM_FILES = 8


def mutate(data: bytes, rng: random.Random) -> bytes:
    """One random damage: flipped bytes, a cut, a deleted or repeated chunk, or a spliced-in chunk."""
    data = bytearray(data)
    kind = rng.choice(["flip", "cut", "delete", "repeat", "splice"])
    if kind == "flip":
        for _ in range(rng.randint(1, 40)):
            data[rng.randrange(len(data))] = rng.randrange(256)
    elif kind == "cut":
        del data[rng.randrange(16, len(data)):]
    else:
        start = rng.randrange(len(data))
        end = min(len(data), start + rng.randint(1, 2000))
        chunk = bytes(data[start:end])
        if kind == "delete":
            del data[start:end]
        elif kind == "repeat":
            data[start:start] = chunk * rng.randint(1, 5)
        else:
            data[start:end] = rng.randbytes(len(chunk))
    return bytes(data)


@pytest.mark.slow
def test_random_and_mutated_files_give_a_document_or_a_recorded_error(tmp_path, build, check, monkeypatch):
    from pipeline.ingest import ocr

    # Damaged pages fall back to OCR; its result does not matter here, its time would.
    monkeypatch.setattr(ocr, "tesseract_problem", lambda lang: "tesseract is not installed")
    rng = random.Random(SEED)
    folder, out = tmp_path / "in", tmp_path / "out"
    folder.mkdir()
    original = build.pdf_bytes([build.pdf_page_text(1), build.pdf_page_text(2)])
    for i in range(MUTANTS):
        (folder / f"mutant_{i:02}.pdf").write_bytes(mutate(original, rng))
    for i in range(RANDOM_FILES):
        suffix = ".pdf" if i % 2 else ".txt"
        head = b"%PDF-1.4\n" if i % 4 == 1 else b""
        (folder / f"random_{i:02}{suffix}").write_bytes(head + rng.randbytes(rng.randint(1, 5000)))

    summary = run([folder], out, workers=2, progress=False, timeout=60)

    tables = check.outputs_intact(out)
    documents = set(tables["documents"].column("source").to_pylist())
    errors = tables["errors"].to_pylist()
    failed = {r["source"] for r in errors}
    sources = {str(p) for p in folder.iterdir()}
    copies = {s for r in tables["documents"].to_pylist() for s in r["duplicate_sources"]}
    assert documents | failed | copies == sources
    # A document read in part (pages that could not be loaded) has both; then its pages say
    # which were lost and its rows are about those pages only.
    partly = documents & failed
    lost = {(r["doc_id"], r["page"]) for r in tables["pages"].to_pylist()
            if r["method_reason"] in ("unreadable_page", "page_too_large")}
    for row in errors:
        if row["source"] in partly:
            assert row["error"] in ("broken_pdf", "page_too_large") and "could not be" in row["message"], row
            assert any(doc_id == row["doc_id"] for doc_id, _ in lost), row
    for row in errors:
        assert row["error"] in MESSAGES and row["message"], row
    crashes = [r for r in errors if r["error"] in ("worker_crashed", "timeout", "internal_error")]
    assert not crashes, "\n".join(r["message"] for r in crashes)
    assert summary.n_found == MUTANTS + RANDOM_FILES
    assert pq.read_table(out / "pages.parquet").num_rows >= 0
