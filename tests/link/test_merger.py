"""Reserves a merged-away municipality brought into its successor (pipeline.link.merger)."""

from __future__ import annotations

import pytest

from pipeline.link.merger import brought_in, brought_in_clause
from pipeline.normalize.amounts import amount_facts


@pytest.mark.parametrize(
    ("row", "column", "code"),
    [
        ("Algemene reserve ex-Lingewaal", "Stand 1-1-2019", "GM0733"),
        ("Reserve wegen voormalige gemeente Bergen op Zoom", "Beginstand", "GM0748"),
        # The movements and the closing balance are the successor's own; a row of no old municipality.
        ("Algemene reserve ex-Lingewaal", "Onttrekking 2019", None),
        ("Algemene reserve ex-Lingewaal", "Stand 31-12-2019", None),
        ("Reserve exploitatie", "Stand 1-1-2019", None),
        ("Reserve ex-Stadhuis", "Stand 1-1-2019", None),
    ],
)
def test_brought_in(row, column, code):
    assert brought_in(row, column) == code


def test_the_opening_balance_of_a_merged_away_reserve_in_the_successors_accounts(with_municipalities,
                                                                                  document_info):
    text = ("Gemeente West Betuwe | Jaarrekening 2019\n\n"
            "Reserve (bedragen x € 1.000)\tStand 1-1-2019\tOnttrekking 2019\tStand 31-12-2019\n"
            "Algemene reserve ex-Lingewaal\t4.210\t600\t3.610\n"
            "Reserve wegen\t1.200\t100\t1.100\n"
            "Totaal\t5.410\t700\t4.710\n")
    doc, page = with_municipalities(text)
    facts = amount_facts(doc, page, document_info(doc_type="jaarverslag"))
    assert [f.municipality_code for f in facts] == ["GM0733"] + [None] * 8


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("Gouda bracht daarnaast een bestemmingsreserve Dijken in van € 1.260.000.", ["GM0513"]),
        ("Bij de herindeling bracht Gouda ook een vordering op het Rijk in van € 1,4 miljoen.", ["GM0513"]),
        # Another verb, or the name is no subject of 'bracht'.
        ("Gouda stortte daarnaast een bedrag in van € 1.260.000.", [None]),
        ("De stichting bracht een reserve uit Gouda in van € 1.260.000.", [None]),
        # A relative clause closed by 'inbracht', the amount after a colon; not a later clause.
        ("Wij zetten het restant in van de reserve die de voormalige gemeente Gouda bij de herindeling in 2019 "
         "inbracht: € 3,1 miljoen.", ["GM0513"]),
        ("De reserve van Gouda, zoals de stichting die inbracht: € 3,1 miljoen.", [None]),
    ],
)
def test_brought_in_clause(linked, text, codes):
    assert linked(text, brought_in_clause) == codes
