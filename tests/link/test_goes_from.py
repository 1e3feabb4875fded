"""A municipality's money before and after a change: 'X gaat van € A naar € B' (pipeline.link.goes_from)."""

from __future__ import annotations

import pytest

from pipeline.link.goes_from import goes_from


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        # The subject's money before and after; the clause after leaves out the verb.
        ("Ter vergelijking: Gouda gaat van € 48.210 naar € 50.930 en Almere van € 131.400 naar € 139.050.",
         ["GM0513", None, "GM0034", None]),
        ("De gemeente Utrecht stijgt volgend jaar van € 1,2 miljoen naar € 1,3 miljoen, Gouda van € 90.000 naar € 95.000.",
         ["GM0344", None, "GM0513", None]),
        # Without the 'naar' figure it is no change of the subject's money.
        ("Gouda gaat van € 48.210 uit.", [None]),
        # A place is no subject; a group may share; a clause without a subject of its own before it.
        ("De bijdrage in Gouda gaat van € 48.210 naar € 50.930.", [None, None]),
        ("Gouda en Almere gaan van € 48.210 naar € 50.930.", [None, None]),
        ("Het budget gaat van € 40.000 naar € 45.000 en Almere van € 131.400 naar € 139.050.",
         [None, None, None, None]),
    ],
)
def test_goes_from(linked, text, codes):
    assert linked(text, goes_from) == codes


def test_the_naar_figure_is_the_same_money(linked):
    assert linked("Ter vergelijking: Gouda gaat van € 48.210 naar € 50.930 en Almere van € 131.400 naar € 139.050.") == [
        "GM0513", "GM0513", "GM0034", "GM0034"]
