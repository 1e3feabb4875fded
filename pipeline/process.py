"""One document through every stage: the unit of work a worker process runs.

``process_document`` takes a path and returns a ``DocumentResult``; it reads
nothing but that file and the package's own resources, so it can run in any
process (a pool over documents, later a Dask worker).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from pathlib import Path

from pipeline.clean import clean_page
from pipeline.errors import KenmerkError
from pipeline.extract.amount_tables import CARRIED_TABLE, DOCUMENT_UNIT, ENDING_TABLE
from pipeline.extract.doc_lines import website_chrome
from pipeline.extract.document import describe_document
from pipeline.extract.questions import question_records
from pipeline.extract.regions import region_facts
from pipeline.ingest import DEFAULT_MAX_BYTES, read_document
from pipeline.ingest.pdf_recover import page_errors
from pipeline.language import document_language
from pipeline.nlp import annotate, build_nlp
from pipeline.normalize.amounts import amount_facts
from pipeline.normalize.dates import date_facts, once_per_document, page_anchors
from pipeline.normalize.municipalities import municipality_facts
from pipeline.normalize.trainings import training_facts
from pipeline.records import DocumentResult, Fact, ProcessingError, RawDocument, utc_now
from pipeline.version import pipeline_version


def process_document(path: Path | str, source: str | None = None, *,
                     max_bytes: int = DEFAULT_MAX_BYTES) -> DocumentResult:
    """Read one file and run every stage on it; a ``KenmerkError`` becomes an error record."""
    source = source if source is not None else str(path)
    try:
        raw = read_document(Path(path), source=source, max_bytes=max_bytes)
    except KenmerkError as err:
        return failed(source, ProcessingError(source, "ingest", err.code, err.message, time=utc_now()))
    try:
        result = process_raw(raw)
    except KenmerkError as err:
        return failed(source, ProcessingError(source, "process", err.code, err.message,
                                              doc_id=raw.doc_id, time=utc_now()))
    # A damaged PDF read in part keeps its pages and facts, and says which pages it lost.
    lost = page_errors(raw, time=utc_now())
    return dataclasses.replace(result, errors=(*result.errors, *lost)) if lost else result


def failed(source: str, *errors: ProcessingError) -> DocumentResult:
    return DocumentResult(source=source, errors=errors)


# The extraction rules read Dutch. Elsewhere they misfire: English "€ 5,000" would
# be five euros (Dutch decimal comma), "Best practices" the municipality Best.
RULES_LANGUAGES = frozenset({"nl"})


def process_raw(raw: RawDocument) -> DocumentResult:
    """The stages after ingest, for a document already read."""
    pages = tuple(clean_page(p) for p in raw.pages)
    nlp = build_nlp()
    docs = []
    for page in pages:
        # A table that runs on to the next page keeps its columns there.
        carried = {CARRIED_TABLE: docs[-1].user_data.get(ENDING_TABLE),
                   DOCUMENT_UNIT: docs[-1].user_data.get(DOCUMENT_UNIT)} if docs else None
        docs.append(annotate(nlp, page, carried))
    info = describe_document(raw, pages, pipeline_version=pipeline_version())
    if info.language is None:
        info = dataclasses.replace(info, language=document_language(page.text for page in pages))
    if info.language is not None and info.language not in RULES_LANGUAGES:
        # The document and its pages are kept; `language` says why there are no facts.
        return DocumentResult(source=raw.source, info=info, pages=pages)
    municipalities, amounts, dates, trainings, regions = [], [], [], [], []
    anchors = page_anchors(pages, info.doc_date)
    for doc, page, anchor in zip(docs, pages, anchors, strict=True):
        keep = outside(website_chrome(page))
        municipalities += filter(keep, municipality_facts(doc, page, info))
        amounts += filter(keep, amount_facts(doc, page, info))
        dates += (d for d in date_facts(doc, page, info, anchor) if d.role == "document" or keep(d))
        trainings += filter(keep, training_facts(doc, page, info))
        regions += filter(keep, region_facts(doc, page, info))
    questions = question_records(pages, docs, info) if info.doc_type == "kamervragen" else []
    return DocumentResult(
        source=raw.source,
        info=info,
        pages=pages,
        amounts=tuple(amounts),
        municipalities=tuple(municipalities),
        dates=tuple(once_per_document(dates)),
        trainings=tuple(trainings),
        questions=tuple(questions),
        regions=tuple(regions),
    )


def outside(ranges: tuple[tuple[int, int], ...]) -> Callable[[Fact], bool]:
    """A test that a fact lies outside every (start, end) range of its page.

    Used for website boilerplate (``Naar boven``, breadcrumbs, share lines):
    a figure or name there is navigation, not content. The document's own date
    on a ``Gepubliceerd op`` line is kept by the caller.
    """
    return lambda fact: not any(start < fact.char_end and fact.char_start < end for start, end in ranges)


def process_text(text: str, source: str = "text.txt") -> DocumentResult:
    """Run a string through the pipeline as if it were a one-page .txt file (tests, notebooks)."""
    from pipeline.ingest import raw_document_from_text

    return process_raw(raw_document_from_text(text, source=source))
