"""pipeline.extract.amount_patterns: the patterns that end where they search find what the bare patterns find."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from pipeline.extract.amount_patterns import EndingPattern, patterns

ROOT = Path(__file__).resolve().parents[2]

# Ends a word test could get wrong: case, other apostrophes, letters re folds to ASCII,
# signs without case, white space after the phrase, a phrase inside a word.
EDGES = (
    "ruim € 5", "RUIM 5", "Ruim\n\n 5", "zo’n 5", "ZO'N 5", "circa. 5", "c.a. 5", "± 5", "+/- 5",
    "ruımschoots 5", "ruim\u00a0 5", "ongeveer\u2003", "een paar honderd", "enkele  ", "verhoogd tot ",
    "Verhoogd TOT", "bedragen jaarlijks ", "pakweg€ 5", "meer dan 5", "vanaf 5", "kruim 5", "",
)


def _pages() -> list[str]:
    folders = [ROOT / "corpus", *(ROOT / "tests").glob("heldout*/documents")]
    return [p.read_text(encoding="utf-8") for folder in folders for p in sorted(folder.glob("*.txt"))]


@pytest.mark.parametrize("name", ["qualifier_before", "unit_before", "vague_before", "change_verb_tot"])
def test_an_ending_pattern_finds_what_its_pattern_finds(name):
    gated: EndingPattern = getattr(patterns(), name)
    befores = [text[max(0, m.start() - 40):m.start()] for text in _pages()
               for m in re.finditer(r"\S+", text)]
    befores += [edge[: len(edge) - 1] if edge.endswith("5") else edge for edge in EDGES]
    assert len(befores) > 5_000
    found = 0
    for before in befores:
        full = gated.pattern.search(before)
        assert (full and full.span()) == ((m := gated.search(before)) and m.span()), before
        found += full is not None
    assert found >= (3 if name == "qualifier_before" else 1)


def test_an_ending_pattern_reads_its_words_from_the_phrases():
    pattern = EndingPattern.of(["meer dan", "Ruim", "zo'n"])
    assert pattern.endings == ("dan", "ruim", "zo'n")
    assert pattern.search("het was meer DAN ").span() == (8, 17)
    assert pattern.search("het was meer dan € ") is None
    assert pattern.search("zo’n").span() == (0, 4)  # the typeset apostrophe
    assert EndingPattern.of(["ruim"], r"\s+tot\s*$", ending="tot").search("ruim tot").span() == (0, 8)
