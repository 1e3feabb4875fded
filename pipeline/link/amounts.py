"""Link amounts to municipalities: the named rules that say whose money an amount is.

Linking reads the municipality spans the municipalities component wrote
(``doc.spans["municipalities"]``, CBS code in ``kb_id_``). Each structural cue
is a named rule, tried in order; the first that fires wins:

``name_then_amount``  ``Den Haag (€ 950.000)``, ``Amsterdam, (€ 920.000)``,
                      ``1. Den Haag: € 1.235.480,-``, ``Delft – € 535.000``
``amount_then_name``  ``€ 950.000 voor (de gemeente) Den Haag``, ``€ 950.000 (Den Haag)``
``receives``          ``(de gemeente) Utrecht ontvangt/krijgt/vraagt … € 683.000``,
                      ``Utrecht heeft € 683.000 ontvangen``, ``De gemeente X wordt € Y toegekend``
``granted_to``        ``Aan (de gemeente) Utrecht is € 683.000 toegekend``,
                      ``kent de gemeente Arnhem een uitkering toe van € 400.000``
``reserved_for``      ``Voor (de gemeente) X is € Y gereserveerd``, ``Ten behoeve van X wordt € Y
                      beschikbaar gesteld``
``receives_inverted``  inversion after an adverbial: ``Zo krijgt de gemeente Breda € 2 mln``,
                      ``In 2018 ontving Venlo een bijdrage van € 80.000``
``receives_verb_last`` a subordinate clause: ``dat de gemeente Oss in 2020 € 90.000 minder kreeg``
``pays_verb_last``    the same with a verb of paying last: ``Dat de gemeente X een aanvullende
                      bijdrage van € Y betaalt, achten wij juist`` (X the payer)
``received_in_relative`` ``€ 1,3 miljoen uit het Rijk, die de gemeente X ontving``: a relative
                      clause after the amount names its receiver
``received_by_the_subject`` ``De uitkering, die X van het Rijk ontvangt, is geraamd op € Y``: the
                      subject's relative clause names its receiver (``pipeline.link.relatives``)
``payment_to``        ``De uitkering aan (de gemeente) Delft steeg met € 12.000``
``paid_out_to``       ``De regio X krijgt € Y; de rijksbijdrage wordt uitgekeerd aan de gemeente Z``
``request_of``        ``De aanvraag van (de gemeente) Apeldoorn van € 6,3 miljoen is afgewezen``
``asked_of``          ``Wij vragen de gemeente Lopik om een bijdrage van € 180.000``: X asked to pay
``contributes``       ``De gemeente Breda draagt zelf € 30.000 bij``, ``Breda betaalt een
                      bijdrage van € 30.000``: X pays; the amount is X's money all the same,
                      so it is linked (the rule name says payer)
``separable_verb``    ``De gemeente Assen trekt er € 2 ton voor uit``, ``Zwolle stelt
                      € 80.000 beschikbaar``: a separable verb of spending or receiving
``levied``            ``Huishoudens in X betalen € Y``, ``In X betalen huishoudens € Y, in Z € W``: a levy
                      the residents pay the municipality they live in (``pipeline.link.levied``)
``goes_from``         ``Uitgeest gaat van € A naar € B en Castricum van € C naar € D``: the subject's money
                      before a change (``pipeline.link.goes_from``)
``on_behalf``         ``Namens de gemeente Ede (, mede namens …,) vragen wij € 180.000``: the
                      applicant of a request in the same sentence
``possessive``        ``De gemeente Hengelo ...; haar plustakenbijdrage daalt met € 46.200``: the
                      municipality the sentence opens with
``listed_after_colon`` ``De regiogemeenten betalen: Heiloo € 64.500, Castricum € 98.200``
                      (``pipeline.link.lists``)
``means_for``, ``needs``, ``part_of_which`` what an amount comes to for X, what X needs, X's part
                      (``pipeline.link.outcomes``)
``respectively``      ``Voor X en Y is € A respectievelijk € B verwerkt``: the n-th amount to the n-th name
                      (``pipeline.link.groups``)
``gapped``            ``Rotterdam ontving € 2 mln en Amsterdam € 3 mln`` (second clause; ``pipeline.link.gapped``)
``granted_conjunct``  ``aan X € A en aan Y € B te verlenen``: the conjuncts before the last, whose
                      grant verb comes after it (``pipeline.link.conjuncts``)
``second_object``     ``Delft ontving € 40.000 voor sport en € 15.000 voor cultuur``: the
                      second amount is another object of the verb that linked the first
``restated``          ``Ede ontvangt € 2.500 per plek, in totaal € 1.050.000``: the same money
                      again after a comma, as a sum or per period
``granted_of_which``  ``X vroeg € 275.000; daarvan kennen wij € 200.000 toe``: the part granted of X's money
``comes_from``        ``€ 40.000 is afkomstig van de gemeente Aalten``: the payer after the amount
                      (``pipeline.link.payer``; there too ``fronted_amount``: ``€ Y betaalt X``)
``received_after_but`` ``X vroeg € A, maar krijgt € B``: the subject shared by a verb of receiving
                      (``pipeline.link.but_receives``)
``pointed_back_to``   ``Zonder die 12,4 miljoen``: the figure written with ``€`` before, whose it is
``table_row``         a table row or short list item with one municipality: ``Utrecht | € 683.000``
``same_row``          the later figures of a row whose first figure the row links
                      (``Arnhem | € 3.592.513 | € 3.851.909``)
``recipient_field``   a field block: ``Subsidieontvanger: Gemeente Oss`` / ``Verleend bedrag: € 145.000``
``part_of_total``     the rows of a table that add up to its total row, when the text gives that
                      sum to one municipality (a bill's lines, a grant's payment schedule); decided
                      in ``pipeline.link.rows`` once the page's other amounts are linked
``addressee``         ``Hierbij verleen ik uw gemeente € 125.000``: ``uw gemeente`` in the amount's
                      sentence, in a letter whose addressee names a municipality
                      (``Gemeente Almere``); decided in ``pipeline.link.addressee``,
                      which knows the document's addressee

``amount_then_name`` also reads ``€ Y gaat naar de voormalige gemeente X``
and ``receives`` a colon before the amount (``X krijgt het grootste deel: € Y``).
A name after ``in``, ``uit``, ``bij`` (``een stichting in de gemeente X``) is a place, not
the subject that receives or pays. The name-first rules read one clause: no comma, colon or
sentence end between name and amount, no other amount, at most ``receive_gap_max_words`` words.

``distributed`` (tried before the others): ``X en Y krijgen elk € Z``, ``Voor
X en Y is ieder € Z gereserveerd``, ``X en Y ontvangen € Z per gemeente``
give one fact per municipality over the same characters, with distinct fact
ids. Otherwise a municipality in a group (``Gouda en Nijmegen (€ 400.000)``,
``X en Y krijgen samen € Z``) is never linked: the amount may be shared
(``pipeline.link.groups``).

A figure in a table row labelled as a total (``Subtotaal Groningen | 1.667 | 329``) is linked
by no rule. Links stay within the amount's sentence. The only cues that reach further are
structural: a table row or a short list item (``table_row``, ``same_row``) and a field
block (``recipient_field``). A long line of
running text with a wide gap in it (redaction debris) is no table row, so the
municipality of an earlier sentence, or of the letter's sender, is never
carried over, except as the antecedent of a bare ``de gemeente`` (``pipeline.link.anaphora``,
asked by ``pipeline.normalize.amounts``). No link is better than a wrong one, so a sentence with a
municipality and an amount but none of these cues gets none.

Where the rules are: those that read a clause (a verb or a preposition) in
``pipeline.link.clauses``, those of granting in ``pipeline.link.granting``, those that read the
whole sentence (``on_behalf``, ``possessive``) in ``pipeline.link.whole_sentence``, those that read
the layout (a pair, a row, a field block) in ``pipeline.link.rows``, ``listed_after_colon`` in
``pipeline.link.lists``, the rules for a group of municipalities (``distributed``, ``respectively``)
in ``pipeline.link.groups``, ``gapped`` in ``pipeline.link.gapped``; here the order they are tried
in and the rules that try that order again on an earlier amount (``second_object``, ``restated``,
``granted_of_which``, ``pointed_back_to``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.datafiles import load_file
from pipeline.extract.amount_forms import pointed_back
from pipeline.extract.amount_patterns import patterns
from pipeline.link.but_receives import received_after_but
from pipeline.link.clauses import (
    amount_then_name,
    pays_verb_last,
    received_in_relative,
    receives,
    receives_inverted,
    receives_verb_last,
    separable_verb,
)
from pipeline.link.conjuncts import granted_conjunct
from pipeline.link.earlier import in_another_period
from pipeline.link.gapped import gapped, object_tail
from pipeline.link.goes_from import goes_from
from pipeline.link.granting import granted_to, reserved_for
from pipeline.link.grants import granted_perfect
from pipeline.link.groups import respectively
from pipeline.link.levied import levied
from pipeline.link.lists import listed_after_colon
from pipeline.link.mentions import (  # noqa: F401 (LINK_WINDOW, amount_chars: read from here)
    LINK_WINDOW,
    LinkInput,
    Mention,
    amount_chars,
    total_row,
)
from pipeline.link.merger import brought_in_clause
from pipeline.link.moved_to import moved_to
from pipeline.link.outcomes import has_balance, means_for, needs, part_of_which
from pipeline.link.payer import comes_from, fronted_amount, paid_to_another, pays_inverted, received_from
from pipeline.link.payments import asked_of, contributes, paid_out_to, payment_to, request_of
from pipeline.link.relatives import received_by_the_subject
from pipeline.link.rows import name_then_amount, recipient_field, same_row, table_row
from pipeline.link.whole_sentence import on_behalf, possessive
from pipeline.link.words import link_words
from pipeline.phrases import alternation
from pipeline.resource_files import AmountsLinkingFile


def link_municipality(links: LinkInput, start: int, end: int) -> tuple[Mention, str] | None:
    """The municipality the amount at [start, end) belongs to and the rule that says so, or None.

    A figure of a total row (``Subtotaal Groningen | 1.667``) belongs to none. A euro figure
    in brackets after the same sum in another currency is read where that sum stands."""
    if total_row(links.text, start):
        return None
    for s, e in places_of(links.text, start, end):
        for rule in LINK_RULES:
            mention = links.apply(rule, s, e)
            if mention is not None:
                return mention, rule.__name__
    return None


def places_of(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Where the sentence reads the amount at [start, end): there, and for the euro value in
    brackets of a figure in another currency (``een subsidie van f 185.000,-- (€ 83.949,34) is
    toegekend``: letters of 2001 print both) from that figure to the closing bracket."""
    before = link_words().restated_before.search(text, max(0, start - 40), start)
    close = re.match(r"[ \t]*\)", text[end:end + 5])
    if before is None or close is None:
        return [(start, end)]
    return [(start, end), (before.start(), end + close.end())]



def second_object(links: LinkInput, start: int, end: int, depth: int = 0) -> Mention | None:
    """``X ontving € A voor de jeugdzorg en € B voor de Wmo``: another object of the same verb.

    The amount follows ``en`` (``en nog``, ``plus``) after the previous amount
    of the sentence and its purpose; the previous amount is linked by a rule,
    and no municipality, figure or clause break stands between the two.
    """
    previous = links.amount_before(start)
    if depth > 10 or previous is None:
        return None
    first_start, first_end = previous
    between = links.text[first_end:start]
    joiner = link_words().object_joiner_before.search(between)
    if joiner is None or re.search(r"[.,;:!?\n()\d€]", between):
        return None
    if any(first_end <= o.start and o.end <= start for o in links.mentions):
        return None
    if object_tail().fullmatch(between[: joiner.start()]) is None:
        return None
    for rule in LINK_RULES:
        if rule is second_object:
            found = second_object(links, first_start, first_end, depth + 1)
        else:
            found = links.apply(rule, first_start, first_end)
        if found is not None:
            return found
    return None


@lru_cache(maxsize=1)
def _restating_tail() -> re.Pattern:
    """After the first amount: its unit, a few words (``voor 420 plekken``, a period ``voor de
    periode 2025-2028``), then the comma and ``in totaal`` or ``dat is``."""
    return re.compile(rf"(?:{patterns().unit_after.pattern})?(?:[ \t]+[^\W_]+(?:[-/][^\W_]+)*){{0,5}}?"
                      rf"{link_words().restating_join.pattern}", re.IGNORECASE)


@lru_cache(maxsize=1)
def _unit_bracket() -> re.Pattern:
    """'€ 186.000 per jaar (' before '€ 4.650 per plaats)': the same money per unit, in brackets."""
    return re.compile(rf"(?:{patterns().unit_after.pattern})?[ \t]*\([ \t]*", re.IGNORECASE)


# 'per plaats' after the figure, or in the amount's own text, its unit ('€ 77 per uur').
_PER_AFTER = re.compile(r"[ \t]+per[ \t]+", re.IGNORECASE)


# 'X ontvangt € 612,4 miljoen uit het gemeentefonds, € 4,9 miljoen meer dan ...': the change of the
# same money, right after a comma.
_CHANGE_AFTER = re.compile(r"[ \t]+(?:meer|minder)(?![\w])", re.IGNORECASE)


# 'Zuidhorn bracht met € 18,7 miljoen het grootste deel in, onder meer de reserve Kindcentra van € 4,1 miljoen':
# a part of the same money, named after a comma.
_PART_TAIL = re.compile(r"(?:[ \t]+[^\W\d_]+){0,5}?[ \t]*,[ \t]*(?:onder[ \t]+meer|onder[ \t]+andere|waaronder)"
                        r"(?:[ \t]+[^\W\d_]+){1,6}?[ \t]+van[ \t]+", re.IGNORECASE)


@lru_cache(maxsize=1)
def _changed_tail() -> re.Pattern:
    return re.compile(rf"(?:{patterns().unit_after.pattern})?(?:[ \t]+[^\W\d_]+){{0,5}}?[ \t]*,[ \t]*", re.IGNORECASE)


@lru_cache(maxsize=1)
def _changed_next_sentence() -> re.Pattern:
    """'X ontvangt € 17,4 miljoen. Dat is € 277.713 meer dan ...': the change of the same money in the
    sentence right after it, opened by 'Dat is'; a euro value in brackets may close the first, and so may a
    bracket without money ('€ 3.862.410 (beschikking van 12 december 2024). Dat is € 241.380 minder')."""
    joiners = alternation(load_file(AmountsLinkingFile).restating_joiners)
    return re.compile(rf"[ \t]*\)?(?:[ \t]*\([^()€\n]*\))?[ \t]*\.[ \t]*\n?[ \t]*{joiners}[ \t]+", re.IGNORECASE)


def changed_next_sentence(links: LinkInput, start: int, end: int) -> tuple[int, int] | None:
    """The amount whose change the amount at [start, end) gives in the sentence right after it
    (``... € 17.430.606. Dat is € 277.713 meer dan geraamd``), if it does."""
    previous = links.amount_before(start)
    if (previous is None or not _CHANGE_AFTER.match(links.text, end)
            or not _changed_next_sentence().fullmatch(links.text[previous[1]:start])):
        return None
    return previous


def restating(links: LinkInput, start: int) -> tuple[int, int] | None:
    """The amount the one at ``start`` restates as a sum or per period right after a comma (``€ 17.800 per
    jaar voor 2024 en 2025, in totaal € 35.600``), no municipality between, if it does."""
    previous = links.amount_before(start)
    if (previous is None or _restating_tail().fullmatch(links.text[previous[1]:start]) is None
            or any(previous[1] <= o.start and o.end <= start for o in links.mentions)):
        return None
    return previous


def restated(links: LinkInput, start: int, end: int) -> Mention | None:
    """``Ede ontvangt € 2.500 per plek, in totaal € 1.050.000``, ``X ontvangt € 314.000, dat is
    € 78.500 per jaar``: the same money again, in a sum or per period, right after a comma and
    ``in totaal`` or ``dat is``; or its change (``X ontvangt € 612,4 miljoen uit het gemeentefonds,
    € 4,9 miljoen meer dan ...``), or a part of it (``X bracht € 18,7 miljoen in, onder meer de reserve
    Y van € 4,1 miljoen``), or what it becomes (``gaat van € A naar € B``). It belongs to whom the
    amount before it belongs, when a rule links that one and no municipality stands between."""
    if (before := in_another_period(links, start)) is not None:  # 'Vorig jaar was dat nog € Y'
        again = next((m for rule in LINK_RULES if (m := links.apply(rule, *before)) is not None), None)
        if again is not None:
            return again
    previous = links.amount_before(start)
    if previous is None:
        return None
    first_start, first_end = previous
    between = links.text[first_end:start]
    if (_restating_tail().fullmatch(between) is None and _PART_TAIL.fullmatch(between) is None
            and not moved_to(links.text, first_start, first_end, start)
            and not (_unit_bracket().fullmatch(between) and _PER_AFTER.search(links.text, start, end + 5))) and not (
            _CHANGE_AFTER.match(links.text, end) and (_changed_tail().fullmatch(between)
                                                      or _changed_next_sentence().fullmatch(between))):
        return None
    if any(first_end <= o.start and o.end <= start for o in links.mentions):
        return None
    # The amount before is read where its guilder figure stands too ('f 38.412.000,-- (€ 17.430.606)').
    for place in places_of(links.text, first_start, first_end):
        for rule in LINK_RULES:
            found = None if rule is restated else links.apply(rule, *place)
            if found is not None:
                return found
    return None


# 'X vroeg € 275.000; daarvan kennen wij € 200.000 toe': the part of X's money granted, in the clause
# after it; the verb of granting around the amount.
_GRANTED_OF_WHICH = re.compile(r"[ \t]*[;,][ \t]*(?:maar[ \t]+)?daarvan[ \t]+(?:kennen|kent|ken|wordt|is)"
                               r"(?:[ \t]+[^\W\d_]+){0,2}?[ \t]+", re.IGNORECASE)
_GRANTED_OF_WHICH_AFTER = re.compile(r"(?:[ \t]+[^\W\d_]+){0,3}?[ \t]+(?:toe|toegekend|verleend)(?![\w])",
                                     re.IGNORECASE)


# 'de gemeente X vraagt € 340.000; toegekend € 300.000': a decision list's short form, the participle first.
_GRANTED_BEFORE = re.compile(r"[ \t]*[;,][ \t]*(?:(?:maar|daarvan)[ \t]+)?(?:toegekend|verleend|gehonoreerd)"
                             r"[ \t]*:?[ \t]*", re.IGNORECASE)


def granted_of_which(links: LinkInput, start: int, end: int) -> Mention | None:
    """``Dalfsen vroeg € 275.000; daarvan kennen wij maximaal € 200.000 toe``, ``Dalfsen vraagt € 275.000;
    toegekend € 200.000``: the part granted of the amount before it belongs to whom that amount belongs, when a
    rule links that one and no municipality stands between."""
    previous = links.amount_before(start)
    if previous is None:
        return None
    between = links.text[previous[1]:start]
    if not ((_GRANTED_OF_WHICH.fullmatch(between) and _GRANTED_OF_WHICH_AFTER.match(links.text, end))
            or _GRANTED_BEFORE.fullmatch(between)):
        return None
    for rule in LINK_RULES:
        found = None if rule is granted_of_which else links.apply(rule, *previous)
        if found is not None:
            return found
    return None


def pointed_back_to(links: LinkInput, start: int, end: int) -> Mention | None:
    """``Zwolle krijgt € 12,4 miljoen. ... "Zonder die 12,4 miljoen hadden we ..."``: a demonstrative
    before a figure the text wrote with ``€`` before; it is that money, whose it is."""
    earlier = pointed_back(links.text, start, end)
    if earlier is None:
        return None
    first = next(((s, e) for s, e in links.amounts if s == earlier), None)
    if first is None:
        return None
    for rule in LINK_RULES:
        found = None if rule is pointed_back_to else links.apply(rule, *first)
        if found is not None:
            return found
    return None



LINK_RULES = (
    paid_to_another,
    received_from,
    comes_from, fronted_amount,
    name_then_amount,
    amount_then_name,
    receives,
    granted_to,
    reserved_for,
    receives_inverted,
    receives_verb_last,
    pays_verb_last,
    granted_perfect,
    brought_in_clause,
    received_in_relative,
    received_by_the_subject,
    payment_to,
    paid_out_to,
    request_of,
    asked_of,
    contributes,
    pays_inverted,
    separable_verb,
    levied,
    goes_from,
    on_behalf,
    means_for,
    needs,
    has_balance,
    part_of_which,
    respectively,
    gapped,
    granted_conjunct,
    second_object,
    restated,
    granted_of_which,
    received_after_but,
    pointed_back_to,
    listed_after_colon,
    possessive,
    table_row,
    same_row,
    recipient_field,
)
