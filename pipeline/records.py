"""The small typed records that pass from one stage to the next.

ingest -> ``RawDocument`` (pages of raw text, with word boxes for PDFs)
clean  -> ``CleanPage`` (the text every offset points into, with a map back to raw)
extract/normalize -> ``DocumentInfo`` and the ``*Fact`` records
tables -> one parquet row per record (see ``schemas/``)

All records are frozen: a stage never edits what an earlier stage produced.
They hold only plain values, so a ``DocumentResult`` can be pickled back from
a worker process.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal


@dataclass(frozen=True, slots=True)
class BBox:
    """A box on a PDF page in PDF points, origin top-left (pdfplumber's convention)."""

    x0: float
    top: float
    x1: float
    bottom: float

    @staticmethod
    def union(boxes: list[BBox]) -> BBox | None:
        if not boxes:
            return None
        return BBox(
            x0=min(b.x0 for b in boxes),
            top=min(b.top for b in boxes),
            x1=max(b.x1 for b in boxes),
            bottom=max(b.bottom for b in boxes),
        )


@dataclass(frozen=True, slots=True)
class Word:
    """One word on a page, with where its characters sit in ``RawPage.text``."""

    text: str
    char_start: int
    char_end: int
    bbox: BBox


@dataclass(frozen=True)
class RawPage:
    """One page as ingest read it, before any cleaning.

    ``method`` says how the text was obtained: ``text`` (a plain-text file),
    ``pdf`` (the PDF's text layer), ``ocr`` (tesseract) or ``pdf+ocr`` (the
    text layer plus OCR of pictures of text on the page); ``method_reason``
    says why (``text_layer``, ``no_text_layer``, ``garbled_text_layer``,
    ``image_regions``, ...; the allowed values are in ``schemas/tables.py``).
    ``words`` is empty for plain text; for PDFs and OCR every word has a box,
    so any character range of ``text`` can be drawn on the page.
    ``furniture`` holds repeated headers/footers and page numbers that were
    kept out of ``text``; ``margin_fields`` holds letter margin labels and
    their values (``("Datum", "28 januari 2016")``), also kept out of ``text``.
    """

    number: int
    text: str
    method: str
    width: float | None = None
    height: float | None = None
    words: tuple[Word, ...] = ()
    ocr_confidence: float | None = None
    furniture: tuple[str, ...] = ()
    margin_fields: tuple[tuple[str, str], ...] = ()
    # Tables of figures rebuilt from the word boxes (written as tab-separated
    # rows), and what the layout fell back on (``table_read_as_lines``).
    n_tables: int = 0
    layout_notes: tuple[str, ...] = ()
    method_reason: str = ""


@dataclass(frozen=True)
class RawDocument:
    source: str
    doc_id: str
    ingest: str
    pages: tuple[RawPage, ...]


@dataclass(frozen=True)
class Redaction:
    """One redaction on a page with its legal ground: one row of ``redactions.parquet``.

    ``box`` numbers the page's redactions from 1 in text order; ``char_start``/
    ``char_end`` cover the ``█`` mark and the code beside it in the clean
    text. ``seen_as`` is ``box`` (a box without a readable code), ``code_text``
    (a code without a box found, e.g. a white-out) or ``both``.
    """

    page: int
    box: int
    char_start: int
    char_end: int
    seen_as: str
    code: str | None = None
    ground: str | None = None
    law: str | None = None
    x0: float | None = None
    top: float | None = None
    x1: float | None = None
    bottom: float | None = None


@dataclass(frozen=True)
class CleanPage:
    """A page after cleaning: the text that all fact offsets point into.

    ``raw_offsets[i]`` is the offset in ``raw.text`` of clean character ``i``
    (len(raw_offsets) == len(text) + 1, the last entry maps the end).
    ``redactions`` are (start, end) ranges of ``text`` recognised as redaction
    debris (``g®e``, ``5.1.2e``, black boxes): the extractors report them and
    never read numbers or words into them.
    ``garbage_lines`` are (start, end) ranges of lines that look like OCR noise;
    they stay in the text but are flagged.
    ``quality`` is the share of dictionary-like tokens on the page (0..1).
    """

    number: int
    text: str
    raw: RawPage
    raw_offsets: tuple[int, ...]
    redactions: tuple[tuple[int, int], ...] = ()
    garbage_lines: tuple[tuple[int, int], ...] = ()
    quality: float | None = None
    # Letter margin labels and values (``("Datum", "28 januari 2016")``) found
    # on this page; their text stands in a block after the body text.
    margin_fields: tuple[tuple[str, str], ...] = ()
    # Each redaction with its legal ground (``pipeline.clean.grounds``).
    redaction_grounds: tuple[Redaction, ...] = ()

    @classmethod
    def from_text(cls, text: str, number: int = 1) -> CleanPage:
        """A page whose clean text is exactly ``text`` (tests, already clean input)."""
        raw = RawPage(number=number, text=text, method="text")
        return cls(number=number, text=text, raw=raw, raw_offsets=tuple(range(len(text) + 1)))

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        """Map a clean character range to the raw character range it came from."""
        raw_start = self.raw_offsets[start]
        raw_end = self.raw_offsets[end - 1] + 1 if end > start else raw_start
        return raw_start, raw_end

    def bbox(self, start: int, end: int) -> BBox | None:
        """The box on the page covering clean characters [start, end), if known."""
        if not self.raw.words:
            return None
        raw_start, raw_end = self.raw_span(start, end)
        boxes = [
            w.bbox for w in self.raw.words if w.char_start < raw_end and w.char_end > raw_start
        ]
        return BBox.union(boxes)


@dataclass(frozen=True, kw_only=True)
class Fact:
    """What every extracted fact carries: where it is and why it was found.

    ``text == page_text[char_start:char_end]`` always holds for the cleaned
    text of ``page``. ``rule`` names the pattern that fired; ``context`` is
    the sentence around the fact. The box is in PDF points, None for text input.
    """

    doc_id: str
    fact_id: str
    text: str
    page: int
    char_start: int
    char_end: int
    context: str
    rule: str
    x0: float | None = None
    top: float | None = None
    x1: float | None = None
    bottom: float | None = None


def make_fact_id(doc_id: str, kind: str, page: int, char_start: int, char_end: int, key: str = "") -> str:
    """A fact id that is the same on every run over the same document.

    It depends on where the fact is, not on the rule that found it, so a
    reviewer's verdict survives a renamed rule. ``key`` separates several
    facts read from one span (two table columns on one row).
    """
    raw = f"{doc_id}|{kind}|{page}|{char_start}|{char_end}|{key}"
    return hashlib.sha256(raw.encode("utf-8")).hexdigest()[:16]


@dataclass(frozen=True, kw_only=True)
class AmountFact(Fact):
    value_eur: Decimal | None
    value_eur_max: Decimal | None = None
    redacted: bool = False
    qualifier: str | None = "exact"
    per: str | None = None
    currency: str = "EUR"
    is_total: bool = False
    municipality_code: str | None = None
    municipality_name: str | None = None
    purpose: str | None = None
    # The figure as written in ``currency`` (value_eur stays null for other
    # currencies: never converted), and the rule that linked the municipality.
    value_in_currency: Decimal | None = None
    link_rule: str | None = None
    # A figure read from a table: the labels of its row and column.
    row_label: str | None = None
    column_label: str | None = None


@dataclass(frozen=True, kw_only=True)
class MunicipalityFact(Fact):
    code: str
    name: str
    province: str | None
    role: str = "mentioned"
    merged_into: str | None = None
    # The woonplaats as written ('Nijverdal') when the municipality was reached
    # through it; None for a direct mention of the municipality.
    via_place: str | None = None


@dataclass(frozen=True, kw_only=True)
class DateFact(Fact):
    value: str
    start: date | None = None
    end: date | None = None
    granularity: str = "day"
    modifier: str | None = None
    role: str = "reference"
    # The document date a relative value was resolved against ('27 februari jl.'
    # in a letter of 2015-03-10 -> '2015-03-10'); None when the text alone gives it.
    anchor: str | None = None


@dataclass(frozen=True, kw_only=True)
class TrainingFact(Fact):
    name: str | None = None
    provider: str | None = None
    duration_days: float | None = None
    participants: int | None = None
    qualifier: str | None = None
    audience: str | None = None
    municipality_code: str | None = None
    year: str | None = None


@dataclass(frozen=True, kw_only=True)
class RegionFact(Fact):
    """A province, veiligheidsregio or GGD region named in the text (``code`` None when unchecked)."""

    code: str | None
    name: str
    kind: str


@dataclass(frozen=True)
class DocumentInfo:
    """Metadata of one document, one row of ``documents.parquet``."""

    doc_id: str
    source: str
    doc_type: str
    doc_type_rule: str
    doc_date: str | None
    title: str | None
    n_pages: int
    ingest: str
    language: str | None = None
    sender: str | None = None
    addressee: str | None = None
    reference: str | None = None
    pipeline_version: str = ""
    # Where the document's own date stands: (page, char_start, char_end), so the
    # dates table can give that row ``role = document``.
    doc_date_span: tuple[int, int, int] | None = None
    # The rule that found doc_date (margin_datum, place_date_line, kamervragen_ontvangen, ...).
    doc_date_rule: str | None = None
    # Letters: the person who signed and the person addressed, when named
    # (``sender``/``addressee`` hold the organisation or post, else the person).
    sender_person: str | None = None
    addressee_person: str | None = None
    # The finer kind of document (email, woo_besluit, verslag, begroting, ...; see
    # pipeline.extract.doc_kind) and the rule that decided it.
    doc_kind: str = "overig"
    doc_kind_rule: str | None = None
    # ok: every stage worked; partial: some stage failed and the document keeps
    # what the others found (errors.parquet names the stage); failed: nothing
    # after reading the file worked, so the document has no facts.
    status: str = "ok"


@dataclass(frozen=True)
class QuestionRecord:
    """One parliamentary question with its answer joined: one row of ``questions.parquet``.

    Offsets point into the clean text of a page: ``question_start``/``question_end``
    into ``page``, ``answer_start``/``answer_end`` into ``answer_page``. A question
    or answer that runs on to a later page ends, in offsets, at the end of the
    page where it starts; its text holds all of it.
    """

    doc_id: str
    fact_id: str
    number: int
    question: str
    answer: str | None
    answer_shared: bool
    member: str | None
    party: str | None
    addressed_to: str | None
    answered_by: str | None
    submitted: str | None
    received: str | None
    footnotes: tuple[str, ...]
    page: int
    question_start: int
    question_end: int
    answer_page: int | None = None
    answer_start: int | None = None
    answer_end: int | None = None


def utc_now() -> datetime:
    """Now, in UTC, to the second: when a failure was recorded or a run finished."""
    return datetime.now(UTC).replace(microsecond=0)


@dataclass(frozen=True)
class ProcessingError:
    """One row of ``errors.parquet``: a document (or part of one) that failed."""

    source: str
    stage: str
    error: str
    message: str
    doc_id: str | None = None
    # When the failure was recorded (UTC); None means "when the tables were built".
    time: datetime | None = None
    # The part of the stage that failed, as stage.part (extract.trainings,
    # normalize.amounts); None when the stage as a whole failed.
    component: str | None = None


@dataclass(frozen=True)
class DocumentResult:
    """Everything one document produced; the unit a worker process returns."""

    source: str
    info: DocumentInfo | None = None
    pages: tuple[CleanPage, ...] = ()
    amounts: tuple[AmountFact, ...] = ()
    municipalities: tuple[MunicipalityFact, ...] = ()
    dates: tuple[DateFact, ...] = ()
    trainings: tuple[TrainingFact, ...] = ()
    questions: tuple[QuestionRecord, ...] = ()
    regions: tuple[RegionFact, ...] = ()
    errors: tuple[ProcessingError, ...] = ()

    @property
    def ok(self) -> bool:
        return self.info is not None and not self.errors
