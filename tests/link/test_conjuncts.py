"""The conjuncts of a grant whose verb comes after the last (pipeline.link.conjuncts)."""

from __future__ import annotations

import pytest

from pipeline.link.conjuncts import granted_conjunct


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("Besloten: aan de gemeente Amsterdam € 225.000 en aan de gemeente Gouda € 180.000 subsidie te verlenen.",
         ["GM0363", None]),
        ("Wij stellen voor aan Almere € 40.000, aan Utrecht € 10.000 en aan Gouda € 18.000 toe te kennen.",
         ["GM0034", "GM0344", None]),
        # Near misses: no grant after the last conjunct, no 'aan' before the first name, the same
        # municipality twice.
        ("Wij betaalden aan Amsterdam € 225.000 en aan Gouda € 180.000 werd terugbetaald.", [None, None]),
        ("De kosten in Amsterdam € 225.000 en aan Gouda € 180.000 toe te kennen.", [None, None]),
        ("Besloten: aan Amsterdam € 225.000 en aan Amsterdam € 180.000 toe te kennen.", [None, None]),
    ],
)
def test_granted_conjunct(linked, text, codes):
    assert linked(text, granted_conjunct) == codes


def test_conjunct_and_last_grant_together(linked):
    assert linked("Besloten: aan Lelystad € 5.000 en aan Dronten € 7.000 subsidie te verlenen.") == [
        "GM0995", "GM0303"]
