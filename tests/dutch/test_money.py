"""parse_amount: Dutch money notations, qualifiers, ranges, units, currencies; never raises."""

from __future__ import annotations

import itertools
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.dutch.money import (
    MAX_VALUE,
    Amount,
    corrected_amount,
    needs_money_context,
    parse_amount,
)
from pipeline.dutch.words import tokenize

D = Decimal

# (text, value): plain amounts, exact, in euro
NOTATIONS = [
    ("€ 950.000", "950000"),
    ("€950.000", "950000"),
    ("€950.000,-", "950000"),
    ("€ 950.000,--", "950000"),
    ("€ 950.000,=", "950000"),
    ("€ 950.000,—", "950000"),
    ("€ 1.235.480,-", "1235480"),
    ("€ 580.489,20", "580489.20"),
    ("€ 25,00", "25"),
    ("€ 12,50", "12.50"),
    ("€ 12.50", "12.50"),
    ("€ 950 000", "950000"),
    ("€\u00a0950\u00a0000", "950000"),
    ("€\u00a0950.000", "950000"),
    ("€ 1,250,000", "1250000"),
    ("€ 7,5 miljoen", "7500000"),
    ("€ 7.5 miljoen", "7500000"),
    ("€ 7 miljoen", "7000000"),
    ("€ 0,5 miljard", "500000000"),
    ("€ 2 mln.", "2000000"),
    ("€ 2 mln", "2000000"),
    ("€ 2mln", "2000000"),
    ("€ 2 mio", "2000000"),
    ("€ 3,4 mld", "3400000000"),
    ("€ 3,4 mrd.", "3400000000"),
    ("€ 1 biljoen", "1000000000000"),
    ("€ 10 duizend", "10000"),
    ("€ 450k", "450000"),
    ("€ 450K", "450000"),
    ("€ 450 k", "450000"),
    ("k€ 450", "450000"),
    ("450 k€", "450000"),
    ("M€ 3", "3000000"),
    ("EUR 2,1 mld", "2100000000"),
    ("EUR 1.000,00", "1000"),
    ("Eur 500", "500"),
    ("euro 500", "500"),
    ("7,5 mln euro", "7500000"),
    ("7,5 miljoen euro", "7500000"),
    ("950.000 euro", "950000"),
    ("950.000 EUR", "950000"),
    ("950.000 €", "950000"),
    ("25 euro's", "25"),
    ("zes miljoen euro", "6000000"),
    ("Zes miljoen euro", "6000000"),
    ("één miljoen euro", "1000000"),
    ("een miljoen euro", "1000000"),
    ("twee ton", "200000"),
    ("een ton", "100000"),
    ("anderhalve ton", "150000"),
    ("twee en een halve ton", "250000"),
    ("1,5 ton", "150000"),
    ("anderhalf miljoen", "1500000"),
    ("anderhalf miljoen euro", "1500000"),
    ("tweeënhalf miljoen euro", "2500000"),
    ("drieënhalf miljard euro", "3500000000"),
    ("een half miljoen euro", "500000"),
    ("een kwart miljoen euro", "250000"),
    ("driekwart miljoen euro", "750000"),
    ("duizend euro", "1000"),
    ("tienduizend euro", "10000"),
    ("tien duizend euro", "10000"),
    ("honderd euro", "100"),
    ("vijftig euro", "50"),
    ("tweehonderdvijftigduizend euro", "250000"),
    ("honderdduizend euro", "100000"),
    ("zeshonderd miljoen euro", "600000000"),
    ("twee miljard euro", "2000000000"),
    ("drie miljoen", "3000000"),
    ("(€ 950.000)", "950000"),
    ("€ 950.000.", "950000"),
    ("€ 950.000;", "950000"),
    ("€ 7 miljoen.", "7000000"),
    ("zes miljoen euro.", "6000000"),
    ("950.000", "950000"),
    ("€ 950,000", "950000"),
    ("950,000 euro", "950000"),
    ("950,000", "950000"),
    ("€ 7,500 miljoen", "7500000"),
    ("€ 1,5", "1.5"),
    ("€ 1,50", "1.50"),
    ("12", "12"),
    ("8,5", "8.5"),
]


@pytest.mark.parametrize(("text", "value"), NOTATIONS)
def test_notation_gives_its_value(text, value):
    amount = parse_amount(text)
    assert amount is not None, text
    assert amount.value == D(value)
    assert amount.qualifier == "exact"
    assert amount.value_max is None
    assert amount.currency == "EUR"


QUALIFIED = [
    ("ruim", "more_than"),
    ("Ruim", "more_than"),
    ("meer dan", "more_than"),
    ("ruimschoots", "more_than"),
    ("bijna", "at_most"),
    ("krap", "at_most"),
    ("nog geen", "at_most"),
    ("minder dan", "at_most"),
    ("circa", "approx"),
    ("ca.", "approx"),
    ("ca", "approx"),
    ("ongeveer", "approx"),
    ("zo'n", "approx"),
    ("zo’n", "approx"),
    ("rond de", "approx"),
    ("naar schatting", "approx"),
    ("ruwweg", "approx"),
    ("±", "approx"),
    ("+/-", "approx"),
    ("maximaal", "at_most"),
    ("max.", "at_most"),
    ("tot", "at_most"),
    ("tot maximaal", "at_most"),
    ("ten hoogste", "at_most"),
    ("hooguit", "at_most"),
    ("niet meer dan", "at_most"),
    ("minimaal", "at_least"),
    ("ten minste", "at_least"),
    ("tenminste", "at_least"),
    ("minstens", "at_least"),
    ("niet minder dan", "at_least"),
    ("vanaf", "at_least"),
    ("precies", "exact"),
]

QUALIFIED_AMOUNTS = [
    ("€ 7 miljoen", "7000000"),
    ("€ 950.000", "950000"),
    ("€950.000,-", "950000"),
    ("7,5 mln euro", "7500000"),
    ("zes miljoen euro", "6000000"),
    ("twee ton", "200000"),
    ("k€ 450", "450000"),
    ("€ 580.489,20", "580489.20"),
    ("anderhalf miljoen euro", "1500000"),
]


@pytest.mark.parametrize(
    ("qualifier", "code", "amount", "value"),
    [(q, c, a, v) for (q, c), (a, v) in itertools.product(QUALIFIED, QUALIFIED_AMOUNTS)],
)
def test_qualifier_before_any_notation(qualifier, code, amount, value):
    parsed = parse_amount(f"{qualifier} {amount}")
    assert parsed == Amount(value=D(value), qualifier=code, scale=parsed.scale)


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        ("€ 5 miljoen of meer", "at_least"),
        ("€ 5 miljoen of minder", "at_most"),
        ("€ 5.000, of meer", "at_least"),
        ("ruim € 5 miljoen", "more_than"),
        ("±€ 5.000", "approx"),
    ],
)
def test_qualifier_after_or_glued(text, qualifier):
    assert parse_amount(text).qualifier == qualifier


# (text, lower bound, upper bound)
RANGES = [
    ("tussen € 10.000 en € 20.000", "10000", "20000"),
    ("Tussen €10.000 en €20.000", "10000", "20000"),
    ("tussen 10.000 en 20.000 euro", "10000", "20000"),
    ("tussen de € 10.000 en € 20.000", "10000", "20000"),
    ("tussen de 10.000 en 20.000 euro", "10000", "20000"),
    ("tussen twee en drie miljoen euro", "2000000", "3000000"),
    ("tussen 2 en 3 miljoen euro", "2000000", "3000000"),
    ("€ 10.000 – € 20.000", "10000", "20000"),
    ("€ 10.000 - € 20.000", "10000", "20000"),
    ("€ 10.000—€ 20.000", "10000", "20000"),
    ("€10.000-€20.000", "10000", "20000"),
    ("€ 10.000 - 20.000", "10000", "20000"),
    ("€ 10.000 tot € 20.000", "10000", "20000"),
    ("€ 10.000 tot 20.000", "10000", "20000"),
    ("€ 10.000 t/m € 20.000", "10000", "20000"),
    ("€ 10.000 tot en met € 20.000", "10000", "20000"),
    ("van € 10.000 tot € 20.000", "10000", "20000"),
    ("van 10 tot 20 miljoen euro", "10000000", "20000000"),
    ("10 à 20 miljoen euro", "10000000", "20000000"),
    ("€ 1 - 1,5 miljoen", "1000000", "1500000"),
    ("€ 500 tot € 2 miljoen", "500", "2000000"),
    ("€ 10.000 – € 20.000 per jaar", "10000", "20000"),
]


@pytest.mark.parametrize(("text", "low", "high"), RANGES)
def test_range_gives_lower_and_upper_bound(text, low, high):
    amount = parse_amount(text)
    assert amount is not None, text
    assert (amount.value, amount.value_max) == (D(low), D(high))


@pytest.mark.parametrize(
    "text",
    [
        "€ 20.000 – € 10.000",
        "€ 10.000 - € 10.000",
        "tussen € 10.000",
        "tussen € 10.000 en",
        "van € 10.000",
    ],
)
def test_inverted_or_unfinished_range_is_no_amount(text):
    assert parse_amount(text) is None


UNITS = [
    ("€ 500 per dag", "dag"),
    ("€ 500 per dagdeel", "dagdeel"),
    ("€ 80 per uur", "uur"),
    ("€ 200 per week", "week"),
    ("€ 1.500 per maand", "maand"),
    ("€ 2 miljoen per jaar", "jaar"),
    ("€ 2 miljoen per kwartaal", "kwartaal"),
    ("€ 50 per persoon", "persoon"),
    ("€ 50 p.p.", "persoon"),
    ("€ 50 pp", "persoon"),
    ("€ 50,- p.p.", "persoon"),
    ("€ 3,50 per stuk", "stuk"),
    ("€ 250 per deelnemer", "deelnemer"),
    ("€ 250 per cursist", "deelnemer"),
    ("€ 12 per inwoner", "inwoner"),
    ("€ 400 per leerling", "leerling"),
    ("€ 1.200 per training", "training"),
    ("€ 20.000,-/jaar", "jaar"),
    ("€ 20.000/jaar", "jaar"),
    ("€ 20.000 /jaar", "jaar"),
    ("€ 90/uur", "uur"),
    ("€ 20.000 p/j", "jaar"),
    ("€ 20.000 p.j.", "jaar"),
    ("€ 20.000 per annum", "jaar"),
    ("jaarlijks € 2 miljoen", "jaar"),
    ("maandelijks € 300", "maand"),
    ("jaarlijks ruim € 2 miljoen", "jaar"),
    ("zes miljoen euro per jaar", "jaar"),
    ("€ 75 per dag.", "dag"),
]


@pytest.mark.parametrize(("text", "per"), UNITS)
def test_unit(text, per):
    amount = parse_amount(text)
    assert amount is not None, text
    assert amount.per == per


def test_qualifier_and_unit_together():
    assert parse_amount("ruim € 7 miljoen per jaar") == Amount(
        value=D("7000000"), qualifier="more_than", per="jaar", scale=D("1000000")
    )


CURRENCIES = [
    ("$ 5 miljoen", "5000000", "USD"),
    ("US$ 5 miljoen", "5000000", "USD"),
    ("USD 1.000", "1000", "USD"),
    ("5 miljoen dollar", "5000000", "USD"),
    ("5 miljoen Amerikaanse dollar", "5000000", "USD"),
    ("£ 300", "300", "GBP"),
    ("300 pond sterling", "300", "GBP"),
    ("CHF 1.000", "1000", "CHF"),
    ("ƒ 1.000", "1000", "NLG"),
    ("fl. 1.000", "1000", "NLG"),
    ("1.000 gulden", "1000", "NLG"),
]


@pytest.mark.parametrize(("text", "value", "currency"), CURRENCIES)
def test_other_currency_keeps_its_code_and_is_not_converted(text, value, currency):
    amount = parse_amount(text)
    assert (amount.value, amount.currency) == (D(value), currency)


NOT_AMOUNTS = [
    "",
    "   ",
    "zes",
    "één",
    "miljoen",
    "ton",
    "euro",
    "€",
    "€ ",
    "€ abc",
    "honderden euro's",
    "miljoenen euro",
    "tientallen miljoenen",
    "€ 10.1.6",
    "10.1.6",
    "7.000 mensen",
    "15%",
    "2500 EH",
    "Postbus 20301",
    "070-3456789",
    "070",
    "10 - 20",
    "7,5 - 20",
    "15-09-2017",
    "€ 950.000 voor Den Haag",
    "de kosten",
    "ruim",
    "meer dan",
    "per dag",
    "€ 1e20",
    "10000000000000000000000000000 euro",
    "€ 99999999999999999999999999999999,99",
    "€ 9.999.999.999.999.999",
    "€ 12,5 biljoen biljoen",
    "twee en twintig",
    "x" * 400,
]


@pytest.mark.parametrize("text", NOT_AMOUNTS)
def test_not_an_amount(text):
    assert parse_amount(text) is None


def test_values_beyond_the_table_range_are_refused():
    assert parse_amount("€ 999.999.999.999.999") is not None
    assert parse_amount("€ 1.000.000.000.000.001") is None
    assert MAX_VALUE == D("1e15")


def test_whole_values_have_no_decimals_and_cents_keep_theirs():
    assert str(parse_amount("€ 7,5 miljoen").value) == "7500000"
    assert str(parse_amount("€ 580.489,20").value) == "580489.20"


def test_scale_is_reported():
    assert parse_amount("€ 7 miljoen").scale == D("1000000")
    assert parse_amount("twee ton").scale == D("100000")
    assert parse_amount("k€ 450").scale == D("1000")
    assert parse_amount("€ 450").scale == D("1")


@pytest.mark.parametrize(
    ("text", "needs"),
    [
        ("twee ton", True),
        ("1,5 ton", True),
        ("€ 2 ton", False),
        ("twee ton euro", False),
        ("€ 5 miljoen", False),
    ],
)
def test_ton_without_currency_needs_money_context(text, needs):
    assert needs_money_context(text) is needs


def test_tokenize_folds_case_quotes_and_dashes():
    assert [t.text for t in tokenize("Zo’n €950.000,- – EUR")] == [
        "zo'n",
        "€",
        "950.000,-",
        "-",
        "eur",
    ]


@given(st.text(max_size=60))
@settings(max_examples=400, deadline=None)
def test_parse_amount_never_raises(text):
    result = parse_amount(text)
    assert result is None or isinstance(result, Amount)


@given(
    st.lists(
        st.sampled_from(
            [
                "€",
                "ruim",
                "tussen",
                "en",
                "tot",
                "-",
                "7",
                "7,5",
                "950.000",
                "miljoen",
                "ton",
                "zes",
                "euro",
                "per",
                "dag",
                "p.p.",
                "k€",
                "k",
                "anderhalf",
                "van",
                ",-",
                "(",
                ")",
                "x",
                "een",
            ]
        ),
        max_size=8,
    )
)
@settings(max_examples=400, deadline=None)
def test_parse_amount_never_raises_on_money_words(words):
    result = parse_amount(" ".join(words))
    if result is not None:
        assert result.value >= 0
        assert result.value_max is None or result.value_max > result.value



def dutch_money(value: Decimal, *, decimals: bool) -> str:
    """``value`` as a Dutch text writes it: € 1.235.480,20 or € 1.235.480,-."""
    whole, cents = divmod(value.quantize(Decimal("0.01")) * 100, 100)
    grouped = f"{int(whole):,}".replace(",", ".")
    return f"€ {grouped},{int(cents):02d}" if decimals else f"€ {grouped},-"


@given(st.decimals(min_value=0, max_value=Decimal("999999999999.99"), places=2, allow_nan=False))
@settings(max_examples=300, deadline=None)
def test_parse_amount_reads_back_what_dutch_notation_writes(value):
    amount = parse_amount(dutch_money(value, decimals=True))
    assert amount is not None and amount.value == value


@given(st.integers(min_value=1, max_value=10**12))
@settings(max_examples=300, deadline=None)
def test_parse_amount_reads_back_whole_amounts_with_a_dash(value):
    amount = parse_amount(dutch_money(Decimal(value), decimals=False))
    assert amount is not None and amount.value == value


@pytest.mark.parametrize(("text", "value"), [
    ("-€ 81.200", "-81200"), ("−€ 5.000", "-5000"), ("-/- € 839.626", "-839626"), ("-1.234 euro", "-1234"),
])
def test_a_minus_against_the_amount_keeps_its_sign(text, value):
    assert parse_amount(text).value == Decimal(value)


def test_a_dash_with_a_space_is_a_bullet_not_a_sign():
    assert parse_amount("- € 5.000") is None


@pytest.mark.parametrize("text, value", [
    ("950000", "950000.00"), ("950000.5", "950000.50"), ("950.000", "950000.00"), ("950.000,00", "950000.00"),
    ("€ 950.000", "950000.00"), ("7,5 miljoen", "7500000.00"), ("1.235.480,-", "1235480.00"), ("12.000 EUR", "12000.00"),
])
def test_a_corrected_amount_is_read_as_inspectors_write_it(text, value):
    assert corrected_amount(text) == Decimal(value)


@pytest.mark.parametrize("text", ["", "veel geld", "$ 500", None])
def test_what_is_not_an_amount_in_euro_is_not_a_corrected_amount(text):
    assert corrected_amount(text) is None


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("€ 380 (x 1.000)", "380000"),
        ("€ 380 (x € 1.000)", "380000"),
        ("€ 2,5 (x 1 mln)", "2500000"),
        ("€ 12 (x € 1.000.000)", "12000000"),
    ],
)
def test_a_multiplier_in_brackets_after_the_amount_scales_it(text, value):
    assert parse_amount(text).value == Decimal(value)


def test_other_words_in_brackets_are_no_multiplier():
    assert parse_amount("€ 380 (zie bijlage 1.000)") is None


def test_a_reading_read_again_is_the_same_and_its_variants_stay_apart():
    """Each distinct string is read once; the negative and scaled readings built from
    a remembered one are new records, and do not change it."""
    first = parse_amount("€ 5 miljoen")
    assert parse_amount("-€ 5 miljoen").value == Decimal("-5000000")
    assert parse_amount("€ 5 miljoen duizend") is None
    assert parse_amount("€ 5 miljoen") == first and first.value == Decimal("5000000")
    assert parse_amount(5) is None and parse_amount(None) is None


@pytest.mark.parametrize(("text", "value"), [
    ("€ 18.312 negatief", "-18312"), ("€ 112.000 negatief", "-112000"), ("€ 102.000 positief", "102000"),
    ("€ 18.312 negatief per jaar", "-18312"), ("1,2 miljoen euro negatief", "-1200000"),
    # A balance's result: 'nadelig' after the figure signs it as 'negatief' does.
    ("€ 2.740.000 nadelig", "-2740000"), ("€ 312.000 voordelig", "312000"),
])
def test_a_sign_word_after_the_figure_gives_its_sign(text, value):
    assert parse_amount(text).value == Decimal(value)


def test_a_range_with_a_sign_word_is_not_read():
    assert parse_amount("€ 1 tot € 2 miljoen negatief") is None


@pytest.mark.parametrize("text, value", [
    ("vierentwintig miljoen zeshonderdduizend euro", "24600000"),
    ("één miljoen tweehonderdvijftigduizend euro", "1250000"),
    ("twee miljoen driehonderd duizend euro", "2300000"),
    ("drie ton vijftigduizend euro", "350000"),
])
def test_a_numeral_written_out_goes_on_past_its_scale(text, value):
    assert parse_amount(text).value == D(value)


@pytest.mark.parametrize("text", ["twee miljoen drie", "zes miljoen acht miljoen euro"])
def test_a_count_or_second_sum_after_the_scale_is_no_rest(text):
    assert parse_amount(text) is None
