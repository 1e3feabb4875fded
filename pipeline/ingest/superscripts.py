"""Footnote marks set as superscripts: a raised, smaller digit right after a figure or a word.

Office suites print a footnote's mark as a raised digit in a smaller size against the word it
annotates (``€ 1.850.000¹``, ``gemeenten²``); read by position alone it is glued to that word
(``€ 1.850.0001``, a figure a thousand times too large plus one). A word is split before such a
mark, so the mark stands as a word of its own. A unit's exponent (``m²``, ``km²``) stands after
a short word of letters and is left as it is.
"""

from __future__ import annotations

import re

import numpy as np

# A mark is at most this share of the height of the character before it ...
SMALLER = 0.8
# ... and its foot stands at least this share of that height above the other's foot.
RAISED = 0.2
_DIGIT = re.compile(r"\d")
PUNCTUATION = ".,;:)’'\""
# Letters before a mark: at least this many, or the mark may be a unit's exponent (``m²``).
WORD_LETTERS = 3


def _is_digit(codes: np.ndarray) -> np.ndarray:
    return (codes >= 0x30) & (codes <= 0x39)


def mark_starts(codes: np.ndarray, top: np.ndarray, bottom: np.ndarray) -> np.ndarray:
    """For characters in reading order (one line after another): True where a character is the
    first of a footnote mark set as a superscript after the character before it."""
    n = len(codes)
    starts = np.zeros(n, dtype=bool)
    if n < 2:
        return starts
    height = np.maximum(bottom - top, 0.1)
    raised = ((height[1:] <= SMALLER * height[:-1]) & (bottom[1:] <= bottom[:-1] - RAISED * height[:-1])
              & _is_digit(codes[1:]))
    for i in np.flatnonzero(raised).tolist():
        # A figure or punctuation before the mark, or a word of letters long enough to be no unit.
        before = [chr(c) for c in codes[max(i + 1 - WORD_LETTERS, 0):i + 1].tolist()]
        last = before[-1]
        starts[i + 1] = (last.isdigit() or last in PUNCTUATION
                         or (len(before) == WORD_LETTERS and all(c.isalpha() for c in before)))
    return starts


def split_marks(words: list[dict]) -> list[dict]:
    """pdfplumber's words (read with ``return_chars``) split before their footnote marks; the
    other words as they are, without their characters."""
    out = []
    for word in words:
        chars = word.pop("chars", None)
        # Only a word with a digit after its first character can hold a mark (most words have none).
        if not chars or len(chars) < 2 or not _DIGIT.search(word["text"], 1):
            out.append(word)
            continue
        codes = np.array([ord(c["text"][0]) if c["text"] else 32 for c in chars], dtype=np.int64)
        top = np.array([float(c["top"]) for c in chars])
        bottom = np.array([float(c["bottom"]) for c in chars])
        cuts = np.flatnonzero(mark_starts(codes, top, bottom)).tolist()
        if not cuts:
            out.append(word)
            continue
        for a, b in zip([0, *cuts], [*cuts, len(chars)], strict=True):
            part = chars[a:b]
            out.append({**word, "text": "".join(c["text"] for c in part),
                        "x0": min(c["x0"] for c in part), "x1": max(c["x1"] for c in part),
                        "top": min(c["top"] for c in part), "bottom": max(c["bottom"] for c in part)})
    return out
