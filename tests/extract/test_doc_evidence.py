"""The evidence the document rules read: the salutation line."""

from __future__ import annotations

import pytest

from pipeline.extract.doc_evidence import Evidence, salutation_index
from pipeline.extract.document import evidence
from pipeline.records import CleanPage


def ev(text: str) -> Evidence:
    return evidence((CleanPage.from_text(text),))


@pytest.mark.parametrize(
    ("line", "salutation"),
    [
        ("Geachte heer Van der Steur,", True),
        ("Geachte voorzitter,", True),
        ("Geachte mevrouw Jansen, Hierbij ontvangt u de stukken.", True),
        ("Beste collega's,", True),
        ("Geacht college,", True),
        ("Geacht bestuur, Hierbij ontvangt u de beschikking.", True),
        ("Waarde collega's,", True),
        ("Geachte aanwezigen en belangstellenden die vandaag naar deze bijeenkomst zijn gekomen", False),
        ("Het geachte lid Tellegen vroeg,", False),
    ],
)
def test_salutation(line, salutation):
    assert (salutation_index(ev(line)) is not None) is salutation


def test_a_row_of_labels_printed_side_by_side_counts_each_label(tmp_path):
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    from pipeline.clean import clean_page
    from pipeline.extract.doc_evidence import margin_labels_found
    from pipeline.ingest import read_document

    path = tmp_path / "ledenbrief.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont("Helvetica", 8)
    for x, y, text in [(72, 190, "Aan de leden"), (72, 214, "betreft"), (222, 214, "ons kenmerk"), (352, 214, "datum"),
                       (72, 226, "Ledenraadpleging"), (222, 226, "TLE/U202500512"), (352, 226, "3 maart 2025")]:
        c.drawString(x, A4[1] - y, text)
    c.save()
    pages = tuple(clean_page(p) for p in read_document(path, source=str(path)).pages)
    assert {"betreft", "ons kenmerk", "datum"} <= margin_labels_found(evidence(pages))
