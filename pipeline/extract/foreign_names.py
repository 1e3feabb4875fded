"""Municipality names in a document written in English, German or French.

The Dutch rules read such a document's facts too (``pipeline.process``), and most of a
municipality's name reads the same in any language (``Gemeente Groningen``, ``Emmen``).
Some names are ordinary words there (``Best regards``, ``a grave``, ``ein Stein``) or a
town abroad its writers mean first (Bergen in Norway, Soest in Germany): in that
language's text they count only where they are named as a municipality, after
``Gemeente`` or the language's own word for it (``municipality of Best``, ``Gemeinde
Stein``), after a Dutch postcode, or opening a table row with an amount (a partner's
row of a budget). The lists are ``resources/language/foreign_names.json``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc

from pipeline.datafiles import load_file
from pipeline.gazetteer import name_key
from pipeline.resource_files import LanguageForeignNamesFile

# ``doc.user_data`` key: the ISO 639-1 code of the document's language (``pipeline.language``),
# set by ``pipeline.process`` before the extractors run; a Doc without it is read as Dutch.
LANGUAGE = "kenmerk_language"


@dataclass(frozen=True)
class ForeignNames:
    ordinary: dict[str, frozenset[str]]  # language -> name keys
    municipality_words: dict[str, tuple[tuple[str, ...], ...]]  # language -> phrases, lower-case words


@lru_cache(maxsize=1)
def foreign_names() -> ForeignNames:
    data = load_file(LanguageForeignNamesFile)
    return ForeignNames(
        ordinary={lang: frozenset(name_key(n) for n in names) for lang, names in data.ordinary_names.items()},
        municipality_words={lang: tuple(tuple(p.lower().split()) for p in phrases)
                            for lang, phrases in data.municipality_words.items()},
    )


def doc_language(doc: Doc) -> str:
    return doc.user_data.get(LANGUAGE) or "nl"


def ordinary_in_language(doc: Doc, name: str) -> bool:
    """Whether ``name`` is, in the language of ``doc``'s document, mostly no municipality."""
    language = doc_language(doc)
    return language != "nl" and name_key(name) in foreign_names().ordinary.get(language, frozenset())


def named_as_municipality(doc: Doc, words_nearest_first: list[str]) -> bool:
    """The words before a name call it a municipality in the document's language (``municipality of``)."""
    for phrase in foreign_names().municipality_words.get(doc_language(doc), ()):
        if tuple(reversed(words_nearest_first[: len(phrase)])) == phrase:
            return True
    return False


# A figure of money in a cell of its own: thousands grouped in any of the three languages' ways.
_MONEY_CELL = re.compile(r"(?:^|[\t|])\s*(?:€|EUR)?\s*\d{1,3}(?:[.,\u00a0\u202f ]\d{3})+(?:[.,]\d{2})?\s*(?=[\t|]|$)")


def opens_money_row(text: str, start_char: int) -> bool:
    """The name opens a table row (``Best | NL | 420,000``, also with a code before it: ``PP7 Best``)
    whose other cells hold a figure of money; a partner's row names the partner, whatever the
    cells between (a country, a role)."""
    line_start = text.rfind("\n", 0, start_char) + 1
    line_end = text.find("\n", start_char)
    line_end = len(text) if line_end < 0 else line_end
    before = text[line_start:start_char]
    if "\t" not in text[start_char:line_end] and "|" not in text[start_char:line_end]:
        return False
    if re.search(r"[\t|]", before) is None and len(before.split()) > 1:
        return False
    return _MONEY_CELL.search(text, start_char, line_end) is not None
