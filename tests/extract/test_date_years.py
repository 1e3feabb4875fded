"""Bare years that are no dates: column headers and row labels of tables."""

from __future__ import annotations

import pytest

from pipeline.extract.date_years import is_column_header_year, is_row_label_year


@pytest.mark.parametrize(
    "line, year, header",
    [
        ("Rubriek\t2023\t2022", "2023", True),
        ("\t2023\t2022", "2022", True),
        ("Subsidie verleend in\t2023", "2023", True),
        ("Subsidie\t2023\t€ 1.200", "2023", False),
        ("In 2023 en 2022 is het gedaan.", "2023", False),
    ],
)
def test_is_column_header_year(line, year, header):
    start = line.index(year)
    assert is_column_header_year(line, start, start + 4) is header


@pytest.mark.parametrize(
    "line, year, label",
    [
        ("Stand ontwerpbegroting 2019\t41.250\t41.300\t–", "2019", True),
        ("Mutatie tweede suppletoire begroting 2021\t–\t–\t–", "2021", True),
        ("Verhoging subsidie 2024\t€ 1.200\t-350", "2024", True),
        ("Subsidie verleend in 2023, zie toelichting\t1.200", "2023", False),
        ("Vanaf 2026: afbouw van de bijdrage\t-81.200", "2026", False),
        ("Subsidie 2023\tzie bijlage", "2023", False),
        ("De begroting 2019 wordt 41.250 euro.", "2019", False),
    ],
)
def test_is_row_label_year(line, year, label):
    start = line.index(year)
    assert is_row_label_year(line, start, start + 4) is label


@pytest.mark.parametrize(("text", "dates"), [
    # a range of years closing a regulation's or law's name is part of the name, as one year is
    ("Zij ontvangen dit via de Regeling specifieke uitkering IZA-doelen 2023– 2026 (verder: SPUK IZA).", []),
    ("De Tijdelijke regeling kinderopvang 2021-2022 vervalt.", []),
    # near misses: the regulation runs over the years, or the years stand apart from a name
    ("De regeling geldt in 2023-2026 voor alle gemeenten.", ["2023-2026"]),
    ("Het Rijk trekt in de periode 2023-2026 extra middelen uit.", ["in de periode 2023-2026"]),
])
def test_a_range_of_years_in_a_regulations_name_is_no_date(annotate_text, text, dates):
    from pipeline.extract.dates import SPAN_KEY

    doc, _ = annotate_text(text)
    assert [s.text for s in doc.spans[SPAN_KEY]] == dates
