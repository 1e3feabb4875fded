"""The link rules that read a clause (pipeline.link.clauses), with municipality spans put on the Doc by hand."""

from __future__ import annotations

import pytest

from pipeline.link.clauses import (
    amount_then_name,
    received_in_relative,
    receives,
    receives_inverted,
    receives_verb_last,
)


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
        ("Het waterschap betaalt de oevers; Almere legt zelf € 75.000 in voor het fietspad.", ["GM0034"]),
        ("Voor de nieuwe brug legde de gemeente Nijmegen vorig jaar € 2,6 miljoen in.", ["GM0268"]),
        ("De vereniging in Almere legt € 3.000 in.", [None]),
        # A municipality buying a service of a joint body: its money, a hyphenated object before the particle.
        ("De gemeente Gouda neemt in 2026 voor € 64.500 het project Kansrijke Start Midden-Holland af.", ["GM0513"]),
        ("Zo neemt Almere voor € 96.000 extra uren jeugdgezondheidszorg af.", ["GM0034"]),
        ("De school in Gouda neemt voor € 5.000 extra lessen af.", [None]),
        # What a municipality collects (a tax's yield): its money.
        ("Gouda haalde vorig jaar € 1,7 miljoen aan toeristenbelasting op.", ["GM0513"]),
        ("De stichting in Gouda haalde € 12.000 op.", [None]),
        # What it reclaims from residents: money it receives.
        ("Almere vordert 2,3 miljoen euro bijstand terug", ["GM0034"]),
        ("De gemeente Gouda vorderde bij 400 huishoudens € 520.000 terug.", ["GM0513"]),
        ("De stichting in Gouda vordert € 4.000 terug.", [None]),
        # What it takes from its reserve, falls short or loses: its money; the clause after may leave out the verb.
        ("De gemeente Gouda haalt € 800.000 uit de algemene reserve.", ["GM0513"]),
        ("Gouda komt ruim € 6 miljoen tekort, Almere € 5,4 miljoen.", ["GM0513", "GM0034"]),
        ("Bij de herverdeling gaat Almere er ruim € 3 miljoen op achteruit.", ["GM0034"]),
        ("De stichting in Gouda komt € 6.000 tekort.", [None]),
        # A loss it must write off on its land, money it must pay back: its money.
        ("De gemeente Lelystad moet € 8,2 miljoen afboeken op de grondexploitatie.", ["GM0995"]),
        ("Gouda boekte vorig jaar € 1,1 miljoen af op de voorraad grond.", ["GM0513"]),
        ("Almere moet € 26.500 terugbetalen aan het Rijk.", ["GM0034"]),
        ("De ontwikkelaar in Lelystad moet € 8,2 miljoen afboeken.", [None]),
        # The share a municipality takes on itself.
        ("Gouda neemt daarvan € 300.000 voor zijn rekening.", ["GM0513"]),
        ("De school in Gouda neemt daarvan € 3.000 voor haar rekening.", [None]),
        # What it adds to a loss-making service of its own, or puts into a project: its money.
        ("De gemeente Almere legt elk jaar ruim 240.000 euro toe op het zwembad.", ["GM0034"]),
        ("Gouda steekt de komende vijf jaar € 1,4 miljoen in de vernieuwing van de kades.", ["GM0513"]),
        ("Lelystad moet nog eens € 600.000 in de haven steken.", ["GM0995"]),
        ("De vereniging in Gouda legt € 8.000 toe op de kantine.", [None]),
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
        # What a municipality loses, last in the clause: money it pays.
        ("Klopt het dat de gemeente Almere € 95.000 extra kwijt is aan de telling?", ["GM0034"]),
        ("Uit de rekening blijkt dat Gouda vorig jaar € 41.000 kwijt was.", ["GM0513"]),
        ("Klopt het dat de stichting in Gouda € 9.000 kwijt is?", [None]),
        # A rate it charges, or money it gives another body: the municipality's money, in a clause or a main clause.
        ("Het tarief stijgt naar € 3,20, terwijl buurgemeente Gouda € 2,45 rekent.", [None, "GM0513"]),
        ("Ook Almere heft in 2025 € 2,80 per persoon per nacht.", ["GM0034"]),
        ("Het hotel in Gouda rekent € 95 per nacht.", [None]),
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
        # The plural subject of a headline: what they cost the municipality.
        ("Nieuwe raadsleden kosten Dronten ruim € 85.000", ["GM0303"]),
        ("De gekozen oplossingen kosten de inwoners van Dronten € 85.000.", [None]),
        # What a change saves a municipality, the verb before it.
        ("Het kabinet schrapt de korting; dat scheelt Almere € 3,7 miljoen per jaar.", ["GM0034"]),
        ("Dat scheelt de inwoners van Almere € 40 per jaar.", [None]),
        # The years it receives in, however long, are no gap between the subject and its money.
        ("Uit het gemeentefonds krijgt Lelystad in de jaren 2023 tot en met 2027 samen € 5.430.000.", ["GM0995"]),
        ("Zo ontvangt Dronten over de periode 2025-2028 in totaal ruim € 960.000.", ["GM0303"]),
        ("Zo ontvangt Dronten over de periode 2025-2028 na aftrek van de kosten voor het Rijk € 960.000.", [None]),
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
        # A subordinate clause's perfect, the participle between the amount and the recipient.
        ("Is het waar dat het Rijk € 3,1 miljoen heeft gereserveerd voor de gemeente Lelystad?", ["GM0995"]),
        ("Wij weten dat de provincies € 900.000 hebben toegezegd aan Almere.", ["GM0034"]),
        # The perfect's auxiliary without a participle is no grant: 'heeft ... voor' what it bought.
        ("Gouda weet dat Utrecht € 80.000 heeft voor Almere betaald.", [None]),
    ],
)
def test_amount_then_name_after_an_auxiliary(linked, text, codes):
    assert linked(text, amount_then_name) == codes


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("Gouda heeft voor de ringweg om ongeveer € 1 miljoen gevraagd.", ["GM0513"]),
        ("Klopt het dat de gemeente Almere € 5 miljoen heeft aangeboden?", ["GM0034"]),
    ],
)
def test_asked_and_offered(linked, text, codes):
    assert linked(text) == codes


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
        # The same in brackets.
        ("De gemeente Utrecht (361.000 inwoners) draagt € 1.126.000 bij.", ["GM0344"]),
        ("Almere (de grootste deelnemer) ontvangt € 48.200.", ["GM0034"]),
        # ... not a bracket that holds money, which is the name's amount.
        ("Gouda (€ 12.000) en Almere ontvangen samen € 30.000.", ["GM0513", None]),
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
        # What a municipality means to ask for, a range or a sum about which it is unsure.
        ("Naar verwachting wil Gouda hiervoor circa € 310.000 à € 340.000 aanvragen.", ["GM0513"]),
        ("Voor de tweede fase wilde de gemeente Utrecht € 58.000 aanvragen.", ["GM0344"]),
        ("Volgens de raming wil Utrecht € 58.000 uitgeven.", [None]),
        # Another subject after the name; the infinitive of another verb.
        ("Volgens Utrecht moet de provincie € 26.500 terugbetalen.", [None]),
        ("Daarom moet Utrecht € 26.500 besteden.", [None]),
        # The amount's own noun phrase, headed by a money noun, may be longer than a clause's gap.
        ("Van het Rijk ontvangt Gouda een vergoeding voor de frictiekosten van de herindeling van € 3.712.400.",
         ["GM0513"]),
        ("Van het Rijk ontvangt Gouda in 2025 een specifieke uitkering onderwijsachterstandenbeleid van € 3.862.410.",
         ["GM0513"]),
        # An adverb after the year, before the money noun.
        ("Als centrumgemeente ontvangt Gouda in 2024 daarnaast een decentralisatie-uitkering Vrouwenopvang van "
         "€ 11.248.000.", ["GM0513"]),
        ("Als centrumgemeente ontvangt Gouda in 2024 daarnaast voor de opvang van de hele regio en de buren € 11.248.000.",
         [None]),
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
        # A merged-away municipality named as such, what it brought in, and the next object after 'en'.
        ("In de reserve zit € 80.000 die de voormalige gemeente Gouda in 2019 stortte en € 20.000 die de "
         "voormalige gemeente Almere inbracht.", ["GM0513", "GM0034"]),
        ("In de reserve zit € 80.000 die de voormalige gemeente Gouda stortte en later aanvulde.", [None]),
    ],
)
def test_received_in_a_relative_clause(linked, text, codes):
    assert linked(text, received_in_relative) == codes


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
