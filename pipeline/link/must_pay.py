"""Money a municipality must pay, told in a third party's sentence: the municipality's (ANNOTATING.md).

News and rulings tell what a municipality is ordered or bound to pay with a modal right after it and
the verb of paying closing the clause, whatever stands between: ``De gemeente Venlo moet de eigenaar van
een tuincentrum aan de rand van de stad € 214.000 schadevergoeding betalen``, ``Voorne aan Zee moet het
verschil van € 1,6 miljoen zelf ophoesten``, ``Gemeente Eindhoven hoeft projectontwikkelaar geen € 3,4
miljoen te betalen`` (money it is asked for, also when it need not pay it), inverted after an adverb
(``Daarnaast moet Venlo de proceskosten van de ondernemer betalen, € 6.358``, the sum after the verb).
The clause rules of pipeline.link.clauses allow a few words between the payer and the amount; here
the modal and the verb last hold the clause together, so the gap may be longer. A sentence that names
another municipality too is left to those rules. In a letter to one college its reader is the payer
(``U moet het bedrag van € 18.000 binnen zes weken ... betalen``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.datafiles import load_file
from pipeline.link.mentions import LinkInput, Mention
from pipeline.phrases import alternation
from pipeline.resource_files import AmountsLinkingFile

# A sentence ends at a full stop, a question mark or a line's end (not at the dot of '€ 1.000'); a line that
# goes on in lower case continues it (a headline wrapped: '... geen € 3,4 miljoen' over 'te betalen').
_SENTENCE_END = re.compile(r"[.!?](?=\s|$)|\n(?![ \t]*[a-z])")
_SENTENCE_CHARS = 300
# Before the payer: nothing but a dateline ('VENLO - ') and 'de gemeente'.
_SUBJECT_BEFORE = re.compile(r"\s*(?:[A-Z][A-Z'’ -]*\s+[-–]\s+)?(?:(?i:de\s+)?(?i:gemeente)\s+)?")
# The reader of a letter as the payer: 'U moet het bedrag van € 18.000 binnen zes weken betalen'.
_YOU = re.compile(r"\s*U(?![\w])")
# The sum right after the verb: 'betalen, € 6.358'.
_SUM_AFTER = re.compile(r"\s*,\s*$")


@lru_cache(maxsize=1)
def _words() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    data = load_file(AmountsLinkingFile)
    modal = alternation(data.must_pay_modals)
    # The modal right after the payer: 'Venlo moet'.
    after = re.compile(rf"\s+(?:{modal})(?![\w])", re.IGNORECASE)
    # Inverted after one adverb: 'Daarnaast moet (de gemeente) Venlo'.
    inverted = re.compile(rf"\s*(?:{alternation(data.must_pay_adverbs)})\s+(?:{modal})\s+(?:de\s+)?(?:gemeente\s+)?",
                          re.IGNORECASE)
    verb = re.compile(rf"(?<![\w])(?:te\s+)?(?:{alternation(data.must_pay_verbs)})(?![\w])", re.IGNORECASE)
    return after, inverted, verb


def must_pay(links: LinkInput, start: int, end: int, addressee: str | None = None) -> Mention | None:
    """The municipality the sentence of the amount at ``start:end`` says must (or need not) pay it; in a
    letter to one college (``addressee`` its municipality) also 'U moet ... betalen'."""
    text = links.text
    lo = max([max(0, start - _SENTENCE_CHARS),
              *(m.end() for m in _SENTENCE_END.finditer(text, max(0, start - _SENTENCE_CHARS), start))])
    stop = _SENTENCE_END.search(text, end, end + _SENTENCE_CHARS)
    hi = stop.start() if stop else min(len(text), end + _SENTENCE_CHARS)
    inside = [m for m in links.mentions if lo <= m.start < hi]
    if len({m.code for m in inside}) > 1:
        return None
    after, inverted, verb = _words()
    payer = next((m for m in inside if m.end <= start
                  and ((_SUBJECT_BEFORE.fullmatch(text, lo, m.start) and after.match(text, m.end))
                       or inverted.fullmatch(text, lo, m.start))), None)
    if payer is None and addressee is not None and not inside and (you := _YOU.match(text, lo)) and after.match(
            text, you.end()):
        payer = Mention(start, start, addressee)
    if payer is None:
        return None
    paid = verb.search(text, end, hi)
    if paid is None:
        # 'betalen, € 6.358': the sum after the verb that closes the clause.
        before = [v for v in verb.finditer(text, payer.end, start) if _SUM_AFTER.fullmatch(text, v.end(), start)]
        return payer if before else None
    return payer
