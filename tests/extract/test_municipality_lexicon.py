"""The word lists of pipeline.extract.municipality_lexicon: loaded, checked, rejected when broken."""

from __future__ import annotations

import dataclasses

import pytest

from pipeline.extract import municipality_lexicon as mod
from pipeline.extract.municipality_lexicon import municipality_words


def test_regions_loader_rejects_abbreviations_of_unknown_provinces(monkeypatch):
    real = mod.load_file

    def fake(model):
        data = real(model)
        return dataclasses.replace(data, province_abbreviations={"xx": "Atlantis"}) if model.NAME == "regions.json" else data

    monkeypatch.setattr(mod, "load_file", fake)
    municipality_words.cache_clear()
    try:
        with pytest.raises(ValueError, match="province_abbreviations"):
            municipality_words()
    finally:
        municipality_words.cache_clear()


def test_ordinary_word_names_must_be_gazetteer_names(monkeypatch):
    real = mod.load_file

    def fake(model):
        data = real(model)
        return dataclasses.replace(data, ordinary_word_names=["Huizen", "Atlantis"]) if model.NAME == "context.json" else data

    monkeypatch.setattr(mod, "load_file", fake)
    municipality_words.cache_clear()
    try:
        with pytest.raises(ValueError, match="Atlantis"):
            municipality_words()
    finally:
        municipality_words.cache_clear()


def test_every_ordinary_word_name_is_in_the_gazetteer():
    assert all(key for key in municipality_words().ordinary_word_keys)
    assert "huizen" in municipality_words().ordinary_word_keys and "almere" not in municipality_words().ordinary_word_keys
