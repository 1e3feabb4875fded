"""A document's run and a worker's life: the slim result it sends back, the pipeline the only
worker imports and warms up beside its document, what it freezes after its first one."""

from __future__ import annotations


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


def test_a_slim_result_gives_the_same_tables(tmp_path, documents):
    """What ``slim`` drops (word boxes, raw text, offset maps) is in no table."""
    from pipeline.process import process_document
    from pipeline.run.worker import slim
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
    # while tesseract reads (``page_pool.meanwhile``) and warms its stages up in a thread, so that
    # after the last page nothing is left to load.
    import subprocess
    import sys

    script = ("import sys; from pipeline.run import worker; from pipeline.ingest import raw_document_from_text; "
              "assert 'spacy' not in sys.modules; worker._import_and_build(); worker._warming.join(); "
              "from pipeline.process import process_raw; before = set(sys.modules); "
              "result = process_raw(raw_document_from_text('De gemeente Delft ontvangt op 2 mei 2019 "
              "€ 40.000 voor 12 trainingen.', 'brief.txt')); "
              "assert result.info is not None and result.amounts and result.dates, result; "
              "print(sorted(set(sys.modules) - before))")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]", done.stdout
