"""Amounts for the letter's addressee: ``Hierbij verleen ik uw gemeente € 125.000``.

A letter to a municipality names its receiver ``uw gemeente``. The amount goes
to the municipality the letter is addressed to (``Gemeente Almere t.a.v. het
college``), read from the document's addressee, which the page-level link rules
in ``pipeline.link.amounts`` do not see; ``pipeline.normalize.amounts`` asks here
when none of them fired (``link_rule = "addressee"``).
"""

from __future__ import annotations

import re

from pipeline.gazetteer import lookup
from pipeline.link.amounts import LINK_WINDOW, LinkInput
from pipeline.records import DocumentInfo

# 'uw gemeente', or 'u' as the one a grant goes to ('Hierbij ken ik u ... toe', 'ontvangt u'): the
# municipality the letter is addressed to (its college receives for it).
_YOUR_MUNICIPALITY = re.compile(
    r"(?<![\w])(?:uw\s+gemeente|(?:verleen|verlenen|ken|kennen)\s+(?:ik|wij|we)\s+u"
    r"|(?:ik|wij|we)\s+(?:verleen|verlenen|ken|kennen)\s+u"
    r"|(?:ontvangt|krijgt)\s+u|u\s+(?:ontvangt|krijgt))(?![\w])", re.IGNORECASE)
# Where a sentence before the amount starts, at the latest.
_SENTENCE_END = re.compile(r"[.!?;](?=\s)|\n\s*\n")


def to_your_municipality(links: LinkInput, start: int, end: int) -> bool:
    """``Hierbij verleen ik uw gemeente een uitkering van € 125.000``, ``Uw gemeente
    ontvangt € 80.000``, ``Hierbij ken ik u een bedrag toe van € 80.000``: a letter to a
    municipality gives the amount to its addressee. ``uw gemeente`` (or ``u`` with a verb of
    granting or receiving) stands in the amount's sentence before it, with no municipality
    named and no other amount between them (``link_rule = "addressee"``)."""
    lo = max(0, start - LINK_WINDOW)
    window = links.text[lo:start]
    ends = list(_SENTENCE_END.finditer(window))
    if ends:
        lo, window = lo + ends[-1].end(), window[ends[-1].end():]
    found = list(_YOUR_MUNICIPALITY.finditer(window))
    if not found:
        return False
    after = lo + found[-1].end()
    if any(after <= m.start < start for m in links.mentions):
        return False
    previous = links.amount_before(start)
    return previous is None or previous[1] <= after


# The addressee's municipality in the letter head: 'Gemeente Almere t.a.v. het college ...',
# 'College van burgemeester en wethouders van Zwolle', 'Gemeenteraad van Arnhem'.
_ADDRESSEE_MUNICIPALITY = re.compile(
    r"(?i:\bgemeente|\b(?:wethouders|gemeenteraad)\s+van(?:\s+de\s+gemeente)?)\s+"
    r"(?P<name>[A-Z'][\w'’.-]*(?:[ -][A-Z][\w'’.-]*){0,3})")


def addressee_municipality(info: DocumentInfo) -> str | None:
    """The CBS code of the municipality a letter is addressed to, when its addressee names one."""
    if not info.addressee:
        return None
    m = _ADDRESSEE_MUNICIPALITY.search(info.addressee)
    if m is None:
        return None
    year = int(info.doc_date[:4]) if info.doc_date and info.doc_date[:4].isdigit() else None
    found = lookup(m["name"], year)
    return found.code if found is not None else None
