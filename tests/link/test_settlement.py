"""A grant's settlement table under a letter to one municipality (pipeline.link.settlement)."""

from __future__ import annotations

from pipeline.normalize.amounts import amount_facts

_LETTER = ("Het college van burgemeester en wethouders van de gemeente Almere\nPostbus 200\n\n"
           "Geacht college,\n\nWij stellen de subsidie vast op € 371.240.\n\nAfrekening\tBedrag\n")


def test_the_lines_of_a_grant_settled_are_the_addressees(with_municipalities, document_info):
    text = _LETTER + ("Verleende subsidie\t€ 450.000\nVastgestelde subsidie\t€ 371.240\n"
                      "Reeds betaald aan voorschotten\t€ 405.000\nTerug te betalen\t€ 33.760\n")
    doc, page = with_municipalities(text)
    info = document_info(doc_type="brief", addressee="Gemeente Almere")
    assert [f.municipality_code for f in amount_facts(doc, page, info)] == ["GM0034"] * 5


def test_costs_an_organisations_grant_and_the_total_are_no_ones(with_municipalities, document_info):
    text = _LETTER + ("Subsidiabele kosten\t€ 742.480\nSubsidie Stichting Groen Noord\t€ 12.000\n"
                      "Totaal subsidie\t€ 754.480\n")
    doc, page = with_municipalities(text)
    info = document_info(doc_type="brief", addressee="Gemeente Almere")
    assert [f.municipality_code for f in amount_facts(doc, page, info)][1:] == [None] * 3


def test_a_municipalitys_own_table_is_no_settlement(with_municipalities, document_info):
    text = ("Gemeente Almere | Raadsvoorstel\n\nAfrekening\tBedrag\n"
            "Verleende subsidie\t€ 450.000\nTerug te betalen\t€ 33.760\n")
    doc, page = with_municipalities(text)
    info = document_info(doc_type="overig")
    assert [f.municipality_code for f in amount_facts(doc, page, info)] == [None, None]
