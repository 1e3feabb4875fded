"""Printed rows and cells of a page's head from the word boxes (pipeline.extract.doc_cells)."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from pipeline.clean import clean_page
from pipeline.extract.doc_cells import cell_below, cell_continued, cell_in_column, head_rows, label_at_start
from pipeline.ingest import read_document
from pipeline.records import CleanPage
from pipeline.testing import load_test_module

documents = load_test_module(Path(__file__).resolve().parents[1] / "fixtures" / "documents.py")


def _page(path, rows) -> CleanPage:
    documents.placed_pdf(path, [rows], size=9)
    return clean_page(read_document(path, source=str(path)).pages[0])


def test_a_row_of_labels_over_a_row_of_values_gives_aligned_cells(tmp_path):
    page = _page(tmp_path / "a.pdf", [(72, 200, "Uw brief"), (182, 200, "Datum"), (292, 200, "Ons kenmerk"),
                                      (72, 213, "12 mei 2020"), (182, 213, "28 mei 2020"), (292, 213, "z2020-08456")])
    rows = head_rows(page)
    assert [[c.text for c in row] for row in rows] == [["Uw brief", "Datum", "Ons kenmerk"],
                                                        ["12 mei 2020", "28 mei 2020", "z2020-08456"]]
    below = cell_below(rows, 0, rows[0][1])
    assert below.text == "28 mei 2020"
    line = below.line()
    assert page.text[line.start:line.end] == "28 mei 2020"


def test_a_line_a_turned_scan_broke_continues_on_the_next_row_where_it_ended(tmp_path):
    page = _page(tmp_path / "s.pdf", [(72, 200, "Het college van"), (404, 200, "ONTVANGEN"),
                                      (455, 209, "14 MRT 2019"), (72, 222, "Postbus 25")])
    rows = head_rows(page)
    assert [[c.text for c in row] for row in rows] == [["Het college van", "ONTVANGEN"], ["14 MRT 2019"],
                                                        ["Postbus 25"]]
    assert cell_continued(rows, 0, rows[0][1]).text == "14 MRT 2019"
    # Not the cell under the row's first cell, nor a cell of the last row.
    assert cell_continued(rows, 0, rows[0][0]) is None
    assert cell_continued(rows, 2, rows[2][0]) is None


def test_words_a_space_apart_stay_one_cell_and_a_wide_gap_parts_them(tmp_path):
    page = _page(tmp_path / "b.pdf", [(72, 200, "Onderwerp: vergunning terras"), (400, 200, "Leeuwarden, 17 april 2024")])
    (row,) = head_rows(page)
    assert [c.text for c in row] == ["Onderwerp: vergunning terras", "Leeuwarden, 17 april 2024"]
    line = row[1].line(12, 25)
    assert (line.text, page.text[line.start:line.end]) == ("17 april 2024", "17 april 2024")


def test_the_body_below_the_head_has_no_cells(tmp_path):
    page = _page(tmp_path / "c.pdf", [(72, 600, "Datum"), (182, 600, "3 maart 2025")])
    assert head_rows(page) == []


def test_a_text_page_has_no_cells():
    assert head_rows(CleanPage.from_text("Datum    Kenmerk\n3 maart 2025    X-1\n")) == []


def test_a_label_opens_a_cell_in_any_case_with_or_without_colon():
    labels = ("Datum", "Verzenddatum")
    assert label_at_start("datum", labels).end() == 5
    assert label_at_start("Datum: 3 maart 2025", labels).end() == 7
    assert label_at_start("Datumstempel", labels) is None
    assert label_at_start("Ons kenmerk", labels) is None


def test_a_speck_between_a_label_and_its_value_is_passed_over_on_a_scan(tmp_path):
    # A speck of the scanner under the label, read by OCR as a glyph of its own row.
    page = _page(tmp_path / "v.pdf", [(72, 200, "Datum verzending"), (232, 200, "Kenmerk"),
                                      (140, 209, "7"), (72, 218, "3 maart 2025"), (232, 218, "ZK-25-0117")])
    rows = head_rows(page)
    assert [[c.text for c in row] for row in rows] == [["Datum verzending", "Kenmerk"], ["7"],
                                                        ["3 maart 2025", "ZK-25-0117"]]
    assert cell_below(rows, 0, rows[0][0]).text == "7"
    assert cell_below(rows, 0, rows[0][0], specks=True).text == "3 maart 2025"
    # A value of two characters is one ('Bijlagen' / '12'), also on a scan.
    page = _page(tmp_path / "b.pdf", [(72, 200, "Bijlagen"), (72, 212, "12"), (72, 224, "Postbus 25")])
    rows = head_rows(page)
    assert cell_below(rows, 0, rows[0][0], specks=True).text == "12"


# The body under the head: its spaces are the page's usual white between words.
BODY = "Wij hebben uw aanvraag van 12 augustus ontvangen en besluiten als volgt over de vergunning."


def test_a_table_fitted_to_its_contents_parts_its_columns_where_they_stand_one_under_the_other(tmp_path):
    # Columns as wide as their longest text and a little white between them (as a word processor
    # fits a table): narrower than a cell gap, but each column starts at the same left edge on every row.
    page = _page(tmp_path / "f.pdf", [(72, 200, "Verzenddatum"), (137, 200, "Dossier"), (186, 200, "Contactpersoon"),
                                      (72, 212, "4.11.2024"), (137, 212, "D-2024-17"), (186, 212, "mw. A. de Vries"),
                                      (72, 600, BODY)])
    rows = head_rows(page)
    assert [[c.text for c in row] for row in rows] == [["Verzenddatum", "Dossier", "Contactpersoon"],
                                                        ["4.11.2024", "D-2024-17", "mw. A. de Vries"]]
    assert cell_below(rows, 0, rows[0][0]).text == "4.11.2024"


def test_words_a_space_apart_stay_one_cell_though_they_stand_under_each_other(tmp_path):
    # The near miss: two lines of a paragraph whose words happen to start at the same place, a space apart.
    c = canvas.Canvas(str(tmp_path / "n.pdf"), pagesize=A4)
    c.setFont("Helvetica", 9)
    c.drawString(72, A4[1] - 200, "Datum van verzending")
    c.drawString(72, A4[1] - 212, "Datum van ontvangst")
    c.save()
    page = clean_page(read_document(tmp_path / "n.pdf", source="n.pdf").pages[0])
    assert [[c.text for c in row] for row in head_rows(page)] == [["Datum van verzending"], ["Datum van ontvangst"]]
    # A wide gap on one row only, with nothing under it, does not part a narrow one.
    page = _page(tmp_path / "m.pdf", [(72, 200, "Kenmerk"), (116, 200, "ZK-25"), (72, 212, "Betreft subsidie")])
    assert [[c.text for c in row] for row in head_rows(page)] == [["Kenmerk ZK-25"], ["Betreft subsidie"]]


def test_a_fitted_tables_columns_are_parted_also_where_wrapped_cells_stand_between_its_rows(tmp_path):
    # Each row's long cell wraps onto a line of its own: the next row stands two lines lower.
    rows = [(72, 200, "Nr."), (110, 200, "Datum"), (163, 200, "Onderwerp"),
            (72, 212, "2024-03"), (110, 212, "12-02-2024"), (163, 212, "Verlenging vergunning"),
            (163, 224, "standplaats markt"),
            (72, 236, "2024-07"), (110, 236, "04-03-2024"), (163, 236, "Subsidie"), (72, 600, BODY)]
    page = _page(tmp_path / "w.pdf", rows)
    rows = head_rows(page)
    assert [[c.text for c in row] for row in rows] == [
        ["Nr.", "Datum", "Onderwerp"], ["2024-03", "12-02-2024", "Verlenging vergunning"], ["standplaats markt"],
        ["2024-07", "04-03-2024", "Subsidie"]]
    assert cell_in_column(rows, 1, rows[1][1]).text == "04-03-2024"
    # Near miss: a cell that only stands near the column, not at its left edge, is another column's.
    page = _page(tmp_path / "x.pdf", [(300, 200, "Vastgesteld"), (300, 212, "22-08-2024"), (72, 224, "1. Inleiding"),
                                      (72, 236, "De inspectie bezocht"), (258, 236, "4-7-2024"), (72, 600, BODY)])
    rows = head_rows(page)
    assert [c.text for c in rows[3]] == ["De inspectie bezocht", "4-7-2024"]
    assert cell_in_column(rows, 1, rows[1][0]) is None


def test_a_typewriters_words_on_the_grid_of_its_letters_stay_one_cell(tmp_path):
    # The near miss: a monospaced space is as wide as a letter, and the words of two lines stand one under
    # the other on the grid; only the page's usual space is no column's white.
    c = canvas.Canvas(str(tmp_path / "t.pdf"), pagesize=A4)
    c.setFont("Courier", 10)
    for y, text in [(200, "Datum: 21-03-'64 of later"), (212, "Kenmerk: 1234 en bijlage"), (600, BODY)]:
        c.drawString(72, A4[1] - y, text)
    c.save()
    page = clean_page(read_document(tmp_path / "t.pdf", source="t.pdf").pages[0])
    assert [[c.text for c in row] for row in head_rows(page)] == [["Datum: 21-03-'64 of later"],
                                                                   ["Kenmerk: 1234 en bijlage"]]
