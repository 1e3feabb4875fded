"""Reading a zoo's family files (``zoo/*.json``, ``links/*.json``): one JSON list of documents
per family, each entry checked against the keys its zoo knows, so a misspelt key fails loudly
instead of being ignored."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path


def entries(folder: Path, keys: set[str]) -> Iterator[tuple[str, dict]]:
    """``(family, entry)`` for every document of every ``*.json`` in ``folder``, by file name."""
    for path in sorted(folder.glob("*.json")):
        for entry in json.loads(path.read_text(encoding="utf-8")):
            unknown = set(entry) - keys
            if unknown:
                raise ValueError(f"{path.name}: {entry.get('name')}: unknown keys {sorted(unknown)}")
            yield path.stem, entry
