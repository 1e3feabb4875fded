"""Line spans of a page text: the one place where text is cut into lines with their offsets."""

from __future__ import annotations


def line_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every line of ``text``, line breaks excluded, offsets into ``text``."""
    out, pos = [], 0
    for line in text.split("\n"):
        out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out
