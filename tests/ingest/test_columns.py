"""Columns: the labels that make a narrow right-hand column a letter's margin."""

from __future__ import annotations

import pytest

from pipeline.ingest import columns
from pipeline.ingest.rules import ingest_rules

RULES = ingest_rules()


@pytest.mark.parametrize(
    ("line", "label"),
    [
        ("Datum", "Datum"),
        ("Ons kenmerk 2016-004512", "Ons kenmerk"),
        ("Uw brief van 3 mei 2016", "Uw brief van"),
        ("Bijlage(n)", "Bijlage(n)"),
        ("Pagina: 2", "Pagina"),
        ("_Datum", "Datum"),
        ("‘ Pagina", "Pagina"),
        ("Datumvoorstel", None),
        ("Postbus 20301", None),
    ],
)
def test_starts_with_label(line, label):
    assert columns.starts_with_label(line, RULES) == label
