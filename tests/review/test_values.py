"""A fact's normalized value in words, as the review page and kenmerk show print it."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from pipeline.review import values


@pytest.mark.parametrize("value, text", [
    (Decimal("950000"), "950.000,00"), (Decimal("1235480.5"), "1.235.480,50"), (Decimal("12"), "12,00"),
    (Decimal("-1000"), "-1.000,00"), (Decimal("0.5"), "0,50"), (None, None),
])
def test_dutch_amount(value, text):
    assert values.dutch_amount(value) == text


@pytest.mark.parametrize("row, text", [
    ({"value_eur": Decimal("950000")}, "950.000,00 EUR"),
    ({"value_eur": Decimal("10000"), "value_eur_max": Decimal("20000")}, "10.000,00 – 20.000,00 EUR"),
    ({"value_eur": Decimal("150"), "per": "dag"}, "150,00 EUR per dag"),
    ({"redacted": True, "value_eur": None}, "redacted (blacked out before publication)"),
    ({"value_eur": None, "value_in_currency": Decimal("500"), "currency": "USD"}, "500,00 USD (not converted)"),
])
def test_amount_value(row, text):
    assert values.normalized_value("amounts", row) == text


def test_values_of_the_other_kinds():
    assert values.normalized_value("municipalities", {"code": "GM0518", "name": "'s-Gravenhage", "province": "Zuid-Holland"}) == "GM0518 's-Gravenhage (Zuid-Holland)"
    assert values.normalized_value("dates", {"value": "2015", "granularity": "year", "modifier": "END", "start": date(2015, 1, 1), "end": date(2015, 12, 31)}) == "2015 (year, END), 2015-01-01 – 2015-12-31"
    assert values.normalized_value("trainings", {"name": "basistraining", "participants": 35, "duration_days": 1.0, "provider": "ROR"}) == "basistraining, 35 participants, 1 day, by ROR"


def test_recipient_qualifier_and_table_cell():
    row = {"municipality_code": "GM0518", "municipality_name": "'s-Gravenhage", "qualifier": "more_than"}
    assert values.recipient("amounts", row) == "GM0518 's-Gravenhage"
    assert values.qualifier("amounts", row) == "more than"
    assert values.qualifier("amounts", {"qualifier": "exact"}) is None
    assert values.table_cell({"row_label": "Almere", "column_label": "1 daagse"}) == "row Almere, column 1 daagse"
    assert values.table_cell({}) is None
    assert values.in_table({"link_rule": "table_row"}) and not values.in_table({"rule": "euro_sign_digits"})
