"""A named municipality's reserve in a third party's document (pipeline.link.reserves)."""

from __future__ import annotations


def test_the_reserves_of_merging_municipalities_in_a_gapped_list(links_of):
    text = ("Per 31 december 2019 bedroeg de algemene reserve van Haren € 12,1 miljoen, van Ten Boer € 3,2 miljoen "
            "en van Groningen € 48 miljoen.\n")
    assert links_of(text) == [("€ 12,1 miljoen", "GM0017"), ("€ 3,2 miljoen", "GM0009"), ("€ 48 miljoen", "GM0014")]


def test_a_reserve_that_stood_negative(links_of):
    text = "De algemene reserve van Haren stond na de tekorten in het sociaal domein op € 1,3 miljoen negatief.\n"
    assert links_of(text) == [("€ 1,3 miljoen negatief", "GM0017")]


def test_other_money_in_a_sentence_on_a_reserve_is_not_the_reserve(links_of):
    # The grant to a foundation stands after other words, not right after the name or a verb of standing.
    text = "De reserve van Haren daalde door een bijdrage van € 50.000 aan de stichting.\n"
    assert links_of(text) == [("€ 50.000", None)]


def test_a_reserve_in_the_municipalitys_own_document_is_its_own(links_of):
    text = ("Gemeente Haren | Postbus 21 | 9750 AA Haren\n\nGeachte leden van de raad,\n\n"
            "De algemene reserve van Haren bedroeg toen € 12,1 miljoen.\n")
    assert links_of(text)[-1] == ("€ 12,1 miljoen", None)


def test_a_provision_the_municipality_has(links_of):
    text = ("Voor de pensioenen van oud-wethouders heeft Nijmegen een voorziening van € 4,8 miljoen.\n"
            "Daarnaast had Almere toen nog een algemene reserve van € 61 miljoen.\n")
    assert links_of(text) == [("€ 4,8 miljoen", "GM0268"), ("€ 61 miljoen", "GM0034")]


def test_a_provision_had_by_another_is_not_the_municipalitys(links_of):
    # The name is no subject of 'heeft': the foundation in it has the provision.
    text = "De stichting in Nijmegen heeft een voorziening van € 4,8 miljoen.\n"
    assert links_of(text) == [("€ 4,8 miljoen", None)]
