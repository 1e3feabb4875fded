"""A province's letter on a municipality's budget: a third party's document about its money.

Each year Gedeputeerde Staten write every college how they judge its budget and which form of
oversight follows (``U valt daarom in 2025 onder repressief toezicht``). Such a letter speaks of
the addressee's money alone: its budget's saldo, over the years of its meerjarenraming too, its
reserves and the algemene uitkering it expects. An amount of it that names no other municipality
is the addressee's, as a rekenkamer's report gives its figures to the municipality it is on
(``pipeline.link.audit``), also where the sentence names no ``uw`` (``In de meerjarenraming loopt
het structurele saldo terug tot -/- € 312.000``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.datafiles import load_file
from pipeline.link.mentions import LinkInput
from pipeline.phrases import alternation
from pipeline.resource_files import AmountsLinkingFile

# How far before an amount its sentence is read for another municipality.
_SENTENCE_CHARS = 300
_SENTENCE_END = re.compile(r"[.!?;](?=\s)|\n\s*\n")


@lru_cache(maxsize=1)
def _oversight() -> re.Pattern:
    data = load_file(AmountsLinkingFile)
    return re.compile(r"(?<![\w])" + alternation(data.oversight_words) + r"(?![\w])", re.IGNORECASE)


def oversight_letter(text: str) -> bool:
    """Whether the letter names the oversight of a budget (``vorm van toezicht``,
    ``repressief toezicht``, ``financieel toezicht``)."""
    return _oversight().search(text) is not None


@lru_cache(maxsize=1)
def _limit() -> re.Pattern:
    data = load_file(AmountsLinkingFile)
    return re.compile(r"(?<![\w])" + alternation(data.limit_phrases) + r"\s*$", re.IGNORECASE)


def addressees_budget(links: LinkInput, start: int, addressee: str) -> bool:
    """In an oversight letter, whether the amount at ``start`` is the addressee's: no other
    municipality stands in its sentence before it, and it is no limit the supervisor sets
    (``begrotingswijzigingen met een bedrag van meer dan € 100.000 behoeven onze goedkeuring``)."""
    lo = max(0, start - _SENTENCE_CHARS)
    ends = list(_SENTENCE_END.finditer(links.text, lo, start))
    lo = ends[-1].end() if ends else lo
    figure = re.search(r"[€\d]", links.text[start:start + 40])
    if _limit().search(links.text[lo:start + (figure.start() if figure else 0)]):
        return False
    return not any(lo <= m.start < start and m.code != addressee for m in links.mentions)
