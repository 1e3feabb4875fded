"""The link rules of granting (pipeline.link.granting), with municipality spans put on the Doc by hand."""

from __future__ import annotations

import pytest

from pipeline.link.granting import granted_to, reserved_for


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
        # What the sum comes to for it in a year named inside the phrase.
        ("Voor Nijmegen komt de bijdrage over 2026 uit op € 118.400.", ["GM0268"]),
        ("Voor de gemeente Gouda gaat het in 2027 om ruim € 41.000.", ["GM0513"]),
        ("Voor Gouda gaat het in 2027 om een school van € 41.000.", [None]),
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
        # The receiver fronted with 'aan', the finite verb of granting and its subject after it.
        ("Aan de gemeente Utrecht kennen wij € 1,2 miljoen toe.", ["GM0344"]),
        ("Aan Almere kent het college € 80.000 toe voor de bibliotheek.", ["GM0034"]),
        ("Aan Gouda is € 50.000 toegekend.", ["GM0513"]),
        # 'aan' a place, a grant verb too far: no link.
        ("Aan de rand van Gouda bouwen wij voor € 2 miljoen een school.", [None]),
        # The purpose after the verb's subject, even naming another municipality; a relative clause on
        # the receiver before the verb, with what it asked.
        ("Aan de gemeente Gouda kennen wij voor de herinrichting van de Markt € 290.000 toe.", ["GM0513"]),
        ("Aan de gemeente Gouda kennen wij voor het fietspad naar Almere € 290.000 toe.", ["GM0513"]),
        ("Aan Almere, dat € 2,4 miljoen aanvroeg voor de tweede fase, kennen wij € 1,6 miljoen toe.",
         ["GM0034", "GM0034"]),
        ("Aan de rand van Gouda bouwen wij voor de school € 2 miljoen.", [None]),
        # A time fronted, the auxiliary before 'aan'; the participle right after the amount.
        ("Voor 2023 was aan de gemeente Gouda € 1.020.000 verleend.", ["GM0513"]),
        ("In 2023 is aan Almere € 80.000 toegekend voor de bibliotheek.", ["GM0034"]),
        ("Voor 2023 was aan de rand van Gouda € 1.020.000 verbouwd.", [None]),
    ],
)
def test_granted_to_a_fronted_receiver(linked, text, codes):
    assert linked(text) == codes


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("Voor de grootste gemeente, Amsterdam, gaat het om ongeveer € 6,4 miljoen.", ["GM0363"]),
        ("Voor Gouda gaat het om € 31.000.", ["GM0513"]),
        # What the figure named before comes to for X, and a sum that comes out for X.
        ("De overschrijding komt voor Gouda uit op € 412.000. Voor Almere is dat € 96.500.", ["GM0513", "GM0034"]),
        ("Voor de drie gemeenten samen is dat € 696.800.", [None]),
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
