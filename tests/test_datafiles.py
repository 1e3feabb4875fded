"""The checked loader of the rule and word-list files."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from pathlib import Path
from typing import Any, ClassVar

import pytest

import pipeline
from pipeline.datafiles import (
    Chars,
    WordListError,
    WordMap,
    as_model,
    check_resource,
    load_file,
    load_word_list,
    model_schema,
    parse_word_list,
)
from pipeline.resource_files import FILES


@pytest.mark.parametrize(("data", "schema", "message"), [
    ([], {"a": list}, "expected a JSON object"),
    ({"a": [], "b": []}, {"a": list}, "unknown keys"),
    ({}, {"a": list}, "missing keys"),
    ({"a": "x"}, {"a": list}, "must be a list"),
    ({"a": 3}, {"a": (list, dict)}, "must be a list or dict"),
    ({"a": ["ok", ""]}, {"a": list}, "non-empty strings"),
    ({"a": ["ok", "  "]}, {"a": list}, "non-empty strings"),
    ({"a": {"": 1}}, {"a": dict}, "non-empty string keys"),
    ({"a": {"x": 1}}, {"a": WordMap}, "map non-empty strings"),
    ({"a": {"x": ""}}, {"a": WordMap}, "map non-empty strings"),
    ({"a": ""}, {"a": str}, "must not be empty"),
    ({"a": ["ab"]}, {"a": Chars}, "single characters"),
    ({"a": "x"}, {"a": Chars}, "single characters"),
])
def test_bad_files_are_rejected_with_the_reason(data, schema, message):
    with pytest.raises(ValueError, match=message):
        check_resource("x.json", data, schema)


def test_a_good_file_is_returned_as_it_is():
    data = {"words": ["a", "b"], "map": {"x": "y"}, "numbers": {"een": 1}, "limit": 3, "name": "n"}
    schema = {"words": list, "map": WordMap, "numbers": dict, "limit": int, "name": str}
    assert check_resource("x.json", data, schema) is data


@dataclass(frozen=True)
class _Roles:
    AREA: ClassVar[str] = "dates"
    NAME: ClassVar[str] = "roles.json"
    no_such_key: list[str]


def test_a_list_of_characters_may_hold_spaces():
    data = {"spaces": ["\u00a0", " ", "\u2009"]}
    assert check_resource("x.json", data, {"spaces": Chars}) is data


def test_parsed_data_is_checked_and_filled_in_like_a_file():
    @dataclass(frozen=True)
    class Model:
        AREA: ClassVar[str] = "x"
        NAME: ClassVar[str] = "y.json"
        spaces: Chars
        limit: int

    assert as_model(Model, {"spaces": [" "], "limit": 2}) == Model([" "], 2)
    with pytest.raises(ValueError, match="x/y.json: unknown keys"):
        as_model(Model, {"spaces": [" "], "limit": 2, "extra": 1})


def test_errors_name_the_file():
    with pytest.raises(ValueError, match="dates/roles.json"):
        load_file(_Roles)


def test_the_schema_comes_from_the_model_fields():
    @dataclass(frozen=True)
    class Model:
        words: list[str]
        map: WordMap
        numbers: dict[str, Any]
        limit: int
        share: int | float
        name: str
        chars: Chars

    assert model_schema(Model) == {"words": list, "map": WordMap, "numbers": dict, "limit": int,
                                   "share": (int, float), "name": str, "chars": Chars}


RESOURCES = Path(pipeline.__file__).parent / "resources"
def test_every_json_file_has_one_model_and_loads_into_it():
    on_disk = {(p.parent.name, p.name) for p in RESOURCES.glob("*/*.json")}
    assert on_disk == set(FILES)
    for (area, name), model in FILES.items():
        assert (model.AREA, model.NAME) == (area, name)
        loaded = load_file(model)
        assert isinstance(loaded, model)
        with pytest.raises(dataclasses.FrozenInstanceError):
            loaded.AREA_CHECK = 1  # frozen: a loaded file cannot be changed


@pytest.mark.parametrize("text, problem", [
    ("de\nHet\n", "lower-case"),
    ("de\nhet de\n", "one lower-case word"),
    ("de\nhet\nde\n", "duplicate"),
    ("# only a comment\n", "no words"),
])
def test_malformed_word_lists_are_rejected(text, problem):
    with pytest.raises(WordListError, match=problem):
        parse_word_list(text, "x.txt")


def test_comments_and_blank_lines_are_skipped():
    assert parse_word_list("# kop\n\nde\nhet\n", "x.txt") == frozenset({"de", "het"})


def test_word_list_rejects_capitals_and_phrases():
    assert parse_word_list("# comment\nhuis\n\nboom\n", "x.txt") == frozenset({"huis", "boom"})
    with pytest.raises(ValueError, match="line 1"):
        parse_word_list("Huis", "x.txt")
    with pytest.raises(ValueError, match="line 2"):
        parse_word_list("huis\ntwee woorden", "x.txt")


def test_every_word_list_loads():
    lists = [load_word_list(p.parent.name, p.name) for p in RESOURCES.glob("*/*.txt")]
    assert len(lists) == 5 and all(lists)
