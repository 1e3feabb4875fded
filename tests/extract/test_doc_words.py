"""The document rules' word lists load; a heading that names its document."""

from __future__ import annotations

import re

import pytest

from pipeline.extract.doc_kamervragen import kamervragen_words
from pipeline.extract.doc_words import (
    boilerplate,
    day_date_regex,
    document_date_words,
    letter_words,
    names_itself,
    news_words,
    ocr_reading,
    other_words,
    report_words,
    weekdays,
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


@pytest.mark.parametrize(("phrase", "read", "same"), [
    ("Datum", "Daturn", True), ("Datum", "Da tum", True), ("Datum", "Dalum", True),
    ("maart", "rnaart", True), ("oktober", "0ktober", True), ("februari", "febr uari", True),
    ("januari", "januan", True), ("Datum verzending", "Datum verzeriding", True),
    # Only what tesseract takes a letter for, and one word stays one word.
    ("Datum", "Dafum", False), ("maart", "maand", False), ("juni", "juli", False),
    ("Datum verzending", "Datumverzending", False),
])
def test_a_phrase_as_ocr_misreads_it(phrase, read, same):
    import re

    assert bool(re.fullmatch(ocr_reading(phrase), read, re.IGNORECASE)) is same


@pytest.mark.parametrize(("text", "whole"), [("dinsdag", True), ("di", True), ("di.", True), ("Vr.", True), ("dijk", False),
                                             ("zon", False), ("tiisdei", True), ("snein", True), ("sneeuw", False)])
def test_weekdays_written_out_or_shortened(text, whole):
    import re

    assert bool(re.fullmatch(weekdays(), text, re.IGNORECASE)) is whole


@pytest.mark.parametrize(("line", "value"), [
    ("Geschreven door de redactie op woensdag 3 juli 2024", "3 juli 2024"),
    # '{WEEKDAY}' in a pattern is every weekday of the dates lexicon, the Frisian ones too.
    ("Geplaatst door Gemeente Opsterland op tongersdei 4 july 2024", "4 july 2024"),
    ("Geplaatst door de redactie op zondagmiddag 7 juli 2024", None),
    # A byline whose publication is a label of its own after the writer's name.
    ("Door Marieke Schuurman · Gepubliceerd: 27 juni 2022, 16:42 · Bijgewerkt: 28 juni 2022", "27 juni 2022"),
    # Near miss: a byline with only its last change names no publication.
    ("Door Marieke Schuurman · Bijgewerkt: 28 juni 2022, 09:10", None),
])
def test_a_weekday_in_a_pattern_is_every_weekday_of_the_lexicon(line, value):
    m = document_date_words()["published_by"].match(line)
    assert (m["date"] if m else None) == value


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Datum: 3 februari 2025", "3 februari 2025"),
        ("Date: 3 February 2025", "3 February 2025"),
        ("Date: 21 MARCH 2024", "21 MARCH 2024"),
        # Dutch writes its months small, English capitalises them: a small English month is a word ('may').
        ("Scenario 3 may 2030 halen", None),
        ("3 april 2024", "3 april 2024"),
        # A month name between hyphens, or OCR's speck read as one after the day.
        ("Zwolle, 12-oktober 1966.", "12-oktober 1966"),
        ("Datum: 12-okt-1966", "12-okt-1966"),
        # Near miss: a range of days keeps its last day's date.
        ("van 1-3 mei 2024", "3 mei 2024"),
    ],
)
def test_a_day_date_in_dutch_or_capitalised_english(text, found):
    m = re.search(day_date_regex(), text)
    assert (m.group() if m else None) == found
