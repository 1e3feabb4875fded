"""The municipality that writes a memo to its own council under its name alone (``gemeente Zwolle`` over
``Raadsmemo`` / ``Aan de gemeenteraad`` / ``Van het college van burgemeester en wethouders``).

The head of such a letter names no addressee's municipality: the council it goes to is the writer's
own (ANNOTATING.md: a letter of the college to its own council is a raadsinformatiebrief), so the
municipality its first line names is the writer, as a running head ``Gemeente X | ...`` names it
(``pipeline.link.parties.document_municipality``).
"""

from __future__ import annotations

import re

from pipeline.records import DocumentInfo

# The council addressed without a place: 'Gemeenteraad', 'de leden van de raad'.
_OWN_COUNCIL = re.compile(r"(?:aan\s+)?(?:de\s+)?(?:leden\s+van\s+de\s+)?(?:gemeente)?raad", re.IGNORECASE)
# The first line: the municipality's name alone, or with its postal address after it on the letterhead's line
# ('gemeente Deventer | Postbus 5000 | 7400 GC Deventer').
_NAME_ALONE = re.compile(r"[ \t]*gemeente[ \t]+(?P<name>[A-Z][^|\n\t]{1,40}?)[ \t]*"
                         r"(?:[|\t,][ \t]*Postbus[ \t]+\d[^\n]*)?", re.IGNORECASE)


def council_letter_writer(info: DocumentInfo, first_line: str) -> str | None:
    """The name the first line gives alone, in a raadsinformatiebrief addressed to a council without a place."""
    if info.doc_kind != "raadsinformatiebrief" or not info.addressee:
        return None
    if _OWN_COUNCIL.fullmatch(info.addressee.strip()) is None:
        return None
    found = _NAME_ALONE.fullmatch(first_line)
    return found["name"] if found is not None else None


def nota_writer(info: DocumentInfo, first_line: str) -> str | None:
    """The name the first line gives alone over a college's nota (``Gemeente Den Haag`` over ``Collegenota``): an
    internal paper to its own college, written by the municipality its letterhead names, as a running head
    ``Gemeente X | B&W-advies`` names it."""
    if info.doc_kind != "nota" or info.addressee:
        return None
    found = _NAME_ALONE.fullmatch(first_line)
    return found["name"] if found is not None else None
