"""Amounts given over a group of municipalities: ``distributed`` (``X en Y krijgen elk € Z``, one fact
per municipality) and ``respectively`` (the n-th amount of a chain to the n-th name of the group). They read the
group a sentence names, not one municipality's clause, so they are apart from the clause rules; the order in
which all rules are tried is in ``pipeline.link.amounts``.
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

from pipeline.datafiles import load_file
from pipeline.link.mentions import LinkInput, Mention, group_pattern, mention_before, same_clause
from pipeline.link.pronouns import their_clause
from pipeline.link.words import link_words
from pipeline.phrases import alternation
from pipeline.resource_files import AmountsLinkingFile


def distributed(links: LinkInput, start: int, end: int) -> tuple[Mention, ...]:
    """``X en Y krijgen elk € Z``, ``Voor X en Y is elk € Z gereserveerd``: Z for each of them.

    A group of two or more municipalities (joined by ``en`` or commas) in the
    same clause before the amount, a verb of receiving or granting between,
    and ``elk``/``ieder`` right before the amount or ``per gemeente`` after
    it. Without such a word the group shares the amount and nothing is linked. The group may
    stand in a short clause before a colon, a pronoun after it (``X en Y vallen in de prijzen:
    zij ontvangen elk € Z``).
    """
    words = link_words()
    text = links.text
    if (after := _distributed_after(links, end)):
        return after
    distributive = (words.distribute_word_before.search(text[max(0, start - 20) : start])
                    or _EACH_THE_NOUN.search(text[max(0, start - 60) : start]))
    if distributive is None and words.distribute_word_after.match(text, end) is None:
        if not re.search(r"per\s+gemeente\s*$", text[start:end], re.IGNORECASE):
            return ()
    last = mention_before(links, start)
    if last is None:
        return ()
    # 'Ook X en Y vallen in de prijzen: zij ontvangen elk € Z': the pronoun after a colon points
    # back to the names of the short clause before it.
    lo = last.end
    pronoun = words.group_pronoun_after_colon.match(text, last.end)
    if pronoun is not None and pronoun.end() <= start:
        colon = text.rindex(":", last.end, pronoun.end())
        if same_clause(links, last.end, colon):
            lo = pronoun.end()
    if not same_clause(links, lo, start):
        return ()
    # The verb last in a clause after 'dat' ('Klopt het dat X en Y elk € Z ontvangen?').
    group = _group_ending_with(links, last)
    if (words.distribute_verbs.search(text[lo:start]) is None
            and words.final_verb_after.match(text, end) is None
            and words.final_pay_verb_after.match(text, end) is None
            and not _verb_before_group(links, group[0])):
        return ()
    if len({m.code for m in group}) < 2:
        return ()
    return group


# 'elk het minimumbedrag van € Z': what each gets named between 'elk' and the amount; 'vragen ons elk om een
# bijdrage van € Z': what each asks for, after 'om'.
_EACH_THE_NOUN = re.compile(r"(?<![\w])(?:elk|ieder|elke|iedere)\s+(?:om\s+)?(?:het|een|de)\s+[^\W\d_]+\s+van\s+$",
                            re.IGNORECASE)


def _verb_before_group(links: LinkInput, first: Mention) -> bool:
    """The verb before the group, its subject after it (``Zo ontvangen Schiermonnikoog en Vlieland
    elk ...``, ``Als voorschot ontvingen de gemeenten Haren en Ten Boer in 2018 elk € Z``)."""
    before = links.text[max(0, first.start - 40):first.start]
    return re.search(link_words().distribute_verbs.pattern + r"\s+(?:de\s+)?(?:gemeenten?\s+)?$", before,
                     re.IGNORECASE) is not None


# '€ Z, die X en Y elk betalen': a relative clause after the amount whose subject is the group.
_RELATIVE_GROUP = re.compile(r"[ \t]*,\s*(?:die|dat|welke)\s+", re.IGNORECASE)


@lru_cache(maxsize=1)
def _each_before_verb() -> re.Pattern:
    """'elk' right after the group, before the clause's last verb."""
    return re.compile(r"\s+" + alternation(load_file(AmountsLinkingFile).distribute_words), re.IGNORECASE)


def _distributed_after(links: LinkInput, end: int) -> tuple[Mention, ...]:
    """``een opslag van € 18.000, die Ameland en Vlieland elk betalen``: the group in a relative
    clause right after the amount, ``elk`` and a verb of paying or receiving after it."""
    opener = _RELATIVE_GROUP.match(links.text, end)
    if opener is None:
        return ()
    k = bisect.bisect_left(links._starts, opener.end())
    if k >= len(links.mentions) or links.mentions[k].start != opener.end():
        return ()
    last = links.mentions[k]
    while k + 1 < len(links.mentions) and group_pattern().fullmatch(links.text[last.end:links.mentions[k + 1].start]):
        k += 1
        last = links.mentions[k]
    words = link_words()
    tail = _each_before_verb().match(links.text, last.end)
    if tail is None:
        return ()
    verb_at = tail.end() + len(re.match(r"\s*", links.text[tail.end():tail.end() + 5]).group())
    if (words.final_verb_after.match(links.text, verb_at) is None
            and words.final_pay_verb_after.match(links.text, verb_at) is None):
        return ()
    group = _group_ending_with(links, last)
    return group if len({m.code for m in group}) >= 2 else ()


def _group_ending_with(links: LinkInput, last: Mention) -> tuple[Mention, ...]:
    """The municipalities joined by ``en`` or commas that end with ``last`` (``X, Y en Z``)."""
    group = [last]
    k = links.mentions.index(last)
    while k > 0:
        other = links.mentions[k - 1]
        if other.end > group[0].start or not group_pattern().fullmatch(links.text[other.end : group[0].start]):
            break
        group.insert(0, other)
        k -= 1
    return tuple(group)


_RESPECTIVELY = re.compile(r"(?<![\w])(?:respectievelijk|resp\.)(?![\w])", re.IGNORECASE)
# Between two amounts of one chain: a comma, 'en', 'respectievelijk' ('€ 45.000 respectievelijk € 61.000').
_CHAIN_JOIN = re.compile(r"[ \t]*(?:,[ \t]*)?(?:(?:en|respectievelijk|resp\.)[ \t]+)*", re.IGNORECASE)
_CHAIN_MAX = 10
_RESPECTIVELY_TAIL = re.compile(r"[ \t]*(?:,[ \t]*(?:van[ \t]+)?(?:respectievelijk|resp\.)|:)[ \t]+$", re.IGNORECASE)


def respectively(links: LinkInput, start: int, end: int) -> Mention | None:
    """``Voor X en Y is een correctie van € A respectievelijk € B verwerkt``, ``X en Y ontvangen
    respectievelijk € A en € B``: the n-th amount of a chain with ``respectievelijk`` belongs to
    the n-th municipality of the group before it in the clause; the group names as many
    municipalities as the chain has amounts."""
    text = links.text
    k = bisect.bisect_left(links._amount_ends, end)
    if k >= len(links.amounts) or links.amounts[k] != (start, end):
        return None

    def joined(a: int, b: int) -> bool:
        between = text[links.amounts[a][1] : links.amounts[b][0]]
        return bool(between.strip()) and _CHAIN_JOIN.fullmatch(between) is not None

    lo = hi = k
    while lo > 0 and k - lo < _CHAIN_MAX and joined(lo - 1, lo):
        lo -= 1
    while hi + 1 < len(links.amounts) and hi - k < _CHAIN_MAX and joined(hi, hi + 1):
        hi += 1
    chain = links.amounts[lo : hi + 1]
    first = chain[0][0]
    joins = [text[a[1] : b[0]] for a, b in zip(chain, chain[1:], strict=False)]
    if len(chain) < 2 or not (_RESPECTIVELY.search(" ".join(joins))
                              or re.search(_RESPECTIVELY.pattern + r"[ \t]+$", text[max(0, first - 20) : first],
                                           re.IGNORECASE)):
        return None
    last = mention_before(links, first)
    # 'X en Y ontvangen een uitkering, van respectievelijk € A en € B': the comma opens the
    # amounts the clause names, it ends no clause; so does a colon ('X en Y betalen mee: € A resp. € B').
    tail = _RESPECTIVELY_TAIL.search(text, max(0, first - 40), first)
    clause_end = tail.start() if tail is not None else first
    if last is None or not (same_clause(links, last.end, clause_end, link_words().verb_last_gap_max_words)
                            or their_clause(links, last.end, clause_end)):  # '...; hun aandeel bedraagt resp.'
        return None
    group = _group_ending_with(links, last)
    if len(group) != len(chain) or len({m.code for m in group}) != len(group):
        return None
    return group[k - lo]

