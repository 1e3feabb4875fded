"""parts_across_pages: a grant's payment schedule on a later page than the sentence that grants it."""

from __future__ import annotations

from pathlib import Path

from pipeline.process import process_document
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
