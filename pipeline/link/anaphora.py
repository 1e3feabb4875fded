"""``de gemeente`` (``die gemeente``, ``deze gemeente``) without a name: the municipality the text
spoke of last.

``Ook Heerenveen krijgt geld: de gemeente ontvangt € 275.000``, ``... toegezegd aan de gemeente
Meppel. Van het Rijk ontvangt de gemeente circa € 250.000``: a bare ``de gemeente`` refers to
the municipality of the nearest sentence before it that names one, in the same paragraph and
at most ``ANAPHORA_WINDOW`` characters back, when that sentence names only that one. In a
municipality's own document (its sender is the municipality) it is the municipality itself; in a
report about one municipality (an auditor's SiSa annex, its accounts, headed ``... gemeente
Noordoostpolder``) it is that municipality when the paragraph names no other before it (``De
gemeente betaalt het bedrag van € 12.337 terug``).

``pipeline.normalize.amounts`` asks the link rules again with a mention on each bare ``de
gemeente`` (``with_antecedents``) when they found no municipality named, and keeps the link
only when it is such a mention.
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

from pipeline.datafiles import load_file
from pipeline.link.mentions import LinkInput, Mention, is_place
from pipeline.phrases import alternation
from pipeline.resource_files import AmountsLinkingFile

ANAPHORA_WINDOW = 400
# 'die gemeente', 'deze gemeente': a demonstrative points back as the article does.
_BARE = re.compile(r"(?<![\w])(?:[Dd]e|[Dd]ie|[Dd]eze)\s+[Gg]emeente(?![\w-])")
# Where a sentence or paragraph starts: after a stop and a space, or a blank line.
_SENTENCE_END = re.compile(r"[.!?;:](?=\s)|\n")
_PARAGRAPH_END = re.compile(r"\n[ \t]*\n")


# 'Zij' or 'Ze' opening a sentence right after one whose subject is 'De gemeente X': the
# municipality ('De gemeente Olst-Wijhe diende een aanvraag in ... Zij ontvangt € 74.000').
_PRONOUN = re.compile(r"(?:(?<=[.!?] )|(?<=[.!?]\n)|^)(?:Zij|Ze)(?![\w])", re.MULTILINE)
_SUBJECT_GEMEENTE = re.compile(r"\s*(?:[Dd]e\s+)?[Gg]emeente\s+$")


# 'het college' without 'van ...' after it: the college the document is addressed to or rules on.
_COLLEGE = re.compile(r"(?<![\w])[Hh]et\s+college(?![\w-])(?!\s+van(?![\w]))")


def with_antecedents(links: LinkInput, own: str | None = None, subject: str | None = None,
                     college: str | None = None) -> tuple[LinkInput, frozenset[Mention]] | None:
    """``links`` with a mention on every bare ``de gemeente`` whose municipality is known, and
    those mentions; None when there is none. A sentence-initial ``Zij`` counts as well when the
    sentence before opens with ``De gemeente X`` as its subject. ``own`` is the municipality
    whose own document it is, ``subject`` the one a report is about (its head names it). A bare
    ``het college`` is ``college``'s municipality, the one a third party's letter is addressed to or
    a ruling names as a party (``Het college ontving ... een uitkering van € Y``)."""
    added = []
    if college is not None:
        added += [Mention(m.start(), m.end(), college) for m in _COLLEGE.finditer(links.text)]
    defined = _defined(links)
    for m in _BARE.finditer(links.text):
        if any(o.start < m.end() + 3 and m.start() < o.end for o in links.mentions):
            continue  # 'de gemeente Meppel': the name follows
        code = (own or (defined[1] if defined is not None and m.start() > defined[0] else None)
                or _antecedent(links, m.start(), demonstrative=m.group().split()[0].lower() in ("die", "deze")))
        if code is None and subject is not None and not _mentions_before(links, m.start())[1]:
            code = subject
        if code is not None:
            added.append(Mention(m.start(), m.end(), code))
    for m in _PRONOUN.finditer(links.text):
        code = _subject_before(links, m.start())
        if code is not None:
            added.append(Mention(m.start(), m.end(), code))
    if not added:
        return None
    mentions = tuple(sorted((*links.mentions, *added), key=lambda o: (o.start, o.end)))
    return LinkInput(links.text, mentions, links.amounts, links.carried_header), frozenset(added)


# 'de gemeente Meierijstad, zetelend te Veghel, ..., hierna: de gemeente': a contract's parties defined.
_DEFINITION = re.compile(r"(?<![\w])hierna(?:\s+te\s+noemen)?\s*:?\s*[\"'‘“]?\s*de\s+gemeente(?![\w-])(?!\s+[A-Z])",
                         re.IGNORECASE)
# How far back from the definition its municipality may be named, in its own item of the list.
_CLAUSE_BREAK = re.compile(r"[;\n]")
_DEFINITION_WINDOW = 200


def _defined(links: LinkInput) -> tuple[int, str] | None:
    """(where, code): the municipality a contract defines as ``de gemeente`` among its parties
    (``2. de gemeente Meierijstad, zetelend te Veghel, ..., hierna: de gemeente;``); every bare
    ``de gemeente`` after it is that one: the first municipality its item names (not its seat)."""
    m = _DEFINITION.search(links.text)
    if m is None:
        return None
    lo = max(0, m.start() - _DEFINITION_WINDOW)
    lo = max([lo, *(e.end() for e in _CLAUSE_BREAK.finditer(links.text, lo, m.start()))])
    before = [o for o in links.mentions if lo <= o.start and o.end <= m.start()]
    return (m.end(), before[0].code) if before else None


def _mentions_before(links: LinkInput, pos: int) -> tuple[int, list[Mention]]:
    """Where the paragraph of ``pos`` starts (at most ``ANAPHORA_WINDOW`` back), and the
    municipalities it names before ``pos``."""
    lo = max(0, pos - ANAPHORA_WINDOW)
    paragraphs = list(_PARAGRAPH_END.finditer(links.text, lo, pos))
    if paragraphs:
        lo = paragraphs[-1].end()
    first = bisect.bisect_left(links._starts, lo)
    last = bisect.bisect_right(links._starts, pos)
    return lo, [o for o in links.mentions[first:last] if o.end <= pos]


def _antecedent(links: LinkInput, pos: int, demonstrative: bool = False) -> str | None:
    """The code of the only municipality the nearest sentence before ``pos`` names; for ``die
    gemeente`` the one it named last that is no place (``..., Súdwest-Fryslân zes ton voor de kades
    in Sneek. Die gemeente legt ...``: a demonstrative points at the nearest)."""
    lo, before = _mentions_before(links, pos)
    if not before:
        return None
    nearest = before[-1]
    ends = [e.end() for e in _SENTENCE_END.finditer(links.text, lo, nearest.start)]
    sentence_start = ends[-1] if ends else lo
    codes = {o.code for o in before if o.start >= sentence_start}
    if len(codes) == 1:
        # A town named only where something lies ('de havens in Enkhuizen') is compared, not spoken of:
        # 'de gemeente' after it is the one the text is about, which that sentence does not say.
        return None if not demonstrative and all(is_place(links, o) for o in before if o.start >= sentence_start) \
            else nearest.code
    if demonstrative:
        named = [o for o in before if o.start >= sentence_start and not is_place(links, o)]
        return named[-1].code if named else None
    return None


def _subject_before(links: LinkInput, pos: int) -> str | None:
    """The code of ``De gemeente X`` opening the sentence right before ``pos``, in its paragraph."""
    lo = max(0, pos - ANAPHORA_WINDOW)
    ends = [e.end() for e in _SENTENCE_END.finditer(links.text, lo, max(lo, pos - 2))]
    if not ends and lo > 0:
        return None
    sentence_start = ends[-1] if ends else 0
    if _PARAGRAPH_END.search(links.text, sentence_start, pos):
        return None
    first = next((o for o in links.mentions if sentence_start <= o.start < pos), None)
    if first is None or not _SUBJECT_GEMEENTE.fullmatch(links.text[sentence_start:first.start]):
        return None
    return first.code


@lru_cache(maxsize=1)
def _pointed_forward() -> re.Pattern:
    phrases = alternation(load_file(AmountsLinkingFile).money_pointed_forward)
    return re.compile(rf"\s+{phrases}\s+(?:(?:de\s+)?gemeente\s+)?", re.IGNORECASE)


def named_next(links: LinkInput, start: int, end: int) -> Mention | None:
    """``De provincie trok eerder al twee ton uit voor de haven van Kraggenburg. Dat geld ging naar
    de gemeente Noordoostpolder.``: the next sentence opens by pointing back at the money and names
    the municipality it went to; the amount is the only one of its sentence."""
    # Within the window: a page of one endless 'sentence' would be searched to its end for every amount.
    stop = _SENTENCE_END.search(links.text, end, end + ANAPHORA_WINDOW)
    if stop is None or stop.group() not in ".!":
        return None
    lo = max([0, *(e.end() for e in _SENTENCE_END.finditer(links.text, max(0, start - ANAPHORA_WINDOW), start))])
    if any(s != start for s, _ in links.amounts_starting_in(lo, stop.end())):
        return None
    pointer = _pointed_forward().match(links.text, stop.end())
    if pointer is None:
        return None
    return next((o for o in links.mentions if o.start == pointer.end()), None)
