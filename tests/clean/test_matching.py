"""The quote-folded matching form keeps the length of the clean text."""

from __future__ import annotations

import pytest

from pipeline.clean.matching import matching_form


@pytest.mark.parametrize(("text", "folded"), [
    ("\u2018omgaan met radicalisering\u2019", "'omgaan met radicalisering'"),
    ("\u201cLinks- en rechtsextremisme\u201d", '"Links- en rechtsextremisme"'),
    ("\u00abHelft gemeenten\u00bb", '"Helft gemeenten"'),
    ("\u201ehet bericht\u201d", '"het bericht"'),
    ("thema\u2019s", "thema's"),
    ("plain 'quotes'", "plain 'quotes'"),
])
def test_matching_form_folds_quotes_one_for_one(text, folded):
    assert matching_form(text) == folded
    assert len(matching_form(text)) == len(text)
