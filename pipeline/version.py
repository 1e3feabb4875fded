"""``pipeline_version``: the package version plus a hash of the rules and data.

Two runs with the same ``pipeline_version`` over the same input give the same
tables; a changed pattern file or gazetteer changes the hash even when the
package version was not bumped. ``code_hash`` covers the Python source too:
the run's result cache is keyed on it, so a development change to an
extractor is never answered from results of the old code.

The spaCy pipeline is part of the version: ``spacy.blank("nl")`` by default
(nothing added), ``+model.nl_core_news_sm-3.8.0`` when a trained model was
named with ``kenmerk run --model``, since its sentences change the contexts.
"""

from __future__ import annotations

import hashlib
import importlib.util
import re
from collections.abc import Iterator
from functools import lru_cache
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path

from pipeline import __version__


def _files(root: Traversable, keep=lambda f: True) -> Iterator[Traversable]:
    """Every file below ``root`` (hidden ones and caches left out) for which ``keep`` holds."""
    stack = [root]
    while stack:
        node = stack.pop()
        for child in sorted(node.iterdir(), key=lambda c: c.name):
            if child.name.startswith(".") or child.name == "__pycache__":
                continue
            if child.is_dir():
                stack.append(child)
            elif keep(child):
                yield child


def _resource_files() -> Iterator[Traversable]:
    return _files(resources.files("pipeline") / "resources")


def _tree_digest(trees: list[tuple[Traversable, list[Traversable]]]) -> str:
    """SHA-256 (first 12 hex digits) over each file's name relative to its tree's root, and its bytes."""
    digest = hashlib.sha256()
    for root, files in trees:
        prefix = len(str(root))
        for path in sorted(files, key=str):
            digest.update(str(path)[prefix:].encode("utf-8"))
            digest.update(b"\0")
            digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


@lru_cache(maxsize=1)
def rules_hash() -> str:
    """Hash of every resource file (rules, word lists, gazetteer), in name order."""
    return _tree_digest([(resources.files("pipeline") / "resources", list(_resource_files()))])


@lru_cache(maxsize=1)
def code_hash() -> str:
    """Hash of the package's Python source and the table schemas."""
    def python(f: Traversable) -> bool:
        return f.name.endswith(".py")

    # The schemas' folder found without importing the package (which loads pyarrow).
    schemas = Path(importlib.util.find_spec("schemas").submodule_search_locations[0])
    package = resources.files("pipeline")
    return _tree_digest([(package, list(_files(package, python))), (schemas, list(_files(schemas, python)))])


def pipeline_version(model: str | None = None) -> str:
    """The version of the tables a run writes; ``model`` is the spaCy model named for it, if any."""
    base = f"{__version__}+rules.{rules_hash()}"
    return base if model is None else f"{base}+model.{model_label(model)}"


@lru_cache(maxsize=8)
def model_label(model: str) -> str:
    """``nl_core_news_sm-3.8.0``: a model's name and installed version, safe in a folder name."""
    import spacy.util

    path = Path(model)
    if path.is_dir():
        meta = spacy.util.load_meta(path / "meta.json") if (path / "meta.json").is_file() else {}
        name, version = meta.get("lang", "") + "_" + meta.get("name", path.name), meta.get("version")
    else:
        name, version = model, spacy.util.get_package_version(model)
    label = f"{name}-{version}" if version else name
    return re.sub(r"[^\w.-]", "_", label)
