"""Normalize dates: the extractor's date spans -> ``DateFact`` rows.

``date_facts`` turns the extractor's spans into ``DateFact`` rows with a role:
``document`` (the document's own date), ``sent``/``received`` (``ingezonden
15 september 2017``), ``period`` (ranges, ``vanaf``, ``sinds``, ``tot``) or
``reference``, and ``anchor`` set to the document date where that date
gave the value. Values ``dates.parquet`` cannot hold yet (weeks) are left out.

The values come from the date reader, ``pipeline.dutch.dates``.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from spacy.tokens import Doc, Span

from pipeline.datafiles import load_file
from pipeline.doctext import doc_text
from pipeline.dutch.date_grammar import date_words, mail_words
from pipeline.dutch.date_values import DateValue
from pipeline.dutch.dates import parse_date, parse_date_list, parse_span
from pipeline.extract.date_candidates import is_recurring_day, mail_header_label
from pipeline.extract.dates import SPAN_KEY
from pipeline.phrases import alternation, phrase_regex
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


def in_reply_line(text: str, start: int, end: int) -> bool:
    """Does the date at ``text[start:end]`` stand on the line a reply quotes its message under
    (``Op vr 26 sep 2025 om 15:12 schreef Bram Mulder <b.mulder@zwolle.nl>:``, ``On Fri, Sep 26,
    2025 at 3:12 PM Bram wrote:``)? That message's date is when it was sent."""
    words = mail_words()
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    head = text[line_start:start].lstrip(" \t>").lower()
    tail = text[end : len(text) if line_end < 0 else line_end].rstrip().lower()
    return (any(head.startswith(w + " ") for w in words.reply_openers) and tail.endswith(":")
            and any(re.search(rf"\b{re.escape(v)}\b", tail) for v in words.reply_verbs))


def date_role(span: Span, page: CleanPage, info: DocumentInfo) -> str:
    """``document``, ``sent``, ``received``, ``period`` or ``reference`` for a date span.

    The date of each header of an e-mail chain is ``sent``, the top message's too: it is
    the chain's own date (``doc_date``) because it was sent then."""
    text = doc_text(span.doc)
    if in_mail_header(text, span.start_char) or in_reply_line(text, span.start_char, span.end_char):
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
    if is_recurring_day(span.doc.text, span.start_char, span.end_char):
        anchor = None  # 'De vaste momenten zijn 1 januari en 1 augustus': days of every year
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


# Rules whose value takes its year from an anchor when the text gives none ('30 november',
# 'in de zomer', 'in Q4'); the relative ones ('jl.', 'a.s.', 'vorig jaar') count from the
# document's own date and keep it.
YEARLESS_RULES = frozenset({
    "day_month", "day_month_numeric", "month", "season", "season_anchored", "quarter_code",
    "quarter", "half_year", "week", "period_modifier_month",
})
# A year after these words is the period a text is about ('de cijfers over 2022'), not the
# time of what the sentence tells.
ABOUT_WORDS = ("over",)


def _alone_on_line(span: Span) -> bool:
    text = doc_text(span.doc)
    start = text.rfind("\n", 0, span.start_char) + 1
    end = text.find("\n", span.end_char)
    line = text[start : len(text) if end < 0 else end]
    return line.strip(" \t.,;:()") == span.text.strip(" \t.,;:()")


def sentence_year(span: Span, spans: Sequence[Span]) -> str | None:
    """The one year the other dates of the span's sentence name ('In het voorjaar van 2023
    startte de campagne; in de zomer volgden ...', 'vanaf week 49 2020 (30 november)'), else None.

    A day, month or season without a year in such a sentence, when the year is before the
    document's, happens in that year: the sentence tells of that year, and the document's own
    date is a guess of a later reader. A later year is a plan or a target (``de middelen vanaf
    2027 verdelen we in september``): the day is still the document's year's."""
    if not _has_sentences(span.doc) or _alone_on_line(span):
        return None
    sent = span.sent
    alone = parse_span(span.text, span.label_, None)
    # 'in november 2017 en in november': the same month named again is another one.
    own = alone.value[4:] if alone is not None else None
    years: set[int] = set()
    # The spans are in text order: only those of the sentence are read (a long page stays linear).
    first = bisect.bisect_left(spans, sent.start, key=lambda s: s.start)
    for other in spans[first:]:
        if other.start >= sent.end:
            break
        if other.end > sent.end or other == span or _alone_on_line(other):
            continue  # a date alone on its line is a cell of a column or a heading, no sentence
        value = parse_span(other.text, other.label_, None)
        if value is None or not value.value[:4].isdigit() or value.start is None or value.end is None:
            continue
        if _ends_with(doc_text(span.doc)[max(0, other.start_char - 12) : other.start_char], ABOUT_WORDS):
            continue
        if value.value[4:] == own:
            return None
        years |= {value.start.year, value.end.year}
    return str(years.pop()) if len(years) == 1 else None


def told_as_past(span: Span, anchor: str) -> bool:
    """Is a day without a year that falls after the anchor's day in its year told as past by the
    verb right after it (``Op 20 december heeft de Raad van State geadviseerd`` in a nota of 14
    oktober)? What has happened by the document's date happened in the year before. A day before
    the anchor's, or told in the present (``Op 20 december wordt het besproken``), keeps its year."""
    told = parse_span(span.text, span.label_, anchor)
    if told is None or told.start is None or len(anchor) < 10 or told.value <= anchor:
        return False
    verbs = alternation(date_words().past_auxiliaries, bare=True, lower=True)
    after = doc_text(span.doc)[span.end_char : span.end_char + 12].lower()
    return re.match(rf"[ \t]+{verbs}(?![\w])", after) is not None


def date_facts(doc: Doc, page: CleanPage, info: DocumentInfo,
               anchor: str | None = None) -> list[DateFact]:
    """One ``DateFact`` per date span that has a value, anchored to the document's own date
    (or to ``anchor``, the date of the part of the PDF the page belongs to: ``page_anchors``).

    ``anchor`` is set on the rows whose value came from the anchor date
    (``in november`` in the 2018 annual report), so a reviewer sees why.
    """
    page_anchor = anchor if anchor is not None else info.doc_date
    facts = []
    spans = list(doc.spans.get(SPAN_KEY, []))
    for span in spans:
        if span.label_ == "date_list":
            facts += _list_facts(span, page, info, page_anchor)
            continue
        anchor = page_anchor
        if span.label_ == "day_month" and is_recurring_day(span.doc.text, span.start_char, span.end_char):
            anchor = None  # '1 januari van het jaar voorafgaande': a day of every year
        elif anchor is not None and span.label_ in YEARLESS_RULES:
            year = sentence_year(span, spans)
            if year is not None and year < anchor[:4]:
                anchor = year
            elif span.label_ == "day_month" and told_as_past(span, anchor):
                anchor = f"{int(anchor[:4]) - 1}{anchor[4:]}"
        value = parse_span(span.text, span.label_, anchor)
        if value is None or not fits_table(value):
            # 'vorig jaar' in a document without a date: nothing to write down
            continue
        alone = parse_span(span.text, span.label_, None)
        used = anchor if alone is None or alone.value != value.value else None
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


@lru_cache(maxsize=1)
def page_number() -> re.Pattern[str]:
    """A page number of a running header or footer (``pagina 3``, ``blz. 12``, ``3 van 14``)."""
    return re.compile(load_file(DatesRolesFile).page_number, re.IGNORECASE)


def in_page_footer(fact: DateFact) -> bool:
    """Does the fact stand in a short line with a page number (``Jaarplan 2024 - pagina 3``,
    ``Besluitenlijst 15 oktober 2024 | pagina 1``)? Such a line is printed on every page."""
    context = " ".join(fact.context.split())
    return context != " ".join(fact.text.split()) and is_header_line(context) and (
        page_number().search(context) is not None)


def after_date_label(fact: DateFact) -> bool:
    """Does a ``Datum`` label stand right before the fact in its context (``Bijlage 2 ... Datum
    29 maart 2023 Onze referentie``)? On a later page such a date heads a page or an enclosure
    again; the document's own date it repeats counts once."""
    label = date_label()
    # The pattern with the fact's text is new for nearly every date, so compiled each time:
    # it is built only for the few contexts that hold a label at all.
    if label.search(fact.context) is None:
        return False
    return re.search(label.pattern + re.escape(fact.text), fact.context, re.IGNORECASE) is not None


@lru_cache(maxsize=1)
def date_label() -> re.Pattern[str]:
    """A ``Datum`` label and what may stand between it and its date (``after_date_label``)."""
    labels = "|".join(re.escape(w) for w in role_words().document_labels)
    return re.compile(rf"(?<![\w])(?:{labels})[ \t]*:?\s*", re.IGNORECASE)


def once_per_document(facts: list[DateFact]) -> list[DateFact]:
    """Drop the repeats of a running header: a date the margin or a ``Datum`` label prints again on
    every later page (``Datum 22 juni 2022``) counts once, where it first stands, and so does a date
    in a short header line printed again word for word on a later page (``Cijfers tot en met
    zondag 27 februari 2022``). A date the running text names again on a later page, in a
    sentence, is a new mention. A date after a ``Datum`` label on a later page that repeats the
    document's own date (an enclosure dated the day of its letter) counts once as well. A header
    or footer with a page number repeats a date the document gives elsewhere (``Jaarplan 2024 -
    pagina 3``): it counts only where it is the only place of that date."""
    footers = [in_page_footer(f) for f in facts]
    elsewhere = {f.value for f, footer in zip(facts, footers, strict=True) if not footer}
    first_page: dict[tuple[str, ...], int] = {}
    out = []
    for fact, footer in zip(facts, footers, strict=True):
        if footer and fact.value in elsewhere:
            continue
        text = " ".join(fact.text.split())
        keys = []
        if fact.role == "document":
            keys.append((fact.value, text))
        if fact.role == "document" or after_date_label(fact):
            keys.append((fact.value, "date label"))
        context = " ".join(fact.context.split())
        # A date alone on its line is as often an entry of a list of dates as a header.
        if context != text and is_header_line(context):
            keys.append((fact.value, text, context))
        if footer:
            keys.append((fact.value, text, "page footer"))  # its page number changes
        if any(first_page.setdefault(key, fact.page) != fact.page for key in keys):
            continue
        out.append(fact)
    return out


# Rules whose day is counted from the document's date ('30 september jl.', '2 mei a.s.').
COUNTED_DAY_RULES = frozenset({"relative_day"})


def restated_days(facts: list[DateFact]) -> list[DateFact]:
    """A day counted from the document's date (``brief van 30 september jl.``) that the document
    prints elsewhere with its year (``brief van 30 september 2024``) takes that year: both name
    the same day, and the printed year is surer than a count from a document date that may be
    mistyped or belong to another part of the PDF. Only a year next to the counted one is taken,
    and only when the document prints that day in one year alone; else the count stands."""
    printed: dict[str, set[str]] = {}
    for fact in facts:
        if fact.anchor is None and fact.granularity == "day" and fact.value[:4].isdigit():
            printed.setdefault(fact.value[4:], set()).add(fact.value[:4])
    out = []
    for fact in facts:
        years = printed.get(fact.value[4:], set())
        if (fact.rule in COUNTED_DAY_RULES and fact.anchor is not None and fact.granularity == "day"
                and fact.value[:4].isdigit() and len(years) == 1):
            year = next(iter(years))
            if year != fact.value[:4] and abs(int(year) - int(fact.value[:4])) == 1:
                value = parse_date(year + fact.value[4:])
                if value is not None:
                    fact = replace(fact, value=value.value, start=value.start, end=value.end, anchor=None)
        out.append(fact)
    return out
