"""A column of what the row's municipality pays towards the row's project (pipeline.link.contribution_column)."""

from __future__ import annotations

_TABLE = ("Investeringen met bijdragen van derden\n\n"
          "Bedragen x € 1.000\n"
          "Project\tGemeente\tBruto krediet\tBijdrage gemeente\tBijdrage overige derden\n"
          "Kade Oost\tLopik\t4.850\t310\t120\n"
          "Gemaal Zuid\tNieuwegein\t3.300\t0\t1.200\n"
          "Totaal\t\t8.150\t310\t1.320\n")


def test_the_municipalitys_contribution_column_carries_the_rows_municipality(links_of):
    got = links_of(_TABLE)
    assert got[:6] == [("4.850", None), ("310", "GM0331"), ("120", None),
                       ("3.300", None), ("0", "GM0356"), ("1.200", None)]
    # The total row's contribution is the sum of several: no one's.
    assert got[7] == ("310", None)


def test_a_contribution_column_with_its_unit_in_the_header(links_of):
    text = ("Project\tGemeente\tKosten (€)\tGemeentelijke bijdrage (€)\n"
            "Oever Noord\tHouten\t980.000\t490.000\nOever Zuid\tMontfoort\t1.640.000\t410.000\n")
    assert links_of(text) == [("980.000", None), ("490.000", "GM0321"), ("1.640.000", None), ("410.000", "GM0335")]


def test_another_partys_contribution_in_a_projects_row_stays_no_ones(links_of):
    # Near miss: the province's column, and the municipality only where the project is.
    text = ("Project\tGemeente\tKosten\tBijdrage provincie\n"
            "Oever Noord\tHouten\t980.000\t490.000\nOever Zuid\tMontfoort\t1.640.000\t410.000\n")
    assert [code for _, code in links_of(text)] == [None, None, None, None]


def test_a_column_of_the_municipalitys_cofinancing_carries_the_rows_municipality(links_of):
    # A LEADER group's grants: the municipality the project lies in co-finances it; a dash is no amount.
    text = ("Tabel 2. Toekenningen 2024 (bedragen in euro)\n"
            "Project\tAanvrager\tLigging\tLEADER\tProvincie\tGemeente (cofin.)\n"
            "Dorpsplein Houten\tStichting Dorpsplein\tHouten\t41.200\t20.600\t20.600\n"
            "Zorgerf De Haart\tCoöperatie Zorgboerderijen\tMontfoort\t27.800\t13.900\t-\n")
    assert links_of(text) == [("41.200", None), ("20.600", None), ("20.600", "GM0321"),
                              ("27.800", None), ("13.900", None)]
