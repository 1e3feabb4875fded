"""The language of a document, from how often each language's function words occur.

Dutch government folders hold the odd English, French or German document (an
EU letter, a Belgian report). Kenmerk processes them like any other and
records their language in ``documents.language`` (ISO 639-1), so an analyst
can leave them out. Function words (``the``, ``de``, ``les``, ``und``) are
the most frequent words of any text and differ between languages, so
counting them decides the language of a page of text reliably without a
model. The word lists are data files in ``pipeline/resources/language/``.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from functools import lru_cache

from pipeline.datafiles import load_word_list

LANGUAGES = ("nl", "en", "fr", "de")
# Letters only: "qu'il" and "l'État" split at the apostrophe, numbers are no words.
WORD = re.compile(r"[^\W\d_]+")
# Enough text to decide; reading a 2,000-page report whole would only cost time.
SAMPLE_CHARS = 20_000
# Below this many function words the text is too short (a title, a table) to tell.
MIN_HITS = 5
# The winner must lead the runner-up by this factor; shared words (de, en, in)
# otherwise make a mixed or very short text look like either language.
MIN_LEAD = 1.3


@lru_cache(maxsize=1)
def word_lists() -> dict[str, frozenset[str]]:
    """The function words of every language in ``LANGUAGES``, loaded once."""
    return {lang: load_word_list("language", f"{lang}.txt") for lang in LANGUAGES}


def language_scores(text: str) -> dict[str, int]:
    """How many words of ``text`` are function words of each language."""
    lists = word_lists()
    # Each distinct word is looked up once per language, with its count.
    counts = Counter(map(str.lower, WORD.findall(text[:SAMPLE_CHARS])))
    return {lang: sum(counts[word] for word in counts.keys() & words) for lang, words in lists.items()}


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the language of ``text``, or None when it cannot be told."""
    ranked = sorted(language_scores(text).items(), key=lambda item: -item[1])
    (best, hits), (_, runner_up) = ranked[0], ranked[1]
    if hits < MIN_HITS or hits < MIN_LEAD * runner_up:
        return None
    return best


def document_language(page_texts: Iterable[str]) -> str | None:
    """``detect_language`` over the start of a document's pages."""
    sample: list[str] = []
    size = 0
    for text in page_texts:
        sample.append(text)
        size += len(text)
        if size >= SAMPLE_CHARS:
            break
    return detect_language("\n".join(sample))
