"""The link rules that read a clause: a verb or a preposition says whose money an amount is.

``amount_then_name`` (``€ 950.000 voor de gemeente Den Haag``), ``receives``, ``receives_inverted``,
``receives_verb_last``, ``pays_verb_last``, ``received_in_relative`` and ``separable_verb``: each reads the
municipality named in the amount's clause and the words around it (``resources/link/``, ``pipeline.link.words``).
The rules of granting (``granted_to``, ``reserved_for``) are in ``pipeline.link.granting``, those that read the
whole sentence (``on_behalf``, ``possessive``) in ``pipeline.link.whole_sentence``, those of paying and asking
(``payment_to``, ``request_of``, ``contributes``) in ``pipeline.link.payments``. The order in which they are
tried, and what each says, is in ``pipeline.link.amounts``.
"""
from __future__ import annotations

import re
from functools import lru_cache

from pipeline.datafiles import load_file
from pipeline.extract.amount_patterns import amount_words
from pipeline.link.mentions import (
    ASIDE,
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


# 'in de jaren 2022 tot en met 2026', 'over de periode 2024-2027', 'in 2025': when the subject receives.
_PERIOD = re.compile(r"[ \t]+(?:in|over|voor)[ \t]+(?:(?:de[ \t]+jaren|de[ \t]+periode|het[ \t]+jaar)[ \t]+)?"
                     r"(?:19|20)\d\d(?:[ \t]*(?:tot[ \t]+en[ \t]+met|t/m|tot|-|–)[ \t]*(?:19|20)\d\d)?(?![\w])",
                     re.IGNORECASE)


# 'een (incidentele) aanvulling van ' right before the amount: the noun phrase it heads.
_AMOUNT_NOUN_PHRASE = re.compile(r"(?<![\w])(?:een|de|het)[ \t]+(?:[^\W\d_]+[ \t]+){0,2}[^\W\d_]+[ \t]+van[ \t]*$",
                                 re.IGNORECASE)


# A relative clause right after the name, between commas: 'De gemeente Veendam, die in dezelfde
# ronde een aanvraag deed, ontving € 95.000'; the name stays the subject of the verb after it.
# An apposition with 'als' stands there the same way: 'De gemeente Emmen, als penvoerder van de Regio
# Deal, ontvangt € Y'.
# So does a short apposition of what the municipality is or has: 'Schiermonnikoog, de kleinste
# gemeente, ontvangt € Y', 'Ede, met 120.400 inwoners, ontvangt € Y'; and the same in brackets, no money in
# them: 'De gemeente Ede (120.400 inwoners) draagt € Y bij'.
APPOSITION = re.compile(r"^[ \t]*(?:,[ \t]*(?:(?:die|dat|waarvan|waarin|waar|waarmee|waarvoor|waarop|waaraan|waarbij"
                       r"|wier|wiens|als)(?![\w])[^,.;:!?\n€]*"
                       r"|(?:de|het|met)[ \t]+(?:[^\W_]+|\d{1,3}(?:\.\d{3})+)(?:[ \t]+[^\W_]+){0,4}[ \t]*),"
                       r"|\([^()€\n]{1,40}\))",
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
    # 'ontvangt X in de jaren 2022 tot en met 2026 in totaal € Y': the years it receives in are no gap either.
    period = _PERIOD.match(links.text, after)
    after = period.end() if period is not None and period.end() <= start else after
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
    adverbs = alternation(load_file(AmountsLinkingFile).object_adverbs)
    # A year may come first: 'ontvangt X in 2025 een specifieke uitkering onderwijsachterstandenbeleid van € Y',
    # and an adverb ('ontvangt X in 2024 daarnaast een decentralisatie-uitkering Vrouwenopvang van € Y').
    return (re.fullmatch(rf"\s+(?:(?:in|voor|over)\s+(?:19|20)\d\d\s+)?(?:{adverbs}\s+)?(?:een|de|het)\s+"
                         rf"(?:[^\W\d_]+\s+)?{nouns}(?:\s+[^\W\d_]+)*\s+van\s+", between,
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
# A merged-away municipality named as such: 'die de voormalige gemeente X in 2020 stortte'.
_RELATIVE_RIGHT_AFTER = re.compile(r"[ \t]+(?:die|dat)[ \t]+(?:de[ \t]+)?(?:voormalige[ \t]+)?(?:gemeente[ \t]+)?",
                                   re.IGNORECASE)
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
    # The clause ends there, or the next object of the main verb follows ('... stortte en € 35.000 die ...').
    if re.match(r"[ \t]*(?:[.,;:!?\n]|$|en[ \t]+€)", links.text[verb.end() : verb.end() + 8]) is None:
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
