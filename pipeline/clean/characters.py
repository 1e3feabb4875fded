"""Character-level clean steps: NFC, ligatures, spaces, soft hyphens, control characters.

Each step maps ``MappedText -> MappedText`` and keeps the offset map exact.
What each step does to the relation between a clean character and its raw
character (the invariant the tests check):

- ``compose_nfc``: a base letter and its combining marks become one
  character, mapped to the base letter (``e`` + U+0308 -> ``ë``).
- ``expand_ligatures``: ``ﬁ`` -> ``fi``; both letters map to the ligature.
- ``fold_symbol_bullets``: a bullet drawn from a symbol font, which the PDF's
  text layer gives as the font's private-use code (Word's Symbol bullet
  U+F0B7, Wingdings' square U+F0A7), becomes the bullet it shows (``•``, ``▪``),
  one character for one.
- ``normalize_spaces``: no-break and other typographic spaces become ``' '``;
  ``\\r``, U+2028 and friends become ``\\n`` (``\\r\\n`` becomes one ``\\n``).
- ``remove_soft_hyphens``: soft hyphens and zero-width characters are dropped;
  a soft hyphen at a line end also takes the line break with it, so the two
  halves of the word are joined (``radi\\u00ad\\ncalisering`` -> ``radicalisering``).
- ``remove_control_characters``: C0/C1 control characters other than tab and
  newline are dropped (a form feed ends a page in ingest and never gets here).

Typographic quotes are kept as they are; ``pipeline.clean.matching`` gives
the same-length form with plain quotes for pattern matching.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from pipeline.clean.mapped import MappedText, TextBuilder, translate
from pipeline.clean.resources import unicode_rules

KEPT_CONTROLS = frozenset("\t\n")


def compose_nfc(text: MappedText) -> MappedText:
    """Unicode NFC, cluster by cluster (a starter and the combining marks after it)."""
    if unicodedata.is_normalized("NFC", text.text):
        return text
    source = text.text
    builder = TextBuilder(text)
    i, n = 0, len(source)
    while i < n:
        j = i + 1
        while j < n and unicodedata.combining(source[j]):
            j += 1
        cluster = source[i:j]
        composed = unicodedata.normalize("NFC", cluster)
        if composed == cluster:
            builder.copy(i, j)
        elif len(composed) == len(cluster):
            for k, char in enumerate(composed):
                builder.substitute(i + k, char)
        else:
            # Composition merges marks into the base: every output char maps to the base.
            builder.substitute(i, composed)
        i = j
    return builder.build()


def expand_ligatures(text: MappedText) -> MappedText:
    """Typographic ligatures (``ﬁ``, ``ﬂ``, ``ĳ``) written out as their letters."""
    return translate(text, unicode_rules().ligatures)


def fold_symbol_bullets(text: MappedText) -> MappedText:
    """Bullets of symbol fonts (private-use codes) as the bullets they show, so a list item
    that starts with one is known as a list item."""
    return translate(text, unicode_rules().symbol_bullets)


def normalize_spaces(text: MappedText) -> MappedText:
    """No-break and typographic spaces -> space; other line-break characters -> newline."""
    rules = unicode_rules()
    table = {c: " " for c in rules.spaces}
    table.update({c: "\n" for c in rules.line_breaks})
    if "\r\n" in text.text:
        # The CR of a CRLF pair goes; the LF stays the line break.
        builder = TextBuilder(text)
        start = 0
        for i, char in enumerate(text.text):
            if char == "\r" and text.text[i + 1 : i + 2] == "\n":
                builder.copy(start, i)
                start = i + 1
        builder.copy(start, len(text.text))
        text = builder.build()
    return translate(text, table)


def remove_soft_hyphens(text: MappedText) -> MappedText:
    """Drop soft hyphens and zero-width characters; a soft hyphen ending a line joins it."""
    rules = unicode_rules()
    source = text.text
    hyphen = rules.soft_hyphen
    if hyphen in source:
        builder = TextBuilder(text)
        start, i, n = 0, 0, len(source)
        while i < n:
            if source[i] != hyphen:
                i += 1
                continue
            builder.copy(start, i)
            j = i + 1
            k = j
            while k < n and source[k] in " \t":
                k += 1
            if k < n and source[k] == "\n":
                # the word continues on the next line: drop the break and its indent
                k += 1
                while k < n and source[k] in " \t":
                    k += 1
                j = k
            start = i = j
        builder.copy(start, n)
        text = builder.build()
    return translate(text, {c: "" for c in rules.invisible})


@lru_cache(maxsize=4096)
def _is_stray_control(char: str) -> bool:
    return char not in KEPT_CONTROLS and unicodedata.category(char) == "Cc"


def remove_control_characters(text: MappedText) -> MappedText:
    """Drop control characters (C0 and C1) except tab and newline."""
    stray = {c: "" for c in set(text.text) if _is_stray_control(c)}
    return translate(text, stray) if stray else text


CHARACTER_STEPS = (
    compose_nfc,
    expand_ligatures,
    fold_symbol_bullets,
    normalize_spaces,
    remove_soft_hyphens,
    remove_control_characters,
)
