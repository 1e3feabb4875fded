"""The link rules that read a clause (pipeline.link.clauses), with municipality spans put on the Doc by hand."""

from __future__ import annotations

import pytest

from pipeline.link.clauses import (
    amount_then_name,
    granted_to,
    on_behalf,
    possessive,
    received_by_the_document,
    received_in_relative,
    receives,
    receives_inverted,
    receives_verb_last,
    reserved_for,
)
from pipeline.link.mentions import LinkInput


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("Er gaat € 50.000 naar Almere.", ["GM0034"]),
        ("Het Rijk stelt € 50.000 beschikbaar voor de gemeente Utrecht.", ["GM0344"]),
        ("Er is € 50.000 (Rotterdam) toegekend.", ["GM0599"]),
        ("Er is € 50.000 voor Gouda en Nijmegen.", [None]),
        ("Er is € 50.000 voor de aanpak in Utrecht.", [None]),
        # The amount in apposition to its money noun, the verb of receiving after it.
        ("De grootste bijdrage, € 22,4 miljoen, gaat naar de gemeente Utrecht.", ["GM0344"]),
        ("In 2024, € 22,4 miljoen, gaat naar de gemeente Utrecht.", [None]),
    ],
)
def test_amount_then_name(linked, text, codes):
    assert linked(text, amount_then_name) == codes


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("De gemeente Almere ontvangt € 50.000.", ["GM0034"]),
        ("Utrecht krijgt in 2016 een bijdrage van € 75.000.", ["GM0344"]),
        ("Almere vraagt € 20.000 aan.", ["GM0034"]),
        # Money a municipality loses: a change in what it gets.
        ("Almere verliest half miljoen aan geld tegen onderwijsachterstand", ["GM0034"]),
        ("De stichting in Almere verliest € 20.000.", [None]),
        ("De gemeente Utrecht heeft € 75.000 ontvangen.", ["GM0344"]),
        ("Utrecht heeft € 75.000 extra gekregen.", ["GM0344"]),
        ("Utrecht heeft € 75.000 uitgegeven.", [None]),
        ("Gouda en Nijmegen krijgen € 80.000.", [None]),
        ("Utrecht heeft plannen ingediend en ontvangt € 75.000.", [None]),
        ("Utrecht ontvangt. Het Rijk betaalt € 75.000.", [None]),
        # The amount's own noun phrase does not count in the gap; adverbials do.
        ("Gouda ontvangt daarnaast in 2024 een incidentele aanvulling van € 1.250.000.", ["GM0513"]),
        ("Gouda ontvangt daarnaast in 2024 na het overleg met de stichting € 1.250.000.", [None]),
        # The role it receives in is no gap either.
        ("Gouda ontving voor 2020 als contactgemeente van de regio Midden-Holland een uitkering van € 721.028.",
         ["GM0513"]),
        ("Gouda ontvangt als penvoerder in 2024 een bijdrage van € 90.000.", ["GM0513"]),
    ],
)
def test_receives(linked, text, codes):
    assert linked(text, receives) == codes


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
        # A body refunds the municipality; a municipality refunding others is no receiver.
        ("De provincie vergoedt de gemeente Gouda daarvan € 5.672 uit de regeling.", ["GM0513"]),
        ("De gemeente Gouda vergoedt de inwoners daarvan € 50.", [None]),
    ],
)
def test_granted_to(linked, text, codes):
    assert linked(text, granted_to) == codes


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("De gemeente Gouda trekt er € 250.000 voor uit.", ["GM0513"]),
        ("Almere stelt voor de komende jaren € 1,2 miljoen beschikbaar.", ["GM0034"]),
        ("De gemeente Nijmegen krijgt voor de wijkaanpak € 90.000 toegekend.", ["GM0268"]),
        ("Utrecht trekt € 2 miljoen uit voor de aanpak van eenzaamheid.", ["GM0344"]),
        # The share a municipality must still find or pay itself: its money.
        ("De gemeente Gouda moest zelf nog 1,2 miljoen euro vinden.", ["GM0513"]),
        ("Almere moet voor de brug € 300.000 betalen.", ["GM0034"]),
        ("De stichting in Gouda moest zelf nog € 12.000 vinden.", [None]),
        # The particle belongs to another verb, or the name is no subject.
        ("Utrecht trekt veel bezoekers; het Rijk geeft € 2 miljoen uit.", [None]),
        ("De provincie trekt voor Gouda € 250.000 uit.", [None]),
        ("Gouda en Almere trekken er € 250.000 voor uit.", [None]),
        # Inversion after an adverbial: the finite verb right before the name.
        ("Naast de Regio Deal trok de gemeente Gouda zelf € 600.000 uit voor glasvezel.", ["GM0513"]),
        ("Daarnaast stelt Almere € 1,2 miljoen beschikbaar.", ["GM0034"]),
        ("Naast de Regio Deal trok de gemeente Gouda veel bezoekers; het Rijk gaf € 600.000 uit.", [None]),
        # What a municipality brings in itself to a project: its money.
        ("Gouda reserveert € 250.000 uit het eigen klimaatfonds.", ["GM0513"]),
        ("De gemeente Almere begrootte voor 2024 in totaal € 14,8 miljoen voor cultuur.", ["GM0034"]),
        ("De provincie draagt bij; de gemeente Gouda brengt zelf € 5.900.000 in.", ["GM0513"]),
        ("De stichting in Gouda brengt zelf € 12.000 in.", [None]),
        # A municipality buying a service of a joint body: its money, a hyphenated object before the particle.
        ("De gemeente Gouda neemt in 2026 voor € 64.500 het project Kansrijke Start Midden-Holland af.", ["GM0513"]),
        ("Zo neemt Almere voor € 96.000 extra uren jeugdgezondheidszorg af.", ["GM0034"]),
        ("De school in Gouda neemt voor € 5.000 extra lessen af.", [None]),
        # What a municipality collects (a tax's yield): its money.
        ("Gouda haalde vorig jaar € 1,7 miljoen aan toeristenbelasting op.", ["GM0513"]),
        ("De stichting in Gouda haalde € 12.000 op.", [None]),
    ],
)
def test_separable_verb(linked, text, codes):
    assert linked(text) == codes


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
        # A verb of paying last: the municipality pays, its money all the same (as 'X betaalt € Y').
        (
            "Ik meld dat de gemeente Gouda voor het programma Gezond Opgroeien in de binnenstad een bijdrage van € 75.000 betaalt.",
            ["GM0513"],
        ),
        # A verb that neither gives nor pays closes the clause: no link.
        (
            "Ik meld dat de gemeente Gouda voor het programma Gezond Opgroeien in de binnenstad een bijdrage van € 75.000 noemt.",
            [None],
        ),
    ],
)
def test_verb_last_with_a_long_gap(linked, text, codes):
    assert linked(text) == codes


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("Dat de gemeente Almere voor de extra inzet bij het opvangcentrum een aanvullende bijdrage van € 210.000 "
         "betaalt, vinden wij redelijk.", ["GM0034"]),
        ("Wij stemmen ermee in dat Gouda in 2026 € 45.000 extra bijdraagt.", ["GM0513"]),
        ("Het bestuur meldt dat de gemeenten Gouda en Almere samen € 90.000 betalen.", [None]),
        # The verb closes the clause before a colon, the amount spelling out its object.
        ("Voorwaarde is dat Gouda hetzelfde bedrag bijdraagt: € 60.000 over drie jaar.", ["GM0513"]),
        ("Wij bevestigen dat de gemeente Almere het volgende bedrag ontvangt: € 25.000.", ["GM0034"]),
        ("Voorwaarde is dat Gouda het plan uitvoert: € 60.000 is daarvoor nodig.", [None]),
        ("Wij weten dat Gouda meebetaalt aan de stichting, die zelf bijdraagt: € 60.000.", [None]),
        # The municipality is a place in the clause, or the verb is far from the amount: no link.
        ("Wij weten dat de stichting in Gouda een bijdrage van € 12.000 betaalt.", [None]),
        ("Wij weten dat de gemeente Gouda € 12.000 voor de huur van de sporthal van de stichting betaalt.", [None]),
        # An aside between commas after the name; the euro value in brackets after guilders.
        ("Wij nemen er kennis van dat de gemeente Gouda, gezien het regionale belang van het gebouw, "
         "f 20.000,-- (€ 9.075,60) bijdraagt.", ["GM0513"]),
        ("Wij weten dat de gemeente Gouda, die de grond levert, en de stichting samen € 9.000 bijdragen.", [None]),
        # Money paid into a fund ('storten'), in a relative clause on the payer.
        ("Gouda, dat als grootste deelnemer € 560.000 in het fonds stort, vraagt om fietsprojecten.", ["GM0513"]),
        ("De stichting in Gouda, die € 5.000 in het fonds stort, is tevreden.", [None]),
        # A separable verb of spending last: 'beschikbaar stelde', 'uittrok'.
        ("Wij wijzen u erop dat de gemeente Gouda in 2022 in een vergelijkbare situatie € 260.000 beschikbaar "
         "stelde voor tijdelijke lokalen.", ["GM0513"]),
        ("Bekend is dat Almere vorig jaar € 80.000 voor de brug uittrok.", ["GM0034"]),
        ("Wij weten dat de stichting in Gouda € 260.000 beschikbaar stelde.", [None]),
    ],
)
def test_pays_verb_last(linked, text, codes):
    assert linked(text) == codes


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
        # The money named, a colon, then its amount.
        ("Daarnaast krijgt de gemeente Gouda zelf een provinciale bijdrage: € 120.000 voor het dorpsplein.",
         ["GM0513"]),
        ("Daarnaast krijgt de gemeente Gouda een plan. Kosten: € 120.000.", [None]),
        # What a thing costs a municipality: the verb before it, X pays.
        ("Het leerlingenvervoer kost de gemeente Almere dit jaar zo'n € 3,4 miljoen.", ["GM0034"]),
        ("Het vervoer kost de inwoners van Almere € 40 per rit.", [None]),
    ],
)
def test_receives_inverted(linked, text, codes):
    assert linked(text, receives_inverted) == codes


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("Klopt het dat de gemeente Gouda in 2018 € 40.000 minder ontving?", ["GM0513"]),
        ("Wij weten niet of Almere dit jaar ruim € 3 miljoen krijgt.", ["GM0034"]),
        # 'waardoor' opens a subordinate clause as 'dat' does, its verb last.
        ("Het Rijk verlaagt het accres, waardoor Gouda in 2026 € 14,2 miljoen minder ontvangt.", ["GM0513"]),
        ("Het Rijk verlaagt het accres, waardoor de school in Gouda € 40.000 minder ontvangt.", [None]),
        # A main clause: the verb stands second, this shape is no subordinate clause.
        ("Almere heeft dit jaar € 3 miljoen uitgegeven aan wat het kreeg.", [None]),
        # No verb of receiving after the amount.
        ("Het is bekend dat Gouda € 40.000 heeft uitgegeven.", [None]),
        # A relative clause on the name: its pronoun the subject, the verb last.
        ("Waarom heeft de gemeente Gouda, die € 2,5 miljoen aanvroeg voor de Kanaalzone, niets gekregen?",
         ["GM0513"]),
        ("De stichting in Gouda, die € 40.000 ontving, is opgeheven.", [None]),
        ("De gemeente Gouda, die het project van € 40.000 uitvoert, is tevreden.", [None]),
        # Money it asked for and misses: turned down, still its amount.
        ("Klopt het dat de gemeente Gouda € 4,5 miljoen misloopt door een te late aanvraag?", ["GM0513"]),
        ("Klopt het dat de stichting in Gouda € 40.000 misliep?", [None]),
    ],
)
def test_receives_verb_last(linked, text, codes):
    assert linked(text, receives_verb_last) == codes


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
def test_on_behalf(linked, text, codes):
    assert linked(text, on_behalf) == codes


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
def test_granted_to_in_a_decisions_infinitive(linked, text, codes):
    assert linked(text, granted_to) == codes


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("Voor de gemeente Almere is € 650.000 gereserveerd.", ["GM0034"]),
        ("Ten behoeve van de gemeente Utrecht wordt een bedrag van € 420.000 beschikbaar gesteld.", ["GM0344"]),
        ("Voor Nijmegen is € 90.000 toegekend.", ["GM0268"]),
        # The years the money is for between the auxiliary and the amount.
        ("Voor Almere is voor 2025 tot en met 2027 € 45.000 per jaar gereserveerd.", ["GM0034"]),
        ("Voor Gouda is in 2026 € 45.000 gereserveerd.", ["GM0513"]),
        ("Voor Gouda is in 2026 € 45.000 te weinig.", [None]),
        # What its share rises by, an apposition after the name.
        ("Voor de gemeente Almere, de grootste deelnemer, stijgt de bijdrage met € 545.000.", ["GM0034"]),
        ("Voor Almere, de grootste stad, is de school € 545.000 duurder.", [None]),
        # No participle of granting after the amount, or a group.
        ("Voor de gemeente Almere is € 650.000 extra nodig.", [None]),
        ("Voor Almere is € 650.000 een groot bedrag.", [None]),
        ("Voor Gouda en Nijmegen is € 90.000 gereserveerd.", [None]),
        # Included in the allocation for it: 'opgenomen'.
        ("Voor Gouda is € 0 opgenomen.", ["GM0513"]),
        ("Voor Gouda is € 40.000 opgenomen in de begroting van de provincie.", ["GM0513"]),
        # A request pending for it.
        ("Voor Gouda is een aanvraag van € 180.000 in behandeling.", ["GM0513"]),
        # A subordinate clause: the auxiliary and the participle both after the amount.
        ("Uit de nota blijkt dat voor Gouda een aanvullend bedrag van circa € 1,1 miljoen is gereserveerd.",
         ["GM0513"]),
        ("Wij weten dat voor Almere € 650.000 wordt uitgekeerd.", ["GM0034"]),
        ("Wij weten dat voor Almere een bedrag van € 650.000 te hoog is.", [None]),
        ("Wij weten dat voor Almere de school van € 650.000 is gebouwd.", [None]),
    ],
)
def test_reserved_for(linked, text, codes):
    assert linked(text, reserved_for) == codes


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("Het Rijk stelt € 600.000 beschikbaar ten behoeve van de gemeente Utrecht.", ["GM0344"]),
        ("De minister besluit € 600.000 te verlenen ten behoeve van de gemeente Almere.", ["GM0034"]),
        ("Er wordt € 150.000 uitgekeerd ten gunste van Gouda.", ["GM0513"]),
    ],
)
def test_amount_then_name_for_the_benefit_of(linked, text, codes):
    assert linked(text, amount_then_name) == codes


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("In 2022 heeft de gemeente Almere € 240.000 ontvangen.", ["GM0034"]),
        ("Daarom zal Utrecht in 2025 € 80.000 ontvangen.", ["GM0344"]),
        ("Daarom heeft Utrecht € 80.000 betaald.", [None]),
        ("In 2022 heeft de gemeente Almere € 240.000 uitgegeven.", [None]),
    ],
)
def test_receives_inverted_in_the_perfect(linked, text, codes):
    assert linked(text, receives_inverted) == codes


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
def test_a_place_is_no_subject(linked, text, codes):
    assert linked(text) == codes


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
def test_receives_in_the_passive_and_by_right(linked, text, codes):
    assert linked(text, receives) == codes


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("Een bedrag van € 700.000 is bestemd voor de gemeente Lelystad.", ["GM0995"]),
        ("Daarnaast komt € 450.000 ten goede aan de gemeente Almere.", ["GM0034"]),
        ("In 2025 wordt € 1,2 miljoen uitgekeerd aan de gemeente Utrecht.", ["GM0344"]),
        ("Een bedrag van € 700.000 is nodig voor de gemeente Utrecht.", [None]),
    ],
)
def test_amount_then_name_after_an_auxiliary(linked, text, codes):
    assert linked(text, amount_then_name) == codes


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
def test_granted_to_a_fronted_receiver(linked, text, codes):
    assert linked(text) == codes


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("Gouda heeft voor de ringweg om ongeveer € 1 miljoen gevraagd.", ["GM0513"]),
        ("Klopt het dat de gemeente Almere € 5 miljoen heeft aangeboden?", ["GM0034"]),
    ],
)
def test_asked_and_offered(linked, text, codes):
    assert linked(text) == codes


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("Voor de grootste gemeente, Amsterdam, gaat het om ongeveer € 6,4 miljoen.", ["GM0363"]),
        ("Voor Gouda gaat het om € 31.000.", ["GM0513"]),
        # A municipality named as the instance of a kind ('een kleine gemeente als X') is the one it comes to.
        ("Voor een kleine gemeente als Gouda gaat het om € 230.000.", ["GM0513"]),
        ("Voor een gemeente als Gouda gaat het om € 230.000.", ["GM0513"]),
        ("Voor een kleine gemeente naast Gouda gaat het om € 230.000.", [None]),
        ("Voor de grootste gemeente, Amsterdam, komt het bedrag uit op ruim € 870.000.", ["GM0363"]),
        # A member's settlement with a joint body: what the year's account comes to for it.
        ("Voor de gemeente Gouda resulteert een verrekening van € 16.719 negatief.", ["GM0513"]),
        ("Voor Almere volgt een nabetaling van € 4.200.", ["GM0034"]),
        # 'gaat het om' without a receiver before it: nobody's.
        ("In Gouda gaat het om € 31.000.", [None]),
        # What a key or rate comes to for a municipality: 'komt dit neer op'.
        ("Voor Gouda komt dit neer op € 31.110.", ["GM0513"]),
        # A joint body's deficit shared out: the extra contribution it means for a member.
        ("Voor Gouda betekent dit een extra bijdrage van € 127.707 in 2024.", ["GM0513"]),
        ("In Gouda betekent dit een extra bijdrage van € 127.707.", [None]),
        ("In Gouda komt dit neer op € 31.110.", [None]),
        ("Bij de stichting in Gouda resulteert een verrekening van € 16.719.", [None]),
    ],
)
def test_what_a_grant_comes_to_for_a_municipality(linked, text, codes):
    assert linked(text, reserved_for) == codes


def test_what_a_key_comes_to_for_each_municipality_in_turn(linked):
    text = ("Voor Almere komt dit neer op € 31.110, voor Gouda € 20.570, voor Lelystad € 11.815 en "
            "voor Dronten € 25.245. De vier gemeenten brengen daarmee samen € 88.740 in.")
    assert linked(text) == ["GM0034", "GM0513", "GM0995", "GM0303", None]


def test_a_municipality_that_expects_to_receive(linked):
    assert linked("Utrecht verwacht daaruit € 220.000 te ontvangen.", receives) == ["GM0344"]


@pytest.mark.parametrize("text", ["De gemeente Utrecht krijt fan de provinsje € 180.000 foar dorpshuzen.",
                                  "Utrecht kriget € 95.000."])
def test_a_frisian_verb_of_receiving_is_read_as_the_dutch_one(linked, text):
    assert linked(text) == ["GM0344"]


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("De gemeente Utrecht, die in dezelfde ronde een aanvraag deed, ontving wel € 95.000.", ["GM0344"]),
        ("De gemeente Gouda, waarvan veel inwoners het bad gebruiken, draagt € 40.000 per jaar bij.", ["GM0513"]),
        # A clause between commas that is no relative clause breaks the link.
        ("De gemeente Utrecht, zo meldt de provincie, ontving € 95.000.", [None]),
        # A short apposition of what the municipality is or has.
        ("Twee voorbeelden. Almere, met 120.400 inwoners, ontvangt € 184.764.", ["GM0034"]),
        ("Gouda, de kleinste gemeente, ontvangt € 16.334.", ["GM0513"]),
        # ... but not a list in which the second name is another body.
        ("Gouda, de provincie en het Rijk ontvangen € 16.334.", [None]),
    ],
)
def test_a_relative_clause_after_the_name_leaves_it_the_subject(linked, text, codes):
    assert linked(text) == codes


def test_an_amount_promised_to_a_municipality(linked):
    text = "De provincie heeft een bijdrage van € 600.000 toegezegd aan de gemeente Utrecht."
    assert linked(text) == ["GM0344"]


@pytest.mark.parametrize(("text", "codes"), [
    ("In buurgemeente Utrecht kreeg basisschool De Regenboog vorig jaar nog € 80.000.", [None]),
    ("Ook de buurgemeente Utrecht krijgt € 95.000.", ["GM0344"]),
])
def test_a_neighbouring_municipality_is_named_as_a_municipality(linked, text, codes):
    assert linked(text) == codes


@pytest.mark.parametrize(("text", "codes"), [
    ("Zoals besproken vraagt de gemeente Utrecht de provincie om € 2,75 miljoen voor de boulevard.", ["GM0344"]),
    ("In januari vroeg Gouda het Rijk om € 400.000.", ["GM0513"]),
])
def test_an_inverted_verb_of_asking_links_its_subject(linked, text, codes):
    assert linked(text) == codes


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("De gemeente Gouda zelf ontvangt € 410.000 voor de kade.", ["GM0513"]),
        ("Utrecht zelf kreeg € 95.000.", ["GM0344"]),
    ],
)
def test_zelf_after_the_name_leaves_it_the_subject(linked, text, codes):
    assert linked(text, receives) == codes


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("Ik ken de gemeente Gouda een specifieke uitkering toe van € 1.086.000.", ["GM0513"]),
        ("Ik verleen de gemeente Utrecht een subsidie van € 95.000.", ["GM0344"]),
        # A verb that ends in the letters of one is no grant: 'danken'.
        ("Wij danken de gemeente Gouda voor € 5.000.", [None]),
    ],
)
def test_a_grant_verb_in_the_first_person_singular(linked, text, codes):
    assert linked(text, granted_to) == codes


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("Het resultaat gaat terug naar de gemeenten; voor de gemeente Gouda is het aandeel € 18.312 negatief.",
         ["GM0513"]),
        ("Voor Utrecht bedraagt de bijdrage € 64.000.", ["GM0344"]),
    ],
)
def test_a_participants_share(linked, text, codes):
    assert linked(text, reserved_for) == codes


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("Uit de stukken blijkt dat aan de gemeente Gouda een voorschot van € 1.450.000 is verleend.", ["GM0513"]),
        ("De provincie meldt dat aan Utrecht een extra bijdrage van € 60.000 wordt toegekend.", ["GM0344"]),
        # No participle of granting after the amount: none.
        ("Wij stellen vast dat aan Utrecht een tekort van € 60.000 is gebleken.", [None]),
        # The participle before the amount: 'aan X (is) een uitkering verleend van € Y'.
        ("Bij beschikking van 1 juni is aan de gemeente Gouda een specifieke uitkering verleend van € 186.000.",
         ["GM0513"]),
        ("Aan Utrecht is een subsidie toegekend van ten hoogste € 60.000.", ["GM0344"]),
        ("Aan Utrecht is een tekort gebleken van € 60.000.", [None]),
    ],
)
def test_granted_to_with_the_thing_granted_before_the_amount(linked, text, codes):
    assert linked(text, granted_to) == codes


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        # A decision's inversion: the grant verb, its subject, the receiver, what it is for, the grant.
        ("Op grond van artikel 3 van de regeling ken ik de gemeente Almere voor het project Stadshagen-Noord, "
         "fase 2, een specifieke uitkering toe van € 6.240.000.", ["GM0034"]),
        ("Hierbij verlenen wij de gemeente Gouda een subsidie van maximaal € 80.000.", ["GM0513"]),
        # A place named in the purpose, or no money granted between receiver and amount: none.
        ("Hierbij verleen ik de gemeente Almere voor het project in Gouda een subsidie van € 6.240.000.", [None]),
        ("Hierbij ken ik de gemeente Almere, gezien het advies, een tekort toe van € 6.240.000.", [None]),
        # A body as the subject after the verb, as a report tells it.
        ("In december 2020 kende het Rijk de gemeente Almere € 1.108.000 toe uit de regeling.", ["GM0034"]),
        ("In 2021 verleende de provincie de gemeente Gouda een subsidie van € 80.000.", ["GM0513"]),
        ("In december 2020 kende de stichting in Almere € 1.108.000 toe aan de school.", [None]),
    ],
)
def test_granted_to_after_an_inverted_grant_verb(linked, text, codes):
    assert linked(text, granted_to) == codes


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        # A relative clause that names another municipality between the subject and its verb.
        ("De gemeente Gouda, waarmee Utrecht de uitvoering deelt, ontving voor haar eigen deel € 310.000.",
         ["GM0513"]),
        ("De gemeente Gouda, waar Utrecht niets van wist, ontving € 5.000.", ["GM0513"]),
        # The name in a subordinate clause of its own is the subject there; a group shares.
        ("De gemeente Gouda stelt dat Utrecht € 5.000 ontving.", [None]),
        ("Gouda, waarmee Utrecht samenwerkt, en Almere ontvingen samen € 5.000.", [None]),
    ],
)
def test_a_relative_clause_naming_another_municipality(linked, text, codes):
    assert linked(text, receives) == codes


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("Zo ontvangt de gemeente Gouda, als penvoerder van de Regio Deal Midden-Holland, € 37,5 miljoen.",
         ["GM0513"]),
        # A modal before the name, the infinitive of paying or receiving after the amount.
        ("Voor de GALA-middelen moet Utrecht € 26.500 terugbetalen.", ["GM0344"]),
        ("Volgens het rapport mag de gemeente Gouda € 12.000 ontvangen.", ["GM0513"]),
        # Another subject after the name; the infinitive of another verb.
        ("Volgens Utrecht moet de provincie € 26.500 terugbetalen.", [None]),
        ("Daarom moet Utrecht € 26.500 besteden.", [None]),
        # The amount's own noun phrase, headed by a money noun, may be longer than a clause's gap.
        ("Van het Rijk ontvangt Gouda een vergoeding voor de frictiekosten van de herindeling van € 3.712.400.",
         ["GM0513"]),
        ("Van het Rijk ontvangt Gouda in 2025 een specifieke uitkering onderwijsachterstandenbeleid van € 3.862.410.",
         ["GM0513"]),
        # The role after the name, its region named in words of its own, is no gap.
        ("Voor educatie ontvangt de gemeente Gouda als contactgemeente van de arbeidsmarktregio Land van Cuijk in "
         "2025 € 2.946.300 van het Rijk.", ["GM0513"]),
        ("In 2018 ontving Gouda een bijdrage voor het project dat de provincie met het Rijk opzette van € 80.000.",
         [None]),
    ],
)
def test_inversion_after_an_apposition_or_a_modal(linked, text, codes):
    assert linked(text, receives_inverted) == codes


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("De gemeente Utrecht neemt geen toezicht meer af; haar plustakenbijdrage daalt daardoor met € 46.200.",
         ["GM0344"]),
        ("Gouda doet niet meer mee, dus zijn aandeel van € 12.000 vervalt.", ["GM0513"]),
        # An adjective before the money noun; a payment into the fund is the payer's.
        ("De gemeente Gouda heeft haar laatste storting van € 160.000 verschoven naar 2025.", ["GM0513"]),
        ("Almere zegt dat zijn grote zorg de kosten van € 5.000 zijn.", [None]),
        # Two municipalities, one not opening the sentence, none in the sentence.
        ("Utrecht en Gouda werken samen; haar bijdrage daalt met € 5.000.", [None]),
        ("Volgens de provincie past Utrecht niet; haar bijdrage daalt met € 5.000.", [None]),
        ("Utrecht doet mee. Zijn bijdrage daalt met € 5.000.", [None]),
    ],
)
def test_her_money_is_the_money_of_the_municipality_the_sentence_opens_with(linked, text, codes):
    assert linked(text, possessive) == codes


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("De algemene uitkering stijgt in 2026 met € 7,5 miljoen.", [True]),
        ("De decentralisatie-uitkeringen dalen niet. De integratie-uitkering daalt met € 330.000.", [True]),
        ("In 2019 is hiervan € 742.480 ontvangen.", [True]),
        # A budget estimates it, the fund named after it.
        ("De algemene uitkering uit het gemeentefonds is geraamd op € 77,8 miljoen.", [True]),
        ("De algemene uitkering wordt begroot op € 77,8 miljoen.", [True]),
        # The grant's short name and its year before the verb.
        ("De rijksbijdrage GOA voor 2002 bedraagt € 220.678.", [True]),
        ("De rijksbijdrage voor het project van de stichting bedraagt € 220.678.", [False]),
        ("De onroerendezaakbelasting is geraamd op € 4,1 miljoen.", [False]),
        # A comparison, the municipality's own taxes, another municipality named, a payment made.
        ("De uitkering per inwoner blijft lager dan het landelijk gemiddelde van € 1.410.", [False]),
        ("De onroerendezaakbelasting stijgt met € 1,5 miljoen.", [False]),
        ("De algemene uitkering van Utrecht stijgt met € 7,5 miljoen.", [False]),
        ("In 2019 is hiervan € 742.480 betaald.", [False]),
    ],
)
def test_money_the_document_municipality_receives_with_no_receiver_named(with_municipalities, text, expected):
    doc, _ = with_municipalities(text)
    links = LinkInput.of(doc)
    assert [received_by_the_document(links, s, e) for s, e in links.amounts] == expected


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("Wij stellen voor de gemeente Utrecht € 250.000 toe te kennen, minder dan gevraagd.", ["GM0344"]),
        ("Wij besluiten Gouda € 5.000 te verlenen.", ["GM0513"]),
        # A place, another verb.
        ("Wij besluiten de stichting in Utrecht € 5.000 toe te kennen.", [None]),
        ("Wij besluiten Utrecht € 5.000 te laten betalen.", [None]),
        # The grant named between the receiver and its amount, the infinitive before or after the amount.
        ("Ik heb besloten de gemeente Gouda voor de jaren 2025 tot en met 2027 een aanvullende uitkering toe te "
         "kennen van € 1,9 miljoen per jaar.", ["GM0513"]),
        ("Ik heb besloten de gemeente Gouda een aanvullende uitkering van € 1,9 miljoen toe te kennen.", ["GM0513"]),
        # ... not another verb, nor a place.
        ("Ik heb besloten de gemeente Gouda een aanvullende uitkering van € 1,9 miljoen te weigeren.", [None]),
        ("Ik heb besloten de stichting in Utrecht een subsidie toe te kennen van € 5.000.", [None]),
    ],
)
def test_the_indirect_object_of_an_infinitive_of_granting(linked, text, codes):
    assert linked(text, granted_to) == codes


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        # A verb of support before the name, 'met' (Frisian 'mei') before the amount.
        ("De provincie steunt de gemeente Utrecht met € 40.000.", ["GM0344"]),
        ("Provinsje stipet Almere mei € 1,2 miljoen foar de binnenstêd.", ["GM0034"]),
        ("Het Rijk ondersteunt Gouda met een bijdrage van € 75.000.", ["GM0513"]),
        # Frisian 'jouwe' (geven) with the municipality as indirect object.
        ("Deputearre Steaten jouwe de gemeente Almere € 1,2 miljoen.", ["GM0034"]),
        # The name is a place, or the municipality supports someone else: no link.
        ("Het Rijk steunt projecten in Utrecht met € 1 miljoen.", [None]),
        ("Utrecht steunt de stichting met € 5.000.", [None]),
    ],
)
def test_supported_with_or_given_in_frisian(linked, text, codes):
    assert linked(text, granted_to) == codes


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        # A relative clause after the subject names a village of its own: the subject receives.
        ("De gemeente Almere, waar het centrum in Utrecht staat, ontvangt een bijdrage van € 6,8 miljoen.",
         ["GM0034"]),
        ("Gouda, dat samenwerkt met Nijmegen, betaalt € 18.000 per jaar.", ["GM0513"]),
        # Without a relative clause the name before the amount is still the one read.
        ("Een stichting in Utrecht ontvangt € 20.000.", [None]),
    ],
)
def test_a_name_in_a_relative_clause_is_not_the_subject(linked, text, codes):
    assert linked(text) == codes


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        # An auxiliary and the participle close the subordinate clause: a longer gap is allowed.
        ("Klopt het dat de gemeente Gouda voor de veerhaven bij het dorp Oost om € 1,2 miljoen heeft gevraagd?",
         ["GM0513"]),
        # A participle that is no verb of receiving: no link.
        ("Klopt het dat de gemeente Gouda voor de veerhaven bij het dorp Oost om € 1,2 miljoen heeft gedacht?",
         [None]),
    ],
)
def test_the_verb_last_with_its_auxiliary(linked, text, codes):
    assert linked(text, receives_verb_last) == codes


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        # A relative clause after the amount names its receiver.
        ("Daarvan kwam € 1,3 miljoen uit de rijksmiddelen voor de energietoeslag, die de gemeente Gouda"
         " via het gemeentefonds ontving.", ["GM0513"]),
        ("Het gaat om € 400.000, dat Almere vorig jaar kreeg.", ["GM0034"]),
        # A restrictive clause without its comma, a year after the name.
        ("Van de € 6,3 miljoen die Almere in 2023 van het Rijk ontving, is een deel niet besteed.", ["GM0034"]),
        ("Van de € 6,3 miljoen die Almere in 2023 aan de stichting gaf, is een deel niet besteed.", [None]),
        # Without a comma the clause is the amount's only right after it, not a later noun's.
        ("De lasten van € 2.870.000 te dekken uit de vergoeding die de gemeente Almere van het Rijk ontvangt.", [None]),
        # After the amount's bracket, the receiver's role before the verb.
        ("Het bedrag is inclusief de middelen voor de opvang (€ 3.406.000) die Almere als centrumgemeente"
         " voor heel Flevoland ontvangt.", ["GM0034"]),
        ("De middelen (€ 3.406.000) die Almere als centrumgemeente aan de stichting doorgeeft.", [None]),
        # The clause names a place, another verb, or goes on after the verb: no link.
        ("Het gaat om € 400.000 voor een stichting, die in Almere subsidie kreeg.", [None]),
        ("Het gaat om € 400.000, die de gemeente Almere aan de stichting doorgaf.", [None]),
        ("Het gaat om € 400.000, dat Almere kreeg van de provincie Flevoland.", [None]),
        # The one who paid or granted it, the clause right after the amount, its year between.
        ("U wijst op de bijdrage van € 260.000 die de gemeente Gouda in 2022 verleende.", ["GM0513"]),
        ("Het bedrag van € 5.000, dat Almere betaalde, is hoog.", ["GM0034"]),
        ("De subsidie van € 5.000 die het Rijk de gemeente Gouda verleende, is op.", [None]),
    ],
)
def test_received_in_a_relative_clause(linked, text, codes):
    assert linked(text, received_in_relative) == codes


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        # What the grant is for between the receiver and the thing granted; a place in it is none.
        ("Wij delen u mee dat aan de gemeente Gouda voor de fietsroute naar Utrecht een bijdrage "
         "van € 28.000 is toegekend.", ["GM0513"]),
        ("Bekend is dat aan Almere voor de herinrichting van het plein een subsidie van € 40.000 is "
         "verleend.", ["GM0034"]),
        # No receiver after 'aan': the place in the purpose is not one.
        ("Aan Stichting Groen is voor het dorpshuis in Utrecht een bijdrage van € 5.000 toegekend.", [None]),
        ("Voor de fietsroute naar Utrecht is een bijdrage van € 28.000 toegekend.", [None]),
    ],
)
def test_granted_to_with_the_purpose_before_the_thing_granted(linked, text, codes):
    assert linked(text, granted_to) == codes


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        # The particle of a separable verb of paying before 'aan': the receiver follows.
        ("Eerder droegen wij € 40.000 bij aan de gemeente Gouda voor het afkoppelen.", ["GM0513"]),
        ("Wij keren € 5.000 uit aan Almere.", ["GM0034"]),
        # 'bij' as a place: no receiver.
        ("Wij bouwen voor € 40.000 een gemaal bij de gemeente Gouda.", [None]),
    ],
)
def test_amount_then_name_after_the_particle_of_paying(linked, text, codes):
    assert linked(text, amount_then_name) == codes
