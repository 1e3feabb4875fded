"""The document rules' word lists load; a heading that names its document."""

from __future__ import annotations

import pytest

from pipeline.extract.doc_kamervragen import kamervragen_words
from pipeline.extract.doc_words import (
    boilerplate,
    letter_words,
    names_itself,
    news_words,
    other_words,
    report_words,
)


def test_all_resources_load():
    assert boilerplate().lines and letter_words().offices and report_words()
    assert news_words().dateline and kamervragen_words().header
    assert other_words().gazette_title and other_words().council_document


@pytest.mark.parametrize(
    ("heading", "word", "names"),
    [
        ("Jaarverslag 2023", "Jaarverslag", True),
        ("Gemeente Deventer Jaarrekening 2023", "Jaarrekening", True),
        ("Toelichting op de begroting 2026", "begroting", True),
        ("B Jaarplan 2024", "Jaarplan", True),
        ("Deventer sluit jaarrekening 2023 af met overschot", "jaarrekening", False),
        ("Raad stemt in met begroting 2025", "begroting", False),
    ],
)
def test_a_title_names_itself_a_headline_speaks_of_it(heading, word, names):
    assert names_itself(heading, heading.index(word)) is names
