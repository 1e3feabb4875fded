"""One document through every stage: the unit of work a worker process runs.

``process_document`` takes a path and returns a ``DocumentResult``; it reads
nothing but that file and the package's own resources, so it can run in any
process (a pool over documents, later a Dask worker).

After ingest, each stage fails on its own, and so does each part of one
(a page in clean, a spaCy pipe in nlp and extract, a fact kind in normalize,
a table): the failure becomes an error row that names it (``extract.trainings``)
and the document keeps what the other stages found. ``documents.status`` says
``ok``, ``partial`` or ``failed`` (the file was read, but nothing after it worked).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any

from spacy.tokens import Doc

from pipeline.clean import clean_page
from pipeline.errors import KenmerkError
from pipeline.extract.amount_tables import CARRIED_TABLE, DOCUMENT_UNIT, ENDING_TABLE
from pipeline.extract.doc_lines import website_chrome
from pipeline.extract.document import describe_document
from pipeline.extract.foreign_names import LANGUAGE
from pipeline.extract.questions import question_records
from pipeline.extract.regions import region_facts
from pipeline.ingest import DEFAULT_MAX_BYTES, read_document
from pipeline.ingest.pdf_recover import page_errors
from pipeline.language import document_language
from pipeline.link.parties import sender_municipality
from pipeline.link.schedules import parts_across_pages
from pipeline.nlp import annotate, build_nlp, component_name
from pipeline.normalize.amounts import amount_facts
from pipeline.normalize.dates import date_facts, once_per_document, page_anchors, restated_days
from pipeline.normalize.municipalities import municipality_facts
from pipeline.normalize.trainings import training_facts
from pipeline.records import (
    CleanPage,
    DocumentInfo,
    DocumentResult,
    Fact,
    ProcessingError,
    RawDocument,
    RawPage,
    utc_now,
)
from pipeline.version import pipeline_version


def process_document(path: Path | str, source: str | None = None, *,
                     max_bytes: int = DEFAULT_MAX_BYTES, model: str | None = None) -> DocumentResult:
    """Read one file and run every stage on it; a ``KenmerkError`` becomes an error record.

    ``model`` names a trained spaCy pipeline (``kenmerk run --model``); by
    default kenmerk's own components run on ``spacy.blank("nl")``.
    """
    source = source if source is not None else str(path)
    try:
        raw = read_document(Path(path), source=source, max_bytes=max_bytes)
    except KenmerkError as err:
        raw = err
    return process_read(raw, source, model=model)


def process_read(raw: RawDocument | KenmerkError, source: str, *,
                 model: str | None = None) -> DocumentResult:
    """``process_document`` after reading: ``raw`` is the document read, or the
    ``KenmerkError`` that reading it raised (``pipeline.run.worker`` reads a document
    before it imports this module)."""
    if isinstance(raw, KenmerkError):
        return failed(source, ProcessingError(source, "ingest", raw.code, raw.message, time=utc_now()))
    try:
        result = process_raw(raw, model=model)
    except KenmerkError as err:
        return failed(source, ProcessingError(source, "process", err.code, err.message,
                                              doc_id=raw.doc_id, time=utc_now()))
    # A damaged PDF read in part keeps its pages and facts, and says which pages it lost.
    lost = page_errors(raw, time=utc_now())
    if not lost or result.info is None:
        return result
    info = dataclasses.replace(result.info, status="partial") if result.info.status == "ok" else result.info
    return dataclasses.replace(result, info=info, errors=(*result.errors, *lost))


def failed(source: str, *errors: ProcessingError) -> DocumentResult:
    return DocumentResult(source=source, errors=errors)



# The languages whose documents get facts. The rules read Dutch; in English, German and
# French they read what needs no Dutch grammar (money marked as euro, a table's rows,
# dates in the language's own words), and a name that is a word there ("Best practices")
# needs the evidence of ``pipeline.extract.foreign_names``.
RULES_LANGUAGES = frozenset({"nl", "en", "de", "fr"})


@dataclass
class Stages:
    """The failures of one document's stages, gathered while each part runs on its own.

    A part that fails on several pages is one error, naming the pages; the
    first exception gives the reason.
    """

    source: str
    doc_id: str
    failures: dict[str, tuple[Exception, list[int]]] = field(default_factory=dict)

    def attempt(self, component: str, fn: Callable[..., Any], *args: Any, on_page: int | None = None,
                default: Any = None, **kwargs: Any) -> Any:
        """``fn(*args, **kwargs)``, or ``default`` when it raises (recorded as a failure of ``component``)."""
        try:
            return fn(*args, **kwargs)
        except MemoryError:  # the worker's to report: the document as a whole is lost
            raise
        except Exception as err:
            self.failed(component, err, on_page)
            return default

    def failed(self, component: str, err: Exception, on_page: int | None = None) -> None:
        _, pages = self.failures.setdefault(component, (err, []))
        if on_page is not None:
            pages.append(on_page)

    def errors(self) -> tuple[ProcessingError, ...]:
        return tuple(self._error(component, err, pages) for component, (err, pages) in self.failures.items())

    def _error(self, component: str, err: Exception, pages: list[int]) -> ProcessingError:
        if isinstance(err, KenmerkError):
            code, message = err.code, err.message
        else:
            reason = f"{type(err).__name__}: {err}"
            reason = reason if len(reason) <= 300 else reason[:299] + "…"
            code = "stage_failed"
            message = KenmerkError(code, component=component, where=_where(pages), source=self.source,
                                   reason=reason).message
        return ProcessingError(self.source, component.split(".")[0], code, message, doc_id=self.doc_id,
                               time=utc_now(), component=component)


def _where(pages: list[int]) -> str:
    """``page 2``, ``pages 2 and 5``, ``pages 2, 5 and 7``; ``the document`` for no page."""
    numbers = [str(n) for n in dict.fromkeys(pages)]
    if not numbers:
        return "the document"
    if len(numbers) == 1:
        return f"page {numbers[0]}"
    return f"pages {', '.join(numbers[:-1])} and {numbers[-1]}"


def process_raw(raw: RawDocument, *, model: str | None = None) -> DocumentResult:
    """The stages after ingest, for a document already read; each fails on its own."""
    stages = Stages(raw.source, raw.doc_id)
    version = pipeline_version(model)
    pages: list[CleanPage] = []
    cleaned: set[int] = set()
    for raw_page in raw.pages:
        page = stages.attempt("clean.page", clean_page, raw_page, on_page=raw_page.number)
        if page is not None:
            cleaned.add(page.number)
        # A page that could not be cleaned keeps its text as read, and gets no facts.
        pages.append(page if page is not None else as_read(raw_page))

    # The language is told from the cleaned text before the extractors run: they read it.
    language = stages.attempt("extract.language", document_language, (page.text for page in pages))
    nlp = stages.attempt("nlp.build", build_nlp, model)
    docs: dict[int, Doc] = {}  # page number -> its Doc, for the pages that went through nlp
    broken: dict[int, set[str]] = {}  # page number -> the pipes that failed on it
    previous: Doc | None = None
    for page in pages:
        if nlp is None or page.number not in cleaned:
            previous = None
            continue

        def report(pipe: str, err: Exception, number: int = page.number) -> None:
            broken.setdefault(number, set()).add(pipe)
            stages.failed(component_name(pipe), err, number)

        # A table that runs on to the next page keeps its columns there.
        carried = {CARRIED_TABLE: previous.user_data.get(ENDING_TABLE),
                   DOCUMENT_UNIT: previous.user_data.get(DOCUMENT_UNIT)} if previous is not None else {}
        carried[LANGUAGE] = language
        previous = stages.attempt("nlp.tokenizer", annotate, nlp, page, carried, report, on_page=page.number)
        if previous is not None:
            docs[page.number] = previous

    pages_read = tuple(pages)
    info = (stages.attempt("extract.document", describe_document, raw, pages_read, pipeline_version=version)
            or undescribed(raw, version))
    if info.language is None:
        info = dataclasses.replace(info, language=language)
    if info.language is not None and info.language not in RULES_LANGUAGES:
        # The document and its pages are kept; `language` says why there are no facts.
        return finish(DocumentResult(source=raw.source, info=info, pages=pages_read), stages, docs)

    municipalities, amounts, dates, trainings, regions = [], [], [], [], []
    # Each part of a PDF that carries its own date anchors its relative dates to it.
    anchors = dict(zip((p.number for p in pages_read), page_anchors(pages_read, info.doc_date), strict=True))
    for page in pages_read:
        doc = docs.get(page.number)
        if doc is None:
            continue
        n = page.number
        keep = outside(stages.attempt("extract.website_chrome", website_chrome, page, on_page=n, default=()))
        failed_pipes = broken.get(n, set())

        def facts(component: str, pipe: str | None, fn: Callable[..., Any], page: CleanPage = page,
                  doc: Doc = doc, n: int = n, failed_pipes: set[str] = failed_pipes) -> list:
            # Nothing to normalize where the extractor that finds the spans failed.
            if pipe in failed_pipes:
                return []
            return stages.attempt(component, lambda: list(fn(doc, page, info)), on_page=n, default=[])

        municipalities += filter(keep, facts("normalize.municipalities", "kenmerk_municipalities",
                                             municipality_facts))
        # A ruling names its parties on its first page and orders the costs on its last.
        head = pages_read[0].text if n != pages_read[0].number else ""
        amounts += filter(keep, facts("normalize.amounts", "kenmerk_amounts", partial(amount_facts, head=head)))
        anchored = partial(date_facts, anchor=anchors[n])
        dates += (d for d in facts("normalize.dates", "kenmerk_dates", anchored)
                  if d.role == "document" or keep(d))
        trainings += filter(keep, facts("normalize.trainings", "kenmerk_trainings", training_facts))
        regions += filter(keep, facts("extract.regions", None, region_facts))
    # A grant's payment schedule on a later page than the sentence that grants it.
    amounts = stages.attempt("normalize.amounts", parts_across_pages, amounts, sender_municipality(info),
                             default=amounts)
    questions = []
    if info.doc_type == "kamervragen":
        questions = stages.attempt("extract.questions", question_records, pages_read, list(docs.values()), info,
                                   default=[])
    result = DocumentResult(
        source=raw.source,
        info=info,
        pages=pages_read,
        amounts=tuple(amounts),
        municipalities=tuple(municipalities),
        dates=tuple(stages.attempt("normalize.dates", lambda found: once_per_document(restated_days(found)),
                                   dates, default=())),
        trainings=tuple(trainings),
        questions=tuple(questions),
        regions=tuple(regions),
    )
    return finish(result, stages, docs)


# The tables a document can lose on its own when its rows do not fit the schema
# (the rows of the extract and normalize stages); documents, pages and redactions
# are checked when the tables are built.
DROPPABLE_TABLES = ("amounts", "municipalities", "dates", "trainings", "regions", "questions")


def finish(result: DocumentResult, stages: Stages, docs: dict[int, Doc]) -> DocumentResult:
    """The result checked against the table schemas, with its errors and its status."""
    result = fit_tables(result, stages)
    errors = stages.errors()
    status = "ok" if not errors else "partial" if docs else "failed"
    info = dataclasses.replace(result.info, status=status)
    return dataclasses.replace(result, info=info, errors=errors)


def fit_tables(result: DocumentResult, stages: Stages) -> DocumentResult:
    """The document's fact rows checked against ``schemas/`` here, in the worker.

    A fact that does not fit its table would otherwise stop the whole run when
    the tables are built; here it costs the document that table's rows (a
    ``tables.<name>`` error) and nothing else. Rows are made as
    ``pipeline.tables.build_tables`` makes them.
    """
    from pipeline.regions import region_columns
    from pipeline.tables import SchemaViolation, record_row, to_table

    for name in DROPPABLE_TABLES:
        rows = [record_row(record) for record in getattr(result, name)]
        if not rows:
            continue
        if name == "municipalities":
            for row in rows:
                row.update(region_columns(row["code"]))
        try:
            to_table(name, rows)
        except SchemaViolation as err:
            stages.failed(f"tables.{name}", err)
            result = dataclasses.replace(result, **{name: ()})
    return result


def as_read(raw: RawPage) -> CleanPage:
    """A page whose cleaning failed: its text as ingest read it, mapped one to one."""
    return CleanPage(number=raw.number, text=raw.text, raw=raw, raw_offsets=tuple(range(len(raw.text) + 1)))


def undescribed(raw: RawDocument, version: str) -> DocumentInfo:
    """The document row when describing the document failed: what ingest knows, nothing guessed."""
    return DocumentInfo(doc_id=raw.doc_id, source=raw.source, doc_type="overig", doc_type_rule=None,
                        doc_date=None, title=None, n_pages=len(raw.pages), ingest=raw.ingest,
                        pipeline_version=version)


def outside(ranges: tuple[tuple[int, int], ...]) -> Callable[[Fact], bool]:
    """A test that a fact lies outside every (start, end) range of its page.

    Used for website boilerplate (``Naar boven``, breadcrumbs, share lines):
    a figure or name there is navigation, not content. The document's own date
    on a ``Gepubliceerd op`` line is kept by the caller.
    """
    return lambda fact: not any(start < fact.char_end and fact.char_start < end for start, end in ranges)


def process_text(text: str, source: str = "text.txt", *, model: str | None = None) -> DocumentResult:
    """Run a string through the pipeline as if it were a one-page .txt file (tests, notebooks)."""
    from pipeline.ingest import raw_document_from_text

    return process_raw(raw_document_from_text(text, source=source), model=model)
