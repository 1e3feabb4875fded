"""The subject shared by a verb of receiving after 'maar' or 'en' (pipeline.link.but_receives)."""

from __future__ import annotations

import pytest

from pipeline.link.but_receives import received_after_but


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("Gouda vroeg € 900.000 voor de haven, maar krijgt minder: maximaal € 600.000.", [None, "GM0513"]),
        ("De gemeente Utrecht had om € 2 miljoen gevraagd, maar krijgt voorlopig € 1,5 miljoen.", [None, "GM0344"]),
        ("Almere wil de school verbouwen en ontvangt daarvoor € 40.000.", ["GM0034"]),
        # A place named between is no receiver.
        ("Almere vroeg € 300.000 voor een dorpshuis in Lelystad, maar krijgt € 95.000.", [None, "GM0034"]),
        # Near misses: another municipality between, a subordinate clause with its own subject,
        # a subject that is not the sentence's first word, a verb that is not one of receiving.
        ("Gouda vroeg € 900.000 en Utrecht, maar krijgt € 600.000.", [None, None]),
        ("Gouda meldt dat de stichting € 900.000 vroeg, maar krijgt € 600.000.", [None, None]),
        ("De school in Gouda vroeg € 900.000, maar krijgt € 600.000.", [None, None]),
        ("Gouda vroeg € 900.000, maar betaalt € 600.000.", [None, None]),
    ],
)
def test_received_after_but(linked, text, codes):
    assert linked(text, received_after_but) == codes
