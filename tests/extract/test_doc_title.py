"""Titles: a letter's subject, a report's chapter heading."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.extract.doc_evidence import Evidence
from pipeline.extract.doc_title import letter_title, report_title
from pipeline.extract.document import evidence
from pipeline.records import CleanPage
from pipeline.testing import load_test_module

documents = load_test_module(Path(__file__).resolve().parents[1] / "fixtures" / "documents.py")


def ev(text: str) -> Evidence:
    return evidence((CleanPage.from_text(text),))


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Postbus 1\n1000 AA Amsterdam\n\nOnderwerp: Evaluatie buurtteams\n\nGeachte heer Bakker,\n", "Evaluatie buurtteams"),
        ("Postbus 1\n1000 AA Amsterdam\n\nBetreft\nEvaluatie buurtteams\n\nGeachte heer Bakker,\n", "Evaluatie buurtteams"),
        ("Postbus 1\n1000 AA Amsterdam\n\nAmsterdam, 7 juli 2015\n\nEvaluatie buurtteams\n\nGeachte heer Bakker,\n",
         "Evaluatie buurtteams"),
    ],
)
def test_letter_title(text, title):
    assert letter_title(ev(text)) == title


def test_report_title_is_the_chapter_heading():
    text = "Jaarverslag 2018\n\nProgramma 10: Veiligheid\n\nWat wilden we bereiken in 2018?\n"
    assert report_title(ev(text)) == "Programma 10: Veiligheid"


def test_a_subject_label_set_apart_without_its_value_takes_the_printed_line_under_it():
    from pipeline.extract.doc_title import subject_line
    from pipeline.extract.document import evidence
    from pipeline.records import CleanPage, RawPage

    raw = "Gemeente Zwolle\n\nOnderwerp\nVerslag bewonersavond Dieze-Oost\nDatum\n3 maart 2025\n\nBeste bewoner,\n"
    clean = "Gemeente Zwolle\n\nVerslag bewonersavond Dieze-Oost\n\nBeste bewoner,\n\nOnderwerp\nDatum\n3 maart 2025\n"
    page = CleanPage(number=1, text=clean, raw=RawPage(number=1, text=raw, method="pdf"),
                     raw_offsets=tuple(range(len(clean) + 1)),
                     margin_fields=(("Onderwerp", ""), ("Datum", "3 maart 2025")))
    assert subject_line(evidence((page,))) == "Verslag bewonersavond Dieze-Oost"


def test_a_subject_that_runs_on_to_the_next_printed_line_is_read_whole():
    from pipeline.extract.doc_title import subject_line

    text = ("Postbus 1\n1000 AA Amsterdam\n\nOnderwerp: beslissing op uw bezwaar tegen ons besluit van 12\n"
            "maart 2024 over de kapvergunning\n\nGeachte heer Bakker,\n")
    assert subject_line(ev(text)) == "beslissing op uw bezwaar tegen ons besluit van 12 maart 2024 over de kapvergunning"
    # Near misses: a field or the salutation right under the subject, or a subject that ends its sentence.
    fields = "Postbus 1\n1000 AA Amsterdam\n\nOnderwerp: kapvergunning\nOns kenmerk: 2024-118\nGeachte heer Bakker,\n"
    assert subject_line(ev(fields)) == "kapvergunning"
    salutation = "Postbus 1\n\nOnderwerp: kapvergunning Dorpsstraat 4\nGeachte heer Bakker,\n"
    assert subject_line(ev(salutation)) == "kapvergunning Dorpsstraat 4"
    ended = "Postbus 1\n\nBetreft: kapvergunning.\nWij hebben uw aanvraag ontvangen.\n"
    assert subject_line(ev(ended)) == "kapvergunning."


def test_a_speck_before_the_subject_label_does_not_hide_it():
    from pipeline.extract.doc_title import subject_line

    assert subject_line(ev("Postbus 1\n\n‚ Onderwerp: kapvergunning\n\nGeachte heer Bakker,\n")) == "kapvergunning"
    # Near miss: a word before the label makes it part of a sentence.
    assert subject_line(ev("Postbus 1\n\nhet Onderwerp: kapvergunning\n\nGeachte heer Bakker,\n")) is None


def test_the_subject_in_a_row_of_labels_over_a_row_of_values(tmp_path):

    from pipeline.clean import clean_page
    from pipeline.extract.doc_title import subject_line
    from pipeline.ingest import read_document

    def page(rows):
        path = documents.placed_pdf(tmp_path / f"{len(rows)}.pdf", [rows], size=9)
        return clean_page(read_document(path, source=str(path)).pages[0])

    head = [(72, 200, "datum"), (182, 200, "ons kenmerk"), (292, 200, "onderwerp"),
            (72, 213, "20 november 2023"), (182, 213, "UIT 41877"), (292, 213, "Woo-verzoek"),
            (72, 240, "Geachte heer Bakker,")]
    assert subject_line(evidence((page(head),))) == "Woo-verzoek"
    # Near miss: a row of labels without a subject label names none.
    other = [(x, y, "uw brief" if t == "onderwerp" else t) for x, y, t in head]
    assert subject_line(evidence((page(other[:-1]),))) is None
