"""What the residents or visitors of a named municipality pay it: a local tax or fee, told by a third party.

``Huishoudens in Almelo betalen volgend jaar € 317 aan rioolheffing``, ``In Hengelo betalen huishoudens
€ 262, in Enschede € 288 en in Wierden € 241``: the payers are the residents, the money goes to the
municipality they live in (ANNOTATING.md: an amount per unit paid to one named municipality carries its
code). The name stands after ``in``, which makes it a place for the clause rules; here the place is
whose levy it is; so is one after ``op`` (``Op Texel betaalt een toerist € 3,10, op Vlieland € 2,75``),
a neighbour's (``In buurgemeente X betalen toeristen € Y``), and the fee for what the municipality issues
(``In Zwolle kost een paspoort € 84,70, in Kampen € 80,15``).
The clauses after the first may leave out the verb and the payers (``in Enschede € 288``). In the
municipality's own document its own taxes get none: ``own_levy`` tells ``pipeline.normalize.amounts`` so.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.datafiles import load_file
from pipeline.link.mentions import LinkInput, Mention, amounts_between, in_group, mention_before
from pipeline.phrases import alternation
from pipeline.resource_files import AmountsLinkingFile

# Words between the verb and the amount ('volgend jaar', 'dit jaar nog gemiddeld').
_GAP_WORDS = 4


@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern]:
    data = load_file(AmountsLinkingFile)
    payers = r"(?:(?:een|de|alle)\s+)?(?:gemiddelde?\s+)?" + alternation(data.levy_payers)
    verb = alternation(data.levy_verbs)
    # 'op' as islands are written ('Op Texel betaalt een toerist € 3,10'); a neighbour named as one
    # ('In buurgemeente X betalen toeristen € Y').
    place = r"(?:in|op)\s+(?:(?:de\s+)?(?:buur)?gemeente\s+)?"
    gap = rf"(?:\s+[^\W\d_]+){{0,{_GAP_WORDS}}}?\s+"
    products = (r"(?:(?:een|het|de|hetzelfde|dezelfde|zo'?n)\s+)?(?:[^\W\d_]+\s+){0,2}?"
                + alternation(data.levy_products))
    return {
        # ' kost hetzelfde rijbewijs ' after the name: what the municipality charges for it there.
        "costs_after": re.compile(rf"\s+{alternation(data.levy_cost_verbs)}\s+{products}{gap}\Z", re.IGNORECASE),
        # 'Huishoudens in ' before the name, ' betalen volgend jaar ' after it.
        "payers_before": re.compile(rf"(?<![\w]){payers}\s+{place}\Z", re.IGNORECASE),
        "verb_after": re.compile(rf"\s+{verb}{gap}\Z", re.IGNORECASE),
        # 'In ' before the name, ' betalen huishoudens volgend jaar ' after it.
        "place_before": re.compile(rf"(?<![\w]){place}\Z", re.IGNORECASE),
        "verb_payers_after": re.compile(rf"\s+{verb}\s+{payers}{gap}\Z", re.IGNORECASE),
        # ', in ' or ' en in ' before the name of a clause that leaves out the verb.
        "gapped_before": re.compile(rf"(?:\s*,|\s+en)\s+{place}\Z", re.IGNORECASE),
    }


def levied(links: LinkInput, start: int, end: int, depth: int = 0) -> Mention | None:
    """``Huishoudens in X betalen € Y``, ``In X betalen huishoudens € Y``, and after either ``, in Z
    € W`` (``en in Z € W``): the municipality the payers live in, the amount in the same clause."""
    m = mention_before(links, start)
    if m is None or depth > 10:
        return None
    patterns = _patterns()
    between = links.text[m.end:start]
    before = links.text[max(0, m.start - 60):m.start]
    if re.search(r"[.,;:!?\n()]", between) or amounts_between(links, m.end, start):
        return None
    if patterns["verb_after"].fullmatch(between) and patterns["payers_before"].search(before):
        return None if in_group(links, m) else m
    if patterns["verb_payers_after"].fullmatch(between) and patterns["place_before"].search(before):
        return None if in_group(links, m) else m
    if patterns["costs_after"].fullmatch(between) and patterns["place_before"].search(before):
        return None if in_group(links, m) else m
    gapped = patterns["gapped_before"].search(before)
    if not re.fullmatch(r"[ \t]+", between) or gapped is None:
        return None
    previous = links.amount_before(m.start)
    if previous is None:
        return None
    # The clause before: its amount, perhaps a few words ('aan rioolheffing'), then ', in Z'.
    tail = links.text[previous[1]:m.start - len(before) + gapped.start()]
    if re.fullmatch(r"(?:[ \t]+[^\W\d_]+){0,3}", tail) is None:
        return None
    first = levied(links, *previous, depth=depth + 1)
    return m if first is not None and first.code != m.code else None


def own_levy(link: tuple[Mention, str] | None, writer: str | None) -> bool:
    """Whether ``link`` gives a levy to the municipality whose own document this is: its own income."""
    return link is not None and link[1] == "levied" and writer is not None and link[0].code == writer
