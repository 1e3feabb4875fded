"""Documents in English and German drawn as PDFs and read end to end: the facts that need no Dutch grammar
(money marked as euro, a partner budget's rows and total, dates in the language's own words), their
language kept in the documents table (``pipeline.process``, ``pipeline.extract.foreign_names``)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from pipeline.process import process_document
from pipeline.testing import load_test_module

build = load_test_module(Path(__file__).resolve().parents[1] / "layouts" / "build.py")


def _read(tmp_path, lines: list[str]):
    return process_document(build.build_pdf([lines], tmp_path / "doc.pdf"))


def test_an_english_partner_budget_reads_its_rows_total_and_partners(tmp_path):
    result = _read(tmp_path, [
        "# Cross-border heat networks: application form",
        "The co-financing rate is 60% for all partners. The partners listed below share the costs of the pilot.",
        "",
        "Table 4 Partner budgets (EUR)",
        "| Partner | Country | Total budget | ERDF",
        "| LP Gemeente Enschede | NL | 1,250,000 | 750,000",
        "| PP2 Stadt Gronau | DE | 640,000 | 384,000",
        "| PP3 Gemeente Losser | NL | 310,000 | 186,000",
        "| Total | | 2,200,000 | 1,320,000",
        "",
        "The steering group approved the budget on 14 March 2024. Best regards from the secretariat.",
    ])
    assert result.info.language == "en"
    amounts = {(a.text, a.value_eur, a.municipality_code, a.is_total) for a in result.amounts}
    assert ("2,200,000", Decimal("2200000.00"), None, True) in amounts
    assert ("310,000", Decimal("310000.00"), "GM0168", False) in amounts
    assert ("640,000", Decimal("640000.00"), None, False) in amounts
    assert {a.value_eur for a in result.amounts} >= {Decimal("1250000.00"), Decimal("750000.00")}
    assert "GM0753" not in {m.code for m in result.municipalities}  # 'Best regards'
    assert "2024-03-14" in {d.value for d in result.dates}


def test_a_german_letter_reads_its_money_municipalities_and_date(tmp_path):
    result = _read(tmp_path, [
        "Stadt Kleve | Der Bürgermeister",
        "Gemeente Berg en Dal",
        "",
        "Kleve, den 14. März 2024",
        "",
        "Sehr geehrte Damen und Herren,",
        "mit Freude teilen wir Ihnen mit, dass die Gemeinde Stein und die Gemeente Berg en Dal für das gemeinsame"
        " Projekt einen Zuschuss von 1.480.000,50 EUR erhalten. Der Stein des Anstoßes ist die Brücke. Die Stadt"
        " Kleve beteiligt sich mit 2,5 Mio. Euro, die Region hat 310.000 Einwohner.",
        "Mit freundlichen Grüßen",
    ])
    assert result.info.language == "de"
    assert {a.value_eur for a in result.amounts} == {Decimal("1480000.50"), Decimal("2500000.00")}
    assert sorted({m.code for m in result.municipalities}) == ["GM0971", "GM1945"]
    assert "2024-03-14" in {d.value for d in result.dates}
