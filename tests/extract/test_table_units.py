"""How text states the unit of figures: scale_in, unit_statements, unit_rows."""

from __future__ import annotations

import pytest

from pipeline.extract.table_units import scale_in, unit_rows, unit_statements


@pytest.mark.parametrize("caption, scale", [
    ("Bedragen x € 1.000", 1000), ("(bedragen in € 1.000)", 1000), ("Bedragen in EUR 1.000", 1000),
    ("in 1.000 euro", 1000), ("Bedragen in duizenden euro's", 1000), ("in duizendtallen", 1000),
    ("Bedragen in k€", 1000), ("in TEUR", 1000), ("€ '000", 1000), ("(x € 1 mln)", 10**6),
    ("in € mln", 10**6), ("Bedragen in mln euro", 10**6), ("in € 1.000.000", 10**6),
    ("x 1 miljard euro", 10**9), ("Bedragen × € 1.000", 1000), ("(€ x 1.000)", 1000),
])
def test_every_common_way_of_stating_a_tables_unit(caption, scale):
    assert scale_in(caption) == scale


@pytest.mark.parametrize("line", ["Een bijdrage in € 1.000,- per deelnemer", "in € 1.000,50",
                                  "(bedragen in €)", "Bedragen in hele euro's", "€ 1.000"])
def test_an_amount_or_a_bare_currency_is_no_unit(line):
    assert scale_in(line) is None


@pytest.mark.parametrize(("text", "stated"), [
    ("Bedragen in € 1.000", "in € 1.000"), ("Lasten (x € 1.000)", "x € 1.000"),
    ("Een bijdrage van k€ 450", None), ("Wij betalen € 1.000,- uit", None),
])
def test_a_unit_statement_is_found_and_a_figure_in_a_unit_is_none(text, stated):
    spans = unit_statements(text)
    assert [text[s:e] for s, e in spans] == ([stated] if stated else [])


def test_a_line_of_currency_signs_is_a_unit_row_and_a_wrapped_euro_is_not():
    text = "\t2023\t2022\n€\t€\nSubsidie\t1.000\t2.000\nwij geven 2.000\neuro\n"
    assert [text[s:e] for s, e in unit_rows(text)] == ["€\t€"]
