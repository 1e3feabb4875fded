"""The clean stage's data files load, and broken data is rejected."""

from __future__ import annotations

import json
from importlib.resources import files

import pytest

from pipeline.clean import resources

FILES = {
    "unicode.json": resources.parse_unicode,
    "hyphenation.json": resources.parse_hyphenation,
    "margin.json": resources.parse_margin,
    "lines.json": resources.parse_lines,
    "redaction.json": resources.parse_redaction,
    "quality.json": resources.parse_quality,
}


def shipped(name: str) -> dict:
    resource = files("pipeline") / "resources" / "clean" / name
    return json.loads(resource.read_text(encoding="utf-8"))


@pytest.mark.parametrize("name", sorted(FILES))
def test_shipped_file_loads(name):
    assert FILES[name](shipped(name)) is not None


@pytest.mark.parametrize("name", sorted(FILES))
def test_unknown_key_is_rejected(name):
    data = shipped(name)
    data["surprise"] = 1
    with pytest.raises(ValueError, match="unknown keys"):
        FILES[name](data)


@pytest.mark.parametrize("name", sorted(FILES))
def test_missing_key_is_rejected(name):
    data = shipped(name)
    data.pop(sorted(data)[0])
    with pytest.raises(ValueError, match="missing keys"):
        FILES[name](data)


def test_bad_regular_expression_is_rejected():
    data = shipped("margin.json")
    data["value_patterns"]["date"] = "(unclosed"
    with pytest.raises(ValueError, match="regular expression"):
        resources.parse_margin(data)


def test_label_with_unknown_value_kind_is_rejected():
    data = shipped("margin.json")
    data["labels"]["Datum"] = "colour"
    with pytest.raises(ValueError, match="unknown value kind"):
        resources.parse_margin(data)


def test_threshold_out_of_range_is_rejected():
    data = shipped("lines.json")
    data["full_line_share"] = 3
    with pytest.raises(ValueError, match="full_line_share"):
        resources.parse_lines(data)


def test_ligature_must_be_one_character():
    data = shipped("unicode.json")
    data["ligatures"]["fi"] = "fi"
    with pytest.raises(ValueError, match="ligatures"):
        resources.parse_unicode(data)


def test_word_list_rejects_capitals_and_phrases():
    assert resources.parse_words("# comment\nhuis\n\nboom\n") == frozenset({"huis", "boom"})
    with pytest.raises(ValueError, match="line 1"):
        resources.parse_words("Huis")
    with pytest.raises(ValueError, match="line 2"):
        resources.parse_words("huis\ntwee woorden")


def test_dutch_words_include_stop_words_and_our_list():
    words = resources.dutch_words()
    assert {"de", "het", "gemeente", "radicalisering"} <= words
