"""A rekenkamer's report on one municipality: its budget and realisation are that municipality's
money (pipeline.link.audit)."""

from __future__ import annotations

import pytest

from pipeline.link.audit import audited_municipality
from pipeline.normalize.amounts import amount_facts


@pytest.mark.parametrize(
    ("head", "furniture", "code"),
    [
        ("Rekenkamer Zwolle | Onderzoek naar het minimabeleid\n\n2 Financiën", (), "GM0193"),
        ("2 Financiën\n\nDe lasten stegen.", ("Rekenkamercommissie Bergen op Zoom Onderzoek schuldhulp",), "GM0748"),
        ("Van Dijk Accountants | Accountantsverslag 2024 gemeente Oss\n\n3 Bevindingen", (), "GM0828"),
        # The title names the report, the line under it the municipality it is on.
        ("Van Dijk Accountants\nRapport van feitelijke bevindingen SiSa 2024\nGemeente Oss - specifieke uitkering",
         (), "GM0828"),
        # A municipality's own proposal that only cites such a report is none.
        ("Gemeente Oss\nRaadsvoorstel\nReactie op het rapport van feitelijke bevindingen SiSa 2024", (), None),
        # A regional rekenkamer names no municipality; a municipality's own budget has no audit body.
        ("Rekenkamer Oost-Nederland | Onderzoek naar de jeugdzorg in Zwolle", (), None),
        ("Gemeente Zwolle | Programmabegroting 2026", (), None),
    ],
)
def test_the_municipality_an_audit_report_is_on(document_info, head, furniture, code):
    assert audited_municipality(document_info(doc_type="rapport"), head, furniture) == code


@pytest.mark.parametrize(
    ("head", "furniture", "code"),
    [
        # The body's own yearly account: the budget it spent on its members and studies is its own.
        ("Rekenkamercommissie Zwolle | Jaarverslag 2024\n\n5 Financiën", (), None),
        ("5 Financiën\n\nDe commissie besteedde minder.", ("Jaarverslag 2024 Rekenkamercommissie Zwolle | 9",), None),
        # Near miss: a study of the municipality's own annual account is on the municipality.
        ("Rekenkamer Zwolle | Onderzoek naar het jaarverslag 2024\n\n2 Bevindingen", (), "GM0193"),
    ],
)
def test_an_audit_bodys_own_yearly_account_is_on_no_municipality(document_info, head, furniture, code):
    assert audited_municipality(document_info(doc_type="rapport"), head, furniture) == code


_TABLE = ("Tabel 2.1 Lasten schuldhulpverlening 2024 (bedragen in euro)\n"
          "Onderdeel\tBegroting 2024\tRekening 2024\tVerschil\n"
          "Schuldhulpverlening\t640.000\t612.300\t27.700\n"
          "Subsidie Stichting Schuldmaatjes\t85.000\t85.000\t0\n"
          "Totaal\t725.000\t697.300\t27.700\n")


def test_an_audit_reports_budget_table_carries_the_municipality_it_is_on(with_municipalities, document_info):
    doc, page = with_municipalities("Rekenkamer Zwolle | Onderzoek naar de schuldhulpverlening\n\n" + _TABLE)
    facts = amount_facts(doc, page, document_info(doc_type="rapport"))
    assert [(f.text, f.municipality_code) for f in facts] == [
        ("640.000", "GM0193"), ("612.300", "GM0193"), ("27.700", "GM0193"),
        # A subsidy to a foundation and the totals are nobody's.
        ("85.000", None), ("85.000", None), ("0", None),
        ("725.000", None), ("697.300", None), ("27.700", None)]


def test_a_municipalitys_own_budget_table_carries_no_code(with_municipalities, document_info):
    doc, page = with_municipalities("Gemeente Zwolle | Jaarstukken 2024\n\n" + _TABLE)
    facts = amount_facts(doc, page, document_info(doc_type="jaarverslag"))
    assert [f.municipality_code for f in facts] == [None] * 9


def test_a_bare_de_gemeente_in_an_audit_report_is_the_municipality_it_is_on(with_municipalities, document_info):
    text = ("Rekenkamer Zwolle | Onderzoek naar de inburgering\n\n3 Financiën\n\n"
            "In 2023 ontving de gemeente € 2,5 miljoen van het Rijk. In 2023 besteedde de gemeente € 2.702.114 "
            "aan inburgering. De accountant vond een fout van € 14.200.")
    doc, page = with_municipalities(text)
    facts = amount_facts(doc, page, document_info(doc_type="rapport"))
    assert [f.municipality_code for f in facts] == ["GM0193", "GM0193", None]
    # Without the audit body at its head the bare 'de gemeente' has no antecedent.
    doc, page = with_municipalities(text.replace("Rekenkamer Zwolle", "Bureau Onderzoek"))
    assert [f.municipality_code for f in amount_facts(doc, page, document_info(doc_type="rapport"))] == [None] * 3


def test_an_audit_reports_year_and_bedrag_columns_carry_the_municipality_it_is_on(with_municipalities, document_info):
    text = ("Rekenkamer Zwolle | Onderzoek naar de jeugdhulp\n\n"
            "Tabel 3.1 Lasten jeugdhulp gemeente Zwolle (bedragen in euro)\n"
            "Onderdeel\t2022\t2023\n"
            "Jeugdhulp met verblijf\t412.000\t455.000\n"
            "Totaal\t412.000\t455.000\n\n"
            "Tabel 3.2 Oorzaken (bedragen in euro)\n"
            "Oorzaak\tBedrag\tAandeel\n"
            "Hogere tarieven\t180.000\t60%\n")
    doc, page = with_municipalities(text)
    facts = amount_facts(doc, page, document_info(doc_type="rapport"))
    assert [(f.text, f.municipality_code) for f in facts] == [
        ("412.000", "GM0193"), ("455.000", "GM0193"), ("412.000", None), ("455.000", None),
        ("180.000", "GM0193")]


def test_an_audit_reports_credits_and_overruns_in_prose_are_the_municipalitys(with_municipalities, document_info):
    text = ("Rekenkamer Zwolle | Onderzoek naar de bouw van de sporthal\n\n2 Samenvatting\n\n"
            "Samen met het voorbereidingskrediet bedroeg het krediet € 4,1 miljoen. "
            "De eindafrekening komt uit op € 5,3 miljoen, een overschrijding van € 1,2 miljoen. "
            "Het college meldde tegenvallers van € 0,4 miljoen (2022) en € 0,8 miljoen (2023).")
    doc, page = with_municipalities(text)
    facts = amount_facts(doc, page, document_info(doc_type="rapport"))
    assert [f.municipality_code for f in facts] == ["GM0193"] * 5


def test_an_audit_reports_limits_sums_and_gifts_to_foundations_are_no_ones(with_municipalities, document_info):
    text = ("Rekenkamer Zwolle | Onderzoek naar de bouw van de sporthal\n\n2 Bevindingen\n\n"
            "Het college moet de raad informeren als een krediet met meer dan € 250.000 wordt overschreden. "
            "De accountant hanteerde een rapporteringstolerantie van € 150.000 voor de kosten. "
            "Leg bij projecten boven € 5 miljoen een risicoreservering vast voor de kosten. "
            "De vijf dorpen brachten hun reserves in; samen was dat een bijdrage van € 2,1 miljoen. "
            "De gemeente betaalde € 65.000 subsidie aan Stichting Sporthal Zwolle voor de kosten van de tribune. "
            "De kosten van Dronten waren € 90.000.")
    doc, page = with_municipalities(text)
    facts = amount_facts(doc, page, document_info(doc_type="rapport"))
    assert [f.municipality_code for f in facts][:5] == [None] * 5
    # Another municipality's sentence is not the audited one's.
    assert facts[5].municipality_code != "GM0193"
    # The same sentences without the audit body at the head: the municipality's own report.
    doc, page = with_municipalities(text.replace("Rekenkamer Zwolle", "Gemeente Zwolle"))
    assert [f.municipality_code for f in amount_facts(doc, page, document_info(doc_type="rapport"))][:3] == [None] * 3


def test_a_subsidy_row_stays_no_ones_when_a_sentence_gives_the_total_to_the_audited_municipality(
        with_municipalities, document_info):
    # The sentence makes the budget's total the audited municipality's, and the rows that add up to it its parts;
    # the subsidy to an organisation among them is still no one's money in the report.
    text = ("Rekenkamer Zwolle | Onderzoek naar de schuldhulpverlening\n\n2 Financiën\n\n"
            "Het college had in de begroting 2024 € 725.000 geraamd.\n\n" + _TABLE)
    doc, page = with_municipalities(text)
    facts = amount_facts(doc, page, document_info(doc_type="rapport"))
    codes = {(f.text, f.municipality_code) for f in facts}
    assert ("€ 725.000", "GM0193") in codes and ("640.000", "GM0193") in codes
    assert [f.municipality_code for f in facts if f.row_label and f.row_label.startswith("Subsidie")] == [None] * 3


def test_an_audit_reports_property_values_rents_and_maintenance_are_the_municipalitys(
        with_municipalities, document_info):
    text = ("Rekenkamer Zwolle | Onderzoek naar het gemeentelijk vastgoed\n\n2 Het vastgoed in cijfers\n\n"
            "De gemeente bezit 40 panden met een WOZ-waarde van € 31,2 miljoen. De boekwaarde is € 14,8 miljoen. "
            "Het landelijk gemiddelde is € 1,9 miljoen; de begroting bevat € 1,5 miljoen. "
            "Verhoog de voorziening onderhoud met € 400.000. Een factuur van € 4.100 bleek een fout.\n\n"
            "Categorie\tWOZ-waarde (€)\tBoekwaarde (€)\tHuurinkomsten 2023 (€)\tOnderhoudskosten 2023 (€)\n"
            "Sport\t12.100.000\t6.200.000\t308.000\t642.000\n"
            "Totaal\t31.200.000\t14.800.000\t900.000\t1.500.000\n")
    doc, page = with_municipalities(text)
    facts = amount_facts(doc, page, document_info(doc_type="rapport"))
    assert [(f.text, f.municipality_code) for f in facts] == [
        ("€ 31,2 miljoen", "GM0193"), ("€ 14,8 miljoen", "GM0193"),
        # The semicolon closes the comparison's clause: the budget's figure is read in its own.
        ("€ 1,9 miljoen", None), ("€ 1,5 miljoen", "GM0193"),
        ("€ 400.000", "GM0193"), ("€ 4.100", None),
        ("12.100.000", "GM0193"), ("6.200.000", "GM0193"), ("308.000", "GM0193"), ("642.000", "GM0193"),
        ("31.200.000", None), ("14.800.000", None), ("900.000", None), ("1.500.000", None)]


def test_an_audit_reports_spent_column_and_sentence_are_the_municipalitys(with_municipalities, document_info):
    text = ("Rekenkamer Zwolle | Onderzoek naar het dorpenfonds\n\n"
            "De gemeente heeft in drie jaar € 0,9 miljoen begroot en € 846.000 uitgegeven.\n\n"
            "Jaar\tGeraamd (x € 1.000)\tBesteed (x € 1.000)\n"
            "2022\t300\t274\n"
            "2023\t300\t288\n"
            "Totaal\t600\t562\n")
    doc, page = with_municipalities(text)
    facts = amount_facts(doc, page, document_info(doc_type="rapport"))
    assert [(f.text, f.municipality_code) for f in facts] == [
        ("€ 0,9 miljoen", "GM0193"), ("€ 846.000", "GM0193"),
        ("300", "GM0193"), ("274", "GM0193"), ("300", "GM0193"), ("288", "GM0193"),
        ("600", None), ("562", None)]
