"""The spaCy pipeline that the extractors run in.

``nl_core_news_sm`` is used when it is installed; otherwise (as on our build
machines) ``spacy.blank("nl")`` with a rule-based sentencizer. Every extractor
is a registered spaCy component that writes spans to ``doc.spans[KEY]``; the
keys are constants of the extractor modules. Nothing is loaded at import time:
``build_nlp()`` builds the pipeline once per process.
"""

from __future__ import annotations

from bisect import bisect_right
from functools import lru_cache

import spacy
from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc, Span

from pipeline.records import CleanPage

REDACTIONS = "redactions"
# ``Doc.user_data`` key of the page text, read once (``doc_text``).
TEXT = "kenmerk_text"

# Order matters: amounts link to municipalities found before them, and
# trainings read the amounts/municipalities/dates already on the Doc.
EXTRACTORS = (
    "kenmerk_municipalities",
    "kenmerk_amounts",
    "kenmerk_dates",
    "kenmerk_trainings",
)


@Language.component("kenmerk_paragraph_breaks")
def paragraph_breaks(doc: Doc) -> Doc:
    """A blank line starts a sentence.

    The punctuation-based sentencizer runs a letterhead, an address block or a
    heading into the first sentence after it, which gives inspectors a useless
    context and lets extractors link across blocks. A single line break is
    left alone: in a short or unevenly wrapped text the clean stage may keep
    a line break inside a sentence, before a capitalised name.
    """
    for i in range(1, len(doc)):
        before, token = doc[i - 1], doc[i]
        if before.is_space and "\n\n" in before.text.replace("\r", "") and not token.is_space:
            token.is_sent_start = True
    return doc


def _register_components() -> None:
    # Importing the extractor modules registers their factories with spaCy.
    from pipeline.extract import amounts, dates, municipalities, trainings  # noqa: F401


@lru_cache(maxsize=1)
def build_nlp() -> Language:
    """The kenmerk pipeline: tokenizer, sentences, then the extractors."""
    _register_components()
    try:
        nlp = spacy.load("nl_core_news_sm", exclude=["ner", "lemmatizer"])
    except OSError:
        nlp = spacy.blank("nl")
    if "parser" not in nlp.pipe_names and "senter" not in nlp.pipe_names:
        nlp.add_pipe("sentencizer")
        nlp.add_pipe("kenmerk_paragraph_breaks")
    for name in EXTRACTORS:
        nlp.add_pipe(name)
    return nlp


def doc_text(doc: Doc) -> str:
    """``doc.text``, read once per Doc by ``annotate``: spaCy joins every token on each access."""
    text = doc.user_data.get(TEXT)
    return doc.text if text is None else text


def cache_sentences(doc: Doc) -> None:
    """Read the Doc's sentence boundaries once and answer ``doc.sents`` and ``.sent`` from them.

    Without this, spaCy walks the tokens again for every ``doc.sents`` and
    ``Span.sent``; the extractors and normalizers ask for the sentence of every
    candidate, which made a long page quadratic. The hooks give the same spans
    as spaCy's own code (a span's sentence is that of its first token) and
    hold only integers, so the Doc is not kept alive by a reference cycle.
    """
    if not doc.has_annotation("SENT_START") or len(doc) == 0:
        return
    flags = doc.to_array([SENT_START])
    starts = [0] + [i for i in range(1, len(doc)) if flags[i] == 1]
    ends = starts[1:] + [len(doc)]

    def sents(d: Doc):
        return (d[start:end] for start, end in zip(starts, ends, strict=True))

    def sent(span: Span) -> Span:
        index = bisect_right(starts, span.start) - 1
        return span.doc[starts[index]:ends[index]]

    doc.user_hooks["sents"] = sents
    doc.user_span_hooks["sent"] = sent


def annotate(nlp: Language, page: CleanPage) -> Doc:
    """Run the pipeline over one clean page.

    The clean stage's redaction ranges are put on the Doc before the
    extractors run, so they can report redacted amounts and skip debris.
    Sentence boundaries are read once, before the first extractor
    (``cache_sentences``).
    """
    doc = nlp.make_doc(page.text)
    doc.user_data[TEXT] = doc.text
    doc.spans[REDACTIONS] = [
        span
        for start, end in page.redactions
        if (span := doc.char_span(start, end, label="redaction", alignment_mode="expand")) is not None
    ]
    for name, component in nlp.pipeline:
        if name == EXTRACTORS[0]:
            cache_sentences(doc)
        doc = component(doc)
    return doc


def overlaps_redaction(doc: Doc, span: Span) -> bool:
    return any(r.start < span.end and span.start < r.end for r in doc.spans.get(REDACTIONS, []))
