"""What an amount comes to for a municipality, what it needs, its part (pipeline.link.outcomes)."""

from __future__ import annotations

import pytest

from pipeline.link.outcomes import has_balance, means_for, needs, part_of_which


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("Voor Gouda betekent het voorstel per saldo een teruggave van € 262.000.", ["GM0513"]),
        ("Een verdeling naar inwoners zou voor Almere een verhoging met € 58.000 betekenen.", ["GM0034"]),
        ("Voor Nijmegen daalt de uitkering in 2028 met € 2,9 miljoen.", ["GM0268"]),
        # A year between the outcome verb and the change.
        ("Voor Gouda betekent dat in 2026 een daling van € 940.000.", ["GM0513"]),
        ("In Gouda betekent dat in 2026 een daling van € 940.000.", [None]),
        # The money the change is of between the change and its amount.
        ("Voor de gemeente Gouda betekent dit een stijging van de totale bijdrage met € 46.210.", ["GM0513"]),
        ("Voor Gouda betekent dit een stijging van het aantal woningen met 120, tot € 4 miljoen.", [None]),
        # A range's span opens with its 'van'.
        ("Voor Gouda betekent dit naar onze eerste berekening een daling van € 0,6 à 0,8 miljoen per jaar.",
         ["GM0513"]),
        ("Het Rijk heeft de decentralisatie-uitkering voor Gouda als centrumgemeente vastgesteld op € 13.712.880.",
         ["GM0513"]),
        # Not what the sentence says of a project in a town, nor a cost named for the reader.
        ("In Gouda betekent het voorstel een teruggave van € 262.000.", [None]),
        # The amount itself the outcome, how often it comes before it.
        ("De storting komt in twee delen. Voor de gemeente Dronten betekent dit tweemaal € 410.000.", ["GM0303"]),
        ("Voor Lelystad betekent dat jaarlijks € 96.500 extra.", ["GM0995"]),
        ("In Lelystad betekent dat jaarlijks € 96.500 extra.", [None]),
        ("Voor Gouda daalt het aantal woningen met 120 en stijgt de huur met € 40.", [None]),
        ("Voor Almere is de verhoging van € 58.000 een tegenvaller.", [None]),
        ("Voor de brug in Gouda is de bijdrage vastgesteld op € 13.000.", [None]),
    ],
)
def test_means_for(linked, text, codes):
    assert linked(text, means_for) == codes


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("De gemeente Gouda heeft bij brief van 12 januari aangegeven € 7,5 miljoen nodig te hebben.", ["GM0513"]),
        ("Klopt het dat Almere zelf € 4 miljoen nodig zegt te hebben?", ["GM0034"]),
        # A place is no subject, and an amount without 'nodig' is no need.
        ("Voor de brug in Gouda is € 7,5 miljoen nodig.", [None]),
        ("De gemeente Gouda heeft € 7,5 miljoen ontvangen.", [None]),
    ],
)
def test_needs(linked, text, codes):
    assert linked(text, needs) == codes


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("Drie gemeenten dragen samen € 5 miljoen bij, waarvan Almere € 2 miljoen voor de haven.", [None, "GM0034"]),
        # The part not named after 'waarvan', or a municipality named later in the clause.
        ("Almere krijgt € 5 miljoen, waarvan € 2 miljoen voor de stichting.", [None, None]),
        ("Het budget is € 5 miljoen, waarvan voor de haven in Almere € 2 miljoen.", [None, None]),
    ],
)
def test_part_of_which(linked, text, codes):
    assert linked(text, part_of_which) == codes


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("De gemeente Almere had over 2023 een tekort van € 5,6 miljoen op de bijstand.", ["GM0034"]),
        ("Klopt het dat Gouda een tekort op het budget van € 1,1 miljoen had?", ["GM0513"]),
        ("Dronten heeft een overschot van € 2 miljoen.", ["GM0303"]),
        # The deficit it expects or counts on.
        ("Dronten rekent op een gat van € 6,2 miljoen.", ["GM0303"]),
        ("Gouda verwacht in 2026 een tekort van € 1,5 miljoen.", ["GM0513"]),
        ("Gouda verwacht een bijdrage van € 1,5 miljoen.", [None]),
        # The deficit of something the municipality has, or one it reports: not its own balance.
        ("Dronten heeft een fonds met een tekort van € 2 miljoen.", [None]),
        ("Dronten heeft de provincie een tekort van € 2 miljoen gemeld.", [None]),
        ("Dronten meldde dat de stichting een tekort van € 2 miljoen had.", [None]),
    ],
)
def test_has_balance(linked, text, codes):
    assert linked(text, has_balance) == codes
