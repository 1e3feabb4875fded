"""Extract amounts: a spaCy component writing spans to ``doc.spans[SPAN_KEY]``.

PLACEHOLDER (foundation scaffold): finds nothing yet.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

SPAN_KEY = "amounts"


@Language.factory("kenmerk_amounts")
def make_component(nlp: Language, name: str):
    return _Component()


class _Component:
    def __call__(self, doc: Doc) -> Doc:
        doc.spans[SPAN_KEY] = []
        return doc
