"""Money one municipality pays another is the payer's (pipeline.link.payer)."""

from __future__ import annotations

import pytest

from pipeline.link.payer import comes_from, fronted_amount, paid_to_another, pays_inverted, received_from


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("De gemeente Gouda, die de leerroutes bij Utrecht inkoopt, betaalde daarvoor € 121.300 aan de gemeente "
         "Utrecht.", ["GM0513"]),
        ("Almere betaalt jaarlijks € 40.000 aan de gemeente Utrecht.", ["GM0034"]),
        # Paid to a foundation, or by no municipality: not this rule.
        ("Almere betaalt jaarlijks € 40.000 aan de stichting.", [None]),
        ("De provincie betaalt € 40.000 aan de gemeente Utrecht.", [None]),
        # The receiver right after the verb of paying, the subject the payer.
        ("4.1 Almere betaalt Utrecht voor de geleverde inzet een vergoeding van € 78,50 per uur.", ["GM0034"]),
        ("De gemeente Gouda vergoedt de gemeente Utrecht jaarlijks € 4.150.", ["GM0513"]),
        # A body that pays, a group paid, a subordinate clause before the names: not this rule.
        ("De provincie betaalt de gemeente Utrecht € 4.150.", [None]),
        ("Almere betaalt Utrecht en Gouda elk € 5.000.", [None]),
        ("Omdat Almere betaalt, krijgt Utrecht € 5.000.", [None]),
    ],
)
def test_paid_to_another(linked, text, codes):
    assert linked(text, paid_to_another) == codes


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("Daarnaast ontvangt Gouda van de gemeente Utrecht € 85.000 voor de uitvoering.", ["GM0344"]),
        ("Van de gemeente Utrecht ontvangen wij jaarlijks € 18.000.", ["GM0344"]),
        # The writer receives after an adverbial, the payer right before the amount.
        ("In 2024 ontvingen wij van de gemeente Utrecht € 465.000, € 12.000 meer dan in 2023.", ["GM0344", None]),
        ("In 2024 kochten wij van de gemeente Utrecht € 465.000 aan grond.", [None]),
        # The passive names only the payer: 'Van X is € Y ontvangen'.
        ("Van de gemeente Utrecht is een bijdrage van € 600.000 ontvangen.", ["GM0344"]),
        ("Van Gouda werd in 2024 € 45.000 ontvangen.", ["GM0513"]),
        # Not received: the passive of another verb.
        ("Van de gemeente Utrecht is een bijdrage van € 600.000 gevraagd.", [None]),
        # A group pays together; a place after 'van' with another verb; the receiver named after 'van'.
        ("Gouda ontvangt van Almere en Utrecht € 85.000.", [None]),
        ("Gouda koopt van de gemeente Utrecht € 85.000 aan grond.", [None]),
        ("Het Rijk kent Gouda € 85.000 toe.", [None]),
    ],
)
def test_received_from(linked, text, codes):
    assert linked(text, received_from) == codes


def test_the_payer_wins_over_the_receiver(linked):
    assert linked("Gouda betaalde € 12.000 aan de gemeente Utrecht.") == ["GM0513"]
    assert linked("Daarnaast ontvangt Gouda van de gemeente Utrecht € 85.000.") == ["GM0344"]
    # Without a municipality that pays, the receiver keeps it.
    assert linked("Het Rijk betaalde € 12.000 aan de gemeente Utrecht.") == ["GM0344"]


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("In 2023 besteedde de gemeente Utrecht € 2.702.114 aan inburgering.", ["GM0344"]),
        ("Daarnaast reserveerde Gouda € 250.000 voor de aanpak.", ["GM0513"]),
        # A place after the verb, or a group: none.
        ("In 2023 besteedde de stichting in Utrecht € 2.702.114 aan inburgering.", [None]),
        ("In 2023 besteedden Gouda en Utrecht € 2.702.114 aan inburgering.", [None]),
    ],
)
def test_pays_inverted(linked, text, codes):
    assert linked(text, pays_inverted) == codes


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("Van de cofinanciering is € 40.000 afkomstig van de gemeente Gouda en € 12.500 van Almere.",
         ["GM0513", "GM0034"]),
        ("Een bijdrage van € 75.000 komt afkomstig van Utrecht.", ["GM0344"]),
        # Near misses: no 'afkomstig' before the first, a place after 'van', a group that shares it.
        ("De kosten zijn € 40.000 en € 12.500 van Almere.", [None, None]),
        ("Van het bedrag is € 40.000 afkomstig van een school in Gouda.", [None]),
        ("Van de cofinanciering is € 40.000 afkomstig van Gouda en Almere.", [None]),
    ],
)
def test_comes_from(linked, text, codes):
    assert linked(text, comes_from) == codes


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("Het eerste deel van € 300.000 betaalt Gouda bij de oplevering.", ["GM0513"]),
        ("Een voorschot van € 60.000 ontvangt de gemeente Utrecht in maart.", ["GM0344"]),
        # The verb not right after the amount, or its subject not right after the verb.
        ("Het bedrag van € 300.000 wordt door Gouda betaald.", [None]),
        ("Het bedrag van € 300.000 betaalt de gemeente aan Gouda.", [None]),
        # A group shares it; the whole a part is taken of.
        ("Het bedrag van € 300.000 betalen Gouda en Utrecht samen.", [None]),
        ("Van de € 300.000 ontvangt Gouda € 120.000.", [None, None]),
        # A question asks what part is paid; it states no payment.
        ("Welk deel van de kosten van € 300.000 betaalt Gouda zelf?", [None]),
    ],
)
def test_fronted_amount(linked, text, codes):
    assert linked(text, fronted_amount) == codes
