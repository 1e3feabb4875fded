"""The kind of the documents of the budget cycle and of a Kamerstuk dossier (``doc_kind.py``): a budget by its
tables or its name, the pieces of a dossier under the bill's title, on texts written for these tests."""

from __future__ import annotations

import pytest

from pipeline.extract.document import describe_document
from pipeline.ingest import raw_document_from_text
from pipeline.records import CleanPage


def describe(text: str):
    page = CleanPage.from_text(text)
    return describe_document(raw_document_from_text(text), (page,), pipeline_version="test")


PROSE = (
    "Het college heeft besloten de subsidie voor het buurtwerk in de wijk Oost te verlengen met twee jaar, "
    "zodat de lopende projecten kunnen worden afgerond en geëvalueerd."
)


BUDGET_EXTRACT = (
    "Artikel 3 Uitgaven van het college\n\nUitgaven beleidsartikel (bedragen x € 1.000)\n\n"
    "\t2024\t2025\nStand ontwerpbegroting 2024\t1.234\t1.240\nMutatie 1e suppletoire begroting\t12\t–\n\n"
    "Ontvangsten beleidsartikel (bedragen x € 1.000)\n\n\t2024\t2025\nStand ontwerpbegroting 2024\t7\t0\n\n"
    + PROSE + "\n")


def test_an_extract_of_budget_tables_that_does_not_name_itself_is_a_budget():
    info = describe(BUDGET_EXTRACT)
    assert (info.doc_type, info.doc_kind, info.doc_kind_rule) == ("jaarverslag", "begroting", "kind_tables")


def test_one_table_in_thousands_does_not_make_a_budget():
    one = BUDGET_EXTRACT.split("Ontvangsten")[0] + PROSE + "\n"
    assert describe(one).doc_kind != "begroting"


def test_a_kamerstuk_prints_its_number_before_its_title():
    text = ("Tweede Kamer der Staten-Generaal\nVergaderjaar 2024–2025\n\n36 600 VII Vaststelling van de "
            "begrotingsstaten van het Ministerie van Binnenlandse Zaken\n\nNr. 34 MOTIE VAN HET LID DOORNBOS C.S.\n"
            "Voorgesteld 13 november 2024\n\nDe Kamer,\n\ngehoord de beraadslaging,\n\n" + PROSE + "\n")
    info = describe(text)
    assert (info.doc_type, info.doc_kind) == ("overig", "motie")


def test_a_kamerstuks_dossier_title_names_only_the_bill_and_its_memorandum():
    dossier = ("Tweede Kamer der Staten-Generaal\n36 550 XVI Wijziging van de begrotingsstaten van het Ministerie van "
               "Volksgezondheid, Welzijn en Sport (XVI) voor het jaar 2024\n\n")
    memorandum = describe(dossier + "Nr. 2 MEMORIE VAN TOELICHTING\n\n" + PROSE + "\n")
    assert (memorandum.doc_type, memorandum.doc_kind) == ("jaarverslag", "begroting")
    motion = describe(dossier + "Nr. 38\nMOTIE VAN HET LID VAN DER WERF C.S.\n\nDe Kamer,\n\n" + PROSE + "\n")
    assert (motion.doc_type, motion.doc_kind) == ("overig", "motie")


def test_an_interim_report_that_changes_the_budget_is_a_note_of_the_budget_cycle():
    interim = ("gemeente Dinkelland\n\nTweede tussenrapportage 2024\n\nPeriode: 1 januari t/m 31 augustus 2024\n\n"
               "Inleiding\n" + PROSE + " De financiële gevolgen zijn verwerkt in de bijgevoegde begrotingswijziging.\n")
    assert (describe(interim).doc_type, describe(interim).doc_kind) == ("jaarverslag", "begroting")
    # A programme's interim report on its progress changes no budget.
    progress = interim.replace(" De financiële gevolgen zijn verwerkt in de bijgevoegde begrotingswijziging.", "")
    assert (describe(progress).doc_type, describe(progress).doc_kind) == ("overig", "rapport")


def test_a_dossier_title_without_its_number_names_the_piece_printed_under_it():
    # The running header carries the dossier's number; the title line carries only the bill's name.
    dossier = ("Eerste Kamer der Staten-Generaal   Vergaderjaar 2024-2025   36 600 B, C\n\n"
               "Vaststelling van de begrotingsstaten van het Gemeentefonds voor het jaar 2025\n\n")
    report = describe(dossier + "VOORLOPIG VERSLAG VAN DE VASTE COMMISSIE VOOR BINNENLANDSE ZAKEN\n"
                      "Vastgesteld 10 december 2024\n\n" + PROSE + "\n")
    assert (report.doc_type, report.doc_kind) == ("overig", "verslag")
    # Near miss: the memorie van toelichting names no other kind, so the bill's title names it.
    memorandum = describe(dossier + "MEMORIE VAN TOELICHTING\n\n" + PROSE + "\n")
    assert (memorandum.doc_type, memorandum.doc_kind) == ("jaarverslag", "begroting")


def test_a_multi_year_estimate_is_a_budget():
    for title in ("Meerjarenraming 2025-2029", "Meerjarenperspectief 2026-2029"):
        info = describe(f"{title}\n\nWaterschap Vallei en Veluwe\n\n{PROSE}\n")
        assert (info.doc_type, info.doc_kind) == ("jaarverslag", "begroting")
    # Near miss: a multi-year plan of maintenance is no budget.
    info = describe("Meerjarenonderhoudsplan 2025-2029\n\nWaterschap Vallei en Veluwe\n\n" + PROSE + "\n")
    assert info.doc_kind != "begroting"


def test_a_multi_year_perspective_of_the_land_business_is_a_budget():
    # It sets the grondexploitaties with their budgets for the coming years (CONVENTIONS-space).
    for title in ("Meerjarenperspectief Grondexploitaties 2025", "Meerjarenprognose grondexploitaties 2024"):
        info = describe(f"{title}\n\nGemeente Lansingerland\n\n{PROSE}\n")
        assert (info.doc_type, info.doc_kind) == ("jaarverslag", "begroting")
    # Near miss: a headline that says how the perspective goes names no budget.
    info = describe("Meerjarenperspectief grondexploitaties blijft positief in 2025\n\nGemeente Lansingerland\n\n"
                    + PROSE + "\n")
    assert info.doc_kind != "begroting"


def test_the_annual_report_of_a_department_is_the_first_piece_of_its_dossier():
    # The text layer may run the piece's own name into the dossier's title line: the dossier names the report.
    head = ("Tweede Kamer der Staten-Generaal\nVergaderjaar 2023–2024\n36 560 XII Jaarverslag en slotwet Ministerie van "
            "Infrastructuur en Waterstaat 2023 Nr. 1 JAARVERSLAG VAN HET MINISTERIE VAN INFRASTRUCTUUR EN\n"
            "WATERSTAAT (XII) 2023\nOntvangen 15 mei 2024\n\n")
    report = describe(head + "Inhoudsopgave\nA. Algemeen\t2\nB. Beleidsverslag\t9\n\n" + PROSE + "\n")
    assert (report.doc_type, report.doc_kind) == ("jaarverslag", "jaarverslag")
    # Near misses: another piece of the dossier names itself under the title; a letter sends the report.
    dossier = "Tweede Kamer der Staten-Generaal\n36 560 XII Jaarverslag en slotwet Ministerie van Financiën 2023\n\n"
    motion = describe(dossier + "Nr. 7\nMOTIE VAN HET LID DE VRIES\n\nDe Kamer,\n\n" + PROSE + "\n")
    assert (motion.doc_type, motion.doc_kind) == ("overig", "motie")
    letter = describe("Datum 15 mei 2024\nBetreft Jaarverslag en slotwet Gemeentefonds 2023\n\nGeachte voorzitter,\n\n"
                      + PROSE + "\n\nHoogachtend,\n\nDe minister van Financiën,\n")
    assert (letter.doc_type, letter.doc_kind) == ("brief", "brief")


OLD_BUDGET = ("GEMEENTE HARDERWIJK\n\nBEGROTING\n\nVOOR HET DIENSTJAAR 1968\n\nHarderwijk, september 1967.\n\n"
              "SAMENVATTING\n\nGewone dienst\tf 4.120.300\nKapitaaldienst\tf 812.000\n")
OLD_ACCOUNTS = ("GEMEENTE HATTEM\n\nREKENING\n\nvan de ontvangsten en uitgaven\nover het dienstjaar 1971\n\n"
                "SAMENVATTING GEWONE DIENST\n\nOntvangsten\tf 3.204.118\nUitgaven\tf 3.187.442\n")


def test_an_old_cover_prints_its_title_over_lines():
    budget, accounts = describe(OLD_BUDGET), describe(OLD_ACCOUNTS)
    assert (budget.doc_type, budget.doc_kind) == ("jaarverslag", "begroting")
    assert (accounts.doc_type, accounts.doc_kind) == ("jaarverslag", "jaarrekening")


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # The cover names whose budget it is before the year, as a municipality's or a waterschap's of old does.
        ("BEGROTING\nvan de gemeente Delden voor het dienstjaar 1962\n\nAangeboden aan de raad.\n", "begroting"),
        ("WATERSCHAP DE VECHT\n\nONTWERP-BEGROTING\nder inkomsten en uitgaven voor het jaar 1974\n\n"
         "INKOMSTEN\nOmslag\tf 12.000\n", "begroting"),
        ("REKENING\nvan het waterschap De Vecht over het dienstjaar 1970\n\nUitgaven\tf 11.400\n", "jaarrekening"),
        # The college's explanation that belongs to the accounts (tests/layouts/blind10/CONVENTIONS-old.md).
        ("GEMEENTE HATTEM\n\nTOELICHTING OP DE REKENING 1977\n\n1. Algemeen\nDe rekening sluit met een batig "
         "saldo.\n", "jaarrekening"),
        # The year it explains may be named as the service year 'van' the accounts.
        ("GEMEENTE EPE\n\nTOELICHTING OP DE REKENING VAN HET DIENSTJAAR 1981\n\n1. Algemeen\nDe rekening sluit "
         "met een nadelig saldo.\n", "jaarrekening"),
    ],
)
def test_an_old_cover_names_the_owner_and_the_year_of_its_accounts(text, kind):
    info = describe(text)
    assert (info.doc_type, info.doc_kind) == ("jaarverslag", kind)


BUDGET_CHANGE = ("GEMEENTE STEENDEREN\n\nWIJZIGING VAN DE BEGROTING\n\nDatum: 8 november 1983\nOns kenmerk: 14/1983\n"
                 "Onderwerp: extra kosten leerlingenvervoer\n\nLeerlingenvervoer\tf 8.400\nOnvoorziene uitgaven\t"
                 "f 8.400\n\nToelichting\nHet vervoer is duurder uitgevallen.\n\nBurgemeester en wethouders van "
                 "Steenderen,\n")


def test_a_budget_change_on_letter_paper_is_a_budget_by_its_title():
    # ANNOTATING.md: a begrotingswijziging is jaarverslag/begroting, also printed with a letter's fields.
    info = describe(BUDGET_CHANGE)
    assert (info.doc_type, info.doc_kind, info.doc_date) == ("jaarverslag", "begroting", "1983-11-08")
    # Near miss: the letter that sends it names it only in its subject.
    letter = BUDGET_CHANGE.replace("WIJZIGING VAN DE BEGROTING\n\n", "").replace(
        "Onderwerp: extra kosten leerlingenvervoer", "Onderwerp: wijziging van de begroting 1983")
    assert describe(letter).doc_type == "brief"


def test_an_explanation_of_another_account_is_no_annual_account():
    info = describe("TOELICHTING OP DE REKENING VAN DE AANNEMER\n\nDe aannemer rekent meerwerk.\n")
    assert info.doc_kind != "jaarrekening"


def test_the_annual_report_of_the_old_gemeentewet_is_an_annual_report():
    text = ("GEMEENTE DALFSEN\n\nVERSLAG VAN DE TOESTAND DER GEMEENTE DALFSEN\nOVER HET JAAR 1969\n\n"
            "I. BEVOLKING\nHet zielental bedroeg op 31 december 1969 14.018.\n\nDalfsen, 2 mei 1970.\n\n"
            "Burgemeester en wethouders van Dalfsen,\n")
    info = describe(text)
    assert (info.doc_type, info.doc_kind) == ("jaarverslag", "jaarverslag")
    # The record of a meeting stays a record.
    minutes = describe("VERSLAG VAN DE VERGADERING VAN DE RAAD DER GEMEENTE DALFSEN\n\nAanwezig: de leden ...\n")
    assert minutes.doc_kind == "verslag"
    # Its title page presents it to the council with an old letter's formula: the volume stays the report.
    presented = text.replace("I. BEVOLKING\n", "Ingevolge het voorschrift der Gemeentewet hebben wij de eer U hierbij "
                             "het verslag aan te bieden.\n\nI. BEVOLKING\n")
    info = describe(presented)
    assert (info.doc_type, info.doc_kind) == ("jaarverslag", "jaarverslag")


@pytest.mark.parametrize("title", ["De begroting 2026 in vogelvlucht", "De jaarrekening 2023 in een notendop",
                                   "Waar gaat uw geld naartoe?", "Wat doet de gemeente met uw belastinggeld?"])
def test_a_leaflet_about_the_budget_for_the_residents_is_a_factsheet(title):
    text = f"Gemeente Tiel\n\n{title}\n\nBegroting 2026\n\nZorg en welzijn\t€ 34\nWerk en inkomen\t€ 17\n"
    info = describe(text)
    assert (info.doc_type, info.doc_kind) == ("overig", "factsheet")


def test_a_budget_that_asks_where_the_money_goes_under_its_title_stays_a_budget():
    text = ("Gemeente Tiel\n\nProgrammabegroting 2026\n\nInhoudsopgave\n1. Inleiding\n2. Programma's\n\n"
            "Voorwoord\n" + PROSE + "\n\nWaar gaat uw geld naartoe?\n\nZorg en welzijn\t€ 34\n")
    assert describe(text).doc_kind == "begroting"
