"""Normalize dates: the extractor's date spans -> ``DateFact`` rows.

``date_facts`` turns the extractor's spans into ``DateFact`` rows with a role:
``document`` (the document's own date), ``sent``/``received`` (``ingezonden
15 september 2017``), ``period`` (ranges, ``vanaf``, ``sinds``, ``tot``) or
``reference``, and ``anchor`` set to the document date where that date
gave the value. Values ``dates.parquet`` cannot hold yet (weeks) are left out.

The values come from the date reader, ``pipeline.dutch.dates``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc, Span

from pipeline.datafiles import load_file
from pipeline.doctext import doc_text
from pipeline.dutch.date_grammar import mail_words
from pipeline.dutch.date_values import DateValue
from pipeline.dutch.dates import parse_date, parse_date_list, parse_span
from pipeline.extract.date_candidates import is_recurring_day, mail_header_label
from pipeline.extract.dates import SPAN_KEY
from pipeline.phrases import phrase_regex
from pipeline.provenance import _has_sentences, provenance, span_provenance
from pipeline.records import CleanPage, DateFact, DocumentInfo
from pipeline.resource_files import DatesRolesFile
from schemas.tables import GRANULARITIES as TABLE_GRANULARITIES
from schemas.tables import TIMEX_VALUE

# --------------------------------------------------------------------------
# Spans -> DateFact rows


@dataclass(frozen=True)
class RoleWords:
    sent: tuple[str, ...]
    received: tuple[str, ...]
    period: tuple[str, ...]
    document_labels: tuple[str, ...]
    fillers: frozenset[str]


@lru_cache(maxsize=1)
def role_words() -> RoleWords:
    """The words that give a date its role, from ``resources/dates/roles.json``."""
    data = load_file(DatesRolesFile)
    low = lambda ws: tuple(sorted((w.lower() for w in ws), key=len, reverse=True))  # noqa: E731
    return RoleWords(
        sent=low(data.sent),
        received=low(data.received),
        period=low(data.period),
        document_labels=low(data.document_labels),
        fillers=frozenset(low(data.fillers)),
    )


def _words_before(span: Span, n: int = 2) -> list[str]:
    """Up to ``n`` words before the span in its sentence, nearest first, skipping ``op``, ``(``."""
    words: list[str] = []
    fillers = role_words().fillers
    sent_start = span.sent.start if _has_sentences(span.doc) else 0
    i = span.start - 1
    while i >= sent_start and len(words) < n:
        tok = span.doc[i]
        if not tok.is_space and tok.lower_ not in fillers:
            words.append(tok.lower_)
        i -= 1
    return words


def _ends_with(text: str, words: tuple[str, ...]) -> bool:
    low = text.lower()
    return any(re.search(rf"(?<![\w/.]){phrase_regex(w, bare=True)}\s*$", low) for w in words)


def _starts_with(text: str, words: tuple[str, ...]) -> bool:
    low = " ".join(text.lower().split())
    return any(low.startswith(w + " ") for w in words)


def _in_margin_date(span: Span, page: CleanPage, labels: tuple[str, ...]) -> bool:
    """Is the span inside the text of a ``Datum`` margin field (the block after the body)?"""
    for label, value in page.margin_fields:
        if label.strip().rstrip(":").lower() not in labels or not value.strip():
            continue
        at = page.text.rfind(value.strip())
        if at >= 0 and at <= span.start_char and span.end_char <= at + len(value.strip()):
            return True
    return False


# How far before a date a 'Datum:' label line is looked for (characters).
LABEL_WINDOW = 400


def _is_document_date(span: Span, page: CleanPage, info: DocumentInfo) -> bool:
    words = role_words()
    if info.doc_date_span is not None:
        pg, start, end = info.doc_date_span
        if pg == page.number and start < span.end_char and span.start_char < end:
            return True
    if _in_margin_date(span, page, words.document_labels):
        return True
    # A 'Datum:' label before it on its line, or alone on the line above with
    # the date opening its own line: margin fields as plain text reads them.
    label = re.compile(
        r"[ \t]*(?:" + "|".join(map(re.escape, words.document_labels)) + r")[ \t]*:?[ \t]*",
        re.IGNORECASE,
    )
    # Only a window of the page before the date is read (page.text is the Doc's text):
    # a label line is short, and reading the whole page for every date is quadratic.
    text, at = page.text, span.start_char
    window_start = max(0, at - LABEL_WINDOW)
    window = text[window_start:at]
    if window_start > 0 and text[window_start - 1] != "\n":
        window = "\x00" + window  # a cut line: never blank, never a label
    *lines, line = window.split("\n")
    if label.fullmatch(line):
        return True
    if line.strip():
        return False
    above = [ln for ln in lines[-3:] if ln.strip()]
    return bool(above) and label.fullmatch(above[-1]) is not None


def in_mail_header(text: str, start: int) -> bool:
    """Does ``start`` stand on the date line of an e-mail header (``Verzonden:``/``Sent:``/``Date:``
    with a ``Van:``/``From:`` line among the three lines above it)? A memo's ``Datum:`` has no
    ``Van:`` right above it as often as it has; the time after an e-mail's date tells them apart."""
    if mail_header_label(text, start) is None:
        return False
    words = mail_words()
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    line = text[line_start: len(text) if line_end < 0 else line_end]
    above = text[:line_start].split("\n")[-5:]
    has_sender = any(words.header(words.sender_labels).match(ln) for ln in above)
    label = mail_header_label(text, start)
    # 'Verzonden'/'Sent' name an e-mail's date; 'Datum'/'Date' also head a memo, whose date has no time.
    timed = re.search(r"\d{1,2}:\d{2}", line) is not None
    return has_sender and (label not in ("datum", "date") or timed)


def date_role(span: Span, page: CleanPage, info: DocumentInfo) -> str:
    """``document``, ``sent``, ``received``, ``period`` or ``reference`` for a date span.

    The date of each header of an e-mail chain is ``sent``, the top message's too: it is
    the chain's own date (``doc_date``) because it was sent then."""
    if in_mail_header(doc_text(span.doc), span.start_char):
        return "sent"
    if _is_document_date(span, page, info):
        return "document"
    words = role_words()
    before = _words_before(span)
    if any(w in words.sent for w in before):
        return "sent"
    if any(w in words.received for w in before):
        return "received"
    if span.label_ in ("range", "school_year") or _starts_with(span.text, words.period):
        return "period"
    # page.text is the Doc's text; Doc.text would rebuild the whole page for every date.
    if _ends_with(page.text[max(0, span.start_char - 30) : span.start_char], words.period):
        return "period"
    return "reference"


def fits_table(value: DateValue) -> bool:
    """Can ``dates.parquet`` hold this value? (Weeks wait for the schema to allow them.)"""
    return (
        value.granularity in TABLE_GRANULARITIES
        and re.fullmatch(TIMEX_VALUE, value.value) is not None
    )


def _fact(prov: dict, value: DateValue, role: str, anchor: str | None) -> DateFact:
    return DateFact(
        **prov,
        value=value.value,
        start=value.start,
        end=value.end,
        granularity=value.granularity,
        modifier=value.modifier,
        role=role,
        anchor=anchor,
    )


def _list_facts(span: Span, page: CleanPage, info: DocumentInfo, anchor: str | None) -> list[DateFact]:
    """One fact per item of a ``date_list`` span, each at its own characters."""
    role = date_role(span, page, info)
    unanchored = [v.value for _, _, v in parse_date_list(span.text, None)]
    facts = []
    for i, (start, end, value) in enumerate(parse_date_list(span.text, anchor)):
        if not fits_table(value):
            continue
        begin, stop = span.start_char + start, span.start_char + end
        prov = provenance(span.doc, page, info.doc_id, "date", begin, stop, span.label_)
        used = anchor if i >= len(unanchored) or unanchored[i] != value.value else None
        facts.append(_fact(prov, value, role, used))
    return facts


# Margin labels whose value is the date of the document a page belongs to.
PAGE_DATE_LABELS = frozenset({"datum", "date"})


def page_anchors(pages: Sequence[CleanPage], doc_date: str | None) -> list[str | None]:
    """The date each page's relative dates are anchored to.

    A PDF often holds several documents (a Woo release, a nota with the nota it
    answers): a later page whose margin carries a date of its own (``Datum
    14 oktober 2024``) starts a document of that date, and its pages and those
    after it take that date as their anchor instead of the first document's.
    """
    anchors: list[str | None] = []
    current = doc_date
    for n, page in enumerate(pages):
        for label, value in page.margin_fields if n else ():
            if label.strip(" :").casefold() in PAGE_DATE_LABELS:
                found = parse_date(" ".join(value.split()[:4]))
                if found is not None and found.granularity == "day":
                    current = found.value
                    break
        anchors.append(current)
    return anchors


def date_facts(doc: Doc, page: CleanPage, info: DocumentInfo,
               anchor: str | None = None) -> list[DateFact]:
    """One ``DateFact`` per date span that has a value, anchored to the document's own date
    (or to ``anchor``, the date of the part of the PDF the page belongs to: ``page_anchors``).

    ``anchor`` is set on the rows whose value came from the anchor date
    (``in november`` in the 2018 annual report), so a reviewer sees why.
    """
    page_anchor = anchor if anchor is not None else info.doc_date
    facts = []
    for span in doc.spans.get(SPAN_KEY, []):
        if span.label_ == "date_list":
            facts += _list_facts(span, page, info, page_anchor)
            continue
        anchor = page_anchor
        if span.label_ == "day_month" and is_recurring_day(span.doc.text, span.start_char, span.end_char):
            anchor = None  # '1 januari van het jaar voorafgaande': a day of every year
        value = parse_span(span.text, span.label_, anchor)
        if value is None or not fits_table(value):
            # 'vorig jaar' in a document without a date: nothing to write down
            continue
        alone = parse_span(span.text, span.label_, None)
        used = page_anchor if alone is None or alone.value != value.value else None
        prov = span_provenance(span, page, info.doc_id, "date")
        facts.append(_fact(prov, value, date_role(span, page, info), used))
    return facts


# The longest line a running header has ('Cijfers tot en met zondag 27 februari 2022').
RUNNING_HEADER_MAX_CHARS = 100


def is_header_line(context: str) -> bool:
    """Is a fact's context a short line rather than a sentence: no longer than a running header,
    and not closed by a full stop, question or exclamation mark?"""
    folded = " ".join(context.split())
    return len(folded) <= RUNNING_HEADER_MAX_CHARS and folded[-1:] not in ".!?"


def once_per_document(facts: list[DateFact]) -> list[DateFact]:
    """Drop the repeats of a running header: a date the margin or a ``Datum`` label prints again on
    every later page (``Datum 22 juni 2022``) counts once, where it first stands, and so does a date
    in a short header line printed again word for word on a later page (``Cijfers tot en met
    zondag 27 februari 2022``). A date the running text names again on a later page, in a
    sentence, is a new mention."""
    first_page: dict[tuple[str, ...], int] = {}
    out = []
    for fact in facts:
        text = " ".join(fact.text.split())
        keys = []
        if fact.role == "document":
            keys.append((fact.value, text))
        context = " ".join(fact.context.split())
        # A date alone on its line is as often an entry of a list of dates as a header.
        if context != text and is_header_line(context):
            keys.append((fact.value, text, context))
        if any(first_page.setdefault(key, fact.page) != fact.page for key in keys):
            continue
        out.append(fact)
    return out
