"""Loading the modules of the test trees by file path.

The builders of generated test documents (``tests/fixtures/documents.py``, ``tests/layouts/``,
``tests/extract/layouts/``) are plain files, not a package: test folders have no
``__init__.py`` and pytest runs with ``--import-mode=importlib``. Tests, the builders themselves
(a zoo's templates), the ``python tests/...`` scripts and ``benchmarks/`` all reach them the same
way, through the one function here, since ``pipeline`` is the one name all of them can import.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType


def module_name(path: Path) -> str:
    """The fixed name a test-tree file is registered under: ``kenmerk_test_`` and its path below
    ``tests/`` (``tests/layouts/build.py`` -> ``kenmerk_test_layouts_build``), so every caller
    of the same file gets the same module, whatever folder it is called from."""
    parts = Path(path).resolve().with_suffix("").parts
    if "tests" not in parts:
        raise ValueError(f"{path} is not in a tests folder")
    below = parts[len(parts) - parts[::-1].index("tests"):]
    return "kenmerk_test_" + "_".join(below)


def load_test_module(path: Path) -> ModuleType:
    """The module of a file in ``tests/``, loaded once and registered in ``sys.modules`` under
    ``module_name(path)`` (dataclasses look their module up there; a sibling can then write
    ``from kenmerk_test_... import name``)."""
    name = module_name(path)
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, Path(path).resolve())
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        try:
            spec.loader.exec_module(module)
        except BaseException:
            del sys.modules[name]
            raise
    return sys.modules[name]
