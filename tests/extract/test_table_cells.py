"""A page's tables as lines of cells, and what a cell holds: table_runs, parse_figure, row_labels."""

from __future__ import annotations

from decimal import Decimal

import pytest

from pipeline.extract.amount_tables import table_figures
from pipeline.extract.table_cells import cell_text, dots_for_commas, parse_figure, row_labels, table_runs


def cells(text: str, redactions=()):
    return [(text[f.start:f.end], f.value, f.row_label, f.column_label, f.is_total)
            for f in table_figures(text, list(redactions))]


def test_a_run_of_cell_lines_ended_by_a_blank_line_is_one_table():
    text = "Tabel 1 Bijdragen\n\nGemeente\tBedrag\n\t2024\nAlmere\t1.234\nUrk\t-\n\nTekst daarna.\n"
    [(first, lines)] = table_runs(text)
    assert first == 2 and len(lines) == 4
    # An empty cell keeps its place, so a cell's column is its tab count.
    assert [cell_text(text, c) for c in lines[1].cells] == ["", "2024"]
    assert [row_labels(text, line) for line in lines[2:]] == [[None, "Almere"], [None, "Urk"]]


def test_a_numbered_heading_over_a_header_of_its_own_ends_the_table_above():
    text = ("Deelnemer\tBijdrage (€)\nGemeente Epe\t12.500\nTotaal\t12.500\n3.4 Uitgaven\n"
            "Post (bedragen in €)\t2024\t2025\nPersoneel\t8.000\t9.000\n")
    assert [(first, len(lines)) for first, lines in table_runs(text)] == [(0, 3), (4, 2)]
    # A label inside a table, over more rows of figures, stays in it.
    text = "Deelnemer\tBijdrage (€)\nGemeente Epe\t12.500\n3.4 Overige deelnemers\nGemeente Ede\t9.000\n"
    assert [(first, len(lines)) for first, lines in table_runs(text)] == [(0, 4)]


def test_cells_split_by_bars_or_runs_of_spaces():
    text = "| Gemeente | Bedrag |\n| Almere | 1.234 |\nUrk      45.000\n"
    [(_, lines)] = table_runs(text)
    assert [[cell_text(text, c) for c in line.cells] for line in lines] == [
        ["Gemeente", "Bedrag"], ["Almere", "1.234"], ["Urk", "45.000"]]


def test_commas_that_group_thousands_become_dots_and_a_decimal_comma_stays():
    assert dots_for_commas("1,245,300") == "1.245.300"
    assert dots_for_commas("12,50") == "12,50" and dots_for_commas("0,125") == "0,125"



@pytest.mark.parametrize(("cell", "value"), [
    ("1.234", "1234"), ("1.234.567", "1234567"), ("12,50", "12.50"), ("€ 1.235.480,-", "1235480"),
    ("-/- 839.626", "-839626"), ("(1.234)", "-1234"), ("−1.234", "-1234"), ("-1.234", "-1234"),
    ("1 234", "1234"), ("0", "0"), ("1.234-", "-1234"), ("17 mln", "17000000"), ("-23.5 mln", "-23500000"),
    ("2,5 miljoen", "2500000"), ("—15.190", "-15190"),
    # Thousands set in English: two comma groups Dutch never writes, a decimal point after them.
    ("1,480,000", "1480000"), ("(1,140,000)", "-1140000"), ("2,784,000.50", "2784000.50"),
    # One comma group stays a Dutch decimal comma here; a money column's thousands are read by its cells.
    ("888,000", "888"), ("1,5", "1.5"),
])
def test_printed_figures_keep_their_sign(cell, value):
    assert parse_figure(cell) == Decimal(value)


@pytest.mark.parametrize("cell", ["21.11.2024", "2024-0012", "abc", "(1.234", "5.1.2e", "1.5", "—", "— 15",
                                  "1,480,000,5", "1,480,000.5.1"])
def test_things_that_are_no_figure(cell):
    assert parse_figure(cell) is None


def test_a_speck_ocr_glued_before_a_figure_is_no_part_of_the_cell():
    # A photocopy's speck read as a low quote before the figure; a quote before a word stays.
    text = ("Gemeente\tSW-plaatsen\tBijdrage 2009 (€)\n"
            "Venray\t98\t744.980\n"
            "Horst aan de Maas\t85\t„648.220\n"
            "'t Hof\t12\t'96.220\n")
    assert cells(text) == [
        ("744.980", Decimal("744980"), "Venray", "Bijdrage 2009 (€)", False),
        ("648.220", Decimal("648220"), "Horst aan de Maas", "Bijdrage 2009 (€)", False),
        ("96.220", Decimal("96220"), "'t Hof", "Bijdrage 2009 (€)", False),
    ]


def test_a_speck_ocr_read_as_a_low_line_after_a_figure_is_no_part_of_the_cell():
    # A low line after a word stays: only one after a figure is a speck.
    text = ("Omschrijving\tLasten\tBaten\n"
            "Indexatie bijdrage\t61.200 _\t-\n"
            "Algemene uitkering\t-\t407.600 _\n")
    assert [(c[0], c[1]) for c in cells(text)] == [("61.200", Decimal("61200")), ("407.600", Decimal("407600"))]
    assert parse_figure("61.200 _") is None


def test_a_speck_ocr_read_as_a_low_line_before_a_figure_is_no_part_of_the_cell():
    # The speck is no blacked-out cell, though the clean stage marks a lone mark in a table so.
    text = ("Wijk\tVerwerving (€)\t_ Sloop (€)\n"
            "Oude Westen\t6.420\t1.810\n"
            "Crooswijk\t_ 5.230\t1.475\n")
    found = table_figures(text, [(text.index("_ 5.230"), text.index("_ 5.230") + 1)])
    assert [(text[f.start:f.end], f.value, f.redacted) for f in found][2] == ("5.230", Decimal("5230"), False)
    # A low line standing for a figure left out is no figure.
    assert parse_figure("_") is None


def test_section_labels_in_a_row_inside_a_table_keep_it_one_table():
    text = ("\t31-12-2023\t31-12-2022\n\t€\t€\nACTIVA\nVaste activa\n"
            "Materiële vaste activa\t1.245.300\t1.310.950\nVlottende activa\n"
            "Liquide middelen\t2.104.776\t1.876.020\n")
    got = [(f.row_label, f.column_label, f.value) for f in table_figures(text)]
    assert got[0] == ("Materiële vaste activa", "31-12-2023 €", Decimal("1245300"))
    assert len(got) == 4


def test_a_balance_set_side_by_side_labels_each_half_with_its_own_rows():
    text = ("Bedragen x € 1.000\n\nACTIVA\t31-12-2023\t31-12-2022\tPASSIVA\t31-12-2023\t31-12-2022\n"
            "Vaste activa\t1.204\t1.310\tEigen vermogen\t45.120\t41.006\n"
            "Liquide middelen\t412\t388\tVoorzieningen\t6.330\t5.871\n"
            "Totaal activa\t1.616\t1.698\tTotaal passiva\t51.450\t46.877\n")
    got = [(f.row_label, f.value, f.is_total) for f in table_figures(text)]
    assert got[2:4] == [("Eigen vermogen", Decimal("45120000"), False), ("Eigen vermogen", Decimal("41006000"), False)]
    assert got[-1] == ("Totaal passiva", Decimal("46877000"), True)


def test_a_second_text_cell_before_the_figures_is_no_row_label():
    text = "Gemeente\tRegio\tBedrag\nAlmere\tFlevoland\t5.678\nZwolle\tOverijssel\t1.234\n"
    assert [f.row_label for f in table_figures(text)] == ["Almere", "Zwolle"]


def test_a_deviation_marked_voordelig_or_nadelig_is_a_plus_or_a_minus():
    text = ("Bedragen x € 1.000\n\nProgramma\tBegroting\tRealisatie\tVerschil\n"
            "Bestuur\t15.030\t14.876\t154 V\nVeiligheid\t3.502\t3.611\t109 N\n")
    got = [(f.column_label, f.value) for f in table_figures(text)]
    assert got[2] == ("Verschil", Decimal("154000")) and got[5] == ("Verschil", Decimal("-109000"))


def test_thousands_grouped_by_commas_are_thousands_in_a_column_without_cents():
    # OCR reads a dot as a comma now and then; English tables group with commas.
    text = ("Bedragen x € 1.000\n\nProgramma\tBegroting\tRealisatie\nBestuur\t15.030\t14,876\n"
            "Veiligheid\t3.502\t3.611\nTotaal\t18,532\t1,248,487\n")
    assert [f.value for f in table_figures(text)] == [Decimal(v) * 1000 for v in (
        "15030", "14876", "3502", "3611", "18532", "1248487")]


def test_a_column_with_cents_keeps_its_decimal_commas():
    text = "Post\tBedrag\nKoffie\t12,50\nThee\t1,245\nPrijs per kWh\t0,125\n"
    assert [f.value for f in table_figures(text)] == [Decimal("12.50"), Decimal("1.245"), Decimal("0.125")]


@pytest.mark.parametrize("caption", ["bedragen x €\t1.000", "Bedragen x €   1.000", "(bedragen x €\t1.000)"])
def test_a_unit_caption_split_into_cells_is_the_caption_not_a_row(caption):
    # OCR reads the space after the currency sign as wide as a column gap.
    text = f"{caption}\nGemeente\t2023\t2024\nGroningen\t640\t655\nAssen\t210\t215\n"
    figures = table_figures(text)
    assert [(f.row_label, f.value) for f in figures] == [
        ("Groningen", Decimal("640000")), ("Groningen", Decimal("655000")),
        ("Assen", Decimal("210000")), ("Assen", Decimal("215000"))]


def test_a_printed_plus_marks_a_voordeel_in_a_table_of_differences():
    text = ("Bedragen x € 1.000 (+ = voordeel, - = nadeel)\n\nOnderdeel\t2025\t2026\n"
            "Verschil algemene uitkering\t+686\t+343\nTaakmutaties\t-212\t-340\n")
    assert [f.value for f in table_figures(text)] == [Decimal("686000"), Decimal("343000"),
                                                      Decimal("-212000"), Decimal("-340000")]
