"""What is loaded before the documents run, and kept out of the garbage collector's way.

The modules and the pipeline, imported and built once before the workers fork
(``_import_modules``, ``_preload``) with the cyclic collector paused meanwhile
(``collector_paused``), and what a worker's first document left alive, frozen
(``freeze_what_lasts``). Apart from the pool and the workers, which both use it.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


def freeze_what_lasts() -> None:
    """Take what is alive in a worker after its first document out of the cyclic garbage
    collector's sight: the spaCy pipeline, the rules, the patterns and caches the first
    document filled, all kept until the process ends. (Not with one worker: documents
    then run in the caller's own process, whose objects are not ours to freeze.)

    Python's full collections walk every object the collector tracks; with those
    (about 165,000 objects) they came about every 60 letter pages and cost about 80 ms
    each, some 7% of a worker's CPU. Frozen objects are still freed when their
    last reference goes; only a reference cycle among them, left by the first
    document, is never collected (one document's garbage at most, once).
    """
    gc.freeze()


def _import_modules(pdf_readers: bool = True) -> None:
    """What the workers import to process a document and build the pipeline, imported
    here once, in one thread, before they fork: else each worker imports them again
    on its first document, on the same cores. The PDF readers only with ``pdf_readers``:
    a run over text files alone never uses them (0.15 s of CPU before the workers start);
    a ``.txt`` that holds a PDF's bytes after all is read, its worker imports them."""
    with collector_paused():
        _import_all(pdf_readers)


def _import_all(pdf_readers: bool) -> None:
    import pipeline.process  # noqa: F401  (spaCy, the rules' modules)
    from pipeline.nlp import import_modules

    import_modules()
    # pyarrow's link to pandas, which it makes on its first array (each document's rows
    # are checked against the schemas in its worker), and the PDF readers, which ingest
    # loads on first use: 0.4 s of CPU.
    import pyarrow

    import pipeline.ingest.ocr  # noqa: F401
    import pipeline.ingest.text  # noqa: F401
    import pipeline.tables  # noqa: F401

    pyarrow.array([0])
    if pdf_readers:
        import pdfminer.psexceptions  # noqa: F401
        import pdfplumber  # noqa: F401
        import pypdfium2  # noqa: F401

        import pipeline.ingest.pdf  # noqa: F401


def _preload(model: str | None = None) -> None:
    """Load spaCy and the rules before the first deadline starts, once for all forked workers."""
    from pipeline.nlp import build_nlp

    with collector_paused():
        build_nlp(model)


@contextmanager
def collector_paused() -> Iterator[None]:
    """Python's cyclic garbage collector held off while modules are imported and the pipeline
    is built. They make some 300,000 objects that live as long as the process, and a full
    collection every so often walked all made so far again: a fifth of the imports' CPU
    (1.76 to 1.44 s before the workers start). Cycles left meanwhile wait for the next
    collection after it."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()
