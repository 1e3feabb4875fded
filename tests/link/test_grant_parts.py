"""The parts of the addressee's grant (pipeline.link.grant_parts): the rows of its breakdown and a part
earmarked for a purpose, with municipality spans put on the Doc by hand."""

from __future__ import annotations

import pytest

from pipeline.link.grant_parts import earmarked_part, part_of_your_grant
from pipeline.link.mentions import LinkInput

_BREAKDOWN = ("Hierbij ken ik u een specifieke uitkering toe van € 412.780. Dit bedrag is als volgt opgebouwd:\n\n"
              "Onderdeel\tBedrag\nBuurtsportcoaches\t€ 286.410\nLokaal sportakkoord\t€ 40.000\n"
              "Valpreventie\t€ 86.370\nTotaal\t€ 412.780\n")


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        # The parts of the addressee's grant; the total is no part.
        (_BREAKDOWN, [False, True, True, True, False]),
        # The amount before is nobody's (the costs of a project), or no opener: no parts.
        (_BREAKDOWN.replace("Hierbij ken ik u een specifieke uitkering toe van", "De totale kosten zijn"),
         [False, False, False, False, False]),
        (_BREAKDOWN.replace("Dit bedrag is als volgt opgebouwd:", "De kosten per onderdeel:"),
         [False, False, False, False, False]),
        # Rows split by single spaces, as a text layer gives them.
        (_BREAKDOWN.replace("\t", " "), [False, True, True, True, False]),
        # The parts in the running text right after the grant; not after a project's costs.
        ("Aan uw gemeente wordt een specifieke uitkering verleend van € 96.000. Dit bedrag bestaat uit € 50.000 "
         "voor de sportformateur en € 46.000 voor de uitvoering.", [False, True, True]),
        ("De totale kosten zijn € 96.000. Dit bedrag bestaat uit € 50.000 voor de sportformateur en € 46.000 "
         "voor de uitvoering.", [False, False, False]),
        # A grant fixed as a share of the costs: the costs it is reckoned from are no part of it, the
        # share named first with its reckoning in brackets is.
        ("Wij stellen de subsidie vast op € 90.000. De vaststelling is als volgt berekend:\n"
         "Omschrijving\tBedrag\nVerleend subsidiebedrag\t€ 100.000\nVerantwoorde subsidiabele kosten\t€ 180.000\n"
         "Subsidie (50% van de subsidiabele kosten)\t€ 90.000\nOntvangen voorschotten\t€ 95.000\n",
         [False, True, False, True, True]),
    ],
)
def test_part_of_your_grant(with_municipalities, text, parts):
    doc, _ = with_municipalities(text)
    links = LinkInput.of(doc)
    assert [part_of_your_grant(links, s, e) for s, e in links.amounts] == parts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A part of the addressee's grant set aside for a purpose in places (villages of its own).
        ("Met deze beschikking ken ik u een uitkering toe van € 412.380. Van dit bedrag is € 38.000 bestemd "
         "voor een buurtsportcoach in Gouda en Utrecht.", [False, True]),
        ("Wij verlenen u een subsidie van € 90.000. Hiervan is € 10.000 bestemd voor Gouda en Utrecht.",
         [False, False]),
        ("Wij verlenen u een subsidie van € 90.000. Hiervan is € 10.000 bedoeld voor de kermis.", [False, True]),
        # For a foundation, of an amount that is not the addressee's, or without an earmark.
        ("Wij verlenen u een subsidie van € 90.000. Hiervan is € 10.000 bestemd voor de Stichting Kermis.",
         [False, False]),
        ("Het fonds bevat € 90.000. Hiervan is € 10.000 bestemd voor de kermis.", [False, False]),
        ("Wij verlenen u een subsidie van € 90.000. Hiervan is € 10.000 al uitgegeven.", [False, False]),
    ],
)
def test_a_part_of_the_addressees_grant_earmarked_for_a_purpose(with_municipalities, text, expected):
    doc, _ = with_municipalities(text)
    links = LinkInput.of(doc)
    assert [earmarked_part(links, s, e) for s, e in links.amounts] == expected
