"""A ``DocumentResult`` as JSON and back, exactly: the format of the result cache.

The cache lives in the output folder, which others may be able to write to,
so reading an entry must never run code (as unpickling does). JSON holds
only data; what it cannot say by itself is tagged:

- a record is ``{"@": "AmountFact", "f": {field: value}}``, and only the record
  classes of ``pipeline.records`` listed in ``RECORDS`` can be named (built with
  their own ``__init__``, so a missing or unknown field is an error);
- ``Decimal``, ``date`` and ``datetime`` are ``{"@decimal": "7000000.00"}``,
  ``{"@date": "2016-01-28"}`` and ``{"@datetime": "...+00:00"}`` (as strings,
  so no digit or time zone is lost);
- JSON arrays are tuples (records hold tuples, never lists); a plain
  ``dict`` is ``{"@dict": {key: value}}``.

Floats are written with ``repr`` and read back to the same bits.
``decode(encode(result)) == result`` for every record type
(``tests/run/test_codec.py``).
"""

from __future__ import annotations

import dataclasses
import json
import numbers
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from pipeline import records
from pipeline.records import DocumentResult

# Every record class a cache entry may hold, by name.
RECORDS: dict[str, type] = {cls.__name__: cls for cls in (
    records.BBox, records.Word, records.RawPage, records.Redaction, records.CleanPage,
    records.AmountFact, records.MunicipalityFact, records.DateFact, records.TrainingFact,
    records.RegionFact, records.DocumentInfo, records.QuestionRecord, records.ProcessingError,
    records.DocumentResult,
)}


# Each record class's field names, asked once (``dataclasses.fields`` is slow to ask per record).
_FIELD_NAMES: dict[type, tuple[str, ...]] = {
    cls: tuple(f.name for f in dataclasses.fields(cls)) for cls in RECORDS.values()}


class CodecError(ValueError):
    """A cache entry that is not a ``DocumentResult`` written by ``encode``."""


def encode(result: DocumentResult) -> bytes:
    """``result`` as UTF-8 JSON; raises ``TypeError`` for a value it cannot write exactly."""
    return json.dumps(result, default=_tagged, ensure_ascii=True, allow_nan=True,
                      separators=(",", ":"), check_circular=False).encode("ascii")


def decode(data: bytes) -> DocumentResult:
    """The ``DocumentResult`` that ``encode`` wrote; ``CodecError`` for anything else."""
    try:
        value = json.loads(data, object_hook=_untagged)
    except (ValueError, TypeError, RecursionError, KeyError) as err:  # JSONDecodeError is a ValueError
        raise CodecError(str(err)) from err
    if not isinstance(value, DocumentResult):
        raise CodecError(f"not a document result but {type(value).__name__}")
    return value


def _tagged(value: Any) -> Any:
    """What the JSON encoder cannot write itself (it writes tuples, str, int, float, None)."""
    names = _FIELD_NAMES.get(type(value))
    if names is not None:
        fields = {name: getattr(value, name) for name in names}
        for name, field in fields.items():
            if isinstance(field, dict):  # the encoder writes dicts itself, untagged: tag them here
                fields[name] = {"@dict": field}
        return {"@": type(value).__name__, "f": fields}
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        raise TypeError(f"{type(value).__name__} is not a record the cache can hold")
    if isinstance(value, Decimal):
        return {"@decimal": str(value)}
    if isinstance(value, datetime):  # before date: a datetime is a date
        return {"@datetime": value.isoformat()}
    if isinstance(value, date):
        return {"@date": value.isoformat()}
    if isinstance(value, numbers.Integral):  # numpy integers are no int
        return int(value)
    raise TypeError(f"a {type(value).__name__} cannot be written to the cache exactly")


def _untagged(obj: dict[str, Any]) -> Any:
    """One JSON object back into what ``_tagged`` made of it (inner objects come first)."""
    if "@" in obj:
        cls = RECORDS.get(obj["@"])
        if cls is None or set(obj) != {"@", "f"} or not isinstance(obj["f"], dict):
            raise CodecError(f"an unknown record {obj.get('@')!r}")
        fields = {name: _tuples(value) if type(value) in _NESTED else value for name, value in obj["f"].items()}
        return cls(**fields)  # TypeError on a missing or unknown field
    if len(obj) == 1:
        (tag, value), = obj.items()
        if tag == "@decimal" and isinstance(value, str):
            return Decimal(value)
        if tag == "@datetime" and isinstance(value, str):
            return datetime.fromisoformat(value)
        if tag == "@date" and isinstance(value, str):
            return date.fromisoformat(value)
        if tag == "@dict" and isinstance(value, _Plain):
            return {key: _tuples(item) for key, item in value.items()}
        if tag.startswith("@"):
            raise CodecError(f"a malformed {tag} value")
    # A record's fields (or the body of @dict): the record is made one level up.
    return _Plain(obj)


class _Plain(dict):
    """A JSON object that is no tagged value: a record's fields, or the body of ``@dict``."""


# What ``_tuples`` changes; any other value is as JSON read it.
_NESTED = frozenset({list, _Plain})


def _tuples(value: Any) -> Any:
    """JSON arrays as tuples, all the way down (records hold tuples, never lists)."""
    if type(value) is list:
        # The item types gathered in C: most arrays are long runs of numbers or strings.
        kinds = set(map(type, value))
        if list in kinds or _Plain in kinds:
            return tuple(_tuples(item) for item in value)
        return tuple(value)
    if type(value) is _Plain:
        raise CodecError("an untagged object inside a record")
    return value
