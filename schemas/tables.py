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

from pipeline.dutch.words import QUALIFIERS as WORD_QUALIFIERS

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

QUALIFIERS = list(WORD_QUALIFIERS)
DOC_TYPES = ["brief", "nieuws", "kamervragen", "jaarverslag", "overig"]
DOC_KINDS = [
    "email", "woo_besluit", "nota", "verslag", "besluitenlijst", "lijst_ingekomen_stukken", "inventarislijst",
    "raadsvoorstel", "motie", "begroting", "jaarrekening", "jaarverslag", "factsheet", "eu_fiche", "nieuwsbericht",
    "persbericht", "kamerbrief", "raadsinformatiebrief", "brief", "kamervragen", "rapport", "overig",
]
INGEST_METHODS = ["text", "pdf", "ocr"]
PAGE_METHODS = [*INGEST_METHODS, "pdf+ocr"]
METHOD_REASONS = ["text_file", "scan_image", "text_layer", "no_text_layer", "blank_page",
                  "damaged_page", "garbled_text_layer", "garbled_text_layer_kept",
                  "garbled_text_layer_ocr_failed", "image_regions", "image_regions_failed",
                  "damaged_page_text", "unreadable_page", "page_too_large"]
REDACTION_SEEN_AS = ["box", "code_text", "both"]
LAWS = ["woo", "wob"]
MUNICIPALITY_ROLES = ["recipient", "applicant", "co_applicant", "address", "mentioned"]
DATE_ROLES = ["document", "sent", "received", "reference", "period"]
GRANULARITIES = ["day", "week", "month", "quarter", "half_year", "season", "year", "range", "schoolyear"]
MODIFIERS = ["START", "MID", "END"]
VERDICTS_ALLOWED = ["confirmed", "rejected", "corrected"]
FACT_KINDS = ["amounts", "municipalities", "dates", "trainings"]
REGION_KINDS = ["province", "veiligheidsregio", "ggd_region"]
DOCUMENT_STATUSES = ["ok", "partial", "failed"]


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


def _review() -> list[pa.Field]:
    """The columns every fact table ends with: an inspector's verdict, joined from verdicts.parquet."""
    return [
        col("verdict", pa.string(), "An inspector's verdict on the fact (kenmerk verify or the review page), joined from verdicts.parquet; null when not reviewed.", allowed=VERDICTS_ALLOWED),
        col("corrected_value", pa.string(), "The value the inspector gave instead, for verdict = corrected."),
        col("verdict_note", pa.string(), "The inspector's note with the verdict."),
    ]


DOCUMENTS = pa.schema([
    _doc_id(),
    col("source", pa.string(), "The input path as given on the command line.", nullable=False),
    col("duplicate_sources", pa.list_(pa.string()), "Other input files with exactly the same bytes; the document was read once, under source."),
    col("doc_type", pa.string(), "Kind of document.", nullable=False, allowed=DOC_TYPES),
    col("doc_type_rule", pa.string(), "The rule that decided doc_type."),
    col("doc_kind", pa.string(), "Finer kind of document, as an archive names it; each kind implies one doc_type (budgets, annual accounts and plans are jaarverslag; Woo decisions, notas, Kamerbrieven and memos to a council are brief; e-mail chains, minutes, decision lists and council proposals are overig).", nullable=False, allowed=DOC_KINDS),
    col("doc_kind_rule", pa.string(), "The rule that decided doc_kind (email_header, kind_title, kind_marker, kind_memo_to_council, kind_tables, or type_<doc_type_rule> when the kind follows from doc_type)."),
    col("doc_date", pa.string(), "The document's own date, ISO at the precision known (2016-01-28, 2018); null when the document does not say.", pattern=ISO_DOC_DATE),
    col("doc_date_rule", pa.string(), "The rule that found doc_date (margin_datum, place_date_line, kamervragen_ontvangen, report_year_question, news_dateline, ...)."),
    col("title", pa.string(), "Subject line of a letter, headline of news, opening sentence of Kamervragen, chapter heading of a report."),
    col("n_pages", pa.int32(), "Number of pages.", nullable=False),
    col("ingest", pa.string(), "How the text was read: text file, PDF text layer, or OCR (when any page needed OCR).", nullable=False, allowed=INGEST_METHODS),
    col("status", pa.string(), "ok: every stage worked; partial: a stage or component failed (errors.parquet names it) and the document keeps the facts of the stages that worked; failed: the file was read but no stage after it worked, so the document has no facts.", nullable=False, allowed=DOCUMENT_STATUSES),
    col("language", pa.string(), "ISO 639-1 code of the document's language, when detected."),
    col("sender", pa.string(), "Sender of a letter: the organisation or post, else the person."),
    col("sender_person", pa.string(), "The person who signed the letter."),
    col("addressee", pa.string(), "Addressee of a letter: the organisation or post, else the person."),
    col("addressee_person", pa.string(), "The person the letter is addressed to."),
    col("reference", pa.string(), "The letter's reference ('Ons kenmerk')."),
    col("pipeline_version", pa.string(), "kenmerk version plus a hash of its rules and gazetteer data, and +model.NAME-VERSION when a spaCy model was named with --model (else the pipeline is spacy.blank('nl') with kenmerk's components): same version and input give the same tables.", nullable=False),
])

PAGES = pa.schema([
    _doc_id(),
    col("page", pa.int32(), "Page number, from 1.", nullable=False),
    col("text", pa.string(), "The cleaned page text that every fact offset points into.", nullable=False),
    col("method", pa.string(), "How this page was read: text file, PDF text layer, OCR, or the text layer plus OCR of pictures of text on the page (pdf+ocr).", nullable=False, allowed=PAGE_METHODS),
    col("method_reason", pa.string(), "Why the page was read so: text_layer (usable text layer), no_text_layer (OCR'd), garbled_text_layer (the layer decoded to nonsense, OCR'd instead; _kept when OCR read no better, _ocr_failed when OCR failed), image_regions (pictures of text OCR'd as well; _failed when that failed and the text layer alone was kept), blank_page, damaged_page (pdfminer could not parse it, OCR'd), damaged_page_text (pdfminer could not parse it, its text layer read by pdfium), unreadable_page (neither pdfminer nor pdfium could load it: an empty page, listed as broken_pdf in errors.parquet), page_too_large (too large to render for OCR: an empty page, listed in errors.parquet), scan_image (an image file), text_file.", nullable=False, allowed=METHOD_REASONS),
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
    col("layout_notes", pa.list_(pa.string()), "What the layout fell back on for this page: table_read_as_lines (rows that looked like a table but would not line up into columns, read as lines), scan_downscaled (a very large scan reduced before OCR), scan_cleaned (an OCR page that read into no words or almost none, read again from a cleaned image: a 3x3 median filter and a contrast stretch; faded print with dark specks), scan_fields_reread (a first page of a scan whose date field, a margin column or a Datum/Verzonden label with its value, read without a complete date, was read a second time on its own, twice as large, and the second reading, holding a complete date, replaced the first in that field)."),
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
    col("row_label", pa.string(), "For a figure read from a table: the label of its row (the row's first cell, e.g. the municipality or budget line; in a balance set side by side, the label of its half)."),
    col("column_label", pa.string(), "For a figure read from a table: the header of its column (e.g. Begroting 2026, Bedrag), null when the table has no header."),
    col("municipality_code", pa.string(), "CBS code of the municipality the amount belongs to, where the text says so.", pattern=CBS_CODE),
    col("municipality_name", pa.string(), "Official name of that municipality."),
    col("link_rule", pa.string(), "Which cue in the text tied the amount to the municipality.", allowed=["name_then_amount", "amount_then_name", "receives", "receives_inverted", "receives_verb_last", "received_in_relative", "received_by_the_subject", "granted_to", "reserved_for", "payment_to", "paid_out_to", "request_of", "asked_of", "contributes", "on_behalf", "distributed", "respectively", "separable_verb", "second_object", "restated", "granted_of_which", "received_after_but", "pointed_back_to", "gapped", "granted_conjunct", "listed_after_colon", "table_row", "same_row", "recipient_field", "addressee", "own_receipt", "received_row", "column_header", "possessive", "part_of_total", "pays_verb_last", "named_next", "audited", "brought_in", "paid_to_another", "received_from", "comes_from", "pays_inverted", "granted_perfect", "brought_in_clause", "headline", "means_for", "needs", "has_balance", "part_of_which", "court_costs", "fronted_amount", "levied", "penalty", "goes_from"]),
    col("purpose", pa.string(), "What the money is for, where the sentence names it."),
    *_review(),
])

MUNICIPALITIES = pa.schema([
    *_provenance("municipality mention"),
    col("code", pa.string(), "CBS municipality code (GM + 4 digits) of the municipality as it was at the document's date.", nullable=False, pattern=CBS_CODE),
    col("name", pa.string(), "Official municipality name (CBS spelling, e.g. 's-Gravenhage for Den Haag).", nullable=False),
    col("province", pa.string(), "Province of the municipality (CBS spelling)."),
    col("role", pa.string(), "Role in the document: receives money, applies, co-applies, postal address, or only mentioned.", nullable=False, allowed=MUNICIPALITY_ROLES),
    col("merged_into", pa.string(), "For a municipality that no longer existed at the document's date: the code it merged into.", pattern=CBS_CODE),
    col("via_place", pa.string(), "The woonplaats as written (e.g. Nijverdal, Hoensbroek) when the municipality was found through a place that is not itself a municipality; null for a direct mention of the municipality."),
    col("province_code", pa.string(), "CBS code of the municipality's province (PV20 Groningen .. PV31 Limburg); for a municipality that no longer exists, its province at the time.", pattern=r"PV\d{2}"),
    col("veiligheidsregio_code", pa.string(), "CBS code of the municipality's veiligheidsregio (VR01..VR25), where kenmerk's checked data has it (see pipeline/resources/regions/SOURCES.md); null otherwise.", pattern=r"VR\d{2}"),
    col("ggd_region_code", pa.string(), "CBS code of the municipality's GGD region, where kenmerk's checked data has it (none yet, see pipeline/resources/regions/SOURCES.md); null otherwise.", pattern=r"GG\d{4}"),
    *_review(),
])

REGIONS = pa.schema([
    *_provenance("region mention"),
    col("code", pa.string(), "CBS code of the region: PV.. for a province, VR.. for a veiligheidsregio, GG.... for a GGD region; null where kenmerk has no checked code (GGD regions).", pattern=r"(PV\d{2}|VR\d{2}|GG\d{4})"),
    col("name", pa.string(), "Name of the region (CBS spelling: Fryslân, Noord-Brabant, Gelderland-Midden).", nullable=False),
    col("kind", pa.string(), "What kind of region.", nullable=False, allowed=REGION_KINDS),
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
    *_review(),
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
    *_review(),
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

REDACTIONS = pa.schema([
    _doc_id(),
    col("page", pa.int32(), "Page number, from 1.", nullable=False),
    col("box", pa.int32(), "Number of the redaction on its page, from 1 in text order.", nullable=False),
    col("char_start", pa.int32(), "Offset in pages.text of the redaction mark (or of the code when no box was found).", nullable=False),
    col("char_end", pa.int32(), "Offset just past the mark and the code beside it.", nullable=False),
    col("code", pa.string(), "The legal ground as printed, canonical (5.1.2e, 5.1.1c, 5.2, 5.2.1, 10.2e, 11.1); null when none could be read.", pattern=r"(5\.1\.[12][a-i]|5\.1\.5|5\.2(\.1)?|10\.[12][a-g]|11\.1)"),
    col("ground", pa.string(), "Short meaning of the code from the law's text (eerbiediging van de persoonlijke levenssfeer, ...)."),
    col("law", pa.string(), "The law the code is an article of: Woo (Wet open overheid) or Wob (Wet openbaarheid van bestuur).", allowed=LAWS),
    col("seen_as", pa.string(), "What was found: a black or grey box, the code text alone, or both.", nullable=False, allowed=REDACTION_SEEN_AS),
    col("x0", pa.float64(), "Left edge of the box (or code) on the page, in PDF points."),
    col("top", pa.float64(), "Top edge, PDF points from the top of the page."),
    col("x1", pa.float64(), "Right edge, PDF points."),
    col("bottom", pa.float64(), "Bottom edge, PDF points from the top of the page."),
])

ERRORS = pa.schema([
    col("source", pa.string(), "The input path as given.", nullable=False),
    col("doc_id", pa.string(), "Document id, when the file could be read.", pattern=DOC_ID),
    col("stage", pa.string(), "Stage that failed: discover (finding and hashing the files), ingest (reading one), clean, nlp, extract, normalize (the stages after reading, each failing on its own: the document keeps what the others found), process (the stages after reading, as a whole), worker (timeout or crash of the worker process), tables.", nullable=False),
    col("component", pa.string(), "The part of the stage that failed, as stage.part: clean.page, nlp.tokenizer, extract.trainings, extract.document, normalize.amounts, tables.amounts, ...; null when the stage as a whole failed.", pattern=r"[a-z]+\.[a-z0-9_]+"),
    col("error", pa.string(), "Short error code (see README, 'Errors').", nullable=False),
    col("message", pa.string(), "What went wrong, in a sentence.", nullable=False),
    col("time", pa.timestamp("ms", tz="UTC"), "When the error was recorded.", nullable=False),
])

VERDICTS = pa.schema([
    col("fact_id", pa.string(), "The fact the verdict is about (fact_id of amounts, municipalities, dates or trainings); one row per fact.", nullable=False, pattern=r"[0-9a-f]{16}"),
    col("verdict", pa.string(), "What the inspector decided.", nullable=False, allowed=VERDICTS_ALLOWED),
    col("corrected_value", pa.string(), "The right value as the inspector wrote it (for an amount: 950000, 950.000,00 or 7,5 miljoen), for verdict = corrected."),
    col("note", pa.string(), "The inspector's note."),
    col("by", pa.string(), "Who gave the verdict.", nullable=False),
    col("time", pa.timestamp("ms", tz="UTC"), "When the verdict was given.", nullable=False),
    col("kind", pa.string(), "The table the fact was in when the verdict was given.", allowed=FACT_KINDS),
    col("doc_id", pa.string(), "The fact's document when the verdict was given.", pattern=DOC_ID),
    col("text", pa.string(), "The fact's text when the verdict was given, so a verdict whose fact is gone (orphaned) still says what it was about."),
])

SCHEMAS: dict[str, pa.Schema] = {
    "documents": DOCUMENTS,
    "pages": PAGES,
    "amounts": AMOUNTS,
    "municipalities": MUNICIPALITIES,
    "dates": DATES,
    "trainings": TRAININGS,
    "questions": QUESTIONS,
    "regions": REGIONS,
    "redactions": REDACTIONS,
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
    "regions": "One row per mention of a province, veiligheidsregio or GGD region, with its CBS code.",
    "redactions": "One row per redaction (blacked- or greyed-out box, or the legal ground printed for one), with its Woo/Wob ground.",
    "errors": "One row per document (or part) that could not be processed, with the reason.",
    "verdicts": "One row per fact an inspector checked: confirmed, rejected or corrected. Written by kenmerk verify, never by a run: it survives every run (--fresh too).",
}

# Tables a run never writes, replaces or removes: the inspectors' own.
KEPT_SCHEMAS: dict[str, pa.Schema] = {"verdicts": VERDICTS}
ALL_SCHEMAS: dict[str, pa.Schema] = {**SCHEMAS, **KEPT_SCHEMAS}
