"""Text that remembers, for every character, where it came from in the raw page.

Every clean step takes a ``MappedText`` and returns a new one. A step never
edits strings directly: it builds its output with a ``TextBuilder`` that
copies slices of its input (their raw offsets travel with them), substitutes
characters (the new characters take the raw offset of what they replace) or
inserts characters (they take a raw offset the step names, e.g. the line
break a joining space stands for). So the map stays exact through any chain
of steps, and moved text (a margin field taken out of the body) keeps
pointing at where it stood on the page.

``offsets`` has one entry more than ``text``: the last one maps the end.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass


@dataclass(frozen=True)
class MappedText:
    """A string and, per character, its offset in the raw page text."""

    text: str
    offsets: tuple[int, ...]

    def __post_init__(self) -> None:
        if len(self.offsets) != len(self.text) + 1:
            raise ValueError("offsets must have one entry per character plus the end")

    @classmethod
    def identity(cls, text: str) -> MappedText:
        """The raw text itself: character i comes from raw offset i."""
        return cls(text, tuple(range(len(text) + 1)))

    def lines(self) -> Iterator[tuple[int, int]]:
        """(start, end) of every line, the newline excluded; a final empty line included."""
        start = 0
        text = self.text
        while True:
            end = text.find("\n", start)
            if end < 0:
                yield start, len(text)
                return
            yield start, end
            start = end + 1


class TextBuilder:
    """Builds a ``MappedText`` from pieces of a source ``MappedText``."""

    def __init__(self, source: MappedText) -> None:
        self.source = source
        self._parts: list[str] = []
        self._offsets: list[int] = []

    def __len__(self) -> int:
        return len(self._offsets)

    def copy(self, start: int, end: int) -> None:
        """Append ``source.text[start:end]`` with its offsets."""
        if end > start:
            self._parts.append(self.source.text[start:end])
            self._offsets.extend(self.source.offsets[start:end])

    def extend(self, other: MappedText, start: int, end: int) -> None:
        """Append a slice of another text over the same raw page (its offsets are raw too)."""
        if end > start:
            self._parts.append(other.text[start:end])
            self._offsets.extend(other.offsets[start:end])

    def substitute(self, position: int, text: str) -> None:
        """Append ``text`` in place of source character ``position`` (all of it maps there)."""
        if text:
            self._parts.append(text)
            self._offsets.extend([self.source.offsets[position]] * len(text))

    def insert(self, text: str, raw_offset: int) -> None:
        """Append characters that stand for no single source character, mapped to ``raw_offset``."""
        if text:
            self._parts.append(text)
            self._offsets.extend([raw_offset] * len(text))

    def raw_offset(self, position: int) -> int:
        """The raw offset of source position ``position`` (``len`` gives the end)."""
        return self.source.offsets[position]

    def build(self) -> MappedText:
        return MappedText("".join(self._parts), tuple(self._offsets) + (self.source.offsets[-1],))


def translate(source: MappedText, table: Mapping[str, str]) -> MappedText:
    """Replace single characters by strings (possibly empty), keeping the map.

    A replacement of several characters maps them all to the replaced one.
    Linear in the length of the text; returns ``source`` itself when no
    character of ``table`` occurs.
    """
    text = source.text
    if not any(c in text for c in table):
        return source
    builder = TextBuilder(source)
    run_start = 0
    for i, char in enumerate(text):
        replacement = table.get(char)
        if replacement is None:
            continue
        builder.copy(run_start, i)
        builder.substitute(i, replacement)
        run_start = i + 1
    builder.copy(run_start, len(text))
    return builder.build()
