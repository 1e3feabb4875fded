"""A municipality's name with its amount or in a table: beside money, in a row, under a Gemeente header."""

from __future__ import annotations

import pytest
import spacy

from pipeline.extract.municipality_context import Candidate
from pipeline.extract.municipality_lexicon import municipality_words
from pipeline.extract.municipality_tables import amount_follows, gemeente_column_row, table_cells, table_row_amount


@pytest.fixture(scope="module")
def tok():
    return spacy.blank("nl")


def test_table_cells():
    assert table_cells("Delft\t40") == ["Delft", "40"]
    assert table_cells("| Leiden | € 8.500 |") == ["Leiden", "€ 8.500"]
    assert table_cells("Goes      12   nieuw") == ["Goes", "12", "nieuw"]
    assert table_cells("In Goes is het 12 graden.") == ["In Goes is het 12 graden."]


def test_gemeente_column_row():
    lex = municipality_words()
    text = "Gemeente\tDeelnemers\nHuizen\t12\nDelft\t40"
    delft = text.index("Delft")
    assert gemeente_column_row(text, delft, delft + 5, lex)
    ruled = "| Gemeenten | Aantal |\n|---|---|\n| Delft | 40 |"
    delft = ruled.index("Delft")
    assert gemeente_column_row(ruled, delft, delft + 5, lex)
    prose = "Gemeente\tDeelnemers\nHuizen\t12\nIn totaal deden zij mee.\nDelft\t40"
    delft = prose.index("Delft")
    assert not gemeente_column_row(prose, delft, delft + 5, lex)
    # the name must fill the first cell
    second = "Gemeente\tPlaats\nHuizen\tDelft"
    delft = second.index("Delft")
    assert not gemeente_column_row(second, delft, delft + 5, lex)


def test_amount_follows(tok):
    lex = municipality_words()
    assert amount_follows(tok("Huizen (€ 157.000)"), 1, lex)
    assert amount_follows(tok("Amsterdam, (€ 920.000)"), 1, lex)
    assert amount_follows(tok("Putten: 2 miljoen euro"), 1, lex)
    assert not amount_follows(tok("Putten (Gelderland)"), 1, lex)


def test_table_row_amount(tok):
    lex = municipality_words()
    assert table_row_amount(tok("Huizen    € 157.000"), Candidate(0, 1, None), lex)
    assert table_row_amount(tok("| Huizen | € 157.000 |"), Candidate(1, 2, None), lex)
    assert not table_row_amount(tok("Huizen € 20.000 duurder"), Candidate(0, 1, None), lex)
    assert not table_row_amount(tok("Huizen 6 6"), Candidate(0, 1, None), lex)
    assert not table_row_amount(tok("naar Huizen € 5"), Candidate(1, 2, None), lex)
