"""A deed handed to the one it grants a right is a letter (``doc_deeds.py``), on texts written for these tests."""

from __future__ import annotations

from pipeline.extract.doc_deeds import rule_brief_deed_to_holder
from pipeline.extract.document import describe_document, evidence
from pipeline.ingest import raw_document_from_text
from pipeline.records import CleanPage


def describe(text: str):
    return describe_document(raw_document_from_text(text), (CleanPage.from_text(text),), pipeline_version="test")


def deed(text: str) -> bool:
    return rule_brief_deed_to_holder(evidence((CleanPage.from_text(text),)))


OLD_DEED = (
    "GEMEENTE EPE\n\nAKTE VAN UITGIFTE VAN EEN EIGEN GRAF\n\nBurgemeester en Wethouders van Epe;\n"
    "Gezien het verzoek van den heer J. Bos, wonende Kerkweg 3 alhier;\n\n"
    "VERLENEN aan voornoemden J. Bos het uitsluitend recht tot begraven in het eigen graf, Vak A, Nummer 12, voor den "
    "tijd van vijftig jaren.\n\nEpe, den 2den April 1960.\nBurgemeester en Wethouders voornoemd,\n"
    "De Secretaris, De Burgemeester,\n\nDeze akte wordt uitgereikt aan den rechthebbende.\n"
)
NEW_DEED = (
    "Gemeente Epe\n\nAkte van verlening van een uitsluitend recht (grafakte)\n\n| Aktenummer | 2019-0101\n\n"
    "Het college van burgemeester en wethouders van de gemeente Epe verleent aan:\n| Naam | mevrouw A. Bos\n"
    "| Adres | Kerkweg 3, 8161 AA Epe\nhet uitsluitend recht tot het doen begraven van lijken in het graf.\n\n"
    "Epe, 3 juni 2019\nnamens het college van burgemeester en wethouders van Epe,\nR. Smit\n\n"
    "Bewaar deze akte goed. Tegen dit besluit kunt u binnen zes weken bezwaar maken.\n"
)


def test_a_deed_granting_a_named_person_a_right_and_handed_to_him_is_a_letter():
    # tests/layouts/blind34/CONVENTIONS-burial.md: a grafakte is a decision on one named person's case, a letter.
    for text in (OLD_DEED, NEW_DEED):
        assert deed(text)
        info = describe(text)
        assert (info.doc_type, info.doc_kind) == ("brief", "brief")


def test_a_deed_handed_to_no_one_or_granting_no_named_person_is_no_letter():
    # Near misses: the same deed kept in the register, handed to no one; a certificate that goes with the body names
    # no one it grants a right.
    kept = OLD_DEED.replace("Deze akte wordt uitgereikt aan den rechthebbende.", "Ingeschreven in het register.")
    assert not deed(kept)
    certificate = ("VERLOF TOT BEGRAVEN\n\nDe ambtenaar van de burgerlijke stand geeft verlof tot het begraven van het "
                   "lijk van J. Bos.\n\nEpe, 8 april 1991\n\nDit verlof wordt uitgereikt aan de begrafenisondernemer.\n")
    assert not deed(certificate)
