"""Reading the rule and word-list files in ``pipeline/resources/``: one checked loader for every stage.

A data file is a JSON object whose keys are exactly those its reader declares
in a schema (``{"months": dict, "stop_words": list}``). A typo in a key, a
missing key, a value of the wrong type or an empty word is an error when the
file is loaded, not a rule that silently never fires.

Schema values are Python types, checked with ``isinstance``, with these extra
rules: a ``list`` holds non-empty strings; a ``dict`` has non-empty string
keys; ``WordMap`` is a dict from non-empty strings to non-empty strings; a
``str`` is not empty. Readers check the inside of other values themselves.
"""

from __future__ import annotations

import json
from importlib.resources import files
from typing import Any

Schema = dict[str, type | tuple[type, ...]]


class WordMap(dict):
    """Schema marker: a JSON object mapping non-empty strings to non-empty strings."""


def _non_empty(value: object) -> bool:
    return isinstance(value, str) and bool(value.strip())


def check_resource(name: str, data: Any, schema: Schema) -> dict[str, Any]:
    """``data`` if it is an object with exactly the keys of ``schema``, each valid; else ValueError."""
    if not isinstance(data, dict):
        raise ValueError(f"{name}: expected a JSON object")
    unknown, missing = set(data) - set(schema), set(schema) - set(data)
    if unknown or missing:
        raise ValueError(f"{name}: unknown keys {sorted(unknown)}, missing keys {sorted(missing)}")
    for key, kind in schema.items():
        value = data[key]
        if kind is WordMap:
            if not isinstance(value, dict) or not all(_non_empty(k) and _non_empty(v) for k, v in value.items()):
                raise ValueError(f"{name}: {key!r} must map non-empty strings to non-empty strings")
            continue
        if not isinstance(value, kind):
            expected = kind.__name__ if isinstance(kind, type) else " or ".join(k.__name__ for k in kind)
            raise ValueError(f"{name}: {key!r} must be a {expected}")
        if isinstance(value, list) and not all(_non_empty(w) for w in value):
            raise ValueError(f"{name}: {key!r} must list non-empty strings")
        if isinstance(value, dict) and not all(_non_empty(k) for k in value):
            raise ValueError(f"{name}: {key!r} must have non-empty string keys")
        if isinstance(value, str) and not value.strip():
            raise ValueError(f"{name}: {key!r} must not be empty")
    return data


def read_text(area: str, name: str) -> str:
    """The text of ``pipeline/resources/<area>/<name>``."""
    return (files("pipeline") / "resources" / area / name).read_text(encoding="utf-8")


def load_json(area: str, name: str, schema: Schema) -> dict[str, Any]:
    """``pipeline/resources/<area>/<name>``, parsed and checked against ``schema``."""
    return check_resource(f"{area}/{name}", json.loads(read_text(area, name)), schema)
