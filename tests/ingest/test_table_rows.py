"""The rows of a table (``pipeline.ingest.table_rows``): a line's cells, which lines are rows, boxed rows and lines joined to a row."""

from __future__ import annotations

from pipeline.ingest import lines, reading
from pipeline.ingest.lines import Token
from pipeline.ingest.tables import find_tables
from pipeline.records import BBox
from tests.fixtures.table_words import RULES, SIZE, lines_at, page, words


def test_a_year_or_number_first_does_not_make_a_row():
    tokens = []
    for k, (year, title) in enumerate([("2021", "Jaarverslag"), ("2022", "Jaarrekening"), ("2023", "Begroting")]):
        tokens += words(year, 100, 100 + 14 * k, right=True) + words(title, 250, 100 + 14 * k)
    tables, _, _ = find_tables(lines.segment_layout(tokens, 595, 842, RULES).segments, SIZE, RULES.tables)
    assert tables == []


def test_an_amount_column_before_the_names_makes_rows_when_its_figures_are_money():
    tokens = []
    for k, (amount, name) in enumerate([("Bedrag", "Gemeente"), ("€ 56.200", "Heerlen"),
                                        ("€ 112.750", "Maastricht"), ("€ 38.400", "Venlo")]):
        tokens += words(amount, 160, 100 + 14 * k, right=True) + words(name, 200, 100 + 14 * k)
    text = reading.page_text(lines.segment_layout(tokens, 595, 842, RULES), RULES).text
    assert text.splitlines()[1:] == ["€ 56.200\tHeerlen", "€ 112.750\tMaastricht", "€ 38.400\tVenlo"]


def test_a_negative_figure_in_brackets_still_makes_a_row():
    rows = [("Almere", "(1.234)", "2.345"), ("Urk", "45", "(67)"), ("Dronten", "89", "10")]
    assert "Almere\t(1.234)\t2.345" in reading.page_text(page(rows), RULES).text.splitlines()


def test_a_caption_read_with_a_gap_before_its_closing_figure_is_no_row():
    # OCR leaves a wide gap inside the caption ('(bedragen x €' ... '1.000)'): taken for a row, its
    # span would join the labels and the first column of figures under it ('Barneveld 420').
    tokens = words("Bijdragen per gemeente (bedragen x €", 60, 86) + words("1.000)", 300, 86)
    for k, (name, first, second) in enumerate([("Gemeente", "2005", "2006"), ("Barneveld", "420", "465"),
                                               ("Ede", "510", "540"), ("Scherpenzeel", "45", "50"),
                                               ("Totaal", "1.470", "1.585")]):
        tokens += words(name, 60, 100 + 14 * k) + words(first, 140, 100 + 14 * k) + words(second, 220, 100 + 14 * k)
    text = reading.page_text(lines.segment_layout(tokens, 595, 842, RULES), RULES).text
    assert "Barneveld\t420\t465" in text.splitlines()
    assert "Totaal\t1.470\t1.585" in text.splitlines()


def test_a_header_of_cells_whose_last_unit_wraps_its_figure_stays_the_tables():
    # 'Begroting 2000 (x EUR' and '1.000)' a gap apart in a header of more cells: the header, no caption.
    tokens = (words("Omschrijving", 60, 86) + words("Rekening (x f", 140, 86) + words("Begroting (x EUR", 230, 86)
              + words("1.000)", 330, 86))
    for k, (name, first, second) in enumerate([("Lasten", "498.712", "232.473"), ("Baten", "493.015", "230.957"),
                                               ("Saldo", "-5.697", "-1.517")]):
        tokens += words(name, 60, 100 + 14 * k) + words(first, 200, 100 + 14 * k, right=True)
        tokens += words(second, 300, 100 + 14 * k, right=True)
    text = reading.page_text(lines.segment_layout(tokens, 595, 842, RULES), RULES).text
    assert text.splitlines()[0].startswith("Omschrijving\t")


def test_figures_set_closer_than_a_line_height_are_still_cells():
    # A bold totals row whose columns sit closer together than the body's: the
    # label and its figures chain into one segment, and are split again.
    tokens = []
    for k, label in enumerate(["Personeelskosten", "Huisvesting", "Totaal lasten"]):
        tokens += words(label, 60, 100 + 14 * k)
        for x, value in ((300, "51.660"), (340, "55.990"), (380, "62.909")):
            tokens += words(value, x, 100 + 14 * k, right=True)
    result = reading.page_text(lines.segment_layout(tokens, 595, 842, RULES), RULES)
    assert result.text.splitlines()[-1] == "Totaal lasten\t51.660\t55.990\t62.909"


def test_a_figure_that_ends_where_its_column_ends_is_its_own_cell_however_close_to_its_label():
    rows = [("Nr.", "Monument", "Eigenaar", "Subsidie"), ("12145", "Waag", "Gemeente Deventer", "186.420"),
            ("23477", "Broederkerk", "Parochie Heilige Maria Ten", "241.300"),
            ("15402", "Stadhuis", "Gemeente Hasselt", "115.000"), ("23506", "Toren", "Gemeente Kampen", "98.760")]
    tokens = []
    # The owner of the second row runs on to a point before its figure: still two cells.
    for k, (number, name, owner, figure) in enumerate(rows):
        tokens += words(number, 30, 100 + 14 * k) + words(name, 75, 100 + 14 * k)
        tokens += words(owner, 140, 100 + 14 * k) + words(figure, 300, 100 + 14 * k, right=True)
    text = reading.page_text(lines.segment_layout(tokens, 595, 842, RULES), RULES).text
    assert "23477\tBroederkerk\tParochie Heilige Maria Ten\t241.300" in text.splitlines()
    # A line of prose that ends in a figure where the column ends stays prose.
    prose = words("In 2024 verleende het Rijk subsidies voor 98.760", 60, 200)
    text = reading.page_text(lines.segment_layout(tokens + prose, 595, 842, RULES), RULES).text
    assert "In 2024 verleende het Rijk subsidies voor 98.760" in text


def test_a_header_over_flush_left_figures_splits_where_their_columns_start():
    # Header cells as wide as their columns, a gap wider than a word space but narrower than a
    # column gap between them, more words than one header cell holds; the figures set flush left.
    tokens = (words("Gemeente", 60, 86) + words("Inwoners 1-1-2024", 150, 86)
              + words("Algemene uitkering 2025", 241, 86) + words("Mutatie t.o.v. mei", 360, 86)
              + words("Per inwoner", 455, 86))
    for k, (name, *cells) in enumerate([("Almelo", "74.120", "145.572", "1.412", "1.964"),
                                        ("Borne", "24.310", "37.389", "402", "1.538"),
                                        ("Wierden", "25.020", "37.505", "-23", "1.499")]):
        top = 100 + 14 * k
        tokens += words(name, 60, top)
        for x, cell in zip((150, 241, 360, 455), cells, strict=True):
            tokens += words(cell, x, top)
    text = reading.page_text(lines.segment_layout(tokens, 595, 842, RULES), RULES).text
    assert text.splitlines()[:2] == [
        "Gemeente\tInwoners 1-1-2024\tAlgemene uitkering 2025\tMutatie t.o.v. mei\tPer inwoner",
        "Almelo\t74.120\t145.572\t1.412\t1.964"]


def test_a_header_cell_wrapped_up_to_the_next_columns_start_is_split_there():
    # 'Variabele bijdrage' fills its column and wrapped its '(€)'; 'Totaal 2025' starts a word
    # space after it, where the totals printed flush left start.
    tokens = (words("Deelnemer", 60, 86) + words("Vaste bijdrage", 150, 86)
              + words("Variabele bijdrage", 240, 86) + words("Totaal 2025", 331, 86)
              + words("(€)", 240, 99))
    for k, (name, *cells) in enumerate([("Tiel", "42.500", "327.751", "370.251"),
                                        ("Buren", "42.500", "191.814", "234.314"),
                                        ("Culemborg", "42.500", "217.926", "260.426")]):
        top = 113 + 13 * k
        tokens += words(name, 60, top)
        for x, cell in zip((150, 240, 331), cells, strict=True):
            tokens += words(cell, x, top)
    text = reading.page_text(lines.segment_layout(tokens, 595, 842, RULES), RULES).text
    assert text.splitlines()[0] == "Deelnemer\tVaste bijdrage\tVariabele bijdrage\tTotaal 2025"


def test_words_of_a_header_a_word_space_apart_stay_one_cell():
    # Near miss: a header cell's words over flush-left figures are a word space apart; only
    # the column's first word opens its cell.
    tokens = words("Gemeente", 60, 86) + words("Bijdrage totaal", 150, 86) + words("Per inwoner", 300, 86)
    for k, (name, total, each) in enumerate([("Almelo", "145.572", "1.964"), ("Borne", "37.389", "1.538"),
                                            ("Wierden", "37.505", "1.499")]):
        top = 100 + 14 * k
        tokens += words(name, 60, top) + words(total, 150, top) + words(each, 300, top)
    text = reading.page_text(lines.segment_layout(tokens, 595, 842, RULES), RULES).text
    assert text.splitlines()[0] == "Gemeente\tBijdrage totaal\tPer inwoner"


def _box(x: float, top: float, code: str | None = "5.1.2b") -> list[Token]:
    """A redaction box 44 points wide as the ingest marks it, its ground code printed on it."""
    box = [Token("\u2588", BBox(x, top - 1, x + 44, top + SIZE + 1))]
    return box + (words(code, x + 3, top) if code else [])


def test_a_row_whose_figures_are_blacked_out_stays_in_its_table():
    tokens = []
    for k, (name, asked, proposed) in enumerate([("Arnhem", "2.400.000", "1.800.000"), ("Nijmegen", "3.100.000", None),
                                                 ("Ede", "1.250.000", "1.250.000"), ("Zutphen", None, None),
                                                 ("Lingewaard", "600.000", "0"), ("Totaal", None, None)]):
        top = 100 + 14 * k
        tokens += words(name, 60, top)
        tokens += words(asked, 250, top) if asked else _box(250, top)
        tokens += words(proposed, 350, top) if proposed else _box(350, top)
    text = reading.page_text(lines.segment_layout(tokens, 595, 842, RULES), RULES).text
    assert text.splitlines()[3:] == ["Zutphen\t\u2588 5.1.2b\t\u2588 5.1.2b", "Lingewaard\t600.000\t0",
                                     "Totaal\t\u2588 5.1.2b\t\u2588 5.1.2b"]


def test_lines_of_a_label_and_a_box_start_no_table():
    # A field block with its names blacked out: no figures, no table.
    tokens = []
    for k, label in enumerate(["Opsteller", "Contactpersoon", "Behandeld door"]):
        tokens += words(label, 60, 100 + 14 * k) + _box(250, 100 + 14 * k, "5.1.2e")
    result = reading.page_text(lines.segment_layout(tokens, 595, 842, RULES), RULES)
    assert result.n_tables == 0 and "\t" not in result.text


def test_a_row_whose_amount_is_blacked_out_beside_a_dated_description_stays_in_its_table():
    # A Woo release of declarations: a description with its date, the amount blacked out and the box
    # set close to the next cell's words ('█ 5.1.2e deels openbaar').
    tokens = []
    for k, (nr, description, amount) in enumerate([("6", "18-04-2024 Lunch burgemeesters", "212,40"),
                                                   ("7", "14-05-2024 Hotel Brussel, werkbezoek", "289,00"),
                                                   ("8", "14-05-2024 Hotel Brussel, extra nacht", None),
                                                   ("9", "21-06-2024 Attentie jubilaris", "42,95"),
                                                   ("10", "05-09-2024 Treinreis Utrecht", "38,80")]):
        top = 100 + 14 * k
        tokens += words(nr, 70, top) + words(description, 91, top)
        tokens += words(amount, 404, top, right=True) if amount else _box(374, top, "5.1.2e") + words("deels openbaar", 423, top)
    text = reading.page_text(lines.segment_layout(tokens, 595, 842, RULES), RULES).text
    assert text.splitlines()[2:4] == ["8\t14-05-2024 Hotel Brussel, extra nacht\t\u2588 deels openbaar 5.1.2e",
                                      "9\t21-06-2024 Attentie jubilaris\t42,95"]


def test_a_row_label_wrapped_round_its_figures_is_one_label():
    # The label's lines sit above and below the row's figures, closer than one line of text.
    result = reading.page_text(lines_at([
        (100, ("Reserve A", "3.388", "77")),
        (114, ("Reserve B", "122", "-122")),
        (128, ("Egalisatiereserve Gemeente",)),
        (133, ("", "100", "-99")),
        (138, ("Almere excl. JGZA",)),
        (152, ("Totaal", "3.610", "-144")),
    ]), RULES)
    assert result.text.splitlines() == [
        "Reserve A\t3.388\t77", "Reserve B\t122\t-122",
        "Egalisatiereserve Gemeente Almere excl. JGZA\t100\t-99", "Totaal\t3.610\t-144"]


def test_lines_of_text_further_apart_are_no_part_of_a_rows_label():
    result = reading.page_text(lines_at([
        (100, ("Reserve A", "3.388", "77")),
        (114, ("Reserve B", "122", "-122")),
        (128, ("Reserve C", "100", "-99")),
        (150, ("Bron: jaarrekening",)),
    ]), RULES)
    assert result.text.splitlines()[-1] == "Bron: jaarrekening"
    assert "Reserve C\t100\t-99" in result.text.splitlines()


def test_figures_set_half_a_line_lower_than_their_row_join_it():
    tokens = []
    for k, (name, first, second) in enumerate([("Arnhem", "3.592.513", "3.851.909"), ("Emmen", "4.210.322", "4.514.327"),
                                               ("Delft", "2.521.097", "2.703.132")]):
        top = 100 + 20 * k
        tokens += words(name, 60, top) + words("€", 200, top) + words(first, 320, top, right=True)
        tokens += words("€", 340, top + 5) + words(second, 460, top + 5, right=True)
    text = reading.page_text(lines.segment_layout(tokens, 595, 842, RULES), RULES).text
    assert [line.split("\t")[0] for line in text.splitlines()] == ["Arnhem", "Emmen", "Delft"]
    assert all(line.count("\t") >= 3 and line.endswith(("3.851.909", "4.514.327", "2.703.132")) for line in text.splitlines())


def test_the_next_rows_figures_a_full_line_lower_stay_their_own_row():
    rows = [("Almere", "1.234", "2.345"), ("", "300", "400"), ("Urk", "45", "67")]
    text = reading.page_text(page(rows), RULES).text
    assert text.splitlines()[1] == "\t300\t400"
