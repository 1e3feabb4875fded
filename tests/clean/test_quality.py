"""Dictionary-like tokens, page quality and garbage lines."""

from __future__ import annotations

import pytest

from pipeline.clean.quality import (
    garbage_lines,
    is_dictionary_like,
    is_word_shaped,
    page_quality,
)
from pipeline.clean.resources import dutch_words, quality_rules


@pytest.mark.parametrize(("token", "shaped"), [
    ("radicalisering", True),
    ("Almere", True),
    ("NCTV", False),  # no vowel: an acronym is not word-shaped (it may be listed)
    ("VNG-commissie", True),
    ("thema\u2019s", True),
    ("fx\u00aee", False),
    ("fXe", False),
    ("e", False),
    ("zzzzt", False),
    ("aaah", False),
    ("schrijfstrk", False),
    ("2016", False),
])
def test_is_word_shaped(token, shaped):
    assert is_word_shaped(token, quality_rules()) is shaped


@pytest.mark.parametrize(("token", "good"), [
    ("950.000", True),
    ("28-01-2016", True),
    ("het", True),
    ("gemeenten", True),
    ("|", False),
    ("p\u00aee", False),
])
def test_is_dictionary_like(token, good):
    assert is_dictionary_like(token, quality_rules(), dutch_words()) is good


def test_clean_prose_scores_high_and_debris_scores_low():
    prose = "De gemeente ontvangt dit jaar € 950.000 voor de aanpak van radicalisering."
    debris = "fx®e |] ~~ p®e ¥®e ,,' Xq7 zzkrt"
    assert page_quality(prose) == 1.0
    assert page_quality(debris) < 0.3
    assert page_quality("") is None
    assert page_quality("- • –") is None


@pytest.mark.parametrize(("text", "garbage"), [
    ("Gewone regel met woorden.\n~~ ,. ;: ||\nNog een regel.", ["~~ ,. ;: ||"]),
    ("Xq7 zzkrt ®® fXe bnm\nDe tekst gaat door.", ["Xq7 zzkrt ®® fXe bnm"]),
    ("1.\n•\nAlmere 6 6\nDronten |", []),
    ("Ja\n\nVraag 2", []),
])
def test_garbage_lines(text, garbage):
    assert [text[a:b] for a, b in garbage_lines(text)] == garbage
