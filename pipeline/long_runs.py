"""Tokenizing pages with very long runs without spaces, in time linear in the page.

spaCy's tokenizer strips prefixes and suffixes from a whitespace-free chunk
one at a time, re-searching the rest each time: a run of 5,000 ``;`` or
``€`` takes seconds, 20,000 over a minute. Real words are short, so
``LinearTokenizer`` cuts every run longer than ``MAX_RUN`` characters into
pieces of at most that length and tokenizes each piece; the ``Doc``'s text
stays exactly the page text (every offset is kept). Text without such runs
goes through spaCy's tokenizer unchanged.

It also raises spaCy's ``max_length`` (1,000,000 characters, error E088):
blank ``nl`` has no parser or NER, whose memory that limit protects; a
page is only as long as ``--max-file-mb`` allows. Measured (one process,
blank ``nl``): a 2.5 MB page of 100,000 short lines takes 45 s of CPU and
426 MB at its peak; a 10 MB page on one line 31 s and 834 MB. A 10 MB page
of ordinary prose would take longer than the default ``--timeout`` and end
as a ``timeout`` row, not as an error of spaCy.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

# Longer than any word, URL or e-mail address worth reading as one token.
MAX_RUN = 200
_LONG_RUN = re.compile(rf"\S{{{MAX_RUN + 1},}}")
# The longest page the pipeline takes (a text file at the default --max-file-mb is 50 MB).
MAX_LENGTH = 60_000_000


class LinearTokenizer:
    """spaCy's tokenizer with long whitespace-free runs tokenized in pieces."""

    def __init__(self, tokenizer) -> None:
        self.tokenizer = tokenizer
        self.vocab = tokenizer.vocab

    def __call__(self, text: str) -> Doc:
        if _LONG_RUN.search(text) is None:
            return self.tokenizer(text)
        words: list[str] = []
        spaces: list[bool] = []
        position = 0
        for match in _LONG_RUN.finditer(text):
            self._add(text[position:match.start()], words, spaces)
            for start in range(match.start(), match.end(), MAX_RUN):
                self._add(text[start:min(start + MAX_RUN, match.end())], words, spaces)
            position = match.end()
        self._add(text[position:], words, spaces)
        return Doc(self.vocab, words=words, spaces=spaces)

    def _add(self, part: str, words: list[str], spaces: list[bool]) -> None:
        if not part:
            return
        if words and not spaces[-1] and part[0] == " ":
            # A run followed by whitespace: its last piece takes one space (as spaCy would).
            spaces[-1] = True
            part = part[1:]
            if not part:
                return
        for token in self.tokenizer(part):
            words.append(token.text)
            spaces.append(bool(token.whitespace_))

    def __getattr__(self, name: str):
        # Components read the tokenizer's rules and special cases.
        return getattr(self.tokenizer, name)

    # spaCy serialises and pickles the tokenizer with the pipeline.
    def to_bytes(self, **kwargs) -> bytes:
        return self.tokenizer.to_bytes(**kwargs)

    def from_bytes(self, data: bytes, **kwargs) -> LinearTokenizer:
        self.tokenizer.from_bytes(data, **kwargs)
        return self

    def to_disk(self, path, **kwargs) -> None:
        self.tokenizer.to_disk(path, **kwargs)

    def from_disk(self, path, **kwargs) -> LinearTokenizer:
        self.tokenizer.from_disk(path, **kwargs)
        return self


def linear_tokenizer(nlp) -> None:
    """Give ``nlp`` the ``LinearTokenizer`` and a ``max_length`` fit for long pages."""
    if not isinstance(nlp.tokenizer, LinearTokenizer):
        nlp.tokenizer = LinearTokenizer(nlp.tokenizer)
    nlp.max_length = MAX_LENGTH
