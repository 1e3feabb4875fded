"""Reading a text's lines for the link rules (pipeline.link.mentions)."""

from __future__ import annotations

import pytest

from pipeline.link.amounts import link_municipality, second_object
from pipeline.link.mentions import LinkInput, Mention, line_of, lines_above


def test_lines_above_a_row_nearest_first_and_no_further_than_the_limit():
    text = "Dekking\tBedrag\nSubsidie provincie\t750.000\nReserve\t250.000\nTotaal\t1.000.000"
    row_start, _ = line_of(text, text.index("Totaal"))
    assert [line for _, line in lines_above(text, row_start)] == [
        "Reserve\t250.000", "Subsidie provincie\t750.000", "Dekking\tBedrag"]
    assert [line for _, line in lines_above(text, row_start, limit=1)] == ["Reserve\t250.000"]
    assert [start for start, _ in lines_above(text, row_start)][-1] == 0


def test_no_lines_above_the_first():
    assert list(lines_above("Dekking\tBedrag\nRij\t1", 0)) == []


def test_a_rule_is_asked_once_per_amount():
    links = LinkInput("Delft ontvangt € 5.", (Mention(0, 5, "0503"),), ((15, 18),))
    asked = []

    def rule(links, start, end):
        asked.append((start, end))
        return links.mentions[0]

    assert links.apply(rule, 15, 18) == links.apply(rule, 15, 18) == links.mentions[0]
    assert asked == [(15, 18)]


def test_a_long_chain_of_objects_links_as_a_short_one():
    # Each amount of 'X ontvangt € A en € B en € C ...' asks the rules of the one before it, ten
    # deep; the answers kept per amount must give what asking again gives.
    text = "Delft ontvangt " + " en ".join(["€ 5"] * 400) + "."
    amounts = []
    at = text.index("€")
    while at != -1:
        amounts.append((at, at + 3))
        at = text.find("€", at + 1)
    links = LinkInput(text, (Mention(0, 5, "0503"),), tuple(amounts))
    assert link_municipality(links, *amounts[0]) == (links.mentions[0], "receives")
    assert link_municipality(links, *amounts[1]) == (links.mentions[0], "second_object")
    assert second_object(links, *amounts[3]) == links.mentions[0]


@pytest.mark.parametrize(
    ("row", "code"),
    [
        # The organisation applies; its seat in brackets says where it is, no municipality's row.
        ("| Stichting Mitros (Utrecht) | Kanaleneiland | 350.000", None),
        ("| Woningstichting Portaal (Utrecht) | Overvecht | 350.000", None),
        # A regional or programme bureau, housed in the town it names: its own share.
        ("| Regiobureau en ondersteuning (Utrecht) | Taalhuis | 185.000", None),
        ("| Programmabureau Almere | Monitoring | 42.000", None),
        # Near miss: the municipality's own row.
        ("| Utrecht | Kanaleneiland | 350.000", "GM0344"),
    ],
)
def test_a_name_in_an_organisations_cell_does_not_name_the_row(links_of, row, code):
    assert links_of("| Aanvrager | Locatie | Toegekend (€)\n" + row + "\n")[0][1] == code


@pytest.mark.parametrize(
    ("row", "code"),
    [
        # A part of the town before its name: where the project is, no municipality's row.
        ("| Binnenstad Utrecht | Kerstverlichting | 62.000", None),
        ("| Centrum Almere | Zomermarkt | 14.500", None),
        # Near miss: the municipality alone.
        ("| Utrecht | Kerstverlichting | 62.000", "GM0344"),
    ],
)
def test_a_part_of_the_town_does_not_name_the_row(links_of, row, code):
    assert links_of("| Cluster | Project | Toegekend (€)\n" + row + "\n")[0][1] == code


@pytest.mark.parametrize(
    ("row", "code"),
    [
        # The municipality the money is paid through names the row, however long the label before it.
        ("| Rijksbijdrage regionale aanpak voortijdig schoolverlaten (via Utrecht) | 248.000", "GM0344"),
        # Near miss: the same long label naming it without 'via'.
        ("| Rijksbijdrage regionale aanpak voortijdig schoolverlaten Utrecht en omstreken | 248.000", None),
    ],
)
def test_the_municipality_money_is_paid_through_names_the_row(links_of, row, code):
    assert links_of("| Baten | Bedrag\n" + row + "\n")[0][1] == code


@pytest.mark.parametrize(
    ("row", "code"),
    [
        # A trip's or stay's cost before the name: where it went, an item of a declaration.
        ("| 3 | 20-02-2024 Treinreis Utrecht, overleg ministerie | 46,20", None),
        ("| 1 | 16-01-2024 Parkeerkosten Almere | 12,50", None),
        ("| 7 | Hotel Utrecht, werkbezoek | 289,00", None),
        # Near miss: a cost that names whose it is.
        ("| 2 | Bijdrage Utrecht | 46,20", "GM0344"),
    ],
)
def test_a_trip_or_stay_before_the_name_does_not_name_the_row(links_of, row, code):
    assert links_of("| Nr. | Omschrijving | Bedrag (€)\n" + row + "\n")[0][1] == code


@pytest.mark.parametrize(
    ("row", "code"),
    [
        # The partner a cost is shared with: not who pays or gets the row's money.
        ("Projectleider dorpshuizen (gedeeld met Utrecht)\t42.500\t", None),
        ("Erfcoach (samen met Almere)\t38.000\t", None),
        # Near miss: the partner's own contribution names it.
        ("Bijdrage gemeente Utrecht (aandeel projectleider)\t\t21.250", "GM0344"),
    ],
)
def test_the_partner_a_cost_is_shared_with_does_not_name_the_row(links_of, row, code):
    assert links_of("Omschrijving\tLasten (€)\tBaten (€)\n" + row + "\n")[0][1] == code


@pytest.mark.parametrize(
    ("row", "code"),
    [
        # A bidder's cell with its legal form: the name is the company's family name or seat, the sum the company's.
        ("| 2 | Van Assen Grondwerken B.V., Emmen | € 812.400,00", None),
        ("| 4 | Grondwerken Borger v.o.f., Borger-Odoorn | € 796.050,00", None),
        ("| 1 | Bouwbedrijf De Wit BV, Almere | € 801.000,00", None),
        # Near miss: the municipality itself in the row.
        ("| 3 | Gemeente Almere | € 801.000,00", "GM0034"),
    ],
)
def test_a_companys_cell_does_not_name_the_row(links_of, row, code):
    assert links_of("| Nr. | Inschrijver | Inschrijfsom (excl. btw)\n" + row + "\n")[0][1] == code


@pytest.mark.parametrize(
    ("head", "row", "code"),
    [
        # A project's label under 'Project' or 'Maatregel': the name says where the project is.
        ("Project\tRijk (€)\tRegio (€)", "Aansluiting A2 's-Hertogenbosch\t750.000\t250.000", None),
        ("Maatregel\tBijdrage (€)", "Rotonde Almere\t150.000", None),
        # The row's municipality in a cell before the project's keeps the row.
        ("Gemeente\tProject\tBijdrage (€)", "Dronten\tFietsstrook Almere\t150.000", "GM0303"),
        # Near misses: the municipality alone, or 'gemeente' in the label, or another column's header.
        ("Project\tRijk (€)\tRegio (€)", "Almere\t750.000\t250.000", "GM0034"),
        ("Project\tBijdrage (€)", "Bijdrage gemeente Almere\t150.000", "GM0034"),
        ("Ontvanger\tBijdrage (€)", "Gemeente Almere\t150.000", "GM0034"),
    ],
)
def test_a_name_in_a_projects_label_does_not_name_the_row(links_of, head, row, code):
    assert links_of(head + "\n" + row + "\n")[0][1] == code
