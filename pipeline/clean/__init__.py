"""Clean: ``RawPage`` -> ``CleanPage``, keeping a map back to raw offsets.

The clean text is what every fact offset points into, so each step keeps,
per character, the raw offset it came from (``pipeline.clean.mapped``); an
inspector's box (``CleanPage.bbox``) is found through that map. The steps,
in order, each a small function with its own tests:

1. characters (``characters.py``): NFC, ligatures, no-break spaces and line
   separators, soft hyphens and zero-width characters, stray control characters;
2. margin (``margin.py``): for pages whose ingest found no margin column (plain
   OCR text), margin labels and values interleaved with the body are moved
   into a margin block after the body; PDF/scan pages keep ingest's
   ``margin_fields``;
3. hyphenation (``hyphenation.py``): ``radi-`` + ``calisering`` joined, real
   hyphens kept;
4. paragraphs (``paragraphs.py``): printed lines joined into paragraphs;
   headings, list items, table rows and labels stay lines.

Then, without changing the text: redaction debris (``redactions.py``),
each redaction's legal ground (``grounds.py``), garbage lines and the page's
quality (``quality.py``).

Characters that came from the raw text map to it exactly (``raw.text[o]`` is
the same character, or, for steps 1, its NFC base letter, its ligature, the
no-break space it replaced); characters the steps insert map to the raw
character they stand for (a joining space to the line break it replaced, a
margin-block line break to the label or value it introduces).

Clean is linear in the page length: every step is one pass over the text.
"""

from __future__ import annotations

import dataclasses

from pipeline.clean.characters import CHARACTER_STEPS
from pipeline.clean.grounds import redaction_grounds
from pipeline.clean.hyphenation import join_hyphenated
from pipeline.clean.mapped import MappedText
from pipeline.clean.margin import move_margin_fields
from pipeline.clean.paragraphs import join_lines
from pipeline.clean.quality import assess_page
from pipeline.clean.redactions import find_redactions
from pipeline.records import CleanPage, RawPage

LINE_STEPS = (join_hyphenated, join_lines)


def clean_text(raw: RawPage) -> tuple[MappedText, tuple[tuple[str, str], ...]]:
    """The text-changing steps: the clean text with its map, and the page's margin fields."""
    text = MappedText.identity(raw.text)
    for step in CHARACTER_STEPS:
        text = step(text)
    if raw.margin_fields:
        fields = raw.margin_fields
    else:
        text, fields = move_margin_fields(text)
    for step in LINE_STEPS:
        text = step(text)
    return text, tuple(fields)


def clean_page(raw: RawPage) -> CleanPage:
    """Clean one page (see the module docstring for the steps)."""
    text, fields = clean_text(raw)
    garbage, quality = assess_page(text.text)
    page = CleanPage(
        number=raw.number,
        text=text.text,
        raw=raw,
        raw_offsets=text.offsets,
        redactions=find_redactions(text.text),
        garbage_lines=garbage,
        quality=quality,
        margin_fields=fields,
    )
    return dataclasses.replace(
        page, redaction_grounds=redaction_grounds(page.number, page.text, page.bbox))
