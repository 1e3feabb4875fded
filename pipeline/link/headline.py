"""A headline that repeats the article's amount: ``Twee ton voor laadpalen in Zeewolde`` over
``Zeewolde krijgt 200.000 euro van de provincie``, ``Bergen ontvangt € 310.000 ...`` over the
body that names the Limburgse gemeente Bergen.

The headline is a fact of its own (ANNOTATING.md) and carries the municipality the body gives
the same amount to; a headline seldom has room for the verb and receiver its body spells out,
or names a municipality before the body says which one it is.
"""

from __future__ import annotations

import re

# A headline is one of the page's first lines, short and without a sentence's end.
_HEAD_LINES = 6
_HEADLINE_MAX_CHARS = 90
# A web page's breadcrumb ('Home > Nieuws > Gemeente ontvangt € 3,4 miljoen') ends in the headline, and
# the page may join the headline under it to its line: such a line is a headline however long.
_BREADCRUMB = re.compile(r"[ \t]*[^\s>][^>\n]{0,30}[ \t]>[ \t]+[^>\n]{1,30}[ \t]>[ \t]")
_BREADCRUMB_MAX_CHARS = 3 * _HEADLINE_MAX_CHARS


def _headline_lines(text: str) -> list[tuple[int, int]]:
    """Where the page's first non-empty lines that read as a headline start and end."""
    out, pos = [], 0
    for line in text.splitlines(keepends=True)[:_HEAD_LINES * 2]:
        body = line.rstrip("\n")
        limit = _BREADCRUMB_MAX_CHARS if _BREADCRUMB.match(body) else _HEADLINE_MAX_CHARS
        if body.strip() and len(body) <= limit and not re.search(r"[.;:!?]\s*$", body):
            out.append((pos, pos + len(body)))
        pos += len(line)
        if len(out) >= _HEAD_LINES:
            break
    return out


def headline_repeats(text: str, facts: list) -> dict[int, str]:
    """The positions in ``facts`` (one page's amount facts in reading order) of unlinked amounts in
    a headline whose value the body gives one municipality, mapped to its code."""
    heads = _headline_lines(text)
    out: dict[int, str] = {}
    for i, fact in enumerate(facts):
        if (fact.municipality_code is not None or fact.value_eur is None or fact.column_label is not None
                or not any(s <= fact.char_start < e for s, e in heads)):
            continue
        line_end = next(e for s, e in heads if s <= fact.char_start < e)
        codes = {f.municipality_code for f in facts[i + 1:]
                 if f.char_start > line_end and f.value_eur == fact.value_eur and f.municipality_code}
        if len(codes) == 1:
            out[i] = codes.pop()
    return out
