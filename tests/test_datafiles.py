"""The checked loader of the rule and word-list files."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from pathlib import Path
from typing import Any, ClassVar

import pytest

import pipeline
from pipeline.datafiles import WordMap, check_resource, load_file, model_schema
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

    assert model_schema(Model) == {"words": list, "map": WordMap, "numbers": dict, "limit": int,
                                   "share": (int, float), "name": str}


RESOURCES = Path(pipeline.__file__).parent / "resources"
# These areas have typed parsers of their own (pipeline.clean.resources, pipeline.ingest.rules).
OWN_PARSERS = {"clean", "ingest"}


def test_every_json_file_has_one_model_and_loads_into_it():
    on_disk = {(p.parent.name, p.name) for p in RESOURCES.glob("*/*.json") if p.parent.name not in OWN_PARSERS}
    assert on_disk == set(FILES)
    for (area, name), model in FILES.items():
        assert (model.AREA, model.NAME) == (area, name)
        loaded = load_file(model)
        assert isinstance(loaded, model)
        with pytest.raises(dataclasses.FrozenInstanceError):
            loaded.AREA_CHECK = 1  # frozen: a loaded file cannot be changed
