"""The news label at the top of a document (``doc_news.py``), on texts written for these tests."""

from __future__ import annotations

import pytest

from pipeline.extract.doc_news import news_label
from pipeline.extract.document import evidence
from pipeline.records import CleanPage

PROSE = "De gemeente opent volgende week de nieuwe sporthal aan de Stationsweg, zo meldt wethouder De Vries."


@pytest.mark.parametrize(
    ("opening", "label"),
    [
        ("Persbericht\n", "persbericht"),
        ("Nieuwsbericht | 03-05-2016\n", "nieuwsbericht"),
        ("Home > Actueel > Nieuws\n", "nieuws"),
        # Near miss: a heading that only starts with the word is no label.
        ("Persberichten over de sporthal in 2023\n", None),
    ],
)
def test_the_news_label_of_the_opening_lines(opening, label):
    assert news_label(evidence((CleanPage.from_text(opening + "Nieuwe sporthal\n\n" + PROSE + "\n"),))) == label
