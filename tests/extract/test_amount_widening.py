"""The widening of an amount's core: a qualifier, a range and a unit taken in, never a redaction."""

from __future__ import annotations

import pytest

from pipeline.extract.amount_forms import Candidate
from pipeline.extract.amount_widening import widen


@pytest.mark.parametrize(
    ("text", "core", "expected"),
    [
        ("het is ruim € 7 miljoen.", "€ 7 miljoen", "ruim € 7 miljoen"),
        ("kost € 500 per dag voor", "€ 500", "€ 500 per dag"),
        ("tussen € 10.000 en € 20.000 groot", "€ 20.000", "tussen € 10.000 en € 20.000"),
        ("tussen de 10.000 en 20.000 euro", "20.000 euro", "tussen de 10.000 en 20.000 euro"),
        ("bedraagt € 10.000 – € 20.000.", "€ 10.000", "€ 10.000 – € 20.000"),
        ("van € 10.000 tot € 20.000", "€ 10.000", "van € 10.000 tot € 20.000"),
        ("jaarlijks zo'n € 2 miljoen", "€ 2 miljoen", "jaarlijks zo'n € 2 miljoen"),
        ("een bedrag van € 5.000 is", "€ 5.000", "€ 5.000"),
        ("totaal € 5.000 of meer", "€ 5.000", "€ 5.000 of meer"),
        ("subsidie tot € 5.000 per jaar", "€ 5.000", "tot € 5.000 per jaar"),
        ("het budget is verhoogd tot € 5.000", "€ 5.000", "€ 5.000"),
        ("de kosten stegen tot € 5.000", "€ 5.000", "€ 5.000"),
        # The change and the level it reaches: two amounts, neither a range nor a maximum.
        ("de bijdrage stijgt met € 84.000 tot € 2.145.000.", "€ 84.000", "€ 84.000"),
        ("de bijdrage stijgt in 2025 met € 84.000 tot € 2.145.000.", "€ 2.145.000", "€ 2.145.000"),
        # Bounds of one order after a change are a range of the change.
        ("het budget is verhoogd met € 2 tot € 3 miljoen.", "€ 2", "€ 2 tot € 3 miljoen"),
        ("de kosten stijgen met € 10.000 tot € 20.000 per jaar", "€ 10.000", "€ 10.000 tot € 20.000 per jaar"),
        ("een tekort van € 18.312 negatief per jaar.", "€ 18.312", "€ 18.312 negatief per jaar"),
        ("sluit af met € 102.000 positief.", "€ 102.000", "€ 102.000 positief"),
    ],
)
def test_widen_takes_in_qualifier_range_and_unit(text, core, expected):
    start = text.index(core)
    wide = widen(text, Candidate(start, start + len(core), "euro_sign_digits"))
    assert text[wide.start : wide.end] == expected


def test_widen_never_reaches_into_a_redaction():
    text = "± € 5.000"
    core = Candidate(2, 9, "euro_sign_digits")
    assert widen(text, core, [(0, 1)]) == core
