"""Elliptic counts become a row of the training counted before them, with their own year."""

from __future__ import annotations

import pytest

from pipeline.nlp import annotate
from pipeline.normalize.trainings import training_facts
from pipeline.records import CleanPage, DocumentInfo


def info() -> DocumentInfo:
    return DocumentInfo(
        doc_id="d0", source="d0.txt", doc_type="brief", doc_type_rule="test",
        doc_date="2018-03-01", title=None, n_pages=1, ingest="text",
    )


@pytest.fixture
def rows(nlp):
    def run(text: str):
        page = CleanPage.from_text(text)
        doc = annotate(nlp, page)
        return [(f.name, f.participants, f.qualifier, f.year, f.rule) for f in training_facts(doc, page, info())]

    return run


def test_an_elliptic_count_keeps_the_training_it_refers_to(rows):
    text = "In 2016 volgden 120 professionals de training ‘Signaleren’. In 2017 waren dat er ruim 132."
    assert rows(text) == [
        ("Signaleren", 120, "exact", "2016", "quoted_title"),
        ("Signaleren", 132, "more_than", "2017", "elliptic_count"),
    ]


def test_an_elliptic_count_in_another_paragraph_or_without_a_training_gives_nothing(rows):
    assert rows("De begroting steeg. In 2017 waren dat er 132.") == []
    text = "In 2016 volgden 120 docenten de cursus ‘Lezen’.\n\nIn 2017 waren dat er 132."
    assert [r[1] for r in rows(text)] == [120]
