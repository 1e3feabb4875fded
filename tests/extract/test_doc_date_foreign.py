"""The place-date line of a letter in German, French or English (``doc_date_foreign.py``)."""

from __future__ import annotations

import pytest

from pipeline.extract.doc_date_foreign import foreign_place_date
from pipeline.extract.doc_date_place_lines import place_date_line
from pipeline.extract.document import describe_document, evidence
from pipeline.ingest import raw_document_from_text
from pipeline.records import CleanPage


def ev(text: str):
    return evidence((CleanPage.from_text(text),))


@pytest.mark.parametrize(
    ("line", "value"),
    [
        ("Kleve, den 14. März 1961", "1961-03-14"),
        ("Visé, le 12 septembre 2023", "2023-09-12"),
        ("Visé, le 1er août 2024", "2024-08-01"),
        ("Kendal, 3 March 2024", "2024-03-03"),
        ("Kendal, March 3, 2024", "2024-03-03"),
        # The value under the 'Datum' of a row of labels, at the end of the row's line (a scan joins the cells).
        ("10.2 – 144/24 05921 96-1012 Nordhorn, 9. Oktober 2024", "2024-10-09"),
        ("Mönchengladbach, 3. Dezember 2024.", "2024-12-03"),
    ],
)
def test_a_foreign_letters_place_date_line(line, value):
    hit = foreign_place_date(ev(f"Stadt Kleve\n{line}\n\nSehr geehrter Herr Burgemeester!\n"))
    assert hit is not None and (hit.value, hit.rule) == (value, "foreign_place_date")


@pytest.mark.parametrize(
    "line",
    [
        # Near misses: a date in a sentence (the day of a conference, the letter answered), and no day of a month.
        "Die Konferenz findet am Donnerstag, dem 14. November 2024, in Nordhorn statt.",
        "Bezug: Ihr Schreiben vom 2. März 1961",
        "Kleve, den 31. Februar 1961",
        # A Dutch month in the Dutch form is the Dutch rules' (here a subject's date, none of the letter).
        "No. 1432 Onderwerp: Eemskanaal, 18 september 1972",
    ],
)
def test_a_date_in_a_foreign_sentence_is_no_place_date_line(line):
    assert foreign_place_date(ev(f"Stadt Kleve\n{line}\n")) is None


def test_a_dutch_place_date_line_is_read_by_the_dutch_rule_first():
    hit = place_date_line(ev("Gemeente Venlo\nVenlo, 3 maart 2024\n\nGeachte heer Jansen,\n"))
    assert (hit.value, hit.rule) == ("2024-03-03", "place_date_line")


def test_a_foreign_letter_is_a_letter_dated_by_its_place_date_line_not_the_received_stamp():
    text = ("STADT KLEVE\nDer Stadtdirektor\n\nINGEKOMEN 17 MRT. 1961\nKleve, den 14. März 1961\n\nAn den\n"
            "Herrn Burgemeester der Gemeinde Nijmegen\n\nSehr geehrter Herr Burgemeester!\n"
            "Für Ihr freundliches Schreiben danke ich Ihnen im Namen des Rates verbindlichst.\n\n"
            "Mit vorzüglicher Hochachtung\nDr. Hermanns\n")
    info = describe_document(raw_document_from_text(text), (CleanPage.from_text(text),), pipeline_version="test")
    assert (info.doc_type, info.doc_kind, info.doc_date) == ("brief", "brief", "1961-03-14")
