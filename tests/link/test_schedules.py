"""parts_across_pages: a grant's payment schedule on a later page than the sentence that grants it."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from pipeline.link.schedules import parts_across_pages
from pipeline.process import process_document
from pipeline.records import AmountFact
from pipeline.testing import load_test_module

build = load_test_module(Path(__file__).resolve().parents[1] / "layouts" / "build.py")

GRANT = [
    "> Retouradres Postbus 20011 2500 EA Den Haag",
    "College van burgemeester en wethouders van de gemeente Zutphen",
    "Postbus 15",
    "7200 AA Zutphen",
    "M Datum|3 mei 2023",
    "## Betreft: beschikking specifieke uitkering",
    "",
    "Geacht college,",
    "",
    "Ik ken uw gemeente een specifieke uitkering toe van € 900.000 voor het programma Wonen in de binnenstad.",
    "_ Pagina 1 van 2",
]


def _links(tmp_path: Path, second: list[str]) -> list[tuple[str, str | None]]:
    pdf = build.build_pdf([GRANT, second], tmp_path / "beschikking.pdf")
    return [(a.text, a.municipality_code) for a in process_document(pdf).amounts]


def test_a_schedule_on_the_next_page_is_the_granted_municipality_s(tmp_path):
    links = _links(tmp_path, ["## Betaling", "De uitkering wordt in drie delen betaald:",
                              "| Jaar | Bedrag", "| 2023 | € 300.000", "| 2024 | € 300.000", "| 2025 | € 300.000",
                              "| Totaal | € 900.000", "_ Pagina 2 van 2"])
    assert links[0] == ("€ 900.000", "GM0301")
    assert links[1:4] == [("€ 300.000", "GM0301")] * 3
    assert links[4][1] is None  # the total row stays a total


def test_rows_that_do_not_add_up_to_the_grant_stay_no_one_s(tmp_path):
    # The project's costs on the next page: their sum is not the grant.
    links = _links(tmp_path, ["## Kosten", "| Post | Bedrag", "| Bouw | € 1.200.000", "| Advies | € 300.000",
                              "| Totaal | € 1.500.000", "_ Pagina 2 van 2"])
    assert [code for _, code in links[1:]] == [None, None, None]


def test_measures_that_share_out_money_the_writer_receives_are_its_own_in_its_own_proposal(tmp_path):
    # Dronten's proposal: the Rijk's money for Dronten on the first page, what Dronten does with it on the next.
    first = ["# Raadsvoorstel", "| Datum | 12 september 2024", "| Onderwerp | Inzet middelen schuldhulp",
             "", "Dronten ontvangt in 2025 via de algemene uitkering € 450.000 voor schuldhulp.",
             "_ Pagina 1 van 2"]
    second = ["## Inzet", "Tabel 2. Inzet middelen (bedragen in euro's)", "| Maatregel | 2025", "| Schuldhulpmaatje | 150.000", "| Budgetcoach | 300.000",
              "| Totaal | 450.000", "", "Burgemeester en wethouders van Dronten,", "_ Pagina 2 van 2"]
    pdf = build.build_pdf([first, second], tmp_path / "raadsvoorstel.pdf")
    links = [(a.text, a.municipality_code) for a in process_document(pdf).amounts]
    assert links[0] == ("€ 450.000", "GM0303")
    assert [code for text, code in links if text in ("150.000", "300.000")] == [None, None]



def _fact(page: int, value: str, *, row: str | None = None, code: str | None = None, total: bool = False):
    return AmountFact(doc_id="d", fact_id=f"{page}-{value}-{row}", text=value, page=page, char_start=0, char_end=1,
                      context="", rule="table_cell" if row else "euro_sign_digits", value_eur=Decimal(value),
                      is_total=total, municipality_code=code, row_label=row)


def test_a_claim_table_whose_header_the_scan_lost_is_the_addressed_municipality_s():
    # A skewed scan read 'Bedrag' apart from its rows: the cells stand under no column, in rows all the same.
    facts = [_fact(1, "5120.00", row="Herstel steiger"), _fact(1, "880.50", row="Sleepkosten"),
             _fact(1, "6000.50", row="Totaal", total=True), _fact(2, "6000.50", code="GM0301")]
    assert [f.municipality_code for f in parts_across_pages(facts)] == ["GM0301", "GM0301", None, "GM0301"]
    # Running text between the rows and the total parts them.
    facts.insert(2, _fact(1, "40.00"))
    assert [f.municipality_code for f in parts_across_pages(facts)] == [None] * 4 + ["GM0301"]
