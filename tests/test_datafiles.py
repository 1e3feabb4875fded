"""The checked loader of the rule and word-list files."""

from __future__ import annotations

import pytest

from pipeline.datafiles import WordMap, check_resource, load_json


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


def test_errors_name_the_file():
    with pytest.raises(ValueError, match="dates/roles.json"):
        load_json("dates", "roles.json", {"no_such_key": list})
