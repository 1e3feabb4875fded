"""Sentence lookups in constant time per fact, so long pages stay linear.

spaCy's ``Span.sent`` (and ``Token.sent``) first asks
``doc.has_annotation("SENT_START")``, which walks every token, and then walks
token by token to the sentence's ends: asked once per fact, that is
quadratic in a page with many facts (``2016 2016 2016 ...`` over 200 KB). The
``kenmerk_sentence_index`` component, run after the sentence boundaries are
set and before the extractors, reads the boundaries once and installs a
``sent`` span hook that finds a span's sentence by bisection, and a ``sents``
hook that walks the same boundaries (spaCy's own ``doc.sents`` checks every
token again on each call). The results are the spans spaCy would return; the
hooks hold only integers, so the Doc is not kept alive by a reference cycle.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator

from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc, Span


@Language.component("kenmerk_sentence_index", requires=["token.is_sent_start"])
def sentence_index(doc: Doc) -> Doc:
    """Install the ``sent`` and ``sents`` hooks on ``doc`` (nothing when it has no sentence boundaries)."""
    if len(doc) == 0 or not doc.has_annotation("SENT_START"):
        return doc
    flags = doc.to_array([SENT_START])
    starts = [0] + [i for i, flag in enumerate(flags.tolist()) if flag == 1 and i > 0]
    length = len(doc)
    ends = starts[1:] + [length]

    def sents(d: Doc) -> Iterator[Span]:
        return (d[start:end] for start, end in zip(starts, ends, strict=True))

    def sent(span: Span) -> Span:
        k = bisect_right(starts, span.start)
        return span.doc[starts[k - 1]:ends[k - 1]]

    doc.user_hooks["sents"] = sents
    doc.user_span_hooks["sent"] = sent
    doc.user_data["kenmerk_has_sentences"] = True
    return doc
