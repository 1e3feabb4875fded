"""An invoice or a claim sent to one municipality: its lines are charged to it (pipeline.link.charges)."""

from __future__ import annotations

from pipeline.normalize.amounts import amount_facts

_TABLE = ("Omschrijving\tAantal\tTarief (€)\tBedrag (€)\n"
          "Deelnemersbijdrage 3e kwartaal\t1\t4.100,00\t4.100,00\n"
          "Subtotaal\t\t\t4.100,00\nBtw 21%\t\t\t861,00\nTotaal te betalen\t\t\t4.961,00\n")
_ADDRESS = "Gemeente Almere\nPostbus 200\n1300 AE Almere\n\n"


def test_the_lines_of_an_invoice_are_charged_to_its_addressee(with_municipalities, document_info):
    doc, page = with_municipalities("FACTUUR\n\nInkoopbureau Flevoland\n\n" + _ADDRESS + _TABLE)
    info = document_info(doc_type="brief", addressee="Gemeente Almere")
    assert [(f.text, f.municipality_code) for f in amount_facts(doc, page, info)] == [
        ("4.100,00", "GM0034"), ("4.100,00", "GM0034"), ("4.100,00", None), ("861,00", "GM0034"),
        ("4.961,00", None)]


def test_a_claim_in_the_sentence_over_the_table_charges_its_lines_and_the_rate_in_a_label(
        with_municipalities, document_info):
    text = ("Aannemersbedrijf De Vries B.V.\n\n" + _ADDRESS + "Geacht college,\n\nHet werk lag stil. "
            "Wij dienen hierbij de volgende claim in:\n\nNr.\tOmschrijving\tBedrag\n"
            "1\tStagnatie, 5 werkdagen à € 2.000,00\t€ 10.000,00\n\tTotaal\t€ 10.000,00\n")
    doc, page = with_municipalities(text)
    info = document_info(doc_type="brief", addressee="Gemeente Almere")
    assert [(f.text, f.municipality_code) for f in amount_facts(doc, page, info)] == [
        ("€ 2.000,00", "GM0034"), ("€ 10.000,00", "GM0034"), ("€ 10.000,00", None)]


def test_an_invoice_named_in_passing_makes_no_bill(with_municipalities, document_info):
    # Near miss: a letter that only says an invoice will follow; its table is no bill of its own.
    text = ("Inkoopbureau Flevoland\n\n" + _ADDRESS + "Geacht college,\n\nDe factuur volgt in juli. "
            "Hieronder de begroting van het bureau.\n\n" + _TABLE)
    doc, page = with_municipalities(text)
    info = document_info(doc_type="brief", addressee="Gemeente Almere")
    assert [f.municipality_code for f in amount_facts(doc, page, info)] == [None] * 5
