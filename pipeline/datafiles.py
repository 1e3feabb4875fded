"""Reading the rule and word-list files in ``pipeline/resources/``: one checked loader for every stage.

Each JSON file has one frozen model in ``pipeline.resource_files`` whose
fields are its keys; ``load_file(Model)`` reads the file and fills the model.
A data file is a JSON object whose keys are exactly the fields of its model
(``months: dict[str, Any]``, ``stop_words: list[str]``). A typo in a key, a
missing key, a value of the wrong type or an empty word is an error when the
file is loaded, not a rule that silently never fires.

The model's field types give the schema (``list[str]`` -> ``list``,
``dict[...]`` -> ``dict``, ``int | float`` -> either); schema values are
Python types, checked with ``isinstance``, with these extra rules: a
``list`` holds non-empty strings; a ``dict`` has non-empty string keys;
``WordMap`` is a dict from non-empty strings to non-empty strings; ``Chars``
is a list of single characters (spaces too: the clean stage's list of space
characters); a ``str`` is not empty. Readers check the inside of other
values themselves.

Word lists (``.txt``, one word a line) have one reader too: ``load_word_list``.
"""

from __future__ import annotations

import json
import re
import types
import typing
from dataclasses import fields, is_dataclass
from functools import cache
from importlib.resources import files
from typing import Any, TypeVar

T = TypeVar("T")

Schema = dict[str, type | tuple[type, ...]]


class WordMap(dict):
    """Schema marker: a JSON object mapping non-empty strings to non-empty strings."""


class Chars(list):
    """Schema marker: a JSON list of single characters, white space allowed."""


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
        if kind is Chars:
            if not isinstance(value, list) or not all(isinstance(c, str) and len(c) == 1 for c in value):
                raise ValueError(f"{name}: {key!r} must list single characters")
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


class WordListError(ValueError):
    """A word list (``resources/<area>/*.txt``) is malformed."""


# A word of a word list: letters only, so "qu'il" or "2016" cannot slip in.
_WORD = re.compile(r"[^\W\d_]+")


def parse_word_list(text: str, name: str) -> frozenset[str]:
    """One lower-case word per line, ``#`` comments; duplicates and odd entries are rejected."""
    words: list[str] = []
    for number, line in enumerate(text.splitlines(), start=1):
        entry = line.strip()
        if not entry or entry.startswith("#"):
            continue
        if entry != entry.lower() or not _WORD.fullmatch(entry):
            raise WordListError(f"{name} line {number}: {entry!r} is not one lower-case word")
        words.append(entry)
    if len(set(words)) != len(words):
        duplicates = sorted({w for w in words if words.count(w) > 1})
        raise WordListError(f"{name}: duplicate words {duplicates}")
    if not words:
        raise WordListError(f"{name}: no words")
    return frozenset(words)


def load_word_list(area: str, name: str) -> frozenset[str]:
    """The words of ``resources/<area>/<name>``, a word list (see ``parse_word_list``)."""
    return parse_word_list(read_text(area, name), f"{area}/{name}")


def read_text(area: str, name: str) -> str:
    """The text of ``pipeline/resources/<area>/<name>``."""
    return (files("pipeline") / "resources" / area / name).read_text(encoding="utf-8")


def _kind(annotation: Any) -> type | tuple[type, ...]:
    """The schema type of a model field's annotation."""
    if annotation in (WordMap, Chars):
        return annotation
    origin = typing.get_origin(annotation)
    if origin in (typing.Union, types.UnionType):
        return tuple(_kind(a) for a in typing.get_args(annotation))  # type: ignore[misc]
    return origin or annotation


@cache
def model_schema(model: type) -> Schema:
    """The schema of a resource model: its field names, each with the type the file must hold."""
    if not is_dataclass(model):
        raise TypeError(f"{model!r} is not a resource model")
    hints = typing.get_type_hints(model)
    return {f.name: _kind(hints[f.name]) for f in fields(model)}


def load_file(model: type[T]) -> T:
    """``resources/<model.AREA>/<model.NAME>``, checked against the model's fields, as the model."""
    return as_model(model, json.loads(read_text(model.AREA, model.NAME)))  # type: ignore[attr-defined]


def as_model(model: type[T], data: Any) -> T:
    """A file's parsed JSON ``data``, checked against the model's fields, as the model
    (``load_file`` without the reading, for tests that feed a reader broken data)."""
    name = f"{model.AREA}/{model.NAME}"  # type: ignore[attr-defined]
    return model(**check_resource(name, data, model_schema(model)))
