"""The rows of a grant letter's table that name the grant itself (pipeline.link.grant_rows)."""

from __future__ import annotations

import pytest

from pipeline.link.grant_rows import names_the_grant

_TO_GOUDA = "College van burgemeester en wethouders\nvan de gemeente Gouda\nPostbus 1086\n2800 BB GOUDA\n\n"
_TABLE = ("\nOmschrijving\tBedrag\n"
          "Subsidiabele kosten\t€ 150.000\n"
          "Subsidie (50%)\t€ 75.000\n"
          "Voorschot 2025 (80% van de subsidie)\t€ 60.000\n")


def test_the_grant_and_its_advance_in_a_grant_letters_table_are_the_addressees(links_of):
    text = _TO_GOUDA + "Geacht college,\n\nHierbij verleen ik u een subsidie van € 75.000 voor de fietsbrug.\n" + _TABLE
    assert links_of(text) == [("€ 75.000", "GM0513"), ("€ 150.000", None), ("€ 75.000", "GM0513"),
                            ("€ 60.000", "GM0513")]


def test_no_grant_row_in_a_letter_to_no_municipality(links_of):
    text = ("Stichting Dorpshuis Zeerijp\nKerkpad 3\n9914 PB Zeerijp\n\nGeacht bestuur,\n\n"
            "Hierbij verlenen wij u een subsidie van € 75.000 voor de verbouw.\n" + _TABLE)
    assert [c for _, c in links_of(text)] == [None, None, None, None]


@pytest.mark.parametrize(("label", "expected"), [
    ("Subsidie (40%)", True), ("Voorschot 1999 (80% van de subsidie)", True), ("Terug te betalen", True),
    ("Vastgestelde subsidie", True),
    # A grant's settlement printed with 'bedrag', a period or its source in the label.
    ("Verleend bedrag 2019-2022", True), ("Vastgesteld bedrag", True), ("Betaalde voorschotten", True),
    ("Verantwoorde besteding (SiSa)", True), ("Verantwoorde subsidiabele kosten", False),
    # Costs, a measure or a third party in the label: not the grant itself.
    ("Subsidiabele kosten", False), ("Subsidie stichting Dorpshuis", False), ("Voorschot aanbesteding", False),
    (None, False),
])
def test_a_label_names_the_grant_alone(label, expected):
    assert names_the_grant(label) is expected


_YEARS = ("\nJaar\tVerleend (€)\tVerantwoorde besteding (€)\n2019\t2.012.330\t1.842.115\n2020\t1.996.410\t1.877.620\n"
          "Totaal\t4.008.740\t3.719.735\n")


def test_the_grants_years_under_a_column_that_names_it_are_the_addressees(links_of):
    text = (_TO_GOUDA + "Geacht college,\n\nIk stel de uitkering vast op € 3.719.735.\n"
            + _YEARS)
    assert [c for _, c in links_of(text)] == ["GM0513"] * 5 + [None, None]


def test_a_column_that_names_the_grant_over_rows_of_projects_is_none(links_of):
    # Near miss: the rows are projects, not the grant's years.
    text = (_TO_GOUDA + "Geacht college,\n\nIk stel de uitkering vast op € 3.719.735.\n"
            "\nProject\tVerleend (€)\nStichting De Brug\t2.012.330\nDorpshuis Zeerijp\t1.996.410\n")
    assert [c for _, c in links_of(text)] == ["GM0513", None, None]
