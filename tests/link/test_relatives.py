"""The receiver named in a relative clause on the amount's subject (pipeline.link.relatives)."""

from __future__ import annotations

import pytest

from pipeline.link.relatives import received_by_the_subject


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("De algemene uitkering uit het gemeentefonds, die Gouda van het Rijk ontvangt, is geraamd op € 88,6 miljoen.",
         ["GM0513"]),
        ("Het budget, dat de gemeente Utrecht jaarlijks krijgt, bedraagt € 2 miljoen.", ["GM0344"]),
        # The printed line ends inside the sentence.
        ("Het saldo is positief. De uitkering uit het gemeentefonds, die\nGouda van het Rijk ontvangt, is\ngeraamd op € 88,6 miljoen.",
         ["GM0513"]),
        # The relative clause names a place, a group, or a verb of another kind: none.
        ("De subsidie, die een stichting in Gouda ontvangt, bedraagt € 40.000.", [None]),
        ("De bijdrage, die Gouda en Utrecht ontvangen, bedraagt € 40.000.", [None]),
        ("De bijdrage, die Gouda betaalt, bedraagt € 40.000.", [None]),
        # The subject is no money: the population that Almere receives is no amount of it.
        ("Het aantal woningen, dat Almere erbij krijgt, is geraamd op € 40.000 per woning.", [None]),
    ],
)
def test_received_by_the_subject(linked, text, codes):
    assert linked(text, received_by_the_subject) == codes
