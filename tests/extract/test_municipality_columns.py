"""Table columns that name something other than a municipality: in_province_column."""

from __future__ import annotations

import pytest

from pipeline.extract.municipalities import SPAN_KEY


def found(annotate_text, text):
    doc, _ = annotate_text(text)
    return [(s.text, s.kb_id_) for s in doc.spans[SPAN_KEY]]


@pytest.mark.parametrize("text", [
    "Gemeente\tProvincie\tToegekend (€)\nOldambt\tGroningen\t8.450.000\nZwolle\tOverijssel\t7.800.000",
    "| Gemeente | Provincie | Toegekend (€) |\n| Oldambt | Groningen | 8.450.000 |",
])
def test_a_cell_under_a_province_header_is_the_province(annotate_text, text):
    assert [name for name, _ in found(annotate_text, text)] == ["Oldambt", "Zwolle"][:text.count("\n")]


@pytest.mark.parametrize(("text", "names"), [
    # The row's first cell under the header, and a cell under another header, stay municipalities.
    ("Provincie\tGemeente\tBedrag\nGroningen\tOldambt\t8.450.000", ["Groningen", "Oldambt"]),
    ("Gemeente\tPenvoerder\tBedrag\nOldambt\tGroningen\t8.450.000", ["Oldambt", "Groningen"]),
])
def test_a_name_outside_a_province_column_keeps_its_reading(annotate_text, text, names):
    assert [name for name, _ in found(annotate_text, text)] == names
