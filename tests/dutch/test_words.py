"""The shared vocabularies of pipeline.dutch.words: money words, number words, qualifiers."""

from __future__ import annotations

import dataclasses

import pytest

from pipeline.dutch.words import QUALIFIERS, money_words


def test_word_lists_load_and_cover_every_qualifier():
    words = money_words()
    assert "ruim" in words.qualifiers_before
    assert "per dag" in words.units_after


def _patched_loader(monkeypatch, name: str, key: str, value):
    """Make ``money_words`` read a broken copy of one resource file."""
    import pipeline.dutch.words as money

    real = money.load_file

    def load(model):
        data = real(model)
        return dataclasses.replace(data, **{key: value}) if model.NAME == name else data

    monkeypatch.setattr(money, "load_file", load)
    return money.money_words.__wrapped__


@pytest.mark.parametrize(
    ("name", "key", "value", "message"),
    [
        ("qualifiers.json", "before", {"ruim": "plenty"}, "unknown qualifiers"),
        ("currencies.json", "symbols", {"€": "euro"}, "ISO 4217"),
        ("currencies.json", "scaled_symbols", {"k€": ["EUR"]}, "must be \\[code, scale\\]"),
        ("scales.json", "words", {"miljoen": "veel"}, "not a decimal string"),
        ("scales.json", "needs_money_context", ["pond"], "must list scale words"),
        ("ranges.json", "openers", {"tussen": "of"}, "joiner 'en' or 'tot'"),
        ("units.json", "after", {"per dag": ""}, "non-empty strings"),
    ],
)
def test_money_words_reject_broken_resources(monkeypatch, name, key, value, message):
    load = _patched_loader(monkeypatch, name, key, value)
    with pytest.raises(ValueError, match=message):
        load()


def test_qualifiers_are_the_vocabulary_of_the_qualifier_columns():
    from schemas.tables import QUALIFIERS as COLUMN_QUALIFIERS

    assert list(QUALIFIERS) == COLUMN_QUALIFIERS
