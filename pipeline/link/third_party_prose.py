"""The sentence rules for a municipality's money in a third party's prose, tried in turn.

A ruling, an advice, a supervisor's letter or news tells in a sentence what a municipality is fined or
imposes (pipeline.link.penalties), must pay (pipeline.link.must_pay), raises or lowers
(pipeline.link.raises), is asked to compensate (pipeline.link.compensation) or holds in reserve
(pipeline.link.reserves). ``pipeline.normalize.amounts`` asks them only outside tables, in a document
that is no municipality's own, when no other rule found a municipality named.
"""

from __future__ import annotations

from pipeline.link.compensation import compensation_of_college
from pipeline.link.mentions import LinkInput, Mention
from pipeline.link.must_pay import must_pay
from pipeline.link.penalties import penalty_municipality
from pipeline.link.raises import raised_by
from pipeline.link.reserves import reserve_of


def third_party_money(links: LinkInput, start: int, end: int, college: str | None, addressee: str | None,
                      writer: str | None) -> tuple[Mention, str] | None:
    """The municipality and link rule of the amount at ``start:end`` by these sentence rules; ``college``
    is the municipality whose college the document is addressed to or names as a party, ``addressee``
    the one a letter is to, ``writer`` the one whose document it may be."""
    if (fined := penalty_municipality(links, start, end, college)) is not None:
        return Mention(start, start, fined), "penalty"
    if (payer := must_pay(links, start, end, addressee)) is not None:
        return payer, "pays_verb_last"
    if (raiser := raised_by(links, start, end)) is not None:
        return raiser, "contributes"
    if (asked := compensation_of_college(links, start, end, college)) is not None:
        return Mention(start, start, asked), "asked_of"
    if (holder := reserve_of(links, start, writer)) is not None:
        return holder, "possessive"
    return None
