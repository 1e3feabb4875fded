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
        ("Uw verzoek van 4 maart 2024", "Uw verzoek van"),
        ("Zaaknr. Z/24/118034", "Zaaknr."),
        ("Zaaknummer: 2024-0312", "Zaaknummer"),
        ("Datumvoorstel", None),
        ("Zaaknummers van de bezwaren", None),
        ("Postbus 20301", None),
    ],
)
def test_starts_with_label(line, label):
    assert columns.starts_with_label(line, RULES) == label


BODY = [(f"Regel {n} van de brief over de aanvraag van de subsidie voor het dorpshuis", 70, 150 + 14 * n)
        for n in range(8)]


@pytest.mark.parametrize("label", ["Uw verzoek van", "Zaaknummer", "Zaaknr.", "Documentnummer",
                                   "Dossiernummer", "Verzenddatum", "Behandeld door",
                                   "Doorkiesnummer", "Bijlage(n)"])
def test_a_short_margin_column_under_a_letters_label_is_a_margin(place, label):
    # Two lines, fewer than a column of words needs: the label makes it the margin.
    page = place.page_of(BODY + [(label, 470, 150), ("Z-24-0312", 470, 164)])
    _, margin = columns.find_gutters(page.segments, page.width, RULES)
    assert margin is not None and margin.x1 <= 470


def test_two_short_lines_of_other_words_at_the_right_are_no_margin(place):
    page = place.page_of(BODY + [("Zaakgericht", 470, 150), ("Z-24-0312", 470, 164)])
    assert columns.find_gutters(page.segments, page.width, RULES)[1] is None
