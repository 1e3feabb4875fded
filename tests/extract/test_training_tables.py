"""Training tables: header columns, row cells and count columns."""

from __future__ import annotations

import pytest

from pipeline.extract.training_lexicon import training_words
from pipeline.extract.training_tables import is_count_column

LEX = training_words()


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Gemeente 1 daagse 2 daagse", ["1 daagse", "2 daagse"]),
        ("Gemeente | 1 daagse | 2 daagse |", ["1 daagse", "2 daagse"]),
        (
            "Naam gemeente Basistraining Verdiepingstraining",
            ["Basistraining", "Verdiepingstraining"],
        ),
        ("Gemeente 1-daagse", ["1-daagse"]),
        ("Wij boden de eendaagse basistraining", None),
        ("Gemeente 1 daagse en meer", None),
        ("1 daagse 2 daagse", None),
    ],
)
def test_header_columns(line, expected):
    from pipeline.extract.training_tables import _column_pattern, header_columns, training_table_rules

    found = header_columns(line, _column_pattern(LEX), training_table_rules())
    assert (None if found is None else [line[s:e] for s, e in found[0]]) == expected


@pytest.mark.parametrize(
    ("line", "pipes", "expected"),
    [
        ("Almere 6 6", False, ("Almere", ["6", "6"])),
        ("Dronten |", False, ("Dronten", ["|"])),
        ("Den Haag 12 4", False, ("Den Haag", ["12", "4"])),
        ("'s-Hertogenbosch 3 1", False, ("'s-Hertogenbosch", ["3", "1"])),
        ("Utrecht | | 10", True, ("Utrecht", ["", "10"])),
        (" De kosten voor de eendaagse bedragen veel", False, None),
        ("6 6", False, None),
    ],
)
def test_row_cells(line, pipes, expected):
    from pipeline.extract.training_tables import row_cells, training_table_rules

    found = row_cells(line, 0, len(line), pipes, training_table_rules())
    if expected is None:
        assert found is None
    else:
        start, end, cells = found
        assert (line[start:end], [line[s:e] for s, e in cells]) == expected


@pytest.mark.parametrize(
    ("header", "expected"),
    [("deelnemers", True), ("Aantal  deelnemers", True), ("Aantal", True), ("1 daagse", False)],
)
def test_is_count_column(header, expected):
    assert is_count_column(header) is expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Gemeente 1 daagse 2 daagse", True),
        ("Naam gemeente | Basistraining | Verdiepingstraining", True),
        ("Naam van de gemeente | Basistraining", False),  # a label of four words
        ("Wij boden de eendaagse basistraining aan", False),  # 'boden' after a label of three words
        ("De training", True),  # to the full pattern, which reads no header here
        ("", False),
    ],
)
def test_could_be_header_says_no_to_prose_after_the_label(line, expected):
    from pipeline.extract.training_tables import could_be_header, training_table_rules

    assert could_be_header(line, LEX, training_table_rules()) is expected
