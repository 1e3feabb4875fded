"""The municipalities component: spans, labels, CBS codes and the disambiguation rules."""

from __future__ import annotations

import pytest

from pipeline.extract.municipalities import SPAN_KEY


def found(annotate_text, text):
    doc, _ = annotate_text(text)
    return [(s.text, s.kb_id_, s.label_) for s in doc.spans[SPAN_KEY]]


def test_span_contract_kb_id_is_the_cbs_code_and_label_the_rule(annotate_text):
    assert found(annotate_text, "Het geld gaat naar Den Haag en Almere.") == [
        ("Den Haag", "GM0518", "gazetteer_alias"),
        ("Almere", "GM0034", "gazetteer_name"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "De provincie Flevoland en Midden-Nederland werken samen.",
        "De lokale weegploeg en casustafel staan als een huis.",
        "Geachte heer Van der Steur,",
        "De VNG steunt de oproep.",
    ],
)
def test_no_municipality(annotate_text, text):
    assert found(annotate_text, text) == []
