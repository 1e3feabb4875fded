"""One document through every stage: the unit of work a worker process runs.

``process_document`` takes a path and returns a ``DocumentResult``; it reads
nothing but that file and the package's own resources, so it can run in any
process (a pool over documents, later a Dask worker).
"""

from __future__ import annotations

from pathlib import Path

from pipeline.clean import clean_page
from pipeline.errors import KenmerkError
from pipeline.extract.document import describe_document
from pipeline.extract.questions import question_records
from pipeline.ingest import read_document
from pipeline.nlp import annotate, build_nlp
from pipeline.normalize.amounts import amount_facts
from pipeline.normalize.dates import date_facts
from pipeline.normalize.municipalities import municipality_facts
from pipeline.normalize.trainings import training_facts
from pipeline.records import DocumentResult, ProcessingError, RawDocument
from pipeline.version import pipeline_version


def process_document(path: Path | str, source: str | None = None) -> DocumentResult:
    """Read, clean, annotate and extract one file; failures become error records."""
    source = source if source is not None else str(path)
    stage = "ingest"
    try:
        raw = read_document(Path(path), source=source)
        return process_raw(raw)
    except KenmerkError as err:
        return DocumentResult(source=source, errors=(ProcessingError(source, stage, err.code, err.message),))


def process_raw(raw: RawDocument) -> DocumentResult:
    """The stages after ingest, for a document already read."""
    pages = tuple(clean_page(p) for p in raw.pages)
    nlp = build_nlp()
    docs = [annotate(nlp, page) for page in pages]
    info = describe_document(raw, pages, docs, pipeline_version=pipeline_version())
    municipalities, amounts, dates, trainings = [], [], [], []
    for doc, page in zip(docs, pages, strict=True):
        municipalities += municipality_facts(doc, page, info)
        amounts += amount_facts(doc, page, info)
        dates += date_facts(doc, page, info)
        trainings += training_facts(doc, page, info)
    questions = question_records(pages, docs, info) if info.doc_type == "kamervragen" else []
    return DocumentResult(
        source=raw.source,
        info=info,
        pages=pages,
        amounts=tuple(amounts),
        municipalities=tuple(municipalities),
        dates=tuple(dates),
        trainings=tuple(trainings),
        questions=tuple(questions),
    )


def process_text(text: str, source: str = "text.txt") -> DocumentResult:
    """Run a string through the pipeline as if it were a one-page .txt file (tests, notebooks)."""
    from pipeline.ingest import raw_document_from_text

    return process_raw(raw_document_from_text(text, source=source))
