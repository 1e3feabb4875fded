"""A grant in the perfect tense to the municipality right after 'heeft' (pipeline.link.grants)."""

from __future__ import annotations

import pytest

from pipeline.link.grants import granted_perfect


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("Het Rijk heeft Gouda voor 2024 € 3.412.000 toegekend; dat bedrag is vrij besteedbaar.", ["GM0513"]),
        ("Het Rijk heeft de gemeente Utrecht in 2019 een herindelingsbijdrage (maatstaf herindeling) uitgekeerd"
         " van € 9.840.000.", ["GM0344"]),
        # No participle of granting, the name is the subject, two names share it.
        ("Het Rijk heeft Gouda voor 2024 € 3.412.000 gekort.", [None]),
        ("Gouda heeft voor 2024 € 3.412.000 toegekend aan de stichting.", [None]),
        ("Het Rijk heeft Gouda en Utrecht € 3.412.000 toegekend.", [None]),
        # A subordinate clause, its verbs last, the giver first.
        ("Overwegende dat de provincie de gemeente Gouda bij besluit van 12 april 2021 een subsidie heeft verleend"
         " van € 1.875.000 voor de weg.", ["GM0513"]),
        # The province's own name, or a foundation the subject: no receiver.
        ("Overwegende dat de provincie Utrecht bij besluit van 12 april 2021 een subsidie heeft verleend van"
         " € 1.875.000 voor de weg.", [None]),
        ("Overwegende dat de stichting de gemeente Gouda bij besluit van 12 april 2021 een subsidie heeft verleend"
         " van € 1.875.000.", [None]),
    ],
)
def test_granted_perfect(linked, text, codes):
    assert linked(text, granted_perfect) == codes
