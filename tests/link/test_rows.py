"""The link rules that read the layout (pipeline.link.rows), with municipality spans put on the Doc by hand."""

from __future__ import annotations

import pytest

from pipeline.link.mentions import LinkInput
from pipeline.link.rows import (
    column_municipality,
    findings_cell,
    name_then_amount,
    names_received_money,
    recipient_field,
    shared_column,
    table_row,
)
from pipeline.normalize.amounts import amount_facts


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
        # A place beside its cost, with the bracket or a colon: no pair.
        ("De kosten van het loket in Gouda (€ 12.000) worden niet vergoed.", [None]),
        ("Het dorpshuis bij Almere: € 40.000", [None]),
        # A route between two municipalities names no one's row; one municipality's row does.
        ("Investering\tBruto\nSnelfietsroute Almere - Lelystad\t4.800\n", [None]),
        ("Investering\tBruto\nSnelfietsroute Almere\t4.800\n", ["GM0034"]),
    ],
)
def test_name_then_amount(linked, text, codes):
    assert linked(text, name_then_amount) == codes


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("Gemeente | Bedrag\nLelystad | € 12.000\nDronten | € 8.500", ["GM0995", "GM0303"]),
        ("Lelystad\t12.000 euro\t€ 5.000", ["GM0995", "GM0995"]),
        ("- Almere € 10.000", ["GM0034"]),
        ("Lelystad en Dronten | € 20.000", [None]),
        ("In Almere werd vorig jaar € 10.000 uitgegeven.", [None]),
        # The applicant named 'Gemeente X' in the first cell; the place column names another.
        ("Aanvrager\tPlaats\tToegekend\nGemeente Utrecht\tGouda\t€ 60.000", ["GM0344"]),
    ],
)
def test_table_row(linked, text, codes):
    assert linked(text, table_row) == codes


def test_a_municipality_after_an_applicants_figure_starts_a_row_of_its_own(linked):
    # Two tables side by side: after a figure a new row starts, 'Gemeente X' before it is no applicant.
    assert linked("Gemeente Utrecht\t€ 1.200\tGouda\t€ 1.300") == ["GM0344", "GM0513"]


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
def test_recipient_field(linked, text, codes):
    assert linked(text, recipient_field) == codes


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
def test_same_row(linked, text, codes):
    assert linked(text) == codes


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
def test_a_name_at_the_end_of_a_long_row_label_is_part_of_a_description(linked, text, codes):
    assert linked(text) == codes


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
        # A province's name inside an organisation's name is the label of the applicant's row.
        ("Woningstichting Wonen Flevoland\tRegentonnen huurwoningen Almere\t€ 85.000", [None]),
    ],
)
def test_a_municipality_in_a_cell_after_the_rows_label_does_not_name_the_row(linked, text, codes):
    assert linked(text) == codes


PROJECTS = "Project\tGemeente\tBijdrage\nBuurthuis De Schakel\tAlmere\t€ 48.500\nKlompenpad Oost\tUtrecht\t€ 22.750"


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        # A sentence right below or above the table gives the money to the project's municipality.
        (f"{PROJECTS}\n\nDe bijdrage gaat naar de gemeente waarin het project ligt; zij betaalt de "
         "initiatiefnemers uit.", ["GM0034", "GM0344"]),
        (f"De bedragen worden uitgekeerd aan de gemeenten waar de projecten liggen.\n\n{PROJECTS}",
         ["GM0034", "GM0344"]),
        # The near misses: the money goes to the applicant, not to the municipality; a sentence
        # after another table; a paragraph that names no receiver.
        (f"De subsidie gaat naar de aanvrager (stichting of vereniging), niet naar de gemeente.\n\n{PROJECTS}",
         [None, None]),
        (f"{PROJECTS}\n\nDe subsidie gaat niet naar de gemeente waarin het project ligt.", [None, None]),
        (f"De bijdrage gaat naar de gemeente waarin het project ligt.\n\nSoort\tAantal\nSportvelden\t4\n\n"
         f"Overzicht per project:\n\n{PROJECTS}", [None, None]),
        (f"{PROJECTS}\n\nU vraagt de toeslag aan bij de gemeente waar u woont.", [None, None]),
    ],
)
def test_a_sentence_beside_a_project_table_can_make_its_municipality_column_the_receiver(linked, text, codes):
    assert linked(text) == codes


@pytest.mark.parametrize(
    ("text", "label", "expected"),
    [
        ("Omschrijving\tBegroting\nAlgemene uitkering gemeentefonds\t198.412", "Algemene uitkering gemeentefonds",
         True),
        ("Omschrijving\tBegroting\nDecentralisatie-uitkeringen\t3.115", "Decentralisatie-uitkeringen", True),
        ("Specifieke uitkering\tOntvangen\nSPUK Brede aanpak dakloosheid\t56.000", "SPUK Brede aanpak dakloosheid",
         True),
        ("Specifieke uitkering\tOntvangen\nOnderwijsachterstandenbeleid\t842.300", "Onderwijsachterstandenbeleid",
         True),
        # The giver in brackets after the label, a budget's income of the Rijk's BUIG.
        ("Omschrijving\tBegroting\nBaten BUIG (Rijk)\t7.402", "Baten BUIG (Rijk)", True),
        ("Omschrijving\tBegroting\nBaten leerlingenvervoer (provincie)\t412", "Baten leerlingenvervoer (provincie)",
         True),
        # Own taxes, a total row, a header that only mentions such money among other words.
        ("Omschrijving\tBegroting\nOnroerendezaakbelastingen\t24.870", "Onroerendezaakbelastingen", False),
        ("Specifieke uitkering\tOntvangen\nTotaal\t898.300", "Totaal", False),
        ("Lasten van de specifieke uitkering Wmo\tBedrag\nUitvoering\t56.000", "Uitvoering", False),
        # A label column headed 'Regeling' lists the grant regulations the municipality accounts for.
        ("Regeling\tOntvangen 2023\tBesteed 2023\nRegeling reductie energiegebruik woningen\t612.000\t573.790",
         "Regeling reductie energiegebruik woningen", True),
        # ... but a row label that only names a regulation, under another header, is none
        # (a contribution to a joint body, a 'gemeenschappelijke regeling', is paid).
        ("Omschrijving\tBedrag\nBijdrage gemeenschappelijke regeling\t56.000",
         "Bijdrage gemeenschappelijke regeling", False),
        # A code column first (a SiSa annex): the grant's name is the next text cell, under its own header.
        ("Code\tSpecifieke uitkering\tBesteding\nH14\tRegeling reductie energiegebruik\t287.663", "H14", True),
        ("Nr.\tOmschrijving\tBesteding\nE27B\tBrede SPUK Jeugd en preventie\t243.915", "E27B", True),
        # ... but a code before a label of the municipality's own money stays none.
        ("Code\tOmschrijving\tLasten\nP4\tOnderhoud wegen\t287.663", "P4", False),
        ("Code\tSpecifieke uitkering\tBesteding\nTotaal\t\t531.578", "Totaal", False),
        # The Rijk's task changes, not the same money passed on to a programme.
        ("Omschrijving\t2026\nTaakmutaties\t1.096", "Taakmutaties", True),
        ("Omschrijving\t2026\nAf: doorzetten taakmutatie jeugd\t-/- 1.096", "Af: doorzetten taakmutatie jeugd", False),
        # The parts of the change in the algemene uitkering a circulaire brings, also when they shrink it.
        ("Omschrijving\t2025\nAccres en plafondcorrectie\t2.841", "Accres en plafondcorrectie", True),
        ("Omschrijving\t2025\nHerverdeling en actualisatie maatstaven\t-412", "Herverdeling en actualisatie maatstaven",
         True),
        ("Onderdeel\t2024\nOntwikkeling maatstaven\t688", "Ontwikkeling maatstaven", True),
        # The producers' fund pays the municipality for the packaging it collects.
        ("Kosten en dekking\tBedrag (€)\nVergoeding Stichting Afvalfonds Verpakkingen (pmd)\t-412.000",
         "Vergoeding Stichting Afvalfonds Verpakkingen (pmd)", True),
        ("Kosten en dekking\tBedrag (€)\nOpbrengst oud papier en textiel\t-186.000",
         "Opbrengst oud papier en textiel", False),
        ("Onderdeel\t2024\nOntwikkeling personeelslasten\t688", "Ontwikkeling personeelslasten", False),
        ("Omschrijving\t2025\nHerverdeling budgetten tussen programma's\t-412", "Herverdeling budgetten tussen programma's",
         False),
        # A joint body refunds its result to its members: money it gives the municipality.
        ("Nr.\tOmschrijving\tIncidenteel 2024\n2.1\tTeruggave resultaat 2023 GGD Gelderland-Zuid\t84", "2.1", True),
        ("Nr.\tOmschrijving\tIncidenteel 2024\n2.3\tResultaat grondexploitatie Stationsgebied\t84", "2.3", False),
        # A water board contributes as the province does; the municipality's own share is none.
        ("Omschrijving\tEUR\nBijdrage hoogheemraadschap\t-56.723", "Bijdrage hoogheemraadschap", True),
        ("Omschrijving\tEUR\nBijdrage van het waterschap\t40.000", "Bijdrage van het waterschap", True),
        ("Omschrijving\tEUR\nAfvoer naar het waterschap\t40.000", "Afvoer naar het waterschap", False),
        # A national programme's fund gives it too, and is no municipality of its own.
        ("Opbrengsten\tEUR\nBijdrage Nationaal Programma Groningen\t500.000", "Bijdrage Nationaal Programma Groningen",
         True),
        # The Frisian water board, and a province's subsidy named by its noun first.
        ("Dekking\tBedrag\nBijdrage Wetterskip Fryslân (waterberging)\t€ 95.000", "Bijdrage Wetterskip Fryslân (waterberging)",
         True),
        ("Dekking\tBedrag\nSubsidie provincie Fryslân (aangevraagd)\t€ 250.000", "Subsidie provincie Fryslân (aangevraagd)",
         True),
        ("Lasten\tBedrag\nSubsidie aan Stichting Fryslân\t€ 250.000", "Subsidie aan Stichting Fryslân", False),
        # The Rijk's compensation of the costs, as a row under the income ('Baten').
        ("Baten\t2022\nVergoeding Rijk (normbedrag)\t2.870.000", "Vergoeding Rijk (normbedrag)", True),
        ("Baten\tBedrag\nRijksvergoeding normbedrag\t2.372.000", "Rijksvergoeding normbedrag", True),
        # An investment plan nets a province's contribution off the investment ('Af:'): still money received.
        ("Investering\t2025\nAf: bijdrage provincie Zeeland fietspad\t-450", "Af: bijdrage provincie Zeeland fietspad",
         True),
        ("Investering\t2025\nAf: doorzetten bijdrage provincie\t-450", "Af: doorzetten bijdrage provincie", False),
        # A regional body's contribution, and a column or row of third parties' contributions, as a province's.
        ("Dekking\tBedrag\nBijdrage Regio Achterhoek (Regio Deal)\t200", "Bijdrage Regio Achterhoek (Regio Deal)", True),
        ("Lasten\tBedrag\nBijdrage regionale samenwerking\t200", "Bijdrage regionale samenwerking", False),
        ("Investering\tBedrag\nBijdragen derden\t2.950", "Bijdragen derden", True),
        # The European Commission's contribution under a twinning's costs, and an EU grant received, as the Rijk's.
        ("Kostenpost\tRealisatie\nBijdrage Europese Commissie (CERV)\t22.750", "Bijdrage Europese Commissie (CERV)",
         True),
        ("Kostenpost\tRealisatie\nOntvangen EU-subsidies\t702", "Ontvangen EU-subsidies", True),
        ("Kostenpost\tRealisatie\nEigen bijdrage EU-projecten\t318", "Eigen bijdrage EU-projecten", False),
        # The housing corporations' contribution among a programme's income, and its near miss paid to them.
        ("Baten\t2025\nBijdrage woningcorporaties\t750", "Bijdrage woningcorporaties", True),
        ("Lasten\t2025\nSubsidie aan woningcorporaties\t750", "Subsidie aan woningcorporaties", False),
        # A circulaire's change in the measures the gemeentefonds is shared by: part of the algemene uitkering.
        ("Onderdeel\t2024\nOntwikkeling maatstaven\t688", "Ontwikkeling maatstaven", True),
        ("Onderdeel\t2024\nOntwikkeling woningvoorraad\t688", "Ontwikkeling woningvoorraad", False),
    ],
)
def test_a_row_of_money_another_body_gives(with_municipalities, text, label, expected):
    text = "Bedragen in euro\n\n" + text
    doc, _ = with_municipalities(text)
    start, _ = LinkInput.of(doc).amounts[-1]
    assert names_received_money(text, start, label) is expected


@pytest.mark.parametrize(
    ("text", "column", "code"),
    [
        ("Reserve\tUtrecht\tGouda\tTotaal\nAlgemene reserve\t18.412\t6.205\t24.617", "Utrecht", "GM0344"),
        ("Reserve\tGemeente Utrecht\tGemeente Gouda\nAlgemene reserve\t18.412\t6.205", "Gemeente Gouda", "GM0513"),
        # A total column, a total row, a row of its own municipality, a name that is no header cell.
        ("Reserve\tUtrecht\tGouda\tTotaal\nAlgemene reserve\t18.412\t6.205\t24.617", "Totaal", None),
        ("Reserve\tUtrecht\tGouda\nTotaal\t18.412\t6.205", "Utrecht", None),
        ("Reserve\tUtrecht\tGouda\nAlmere\t18.412\t6.205", "Utrecht", None),
        ("Utrecht betaalt mee.\nReserve\tBedrag\nAlgemene reserve\t18.412", "Utrecht", None),
        # One party's share, its unit after the name; the header wrapped the name over two lines.
        ("Weg\tKosten (€)\tAandeel Gouda (€)\nKerkweg\t5.200\t1.560", "Aandeel Gouda (€)", "GM0513"),
        ("Tussen Den Haag en Gouda.\nWeg\tKosten (€)\tAandeel Den\nHaag (€)\nKerkweg\t5.200\t1.560",
         "Aandeel Den Haag (€)", "GM0518"),
        # A name wrapped in a column that is no party's share stays unread.
        ("Tussen Den Haag en Gouda.\nWeg\tKosten (€)\tDen\nHaag (€)\nKerkweg\t5.200\t1.560",
         "Den Haag (€)", None),
    ],
)
def test_a_column_headed_by_a_municipality(with_municipalities, text, column, code):
    text = "Bedragen in euro\n\n" + text
    doc, _ = with_municipalities(text)
    links = LinkInput.of(doc)
    found = column_municipality(links, links.amounts[0][0], column)
    assert (found.code if found else None) == code


@pytest.mark.parametrize(
    ("text", "column", "expected"),
    [
        ("Regio\tPenvoerder\tRijksbijdrage\tCofinanciering regio\nFoodvalley\tgemeente Gouda\t22.500\t24.000",
         "Cofinanciering regio", True),
        ("Regio\tPenvoerder\tRijksbijdrage\tCofinanciering regio\nFoodvalley\tgemeente Gouda\t22.500\t24.000",
         "Rijksbijdrage", False),
        # The column's unit in brackets after its name: still the region's parties' money together.
        ("Project\tPenvoerder\tRijksbijdrage (€)\tRegionale cofinanciering (€)\nGroene linten\tDronten\t180.000\t90.000",
         "Regionale cofinanciering (€)", True),
        # The municipality is the row's own label: its co-financing is its own money.
        ("Gemeente\tSubsidie\tCofinanciering regio\nGouda\t22.500\t24.000", "Cofinanciering regio", False),
    ],
)
def test_co_financing_beside_a_penvoerder(with_municipalities, text, column, expected):
    doc, _ = with_municipalities(text)
    links = LinkInput.of(doc)
    assert shared_column(links, links.mentions[0], column) is expected



@pytest.mark.parametrize(
    ("text", "codes"),
    [
        # A column headed by the receiver's role: its municipality is the row's, not a place.
        ("Regio\tMandaatgemeente\tBedrag\nMidden-Holland\tGouda\t€ 2.598.073\nWest\tUtrecht\t€ 1.200",
         ["GM0513", "GM0344"]),
        ("Regio\tPenvoerder\tBedrag\nMidden-Holland\tGouda\t€ 2.598.073\nLabel op twee\nregels\tUtrecht\t€ 1.200",
         ["GM0513", "GM0344"]),
        # The contact municipality of a labour-market or RMC region is paid its region's money.
        ("Arbeidsmarktregio\tContactgemeente\tBudget 2025 (€)\nFlevoland\tAlmere\t3.210.500\n"
         "Midden-Holland\tGouda\t1.845.300", ["GM0034", "GM0513"]),
        # The contact municipality that a region's money is paid to ('Contactgemeente').
        ("Nr.\tRMC-regio\tContactgemeente\tTotaal (€)\n8\tZuidoost-Flevoland\tAlmere\t809.315\n"
         "12\tRijnmond\tRotterdam\t2.399.990", ["GM0034", "GM0599"]),
        # A location column stays a place.
        ("Project\tGemeente\tBedrag\nDorpshuis De Kei\tGouda\t€ 48.500", [None]),
    ],
)
def test_a_column_headed_by_the_receivers_role(linked, text, codes):
    assert linked(text) == codes



_BILL = ("Geacht college,\n\nDe bijdrage over het tweede kwartaal is nog niet voldaan.\n\n"
         "Omschrijving\tBedrag\n"
         "Bijdrage tweede kwartaal 2025\t€ 84.300,00\n"
         "Administratiekosten\t€ 40,00\n"
         "Wettelijke rente\t€ 611,25\n"
         "Totaal verschuldigd\t€ 84.951,25\n\n")


_TO_GOUDA = "College van burgemeester en wethouders\nvan de gemeente Gouda\nPostbus 1086\n2800 BB GOUDA\n\n"


def test_the_lines_of_a_bill_whose_total_a_municipality_is_asked_to_pay_are_its_money(links_of):
    text = _TO_GOUDA + _BILL + "Wij verzoeken u het bedrag van € 84.951,25 binnen veertien dagen over te maken.\n"
    assert links_of(text) == [("€ 84.300,00", "GM0513"), ("€ 40,00", "GM0513"), ("€ 611,25", "GM0513"),
                            ("€ 84.951,25", None), ("€ 84.951,25", "GM0513")]


_FUND = ("Overzicht fonds 2024\tBedrag (€)\nSaldo 1 januari 2024\t410.000,00\nVerstrekte leningen\t-120.000,00\n"
         "Ontvangen aflossingen\t65.500,00\nBeheerkosten\t-2.500,00\nSaldo 31 december 2024\t353.000,00\n\n")


def test_a_funds_opening_balance_and_flows_adding_up_to_its_linked_closing_balance_are_its_money(links_of):
    text = _TO_GOUDA + "Geacht college,\n\n" + _FUND + "Het saldo van uw fonds bedraagt daarmee € 353.000,00.\n"
    assert [c for _, c in links_of(text)] == ["GM0513"] * 4 + [None, "GM0513"]


def test_a_funds_statement_that_does_not_add_up_stays_unlinked(links_of):
    # Near miss: the flows do not come to the closing balance the letter gives the college.
    text = (_TO_GOUDA + "Geacht college,\n\n" + _FUND.replace("65.500,00", "66.500,00")
            + "Het saldo van uw fonds bedraagt daarmee € 353.000,00.\n")
    assert [c for _, c in links_of(text)] == [None] * 5 + ["GM0513"]


def test_a_grants_payment_schedule_adding_up_to_the_grant_is_the_receivers(links_of):
    # The same sum again where no one is named ('het landelijke budget ... € 90.000') does not
    # stand in the way: the figures that are linked all go to one municipality.
    text = ("Het Fonds verleent de gemeente Almere een subsidie van € 90.000. Het fonds verdeelt dit "
            "jaar ook elders € 90.000.\n\nBetaalschema\n\n"
            "Jaar\tBedrag\n2025\t€ 45.000\n2026\t€ 30.000\n2027\t€ 15.000\nTotaal\t€ 90.000\n")
    assert [c for _, c in links_of(text)] == ["GM0034", None, "GM0034", "GM0034", "GM0034", None]


@pytest.mark.parametrize("sentence", [
    # The total's sum is no one's in the text, or the rows do not add up to it, or two
    # municipalities are given that sum.
    "Wij verzoeken u het bedrag van € 84.951,25 binnen veertien dagen over te maken.\n",
    _TO_GOUDA + "Wij verzoeken u het bedrag van € 84.950,00 binnen veertien dagen over te maken.\n",
    "Gouda ontvangt € 84.951,25 en Almere ontvangt € 84.951,25.\n",
])
def test_no_part_of_a_total_without_one_municipality_given_exactly_that_sum(sentence, links_of):
    codes = dict.fromkeys(("€ 84.300,00", "€ 40,00", "€ 611,25"))
    head, _, sentence = sentence.rpartition("\n\n")
    got = links_of(head + ("\n\n" if head else "") + _BILL + sentence)
    assert [c for t, c in got if t in codes] == [None, None, None]


def test_a_bills_line_that_names_the_municipality_billed_is_still_a_part_of_its_total(links_of):
    text = _TO_GOUDA + _BILL.replace("Wettelijke rente", "Buurtbus Gouda-Haastrecht") + (
        "Wij verzoeken u het bedrag van € 84.951,25 binnen veertien dagen over te maken.\n")
    assert [c for _, c in links_of(text)] == ["GM0513"] * 3 + [None, "GM0513"]


def test_rows_naming_municipalities_are_not_parts_of_anothers_total(links_of):
    # Rows that name a municipality keep what the row says: the sum is not given to the receiver.
    text = ("De provincie verleent de gemeente Almere een subsidie van € 90.000.\n\n"
            "Onderdeel\tBedrag\nFietspad bij Gouda\t€ 45.000\nBrug bij Utrecht\t€ 45.000\nTotaal\t€ 90.000\n")
    got = links_of(text)
    assert [c for t, c in got if t == "€ 45.000"] == ["GM0513", "GM0344"]


_PARTS_BY_YEAR = ("Bedragen in euro\n\nOnderdeel\t2025\t2026\tTotaal\nSportakkoord\t30.000\t30.000\t60.000\n"
                  "Preventie\t15.000\t25.000\t40.000\nTotaal\t45.000\t55.000\t100.000\n")


def test_the_years_of_a_grants_part_whose_total_is_linked_are_the_receivers(links_of):
    # The parts' totals add up to the grant the text gives Almere; each part's years add up to its total.
    text = "De minister verleent de gemeente Almere een uitkering van € 100.000.\n\n" + _PARTS_BY_YEAR
    got = links_of(text)
    assert [c for _, c in got] == ["GM0034"] + ["GM0034"] * 6 + [None] * 3


def test_years_that_do_not_add_up_to_their_linked_total_stay_unlinked(links_of):
    text = ("De minister verleent de gemeente Almere een uitkering van € 100.000.\n\n"
            + _PARTS_BY_YEAR.replace("15.000\t25.000", "15.000\t20.000"))
    got = links_of(text)
    assert [c for t, c in got if t in ("15.000", "20.000")] == [None, None]


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        # The region a centrumgemeente serves, named after its members, is no receiver.
        ("Centrumgemeente\tRegio\t2025\t2026\nAlmere\tRegio Dronten en Lelystad\t€ 11.205\t€ 11.407",
         ["GM0034", "GM0034"]),
        ("Centrumgemeente | Regio | 2025\nUtrecht | Utrecht stad en Gouda | € 38.930", ["GM0344"]),
        # A later cell that is the name alone is left to the rules of the row's cells.
        ("Flevoland\tAlmere\t€ 48.500", ["GM0034"]),
        # Under a column headed 'Regio' the name is the region's (pipeline.link.located): the row is the
        # centrumgemeente's.
        ("Centrumgemeente\tRegio\t2025\nAlmere\tDronten\t€ 11.205", ["GM0034"]),
        ("Centrumgemeente\tWerkgemeente\t2025\nAlmere\tDronten\t€ 11.205", ["GM0303"]),
    ],
)
def test_a_region_named_beside_the_rows_municipality_does_not_take_its_money(linked, text, codes):
    assert linked(text) == codes


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        # A joint grant is paid to the one named in its role.
        ("Gemeente\tToegekend\nAlmere (penvoerder, met Dronten)\t€ 14.350.000", ["GM0034"]),
        ("Gemeente\tToegekend\nDronten en Almere (als kassier)\t€ 14.350.000", ["GM0034"]),
        # The role first, its name after a colon; a project cell naming the region they form after them.
        ("Aanvrager\tProject\tBijdrage\nDronten en Almere (penvoerder: Dronten)\tBibliotheekbus Zeewolde\t€ 210.000",
         ["GM0303"]),
        ("Gemeente\tToegekend\nDronten en Almere (penvoerder: Almere)\t€ 14.350.000", ["GM0034"]),
        # Two names without a role in the row: no receiver.
        ("Gemeente\tToegekend\nAlmere (met Dronten)\t€ 14.350.000", [None]),
        ("Aanvrager\tProject\tBijdrage\nDronten en Almere\tBibliotheekbus Zeewolde\t€ 210.000", [None]),
    ],
)
def test_a_row_of_two_municipalities_is_the_one_named_in_its_receivers_role(linked, text, codes):
    assert linked(text) == codes


@pytest.mark.parametrize(("column", "expected"), [
    ("Geconstateerde fout", False), ("Onzekerheden", False), ("Besteding 2024", True), (None, True)])
def test_an_auditors_column_of_findings_in_a_grants_row_is_no_money_given(with_municipalities, column, expected):
    text = ("Bedragen in euro\n\nSpecifieke uitkering\tBesteding 2024\tGeconstateerde fout\n"
            "C7 Brede SPUK sport en bewegen\t318.200\t21.400\n")
    doc, _ = with_municipalities(text)
    start, _ = LinkInput.of(doc).amounts[-1]
    assert names_received_money(text, start, "C7 Brede SPUK sport en bewegen", column) is expected


@pytest.mark.parametrize(("column", "expected"), [
    ("Bijdragen derden", True), ("Bijdrage derden (x € 1.000)", True), ("Netto investering", False)])
def test_a_column_of_third_parties_contributions_is_money_received(with_municipalities, column, expected):
    text = ("Bedragen x € 1.000\n\nInvestering\tBruto investering\tBijdragen derden\tNetto investering\n"
            "Verkeersveiligheid schoolomgevingen\t1.200\t300\t900\n")
    doc, _ = with_municipalities(text)
    start, _ = LinkInput.of(doc).amounts[-2]
    assert names_received_money(text, start, "Verkeersveiligheid schoolomgevingen", column) is expected


def test_a_part_already_given_to_the_totals_municipality_does_not_stand_in_the_way(links_of):
    # The advance row is the addressee's by its own words; the rest of the schedule adds up with it.
    text = (_TO_GOUDA + "Geacht college,\n\nHierbij verleen ik u een subsidie van € 90.000.\n\nBetaalschema\n\n"
            "Termijn\tBedrag\nVoorschot 2025\t€ 45.000\nTweede termijn\t€ 30.000\n"
            "Restant\t€ 15.000\nTotaal\t€ 90.000\n")
    assert [c for _, c in links_of(text)] == ["GM0513", "GM0513", "GM0513", "GM0513", None]



@pytest.mark.parametrize(
    ("row", "code"),
    [
        # A town that was a municipality of its own before it merged into the row's: where the project is.
        ("| Súdwest-Fryslân | Sneek, Harinxmaland | 3.720.000", "GM1900"),
        ("| Stichtse Vecht | Maarssen, centrum | 600.000", "GM1904"),
        # The kern's cell holds the former municipality's name alone, right before the figure.
        ("| Súdwest-Fryslân | Sneek | 3.720.000", "GM1900"),
        # Near miss: the merged-away one first, another municipality after it, is no town of it.
        ("| Sneek | Leeuwarden, Zuidlanden | 3.720.000", None),
    ],
)
def test_a_merged_away_municipality_after_its_successor_is_a_town_of_the_row(links_of, row, code):
    assert links_of("| Gemeente | Project | Bijdrage (€)\n" + row + "\n")[0][1] == code


@pytest.mark.parametrize(
    ("column", "expected"),
    [
        # One column of a row of costs is what the Rijk paid for them; the costs and the balance are its own.
        ("Compensatie Rijk", True),
        ("Rijksbijdrage (x € 1.000)", True),
        ("Meerkosten en derving", False),
        ("Saldo", False),
    ],
)
def test_a_column_of_money_the_rijk_gives_in_a_row_of_costs(with_municipalities, column, expected):
    text = f"Bedragen x € 1.000\n\nOnderdeel\tMeerkosten en derving\t{column}\nCultuur en sport\t1.046\t912"
    doc, _ = with_municipalities(text)
    start, _ = LinkInput.of(doc).amounts[-1]
    assert names_received_money(text, start, "Cultuur en sport", column) is expected


def test_a_column_of_the_writers_own_share_is_its_own_cost(with_municipalities, document_info):
    text = ("Onze bijdrage bedraagt in totaal € 570.000.\n\n"
            "Jaar\tBijdrage Gouda (€)\tDekking\n2024\t220.000\treserve\n2025\t350.000\tkadernota\n")
    doc, page = with_municipalities(text)
    own = amount_facts(doc, page, document_info(sender="Gemeente Gouda", doc_type="brief"))
    assert [f.municipality_code for f in own] == [None, None, None]
    # The same column in another body's letter is Gouda's share.
    doc, page = with_municipalities(text)
    other = amount_facts(doc, page, document_info(sender="Gemeente Utrecht", doc_type="brief"))
    assert [f.municipality_code for f in other][1:] == ["GM0513", "GM0513"]


@pytest.mark.parametrize(("header", "codes"), [
    # A column of one municipality's overrun or deficit per supplier is that municipality's money.
    ("Overschrijding Oss (€)", ["GM0828", "GM0828", None]),
    ("Tekort Oss (€)", ["GM0828", "GM0828", None]),
    # Near miss: the same column without a municipality's name is nobody's.
    ("Overschrijding (€)", [None, None, None]),
])
def test_a_column_of_one_municipalitys_overrun_is_its_money(links_of, header, codes):
    text = ("Van: Inkoopbureau Noordoost-Brabant\nAan: gemeente Oss\n\nDe overschrijding per aanbieder:\n\n"
            f"Aanbieder\t{header}\nAanbieder A (ambulante begeleiding)\t241.600\n"
            "Aanbieder B (begeleiding groep)\t118.900\nTotaal\t360.500\n")
    assert [c for _, c in links_of(text)] == codes


def test_an_auditors_finding_in_a_municipalitys_row_gets_no_code(links_of):
    text = ("Auditdienst Rijk\n\nTabel 3. Gedeclareerde kosten (bedragen in €)\n"
            "Centrumgemeente\tGedeclareerd\tGeconstateerde fouten\nGroningen\t2.184.560\t3.210\nZwolle\t1.462.300\t0\n")
    # The declared money is the municipality's; the errors found in it, and their zero, are no one's.
    assert [c for _, c in links_of(text)] == ["GM0014", None, "GM0193", None]
    assert findings_cell("Geconstateerde  fouten") and not findings_cell("Gecontroleerd") and not findings_cell(None)
