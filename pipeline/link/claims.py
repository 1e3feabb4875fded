"""``Bouwcombinatie Twentekanaal eist € 2,4 miljoen van de gemeente Hengelo``: a claim against a
municipality, named after the amount with ``van``, is money it is charged and carries its code
(ANNOTATING.md: money a municipality is charged carries its code, as a payer's amount does). The
verb must claim (``eist``, ``vordert``, ``claimt``): ``vraagt € Y van de provincie`` is asked of a
body that is no municipality, and ``ontvangt € Y van X`` is X's gift to the subject, read by the rules
of receiving. ``pipeline.link.payments.asked_of`` asks it first.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.datafiles import load_file
from pipeline.link.mentions import LinkInput, Mention, in_group, is_place, mention_after
from pipeline.phrases import alternation
from pipeline.resource_files import AmountsLinkingFile

# How far before the amount its verb of claiming may stand ('eist nog eens ruim').
_VERB_CHARS = 40


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern, re.Pattern]:
    verbs = alternation(load_file(AmountsLinkingFile).claim_verbs)
    verb = re.compile(r"(?<![\w])" + verbs + r"(?:[ \t]+[^\W\d_]+){0,2}[ \t]+\Z", re.IGNORECASE)
    # 'van de gemeente Hengelo', 'van Hengelo'; the mention may hold 'gemeente' itself.
    of = re.compile(r"[ \t]+van[ \t]+(?:de[ \t]+)?(?:gemeente[ \t]+)?", re.IGNORECASE)
    return verb, of


def claimed_of(links: LinkInput, start: int, end: int) -> Mention | None:
    """``X eist € Y van (de gemeente) Z``: Z is charged."""
    m = mention_after(links, end)
    if m is None or is_place(links, m) or in_group(links, m):
        return None
    verb, of = _patterns()
    if of.fullmatch(links.text[end:m.start]) is None:
        return None
    return m if verb.search(links.text[max(0, start - _VERB_CHARS):start]) is not None else None
