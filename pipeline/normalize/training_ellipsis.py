"""Elliptic counts: ``In 2017 waren dat er 132`` -> a row of the training counted before it.

``pipeline.extract.training_context`` marks the number (label
``elliptic_count``) only where its paragraph names a training before it. This
module gives it a row of its own: the name, provider, duration, audience and
municipality of the last training row before it in the paragraph, with the
new count and the year of its own sentence (``In 2016 volgden 120 mensen de
training ‘Signaleren’. In 2017 waren dat er 132.`` -> Signaleren/120/2016 and
Signaleren/132/2017).
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from pipeline.doctext import doc_text
from pipeline.dutch.dates import parse_date
from pipeline.extract.dates import SPAN_KEY as DATES_KEY
from pipeline.extract.training_context import count_of
from pipeline.extract.training_mentions import ELLIPTIC, paragraphs, segment_units, unit_index
from pipeline.extract.trainings import SPAN_KEY
from pipeline.provenance import provenance
from pipeline.records import CleanPage, DocumentInfo, TrainingFact


def unit_year(doc: Doc, units: list[tuple[int, int]], char: int, doc_date: str | None) -> str | None:
    """The one year (TIMEX value) the unit of ``char`` names, or None."""
    idx = unit_index(units, char)
    if idx is None:
        return None
    start, end = units[idx]
    values = set()
    for span in doc.spans.get(DATES_KEY, []):
        if start <= span.start_char < end:
            value = parse_date(span.text, doc_date)
            if value is not None and not value.value.startswith("XXXX"):
                values.add(value.value)
    return next(iter(values)) if len(values) == 1 else None


def elliptic_facts(
    doc: Doc, page: CleanPage, info: DocumentInfo, facts: list[TrainingFact]
) -> list[TrainingFact]:
    """One row per elliptic count, copying the training last counted or named in its paragraph."""
    spans = [s for s in doc.spans.get(SPAN_KEY, []) if s.label_ == ELLIPTIC]
    if not spans:
        return []
    text = doc_text(doc)
    blocks = paragraphs(text)
    units = segment_units(doc)
    out: list[TrainingFact] = []
    for span in spans:
        count = count_of(span.text)
        block = next(((s, e) for s, e in blocks if s <= span.start_char < e), None)
        if count is None or block is None:
            continue
        earlier = sorted(
            (f for f in facts + out if block[0] <= f.char_start < span.start_char and f.name),
            key=lambda f: f.char_start,
        )
        if not earlier:
            continue
        prov = provenance(doc, page, info.doc_id, "training", span.start_char, span.end_char, ELLIPTIC)
        out.append(
            replace(
                earlier[-1],
                **prov,
                participants=count[0],
                qualifier=count[1],
                year=unit_year(doc, units, span.start_char, info.doc_date),
            )
        )
    return out
