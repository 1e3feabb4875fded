"""The link rules of paying and asking (pipeline.link.payments), with municipality spans put on the Doc by hand."""

from __future__ import annotations

import pytest

from pipeline.link.payments import asked_of, contributes, paid_out_to, payment_to, request_of


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("De uitkering aan Gouda steeg in 2019 met € 20.000.", ["GM0513"]),
        ("De subsidie aan de gemeente Nijmegen bedraagt € 45.000.", ["GM0268"]),
        ("De brief aan Gouda noemt € 20.000.", [None]),
        ("De uitkering aan Gouda, zo blijkt, steeg met € 20.000.", [None]),
        # A money noun for X, and 'die voor Y' after it in the same sentence.
        ("De algemene uitkering voor Gouda bedraagt in 2025 € 1.384.000, die voor Almere € 1.512.000.",
         ["GM0513", "GM0034"]),
        ("De school voor Gouda kost € 1.384.000, die voor Almere € 1.512.000.", [None, None]),
        # The fund it comes from between the noun and its receiver.
        ("In 2025 bedraagt de uitkering uit het gemeentefonds voor Gouda € 1.384.000.", ["GM0513"]),
        ("De bijdrage van de provincie voor Almere is € 40.000.", ["GM0034"]),
        ("Het gebouw uit het fonds voor Gouda kost € 1.384.000.", [None]),
        # The scheme's own name after the noun, capitalised; a lowercase word there ends the noun.
        ("Het Rijk heeft de integratie-uitkering Wmo voor Gouda met € 312.000 verhoogd.", ["GM0513"]),
        ("De decentralisatie-uitkering Vrouwenopvang voor Almere bedraagt € 1.200.000.", ["GM0034"]),
        ("De uitkering is hoger dan voor Gouda met € 312.000.", [None]),
    ],
)
def test_payment_to(linked, text, codes):
    assert linked(text, payment_to) == codes


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("De gemeente Almere draagt zelf € 60.000 bij.", ["GM0034"]),
        ("Nijmegen legt daar € 25.000 bij.", ["GM0268"]),
        ("De gemeente Almere draagt de kosten van € 60.000.", [None]),
        # Inversion after an adverbial: the verb before its subject.
        ("Daarnaast legt de gemeente Gouda zelf € 250.000 bij voor het onderzoekscentrum.", ["GM0513"]),
        ("Daarnaast legt de gemeente Gouda de kosten van € 250.000 vast.", [None]),
        ("Daarnaast legt de stichting in Gouda zelf € 250.000 bij.", [None]),
        # Charged by the writer, the one charged named after the amount.
        ("Hun bijdragen, samen € 172.049, brengen wij in 2016 bij Gouda in rekening.", ["GM0513"]),
        ("Het restant van € 12.000 wordt per kwartaal bij de gemeente Almere in rekening gebracht.", ["GM0034"]),
        ("Het restant van € 12.000 brengen wij bij de stichting in Gouda in rekening.", [None]),
        ("Het restant van € 12.000 wordt bij Gouda opgehaald.", [None]),
        # An agreement's cost for a party's account.
        ("Overschrijdingen tot een bedrag van € 500.000 komen voor rekening van de gemeente Gouda.", ["GM0513"]),
        ("Overschrijdingen tot een bedrag van € 500.000 komen voor rekening van de provincie en Gouda.", [None]),
        # A comparison set off by commas between the verb and the amount.
        ("Nijmegen betaalde, evenals in 2023, € 18.000 aan het jongerenwerk.", ["GM0268"]),
        ("De gemeente Almere betaalt, net als de provincie, € 7.500 mee.", ["GM0034"]),
        ("Almere betaalt, na overleg met de provincie, € 7.500 mee.", [None]),
    ],
)
def test_contributes(linked, text, codes):
    assert linked(text, contributes) == codes


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("De gemeente Gouda betaalt een bijdrage van € 64.000.", ["GM0513"]),
        ("De gemeente Almere betaalt het grootste deel: € 7,6 miljoen.", ["GM0034"]),
        ("Nijmegen betaalde zelf € 35.000.", ["GM0268"]),
        # 'vergoedt' with the one repaid as a pronoun: the subject pays.
        ("Gouda vergoedt haar daarvoor jaarlijks een bedrag van € 4.150.", ["GM0513"]),
        ("In Gouda vergoedt het fonds € 4.150 per woning.", [None]),
        # The perfect: the auxiliary before the amount, the participle of paying after it.
        ("Gouda heeft in 2024 € 30.000 extra ingelegd voor de pilot.", ["GM0513"]),
        ("Een stichting in Gouda heeft € 30.000 betaald.", [None]),
        ("Gouda heeft € 30.000 voor de pilot gevraagd.", [None]),
        # The perfect inverted after an adverbial: the auxiliary before the subject, the participle after the amount.
        ("Inmiddels heeft Gouda € 7,9 miljoen aan de aannemer betaald.", ["GM0513"]),
        ("Vorig jaar had de gemeente Almere € 60.000 in het fonds gestort.", ["GM0034"]),
        ("Inmiddels heeft Gouda € 7,9 miljoen van de aannemer gevraagd.", [None]),
        ("Heeft Gouda € 7,9 miljoen betaald?", [None]),
        # Inhabitants pay, not the municipality; a foundation in a town pays its own money.
        ("Inwoners van Utrecht betalen € 300 per jaar.", [None]),
        ("Een stichting in Gouda betaalt € 5.000.", [None]),
        # Adverbials before the amount's own noun phrase: the noun phrase is no gap.
        ("De gemeente Gouda betaalt in 2025 daarnaast een nagekomen bijdrage van € 86.400.", ["GM0513"]),
        ("De gemeente Gouda betaalt in 2025 en 2026 na de verhuizing van de post daarnaast € 86.400.", [None]),
    ],
)
def test_a_municipality_that_pays(linked, text, codes):
    assert linked(text, contributes) == codes


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("De bijdrage van de provincie aan de gemeente Gouda, € 3,75 miljoen, is al openbaar.", ["GM0513"]),
        ("De uitkering aan Utrecht (€ 120.000) steeg.", ["GM0344"]),
        # A comma without a closing one: a new clause, not an apposition.
        ("De bijdrage aan Gouda, € 3,75 miljoen voor de provincie.", [None]),
        # A member's contribution in apposition, where it stands after it.
        ("De jaarlijkse bijdrage van Gouda, € 84.300 in de begroting 2024, vervalt.", ["GM0513"]),
        ("De bijdrage van Almere, € 84.300 volgens de kadernota, blijft gelijk.", ["GM0034"]),
    ],
)
def test_a_payment_to_in_apposition(linked, text, codes):
    assert linked(text, payment_to) == codes


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("De aanvraag van Utrecht van € 6,3 miljoen is niet gehonoreerd.", ["GM0344"]),
        ("De aanvraag van de gemeente Gouda van € 140.000 aan te houden.", ["GM0513"]),
        ("Het verzoek van Almere om een bedrag van € 50.000 wijzen wij af.", ["GM0034"]),
        # A proposal asks as a request does, for any money noun.
        ("Het voorstel van de gemeente Gouda voor een bijdrage van € 15 miljoen honoreer ik niet.", ["GM0513"]),
        ("Het voorstel van Utrecht van € 2 miljoen is aangenomen.", ["GM0344"]),
        # A proposal of someone else about the municipality: none.
        ("Het voorstel van de minister voor Utrecht van € 2 miljoen is aangenomen.", [None]),
        # A request of someone else, or the name as a place: none.
        ("De aanvraag van een stichting in Gouda van € 40.000 is toegekend.", [None]),
        ("De kosten van Utrecht van € 6,3 miljoen zijn hoog.", [None]),
        # A member's share a penvoerder passes on, its amount right after the name.
        ("Het deel van de gemeente Gouda van € 24.000 wordt door u doorbetaald.", ["GM0513"]),
        # ... not money set aside within it for something else.
        ("Binnen het deel van de gemeente Gouda is € 75.000 gereserveerd voor het dorpshuis.", [None]),
        # What it is for, the amount in brackets after it.
        ("De aanvraag van Almere voor het Hoefkwartier (€ 12 miljoen gevraagd) wordt later beoordeeld.", ["GM0034"]),
        ("De aanvraag van Almere voor het Hoefkwartier (zie bijlage) kost € 12 miljoen.", [None]),
        # The amount in apposition after a comma, what it is for before the comma or not.
        ("De aanvraag van de gemeente Gouda, € 42.000 per jaar, is afgewezen.", ["GM0513"]),
        ("De aanvraag van Utrecht voor 2026, € 95.000 voor een nieuw dak, houden wij aan.", ["GM0344"]),
        # ... not an amount later in a clause of its own after the comma.
        ("De aanvraag van Almere voor het Hoefkwartier, waarvoor € 12 miljoen nodig is, volgt later.", [None]),
        ("De aanvraag van Utrecht is afgewezen, € 95.000 gaat naar de provincie.", [None]),
    ],
)
def test_a_municipalitys_request_is_its_amount(linked, text, codes):
    assert linked(text, request_of) == codes


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        # A municipality spending or handing out money, in a third party's report.
        ("De gemeente Gouda besteedde in 2023 € 4,2 miljoen aan minimaregelingen.", ["GM0513"]),
        ("Utrecht verstrekt een subsidie van € 185.000 aan Stichting Leergeld.", ["GM0344"]),
        ("De stichting in Utrecht besteedde € 40.000 aan sport.", [None]),
    ],
)
def test_a_municipality_spends(linked, text, codes):
    assert linked(text, contributes) == codes


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        # One subject, two verbs: the second, after 'en', pays.
        ("De gemeente Gouda huurt vanaf de opening twee dagdelen per week zaalruimte voor het"
         " bewegingsonderwijs en betaalt daarvoor € 18.000 per jaar aan onze gemeente.", ["GM0513"]),
        ("Almere neemt de helft van de bussen af en betaalt € 240.000.", ["GM0034"]),
        ("De gemeente Gouda huurt de zaal voor een school uit Lelystad en betaalt daarvoor € 9.000.", ["GM0513"]),
        # ... or contributes, its particle after the amount; without it the verb says no payment.
        ("Utrecht sluit zich aan bij de actie 'Samen lezen' en draagt daar € 45.000 aan bij.", ["GM0344"]),
        ("De gemeente Almere steunt het plan en legt er € 20.000 bij.", ["GM0034"]),
        ("De gemeente Almere steunt het plan en draagt € 20.000 uit als voorbeeld.", [None]),
        # A subordinate or relative clause brings another subject; a place is no subject.
        ("De gemeente Gouda meldt dat de stichting de zaal huurt en betaalt € 18.000.", [None]),
        ("Een school in Gouda huurt de zaal en betaalt € 18.000.", [None]),
    ],
)
def test_a_subject_shared_by_a_verb_of_paying(linked, text, codes):
    assert linked(text, contributes) == codes


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        # What a member pays into a joint body, or its change; 'die van X' after such a noun.
        ("De bijdrage van Gouda stijgt in 2026 met € 98.200 en die van Utrecht met € 74.900.",
         ["GM0513", "GM0344"]),
        ("Het aandeel van de gemeente Almere daalt met € 12.000.", ["GM0034"]),
        # A Frisian summary read as its Dutch equivalent.
        ("De bydrage fan de gemeente Almere wurdt € 88.900 leger.", ["GM0034"]),
        ("It rapport fan Gouda neamt € 20.000.", [None]),
        # 'die van X' without a share noun before it, or a report of X: no share.
        ("Die van Utrecht stijgt met € 74.900.", [None]),
        ("Het rapport van Gouda noemt € 20.000.", [None]),
    ],
)
def test_a_members_share_in_a_joint_body(linked, text, codes):
    assert linked(text, payment_to) == codes


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        # A region's money paid out to its penvoerder in the clause after the amount.
        ("De regio Achterhoek krijgt € 20 miljoen; de rijksbijdrage wordt uitgekeerd aan de gemeente Gouda, "
         "die als penvoerder optreedt.", ["GM0513"]),
        ("De regio krijgt € 4 miljoen, het bedrag wordt overgemaakt aan Almere.", ["GM0034"]),
        # Near misses: another amount named between, no paying out, the next sentence.
        ("Het project kost € 20 miljoen; de bijdrage van de provincie van € 5 miljoen wordt uitgekeerd aan Gouda.",
         [None, None]),
        ("De regio krijgt € 20 miljoen; de kosten worden gedragen door Gouda.", [None]),
        ("De regio krijgt € 20 miljoen. Het bedrag wordt uitgekeerd aan Gouda.", [None]),
    ],
)
def test_paid_out_to(linked, text, codes):
    assert linked(text, paid_out_to) == codes


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        # The subject promised, decided or offered to pay the amount: the infinitive of paying after it.
        ("De gemeente Gouda heeft op 23 januari toegezegd € 750.000 bij te dragen voor de uitrukpost.", ["GM0513"]),
        ("Almere heeft besloten € 40.000 mee te betalen.", ["GM0034"]),
        # Another subject in a clause of its own, or no infinitive of paying after the amount.
        ("De gemeente Gouda heeft toegezegd dat de stichting € 750.000 zal bijdragen.", [None]),
        ("De gemeente Gouda heeft toegezegd € 750.000 aan te vragen.", [None]),
        # Its share promised by name, the participle after the amount.
        ("Almere heeft een bijdrage van € 410.000 toegezegd, onder voorbehoud van haar begroting.", ["GM0034"]),
        ("De gemeente Gouda heeft inmiddels haar aandeel van € 75.000 schriftelijk toegezegd.", ["GM0513"]),
        # Not promised, or another's share in a clause of its own.
        ("Almere heeft een bijdrage van € 410.000 gekregen.", [None]),
        ("Almere heeft gemeld dat de provincie een bijdrage van € 410.000 heeft toegezegd.", [None]),
    ],
)
def test_a_municipality_that_promised_to_pay(linked, text, codes):
    assert linked(text, contributes) == codes


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        # The municipality asked to pay, by the one who asks.
        ("Wij vragen de gemeente Gouda om een bijdrage van € 180.000.", ["GM0513"]),
        ("Daarom vragen wij Gouda om een bijdrage van € 300.000 en Almere om € 75.000.", ["GM0513", "GM0034"]),
        # Near misses: the municipality is the one that asks; a place in the town.
        ("De gemeente Gouda vraagt de provincie om een bijdrage van € 50.000.", [None]),
        ("Wij vragen de stichting in Gouda om een bijdrage van € 5.000.", [None]),
    ],
)
def test_asked_of(linked, text, codes):
    assert [linked(text, asked_of)[0], *linked(text)[1:]] == codes
