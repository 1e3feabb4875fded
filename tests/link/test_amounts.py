"""The order of the link rules and the rules that build on others (pipeline.link.amounts): second
objects, restated amounts, total rows; municipality spans put on the Doc by hand."""

from __future__ import annotations

import re

import pytest

from pipeline.link.amounts import LINK_RULES, granted_of_which, places_of
from pipeline.link.mentions import LinkInput, Mention, in_group
from pipeline.normalize.amounts import amount_facts

GROUP_CODES = {"Utrecht": "GM0344", "Gouda": "GM0513", "Nijmegen": "GM0268", "Lelystad": "GM0995", "Dronten": "GM0303", "Almere": "GM0034"}


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        (
            "De gemeente Gouda ontving in 2019 € 60.000 voor schuldhulp en ruim € 12.000 voor de voedselbank.",
            ["GM0513", "GM0513"],
        ),
        ("Almere kreeg € 30.000 per jaar en € 5.000 eenmalig.", ["GM0034", "GM0034"]),
        ("Utrecht ontving € 40.000 voor sport en nog € 8.000 voor cultuur.", ["GM0344", "GM0344"]),
        # Another subject, verb or clause before the second amount: no link.
        ("Utrecht ontving € 40.000 voor sport en het Rijk betaalde € 8.000.", ["GM0344", None]),
        ("Utrecht ontving € 40.000 voor sport. Daarna volgde € 8.000.", ["GM0344", None]),
        ("Het Rijk gaf € 40.000 voor sport en € 8.000 voor cultuur aan Utrecht.", [None, None]),
    ],
)
def test_second_object_of_the_same_verb(linked, text, codes):
    assert linked(text) == codes


@pytest.mark.parametrize(
    "text",
    [
        "Utrecht, Amsterdam en Rotterdam delen € 3 miljoen.",
        "Het kabinet geeft € 3 miljoen uit; ook Utrecht doet mee.",
        "In Utrecht en Amsterdam is € 3 miljoen besteed.",
        "Naast Almere heeft het Rijk € 3 miljoen toegezegd aan gemeenten.",
    ],
)
def test_no_link_without_a_structural_cue(linked, text):
    assert linked(text) == [None]


def test_in_group_sees_lists_joined_without_amounts():
    text = "de gemeenten Gouda en Nijmegen, en Almere (€ 5) en Utrecht (€ 6)"
    mentions = tuple(
        Mention(m.start(), m.end(), GROUP_CODES[m.group()]) for m in re.finditer("|".join(GROUP_CODES), text)
    )
    links = LinkInput(text, mentions)
    gouda, nijmegen, almere, utrecht = mentions
    assert in_group(links, gouda) and in_group(links, nijmegen) and in_group(links, almere)
    assert not in_group(links, utrecht)


def test_link_gives_the_official_name(with_municipalities, document_info):
    doc, page = with_municipalities("Den Haag (€ 950.000)")
    (fact,) = amount_facts(doc, page, document_info())
    assert (fact.municipality_code, fact.municipality_name) == ("GM0518", "'s-Gravenhage")
    assert fact.link_rule == "name_then_amount"


def test_every_rule_name_is_allowed_in_the_amounts_table():
    import json

    from schemas.tables import AMOUNTS

    allowed = set(json.loads(AMOUNTS.field("link_rule").metadata[b"allowed"]))
    assert {rule.__name__ for rule in LINK_RULES} | {"distributed", "addressee"} <= allowed


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("| Gouda | € 118.000 | € 26.000\n| Utrecht | € 1.452.000 | € 310.000\n"
         "| Subtotaal Utrecht | € 1.570.000 | € 336.000",
         ["GM0513", "GM0513", "GM0344", "GM0344", None, None]),
        ("Almere\t€ 40.000\nTotaal Almere en Dronten\t€ 95.000", ["GM0034", None]),
        ("| Totaal Nijmegen | € 2.400.000", [None]),
        # A total word in running text is no row label.
        ("In totaal ontvangt Utrecht € 5 miljoen.", ["GM0344"]),
    ],
)
def test_a_total_row_links_no_figure(linked, text, codes):
    assert linked(text) == codes


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        # The same money again after a comma: as a sum, or per year.
        ("Gouda ontvangt € 2.500 per plek voor 420 plekken, in totaal € 1.050.000.", ["GM0513", "GM0513"]),
        ("Almere ontvangt over vier jaar € 314.000, dat is € 78.500 per jaar.", ["GM0034", "GM0034"]),
        # The period of the first amount written with a hyphen or slash between its years.
        ("Het fonds verleent de gemeente Almere € 160.000 voor de periode 2025-2028, dat is € 40.000 per jaar.",
         ["GM0034", "GM0034"]),
        ("Gouda ontvangt € 90.000 voor het schooljaar 2024/2025, dat is € 7.500 per maand.", ["GM0513", "GM0513"]),
        ("De kosten zijn € 2 miljoen voor de periode 2025-2028, dat is € 500.000 per jaar.", [None, None]),
        # The amount before is no one's, or another subject follows the comma: no link.
        ("De kosten zijn € 2 miljoen, dat is € 40.000 per woning.", [None, None]),
        ("Utrecht ontvangt € 2.500 per plek, in totaal krijgen alle gemeenten € 9 miljoen.", ["GM0344", None]),
        ("Utrecht ontvangt € 2.500 per plek, voor Gouda, in totaal € 9 miljoen.", ["GM0344", None]),
        # Its change, right after a comma.
        ("Almere ontvangt in 2025 € 612,4 miljoen uit het gemeentefonds, € 4,9 miljoen meer dan in mei.",
         ["GM0034", "GM0034"]),
        ("Almere ontvangt in 2025 € 612,4 miljoen uit het gemeentefonds, € 4,9 miljoen gaat naar de regio.",
         ["GM0034", None]),
        # A part of it named after a comma; not a part of money that is no one's.
        ("De gemeente Gouda bracht met € 18,7 miljoen het grootste deel in, onder meer de reserve Kindcentra van "
         "€ 4,1 miljoen.", ["GM0513", "GM0513"]),
        ("Het totaal bedraagt € 50,5 miljoen, waaronder de reserve Kindcentra van € 4,1 miljoen.", [None, None]),
        ("Gouda ontvangt € 2 miljoen, onder meer voor Almere een bedrag van € 5.000.", ["GM0513", None]),
        # Its change in the sentence right after it, opened by 'Dat is'; also where guilders come first.
        ("Almere ontvangt in 2025 € 612,4 miljoen. Dat is € 4,9 miljoen meer dan in mei.", ["GM0034", "GM0034"]),
        ("Gouda ontvangt in 1999 f 38.412.000,-- (€ 17.430.606). Dit is f 612.000,-- (€ 277.713) minder dan"
         " geraamd.", ["GM0513", "GM0513"]),
        ("Almere ontvangt in 2025 € 612,4 miljoen. Dat is € 4,9 miljoen voor de regio.", ["GM0034", None]),
        # A bracket without money may close the first sentence.
        ("Almere ontvangt € 3.862.410 (beschikking van 12 december 2024). Dat is € 241.380 minder dan in 2024.",
         ["GM0034", "GM0034"]),
        ("Almere ontvangt € 3.862.410 (Gouda € 1.200). Dat is € 241.380 minder dan in 2024.",
         ["GM0034", None, None]),
        ("Almere ontvangt in 2025 € 612,4 miljoen. Het Rijk betaalt € 4,9 miljoen meer.", ["GM0034", None]),
        # What it becomes: 'van € A naar € B', a year or period after each; a neighbour named as such.
        ("De bijdrage van Gouda stijgt van € 3.287.400 in 2025 naar € 3.452.900 in 2026.", ["GM0513", "GM0513"]),
        ("Zo gaat de bijdrage van onze buurgemeente Gouda van € 612.300 naar € 642.900.", ["GM0513", "GM0513"]),
        # Not a 'van ... naar' of the amount linked before: a new sum of no one's, or a change after 'met'.
        ("Almere ontvangt € 500. Het budget gaat van € 612.300 naar € 642.900.", ["GM0034", None, None]),
        ("De bijdrage van Gouda stijgt met € 30.600 en gaat naar € 642.900.", ["GM0513", None]),
    ],
)
def test_the_same_money_restated(linked, text, codes):
    assert linked(text) == codes


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        # The figure a demonstrative points back to is that money, whose it is.
        ('De gemeente Gouda krijgt € 12,4 miljoen. "Zonder die 12,4 miljoen hadden we moeten wachten."',
         ["GM0513", "GM0513"]),
        # The money pointed back to is no one's: none.
        ('Het kabinet verdeelt € 12,4 miljoen. "Zonder die 12,4 miljoen hadden we moeten wachten."', [None, None]),
    ],
)
def test_a_figure_pointed_back_to(linked, text, codes):
    assert linked(text) == codes


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        # The euro value in brackets after the same sum in guilders is read where that sum stands.
        ("Aan de gemeente Gouda is een bijdrage van f 62.500,-- (€ 28.361,26) toegekend.", ["GM0513"]),
        # 'ƒ' makes the guilder figure an amount of its own (no euro value), Utrecht's too.
        ("Utrecht ontvangt ƒ 100.000 (€ 45.378,02) voor de haven.", ["GM0344", "GM0344"]),
        # A bracket that is no restatement, and a place with a sum: no link.
        ("Aan Gouda is een bijdrage toegekend; de kosten (€ 28.361) zijn hoog.", [None]),
        ("Een stichting in Gouda kreeg f 62.500,-- (€ 28.361,26).", [None]),
    ],
)
def test_a_euro_value_in_brackets_after_another_currency(linked, text, codes):
    assert linked(text) == codes


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        # An island's name takes 'op' where others take 'in': the museum there receives, not the municipality.
        ("Het visserijmuseum op Almere ontvangt € 30.000.", [None]),
        ("De ijsclub op Gouda kreeg € 12.000 voor de baan.", [None]),
        # ... while the municipality itself still does.
        ("De gemeente Almere ontvangt € 30.000 voor het museum.", ["GM0034"]),
    ],
)
def test_a_place_after_op_is_no_receiver(linked, text, codes):
    assert linked(text) == codes


@pytest.mark.parametrize(("text", "restated"), [
    ("De lasten bedragen f 185.000,-- (€ 83.949,34).", True),
    # The guilder figure with its scale word.
    ("De uitkering is geraamd op f 171,4 miljoen (EUR 77,8 miljoen).", True),
    ("De uitkering is geraamd op 171,4 miljoen (EUR 77,8 miljoen).", False),
])
def test_a_euro_value_in_brackets_is_read_where_its_guilder_figure_stands(text, restated):
    start = text.index("€") if "€" in text else text.index("EUR")
    places = places_of(text, start, text.index(")"))
    assert [s for s, _ in places[1:]] == ([text.index("f ")] if restated else [])


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        # The part granted of what X asked, in the clause after it.
        ("Gouda vroeg € 275.000; daarvan kennen wij maximaal € 200.000 toe.", [None, "GM0513"]),
        ("Almere vroeg € 275.000, maar daarvan wordt slechts € 200.000 toegekend.", [None, "GM0034"]),
        # Near misses: a part that goes elsewhere, money before it that is no one's.
        ("Gouda ontvangt € 1 mln; daarvan gaat € 200.000 naar de bibliotheek.", [None, None]),
        ("Het project kost € 275.000; daarvan kennen wij € 200.000 toe.", [None, None]),
        # A decision list's short form, the participle of granting first.
        ("De gemeente Gouda vraagt € 128.000; toegekend € 96.000.", [None, "GM0513"]),
        ("Almere vroeg € 128.000, verleend: € 96.000.", [None, "GM0034"]),
        ("Het project kost € 128.000; toegekend € 96.000.", [None, None]),
    ],
)
def test_granted_of_which(linked, text, codes):
    assert linked(text, granted_of_which) == codes


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        # The same money per unit, in brackets after it.
        ("Gouda betaalt daarvoor € 186.000 per jaar (€ 4.650 per plaats).", ["GM0513", "GM0513"]),
        # A unit the amount reads as its own ('per uur').
        ("Gouda betaalt hiervoor € 92.400 per jaar (€ 77 per uur).", ["GM0513", "GM0513"]),
        ("Gouda betaalt € 186.000 (€ 4.650 was begroot per jaar).", ["GM0513", None]),
        # Near miss: another figure in the brackets, no unit of the same money.
        ("Gouda betaalt € 186.000 (€ 4.650 was begroot).", ["GM0513", None]),
    ],
)
def test_restated_per_unit_in_brackets(linked, text, codes):
    assert linked(text) == codes
