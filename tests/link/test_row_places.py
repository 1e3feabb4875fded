"""The columns of a table whose labels OCR lost, read by place (pipeline.link.row_places)."""

from __future__ import annotations

_TO_ZWOLLE = "College van burgemeester en wethouders\nvan de gemeente Zwolle\nPostbus 10007\n8000 GA ZWOLLE\n\n"
# The header run into the first row's line, as OCR reads a scan's table with narrow gaps.
_TABLE = ("Project Verleend Vastgesteld 1 Fietsbrug Spoolde € 80.000 € 64.500\n"
          "2 Fietsstraat\t€ 50.000\t€ 50.000\n"
          "3 Schoolroute\t€ 20.000\t€ 5.500\n"
          "Totaal\t€ 150.000\t€ 120.000\n\n")


def test_the_columns_of_an_unlabelled_table_adding_up_to_linked_totals_are_the_receivers(links_of):
    text = (_TO_ZWOLLE + "Geacht college,\n\nIk stel de uitkering vast op € 120.000. Eerder heb ik u een uitkering "
            "verleend van € 150.000.\n\n" + _TABLE)
    got = links_of(text)
    assert got[2:] == [("€ 80.000", "GM0193"), ("€ 64.500", "GM0193"), ("€ 50.000", "GM0193"),
                       ("€ 50.000", "GM0193"), ("€ 20.000", "GM0193"), ("€ 5.500", "GM0193"),
                       ("€ 150.000", None), ("€ 120.000", None)]


def test_a_column_that_does_not_add_up_or_whose_total_nobody_gets_stays_unlinked(links_of):
    # The first column adds up but its total is no one's; the second is linked but does not add up.
    text = (_TO_ZWOLLE + "Geacht college,\n\nIk stel de uitkering vast op € 120.000.\n\n"
            + _TABLE.replace("€ 5.500", "€ 6.500"))
    got = links_of(text)
    assert [c for _, c in got[1:]] == [None] * 8
