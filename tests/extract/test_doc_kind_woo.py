"""The kind of a Woo release's documents: a decision, the steps on the way to one, the request, and the
documents released with it (``doc_kind.py``), on texts written for these tests."""

from __future__ import annotations

import pytest

from pipeline.extract import doc_kind as k
from pipeline.extract.doc_evidence import Evidence
from pipeline.extract.document import describe_document, evidence
from pipeline.ingest import raw_document_from_text
from pipeline.records import CleanPage


def describe(text: str):
    page = CleanPage.from_text(text)
    return describe_document(raw_document_from_text(text), (page,), pipeline_version="test")


def ev(text: str) -> Evidence:
    return evidence((CleanPage.from_text(text),))


PROSE = (
    "Het college heeft besloten de subsidie voor het buurtwerk in de wijk Oost te verlengen met twee jaar, "
    "zodat de lopende projecten kunnen worden afgerond en geëvalueerd."
)
WOO = (
    "> Retouradres Postbus 1 1000 AA Amsterdam\n\nDatum 3 april 2024\n"
    "Betreft Besluit op uw Woo-verzoek over de subsidie buurtwerk\n\n"
    "Geachte heer Bakker,\n\n" + PROSE + "\n\nHoogachtend,\n\nDe minister,\n"
)


@pytest.mark.parametrize(
    ("subject", "kind"),
    [
        # A step on the way to a decision names the request and even the decision, but decides nothing.
        ("Verdaging van de beslissing op uw Woo-verzoek", "brief"),
        ("Uw Woo-verzoek: verzoek om verduidelijking", "brief"),
        ("Ontvangstbevestiging van uw Woo-verzoek", "brief"),
        ("Opschorting van de beslistermijn op uw verzoek op grond van de Wet open overheid", "brief"),
        ("Verzoek om een zienswijze over het besluit op een Woo-verzoek", "brief"),
        # A site's form to make a request.
        ("Woo-verzoek indienen", "brief"),
        ("Formulier Woo-verzoek", "brief"),
        # The decision names the step after its own name; parts and ends of a decision are decisions.
        ("Besluit op uw Woo-verzoek na ingebrekestelling", "woo_besluit"),
        ("Tweede deelbesluit op uw Woo-verzoek over het Merwedekanaal", "woo_besluit"),
        ("Eindbesluit op uw Wob-verzoek", "woo_besluit"),
        # The Woo's own words for the request name the decision without the law's name.
        ("Besluit op uw verzoek om openbaarmaking - geluidsoverlast Polderbaan", "woo_besluit"),
        ("besluit op uw verzoek om informatie over de sloop van de flat", "woo_besluit"),
        ("Beslissing op het verzoek om publieke informatie over de N201", "woo_besluit"),
        ("Besluit op uw verzoek om subsidie voor het buurtwerk", "brief"),
    ],
)
def test_a_woo_subject_names_a_decision_or_a_step_towards_one(subject, kind):
    assert describe(WOO.replace("Besluit op uw Woo-verzoek over de subsidie buurtwerk", subject)).doc_kind == kind


def test_woo_decision_named_in_the_margin_subject():
    text = "Geachte heer Bakker,\n\n" + PROSE + "\n\nHoogachtend,\n\nDe minister,\n"
    plain = CleanPage.from_text(text)
    page = CleanPage(number=1, text=text, raw=plain.raw, raw_offsets=plain.raw_offsets,
                     margin_fields=(("Datum", "3 april 2024"), ("Betreft", "Besluit op uw Woo-verzoek")))
    info = describe_document(raw_document_from_text(text), (page,), pipeline_version="test")
    assert (info.doc_type, info.doc_kind, info.doc_kind_rule) == ("brief", "woo_besluit", "kind_title")


@pytest.mark.parametrize(
    ("subject", "kind"),
    [
        # The Wob's words for the request, without the law's name, article or preposition.
        ("Uw verzoek om openbaarmaking over de herbeoordelingen WIA", "woo_besluit"),
        ("beslissing op verzoek openbaarmaking brand Bornsestraat", "woo_besluit"),
        ("Ontvangstbevestiging uw verzoek om openbaarmaking", "brief"),
        ("Uw verzoek om een vergunning voor de Bornsestraat", "brief"),
    ],
)
def test_a_woo_subject_in_the_wobs_words(subject, kind):
    assert describe(WOO.replace("Besluit op uw Woo-verzoek over de subsidie buurtwerk", subject)).doc_kind == kind


@pytest.mark.parametrize(
    ("opening", "kind"),
    [
        # A list names the decision it belongs to; that is not the list's own name.
        ("Rijkswaterstaat | Ministerie van Infrastructuur en Waterstaat Inventarislijst\n"
         "behorend bij het Wob-besluit inzake de renovatie van de Van Brienenoordbrug\n", "inventarislijst"),
        # A release's stamp over a released document names the release.
        ("Woo-verzoek 2024/0217 - document 3\nGemeente Haarlem\nB&W-advies\n", "nota"),
        ("Document 7 | Woo-besluit 2024-0311\nGespreksverslag\n", "verslag"),
        ("Woo-besluit EZK 2024-0003817 | documentnummer 26\nGespreksverslag\n", "verslag"),
        # The stamp run into the released document's title on one line: the title after it names the document.
        ("Waterschap Aa en Maas | Woo-besluit 2024/1902 | document 2 OPENBAAR GEMAAKT Besluitenlijst vergadering DB\n",
         "besluitenlijst"),
        ("Woo-besluit Westland 2024-0044 | document 18 | Openbaar gemaakt op grond van de Woo Aantekeningen overleg\n",
         "verslag"),
        ("Woo-besluit Westland 2024-0044 | document 18 | Openbaar gemaakt op grond van de Woo\n", None),
        # The stamp's parts set apart by middle dots, as a release tool may print them.
        ("Openbaar gemaakt op grond van de Wet open overheid · Woo-besluit SWF-WOO-2024-0037 · document 3 "
         "Integriteitsonderzoek\n", "rapport"),
        ("Woo-besluit SWF-WOO-2024-0037 · document 3\n", None),
    ],
)
def test_a_line_that_names_another_document_is_no_title(opening, kind):
    assert k.titled_kind(ev(opening + "\nDatum: 14-11-2018\n\n" + PROSE + "\n")) == kind


@pytest.mark.parametrize(
    ("subject", "kind"),
    [
        # A request to specify the request, in the verb as in the noun, decides nothing.
        ("Verzoek om uw Woo-verzoek te preciseren", "brief"),
        ("Uw Woo-verzoek: specificeren van de gevraagde documenten", "brief"),
        ("Uw Woo-verzoek: wij verdagen de beslissing met vier weken", "brief"),
        # Near miss: a decision that names the request it answers is one.
        ("Besluit op uw Woo-verzoek, na verduidelijking van 3 maart", "woo_besluit"),
    ],
)
def test_a_letter_asking_to_specify_the_request_is_a_step_on_the_way(subject, kind):
    assert describe(WOO.replace("Besluit op uw Woo-verzoek over de subsidie buurtwerk", subject)).doc_kind == kind


REQUEST = (
    "Aan het college van burgemeester en wethouders van Zeewolde\nPostbus 1\n3890 AA Zeewolde\n\n"
    "Almere, 8 februari 2024\n\nOnderwerp: Woo-verzoek subsidies buurtwerk\n\nGeacht college,\n\n"
    "Op grond van de Wet open overheid verzoek ik u om openbaarmaking van alle documenten over de subsidie "
    "voor het buurtwerk in de wijk Oost sinds 2021.\n\nMet vriendelijke groet,\n\nA. de Wit\n"
)


@pytest.mark.parametrize(
    ("old", "new"),
    [
        # The request itself names the Woo as a decision's subject does, but it asks.
        ("", ""),
        ("verzoek ik u om openbaarmaking van", "dien ik hierbij een Woo-verzoek in voor"),
    ],
)
def test_the_woo_request_itself_is_a_letter(old, new):
    info = describe(REQUEST.replace(old, new) if old else REQUEST)
    assert (info.doc_type, info.doc_kind) == ("brief", "brief")


# Near miss: a decision that asks the requester something after deciding is a decision.
def test_a_decision_that_asks_the_requester_to_call_stays_a_decision():
    text = WOO.replace(PROSE, PROSE + " Heeft u vragen, dan verzoek ik u contact op te nemen met de behandelaar.")
    assert describe(text).doc_kind == "woo_besluit"


@pytest.mark.parametrize(
    "subject",
    [
        # A subject that runs on to a second printed line names the Woo only there.
        "Onderwerp: beslissing op uw bezwaar tegen ons besluit van 12 maart\n2024 op het Woo-verzoek van uw cliënt",
        # A speck OCR read before the label does not hide it.
        "‚ Onderwerp: besluit Woo-verzoek zwembad De Kolk",
    ],
)
def test_a_decision_named_in_a_subject_as_printed(subject):
    text = WOO.replace("Betreft Besluit op uw Woo-verzoek over de subsidie buurtwerk", subject)
    assert describe(text).doc_kind == "woo_besluit"


def test_a_draft_nota_released_in_a_woo_release_is_a_nota():
    text = ("Provincie Limburg\n\nCONCEPT Nota aan Gedeputeerde Staten\n\nVersie 0.3, 11 oktober 2023\n\n"
            "Portefeuillehouder: gedeputeerde Peters\nOnderwerp: subsidie buurtwerk\n\nBeslispunten\n" + PROSE + "\n")
    info = describe(text)
    assert (info.doc_type, info.doc_kind) == ("brief", "nota")
    # Near miss: a heading that only starts with the word is no draft of a kind.
    assert k.titled_kind(ev("Conceptnotities over de nota aan Gedeputeerde Staten\n\n" + PROSE + "\n")) is None


@pytest.mark.parametrize(
    ("opening", "kind"),
    [
        # A stamp of a part of a decision, a document numbered within a part, a status after the number.
        ("Woo-deelbesluit chatberichten | Document 2.18 | deels openbaar Besluitenlijst crisisteam\n", "besluitenlijst"),
        ("Woo-besluit VR-2022-044 | document 12 | deels openbaar\nVeiligheidsregio Brabant-Noord\n"
         "Besluitenlijst Regionaal Beleidsteam\n", "besluitenlijst"),
        # A speck a scan read after the bar.
        ("Woo-besluit VR-2022-044 |. document 12 | geheel openbaar\nGespreksverslag\n", "verslag"),
        # A stamp alone names nothing: the released chat it stands over is no decision.
        ("Woo-deelbesluit chatberichten | Document 2.18 | deels openbaar Berichten Signal-groep\n", None),
    ],
)
def test_a_release_stamp_with_a_part_and_a_status_names_no_decision(opening, kind):
    assert k.titled_kind(ev(opening + "\nDatum: 14-11-2018\n\n" + PROSE + "\n")) == kind


@pytest.mark.parametrize(
    ("subject", "kind"),
    [
        # The date of the request between the request and what it asks for.
        ("besluit op uw verzoek van 8 augustus 2024 om informatie over de Tapijnkazerne", "woo_besluit"),
        ("Besluit op uw verzoek d.d. 12-03-2024 om openbaarmaking", "woo_besluit"),
        # Near miss: a dated request for something else.
        ("Besluit op uw verzoek van 8 augustus 2024 om subsidie", "brief"),
    ],
)
def test_a_decision_subject_may_date_the_request(subject, kind):
    assert describe(WOO.replace("Besluit op uw Woo-verzoek over de subsidie buurtwerk", subject)).doc_kind == kind


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        # A postponement in its body: the subject names only the request.
        ("Op grond van artikel 6 van de Wet openbaarheid van bestuur verdagen wij de beslissing met twee weken.",
         "brief"),
        ("Wij verlengen de beslistermijn met twee weken.", "brief"),
        # Near misses: a decision that tells of a postponement before it, or that holds back the release.
        ("Wij maken de documenten openbaar. Wij schorten de openbaarmaking op tot na de termijn voor bezwaar.",
         "woo_besluit"),
        ("Bij brief van 8 april 2024 hebben wij de beslistermijn verdaagd. Wij maken de documenten openbaar.",
         "woo_besluit"),
    ],
)
def test_a_postponement_in_the_body_is_no_decision(sentence, kind):
    text = WOO.replace("Besluit op uw Woo-verzoek over de subsidie buurtwerk",
                       "uw verzoek ingevolge de Wet openbaarheid van bestuur; zandwinning").replace(PROSE, sentence)
    assert describe(text).doc_kind == kind


def test_a_request_of_a_group_for_inspection_is_a_letter():
    text = REQUEST.replace("verzoek ik u om openbaarmaking van alle documenten",
                           "verzoeken wij U ons inzage te geven in alle stukken")
    info = describe(text.replace("Woo-verzoek subsidies buurtwerk", "verzoek om informatie ingevolge de Wob"))
    assert (info.doc_type, info.doc_kind) == ("brief", "brief")


def test_an_old_request_for_a_copy_is_a_letter():
    # 'verzoek ik U ... ons een afschrift te doen toekomen': how a Wob request was worded in the 1980s.
    text = REQUEST.replace("verzoek ik u om openbaarmaking van alle documenten",
                           "verzoek ik U, met een beroep op de Wet openbaarheid van bestuur, ons een afschrift te doen "
                           "toekomen van alle stukken")
    info = describe(text.replace("Woo-verzoek subsidies buurtwerk", "verzoek ingevolge de Wet openbaarheid van bestuur"))
    assert (info.doc_type, info.doc_kind) == ("brief", "brief")


RECEIPT = (
    "Ministerie van Justitie\nPostbus 20301\n2500 EH Den Haag\n\nDatum 21 augustus 2002\n"
    "Onderwerp Uw verzoek op grond van de Wet openbaarheid van bestuur\n\nGeachte heer, mevrouw,\n\n"
    "Hierbij bevestig ik de ontvangst van uw brief van 12 augustus 2002, waarin u op grond van de Wet openbaarheid "
    "van bestuur verzoekt om openbaarmaking van de evaluatie. Mocht verdaging nodig zijn, dan ontvangt u bericht.\n\n"
    "Hoogachtend,\n\nDe Minister van Justitie,\n"
)


@pytest.mark.parametrize(
    ("old", "new", "kind"),
    [
        # An acknowledgement of receipt whose subject names only the request is a step on the way.
        ("", "", "brief"),
        ("Hierbij bevestig ik de ontvangst", "Wij bevestigen u graag de ontvangst", "brief"),
        # Near miss: a decision that tells of the acknowledgement in the past decides.
        ("Hierbij bevestig ik de ontvangst van uw brief", "Bij brief van 14 augustus 2002 heb ik de ontvangst "
         "bevestigd van uw brief", "woo_besluit"),
    ],
)
def test_an_acknowledgement_of_receipt_is_no_decision(old, new, kind):
    text = (RECEIPT.replace(old, new) if old else RECEIPT).replace(
        "Mocht verdaging nodig zijn, dan ontvangt u bericht.",
        "Ik heb besloten aan uw verzoek gedeeltelijk te voldoen." if kind == "woo_besluit" else
        "Mocht verdaging nodig zijn, dan ontvangt u bericht.")
    info = describe(text)
    assert (info.doc_type, info.doc_kind) == ("brief", kind)


INVENTORY = (
    "Gemeente Breda · {ref}\nInventarislijst\n"
    "Bijlage 2 bij het besluit van 3 juni 2024 op het Woo-verzoek over de parkeervergunningen\n\n"
    "Nr. | Datum | Soort | Omschrijving | Beoordeling\n1 | 04-03-2024 | e-mail | Vraag over vergunning | deels openbaar\n"
)


@pytest.mark.parametrize(
    ("ref", "kind"),
    [
        # A running head that names the request only by its case number is a reference, no title.
        ("Woo-verzoek 2024-0233", "inventarislijst"),
        ("Wob-verzoek nr. WOO/24/118", "inventarislijst"),
        # Near miss: a head that names the decision names the document.
        ("Besluit op Woo-verzoek 2024-0233", "woo_besluit"),
    ],
)
def test_a_woo_request_named_by_its_number_is_no_title(ref, kind):
    assert describe(INVENTORY.format(ref=ref)).doc_kind == kind
