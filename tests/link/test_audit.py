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
        # A regional rekenkamer names no municipality; a municipality's own budget has no audit body.
        ("Rekenkamer Oost-Nederland | Onderzoek naar de jeugdzorg in Zwolle", (), None),
        ("Gemeente Zwolle | Programmabegroting 2026", (), None),
    ],
)
def test_the_municipality_an_audit_report_is_on(document_info, head, furniture, code):
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
