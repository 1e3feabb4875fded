"""A list of municipalities with their amounts after a colon (pipeline.link.lists)."""

from __future__ import annotations

import pytest

from pipeline.link.amounts import LinkInput, link_municipality
from pipeline.link.lists import listed_after_colon


def codes(with_municipalities, text: str, rule=None):
    doc, _ = with_municipalities(text)
    links = LinkInput.of(doc)
    if rule is None:
        return [(hit[0].code if (hit := link_municipality(links, s, e)) else None) for s, e in links.amounts]
    return [(hit.code if (hit := rule(links, s, e)) else None) for s, e in links.amounts]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("De regiogemeenten betalen naar inwonertal: Utrecht € 64.500, Gouda € 98.200 en Almere € 251.000.",
         ["GM0344", "GM0513", "GM0034"]),
        ("Het budget wordt als volgt verdeeld: Lelystad € 1,2 miljoen en Dronten € 400.000.",
         ["GM0995", "GM0303"]),
        # What each brought in, the verb's particle before the colon.
        ("Bij de herindeling brachten de gemeenten Lelystad en Dronten elk een reserve mee: Lelystad € 300.000 en "
         "Dronten € 125.000.", ["GM0995", "GM0303"]),
        # A joint body's result paid back to its members.
        ("Het resultaat van € 12.315 wordt naar rato terugbetaald aan de gemeenten: Utrecht € 7.478, Gouda € 2.825 "
         "en Almere € 2.012.", [None, "GM0344", "GM0513", "GM0034"]),
        # What a split of costs comes to for each municipality.
        ("De kosten verdelen we naar inwonertal. Concreet betekent dit: Nijmegen € 2.400, Gouda € 2.400 en "
         "Almere € 4.800.", ["GM0268", "GM0513", "GM0034"]),
        ("Voor de deelnemers komt dat neer op: Utrecht € 9.100 en Almere € 6.300.", ["GM0344", "GM0034"]),
        ("Het overschot van de dienst wordt teruggegeven aan de deelnemers: Nijmegen € 51.300 en Gouda € 18.700.",
         ["GM0268", "GM0513"]),
        # No verb of paying, receiving or distributing before the colon.
        ("Wij noemen twee voorbeelden: Utrecht € 64.500 en Gouda € 98.200.", [None, None]),
        # Something else than a name and its amount between the items.
        ("De gemeenten ontvangen: Utrecht € 64.500 voor sport, de provincie € 10.000 en Gouda € 98.200.",
         ["GM0344", None, None]),
        # A new sentence after the colon's.
        ("De gemeenten ontvangen: Utrecht € 64.500. Gouda € 98.200 is het restant.", ["GM0344", None]),
    ],
)
def test_each_item_of_a_list_after_a_colon_is_its_municipalitys(with_municipalities, text, expected):
    assert codes(with_municipalities, text, listed_after_colon) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In haar vergadering heeft de provincie besloten de volgende subsidies toe te kennen:\n"
         "- aan de gemeente Almere € 310.000 voor de inrichting van het Weerwater;\n"
         "- aan Lelystad € 95.000 voor een nieuw wandelnetwerk;\n"
         "- aan Stichting Natuurpad € 12.000 voor bebording.\n", ["GM0034", "GM0995", None]),
        ("De regio heeft de middelen uitgekeerd:\n• aan Gouda € 40.000 voor de haven;\n• aan Utrecht € 85.000.\n",
         ["GM0513", "GM0344"]),
        # A lead-in without a verb of granting, paying or receiving gives its items to no one.
        ("Twee voorbeelden van projecten:\n- aan de gemeente Almere € 310.000 voor het Weerwater;\n", [None]),
        # An item that does not open with 'aan' and the receiver: no receiver is named there.
        ("Wij hebben besloten de volgende bijdragen te verlenen:\n- een bijdrage voor de haven van Gouda € 40.000;\n",
         [None]),
    ],
)
def test_each_item_of_a_list_of_grants_under_its_lead_in_is_its_receivers(with_municipalities, text, expected):
    assert codes(with_municipalities, text, listed_after_colon) == expected
