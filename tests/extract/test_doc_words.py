"""The document rules' word lists load."""

from __future__ import annotations

from pipeline.extract.doc_kamervragen import kamervragen_words
from pipeline.extract.doc_words import boilerplate, letter_words, news_words, other_words, report_words


def test_all_resources_load():
    assert boilerplate().lines and letter_words().offices and report_words()
    assert news_words().dateline and kamervragen_words().header
    assert other_words().gazette_title and other_words().council_document
