"""The order of the link rules and the rules that build on others (pipeline.link.amounts): gapped
clauses, second objects, distributed amounts, total rows; municipality spans put on the Doc by hand."""

from __future__ import annotations

import re

import pytest

from pipeline.link.amounts import LINK_RULES, distributed, granted_of_which, places_of
from pipeline.link.mentions import LinkInput, Mention, in_group
from pipeline.normalize.amounts import amount_facts

GROUP_CODES = {"Utrecht": "GM0344", "Gouda": "GM0513", "Nijmegen": "GM0268", "Lelystad": "GM0995", "Dronten": "GM0303", "Almere": "GM0034"}


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("Utrecht ontving € 2 miljoen en Amsterdam € 3 miljoen.", ["GM0344", "GM0363"]),
        (
            "Utrecht ontving € 2 miljoen, Almere € 1 miljoen en Amsterdam € 3 miljoen.",
            ["GM0344", "GM0034", "GM0363"],
        ),
        ("Het Rijk betaalde € 2 miljoen en Amsterdam € 3 miljoen.", [None, None]),
        ("Utrecht ontving € 2 miljoen. Amsterdam € 3 miljoen.", ["GM0344", None]),
        # The clause before contributes or spends, its particle or period before the comma.
        (
            "De gemeente Utrecht droeg € 2 miljoen bij, de gemeente Almere € 1 miljoen en de gemeente"
            " Amsterdam € 3 miljoen.",
            ["GM0344", "GM0034", "GM0363"],
        ),
        ("Utrecht trekt € 2 miljoen uit, Almere € 1 miljoen.", ["GM0344", "GM0034"]),
        ("Utrecht ontvangt € 2 miljoen per jaar, Almere € 1 miljoen.", ["GM0344", "GM0034"]),
        ("De gemeente Utrecht droeg € 2 miljoen bij, de provincie € 1 miljoen.", ["GM0344", None]),
        ("Utrecht droeg € 2 miljoen bij aan het fonds en Almere € 1 miljoen.", ["GM0344", None]),
        # A semicolon joins the gapped clause as a comma does.
        ("Gouda ontvangt daarvan naar verwachting € 112.700; Almere € 74.000.", ["GM0513", "GM0034"]),
        ("Het Rijk houdt € 112.700 in; Almere € 74.000.", [None, None]),
        # An apposition after the gapped clause's name.
        ("Zo ontvangt Amsterdam in 2024 € 9.864.000 en Almere, de kleinste centrumgemeente, € 380.000.",
         ["GM0363", "GM0034"]),
        ("Zo ontvangt Amsterdam in 2024 € 9.864.000 en Almere, zo meldt de minister, € 380.000.",
         ["GM0363", None]),
        # A subordinate clause closed by its verb, the gapped clause after it.
        ("Klopt het dat Gouda in 2025 € 1.384.000 uit het gemeentefonds ontvangt en Almere € 1.512.000?",
         ["GM0513", "GM0034"]),
        ("Klopt het dat Gouda in 2025 € 1.384.000 uit het gemeentefonds ontvangt en de stichting € 1.512.000?",
         ["GM0513", None]),
        # The preposition of the first amount again before the gapped one.
        ("Voor de gemeente Gouda komt dit uit op € 412.500, voor Almere op € 298.700 en voor Dronten op € 267.100.",
         ["GM0513", "GM0034", "GM0303"]),
        ("Gouda had een tekort van € 1,1 miljoen en Almere van € 0,9 miljoen.", ["GM0513", "GM0034"]),
        ("Gouda ontving € 1,1 miljoen en Almere van € 0,9 miljoen.", ["GM0513", None]),
        # The particle of the first clause's verb before the comma.
        ("Almere haalde € 1,7 miljoen op, Gouda € 1,2 miljoen.", ["GM0034", "GM0513"]),
    ],
)
def test_gapped(linked, text, codes):
    assert linked(text) == codes


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


def distributed_codes(with_municipalities, text: str) -> list[list[str]]:
    doc, _ = with_municipalities(text)
    links = LinkInput.of(doc)
    return [[m.code for m in distributed(links, s, e)] for s, e in links.amounts]


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("Gouda en Nijmegen krijgen elk € 30.000.", [["GM0513", "GM0268"]]),
        ("Voor Almere, Gouda en Nijmegen is ieder € 5.000 bestemd.", [["GM0034", "GM0513", "GM0268"]]),
        ("Gouda en Nijmegen ontvangen € 30.000 per gemeente.", [["GM0513", "GM0268"]]),
        # Paying as receiving: each pays Z.
        ("Gouda en Nijmegen betalen elk € 250.000.", [["GM0513", "GM0268"]]),
        ("Gouda en Nijmegen dragen ieder € 20.000 bij.", [["GM0513", "GM0268"]]),
        ("Gouda en Nijmegen betalen samen € 250.000.", [[]]),
        # Without a distributive word the group shares the amount.
        ("Gouda en Nijmegen krijgen samen € 30.000.", [[]]),
        ("Gouda en Nijmegen krijgen € 30.000 elk.", [["GM0513", "GM0268"]]),
        ("Gouda en Nijmegen krijgen € 30.000 elk jaar.", [[]]),
        ("Gouda en Nijmegen krijgen € 30.000.", [[]]),
        # Frisian: 'krije elk'.
        ("Gouda en Nijmegen krije elk € 400.000 foar de binnenstêd.", [["GM0513", "GM0268"]]),
        ("Gouda en Nijmegen krije tegearre € 400.000.", [[]]),
        # One municipality is no distribution.
        ("Gouda krijgt elk jaar € 30.000.", [[]]),
        # Another clause between the group and the amount.
        ("Gouda en Nijmegen doen mee. Zij krijgen elk € 30.000.", [[]]),
        # The verb last, in a clause after 'dat'; without 'elk' the group still shares it.
        ("Klopt het dat Gouda en Nijmegen voor 2025 elk € 30.000 ontvangen?", [["GM0513", "GM0268"]]),
        ("Ik weet dat Gouda en Nijmegen ieder € 8.000 betalen.", [["GM0513", "GM0268"]]),
        ("Klopt het dat Gouda en Nijmegen voor 2025 € 30.000 ontvangen?", [[]]),
        ("Is het waar dat Gouda en Nijmegen elk € 30.000 hebben uitgegeven?", [[]]),
        # The group in a relative clause after the amount, 'elk' before its verb; not 'samen'.
        ("Er geldt een opslag van € 18.000, die Gouda en Nijmegen elk betalen.", [["GM0513", "GM0268"]]),
        ("Er geldt een opslag van € 18.000, die Gouda en Nijmegen samen betalen.", [[]]),
        # The verb before the group, its subject after it; what each gets named between 'elk' and the amount.
        ("Als voorschot ontvingen de gemeenten Gouda en Nijmegen in 2018 elk € 150.000.", [["GM0513", "GM0268"]]),
        ("Zo ontvangen Gouda en Nijmegen elk het minimumbedrag van € 15.000.", [["GM0513", "GM0268"]]),
        ("Zo ontvangen Gouda en Nijmegen samen het bedrag van € 15.000.", [[]]),
        ("Zo ontvangen Gouda en Nijmegen elk jaar het bedrag van € 15.000.", [[]]),
    ],
)
def test_distributed(with_municipalities, text, codes):
    assert distributed_codes(with_municipalities, text) == codes


def test_distributed_amount_gives_one_fact_per_municipality(with_municipalities, document_info):
    doc, page = with_municipalities("Gouda en Nijmegen krijgen elk € 30.000.")
    facts = amount_facts(doc, page, document_info())
    assert [f.municipality_code for f in facts] == ["GM0513", "GM0268"]
    assert {(f.char_start, f.char_end, f.text) for f in facts} == {(30, 38, "€ 30.000")}
    assert facts[0].fact_id != facts[1].fact_id


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
        ("Aan de gemeente Utrecht kennen wij € 1,2 miljoen toe, aan Gouda € 450.000 en aan Nijmegen "
         "ruim € 300.000.", ["GM0344", "GM0513", "GM0268"]),
        ("De gemeente Gouda betaalt een bijdrage van € 64.000, Nijmegen € 48.000 en Dronten € 19.000.",
         ["GM0513", "GM0268", "GM0303"]),
        ("De gemeente Utrecht krijgt € 4 miljoen voor de route naar Gouda, Nijmegen € 600.000 voor de "
         "route langs de rivier.", ["GM0344", "GM0268"]),
        ("De gemeente Rotterdam ontvangt € 2,7 miljoen voor de ringweg en de gemeente Dronten € 0,8 "
         "miljoen voor de dijk.", ["GM0599", "GM0303"]),
        ("Uit de regiodeal krijgt Almere € 850.000 en Lelystad € 1,1 miljoen.", ["GM0034", "GM0995"]),
        # The first amount is nobody's: the second clause is no gapped one.
        ("De provincie betaalt € 2 miljoen, Utrecht € 1 miljoen.", [None, None]),
        # A hyphenated word in the purpose.
        ("Gouda ontvangt € 1,4 miljoen voor bedrijventerrein Oude Kerk, Almere € 750.000 voor de "
         "Willem-Alexanderhaven en Utrecht € 600.000 voor Kampershoek.", ["GM0513", "GM0034", "GM0344"]),
        # The first verb's particle 'in' before the joiner.
        ("De gemeente Gouda brengt € 2,3 miljoen in en de gemeente Utrecht € 950.000.", ["GM0513", "GM0344"]),
        # The first verb's particle before its purpose.
        ("Zo legt de gemeente Gouda in 2025 € 25.000 bij voor het Taalhuis in de bibliotheek, de gemeente Utrecht "
         "€ 140.000 voor de aanpak Taalmaatjes.", ["GM0513", "GM0344"]),
        # The first linked by its possessive: 'haar budget met € A, Y met € B'.
        ("De gemeente Gouda overschreed haar budget met € 312.000, Utrecht met € 188.000 en Almere met € 96.000.",
         ["GM0513", "GM0344", "GM0034"]),
    ],
)
def test_gapped_clauses_after_a_purpose_a_preposition_or_a_payer(linked, text, codes):
    assert linked(text) == codes


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("Voor Gouda en Utrecht is een correctie van € 45.000 respectievelijk € 61.000 verwerkt.",
         ["GM0513", "GM0344"]),
        ("Almere, Gouda en Utrecht ontvangen respectievelijk € 1.000, € 2.000 en € 3.000.",
         ["GM0034", "GM0513", "GM0344"]),
        # As many amounts as names, or none is linked.
        ("Gouda en Utrecht ontvangen respectievelijk € 1.000, € 2.000 en € 3.000.", [None, None, None]),
        # Without 'respectievelijk' the pairing is not said.
        ("Gouda en Utrecht delen € 45.000 en € 61.000.", [None, None]),
    ],
)
def test_respectively_pairs_the_nth_amount_with_the_nth_name(linked, text, codes):
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
        # The clause before reserves money for a municipality; the gapped one repeats 'voor'.
        ("Voor Gouda is € 1,2 miljoen bestemd, voor Almere € 2,7 miljoen.", ["GM0513", "GM0034"]),
        ("Voor de gemeente Utrecht is € 400.000 gereserveerd en voor Nijmegen € 300.000.", ["GM0344", "GM0268"]),
        # The preposition of the first amount again after an apposition of the second name.
        ("Voor Utrecht, de grootste, stijgt de bijdrage met € 545.000; voor Gouda, de kleinste, met € 39.000.",
         ["GM0344", "GM0513"]),
        # The first is no reservation for a municipality, or the second name is a project's place: none.
        ("Voor het fonds is € 1,2 miljoen bestemd, voor Almere € 2,7 miljoen.", [None, None]),
        ("Voor Gouda is € 1,2 miljoen bestemd, voor een school in Almere € 2,7 miljoen.", ["GM0513", None]),
    ],
)
def test_gapped_after_a_reservation(linked, text, codes):
    assert linked(text) == codes


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        # The names in a short clause before a colon, a pronoun after it.
        ("Ook Gouda en Nijmegen vallen in de prijzen: zij ontvangen elk € 3,1 miljoen.", [["GM0513", "GM0268"]]),
        ("Almere, Gouda en Nijmegen doen mee: ze krijgen ieder € 50.000.", [["GM0034", "GM0513", "GM0268"]]),
        # Each pays its capital into a fund.
        ("De gemeenten Gouda en Nijmegen storten elk € 2,5 miljoen in het fonds.", [["GM0513", "GM0268"]]),
        # The pronoun shares, or another sentence stands between, or no pronoun: no distribution.
        ("Gouda en Nijmegen vallen in de prijzen: zij ontvangen samen € 3,1 miljoen.", [[]]),
        ("Gouda en Nijmegen doen mee. Zij krijgen elk € 30.000.", [[]]),
        ("Gouda en Nijmegen vallen in de prijzen: de scholen ontvangen elk € 3.000.", [[]]),
    ],
)
def test_distributed_to_a_pronoun_after_a_colon(with_municipalities, text, codes):
    assert distributed_codes(with_municipalities, text) == codes


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
    ],
)
def test_granted_of_which(linked, text, codes):
    assert linked(text, granted_of_which) == codes


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        # The clause before gives each of a group the same sum, or names a part of a sum.
        ("Rotterdam en Den Haag ontvingen elk € 100 miljoen en Utrecht € 74,5 miljoen.",
         ["GM0599", "GM0518", "GM0344"]),
        ("De regio draagt € 27 miljoen bij, waarvan de gemeente Eemsdelta € 4 miljoen en de gemeente "
         "Midden-Groningen € 6 miljoen.", [None, "GM1979", "GM1952"]),
        # Near miss: a group that shares its sum gives the next clause no verb to leave out.
        ("Rotterdam en Den Haag hebben samen € 100 miljoen en Utrecht € 74,5 miljoen.", [None, None]),
    ],
)
def test_gapped_after_a_group_or_a_part(links_of, text, codes):
    assert [code for _, code in links_of(text)] == codes


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
