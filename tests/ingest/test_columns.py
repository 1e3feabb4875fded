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
        # A bilingual body's own label before the Dutch one after a slash: the Dutch label names the field.
        ("Ferstjoerdatum / Verzenddatum 3 maart 2025", "Verzenddatum"),
        ("Jo brief fan / Uw brief van", "Uw brief van"),
        ("Ús kenmerk 01234567", "Ús kenmerk"),
        # Near misses: a slash after an address or between words that name no label.
        ("Postbus 12 / Datum", None),
        ("Provinsje / Provincie Fryslân", None),
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


# A table of declarations per member of the college, its last two columns set well apart.
_WIDE_TABLE = [("Bestuurder", 70, 150), ("Reis", 250, 150), ("Totaal", 330, 150), ("Telefoon", 470, 150),
               ("Totaal", 540, 150)] + [
    line for n, (name, a, b, c, d) in enumerate([("Burgemeester Hoefnagels", "2.314", "3.450", "612", "7.556"),
                                                  ("Wethouder El Idrissi", "846", "1.295", "588", "2.944"),
                                                  ("Wethouder Rietveld", "1.127", "2.980", "588", "4.695"),
                                                  ("Wethouder Baaijens", "402", "0", "588", "1.086")])
    for line in [(name, 70, 164 + 14 * n), (a, 250, 164 + 14 * n), (b, 330, 164 + 14 * n),
                 (c, 470, 164 + 14 * n), (d, 540, 164 + 14 * n)]]


def test_a_tables_last_columns_set_apart_under_a_margin_label_are_no_margin(place):
    # 'Telefoon' heads a column of figures that stand on the rows' lines: the rest of the table.
    page = place.page_of(BODY[:3] + [(t, x, top + 120) for t, x, top in _WIDE_TABLE])
    assert columns.find_gutters(page.segments, page.width, RULES)[1] is None
    # Beside running text the same label and figures are a letter's margin.
    page = place.page_of(BODY + [("Telefoon", 470, 150), ("14 038", 470, 164), ("612", 470, 178)])
    assert columns.find_gutters(page.segments, page.width, RULES)[1] is not None
