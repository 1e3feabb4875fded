"""The training -> municipality link of pipeline.link.trainings: the one municipality of a sentence."""

from __future__ import annotations

import pytest

from pipeline.link.trainings import unit_municipality


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("In Almere volgden 40 docenten de basistraining.", "GM0034"),
        ("In Almere en Utrecht volgden 40 docenten de basistraining.", None),
        ("Almere en nogmaals Almere: 40 docenten.", "GM0034"),
        ("40 docenten volgden de basistraining.", None),
    ],
)
def test_unit_municipality_is_the_one_municipality_named(with_municipalities, text, code):
    doc, _ = with_municipalities(text)
    assert unit_municipality(doc, 0, len(text)) == code


def test_unit_municipality_reads_only_its_unit(with_municipalities):
    text = "In Almere was het druk. In Utrecht volgden 40 docenten de training."
    doc, _ = with_municipalities(text)
    second = text.index("In Utrecht")
    assert unit_municipality(doc, second, len(text)) == "GM0344"
    assert unit_municipality(doc, 0, second) == "GM0034"
