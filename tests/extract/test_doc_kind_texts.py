"""A Woo decision known by what it says it decides where no title names it (``doc_kind_texts.py``), on texts
written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.extract.doc_kind import titled_kind
from pipeline.extract.doc_kind_texts import (
    decided_kind,
    self_named_kind,
    signed_by_parties,
    spoken_record,
    title_lines,
    with_cover_lines,
)
from pipeline.extract.document import describe_document, evidence
from pipeline.ingest import raw_document_from_text
from pipeline.records import CleanPage
from pipeline.testing import load_test_module

documents = load_test_module(Path(__file__).resolve().parents[1] / "fixtures" / "documents.py")


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


def lines_of(text: str) -> list[str]:
    e = evidence((CleanPage.from_text(text),))
    return [ln.text for ln in title_lines(e, e.lines)]


def test_a_title_printed_over_lines_is_read_as_one_line():
    joined = lines_of("GEMEENTE HATTEM\nREKENING\nvan de ontvangsten en uitgaven\nover het dienstjaar 1971\nSAMENVATTING\n")
    assert joined[1] == "REKENING van de ontvangsten en uitgaven over het dienstjaar 1971"
    assert joined[2:] == ["van de ontvangsten en uitgaven", "over het dienstjaar 1971", "SAMENVATTING"]


def test_an_agendas_name_goes_on_with_the_meeting_it_is_for():
    joined = lines_of("Gemeenteraad Meppel\nAgenda\nCommissievergadering Fysiek Domein\nDatum 10 december 2024\n")
    assert joined[1] == "Agenda Commissievergadering Fysiek Domein"


def test_a_heading_wrapped_after_an_article_goes_on_in_the_line_under_it():
    joined = lines_of("GEMEENTE ZWOLLE\nVOORDRACHT VAN BURGEMEESTER EN WETHOUDERS AAN DE\nRAAD, No. 17\n\nOnderwerp: x\n")
    assert joined[1] == "VOORDRACHT VAN BURGEMEESTER EN WETHOUDERS AAN DE RAAD, No. 17"
    assert lines_of("Verslag van de\nvergadering van het algemeen bestuur\n")[0] == (
        "Verslag van de vergadering van het algemeen bestuur")


@pytest.mark.parametrize("text", [
    # Near misses: a sentence goes on with no title, nor does a line too long for one together with it.
    "Voorstel van de\nwerkgroep is aangenomen.\n",
    "Voordracht van burgemeester en wethouders aan de\ngemeenteraad over de herinrichting van het centrum en de "
    "kosten daarvan\n",
])
def test_no_wrapped_heading_over_a_sentence_or_a_long_line(text):
    assert lines_of(text) == [t for t in text.splitlines() if t]


@pytest.mark.parametrize("text", [
    # A sentence under a heading goes on with no title; a longer line is a title of its own.
    "Inleiding\nVoor u ligt de rekening over het dienstjaar 1971.\n",
    "Gemeente Hattem Rekening\nover het dienstjaar 1971\n",
    "Samenvatting\nDe rekening sluit met een voordelig saldo\n",
])
def test_no_title_over_lines(text):
    assert lines_of(text) == [t for t in text.splitlines() if t]


COUNCIL_DECISION = (
    "Gemeenteraad van Lochem\n\nBesluit nr. 2024/88\n\nDe raad van de gemeente Lochem,\n\ngelezen het voorstel van "
    "burgemeester en wethouders van 2 april 2024, nummer 2024/311;\n\ngelet op artikel 189 van de Gemeentewet;\n\n"
    "besluit:\n\nde jaarrekening 2023 vast te stellen met een voordelig saldo van € 1.204.000.\n\n"
    "Lochem, 27 juni 2024\n\nDe raad voornoemd,\nde griffier, de voorzitter,\n"
)


def test_a_council_decision_headed_only_besluit_is_known_by_its_preamble():
    assert decided(COUNCIL_DECISION) == "raadsvoorstel"
    info = describe(COUNCIL_DECISION)
    assert (info.doc_type, info.doc_kind) == ("overig", "raadsvoorstel")


def test_a_regulation_adopted_by_staten_on_gs_voordracht_is_a_council_decision_also_in_a_gazette():
    # Provinciale Staten read Gedeputeerde Staten's 'voordracht'; a verordening is 'besluit vast te stellen ...'.
    staten = ("PROVINCIAAL BLAD | Nr. 1120 | 14 mei 2025\nBesluit van Provinciale Staten van Utrecht van 5 mei 2025\n\n"
              "Provinciale Staten van Utrecht;\n\ngelezen de voordracht van Gedeputeerde Staten van 11 maart 2025;\n\n"
              "gelet op artikel 2.6 van de Omgevingswet;\n\nbesluiten vast te stellen de volgende wijziging:\n")
    assert decided(staten) == "raadsvoorstel"
    # The college's own decree under the same law names no proposal it read: no council decision.
    college = ("Burgemeester en wethouders van Lochem;\n\ngelet op artikel 4.1 van de Omgevingswet;\n\n"
               "besluiten vast te stellen het omgevingsprogramma Wonen.\n")
    assert decided(college) is None


def test_a_college_decree_and_a_letter_that_sends_the_councils_decision_are_no_council_decision():
    decree = ("Burgemeester en wethouders van Lochem;\n\ngelet op artikel 160 van de Gemeentewet;\n\nbesluiten:\n\n"
              "de mandaatregeling 2024 vast te stellen.\n")
    assert decided(decree) is None
    letter = ("Gemeente Lochem\n\nAan Gedeputeerde Staten van Gelderland\nPostbus 9090\n6800 GX Arnhem\n\n"
              "Geachte leden van het college,\n\nHierbij zenden wij u het besluit van de raad over de jaarrekening "
              "2023.\n\nHoogachtend,\n\nburgemeester en wethouders van Lochem,\n")
    pages = (CleanPage.from_text(letter, number=1), CleanPage.from_text(COUNCIL_DECISION, number=2))
    assert decided_kind(evidence(pages)) is None


def test_a_draft_council_decision_whose_besluit_runs_into_what_it_decides_is_a_council_decision():
    # 'besluit vast te stellen de Verordening ...' decides as 'besluit:' does.
    draft = COUNCIL_DECISION.replace("besluit:\n\nde jaarrekening 2023 vast te stellen",
                                     "besluit vast te stellen de jaarrekening 2023")
    assert decided(draft) == "raadsvoorstel"
    # Near miss: a sentence that names a decision to take after a proposal read is no preamble.
    assert decided("De raad van de gemeente Lochem heeft gelezen het voorstel van de wethouder. Daarna is het "
                   "besluit te nemen in juni.\n") is None


PROPOSAL_LETTER = (
    "GEMEENTE OMMEN\n\nOmmen, 14 maart 1979.\nNo. 22\n\nOnderwerp: Voorstel tot aankoop van grond aan de "
    "Hammerweg.\n\nAAN DE RAAD DER GEMEENTE OMMEN.\n\nDe eigenaar van het perceel aan de Hammerweg heeft ons "
    "aangeboden de grond te verkopen voor f 64.000,--.\n\nWij stellen U derhalve voor, het bijgaande "
    "ontwerp-besluit vast te stellen.\n\nBurgemeester en Wethouders van Ommen,\nDe Secretaris, De Burgemeester,\n"
)


def test_the_colleges_letter_to_its_council_that_proposes_a_decision_is_a_council_proposal():
    # The proposal written as a letter to the council, as a typed one of old: it asks the council to decide.
    assert decided(PROPOSAL_LETTER) == "raadsvoorstel"
    info = describe(PROPOSAL_LETTER)
    assert (info.doc_type, info.doc_kind, info.doc_date) == ("overig", "raadsvoorstel", "1979-03-14")
    # Near miss: a letter to another body that proposes to adopt its own decision is no proposal to a council.
    other = PROPOSAL_LETTER.replace("AAN DE RAAD DER GEMEENTE OMMEN.", "AAN GEDEPUTEERDE STATEN VAN OVERIJSSEL.")
    assert decided(other) is None
    # The formula that asks the council to decide as the enclosed draft says is as much a proposal.
    decide = PROPOSAL_LETTER.replace("het bijgaande ontwerp-besluit vast te stellen", "te besluiten overeenkomstig "
                                     "het bijgaande ontwerp-besluit")
    assert decided(decide) == "raadsvoorstel"
    assert decided(decide.replace("AAN DE RAAD DER GEMEENTE OMMEN.", "AAN GEDEPUTEERDE STATEN VAN OVERIJSSEL.")) is None


NEWSLETTER = (
    "Waterschap Vallei en Veluwe\n\nNieuwsbrief\n\nNummer 2 | juni 2024\n\nNieuw gemaal in Harderwijk\n"
    "Het gemaal aan de Strandboulevard is klaar en pompt voortaan 40 kuub per minuut.\n\n"
    "U ontvangt deze nieuwsbrief omdat u zich heeft aangemeld. Afmelden kan onderaan deze e-mail.\n"
)
KADERBRIEF = (
    "Omgevingsdienst Regio Utrecht\nPostbus 1234, 3500 AA Utrecht\n\nAan de gemeenteraden van de deelnemende "
    "gemeenten\n\nDatum: 20 januari 2025\nOnderwerp: Kaderbrief 2026\n\nGeachte leden van de raad,\n\n"
    "Met deze kaderbrief informeren wij u over de uitgangspunten voor de begroting 2026.\n\n"
    "Hoogachtend,\n\nhet dagelijks bestuur,\n"
)


def test_a_document_that_calls_itself_by_its_kind_is_of_it():
    assert self_named_kind(evidence((CleanPage.from_text(NEWSLETTER),))) == "nieuwsbericht"
    news = describe(NEWSLETTER)
    assert (news.doc_type, news.doc_kind) == ("nieuws", "nieuwsbericht")
    # A Kaderbrief is a budget note in the form of a letter (ANNOTATING.md).
    kaderbrief = describe(KADERBRIEF)
    assert (kaderbrief.doc_type, kaderbrief.doc_kind) == ("jaarverslag", "begroting")


def test_a_letter_that_sends_the_kaderbrief_or_names_the_next_newsletter_is_a_letter():
    cover = KADERBRIEF.replace("Met deze kaderbrief informeren wij u over", "Hierbij ontvangt u de kaderbrief over")
    assert describe(cover).doc_type == "brief"
    letter = KADERBRIEF.replace("Met deze kaderbrief informeren wij u over", "In de volgende nieuwsbrief leest u")
    assert self_named_kind(evidence((CleanPage.from_text(letter),))) is None
    # The enclosure's own words on a later page are not the letter's.
    pages = (CleanPage.from_text(cover, number=1), CleanPage.from_text(KADERBRIEF, number=2))
    assert self_named_kind(evidence(pages)) is None


LEAFLET = ("Zorgen voor een ander en voor jezelf\n\nCursus voor mantelzorgers in de regio Zaanstreek\n\n"
           "In deze cursus leert u hoe u de zorg volhoudt zonder uzelf te vergeten.\n\n"
           "| Plaats | Data | Tijd\n| Zaandam, De Poort | 3, 10 en 17 maart 2025 | 9.30 - 12.00 uur\n\n"
           "{colophon}\n")


@pytest.mark.parametrize(("colophon", "kind"), [
    # A leaflet's own disclaimer or imprint calls it a folder: a leaflet is a factsheet (ANNOTATING.md).
    ("Uitgave: GGD Zaanstreek, februari 2025. Aan deze folder kunnen geen rechten worden ontleend.", "factsheet"),
    ("Deze brochure is een uitgave van de gemeente Zaanstad, februari 2025.", "factsheet"),
    # Near miss: a text that points to a folder does not call itself one.
    ("In deze folder vindt u ook de data van de terugkomdagen. Aan de folder kunt u geen rechten ontlenen.", None),
])
def test_a_leaflet_that_calls_itself_a_folder_is_a_factsheet(colophon, kind):
    text = LEAFLET.format(colophon=colophon)
    assert self_named_kind(evidence((CleanPage.from_text(text),))) == kind
    if kind is not None:
        assert (describe(text).doc_type, describe(text).doc_kind) == ("overig", kind)


def test_a_folder_whose_disclaimer_stands_in_its_foot_line_is_a_factsheet():
    # The foot line of the sender and the disclaimer is left out of the content lines as a colophon; it is the
    # folder's own word for itself all the same.
    text = LEAFLET.format(colophon="Gemeente Zaanstad | Aan deze folder kunnen geen rechten worden ontleend.")
    ev = evidence((CleanPage.from_text(text),))
    assert not any("folder" in ln.text for ln in ev.lines)
    assert self_named_kind(ev) == "factsheet"
    # Near miss: the foot line of a letter's paper names no folder.
    letter = LEAFLET.format(colophon="Gemeente Zaanstad | Postbus 2000 | 1500 GA Zaandam")
    assert self_named_kind(evidence((CleanPage.from_text(letter),))) is None


FILLED_FORM = (
    "Omgevingsloket\n\nMelding | Lozen van bemalingswater\n\nVerzoeknummer 5120443\nBevoegd gezag gemeente Ede\n"
    "Datum indiening 4 maart 2024\n\n1 Gegevens melder\nNaam Grondverzet Ede B.V.\nAdres Klinkenbergerweg 3, 6711 MK Ede"
    "\n\n2 Ondertekening\n{declaration}\nPlaats Ede\nDatum 04-03-2024\n"
)


@pytest.mark.parametrize(("declaration", "kind"), [
    # A filled-in form declares itself one where it is signed, or in the portal's foot line: a form is other
    # (CONVENTIONS-space), also with a letter's Datum and Onderwerp rows.
    ("Ik verklaar dat ik dit formulier volledig en naar waarheid heb ingevuld.", "overig"),
    # A tax return's declaration names the form without 'dat'; near miss: a letter that declares it sends a form.
    ("Ik verklaar dit formulier naar waarheid te hebben ingevuld.", "overig"),
    ("Ik verklaar hierbij dat ik het formulier van de gemeente heb ontvangen en zal terugsturen.", None),
    ("Dit formulier is aangemaakt via het Omgevingsloket | Printdatum 05-03-2024 10:12", "overig"),
    # Near miss: a letter asks for a form to be filled in; it is not one.
    ("Wilt u dit formulier ingevuld en ondertekend terugsturen?", None),
])
def test_a_filled_in_form_that_calls_itself_one_is_other(declaration, kind):
    text = FILLED_FORM.format(declaration=declaration)
    assert self_named_kind(evidence((CleanPage.from_text(text),))) == kind
    if kind is not None:
        assert (describe(text).doc_type, describe(text).doc_kind) == ("overig", "overig")


joined_page = documents.joined_page


COVER = ["Leren leiden in een veranderende provincie", "Evaluatie van de Leergang Leidinggeven 2022-2023",
         "In opdracht van de provincie Gelderland, afdeling HRM", "Bureau Onderwijsonderzoek Nijmegen",
         "Nijmegen, november 2023"]


def test_a_covers_subtitle_run_into_its_main_title_names_the_document():
    # The clean stage ran the cover's printed lines into one, a lower-case word before the subtitle.
    page = joined_page(COVER, {0, 1, 2})
    ev = evidence((page,))
    assert [ln.text for ln in with_cover_lines(ev, ev.lines)][1] == COVER[1]
    assert titled_kind(ev) == "rapport"


def test_a_printed_line_of_a_page_of_prose_is_no_subtitle():
    # Near miss: a letter's paragraph, whose second printed line happens to open with a report's name.
    printed = ["Wij hebben met de leden van de werkgroep de uitkomsten van de", "Evaluatie van de regeling besproken,"
               " zoals wij dat vorig jaar hadden toegezegd aan de raad."] + [
        "De werkgroep vergaderde in het voorjaar vier keer over de uitkomsten en de aanbevelingen."] * 8
    page = joined_page(printed, {0})
    ev = evidence((page,))
    assert with_cover_lines(ev, ev.lines) == ev.lines
    assert titled_kind(ev) != "rapport"


WATER_BOARD_DECREE = (
    "Waterschap Zuiderzeeland\n\nPeilbesluit Polder Oost 2020\n\nHet algemeen bestuur van Waterschap Zuiderzeeland;\n"
    "gelezen het voorstel van het dagelijks bestuur van 3 maart 2020, nr. 412;\ngelet op artikel 5.2 van de Waterwet;\n"
    "besluit:\n1. vast te stellen het Peilbesluit Polder Oost 2020.\n"
)


@pytest.mark.parametrize(("old", "new", "kind"), [
    # The elected body that opens the decree decides on its executive's proposal, under any law it names.
    ("", "", "raadsvoorstel"),
    ("Het algemeen bestuur van Waterschap Zuiderzeeland;", "De verenigde vergadering van het Waterschap De Aa,",
     "raadsvoorstel"),
    ("Het algemeen bestuur van Waterschap Zuiderzeeland;", "Provinciale Staten van Drenthe;", "raadsvoorstel"),
    # Near misses: the daily board's own decree on its secretary's proposal; a sentence that names the board.
    ("Het algemeen bestuur van Waterschap Zuiderzeeland;", "Het dagelijks bestuur van Waterschap Zuiderzeeland;",
     None),
    ("Het algemeen bestuur van Waterschap Zuiderzeeland;\n", "Het voorstel gaat naar het algemeen bestuur van het "
     "waterschap. ", None),
])
def test_a_decree_of_an_elected_body_under_another_law_is_a_council_decision(old, new, kind):
    assert decided(WATER_BOARD_DECREE.replace(old, new) if old else WATER_BOARD_DECREE) == kind


OLD_PROPOSAL = (
    "GEMEENTE OMMEN\nNo. 31\n\nOmmen, 4 maart 1966.\n\nOnderwerp: aankoop van grond aan de Vechtdijk.\n\n"
    "Aan de Raad der gemeente Ommen.\n\nDe eigenaar van het perceel aan de Vechtdijk is bereid de grond voor "
    "f 12.000,- aan de gemeente te verkopen. Wij achten de aankoop gewenst voor de uitbreiding van de begraafplaats."
    "\n\nBurgemeester en Wethouders van Ommen,\nde Secretaris,\nde Burgemeester,\n\f"
    "ONTWERP-BESLUIT\nDe Raad der gemeente Ommen;\ngelezen het voorstel van Burgemeester en Wethouders van 4 maart "
    "1966, No. 31;\nbesluit:\nhet perceel aan de Vechtdijk aan te kopen voor f 12.000,-.\n"
)


def pages_of(text: str):
    return tuple(CleanPage.from_text(p, number=i) for i, p in enumerate(text.split("\f")))


@pytest.mark.parametrize(
    "text",
    [
        OLD_PROPOSAL,
        # The draft headed only by the council's clerk's word, cited in the text run over the scan's lines.
        OLD_PROPOSAL.replace("ONTWERP-BESLUIT\n", "ONTWERP\n"),
        # The draft cites a prae-advies; the Staten are addressed by a province's voordracht.
        OLD_PROPOSAL.replace("ONTWERP-BESLUIT\n", "").replace("het voorstel van", "het prae-advies van"),
        OLD_PROPOSAL.replace("Aan de Raad der gemeente Ommen.", "Aan Provinciale Staten van Overijssel").replace(
            "ONTWERP-BESLUIT\n", "").replace("het voorstel van Burgemeester en Wethouders",
                                             "de voordracht van Gedeputeerde Staten"),
        # A water board's daily board to its general board, as a college to its council.
        OLD_PROPOSAL.replace("Aan de Raad der gemeente Ommen.", "Aan de Vergadering van Ingelanden.").replace(
            "ONTWERP-BESLUIT\n", "").replace("het voorstel van Burgemeester en Wethouders",
                                             "het voorstel van Dijkgraaf en Heemraden"),
        OLD_PROPOSAL.replace("Aan de Raad der gemeente Ommen.", "Aan het algemeen bestuur van het Waterschap Vechtstromen."),
    ],
)
def test_an_old_proposal_to_the_council_with_its_draft_decision_is_a_council_proposal(text):
    # ANNOTATING.md (old archives): a prae-advies or voordracht of the executive to the council is a raadsvoorstel,
    # also where it names itself by no more than its number.
    assert decided_kind(evidence(pages_of(text))) == "raadsvoorstel"


def test_an_old_proposal_that_states_the_decision_it_proposes_is_a_council_proposal():
    # No draft bound behind it: the points of the decision follow the proposal to decide in the letter itself.
    stated = OLD_PROPOSAL.split("\f")[0].replace(
        "Wij achten de aankoop gewenst voor de uitbreiding van de begraafplaats.",
        "Wij stellen U derhalve voor, te besluiten:\n1e. het perceel aan te kopen voor f 12.000,-;\n"
        "2e. de kosten te brengen ten laste van de kapitaaldienst.")
    assert decided_kind(evidence(pages_of(stated))) == "raadsvoorstel"
    # Near miss: a letter that tells the council what the college itself decided proposes nothing.
    told = stated.replace("Wij stellen U derhalve voor, te besluiten:", "Wij hebben besloten:")
    assert decided_kind(evidence(pages_of(told))) is None


@pytest.mark.parametrize(
    "proposal",
    [
        # The old formula of courtesy, the points of the decision after a colon that ends the sentence's own words.
        "Wij hebben de eer U voor te stellen te besluiten de volgende namen vast te stellen:\nstraat 1 Wilgenlaan",
        "Wij stellen U derhalve voor te besluiten als volgt:\nhet tarief met 12 procent te verhogen.",
        # The formula's adverb may stand before the courtesy as well as after the council addressed.
        "Wij hebben mitsdien de eer U voor te stellen te besluiten:\nde huur van het badhuis te verlagen tot f 300,-.",
        "Wij hebben daarom de eer, U voor te stellen, om te besluiten:\nhet subsidie aan de muziekschool te verhogen.",
    ],
)
def test_an_old_proposal_whose_decision_follows_its_own_words_is_a_council_proposal(proposal):
    stated = OLD_PROPOSAL.split("\f")[0].replace(
        "Wij achten de aankoop gewenst voor de uitbreiding van de begraafplaats.", proposal)
    assert decided_kind(evidence(pages_of(stated))) == "raadsvoorstel"
    # Near miss: the courtesy that tells the council something proposes no decision.
    told = stated.replace(proposal.split(":")[0] + ":", "Wij hebben de eer U mede te delen, dat wij besloten:")
    assert decided_kind(evidence(pages_of(told))) is None


def test_an_old_proposal_whose_draft_cites_it_as_seen_is_a_council_proposal():
    # 'gezien het voorstel van Burgemeester en Wethouders' cites the proposal as 'gelezen' does.
    seen = OLD_PROPOSAL.replace("ONTWERP-BESLUIT\n", "").replace("gelezen het voorstel", "gezien het voorstel")
    assert decided_kind(evidence(pages_of(seen))) == "raadsvoorstel"
    # Near miss: a college's own decision on a resident's request, seen by it, is addressed to no council.
    request = seen.replace("Aan de Raad der gemeente Ommen.", "Aan de heer J. Kamphuis,\nVechtdijk 3,\nOmmen.")
    assert decided_kind(evidence(pages_of(request))) is None


def test_a_letter_to_the_council_without_a_draft_or_a_decision_sent_to_someone_else_proposes_nothing():
    # Near misses: the same letter without the draft informs the council; the draft sent to a resident is his letter.
    informs = OLD_PROPOSAL.split("\f")[0]
    assert decided_kind(evidence(pages_of(informs))) is None
    sent = OLD_PROPOSAL.replace("Aan de Raad der gemeente Ommen.", "Aan de heer J. Kamphuis,\nVechtdijk 3,\nOmmen.")
    assert decided_kind(evidence(pages_of(sent))) is None
    # Nor is a board of a company or foundation its general board.
    board = OLD_PROPOSAL.replace("Aan de Raad der gemeente Ommen.", "Aan het bestuur van de Stichting Vechtdal.")
    assert decided_kind(evidence(pages_of(board))) is None


INSTRUCTED_FORM = (
    "Aanvraag gebruik sporthal\nGemeente Oss - Sport\n{instruction}\n\n1. Gegevens aanvrager\n"
    "Naam | Sportvereniging De Valk\nDatum | 12 april 2025\nTelefoon | 0412 123 456\n\n"
    "2. Ondertekening\nPlaats | Datum | Handtekening aanvrager\nOss | 3 april 2025 | [handtekening]\n"
)


@pytest.mark.parametrize(("instruction", "kind"), [
    # A form tells its applicant who fills it in: a filled-in form is 'overig' (ANNOTATING.md), its date fields none
    # of a letter's margin.
    ("In te vullen door de aanvrager en uiterlijk vier weken vooraf inleveren.", "overig"),
    # Near miss: the office's box on a paper handed in ('In te vullen door de griffie: ontvangen ...') is on written
    # questions and letters too.
    ("In te vullen door de griffie: ontvangen 4 april 2025", None),
])
def test_a_form_that_tells_who_fills_it_in_names_itself(instruction, kind):
    text = INSTRUCTED_FORM.format(instruction=instruction)
    assert self_named_kind(evidence((CleanPage.from_text(text),))) == kind
    if kind is not None:
        assert (describe(text).doc_type, describe(text).doc_kind) == ("overig", "overig")


REGISTER_PRINT = (
    "Kadaster\nKadastraal bericht object\n{line}\n\nDatum | 4 juni 2025\nUw referentie | GR-2025-88\n"
    "Betreft | EPE K 412\n\nKadastrale aanduiding | Epe K 412\nGrootte | 1 ha 12 a\n"
)


@pytest.mark.parametrize(("line", "kind"), [
    # A print from a public register says it renders the register's data: no letter, whatever its rows.
    ("DIT IS EEN WEERGAVE VAN DE GEGEVENS IN DE BASISREGISTRATIE KADASTER", "overig"),
    ("Dit bericht is op 4 juni 2025 om 10:12 uur samengesteld uit de Basisregistratie Kadaster.", "overig"),
    # Near miss: a letter that says where it looked something up.
    ("Uit een raadpleging van de Basisregistratie Personen bleek dat u op dit adres woont.", None),
])
def test_a_print_from_a_public_register_names_itself_no_letter(line, kind):
    assert self_named_kind(evidence((CleanPage.from_text(REGISTER_PRINT.format(line=line)),))) == kind


@pytest.mark.parametrize(("sentence", "kind"), [
    # The college's letter to its council that calls itself a voordracht proposes a decision to it: a raadsvoorstel
    # (ANNOTATING.md: a voordracht of the executive to the council), also without a draft decision.
    ("Wij hebben thans de eer U de navolgende voordracht aan te bieden:", "raadsvoorstel"),
    ("Wij vertrouwen, dat wij deze voordracht in Uw vergadering mogen aanbieden.", "raadsvoorstel"),
    # Near miss: a decree taken on a minister's voordracht cites it.
    ("Op de voordracht van Onze Minister van Binnenlandse Zaken van 3 maart 1963;", None),
])
def test_a_letter_to_the_council_that_calls_itself_a_voordracht_is_a_council_proposal(sentence, kind):
    text = f"GEMEENTE KAMPEN\n\nAan den Raad der gemeente Kampen.\n\n{sentence}\n\nBurgemeester en Wethouders van Kampen,\n"
    assert self_named_kind(evidence((CleanPage.from_text(text),))) == kind


@pytest.mark.parametrize(("sentence", "kind"), [
    # A form that tells its reader to send this form back is the form, filled in (tests/layouts/blind36,
    # CONVENTIONS-addresses: a family's consent form, its margin fields read by a scan as a letter's).
    ("Stuur dit formulier binnen vier weken terug in de bijgevoegde antwoordenvelop.", "overig"),
    ("Zend dit ingevulde formulier terug aan de gemeente.", "overig"),
    # Near miss: a letter that sends a form along speaks of the form, not of itself.
    ("Stuur het bijgevoegde formulier binnen vier weken terug.", None),
    # A questionnaire printed for the post asks for itself back, filled in (tests/layouts/blind44/research.json).
    ("Stuur de ingevulde vragenlijst vóór 30 mei terug in de bijgevoegde antwoordenvelop.", "overig"),
    # Near miss: the questionnaire a letter sends along.
    ("Stuur de bijgevoegde vragenlijst vóór 30 mei terug.", None),
])
def test_a_form_that_asks_to_be_sent_back_names_itself(sentence, kind):
    text = (f"Gemeente Epe\n\nToestemmingsverklaring\n\n{sentence}\n\nNaam\tW. Bos\n\n"
            "Plaats\tDatum\tHandtekening\nEpe\t2 september 2023\t[handtekening]\n")
    assert self_named_kind(evidence((CleanPage.from_text(text),))) == kind


PLAN = ("Plan van aanpak\nRe-integratie zieke werknemer\n\n1. Gegevens werknemer\nNaam\tP. de Wit\n"
        "Eerste ziektedag\t13 januari 2025\n\n2. Afspraken\nAangepast werk vanaf 10 maart 2025.\n\n")


def test_a_plan_its_parties_sign_each_with_a_date_is_their_agreement_no_report():
    # CONVENTIONS-personnel of blind25: a plan of action on one employee's case, signed by employer and employee, is
    # a filled-in form ('overig'), not a policy plan of action ('rapport').
    signed = PLAN + ("3. Ondertekening\nWerkgever en werknemer zijn het eens met dit plan.\nPlaats en datum\tHandtekening\n"
                     "Werkgever Roermond, 3 maart 2025 [handtekening] Werknemer Roermond, 5-3-2025 [handtekening]\n")
    assert signed_by_parties(evidence((CleanPage.from_text(signed),)))
    assert titled_kind(evidence((CleanPage.from_text(signed),))) == "overig"
    # Near misses: a report its author signs alone under the heading; a plan whose dates stand in its text.
    alone = PLAN + "Ondertekening\nDe casemanager, Roermond, 3 maart 2025\n"
    assert not signed_by_parties(evidence((CleanPage.from_text(alone),)))
    assert titled_kind(evidence((CleanPage.from_text(alone),))) == "rapport"
    assert not signed_by_parties(evidence((CleanPage.from_text(PLAN),)))


TURNS = ("Letterlijke tekst persconferentie na de ministerraad\n\nTekst van de persconferentie van 14 september 2021.\n\n"
         "MINISTER-PRESIDENT: Goedenavond. Vanaf zaterdag hoeft u geen afstand meer te houden. MINISTER VAN VWS: De "
         "GGD'en blijven prikken.\n\nVRAAG (NOS): Waarom nu? MINISTER-PRESIDENT: Omdat het kan.\n")


def test_the_turns_of_speakers_named_in_capitals_make_a_record_of_what_was_said():
    # CONVENTIONS-health of blind23: the word-for-word text of a press conference is its verslag, no news.
    assert spoken_record(evidence((CleanPage.from_text(TURNS),)))
    info = describe(TURNS)
    assert (info.doc_type, info.doc_kind, info.doc_kind_rule) == ("overig", "verslag", "kind_spoken_record")
    # Near misses: a telex's fields in capitals each stand once; one speaker's speech has no turns.
    telex = "TELEX\n\nVAN: PROVINCIE GELDERLAND\nAAN: DE BURGEMEESTERS\nBETREFT: HOOGWATER\n\nDE DIJKEN ZIJN DICHT.\n"
    assert not spoken_record(evidence((CleanPage.from_text(telex),)))
    speech = "Toespraak\n\nMINISTER-PRESIDENT: Goedenavond. Vanaf zaterdag hoeft u geen afstand meer te houden.\n"
    assert not spoken_record(evidence((CleanPage.from_text(speech),)))


TARIFFS = ("Tarieventabel leges 2025\n\nNr.\tOmschrijving\tTarief\n1.1\tHet verlenen van een grafrecht\t€ 1.640,00\n"
           "1.2\tHet begraven van een lijk\t€ 1.055,00\n\n")


def test_a_part_of_a_regulation_that_the_councils_clerk_certifies_as_adopted_is_the_councils_decision():
    # CONVENTIONS-property of blind25: a tariff table printed alone, closing with the decision it belongs to over the
    # griffier's signature, is adopted with the regulation: a raadsvoorstel.
    signed = TARIFFS + ("Behorende bij het besluit van de raad van de gemeente Epe van 7 november 2024, nr. 118. De "
                        "griffier, [handtekening]\nmr. A. de Wit\n")
    assert decided(signed) == "raadsvoorstel"
    on_its_line = TARIFFS + "Behorende bij het raadsbesluit van 7 november 2024\n\nDe griffier,\n\nmr. A. de Wit\n"
    assert decided(on_its_line) == "raadsvoorstel"
    # Near misses: an inventory list that names the college's Woo decision it belongs to; the line without a signer.
    listed = ("Inventarislijst\n\nBehorende bij het besluit van het college van Epe van 7 november 2024\n\n"
              "Nr.\tDocument\tDatum\n1\tE-mail\t3 maart 2024\n")
    assert decided(listed) is None
    assert decided(TARIFFS + "Behorende bij het besluit van de raad van de gemeente Epe van 7 november 2024.\n") is None
    # Near miss: a template's blank line, its number and day left to be filled in (CONVENTIONS-decisions of blind10).
    assert decided(TARIFFS + "Behorende bij raadsbesluit nr. ........ . De griffier,\n") is None


def test_a_clerk_who_signs_with_the_name_of_his_council_certifies_the_adoption_too():
    # 'De griffier van Alkmaar,' signs for the council as 'De griffier,' does.
    named = TARIFFS + ("Behorende bij het besluit van de raad van de gemeente Epe van 7 november 2024, nr. 118.\n\n"
                       "De griffier van Epe,\n[handtekening]\nmr. A. de Wit\n")
    assert decided(named) == "raadsvoorstel"
    # Near miss: a sentence that names the clerk of a council signs nothing.
    told = named.replace("De griffier van Epe,", "De griffier van de raad van Epe heeft de tabel ontvangen.")
    assert decided(told) is None
