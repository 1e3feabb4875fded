"""The news label at the top of a document (``doc_news.py``), on texts written for these tests."""

from __future__ import annotations

import pytest

from pipeline.extract.doc_news import clipping_stamp, news_label, social_post
from pipeline.extract.document import evidence
from pipeline.records import CleanPage

PROSE = "De gemeente opent volgende week de nieuwe sporthal aan de Stationsweg, zo meldt wethouder De Vries."


@pytest.mark.parametrize(
    ("opening", "label"),
    [
        ("Persbericht\n", "persbericht"),
        ("Nieuwsbericht | 03-05-2016\n", "nieuwsbericht"),
        ("Home > Actueel > Nieuws\n", "nieuws"),
        # Near miss: a heading that only starts with the word is no label.
        ("Persberichten over de sporthal in 2023\n", None),
        # A site's section of press releases in its breadcrumb trail.
        ("Home > Actueel > Persberichten\n", "persberichten"),
        # The deepest step names the page's section: press releases within the site's news.
        ("Home > Nieuws > Persberichten\n", "persberichten"),
        # Near miss: a step after the section that is no label leaves the section's.
        ("Home > Nieuws > 2024\n", "nieuws"),
        # A paper's column or opinion piece, labelled by its genre, alone or with its writer.
        ("OPINIE\n", "opinie"),
        ("Column van de wethouder\n", "column"),
        ("Gastcolumn door Anne de Wit\n", "gastcolumn"),
        ("Column: waarom de sporthal later opent\n", "column"),
        # An old typed release sets its label letter-spaced; a page in English labels its item so.
        ("P E R S M E D E D E L I N G\n", "persmededeling"),
        ("News item | 27-06-2024 | 11:00\n", "news item"),
        # Near miss: a letter-spaced heading that is no label.
        ("B E S L U I T\n", None),
        # A blog on a site is labelled by its genre as a column is.
        ("Blog van de burgemeester\n", "blog"),
        # A press office numbers its releases behind the label.
        ("Persbericht 99/012\n", "persbericht"),
        ("Persbericht nr. 14\n", "persbericht"),
        # Near misses: a heading about a blog; a number inside a heading that is no label.
        ("Blogs over de nieuwe sporthal\n", None),
        ("Persberichten 2019 over de sporthal\n", None),
        # Near miss: a sentence or heading about a column or an opinion is no label.
        ("Opinie van de commissie over het bestemmingsplan\n", None),
        ("Opinies over de nieuwe sporthal lopen uiteen\n", None),
        # A label in capitals that the clean stage ran into the line under it.
        ("PERSBERICHT uitgegeven na afloop van de vergadering van het algemeen bestuur\n", "persbericht"),
        # Near miss: a headline in capitals that opens with another word, and the word in lower case opening prose.
        ("BESLUIT uitgegeven na afloop van de vergadering\n", None),
        ("Persbericht uitgegeven na afloop van de vergadering\n", None),
        # The headline the clean stage ran into the trail's deepest step, of one word or two.
        ("Home > Organisatie > Rechtbanken > Nieuws Wethouder opent nieuwe sporthal\n", "nieuws"),
        ("Home > Over ons > Press release Council opens sports hall\n", "press release"),
        ("Home > Nieuws > Persberichten Wethouder opent sporthal\n", "persberichten"),
        # Near miss: a deepest step that goes on in small letters is a step of its own, not a label and a headline.
        ("Home > Over ons > Pers en media\n", None),
        # A running head of the body's name and the label; near miss: a head of three fields, the label not last.
        ("Provincie Drenthe | Nieuwsbericht\n", "nieuwsbericht"),
        ("Waterschap Vechtstromen | Persbericht 2023-071\n", "persbericht"),
        ("Gemeente Ede | Nieuwsbrief | Sociaal domein\n", None),
        # A press office's other issues, and a form that names its genre in brackets after what it is.
        ("PERSUITNODIGING\n", "persuitnodiging"),
        ("Eerste bericht (holdingstatement)\n", "holdingstatement"),
        ("Tweede bericht (Persbericht)\n", "persbericht"),
        # Near miss: a heading with a bracket that is no genre.
        ("Verslag van de raad (concept)\n", None),
    ],
)
def test_the_news_label_of_the_opening_lines(opening, label):
    assert news_label(evidence((CleanPage.from_text(opening + "Nieuwe sporthal\n\n" + PROSE + "\n"),))) == label


def test_a_labelled_column_is_a_news_item_and_a_section_of_press_releases_a_press_release():
    from pipeline.extract.document import describe_document
    from pipeline.ingest import raw_document_from_text

    def read(text):
        info = describe_document(raw_document_from_text(text), (CleanPage.from_text(text),), pipeline_version="test")
        return info.doc_type, info.doc_kind

    column = "Column van de burgemeester\nSamen de zomer door\n\nVorige week sprak ik met een gezin. " + PROSE + "\n"
    assert read(column) == ("nieuws", "nieuwsbericht")
    crumbs = "Home > Actueel > Persberichten\nSporthal open\n\n" + PROSE.replace(", zo meldt", ". Dat zei") + "\n"
    assert read(crumbs) == ("nieuws", "persbericht")
    # What a press office sends out itself is a press release: an invitation to the press, a holding statement.
    invitation = "Stichtse Vecht | Persuitnodiging\nWethouder opent sporthal\n\n" + PROSE + "\n"
    assert read(invitation) == ("nieuws", "persbericht")
    holding = "Eerste bericht (holdingstatement)\nBrand in loods Oosterhout\n\n" + PROSE + "\n"
    assert read(holding) == ("nieuws", "persbericht")


POST = ["Gemeente Oss", "28 augustus om 19:05  ·  Openbaar", "Let op: afsluiting Molenstraat tijdens de kermis!", PROSE]


@pytest.mark.parametrize(("counts", "post"), [
    (["86   14 opmerkingen   9 keer gedeeld"], True),
    (["1.204 vind-ik-leuks", "Alle 38 opmerkingen bekijken"], True),
    (["10:32 a.m. · 3 jul. 2024 · 48,2K weergaven", "212 reposts   31 citaten"], True),
    # Near misses: one count alone; counts in a sentence of a report on the site's reach.
    (["27 reacties"], False),
    # X prints its counts as bare figures beside icons, only the last named.
    (["7 · 21 · 96 · 3.410 weergaven"], True),
    (["2 • 5 • 1,2K • 18,4K views"], True),
    # Near miss: figures between dots without any count's word (a table of contents, a phone number).
    (["12 · 14 · 18 · 22"], False),
    (["In 2023 kwamen op onze berichten 1.200 reacties en 45.000 weergaven binnen, meer dan in enig jaar ervoor."],
     False),
])
def test_a_social_sites_counts_under_a_post_mark_a_post(counts, post):
    assert social_post(evidence((CleanPage.from_text("\n".join([*POST, *counts]) + "\n"),))) is post


def test_a_public_bodys_post_and_a_staff_magazine_are_news_items():
    from pipeline.extract.document import describe_document
    from pipeline.ingest import raw_document_from_text

    def read(text):
        info = describe_document(raw_document_from_text(text), (CleanPage.from_text(text),), pipeline_version="test")
        return info.doc_type, info.doc_kind, info.doc_date

    post = "\n".join([*POST, "86   14 opmerkingen   9 keer gedeeld", "Vind ik leuk   Opmerking plaatsen   Delen"]) + "\n"
    assert read(post)[:2] == ("nieuws", "nieuwsbericht")
    magazine = ("BINNENWERK\nPersoneelsblad van de gemeente Arnhem - 14e jaargang - nummer 6 - juni 1986\n\n"
                "Afscheid van de gemeentesecretaris\nOp vrijdag 27 juni 1986 neemt de secretaris afscheid. Van 16.00 tot "
                "18.00 uur is er een receptie in de burgerzaal, waarvoor alle medewerkers zijn uitgenodigd.\n")
    assert read(magazine) == ("nieuws", "nieuwsbericht", "1986-06")


@pytest.mark.parametrize(("opening", "stamped"), [
    ("KNIPSELDIENST GEM. EPE 23 APR. 2003\nDe Veluwepost - pagina 3\n", True),
    # A scan may run the stamp into the paper's line and break it.
    ("De Veluwepost - pagina 3 KNIPSELDIENST GEM.\nEPE 23 APR. 2003\n", True),
    ("Gemeente Epe - knipselcollectie - map herindeling\n", True),
    # A municipality's press documentation stamps its cuttings so.
    ("PERSDOCUMENTATIE GEM. KERKRADE 8 JUNI 1984\nLimburgs Dagblad\n", True),
    # Near misses: clippings named in a sentence of prose; the word further down a page.
    ("Het college ontvangt dagelijks een knipselkrant van de afdeling Communicatie.\n", False),
    ("Gemeente Epe\nAfdeling Communicatie\nWeekoverzicht\nBron: knipseldienst\n", False),
    ("Gemeente Epe\nBureau persdocumentatie\nWeekoverzicht\n", False),
])
def test_a_clipping_services_stamp_over_the_cutting(opening, stamped):
    text = opening + "Nieuwe sporthal\n\n" + PROSE + "\n"
    assert bool(clipping_stamp(evidence((CleanPage.from_text(text),)))) is stamped


def test_a_clipping_is_news_dated_by_its_stamp():
    from pipeline.extract.document import describe_document
    from pipeline.ingest import raw_document_from_text

    text = ("De Veluwepost - pagina 3 KNIPSELDIENST GEM.\nEPE 23 APR. 2003\nVan de burgemeester\n\n"
            "Elk jaar krijg ik in april dezelfde brieven over de kermis. Dit jaar is het anders, want de vereniging "
            "stopt ermee op 30 april.\n\nJ. de Vries, burgemeester van Epe\n")
    info = describe_document(raw_document_from_text(text), (CleanPage.from_text(text),), pipeline_version="test")
    assert (info.doc_type, info.doc_kind, info.doc_date) == ("nieuws", "nieuwsbericht", "2003-04-23")
