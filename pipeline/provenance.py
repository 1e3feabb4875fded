"""Provenance of a fact: where it is on the page, the sentence around it, and its id.

Every normalizer builds its ``*Fact`` records from ``provenance(...)``, so the
offset invariant (``page.text[char_start:char_end] == text``), the context
and the fact id are computed the same way for every table.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from pipeline.doctext import doc_text
from pipeline.records import CleanPage, make_fact_id

# A sentence longer than this (OCR text without full stops) is cut to a window
# around the fact, so the context column stays readable.
MAX_CONTEXT_CHARS = 400


def _has_sentences(doc: Doc) -> bool:
    """Whether the Doc has sentence boundaries; asked once per Doc (it walks every token)."""
    key = "kenmerk_has_sentences"
    if key not in doc.user_data:
        doc.user_data[key] = doc.has_annotation("SENT_START")
    return doc.user_data[key]


def context_of(doc: Doc, start: int, end: int, text: str | None = None) -> str:
    """The sentence(s) around characters [start, end) of the Doc, whitespace folded.

    ``text`` is the Doc's text when the caller has it: ``Doc.text`` rebuilds the
    whole string on every read, which is quadratic over a long page's facts.
    """
    span = doc.char_span(start, end, alignment_mode="expand")
    text = doc_text(doc) if text is None else text
    if span is not None and _has_sentences(doc):
        first, last = span[0].sent, span[-1].sent
        ctx_start, ctx_end = first.start_char, last.end_char
    else:
        ctx_start, ctx_end = start, end
    if ctx_end - ctx_start > MAX_CONTEXT_CHARS:
        half = (MAX_CONTEXT_CHARS - (end - start)) // 2
        ctx_start = max(ctx_start, start - max(half, 0))
        ctx_end = min(ctx_end, end + max(half, 0))
    return " ".join(text[ctx_start:ctx_end].split())


def provenance(
    doc: Doc,
    page: CleanPage,
    doc_id: str,
    kind: str,
    start: int,
    end: int,
    rule: str,
    key: str = "",
) -> dict:
    """The ``Fact`` fields for characters [start, end) of a page, as keyword arguments."""
    box = page.bbox(start, end)
    return {
        "doc_id": doc_id,
        "fact_id": make_fact_id(doc_id, kind, page.number, start, end, key),
        "text": page.text[start:end],
        "page": page.number,
        "char_start": start,
        "char_end": end,
        "context": context_of(doc, start, end, page.text),
        "rule": rule,
        "x0": box.x0 if box else None,
        "top": box.top if box else None,
        "x1": box.x1 if box else None,
        "bottom": box.bottom if box else None,
    }


def span_provenance(
    span: Span, page: CleanPage, doc_id: str, kind: str, rule: str | None = None, key: str = ""
) -> dict:
    """``provenance`` for a spaCy span; the rule defaults to the span's label."""
    return provenance(
        span.doc, page, doc_id, kind, span.start_char, span.end_char, rule or span.label_, key
    )
