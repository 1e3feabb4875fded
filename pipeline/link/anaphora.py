"""``de gemeente`` (``die gemeente``, ``deze gemeente``) without a name: the municipality the text
spoke of last.

``Ook Heerenveen krijgt geld: de gemeente ontvangt € 275.000``, ``... toegezegd aan de gemeente
Meppel. Van het Rijk ontvangt de gemeente circa € 250.000``: a bare ``de gemeente`` refers to
the municipality of the nearest sentence before it that names one, in the same paragraph and
at most ``ANAPHORA_WINDOW`` characters back, when that sentence names only that one. In a
municipality's own document (its sender is the municipality) it is the municipality itself.

``pipeline.normalize.amounts`` asks the link rules again with a mention on each bare ``de
gemeente`` (``with_antecedents``) when they found no municipality named, and keeps the link
only when it is such a mention.
"""

from __future__ import annotations

import re

from pipeline.link.mentions import LinkInput, Mention

ANAPHORA_WINDOW = 400
# 'die gemeente', 'deze gemeente': a demonstrative points back as the article does.
_BARE = re.compile(r"(?<![\w])(?:[Dd]e|[Dd]ie|[Dd]eze)\s+gemeente(?![\w-])")
# Where a sentence or paragraph starts: after a stop and a space, or a blank line.
_SENTENCE_END = re.compile(r"[.!?;:](?=\s)|\n")
_PARAGRAPH_END = re.compile(r"\n[ \t]*\n")


def with_antecedents(links: LinkInput, own: str | None = None) -> tuple[LinkInput, frozenset[Mention]] | None:
    """``links`` with a mention on every bare ``de gemeente`` whose municipality is known, and
    those mentions; None when there is none."""
    added = []
    for m in _BARE.finditer(links.text):
        if any(o.start < m.end() + 3 and m.start() < o.end for o in links.mentions):
            continue  # 'de gemeente Meppel': the name follows
        code = own or _antecedent(links, m.start())
        if code is not None:
            added.append(Mention(m.start(), m.end(), code))
    if not added:
        return None
    mentions = tuple(sorted((*links.mentions, *added), key=lambda o: (o.start, o.end)))
    return LinkInput(links.text, mentions, links.amounts, links.carried_header), frozenset(added)


def _antecedent(links: LinkInput, pos: int) -> str | None:
    """The code of the only municipality the nearest sentence before ``pos`` names."""
    lo = max(0, pos - ANAPHORA_WINDOW)
    paragraphs = list(_PARAGRAPH_END.finditer(links.text, lo, pos))
    if paragraphs:
        lo = paragraphs[-1].end()
    before = [o for o in links.mentions if lo <= o.start and o.end <= pos]
    if not before:
        return None
    nearest = before[-1]
    ends = [e.end() for e in _SENTENCE_END.finditer(links.text, lo, nearest.start)]
    sentence_start = ends[-1] if ends else lo
    codes = {o.code for o in before if o.start >= sentence_start}
    return nearest.code if len(codes) == 1 else None
