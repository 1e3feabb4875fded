"""What a table's column of figures holds besides money: holds_years_only."""

from __future__ import annotations

from decimal import Decimal

from pipeline.extract.amount_tables import read_tables
from pipeline.extract.column_kinds import holds_years_only


def test_a_column_of_years_dates_its_rows():
    assert holds_years_only(["2026", "2027", "", "2025/2026"])
    # Money that happens to hold one year-like figure, and a lone year, stay money.
    assert not holds_years_only(["2026", "14.500", "880"])
    assert not holds_years_only(["2026"])


def test_the_start_years_of_a_scaled_table_are_no_millions():
    text = ("Tabel 3 Investeringen (x € 1 mln)\n"
            "Project\tStart\tInvestering\n"
            "Sporthal Noord\t2026\t8,4\n"
            "Zwembad Oost\t2028\t11,2\n")
    assert [(f.value, f.column_label) for f in read_tables(text)[0]] == [
        (Decimal("8400000.0"), "Investering"), (Decimal("11200000.0"), "Investering")]
