"""A bulletin of figures dated by the day of its issue under its title (``doc_date_bulletins.py``), on texts written
for these tests."""

from __future__ import annotations

from pipeline.extract.doc_date_bulletins import bulletin_issue_date
from pipeline.extract.document import describe_document, evidence
from pipeline.ingest import raw_document_from_text
from pipeline.records import CleanPage

BULLETIN = ("GEMEENTELIJKE VEEMARKT ZWOLLE\nMARKTBERICHT No. 12\nMarkt van Vrijdag 5 Maart 1965\n\n"
            "Totale aanvoer: 3.120 stuks vee. Handel in vet vee vlot.\n\nSoort\tAanvoer\tPrijs\n"
            "Vette koeien\t312\tf 3,55 per kg\n\nVolgende markt: Vrijdag 12 Maart 1965.\n")


def describe(text: str):
    return describe_document(raw_document_from_text(text), (CleanPage.from_text(text),), pipeline_version="test")


def test_a_market_bulletin_is_dated_by_the_market_day_under_its_title():
    # tests/layouts/blind36/CONVENTIONS-animals.md: a bulletin is dated by its issue, not by the next market.
    hit = bulletin_issue_date(evidence((CleanPage.from_text(BULLETIN),)))
    assert (hit.value if hit else None) == "1965-03-05"
    info = describe(BULLETIN)
    assert (info.doc_type, info.doc_kind, info.doc_date) == ("overig", "rapport", "1965-03-05")


def test_a_day_in_a_sentence_under_the_title_or_under_another_report_is_no_issue():
    # Near misses: a sentence that names a day under the title; a report of another name.
    told = BULLETIN.replace("Markt van Vrijdag 5 Maart 1965", "De markt die op Vrijdag 5 Maart 1965 werd gehouden")
    assert bulletin_issue_date(evidence((CleanPage.from_text(told),))) is None
    other = BULLETIN.replace("MARKTBERICHT No. 12", "Evaluatierapport markten")
    assert bulletin_issue_date(evidence((CleanPage.from_text(other),))) is None
