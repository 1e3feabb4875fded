"""The page text of a Doc, read once: ``doc.text`` joins every token on each access.

``pipeline.nlp.annotate`` stores the text under ``TEXT`` in ``doc.user_data``
before any component runs; the extractors, the link rules and the
normalizers read it with ``doc_text``. Below the stages, so none of them
imports the pipeline that runs them for it.
"""

from __future__ import annotations

from spacy.tokens import Doc

# ``Doc.user_data`` key of the page text, read once (``doc_text``).
TEXT = "kenmerk_text"


def doc_text(doc: Doc) -> str:
    """``doc.text``, read once per Doc by ``annotate``: spaCy joins every token on each access."""
    text = doc.user_data.get(TEXT)
    return doc.text if text is None else text
