"""The sentence rules for a municipality's money in a third party's prose (pipeline.link.third_party_prose)."""

from __future__ import annotations


def test_each_rule_gives_its_link_rule(links_of):
    from pipeline.ingest import raw_document_from_text
    from pipeline.process import process_raw

    text = ("De toezichthouder heeft de gemeente Arnhem een boete van € 75.000 opgelegd.\n"
            "Daarnaast moet Arnhem de kosten van de advocaat vergoeden, € 4.250.\n"
            "Arnhem verhoogt de vergoeding van € 160 naar € 225.\n")
    facts = process_raw(raw_document_from_text(text)).amounts
    assert [(a.municipality_code, a.link_rule) for a in facts] == [
        ("GM0202", "penalty"), ("GM0202", "pays_verb_last"), ("GM0202", "contributes"), ("GM0202", "contributes")]


def test_none_of_them_where_the_sentence_names_two_municipalities(links_of):
    text = "Daarnaast moeten Arnhem en Nijmegen de kosten van de advocaat vergoeden, samen € 4.250.\n"
    assert links_of(text) == [("€ 4.250", None)]
