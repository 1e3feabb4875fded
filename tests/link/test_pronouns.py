"""A group in one clause, its money in the next after 'hun' or 'zij' (pipeline.link.pronouns)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("De gemeenten Gouda en Utrecht nemen deel in perceel 3 (Noord-Veluwe); hun aandeel bedraagt "
         "respectievelijk € 412.000 en € 268.000 per jaar.", ["GM0513", "GM0344"]),
        ("Gouda en Utrecht doen mee, zij betalen respectievelijk € 1.000 en € 2.000.", ["GM0513", "GM0344"]),
        # Near misses: a sentence end between, or another municipality named before the pronoun.
        ("Gouda en Utrecht doen mee. Hun aandeel bedraagt respectievelijk € 1.000 en € 2.000.", [None, None]),
        ("Gouda en Utrecht doen mee met Almere; hun aandeel bedraagt respectievelijk € 1.000 en € 2.000.",
         [None, None]),
    ],
)
def test_their_share_respectively(linked, text, codes):
    assert linked(text) == codes
