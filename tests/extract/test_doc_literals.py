"""The literals every match of a pattern holds, and the search that skips texts without them."""

from __future__ import annotations

import re

import pytest

from pipeline.extract.doc_literals import may_match, required_literals, search


@pytest.mark.parametrize(("pattern", "flags", "literals"), [
    (r"\bdeze\s+kaderbrief\b", re.IGNORECASE, ("kaderbrief",)),
    (r"(?:^|\s)(?:Chat|Teams-chat)(?:$|\s)", re.IGNORECASE, ("chat", "teams-chat")),
    (r"(?:^|\s)(?:Chat|Teams-chat)(?:$|\s)", 0, ("Chat", "Teams-chat")),
    (r"(?:ab|)cd", 0, ("cd",)),
    (r"x{2,}yz", 0, ("yz",)),
    (r"a(?i:bcd)e", 0, ("a",)),
    (r"[a-z]+\d", 0, None),
    (r"(?:ab|c)", 0, ("ab", "c")),
])
def test_the_required_literals_are_read_from_the_parsed_pattern(pattern, flags, literals):
    assert required_literals(re.compile(pattern, flags)) == literals


@pytest.mark.parametrize("text", ["De UITSPRAAK van", "de uitspraak", "geen", "De UİTSPRAAK", "De uıtspraak",
                                  "Uitſpraak", "één uitspraak"])
def test_a_search_finds_what_the_pattern_finds(text):
    pattern = re.compile(r"\buitspraak\b", re.IGNORECASE)
    assert (search(pattern, text) is None) == (pattern.search(text) is None)
    assert may_match(pattern, text) or pattern.search(text) is None
