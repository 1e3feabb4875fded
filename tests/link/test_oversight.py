"""A province's letter on a municipality's budget (pipeline.link.oversight)."""

from __future__ import annotations

from pipeline.normalize.amounts import amount_facts

_LETTER = ("Geacht college,\n\nUw begroting 2025 sluit met een structureel voordelig saldo van € 1.240.000. "
           "In de meerjarenraming loopt het structurele saldo terug tot -/- € 312.000 in 2028. "
           "Uw algemene reserve bedraagt € 18,6 miljoen. Ook de gemeente Gouda verwacht een tekort van € 2,1 miljoen.\n\n"
           "U valt daarom in 2025 onder repressief toezicht.\n")


def _codes(with_municipalities, document_info, text: str, sender: str) -> list[str | None]:
    doc, page = with_municipalities(text)
    info = document_info(doc_type="brief", addressee="College van burgemeester en wethouders van de gemeente Almere",
                         sender=sender)
    return [f.municipality_code for f in amount_facts(doc, page, info)]


def test_the_money_of_an_oversight_letter_is_the_addressees_unless_another_municipality_is_named(
        with_municipalities, document_info):
    # The deficit Gouda expects is Gouda's own (pipeline.link.outcomes), not the addressee's.
    assert _codes(with_municipalities, document_info, _LETTER, "Provincie Flevoland") == [
        "GM0034", "GM0034", "GM0034", "GM0513"]


def test_a_letter_that_names_no_oversight_keeps_its_sentences_own_reading(with_municipalities, document_info):
    text = _LETTER.replace("onder repressief toezicht", "onder de regeling")
    assert _codes(with_municipalities, document_info, text, "Provincie Flevoland")[1] is None


def test_a_municipalitys_own_letter_on_oversight_is_no_oversight_letter(with_municipalities, document_info):
    assert _codes(with_municipalities, document_info, _LETTER, "Gemeente Utrecht")[1] is None


def test_a_limit_the_supervisor_sets_is_no_ones_money(with_municipalities, document_info):
    text = _LETTER + ("Begrotingswijzigingen met een bedrag van meer dan € 250.000 behoeven onze goedkeuring. "
                      "Het tekort bedraagt meer dan € 400.000.\n")
    assert _codes(with_municipalities, document_info, text, "Provincie Flevoland")[-2:] == [None, "GM0034"]
