"""The trainings component on a Doc: labelled parts, parts dropped outside training text, tables."""

from __future__ import annotations

import json

from pipeline.extract.municipalities import SPAN_KEY as MUNICIPALITIES_KEY
from pipeline.extract.training_mentions import (
    AUDIENCE,
    COUNT,
    DURATION,
    KIND,
    PROVIDER,
    TABLE_CELL,
    TABLE_COLUMN,
    TITLE,
)
from pipeline.extract.trainings import SPAN_KEY


def spans_of(annotate_text, text: str) -> list[tuple[str, str]]:
    doc, _ = annotate_text(text)
    return [(s.label_, s.text) for s in doc.spans[SPAN_KEY]]


def test_component_writes_labelled_parts(annotate_text):
    found = spans_of(
        annotate_text,
        "Het ROR gaf een eendaagse basistraining voor docenten. "
        "In 2017 zijn ruim 36 professionals getraind.",
    )
    assert found == [
        (PROVIDER, "ROR"),
        (DURATION, "eendaagse"),
        (KIND, "basistraining"),
        (AUDIENCE, "docenten"),
        (COUNT, "ruim 36 professionals"),
    ]


def test_parts_outside_training_sentences_are_dropped(annotate_text):
    assert spans_of(annotate_text, "De NCTV telt 150 professionals. De eendaagse kost veel.") == []


def test_titles_replace_the_word_that_introduces_them(annotate_text):
    found = spans_of(annotate_text, "We gaven de trainingen ‘Signaleren’ en ‘Informatiedelen’.")
    assert found == [(TITLE, "‘Signaleren’"), (TITLE, "‘Informatiedelen’")]


def test_table_columns_and_cells(annotate_text):
    doc, _ = annotate_text("Gemeente 1 daagse 2 daagse\nAlmere 6 6\nDronten |\nLelystad B\n")
    doc.spans[MUNICIPALITIES_KEY] = [doc.char_span(27, 33, label="m", kb_id="GM0034")]
    from pipeline.extract.trainings import TrainingsComponent

    spans = TrainingsComponent()(doc).spans[SPAN_KEY]
    columns = [(s.text, s.id_) for s in spans if s.label_ == TABLE_COLUMN]
    cells = [(s.text, s.kb_id_, s.id_) for s in spans if s.label_ == TABLE_CELL]
    assert columns == [("1 daagse", "col@9"), ("2 daagse", "col@18")]
    assert cells == [("Almere 6", "GM0034", "col@9"), ("Almere 6 6", "GM0034", "col@18")]


def test_no_table_without_a_numeric_cell(annotate_text):
    found = spans_of(annotate_text, "Gemeente 1 daagse 2 daagse\nDronten |\nLelystad B\n")
    assert not any(label in (TABLE_COLUMN, TABLE_CELL) for label, _ in found)


def test_a_header_line_of_prose_is_no_table(annotate_text):
    found = spans_of(annotate_text, "Wij boden de eendaagse basistraining\nAlmere 6 6\n")
    assert not any(label in (TABLE_COLUMN, TABLE_CELL) for label, _ in found)


def test_span_key_is_trainings():
    assert SPAN_KEY == "trainings"
    assert json.dumps(SPAN_KEY) == '"trainings"'


def test_a_count_column_makes_a_training_table(annotate_text):
    text = "Gemeente     deelnemers\nAlmere       14\nTotaal       14\n"
    doc, _ = annotate_text(text)
    labels = [(s.label_, s.text) for s in doc.spans[SPAN_KEY]]
    assert (TABLE_COLUMN, "deelnemers") in labels
    assert [t for lab, t in labels if lab == TABLE_CELL] == ["Almere       14"]
