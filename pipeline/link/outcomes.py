"""What an amount comes to for a municipality, what it needs and its part of a sum: link rules that
read neither a verb of receiving nor of paying.

``means_for``    ``Voor Maastricht betekent het voorstel per saldo een teruggave van € 262.000``, ``Voor
                 Gennep betekent dit een stijging van de totale bijdrage met € 46.210``, ``zou
                 voor Almelo een verhoging met € 58.000 betekenen``, ``Voor Tilburg daalt de uitkering in
                 2028 met € 2,9 miljoen``, ``de uitkering voor Deventer als centrumgemeente vastgesteld op
                 € Y``: the outcome of a proposal, a change or a sum fixed for X is X's money.
``needs``        ``De gemeente heeft aangegeven € 7,5 miljoen nodig te hebben``, ``X heeft € Y nodig``:
                 what a municipality says it needs is an amount asked for (ANNOTATING.md).
``part_of_which`` ``dragen samen € 5 miljoen bij, waarvan Eemsdelta € 2 miljoen``: the named one's part.
``has_balance``  ``De gemeente Heerlen had over 2023 een tekort van € 5,6 miljoen``, ``dat Emmen een overschot
                 van € 2 miljoen heeft``: a deficit or surplus a municipality has is its money, as a third
                 party tells it (ANNOTATING.md: its spending and budgets carry its code).

The order in which they are tried with the other rules is in ``pipeline.link.amounts``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.datafiles import load_file
from pipeline.extract.amount_patterns import amount_words
from pipeline.link.clauses import subject_before
from pipeline.link.mentions import LinkInput, Mention, amounts_between, in_group, is_place, mention_before, same_clause
from pipeline.link.words import link_words
from pipeline.phrases import alternation
from pipeline.resource_files import AmountsLinkingFile

# Words between a proposal's outcome verb and the noun of the amount: 'het voorstel per saldo'.
_SUBJECT_MAX_WORDS = 5


@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern]:
    data = load_file(AmountsLinkingFile)
    outcome = alternation(data.outcome_verbs)
    nouns = alternation(amount_words().money_nouns)
    # 'een stijging van de totale bijdrage met ': the money the change is of, between.
    of_money = rf"(?:[ \t]+van[ \t]+(?:de|het|zijn|haar)[ \t]+(?:[^\W\d_]+[ \t]+)?{nouns})?"
    balance_verb = alternation(data.balance_verbs)
    # A word between subject and deficit, no object of its own ('Emmen heeft de provincie een tekort gemeld').
    gap = r"(?:[ \t]+(?!(?:een|de|het|met|aan|voor|die|dat)(?![\w]))[^\s.,;:!?€()]+)"
    balance = (r"[ \t]+een[ \t]+(?:[^\W\d_]+[ \t]+)?" + alternation(data.balance_nouns)
               + r"(?:[ \t]+(?:op|in|over)(?:[ \t]+[^\s.,;:!?€()]+){1,4}?)?[ \t]+van[ \t]+")
    return {
        # 'Voor X betekent (het voorstel) (per saldo) (in 2026) een teruggave van ' between name and amount.
        "outcome_first": re.compile(rf"[ \t]*,?[ \t]+{outcome}(?:[ \t]+(?:[^\W\d_]+|(?:19|20)\d\d))"
                                    rf"{{0,{_SUBJECT_MAX_WORDS}}}?"
                                    # A range's span opens with its 'van' ('van € 0,6 à 0,8 miljoen').
                                    rf"[ \t]+een[ \t]+[^\W\d_]+{of_money}[ \t]+(?:(?:van|met)[ \t]+)?", re.IGNORECASE),
        # 'Voor X betekent dit (tweemaal) € Y': the outcome the amount itself, the pronoun the subject.
        "outcome_bare": re.compile(rf"[ \t]*,?[ \t]+{outcome}[ \t]+(?:dit|dat|het)"
                                   rf"(?:[ \t]+{alternation(data.outcome_multipliers)})?[ \t]+", re.IGNORECASE),
        # 'voor X een verhoging met € Y (zou) betekenen': the verb after the amount.
        "outcome_between": re.compile(r"[ \t]+een[ \t]+[^\W\d_]+[ \t]+(?:van|met)[ \t]+", re.IGNORECASE),
        "outcome_last": re.compile(r"[ \t]+(?:zou|zal|kan)?[ \t]*" + alternation(data.outcome_verbs_last)
                                   + r"(?![\w])", re.IGNORECASE),
        # 'Voor X daalt de uitkering (in 2028) met ': a change of X's money.
        "change": re.compile(rf"[ \t]*,?[ \t]+{alternation(data.change_verbs)}[ \t]+(?:de|het|zijn|haar)[ \t]+"
                             rf"(?:[^\W\d_]+[ \t]+)?{nouns}(?:[ \t]+[^\s.,;:!?()€]+){{0,3}}?[ \t]+met[ \t]+",
                             re.IGNORECASE),
        # 'voor X (als centrumgemeente) vastgesteld op ': its money fixed at the amount.
        "fixed": re.compile(r"(?:[ \t]+als[ \t]+[^\W\d_]+)?[ \t]+" + alternation(data.fixed_participles)
                            + r"[ \t]+(?:op|tot)[ \t]+", re.IGNORECASE),
        # 'X had (over 2023) een tekort (op de bijstand) van ': the verb first, or after the amount.
        "balance_first": re.compile(rf"[ \t]+{balance_verb}{gap}{{0,{_SUBJECT_MAX_WORDS}}}?" + balance, re.IGNORECASE),
        "balance_before": re.compile(rf"{gap}{{0,{_SUBJECT_MAX_WORDS}}}?" + balance, re.IGNORECASE),
        "balance_last": re.compile(rf"(?:[ \t]+[^\s.,;:!?€()]+){{0,{_SUBJECT_MAX_WORDS}}}?[ \t]+{balance_verb}(?![\w])",
                                   re.IGNORECASE),
        "need_after": re.compile(r"[ \t]+" + alternation(data.need_words) + r"(?![\w])", re.IGNORECASE),
        "part_before": re.compile(r"(?<![\w])" + alternation(data.part_openers) + r"[ \t]+(?:"
                                  + alternation(data.municipality_articles) + r"[ \t]+)?\Z", re.IGNORECASE),
    }


def means_for(links: LinkInput, start: int, end: int) -> Mention | None:
    """``Voor X betekent het voorstel een teruggave van € Y``, ``Voor X betekent dit tweemaal € Y``, ``voor X een
    verhoging met € Y betekenen``, ``Voor X daalt de uitkering met € Y``, ``voor X vastgesteld op € Y``: X after
    ``voor``, the outcome, the change or the sum fixed in the same sentence, no other amount between."""
    m = mention_before(links, start)
    if m is None:
        return None
    if link_words().reserve_before.search(links.text, max(0, m.start - 40), m.start) is None:
        return None
    patterns = _patterns()
    between = links.text[m.end:start]
    if re.search(r"[.;:!?\n()]", between) or amounts_between(links, m.end, start):
        return None
    if not (patterns["outcome_first"].fullmatch(between) or patterns["outcome_bare"].fullmatch(between)
            or patterns["change"].fullmatch(between)
            or patterns["fixed"].fullmatch(between)
            or patterns["outcome_between"].fullmatch(between) and patterns["outcome_last"].match(links.text, end)):
        return None
    return None if in_group(links, m) else m


def needs(links: LinkInput, start: int, end: int) -> Mention | None:
    """``(de gemeente) X (zelf) heeft € Y nodig``, ``X heeft aangegeven € Y nodig te hebben``: the
    subject before the amount in its clause, ``nodig`` right after the amount."""
    if _patterns()["need_after"].match(links.text, end) is None:
        return None
    m = subject_before(links, start)
    if m is None or is_place(links, m):
        return None
    if not same_clause(links, m.end, start, link_words().verb_last_gap_max_words):
        return None
    return None if in_group(links, m) else m


def part_of_which(links: LinkInput, start: int, end: int) -> Mention | None:
    """``..., waarvan (de gemeente) X € Y``: the name right after ``waarvan``, its part right after."""
    m = mention_before(links, start)
    if m is None or re.fullmatch(r"[ \t]+", links.text[m.end:start]) is None:
        return None
    if _patterns()["part_before"].search(links.text, max(0, m.start - 30), m.start) is None:
        return None
    return None if in_group(links, m) else m


def has_balance(links: LinkInput, start: int, end: int) -> Mention | None:
    """``De gemeente Heerlen had over 2023 een tekort van € 5,6 miljoen``, ``dat Kerkrade een tekort van
    € 1 miljoen had``: the subject right before, ``een tekort`` (``overschot``, ``nadeel``) ``van`` before
    the amount, the verb of having between them or right after the amount, in one clause."""
    m = mention_before(links, start)
    if m is None or is_place(links, m):
        return None
    patterns = _patterns()
    between = links.text[m.end:start]
    if re.search(r"[.;:!?\n()]", between) or amounts_between(links, m.end, start):
        return None
    if not (patterns["balance_first"].fullmatch(between)
            or patterns["balance_before"].fullmatch(between) and patterns["balance_last"].match(links.text, end)):
        return None
    return None if in_group(links, m) else m
