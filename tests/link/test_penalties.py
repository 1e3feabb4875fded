"""A dwangsom or fine in a third party's document is the municipality's money (pipeline.link.penalties)."""

from __future__ import annotations


def test_a_dwangsom_the_college_imposed_in_an_advice_to_it(links_of):
    text = ("Advies van de bezwaarcommissie aan het college van burgemeester en wethouders van Dordrecht\n\n"
            "Bij besluit van 3 maart 2025 heeft het college bezwaarde gelast de schuur niet te bewonen. Het college "
            "heeft daaraan een dwangsom verbonden van € 500 per week met een maximum van € 10.000.\n")
    assert links_of(text) == [("€ 500 per week", "GM0505"), ("€ 10.000", "GM0505")]


def test_a_fine_a_supervisor_imposed_on_a_named_municipality(links_of):
    text = "De toezichthouder heeft de gemeente Dordrecht een bestuurlijke boete van € 75.000 opgelegd.\n"
    assert links_of(text) == [("€ 75.000", "GM0505")]


def test_a_fine_in_general_is_no_ones(links_of):
    # A maximum for every offender, in a sentence that names no municipality and no college.
    text = ("Advies aan het college van burgemeester en wethouders van Dordrecht\n\n"
            "Een overtreder kan een boete krijgen die oploopt tot € 20 miljoen.\n")
    assert links_of(text) == [("tot € 20 miljoen", None)]


def test_a_dwangsom_in_the_municipalitys_own_decision_is_its_own(links_of):
    text = ("Gemeente Dordrecht | Postbus 8 | 3300 AA Dordrecht\n\nGeachte heer Jansen,\n\n"
            "Wij leggen u een last onder dwangsom op. Voert u de last niet uit, dan verbeurt u een dwangsom van "
            "€ 1.000 per week.\n\nMet vriendelijke groet,\nburgemeester en wethouders van Dordrecht\n")
    assert links_of(text) == [("€ 1.000 per week", None)]
