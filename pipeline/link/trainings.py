"""Link trainings to municipalities: a training belongs to the one municipality its sentence names.

``pipeline.normalize.trainings`` builds rows from the parts of a sentence (a
unit, see ``pipeline.extract.training_mentions``); a row takes the municipality of
that unit when the unit names exactly one (``In Almere volgden 40 docenten de
basistraining``), and none when it names several, as the count may be
shared. A table cell's municipality is that of its row, found by the
extractor (``kb_id_`` of the cell).
"""

from __future__ import annotations

from spacy.tokens import Doc

from pipeline.extract.municipalities import SPAN_KEY as MUNICIPALITIES_KEY


def unit_municipality(doc: Doc, start: int, end: int) -> str | None:
    """The CBS code of the one municipality named in ``doc.text[start:end]``, else None."""
    codes = {
        s.kb_id_ for s in doc.spans.get(MUNICIPALITIES_KEY, []) if start <= s.start_char < end and s.kb_id_
    }
    return next(iter(codes)) if len(codes) == 1 else None
