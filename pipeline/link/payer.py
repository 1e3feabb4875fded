"""Money one municipality pays another: the payer's (ANNOTATING.md: the payer is named with the
money, also in the receiver's own document).

``De buurgemeente Epe ... betaalde daarvoor € 121.300 aan de gemeente Apeldoorn``: the subject
pays, the one after ``aan`` receives. ``Daarnaast ontvangt Tiel van de gemeente Culemborg
€ 85.000``: the one after ``van`` right before the amount pays. Both are tried before the rules
that would give the amount to the receiver (``amount_then_name``, ``receives``); either way
only when both sides are municipalities. ``Van de cofinanciering is € 40.000 afkomstig van de
gemeente Aalten``: the one after ``afkomstig van`` pays, whoever receives (``comes_from``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.datafiles import load_file
from pipeline.link.mentions import (
    LinkInput,
    Mention,
    amounts_between,
    in_group,
    is_place,
    mention_after,
    mention_before,
)
from pipeline.link.payments import _object_before, contributes
from pipeline.link.words import link_words
from pipeline.phrases import alternation
from pipeline.resource_files import AmountsLinkingFile

# Right after the amount: 'aan (de gemeente) Y'.
_TO_MUNICIPALITY = re.compile(r"[ \t]+aan[ \t]+(?:de[ \t]+(?:buur)?gemeente[ \t]+)?")
# Right before the payer's name: 'van (de gemeente) '.
_FROM_BEFORE = re.compile(r"(?<![\w])van[ \t]+(?:de[ \t]+(?:buur)?gemeente[ \t]+)?\Z", re.IGNORECASE)
# 'Van de gemeente Y ontvangen wij (jaarlijks) (een bijdrage van) € Z'.
_WE_RECEIVE = re.compile(r"[ \t]+(?:ontvangen|ontvingen|krijgen|kregen)[ \t]+(?:wij|we)(?:[ \t]+[^\W\d_]+){0,4}[ \t]+",
                         re.IGNORECASE)
# 'Van de gemeente Y is (in 2024) (een bijdrage van) € Z ontvangen': the passive, its participle after.
_IS_RECEIVED = re.compile(r"[ \t]+(?:is|werd|zijn|werden)(?:[ \t]+[^\W_]+){0,4}[ \t]+", re.IGNORECASE)
_RECEIVED_AFTER = re.compile(r"(?:[ \t]+[^\W\d_]+){0,3}[ \t]+(?:ontvangen|binnengekomen)(?![\w])", re.IGNORECASE)
# How far before the payer the verb of receiving may stand ('ontvangt Tiel ').
_VERB_WINDOW = 60
# Words between the receiver and the amount, its noun phrase left out ('voor de geleverde inzet').
_GAP_MAX_WORDS = 6


def paid_to_another(links: LinkInput, start: int, end: int) -> Mention | None:
    """``X betaalde € Y aan (de gemeente) Z``: X, when Z is another municipality; so ``X betaalt Z
    ... € Y`` (``_pays_named_receiver``)."""
    if (payer := _pays_named_receiver(links, start)) is not None:
        return payer
    to = _TO_MUNICIPALITY.match(links.text, end)
    if to is None:
        return None
    receiver = next((m for m in links.mentions if m.start == to.end()), None)
    if receiver is None:
        return None
    payer = contributes(links, start, end)
    return payer if payer is not None and payer.code != receiver.code else None


def received_from(links: LinkInput, start: int, end: int) -> Mention | None:
    """``X ontvangt van (de gemeente) Y € Z``, ``Van de gemeente Y ontvangen wij € Z``, ``Van de
    gemeente Y is € Z ontvangen``: Y, named right before the amount after ``van``, or after ``van``
    before the verb of receiving, in the amount's clause; not one of a group (``van X en Y``)."""
    payer = mention_before(links, start)
    if payer is None or in_group(links, payer):
        return None
    lo = max(0, payer.start - _VERB_WINDOW)
    source = _FROM_BEFORE.search(links.text, lo, payer.start)
    if source is None:
        return None
    before = re.split(r"[.;:!?\n(),]", links.text[lo:source.start()])[-1]
    between = links.text[payer.end:start]
    words = link_words()
    # 'ontvangt Tiel van de gemeente Culemborg € Z', 'In 2024 ontvingen wij van de gemeente Heerlen € Z': the
    # name right before the amount.
    if not between.strip() and (words.receive_verbs.search(before) or _WE_RECEIVE.search(before)):
        return payer
    # 'Van de gemeente Culemborg ontvangen wij € Z': the verb and its subject between.
    if not before.strip() and _WE_RECEIVE.fullmatch(between):
        return payer
    # 'Van de gemeente Helmond is een bijdrage van € Z ontvangen': who received it is left unsaid.
    if not before.strip() and _IS_RECEIVED.fullmatch(between) and _RECEIVED_AFTER.match(links.text, end):
        return payer
    return None


# Between payer and receiver: the verb of paying, the receiver as its indirect object.
_PAYS_TO = re.compile(r"[ \t]+(?:betaalt|betaalde|vergoedt|vergoedde)[ \t]+(?:de[ \t]+(?:buur)?gemeente[ \t]+)?",
                      re.IGNORECASE)
# What may open the payer's clause before its name: a list item's number, 'de gemeente'.
_CLAUSE_OPENING = re.compile(r"(?:^|[.;:!?\n])[ \t]*(?:\d+(?:\.\d+)*\.?[ \t]+)?(?:(?:de[ \t]+)?gemeente[ \t]+)?\Z",
                             re.IGNORECASE)


def _pays_named_receiver(links: LinkInput, start: int) -> Mention | None:
    """``Texel betaalt Den Helder voor de geleverde inzet een vergoeding van € 78,50 per uur``: the
    subject pays the municipality named right after the verb; the money is the payer's
    (ANNOTATING.md), not the receiver's as after a grant's verb."""
    receiver = mention_before(links, start)
    if receiver is None or in_group(links, receiver):
        return None
    k = links.mentions.index(receiver)
    payer = links.mentions[k - 1] if k > 0 else None
    if (payer is None or payer.code == receiver.code or in_group(links, payer)
            or _PAYS_TO.fullmatch(links.text, payer.end, receiver.start) is None
            or _CLAUSE_OPENING.search(links.text[max(0, payer.start - _VERB_WINDOW):payer.start]) is None):
        return None
    between = links.text[receiver.end:start]
    if re.search(r"[.,;:!?\n()]", between) or _object_before().sub("", between).count(" ") > _GAP_MAX_WORDS:
        return None
    return payer


@lru_cache(maxsize=1)
def _pay_verb_before() -> re.Pattern:
    """'In 2023 besteedde (de gemeente) ': a verb of paying or budgeting right before its subject."""
    data = load_file(AmountsLinkingFile)
    return re.compile(r"(?<![\w])" + alternation(data.pay_verbs) + r"\s+(?:"
                      + alternation(data.municipality_articles) + r"\s+)?\Z", re.IGNORECASE)


def pays_inverted(links: LinkInput, start: int, end: int) -> Mention | None:
    """``In 2023 besteedde de gemeente Apeldoorn € 2.702.114 aan inburgering``: after an adverbial
    the verb of paying stands before its subject, the amount follows in its clause."""
    m = mention_before(links, start)
    if m is None or is_place(links, m) or in_group(links, m):
        return None
    if _pay_verb_before().search(links.text, max(0, m.start - 40), m.start) is None:
        return None
    between = links.text[m.end:start]
    if re.search(r"[.,;:!?\n()]", between) or len(between.split()) > 3:
        return None
    return m


# Right after the amount: '(is) afkomstig van (de gemeente) '; and a second amount's plain 'van' after
# 'en' ('€ 40.000 afkomstig van de gemeente Aalten en € 12.500 van Lochem').
_COMES_FROM = re.compile(r"[ \t]+(?:(?:is|zijn|komt|komen)[ \t]+)?afkomstig[ \t]+van[ \t]+(?:de[ \t]+gemeente[ \t]+)?",
                         re.IGNORECASE)
_SECOND_FROM = re.compile(r"[ \t]+van[ \t]+(?:de[ \t]+gemeente[ \t]+)?", re.IGNORECASE)
_AND_BETWEEN = re.compile(r"[^.;:!?\n€]*?[ \t]+en[ \t]+")


def comes_from(links: LinkInput, start: int, end: int) -> Mention | None:
    """``Van de cofinanciering is € 40.000 afkomstig van de gemeente Aalten``: Aalten pays it, named
    right after the amount; ``en € 12.500 van Lochem`` after it leaves the word out and is Lochem's."""
    source = _COMES_FROM.match(links.text, end)
    if source is None:
        source = _SECOND_FROM.match(links.text, end)
        previous = links.amount_before(start) if source is not None else None
        # Only the amount right after the one 'afkomstig' names, near it: no chain to follow back.
        if (previous is None or start - previous[1] > _VERB_WINDOW
                or _AND_BETWEEN.fullmatch(links.text, previous[1], start) is None
                or _COMES_FROM.match(links.text, previous[1]) is None or links.apply(comes_from, *previous) is None):
            return None
    payer = mention_after(links, end)
    if payer is None or payer.start != source.end() or in_group(links, payer):
        return None
    return payer


# The end of the subject's clause: a stop before white space, not the dots of a figure.
_CLAUSE_END = re.compile(r"[.;:!?](?=\s|$)|\n")


@lru_cache(maxsize=1)
def _fronted_verb() -> re.Pattern:
    data = load_file(AmountsLinkingFile)
    return re.compile(r"[ \t]+" + alternation(data.fronted_amount_verbs)
                      + r"[ \t]+(?:(?:de[ \t]+)?gemeente[ \t]+)?", re.IGNORECASE)


def fronted_amount(links: LinkInput, start: int, end: int) -> Mention | None:
    """``De eerste termijn van € 425.000 betaalt Wageningen bij de gunning``: the phrase of the amount
    stands first, so the verb of paying or receiving follows it and its subject follows the verb; the
    subject pays or receives it either way. Only the verb right after the amount and the name right
    after the verb, not one of a group, and no other amount in the rest of the clause (``Van de
    € 5 miljoen ontvangt X € 2 miljoen``: the whole a part is taken of)."""
    verb = _fronted_verb().match(links.text, end)
    if verb is None:
        return None
    m = mention_after(links, end)
    if m is None or m.start != verb.end() or in_group(links, m) or is_place(links, m):
        return None
    stop = _CLAUSE_END.search(links.text, m.end)
    # A question ('Welk deel van de kosten van € Y betaalt X zelf?') asks what is paid; it states no payment.
    if stop is not None and stop.group() == "?":
        return None
    return None if amounts_between(links, m.end, stop.start() if stop else len(links.text)) else m
