"""The amount -> municipality link rules of pipeline.link.amounts, with municipality spans put on the Doc by hand."""

from __future__ import annotations

import re

import pytest

from pipeline.link.amounts import (
    LinkInput,
    Mention,
    amount_then_name,
    contributes,
    distributed,
    granted_to,
    in_group,
    link_municipality,
    name_then_amount,
    on_behalf,
    payment_to,
    receives,
    receives_inverted,
    receives_verb_last,
    recipient_field,
    reserved_for,
    table_row,
)
from pipeline.normalize.amounts import amount_facts

GROUP_CODES = {"Utrecht": "GM0344", "Gouda": "GM0513", "Nijmegen": "GM0268", "Lelystad": "GM0995", "Dronten": "GM0303", "Almere": "GM0034"}


def link(with_municipalities, text: str, rule=None):
    """The code each amount of ``text`` links to, by one rule or by all."""
    doc, _ = with_municipalities(text)
    links = LinkInput.of(doc)
    out = []
    for start, end in links.amounts:
        if rule is None:
            hit = link_municipality(links, start, end)
            out.append(hit[0].code if hit else None)
        else:
            hit = rule(links, start, end)
            out.append(hit.code if hit is not None else None)
    return out


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("Het gaat om Den Haag (€ 950.000), Amsterdam, (€ 920.000).", ["GM0518", "GM0363"]),
        ("Den Haag: € 950.000", ["GM0518"]),
        ("Almere – € 40.000", ["GM0034"]),
        ("Amsterdam,\n(€ 920.000)", ["GM0363"]),
        ("Postbus 1, Almere\n- € 40.000 voor de aanpak", [None]),
        ("Gouda en Nijmegen (€ 400.000)", [None]),
        ("Utrecht ontvangt € 5.000", [None]),
    ],
)
def test_name_then_amount(with_municipalities, text, codes):
    assert link(with_municipalities, text, name_then_amount) == codes


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("Er gaat € 50.000 naar Almere.", ["GM0034"]),
        ("Het Rijk stelt € 50.000 beschikbaar voor de gemeente Utrecht.", ["GM0344"]),
        ("Er is € 50.000 (Rotterdam) toegekend.", ["GM0599"]),
        ("Er is € 50.000 voor Gouda en Nijmegen.", [None]),
        ("Er is € 50.000 voor de aanpak in Utrecht.", [None]),
    ],
)
def test_amount_then_name(with_municipalities, text, codes):
    assert link(with_municipalities, text, amount_then_name) == codes


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("De gemeente Almere ontvangt € 50.000.", ["GM0034"]),
        ("Utrecht krijgt in 2016 een bijdrage van € 75.000.", ["GM0344"]),
        ("Almere vraagt € 20.000 aan.", ["GM0034"]),
        ("De gemeente Utrecht heeft € 75.000 ontvangen.", ["GM0344"]),
        ("Utrecht heeft € 75.000 extra gekregen.", ["GM0344"]),
        ("Utrecht heeft € 75.000 uitgegeven.", [None]),
        ("Gouda en Nijmegen krijgen € 80.000.", [None]),
        ("Utrecht heeft plannen ingediend en ontvangt € 75.000.", [None]),
        ("Utrecht ontvangt. Het Rijk betaalt € 75.000.", [None]),
    ],
)
def test_receives(with_municipalities, text, codes):
    assert link(with_municipalities, text, receives) == codes


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("Aan de gemeente Almere is € 50.000 toegekend.", ["GM0034"]),
        ("Aan Utrecht wordt € 50.000 uitgekeerd.", ["GM0344"]),
        ("Aan Gouda en Nijmegen is € 50.000 toegekend.", [None]),
        ("Utrecht is € 50.000 kwijt.", [None]),
        ("Aan Utrecht heeft het Rijk laten weten dat € 50.000 komt.", [None]),
        ("De minister kent de gemeente Almere een uitkering toe van € 50.000.", ["GM0034"]),
        ("Het Rijk verleent Utrecht een subsidie van € 50.000.", ["GM0344"]),
        ("De minister kent Utrecht, dat al veel deed, nu € 50.000 toe.", [None]),
        ("Het Rijk geeft Gouda en Nijmegen € 50.000.", [None]),
    ],
)
def test_granted_to(with_municipalities, text, codes):
    assert link(with_municipalities, text, granted_to) == codes


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("Gemeente | Bedrag\nLelystad | € 12.000\nDronten | € 8.500", ["GM0995", "GM0303"]),
        ("Lelystad\t12.000 euro\t€ 5.000", ["GM0995", "GM0995"]),
        ("- Almere € 10.000", ["GM0034"]),
        ("Lelystad en Dronten | € 20.000", [None]),
        ("In Almere werd vorig jaar € 10.000 uitgegeven.", [None]),
    ],
)
def test_table_row(with_municipalities, text, codes):
    assert link(with_municipalities, text, table_row) == codes


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
    ],
)
def test_gapped(with_municipalities, text, codes):
    assert link(with_municipalities, text) == codes


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("De gemeente Gouda trekt er € 250.000 voor uit.", ["GM0513"]),
        ("Almere stelt voor de komende jaren € 1,2 miljoen beschikbaar.", ["GM0034"]),
        ("De gemeente Nijmegen krijgt voor de wijkaanpak € 90.000 toegekend.", ["GM0268"]),
        ("Utrecht trekt € 2 miljoen uit voor de aanpak van eenzaamheid.", ["GM0344"]),
        # The particle belongs to another verb, or the name is no subject.
        ("Utrecht trekt veel bezoekers; het Rijk geeft € 2 miljoen uit.", [None]),
        ("De provincie trekt voor Gouda € 250.000 uit.", [None]),
        ("Gouda en Almere trekken er € 250.000 voor uit.", [None]),
    ],
)
def test_separable_verb(with_municipalities, text, codes):
    assert link(with_municipalities, text) == codes


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
def test_second_object_of_the_same_verb(with_municipalities, text, codes):
    assert link(with_municipalities, text) == codes


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        (
            "Hierbij bevestig ik dat de gemeente Gouda voor het programma Gezond Opgroeien in de binnenstad een bijdrage van € 75.000 ontvangt.",
            ["GM0513"],
        ),
        # The verb does not close the clause right after the amount: the short gap applies.
        (
            "Ik meld dat de gemeente Gouda voor het programma Gezond Opgroeien in de binnenstad een bijdrage van € 75.000 later dit jaar ontvangt.",
            [None],
        ),
        (
            "Ik meld dat de gemeente Gouda voor het programma Gezond Opgroeien in de binnenstad een bijdrage van € 75.000 betaalt.",
            [None],
        ),
    ],
)
def test_verb_last_with_a_long_gap(with_municipalities, text, codes):
    assert link(with_municipalities, text) == codes


@pytest.mark.parametrize(
    "text",
    [
        "Utrecht, Amsterdam en Rotterdam delen € 3 miljoen.",
        "Het kabinet geeft € 3 miljoen uit; ook Utrecht doet mee.",
        "In Utrecht en Amsterdam is € 3 miljoen besteed.",
        "Naast Almere heeft het Rijk € 3 miljoen toegezegd aan gemeenten.",
    ],
)
def test_no_link_without_a_structural_cue(with_municipalities, text):
    assert link(with_municipalities, text) == [None]


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("Zo krijgt de gemeente Almere € 2 miljoen voor nieuwe woningen.", ["GM0034"]),
        ("In 2018 ontving Gouda een bijdrage van € 80.000.", ["GM0513"]),
        ("Daarnaast kreeg Nijmegen vorig jaar € 15.000 extra.", ["GM0268"]),
        # A comma or another clause between: not one clause.
        ("Zo krijgt Almere, net als eerder, € 2 miljoen.", [None]),
        ("Zo krijgt Almere de helft. Het Rijk houdt € 2 miljoen achter.", [None]),
        # The verb does not stand right before the name.
        ("Zo krijgt het Rijk van Almere € 2 miljoen terug.", [None]),
    ],
)
def test_receives_inverted(with_municipalities, text, codes):
    assert link(with_municipalities, text, receives_inverted) == codes


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("Klopt het dat de gemeente Gouda in 2018 € 40.000 minder ontving?", ["GM0513"]),
        ("Wij weten niet of Almere dit jaar ruim € 3 miljoen krijgt.", ["GM0034"]),
        # A main clause: the verb stands second, this shape is no subordinate clause.
        ("Almere heeft dit jaar € 3 miljoen uitgegeven aan wat het kreeg.", [None]),
        # No verb of receiving after the amount.
        ("Het is bekend dat Gouda € 40.000 heeft uitgegeven.", [None]),
    ],
)
def test_receives_verb_last(with_municipalities, text, codes):
    assert link(with_municipalities, text, receives_verb_last) == codes


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("De uitkering aan Gouda steeg in 2019 met € 20.000.", ["GM0513"]),
        ("De subsidie aan de gemeente Nijmegen bedraagt € 45.000.", ["GM0268"]),
        ("De brief aan Gouda noemt € 20.000.", [None]),
        ("De uitkering aan Gouda, zo blijkt, steeg met € 20.000.", [None]),
    ],
)
def test_payment_to(with_municipalities, text, codes):
    assert link(with_municipalities, text, payment_to) == codes


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("De gemeente Almere draagt zelf € 60.000 bij.", ["GM0034"]),
        ("Nijmegen legt daar € 25.000 bij.", ["GM0268"]),
        ("De gemeente Almere draagt de kosten van € 60.000.", [None]),
    ],
)
def test_contributes(with_municipalities, text, codes):
    assert link(with_municipalities, text, contributes) == codes


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        (
            "Namens de gemeente Gouda, mede namens de gemeenten Almere en Lelystad, vragen wij "
            "een subsidie van € 64.000 voor het project.",
            ["GM0513"],
        ),
        ("Namens de gemeente Gouda verzoek ik u om een bijdrage van € 8.000.", ["GM0513"]),
        # Another municipality between that is no co-applicant.
        ("Namens Gouda vragen wij of Nijmegen € 8.000 heeft gekregen.", [None]),
        # A group of applicants shares the amount; a co-applicant alone is not the applicant.
        ("Wij vragen namens Gouda en Nijmegen om € 8.000.", [None]),
        ("Mede namens de gemeente Gouda vragen wij € 8.000.", [None]),
        # No request in the sentence.
        ("Namens de gemeente Gouda melden wij dat de kosten € 8.000 bedragen.", [None]),
    ],
)
def test_on_behalf(with_municipalities, text, codes):
    assert link(with_municipalities, text, on_behalf) == codes


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
        # Without a distributive word the group shares the amount.
        ("Gouda en Nijmegen krijgen samen € 30.000.", [[]]),
        ("Gouda en Nijmegen krijgen € 30.000 elk.", [["GM0513", "GM0268"]]),
        ("Gouda en Nijmegen krijgen € 30.000 elk jaar.", [[]]),
        ("Gouda en Nijmegen krijgen € 30.000.", [[]]),
        # One municipality is no distribution.
        ("Gouda krijgt elk jaar € 30.000.", [[]]),
        # Another clause between the group and the amount.
        ("Gouda en Nijmegen doen mee. Zij krijgen elk € 30.000.", [[]]),
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


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        # A decision's infinitive of granting after 'aan X', before or after the amount.
        ("Wij besluiten aan de gemeente Almere een subsidie te verlenen van maximaal € 75.000.", ["GM0034"]),
        ("Wij besluiten aan Utrecht een bijdrage van € 75.000 toe te kennen.", ["GM0344"]),
        ("Wij besluiten aan Utrecht te laten weten dat € 75.000 nodig is.", [None]),
        ("Wij besluiten aan Gouda en Nijmegen een subsidie te verlenen van € 75.000.", [None]),
    ],
)
def test_granted_to_in_a_decisions_infinitive(with_municipalities, text, codes):
    assert link(with_municipalities, text, granted_to) == codes


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("Voor de gemeente Almere is € 650.000 gereserveerd.", ["GM0034"]),
        ("Ten behoeve van de gemeente Utrecht wordt een bedrag van € 420.000 beschikbaar gesteld.", ["GM0344"]),
        ("Voor Nijmegen is € 90.000 toegekend.", ["GM0268"]),
        # No participle of granting after the amount, or a group.
        ("Voor de gemeente Almere is € 650.000 extra nodig.", [None]),
        ("Voor Almere is € 650.000 een groot bedrag.", [None]),
        ("Voor Gouda en Nijmegen is € 90.000 gereserveerd.", [None]),
    ],
)
def test_reserved_for(with_municipalities, text, codes):
    assert link(with_municipalities, text, reserved_for) == codes


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("Het Rijk stelt € 600.000 beschikbaar ten behoeve van de gemeente Utrecht.", ["GM0344"]),
        ("De minister besluit € 600.000 te verlenen ten behoeve van de gemeente Almere.", ["GM0034"]),
        ("Er wordt € 150.000 uitgekeerd ten gunste van Gouda.", ["GM0513"]),
    ],
)
def test_amount_then_name_for_the_benefit_of(with_municipalities, text, codes):
    assert link(with_municipalities, text, amount_then_name) == codes


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("In 2022 heeft de gemeente Almere € 240.000 ontvangen.", ["GM0034"]),
        ("Daarom zal Utrecht in 2025 € 80.000 ontvangen.", ["GM0344"]),
        ("Daarom heeft Utrecht € 80.000 betaald.", [None]),
        ("In 2022 heeft de gemeente Almere € 240.000 uitgegeven.", [None]),
    ],
)
def test_receives_inverted_in_the_perfect(with_municipalities, text, codes):
    assert link(with_municipalities, text, receives_inverted) == codes


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        # A place: someone in or from the municipality receives or pays, not the municipality.
        ("Een stichting in de gemeente Almere kreeg daaruit € 30.000.", [None]),
        ("Scholen uit Utrecht krijgen € 2 miljoen.", [None]),
        ("Een vereniging in Gouda draagt € 5.000 bij.", [None]),
        ("Een club in Gouda stelt € 5.000 beschikbaar.", [None]),
        ("De gemeente Almere kreeg daaruit € 30.000.", ["GM0034"]),
    ],
)
def test_a_place_is_no_subject(with_municipalities, text, codes):
    assert link(with_municipalities, text) == codes


def test_every_rule_name_is_allowed_in_the_amounts_table():
    import json

    from pipeline.link.amounts import LINK_RULES
    from schemas.tables import AMOUNTS

    allowed = set(json.loads(AMOUNTS.field("link_rule").metadata[b"allowed"]))
    assert {rule.__name__ for rule in LINK_RULES} | {"distributed", "addressee"} <= allowed


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("De gemeente Gouda wordt € 95.000 toegekend voor schuldhulp.", ["GM0513"]),
        ("Almere werd vorig jaar € 40.000 uitgekeerd.", ["GM0034"]),
        ("De gemeente Nijmegen heeft recht op € 380.000.", ["GM0268"]),
        # X grants to someone else, or the participle is no grant.
        ("De gemeente Gouda heeft € 95.000 toegekend aan de stichting.", [None]),
        ("De gemeente Gouda wordt € 95.000 toegekend aan de stichting.", [None]),
        ("De gemeente Gouda is € 95.000 kwijtgeraakt.", [None]),
    ],
)
def test_receives_in_the_passive_and_by_right(with_municipalities, text, codes):
    assert link(with_municipalities, text, receives) == codes


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("Een bedrag van € 700.000 is bestemd voor de gemeente Lelystad.", ["GM0995"]),
        ("Daarnaast komt € 450.000 ten goede aan de gemeente Almere.", ["GM0034"]),
        ("In 2025 wordt € 1,2 miljoen uitgekeerd aan de gemeente Utrecht.", ["GM0344"]),
        ("Een bedrag van € 700.000 is nodig voor de gemeente Utrecht.", [None]),
    ],
)
def test_amount_then_name_after_an_auxiliary(with_municipalities, text, codes):
    assert link(with_municipalities, text, amount_then_name) == codes


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("Subsidieontvanger: Gemeente Almere\nRegeling: Impuls\nVerleend bedrag: € 145.000\nVoorschot: € 116.000",
         ["GM0034", "GM0034"]),
        ("Aanvrager\tgemeente Utrecht\nBedrag\t€ 86.300", ["GM0344"]),
        ("Verleend bedrag € 145.000\nOntvanger Gemeente Gouda", ["GM0513"]),
        # A blank line ends the block; another label names no recipient; two recipients.
        ("Subsidieontvanger: Gemeente Almere\n\nVerleend bedrag: € 145.000", [None]),
        ("Adres: Stadhuisplein 1, Almere\nVerleend bedrag: € 145.000", [None]),
        ("Aanvrager: Gemeente Almere\nMedeaanvrager: Gemeente Utrecht\nAanvrager: Gemeente Gouda\nBedrag: € 5.000",
         [None]),
        # A sentence is no line of a field block.
        ("Aanvrager: Gemeente Almere\nHet Rijk betaalt de provincie een bedrag van € 145.000 voor de aanpak.", [None]),
    ],
)
def test_recipient_field(with_municipalities, text, codes):
    assert link(with_municipalities, text, recipient_field) == codes


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("Regio Lelystad\t€\t1.200\t€\t1.300\t€\t1.400", ["GM0995", "GM0995", "GM0995"]),
        ("Utrecht/Almere Almere\t€ 1.200\t€ 1.300", ["GM0034", "GM0034"]),
        # Another municipality between, or running text.
        ("Almere\t€ 1.200\tUtrecht\t€ 1.300", ["GM0034", "GM0344"]),
        ("Almere ontving € 1.200 en daarna kreeg het Rijk € 1.300 terug van de provincie, zo bleek later uit de stukken.",
         ["GM0034", None]),
    ],
)
def test_same_row(with_municipalities, text, codes):
    assert link(with_municipalities, text) == codes


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("Indexering prijzen en lonen conform opgave gemeente Lelystad (3,2%)\t€ 389", [None]),
        ("3. (Tijdelijke) versterking toegang en regiefunctie JGZ Almere\t€ 700", [None]),
        ("Bijdrage gemeente Almere\t€ 700", ["GM0034"]),
        ("1. Gemeente Utrecht € 700", ["GM0344"]),
        ("Sportakkoord | Gemeente Gouda | € 310.000", ["GM0513"]),
    ],
)
def test_a_name_at_the_end_of_a_long_row_label_is_part_of_a_description(with_municipalities, text, codes):
    assert link(with_municipalities, text) == codes


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
def test_a_total_row_links_no_figure(with_municipalities, text, codes):
    assert link(with_municipalities, text) == codes


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        # The receiver fronted with 'aan', the finite verb of granting and its subject after it.
        ("Aan de gemeente Utrecht kennen wij € 1,2 miljoen toe.", ["GM0344"]),
        ("Aan Almere kent het college € 80.000 toe voor de bibliotheek.", ["GM0034"]),
        ("Aan Gouda is € 50.000 toegekend.", ["GM0513"]),
        # 'aan' a place, a grant verb too far: no link.
        ("Aan de rand van Gouda bouwen wij voor € 2 miljoen een school.", [None]),
    ],
)
def test_granted_to_a_fronted_receiver(with_municipalities, text, codes):
    assert link(with_municipalities, text) == codes


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("De gemeente Gouda betaalt een bijdrage van € 64.000.", ["GM0513"]),
        ("De gemeente Almere betaalt het grootste deel: € 7,6 miljoen.", ["GM0034"]),
        ("Nijmegen betaalde zelf € 35.000.", ["GM0268"]),
        # Inhabitants pay, not the municipality; a foundation in a town pays its own money.
        ("Inwoners van Utrecht betalen € 300 per jaar.", [None]),
        ("Een stichting in Gouda betaalt € 5.000.", [None]),
    ],
)
def test_a_municipality_that_pays(with_municipalities, text, codes):
    assert link(with_municipalities, text, contributes) == codes


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
    ],
)
def test_gapped_clauses_after_a_purpose_a_preposition_or_a_payer(with_municipalities, text, codes):
    assert link(with_municipalities, text) == codes


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("Gouda heeft voor de ringweg om ongeveer € 1 miljoen gevraagd.", ["GM0513"]),
        ("Klopt het dat de gemeente Almere € 5 miljoen heeft aangeboden?", ["GM0034"]),
    ],
)
def test_asked_and_offered(with_municipalities, text, codes):
    assert link(with_municipalities, text) == codes


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("Voor de grootste gemeente, Amsterdam, gaat het om ongeveer € 6,4 miljoen.", ["GM0363"]),
        ("Voor Gouda gaat het om € 31.000.", ["GM0513"]),
        # 'gaat het om' without a receiver before it: nobody's.
        ("In Gouda gaat het om € 31.000.", [None]),
    ],
)
def test_what_a_grant_comes_to_for_a_municipality(with_municipalities, text, codes):
    assert link(with_municipalities, text, reserved_for) == codes


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("De bijdrage van de provincie aan de gemeente Gouda, € 3,75 miljoen, is al openbaar.", ["GM0513"]),
        ("De uitkering aan Utrecht (€ 120.000) steeg.", ["GM0344"]),
        # A comma without a closing one: a new clause, not an apposition.
        ("De bijdrage aan Gouda, € 3,75 miljoen voor de provincie.", [None]),
    ],
)
def test_a_payment_to_in_apposition(with_municipalities, text, codes):
    assert link(with_municipalities, text, payment_to) == codes


def test_a_municipality_that_expects_to_receive(with_municipalities):
    assert link(with_municipalities, "Utrecht verwacht daaruit € 220.000 te ontvangen.", receives) == ["GM0344"]


@pytest.mark.parametrize("text", ["De gemeente Utrecht krijt fan de provinsje € 180.000 foar dorpshuzen.",
                                  "Utrecht kriget € 95.000."])
def test_a_frisian_verb_of_receiving_is_read_as_the_dutch_one(with_municipalities, text):
    assert link(with_municipalities, text) == ["GM0344"]


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("De gemeente Utrecht, die in dezelfde ronde een aanvraag deed, ontving wel € 95.000.", ["GM0344"]),
        ("De gemeente Gouda, waarvan veel inwoners het bad gebruiken, draagt € 40.000 per jaar bij.", ["GM0513"]),
        # A clause between commas that is no relative clause breaks the link.
        ("De gemeente Utrecht, zo meldt de provincie, ontving € 95.000.", [None]),
    ],
)
def test_a_relative_clause_after_the_name_leaves_it_the_subject(with_municipalities, text, codes):
    assert link(with_municipalities, text) == codes


def test_an_amount_promised_to_a_municipality(with_municipalities):
    text = "De provincie heeft een bijdrage van € 600.000 toegezegd aan de gemeente Utrecht."
    assert link(with_municipalities, text) == ["GM0344"]


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        # A project's row: the municipality column says where the project is.
        ("Dorpshuis De Kei\tAlmere\t€ 48.500", [None]),
        ("Klompenpad | Utrecht | € 22.750", [None]),
        # Numbers, codes, a province or 'Gemeente X' before or in the cell leave it the row's.
        ("12\tGM0034\tAlmere\t€ 48.500", ["GM0034"]),
        ("Flevoland\tAlmere\t€ 48.500", ["GM0034"]),
        ("Sportakkoord | Gemeente Gouda | € 310.000", ["GM0513"]),
        ("Almere\t€ 1.200\tUtrecht\t€ 1.300", ["GM0034", "GM0344"]),
    ],
)
def test_a_municipality_in_a_cell_after_the_rows_label_does_not_name_the_row(with_municipalities, text, codes):
    assert link(with_municipalities, text) == codes


@pytest.mark.parametrize(("text", "codes"), [
    ("In buurgemeente Utrecht kreeg basisschool De Regenboog vorig jaar nog € 80.000.", [None]),
    ("Ook de buurgemeente Utrecht krijgt € 95.000.", ["GM0344"]),
])
def test_a_neighbouring_municipality_is_named_as_a_municipality(with_municipalities, text, codes):
    assert link(with_municipalities, text) == codes


@pytest.mark.parametrize(("text", "codes"), [
    ("Zoals besproken vraagt de gemeente Utrecht de provincie om € 2,75 miljoen voor de boulevard.", ["GM0344"]),
    ("In januari vroeg Gouda het Rijk om € 400.000.", ["GM0513"]),
])
def test_an_inverted_verb_of_asking_links_its_subject(with_municipalities, text, codes):
    assert link(with_municipalities, text) == codes
