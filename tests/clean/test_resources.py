"""The clean stage's data files load, and broken data is rejected."""

from __future__ import annotations

import json
from importlib.resources import files

import pytest

from pipeline.clean import resources
from pipeline.datafiles import as_model
from pipeline.resource_files import FILES as MODELS

PARSERS = {
    "unicode.json": resources.parse_unicode,
    "hyphenation.json": resources.parse_hyphenation,
    "margin.json": resources.parse_margin,
    "lines.json": resources.parse_lines,
    "redaction.json": resources.parse_redaction,
    "quality.json": resources.parse_quality,
}


def parse(name: str, data: dict):
    """What the stage makes of ``data`` as the file ``name``: its model, then its rules."""
    return PARSERS[name](as_model(MODELS["clean", name], data))


def shipped(name: str) -> dict:
    resource = files("pipeline") / "resources" / "clean" / name
    return json.loads(resource.read_text(encoding="utf-8"))


@pytest.mark.parametrize("name", sorted(PARSERS))
def test_shipped_file_loads(name):
    assert parse(name, shipped(name)) is not None


@pytest.mark.parametrize("name", sorted(PARSERS))
def test_unknown_key_is_rejected(name):
    data = shipped(name)
    data["surprise"] = 1
    with pytest.raises(ValueError, match="unknown keys"):
        parse(name, data)


@pytest.mark.parametrize("name", sorted(PARSERS))
def test_missing_key_is_rejected(name):
    data = shipped(name)
    data.pop(sorted(data)[0])
    with pytest.raises(ValueError, match="missing keys"):
        parse(name, data)


def test_bad_regular_expression_is_rejected():
    data = shipped("margin.json")
    data["value_patterns"]["date"] = "(unclosed"
    with pytest.raises(ValueError, match="regular expression"):
        parse("margin.json", data)


def test_label_with_unknown_value_kind_is_rejected():
    data = shipped("margin.json")
    data["labels"]["Datum"] = "colour"
    with pytest.raises(ValueError, match="unknown value kind"):
        parse("margin.json", data)


def test_threshold_out_of_range_is_rejected():
    data = shipped("lines.json")
    data["full_line_share"] = 3
    with pytest.raises(ValueError, match="full_line_share"):
        parse("lines.json", data)


def test_ligature_must_be_one_character():
    data = shipped("unicode.json")
    data["ligatures"]["fi"] = "fi"
    with pytest.raises(ValueError, match="ligatures"):
        parse("unicode.json", data)


def test_dutch_words_include_stop_words_and_our_list():
    words = resources.dutch_words()
    assert {"de", "het", "gemeente", "radicalisering"} <= words
