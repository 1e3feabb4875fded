"""Municipality names in a document in English, German or French: a name that is a word of that
language or a town abroad counts only where it is named as a municipality (``foreign_names``)."""

from __future__ import annotations

import pytest

from pipeline.extract.foreign_names import LANGUAGE, named_as_municipality, ordinary_in_language
from pipeline.extract.municipalities import SPAN_KEY
from pipeline.nlp import annotate
from pipeline.records import CleanPage


def names(nlp, text: str, language: str | None) -> list[str]:
    doc = annotate(nlp, CleanPage.from_text(text), {LANGUAGE: language})
    return [s.text for s in doc.spans[SPAN_KEY]]


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("en", "Best practices of the partners were shared in Groningen.\n\nBest regards,\nThe secretariat", ["Groningen"]),
    ("en", "The municipality of Best received a grant for the project.", ["Best"]),
    ("en", "Gemeente Goes joined the partnership in the second step.", ["Goes"]),
    ("en", "The partners visited the city of Bergen in Norway and Emmen.", ["Emmen"]),
    ("de", "Der Stein des Anstoßes ist die Brücke zwischen Venlo und Nettetal.", ["Venlo"]),
    ("de", "Die Gemeinde Stein zahlt ihren Anteil.", ["Stein"]),
    ("de", "Die Partner aus Soest und Haren trafen sich in Enschede.", ["Enschede"]),
])
def test_a_word_of_the_language_counts_only_named_as_a_municipality(nlp, language, text, expected):
    assert names(nlp, text, language) == expected


def test_a_partners_row_with_an_amount_names_the_municipality():
    text = "Partner\tCountry\tBudget (EUR)\nGemeente Emmen\tNL\t540,000\nBest\tNL\t420,000\n"
    from pipeline.process import process_text

    result = process_text("The partners and their budgets are listed below in the table of the project.\n\n"
                          + text, source="en.txt")
    assert result.info.language == "en"
    assert sorted({m.text for m in result.municipalities}) == ["Best", "Emmen"]


def test_dutch_text_reads_its_names_by_its_own_rules(nlp):
    # 'Stein' and 'Soest' are municipalities in Dutch text; the lists of other languages do not apply.
    assert names(nlp, "De gemeenten Stein en Soest krijgen elk een bijdrage.", "nl") == ["Stein", "Soest"]
    assert names(nlp, "De gemeenten Stein en Soest krijgen elk een bijdrage.", None) == ["Stein", "Soest"]


def test_the_lists_are_per_language():
    from pipeline.nlp import build_nlp

    doc = build_nlp().make_doc("x")
    doc.user_data[LANGUAGE] = "en"
    assert ordinary_in_language(doc, "Best") and not ordinary_in_language(doc, "Stein")
    assert named_as_municipality(doc, ["of", "municipality", "the"])
    assert not named_as_municipality(doc, ["of", "province", "the"])
    doc.user_data[LANGUAGE] = "nl"
    assert not ordinary_in_language(doc, "Best")
