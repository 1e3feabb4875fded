"""Column definitions of every output table.

A column is declared with ``col(name, type, description, ...)``; its
constraints travel in the field metadata so that the validator in
``pipeline.tables`` and the data dictionary read the same definition:

- ``nullable=False``: the column may not hold nulls;
- ``allowed``: the closed vocabulary of the column;
- ``pattern``: a regular expression every non-null value must match in full.
"""

from __future__ import annotations

import json

import pyarrow as pa

CBS_CODE = r"GM\d{4}"
DOC_ID = r"[0-9a-f]{16}"
# TIMEX3-style value of reduced precision; XXXX for a year the text does not give.
TIMEX_VALUE = (
    r"(\d{4}|XXXX)(-(\d{2}|W\d{2}|Q[1-4]|H[12]|SP|SU|FA|WI)(-\d{2})?)?"
    r"(/(\d{4}|XXXX)(-(\d{2}|W\d{2}|Q[1-4]|H[12]|SP|SU|FA|WI)(-\d{2})?)?)?"
)
ISO_DOC_DATE = r"\d{4}(-\d{2}(-\d{2})?)?"

# A [start, end) range of characters in pages.text.
CHAR_RANGE = pa.struct([pa.field("start", pa.int32(), nullable=False), pa.field("end", pa.int32(), nullable=False)])

QUALIFIERS = ["exact", "more_than", "at_least", "at_most", "approx"]
DOC_TYPES = ["brief", "nieuws", "kamervragen", "jaarverslag", "overig"]
INGEST_METHODS = ["text", "pdf", "ocr"]
MUNICIPALITY_ROLES = ["recipient", "applicant", "co_applicant", "address", "mentioned"]
DATE_ROLES = ["document", "sent", "received", "reference", "period"]
GRANULARITIES = ["day", "week", "month", "quarter", "half_year", "season", "year", "range", "schoolyear"]
MODIFIERS = ["START", "MID", "END"]


def col(
    name: str,
    type_: pa.DataType,
    description: str,
    *,
    nullable: bool = True,
    allowed: list[str] | None = None,
    pattern: str | None = None,
) -> pa.Field:
    metadata = {"description": description}
    if allowed is not None:
        metadata["allowed"] = json.dumps(allowed)
    if pattern is not None:
        metadata["pattern"] = pattern
    return pa.field(name, type_, nullable=nullable, metadata=metadata)


def column_doc(field: pa.Field) -> dict[str, object]:
    """A column's definition as plain values: name, type, nullable, description, allowed, pattern."""
    meta = {k.decode(): v.decode() for k, v in (field.metadata or {}).items()}
    return {
        "name": field.name,
        "type": str(field.type),
        "nullable": field.nullable,
        "description": meta.get("description", ""),
        "allowed": json.loads(meta["allowed"]) if "allowed" in meta else None,
        "pattern": meta.get("pattern"),
    }


def _doc_id() -> pa.Field:
    return col("doc_id", pa.string(), "Document id: first 16 hex digits of the SHA-256 of the file's bytes; joins every table to documents.", nullable=False, pattern=DOC_ID)


def _provenance(kind: str) -> list[pa.Field]:
    """The columns every fact table starts with: where the fact is and why it was found."""
    return [
        _doc_id(),
        col("fact_id", pa.string(), f"Stable id of this {kind}: the same on every run over the same document (hash of document, page and character offsets).", nullable=False, pattern=r"[0-9a-f]{16}"),
        col("text", pa.string(), "The exact characters in the page text: pages.text[char_start:char_end].", nullable=False),
        col("page", pa.int32(), "Page number, from 1 (a .txt file is one page).", nullable=False),
        col("char_start", pa.int32(), "Offset of the first character in pages.text of that page.", nullable=False),
        col("char_end", pa.int32(), "Offset just past the last character in pages.text of that page.", nullable=False),
        col("context", pa.string(), "The sentence around the fact, whitespace folded.", nullable=False),
        col("rule", pa.string(), "Name of the rule or pattern that produced the fact.", nullable=False),
        col("x0", pa.float64(), "Left edge of the fact on the PDF page, in PDF points (null for text input)."),
        col("top", pa.float64(), "Top edge, PDF points from the top of the page (null for text input)."),
        col("x1", pa.float64(), "Right edge, PDF points (null for text input)."),
        col("bottom", pa.float64(), "Bottom edge, PDF points from the top of the page (null for text input)."),
    ]


DOCUMENTS = pa.schema([
    _doc_id(),
    col("source", pa.string(), "The input path as given on the command line.", nullable=False),
    col("duplicate_sources", pa.list_(pa.string()), "Other input files with exactly the same bytes; the document was read once, under source."),
    col("doc_type", pa.string(), "Kind of document.", nullable=False, allowed=DOC_TYPES),
    col("doc_type_rule", pa.string(), "The rule that decided doc_type."),
    col("doc_date", pa.string(), "The document's own date, ISO at the precision known (2016-01-28, 2018); null when the document does not say.", pattern=ISO_DOC_DATE),
    col("doc_date_rule", pa.string(), "The rule that found doc_date (margin_datum, place_date_line, kamervragen_ontvangen, report_year_question, news_dateline, ...)."),
    col("title", pa.string(), "Subject line of a letter, headline of news, opening sentence of Kamervragen, chapter heading of a report."),
    col("n_pages", pa.int32(), "Number of pages.", nullable=False),
    col("ingest", pa.string(), "How the text was read: text file, PDF text layer, or OCR (when any page needed OCR).", nullable=False, allowed=INGEST_METHODS),
    col("language", pa.string(), "ISO 639-1 code of the document's language, when detected."),
    col("sender", pa.string(), "Sender of a letter: the organisation or post, else the person."),
    col("sender_person", pa.string(), "The person who signed the letter."),
    col("addressee", pa.string(), "Addressee of a letter: the organisation or post, else the person."),
    col("addressee_person", pa.string(), "The person the letter is addressed to."),
    col("reference", pa.string(), "The letter's reference ('Ons kenmerk')."),
    col("pipeline_version", pa.string(), "kenmerk version plus a hash of its rules and gazetteer data: same version and input give the same tables.", nullable=False),
])

PAGES = pa.schema([
    _doc_id(),
    col("page", pa.int32(), "Page number, from 1.", nullable=False),
    col("text", pa.string(), "The cleaned page text that every fact offset points into.", nullable=False),
    col("method", pa.string(), "How this page was read.", nullable=False, allowed=INGEST_METHODS),
    col("ocr_confidence", pa.float64(), "Tesseract's mean word confidence (0-100) for OCR pages, else null."),
    col("quality", pa.float64(), "Share of dictionary-like tokens on the page (0-1), a measure of text quality."),
    col("width", pa.float64(), "Page width in PDF points (null for text input)."),
    col("height", pa.float64(), "Page height in PDF points (null for text input)."),
    col("furniture", pa.list_(pa.string()), "Repeated headers, footers and page numbers kept out of the text."),
    col("margin_fields", pa.map_(pa.string(), pa.string()), "Letter margin labels and their values found on the page (Datum, Ons kenmerk, Pagina, ...)."),
    col("n_redactions", pa.int32(), "Number of redaction marks (blacked-out text, OCR debris) recognised on the page.", nullable=False),
    col("redactions", pa.list_(CHAR_RANGE), "Character ranges [start, end) of text recognised as redactions; extractors never read words or numbers into them."),
    col("garbage_lines", pa.list_(CHAR_RANGE), "Character ranges [start, end) of lines that look like OCR noise: kept in the text, flagged here."),
    col("n_tables", pa.int32(), "Tables of figures rebuilt from the word boxes on this page; their rows are tab-separated lines of the text.", nullable=False),
    col("layout_notes", pa.list_(pa.string()), "What the layout fell back on for this page: table_read_as_lines (rows that looked like a table but would not line up into columns, read as lines), scan_downscaled (a very large scan reduced before OCR)."),
])

AMOUNTS = pa.schema([
    *_provenance("amount"),
    col("value_eur", pa.decimal128(18, 2), "The amount in euro; the lower bound of a range; null when redacted."),
    col("value_eur_max", pa.decimal128(18, 2), "Upper bound when the text gives a range (tussen € 10.000 en € 20.000), else null."),
    col("redacted", pa.bool_(), "True when the figure was blacked out before publication; value_eur is then null.", nullable=False),
    col("qualifier", pa.string(), "How the figure is qualified: ruim/meer dan -> more_than, minimaal -> at_least, maximaal/tot -> at_most, circa/ongeveer -> approx.", allowed=QUALIFIERS),
    col("per", pa.string(), "The unit the amount is per (dag, jaar, persoon, ...), null for a plain amount."),
    col("currency", pa.string(), "ISO 4217 currency of the figure as written; value_eur is only filled for EUR, never converted.", nullable=False, pattern=r"[A-Z]{3}"),
    col("value_in_currency", pa.decimal128(18, 2), "The figure as written, in currency; value_eur stays null for other currencies (never converted)."),
    col("is_total", pa.bool_(), "True when the text presents the amount as a total (in totaal, totaalbudget) or it stands in a table's total or subtotal row.", nullable=False),
    col("row_label", pa.string(), "For a figure read from a table: the label of its row (the row's first cell, e.g. the municipality or budget line)."),
    col("column_label", pa.string(), "For a figure read from a table: the header of its column (e.g. Begroting 2026, Bedrag), null when the table has no header."),
    col("municipality_code", pa.string(), "CBS code of the municipality the amount belongs to, where the text says so.", pattern=CBS_CODE),
    col("municipality_name", pa.string(), "Official name of that municipality."),
    col("link_rule", pa.string(), "Which cue in the text tied the amount to the municipality.", allowed=["name_then_amount", "amount_then_name", "receives", "receives_inverted", "receives_verb_last", "granted_to", "payment_to", "contributes", "on_behalf", "distributed", "separable_verb", "second_object", "gapped", "table_row"]),
    col("purpose", pa.string(), "What the money is for, where the sentence names it."),
])

MUNICIPALITIES = pa.schema([
    *_provenance("municipality mention"),
    col("code", pa.string(), "CBS municipality code (GM + 4 digits) of the municipality as it was at the document's date.", nullable=False, pattern=CBS_CODE),
    col("name", pa.string(), "Official municipality name (CBS spelling, e.g. 's-Gravenhage for Den Haag).", nullable=False),
    col("province", pa.string(), "Province of the municipality (CBS spelling)."),
    col("role", pa.string(), "Role in the document: receives money, applies, co-applies, postal address, or only mentioned.", nullable=False, allowed=MUNICIPALITY_ROLES),
    col("merged_into", pa.string(), "For a municipality that no longer existed at the document's date: the code it merged into.", pattern=CBS_CODE),
])

DATES = pa.schema([
    *_provenance("date"),
    col("value", pa.string(), "TIMEX3-style ISO value of reduced precision: 2017-09-15, 2015-09, 2016, 2016-Q1, 2016-FA; XXXX for a year the document does not give.", nullable=False, pattern=TIMEX_VALUE),
    col("start", pa.date32(), "First day of the interval the date covers; null when the year is unknown."),
    col("end", pa.date32(), "Last day of the interval the date covers; null when the year is unknown."),
    col("granularity", pa.string(), "Precision of value.", nullable=False, allowed=GRANULARITIES),
    col("modifier", pa.string(), "Part of the period: begin -> START, medio -> MID, eind -> END.", allowed=MODIFIERS),
    col("role", pa.string(), "What the date is in the document: its own date, sent, received, a referenced date, or a period of activity.", nullable=False, allowed=DATE_ROLES),
    col("anchor", pa.string(), "The document date a relative date was resolved against (27 februari jl. in a letter of 2015-03-10 -> 2015-03-10); null when the text itself gives the value.", pattern=TIMEX_VALUE),
])

TRAININGS = pa.schema([
    *_provenance("training"),
    col("name", pa.string(), "Name of the training: a quoted title or a kind (basistraining, themadag)."),
    col("provider", pa.string(), "Who gives the training, abbreviations expanded."),
    col("duration_days", pa.float64(), "Length in days (eendaagse -> 1, dagdeel -> 0.5)."),
    col("participants", pa.int64(), "Number of participants, where given."),
    col("qualifier", pa.string(), "How the participant count is qualified.", allowed=QUALIFIERS),
    col("audience", pa.string(), "Who the training is for (eerstelijnswerkers, docenten, professionals, ...)."),
    col("municipality_code", pa.string(), "CBS code of the municipality the training or its participants belong to.", pattern=CBS_CODE),
    col("year", pa.string(), "Year or period of the training when stated (TIMEX value)."),
])

QUESTIONS = pa.schema([
    _doc_id(),
    col("fact_id", pa.string(), "Stable id of the question.", nullable=False, pattern=r"[0-9a-f]{16}"),
    col("number", pa.int32(), "Question number as printed (Vraag 3 -> 3).", nullable=False),
    col("question", pa.string(), "Text of the question, footnote markers removed.", nullable=False),
    col("answer", pa.string(), "Text of the answer; null when the document holds none."),
    col("answer_shared", pa.bool_(), "True when one answer covers several questions (Antwoord 2, 3 en 4).", nullable=False),
    col("member", pa.string(), "Member of parliament who asked."),
    col("party", pa.string(), "The member's party."),
    col("addressed_to", pa.string(), "The minister(s) or state secretary(ies) the questions were addressed to."),
    col("answered_by", pa.string(), "Who answered."),
    col("submitted", pa.string(), "Date the questions were submitted (ingezonden), ISO.", pattern=ISO_DOC_DATE),
    col("received", pa.string(), "Date the answers were received (ontvangen), ISO.", pattern=ISO_DOC_DATE),
    col("footnotes", pa.list_(pa.string()), "Footnote markers split off the question and answer text."),
    col("page", pa.int32(), "Page on which the question starts.", nullable=False),
    col("question_start", pa.int32(), "Offset of the question text in pages.text of that page."),
    col("question_end", pa.int32(), "End offset of the question text."),
    col("answer_page", pa.int32(), "Page on which the answer starts."),
    col("answer_start", pa.int32(), "Offset of the answer text in pages.text of answer_page."),
    col("answer_end", pa.int32(), "End offset of the answer text."),
])

ERRORS = pa.schema([
    col("source", pa.string(), "The input path as given.", nullable=False),
    col("doc_id", pa.string(), "Document id, when the file could be read.", pattern=DOC_ID),
    col("stage", pa.string(), "Stage that failed: discover (finding and hashing the files), ingest (reading one), process (the stages after reading), worker (timeout or crash of the worker process), tables.", nullable=False),
    col("error", pa.string(), "Short error code (see README, 'Errors').", nullable=False),
    col("message", pa.string(), "What went wrong, in a sentence.", nullable=False),
    col("time", pa.timestamp("ms", tz="UTC"), "When the error was recorded.", nullable=False),
])

SCHEMAS: dict[str, pa.Schema] = {
    "documents": DOCUMENTS,
    "pages": PAGES,
    "amounts": AMOUNTS,
    "municipalities": MUNICIPALITIES,
    "dates": DATES,
    "trainings": TRAININGS,
    "questions": QUESTIONS,
    "errors": ERRORS,
}

TABLE_DESCRIPTIONS: dict[str, str] = {
    "documents": "One row per document: type, title, own date, how it was read.",
    "pages": "One row per page: the cleaned text that all fact offsets point into.",
    "amounts": "One row per euro amount (or redacted amount) in the text.",
    "municipalities": "One row per mention of a Dutch municipality, with its CBS code.",
    "dates": "One row per date or period in the text, normalized to ISO/TIMEX3.",
    "trainings": "One row per training, course or themed day mentioned, with participants and duration.",
    "questions": "One row per parliamentary question (Kamervragen), with its answer joined.",
    "errors": "One row per document (or part) that could not be processed, with the reason.",
}
