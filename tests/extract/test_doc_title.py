"""Titles: a letter's subject, a report's chapter heading."""

from __future__ import annotations

import pytest

from pipeline.extract.doc_evidence import Evidence
from pipeline.extract.doc_title import letter_title, report_title
from pipeline.extract.document import evidence
from pipeline.records import CleanPage


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
