"""A Woo decision known by what it says it decides where no title names it (``doc_kind_texts.py``), on texts
written for these tests."""

from __future__ import annotations

import pytest

from pipeline.extract.doc_kind_texts import decided_kind
from pipeline.extract.document import describe_document, evidence
from pipeline.ingest import raw_document_from_text
from pipeline.records import CleanPage


def describe(text: str):
    page = CleanPage.from_text(text)
    return describe_document(raw_document_from_text(text), (page,), pipeline_version="test")


def decided(text: str) -> str | None:
    return decided_kind(evidence((CleanPage.from_text(text),)))


OLD_WOB = (
    "MINISTERIE VAN DEFENSIE\n\nAan de heer J. de Vries\nOudegracht 214\n3511 NR UTRECHT\n\n"
    "'s-Gravenhage, 4 oktober 1982\n\nOnderwerp : verzoek ingevolge de Vlätagmnbaarheid van bestuur\n\n"
    "Geachte heer De Vries,\n\nIn uw brief van 9 juli 1982 verzoekt u, onder verwijzing naar de Wet openbaarheid "
    "van bestuur, om kennisneming van de stukken over het oefenterrein.\n\n"
    "Ik deel u mede dat ik heb besloten aan uw verzoek gedeeltelijk te voldoen.\n\n"
    "DE MINISTER VAN DEFENSIE,\n\nmr. A.F. Kolff\n"
)
DECREE = (
    "GEMEENTE ZWOLLE\n\nBesluit\n\nHet college van burgemeester en wethouders van de gemeente Zwolle; gelezen het "
    "verzoek van mevrouw A, ontvangen op 12 maart 2024, om openbaarmaking van documenten over het leerlingenvervoer; "
    "gelet op de artikelen 4.1 en 5.1 van de Wet open overheid; besluit:\n\n"
    "1. de documenten 1 tot en met 9 openbaar te maken.\n\nZwolle, 4 juni 2024\nburgemeester en wethouders van Zwolle,\n"
)


def test_an_old_wob_decision_whose_subject_a_scan_misread_says_it_decides():
    assert decided(OLD_WOB) == "woo_besluit"
    info = describe(OLD_WOB)
    assert (info.doc_type, info.doc_kind, info.doc_kind_rule) == ("brief", "woo_besluit", "kind_decision_text")


def test_a_college_decree_on_a_woo_request_is_a_woo_decision():
    info = describe(DECREE)
    assert (info.doc_type, info.doc_kind) == ("brief", "woo_besluit")


@pytest.mark.parametrize(
    "text",
    [
        # Near misses: a decision on another request names no Woo; a decree under another law.
        OLD_WOB.replace(", onder verwijzing naar de Wet openbaarheid van bestuur,", " om subsidie,"),
        DECREE.replace("van de Wet open overheid", "van de Gemeentewet"),
        # The law named only after the decision, in a line at its foot.
        OLD_WOB.replace(", onder verwijzing naar de Wet openbaarheid van bestuur,", " om subsidie,")
        + "Op deze brief is de Wet openbaarheid van bestuur van toepassing.\n",
        # A step on the way: a decision to postpone the decision.
        OLD_WOB.replace("heb besloten aan uw verzoek gedeeltelijk te voldoen",
                        "verdaag ik de beslissing op uw verzoek met vier weken"),
        OLD_WOB.replace("Ik deel u mede dat", "Ik verleng de beslistermijn met twee weken, want"),
        OLD_WOB.replace("Ik deel u mede dat ik heb besloten aan uw verzoek gedeeltelijk te voldoen.",
                        "Ik heb besloten aan uw verzoek te voldoen, maar verdagen wij de beslissing over de rest."),
    ],
)
def test_no_decision_text_without_the_law_or_with_a_step_on_the_way(text):
    assert decided(text) is None


PLAIN = (
    "gemeente Amersfoort\n\nDatum 3 juli 2023\nOnderwerp Documenten schoolgebouw\n\nGeachte heer Jansen,\n\n"
    "In uw brief van 22 mei 2023 vraagt u op grond van de Wet open overheid (Woo) om alle documenten over de "
    "verkoop van het schoolgebouw.\n\nOns besluit\nWij maken de documenten deels openbaar. Op de inventarislijst "
    "ziet u welke documenten dat zijn.\n\nMet vriendelijke groet,\n\nburgemeester en wethouders van Amersfoort\n"
)


@pytest.mark.parametrize(
    ("old", "new", "kind"),
    [
        # A decision in plain words, after the text says the addressee asked.
        ("", "", "woo_besluit"),
        ("Wij maken de documenten deels openbaar.", "Ik heb besloten de gevraagde documenten openbaar te maken.",
         "woo_besluit"),
        # Near misses: a letter to the Kamer says who makes documents public, but no one asked it; the law unnamed.
        ("In uw brief van 22 mei 2023 vraagt u op grond", "Het ministerie ontving een verzoek op grond",
         None),
        ("op grond van de Wet open overheid (Woo) ", "", None),
    ],
)
def test_a_decision_in_plain_words_decides_for_the_one_who_asked(old, new, kind):
    assert decided(PLAIN.replace(old, new) if old else PLAIN) == kind
