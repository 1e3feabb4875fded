"""Redaction debris is recognised and never changes the text."""

from __future__ import annotations

import pytest

from pipeline.clean.redactions import (
    block_runs,
    find_redactions,
    merge,
    placeholders,
    symbol_debris,
    table_debris_cells,
    woo_grounds,
)
from pipeline.clean.resources import redaction_rules


def found(fn, text: str) -> list[str]:
    return [text[a:b] for a, b in fn(text, redaction_rules())]


@pytest.mark.parametrize(("text", "debris"), [
    ("de kosten bedragen fx\u00aee per dag", ["fx\u00aee"]),
    ("bedragen p\u00aee . Voor deze", ["p\u00aee"]),
    ("een totaalbudget aan van g\u00aee", ["g\u00aee"]),
    ("een bedrag aan van \u00a5\u00aee", ["\u00a5\u00aee"]),
    ("subsidie van (\u00a9x\u00a2) per jaar", ["\u00a9x\u00a2"]),
    ("gebruik Word\u00ae en Excel\u2122", []),
    ("\u00a9 2016 Gemeente Almere", []),
    ("\u00a92016 Rijksoverheid", []),
    ("\u20ac 950.000 en \u00b1 200 deelnemers, 5 \u00b5g", []),
])
def test_symbol_debris(text, debris):
    assert found(symbol_debris, text) == debris


@pytest.mark.parametrize(("text", "debris"), [
    ("een bedrag van 5.1.2e per jaar", ["5.1.2e"]),
    ("naam 10.2.e en adres 10.2.e", ["10.2.e", "10.2.e"]),
    ("de heer 5.1.1c heeft", ["5.1.1c"]),
    ("telefoon 5.1.2.e", ["5.1.2.e"]),
    ("op grond van artikel 5.1.2e Woo", []),
    ("zie paragraaf 10.1.6 Radicalisering", []),
    ("versie 5.1.20 van de software", []),
    ("in hoofdstuk 3.2a staat", []),
    # A small 11.1 OCR read as a number right after its box is the box's ground; elsewhere a number.
    ("liggen stil. \u2588 114 LTO Noord", ["114"]),
    ("er liggen 114 aanvragen stil", []),
    ("\u2588 1145 aanvragen", []),
])
def test_woo_grounds(text, debris):
    assert found(woo_grounds, text) == debris


@pytest.mark.parametrize(("text", "debris"), [
    ("een bedrag van \u2588 gereserveerd", ["\u2588"]),
    ("naam \u2588\u2588\u2588 \u2588\u2588 woont", ["\u2588\u2588\u2588 \u2588\u2588"]),
    ("\u25a0\u25a0\u25a0\u25a0 en verder", ["\u25a0\u25a0\u25a0\u25a0"]),
    ("geen blokken", []),
])
def test_block_runs(text, debris):
    assert found(block_runs, text) == debris


@pytest.mark.parametrize(("text", "debris"), [
    ("de heer [\u2026] gaf aan", ["[\u2026]"]),
    ("de heer [...] gaf aan", ["[...]"]),
    ("bedrag \u20ac xxx per jaar", ["xxx"]),
    ("contact: XXXX", ["XXXX"]),
    ("naam [geanonimiseerd] woont", ["[geanonimiseerd]"]),
    ("maat XXL en de boxxx", []),
])
def test_placeholders(text, debris):
    assert found(placeholders, text) == debris


def test_single_character_cells_in_a_numeric_table():
    text = ("Gemeente 1 daagse 2 daagse\nAlmere 6 6\nDronten |\nLelystad B\n"
            "Noordoostpolder g\nUrk ]\nZeewolde ]\nDe kosten zijn hoog.")
    assert found(table_debris_cells, text) == ["|", "B", "g", "]", "]"]


def test_usual_cell_marks_are_no_debris():
    text = "Zwolle 4 2\nDeventer - 1\nKampen x 3\nHattem 2 v"
    assert found(table_debris_cells, text) == []


def test_an_empty_cells_dash_read_as_an_equals_sign_is_no_debris():
    # Tesseract reads the '-' of a blurred scan's empty cell as '='; a box's debris stays debris.
    text = "Haren\t61.845\t=\nHet Hogeland\t-\t175.480\nLeek\t66.410\t|\n"
    assert found(table_debris_cells, text) == ["|"]


def test_an_empty_cells_dash_read_as_a_colon_is_no_debris():
    # A speck splits the short dash of an empty cell: tesseract reads ':'.
    text = "Onderhoud wegen\t1.460.000\t-\nBijdrage provincie\t-\t640.000\nOnttrekking reserve\t:\t700.000\n"
    assert found(table_debris_cells, text) == []


@pytest.mark.parametrize("sign", ["€", "$", "£", "ƒ"])
def test_a_currency_sign_before_an_amount_cell_is_no_debris(sign):
    text = (f"Gemeente            Bedrag\nZwolle              {sign} 4.512.000\n"
            f"Goes                {sign} 1.108.500\nBergen (NH.)        {sign} 642.300\n")
    assert found(table_debris_cells, text) == []


def test_the_typewriters_guilder_sign_is_no_debris():
    # A scanned typewritten table: the guilder 'f' ends the header and stands before figures.
    text = ("Gemeente Weg Bijdrage f\nZuidhorn Hoofdweg 112.300,--\nMarum Noorderweg f 64.250,--\n"
            "Grootegast Kerkweg 38.900,--\n")
    assert found(table_debris_cells, text) == []


def test_a_deficit_mark_one_space_after_its_figure_is_no_debris():
    # A budget marks each deviation voordelig or nadelig: '180 N' is a figure, not a box's debris;
    # a lone N in a cell of its own after a gap still is.
    text = "Rente leningen\t180 N\t620 N\nJeugdhulp\t3.400 N\t1.240 V\nWmo\t1.150 N\t13.000\tN\n"
    assert found(table_debris_cells, text) == ["N"]


def test_the_last_letter_a_narrow_column_broke_off_a_name_is_no_debris():
    # Born-digital cells are tab-separated: 'Ambach t<TAB>' is a word broken in its cell; a letter at the
    # line's end after a space ('Noordoostpolder g') or after a tab stays debris.
    text = "Alblasserdam\t5.102.330\t188.410\nHendrik-Ido-Ambach t\t5.410.665\t170.980\nPapendrecht\t7.108.720\tg\n"
    assert found(table_debris_cells, text) == ["g"]


def test_a_list_of_letters_without_numbers_is_no_table():
    text = "Bijlage A\nBijlage B\nBijlage C"
    assert found(table_debris_cells, text) == []


def test_two_rows_are_too_few_for_a_table():
    text = "Almere 6 6\nDronten |\n\nLos daarvan"
    assert found(table_debris_cells, text) == []


def test_merge_joins_overlapping_and_touching_ranges():
    assert merge([(5, 8), (0, 2), (2, 4), (7, 10)]) == ((0, 4), (5, 10))


def test_merge_joins_ranges_with_only_spaces_between():
    text = "van \u2588 5.1.2e gereserveerd, \u2588\n5.1.2e"
    assert merge([(4, 5), (6, 12), (28, 29), (30, 36)], text) == ((4, 12), (28, 29), (30, 36))


def test_find_redactions_combines_all_kinds():
    text = "bedrag fx\u00aee en 5.1.2e en \u2588 en [\u2026]"
    found = [text[a:b] for a, b in find_redactions(text)]
    assert found == ["fx\u00aee", "5.1.2e", "\u2588", "[\u2026]"]


@pytest.mark.parametrize("text", [
    "De gemeente Almere ontvangt \u20ac 950.000 voor 2016 en 2017.",
    "Artikel 10.1.6 van de verordening en paragraaf 5.1 gelden.",
    "Wij verwachten 14-tal lezingen met ruim 250 professionals (zie bijlage 2).",
])
def test_clean_prose_has_no_redactions(text):
    assert find_redactions(text) == ()
