"""A claim against a municipality, named after the amount with 'van' (pipeline.link.claims)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "code"), [
    ("De bouwcombinatie eist € 2,4 miljoen van de gemeente Almere voor de vertraging.", "GM0034"),
    ("Het Rijk vorderde € 200.000 van Lelystad terug.", "GM0995"),
    ("De aannemer claimt nog eens ruim € 90.000 van Utrecht.", "GM0344"),
    # Near miss: a claim against a body that is no municipality.
    ("De aannemer eist € 2,4 miljoen van de provincie Flevoland.", None),
])
def test_a_claim_against_a_municipality_is_charged_to_it(links_of, text, code):
    assert links_of(text)[0][1] == code
