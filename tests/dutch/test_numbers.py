"""Dutch digits and number words -> Decimal; None for everything else."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.dutch.numbers import parse_dutch_digits, parse_number, parse_number_word
from pipeline.dutch.words import fold

D = Decimal


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("7.000", "7000"),
        ("1.235.480", "1235480"),
        ("1.235.480,-", "1235480"),
        ("1.235.480,--", "1235480"),
        ("1.235.480,=", "1235480"),
        ("580.489,20", "580489.20"),
        ("7,5", "7.5"),
        ("0,5", "0.5"),
        ("950000", "950000"),
        ("950 000", "950000"),
        ("950\u00a0000", "950000"),
        ("1 235 480", "1235480"),
        ("12.50", "12.50"),
        ("7.5", "7.5"),
        ("1,250,000", "1250000"),
        ("1,234.50", "1234.50"),
        ("1,250,000.75", "1250000.75"),
        ("2016", "2016"),
        ("200", "200"),
        (" 7.000 ", "7000"),
    ],
)
def test_dutch_digits(text, value):
    assert parse_dutch_digits(text) == D(value)


@pytest.mark.parametrize(
    "text",
    ["10.1.6", "1.2.2016", "0.500", "1,2,3", "abc", "", "7.000.00", "12 34", "€ 7", "1.2345", "1,234.567"],
)
def test_not_dutch_digits(text):
    assert parse_dutch_digits(text) is None


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("zes", "6"),
        ("Zes", "6"),
        ("één", "1"),
        ("een", "1"),
        ("twee", "2"),
        ("elf", "11"),
        ("twintig", "20"),
        ("drieëntwintig", "23"),
        ("honderd", "100"),
        ("tweehonderd", "200"),
        ("duizend", "1000"),
        ("tienduizend", "10000"),
        ("tweehonderdvijftigduizend", "250000"),
        ("anderhalf", "1.5"),
        ("anderhalve", "1.5"),
        ("een half", "0.5"),
        ("halve", "0.5"),
        ("tweeënhalf", "2.5"),
        ("drieënhalve", "3.5"),
        ("twee en een half", "2.5"),
        ("kwart", "0.25"),
        ("driekwart", "0.75"),
    ],
)
def test_number_words(text, value):
    assert parse_number_word(text) == D(value)


@pytest.mark.parametrize(
    "text",
    [
        "honderden",
        "duizenden",
        "miljoenen",
        "tientallen",
        "enkele",
        "euro",
        "gemeente",
        "",
        "ënhalf",
        "7",
    ],
)
def test_not_number_words(text):
    assert parse_number_word(text) is None


@pytest.mark.parametrize(
    ("text", "value"), [("7.000", "7000"), ("zes", "6"), ("anderhalf", "1.5"), ("7,5", "7.5")]
)
def test_parse_number_takes_digits_or_words(text, value):
    assert parse_number(text) == D(value)


def test_fold():
    assert fold("  Zo’n\u00a0 ZES ") == "zo'n zes"


@given(st.text(max_size=40))
@settings(max_examples=300, deadline=None)
def test_never_raises(text):
    for parse in (parse_dutch_digits, parse_number_word, parse_number):
        value = parse(text)
        assert value is None or isinstance(value, Decimal)


@given(st.integers(min_value=0, max_value=10**15), st.integers(min_value=0, max_value=99))
@settings(max_examples=300, deadline=None)
def test_dutch_digits_read_back_what_dutch_notation_writes(whole, cents):
    grouped = f"{whole:,}".replace(",", ".")
    assert parse_dutch_digits(f"{grouped},{cents:02d}") == Decimal(whole) + Decimal(cents) / 100
    assert parse_dutch_digits(grouped) == whole
