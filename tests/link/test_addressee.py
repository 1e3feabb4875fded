"""An amount for 'uw gemeente' goes to the letter's addressee (pipeline.link.addressee)."""

from __future__ import annotations

import pytest

from pipeline.link.addressee import to_your_municipality
from pipeline.link.amounts import LinkInput
from pipeline.normalize.amounts import amount_facts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hierbij verleen ik uw gemeente een specifieke uitkering van € 125.000.", [True]),
        ("Uw gemeente ontvangt in 2024 een bedrag van € 80.000.", [True]),
        # Another municipality named between, another sentence, another amount first.
        ("Uw gemeente en de gemeente Utrecht ontvangen samen € 80.000.", [False]),
        # The names of a relative clause after 'uw gemeente' are not the receiver; a name after it is.
        ("Hierbij wordt aan uw gemeente, die namens Gouda, Bodegraven en Woerden als penvoerder optreedt, "
         "een uitkering verleend van € 500.000.", [True]),
        ("Hierbij wordt aan uw gemeente, die met Gouda samenwerkt, en aan de gemeente Utrecht een uitkering "
         "verleend van € 500.000.", [False]),
        ("Uw gemeente doet mee. De provincie betaalt € 80.000.", [False]),
        ("Uw gemeente krijgt € 10.000 en de provincie € 80.000.", [True, False]),
        ("De gemeente ontvangt € 80.000.", [False]),
        # 'u' is the addressee where it is granted or receives.
        ("Hierbij ken ik u een bedrag toe van € 80.000.", [True]),
        # The project's deficit or costs named after 'uw aanvraag' measure the project.
        ("Uit uw aanvraag blijkt een publiek tekort op het project van € 14.860.000.", [False]),
        ("In uw aanvraag zijn de totale kosten van het bouwplan begroot op € 2.400.000.", [False]),
        ("Uw aanvraag voor het project van € 300.000 is ontvangen.", [True]),
        # The sentence's subject is the project's measure; 'uw aanvraag' only says where it stands.
        ("De totale publieke onrendabele top van het project bedraagt volgens uw aanvraag € 23.500.000.", [False]),
        ("De kosten van het bouwplan zijn volgens uw aanvraag € 2.400.000.", [False]),
        ("De subsidie voor de kosten van het project bedraagt volgens uw aanvraag € 300.000.", [True]),
        ("Op grond van de regeling ontvangt u in 2025 € 80.000.", [True]),
        ("Wij verlenen u een subsidie van € 1.250.000.", [True]),
        ("Wij betalen u een voorschot van 80%, zijnde € 244.000, binnen vier weken.", [True]),
        ("Wij betalen uit dit budget ook de stichting; zij krijgt € 20.000.", [False]),
        # A water board repays the addressee for work done: 'vergoeden u', 'maken ... aan u over'.
        ("Wij vergoeden u daarvoor € 14,75 per afgehandeld verzoek.", [True]),
        ("Wij maken daarom € 19.352,00 aan u over onder vermelding van het kenmerk.", [True]),
        ("Wij vergoeden de stichting daarvoor € 14,75 per verzoek.", [False]),
        ("Hierbij informeer ik u dat het fonds € 80.000 bevat.", [False]),
        ("Zoals u weet, is € 80.000 beschikbaar.", [False]),
        # A time between the writer's verb of paying and the money; a writer who decides to contribute.
        ("Wij betalen binnen zes weken een voorschot van € 160.000.", [True]),
        ("Wij betalen binnen zes weken aan de stichting een voorschot van € 160.000.", [False]),
        ("Wij hebben besloten bij te dragen met 40% van de subsidiabele kosten, tot ten hoogste € 220.000.", [True]),
        ("Wij hebben besloten bij te dragen aan het project van de stichting, die € 220.000 kost.", [False]),
        # The part of the request refused, after a cap that is the addressee's too.
        ("Wij dragen niet meer bij. Dat is € 80.000 minder dan u vroeg.", [True]),
        ("De regeling kent een plafond van € 400.000. Dat is € 80.000 minder dan vorig jaar.", [False, False]),
        # The addressee's own share, 'u brengt in', 'draagt u bij'.
        ("U brengt zelf een cofinanciering in van € 1.450.000; de overige, € 150.000, komt van de corporatie.",
         [True, False]),
        ("Daarnaast draagt u € 40.000 bij aan de inrichting.", [True]),
    ],
)
def test_your_municipality_is_named_in_the_amounts_sentence(with_municipalities, text, expected):
    doc, _ = with_municipalities(text)
    links = LinkInput.of(doc)
    assert [to_your_municipality(links, s, e) for s, e in links.amounts] == expected


def test_an_amount_for_your_municipality_links_to_the_letters_addressee(with_municipalities, document_info):
    doc, page = with_municipalities("Hierbij verleen ik uw gemeente een uitkering van € 125.000. "
                                    "De provincie draagt € 20.000 bij.")
    info = document_info(doc_type="brief", addressee="Gemeente Almere t.a.v. het college")
    facts = amount_facts(doc, page, info)
    assert [(f.municipality_code, f.link_rule) for f in facts] == [("GM0034", "addressee"), (None, None)]
    # Without an addressee that names a municipality there is no link.
    assert [f.municipality_code for f in amount_facts(doc, page, document_info(doc_type="brief"))] == [None, None]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 'uw' with a money noun: the addressee's money.
        ("Ik heb uw specifieke uitkering over 2023 vastgesteld op € 512.340.", [True]),
        ("Uw voorschotten bedroegen in totaal € 540.000.", [True]),
        ("Uw brief gaat over een fonds van € 80.000.", [False]),
        # Reclaimed from it, after the amount or before it.
        ("Wij hebben een bedrag van € 58.400 van u teruggevorderd.", [True]),
        ("Het bedrag dat wij van u terugvorderen, wordt € 21.950.", [True]),
        # Its grant recalled in a relative clause, fixed in the perfect or again after a list of verbs.
        ("Wij hebben de subsidie die wij u op 2 maart 2022 verleenden (verleend: ten hoogste € 152.400) "
         "vastgesteld op € 94.000.", [True, True]),
        ("Wij verklaren uw bezwaar gegrond en stellen de subsidie opnieuw vast op € 130.450.", [True]),
        ("Het fonds dat wij u toonden, bevat € 80.000.", [False]),
        ("De uitkering bedraagt 30% van het tekort van het project, dat is vastgesteld op € 31.500.000.", [False]),
        ("Het tekort van het project is bij de aanvraag vastgesteld op € 31.500.000.", [False]),
        # A purpose between 'u' and the grant in the perfect.
        ("Bij besluit van 8 juni 2021 hebben wij u voor de aanleg van de fietsverbinding Meppel–Nijeveen een "
         "subsidie verleend van ten hoogste € 450.000.", [True]),
        # Its spending, as a ministry tells it.
        ("Uw uitgaven aan bijstand bedroegen over 2023 € 50.200.715.", [True]),
        # Its fund that another body holds: its balance and what is put into it.
        ("Het saldo van uw fonds bedraagt daarmee € 612.418,37.", [True]),
        # A board asks the college to pay.
        ("Wij vragen u een voorbereidingskrediet van € 275.000 al in 2025 beschikbaar te stellen.", [True]),
        ("Wij vragen de provincie een voorbereidingskrediet van € 275.000 beschikbaar te stellen.", [False]),
        ("De provincie vulde uw revolverend fonds in 2022 aan met € 250.000.", [True]),
        ("Het saldo van het fonds van de provincie bedraagt € 612.418,37.", [False]),
        ("De uitgaven van alle gemeenten bedroegen € 7,2 miljard.", [False]),
        # The receiver after the amount, in its clause.
        ("Het resterende bedrag van € 24.000 ontvangt u na de vaststelling.", [True]),
        ("Een bedrag van € 40.000 wordt aan uw gemeente toegekend.", [True]),
        ("Het verschil van € 27.660 vorder ik van u terug.", [True]),
        ("Het fonds bevat € 80.000, zoals u weet.", [False]),
        ("Het Rijk betaalt € 80.000 aan de gemeente Utrecht en niet aan uw gemeente.", [False]),
        ("Het fonds bevat € 80.000. U ontvangt daarvan niets.", [False]),
        ("De provincie geeft € 80.000 en € 20.000 ontvangt u.", [False, True]),
    ],
)
def test_your_municipality_by_a_money_noun_or_after_the_amount(with_municipalities, text, expected):
    doc, _ = with_municipalities(text)
    links = LinkInput.of(doc)
    assert [to_your_municipality(links, s, e) for s, e in links.amounts] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hierbij verleen ik een subsidie van € 75.000.", [True]),
        ("Wij kennen hierbij een bijdrage toe van maximaal € 75.000.", [True]),
        ("2. een voorschot te verlenen van € 60.000.", [True]),
        # A receiver is named, before or after the amount, or the grant has another object.
        # A share of the grant before the figure.
        ("Wij verlenen een voorschot van 80%, € 1.500.000.", [True]),
        ("Wij verlenen een voorschot van 80%, € 1.500.000 aan de stichting.", [False]),
        ("Hierbij verleen ik een subsidie van € 75.000 aan Stichting Buurtkracht.", [False]),
        ("3. aan Stichting Buurtkracht een subsidie te verlenen van € 5.000.", [False]),
        ("Wij verlenen de stichting een subsidie van € 5.000.", [False]),
        ("Het fonds verleent een subsidie van € 5.000.", [False]),
        # What the grant comes to, its share of the costs before it; the costs it is a share of are not it.
        ("De subsidiabele kosten zijn € 84.000. De subsidie bedraagt 40% daarvan, € 33.600.", [False, True]),
        ("De uitkering bedraagt € 12.750 per jaar.", [True]),
        ("De subsidie bedraagt 30% van de subsidiabele kosten van € 41.200.", [False]),
        ("De subsidie bedraagt € 9.000 en wordt betaald aan Stichting Molenzorg.", [False]),
    ],
)
def test_a_grant_without_a_named_receiver_goes_to_the_addressee(with_municipalities, text, expected):
    doc, _ = with_municipalities(text)
    links = LinkInput.of(doc)
    assert [to_your_municipality(links, s, e) for s, e in links.amounts] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A grant fixed at its final amount, the addressee's earlier advance, the rest paid out.
        ("Wij stellen de subsidie vast op € 187.450.", [True]),
        ("U ontving eerder een voorschot van € 150.000.", [True]),
        ("Het restant van € 37.450 maken wij binnen vier weken over op uw rekening.", [True]),
        ("Het voorschot wordt in drie jaarlijkse termijnen van € 640.000 betaald.", [True]),
        # A part of the grant paid first, its role named before the participle; and read at the
        # guilder figure whose euro value stands in brackets (a letter of 2001).
        ("Van de bijdrage wordt € 22.000 als voorschot betaald zodra het werk is aanbesteed.", [True]),
        ("Van de bijdrage wordt ƒ 50.000,-- (€ 22.689,01) als voorschot betaald.", [False, True]),
        # Paid to or by someone named, or no grant's money in the sentence: not the addressee's.
        ("Van de bijdrage wordt € 22.000 als voorschot betaald aan de aannemer.", [False]),
        ("Van de verkoop wordt € 22.000 als provisie betaald.", [False]),
        ("Het restant van € 37.450 maken wij over aan de stichting.", [False]),
        ("Het voorschot wordt in termijnen van € 640.000 betaald aan de stichting.", [False]),
        ("De bouw van € 5 miljoen wordt door de provincie betaald.", [False]),
        ("Gouda kreeg eerder een voorschot van € 150.000.", [False]),
        # The change against the grant named with its figure, the advance received in its role,
        # the rest paid after a time; a payer or receiver in that time is someone else's.
        ("Dit is € 12.550 lager dan het verleende bedrag van € 140.000, omdat de scan niet subsidiabel is.",
         [True, True]),
        ("U heeft reeds € 112.000 als voorschot ontvangen.", [True]),
        ("Het resterende bedrag van € 15.450 wordt binnen zes weken overgemaakt op uw rekening.", [True]),
        ("Het resterende bedrag van € 15.450 wordt binnen 6 weken overgemaakt.", [True]),
        ("Het resterende bedrag van € 15.450 wordt door de provincie binnen zes weken overgemaakt.", [False]),
        ("Het resterende bedrag van € 15.450 wordt aan de stichting overgemaakt.", [False]),
        ("De prijs is € 2.000 lager dan het verwachte bedrag van € 9.000.", [False, False]),
        # A threshold the granted sum is held against is no sum granted.
        ("Is de verleende subsidie € 125.000 of meer, dan voegt u een controleverklaring toe.", [False]),
        ("De stichting heeft reeds € 5.000 als voorschot ontvangen.", [False]),
    ],
)
def test_a_letters_settlement_goes_to_the_addressee(with_municipalities, text, expected):
    doc, _ = with_municipalities(text)
    links = LinkInput.of(doc)
    assert [to_your_municipality(links, s, e) for s, e in links.amounts] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The addressee asks, has asked, has paid or is asked to pay.
        ("Op 4 maart hebben wij uw aanvraag ontvangen. U vroeg om € 312.400.", [True]),
        ("U heeft op 20 januari een subsidie van € 150.000 aangevraagd voor het strand.", [True]),
        ("Uw aandeel bedraagt € 1.092.000, waarvan u in 2023 al € 400.000 heeft voldaan.", [True, True]),
        ("Wij verzoeken u het restant van € 692.000 vóór 1 december over te maken.", [True]),
        # A grant paid with no receiver named, also in instalments after a colon.
        ("Wij betalen een voorschot van € 230.120 binnen vier weken.", [True]),
        ("Wij betalen een voorschot van 80%, € 992.000, binnen vier weken.", [True]),
        ("De bijdrage wordt in twee termijnen betaald: € 96.000 na ondertekening en € 24.000 na vaststelling.",
         [True, True]),
        ("De uitkering wordt betaald in 2024 en 2025, elk jaar € 543.000.", [True]),
        ("De subsidie wordt uitgekeerd over drie jaar, per jaar € 100.000.", [True]),
        ("De school wordt gebouwd in 2024 en 2025, elk jaar € 543.000.", [False]),
        # A subordinate clause between 'uw' and the amount has a subject of its own.
        ("Wij wijzen uw aanvraag af, omdat het subsidieplafond van € 500.000 is bereikt.", [False]),
        ("Het verschil met uw aanvraag ontstaat doordat de kosten (€ 82.560) niet subsidiabel zijn.", [False]),
        # 'u' without a participle of asking, receiving or paying after the amount.
        ("U heeft gelezen dat het fonds € 80.000 bevat.", [False]),
        ("De provincie betaalt de kosten van € 80.000 aan Utrecht.", [False]),
        # Another body granted the addressee money: 'heeft u' and the participle after the amount.
        ("Het Waddenfonds heeft u voor hetzelfde project € 1.100.000 toegekend.", [True]),
        ("U heeft aan de stichting voor het dorpshuis € 40.000 verleend.", [False]),
    ],
)
def test_the_addressee_asks_pays_or_is_paid_with_no_receiver_named(with_municipalities, text, expected):
    doc, _ = with_municipalities(text)
    links = LinkInput.of(doc)
    assert [to_your_municipality(links, s, e) for s, e in links.amounts] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # An advance granted with 'verstrekken', the rest paid by the sender with no receiver named.
        ("Wij verstrekken u een voorschot van 90%, zijnde € 118.800.", [True]),
        ("Het restant van ten hoogste € 13.200 betalen wij na de vaststelling.", [True]),
        ("Het restant van € 13.200 betalen wij na de vaststelling aan u.", [True]),
        # Paid to someone named, or the sender's own purchase: not the addressee's.
        ("Het restant van € 13.200 betalen wij aan de aannemer.", [False]),
        ("Wij verstrekken de stichting een voorschot van € 5.000.", [False]),
    ],
)
def test_an_advance_supplied_and_the_rest_paid_by_the_sender(with_municipalities, text, expected):
    doc, _ = with_municipalities(text)
    links = LinkInput.of(doc)
    assert [to_your_municipality(links, s, e) for s, e in links.amounts] == expected


@pytest.mark.parametrize(
    ("opening", "expected"),
    [
        ("De bijdrage wordt in twee delen uitgekeerd:", [True, True, False]),
        ("Het voorschot wordt als volgt betaald:", [True, True, False]),
        # A sentence that points at the table below after the verb.
        ("De uitkering wordt betaald in twee delen, volgens het onderstaande schema.", [True, True, False]),
        ("De subsidie wordt uitgekeerd in de termijnen die hieronder staan.", [True, True, False]),
        # The addressee named as the receiver before the verb.
        ("De uitkering wordt in twee termijnen aan uw gemeente betaald:", [True, True, False]),
        ("Het voorschot wordt aan u in twee delen overgemaakt:", [True, True, False]),
        # ... but not one that says how it is paid without pointing at the table, nor one to someone named.
        ("De uitkering wordt betaald in twee delen.", [False, False, False]),
        ("De uitkering wordt betaald aan de stichting, volgens het onderstaande schema.", [False, False, False]),
        # Paid to someone named, or a table of costs: the instalments are not the addressee's.
        ("De bijdrage wordt aan de aannemer in twee delen betaald:", [False, False, False]),
        ("De kosten van het project zijn:", [False, False, False]),
        # A scan's gaps in the opening sentence read as tabs; a tabbed line that is no such sentence.
        ("\tHet voorschot wordt in twee\tdelen overgemaakt:", [True, True, False]),
        ("\tDe kosten van\thet project zijn:", [False, False, False]),
    ],
)
def test_a_table_of_the_grants_instalments_goes_to_the_addressee(with_municipalities, opening, expected):
    doc, _ = with_municipalities(f"{opening}\n\nDeel\tMoment\tBedrag\n1\tbij de start\t€ 45.000\n"
                                 "2\tna vaststelling\t€ 15.000\nTotaal\t\t€ 60.000\n")
    links = LinkInput.of(doc)
    assert [to_your_municipality(links, s, e) for s, e in links.amounts] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The euro value in brackets of a grant in guilders; paid into the addressee's account.
        ("Wij hebben besloten u een subsidie te verlenen van f 185.000,-- (€ 83.949,34).", [True]),
        ("Het voorschot van € 67.159,47 wordt in januari op uw rekening overgemaakt.", [True]),
        # A place in what the grant is for is no other receiver ('te' as old letters write it).
        ("Wij hebben besloten Uw gemeente voor de bouw van het centrum te Gouda een subsidie te verlenen van "
         "ten hoogste f 185.000,-- (€ 83.949,34).", [True]),
        ("Wij hebben besloten Uw gemeente en de gemeente Gouda een subsidie te verlenen van € 83.949.", [False]),
        ("Wij hebben besloten u voor de molen te Gouda een subsidie te verlenen van € 68.400.", [True]),
        ("Wij hebben besloten de gemeente Gouda een subsidie te verlenen van € 68.400.", [False]),
        # A sum in brackets that the sentence gives no one, and another's account.
        ("Het fonds bevat f 185.000,-- (€ 83.949,34).", [False]),
        ("De aannemer ontvangt € 5.000 op zijn rekening.", [False]),
        # The grant's sum paid in euro instead, with no receiver named.
        ("De subsidie wordt daarom in één keer betaald als € 22.689,01.", [True]),
        ("De bijdrage zal na de aanbesteding worden overgemaakt als EUR 15.882,31.", [True]),
        ("De bijdrage wordt betaald als eerste tranche van de regeling.", []),
        # Money the writer makes available, 'beschikbaar' after it, no receiver named.
        ("Verder stellen wij voor de inrichting van de leeszaal een bedrag van ten hoogste f 12.000,-- "
         "(€ 5.445,36) beschikbaar.", [True]),
        ("Wij stellen een bedrag van € 8.000 beschikbaar aan de stichting.", [False]),
        ("Wij stellen de gemeente Gouda een bedrag van € 8.000 beschikbaar.", [False]),
        ("Wij stellen een bedrag van € 8.000 vast.", [False]),
    ],
)
def test_the_addressees_grant_in_two_currencies_and_its_account(with_municipalities, text, expected):
    doc, _ = with_municipalities(text)
    links = LinkInput.of(doc)
    assert [to_your_municipality(links, s, e) for s, e in links.amounts] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The change of the addressee's contribution in the next sentence, also with guilders first.
        ("Voor uw gemeente komt de bijdrage uit op € 268.570. Dit is € 9.714 meer dan over 1999.", [True, True]),
        ("Voor uw gemeente komt de bijdrage uit op f 591.852,-- (EUR 268.570,73). Dit is f 21.408,-- "
         "(EUR 9.714,53) meer dan over 1999.", [True, True]),
        ("De totale bijdrage bedraagt € 1.001.231. Dit is € 9.714 meer dan over 1999.", [False, False]),
        # The contribution charged in instalments, to no one named; not charged to another.
        ("De bijdrage wordt in vier gelijke termijnen van € 67.142 in rekening gebracht.", [True]),
        ("De bijdrage wordt in vier termijnen van € 67.142 in rekening gebracht bij de provincie.", [False]),
    ],
)
def test_the_addressees_contribution_changed_or_charged(with_municipalities, text, expected):
    doc, _ = with_municipalities(text)
    links = LinkInput.of(doc)
    assert [to_your_municipality(links, s, e) for s, e in links.amounts] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A letter fixing a grant recalls it in the perfect, the participle before the amount.
        ("Bij besluit van 3 mei 2021 hebben wij u een subsidie verleend van ten hoogste € 240.000.", [True]),
        ("Wij hebben u een bijdrage toegekend van € 60.000 voor de speeltuin.", [True]),
        ("U heeft een voorschot ontvangen van € 216.000.", [True]),
        # The grant fixed with an adverb before 'vast op', and its change against the grant.
        ("Wij stellen de subsidie daarom vast op € 198.000. Dat is € 42.000 lager dan verleend.", [True, True]),
        # The grant raised to a new total, or lowered by a figure.
        ("Op uw verzoek verhoog ik deze uitkering tot € 190.000. Ik verlaag de subsidie met € 12.000.",
         [True, True]),
        # Someone else received the advance, or a foundation got the grant.
        # Fixed for a period named between the grant and 'vast op'; granted as a share of the costs with a cap.
        ("Ik stel de specifieke uitkering onderwijsachterstanden over het tijdvak 2019-2022 vast op € 812.400.",
         [True]),
        ("Bij besluit van 2 mei 2022 hebben wij u een subsidie verleend van 40% van de subsidiabele kosten, "
         "met een maximum van € 250.000.", [True]),
        # What the addressee receives in a clause of result, its verb last.
        ("Wij verrekenen dit met het voorschot, zodat u in maart 2025 € 42.000 ontvangt.", [True]),
        ("De stichting heeft een voorschot ontvangen van € 5.000.", [False]),
        ("Wij hebben de stichting een subsidie verleend van € 5.000.", [False]),
        ("Wij hebben de stichting een subsidie verleend van 40% van de kosten, met een maximum van € 5.000.",
         [False]),
        ("Wij verrekenen dit, zodat de stichting in maart € 4.000 ontvangt.", [False]),
        ("De prijzen liggen € 2.000 lager dan verwacht.", [False]),
        # The grant per year, then its sum after a comma; not the sum of what a foundation got.
        ("Hierbij ken ik u een uitkering toe van € 24.300 per jaar voor 2026 en 2027, in totaal € 48.600.",
         [True, True]),
        ("De stichting kreeg € 24.300 per jaar voor drie jaren, in totaal € 72.900.", [False, False]),
    ],
)
def test_the_addressees_grant_recalled_fixed_or_changed(with_municipalities, text, expected):
    doc, _ = with_municipalities(text)
    links = LinkInput.of(doc)
    assert [to_your_municipality(links, s, e) for s, e in links.amounts] == expected

@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The grant recalled with its legal ground between 'u' and the grant.
        ("Bij besluit van 2 mei 2022 hebben wij u op grond van de Subsidieregeling verkeer en vervoer "
         "een subsidie verleend van maximaal € 800.000 voor de brug.", [True]),
        # A body grants in the third person.
        ("Het bestuur van het Landschapsfonds verleent u een subsidie van € 410.000.", [True]),
        # The addressee asked for a rise, and the part of its request refused.
        ("Op 3 maart heeft u ons verzocht de bijdrage te verhogen met € 90.000.", [True]),
        ("Het verschil met uw aanvraag, € 20.000, kunnen wij niet toekennen.", [True]),
        # Near misses: a grant to a foundation in the same wording, a request someone else made.
        ("Bij besluit van 2 mei 2022 hebben wij op grond van de regeling de stichting een subsidie "
         "verleend van € 8.000.", [False]),
        ("Op 3 maart heeft de stichting ons verzocht de bijdrage te verhogen met € 9.000.", [False]),
        # What it asked for, the participle before the amount; the project's costs after 'uw' are no grant.
        ("Op 29 april heeft u een subsidie aangevraagd van € 350.000. De totale projectkosten bedragen volgens "
         "uw begroting € 1.175.000.", [True, False]),
    ],
)
def test_the_addressees_grant_with_its_ground_by_a_body_or_asked_to_change(with_municipalities, text, expected):
    doc, _ = with_municipalities(text)
    links = LinkInput.of(doc)
    assert [to_your_municipality(links, s, e) for s, e in links.amounts] == expected
