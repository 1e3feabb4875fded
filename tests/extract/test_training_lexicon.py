"""The training word lists: resources load, participant nouns and their compounds, collective stems."""

from __future__ import annotations

from decimal import Decimal

import pytest

from pipeline.extract.training_lexicon import (
    collective_stem,
    is_participant_noun,
    participant_audience,
    training_words,
)

LEX = training_words()


def test_every_resource_loads_and_qualifiers_are_the_table_vocabulary():
    assert LEX.kinds["basistraining"] == "basistrainingen"
    assert set(LEX.qualifiers.values()) <= {"exact", "more_than", "at_least", "at_most", "approx"}
    assert LEX.fixed_durations["dagdeel"] == Decimal("0.5")
    assert "ROR" in LEX.organisations["Rijksopleidingsinstituut tegengaan Radicalisering"]
    assert "training" in LEX.hypernyms


@pytest.mark.parametrize(
    ("word", "noun", "audience"),
    [
        ("docenten", True, "docenten"),
        ("boa's", True, "boa's"),
        ("boa’s", True, "boa's"),
        ("Raadsleden", True, "raadsleden"),
        ("wethouders", True, "wethouders"),
        ("buurtsportcoaches", True, "buurtsportcoaches"),
        ("jeugdartsen", True, "jeugdartsen"),
        ("mensen", True, None),
        ("rechtspersonen", False, None),
        ("inwoners", False, None),
        ("gemeenten", False, None),
        ("coaches", True, "coaches"),
    ],
)
def test_participant_nouns_and_their_compounds(word, noun, audience):
    assert is_participant_noun(word) is noun
    assert participant_audience(word) == audience


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("twintigtal", "twintig"),
        ("tiental", "tien"),
        ("viertal", "vier"),
        ("totaal", None),
        ("tientallen", None),
        ("tal", None),
    ],
)
def test_collective_stem(word, expected):
    assert collective_stem(word) == expected


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("Wmo-consulenten", True),
        ("jeugd-docenten", True),
        ("-docenten", False),
        ("12-docenten", False),
    ],
)
def test_hyphenated_compound_of_an_audience_is_a_trainee_noun(word, expected):
    assert is_participant_noun(word) is expected
