"""named_income: the Rijk's or the province's money named right before its amount, in a municipality's own document."""

from __future__ import annotations

import pytest

HEAD = "Gemeente Almere | Raadsvoorstel\n# Krediet Pampus-Hout\n\n## Beslispunten\n"


@pytest.mark.parametrize(
    ("item", "codes"),
    [
        ("1. De rijksbijdrage uit de Woningbouwimpuls van € 15.200.000 en de bijdrage van de provincie Flevoland "
         "van € 2.000.000 als dekking te bestemmen;", ["GM0034", "GM0034"]),
        # Near misses: its own credit, its own reserve, and the province's money for someone else.
        ("1. Een krediet van € 24.800.000 beschikbaar te stellen;", [None]),
        ("1. Het resterende deel van € 7.600.000 te dekken uit de grondexploitatie;", [None]),
        ("1. De bijdrage van de provincie aan de stichting van € 50.000 te verwerken;", [None]),
        # A clause about the money's sum, not the money named: the norm it is reckoned with.
        ("De rijksvergoeding is berekend met het normbedrag van € 83 per dag.", [None]),
        # The whole that a named partner's part is taken of.
        ("Van de rijksbijdrage van € 20 miljoen ontvangt de stichting € 3,2 miljoen.", [None, None]),
    ],
)
def test_money_another_body_gives_named_before_its_amount(links_of, item, codes):
    assert [code for _, code in links_of(HEAD + item + "\n")] == codes
