"""The spaCy pipeline that the extractors run in.

``nl_core_news_sm`` is used when it is installed; otherwise (as on our build
machines) ``spacy.blank("nl")`` with a rule-based sentencizer. Every extractor
is a registered spaCy component that writes spans to ``doc.spans[KEY]``; the
keys are constants of the extractor modules. Nothing is loaded at import time:
``build_nlp()`` builds the pipeline once per process.
"""

from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc, Span

from pipeline.long_runs import linear_tokenizer
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
    # Setting Token.is_sent_start checks the whole Doc each time (quadratic on a
    # page of many blank lines): the boundaries are set through the array at once.
    starts = [i for i in range(1, len(doc))
              if doc[i - 1].is_space and "\n\n" in doc[i - 1].text.replace("\r", "")
              and not doc[i].is_space]
    if starts:
        flags = doc.to_array([SENT_START])
        flags[starts] = 1
        doc.from_array([SENT_START], flags)
    return doc


def _register_components() -> None:
    # Importing the extractor modules registers their factories with spaCy.
    from pipeline import sentences  # noqa: F401
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
    nlp.add_pipe("kenmerk_sentence_index")
    for name in EXTRACTORS:
        nlp.add_pipe(name)
    # After the components, which add special cases to spaCy's tokenizer.
    linear_tokenizer(nlp)  # long runs without spaces; pages over 1,000,000 characters
    return nlp


def doc_text(doc: Doc) -> str:
    """``doc.text``, read once per Doc by ``annotate``: spaCy joins every token on each access."""
    text = doc.user_data.get(TEXT)
    return doc.text if text is None else text


def annotate(nlp: Language, page: CleanPage, carried: dict | None = None) -> Doc:
    """Run the pipeline over one clean page.

    The clean stage's redaction ranges are put on the Doc before the
    extractors run, so they can report redacted amounts and skip debris.
    ``carried`` goes to ``doc.user_data``: what the previous page left for this
    one (the table it ends with, see ``pipeline.extract.amount_tables``).
    """
    doc = nlp.make_doc(page.text)
    doc.user_data.update(carried or {})
    # spaCy's tokenizer keeps every character, so the Doc's text is the page's text;
    # ``Doc.text`` would join all the tokens again.
    doc.user_data[TEXT] = page.text
    doc.spans[REDACTIONS] = [
        span
        for start, end in page.redactions
        if (span := doc.char_span(start, end, label="redaction", alignment_mode="expand")) is not None
    ]
    for _, component in nlp.pipeline:
        doc = component(doc)
    return doc


def overlaps_redaction(doc: Doc, span: Span) -> bool:
    return any(r.start < span.end and span.start < r.end for r in doc.spans.get(REDACTIONS, []))
