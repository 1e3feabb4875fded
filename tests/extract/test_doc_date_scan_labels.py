"""The ``Datum`` of a scan's head whose label OCR lost or put elsewhere
(``pipeline/extract/doc_date_scan_labels.py``): a margin column's date under a scrap or opening the column, a
label's date right under it in its column."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.extract import doc_date_scan_labels as scan_labels
from pipeline.extract.document import evidence
from pipeline.testing import load_test_module
from tests.fixtures.documents import (
    SCAN_BODY_X,
    SCAN_MARGIN_X,
    SCAN_PAGE_WIDTH,
    SCAN_TABLE_X,
    scanned_evidence,
)

documents = load_test_module(Path(__file__).resolve().parents[1] / "fixtures" / "documents.py")


PROSE = "Hierbij ontvangt u ons antwoord op uw vragen over de subsidie voor het buurtwerk in de wijk Oost."
CLOSING = "\n\nMet vriendelijke groet,\n\nJ. Jansen\n"


PAGE_WIDTH, BODY_X, TABLE_X, MARGIN_X = SCAN_PAGE_WIDTH, SCAN_BODY_X, SCAN_TABLE_X, SCAN_MARGIN_X
scanned = scanned_evidence


LETTER = "De heer S. Jacobs\nPostbus 15562\n1001 NB Amsterdam\n\nGeachte heer Jacobs,\n\n" + PROSE + CLOSING


BODY = [(BODY_X, line) for line in LETTER.strip().split("\n")]


def at(x: float, column: str) -> list[tuple[float, str]]:
    return [(x, line) for line in column.strip().split("\n")]


@pytest.mark.parametrize(("column", "method", "value"), [
    ("ak\n11 maart 2025\nOns kenmerk\nKSA-25-0012\n", "ocr", "2025-03-11"),  # the Datum label a scrap
    ("Dat m\n11 maart 2025\nUw brief\n6 januari 2025\n", "ocr", "2025-03-11"),
    ("ak\n11 maart 2025\nOns kenmerk\nKSA-25-0012\n", "pdf", None),  # printed text says what it prints
    # Under a label that reads, the date is that label's; a date with no label above it is no field.
    ("Uw verzoek\n6 januari 2025\nOns kenmerk\nKSA-25-0012\n", "ocr", None),
    ("Ons kenmerk KSA-25-0012\n6 januari 2025\nBehandeld door\nteam Juridische Zaken\n", "ocr", None),
])
def test_a_scans_margin_date_whose_label_was_lost(column, method, value):
    hit = scan_labels.lost_label_margin_date(scanned(BODY + at(MARGIN_X, column), method))
    assert (hit.value if hit else None) == value
    if value:
        assert hit.rule == "margin_datum_lost_label"


@pytest.mark.parametrize(("column", "method", "value"), [
    # The Datum label lost altogether: the date opens the column, a label of it right under the date.
    ("11 maart 2025\nOns kenmerk\nKSA-25-0012\n", "ocr", "2025-03-11"),
    ("11 maart 2025\nOns kenmerk\nKSA-25-0012\n", "pdf", None),
    # Near misses: a date lower in the column is its label's; a date with no label under it is no field.
    ("Uw verzoek\n6 januari 2025\nOns kenmerk\nKSA-25-0012\n", "ocr", None),
    ("11 maart 2025\nteam Juridische Zaken\n", "ocr", None),
])
def test_a_scans_margin_date_opening_the_column_without_its_label(column, method, value):
    lines = BODY + at(MARGIN_X, column) + at(BODY_X, "ONTVANGEN 14 MRT 2025")
    hit = scan_labels.column_top_margin_date(scanned(lines, method))
    assert (hit.value if hit else None) == value


LOST = "ak\n11 maart 2025\nOns kenmerk\nKSA-25-0012\n"


READS = "Behandeld door\nteam Juridische Zaken\n"


@pytest.mark.parametrize("lines", [
    # The same lines in the body of a letter whose margin column reads, in a column of a table
    # between the body and that margin column, or on a page with no margin column at all.
    BODY[:5] + at(BODY_X, LOST) + BODY[5:] + at(MARGIN_X, READS),
    BODY + at(TABLE_X, LOST) + at(MARGIN_X, READS),
    BODY + at(BODY_X, LOST),
])
def test_the_same_lines_outside_the_margin_column_are_no_lost_label_date(lines):
    assert scan_labels.lost_label_margin_date(scanned(lines)) is None


def placed(lines: list[tuple[float, float, str]], method: str = "ocr"):
    """A scanned page whose lines stand where given (x, top), in the order the text layer gives them."""
    return evidence((documents.placed_page(lines, method),))


# A province's row of labels over its row of values, as tesseract read it from a tilted scan: the first label run
# out of its row and put after the body, among the last column's labels.
TILTED = [(BODY_X, 100.0, "Aan de raad van de gemeente Oss"), (TABLE_X - 80, 160.0, "Ons kenmerk"),
          (BODY_X, 174.0, "20 december 2007 1318842 FIN/07/2217"), (BODY_X, 220.0, "Geachte raad,"),
          (BODY_X, 240.0, "Op 14 november 2007 hebben wij uw begroting ontvangen."), (MARGIN_X - 70, 158.0, "Uw kenmerk"),
          (BODY_X, 163.0, "Datum"), (MARGIN_X - 70, 186.0, "Bijlage(n)")]


@pytest.mark.parametrize(("lines", "method", "value"), [
    (TILTED, "ocr", "2007-12-20"),
    # Near misses: printed text says what it prints; a date in the body, far under the label, is none of its.
    (TILTED, "pdf", None),
    ([(x, top + 60 if "december" in t else top, t) for x, top, t in TILTED], "ocr", None),
    # A date under another column's label is that label's.
    ([(x + 150 if "december" in t else x, top, t) for x, top, t in TILTED], "ocr", None),
])
def test_a_scans_datum_label_is_read_with_the_date_right_under_it(lines, method, value):
    hit = scan_labels.scanned_column_date(placed(lines, method))
    assert (hit.value if hit else None) == value
