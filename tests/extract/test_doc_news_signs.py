"""The signs of news: each rule on its own text, with its near misses; the paragraphs news is read in."""

from __future__ import annotations

import pytest

from pipeline.extract.doc_evidence import Evidence
from pipeline.extract.doc_news_signs import (
    paragraphs,
    rule_nieuws_clipping,
    rule_nieuws_dateline,
    rule_nieuws_headline,
    rule_nieuws_label,
)
from pipeline.extract.doc_type import classify
from pipeline.extract.document import describe_document, evidence
from pipeline.ingest import raw_document_from_text
from pipeline.records import CleanPage


def ev(text: str) -> Evidence:
    return evidence((CleanPage.from_text(text),))


PROSE = (
    "Het college heeft besloten de subsidie voor het buurtwerk in de wijk Oost te verlengen met twee jaar, "
    "zodat de lopende projecten kunnen worden afgerond en geëvalueerd."
)


CLIPPING = ("Gemeente Dalfsen - knipselcollectie - map zwembad\nDE STENTOR 3 MEI 1972\nZwembad gaat dicht\n\n"
            "Raad stemt in met sluiting\n\nDALFSEN - De gemeenteraad van Dalfsen heeft gisteravond besloten het "
            "openluchtbad na dit seizoen te sluiten, omdat de kosten van het herstel te hoog zijn geworden.\n")


RULES = {
    "nieuws_dateline": rule_nieuws_dateline,
    "nieuws_clipping": rule_nieuws_clipping,
    "nieuws_label": rule_nieuws_label,
    "nieuws_headline": rule_nieuws_headline,
}


@pytest.mark.parametrize(
    "rule, text, fires",
    [
        ("nieuws_dateline", "Subsidie buurtwerk verlengd\n\nUTRECHT, 9 januari 2017 - " + PROSE, True),
        ("nieuws_dateline", "Subsidie buurtwerk verlengd\n\n" + PROSE, False),
        # A newspaper's dateline without the date, which the paper prints at the head of the page.
        ("nieuws_dateline", "Subsidie buurtwerk verlengd\n\nZIERIKZEE - " + PROSE, True),
        ("nieuws_dateline", "Subsidie buurtwerk verlengd\n\nDEN HAAG – " + PROSE, True),
        # Near misses: an abbreviation in capitals opening a paragraph, and a place dash without a headline above.
        ("nieuws_dateline", "Subsidie buurtwerk verlengd\n\nWMO - " + PROSE, False),
        ("nieuws_dateline", "ZIERIKZEE - " + PROSE, False),
        # A colon after a date is a dateline only after a place: an agenda item is none.
        ("nieuws_dateline", "Subsidie buurtwerk verlengd\n\nUTRECHT, 9 januari 2017: " + PROSE, True),
        ("nieuws_dateline", "Agenda\n\n18 april 2024: informatieavond over de Wmo in het gemeentehuis.\n", False),
        # A period in a report's subtitle is no dateline.
        ("nieuws_dateline", "Zevende voortgangsrapportage\nPeriode 1 januari 2024 – 30 juni 2024\n\n" + PROSE, False),
        ("nieuws_label", "Persbericht\n\nSubsidie buurtwerk verlengd\n\n" + PROSE, True),
        ("nieuws_label", "Subsidie buurtwerk verlengd\n\n" + PROSE, False),
        # A site's breadcrumb puts the page under its news section; another section is no label.
        ("nieuws_label", "gemeente Heerenveen\nHome > Nieuws\nNieuwe afvalcontainers\n\n" + PROSE, True),
        ("nieuws_label", "gemeente Heerenveen\nHome › Actueel › Nieuws\nNieuwe afvalcontainers\n\n" + PROSE, True),
        ("nieuws_label", "gemeente Heerenveen\nHome > Afval > Containers\nNieuwe afvalcontainers\n\n" + PROSE, False),
        # A scan runs the label in capitals into the end of the letterhead line; a word of the letterhead is none.
        ("nieuws_label", "Gemeente Almere | Afdeling Communicatie | Stadhuisplein 1, 1315 HR Almere PERSBERICHT\n"
         "Almere, 24 september 2024\n\nBegroting 2025 gepresenteerd\n\n" + PROSE, True),
        ("nieuws_label", "Gemeente Almere | Afdeling Nieuws\n\nBegroting 2025 gepresenteerd\n\n" + PROSE, False),
        # Frisian municipalities print their news section in Frisian ('Nijs', 'Parseberjocht').
        ("nieuws_label", "Gemeente Tytsjerksteradiel\nThús > Aktueel > Nijs\nNije sporthal yn Burgum\n\n" + PROSE, True),
        ("nieuws_label", "Parseberjocht\n\nNije sporthal yn Burgum\n\n" + PROSE, True),
        ("nieuws_headline", "Subsidie buurtwerk verlengd\n\n" + PROSE + " Dat maakte de wethouder vandaag bekend.", True),
        ("nieuws_headline", "Subsidie buurtwerk verlengd\n\n" + PROSE, False),
        # The formulae of a decision and of minutes hold a word of news and report nothing: a typed paper's
        # letterhead in capitals over them is no headline of news; the same word reporting stays news.
        ("nieuws_headline", "GEMEENTE OMMEN\n\n" + PROSE + " Aldus besloten in de openbare vergadering van de raad.",
         False),
        ("nieuws_headline", "WATERSCHAP VECHTSTROMEN\n\n" + PROSE + " De voorzitter zegt toe dat een rapport volgt.",
         False),
        ("nieuws_headline", "Subsidie buurtwerk verlengd\n\n" + PROSE + " Dat zegt wethouder Jansen.", True),
        ("nieuws_headline", "Subsidie buurtwerk verlengd\n\n" + PROSE + " Het is een goed besluit, aldus Jansen.",
         True),
        # Reported speech makes a short paragraph news, when it is a sentence.
        ("nieuws_headline", "Buurtbus rijdt langer\n\nDe proef loopt door. Dat laat de provincie weten.\n", True),
        ("nieuws_headline", "Buurtbus rijdt langer\n\nWat de provincie laat weten\n\nDe proef loopt door.\n", False),
        # A news word that is part of a name in capitals (a paper, a programme) or a noun after an article, or stands in a
        # template's slot to fill in, reports nothing; the same word in a sentence does.
        ("nieuws_headline", "Overzicht mediacontacten\n\n" + PROSE + " Gesprek met Oss Vandaag over de kermis.", False),
        ("nieuws_headline", "Overzicht mediacontacten\n\n" + PROSE + " Zie ook het Vandaag van de raad.", False),
        ("nieuws_headline", "Format bewonersbericht\n\n" + PROSE + " Er is [vandaag / gisteren] een storing.", False),
        ("nieuws_headline", "Storing verholpen\n\n" + PROSE + " Vandaag is de storing verholpen.", True),
        ("nieuws_headline", "Storing verholpen\n\n" + PROSE + " De monteurs, aldus Jansen, waren snel.", True),
        # A clipping service's stamp over a cutting; near miss: a report that names the service in a sentence.
        ("nieuws_clipping", "KNIPSELDIENST GEM. EPE 23 APR. 2003\nVan de burgemeester\n\n" + PROSE, True),
        ("nieuws_clipping", "Evaluatie communicatie\nDe afdeling stelt dagelijks een knipselkrant samen.\n\n" + PROSE,
         False),
    ],
)
def test_news_sign(rule, text, fires):
    assert RULES[rule](ev(text)) is fires


def test_a_clipping_on_an_archive_sheet_is_news_by_the_dateline_under_its_headings():
    # The sheet's header, the paper's stamp, the headline and the subtitle stand over the lead.
    # Its archive's stamp makes it a clipping first; without the stamp the dateline does.
    assert classify(ev(CLIPPING)) == ("nieuws", "nieuws_clipping")
    assert classify(ev(CLIPPING.replace("knipselcollectie", "archief"))) == ("nieuws", "nieuws_dateline")
    info = describe_document(raw_document_from_text(CLIPPING), (CleanPage.from_text(CLIPPING),),
                             pipeline_version="test")
    assert (info.doc_type, info.doc_kind, info.doc_date) == ("nieuws", "nieuwsbericht", "1972-05-03")
    # Near miss: a prose paragraph above the place and dash makes it no lead under headings.
    letter = CLIPPING.replace("Zwembad gaat dicht\n", "Wij sturen u hierbij het bericht over het zwembad dat de krant "
                              "vorige week bracht, zoals u in de vergadering vroeg.\n")
    assert classify(ev(letter))[1] != "nieuws_dateline"


def test_paragraphs_join_lines_without_a_blank_between():
    lines = ev("Kop\n\neen\ntwee\n\ndrie\n").lines
    assert paragraphs(lines) == ["Kop", "een twee", "drie"]
