"""The municipality that writes a memo to its own council under its name alone (pipeline.link.council_head)."""

from __future__ import annotations

from pipeline.link.parties import document_municipality
from pipeline.normalize.amounts import amount_facts

_MEMO = ("gemeente Almere\n\nRaadsmemo\n\nAan de gemeenteraad\nVan het college van burgemeester en wethouders\n"
         "Datum 18 februari 2025\n\nOver 2024 ontvingen wij zo € 98.343 van het ministerie.\n")


def test_the_name_alone_over_a_memo_to_the_own_council_is_the_writer(document_info, with_municipalities):
    info = document_info(doc_type="brief", doc_kind="raadsinformatiebrief", addressee="Gemeenteraad")
    assert document_municipality(info, _MEMO) == "GM0034"
    doc, page = with_municipalities(_MEMO)
    assert [f.municipality_code for f in amount_facts(doc, page, info)] == ["GM0034"]


def test_a_letter_to_another_body_or_of_another_kind_keeps_no_writer_from_its_first_line(document_info):
    # Near misses: the council of another place, and a letter that is no memo to a council.
    other = document_info(doc_type="brief", doc_kind="raadsinformatiebrief", addressee="Gemeenteraad van Gouda")
    assert document_municipality(other, _MEMO) is None
    letter = document_info(doc_type="brief", doc_kind="brief", addressee="Gemeenteraad")
    assert document_municipality(letter, _MEMO) is None


def test_the_name_with_its_postal_address_on_the_letterhead_line_is_the_writer(document_info):
    info = document_info(doc_type="brief", doc_kind="raadsinformatiebrief", addressee="Gemeenteraad")
    memo = _MEMO.replace("gemeente Almere\n", "gemeente Almere | Postbus 200 | 1300 AE Almere\n")
    assert document_municipality(info, memo) == "GM0034"
    # A first line that goes on with other words than a postal address names no writer.
    memo = _MEMO.replace("gemeente Almere\n", "gemeente Almere | Stichting De Schoor\n")
    assert document_municipality(info, memo) is None


_NOTA = ("Gemeente Utrecht\n\nCollegenota\n\nDatum nota 3 maart 2025\nOnderwerp Verbouwing wijkcentrum De Linde\n\n"
         "Het Rijk draagt via de regeling Samen ontmoeten € 185.000 bij aan de verbouwing.\n")


def test_the_name_alone_over_a_college_nota_is_the_writer(document_info, with_municipalities):
    info = document_info(doc_type="brief", doc_kind="nota")
    assert document_municipality(info, _NOTA) == "GM0344"
    doc, page = with_municipalities(_NOTA)
    assert [f.municipality_code for f in amount_facts(doc, page, info)] == ["GM0344"]
    # Near misses: a letter of another kind, and a nota under a province's name, keep no writer from the first line.
    # (A letter whose next line names its kind of paper, 'Collegenota', has one: pipeline.link.parties.)
    letter = _NOTA.replace("Collegenota", "Aan de bewoners van de Lindelaan")
    assert document_municipality(document_info(doc_type="brief", doc_kind="brief"), letter) is None
    assert document_municipality(info, _NOTA.replace("Gemeente Utrecht", "Provincie Utrecht")) is None
