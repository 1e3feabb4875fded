"""Reading a text's lines for the link rules (pipeline.link.mentions)."""

from __future__ import annotations

from pipeline.link.mentions import line_of, lines_above


def test_lines_above_a_row_nearest_first_and_no_further_than_the_limit():
    text = "Dekking\tBedrag\nSubsidie provincie\t750.000\nReserve\t250.000\nTotaal\t1.000.000"
    row_start, _ = line_of(text, text.index("Totaal"))
    assert [line for _, line in lines_above(text, row_start)] == [
        "Reserve\t250.000", "Subsidie provincie\t750.000", "Dekking\tBedrag"]
    assert [line for _, line in lines_above(text, row_start, limit=1)] == ["Reserve\t250.000"]
    assert [start for start, _ in lines_above(text, row_start)][-1] == 0


def test_no_lines_above_the_first():
    assert list(lines_above("Dekking\tBedrag\nRij\t1", 0)) == []
