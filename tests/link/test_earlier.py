"""The same money in another period, right after it (pipeline.link.earlier)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("Almere krijgt in 2025 € 1,94 miljoen; dit jaar was dat € 2,45 miljoen.", ["GM0034", "GM0034"]),
        ("Het vervoer kost de gemeente Gouda dit jaar € 3,4 miljoen. Vorig jaar was dat nog € 3,2 miljoen.",
         ["GM0513", "GM0513"]),
        ("Utrecht ontvangt € 900.000. In 2023 bedroeg het € 850.000.", ["GM0344", "GM0344"]),
        # Near misses: the amount before is no one's, another municipality stands between, or 'dat' is no pointer.
        ("Het Rijk trekt € 2 miljoen uit. Vorig jaar was dat € 1,8 miljoen.", [None, None]),
        ("Almere krijgt € 1,9 miljoen. Vorig jaar was dat bij Gouda € 2 miljoen.", ["GM0034", None]),
        ("Almere krijgt € 1,9 miljoen. Bekend is dat € 2 miljoen nodig is.", ["GM0034", None]),
    ],
)
def test_the_same_money_in_another_period(linked, text, codes):
    assert linked(text) == codes
