"""The link rules of granting: ``granted_to`` (``Aan (de gemeente) X is € Y toegekend``, ``kent de gemeente X een
uitkering toe van € Y``, ``steunt X met € Y``) and ``reserved_for`` (``Voor X is € Y gereserveerd``). They read a
giver's verb and its indirect object, not the receiver as subject, so they are apart from ``pipeline.link.clauses``;
the order in which all rules are tried is in ``pipeline.link.amounts``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.datafiles import load_file
from pipeline.extract.amount_patterns import amount_words
from pipeline.link.mentions import LinkInput, Mention, amounts_between, in_group, is_place, mention_before, same_clause
from pipeline.link.words import link_words
from pipeline.phrases import alternation
from pipeline.resource_files import AmountsLinkingFile

_GRANT_TO = re.compile(r"(?<![\w])aan\s+(?:de\s+gemeente\s+)?$", re.IGNORECASE)


def granted_to(links: LinkInput, start: int, end: int) -> Mention | None:
    """``Aan (de gemeente) Utrecht is € 683.000 toegekend``, ``Aan (de gemeente) Zwolle kennen
    wij € 1,2 miljoen toe`` (the grant verb and its subject after the name); a grant verb before
    the name: ``kent de gemeente Arnhem een uitkering toe van € 400.000``; a verb of support
    before it and ``met`` after: ``De provincie steunt Leeuwarden met € 1,2 miljoen``; the name right
    before the amount and the infinitive right after it: ``de gemeente Nijmegen € Y toe te kennen``.
    """
    m = mention_before(links, start)
    if m is None:
        return None
    m = _receiver_before_purpose(links, m, start) or m
    before = links.text[max(0, m.start - 40) : m.start]
    between = links.text[m.end : start]
    words = link_words()
    if _GRANT_TO.search(before) is not None:
        # 'Aan X is € Y toegekend', 'aan X € Y toe te kennen', 'Aan X kennen wij € Y toe'.
        if (words.grant_auxiliary.fullmatch(between) is None and words.grant_verb_after.fullmatch(between) is None
                and not _grant_infinitive(links, m.end, start, end) and not _granted_after(links, between, end)
                and not _auxiliary_before(links, before, between, end)):
            return None
    elif (re.fullmatch(r"[ \t]+", between) and not is_place(links, m)
          and words.grant_infinitive.match(links.text[end:end + 30].lstrip())):
        # 'Wij stellen voor de gemeente X € Y toe te kennen': X the indirect object of the
        # infinitive right after the amount.
        pass
    elif not is_place(links, m) and _infinitive_object(links, m, start, end):
        # 'Ik heb besloten de gemeente X een aanvullende uitkering toe te kennen van € Y': X the
        # indirect object of the infinitive, the grant named before its amount.
        pass
    elif words.grant_verb_before.search(before) is not None:
        if (
            re.search(r"[.,;:!?\n()]", between)
            or len(between.split()) > words.receive_gap_max_words
        ) and not _granted_object(links, m, start):
            return None
        if amounts_between(links, m.end, start):
            return None
    elif words.support_before.search(before) is not None:
        # 'De provincie steunt (de gemeente) X met € Y', Frisian 'stipet X mei € Y'.
        if words.support_between.fullmatch(between) is None:
            return None
    else:
        return None
    return None if in_group(links, m) else m


# 'aan X een voorschot van € Y is verleend': what is granted, named before its amount, after
# what it is for ('aan X voor het fietspad naar Beek een bijdrage van € Y is toegekend').
_GRANTED_THING = re.compile(r"[ \t]+(?:voor[ \t]+[^.,;:!?()\n€\d]{1,100}?[ \t]+)?"
                            r"(?:een|de|het)[ \t]+(?:[^\W\d_]+[ \t]+){1,2}van[ \t]+", re.IGNORECASE)
# Mentions inside the purpose that may stand between the receiver and its amount, at most.
_PURPOSE_MENTIONS = 2


@lru_cache(maxsize=1)
def _granted_object_pattern() -> re.Pattern:
    """What a grant verb's indirect object is followed by before the amount: what it is for,
    set off by commas if need be, then the money granted and ``(toe) van``."""
    nouns = alternation(amount_words().money_nouns)
    return re.compile(r"[ \t]+(?:voor[ \t]+[^.;:!?()\n€]{1,100}?[ \t]*,?[ \t]+)?(?:een|de|het)[ \t]+"
                      rf"(?:[^\W\d_]+[ \t]+)?{nouns}(?:[ \t]+toe)?[ \t]+van[ \t]+(?:maximaal[ \t]+)?",
                      re.IGNORECASE)


def _granted_object(links: LinkInput, m: Mention, start: int) -> bool:
    """``ken ik de gemeente Zwolle voor het project Stadshagen-Noord, fase 2, een specifieke
    uitkering toe van € Y``: the receiver, what the grant is for, then the grant and its amount,
    with no other municipality named in the purpose."""
    if _granted_object_pattern().fullmatch(links.text, m.end, start) is None:
        return False
    return not any(m.end <= o.start and o.end <= start for o in links.mentions)


@lru_cache(maxsize=1)
def _infinitive_object_pattern() -> re.Pattern:
    """What follows the indirect object of a decision's infinitive before the amount: what it is
    for, the money granted, the infinitive and ``van`` (``voor de jaren 2025 tot en met 2027 een
    aanvullende uitkering toe te kennen van``), or the money granted and ``van`` alone when the
    infinitive comes after the amount (``een uitkering van € Y toe te kennen``)."""
    nouns = alternation(amount_words().money_nouns)
    return re.compile(r"[ \t]+(?:voor[ \t]+[^.;:!?()\n€]{1,100}?[ \t]*,?[ \t]+)?(?:een|de|het)[ \t]+"
                      rf"(?:[^\W\d_]+[ \t]+)?{nouns}[ \t]+(?P<verb>{link_words().grant_infinitive.pattern}[ \t]+)?"
                      r"van[ \t]+(?:maximaal[ \t]+)?", re.IGNORECASE)


def _infinitive_object(links: LinkInput, m: Mention, start: int, end: int) -> bool:
    """``besloten de gemeente Vaals een aanvullende uitkering toe te kennen van € Y``, ``de gemeente
    X een subsidie van € Y te verlenen``: the receiver, the grant, then its infinitive before or
    right after the amount, no other municipality between."""
    found = _infinitive_object_pattern().fullmatch(links.text, m.end, start)
    if found is None or any(m.end <= o.start and o.end <= start for o in links.mentions):
        return False
    return found.group("verb") is not None or link_words().grant_infinitive.match(
        links.text[end:end + 30].lstrip()) is not None


def _receiver_before_purpose(links: LinkInput, m: Mention, start: int) -> Mention | None:
    """``aan de gemeente Ubbergen voor de fietsroute naar Beek een bijdrage van € Y``: the
    receiver after ``aan``, the places in the purpose after it (``Beek``) no receivers."""
    k = links.mentions.index(m)
    for receiver in links.mentions[max(0, k - _PURPOSE_MENTIONS):k][::-1]:
        if (_GRANT_TO.search(links.text[max(0, receiver.start - 40):receiver.start])
                and (_GRANTED_THING.fullmatch(links.text[receiver.end:start])
                     or link_words().grant_verb_after.fullmatch(links.text[receiver.end:start]))):
            return receiver
    return None


def _granted_after(links: LinkInput, between: str, end: int) -> bool:
    """``(dat) aan X een voorschot van € Y is verleend``: the thing granted, the participle right
    after the amount; or before it (``is aan X een uitkering verleend van € Y``)."""
    words = link_words()
    if words.grant_participle_before_amount.fullmatch(between) is not None or _GRANTED_THING.fullmatch(between) is None:
        return words.grant_participle_before_amount.fullmatch(between) is not None
    auxiliary = re.compile(r"[ \t]+" + words.passive_auxiliary.pattern, re.IGNORECASE).match(links.text, end)
    return auxiliary is not None and words.grant_participle_after.match(links.text, auxiliary.end()) is not None


def _auxiliary_before(links: LinkInput, before: str, between: str, end: int) -> bool:
    """``Voor 2023 was aan de gemeente X € Y verleend``: the auxiliary before ``aan`` when a time
    is fronted, the amount right after the name, the participle right after the amount."""
    words = link_words()
    auxiliary = re.search(rf"(?<![\w]){words.passive_auxiliary.pattern}\s+aan\s+(?:de\s+gemeente\s+)?$", before,
                          re.IGNORECASE)
    return (auxiliary is not None and re.fullmatch(r"[ \t]+", between) is not None
            and words.grant_participle_after.match(links.text, end) is not None)


def _grant_infinitive(links: LinkInput, lo: int, start: int, end: int) -> bool:
    """``aan X een subsidie te verlenen van (maximaal) € Y``, ``aan X € Y toe te kennen``:
    a decision's infinitive of granting between name and amount, or right after the amount,
    in one clause."""
    words = link_words()
    if not same_clause(links, lo, start, words.receive_gap_max_words + 3):
        return False
    if words.grant_infinitive.search(links.text[lo:start]):
        return True
    tail = re.match(r"[ \t]*(?:[^\W\d_]+[ \t]+){0,2}?" + words.grant_infinitive.pattern,
                    links.text[end:end + 60], re.IGNORECASE)
    return tail is not None


def reserved_for(links: LinkInput, start: int, end: int) -> Mention | None:
    """``Voor (de gemeente) X is € Y gereserveerd``, ``Ten behoeve van X wordt een bedrag van
    € Y beschikbaar gesteld``: the preposition of a recipient before the name, an auxiliary
    between, a participle of granting right after the amount. Or ``Voor (de grootste gemeente,)
    X(,) gaat het om € Y``: what the grant comes to for X."""
    m = mention_before(links, start)
    if m is None:
        return None
    words = link_words()
    if words.reserve_before.search(links.text[max(0, m.start - 40) : m.start]) is None:
        return None
    between = links.text[m.end : start]
    if words.concerns.fullmatch(_IN_YEAR.sub("", between)) is None and (
            words.grant_auxiliary.fullmatch(between) is None
            or words.reserve_participle_after.match(links.text, end) is None):
        last_between, last_after = _reserved_verb_last()
        if last_between.fullmatch(between) is None or last_after.match(links.text, end) is None:
            return None
    return None if in_group(links, m) else m


# 'Voor X gaat het in 2024 om € Y': the year the sum is for, inside the phrase, says no more than it.
_IN_YEAR = re.compile(r"[ \t]+(?:in|over)[ \t]+(?:19|20)\d\d(?=[ \t])")


@lru_cache(maxsize=1)
def _reserved_verb_last() -> tuple[re.Pattern, re.Pattern]:
    """'(Uit de nota blijkt dat) voor X een aanvullend bedrag van circa € Y is gereserveerd': in a
    subordinate clause the auxiliary and the participle both follow the amount; between name and
    amount only the amount's noun phrase and a qualifier."""
    data = load_file(AmountsLinkingFile)
    nouns = alternation(amount_words().money_nouns)
    between = re.compile(rf"\s+(?:(?:een|het)\s+(?:[^\W\d_]+\s+)?{nouns}\s+van\s+)?(?:[^\W\d_]+\s+)?",
                         re.IGNORECASE)
    after = re.compile(r"[ \t]+" + alternation(data.grant_auxiliaries) + r"[ \t]+"
                       + alternation(data.reserve_participles) + r"(?![\w])", re.IGNORECASE)
    return between, after
