"""The link rules that read a clause: a verb or a preposition says whose money an amount is.

``amount_then_name`` (``€ 950.000 voor de gemeente Den Haag``), ``receives``, ``granted_to``,
``reserved_for``, ``receives_inverted``, ``receives_verb_last``, ``pays_verb_last``, ``separable_verb``
and ``on_behalf``: each reads the municipality named in the amount's clause and the words around it
(``resources/link/``, ``pipeline.link.words``). The rules of paying and asking (``payment_to``,
``request_of``, ``contributes``) are in ``pipeline.link.payments``. The order in which they are tried,
and what each says, is in ``pipeline.link.amounts``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.datafiles import load_file
from pipeline.extract.amount_patterns import amount_words
from pipeline.link.mentions import (
    ASIDE,
    SENTENCE_WINDOW,
    LinkInput,
    Mention,
    amounts_between,
    in_group,
    is_place,
    mention_after,
    mention_before,
    same_clause,
)
from pipeline.link.words import link_words
from pipeline.phrases import alternation
from pipeline.resource_files import AmountsLinkingFile


def amount_then_name(links: LinkInput, start: int, end: int) -> Mention | None:
    """``€ 950.000 voor (de gemeente) Den Haag``, ``€ 950.000 (Den Haag)``; the amount in apposition
    to its money noun, the verb after it: ``De grootste bijdrage, € 22,4 miljoen, gaat naar X``."""
    m = mention_after(links, end)
    if m is None:
        return None
    between = links.text[end : m.start]
    paren = re.fullmatch(r"\s*\(\s*", between) and re.match(r"\s*\)", links.text[m.end : m.end + 5])
    apposed = re.match(r"[ \t]*,", between)
    if apposed is not None and _apposition_opened().search(links.text, max(0, start - 60), start) is not None:
        between = between[apposed.end():]
    if not (paren or link_words().to_prepositions.fullmatch(between)):
        return None
    return None if in_group(links, m) else m


@lru_cache(maxsize=1)
def _apposition_opened() -> re.Pattern:
    """``De grootste bijdrage, `` right before an amount: the money noun it stands in apposition to."""
    return re.compile(r"(?<![\w])" + alternation(amount_words().money_nouns) + r"[ \t]*,[ \t]*$", re.IGNORECASE)


def receives(links: LinkInput, start: int, end: int) -> Mention | None:
    """``(de gemeente) Utrecht ontvangt (een bijdrage van) € 683.000``; the perfect as well.

    A colon may stand right before the amount (``Utrecht krijgt het meeste: € 683.000``).

    ``Utrecht heeft € 683.000 ontvangen``: auxiliary before, participle after the amount.

    ``De gemeente X wordt € Y toegekend``: the passive of granting, X the indirect object
    (not ``... toegekend aan``, where X gives).

    ``Een stichting in de gemeente X kreeg € Y``: a place is no subject (``is_place``).
    """
    m = subject_before(links, start)
    if m is None or is_place(links, m):
        return None
    # 'Amersfoort ontvangt het grootste deel: € 1,2 miljoen': a colon right before the amount.
    between = re.sub(r"[ \t]*:\s*$", " ", APPOSITION.sub("", links.text[m.end : start]))
    between = _SELF.sub(" ", between)
    if re.search(r"[.;:!?\n]", between) or amounts_between(links, m.end, start):
        return None
    words = link_words()
    verb = words.receive_verbs.match(between.lstrip())
    if verb is None:
        # The perfect: an auxiliary before the amount, the participle after it.
        verb = words.receive_auxiliary.match(between.lstrip())
        if verb is None or words.receive_participle.match(links.text, end) is None:
            # The passive, X the indirect object: 'De gemeente X wordt € Y toegekend'.
            verb = words.passive_auxiliary.match(between.lstrip())
            if verb is None or words.grant_participle_after.match(links.text, end) is None:
                return None
    # The amount's own noun phrase ('een incidentele aanvulling van') is no gap: adverbials before
    # it ('daarnaast in 2024') are counted, the object is not.
    gap = _AS_ROLE.sub(" ", _AMOUNT_NOUN_PHRASE.sub("", between))
    if len(gap.split()) > words.receive_gap_max_words + len(verb.group().split()):
        return None
    return None if in_group(links, m) else m


# 'als contactgemeente van de regio Parkstad', 'als penvoerder': the role in which the subject
# receives, no adverbial that takes it further from its amount.
# The region may be named in words of its own: 'als contactgemeente van de arbeidsmarktregio Rijk van Nijmegen'.
_AS_ROLE = re.compile(r"(?<![\w])als[ \t]+[^\W\d_]+(?:[ \t]+van[ \t]+(?:de|het)[ \t]+[^\W\d_]+"
                      r"(?:[ \t]+[A-Z][\w-]*(?:[ \t]+(?:van|en|aan)[ \t]+(?-i:[A-Z])[\w-]*)?)?)?", re.IGNORECASE)


# 'een (incidentele) aanvulling van ' right before the amount: the noun phrase it heads.
_AMOUNT_NOUN_PHRASE = re.compile(r"(?<![\w])(?:een|de|het)[ \t]+(?:[^\W\d_]+[ \t]+){0,2}[^\W\d_]+[ \t]+van[ \t]*$",
                                 re.IGNORECASE)


# A relative clause right after the name, between commas: 'De gemeente Veendam, die in dezelfde
# ronde een aanvraag deed, ontving € 95.000'; the name stays the subject of the verb after it.
# An apposition with 'als' stands there the same way: 'De gemeente Emmen, als penvoerder van de Regio
# Deal, ontvangt € Y'.
# So does a short apposition of what the municipality is or has: 'Schiermonnikoog, de kleinste
# gemeente, ontvangt € Y', 'Ede, met 120.400 inwoners, ontvangt € Y'.
APPOSITION = re.compile(r"^[ \t]*,[ \t]*(?:(?:die|dat|waarvan|waarin|waar|waarmee|waarvoor|waarop|waaraan|waarbij"
                       r"|wier|wiens|als)(?![\w])[^,.;:!?\n€]*"
                       r"|(?:de|het|met)[ \t]+(?:[^\W_]+|\d{1,3}(?:\.\d{3})+)(?:[ \t]+[^\W_]+){0,4}[ \t]*),",
                       re.IGNORECASE)


def subject_before(links: LinkInput, start: int) -> Mention | None:
    """The municipality named last before ``start``; or, when that name stands in a relative clause
    or apposition right after another (``De gemeente Westerwolde, waar het aanmeldcentrum in Ter Apel
    staat, ontvangt € Y``; ``De gemeente Maasdriel, waarmee Zaltbommel de uitvoering deelt, ontving
    € Y``), the name the clause belongs to, which stays the subject."""
    m = mention_before(links, start)
    if m is None:
        return None
    k = links.mentions.index(m)
    # The clause may name more than one municipality: look back over a few names.
    for outer in reversed(links.mentions[max(0, k - 3):k]):
        relative = APPOSITION.match(links.text[outer.end : start]) if outer.end <= m.start else None
        if relative is not None and m.start < outer.end + relative.end():
            return outer
    return m


# 'De gemeente Tiel zelf ontvangt € Y': 'zelf' is part of the subject, the verb follows it.
_SELF = re.compile(r"^[ \t]+zelf(?=[ \t])", re.IGNORECASE)


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
                and not _grant_infinitive(links, m.end, start, end) and not _granted_after(links, between, end)):
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
                and _GRANTED_THING.fullmatch(links.text[receiver.end:start])):
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
    if words.concerns.fullmatch(between) is None and (
            words.grant_auxiliary.fullmatch(between) is None
            or words.reserve_participle_after.match(links.text, end) is None):
        last_between, last_after = _reserved_verb_last()
        if last_between.fullmatch(between) is None or last_after.match(links.text, end) is None:
            return None
    return None if in_group(links, m) else m


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


def receives_inverted(links: LinkInput, start: int, end: int) -> Mention | None:
    """Inversion: the verb of receiving before its subject, after an adverbial.

    ``Zo krijgt de gemeente Breda € 2 miljoen``, ``In 2018 ontving Venlo een
    bijdrage van € 80.000``: the verb stands right before the name, the amount
    follows in the same clause.
    """
    m = mention_before(links, start)
    if m is None:
        return None
    apposition = APPOSITION.match(links.text[m.end:start])
    after = m.end + (apposition.end() if apposition is not None else 0)
    # 'ontvangt de gemeente X als contactgemeente van de regio Y in 2025 € Z': the role is no gap.
    role = _AS_ROLE.match(links.text, after + 1) if links.text.startswith(" ", after) else None
    after = role.end() if role is not None and role.end() <= start else after
    # 'krijgt X zelf een provinciale bijdrage: € Y': the money named, a colon, then its amount.
    colon = re.search(r"[ \t]*:[ \t]*$", links.text[after:start])
    stop = start - len(colon.group()) if colon is not None else start
    if not same_clause(links, after, stop) and not _money_object(links, after, start):
        return None
    before = links.text[max(0, m.start - 40) : m.start]
    words = link_words()
    if _modal_inverted(links, before, end):
        return None if in_group(links, m) else m
    if words.inverted_verb_before.search(before) is None:
        # The perfect: 'In 2022 heeft de gemeente X € Y ontvangen'.
        if words.inverted_auxiliary_before.search(before) is None or words.receive_participle.match(
            links.text, end
        ) is None:
            return None
    return None if in_group(links, m) else m


# 'een vergoeding voor de frictiekosten van de herindeling van ': the object the amount heads, at
# most this many words.
_OBJECT_MAX_WORDS = 10


def _money_object(links: LinkInput, lo: int, start: int) -> bool:
    """Whether [lo, start) is the amount's own noun phrase, headed by a money noun and ending in
    ``van`` (``ontvangt X een vergoeding voor de frictiekosten van de herindeling van € Y``): a
    longer gap than a clause allows, but no other subject can stand in it."""
    between = links.text[lo:start]
    nouns = alternation(amount_words().money_nouns)
    # A year may come first: 'ontvangt X in 2025 een specifieke uitkering onderwijsachterstandenbeleid van € Y'.
    return (re.fullmatch(rf"\s+(?:(?:in|voor|over)\s+(?:19|20)\d\d\s+)?(?:een|de|het)\s+(?:[^\W\d_]+\s+)?{nouns}"
                         r"(?:\s+[^\W\d_]+)*\s+van\s+", between,
                         re.IGNORECASE) is not None
            and len(between.split()) <= _OBJECT_MAX_WORDS and not amounts_between(links, lo, start))


def _modal_inverted(links: LinkInput, before: str, end: int) -> bool:
    """``Voor de GALA-middelen moet Zaltbommel € 26.500 terugbetalen``: a modal verb right before
    the name, the infinitive of receiving or paying right after the amount."""
    words = link_words()
    return (words.inverted_modal_before.search(before) is not None
            and words.final_infinitive_after.match(links.text, end) is not None)


def receives_verb_last(links: LinkInput, start: int, end: int) -> Mention | None:
    """A subordinate clause: ``dat (de gemeente) X in 2017 € Y minder ontving``.

    The name right after a subordinator (``dat``, ``omdat``, ``of``), the verb
    of receiving at most three words after the amount, all in one clause. When
    the verb (or an auxiliary and the participle) closes the clause right after the amount
    (``dat X voor het project in de wijk Zuid een bijdrage van € Y ontvangt``, ``terwijl X voor
    de veerhaven bij het dorp om € Y heeft gevraagd``) the gap between name and amount may be
    longer (``verb_last_gap_max_words``).
    """
    return _verb_last(links, start, end, link_words().final_verb_after)


def pays_verb_last(links: LinkInput, start: int, end: int) -> Mention | None:
    """The same subordinate clause with a verb of paying last: ``Dat de gemeente X voor de extra
    inzet bij het azc een aanvullende bijdrage van € Y betaalt, achten wij juist``: X pays, its
    money all the same, as ``contributes`` reads the main clause."""
    return _verb_last(links, start, end, link_words().final_pay_verb_after)


def _verb_last(links: LinkInput, start: int, end: int, verbs: re.Pattern) -> Mention | None:
    m = mention_before(links, start)
    if m is None:
        return None
    words = link_words()
    verb = verbs.match(links.text, end)
    if verb is None:
        # 'dat de gemeente hetzelfde bedrag bijdraagt: € 120.000': the clause closed by its verb
        # and a colon, the amount spelling out its object.
        before = re.search(verbs.pattern + r"[ \t]*:[ \t]*$", links.text[m.end : start], re.IGNORECASE)
        if before is None or not same_clause(links, m.end, m.end + before.start()):
            return None
    else:
        # 'dat X voor het project ... € Y (heeft) gevraagd': the verb, or an auxiliary and the
        # participle, closes the clause right after the amount.
        adjacent = all(words.receive_auxiliary.fullmatch(w) for w in links.text[end : verb.end()].split()[:-1])
        limit = words.verb_last_gap_max_words if adjacent else words.receive_gap_max_words
        # 'de gemeente X, die € Y aanvroeg': a relative clause on X, the pronoun its subject.
        relative = _RELATIVE_SUBJECT.match(links.text, m.end, start)
        if relative is not None:
            ok = same_clause(links, relative.end(), start, limit) and not (is_place(links, m) or in_group(links, m))
            return m if ok else None
        # 'dat de gemeente X, gezien het belang voor de regio, € Y bijdraagt': an aside between commas.
        aside = ASIDE.match(links.text, m.end, start)
        if not same_clause(links, aside.end() if aside else m.end, start, limit):
            return None
    if words.subordinator_before.search(links.text[max(0, m.start - 40) : m.start]) is None:
        return None
    return None if in_group(links, m) else m


# A relative clause right after a name whose pronoun is its subject: 'de gemeente X, die ...'.
_RELATIVE_SUBJECT = re.compile(r"[ \t]*,[ \t]*(?:die|dat)[ \t]+", re.IGNORECASE)


_ROLE_AFTER_NAME = re.compile(r"[ \t]+als[ \t]+[^\W\d_]+(?=[ \t])", re.IGNORECASE)


# A relative clause right after the amount, no comma before it: '€ 260.000 die de gemeente X ... verleende', 'Van
# de € 6,3 miljoen die Zaanstad ... ontving'.
_RELATIVE_RIGHT_AFTER = re.compile(r"[ \t]+(?:die|dat)[ \t]+(?:de[ \t]+)?(?:gemeente[ \t]+)?", re.IGNORECASE)
# A year between the name and its verb: 'die Zaanstad in 2023 van het Rijk ontving', 'die de gemeente X in 2022
# verleende'.
_IN_YEAR = re.compile(r"[ \t]+(?:in|over)[ \t]+(?:19|20)\d\d(?![\w])")


def received_in_relative(links: LinkInput, start: int, end: int) -> Mention | None:
    """``€ 1,3 miljoen uit de rijksmiddelen, die de gemeente X via het gemeentefonds ontving``: a
    relative clause after the amount (and a short phrase of origin or purpose) names its receiver,
    the verb of receiving closing the clause; or its payer, the verb of paying or granting
    (``de bijdrage van € 260.000 die de gemeente Katwijk in 2022 verleende``)."""
    m = mention_after(links, end)
    words = link_words()
    if m is None or is_place(links, m):
        return None
    relative = words.relative_before.search(links.text[end : m.start])
    if (relative is None or not same_clause(links, end, end + relative.start(), words.receive_gap_max_words + 2)) and (
            _RELATIVE_RIGHT_AFTER.fullmatch(links.text, end, m.start) is None):
        return None
    # The receiver's role before the verb is no gap: 'die Leeuwarden als centrumgemeente ... ontvangt'.
    role = _ROLE_AFTER_NAME.match(links.text, m.end)
    at = role.end() if role else m.end
    at = year.end() if (year := _IN_YEAR.match(links.text, at)) else at
    # The one who received it, or who gave it ('verleende').
    verb = words.final_verb_after.match(links.text, at) or words.final_pay_verb_after.match(links.text, at)
    if verb is None or not same_clause(links, m.end, verb.end()):
        return None
    if re.match(r"[ \t]*(?:[.,;:!?\n]|$)", links.text[verb.end() : verb.end() + 3]) is None:
        return None
    return None if in_group(links, m) else m


def separable_verb(links: LinkInput, start: int, end: int) -> Mention | None:
    """``De gemeente X trekt (er) € Y (voor) uit``, ``X stelt € Y beschikbaar``.

    A separable verb of spending or receiving: its finite part right after the
    name, the particle at most six words after the amount, all in one clause.
    """
    m = mention_before(links, start)
    words = link_words()
    if m is None or is_place(links, m) or not same_clause(links, m.end, start, words.separable_gap_max_words + 1):
        return None
    between = links.text[m.end : start].lstrip()
    # Inversion after an adverbial: 'Naast de Regio Deal trok de gemeente X zelf € Y uit'.
    before = _ARTICLE_AT_END.sub("", links.text[max(0, m.start - 40) : m.start])
    for verb, particle in words.separable_verbs:
        inverted = re.search(rf"(?<![\w])(?:{verb.pattern})[ \t]+$", before, re.IGNORECASE) is not None
        if (verb.match(between) or inverted and len(between.split()) <= 2) and particle.match(links.text, end):
            after = links.text[end : particle.match(links.text, end).end()]
            if not amounts_between(links, end, end + len(after)):
                return None if in_group(links, m) else m
    return None


# 'de gemeente' or 'de' right before a name.
_ARTICLE_AT_END = re.compile(r"(?:(?<![\w])(?:de|het)[ \t]+)?(?:(?<![\w])gemeente[ \t]+)?$", re.IGNORECASE)



def on_behalf(links: LinkInput, start: int, end: int) -> Mention | None:
    """``Namens de gemeente X vragen wij … € Y``: the applicant of a request in one sentence.

    X follows ``namens`` (not ``mede namens``: co-applicants are a group), a
    verb of asking stands in the sentence before the amount, and the only
    other municipalities between name and amount are the co-applicants named
    after ``mede namens``.
    """
    text = links.text
    # Within SENTENCE_WINDOW characters: a longer 'sentence' is no sentence, and
    # searching back to its start for every amount is quadratic.
    window = max(0, start - SENTENCE_WINDOW)
    sentence_start = max(window - 1, *(text.rfind(c, window, start) for c in (". ", "? ", "! ", "\n", ";"))) + 1
    words = link_words()
    candidates = [
        m
        for m in links.mentions
        if sentence_start <= m.start
        and m.end <= start
        and words.on_behalf_before.search(text[max(0, m.start - 80) : m.start])
    ]
    if len(candidates) != 1 or amounts_between(links, candidates[0].end, start):
        return None
    m = candidates[0]
    if words.ask_verbs.search(text[sentence_start:start]) is None:
        return None
    between = [o for o in links.mentions if m.end <= o.start and o.end <= start]
    co = re.search(r"(?<![\w])mede\s+namens\s", text[m.end : start], re.IGNORECASE)
    if between and (co is None or between[0].start < m.end + co.start()):
        return None
    return m


_NOT_IN_POSSESSIVE = ".,;:!?()€0123456789"
# Where the sentence of a possessive starts: a stop and a space, or a blank line (not ';').
_SENTENCE_START = re.compile(r"[.!?](?=\s)|\n\s*\n")


def possessive(links: LinkInput, start: int, end: int) -> Mention | None:
    """``De gemeente Hengelo neemt geen toezicht meer af; haar plustakenbijdrage daalt daardoor met
    € 46.200``: ``haar``/``zijn`` with a money noun in the amount's clause is the money of the
    municipality the sentence opens with, when the sentence names no other before it."""
    words = link_words()
    lo = max(0, start - SENTENCE_WINDOW)
    window = links.text[lo:start]
    # No stop, bracket, euro sign or figure stands in the match: it starts after the last one.
    after_stop = max(window.rfind(c) for c in _NOT_IN_POSSESSIVE) + 1
    found = words.possessive_money_before.search(window, after_stop)
    if found is None or len(found["rest"].split()) > words.receive_gap_max_words:
        return None
    stops = list(_SENTENCE_START.finditer(window, 0, found.start()))
    if not stops and lo > 0:
        return None
    sentence = lo + (stops[-1].end() if stops else 0)
    named = [m for m in links.mentions if sentence <= m.start and m.end <= lo + found.start()]
    if not named or len({m.code for m in named}) != 1:
        return None
    opening = links.text[sentence:named[0].start]
    if re.fullmatch(r"\s*(?:" + words.municipality_articles + r"\s+)?", opening, re.IGNORECASE) is None:
        return None
    return None if in_group(links, named[0]) else named[0]


# 'is (hiervan) € Y ontvangen': a passive of receiving that names no receiver.
_PASSIVE_RECEIPT_BEFORE = re.compile(r"(?<![\w])(?:is|zijn|werd|werden)(?:\s+[^\W\d_]+){0,2}\s+$", re.IGNORECASE)
_RECEIVED_AFTER = re.compile(r"[ \t]+ontvangen(?![\w])", re.IGNORECASE)
# The Rijk's money may name its fund before the verb ('De algemene uitkering uit het gemeentefonds is
# geraamd op ...'), or its short name and year ('De rijksbijdrage GOA voor 2002 bedraagt'); a budget
# estimates it as an account states it.
_CHANGE_VERB = re.compile(r"(?:\s+uit\s+het\s+gemeentefonds|(?:\s+[A-Z]{2,6})?\s+(?:voor|in|over)\s+(?:19|20)\d\d)?"
                          r"\s+(?:stijgt|steeg|daalt|daalde|groeit|groeide|bedraagt"
                          r"|bedroeg|neemt|nam|(?:is|wordt|werd)\s+(?:geraamd|begroot)\s+op)(?![\w])", re.IGNORECASE)


def received_by_the_document(links: LinkInput, start: int, end: int) -> bool:
    """In a municipality's own budget or accounts, money it receives with no receiver named:
    the sentence opens with money the Rijk or the province gives (``De algemene uitkering stijgt
    in 2026 met € 7,5 miljoen``), or a passive of receiving (``In 2019 is hiervan € 742.480
    ontvangen``). No municipality stands in the sentence before the amount."""
    lo = max(0, start - SENTENCE_WINDOW)
    stops = list(_SENTENCE_START.finditer(links.text, lo, start))
    sentence = stops[-1].end() if stops else lo
    if any(sentence <= m.start < start for m in links.mentions) or amounts_between(links, sentence, start):
        return False
    before = links.text[sentence:start]
    if _PASSIVE_RECEIPT_BEFORE.search(before) and _RECEIVED_AFTER.match(links.text, end):
        return True
    opening = re.match(r"\s*(?:de|het)\s+", before, re.IGNORECASE)
    if opening is None:
        return False
    subject = link_words().received_money_row.match(before, opening.end())
    if subject is None:
        return False
    rest = before[subject.end():]
    return (_CHANGE_VERB.match(rest) is not None and re.search(r"[,;:()]", rest) is None
            and len(rest.split()) <= link_words().receive_gap_max_words)
