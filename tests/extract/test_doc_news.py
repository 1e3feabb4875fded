"""The news label at the top of a document (``doc_news.py``), on texts written for these tests."""

from __future__ import annotations

import pytest

from pipeline.extract.doc_news import news_label
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
        # Near miss: a sentence or heading about a column or an opinion is no label.
        ("Opinie van de commissie over het bestemmingsplan\n", None),
        ("Opinies over de nieuwe sporthal lopen uiteen\n", None),
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
