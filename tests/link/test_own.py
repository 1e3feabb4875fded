"""Money the writing municipality receives in its own document (pipeline.link.own)."""

from __future__ import annotations

import pytest

from pipeline.link.mentions import LinkInput
from pipeline.link.own import given_by_a_body, income_row, municipal_heading, to_ourselves
from pipeline.normalize.amounts import amount_facts


@pytest.mark.parametrize(
    ("text", "ours"),
    [
        ("Van de provincie Zeeland ontvangen wij uit de regeling Sportakkoord een subsidie van € 750.000.", [True]),
        ("Wij ontvangen van het ministerie € 120.000 voor de aanpak.", [True]),
        ("De aanvraag is ingediend; wij rekenen op € 1.020.000.", [True]),
        ("Wij rekenen op een bijdrage van € 80.000.", [True]),
        # Own costs and spending, an expected cost, a sentence that names a municipality: none.
        ("Wij betalen € 40.000 aan de stichting.", [False]),
        ("Wij krijgen te maken met een tekort van € 300.000.", [False]),
        ("Wij rekenen op kosten van € 50.000.", [False]),
        ("Wij ontvangen graag uw reactie. De kosten zijn € 50.000.", [False]),
        ("Van de gemeente Gouda ontvangen wij € 18.000 per jaar.", [False]),
        ("Wij ontvangen signalen dat de stichting € 20.000 tekortkomt.", [False]),
        # Another body gives 'ons': the writing municipality receives.
        ("De provincie Fryslân verstrekt ons een lening van € 5.000.000 uit het fonds.", [True]),
        ("De provincie verstrekt ons geen informatie over de kosten van € 5.000.000.", [False]),
        # ... in the perfect, the participle of granting after the amount.
        ("De provincie Fryslân heeft ons op 12 augustus een bijdrage van € 640.000 toegekend.", [True]),
        ("Het Rijk heeft ons in 2024 € 75.000 uitgekeerd.", [True]),
        ("De provincie heeft ons een factuur van € 640.000 gestuurd.", [False]),
        # A second thing received after 'en', with its giver before its amount.
        ("Daarnaast ontvingen wij een vergoeding uit het gemeentefonds van € 2.834.000 en een bijdrage van de "
         "provincie Noord-Holland van € 450.000.", [True, True]),
        # ... not one after a cost of our own, nor one a named municipality gives.
        ("Wij betalen € 40.000 aan de stichting en een bijdrage van de provincie van € 5.000.", [False, False]),
        ("Wij ontvangen € 20.000 van het Rijk en een bijdrage van de gemeente Gouda van € 5.000.", [True, False]),
        # Rent paid to us is our own income, a contribution is not.
        ("De hockeyclub huurt het veld en betaalt ons jaarlijks € 18.000 huur.", [False]),
        ("De hockeyclub betaalt ons vanaf 2026 een huur van € 18.000 per jaar.", [False]),
        ("De hockeyclub betaalt ons € 18.000 als bijdrage in de kosten van het veld.", [True]),
        # A contribution whose relative clause says another body pays it to us; rent so paid, or not paid, is none.
        ("Wij dekken die uit de jaarlijkse exploitatiebijdrage van € 35.000 die de stichting ons vanaf de opening "
         "betaalt.", [True]),
        ("Wij dekken die uit een huur van € 35.000 die de stichting ons vanaf de opening betaalt.", [False]),
        ("Wij rekenden op een bijdrage van € 35.000 die de stichting ons nu niet betaalt.", [False]),
        # What a grant brings in; a sale's yield is our own income.
        ("De specifieke uitkering sport (SPUK) levert naar verwachting € 1.340.000 op.", [True]),
        ("De rijksbijdrage bracht in 2024 € 500.000 op.", [True]),
        ("De verkoop van de grond levert naar verwachting € 1.340.000 op.", [False]),
        ("De specifieke uitkering sport levert naar verwachting € 1.340.000 meer werk.", [False]),
        # The perfect, its participle after the amount; not a cost in the perfect.
        ("De provincie Fryslân heeft ons op 14 mei 2024 € 600.000 toegekend uit de regeling.", [True]),
        ("De provincie Fryslân heeft ons op 14 mei 2024 € 600.000 gekost.", [False]),
        # The euro value in brackets of a sum in guilders is read where the guilders stand.
        ("Van het Rijk ontvingen wij in 2000 een voorschot van f 62 miljoen (€ 28,1 miljoen).", [True]),
        ("Wij betaalden in 2000 een voorschot van f 62 miljoen (€ 28,1 miljoen) aan de stichting.", [False]),
        # Another body's money set aside for the writer, the participle on either side of 'voor onze gemeente'.
        ("Het Rijk heeft € 1,9 miljoen voor onze gemeente gereserveerd.", [True]),
        ("Daarvan is € 310.000 toegekend aan onze gemeente.", [True]),
        ("Het college heeft € 1,9 miljoen voor onze gemeentelijke wegen gereserveerd.", [False]),
        ("Wij hebben € 1,9 miljoen voor onze gemeente uitgegeven.", [False]),
        # What the writer expects to receive, a range too; not what it expects to pay.
        ("Wij verwachten daarvoor uit de deal € 350.000 tot € 450.000 te ontvangen.", [True]),
        ("Wij verwachten daarvoor € 350.000 te betalen.", [False]),
        # Another body offers or agrees to pay 'ons': the infinitive of paying right before the amount.
        ("Het waterschap heeft toegezegd ons een vergoeding te betalen van f 96.000,-- (€ 43.563,27).", [True]),
        ("De ontwikkelaar is bereid ons eenmalig een bijdrage uit te keren van € 62.500.", [True]),
        ("Wij zijn bereid de stichting een vergoeding te betalen van € 62.500.", [False]),
    ],
)
def test_to_ourselves(with_municipalities, text, ours):
    doc, _ = with_municipalities(text)
    links = LinkInput.of(doc)
    assert [to_ourselves(links, s, e) for s, e in links.amounts] == ours


def test_own_receipt_only_in_the_municipalitys_own_document(with_municipalities, document_info):
    text = ("Van de provincie ontvangen wij een subsidie van € 750.000. Wij betalen € 40.000 aan de stichting."
            " De gemeente Gouda huurt de zaal en betaalt daarvoor € 18.000 per jaar aan onze gemeente.")
    doc, page = with_municipalities(text)
    own = amount_facts(doc, page, document_info(sender="Gemeente Utrecht"))
    assert [(f.municipality_code, f.link_rule) for f in own] == [
        ("GM0344", "own_receipt"), (None, None), ("GM0513", "contributes")]
    other = amount_facts(doc, page, document_info(sender="Provincie Utrecht"))
    assert [f.municipality_code for f in other] == [None, None, "GM0513"]


_FINANCING = ("Dekking\tBedrag\nSubsidie provincie Zeeland (Sportakkoord)\t€ 750.000\n"
              "Rijksbijdrage SPUK Sportaccommodaties\t€ 1.020.000\nOnttrekking reserve sport\t€ 1.500.000\n"
              "Totaal\t€ 3.270.000\n")


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        # Another body's money in a financing table; the municipality's own means and the total not.
        (_FINANCING, [True, True, False, False]),
        # A table of costs, or the same label in running text: no income row.
        (_FINANCING.replace("Dekking", "Kosten"), [False, False, False, False]),
        ("De rijksbijdrage SPUK bedraagt € 1.020.000.", [False]),
        # A header that says what is financed, and a loan from the province.
        ("Financiering renovatie\tBedrag\nLening provincie Fryslân\t€ 5.000.000\nReserve sport\t€ 1.400.000\n",
         [True, False]),
        ("Kosten renovatie\tBedrag\nLening provincie Fryslân\t€ 5.000.000\n", [False]),
        # The header states its unit in brackets.
        ("Dekking (bedragen in euro)\tRaming\nBijdrage stichting Sportfonds Oss\t40.000\n"
         "Reserve sport\t1.400.000\n", [True, False]),
        # The giver alone names the row: the province, the water board.
        ("Financiering centrum Epen\tBedrag\nProvincie Limburg, Vitale Kernen\t€ 1.150.000\n"
         "Waterschap Limburg\t€ 310.000\nReserve centrumplan\t€ 480.000\nTotaal\t€ 1.940.000\n",
         [True, True, False, False]),
        # A column of the money's source ('Bron') heads a financing table too.
        ("Bron\tBedrag (€)\nProvincie Drenthe, Drentse Taalaanpak\t60.000\nGemeente, algemene middelen\t185.000\n",
         [True, False]),
        # A column headed by the financing source as one word, and an EU fund's row: the fund pays the municipality.
        ("Financieringsbron\tBedrag (€)\nEFRO (OP Zuid)\t1.850.000\nESF+\t200.000\n"
         "Gemeente Helmond (reserve Strategische Investeringen)\t1.250.000\nTotaal\t3.300.000\n",
         [True, True, False, False]),
        ("Kostensoort\tBedrag (€)\nEFRO-projectleiding\t120.000\n", [False]),
        # A water board's contribution, named as one.
        ("Dekking\tBedrag\nBijdrage Hoogheemraadschap HHNK\t€ 115.000\nOnttrekking reserve\t€ 1.495.000\n",
         [True, False]),
        # 'Baten' as a section's label on a line of its own, under the costs; an insurer pays as a body does.
        ("\tBedrag\nLasten\nBijdrage Stichting Slachtofferhulp\t40.000\nTotaal lasten\t40.000\nBaten\n"
         "Bijdrage Stichting Rampenfonds\t25.000\nUitkering verzekeraars\t12.000\nTotaal baten\t37.000\n",
         [False, False, True, True, False]),
        # ... not a label right under the header, with no section of rows above it.
        ("\tBedrag\nDekking\nBijdrage Stichting Rampenfonds\t25.000\nTotaal\t25.000\n", [False, False]),
    ],
)
def test_income_row(annotate_text, text, rows):
    doc, _ = annotate_text(text)
    links = LinkInput.of(doc)
    assert [income_row(links.text, s) for s, _ in links.amounts] == rows


def test_a_gift_to_the_writing_municipality(with_municipalities, document_info):
    # 'schenkt' is a verb of granting: the one it is given to receives, not the giver.
    for text, code in [("Stichting Sportfonds Zuid schenkt de gemeente € 40.000 voor de tribune.", "GM0344"),
                       ("Stichting Sportfonds Zuid schenkt de gemeente Gouda € 40.000 voor de tribune.", "GM0513"),
                       ("De gemeente schenkt de stichting € 40.000 voor de tribune.", None)]:
        doc, page = with_municipalities(text)
        facts = amount_facts(doc, page, document_info(sender="Gemeente Utrecht"))
        assert [f.municipality_code for f in facts] == [code]


def test_a_row_naming_the_writer_as_a_bare_de_gemeente_is_its_own_share(with_municipalities, document_info):
    text = ("Omschrijving\tEUR\nTotaal krediet\t385.713\nBijdrage provincie\t-90.756\n"
            "Ten laste van de gemeente\t238.235\n")
    doc, page = with_municipalities(text)
    facts = amount_facts(doc, page, document_info(sender="Gemeente Utrecht"))
    assert [f.municipality_code for f in facts] == [None, "GM0344", None]
    # In a sentence 'de gemeente' stays the writer that receives.
    doc, page = with_municipalities("Van het Rijk ontvangt de gemeente € 40.000.")
    assert [f.municipality_code for f in amount_facts(doc, page, document_info(sender="Gemeente Utrecht"))] == [
        "GM0344"]


def test_the_writers_own_row_of_its_financing_table_is_its_own_means(with_municipalities, document_info):
    text = ("Financiering centrum\tBedrag\nProvincie Zeeland\t€ 1.150.000\nGemeente Utrecht\t€ 480.000\n"
            "Gemeente Gouda\t€ 60.000\nTotaal\t€ 1.690.000\n")
    doc, page = with_municipalities(text)
    own = amount_facts(doc, page, document_info(sender="Gemeente Utrecht"))
    # The province's money is the writer's income, its own row none, another member's row its own.
    assert [f.municipality_code for f in own] == ["GM0344", None, "GM0513", None]
    # In a third party's document each municipal row keeps its code.
    other = amount_facts(doc, page, document_info(sender="Provincie Utrecht"))
    assert [f.municipality_code for f in other] == [None, "GM0344", "GM0513", None]


@pytest.mark.parametrize(
    ("text", "given"),
    [
        # The province or the Rijk contributes, also through an agency, the euro value in brackets.
        ("De provincie Fryslân draagt € 99.831 bij uit het monumentenfonds.", [True]),
        ("Het Rijk draagt via de Rijksdienst voor de Monumentenzorg f 235.000,-- (€ 106.638,43) bij.", [True]),
        # A foundation contributes, the province pays for something else, a municipality is named.
        ("De stichting draagt € 40.000 bij.", [False]),
        ("De provincie draagt de kosten van € 40.000.", [False]),
        ("De provincie draagt € 40.000 bij aan de gemeente Gouda.", [True]),
        ("Met Gouda draagt de provincie € 40.000 bij.", [False]),
        # The body's contribution before a colon, and the verb last in a relative clause on the body.
        ("Ook het waterschap betaalt mee: € 180.000.", [True]),
        ("Wij zijn het eens met de provincie Fryslân, die € 450.000 (bijna een miljoen gulden) bijdraagt uit het"
         " fonds.", [True, False]),
        ("Ook de stichting betaalt mee: € 180.000.", [False]),
        ("Wij zijn het eens met de provincie Fryslân, die € 450.000 heeft gereserveerd.", [False]),
        ("Ook het waterschap betaalt mee aan Gouda: € 180.000.", [False]),
        # The body's clause after a colon; a water board by its Frisian name.
        ("Wetterskip Fryslân betaalt daarom mee: het Wetterskip draagt € 310.000 bij in de kosten.", [True]),
        ("De kosten zijn hoog: de stichting draagt € 310.000 bij in de kosten.", [False]),
        # Its verb first after a clause of condition.
        ("Valt de aanbesteding hoger uit, dan draagt het waterschap tot maximaal € 60.000 extra bij.", [True]),
        ("Valt de aanbesteding hoger uit, dan draagt de stichting tot maximaal € 60.000 extra bij.", [False]),
        # Two bodies give together; two foundations, or a body and a municipality, do not give to the writer.
        ("Het Rijk en de provincie Fryslân dragen samen € 24 miljoen bij via de Regio Deal.", [True]),
        ("De stichting en de vereniging dragen samen € 24 miljoen bij.", [False]),
        ("De provincie en Gouda dragen samen € 24 miljoen bij.", [False]),
        # A water board by its name of several words, without article; a province that pays along.
        ("Waterschap Drents Overijsselse Delta draagt € 420.000 bij aan de nieuwe kademuur.", [True]),
        ("De provincie Overijssel betaalt € 800.000 mee uit het programma Vitale Binnensteden.", [True]),
        ("De stichting Oude Kade betaalt € 800.000 mee.", [False]),
        ("De provincie Overijssel betaalt € 800.000 voor de weg.", [False]),
    ],
)
def test_a_body_that_contributes_gives_to_the_writing_municipality(with_municipalities, text, given):
    doc, _ = with_municipalities(text)
    links = LinkInput.of(doc)
    assert [given_by_a_body(links, s, e) for s, e in links.amounts] == given


def test_what_the_writer_pays_itself_is_its_own_cost(with_municipalities, document_info):
    text = ("De bijdrage van Utrecht stijgt in 2026 met € 146.000. De gemeente Utrecht trekt € 80.000 uit. "
            "Utrecht krijgt € 50.000 toegekend. Gouda betaalt € 3.870.000.\n\n"
            "Gemeente\tBijdrage 2025\nGouda\t1.098\nUtrecht\t4.271\nTotaal\t5.369\n")
    doc, page = with_municipalities(text)
    own = amount_facts(doc, page, document_info(sender="Gemeente Utrecht"))
    # Its share and its row of contributions none; its spending (as a project's co-financing), what
    # it receives and what another member pays keep their codes.
    assert [f.municipality_code for f in own] == [None, "GM0344", "GM0344", "GM0513", "GM0513", None, None]
    other = amount_facts(doc, page, document_info(sender="Provincie Utrecht"))
    assert [f.municipality_code for f in other] == ["GM0344", "GM0344", "GM0344", "GM0513", "GM0513", "GM0344", None]


def test_the_writers_own_name_in_a_giver_s_name_does_not_block_its_receipt(with_municipalities, document_info):
    text = "Van het Nationaal Programma Utrecht ontvangen wij € 8,4 miljoen voor de dorpen."
    doc, page = with_municipalities(text)
    assert [f.municipality_code for f in amount_facts(doc, page, document_info(sender="Gemeente Utrecht"))] == [
        "GM0344"]
    # Another municipality named there still may be the giver.
    text = "Van het Nationaal Programma Gouda ontvangen wij € 8,4 miljoen voor de dorpen."
    doc, page = with_municipalities(text)
    assert [f.municipality_code for f in amount_facts(doc, page, document_info(sender="Gemeente Utrecht"))] == [
        None]


def test_a_reserve_row_of_the_writers_own_financing_table_is_its_own_means(with_municipalities, document_info):
    text = ("Dekking\tBedrag\nBijdrage provincie\t€ 600.000\nReserve binnenstad Gouda\t€ 415.000\n"
            "Totaal\t€ 1.015.000\n")
    doc, page = with_municipalities(text)
    own = amount_facts(doc, page, document_info(sender="Gemeente Utrecht"))
    assert [f.municipality_code for f in own] == ["GM0344", None, None]


def test_a_project_of_the_writers_own_named_with_it_in_its_own_table_is_its_own_money(with_municipalities,
                                                                                       document_info):
    text = ("Bedragen in euro\n\nInvestering\t2025\t2026\nKlimaatadaptatie centrum Utrecht\t400.000\t400.000\n"
            "Bijdrage Stichting Utrecht Sport\t250.000\t250.000\nGouda\t60.000\t60.000\n"
            "Utrecht (gemeente)\t10.000\t10.000\n")
    doc, page = with_municipalities(text)
    own = amount_facts(doc, page, document_info(sender="Gemeente Utrecht"))
    # Its own project gets none; a row of what is paid to it, and another municipality's row, keep theirs.
    assert [f.municipality_code for f in own][:6] == [None, None, "GM0344", "GM0344", "GM0513", "GM0513"]
    # The name alone, 'gemeente' beside it, is no project: the rule leaves that row to the others.
    assert [f.municipality_code for f in own][6:] == [f.municipality_code for f in amount_facts(
        doc, page, document_info(sender="Provincie Utrecht"))][6:]
    other = amount_facts(doc, page, document_info(sender="Provincie Utrecht"))
    assert [f.municipality_code for f in other][:2] == ["GM0344", "GM0344"]


def test_the_writers_subsidy_named_as_the_giver_in_a_quoted_exploitation_is_its_own_money(with_municipalities,
                                                                                          document_info):
    text = ("Bedragen in €\n\n\tBegroting 2024\tRealisatie 2024\nSubsidie gemeente Utrecht\t142.000\t142.000\n"
            "Verhuur zalen\t61.000\t47.850\n")
    doc, page = with_municipalities(text)
    own = amount_facts(doc, page, document_info(sender="Gemeente Utrecht"))
    assert [f.municipality_code for f in own] == [None] * 4
    # In the foundation's own accounts the municipality's subsidy is money it pays: it keeps its code.
    other = amount_facts(doc, page, document_info(sender="Stichting Wijkcentrum De Dreef"))
    assert [f.municipality_code for f in other][:2] == ["GM0344", "GM0344"]


def test_a_reserve_named_after_a_place_in_the_writers_own_table_is_its_own(with_municipalities, document_info):
    text = ("Bedragen x € 1.000\n\nOmschrijving\tSaldo 1-1\tToevoegingen\tSaldo 31-12\n"
            "Reserve kapitaallasten MFC Gouda\t8.740\t412\t9.152\nVoorziening onderhoud sporthal Gouda\t120\t30\t150\n"
            "Gouda\t6.812\t0\t6.812\n")
    doc, page = with_municipalities(text)
    own = amount_facts(doc, page, document_info(sender="Gemeente Utrecht"))
    # Its reserve and provision named after a place get none; a row that is the name keeps its code.
    assert [f.municipality_code for f in own] == [None] * 6 + ["GM0513"] * 3
    # In a third party's table the same row stays the named municipality's.
    other = amount_facts(doc, page, document_info(sender="Provincie Utrecht"))
    assert [f.municipality_code for f in other][:3] == ["GM0513"] * 3


def test_the_change_of_the_writers_contribution_beside_it_is_its_own_cost(with_municipalities, document_info):
    text = ("Bedragen in euro\n\nGemeente\tBijdrage 2025\tBijdrage 2026\tVerschil\nGouda\t1.098\t1.140\t42\n"
            "Utrecht\t4.271\t4.400\t129\n")
    doc, page = with_municipalities(text)
    own = amount_facts(doc, page, document_info(sender="Gemeente Utrecht"))
    # Its row's change goes with its contributions (none); another member's row keeps its code.
    assert [f.municipality_code for f in own] == ["GM0513"] * 3 + [None] * 3
    # A difference in a table of what is paid to it is no contribution of its own.
    paid = text.replace("Bijdrage 2025\tBijdrage 2026", "Uitkering 2025\tUitkering 2026")
    doc, page = with_municipalities(paid)
    assert [f.municipality_code for f in amount_facts(doc, page, document_info(sender="Gemeente Utrecht"))][3:] == [
        "GM0344"] * 3


def test_the_writers_row_under_years_of_a_table_of_contributions_is_its_own_cost(with_municipalities, document_info):
    text = "Deelnemersbijdragen (in €)\t2025\t2026\nGouda\t61.200\t64.900\nUtrecht\t140.300\t148.750\n"
    doc, page = with_municipalities(text)
    own = amount_facts(doc, page, document_info(sender="Gemeente Utrecht"))
    assert [f.municipality_code for f in own] == ["GM0513"] * 2 + [None] * 2
    # Years under another first cell: what is paid to each row stays the row's.
    paid = text.replace("Deelnemersbijdragen", "Uitkeringen")
    doc, page = with_municipalities(paid)
    assert [f.municipality_code for f in amount_facts(doc, page, document_info(sender="Gemeente Utrecht"))][2:] == [
        "GM0344"] * 2


def test_the_share_of_the_municipality_whose_decision_its_head_names_is_its_own_cost(with_municipalities,
                                                                                   document_info):
    # A council's decision has no sender; its head names the municipality whose document it is.
    text = ("GEMEENTE UTRECHT\n\nRaadsbesluit\n\nDe raad besluit kennis te nemen van het feit dat de bijdrage van "
            "Utrecht in 2026 uitkomt op € 2.095.325.\n")
    doc, page = with_municipalities(text)
    assert [f.municipality_code for f in amount_facts(doc, page, document_info())] == [None]
    # A head naming another body: the share named stays Utrecht's.
    doc, page = with_municipalities(text.replace("GEMEENTE UTRECHT", "GGD REGIO UTRECHT"))
    assert [f.municipality_code for f in amount_facts(doc, page, document_info())] == ["GM0344"]
    # A sentence of the first paragraph that names the municipality is no heading.
    doc, page = with_municipalities(text.replace("GEMEENTE UTRECHT\n\n", "GGD Regio\n\nDe gemeente Utrecht "
                                                                      "betaalt huur.\n\n"))
    assert [f.municipality_code for f in amount_facts(doc, page, document_info())] == ["GM0344"]


def test_a_table_row_at_the_top_that_names_a_municipality_is_no_heading(with_municipalities, document_info):
    # A table of what the Rijk pays each party, right under the title: its first row is the partner's money.
    text = ("Vaststelling bijdragen 2024\n\nDe bijdragen van het Rijk zijn als volgt vastgesteld.\n\n"
            "Partij\tBijdrage 2024\nGemeente Amsterdam\t€ 2.400.000\nGemeente Gouda\t€ 975.000\nProvincie Flevoland\t€ 500.000\n")
    doc, page = with_municipalities(text)
    assert [f.municipality_code for f in amount_facts(doc, page, document_info())] == ["GM0363", "GM0513", None]
    # Under a municipality's own heading, a row naming it is still its own (none here: the heading is no row).
    assert municipal_heading("GEMEENTE UTRECHT\n\nRaadsbesluit\n") == "GEMEENTE UTRECHT"
    assert municipal_heading("Gemeente Amsterdam\t€ 2.400.000\nGemeente Oss\t1.250\n") == ""



@pytest.mark.parametrize(
    ("head", "code"),
    [
        # A budget paper under the municipality's own head, with no sender: 'wij' is the municipality.
        ("Voorjaarsnota 2025 | Gemeente Rotterdam\n## 4.3 Bruggen en kademuren\n\n", "GM0599"),
        # Near miss: no head that says whose paper it is.
        ("Voorjaarsnota 2025\n## 4.3 Bruggen en kademuren\n\n", None),
    ],
)
def test_wij_receive_in_a_report_under_the_municipalitys_head(links_of, head, code):
    text = head + "Van het Rijk ontvangen wij in 2025 € 12,0 mln uit de Impulsaanpak Kademuren.\n"
    assert links_of(text) == [("€ 12,0 mln", code)]


@pytest.mark.parametrize(
    ("sentence", "code"),
    [
        # The province that granted it the money, the participle after the amount.
        ("De provincie Overijssel heeft op 2 juli 2024 een bijdrage van € 420.000 toegekend uit de BDU-regeling.",
         "GM0150"),
        ("De provincie heeft de bijdrage van € 1.200.000 op 4 februari 2025 bij beschikking verleend.", "GM0150"),
        # The writer as the one given to, the fund the money comes out of between.
        ("De provincie Overijssel heeft de gemeente uit het Programma Vitale Binnensteden een bijdrage van € 350.000"
         " voor de sloop toegezegd.", "GM0150"),
        ("De provincie heeft de stichting uit het Programma Vitale Binnensteden een bijdrage van € 350.000 toegezegd.",
         None),
        # Near misses: the province's own spending, and a grant it made to a foundation.
        ("De provincie heeft een bijdrage van € 420.000 begroot voor het eigen wegennet.", None),
        ("De provincie heeft de stichting een bijdrage van € 40.000 toegekend.", None),
        ("De provincie heeft Sportclub Olympia een bijdrage van € 40.000 toegekend.", None),
    ],
)
def test_a_body_granted_it_the_money_in_its_own_paper(links_of, sentence, code):
    text = "Gemeente Deventer | Begrotingswijziging 2024-07\n## Toelichting\n" + sentence + "\n"
    assert links_of(text)[0][1] == code


@pytest.mark.parametrize(
    ("sentence", "codes"),
    [
        # The verb of receiving and 'wij' after the amount.
        ("Het laatste deel van de rijksbijdrage, € 2,56 miljoen, ontvangen wij in 2025.", ["GM0193"]),
        # The perfect, its participle of asking after the amount.
        ("Bij de provincie hebben wij op 20 november een bijdrage van € 250.000 aangevraagd.", ["GM0193"]),
        # Near misses: the whole a part is taken of; what we spent.
        ("Van de € 5 miljoen ontvangen wij € 2 miljoen.", [None, "GM0193"]),
        ("Aan de renovatie hebben wij € 250.000 uitgegeven.", [None]),
    ],
)
def test_wij_receive_or_ask_with_the_verb_after_the_amount(links_of, sentence, codes):
    text = "> Gemeente Zwolle | Postbus 10007 | 8000 GA Zwolle\n# Raadsinformatiebrief\n\nGeachte leden van de raad,\n\n"
    assert [code for _, code in links_of(text + sentence + "\n")] == codes


def test_the_writers_share_as_it_will_be_is_its_own_cost_too(with_municipalities, document_info):
    text = ("De bijdrage van Utrecht stijgt van € 3.287.400 naar € 3.452.900. "
            "Zo gaat de bijdrage van onze buurgemeente Gouda van € 612.300 naar € 642.900.")
    doc, page = with_municipalities(text)
    own = amount_facts(doc, page, document_info(sender="Gemeente Utrecht"))
    # Its own share both before and after; the neighbour's share both times the neighbour's.
    assert [f.municipality_code for f in own] == [None, None, "GM0513", "GM0513"]


def test_the_writers_row_in_a_column_of_own_contributions_is_its_own_cost(with_municipalities, document_info):
    text = ("Deelnemer\tRijksbijdrage (€)\tEigen bijdrage (€)\nUtrecht\t3.200.000\t800.000\nGouda\t2.750.000\t1.100.000\n"
            "Regio Midden (bureau)\t1.150.000\t2.300.000\nTotaal\t7.100.000\t4.200.000\n")
    doc, page = with_municipalities(text)
    own = amount_facts(doc, page, document_info(sender="Gemeente Utrecht", doc_type="brief"))
    # What the Rijk gives the writer keeps its code, its own contribution none; the other participant keeps both;
    # the region's row is no one's, not the writer's receipt.
    assert [f.municipality_code for f in own] == ["GM0344", None, "GM0513", "GM0513", None, None, None, None]


def test_a_sum_charged_to_the_bare_gemeente_in_its_own_letter_is_its_own_cost(with_municipalities, document_info):
    text = ("Gemeente Gouda\n\nDe organisator vergoedt € 145.000 van de kosten. Het restant van € 33.900 komt voor "
            "rekening van de gemeente en past binnen het budget.\n")
    doc, page = with_municipalities(text)
    own = amount_facts(doc, page, document_info(sender="Gemeente Gouda", doc_type="brief"))
    assert [f.municipality_code for f in own] == [None, None]
    # Near miss: a joint body's letter charges the same to the municipality it names.
    text = "Het restant van € 33.900 komt voor rekening van de gemeente Gouda.\n"
    doc, page = with_municipalities(text)
    other = amount_facts(doc, page, document_info(sender="Veiligheidsregio Midden", doc_type="brief"))
    assert [f.municipality_code for f in other] == ["GM0513"]


def test_what_the_budget_means_for_the_writers_share_is_its_own_cost(with_municipalities, document_info):
    text = ("Voor Gouda betekent de ontwerpbegroting een stijging van de bijdrage met € 287.000. "
            "Voor Utrecht betekent de ontwerpbegroting een stijging van de bijdrage met € 612.000.")
    doc, page = with_municipalities(text)
    own = amount_facts(doc, page, document_info(sender="Gemeente Gouda", doc_type="brief"))
    assert [f.municipality_code for f in own] == [None, "GM0344"]


def test_the_rise_of_the_writers_share_after_voor_is_its_own_cost(with_municipalities, document_info):
    text = "Voor Gouda stijgt de bijdrage met € 287.000; voor Utrecht, de grootste, met € 612.000."
    doc, page = with_municipalities(text)
    own = amount_facts(doc, page, document_info(sender="Gemeente Gouda", doc_type="brief"))
    assert [f.municipality_code for f in own] == [None, "GM0344"]
