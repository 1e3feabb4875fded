"""Gapped clauses: ``Rotterdam ontving € 2 mln en Amsterdam € 3 mln``, the second clause leaving out the verb
that linked the first. ``gapped`` builds on the clause rules and the group rules, not on the order of all rules,
so it stands apart from ``pipeline.link.amounts``, which tries it in that order and shares ``object_tail``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.datafiles import load_file
from pipeline.extract.amount_patterns import amount_words, patterns
from pipeline.link.clauses import (
    APPOSITION,
    pays_verb_last,
    receives,
    receives_inverted,
    receives_verb_last,
    separable_verb,
)
from pipeline.link.granting import granted_to, reserved_for
from pipeline.link.groups import distributed
from pipeline.link.mentions import LinkInput, Mention, mention_before
from pipeline.link.merger import brought_in_clause
from pipeline.link.outcomes import has_balance, part_of_which
from pipeline.link.payments import asked_of, contributes
from pipeline.link.whole_sentence import possessive
from pipeline.link.words import link_words
from pipeline.phrases import alternation
from pipeline.resource_files import AmountsLinkingFile


@lru_cache(maxsize=1)
def object_tail() -> re.Pattern:
    """What may follow the first object before ``en``: a unit, the verb's particle ('legt € A bij voor het
    Taalhuis, Y € B'), the kind of money ('ontving € 1,4 miljoen aan precario op leidingen, Y € 860.000') and a
    short purpose phrase, its words perhaps hyphenated ('voor de Willem-Alexanderhaven')."""
    markers = alternation(amount_words().purpose_markers)
    data = load_file(AmountsLinkingFile)
    return re.compile(
        rf"(?:{patterns().unit_after.pattern})?(?:[ \t]+{alternation(data.gap_tails)})?"
        # The kind is a bare noun: 'aan het fonds' names whom the money goes to, and the name after it may be another.
        rf"(?:\s+{alternation(data.money_kind_markers)}(?!\s+(?:de|het|een)\s)(?:\s+[^\W\d_]+(?:-[^\W\d_]+)*){{1,4}}?)?"
        rf"(?:\s+{markers}(?:\s+[^\W\d_]+(?:-[^\W\d_]+)*){{1,8}})?",
        re.IGNORECASE,
    )



def gapped(links: LinkInput, start: int, end: int, depth: int = 0) -> Mention | None:
    """``Rotterdam ontving € 2 mln en Amsterdam € 3 mln`` (second clause): the clause leaves out
    the verb. The clause before receives, is granted (``Aan X kennen wij € 1,2 mln toe, aan Y €
    450.000``), receives inverted (``krijgt X € 1 en Y € 2``), contributes or pays (``X droeg € 1
    bij, de gemeente Y € 2``; ``X betaalt € 64.000, Y € 48.000``) or spends by a separable verb
    (``X trekt € 1 uit, Y € 2``), is reserved for (``Voor X is € 1 bestemd, voor Y € 2``) or brings
    a reserve into a merger (``bracht X een reserve in van € 1 en Y van € 2``); its
    amount may have a purpose (``€ 4 mln voor de route, Y €
    600.000``), its verb's particle or a period (``per jaar``) before the comma. The clause
    before may itself be gapped (``X € 1, Y € 2 en Z € 3``), ten deep. A subordinate clause closed by
    its verb of receiving or paying may come first (``dat X € 1 uit het fonds ontvangt en Y € 2``).
    """
    if depth > 10:
        return None
    m = mention_before(links, start)
    # 'voor Culemborg op € 298.700', 'en Brunssum van € 0,9 miljoen': the preposition of the first amount again.
    # 'voor Hattem, de kleinste, met € 39.000': an apposition may follow the name.
    again = re.fullmatch(r"(?:[ \t]*,[ \t]*(?:de|het)(?:[ \t]+[^\W\d_]+){1,3}[ \t]*,)?[ \t]+(op|van|met|om)[ \t]+",
                         links.text[m.end : start]) if m is not None else None
    # 'en Den Helder, de kleinste centrumgemeente, € 380.000': an apposition may follow the name.
    if m is None or not (re.fullmatch(r"[ \t]+", links.text[m.end : start]) or again is not None
                         or (apposition := APPOSITION.match(links.text[m.end : start])) is not None
                         and re.fullmatch(r"[ \t]+", links.text[m.end + apposition.end() : start])):
        return None
    previous = links.amount_before(m.start)
    if previous is None:
        return None
    first_start, first_end = previous
    # 'om een bijdrage van € 300.000 en Westerwolde om € 75.000', 'rekent op een gat van € 6,2 miljoen, Berkelland op
    # € 3,8 miljoen': 'om' or 'op' may head a noun phrase before the first.
    words_after = r"(?:[^\W\d_]+[ \t]+){0,3}" if again is not None and again[1] in ("om", "op") else ""
    if again is not None and not re.search(rf"(?<![\w]){again[1]}[ \t]+{words_after}$",
                                           links.text[max(0, first_start - 40):first_start], re.IGNORECASE):
        return None
    between = links.text[first_end : m.start]
    joiner = link_words().gapped_join.search(between)
    if joiner is None:
        return None
    tail = between[: joiner.start()]
    if object_tail().fullmatch(tail) is None:
        # 'dat X € 1 uit het fonds ontvangt en Y € 2': the clause before closed by its verb, the
        # subordinate clause's, and the gapped one leaves it out.
        words = link_words()
        last = next((rule for rule, verb in ((receives_verb_last, words.final_verb_after),
                                             (pays_verb_last, words.final_pay_verb_after))
                     if (v := verb.match(tail)) is not None and v.end() == len(tail.rstrip())), None)
        first = links.apply(last, first_start, first_end) if last is not None else None
        return m if first is not None and first != m else None
    first = None
    for rule in (receives, granted_to, reserved_for, receives_inverted, contributes, separable_verb, has_balance,
                 part_of_which, asked_of, possessive, brought_in_clause):
        first = links.apply(rule, first_start, first_end)
        if first is not None:
            break
    else:
        # 'Rotterdam en Den Haag ontvingen elk € 100 miljoen en Utrecht € 74,5 miljoen': a group before.
        group = distributed(links, first_start, first_end)
        first = group[0] if group and all(g.code != m.code for g in group) else None
        first = first or gapped(links, first_start, first_end, depth + 1)
    return m if first is not None and first != m else None

