"""Tables rebuilt from word boxes: rows and columns from hand-placed words, generated PDFs and a scan."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from pipeline.ingest import lines, reading
from pipeline.ingest.lines import PageLayout, Token
from pipeline.ingest.tables import find_tables, is_figure
from pipeline.process import process_document
from pipeline.records import BBox
from tests.fixtures.table_words import RULES, SIZE, lines_at, page, words


# OCR reads a printed minus glued to the figure as an em dash ('—6.130').
@pytest.mark.parametrize("text", ["1.234", "-/- 839.626", "(1.234)", "€ 12,50", "45%", "1.234.567", "0", "154 V",
                                  "1.109 N", "—6.130", "5,820,000", "1,234.50", "(1,140,000)"])
def test_figures(text):
    assert is_figure(text)


@pytest.mark.parametrize("text", ["21.11.2024", "2024-12345", "Almere", "art. 5.1.2e", "— Almere", "1,2,3", "1,234,56"])
def test_not_figures(text):
    assert not is_figure(text)


# A procurement notice prints the currency after the figure; a word after it is no figure.
@pytest.mark.parametrize("text", ["5 046 812,40 EUR", "2.288.950,00 EUR", "12,50 €"])
def test_a_figure_with_its_currency_after_it(text):
    assert is_figure(text)


@pytest.mark.parametrize("text", ["5 046 812,40 EURO-norm", "2025 EUR-lex", "EUR"])
def test_a_figure_with_a_word_after_it_is_none(text):
    assert not is_figure(text)


def test_award_rows_with_the_currency_after_the_figures_are_a_table():
    rows = [("Perceel", "Geraamde waarde", "Gegund"), ("Gemeente Oss", "5 120 000,00 EUR", "5 046 812,40 EUR"),
            ("Gemeente Bernheze", "2 310 000,00 EUR", "2 288 950,00 EUR"),
            ("Gemeente Maashorst", "2 440 000,00 EUR", "2 512 300,00 EUR")]
    text = reading.page_text(page(rows), RULES).text
    assert text.splitlines()[1] == "Gemeente Oss\t5 120 000,00 EUR\t5 046 812,40 EUR"


def year_lines(head: list[str], row: list[str], shift: float = 0) -> PageLayout:
    tokens = []
    for k, (year, figure) in enumerate(zip(head[1:], row[1:], strict=True)):
        tokens += words(year, 300 + 60 * k, 100, right=True) + words(figure, 300 + 60 * k + shift, 114, right=True)
    tokens += words(head[0], 60, 100) + words(row[0], 60, 114)
    return lines.segment_layout(tokens, 595, 842, RULES)


def test_one_row_of_figures_under_a_label_and_years_is_a_table():
    layout = year_lines(["Saldo (x € 1.000)", "2025", "2026", "2027"], ["Begroting 2025", "64", "−312", "22"])
    assert reading.page_text(layout, RULES).text.splitlines()[-2:] == [
        "Saldo (x € 1.000)\t2025\t2026\t2027", "Begroting 2025\t64\t−312\t22"]


def test_one_line_of_figures_beside_the_years_not_under_them_is_no_table():
    layout = year_lines(["Saldo (x € 1.000)", "2025", "2026", "2027"], ["Begroting 2025", "64", "−312", "22"],
                        shift=30)
    assert reading.page_text(layout, RULES).n_tables == 0


def test_rows_keep_their_figures_and_an_empty_cell_keeps_its_column():
    rows = [("Gemeente", "Bedrag 2025", "Bedrag 2026"), ("Almere", "1.234", "2.345"),
            ("Urk", "", "45"), ("Zeewolde", "6.789", "1.011"), ("Totaal", "8.023", "3.401")]
    text = reading.page_text(page(rows), RULES).text
    assert text.splitlines() == ["Gemeente\tBedrag 2025\tBedrag 2026", "Almere\t1.234\t2.345",
                                 "Urk\t\t45", "Zeewolde\t6.789\t1.011", "Totaal\t8.023\t3.401"]


def test_a_row_without_label_starts_with_tabs():
    rows = [("Lasten", "100", "200"), ("", "300", "400"), ("Baten", "500", "600")]
    text = reading.page_text(page(rows), RULES).text
    assert text.splitlines()[1] == "\t300\t400"


def test_running_text_above_the_table_stays_a_paragraph():
    rows = [("Almere", "1.234", "2.345"), ("Urk", "45", "67"), ("Dronten", "89", "10")]
    above = ["De middelen worden als volgt verdeeld over de gemeenten in de regio", "Flevoland."]
    result = reading.page_text(page(rows, above=above), RULES)
    assert result.text.split("\n\n")[0] == "\n".join(above)
    assert result.n_tables == 1


def test_rows_whose_figures_do_not_line_up_are_read_as_lines_and_the_page_says_so():
    tokens = []
    for k, (label, x) in enumerate([("Almere", 200), ("Urk", 300), ("Dronten", 400), ("Lelystad", 500)]):
        tokens += words(label, 60, 100 + 14 * k) + words("1.234", x, 100 + 14 * k, right=True)
    result = reading.page_text(lines.segment_layout(tokens, 595, 842, RULES), RULES)
    assert result.n_tables == 0
    assert result.layout_notes == ("table_read_as_lines",)
    assert "\t" not in result.text


def test_two_lines_are_no_table():
    tables, _, _ = find_tables(page([("Almere", "1.234", "2.345"), ("Urk", "45", "67")]).segments,
                               SIZE, RULES.tables)
    assert tables == []


# -- generated PDFs ---------------------------------------------------------------

ROWS = [("Almere", "1.234", "2.345"), ("Lelystad", "-/- 839", "(12)"), ("Dronten", "45", "7"),
        ("Urk", "–", "30"), ("Totaal", "440", "2.370")]


def table_pdf(path: Path, pages: int = 1) -> Path:
    """A letter with a caption 'Bedragen x € 1.000' and a table per page, the header repeated."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=A4)
    for n in range(pages):
        c.setFont("Helvetica", 10)
        y = 800
        c.drawString(72, y, "Geachte leden van de raad,")
        y -= 14
        c.drawString(72, y, "In de tabel hieronder staat de verdeling van de middelen over de gemeenten.")
        y -= 28
        c.drawString(72, y, "Bedragen x € 1.000")
        y -= 16
        c.drawString(72, y, "Gemeente")
        c.drawRightString(360, y, "Begroting 2025")
        c.drawRightString(480, y, "Begroting 2026")
        y -= 14
        for label, *cells in ROWS[n * 2:] if n else ROWS:
            c.drawString(72, y, label)
            for x, v in zip((360, 480), cells, strict=True):
                c.drawRightString(x, y, v)
            y -= 14
        c.drawString(72, y - 20, "Met vriendelijke groet,")
        c.showPage()
    c.save()
    return path


@pytest.fixture(scope="module")
def table_result(tmp_path_factory):
    return process_document(table_pdf(tmp_path_factory.mktemp("tables") / "tabel.pdf", pages=2))


def amounts_of(result, page: int | None = None):
    return [(a.value_eur, a.municipality_code, a.row_label, a.column_label, a.is_total)
            for a in result.amounts if page is None or a.page == page]


def test_pdf_table_gives_every_figure_with_scale_sign_row_and_column(table_result):
    assert amounts_of(table_result, 1) == [
        (Decimal("1234000.00"), "GM0034", "Almere", "Begroting 2025", False),
        (Decimal("2345000.00"), "GM0034", "Almere", "Begroting 2026", False),
        (Decimal("-839000.00"), "GM0995", "Lelystad", "Begroting 2025", False),
        (Decimal("-12000.00"), "GM0995", "Lelystad", "Begroting 2026", False),
        (Decimal("45000.00"), "GM0303", "Dronten", "Begroting 2025", False),
        (Decimal("7000.00"), "GM0303", "Dronten", "Begroting 2026", False),
        (Decimal("30000.00"), "GM0184", "Urk", "Begroting 2026", False),
        (Decimal("440000.00"), None, "Totaal", "Begroting 2025", True),
        (Decimal("2370000.00"), None, "Totaal", "Begroting 2026", True),
    ]


def test_a_table_continued_on_the_next_page_with_its_header_repeated(table_result):
    assert [a[2] for a in amounts_of(table_result, 2)] == ["Dronten", "Dronten", "Urk", "Totaal", "Totaal"]
    assert all(a[3].startswith("Begroting") for a in amounts_of(table_result, 2))


def test_header_years_are_not_amounts(table_result):
    assert not any(a.value_eur in (Decimal("2025"), Decimal("2026")) for a in table_result.amounts)


def test_table_cell_boxes_point_at_the_printed_figure(table_result):
    fact = next(a for a in table_result.amounts if a.text == "-/- 839")
    assert fact.x0 is not None and 300 < fact.x1 <= 362


@pytest.mark.slow
def test_a_scanned_table_gives_the_same_amounts(tmp_path, table_result):
    import pypdfium2

    pdf = pypdfium2.PdfDocument(str(table_pdf(tmp_path / "bron.pdf", pages=1)))
    image = pdf[0].render(scale=300 / 72).to_pil().convert("L")
    pdf.close()
    scan = tmp_path / "scan.pdf"
    image.save(scan, "PDF", resolution=300.0)
    result = process_document(scan)
    assert result.pages[0].raw.method == "ocr"
    assert amounts_of(result) == amounts_of(table_result, 1)


def test_a_total_set_apart_below_the_table_belongs_to_it():
    rows = [("Reserve A", "3.388", "77"), ("Reserve B", "122", "-122"), ("Reserve C", "3.402", "156")]
    layout_ = page(rows)
    extra = words("Totaal reserves", 60, 100 + 14 * 3 + 30) + words("6.912", 330, 142 + 30, right=True) \
        + words("111", 450, 142 + 30, right=True)
    tokens = [t for s in layout_.segments for t in s.tokens] + extra
    result = reading.page_text(lines.segment_layout(tokens, 595, 842, RULES), RULES)
    assert result.text.splitlines()[-1] == "Totaal reserves\t6.912\t111"
    assert result.n_tables == 1


def test_rows_set_apart_by_a_blank_line_whose_figures_line_up_are_one_table():
    # Two rows, a blank line, three rows: the short first run joins the table, and
    # the header above it is found.
    result = reading.page_text(lines_at([
        (80, ("Activa", "2024", "2025", "2026")),
        (100, ("Vaste activa", "17.455", "22.408", "21.287")),
        (120, ("Totaal vaste activa", "17.455", "22.408", "21.287")),
        (160, ("Uitzettingen", "7.426", "8.909", "10.003")),
        (180, ("Liquide middelen", "203", "203", "203")),
        (200, ("Totaal activa", "25.084", "31.520", "31.493")),
    ]), RULES)
    assert result.n_tables == 1
    assert result.text.splitlines() == [
        "Activa\t2024\t2025\t2026", "Vaste activa\t17.455\t22.408\t21.287",
        "Totaal vaste activa\t17.455\t22.408\t21.287", "Uitzettingen\t7.426\t8.909\t10.003",
        "Liquide middelen\t203\t203\t203", "Totaal activa\t25.084\t31.520\t31.493"]


def test_a_header_repeated_inside_the_table_stays_in_it():
    result = reading.page_text(lines_at([
        (100, ("Activa", "31-12-2024", "31-12-2025")),
        (120, ("Vaste activa", "17.455", "22.408")),
        (140, ("Vlottende activa", "7.426", "8.909")),
        (160, ("Totaal activa", "24.881", "31.317")),
        (190, ("Passiva", "31-12-2024", "31-12-2025")),
        (210, ("Eigen vermogen", "7.074", "7.052")),
        (230, ("Schulden", "17.807", "24.265")),
        (250, ("Totaal passiva", "24.881", "31.317")),
    ]), RULES)
    assert result.n_tables == 1
    assert "Passiva\t31-12-2024\t31-12-2025" in result.text.splitlines()


def test_section_labels_between_the_header_and_the_first_row_keep_the_header():
    # Annual accounts head the columns, then open with section labels before any figure.
    result = reading.page_text(lines_at([
        (100, ("", "31-12-2023", "31-12-2022")),
        (113, ("", "€", "€")),
        (135, ("ACTIVA",)),
        (149, ("Vaste activa",)),
        (163, ("Materiële vaste activa", "1.245.300", "1.310.950")),
        (177, ("Liquide middelen", "2.104.776", "1.876.020")),
        (191, ("Totaal activa", "3.350.076", "3.186.970")),
    ]), RULES)
    assert result.n_tables == 1
    assert result.text.splitlines()[:4] == ["\t31-12-2023\t31-12-2022", "\t€\t€", "ACTIVA", "Vaste activa"]


def test_a_header_over_the_figures_a_blank_line_above_the_rows_is_the_header():
    # Set further above the rows than a caption may be (OCR measures its words smaller).
    result = reading.page_text(lines_at([
        (100, ("ACTIVA", "31-12-2023", "31-12-2022")),
        (126, ("Vaste activa", "1.245.300", "1.310.950")),
        (140, ("Liquide middelen", "2.104.776", "1.876.020")),
        (154, ("Totaal activa", "3.350.076", "3.186.970")),
    ]), RULES)
    assert result.text.splitlines()[0] == "ACTIVA\t31-12-2023\t31-12-2022"


def test_labels_above_the_first_row_without_a_header_over_them_stay_text():
    result = reading.page_text(lines_at([
        (100, ("Toelichting",)),
        (114, ("Vaste activa",)),
        (128, ("Materiële vaste activa", "1.245.300", "1.310.950")),
        (142, ("Liquide middelen", "2.104.776", "1.876.020")),
        (156, ("Totaal activa", "3.350.076", "3.186.970")),
    ]), RULES)
    lines = [line for line in result.text.splitlines() if line]
    assert lines[:2] == ["Toelichting", "Vaste activa"]
    assert lines[2].startswith("Materiële vaste activa\t")


def test_a_paragraph_between_two_tables_keeps_them_apart():
    prose = "De reserves zijn in het afgelopen jaar toegenomen door het positieve resultaat over 2024."
    result = reading.page_text(lines_at([
        (100, ("Reserve A", "3.388", "77")), (120, ("Reserve B", "122", "-122")),
        (140, ("Reserve C", "100", "-99")), (170, (prose,)),
        (200, ("Voorziening A", "3.388", "77")), (220, ("Voorziening B", "122", "-122")),
        (240, ("Voorziening C", "100", "-99")),
    ]), RULES)
    assert result.n_tables == 2
    assert prose in result.text.split("\n\n")


def test_a_header_set_with_the_tables_own_wide_line_spacing_is_its_header():
    # Rows 20 points apart with 10-point words: the header 19 points above is the table's.
    result = reading.page_text(lines_at([
        (81, ("Bedragen x € 1.000", "2025", "2026")),
        (100, ("Eigen vermogen", "7.074", "7.052")),
        (120, ("Voorzieningen", "116", "50")),
        (140, ("Vaste schuld", "7.895", "14.419")),
    ]), RULES)
    assert result.text.splitlines()[0] == "Bedragen x € 1.000\t2025\t2026"


def test_the_last_row_of_a_table_in_the_footer_band_is_not_taken_for_furniture(tmp_path):
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    path = tmp_path / "bijlage.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    for n in range(3):
        c.setFont("Helvetica", 10)
        c.drawString(72, 800, "Gemeente")
        c.drawRightString(400, 800, "Bedrag 2025")
        for k in range(52):  # the last rows sit in the bottom band, where footers are looked for
            y = 780 - 14 * k
            c.drawString(72, y, "Regel " + chr(65 + n) + chr(65 + k % 26) + chr(65 + k // 26))
            c.drawString(300, y, "€")
            c.drawRightString(400, y, f"{n + 1}{k:02d}.000,00")
        c.drawString(250, 30, f"Pagina {n + 1} van 3")
        c.showPage()
    c.save()
    result = process_document(path)
    for pdf_page in result.pages:
        assert f"{pdf_page.number}51.000,00" in pdf_page.text
        assert not any("000,00" in f or f == "€" for f in pdf_page.raw.furniture)


def test_a_letters_margin_column_beside_a_table_stays_out_of_its_rows():
    tokens = []
    for k, (label, amount) in enumerate([("Overgewicht", "17 mln"), ("Mentale gezondheid", "5 mln"),
                                         ("Kansrijke start", "3 mln"), ("Coördinatie", "25 mln")]):
        tokens += words(label, 60, 100 + 14 * k) + words(amount, 330, 100 + 14 * k, right=True)
    for k, text in enumerate(["Datum", "12 september 2025", "Ons kenmerk", "4190863-1084972-DMO"]):
        tokens += words(text, 440, 100 + 14 * k)
    result = reading.page_text(lines.segment_layout(tokens, 595, 842, RULES), RULES)
    assert result.text.splitlines()[:4] == ["Overgewicht\t17 mln", "Mentale gezondheid\t5 mln",
                                            "Kansrijke start\t3 mln", "Coördinatie\t25 mln"]
    assert result.margin_fields == (("Datum", "12 september 2025"), ("Ons kenmerk", "4190863-1084972-DMO"))


def _fitted(rows: list[tuple[str, ...]], edges: tuple[float, ...]) -> PageLayout:
    """A table fitted to its contents as a word processor sets it: every cell left-aligned at
    its column's edge, a label running on over an empty cell beside it."""
    tokens = []
    for k, row in enumerate(rows):
        for x, cell in zip(edges, row, strict=False):
            if cell:
                tokens += words(cell, x, 100 + 14 * k)
    return lines.segment_layout(tokens, 595, 842, RULES)


def test_a_label_running_on_over_an_empty_cell_does_not_join_the_labels_and_the_figures():
    rows = [("Gemeente", "Vast", "Variabel"), ("Eemsdelta", "250.000", "612.400"),
            ("Groningen", "250.000", "1.184.300"), ("Pekela", "250.000", "214.900"),
            ("Uitvoeringskosten provincie", "", "240.000"), ("Totaal", "750.000", "2.250.700")]
    text = reading.page_text(_fitted(rows, (60, 150, 230)), RULES).text
    assert text.splitlines() == ["Gemeente\tVast\tVariabel", "Eemsdelta\t250.000\t612.400",
                                 "Groningen\t250.000\t1.184.300", "Pekela\t250.000\t214.900",
                                 "Uitvoeringskosten provincie\t\t240.000", "Totaal\t750.000\t2.250.700"]


def test_a_figure_set_a_little_closer_to_its_label_than_the_segment_gap_is_its_own_cell():
    # 'Midden-Groningen' ends 3 points before the figures' column: one chain of words.
    rows = [("Eemsdelta", "250.000", "612.400"), ("Groningen", "250.000", "1.184.300"),
            ("Midden-Groningen", "250.000", "641.700"), ("Pekela", "250.000", "214.900")]
    text = reading.page_text(_fitted(rows, (60, 143, 230)), RULES).text
    assert text.splitlines()[2] == "Midden-Groningen\t250.000\t641.700"


def test_header_words_closer_than_the_segment_gap_go_to_the_columns_they_stand_over():
    tokens = words("Gemeente", 60, 86) + words("Vast bedrag", 150, 86) + words("Variabel deel", 213, 86) \
        + words("Totaal", 290, 86)
    for k, (name, a, b, c) in enumerate([("Eemsdelta", "250.000", "612.400", "862.400"),
                                         ("Oldambt", "250.000", "522.600", "772.600"),
                                         ("Pekela", "250.000", "214.900", "464.900")]):
        tokens += words(name, 60, 100 + 14 * k) + words(a, 150, 100 + 14 * k) \
            + words(b, 213, 100 + 14 * k) + words(c, 290, 100 + 14 * k)
    text = reading.page_text(lines.segment_layout(tokens, 595, 842, RULES), RULES).text
    assert text.splitlines()[0] == "Gemeente\tVast bedrag\tVariabel deel\tTotaal"


def test_a_short_header_word_over_no_column_does_not_carry_its_cell_into_the_next():
    # A table fitted to its contents, every cell set at its column's left edge: the '%' after
    # 'Verdeelsleutel' stands over no column of figures, and the next header is less than a
    # segment gap but more than a word space away.
    tokens = words("Gemeente", 60, 86) + words("Verdeelsleutel %", 150, 86) \
        + words("Aandeel resultaat", 235, 86) + words("Verrekening", 340, 86)
    for k, (name, a, b, c) in enumerate([("Beek", "1,9", "61", "(38)"), ("Brunssum", "4,9", "157", "(98)"),
                                         ("Vaals", "1,6", "51", "(32)")]):
        tokens += words(name, 60, 100 + 14 * k) + words(a, 150, 100 + 14 * k) \
            + words(b, 235, 100 + 14 * k) + words(c, 340, 100 + 14 * k)
    text = reading.page_text(lines.segment_layout(tokens, 595, 842, RULES), RULES).text
    assert text.splitlines()[0] == "Gemeente\tVerdeelsleutel %\tAandeel resultaat\tVerrekening"


def test_a_speck_read_between_two_header_words_does_not_join_their_columns():
    # An auditor's SiSa annex: a code column, the grant's name, its figures. OCR reads a speck
    # in the gap after 'Code' as '_', which leaves less than a word space on either side.
    tokens = words("Code", 60, 86) + [Token("_", BBox(87.0, 85.0, 91.5, 97.0))] \
        + words("Specifieke uitkering", 96, 86) + words("Besteding", 250, 86)
    for k, (code, name, figure) in enumerate([("C8", "SPUK Sportakkoord", "118.400"),
                                              ("E27B", "Brede SPUK Jeugd", "243.915"),
                                              ("H14", "Regeling reductie energie", "287.663")]):
        tokens += words(code, 60, 100 + 14 * k) + words(name, 96, 100 + 14 * k) \
            + words(figure, 300, 100 + 14 * k, right=True)
    text = reading.page_text(lines.segment_layout(tokens, 595, 842, RULES), RULES).text
    assert text.splitlines()[:2] == ["Code _\tSpecifieke uitkering\tBesteding", "C8\tSPUK Sportakkoord\t118.400"]


def test_two_labels_in_a_column_of_labels_that_varies_in_width_do_not_split_it():
    # Labels of every width start at the same edge: no label is a bridge to a column of its own.
    rows = [("Almere", "1.234"), ("Uitvoeringskosten van de provincie", "45"),
            ("Urk en omgeving", "67"), ("Lelystad", "89")]
    text = reading.page_text(page(rows), RULES).text
    assert text.splitlines()[1] == "Uitvoeringskosten van de provincie\t45"


def test_text_cells_wrapped_onto_the_next_line_join_their_row_but_a_label_line_stays_apart():
    rows = [("Regio Deal", "Penvoerder", "Rijksbijdrage"), ("Foodvalley", "gemeente Ede", "22.500.000"),
            ("Kanaalzone", "gemeente", "35.000.000"), ("Zeeuws-Vlaanderen", "Terneuzen", ""),
            ("Noord-Veluwe", "gemeente", "20.000.000"), ("", "Harderwijk", ""),
            ("Overige regio's", "", ""), ("Groene Hart", "provincie", "27.500.000")]
    lines_ = reading.page_text(_fitted(rows, (60, 160, 260)), RULES).text.splitlines()
    assert lines_[2:5] == ["Kanaalzone Zeeuws-Vlaanderen\tgemeente Terneuzen\t35.000.000",
                           "Noord-Veluwe\tgemeente Harderwijk\t20.000.000", "Overige regio's"]


def test_house_numbers_after_street_names_are_no_column_a_long_street_runs_over():
    # The numbers of an address column stand where a long street name runs on: they are part of
    # the address, not a column of figures of their own (only amounts make one).
    rows = [("Adres", "", "Postcode", "Bedrag"), ("Boksdoornstraat", "25", "6543 SB", "25.000,00"),
            ("Boksdoornstraat", "27", "6543 SB", "25.000,00"), ("Boksdoornstraat", "29", "6543 SB", "25.000,00"),
            ("Meidoornlaan", "3", "6543 SC", "25.000,00"), ("Sleedoornsingel 101-103", "", "6543 SD", "50.000,00")]
    tokens = []
    for k, row in enumerate(rows):
        for x, cell in zip((60, 142, 190, 260), row, strict=True):
            if cell:
                tokens += words(cell, x, 100 + 14 * k)
    text = reading.page_text(lines.segment_layout(tokens, 595, 842, RULES), RULES).text
    assert text.splitlines()[1] == "Boksdoornstraat 25\t6543 SB\t25.000,00"


def test_a_label_wrapped_alone_onto_the_next_line_joins_its_row_also_under_the_last_row():
    # A narrow first column: 'Gemeente Leeuwarden' does not fit, so the name goes under it;
    # under the last row the label and project wrap together.
    rows = [("Aanvrager", "Project", "Aangevraagd"), ("Gemeente", "Dorpshuis Wirdum", "420.000"),
            ("Leeuwarden", "", ""), ("Gemeente", "Speelnatuur", "185.000"), ("Tytsjerksteradiel", "Hurdegaryp", ""),
            ("Gemeente", "Kulturele as", "240.000"), ("Achtkarspelen", "Buitenpost", "")]
    lines_ = reading.page_text(_fitted(rows, (60, 150, 260)), RULES).text.splitlines()
    assert lines_[1:] == ["Gemeente Leeuwarden\tDorpshuis Wirdum\t420.000",
                          "Gemeente Tytsjerksteradiel\tSpeelnatuur Hurdegaryp\t185.000",
                          "Gemeente Achtkarspelen\tKulturele as Buitenpost\t240.000"]


def test_a_short_label_line_that_would_have_fit_beside_the_label_above_stays_a_section_label():
    rows = [("Gemeente", "Bedrag", ""), ("Beek", "61.000", ""), ("Vaals", "51.000", ""), ("Overige", "", ""),
            ("Gulpen", "70.000", "")]
    lines_ = reading.page_text(_fitted(rows, (60, 160, 230)), RULES).text.splitlines()
    assert "Overige" in lines_


def test_the_end_of_a_sentence_right_above_a_table_is_no_caption_of_it():
    # 'Zo ziet de verdeling eruit (x' wraps onto '€ 1.000):': the line under it is the end of
    # the sentence, at the text's own line pitch, not a caption of the table.
    layout = page([("Gemeente", "Bijdrage"), ("Assen", "2.312"), ("Emmen", "4.271"), ("Meppel", "1.386")],
                  top=128, above=["De bijdragen worden verdeeld naar inwonertal. Zo ziet de verdeling eruit (x",
                                  "€ 1.000):"])
    text = reading.page_text(layout, RULES).text
    assert "eruit (x\n€ 1.000):\n" in text


def _blocks(blocks: list[tuple[tuple[float, ...], list[tuple[str, ...]]]]) -> PageLayout:
    """Blocks of rows one under the other, each fitted to its own column edges."""
    tokens, k = [], 0
    for edges, rows in blocks:
        for row in rows:
            for x, cell in zip(edges, row, strict=False):
                if cell:
                    tokens += words(cell, x, 100 + 14 * k)
            k += 1
    return lines.segment_layout(tokens, 595, 842, RULES)


def test_columns_that_shift_between_blocks_of_rows_keep_each_rows_figures_apart():
    # Each block's columns are set a little apart from the other's: chained, they would make one
    # range that holds two figures of a row ('4.850 850').
    first = [("Reconstructie", "4.850", "850", "2.400"), ("Verlichting", "1.320", "330", "330"),
             ("Riolering", "2.760", "690", "690")]
    second = [("Kindcentrum", "7.420", "2.520", "3.900"), ("Sporthal", "2.250", "2.250", "-"),
              ("Speeltuinen", "4.480", "1.120", "120")]
    text = reading.page_text(_blocks([((60, 200, 253, 330), first), ((60, 170, 226, 330), second)]), RULES).text
    got = [line.split("\t") for line in text.splitlines()]
    assert [[c for c in row if c] for row in got] == [[r[0], r[1], r[2], r[3]] for r in first + second]


def test_a_later_block_with_longer_labels_leaves_the_first_blocks_figures_their_own_column():
    # The second block's labels run on over where the first block's figures stand; those figures are
    # money ('4.812', '(185)'), not a house number ending a label.
    first = [("Immateriële activa", "4.812", "5.206"), ("Materiële activa", "(748)", "721.655"),
             ("Financiële activa", "96.214", "98.871")]
    second = [("Uitzettingen korter dan een jaar bij het Rijk", "61.208", "55.317"),
              ("Liquide middelen bij banken en de schatkist", "2.145", "3.380"),
              ("Overlopende activa van andere overheden", "44.790", "39.412")]
    text = reading.page_text(_blocks([((60, 200, 330), first), ((60, 330, 420), second)]), RULES).text
    got = [[c for c in line.split("\t") if c] for line in text.splitlines()]
    assert got == [list(r) for r in first + second]


def _crammed(header: list[tuple[str, float]], wrapped: list[tuple[str, float]], label: str, rows) -> PageLayout:
    """A table fitted to its contents, every cell at its column's left edge: a header line, the end of
    a header cell wrapped under it, a section label, then rows of figures at x 150 and 204."""
    tokens = [t for text, x in header for t in words(text, x, 86)]
    y = 99
    if wrapped:
        tokens += [t for text, x in wrapped for t in words(text, x, y)]
        y += 13
    if label:
        tokens += words(label, 60, y)
        y += 13
    for k, (name, a, b) in enumerate(rows):
        tokens += words(name, 60, y + 13 * k) + words(a, 150, y + 13 * k) + words(b, 204, y + 13 * k)
    return lines.segment_layout(tokens, 595, 842, RULES)


_CRAMMED_ROWS = [("Den Helder", "1.011", "2.670"), ("Hollands Kroon", "891", "2.352"), ("Texel", "246", "649")]


def test_header_words_crammed_across_a_columns_left_edge_go_to_the_columns_they_start_in():
    # 'Basistaken' ends 0.4 word heights before the next column starts, where 'Totaal' starts.
    page = _crammed([("Gemeente", 60), ("Basistaken", 150), ("Totaal 2025", 204)], [], "", _CRAMMED_ROWS)
    assert reading.page_text(page, RULES).text.splitlines()[0] == "Gemeente\tBasistaken\tTotaal 2025"
    # A word space apart the words are one label, whichever column the second starts in.
    page = _crammed([("Gemeente", 60), ("Basistaken", 150), ("totaal", 203)], [], "", _CRAMMED_ROWS)
    assert "Basistaken totaal" in reading.page_text(page, RULES).text.splitlines()[0]


def test_a_header_cells_wrapped_end_and_a_wide_section_label_keep_the_header():
    # 'Kop van Noord-Holland' runs a little into the first figures' column, but ends before they do;
    # the header cell too narrow for its word goes on under it ('g').
    page = _crammed([("Gemeente", 60), ("Jeugdgezondheidszor", 150), ("Totaal", 250)], [("g", 150)],
                    "Kop van Noord-Holl", _CRAMMED_ROWS)
    result = reading.page_text(page, RULES)
    assert result.text.splitlines()[:2] == ["Gemeente\tJeugdgezondheidszor\tTotaal", "\tg"]
    # A label over the figures' whole width is running text above the table, no section label.
    page = _crammed([("Gemeente", 60), ("Jeugdgezondheidszor", 150), ("Totaal", 250)], [("g", 150)],
                    "Kop van Noord-Holland en Texel", _CRAMMED_ROWS)
    assert reading.page_text(page, RULES).text.splitlines()[0] != "Gemeente\tJeugdgezondheidszor\tTotaal"


def test_a_table_set_a_word_space_apart_keeps_its_columns_and_a_cell_wrapped_onto_three_lines():
    # 'Gemeente Amstelveen' ends a word space before the project's column: the word that starts
    # where the column's cells start opens its cell. The project wraps twice, its last word a number.
    rows = [("Aanvrager", "Project", "Aangevraagd", "Verleend"),
            ("Gemeente Amstelveen", "Herinrichting", "1.740.000", "1.740.000"), ("", "Bovenkerkerweg, fase"),
            ("", "2"), ("Gemeente Diemen", "Schoolomgeving", "159.000", "159.000"),
            ("Gemeente Ede", "Fietspad", "12.000", "12.000"), ("Gemeente Urk", "Bushalte", "48.200", "48.200"),
            ("Totaal", "", "1.959.200", "1.959.200")]
    text = reading.page_text(_fitted(rows, (60, 156, 260, 320)), RULES).text
    assert text.splitlines()[:3] == [
        "Aanvrager\tProject\tAangevraagd\tVerleend",
        "Gemeente Amstelveen\tHerinrichting Bovenkerkerweg, fase 2\t1.740.000\t1.740.000",
        "Gemeente Diemen\tSchoolomgeving\t159.000\t159.000"]


def test_a_forms_label_and_value_lines_above_a_table_are_no_header_of_it():
    # A presentielijst's head gives its particulars as labels and values, right above the list.
    rows = [("Tijd:", "08.30 - 16.30 uur", "Trainer: R. de Graaf"), ("Nr.", "Naam", "Boa-nummer"),
            ("1", "S. Bakkali", "210456"), ("2", "M. van Dam", "198233"), ("3", "K. Evers", "220917"),
            ("4", "J. Hoekstra", "187120")]
    text = reading.page_text(_fitted(rows, (60, 90, 180)), RULES).text
    assert text.splitlines()[:3] == ["Tijd: 08.30 - 16.30 uur Trainer: R. de Graaf", "", "Nr.\tNaam\tBoa-nummer"]
    # Column headers that name their columns stay the table's, a colon at the end or not.
    rows[0] = ("Groep", "Tijd", "Trainer:")
    assert reading.page_text(_fitted(rows, (60, 90, 180)), RULES).text.splitlines()[0] == "Groep\tTijd\tTrainer:"


def test_a_label_wrapped_where_its_next_word_would_have_touched_the_next_column_joins_its_row():
    # 'en' would fit after 'Waterschap Rijn' with a word space, not with the white a word processor
    # keeps before the next column: the line under it is the label wrapped, and the rows after it (a
    # '0' that lines up with no other figure) stay in the table.
    rows = [("Trekker", "Project", "Bijdrage", "Eigen"), ("Gemeente Aalten", "Beekherstel", "612.000", "204.000"),
            ("Gemeente Ede", "Erfbeplanting", "480.000", "370.000"),
            ("Gemeente Epe", "Natte natuur", "935.000", "311.000"),
            ("Waterschap Rijn", "Vispassages", "1.210.000", "605.000"), ("en IJssel", "Berkel", "", ""),
            ("Regio Achterhoek", "Procesgeld", "330.000", "0"), ("Totaal", "", "3.567.000", "1.490.000")]
    lines_ = reading.page_text(_fitted(rows, (60, 147, 235, 330)), RULES).text.splitlines()
    assert lines_[4:] == ["Waterschap Rijn en IJssel\tVispassages Berkel\t1.210.000\t605.000",
                          "Regio Achterhoek\tProcesgeld\t330.000\t0", "Totaal\t\t3.567.000\t1.490.000"]


def _units_wrapped(header: list[tuple[str, float]], wrapped: list[tuple[str, float]]) -> PageLayout:
    """A header whose cells print their unit, one of them wrapped onto a second line, over rows of
    figures set flush left at x 150, 260 and 370."""
    tokens = [t for text, x in header for t in words(text, x, 86)]
    tokens += [t for text, x in wrapped for t in words(text, x, 99)]
    for k, (name, *figures) in enumerate([("Enschede", "1.412", "1.586", "18,63"),
                                          ("Zwolle", "1.189", "1.402", "19,57"),
                                          ("Almelo", "741", "978", "23,24")]):
        tokens += words(name, 60, 112 + 13 * k)
        tokens += [t for figure, x in zip(figures, (150, 260, 370), strict=True) for t in words(figure, x, 112 + 13 * k)]
    return lines.segment_layout(tokens, 595, 842, RULES)


def test_a_header_cells_unit_wrapped_onto_the_next_line_stays_in_the_header_and_its_cell():
    # 'Griffie (x € 1.000)' runs on past its figures' narrow column: its unit stays its label's;
    # 'Vergoedingen (x €' wraps its '1.000)' under it, a line of the header, no row.
    page = _units_wrapped([("Gemeente", 60), ("Griffie (x € 1.000)", 150), ("Vergoedingen (x €", 260),
                           ("Per inw. (€)", 370)], [("1.000)", 260)])
    text = reading.page_text(page, RULES).text.splitlines()
    assert text[:3] == ["Gemeente\tGriffie (x € 1.000)\tVergoedingen (x €\tPer inw. (€)", "\t\t1.000)",
                        "Enschede\t1.412\t1.586\t18,63"]
    # A figure's bracket closed under no bracket left open is no end of a header cell.
    page = _units_wrapped([("Gemeente", 60), ("Griffie", 150), ("Vergoedingen", 260), ("Per inw.", 370)],
                          [("1.000)", 260)])
    assert "\t\t1.000)" not in reading.page_text(page, RULES).text.splitlines()


