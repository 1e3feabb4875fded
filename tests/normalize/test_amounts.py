"""amount_facts: values, redactions, totals, purposes; the links themselves are tested in tests/link.

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

from pipeline.link.amounts import LinkInput
from pipeline.nlp import annotate
from pipeline.normalize.amounts import (
    amount_facts,
    is_total,
    purpose_of,
    qualifier_before,
    unit_after,
)
from pipeline.process import process_text
from pipeline.records import CleanPage

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parents[1] / "corpus"
SENTENCES = [
    json.loads(line)
    for line in (HERE / "amounts_sentences.jsonl").read_text(encoding="utf-8").splitlines()
    if line.strip()
]


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


def test_corpus_doc_003_gives_four_redacted_amounts(nlp, document_info):
    text = (CORPUS / "003_fb9c48905ae8f9c9.txt").read_text(encoding="utf-8")
    debris = [(m.start(), m.end()) for m in re.finditer(r"\S*[®©¥]\S*", text)]
    page = dataclasses.replace(CleanPage.from_text(text), redactions=tuple(debris))
    facts = amount_facts(annotate(nlp, page), page, document_info())
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
def test_purpose_of(with_municipalities, text, amount, purpose):
    doc, _ = with_municipalities(text)
    end = text.index(amount) + len(amount)
    assert purpose_of(text, end, LinkInput.of(doc).mentions) == purpose


@pytest.mark.parametrize(
    ("text", "per"),
    [
        (" per dag", "dag"),
        (" p.p.", "persoon"),
        # A tourist tax is per night.
        (" per nacht", "nacht"),
        (" per overnachting", "nacht"),
        ("/jaar", "jaar"),
        (" voor de training", None),
        ("", None),
    ],
)
def test_unit_after_a_redacted_figure(text, per):
    assert unit_after("xxx" + text, 3) == per


# --------------------------------------------------------------------------
# Fact fields


def test_range_qualifier_unit_and_cents(annotate_text, document_info):
    doc, page = annotate_text("Het kost ruim € 10.000,50 – € 20.000 per jaar.")
    (fact,) = amount_facts(doc, page, document_info())
    assert (fact.value_eur, fact.value_eur_max, fact.qualifier, fact.per) == (
        Decimal("10000.50"),
        Decimal("20000.00"),
        "more_than",
        "jaar",
    )
    assert fact.rule == "euro_sign_digits"
    assert page.text[fact.char_start : fact.char_end] == fact.text


def test_other_currency_has_no_euro_value(annotate_text, document_info):
    doc, page = annotate_text("Het kost $ 5 miljoen.")
    (fact,) = amount_facts(doc, page, document_info())
    assert (fact.currency, fact.value_eur, fact.redacted) == ("USD", None, False)
    assert fact.value_in_currency == Decimal("5000000.00")


def test_a_table_column_in_guilders_has_no_euro_value(annotate_text, document_info):
    doc, page = annotate_text("Gemeente  Bijdrage NLG  Bijdrage EUR\nUrk  22.040,00  10.001,45\n")
    facts = amount_facts(doc, page, document_info())
    assert [(f.text, f.currency, f.value_eur, f.value_in_currency, f.municipality_code) for f in facts] == [
        ("22.040,00", "NLG", None, Decimal("22040.00"), None),
        ("10.001,45", "EUR", Decimal("10001.45"), Decimal("10001.45"), "GM0184")]


def test_table_header_scale_is_applied(annotate_text, document_info):
    doc, page = annotate_text("Gemeente  Bedrag (x € 1.000)\nUrk  12,5\n")
    (fact,) = amount_facts(doc, page, document_info())
    assert (fact.text, fact.rule, fact.value_eur) == ("12,5", "table_cell", Decimal("12500.00"))


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [("een bedrag van circa ", "approx"), ("bedragen maximaal ", "at_most"), ("bedragen ", None)],
)
def test_qualifier_before_a_redacted_figure(text, qualifier):
    assert qualifier_before(text + "xxx", len(text)) == qualifier


def test_redacted_fact_has_no_value(nlp, document_info):
    text = "De kosten bedragen g®e per dag."
    page = dataclasses.replace(CleanPage.from_text(text), redactions=((19, 22),))
    (fact,) = amount_facts(annotate(nlp, page), page, document_info())
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
def test_a_figure_restated_in_brackets_is_one_row(annotate_text, text, values, document_info):
    doc, page = annotate_text(text)
    assert [str(f.value_eur) for f in amount_facts(doc, page, document_info())] == values


def test_redacted_table_cell_is_a_redacted_fact(nlp, document_info):
    text = "Gemeente | Bedrag\nAlmere | g®e\nLelystad | € 5.000\n"
    start = text.index("g®e")
    page = dataclasses.replace(CleanPage.from_text(text), redactions=((start, start + 3),))
    doc = annotate(nlp, page)
    doc.spans["municipalities"] = [
        doc.char_span(text.index("Almere"), text.index("Almere") + 6, label="t", kb_id="GM0034")
    ]
    facts = amount_facts(doc, page, document_info())
    assert [(f.text, f.rule, f.redacted, f.value_eur, f.municipality_code) for f in facts] == [
        ("g®e", "redacted_table_cell", True, None, "GM0034"),
        # In a table the cell rule wins a tie: it knows the row and column.
        ("€ 5.000", "table_cell", False, Decimal("5000.00"), None),
    ]


def test_fact_ids_differ_per_amount(annotate_text, document_info):
    doc, page = annotate_text("€ 5 en € 6 en € 7")
    facts = amount_facts(doc, page, document_info())
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
        # A figure is negative only where its text carries the sign (`–1 €`, `−1.234`, `-/- € 5`).
        if fact.value_eur is not None and fact.value_eur < 0:
            assert fact.text[0] in "-–−(", fact.text



def test_rows_of_money_from_the_rijk_in_a_municipalitys_own_budget_are_its_own(links_of):
    text = ("Gemeente Oss | Programmabegroting 2026\n\n6.1 Algemene dekkingsmiddelen\n\n"
            "Bedragen x € 1.000\nOmschrijving\tRekening 2024\tBegroting 2025\n"
            "Algemene uitkering gemeentefonds\t198.412\t211.840\n"
            "Decentralisatie-uitkeringen\t3.115\t(1.530)\n"
            "Onroerendezaakbelastingen\t24.870\t26.114\n"
            "Totaal algemene dekkingsmiddelen\t226.397\t236.424\n")
    assert links_of(text) == [("198.412", "GM0828"), ("211.840", "GM0828"), ("3.115", "GM0828"),
                            ("(1.530)", "GM0828"), ("24.870", None), ("26.114", None),
                            ("226.397", None), ("236.424", None)]


def test_a_sisa_table_in_an_audit_report_of_one_municipality_is_its_money(links_of):
    text = ("Accountantsverslag 2024 gemeente Zaltbommel\n\nBevindingen\n\n"
            "Specifieke uitkering\tOntvangen (€)\tBesteed 2024 (€)\n"
            "SPUK Brede aanpak dakloosheid\t56.000\t31.250\n"
            "Onderwijsachterstandenbeleid\t842.300\t842.300\n"
            "Totaal\t898.300\t873.550\n")
    assert [code for _, code in links_of(text)] == ["GM0297"] * 4 + [None, None]


def test_rows_of_money_from_the_rijk_in_a_report_that_names_two_municipalities_are_no_ones(links_of):
    text = ("Gemeente Oss en gemeente Bernheze | Samenwerkingsbegroting 2026\n\n"
            "Bedragen x € 1.000\nOmschrijving\tBegroting 2025\tBegroting 2026\n"
            "Algemene uitkering gemeentefonds\t198.412\t211.840\n"
            "Integratie-uitkering Participatie\t14.208\t14.650\n")
    assert [code for _, code in links_of(text)] == [None] * 4


def test_columns_that_are_municipalities_give_their_cells_to_them_but_not_the_totals(links_of):
    text = ("Tabel 4.2a Ingebrachte reserves per 1 januari 2019 (bedragen x € 1.000)\n\n"
            "Reserve\tGeldermalsen\tLingewaal\tTotaal\n"
            "Algemene reserve\t18.412\t6.205\t24.617\n"
            "Bestemmingsreserves\t7.340\t2.118\t9.458\n"
            "Totaal\t25.752\t8.323\t34.075\n")
    assert [code for _, code in links_of(text)] == ["GM0236", "GM0733", None, "GM0236", "GM0733", None,
                                                  None, None, None]


def test_co_financing_of_a_region_is_not_its_penvoerders_but_a_municipalitys_own_row_keeps_it(links_of):
    regions = ("Bedragen in euro\n\nRegio Deal\tPenvoerder\tRijksbijdrage\tCofinanciering regio\n"
               "Foodvalley\tgemeente Ede\t22.500.000\t24.000.000\n"
               "Parkstad Limburg\tgemeente Heerlen\t40.000.000\t40.000.000\n"
               "Noordoost-Brabant\tgemeente Oss\t25.000.000\t27.850.000\n")
    assert [code for _, code in links_of(regions)] == ["GM0228", None, "GM0917", None, "GM0828", None]
    own_rows = ("Bedragen in euro\n\nDeelnemer\tSubsidie\tCofinanciering regio\n"
                "Lelystad\t80.000\t40.000\nDronten\t60.000\t30.000\nZeewolde\t50.000\t25.000\n")
    assert [code for _, code in links_of(own_rows)][2:] == ["GM0303", "GM0303", "GM0050", "GM0050"]


_STORM_REPORT = ("Projectbureau Herstel\n\nFinanciële rapportage stormschade 2024\n\nKosten en dekking (x € 1.000)\n\n"
                 "\tBedrag\nLasten\nOpruimen stormhout\t420\nTotaal lasten\t420\nBaten\n"
                 "Bijdrage provincie Overijssel\t200\nUitkering verzekeraars\t150\nTotaal baten\t350\n\n"
                 "Het saldo wordt gedekt uit de algemene reserve.\n")


def test_the_income_rows_of_a_report_under_a_municipalitys_head_are_its_money(links_of):
    # No sender: the head names the municipality whose report it is; a foundation's head names none.
    got = links_of("GEMEENTE DEVENTER\n" + _STORM_REPORT)
    assert [c for _, c in got] == [None, None, "GM0150", "GM0150", None]
    got = links_of("STICHTING NOODFONDS OOST\n" + _STORM_REPORT)
    assert [c for _, c in got] == [None] * 5


_MEASURES = ("Inzet extra middelen (bedragen in euro's)\n\nMaatregel\t2025\nSchuldhulp aan huis\t410.000\n"
             "Bijzondere bijstand\t300.000\nReserve armoede\t120.000\nTotaal\t830.000\n")


def test_the_measures_that_share_out_money_a_municipality_receives_are_its_own_in_its_own_proposal(links_of):
    # The Rijk's money keeps the receiver's code in the text; the table says how the writer spends it.
    text = ("Raadsvoorstel\n\nVoorgesteld besluit: de extra middelen van € 830.000 die Zaanstad in 2025 van het "
            "Rijk ontvangt, in te zetten zoals in de tabel hieronder.\n\n" + _MEASURES
            + "\nBurgemeester en wethouders van Zaanstad,\nde secretaris, de burgemeester,\n")
    assert [c for _, c in links_of(text)] == ["GM0479", None, None, None, None]
    # Near miss: a province's letter that grants the same sum: the rows are the receiver's money.
    letter = "De provincie verleent de gemeente Zaanstad een subsidie van € 830.000.\n\n" + _MEASURES
    assert [c for _, c in links_of(letter)] == ["GM0479"] * 4 + [None]
