"""A levy the residents of a named municipality pay it (pipeline.link.levied): 'Huishoudens in X betalen € Y',
'In X betalen huishoudens € Y, in Z € W'; and none in the municipality's own document."""

from __future__ import annotations

import pytest

from pipeline.link.levied import levied


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("Huishoudens in Almere betalen volgend jaar € 317 aan rioolheffing.", ["GM0034"]),
        ("Een gemiddeld huishouden in de gemeente Gouda betaalt € 412 aan afvalstoffenheffing.", ["GM0513"]),
        # The verb and the payers after the place; the clauses after it leave them out.
        ("In Gouda betalen huishoudens volgend jaar € 262, in Nijmegen € 288 en in Almere € 241.",
         ["GM0513", "GM0268", "GM0034"]),
        # Visitors of an island, written with 'op'.
        ("Op Almere betaalt een toerist dit jaar € 3,10 per persoon per nacht, op Gouda € 2,75 en op Utrecht € 3,40.",
         ["GM0034", "GM0513", "GM0344"]),
        ("Op Almere betaalt de stichting € 3.100 huur.", [None]),
        # A neighbour named as one, its visitors paying.
        ("In buurgemeente Utrecht betalen bezoekers € 2,40 per nacht, in Gouda € 1,95.", ["GM0344", "GM0513"]),
        # Not the residents: a body in the town pays; a group shares; another clause between.
        ("Een stichting in Almere betaalt € 5.000 aan huur.", [None]),
        ("Huishoudens in Almere en Gouda betalen € 317.", [None]),
        ("Huishoudens in Almere betalen meer. Het Rijk betaalt € 317.", [None]),
        # A gapped clause after an amount no levy links.
        ("Het Rijk betaalt € 262, in Nijmegen € 288.", [None, None]),
        # The fee for what the municipality issues there, in the clauses after it without the verb too.
        ("In Almere kost een paspoort sinds januari € 84,70, in Nijmegen € 80,15 en in Utrecht € 81,00.",
         ["GM0034", "GM0268", "GM0344"]),
        ("In de gemeente Gouda kostten dezelfde identiteitskaarten vorig jaar € 70,35.", ["GM0513"]),
        # Near miss: what a house costs in a town is no fee the municipality charges.
        ("In Almere kost een huis gemiddeld € 390.000.", [None]),
    ],
)
def test_levied(linked, text, codes):
    assert linked(text, levied) == codes


def test_a_levy_in_the_municipality_own_document_gets_none(links_of):
    text = "Gemeente Gouda\n\nHome > Nieuws > Tarieven\n\nHuishoudens in Gouda betalen volgend jaar € 317 aan rioolheffing.\n"
    assert links_of(text) == [("€ 317", None)]


def test_a_levy_in_a_newspaper_carries_the_code(links_of):
    text = "Goudsch Dagblad | Nieuws\n\nHome > Nieuws\n\nHuishoudens in Almere betalen volgend jaar € 317 aan rioolheffing.\n"
    assert links_of(text) == [("€ 317", "GM0034")]
