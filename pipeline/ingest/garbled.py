"""Text layers that decode to nonsense, found per page so the page can be OCR'd instead.

A PDF whose fonts carry a broken encoding still gives pdfplumber plenty of
letters, only the wrong ones: consonant soup (``Gjmffouf``), letters shifted
to other letters, undefined code points, or every letter a word of its own
(``P a g i n a``) when the producer placed glyphs one by one. The existing
usability test (``pdf_page.text_layer_usable``) lets these through, since they
are letters. Here a page's words are judged as words:

- *known share*: the share of its words of two or more letters that are
  in the Dutch word list (``resources/clean/words_nl.txt`` plus spaCy's stop
  words) or function words of a language kenmerk knows
  (``pipeline.language``). Running text is a third or more function words;
  shifted letters almost never make a real word. (Word *shape* is no help:
  ``Gemeente`` shifted by one letter is ``Hfnffouf``, shaped like a word.)
  A page of names (a table of municipalities) can also score low; it is
  OCR'd, and OCR that reads no better leaves the text layer as it was;
- *vowel ratio*: Dutch and English text has about 38% vowels among its
  letters; shifted letters have far fewer;
- *single-letter share*: Dutch has almost no one-letter words.

Thresholds are in ``resources/ingest/layout.json`` (``garbled``).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from pipeline.clean.resources import dutch_words, quality_rules
from pipeline.ingest.rules import GarbledRules
from pipeline.language import word_lists

# A one-letter Dutch or English word, so "u" in "Wij vragen u" is not letter-spacing.
SINGLE_LETTER_WORDS = frozenset("uaeoUAIEO'")


@lru_cache(maxsize=1)
def known_words() -> frozenset[str]:
    return dutch_words().union(*word_lists().values())


@dataclass(frozen=True)
class LayerVerdict:
    known_share: float
    vowel_ratio: float
    single_letter_share: float
    words: int


def judge_words(words: list[str]) -> LayerVerdict:
    """The three measures of the module docstring over a page's words."""
    rules = quality_rules()
    dictionary = known_words()
    stripped = [w.strip(rules.ignored_punctuation) for w in words]
    # Each distinct character is judged once (a page has thousands, of a few dozen kinds).
    letter_set = frozenset(c for c in set("".join(stripped)) if c.isalpha())
    alphabetic = [w for w in stripped if w and not letter_set.isdisjoint(w)]
    if not alphabetic:
        return LayerVerdict(1.0, 1.0, 0.0, 0)
    singles = sum(1 for w in alphabetic if len(w) == 1 and w not in SINGLE_LETTER_WORDS)
    longer = [w for w in alphabetic if len(w) > 1]
    known = sum(1 for w in longer if w.lower() in dictionary)
    counts = Counter("".join(alphabetic))
    letters = sum(n for c, n in counts.items() if c in letter_set)
    vowels = sum(n for c, n in counts.items() if c in letter_set and c.lower() in rules.vowels)
    return LayerVerdict(
        known_share=known / len(longer) if longer else 0.0,
        vowel_ratio=vowels / letters if letters else 0.0,
        single_letter_share=singles / len(alphabetic),
        words=len(alphabetic),
    )


def is_garbled(words: list[str], rules: GarbledRules) -> bool:
    """Whether a page's text layer reads as nonsense (too few words to tell: no)."""
    verdict = judge_words(words)
    if verdict.words < rules.min_words:
        return False
    return (verdict.known_share < rules.min_known_share
            or verdict.vowel_ratio < rules.min_vowel_ratio
            or verdict.single_letter_share > rules.max_single_letter_share)


def reads_better(ocr_words: list[str], layer_words: list[str], rules: GarbledRules) -> bool:
    """Whether OCR's words are clearly more often real words than the garbled layer's.

    The OCR is kept only then: a page whose image holds no more than its layer
    (a drawing, a blank scan) keeps what the layer said.
    """
    ocr, layer = judge_words(ocr_words), judge_words(layer_words)
    if ocr.words == 0:
        return False
    score = ocr.known_share * (1 - ocr.single_letter_share)
    return score >= layer.known_share * (1 - layer.single_letter_share) + rules.ocr_must_gain
