"""Amounts given over a group of municipalities (pipeline.link.groups): distributed (``elk``, ``per
gemeente``) and respectively; municipality spans put on the Doc by hand."""

from __future__ import annotations

import pytest

from pipeline.link.groups import distributed
from pipeline.link.mentions import LinkInput
from pipeline.normalize.amounts import amount_facts


def distributed_codes(with_municipalities, text: str) -> list[list[str]]:
    doc, _ = with_municipalities(text)
    links = LinkInput.of(doc)
    return [[m.code for m in distributed(links, s, e)] for s, e in links.amounts]


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("Gouda en Nijmegen krijgen elk € 30.000.", [["GM0513", "GM0268"]]),
        ("Voor Almere, Gouda en Nijmegen is ieder € 5.000 bestemd.", [["GM0034", "GM0513", "GM0268"]]),
        ("Gouda en Nijmegen ontvangen € 30.000 per gemeente.", [["GM0513", "GM0268"]]),
        # Paying as receiving: each pays Z.
        ("Gouda en Nijmegen betalen elk € 250.000.", [["GM0513", "GM0268"]]),
        ("Gouda en Nijmegen dragen ieder € 20.000 bij.", [["GM0513", "GM0268"]]),
        ("Gouda en Nijmegen betalen samen € 250.000.", [[]]),
        # Without a distributive word the group shares the amount.
        ("Gouda en Nijmegen krijgen samen € 30.000.", [[]]),
        ("Gouda en Nijmegen krijgen € 30.000 elk.", [["GM0513", "GM0268"]]),
        ("Gouda en Nijmegen krijgen € 30.000 elk jaar.", [[]]),
        ("Gouda en Nijmegen krijgen € 30.000.", [[]]),
        # Frisian: 'krije elk'.
        ("Gouda en Nijmegen krije elk € 400.000 foar de binnenstêd.", [["GM0513", "GM0268"]]),
        ("Gouda en Nijmegen krije tegearre € 400.000.", [[]]),
        # What each asks for or expects, 'elk' before the noun the amount heads.
        ("Daarnaast vragen Gouda en Nijmegen ons elk om een bijdrage van € 75.000.", [["GM0513", "GM0268"]]),
        ("Gouda en Nijmegen verwachten elk een tekort van € 1,5 miljoen.", [["GM0513", "GM0268"]]),
        ("Gouda en Nijmegen verwachten samen een tekort van € 1,5 miljoen.", [[]]),
        # One municipality is no distribution.
        ("Gouda krijgt elk jaar € 30.000.", [[]]),
        # Another clause between the group and the amount.
        ("Gouda en Nijmegen doen mee. Zij krijgen elk € 30.000.", [[]]),
        # The verb last, in a clause after 'dat'; without 'elk' the group still shares it.
        ("Klopt het dat Gouda en Nijmegen voor 2025 elk € 30.000 ontvangen?", [["GM0513", "GM0268"]]),
        ("Ik weet dat Gouda en Nijmegen ieder € 8.000 betalen.", [["GM0513", "GM0268"]]),
        ("Klopt het dat Gouda en Nijmegen voor 2025 € 30.000 ontvangen?", [[]]),
        ("Is het waar dat Gouda en Nijmegen elk € 30.000 hebben uitgegeven?", [[]]),
        # The group in a relative clause after the amount, 'elk' before its verb; not 'samen'.
        ("Er geldt een opslag van € 18.000, die Gouda en Nijmegen elk betalen.", [["GM0513", "GM0268"]]),
        ("Er geldt een opslag van € 18.000, die Gouda en Nijmegen samen betalen.", [[]]),
        # The verb before the group, its subject after it; what each gets named between 'elk' and the amount.
        ("Als voorschot ontvingen de gemeenten Gouda en Nijmegen in 2018 elk € 150.000.", [["GM0513", "GM0268"]]),
        ("Zo ontvangen Gouda en Nijmegen elk het minimumbedrag van € 15.000.", [["GM0513", "GM0268"]]),
        ("Zo ontvangen Gouda en Nijmegen samen het bedrag van € 15.000.", [[]]),
        ("Zo ontvangen Gouda en Nijmegen elk jaar het bedrag van € 15.000.", [[]]),
    ],
)
def test_distributed(with_municipalities, text, codes):
    assert distributed_codes(with_municipalities, text) == codes


def test_distributed_amount_gives_one_fact_per_municipality(with_municipalities, document_info):
    doc, page = with_municipalities("Gouda en Nijmegen krijgen elk € 30.000.")
    facts = amount_facts(doc, page, document_info())
    assert [f.municipality_code for f in facts] == ["GM0513", "GM0268"]
    assert {(f.char_start, f.char_end, f.text) for f in facts} == {(30, 38, "€ 30.000")}
    assert facts[0].fact_id != facts[1].fact_id


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("Voor Gouda en Utrecht is een correctie van € 45.000 respectievelijk € 61.000 verwerkt.",
         ["GM0513", "GM0344"]),
        ("Almere, Gouda en Utrecht ontvangen respectievelijk € 1.000, € 2.000 en € 3.000.",
         ["GM0034", "GM0513", "GM0344"]),
        # A colon opens the chain as a comma with 'respectievelijk' does.
        ("Lelystad en Dronten dragen naar verhouding van hun inwonertal bij aan het tekort: € 84.000 respectievelijk"
         " € 31.500.", ["GM0995", "GM0303"]),
        ("Lelystad en Dronten dragen bij: € 84.000, € 31.500 respectievelijk € 7.000.", [None, None, None]),
        # As many amounts as names, or none is linked.
        ("Gouda en Utrecht ontvangen respectievelijk € 1.000, € 2.000 en € 3.000.", [None, None, None]),
        # Without 'respectievelijk' the pairing is not said.
        ("Gouda en Utrecht delen € 45.000 en € 61.000.", [None, None]),
    ],
)
def test_respectively_pairs_the_nth_amount_with_the_nth_name(linked, text, codes):
    assert linked(text) == codes


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        # The names in a short clause before a colon, a pronoun after it.
        ("Ook Gouda en Nijmegen vallen in de prijzen: zij ontvangen elk € 3,1 miljoen.", [["GM0513", "GM0268"]]),
        ("Almere, Gouda en Nijmegen doen mee: ze krijgen ieder € 50.000.", [["GM0034", "GM0513", "GM0268"]]),
        # Each pays its capital into a fund.
        ("De gemeenten Gouda en Nijmegen storten elk € 2,5 miljoen in het fonds.", [["GM0513", "GM0268"]]),
        # The pronoun shares, or another sentence stands between, or no pronoun: no distribution.
        ("Gouda en Nijmegen vallen in de prijzen: zij ontvangen samen € 3,1 miljoen.", [[]]),
        ("Gouda en Nijmegen doen mee. Zij krijgen elk € 30.000.", [[]]),
        ("Gouda en Nijmegen vallen in de prijzen: de scholen ontvangen elk € 3.000.", [[]]),
    ],
)
def test_distributed_to_a_pronoun_after_a_colon(with_municipalities, text, codes):
    assert distributed_codes(with_municipalities, text) == codes
