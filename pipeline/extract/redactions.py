"""The redactions on a Doc: the span group ``nlp.annotate`` fills before the extractors run.

The clean stage records where redaction debris was (``CleanPage.redactions``);
``pipeline.nlp.annotate`` puts those ranges on the Doc under ``REDACTIONS``,
and every extractor reads them from there so that debris is reported as a
redaction and never read as a word or number. The key lives here, below the
extractors and the pipeline that runs them, so neither imports the other back.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

REDACTIONS = "redactions"


def overlaps_redaction(doc: Doc, span: Span) -> bool:
    """Whether ``span`` shares a token with a redaction of ``doc``."""
    return any(r.start < span.end and span.start < r.end for r in doc.spans.get(REDACTIONS, []))
