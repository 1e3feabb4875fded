"""amount_facts: values, redactions, totals, purposes and municipality links.

``amounts_sentences.jsonl`` holds short Dutch sentences written for this test
(not from the corpus), one per notation, qualifier, range, unit, non-amount
and linking case, each with the rows a careful reader expects. They run
through the whole pipeline (``process_text``), municipalities included.
"""

from __future__ import annotations

import dataclasses
import json
import re
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.nlp import annotate
from pipeline.normalize.amounts import (
    LinkInput,
    Mention,
    amount_facts,
    amount_then_name,
    contributes,
    distributed,
    granted_to,
    in_group,
    is_total,
    link_municipality,
    name_then_amount,
    on_behalf,
    payment_to,
    purpose_of,
    qualifier_before,
    receives,
    receives_inverted,
    receives_verb_last,
    table_row,
    unit_after,
)
from pipeline.process import process_text
from pipeline.records import CleanPage, DocumentInfo

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parents[1] / "corpus"
SENTENCES = [
    json.loads(line)
    for line in (HERE / "amounts_sentences.jsonl").read_text(encoding="utf-8").splitlines()
    if line.strip()
]
INFO = DocumentInfo(
    doc_id="doc",
    source="doc.txt",
    doc_type="overig",
    doc_type_rule="test",
    doc_date=None,
    title=None,
    n_pages=1,
    ingest="text",
)
CODES = {
    "Den Haag": "GM0518",
    "Amsterdam": "GM0363",
    "Utrecht": "GM0344",
    "Rotterdam": "GM0599",
    "Almere": "GM0034",
    "Gouda": "GM0513",
    "Nijmegen": "GM0268",
    "Lelystad": "GM0995",
    "Dronten": "GM0303",
}


def _cents(value: str | None) -> Decimal | None:
    return Decimal(value).quantize(Decimal("0.01")) if value is not None else None


def expected_row(amount: dict) -> tuple:
    return (
        _cents(amount["value"]),
        _cents(amount.get("value_max")),
        amount.get("qualifier", "exact"),
        amount.get("per"),
        amount.get("municipality"),
        amount.get("is_total", False),
        amount.get("redacted", False),
        amount.get("currency", "EUR"),
    )


def actual_row(fact) -> tuple:
    return (
        fact.value_eur,
        fact.value_eur_max,
        fact.qualifier,
        fact.per,
        fact.municipality_code,
        fact.is_total,
        fact.redacted,
        fact.currency,
    )


def test_the_sentence_set_is_big_enough_and_covers_every_case():
    assert len(SENTENCES) >= 60
    amounts = [a for s in SENTENCES for a in s["amounts"]]
    assert {a.get("qualifier", "exact") for a in amounts} >= {
        "exact",
        "more_than",
        "at_least",
        "at_most",
        "approx",
    }
    assert sum(1 for s in SENTENCES if not s["amounts"]) >= 8
    assert sum(1 for a in amounts if a.get("municipality")) >= 10
    assert any(a.get("value_max") for a in amounts) and any(a.get("redacted") for a in amounts)


@pytest.mark.parametrize("case", SENTENCES, ids=[s["text"][:50] for s in SENTENCES])
def test_sentence_gives_the_expected_rows(case):
    result = process_text(case["text"])
    assert [actual_row(f) for f in result.amounts] == [expected_row(a) for a in case["amounts"]]
    for fact, amount in zip(result.amounts, case["amounts"], strict=True):
        if "purpose" in amount:
            assert fact.purpose == amount["purpose"]
        assert case["text"][fact.char_start : fact.char_end] == fact.text


# --------------------------------------------------------------------------
# Corpus


def test_corpus_doc_000_links_all_eight_amounts():
    result = process_text((CORPUS / "000_4220880afda00369.txt").read_text(encoding="utf-8"))
    assert [(f.value_eur, f.municipality_code) for f in result.amounts] == [
        (Decimal("950000.00"), "GM0518"),
        (Decimal("920000.00"), "GM0363"),
        (Decimal("683000.00"), "GM0344"),
        (Decimal("665000.00"), "GM0599"),
        (Decimal("535000.00"), "GM0503"),
        (Decimal("400000.00"), "GM0202"),
        (Decimal("167000.00"), "GM0637"),
        (Decimal("157000.00"), "GM0406"),
    ]
    assert result.amounts[0].municipality_name == "'s-Gravenhage"


def test_corpus_doc_003_gives_four_redacted_amounts(nlp):
    text = (CORPUS / "003_fb9c48905ae8f9c9.txt").read_text(encoding="utf-8")
    debris = [(m.start(), m.end()) for m in re.finditer(r"\S*[®©¥]\S*", text)]
    page = dataclasses.replace(CleanPage.from_text(text), redactions=tuple(debris))
    facts = amount_facts(annotate(nlp, page), page, INFO)
    assert [(f.text, f.redacted, f.value_eur, f.per) for f in facts] == [
        ("fx®e", True, None, "dag"),
        ("p®e", True, None, None),
        ("g®e", True, None, None),
        ("¥®e", True, None, None),
    ]
    assert facts[2].is_total  # 'een totaalbudget aan van g®e'


@pytest.mark.parametrize(
    "name", ["001_5c82dbf24a4671f5.txt", "002_4598030a039988b1.txt", "004_a711dd0b2c82e4db.txt"]
)
def test_corpus_documents_without_money_give_no_rows(name):
    assert process_text((CORPUS / name).read_text(encoding="utf-8")).amounts == ()


# --------------------------------------------------------------------------
# Linking rules, with municipality spans put on the Doc by hand


def doc_with_municipalities(annotate_text, text: str):
    doc, page = annotate_text(text)
    spans = []
    for name, code in CODES.items():
        for m in re.finditer(re.escape(name), text):
            spans.append(doc.char_span(m.start(), m.end(), label="test", kb_id=code))
    doc.spans["municipalities"] = sorted(spans, key=lambda s: s.start_char)
    return doc, page


def link(annotate_text, text: str, rule=None):
    """The code each amount of ``text`` links to, by one rule or by all."""
    doc, _ = doc_with_municipalities(annotate_text, text)
    links = LinkInput.of(doc)
    out = []
    for start, end in links.amounts:
        if rule is None:
            hit = link_municipality(links, start, end)
            out.append(hit[0].code if hit else None)
        else:
            hit = rule(links, start, end)
            out.append(hit.code if hit is not None else None)
    return out


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
    ],
)
def test_name_then_amount(annotate_text, text, codes):
    assert link(annotate_text, text, name_then_amount) == codes


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("Er gaat € 50.000 naar Almere.", ["GM0034"]),
        ("Het Rijk stelt € 50.000 beschikbaar voor de gemeente Utrecht.", ["GM0344"]),
        ("Er is € 50.000 (Rotterdam) toegekend.", ["GM0599"]),
        ("Er is € 50.000 voor Gouda en Nijmegen.", [None]),
        ("Er is € 50.000 voor de aanpak in Utrecht.", [None]),
    ],
)
def test_amount_then_name(annotate_text, text, codes):
    assert link(annotate_text, text, amount_then_name) == codes


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("De gemeente Almere ontvangt € 50.000.", ["GM0034"]),
        ("Utrecht krijgt in 2016 een bijdrage van € 75.000.", ["GM0344"]),
        ("Almere vraagt € 20.000 aan.", ["GM0034"]),
        ("De gemeente Utrecht heeft € 75.000 ontvangen.", ["GM0344"]),
        ("Utrecht heeft € 75.000 extra gekregen.", ["GM0344"]),
        ("Utrecht heeft € 75.000 uitgegeven.", [None]),
        ("Gouda en Nijmegen krijgen € 80.000.", [None]),
        ("Utrecht heeft plannen ingediend en ontvangt € 75.000.", [None]),
        ("Utrecht ontvangt. Het Rijk betaalt € 75.000.", [None]),
    ],
)
def test_receives(annotate_text, text, codes):
    assert link(annotate_text, text, receives) == codes


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("Aan de gemeente Almere is € 50.000 toegekend.", ["GM0034"]),
        ("Aan Utrecht wordt € 50.000 uitgekeerd.", ["GM0344"]),
        ("Aan Gouda en Nijmegen is € 50.000 toegekend.", [None]),
        ("Utrecht is € 50.000 kwijt.", [None]),
        ("Aan Utrecht heeft het Rijk laten weten dat € 50.000 komt.", [None]),
        ("De minister kent de gemeente Almere een uitkering toe van € 50.000.", ["GM0034"]),
        ("Het Rijk verleent Utrecht een subsidie van € 50.000.", ["GM0344"]),
        ("De minister kent Utrecht, dat al veel deed, nu € 50.000 toe.", [None]),
        ("Het Rijk geeft Gouda en Nijmegen € 50.000.", [None]),
    ],
)
def test_granted_to(annotate_text, text, codes):
    assert link(annotate_text, text, granted_to) == codes


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("Gemeente | Bedrag\nLelystad | € 12.000\nDronten | € 8.500", ["GM0995", "GM0303"]),
        ("Lelystad\t12.000 euro\t€ 5.000", ["GM0995", "GM0995"]),
        ("- Almere € 10.000", ["GM0034"]),
        ("Lelystad en Dronten | € 20.000", [None]),
        ("In Almere werd vorig jaar € 10.000 uitgegeven.", [None]),
    ],
)
def test_table_row(annotate_text, text, codes):
    assert link(annotate_text, text, table_row) == codes


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("Utrecht ontving € 2 miljoen en Amsterdam € 3 miljoen.", ["GM0344", "GM0363"]),
        (
            "Utrecht ontving € 2 miljoen, Almere € 1 miljoen en Amsterdam € 3 miljoen.",
            ["GM0344", "GM0034", "GM0363"],
        ),
        ("Het Rijk betaalde € 2 miljoen en Amsterdam € 3 miljoen.", [None, None]),
        ("Utrecht ontving € 2 miljoen. Amsterdam € 3 miljoen.", ["GM0344", None]),
    ],
)
def test_gapped(annotate_text, text, codes):
    assert link(annotate_text, text) == codes


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("De gemeente Gouda trekt er € 250.000 voor uit.", ["GM0513"]),
        ("Almere stelt voor de komende jaren € 1,2 miljoen beschikbaar.", ["GM0034"]),
        ("De gemeente Nijmegen krijgt voor de wijkaanpak € 90.000 toegekend.", ["GM0268"]),
        ("Utrecht trekt € 2 miljoen uit voor de aanpak van eenzaamheid.", ["GM0344"]),
        # The particle belongs to another verb, or the name is no subject.
        ("Utrecht trekt veel bezoekers; het Rijk geeft € 2 miljoen uit.", [None]),
        ("De provincie trekt voor Gouda € 250.000 uit.", [None]),
        ("Gouda en Almere trekken er € 250.000 voor uit.", [None]),
    ],
)
def test_separable_verb(annotate_text, text, codes):
    assert link(annotate_text, text) == codes


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        (
            "De gemeente Gouda ontving in 2019 € 60.000 voor schuldhulp en ruim € 12.000 voor de voedselbank.",
            ["GM0513", "GM0513"],
        ),
        ("Almere kreeg € 30.000 per jaar en € 5.000 eenmalig.", ["GM0034", "GM0034"]),
        ("Utrecht ontving € 40.000 voor sport en nog € 8.000 voor cultuur.", ["GM0344", "GM0344"]),
        # Another subject, verb or clause before the second amount: no link.
        ("Utrecht ontving € 40.000 voor sport en het Rijk betaalde € 8.000.", ["GM0344", None]),
        ("Utrecht ontving € 40.000 voor sport. Daarna volgde € 8.000.", ["GM0344", None]),
        ("Het Rijk gaf € 40.000 voor sport en € 8.000 voor cultuur aan Utrecht.", [None, None]),
    ],
)
def test_second_object_of_the_same_verb(annotate_text, text, codes):
    assert link(annotate_text, text) == codes


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        (
            "Hierbij bevestig ik dat de gemeente Gouda voor het programma Gezond Opgroeien in de binnenstad een bijdrage van € 75.000 ontvangt.",
            ["GM0513"],
        ),
        # The verb does not close the clause right after the amount: the short gap applies.
        (
            "Ik meld dat de gemeente Gouda voor het programma Gezond Opgroeien in de binnenstad een bijdrage van € 75.000 later dit jaar ontvangt.",
            [None],
        ),
        (
            "Ik meld dat de gemeente Gouda voor het programma Gezond Opgroeien in de binnenstad een bijdrage van € 75.000 betaalt.",
            [None],
        ),
    ],
)
def test_verb_last_with_a_long_gap(annotate_text, text, codes):
    assert link(annotate_text, text) == codes


@pytest.mark.parametrize(
    "text",
    [
        "Utrecht, Amsterdam en Rotterdam delen € 3 miljoen.",
        "Het kabinet geeft € 3 miljoen uit; ook Utrecht doet mee.",
        "In Utrecht en Amsterdam is € 3 miljoen besteed.",
        "Naast Almere heeft het Rijk € 3 miljoen toegezegd aan gemeenten.",
    ],
)
def test_no_link_without_a_structural_cue(annotate_text, text):
    assert link(annotate_text, text) == [None]


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("Zo krijgt de gemeente Almere € 2 miljoen voor nieuwe woningen.", ["GM0034"]),
        ("In 2018 ontving Gouda een bijdrage van € 80.000.", ["GM0513"]),
        ("Daarnaast kreeg Nijmegen vorig jaar € 15.000 extra.", ["GM0268"]),
        # A comma or another clause between: not one clause.
        ("Zo krijgt Almere, net als eerder, € 2 miljoen.", [None]),
        ("Zo krijgt Almere de helft. Het Rijk houdt € 2 miljoen achter.", [None]),
        # The verb does not stand right before the name.
        ("Zo krijgt het Rijk van Almere € 2 miljoen terug.", [None]),
    ],
)
def test_receives_inverted(annotate_text, text, codes):
    assert link(annotate_text, text, receives_inverted) == codes


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("Klopt het dat de gemeente Gouda in 2018 € 40.000 minder ontving?", ["GM0513"]),
        ("Wij weten niet of Almere dit jaar ruim € 3 miljoen krijgt.", ["GM0034"]),
        # A main clause: the verb stands second, this shape is no subordinate clause.
        ("Almere heeft dit jaar € 3 miljoen uitgegeven aan wat het kreeg.", [None]),
        # No verb of receiving after the amount.
        ("Het is bekend dat Gouda € 40.000 heeft uitgegeven.", [None]),
    ],
)
def test_receives_verb_last(annotate_text, text, codes):
    assert link(annotate_text, text, receives_verb_last) == codes


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("De uitkering aan Gouda steeg in 2019 met € 20.000.", ["GM0513"]),
        ("De subsidie aan de gemeente Nijmegen bedraagt € 45.000.", ["GM0268"]),
        ("De brief aan Gouda noemt € 20.000.", [None]),
        ("De uitkering aan Gouda, zo blijkt, steeg met € 20.000.", [None]),
    ],
)
def test_payment_to(annotate_text, text, codes):
    assert link(annotate_text, text, payment_to) == codes


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("De gemeente Almere draagt zelf € 60.000 bij.", ["GM0034"]),
        ("Nijmegen legt daar € 25.000 bij.", ["GM0268"]),
        ("De gemeente Almere draagt de kosten van € 60.000.", [None]),
    ],
)
def test_contributes(annotate_text, text, codes):
    assert link(annotate_text, text, contributes) == codes


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        (
            "Namens de gemeente Gouda, mede namens de gemeenten Almere en Lelystad, vragen wij "
            "een subsidie van € 64.000 voor het project.",
            ["GM0513"],
        ),
        ("Namens de gemeente Gouda verzoek ik u om een bijdrage van € 8.000.", ["GM0513"]),
        # Another municipality between that is no co-applicant.
        ("Namens Gouda vragen wij of Nijmegen € 8.000 heeft gekregen.", [None]),
        # A group of applicants shares the amount; a co-applicant alone is not the applicant.
        ("Wij vragen namens Gouda en Nijmegen om € 8.000.", [None]),
        ("Mede namens de gemeente Gouda vragen wij € 8.000.", [None]),
        # No request in the sentence.
        ("Namens de gemeente Gouda melden wij dat de kosten € 8.000 bedragen.", [None]),
    ],
)
def test_on_behalf(annotate_text, text, codes):
    assert link(annotate_text, text, on_behalf) == codes


def distributed_codes(annotate_text, text: str) -> list[list[str]]:
    doc, _ = doc_with_municipalities(annotate_text, text)
    links = LinkInput.of(doc)
    return [[m.code for m in distributed(links, s, e)] for s, e in links.amounts]


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("Gouda en Nijmegen krijgen elk € 30.000.", [["GM0513", "GM0268"]]),
        ("Voor Almere, Gouda en Nijmegen is ieder € 5.000 bestemd.", [["GM0034", "GM0513", "GM0268"]]),
        ("Gouda en Nijmegen ontvangen € 30.000 per gemeente.", [["GM0513", "GM0268"]]),
        # Without a distributive word the group shares the amount.
        ("Gouda en Nijmegen krijgen samen € 30.000.", [[]]),
        ("Gouda en Nijmegen krijgen € 30.000 elk.", [["GM0513", "GM0268"]]),
        ("Gouda en Nijmegen krijgen € 30.000 elk jaar.", [[]]),
        ("Gouda en Nijmegen krijgen € 30.000.", [[]]),
        # One municipality is no distribution.
        ("Gouda krijgt elk jaar € 30.000.", [[]]),
        # Another clause between the group and the amount.
        ("Gouda en Nijmegen doen mee. Zij krijgen elk € 30.000.", [[]]),
    ],
)
def test_distributed(annotate_text, text, codes):
    assert distributed_codes(annotate_text, text) == codes


def test_distributed_amount_gives_one_fact_per_municipality(annotate_text):
    doc, page = doc_with_municipalities(annotate_text, "Gouda en Nijmegen krijgen elk € 30.000.")
    facts = amount_facts(doc, page, INFO)
    assert [f.municipality_code for f in facts] == ["GM0513", "GM0268"]
    assert {(f.char_start, f.char_end, f.text) for f in facts} == {(30, 38, "€ 30.000")}
    assert facts[0].fact_id != facts[1].fact_id


def test_in_group_sees_lists_joined_without_amounts():
    text = "de gemeenten Gouda en Nijmegen, en Almere (€ 5) en Utrecht (€ 6)"
    mentions = tuple(
        Mention(m.start(), m.end(), CODES[m.group()]) for m in re.finditer("|".join(CODES), text)
    )
    links = LinkInput(text, mentions)
    gouda, nijmegen, almere, utrecht = mentions
    assert in_group(links, gouda) and in_group(links, nijmegen) and in_group(links, almere)
    assert not in_group(links, utrecht)


def test_link_gives_the_official_name(annotate_text):
    doc, page = doc_with_municipalities(annotate_text, "Den Haag (€ 950.000)")
    (fact,) = amount_facts(doc, page, INFO)
    assert (fact.municipality_code, fact.municipality_name) == ("GM0518", "'s-Gravenhage")
    assert fact.link_rule == "name_then_amount"


# --------------------------------------------------------------------------
# Totals, purpose, units of redacted figures


@pytest.mark.parametrize(
    ("text", "amount", "total"),
    [
        ("In totaal is € 7 miljoen beschikbaar.", "€ 7 miljoen", True),
        ("Er is € 7 miljoen in totaal.", "€ 7 miljoen", True),
        ("Het totaalbudget van € 64.000 is op.", "€ 64.000", True),
        ("De totale kosten zijn € 64.000.", "€ 64.000", True),
        ("Samen ontvangen zij € 64.000.", "€ 64.000", True),
        ("Totaal | € 20.500", "€ 20.500", True),
        ("Samen met de provincie betaalt de gemeente € 40.000.", "€ 40.000", False),
        ("Het totaal is bekend. Utrecht krijgt € 40.000.", "€ 40.000", False),
        ("Den Haag krijgt € 950.000.", "€ 950.000", False),
    ],
)
def test_is_total(text, amount, total):
    start = text.index(amount)
    assert is_total(text, start, start + len(amount)) is total


@pytest.mark.parametrize(
    ("text", "amount", "purpose"),
    [
        (
            "Er is € 5 miljoen voor de aanpak van radicalisering.",
            "€ 5 miljoen",
            "de aanpak van radicalisering",
        ),
        ("Het Rijk trekt € 5 miljoen uit voor preventie, zo blijkt.", "€ 5 miljoen", "preventie"),
        ("Er is € 5.000 ten behoeve van trainingen.", "€ 5.000", "trainingen"),
        ("Er is € 5.000 per jaar voor netwerkregie.", "€ 5.000", "netwerkregie"),
        ("Er is € 5.000 voor 2016.", "€ 5.000", None),
        ("Er is € 5.000 voor de gemeente.", "€ 5.000", None),
        ("Er is € 5.000 voor Almere.", "€ 5.000", None),
        ("Er is € 5.000 voor de aanpak in Almere.", "€ 5.000", "de aanpak in Almere"),
        ("Er is € 5.000 beschikbaar.", "€ 5.000", None),
        (
            "Er is € 5.000 voor de training van ambtenaren die in de wijken werken en daar"
            " vaak alleen staan.",
            "€ 5.000",
            None,
        ),
    ],
)
def test_purpose_of(annotate_text, text, amount, purpose):
    doc, _ = doc_with_municipalities(annotate_text, text)
    end = text.index(amount) + len(amount)
    assert purpose_of(text, end, LinkInput.of(doc).mentions) == purpose


@pytest.mark.parametrize(
    ("text", "per"),
    [
        (" per dag", "dag"),
        (" p.p.", "persoon"),
        ("/jaar", "jaar"),
        (" voor de training", None),
        ("", None),
    ],
)
def test_unit_after_a_redacted_figure(text, per):
    assert unit_after("xxx" + text, 3) == per


# --------------------------------------------------------------------------
# Fact fields


def test_range_qualifier_unit_and_cents(annotate_text):
    doc, page = annotate_text("Het kost ruim € 10.000,50 – € 20.000 per jaar.")
    (fact,) = amount_facts(doc, page, INFO)
    assert (fact.value_eur, fact.value_eur_max, fact.qualifier, fact.per) == (
        Decimal("10000.50"),
        Decimal("20000.00"),
        "more_than",
        "jaar",
    )
    assert fact.rule == "euro_sign_digits"
    assert page.text[fact.char_start : fact.char_end] == fact.text


def test_other_currency_has_no_euro_value(annotate_text):
    doc, page = annotate_text("Het kost $ 5 miljoen.")
    (fact,) = amount_facts(doc, page, INFO)
    assert (fact.currency, fact.value_eur, fact.redacted) == ("USD", None, False)
    assert fact.value_in_currency == Decimal("5000000.00")


def test_table_header_scale_is_applied(annotate_text):
    doc, page = annotate_text("Gemeente  Bedrag (x € 1.000)\nUrk  12,5\n")
    (fact,) = amount_facts(doc, page, INFO)
    assert (fact.text, fact.rule, fact.value_eur) == ("12,5", "table_cell", Decimal("12500.00"))


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [("een bedrag van circa ", "approx"), ("bedragen maximaal ", "at_most"), ("bedragen ", None)],
)
def test_qualifier_before_a_redacted_figure(text, qualifier):
    assert qualifier_before(text + "xxx", len(text)) == qualifier


def test_redacted_fact_has_no_value(nlp):
    text = "De kosten bedragen g®e per dag."
    page = dataclasses.replace(CleanPage.from_text(text), redactions=((19, 22),))
    (fact,) = amount_facts(annotate(nlp, page), page, INFO)
    assert (fact.text, fact.redacted, fact.value_eur, fact.qualifier, fact.per) == (
        "g®e",
        True,
        None,
        None,
        "dag",
    )


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("Het plafond is € 1.000.000,00 (één miljoen euro).", ["1000000.00"]),
        ("Het plafond is € 1.000.000 (€ 900.000 in 2016).", ["1000000.00", "900000.00"]),
        ("Het plafond is € 1.000.000; één miljoen euro is veel.", ["1000000.00", "1000000.00"]),
    ],
)
def test_a_figure_restated_in_brackets_is_one_row(annotate_text, text, values):
    doc, page = annotate_text(text)
    assert [str(f.value_eur) for f in amount_facts(doc, page, INFO)] == values


def test_redacted_table_cell_is_a_redacted_fact(nlp):
    text = "Gemeente | Bedrag\nAlmere | g®e\nLelystad | € 5.000\n"
    start = text.index("g®e")
    page = dataclasses.replace(CleanPage.from_text(text), redactions=((start, start + 3),))
    doc = annotate(nlp, page)
    doc.spans["municipalities"] = [
        doc.char_span(text.index("Almere"), text.index("Almere") + 6, label="t", kb_id="GM0034")
    ]
    facts = amount_facts(doc, page, INFO)
    assert [(f.text, f.rule, f.redacted, f.value_eur, f.municipality_code) for f in facts] == [
        ("g®e", "redacted_table_cell", True, None, "GM0034"),
        # In a table the cell rule wins a tie: it knows the row and column.
        ("€ 5.000", "table_cell", False, Decimal("5000.00"), None),
    ]


def test_fact_ids_differ_per_amount(annotate_text):
    doc, page = annotate_text("€ 5 en € 6 en € 7")
    facts = amount_facts(doc, page, INFO)
    assert len({f.fact_id for f in facts}) == 3


@given(
    st.text(
        alphabet=st.sampled_from(list("€ 0123456789.,-–kmlnjoeurtdagpsvwhz()|\n®x")), max_size=80
    )
)
@settings(max_examples=150, deadline=None)
def test_facts_from_any_text_keep_their_offsets(text):
    result = process_text(text)
    page = result.pages[0].text if result.pages else ""
    for fact in result.amounts:
        assert page[fact.char_start : fact.char_end] == fact.text
        assert fact.value_eur is None or fact.value_eur >= 0
